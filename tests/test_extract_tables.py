"""Tables of the genre (表格): task-division and indicator tables, three layouts.

All texts are invented for these tests (某市 / 示例县, made-up numbers). Each
table is rendered in the three flattened layouts the reader knows: ``pipe``
(``| a | b |`` with an optional ``| --- |`` rule), ``tab`` (cells between tabs)
and ``lines`` (one cell per line). Checks go through the public API:
:func:`extract_document` and :func:`find_tables` on the normalised text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from mfgpolicy.extract import extract_document
from mfgpolicy.extract.tables import Table, find_tables
from mfgpolicy.model import PolicyDocument, Target
from mfgpolicy.text import normalize

LAYOUTS = ("pipe", "tab", "lines")

Row = Sequence[str]


# --------------------------------------------------------------------------------------
# Rendering


def render(header: Row, rows: Sequence[Row], layout: str, *, rule: bool = True) -> str:
    """A table flattened in ``layout``; an empty cell is left out in ``lines``."""
    if layout == "pipe":
        out = ["| " + " | ".join(header) + " |"]
        if rule:
            out.append("| " + " | ".join("---" for _ in header) + " |")
        out += ["| " + " | ".join(r) + " |" for r in rows]
    elif layout == "tab":
        out = ["\t".join(header)] + ["\t".join(r) for r in rows]
    else:
        out = list(header) + [c for r in rows for c in r if c]
    return "\n".join(out) + "\n"


def tables_of(text: str) -> list[Table]:
    return find_tables(normalize(text).text)


def only_table(text: str) -> Table:
    found = tables_of(text)
    assert len(found) == 1, [(t.layout, t.kind, len(t.rows)) for t in found]
    return found[0]


def target_with(doc: PolicyDocument, fragment: str) -> Target:
    """The one target whose text contains ``fragment``."""
    hits = [t for t in doc.targets if fragment in t.text]
    assert len(hits) == 1, (fragment, [t.text for t in doc.targets])
    return hits[0]


def leads(t: Target) -> list[str]:
    return [u.as_written for u in t.responsibility.lead]


def supports(t: Target) -> list[str]:
    return [u.as_written for u in t.responsibility.support]


def assert_span(text: str, t: Target) -> None:
    assert text[t.span.start : t.span.end] == t.text


PLAN = "某市制造业提质增效三年行动方案(2023—2025年)\n\n二、重点任务\n"
TASK_HEADER = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
TASK_ROWS = (
    (
        "1",
        "培育优质企业,新增省级专精特新中小企业30家",
        "市工信局",
        "市科技局、市财政局",
        "2025年6月底",
    ),
    ("2", "扩大有效投资,实施工业技术改造项目45个", "市发展改革委", "市工信局", "持续推进"),
    ("3", "推动绿色转型,创建市级绿色工厂8家", "市生态环境局", "市工信局 市商务局", "2024年底"),
)
TASK_EXPECT = (
    # fragment, value, unit, lead, support, deadline, basis
    (
        "专精特新中小企业30家",
        "30",
        "家",
        ["市工信局"],
        ["市科技局", "市财政局"],
        dt.date(2025, 6, 30),
        "stated",
    ),
    (
        "技术改造项目45个",
        "45",
        "个",
        ["市发展改革委"],
        ["市工信局"],
        dt.date(2025, 12, 31),
        "plan",
    ),
    (
        "绿色工厂8家",
        "8",
        "家",
        ["市生态环境局"],
        ["市工信局", "市商务局"],
        dt.date(2024, 12, 31),
        "stated",
    ),
)


# --------------------------------------------------------------------------------------
# Task-division tables × layouts


@pytest.mark.parametrize("layout", LAYOUTS)
def test_task_table_found(layout: str) -> None:
    text = PLAN + render(TASK_HEADER, TASK_ROWS, layout)
    table = only_table(text)
    assert table.layout == layout
    assert table.kind == "tasks"
    assert len(table.rows) == 3
    assert table.roles() == ["serial", "task", "lead", "support", "deadline"]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("expect", TASK_EXPECT, ids=lambda e: e[0])
def test_task_table_targets(layout: str, expect: tuple) -> None:
    fragment, value, unit, lead, support, deadline, basis = expect
    text = PLAN + render(TASK_HEADER, TASK_ROWS, layout)
    doc = extract_document(text)
    assert doc.horizon_end == dt.date(2025, 12, 31)
    t = target_with(doc, fragment)
    assert t.value == Decimal(value)
    assert t.unit == unit
    assert t.kind.value == "increment"
    assert t.comparator.value == "eq"
    assert leads(t) == lead
    assert supports(t) == support
    assert t.deadline == deadline
    assert t.deadline_basis.value == basis


@pytest.mark.parametrize("layout", ["pipe", "tab"])
def test_pipe_rule_optional(layout: str) -> None:
    text = PLAN + render(TASK_HEADER, TASK_ROWS, layout, rule=False)
    table = only_table(text)
    assert len(table.rows) == 3
    t = target_with(extract_document(text), "技术改造项目45个")
    assert leads(t) == ["市发展改革委"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_task_table_spans_inside_rows(layout: str) -> None:
    text = PLAN + render(TASK_HEADER, TASK_ROWS, layout)
    doc = extract_document(text)
    assert len(doc.targets) == 3
    for row, t in zip(TASK_ROWS, doc.targets, strict=True):
        assert_span(text, t)
        # the target lies within its row's task cell (one line in every layout)
        cell_start = text.index(row[1])
        assert cell_start <= t.span.start < t.span.end <= cell_start + len(row[1])


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    ("cell", "deadline"),
    [
        ("2024年3月", dt.date(2024, 3, 31)),
        ("2024年底", dt.date(2024, 12, 31)),
        ("2025年9月底前", dt.date(2025, 9, 30)),
        ("2024年", dt.date(2024, 12, 31)),
    ],
)
def test_deadline_cell_forms(layout: str, cell: str, deadline: dt.date) -> None:
    rows = [("1", "建设智能制造示范车间,新增示范车间12个", "市工信局", "市科技局", cell)]
    text = PLAN + render(TASK_HEADER, rows, layout)
    t = target_with(extract_document(text), "示范车间12个")
    assert t.deadline == deadline
    assert t.deadline_basis.value == "stated"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_row_without_date_keeps_plan_deadline(layout: str) -> None:
    rows = [
        ("1", "打造产业集群,培育百亿级产业集群3个", "市工信局", "市发展改革委", "长期坚持"),
        ("2", "壮大龙头企业,新增营业收入超十亿元企业6家", "市商务局", "市工信局", "2024年底"),
    ]
    text = PLAN + render(TASK_HEADER, rows, layout)
    doc = extract_document(text)
    t = target_with(doc, "产业集群3个")
    assert t.deadline == dt.date(2025, 12, 31)
    assert t.deadline_basis.value == "plan"
    assert leads(t) == ["市工信局"]
    assert target_with(doc, "企业6家").deadline == dt.date(2024, 12, 31)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_units_separated_by_spaces(layout: str) -> None:
    rows = [
        (
            "1",
            "提升创新能力,新建省级企业技术中心15家",
            "市科技局 市工信局",
            "市财政局 市市场监管局 市人社局",
            "2025年底",
        ),
    ]
    text = PLAN + render(TASK_HEADER, rows, layout)
    t = target_with(extract_document(text), "技术中心15家")
    assert leads(t) == ["市科技局", "市工信局"]
    assert supports(t) == ["市财政局", "市市场监管局", "市人社局"]


# --------------------------------------------------------------------------------------
# Header synonyms (task tables)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    ("header", "roles"),
    [
        (
            ("序号", "工作任务", "牵头责任单位", "配合部门", "完成时间"),
            ["serial", "task", "lead", "support", "deadline"],
        ),
        (
            ("序号", "目标与任务", "牵头单位", "配合单位", "时间节点"),
            ["serial", "task", "lead", "support", "deadline"],
        ),
        (
            ("序号", "重点任务", "牵头单位", "责任单位", "完成时限"),
            ["serial", "task", "lead", "listed", "deadline"],
        ),
    ],
    ids=["工作任务-牵头责任单位-配合部门-完成时间", "目标与任务-时间节点", "牵头+责任单位"],
)
def test_task_header_synonyms(layout: str, header: Row, roles: list[str]) -> None:
    rows = [
        (
            "1",
            "推进企业上云,新增上云企业200家",
            "市大数据局",
            "市工信局、市通信管理办",
            "2025年6月底",
        ),
        ("2", "发展服务型制造,新增示范企业12家", "市工信局", "市商务局", "2024年底"),
    ]
    text = PLAN + render(header, rows, layout)
    table = only_table(text)
    assert table.kind == "tasks"
    assert table.roles() == roles
    assert len(table.rows) == 2
    doc = extract_document(text)
    t = target_with(doc, "上云企业200家")
    # 牵头责任单位 leads; 配合部门 supports; 责任单位 beside a 牵头 column supports
    assert leads(t) == ["市大数据局"]
    assert supports(t) == ["市工信局", "市通信管理办"]
    assert t.deadline == dt.date(2025, 6, 30)
    assert t.deadline_basis.value == "stated"
    t2 = target_with(doc, "示范企业12家")
    assert leads(t2) == ["市工信局"]
    assert supports(t2) == ["市商务局"]
    assert t2.deadline == dt.date(2024, 12, 31)


RESP_ONLY_HEADER = ("序号", "重点任务", "责任单位", "完成时限")
RESP_ONLY_ROWS = (
    ("1", "建设公共服务平台,新建中小企业公共服务平台5个", "市工信局、市科技局", "2024年底"),
)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_responsibility_column_alone_lists_leads(layout: str) -> None:
    text = PLAN + render(RESP_ONLY_HEADER, RESP_ONLY_ROWS, layout)
    assert only_table(text).roles() == ["serial", "task", "listed", "deadline"]
    t = target_with(extract_document(text), "服务平台5个")
    assert leads(t) == ["市工信局", "市科技局"]
    assert supports(t) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_responsibility_column_first_is_lead(layout: str) -> None:
    text = (
        PLAN
        + "各项任务责任单位中,列第一位的为牵头单位,其他为配合单位。\n\n"
        + render(RESP_ONLY_HEADER, RESP_ONLY_ROWS, layout)
    )
    t = target_with(extract_document(text), "服务平台5个")
    assert leads(t) == ["市工信局"]
    assert supports(t) == ["市科技局"]


# --------------------------------------------------------------------------------------
# Indicator tables × layouts

IND_PLAN = "示例县工业经济发展规划(2021—2025年)\n\n三、主要指标\n"
IND_HEADER = ("指标", "单位", "2020年", "2025年", "属性")
IND_ROWS = (
    ("一、主要预期目标", "", "", "", ""),
    ("工业增加值", "亿元", "96.5", "≥160", "预期性"),
    ("国家级高新技术企业数量", "家", "38.0", "80以上", "预期性"),
    ("规模以上工业企业单位增加值用水量", "立方米/万元", "12.4", "10左右", "约束性"),
    ("新建标准厂房", "平方米", "—", "〔30000〕", "预期性"),
)
IND_EXPECT = (
    # indicator, value, unit, kind, comparator
    ("工业增加值", "160", "亿元", "level", "ge"),
    ("国家级高新技术企业数量", "80", "家", "level", "ge"),
    ("规模以上工业企业单位增加值用水量", "10", "立方米/万元", "level", "approx"),
    # 〔30000〕 in a row of new things: what the period adds (TARGETS.md: increment)
    ("新建标准厂房", "30000", "平方米", "increment", "eq"),
)


def _ind_text(layout: str, rows: Sequence[Row] = IND_ROWS) -> str:
    if layout == "tab":
        # a merged caption row keeps its tabs when copied out of a spreadsheet
        rows = [r if r[1] else (r[0], "", "", "", "") for r in rows]
    return IND_PLAN + render(IND_HEADER, rows, layout)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_indicator_table_found(layout: str) -> None:
    table = only_table(_ind_text(layout))
    assert table.layout == layout
    assert table.kind == "indicators"
    assert len(table.rows) == 4  # the caption 一、主要预期目标 is not a row
    assert table.roles() == ["indicator", "unit", "baseline", "target", "attribute"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_indicator_table_targets(layout: str) -> None:
    text = _ind_text(layout)
    doc = extract_document(text)
    got = [
        (t.indicator, str(t.value), t.unit, t.kind.value, t.comparator.value) for t in doc.targets
    ]
    assert got == [(i, v, u, k, c) for i, v, u, k, c in IND_EXPECT]
    for t in doc.targets:
        assert t.value == Decimal(str(t.value))
        assert t.deadline == dt.date(2025, 12, 31)
        assert t.deadline_basis.value == "stated"
        assert t.responsibility.is_empty
        assert_span(text, t)
        assert t.text.startswith(t.indicator)
    # baselines are not targets
    assert not any(
        t.value in (Decimal("96.5"), Decimal("38.0"), Decimal("12.4")) for t in doc.targets
    )


@pytest.mark.parametrize("layout", ["pipe", "tab"])
def test_indicator_span_within_row(layout: str) -> None:
    text = _ind_text(layout)
    doc = extract_document(text)
    for t in doc.targets:
        line_start = text.rfind("\n", 0, t.span.start) + 1
        line_end = text.index("\n", t.span.start)
        assert t.span.end <= line_end
        assert text[line_start:line_end].lstrip("| ").startswith(t.indicator)


@pytest.mark.parametrize("layout", ["pipe", "tab"])
def test_indicator_unit_in_name(layout: str) -> None:
    rows = [("研发经费投入(亿元)", "", "4.5", "9", "预期性")]
    text = IND_PLAN + render(IND_HEADER, rows, layout)
    t = target_with(extract_document(text), "研发经费投入")
    assert t.indicator == "研发经费投入"
    assert t.unit == "亿元"
    assert t.value == Decimal("9")
    assert t.deadline == dt.date(2025, 12, 31)


@pytest.mark.parametrize(
    ("name", "indicator", "unit"),
    [
        ("研发经费投入(亿元)", "研发经费投入", "亿元"),
        ("省级以上企业技术中心", "省级以上企业技术中心", "家"),
    ],
)
def test_indicator_name_like_unit_name_lines(name: str, indicator: str, unit: str) -> None:
    rows = [
        ("规上工业企业数量", "家", "310.0", "400", "预期性"),
        (name, "" if "(" in name else unit, "4.5", "9", "预期性"),
    ]
    text = IND_PLAN + render(IND_HEADER, rows, "lines")
    assert len(only_table(text).rows) == 2
    t = target_with(extract_document(text), indicator)
    assert t.indicator == indicator
    assert t.unit == unit
    assert t.value == Decimal("9")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_indicator_small_integer_values(layout: str) -> None:
    # 120 / 45 look like serial numbers (序号) when a cell stands alone on a line
    rows = [
        ("规模以上工业增加值", "亿元", "120", "180", "预期性"),
        ("省级以上企业研发机构", "家", "45", "60", "预期性"),
    ]
    text = IND_PLAN + render(IND_HEADER, rows, layout)
    doc = extract_document(text)
    assert [(t.indicator, t.value, t.unit) for t in doc.targets] == [
        ("规模以上工业增加值", Decimal("180"), "亿元"),
        ("省级以上企业研发机构", Decimal("60"), "家"),
    ]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_indicator_header_synonyms_and_growth(layout: str) -> None:
    header = ("指标名称", "单位", "2020年", "2025年目标值", "年均增长(%)", "属性")
    rows = [("规模以上工业增加值", "亿元", "96.5", "150", "9.2", "预期性")]
    text = IND_PLAN + render(header, rows, layout)
    table = only_table(text)
    assert table.kind == "indicators"
    assert table.roles() == ["indicator", "unit", "baseline", "target", "growth", "attribute"]
    doc = extract_document(text)
    got = {(t.kind.value, t.value, t.unit) for t in doc.targets}
    assert got == {("level", Decimal("150"), "亿元"), ("growth_rate", Decimal("9.2"), "%")}
    for t in doc.targets:
        assert t.deadline == dt.date(2025, 12, 31)
        assert_span(text, t)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_indicator_target_year_sets_deadline(layout: str) -> None:
    header = ("指标", "单位", "2022年", "2024年", "属性")
    rows = [("工业技术改造投资", "亿元", "35.5", "≥48", "预期性")]
    text = "示例县工业稳增长行动方案(2023—2025年)\n\n" + render(header, rows, layout)
    t = target_with(extract_document(text), "工业技术改造投资")
    assert t.deadline == dt.date(2024, 12, 31)
    assert t.deadline_basis.value == "stated"
    assert t.comparator.value == "ge"


# --------------------------------------------------------------------------------------
# Not a table / surroundings


@pytest.mark.parametrize("layout", LAYOUTS)
def test_unknown_column_is_not_a_table(layout: str) -> None:
    header = ("序号", "重点任务", "牵头单位", "资金来源", "完成时限")
    rows = [("1", "推进机器换人,新增工业机器人应用项目25个", "市工信局", "市级专项", "2024年底")]
    text = PLAN + render(header, rows, layout)
    assert tables_of(text) == []
    doc = extract_document(text)
    t = target_with(doc, "25个")
    assert t.value == Decimal("25")
    assert t.unit == "个"
    assert t.responsibility.is_empty
    assert_span(text, t)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_text_around_table_unaffected(layout: str) -> None:
    before = (
        "(一)夯实产业基础。到2025年,全市新增国家级制造业单项冠军企业4家。"
        "(牵头单位:市工信局;配合单位:市商务局)\n\n"
    )
    after = (
        "\n(二)强化要素保障。到2025年,累计盘活低效工业用地1200亩。"
        "(牵头单位:市自然资源局;配合单位:市财政局)\n"
    )
    rows = [("1", "建设数字化车间,新增市级数字化车间40个", "市科技局", "市大数据局", "2024年6月底")]
    text = PLAN + before + render(TASK_HEADER, rows, layout) + after
    table = only_table(text)
    assert len(table.rows) == 1
    doc = extract_document(text)
    assert len(doc.targets) == 3
    first = target_with(doc, "单项冠军企业4家")
    assert leads(first) == ["市工信局"]
    assert supports(first) == ["市商务局"]
    assert first.deadline == dt.date(2025, 12, 31)
    row = target_with(doc, "数字化车间40个")
    assert leads(row) == ["市科技局"]
    assert supports(row) == ["市大数据局"]
    assert row.deadline == dt.date(2024, 6, 30)
    last = target_with(doc, "1200亩")
    assert last.value == Decimal("1200")
    assert leads(last) == ["市自然资源局"]
    assert supports(last) == ["市财政局"]
    assert last.deadline == dt.date(2025, 12, 31)
    for t in doc.targets:
        assert_span(text, t)


def test_two_tables_in_one_text() -> None:
    text = (
        PLAN
        + render(TASK_HEADER, TASK_ROWS[:1], "pipe")
        + "\n三、主要指标\n"
        + render(IND_HEADER, IND_ROWS[1:3], "tab")
    )
    found = tables_of(text)
    assert [(t.layout, t.kind, len(t.rows)) for t in found] == [
        ("pipe", "tasks", 1),
        ("tab", "indicators", 2),
    ]


# --------------------------------------------------------------------------------------
# Known problem: the hard-wrap joiner of normalize() glues table rows

SIMILAR_ROWS = (
    ("1", "新增数字化车间示范企业12家", "市工信局", "市科技局", "2024年底"),
    ("2", "新增智能制造示范工厂项目15个", "市科技局", "市工信局", "2025年6月底"),
    ("3", "新增工业互联网平台企业18家", "市商务局", "市财政局", "2025年3月"),
    ("4", "新增绿色制造体系示范企业21家", "市财政局", "市商务局", "2024年9月"),
)


@pytest.mark.parametrize("layout", ["pipe", "tab"])
def test_rows_of_equal_width_stay_rows(layout: str) -> None:
    text = "某市推进制造业数字化转型实施方案(2023—2025年)\n\n" + render(
        TASK_HEADER, SIMILAR_ROWS, layout, rule=False
    )
    assert len(only_table(text).rows) == 4
    t = target_with(extract_document(text), "平台企业18家")
    assert leads(t) == ["市商务局"]
    assert t.deadline == dt.date(2025, 3, 31)


def test_rows_of_equal_width_stay_rows_lines() -> None:
    text = "某市推进制造业数字化转型实施方案(2023—2025年)\n\n" + render(
        TASK_HEADER, SIMILAR_ROWS, "lines"
    )
    assert len(only_table(text).rows) == 4
    t = target_with(extract_document(text), "平台企业18家")
    assert leads(t) == ["市商务局"]
    assert t.deadline == dt.date(2025, 3, 31)


# --------------------------------------------------------------------------------------
# Property: every row's target carries its row's lead units

UNIT_NAMES = ("市工信局", "市发展改革委", "市科技局", "市财政局", "市商务局", "市生态环境局")
TEMPLATES = {
    "家": "培育{k}号产业链企业,新增链上企业{v}家",
    "个": "实施{k}号专项行动,建设示范项目{v}个",
    "亿元": "扩大{k}号片区投资,完成工业投资{v}亿元",
    "%": "提升{k}号园区效益,园区产值年均增长{v}%",
}

row_strategy = st.tuples(
    st.integers(min_value=1, max_value=999),
    st.sampled_from(sorted(TEMPLATES)),
    st.lists(st.sampled_from(UNIT_NAMES), min_size=1, max_size=2, unique=True),
    st.lists(st.sampled_from(UNIT_NAMES), min_size=0, max_size=2, unique=True),
)
rows_strategy = st.lists(row_strategy, min_size=1, max_size=8)


def _generated(rows: list[tuple[int, str, list[str], list[str]]], layout: str, pad: bool) -> str:
    cells = []
    for k, (v, unit, lead, support) in enumerate(rows, start=1):
        task = TEMPLATES[unit].format(k=k, v=v)
        if pad:  # distinct row widths, so that normalize() never sees a hard wrap
            task = "推进" * (5 * k) + task
        cells.append((str(k), task, "、".join(lead), "、".join(support), "2025年底"))
    return PLAN + render(TASK_HEADER, cells, layout)


def _check_generated(rows: list[tuple[int, str, list[str], list[str]]], text: str) -> None:
    doc = extract_document(text)
    for k, (v, unit, lead, _support) in enumerate(rows, start=1):
        marker = TEMPLATES[unit].format(k=k, v=v)
        row_start = text.index(marker)
        row_end = row_start + len(marker)
        hits = [t for t in doc.targets if row_start <= t.span.start < row_end]
        assert len(hits) == 1, (marker, [t.text for t in doc.targets])
        t = hits[0]
        assert t.value == Decimal(v)
        assert t.unit == unit
        assert leads(t) == lead
        assert text[t.span.start : t.span.end] == t.text


BAD_EXAMPLE = [
    (12, "家", ["市工信局"], []),
    (15, "家", ["市科技局"], []),
    (18, "家", ["市商务局"], []),
]


@pytest.mark.parametrize("layout", LAYOUTS)
@given(rows=rows_strategy)
def test_property_generated_task_rows_distinct_widths(layout: str, rows: list) -> None:
    _check_generated(rows, _generated(rows, layout, pad=True))


@pytest.mark.parametrize("layout", LAYOUTS)
@given(rows=rows_strategy)
@example(rows=BAD_EXAMPLE)
def test_property_generated_task_rows(layout: str, rows: list) -> None:
    _check_generated(rows, _generated(rows, layout, pad=False))


# --------------------------------------------------------------------------------------
# Breakdown tables (目标分解表: one value per area) and assessment tables (考核表:
# indicator | score | target | checking units)

AREA_PLAN = "示例县2024年度工业目标分解表\n"
AREA_HEADER = ("乡镇(街道)", "规上工业增加值增速目标(%)", "新增规上工业企业(家)")
AREA_ROWS = (
    ("全县", "8", "40"),
    ("城关镇", "8.5", "12"),
    ("青石 镇", "7以上", "6"),
    ("东湖街道", "≥9", "5"),
)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_breakdown_table_gives_each_area_its_targets(layout: str) -> None:
    text = AREA_PLAN + render(AREA_HEADER, AREA_ROWS, layout)
    table = only_table(text)
    assert table.roles() == ["area", "measure", "measure"]
    assert table.title == "示例县2024年度工业目标分解表"
    doc = extract_document(text)
    got = [
        (t.indicator, str(t.value), t.unit, t.kind.value, t.comparator.value) for t in doc.targets
    ]
    assert got == [
        ("全县规上工业增加值增速", "8", "%", "growth_rate", "eq"),
        ("全县新增规上工业企业", "40", "家", "increment", "eq"),
        ("城关镇规上工业增加值增速", "8.5", "%", "growth_rate", "eq"),
        ("城关镇新增规上工业企业", "12", "家", "increment", "eq"),
        ("青石镇规上工业增加值增速", "7", "%", "growth_rate", "ge"),
        ("青石镇新增规上工业企业", "6", "家", "increment", "eq"),
        ("东湖街道规上工业增加值增速", "9", "%", "growth_rate", "ge"),
        ("东湖街道新增规上工业企业", "5", "家", "increment", "eq"),
    ]
    for t in doc.targets:
        assert_span(text, t)
        assert t.deadline == dt.date(2024, 12, 31)
        assert t.deadline_basis.value == "section"  # the year of the title
        # The area's government answers for its row; the whole (全县) has no area.
        accountable = list(t.responsibility.accountable)
        area = next(
            a for a in ("全县", "城关镇", "青石镇", "东湖街道") if t.indicator.startswith(a)
        )
        assert accountable == ([] if area == "全县" else [area])
        assert leads(t) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_breakdown_table_reduction_column(layout: str) -> None:
    text = "某市2023年度能耗强度目标分解表\n" + render(
        ("地区", "单位工业增加值能耗降幅目标(%)"), (("甲区", "3.2"), ("乙 县", "3.5")), layout
    )
    doc = extract_document(text)
    got = [(t.indicator, str(t.value), t.kind.value) for t in doc.targets]
    assert got == [
        ("甲区单位工业增加值能耗", "3.2", "reduction"),
        ("乙县单位工业增加值能耗", "3.5", "reduction"),
    ]


def test_measure_column_needs_an_area_column() -> None:
    """Without an area column an indicator-like column name is an unknown column."""
    text = render(("企业名称", "新增产值(亿元)"), (("甲公司", "3"), ("乙公司", "5")), "pipe")
    assert tables_of(text) == []


ASSESS_PLAN = "某区2025年度工业经济目标任务考核表\n"
ASSESS_HEADER = ("考核指标", "分值", "年度目标", "考核单位")
ASSESS_ROWS = (
    ("规上工业增加值增长率", "10", "年终根据全市平均水平考核", "区经信局、区统计局"),
    ("工业投资", "8", "65", "区发改局区统计局"),
    ("新增规上工业企业", "6", "25", ""),
    ("高新技术企业数", "5", "不低于120", "区科技局"),
    ("城镇登记失业率", "4", "低于 4.5", "区人社局"),
)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_assessment_table_reads_targets_not_scores(layout: str) -> None:
    text = ASSESS_PLAN + render(ASSESS_HEADER, ASSESS_ROWS, layout)
    table = only_table(text)
    assert table.roles() == ["indicator", "score", "target", "listed"]
    assert len(table.rows) == 5
    doc = extract_document(text)
    got = [
        (t.indicator, str(t.value), t.kind.value, t.comparator.value, leads(t)) for t in doc.targets
    ]
    assert got == [
        ("工业投资", "65", "level", "eq", ["区发改局", "区统计局"]),
        # no unit cell: the merged cell of the row above (rowspan)
        ("新增规上工业企业", "25", "increment", "eq", ["区发改局", "区统计局"]),
        ("高新技术企业数", "120", "level", "ge", ["区科技局"]),
        ("城镇登记失业率", "4.5", "level", "lt", ["区人社局"]),
    ]
    for t in doc.targets:
        assert_span(text, t)
        assert t.unit is None  # the cells give none
        assert t.deadline == dt.date(2025, 12, 31)
    # the scores (10, 8, 6, 5, 4) are no targets
    assert len(doc.targets) == 4


def test_assessment_rows_one_cell_per_line_with_category_and_missing_cells() -> None:
    """A category cell (宏观调控) before a row, a row with neither target nor units, and
    a target in words are told apart by where the scores stand."""
    cells = [
        "考核项目", "分值", "目标任务", "考核单位",
        "宏观调控", "地区生产总值增长率", "3", "年终综合考核", "区发改局",
        "社会消费品零售总额增长率", "2",
        "工业投资", "2", "52", "区经信局",
        "创新发展", "发明专利申请量", "1", "210", "区科技局",
    ]  # fmt: skip
    text = "某区2016年度目标任务分解表\n" + "\n".join(cells) + "\n"
    table = only_table(text)
    names = [r.cell(table, "indicator") for r in table.rows]
    assert [c.text if c else None for c in names] == [
        "地区生产总值增长率",
        "社会消费品零售总额增长率",
        "工业投资",
        "发明专利申请量",
    ]
    doc = extract_document(text)
    got = [(t.indicator, str(t.value), leads(t)) for t in doc.targets]
    assert got == [("工业投资", "52", ["区经信局"]), ("发明专利申请量", "210", ["区科技局"])]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_breakdown_table_earlier_year_column_is_a_baseline(layout: str) -> None:
    text = "示例市各县规上工业产值目标表\n" + render(
        ("县(市、区)", "2022年规上工业产值(亿元)", "2025年规上工业产值(亿元)"),
        (("甲县", "120", "160"), ("乙县", "95", "130")),
        layout,
    )
    doc = extract_document(text)
    got = [
        (t.indicator, str(t.value), t.deadline.year if t.deadline else None) for t in doc.targets
    ]
    assert got == [("甲县规上工业产值", "160", 2025), ("乙县规上工业产值", "130", 2025)]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_breakdown_table_whose_first_column_is_named_danwei(layout: str) -> None:
    """单位 before columns that each name an indicator and its unit names the areas
    (the organisations the values go to), not a unit of measure."""
    text = "示例区2025年度各街道工业目标分解表\n" + render(
        ("单位", "规上工业产值增速(%)", "新增规上工业企业(家)"),
        (("全区合计", "7", "30"), ("南湖街道", "7.5", "12"), ("北塘街道", "—", "8")),
        layout,
    )
    table = only_table(text)
    assert table.roles() == ["area", "measure", "measure"]
    doc = extract_document(text)
    got = [(t.indicator, str(t.value), t.unit, t.kind.value) for t in doc.targets]
    assert got == [
        # the 合计 row is the whole: the indicator itself, no area before it
        ("规上工业产值增速", "7", "%", "growth_rate"),
        ("新增规上工业企业", "30", "家", "increment"),
        ("南湖街道规上工业产值增速", "7.5", "%", "growth_rate"),
        ("南湖街道新增规上工业企业", "12", "家", "increment"),
        ("北塘街道新增规上工业企业", "8", "家", "increment"),
    ]
    # an indicator table's 单位 column stays the unit of measure
    text = render(("指标", "单位", "2025年目标"), (("工业投资", "亿元", "65"),), layout)
    assert only_table(text).roles() == ["indicator", "unit", "target"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_assessment_table_target_cells_with_their_own_units(layout: str) -> None:
    """A target cell may name its unit and say 新增 (9%以上, 75亿元, 新增8家)."""
    text = "某开发区2025年度工业考核细则\n" + render(
        ("序号", "指标", "分值", "目标值", "责任单位"),
        (
            ("1", "规上工业增加值增速", "20", "9%以上", "经发局"),
            ("2", "工业投资", "20", "75亿元", "投促局、经发局"),
            ("3", "亩均税收", "10", "32万元/亩", "经发局"),
            ("4", "省级专精特新中小企业", "10", "新增8家", "科技局"),
            ("5", "单位工业增加值能耗降低率", "10", "3.5%", "经发局"),
        ),
        layout,
    )
    doc = extract_document(text)
    got = [
        (t.indicator, str(t.value), t.unit, t.kind.value, t.comparator.value) for t in doc.targets
    ]
    assert got == [
        ("规上工业增加值增速", "9", "%", "growth_rate", "ge"),
        ("工业投资", "75", "亿元", "level", "eq"),
        ("亩均税收", "32", "万元/亩", "level", "eq"),
        ("省级专精特新中小企业", "8", "家", "increment", "eq"),
        ("单位工业增加值能耗降低率", "3.5", "%", "reduction", "eq"),
    ]
    for t in doc.targets:
        assert_span(text, t)
        assert t.deadline == dt.date(2025, 12, 31)  # the year of the 考核细则


def test_a_page_footer_between_rows_of_a_one_cell_per_line_table_is_skipped() -> None:
    cells = [
        "序号", "重点任务", "牵头单位", "配合单位",
        "1", "新增规上工业企业30家", "县经信局", "各乡镇",
        "— 4 —",
        "2", "完成工业投资80亿元", "县发改委", "县经信局",
    ]  # fmt: skip
    text = "附件\n示例县重点任务清单\n" + "\n".join(cells) + "\n"
    doc = extract_document(text)
    got = [(str(t.value), leads(t)) for t in doc.targets]
    assert got == [("30", ["县经信局"]), ("80", ["县发改委"])]
