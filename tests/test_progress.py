"""Progress assessment: worked examples (docs/progress.md), status rules, units, roll-ups."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from fractions import Fraction

import attrs
import numpy as np
import pytest

from mfgpolicy.errors import ObservationError, UnitError
from mfgpolicy.model.document import Measure, PolicyDocument
from mfgpolicy.model.enums import Comparator, Per, TargetKind
from mfgpolicy.model.observation import Observation
from mfgpolicy.model.target import Responsibility, ResponsibleUnit, Span, Target
from mfgpolicy.progress import (
    METHODS,
    Assessment,
    BulkInput,
    ScoringRule,
    Status,
    assess,
    assess_bulk,
    assess_target,
    by_department,
    by_measure,
    compare_methods,
    observation_applies,
    rank_jurisdictions,
)
from mfgpolicy.progress._records import record

START = dt.date(2021, 1, 1)
END = dt.date(2023, 12, 31)
AS_OF = dt.date(2023, 6, 30)
HOME = "绍兴市"


def target(
    value: str | None,
    unit: str | None,
    *,
    kind: TargetKind = TargetKind.LEVEL,
    comparator: Comparator = Comparator.GE,
    tid: str = "t1",
    **kw: object,
) -> Target:
    args: dict[str, object] = {
        "id": tid,
        "indicator": "工业增加值",
        "kind": kind,
        "comparator": comparator,
        "value": Decimal(value) if value is not None else None,
        "unit": unit,
        "span": Span(0, 1),
        "text": "到2023年",
        "deadline": END,
        "period_start": START,
    }
    args.update(kw)
    return Target(**args)  # type: ignore[arg-type]


def series(
    points: dict[int, str], unit: str, *, tid: str = "t1", flow: bool = False, who: str = HOME
) -> list[Observation]:
    return [
        Observation(
            who,
            dt.date(y, 12, 31),
            Decimal(v),
            unit,
            period_start=dt.date(y, 1, 1) if flow else None,
            target_id=tid,
        )
        for y, v in points.items()
    ]


# -- worked examples (docs/progress.md) -------------------------------------------------------

LEVEL = target("2800", "亿元")
LEVEL_OBS = series({2020: "2000", 2022: "2500"}, "亿元", flow=True)


def test_worked_level_time_share() -> None:
    r = assess_target(LEVEL, LEVEL_OBS, as_of=AS_OF, method="time_share")
    assert r.completion == Fraction(5, 8)
    assert r.expected == Fraction(2, 3)  # 730 of 1095 days
    assert r.gap_points == Fraction(-25, 6)  # ≈ −4.17 points: 落后序时进度 4.2 个百分点
    assert r.status is Status.AT_RISK
    assert r.projected == pytest.approx(2750)
    assert r.required_rate == pytest.approx(0.12)  # 2800 / 2500 − 1
    c = r.components
    assert (c.base_value, c.base_date) == (2000, dt.date(2020, 12, 31))
    assert (c.latest_value, c.latest_date) == (2500, dt.date(2022, 12, 31))
    assert c.target_value == 2800
    assert c.direction == "higher"
    assert (c.years_elapsed, c.years_total) == (2, 3)


def test_worked_level_cagr_ratio() -> None:
    r = assess_target(LEVEL, LEVEL_OBS, as_of=AS_OF, method="cagr_ratio")
    actual = math.sqrt(1.25) - 1  # 0.118034
    required = 1.4 ** (1 / 3) - 1  # 0.118689
    assert r.components.actual_rate == pytest.approx(actual)
    assert r.components.required_rate_total == pytest.approx(required)
    assert r.components.ratio == pytest.approx(0.99448, abs=1e-5)
    assert r.status is Status.ON_TRACK
    assert r.score == pytest.approx(5 * 0.99448, abs=1e-4)


def test_worked_level_projection_and_trend() -> None:
    p = assess_target(LEVEL, LEVEL_OBS, as_of=AS_OF, method="projection_ratio")
    assert p.projected == pytest.approx(2000 * 1.25**1.5)  # 2795.08
    assert p.components.ratio == pytest.approx((2795.085 - 2000) / 800, abs=1e-5)
    assert p.status is Status.ON_TRACK
    t = assess_target(LEVEL, LEVEL_OBS, as_of=AS_OF, method="trend")
    assert t.projected == pytest.approx(2750)  # +250 a year
    assert t.components.ratio == pytest.approx(1 - 0.0625)  # shortfall 6.25 % of the gap
    assert t.status is Status.AT_RISK


def test_worked_increment_flows_and_stock() -> None:
    t = target("30", "家", kind=TargetKind.INCREMENT, indicator="专精特新企业")
    flows = series({2021: "8", 2022: "10"}, "家", flow=True)
    r = assess_target(t, flows, as_of=AS_OF)
    assert r.components.base_value == 0
    assert r.completion == Fraction(3, 5)
    assert r.gap_points == Fraction(-20, 3)
    assert r.status is Status.AT_RISK
    cagr = assess_target(t, flows, as_of=AS_OF, method="cagr_ratio")
    assert cagr.components.ratio == pytest.approx(0.9)  # linear pace ratio c / e
    assert cagr.status is Status.AT_RISK
    stock = assess_target(t, series({2020: "100", 2022: "120"}, "家"), as_of=AS_OF)
    assert stock.completion == Fraction(2, 3)
    assert stock.gap_points == 0
    assert stock.status is Status.ON_TRACK


def test_worked_per_year() -> None:
    t = target("10", "家", kind=TargetKind.INCREMENT, per=Per.YEAR)
    r = assess_target(t, series({2021: "12", 2022: "9"}, "家", flow=True), as_of=AS_OF)
    assert r.components.target_value == 30
    assert r.completion == Fraction(7, 10)
    assert r.gap_points == Fraction(10, 3)
    assert r.status is Status.ON_TRACK
    assert [(y.year, y.value, y.met) for y in r.yearly] == [(2021, 12, True), (2022, 9, False)]


def test_worked_cumulative() -> None:
    t = target("500", "家", kind=TargetKind.CUMULATIVE)
    r = assess_target(t, series({2020: "300", 2022: "420"}, "家"), as_of=AS_OF)
    assert r.completion == Fraction(3, 5)
    assert r.status is Status.AT_RISK


def test_worked_growth_rate() -> None:
    t = target("8", "%", kind=TargetKind.GROWTH_RATE)
    obs = series({2020: "1000", 2022: "1150"}, "亿元", flow=True)
    r = assess_target(t, obs, as_of=AS_OF)
    assert r.components.target_value == Fraction(1259712, 1000)  # 1000 × 1.08³
    assert r.completion == Fraction(150) / Fraction(259712, 1000)
    assert float(r.gap_points or 0) == pytest.approx(-8.9104, abs=1e-4)
    assert r.status is Status.AT_RISK
    c = assess_target(t, obs, as_of=AS_OF, method="cagr_ratio")
    assert c.components.required_rate_total == pytest.approx(0.08)  # never a CAGR of a rate
    assert c.components.ratio == pytest.approx((math.sqrt(1.15) - 1) / 0.08)  # 0.9048
    assert c.status is Status.AT_RISK
    rates = series({2022: "9.1"}, "%")
    assert assess_target(t, rates, as_of=AS_OF).status is Status.ON_TRACK


def test_worked_reduction() -> None:
    t = target("15", "%", kind=TargetKind.REDUCTION, indicator="单位工业增加值能耗")
    obs = series({2020: "0.50", 2022: "0.46"}, "吨标准煤/万元")
    r = assess_target(t, obs, as_of=AS_OF)
    assert r.components.direction == "lower"
    assert r.components.target_value == Fraction(425, 1000)
    assert r.completion == Fraction(8, 15)
    assert r.gap_points == Fraction(-40, 3)
    assert r.status is Status.OFF_TRACK
    c = assess_target(t, obs, as_of=AS_OF, method="cagr_ratio")
    assert c.components.ratio == pytest.approx((0.92**0.5 - 1) / (0.85 ** (1 / 3) - 1))  # 0.774
    assert c.status is Status.AT_RISK


def test_worked_multiple() -> None:
    t = target("2", "倍", kind=TargetKind.MULTIPLE)  # 翻番
    obs = series({2020: "50", 2022: "75"}, "亿元")
    r = assess_target(t, obs, as_of=AS_OF)
    assert r.components.target_value == 100
    assert r.completion == Fraction(1, 2)
    assert r.status is Status.OFF_TRACK
    c = assess_target(t, obs, as_of=AS_OF, method="cagr_ratio")
    assert c.components.ratio == pytest.approx((1.5**0.5 - 1) / (2 ** (1 / 3) - 1))  # 0.865
    assert c.status is Status.AT_RISK


def test_worked_benchmark() -> None:
    t = target(
        None,
        None,
        kind=TargetKind.BENCHMARK,
        text="亩均税收达到宁波平均水平",
        indicator="亩均税收",
    )
    obs = series({2020: "30", 2022: "36"}, "万元/亩") + series(
        {2022: "40"}, "万元/亩", who="宁波市"
    )
    r = assess_target(t, obs, as_of=AS_OF)
    assert r.components.reference == "宁波市"
    assert r.components.jurisdiction == HOME
    assert r.components.target_value == 40
    assert r.completion == Fraction(3, 5)
    assert r.status is Status.AT_RISK
    alone = assess_target(t, series({2020: "30", 2022: "36"}, "万元/亩"), as_of=AS_OF)
    assert alone.status is Status.NOT_ASSESSABLE


def test_worked_qualitative() -> None:
    t = target(None, None, kind=TargetKind.QUALITATIVE, text="保持全省前3")
    none = assess_target(t, [], as_of=AS_OF)
    assert none.status is Status.NOT_ASSESSABLE
    assert "boolean or rank" in none.reason
    rank = [Observation(HOME, dt.date(2022, 12, 31), Decimal(2), "1", target_id="t1", note="排名")]
    assert assess_target(t, rank, as_of=AS_OF).status is Status.ACHIEVED
    flag = [Observation(HOME, dt.date(2022, 12, 31), Decimal(0), "1", target_id="t1")]
    assert assess_target(t, flag, as_of=AS_OF).status is Status.AT_RISK


# -- comparators and directions ---------------------------------------------------------------


def test_approx_tolerance_and_between() -> None:
    approx = target("2800", "亿元", comparator=Comparator.APPROX)
    near = series({2020: "2000", 2022: "2700"}, "亿元")
    assert assess_target(approx, near, as_of=AS_OF).status is Status.ACHIEVED  # ≥ 2660
    rng = target("2", "家", comparator=Comparator.BETWEEN, value_high=Decimal(3))
    r = assess_target(rng, series({2020: "0", 2022: "2"}, "家"), as_of=AS_OF)
    assert r.status is Status.ACHIEVED
    assert (r.components.target_value, r.components.stretch_value) == (2, 3)


def test_le_is_lower_is_better() -> None:
    t = target("5", "%", comparator=Comparator.LE, indicator="企业负债率")
    r = assess_target(t, series({2020: "7", 2022: "5.5"}, "%"), as_of=AS_OF)
    assert r.components.direction == "lower"
    assert r.completion == Fraction(3, 4)
    assert r.status is Status.ON_TRACK
    worse = assess_target(t, series({2020: "7", 2022: "7.5"}, "%"), as_of=AS_OF)
    assert worse.status is Status.REGRESSING


# -- status rules -----------------------------------------------------------------------------


def test_status_rules() -> None:
    assert assess_target(LEVEL, [], as_of=AS_OF).status is Status.NO_DATA
    early = assess_target(LEVEL, LEVEL_OBS, as_of=dt.date(2020, 6, 30))
    assert early.status is Status.NOT_DUE
    no_deadline = target("2800", "亿元", deadline=None)
    assert assess_target(no_deadline, LEVEL_OBS, as_of=AS_OF).status is Status.NOT_ASSESSABLE
    no_base = series({2022: "2500"}, "亿元")
    r = assess_target(LEVEL, no_base, as_of=AS_OF)
    assert r.status is Status.NOT_ASSESSABLE
    assert "baseline" in r.reason
    only_base = series({2020: "2000"}, "亿元")
    assert assess_target(LEVEL, only_base, as_of=AS_OF).status is Status.NO_DATA
    met = series({2020: "2000", 2022: "2900"}, "亿元")
    assert assess_target(LEVEL, met, as_of=AS_OF).status is Status.ACHIEVED
    missed = series({2020: "2000", 2023: "2700"}, "亿元")
    assert assess_target(LEVEL, missed, as_of=dt.date(2024, 3, 1)).status is Status.OFF_TRACK
    fell = series({2020: "2000", 2023: "1900"}, "亿元")
    assert assess_target(LEVEL, fell, as_of=dt.date(2024, 3, 1)).status is Status.REGRESSING
    later = series({2020: "2000", 2022: "2500", 2023: "3000"}, "亿元")
    assert assess_target(LEVEL, later, as_of=AS_OF).status is Status.AT_RISK  # 2023 ignored


def test_unit_conversion_exact_and_incompatible() -> None:
    wan = series({2020: "20000000", 2022: "25000000"}, "万元")  # 2000 / 2500 亿元
    r = assess_target(LEVEL, wan, as_of=AS_OF)
    assert r.components.latest_value == 2500
    assert r.completion == Fraction(5, 8)
    with pytest.raises(UnitError) as info:
        assess_target(LEVEL, series({2020: "1", 2022: "2"}, "家"), as_of=AS_OF)
    assert "家" in str(info.value)
    assert "亿元" in str(info.value)


def test_conflicting_duplicates_and_jurisdictions() -> None:
    dup = [*LEVEL_OBS, *series({2022: "2600"}, "亿元", flow=True)]
    with pytest.raises(ObservationError, match="conflicting"):
        assess_target(LEVEL, dup, as_of=AS_OF)
    same = [*LEVEL_OBS, *series({2022: "25000000"}, "万元", flow=True)]
    assert assess_target(LEVEL, same, as_of=AS_OF).completion == Fraction(5, 8)
    two = LEVEL_OBS + series({2020: "1", 2022: "2"}, "亿元", flow=True, who="宁波市")
    with pytest.raises(ObservationError, match="jurisdiction"):
        assess_target(LEVEL, two, as_of=AS_OF)
    r = assess_target(LEVEL, two, as_of=AS_OF, jurisdiction=HOME)
    assert r.completion == Fraction(5, 8)


def test_share_projection_capped_at_100() -> None:
    t = target("2", "倍", kind=TargetKind.MULTIPLE, indicator="数字化改造覆盖率")
    r = assess_target(t, series({2020: "60", 2022: "90"}, "%"), as_of=AS_OF, method="cagr_ratio")
    assert r.components.target_value == 100  # 2 × 60 % capped
    assert r.projected is not None
    assert r.projected <= 100


def test_methods_side_by_side_and_record() -> None:
    out = compare_methods([LEVEL], LEVEL_OBS, as_of=AS_OF)
    assert list(out) == list(METHODS)
    assert out["time_share"].get("t1").status is Status.AT_RISK
    assert out["cagr_ratio"].get("t1").status is Status.ON_TRACK
    rec = record(out["time_share"].get("t1"))
    assert rec["completion"] == "0.625"
    assert rec["expected"] == "0.6666666667"
    assert rec["components"]["base_value"] == "2000"
    with pytest.raises(ValueError, match="unknown method"):
        assess_target(LEVEL, LEVEL_OBS, as_of=AS_OF, method="nope")  # type: ignore[arg-type]


# -- roll-ups -------------------------------------------------------------------------------


def _unit(name: str) -> ResponsibleUnit:
    return ResponsibleUnit(as_written=name, name=name)


def _portfolio() -> tuple[PolicyDocument, list[Observation]]:
    jxj = Responsibility(lead=(_unit("市经信局"),))
    kjj = Responsibility(lead=(_unit("市科技局"),))
    t1 = target("2800", "亿元", tid="t1", responsibility=jxj, measure="m2")
    t2 = target(
        "500", "家", tid="t2", kind=TargetKind.CUMULATIVE, responsibility=jxj, indicator="规上企业"
    )
    t3 = target(
        "30", "家", tid="t3", kind=TargetKind.INCREMENT, responsibility=kjj, indicator="小巨人"
    )
    doc = PolicyDocument(
        id="d",
        text_sha256="0",
        targets=(t1, t2, t3),
        measures=(
            Measure(id="m1", path=("一",), title="主要目标", span=Span(0, 1)),
            Measure(
                id="m2",
                path=("一", "1"),
                title="做大",
                span=Span(0, 1),
                parent="m1",
                target_ids=("t1",),
            ),
            Measure(
                id="m3",
                path=("一", "2"),
                title="做强",
                span=Span(0, 1),
                parent="m1",
                target_ids=("t2", "t3"),
            ),
        ),
    )
    obs = [
        *series({2020: "2000", 2022: "2900"}, "亿元", tid="t1"),
        *series({2020: "300", 2022: "320"}, "家", tid="t2"),
        *series({2021: "8", 2022: "10"}, "家", tid="t3", flow=True),
    ]
    return doc, obs


def test_rollups() -> None:
    doc, obs = _portfolio()
    a = assess(doc.targets, obs, as_of=AS_OF)
    deps = by_department(a)
    assert [d.department for d in deps] == ["市经信局", "市科技局"]  # off_track first
    assert [r.target.id for r in deps[0].results] == ["t2", "t1"]  # worst first
    assert deps[0].counts == {"off_track": 1, "achieved": 1}
    groups = {g.measure_id: g for g in by_measure(a, doc)}
    assert [r.target.id for r in groups["m1"].results] == ["t2", "t3", "t1"]
    assert [r.target.id for r in groups["m2"].results] == ["t1"]


def test_ranking() -> None:
    doc, obs = _portfolio()
    other = [
        Observation("诸暨市", o.date, o.value * 2, o.unit, o.period_start, target_id=o.target_id)
        for o in obs
    ]
    per = {
        name: assess(doc.targets, obs + other, as_of=AS_OF, jurisdiction=name)
        for name in (HOME, "诸暨市")
    }
    ranking = rank_jurisdictions(per)
    assert [e.jurisdiction for e in ranking] == ["诸暨市", HOME]
    assert ranking[1].score == Fraction(100 + 40 + 70, 3)
    assert ranking[0].rank == 1
    tie = rank_jurisdictions({"a": per[HOME], "b": per[HOME]})
    assert [e.rank for e in tie] == [1, 1]
    by_score = rank_jurisdictions(per, rule=ScoringRule(basis="score"))
    assert by_score[0].jurisdiction == "诸暨市"


# -- the bulk path agrees with the per-target API ---------------------------------------------


def test_bulk_statuses_identical_to_per_target() -> None:
    rng = np.random.default_rng(7)
    n = 300
    years = [2019, 2020, 2021, 2022]
    dates = [dt.date(y, 12, 31) for y in years]
    base = rng.integers(50, 150, n)
    values = base[:, None] * (1 + rng.normal(0.05, 0.08, (n, len(years)))).cumprod(axis=1)
    values = np.round(values, 1)
    goal = np.round(base * rng.uniform(0.9, 1.8, n), 1)
    higher = rng.random(n) < 0.7
    values[rng.random(n) < 0.05, 1] = np.nan  # some missing baselines
    data = BulkInput.from_series(
        values,
        dates,
        goal=goal,
        period_start=START,
        deadline=END,
        as_of=AS_OF,
        higher=higher,
    )
    for method in ("time_share", "cagr_ratio", "projection_ratio"):
        bulk = assess_bulk(data, method).statuses()
        for i in range(n):
            t = target(
                str(goal[i]),
                "亿元",
                comparator=Comparator.GE if higher[i] else Comparator.LE,
                tid=f"t{i}",
            )
            obs = [
                Observation(HOME, d, Decimal(str(v)), "亿元", target_id=f"t{i}")
                for d, v in zip(dates, values[i], strict=True)
                if not np.isnan(v)
            ]
            single = assess_target(t, obs, as_of=AS_OF, method=method).status
            assert bulk[i] is single, (method, i, values[i], goal[i], higher[i])
    with pytest.raises(ValueError, match="bulk path"):
        assess_bulk(data, "trend")


def test_assessment_helpers() -> None:
    a = assess([LEVEL], LEVEL_OBS, as_of=AS_OF)
    assert isinstance(a, Assessment)
    assert a.counts() == {Status.AT_RISK: 1}
    assert a.worst_first()[0].target_id == "t1"
    with pytest.raises(LookupError):
        a.get("zz")


def test_percentage_point_targets() -> None:
    down = target("2", "个百分点", kind=TargetKind.REDUCTION, indicator="亏损企业占比")
    r = assess_target(down, series({2020: "12", 2022: "11"}, "%"), as_of=AS_OF)
    assert r.components.target_value == 10  # 12 % − 2 points
    assert r.components.direction == "lower"
    assert r.completion == Fraction(1, 2)
    up = target("3", "个百分点", kind=TargetKind.GROWTH_RATE, indicator="研发投入强度")
    r = assess_target(up, series({2020: "2.0", 2022: "4.5"}, "%"), as_of=AS_OF)
    assert r.components.target_value == 5
    assert r.completion == Fraction(5, 6)
    assert r.status is Status.ON_TRACK


# -- bad input: a clear verdict or a named error, never a bare exception or a false "achieved" --


@pytest.mark.parametrize(
    ("kind", "value", "unit", "base"),
    [
        (TargetKind.GROWTH_RATE, "8", "%", "0"),
        (TargetKind.MULTIPLE, "2", None, "0"),
        (TargetKind.REDUCTION, "15", "%", "-1"),
    ],
)
@pytest.mark.parametrize("method", METHODS)
def test_relative_targets_need_a_positive_baseline(
    kind: TargetKind, value: str, unit: str | None, base: str, method: str
) -> None:
    # 增长8% of 0 would require 0 and call any value "achieved"
    t = target(value, unit, kind=kind)
    r = assess_target(t, series({2020: base, 2022: "100"}, "亿元"), as_of=AS_OF, method=method)
    assert r.status is Status.NOT_ASSESSABLE
    assert "positive baseline" in r.reason
    assert "2020-12-31" in r.reason


@pytest.mark.parametrize("base", ["0", "-100"])
@pytest.mark.parametrize("method", ["cagr_ratio", "projection_ratio"])
def test_cagr_methods_with_zero_or_negative_baseline(base: str, method: str) -> None:
    t = target("2800", "亿元")
    r = assess_target(t, series({2020: base, 2022: "2500"}, "亿元"), as_of=AS_OF, method=method)
    assert r.status is Status.NOT_ASSESSABLE
    assert "positive" in r.reason
    assert r.completion is not None  # the exact completion is still reported


def test_incompatible_observation_unit_names_both_units_and_the_target() -> None:
    t = target("2800", "亿元")
    with pytest.raises(UnitError, match=r"'家'.*'亿元'") as info:
        assess_target(t, series({2020: "1", 2022: "2"}, "家"), as_of=AS_OF)
    assert "t1" in str(info.value)


def test_elapsed_share_of_an_empty_or_inverted_period_is_one() -> None:
    from fractions import Fraction

    from mfgpolicy.progress._methods import elapsed_share

    assert elapsed_share(dt.date(2024, 1, 1), dt.date(2023, 12, 31), dt.date(2024, 6, 30)) == 1
    assert elapsed_share(dt.date(2024, 3, 1), dt.date(2023, 12, 31), dt.date(2024, 6, 30)) == 1
    assert elapsed_share(dt.date(2021, 1, 1), dt.date(2023, 12, 31), dt.date(2022, 12, 31)) == (
        Fraction(2, 3)
    )


def test_indicator_keyed_observations_apply_to_every_fitting_target() -> None:
    # One 亿元 series keyed by indicator id feeds the level target, its restatement and
    # the growth target of that indicator, not a 家 target that shares the indicator id.
    level = target("2800", "亿元", tid="t1", indicator_id="industrial_value_added")
    again = target("2800", "亿元", tid="t9", indicator_id="industrial_value_added", restates="t1")
    rate = target(
        "8", "%", tid="t2", kind=TargetKind.GROWTH_RATE, indicator_id="industrial_value_added"
    )
    count = target(
        "50", "家", tid="t3", kind=TargetKind.INCREMENT, indicator_id="industrial_value_added"
    )
    obs = [
        attrs.evolve(o, target_id=None, indicator_id="industrial_value_added")
        for o in series({2020: "2000", 2022: "2500"}, "亿元", flow=True)
    ]
    assert [observation_applies(t, obs[0]) for t in (level, again, rate, count)] == [
        True,
        True,
        True,
        False,
    ]
    a = assess([level, again, rate, count], obs, as_of=AS_OF, jurisdiction=HOME)
    assert a.get("t1").status is a.get("t9").status is Status.AT_RISK
    assert a.get("t2").status.assessed
    assert a.get("t3").status is Status.NO_DATA
    # keyed by target id, a wrong unit is an error, not a silent skip
    keyed = series({2020: "2000", 2022: "2500"}, "亿元", tid="t3", flow=True)
    with pytest.raises(UnitError):
        assess_target(count, keyed, as_of=AS_OF)
