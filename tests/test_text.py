"""Tests of text normalisation and its offset map (mfgpolicy.text)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mfgpolicy.errors import ParseError
from mfgpolicy.text import _ts_tables, detect_script, normalize, to_simplified

# Characters normalize() may delete: nothing else may ever disappear.
DELETABLE = frozenset(" \r\n\u200b\ufeff\u00a0\u1680\u202f\u205f\u3000") | frozenset(
    map(chr, range(0x2000, 0x200B))
)

# Text that exercises every pass: CJK, digits, spaces of all kinds, line breaks.
ALPHABET = (
    st.sampled_from(
        list("亿元家万為經發於乾 \u3000\t\n\r\u200b12380,.、。:(（)）１２Ａ a-——附件一")
    )
    | st.characters()
)
texts = st.text(ALPHABET, max_size=120)


def seed(seed_texts: dict[str, str], number: str) -> str:
    return next(t for name, t in seed_texts.items() if name.startswith(number))


# --- examples -----------------------------------------------------------------


def test_seed_002_comes_out_simplified(seed_texts: dict[str, str]) -> None:
    original = seed(seed_texts, "002")
    result = normalize(original)
    assert result.script == "traditional"
    line = "大力實施“125”三年攻堅行動,“1”即招引落地10億元以上制造業項目100項以上"
    start = original.index(line)
    s, e = result.to_normalized(start), result.to_normalized(start + len(line))
    assert (
        result.text[s:e] == "大力实施“125”三年攻坚行动,“1”即招引落地10亿元以上制造业项目100项以上"
    )
    assert result.to_original(s, e) == (start, start + len(line))
    for trad, simp in zip("萬億兩單責為牽頭經資發業產", "万亿两单责为牵头经资发业产", strict=True):
        assert to_simplified(trad) == simp
    assert "責任單位" not in result.text
    assert "责任单位" in result.text


@pytest.mark.parametrize("number", ["000", "001", "003", "004"])
def test_simplified_seeds_keep_every_character(seed_texts: dict[str, str], number: str) -> None:
    original = seed(seed_texts, number)
    assert detect_script(original) == "simplified"
    converted = to_simplified(original)
    changed = {(a, b) for a, b in zip(original, converted, strict=True) if a != b}
    # Seed 003 has one stray traditional character (市地方金融監管局).
    assert changed == ({("監", "监")} if number == "003" else set())


def test_seed_000_is_unchanged_but_for_a_blank_line(seed_texts: dict[str, str]) -> None:
    original = seed(seed_texts, "000")
    result = normalize(original)
    # The only deletion is the no-break space alone on its line.
    assert result.text == original.replace("\n\u00a0\n", "\n\n")
    assert not result.is_identity


def test_ambiguous_characters_kept_in_simplified_text() -> None:
    assert to_simplified("乾隆年间的蒜薹") == "乾隆年间的蒜薹"
    assert to_simplified("關於發展") == "关于发展"
    assert set(_ts_tables()[0]) - set(_ts_tables()[1]) >= set(map(ord, "乾於薹"))


def test_fullwidth_digits_and_punctuation() -> None:
    result = normalize("到２０２５年，产值达到５２００亿元（约８％）：完成！")
    assert result.text == "到2025年,产值达到5200亿元(约8%):完成!"
    assert result.is_identity
    assert normalize("目标:(1)").text == normalize("目标：（1）").text
    assert normalize("《方案》、“一号工程”。…——").text == "《方案》、“一号工程”。…——"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("5200 亿元", "5200亿元"),
        ("培育 15 家", "培育 15家"),
        ("2 800 台", "2800台"),
        ("1 234 567", "1234567"),
        ("5200 800", "5200 800"),
        ("2 8000", "2 8000"),
        ("8 %", "8%"),
        ("市发改委、 市经信局", "市发改委、市经信局"),
        ("越城区人民政府 绍兴滨海新区", "越城区人民政府 绍兴滨海新区"),
        ("a    b", "a b"),
        ("  首行缩进\u3000", "首行缩进"),
        ("指标\t2020年", "指标\t2020年"),
    ],
)
def test_inner_spaces(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


def test_spaces_kept_when_options_off() -> None:
    raw = "5200 亿元  a"
    result = normalize(raw, remove_inner_spaces=False, collapse_spaces=False)
    assert result.text == raw
    assert result.is_identity


WRAPPED = (
    "一、总体要求\n"
    "为深入贯彻落实制造业高质量发展的决策部署，加快\n"
    "推动全市工业经济提质扩量增效，到2025年力争规上\n"
    "工业产值突破7000亿元，规上工业企业突破6000家，\n"
    "形成一批具有竞争力的产业集群。\n"
    "二、主要任务\n"
    "(一)加快培育先进制造业集群，推动集成电路产业发\n"
    "展。\n"
)


def test_hard_wrapped_lines_joined_and_headings_kept() -> None:
    result = normalize(WRAPPED)
    lines = result.text.split("\n")
    assert lines[0] == "一、总体要求"
    assert lines[1].startswith("为深入贯彻")
    assert lines[1].endswith("产业集群。")
    assert "加快推动全市" in lines[1]
    assert "规上工业产值" in lines[1]
    assert lines[2] == "二、主要任务"
    assert lines[3] == "(一)加快培育先进制造业集群,推动集成电路产业发展。"
    # The joined text maps back to the original over the removed break.
    s = result.text.index("加快推动")
    o_start, o_end = result.to_original(s, s + 4)
    assert WRAPPED[o_start:o_end] == "加快\n推动"


def test_paragraph_per_line_seeds_are_not_joined(seed_texts: dict[str, str]) -> None:
    for name, original in seed_texts.items():
        result = normalize(original)
        assert result.text.count("\n") == original.count("\n"), name


def test_crlf_and_page_number_lines() -> None:
    assert normalize("一行\r\n二行\r三行").text == "一行\n二行\n三行"
    page = "甲" * 30 + "\n- 3 -\n" + "乙" * 30 + "\n" + "丙" * 30 + "\n" + "丁" * 30 + "。"
    assert "\n- 3 -\n" in normalize(page).text


def test_non_str_input_raises_parse_error() -> None:
    with pytest.raises(ParseError, match="bytes"):
        normalize(b"abc")  # type: ignore[arg-type]
    with pytest.raises(ParseError, match="int"):
        detect_script(3)  # type: ignore[arg-type]


def test_empty_and_edge_spans() -> None:
    result = normalize("")
    assert result.text == ""
    assert result.to_original(0, 0) == (0, 0)
    assert result.to_normalized(0) == 0
    spaced = normalize("  甲  ")
    assert spaced.text == "甲"
    assert spaced.to_original(0, 1) == (2, 3)
    assert spaced.to_original(1, 1) == (3, 3)
    assert spaced.to_normalized(0) == 0
    assert spaced.to_normalized(5) == 1
    with pytest.raises(IndexError):
        spaced.to_original(0, 2)
    with pytest.raises(IndexError):
        spaced.to_normalized(6)


# --- properties -----------------------------------------------------------------


def _char_images(char: str) -> set[str]:
    full, safe = _ts_tables()
    images = {char.translate(full), char.translate(safe)}
    images |= {c.translate({c2: chr(c2 - 0xFEE0) for c2 in range(0xFF01, 0xFF5F)}) for c in images}
    if char in DELETABLE or char == "\t":
        images |= {" ", "\n"}
    return images


@given(texts)
def test_offset_map_is_monotone_and_one_to_one(text: str) -> None:
    result = normalize(text)
    starts = [result.to_original(i, i + 1) for i in range(len(result.text))]
    assert all(e == s + 1 for s, e in starts)
    assert all(a[0] < b[0] for a, b in itertools.pairwise(starts))


@given(texts)
def test_each_character_comes_from_its_original(text: str) -> None:
    result = normalize(text)
    for i, char in enumerate(result.text):
        s, e = result.to_original(i, i + 1)
        assert char in _char_images(text[s:e]) | {normalize(text[s:e]).text}


@given(texts)
def test_only_whitespace_is_ever_deleted(text: str) -> None:
    result = normalize(text)
    kept = {result.to_original(i, i + 1)[0] for i in range(len(result.text))}
    assert all(text[o] in DELETABLE for o in range(len(text)) if o not in kept)
    if result.text:
        s, e = result.to_original(0, len(result.text))
        assert all(c in DELETABLE for c in text[:s] + text[e:])


@given(texts, st.data())
def test_to_normalized_inverts_to_original(text: str, data: st.DataObject) -> None:
    result = normalize(text)
    n = len(result.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    s, e = result.to_original(start, end)
    assert 0 <= s <= e <= len(text)
    if start < end:
        assert result.to_normalized(s) == start
        assert result.to_normalized(e) == end
    offsets = [result.to_normalized(o) for o in range(len(text) + 1)]
    assert offsets == sorted(offsets)
    assert offsets[-1] == n


@given(texts)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text).text
    twice = normalize(once)
    assert twice.text == once
    assert twice.is_identity


@given(texts)
def test_length_preserving_steps_keep_offsets(text: str) -> None:
    result = normalize(
        text, remove_inner_spaces=False, join_wrapped_lines=False, collapse_spaces=False
    )
    assert len(result.text) == len(text)
    assert result.is_identity
    assert to_simplified(to_simplified(text)) == to_simplified(text)


@given(st.text(st.sampled_from("甲乙丙丁戊己庚辛壬癸，。、\n"), min_size=25, max_size=400))
def test_wrapped_text_idempotent(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once


def test_question_mark_indent_is_deleted_but_a_damaged_line_stays() -> None:
    n = normalize("各区:\n??为贯彻落实\n??\n问题??是\n")
    assert n.text == "各区:\n为贯彻落实\n??\n问题??是\n"
    start = n.text.index("为贯彻")
    assert n.to_original(start, start + 3) == (6, 9)


def test_space_before_a_qualifier_is_deleted() -> None:
    assert normalize("比重达到50% 以上,约80亿元 左右").text == "比重达到50%以上,约80亿元左右"
    assert normalize("企业 以上").text == "企业 以上"  # no quantity before it


def test_a_short_number_split_before_its_unit_is_joined() -> None:
    # a stray space inside a short number after a word or a mark, right before its unit
    assert normalize("分别提高至27%、3 7万元/人").text == "分别提高至27%、37万元/人"
    assert normalize("新增企业1 200家").text == "新增企业1200家"  # thousands group
    # not before a date word, not after a digit (a table's columns), not a longer run
    assert normalize("2023年3 7月").text == "2023年3 7月"
    assert normalize("指标 12 15 18家").text == "指标 12 15 18家"
    assert normalize("完成123 45家").text == "完成123 45家"


def test_an_empty_quotation_left_by_a_pdf_copy_is_deleted() -> None:
    n = normalize("新增省级 专精特新 企业200 “ ”家以上,a“ “ ” ”b,“X”")
    assert n.text == "新增省级 专精特新 企业200家以上,ab,“X”"
    assert normalize(n.text).text == n.text
    i = n.text.index("家")
    assert n.original[n.to_original(i, i + 1)[0]] == "家"


# The edge and comma passes scan with quick patterns; each is checked here against
# the one-pattern reading it replaced.
_EDGE_PIECES = [
    " ",
    "\u200b",
    "\ufeff",
    "\r",
    "\n",
    "\r\n",
    "??",
    "？？",
    "?",
    "字",
    "1",
    ",",
    "200",
]


@given(st.lists(st.sampled_from(_EDGE_PIECES), max_size=16).map("".join))
def test_the_edge_pass_edits_as_the_single_pattern_did(text: str) -> None:
    import re

    from mfgpolicy import text as text_module

    got = text_module._edge_edits(text)
    one = re.compile(r"[ \u200b\ufeff]+|\r\n?|(?:^|(?<=[\r\n]))[?？]{2,}(?=[^\s?？])")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(text_module, "_EDGE_RE", one)
        mp.setattr(text_module, "_QQ_INDENT_RE", re.compile(r"(?!)"))
        assert text_module._edge_edits(text) == got


@given(
    st.lists(st.sampled_from(["1", "23", "456", ",", ".", "亿元", " "]), max_size=12).map("".join)
)
def test_every_grouped_number_holds_a_digit_comma_and_three_digits(text: str) -> None:
    from mfgpolicy.text import _DIGIT_COMMA_RE, _GROUP_COMMA_RE

    for m in _GROUP_COMMA_RE.finditer(text):
        assert _DIGIT_COMMA_RE.search(m.group(0))
