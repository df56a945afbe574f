"""The target finder on sentences of the genre (not taken from the seed documents)."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from mfgpolicy.extract import extract_document
from mfgpolicy.extract.targets import FoundTarget, find_targets, join_soft_breaks, to_source_offset
from mfgpolicy.model import Commitment, Comparator, DeadlineBasis, Per, TargetKind
from mfgpolicy.text import normalize

K = TargetKind
C = Comparator


def find(sentence: str, first: int = 2023, last: int = 2025) -> list[FoundTarget]:
    return find_targets(normalize(sentence).text, first_year=first, last_year=last)


def summary(sentence: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [
        (
            f.kind.value,
            f.comparator.value,
            None if f.value is None else str(f.value),
            None if f.value_high is None else str(f.value_high),
            f.unit,
        )
        for f in find(sentence)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Comparator words after and before the number; a bare number is eq.
        ("全市规上工业增加值达到1500亿元以上。", [("level", "ge", "1500", None, "亿元")]),
        ("工业总产值突破1万亿元。", [("level", "gt", "1", None, "万亿元")]),
        ("制造业增加值占GDP比重保持在40%左右。", [("level", "approx", "40", None, "%")]),
        ("工业投资年均增速控制在5%以内。", [("growth_rate", "le", "5", None, "%")]),
        ("出口额达到50亿美元。", [("level", "ge", "50", None, "亿美元")]),
        ("科技成果交易额30亿元。", [("level", "eq", "30", None, "亿元")]),
        # Kinds.
        ("单位工业增加值能耗下降16%。", [("reduction", "eq", "16", None, "%")]),
        ("研发经费支出占营业收入比重提高到2.5%。", [("level", "ge", "2.5", None, "%")]),
        ("技改投资增长18%。", [("growth_rate", "eq", "18", None, "%")]),
        ("三年累计完成工业投资3000亿元。", [("cumulative", "eq", "3000", None, "亿元")]),
        ("规上工业增加值实现翻番。", [("multiple", "eq", "2", None, "倍")]),
        ("实现规上工业企业数字化改造全覆盖。", [("level", "ge", "100", None, "%")]),
        ("力争实现国家级制造业创新中心零突破。", [("level", "ge", "1", None, "个")]),
        ("减碳60万吨。", [("reduction", "eq", "60", None, "万吨")]),
        # Ranges and units as written.
        ("培育省级以上绿色工厂3-5家。", [("increment", "between", "3", "5", "家")]),
        ("建设1—2所高水平技师学院。", [("increment", "between", "1", "2", "所")]),
        ("亩均税收达到30万元/亩。", [("level", "ge", "30", None, "万元/亩")]),
        ("新登记注册企业2万户以上。", [("increment", "ge", "2", None, "万户")]),
        # Counts before their noun after an outcome verb.
        ("建成5个以上智能制造示范园区。", [("increment", "ge", "5", None, "个")]),
        (
            "打造3个千亿级产业集群和5个百亿级产业集群。",
            [("increment", "eq", "3", None, "个"), ("increment", "eq", "5", None, "个")],
        ),
        ("培育形成电子信息、生物医药两大千亿级产业集群。", [("increment", "eq", "2", None, "大")]),
        # Fractions are ratios without a unit.
        ("制造业项目数占比不低于三分之一。", [("level", "ge", "1/3", None, None)]),
        ("指标占全市一半以上。", [("level", "ge", "1/2", None, None)]),
        # Rank.
        ("力争进入全国前50强。", [("level", "le", "50", None, "名")]),
        # Chinese numerals before money, and 大关.
        ("工业总产值突破千亿元大关。", [("level", "gt", "1000", None, "亿元")]),
        ("数字经济核心产业增加值达到五百亿元。", [("level", "ge", "500", None, "亿元")]),
        ("培育产值超百亿元的企业5家。", [("increment", "eq", "5", None, "家")]),
    ],
)
def test_kinds_comparators_values(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert summary(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "对新认定的国家级企业技术中心,给予一次性100万元奖励。",  # funding is an input
        "深入实施“1+6”政策体系和“4151”计划。",  # numbers in names
        "每季度召开一次调度会,每月通报一次进展。",  # routines
        "截至2022年底,全市已有国家级专精特新企业25家。",  # history
        "加快推进5G+工业互联网建设,实施第3批试点。",  # 5G, ordinal
        "推进数字化、网络化、智能化等三大改造。",  # the size of a named list
        "营业收入超过100亿元且保持增长的企业纳入冲刺库。",  # a qualifier
        "在实现规上工业企业全覆盖的基础上,向小微企业拓展。",  # a presupposition
        "2022年全市实现工业增加值1200亿元。",  # a year before the plan: history
    ],
)
def test_not_targets(sentence: str) -> None:
    assert find(sentence) == []


def test_qualifier_stays_in_indicator() -> None:
    (t,) = find("全市年营业收入500亿元以上的领航企业累计达到3家以上。")
    assert (t.kind, t.comparator, t.value, t.unit) == (K.CUMULATIVE, C.GE, Decimal(3), "家")
    assert "500亿元以上" in t.indicator


def test_several_targets_in_one_clause_keep_their_bands() -> None:
    fs = find("新增年营业收入5—10亿元企业50家,10—50亿元企业30家,100亿元以上企业6家。")
    assert [(f.value, f.unit, f.kind) for f in fs] == [
        (Decimal(50), "家", K.INCREMENT),
        (Decimal(30), "家", K.INCREMENT),
        (Decimal(6), "家", K.INCREMENT),
    ]
    assert "5—10亿元" in fs[0].indicator
    assert fs[1].start > fs[0].end


def test_list_items_share_the_verb() -> None:
    fs = find("新增国家级专精特新“小巨人”企业10家、省级隐形冠军企业20家以上。")
    assert [(f.kind, f.comparator, f.value) for f in fs] == [
        (K.INCREMENT, C.EQ, Decimal(10)),
        (K.INCREMENT, C.GE, Decimal(20)),
    ]
    assert fs[1].indicator == "省级隐形冠军企业"


def test_parts_point_to_their_whole() -> None:
    fs = find("新增优质企业100家以上,其中上市企业20家以上,单项冠军企业10家。")
    assert [f.parent for f in fs] == [None, 0, 0]


def test_per_year_and_commitment() -> None:
    fs = find("确保每年新增规上工业企业50家以上,力争新增上市企业5家。")
    assert fs[0].per is Per.YEAR
    assert fs[0].commitment is Commitment.ENSURE
    assert fs[1].commitment is Commitment.STRIVE


def test_deadlines() -> None:
    (a,) = find("到2024年,新增高新技术企业100家。")
    assert (a.year, a.basis) == (2024, DeadlineBasis.STATED)
    (b,) = find("新增高新技术企业100家。")
    assert (b.year, b.basis) == (2025, DeadlineBasis.PLAN)
    (c,) = find("两年新增高新技术企业100家。")
    assert (c.year, c.basis) == (2024, DeadlineBasis.RELATIVE)


def test_bullet_list_inherits_year_and_commitment() -> None:
    text = "到2025年力争实现:\n——企业培育。新增上市企业10家。\n——平台建设。建成省级平台5个。\n"
    fs = find(text, 2023, 2026)
    assert [(f.year, f.basis, f.commitment) for f in fs] == [
        (2025, DeadlineBasis.SECTION, Commitment.STRIVE),
        (2025, DeadlineBasis.SECTION, Commitment.STRIVE),
    ]


def test_qualitative_standings_one_per_item() -> None:
    fs = find("制造业投资、工业技改投资年均增速保持全省领先。")
    assert [f.kind for f in fs] == [K.QUALITATIVE, K.QUALITATIVE]
    assert fs[1].start > fs[0].start
    assert fs[0].end == fs[1].end


def test_benchmark() -> None:
    (t,) = find("数字经济核心产业增加值占GDP比重达到全省平均水平。")
    assert (t.kind, t.value) == (K.BENCHMARK, None)


def test_soft_breaks_are_joined_and_mapped_back() -> None:
    text = (
        "到2025年,全市工业增\n加值达到52\n00亿元以上。\n— 3 —\n新增规上企业15家。\n二、主要任务\n"
    )
    joined, deleted = join_soft_breaks(text)
    assert "工业增加值达到5200亿元以上。" in joined
    assert "— 3 —" in joined  # after a sentence end the mark stays (nothing to join)
    assert "二、主要任务\n" in joined
    for i, ch in enumerate(joined):
        assert text[to_source_offset(deleted, i)] == ch
    (a, b) = find_targets(text, first_year=2023, last_year=2025)
    assert text[a.start : a.end] == "全市工业增\n加值达到52\n00亿元以上"
    assert a.value == Decimal(5200)
    assert text[b.start : b.end] == "新增规上企业15家"


def test_document_spans_and_ratio_unit() -> None:
    text = (
        "某市制造业高质量发展行动方案(2023-2025年)\n"
        "到2025年,确保每年市级项目中制造业项目数不低于三分之一。"
    )
    doc = extract_document(text)
    (t,) = doc.targets
    assert t.value == Fraction(1, 3)
    assert t.unit is None  # written without a unit; canonical unit "1"
    assert text[t.span.start : t.span.end] == t.text


def test_history_paragraphs_and_sections_are_skipped() -> None:
    text = (
        "某市制造业发展三年行动计划(2024—2026年)\n"
        "一、发展基础\n"
        "全市规上工业企业达到1520家;累计培育国家级专精特新“小巨人”企业12家。\n"
        "二、主要目标\n"
        "2023年,全市规上工业增加值达到860亿元;规上工业企业1520家。\n"
        "近年来,累计培育省级企业技术中心80家。\n"
        "到2026年,全市规上工业增加值突破1000亿元。\n"
    )
    doc = extract_document(text)
    assert [(t.value, t.unit) for t in doc.targets] == [(Decimal(1000), "亿元")]


@pytest.mark.parametrize(
    ("sentence", "first", "last", "kind"),
    [
        # 完成 + a flow over a span stated in the sentence: the span's total (increment).
        (
            "三年招引落地10亿元以上制造业项目100项以上,完成限上制造业投资1200亿元。",
            2021,
            2023,
            "increment",
        ),
        ("大力实施三年攻坚行动,完成工业投资1200亿元。", 2021, 2023, "increment"),
        ("“十四五”期间,全市累计完成技改投资800亿元以上。", 2021, 2025, "cumulative"),
        ("五年内完成规上工业产值5000亿元。", 2021, 2025, "increment"),
        # a single year, or no span: the amount reached (level).
        ("到2025年,全市工业完成投资1万5000亿元。", 2021, 2025, "level"),
        ("2023年完成工业投资300亿元。", 2021, 2025, "level"),
        ("二〇二三年完成工业投资300亿元。", 2021, 2025, "level"),
        # an annual plan: one year's amount, whatever span the sentence names.
        ("三年攻坚行动第一年,完成工业投资300亿元。", 2023, 2023, "level"),
    ],
)
def test_wancheng_flow_over_a_span(sentence: str, first: int, last: int, kind: str) -> None:
    money = [t for t in find(sentence, first, last) if t.unit == "亿元"]
    assert [t.kind.value for t in money] == [kind], money


# The candidate patterns are only run on sentences holding one of their literal words
# (a speed-up); every match must therefore contain one of those words.
_PREFILTER_TOKENS = [
    "实现", "突破", "全覆盖", "零", "的", "前", "十", "三", "位", "第一", "首位", "全省", "全市",
    "进入", "保持", "领先", "前列", "不减少", "不降低", "达到", "宁波", "平均水平", "完成",
    "下达的", "目标任务", "翻", "两", "番", "倍增", "千亿", "百亿", "万亿", "亿", "级", "元",
    "台阶", "形成", "5", "打造", "新材料", "、", "第", "居", "八", "集群", "产业链",
    "0", ".", "亿元级", "规模", "强", "名", "指数", "水平", "容积率", "系数", "增长", "增速",
    "达", "以上", "左右", "分之", "一半", "/", "2", "占", ",", "。", "企业", "产业",
]  # fmt: skip


_READING_TOKENS = [
    "(",
    ")",
    "业",
    "亿元",
    "%",
    "y",
    "è",
    "ü",
    "zh",
    "1.2",
    " ",
    "billion",
    ",",
    "-",
]
_GATE_TOKENS = [
    "截至", "截止", "目前", "当前", "今年", "去年", "3月", "2025年", "据统计", "了解到", "获悉",
    ",", "。", " ", "已", "经", "形成", "拥有", "过去", "的", "两", "年", "来", "近", "以来",
    "实施", "印发", "一", "多", "以", "现有", "企业", "5", "控制性指标", "标准地", "”", "指标",
    "为", ":", "准入", "条件", "入园", "门槛", "供地", "出让", "执行", "严格", "原则上", "应",
    "不低于", "合同", "明确", "入驻", "项目", "须", "均", "满足", "符合", "供应", "地块", "工业",
]  # fmt: skip


def _assert_gated(text: str, gated: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]) -> None:
    """Every match of each pattern holds a match of its gate (the words whose absence
    lets a sentence or text skip the pattern)."""
    for rx, gate in gated:
        for m in rx.finditer(text):
            assert gate.search(m.group(0)), (rx.pattern[:30], m.group(0))


@given(st.lists(st.sampled_from(_READING_TOKENS), max_size=10).map("".join))
@example("业(yè)")
@example("12亿元(1.2 billion yuan)")
def test_reading_gate_holds_every_pinyin_and_gloss(text: str) -> None:
    from mfgpolicy.extract import targets as tg

    _assert_gated(text, ((tg._PINYIN, tg._READING_OPEN), (tg._GLOSS, tg._READING_OPEN)))


@given(st.lists(st.sampled_from(_GATE_TOKENS), max_size=14).map("".join))
@example("实施一年多来,")
@example("严格执行入园门槛,")
@example("新出让地块亩均税收不低于")
def test_sentence_gates_hold_a_word_of_every_match(text: str) -> None:
    from mfgpolicy.extract import targets as tg

    _assert_gated(
        text,
        (
            (tg._MID_REPORT, tg._MID_REPORT_WORDS),
            (tg._ENTRY_RULE, tg._ENTRY_WORDS),
            (tg._ENTRY_SUBJECT, tg._ENTRY_WORDS),
        ),
    )


@given(
    st.lists(
        st.sampled_from([*_PREFILTER_TOKENS, "GDP", "3万8000", "亿元", "家", "至", "—"]),
        max_size=14,
    ).map("".join),
)
@example("人均GDP3.5万美元,培育企业3家至5家、十家,占全市1/8,三成以上")
@example("保持全省第3位")
def test_the_quick_scans_agree_with_the_patterns_they_stand_for(text: str) -> None:
    """The quantity scan, the special-word and the fraction checks give what the
    full patterns give."""
    from mfgpolicy.extract import targets as tg

    want = [(m.start(), m.end()) for m in tg._QUANTITY.finditer(text)]
    assert [(m.start(), m.end()) for m in tg._quantities(text, 0, len(text))] == want
    assert tg._special_possible(text) == bool(tg._SPECIAL_WORDS_RE.search(text))
    if tg._FRACTION.search(text):
        assert tg._fraction_possible(text)


@given(
    st.lists(st.sampled_from(_PREFILTER_TOKENS), max_size=14).map("".join),
)
@example("稳居全省前三")
@example("实现工业增加值突破,")
@example("占全市1/8以上")
@example("保持全省首位")
@example("打造新材料、集成电路千亿级产业集群")
def test_candidate_patterns_only_match_around_their_literal_words(text: str) -> None:
    from mfgpolicy.extract import targets as tg

    for rx, words in (
        (tg._INDEX_VALUE, tg._INDEX_WORDS),
        (tg._FRACTION, tg._FRACTION_MARKS),
    ):
        for m in rx.finditer(text):
            assert any(w in m.group(0) for w in words), (rx.pattern[:30], m.group(0))
    _assert_gated(
        text,
        (
            (tg._SPECIAL, tg._SPECIAL_WORDS_RE),
            (tg._CLASS_SCALE, tg._CLASS_SCALE_WORD),
            (tg._CLASS_SCALE_PRE, tg._CLASS_SCALE_WORD),
        ),
    )
