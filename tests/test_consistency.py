"""Tests of mfgpolicy.consistency: each rule on synthetic documents, then the seeds."""

from __future__ import annotations

import datetime as dt
import json
from fractions import Fraction

import pytest

from consistency_docs import SEED_FACTS, doc, gold_document, tgt
from mfgpolicy.consistency import RULES, check, findings_to_markdown, peer_table
from mfgpolicy.model import Comparator, Measure, Per, Responsibility, Severity, Span, TargetKind


def rules_of(findings: list, prefix: str) -> list:
    return [f for f in findings if f.rule.startswith(prefix)]


def run(*docs, rule: str) -> list:
    chosen = [r for r in RULES if r.id == rule]
    return check(docs, rules=chosen)


# --- restatement ---------------------------------------------------------------------------


def test_restatement_conflict_by_link_and_by_matching():
    a = tgt("工业投资年均增速", "7", "%", id="a", kind=TargetKind.GROWTH_RATE)
    b = tgt("工业投资年均增长", "8", "%", id="b", kind=TargetKind.GROWTH_RATE, restates="a")
    c = tgt("试点项目", "6", "家", id="c", comparator=Comparator.EQ)
    d = tgt("试点项目", "10", "个", id="d", comparator=Comparator.EQ)  # no link, same phrase
    found = run(doc(a, b, c, d), rule="restatement")
    conflicts = rules_of(found, "restatement.conflict")
    assert {(f.targets[0].target, f.targets[1].target) for f in conflicts} == {
        ("a", "b"),
        ("c", "d"),
    }
    assert all(f.severity is Severity.ERROR for f in conflicts)
    assert [v.value for v in conflicts[0].values] == [Fraction(7), Fraction(8)]


def test_restatement_narrowing_is_info():
    a = tgt("省级企业研究院", "2", "家", id="a", high="3")
    b = tgt("省级企业研究院", "3", "家", id="b", restates="a")
    (f,) = run(doc(a, b), rule="restatement")
    assert (f.rule, f.severity) == ("restatement.narrowing", Severity.INFO)


def test_restatement_agreement_and_exact_units_give_nothing():
    a = tgt("限上制造业投资", "1200", "亿元", id="a", comparator=Comparator.EQ)
    b = tgt("限上制造业投资", "1200", "亿元", id="b", restates="a")  # ge vs eq: agreement
    c = tgt("工业增加值", "2800", "亿元", id="c", kind=TargetKind.LEVEL)
    d = tgt("工业增加值", "0.28", "万亿元", id="d", kind=TargetKind.LEVEL)  # same, other unit
    assert run(doc(a, b, c, d), rule="restatement") == []


def test_restatement_not_across_deadlines_kinds_or_different_things():
    a = tgt("高新技术企业", "100", "家", year=2022)
    b = tgt("高新技术企业", "150", "家", year=2023)
    c = tgt("市级企业技术中心", "15", "家")
    d = tgt("省级企业技术中心", "3", "家", high="5")
    e = tgt("优质企业", "100", "家", id="w")
    f = tgt("优质企业", "20", "家", parent="w")
    assert run(doc(a, b, c, d, e, f), rule="restatement") == []


# --- deadlines -----------------------------------------------------------------------------


def test_deadline_rules():
    early = tgt("实训基地", "3", "个", year=2019)
    issue_year = tgt("人才培养基地", "3", "个", year=2020)
    late = tgt("上市企业", "3", "家", year=2025)
    found = run(
        doc(early, issue_year, late, issued=dt.date(2020, 10, 26), start=2020, end=2022),
        rule="deadline",
    )
    assert {f.rule for f in found} >= {
        "deadline.before_issue",
        "deadline.in_issue_year",
        "deadline.outside_horizon",
    }


def test_deadline_per_year_outside_horizon():
    t = tgt("技改项目", "10", "项", per=Per.YEAR, year=2022, period_start=dt.date(2019, 1, 1))
    (f,) = run(doc(t, issued=dt.date(2020, 3, 1), start=2020, end=2022), rule="deadline")
    assert f.rule == "deadline.per_year_outside_horizon"


def test_deadline_fine_in_an_annual_plan_and_within_horizon():
    t = tgt("绿色工厂", "2", "家", year=2023)
    assert run(doc(t, issued=dt.date(2023, 2, 8), start=2023, end=2023), rule="deadline") == []
    u = tgt("绿色工厂", "2", "家", year=2022)
    assert run(doc(u, issued=dt.date(2021, 2, 8)), rule="deadline") == []


# --- part and whole ------------------------------------------------------------------------


def test_part_exceeds_whole_and_parts_sum():
    w = tgt("优质企业", "100", "家", id="w")
    p1 = tgt("上市企业", "120", "家", parent="w")
    found = run(doc(w, p1), rule="part_whole")
    assert [f.rule for f in found] == ["part_whole.part_exceeds"]
    q1 = tgt("上市企业", "60", "家", parent="w")
    q2 = tgt("品字标企业", "60", "个", parent="w")  # classifier differs, same count
    found = run(doc(w, q1, q2), rule="part_whole")
    assert [f.rule for f in found] == ["part_whole.parts_exceed"]
    assert found[0].severity is Severity.WARNING


def test_parts_within_whole_or_incomparable_are_fine():
    w = tgt("优质企业", "100", "家", id="w")
    ok = [tgt("上市企业", "20", "家", parent="w"), tgt("品字标企业", "80", "家", parent="w")]
    money = tgt("投资", "500", "亿元", parent="w")
    assert run(doc(w, *ok, money), rule="part_whole") == []


# --- nested thresholds ---------------------------------------------------------------------


def test_nested_thresholds_contradiction():
    big = tgt("10亿元以上制造业项目", "100", "个")
    small = tgt("亿元以上制造业项目", "50", "个", comparator=Comparator.EQ)
    (f,) = run(doc(big, small), rule="nested_threshold")
    assert f.severity is Severity.ERROR
    assert f.targets[0].target == big.id


def test_nested_thresholds_consistent_or_different_remainder():
    big = tgt("投资额50亿元以上项目", "3", "个")
    small = tgt("投资额10亿元以上项目", "10", "个")
    other = tgt("10亿元以上重大牵引性项目", "60", "个")
    base = tgt("5亿元以上重大产业项目", "50", "个")
    assert run(doc(big, small, other, base), rule="nested_threshold") == []


# --- cross-level ---------------------------------------------------------------------------


def _city_and_district(city_targets, district_targets, **kw):
    city = doc(*city_targets, id="city", code="330600")
    district = doc(*district_targets, id="district", code="330602", **kw)
    return city, district


def test_cross_level_escalation_for_intensive_indicator():
    city, district = _city_and_district(
        [tgt("规上制造业全员劳动生产率", "25", "万元/人", kind=TargetKind.LEVEL)],
        [tgt("规上制造业全员劳动生产率", "30", "万元/人", kind=TargetKind.LEVEL)],
    )
    found = run(city, district, rule="cross_level")
    comp = rules_of(found, "cross_level.comparability")
    assert comp
    assert comp[0].comparable is True
    (esc,) = rules_of(found, "cross_level.escalation")
    assert esc.values[-1].value == Fraction(6, 5)


def test_cross_level_no_escalation_and_not_comparable_periods():
    city, district = _city_and_district(
        [tgt("规上制造业全员劳动生产率", "25", "万元/人", kind=TargetKind.LEVEL)],
        [tgt("规上制造业全员劳动生产率", "30", "万元/人", kind=TargetKind.LEVEL, year=2026)],
        end=2026,
    )
    found = run(city, district, rule="cross_level")
    assert rules_of(found, "cross_level.escalation") == []
    assert found[0].comparable is False
    assert "different dates" in (found[0].reason or "")
    city2, district2 = _city_and_district(
        [tgt("规上制造业全员劳动生产率", "25", "万元/人", kind=TargetKind.LEVEL)],
        [tgt("规上制造业全员劳动生产率", "20", "万元/人", kind=TargetKind.LEVEL)],
    )
    assert rules_of(run(city2, district2, rule="cross_level"), "cross_level.escalation") == []


def test_cross_level_additive_partial_sum_and_excess():
    city, district = _city_and_district(
        [tgt("高新技术企业", "100", "家")], [tgt("高新技术企业", "150", "家")]
    )
    found = run(city, district, rule="cross_level")
    (f,) = rules_of(found, "cross_level.sum_exceeds_parent")
    assert "partial" in (f.reason or "")
    city, district = _city_and_district(
        [tgt("高新技术企业", "100", "家")], [tgt("高新技术企业", "10", "家")]
    )
    found = run(city, district, rule="cross_level")
    assert [f.rule for f in found] == ["cross_level.comparability", "cross_level.partial_sum"]


def test_cross_level_unrelated_jurisdictions_give_nothing():
    a = doc(tgt("高新技术企业", "100", "家"), id="a", code="330600")
    b = doc(tgt("高新技术企业", "150", "家"), id="b", code="330700")
    assert run(a, b, rule="cross_level") == []


# --- successive plans ----------------------------------------------------------------------


def test_successive_backtracking_and_dropped():
    early = doc(
        tgt("高新技术企业", "150", "家", year=2023),
        tgt("绿色工厂", "5", "家", year=2023),
        id="e",
        issued=dt.date(2020, 3, 1),
        start=2020,
    )
    late = doc(tgt("高新技术企业", "120", "家", year=2023), id="l", issued=dt.date(2021, 3, 1))
    found = run(early, late, rule="successive")
    assert {f.rule for f in found} == {"successive.backtracking", "successive.dropped"}


def test_successive_raised_target_is_fine():
    early = doc(tgt("高新技术企业", "150", "家"), id="e", issued=dt.date(2020, 3, 1))
    late = doc(tgt("高新技术企业", "200", "家"), id="l", issued=dt.date(2021, 3, 1))
    assert run(early, late, rule="successive") == []


# --- units ---------------------------------------------------------------------------------


def test_unit_dimension_mismatch_and_annual():
    a = doc(tgt("全员劳动生产率", "25", "万元/人", kind=TargetKind.LEVEL), id="a")
    b = doc(tgt("全员劳动生产率", "2800", "亿元", kind=TargetKind.LEVEL), id="b", code="330700")
    c = doc(tgt("全员劳动生产率", "23", "万元/人·年", kind=TargetKind.LEVEL), id="c", code="341300")
    found = run(a, b, c, rule="unit")
    sev = {(f.targets[0].unit, f.targets[1].unit): f.severity for f in found}
    assert sev[("万元/人", "亿元")] is Severity.WARNING
    assert sev[("万元/人", "万元/人·年")] is Severity.INFO


def test_percent_vs_points():
    t1 = tgt("高新技术产业增加值比重", "5", "%", kind=TargetKind.INCREMENT)
    t2 = tgt("研发经费占比", "2", "个百分点", kind=TargetKind.LEVEL)
    found = run(doc(t1, t2), rule="unit")
    assert [f.rule for f in found] == ["unit.percent_vs_points"] * 2


def test_units_fine():
    a = doc(tgt("高新技术企业", "25", "家"), id="a")
    b = doc(tgt("高新技术企业", "30", "个"), id="b", code="330700")  # classifiers only
    c = doc(tgt("高新技术产业增加值比重", "60", "%", kind=TargetKind.LEVEL), id="c", code="341300")
    assert run(a, b, c, rule="unit") == []


# --- responsibility ------------------------------------------------------------------------


def test_responsibility_gaps():
    t = tgt("绿色工厂", "5", "家", lead=("市某某局",))
    m = Measure(id="m1", path=("一",), title="绿色制造", span=Span(0, 5), target_ids=(t.id,))
    found = run(doc(t, measures=(m,)), rule="responsibility")
    assert {f.rule for f in found} == {"responsibility.no_lead", "responsibility.unresolved_unit"}


def test_responsibility_inherited_lead_is_fine():
    from mfgpolicy.model import ResponsibleUnit

    t = tgt("绿色工厂", "5", "家")
    lead = Responsibility(lead=(ResponsibleUnit(as_written="市经信局", name="市经信局", id="jx"),))
    top = Measure(id="m1", path=("一",), title="绿色", span=Span(0, 9), responsibility=lead)
    sub = Measure(
        id="m2", path=("一", "1"), title="工厂", span=Span(1, 5), parent="m1", target_ids=(t.id,)
    )
    assert run(doc(t, measures=(top, sub)), rule="responsibility") == []


# --- peer table ----------------------------------------------------------------------------


def test_peer_table_annualises_labour_productivity():
    docs = [
        doc(tgt("全员劳动生产率", "25", "万元/人", kind=TargetKind.LEVEL), id="sx"),
        doc(tgt("全员劳动生产率", "23", "万元/人·年", kind=TargetKind.LEVEL, year=2022), id="yy"),
        doc(tgt("全员劳动生产率", "22", "万元/人", kind=TargetKind.LEVEL), id="jh"),
    ]
    table = peer_table(docs, "labour_productivity", unit="万元/人")
    assert [r.normalised for r in table.rows] == [Fraction(25), Fraction(23), Fraction(22)]
    assert "annual statistic" in table.rows[1].note


def test_peer_table_per_year_for_increments():
    d = doc(tgt("高新技术企业", "300", "家"), id="a")
    (row,) = peer_table([d], "high_tech_enterprises").rows
    assert row.per_year == Fraction(100)


# --- seeds (gold annotations) --------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_findings():
    return check([gold_document(s) for s in SEED_FACTS])


def _pairs(findings, rule):
    return {
        (f.targets[0].document[:3], f.targets[0].target, f.targets[1].target)
        for f in findings
        if f.rule == rule
    }


def test_seed_001_restatement_conflicts_and_narrowings(seed_findings):
    conflicts = _pairs(seed_findings, "restatement.conflict")
    assert ("001", "g11", "g57") in conflicts  # industrial investment growth 7% vs 8%
    assert ("001", "g15", "g23") in conflicts  # pilots 6 vs 10
    narrow = _pairs(seed_findings, "restatement.narrowing")
    assert {("001", "g30", "g67"), ("001", "g31", "g68")} <= narrow
    assert all(
        f.severity is Severity.INFO for f in seed_findings if f.rule == "restatement.narrowing"
    )


def test_seed_001_deadline_in_year_of_issue(seed_findings):
    hits = [
        f
        for f in seed_findings
        if f.rule.startswith("deadline") and f.targets[0].document.startswith("001")
    ]
    assert [(f.rule, f.targets[0].target) for f in hits] == [("deadline.in_issue_year", "g49")]


def test_seed_002_and_004_agreeing_restatements_give_no_conflict(seed_findings):
    for f in seed_findings:
        if f.rule.startswith("restatement"):
            assert f.targets[0].document.startswith("001"), f.message_en


def test_seed_cross_level_004_vs_000_states_comparability(seed_findings):
    comp = [f for f in seed_findings if f.rule == "cross_level.comparability"]
    assert comp
    docs = {f.targets[0].document[:3] + f.targets[1].document[:3] for f in comp}
    assert docs == {"000004"}
    for f in comp:
        assert f.comparable is not None
        assert f.reason
    by_id = {f.targets[0].indicator_id: f for f in comp}
    assert by_id["industrial_value_added"].comparable is False  # 2023 vs 2026 levels


def test_markdown_and_json_rendering(seed_findings):
    from mfgpolicy.consistency import findings_to_json

    md = findings_to_markdown(seed_findings)
    assert md.startswith("## 一致性检查")
    data = json.loads(findings_to_json(seed_findings))
    first = data[0]
    assert {"rule", "severity", "message_zh", "message_en", "values", "targets"} <= set(first)
    assert {"document", "indicator", "value", "unit", "span"} <= set(first["targets"][0])


def test_markdown_escapes_document_text_like_the_bulletin():
    from mfgpolicy.consistency import Finding, TargetRef
    from mfgpolicy.report._markdown import md_escape

    text = "产值|<script>x</script>&\n第二行"
    ref = TargetRef("d<1>", "t|1", "产值", None, "level", "ge", None, None, None, None,
                    Span(0, 3), text)  # fmt: skip
    f = Finding("restatement.conflict", Severity.ERROR, "中|文<b>", "en\nline", targets=(ref,))
    md = findings_to_markdown([f])
    row = md.splitlines()[-1]
    assert row.count(" | ") == 3  # four cells: no | from the text splits the row
    assert "<script>" not in md
    assert "<b>" not in md
    assert md_escape(text) in row
    assert "中\\|文&lt;b><br>en line" in row
    assert "d&lt;1> t\\|1" in row
    assert len(md.splitlines()) == 7  # the newlines in the text did not break the row


def test_rich_table_does_not_read_document_text_as_markup():
    from io import StringIO

    from rich.console import Console

    from mfgpolicy.consistency import Finding, findings_to_rich

    f = Finding("unit.x", Severity.INFO, "见[bold]第[/bold]三条", "see [red]3[/red]")
    out = StringIO()
    Console(file=out, width=200, color_system=None).print(findings_to_rich([f]))
    assert "[bold]" in out.getvalue()
    assert "[red]3[/red]" in out.getvalue()
