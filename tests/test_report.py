"""The HTML report, the Markdown bulletin and the terminal summary (mfgpolicy.report)."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import Counter
from decimal import Decimal
from html.parser import HTMLParser
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mfgpolicy.consistency import check
from mfgpolicy.extract import extract_document
from mfgpolicy.io.observations import loads_observations
from mfgpolicy.model import (
    Comparator,
    Observation,
    PolicyDocument,
    Span,
    Target,
    TargetKind,
)
from mfgpolicy.progress import assess
from mfgpolicy.report import render_html, render_markdown, render_terminal
from mfgpolicy.report._portfolio import assess_portfolio

AS_OF = dt.date(2023, 6, 30)


class _Collect(HTMLParser):
    """Every start tag with its attributes, and the text, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Collect:
    p = _Collect()
    p.feed(html)
    p.close()
    return p


@pytest.fixture(scope="module")
def portfolio() -> tuple[list[PolicyDocument], dict, list, list[Observation]]:
    data = resources.files("mfgpolicy.data")
    docs = [
        extract_document(seed.read_text(encoding="utf-8"), source=seed.name)
        for seed in sorted((data / "seeds").iterdir(), key=lambda p: p.name)
        if seed.name.endswith(".txt")
    ]
    obs: list[Observation] = []
    for f in sorted((data / "demo").iterdir(), key=lambda p: p.name):
        if f.name.endswith(".csv"):
            loaded = loads_observations(f.read_text(encoding="utf-8"), source=f.name)
            assert loaded.ok, loaded.problems
            obs.extend(loaded.observations)
    assessments = assess_portfolio(docs, obs, as_of=AS_OF)
    return docs, assessments, check(docs), obs


@pytest.fixture(scope="module")
def html(portfolio: tuple) -> str:
    docs, assessments, findings, obs = portfolio
    return render_html(assessments, findings, docs, as_of=AS_OF, observations=obs)


def test_html_is_self_contained(html: str) -> None:
    # the only URL allowed is the SVG namespace, which is an identifier, not a fetch
    urls = re.findall(r"https?://[^\s\"'<>]+", html)
    assert set(urls) <= {"http://www.w3.org/2000/svg"}
    parsed = _parse(html)
    names = {t for t, _ in parsed.tags}
    assert "link" not in names
    assert "script" not in names
    assert "iframe" not in names
    for _, attributes in parsed.tags:
        for k, v in attributes:
            assert k not in {"src", "srcset"}, (k, v)
            if k == "href":
                assert v is not None
                assert v.startswith("#"), v
    assert '<meta charset="utf-8">' in html
    assert '<html lang="zh-CN">' in html
    assert '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC"' in html
    assert "WenQuanYi Micro Hei" in html


def test_status_counts_match(portfolio: tuple, html: str) -> None:
    _, assessments, _, _ = portfolio
    expected = Counter(r.status.value for a in assessments.values() for r in a.results)
    parsed = _parse(html)
    rows = Counter(
        dict(a)["data-status"] for t, a in parsed.tags if t == "tr" and "data-status" in dict(a)
    )
    assert rows == expected
    # the summary cards say the same
    for status, n in expected.items():
        card = re.search(rf'data-status-count="{status}"><span class="n">(\d+)</span>', html)
        assert card is not None
        assert int(card.group(1)) == n
    # every status shows up with the illustrative data, except not_due (no plan starts later)
    assert set(expected) >= {
        "achieved",
        "on_track",
        "at_risk",
        "off_track",
        "regressing",
        "no_data",
        "not_assessable",
    }


def test_every_target_has_anchor_with_quote(portfolio: tuple, html: str) -> None:
    docs, _, _, _ = portfolio
    parsed = _parse(html)
    ids = [dict(a).get("id") for _, a in parsed.tags]
    hrefs = {dict(a).get("href") for t, a in parsed.tags if t == "a"}
    for i, doc in enumerate(docs):
        for j, t in enumerate(doc.targets):
            anchor = f"src-d{i}-{j}"
            assert ids.count(anchor) == 1
            assert f"#{anchor}" in hrefs
            block = html[html.index(f'id="{anchor}"') :]
            block = block[: block.index("</li>")]
            assert f"span [{t.span.start}:{t.span.end}]" in block
            from html import escape

            assert escape(t.text, quote=True) in block


def test_findings_quoted_side_by_side(portfolio: tuple, html: str) -> None:
    _, _, findings, _ = portfolio
    assert html.count('class="finding"') == len(findings)
    assert html.count('class="evidence"') == len(findings)


def _hostile_document(indicator: str, text: str) -> tuple[PolicyDocument, Observation]:
    target = Target(
        id="t1",
        indicator=indicator,
        kind=TargetKind.LEVEL,
        comparator=Comparator.GE,
        value=Decimal(100),
        unit="亿元",
        span=Span(0, max(1, len(text))),
        text=text,
        deadline=dt.date(2023, 12, 31),
        period_start=dt.date(2021, 1, 1),
    )
    doc = PolicyDocument(id="doc-x", text_sha256="0" * 64, title=indicator, targets=(target,))
    ob = [
        Observation(
            jurisdiction="X",
            date=dt.date(2020, 12, 31),
            value=Decimal(50),
            unit="亿元",
            target_id="t1",
        ),
        Observation(
            jurisdiction="X",
            date=dt.date(2022, 12, 31),
            value=Decimal(70),
            unit="亿元",
            target_id="t1",
        ),
    ]
    return doc, ob  # type: ignore[return-value]


def _structure(html: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(t, tuple(k for k, _ in a)) for t, a in _parse(html).tags]


def _render(indicator: str, text: str) -> str:
    doc, obs = _hostile_document(indicator, text)
    a = assess(doc.targets, obs, as_of=AS_OF)  # type: ignore[arg-type]
    return render_html(a, [], [doc], as_of=AS_OF, observations=obs, title=indicator)  # type: ignore[arg-type]


PAYLOAD = (
    "<script>document.title='pwned'</script>"
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"
)


def test_hostile_text_is_text() -> None:
    html = _render(PAYLOAD, PAYLOAD)
    parsed = _parse(html)
    assert "script" not in {t for t, _ in parsed.tags}
    assert "img" not in {t for t, _ in parsed.tags}
    assert all(k != "onerror" for _, a in parsed.tags for k, _ in a)
    assert PAYLOAD in "".join(parsed.text)


@given(
    indicator=st.text(min_size=1, max_size=40).filter(lambda s: s.strip()),
    text=st.text(max_size=60),
)
def test_arbitrary_text_adds_no_markup(indicator: str, text: str) -> None:
    # The tag and attribute structure with hostile text equals that with plain text.
    assert _structure(_render(indicator, text)) == _structure(_render("x", "y"))


def test_markdown_bulletin(portfolio: tuple) -> None:
    docs, assessments, findings, _ = portfolio
    md = render_markdown(assessments, findings, docs, as_of=AS_OF)
    assert md.startswith("# ")
    assert "## 总体情况 Summary" in md
    assert "## 按地区 By jurisdiction" in md
    assert "## 按牵头单位 By lead department" in md
    assert "## 一致性检查 Consistency findings" in md
    counts = Counter(r.status for a in assessments.values() for r in a.results)
    from mfgpolicy.report import STATUS_LABELS

    for status, n in counts.items():
        zh, en = STATUS_LABELS[status]
        assert f"| {zh} {en} | {n} |" in md
    assert "序时进度" in md
    assert "绍兴市" in md


def test_markdown_escapes() -> None:
    doc, obs = _hostile_document("a|b" + PAYLOAD, PAYLOAD)
    a = assess(doc.targets, obs, as_of=AS_OF)  # type: ignore[arg-type]
    md = render_markdown(a, [], [doc], as_of=AS_OF)
    assert "<script>" not in md
    assert "<img" not in md
    assert "a\\|b" in md


def test_terminal_summary(portfolio: tuple) -> None:
    from rich.console import Console

    docs, assessments, findings, _ = portfolio
    console = Console(record=True, width=140, file=io.StringIO())
    console.print(render_terminal(assessments, findings, docs, as_of=AS_OF))
    out = console.export_text()
    assert "achieved" in out
    assert "绍兴市" in out
    assert "findings" in out


def test_single_assessment_is_attributed_by_target(portfolio: tuple) -> None:
    docs, assessments, _, _ = portfolio
    first = docs[0]
    html = render_html(assessments[first.id], [], [first], as_of=AS_OF)
    assert html.count('<tr class="target"') == len(first.targets)


def test_portfolio_survives_an_observation_in_an_incompatible_unit() -> None:
    # One bad observation makes its target not_assessable, with why; the rest are assessed.
    from mfgpolicy.model import AdminLevel, Jurisdiction

    place = Jurisdiction(name="绍兴市", code="330600", level=AdminLevel.PREFECTURE)

    def target(tid: str) -> Target:
        return Target(
            id=tid,
            indicator=f"指标{tid}",
            kind=TargetKind.LEVEL,
            comparator=Comparator.GE,
            value=Decimal(100),
            unit="家",
            span=Span(0, 1),
            text="x",
            deadline=dt.date(2023, 12, 31),
            period_start=dt.date(2021, 1, 1),
        )

    doc = PolicyDocument(
        id="doc-u", text_sha256="0" * 64, jurisdiction=place, targets=(target("t1"), target("t2"))
    )

    def ob(tid: str, year: int, value: int, unit: str) -> Observation:
        return Observation(
            jurisdiction="绍兴市",
            date=dt.date(year, 12, 31),
            value=Decimal(value),
            unit=unit,
            target_id=tid,
        )

    obs = [ob("t1", 2020, 50, "家"), ob("t1", 2022, 80, "家"), ob("t2", 2022, 3, "亿元")]
    results = assess_portfolio([doc], obs, as_of=AS_OF)["doc-u"].results
    assert [r.status.value for r in results] == ["at_risk", "not_assessable"]
    assert "亿元" in results[1].reason
    assert results[1].reason.startswith("assessment failed")


def _city_document(doc_id: str, city: str, code: str) -> PolicyDocument:
    from mfgpolicy.model import AdminLevel, Jurisdiction, Responsibility, ResponsibleUnit

    lead = Responsibility(lead=(ResponsibleUnit(as_written="市经信局", name="市经济和信息化局"),))
    target = Target(
        id="t1",
        indicator="规上工业增加值",
        kind=TargetKind.LEVEL,
        comparator=Comparator.GE,
        value=Decimal(100),
        unit="亿元",
        span=Span(0, 1),
        text="x",
        deadline=dt.date(2023, 12, 31),
        period_start=dt.date(2021, 1, 1),
        responsibility=lead,
    )
    return PolicyDocument(
        id=doc_id,
        text_sha256="0" * 64,
        title=f"{city}行动计划",
        jurisdiction=Jurisdiction(name=city, code=code, level=AdminLevel.PREFECTURE),
        targets=(target,),
    )


def test_department_rollup_keeps_same_named_units_of_two_cities_apart() -> None:
    from mfgpolicy.report._common import build_rows, department_rollup

    docs = [
        _city_document("d-sx", "绍兴市", "330600"),
        _city_document("d-jh", "金华市", "330700"),
    ]
    assessments = {}
    for doc, (base, now) in zip(docs, [(50, 95), (50, 55)], strict=True):
        city = doc.jurisdiction.name  # type: ignore[union-attr]
        obs = [
            Observation(
                jurisdiction=city,
                date=dt.date(2020, 12, 31),
                value=Decimal(base),
                unit="亿元",
                target_id="t1",
            ),
            Observation(
                jurisdiction=city,
                date=dt.date(2022, 12, 31),
                value=Decimal(now),
                unit="亿元",
                target_id="t1",
            ),
        ]
        assessments[doc.id] = assess(doc.targets, obs, as_of=AS_OF)
    rows = build_rows(assessments, docs)
    depts = department_rollup(rows, AS_OF, "time_share")
    assert sorted((d.jurisdiction, d.department, len(d.results)) for d in depts) == [
        ("绍兴市", "市经济和信息化局", 1),
        ("金华市", "市经济和信息化局", 1),
    ]
    md = render_markdown(assessments, [], docs, as_of=AS_OF)
    dept_lines = [ln for ln in md.splitlines() if "市经济和信息化局" in ln]
    assert len(dept_lines) == 2
    assert any(ln.startswith("| 绍兴市 | 市经济和信息化局 |") for ln in dept_lines)
    assert any(ln.startswith("| 金华市 | 市经济和信息化局 |") for ln in dept_lines)
    html = render_html(assessments, [], docs, as_of=AS_OF)
    section = html[html.index("By lead department") :]
    assert "<th>地区 jurisdiction</th><th>牵头单位 lead</th>" in section
    assert "<tr><td>绍兴市</td><td>市经济和信息化局</td>" in section
    assert "<tr><td>金华市</td><td>市经济和信息化局</td>" in section
