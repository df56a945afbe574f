"""Tests of mfgpolicy.numerals: exact Chinese and Arabic numerals (数字解析)."""

from __future__ import annotations

import re
import time
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chinese_render import render
from mfgpolicy.errors import MfgPolicyError, ParseError
from mfgpolicy.numerals import (
    NUMBER_PATTERN,
    RANGE_PATTERN,
    NumberMatch,
    find_numbers,
    parse_multiple,
    parse_number,
    parse_range,
)

D = Decimal
F = Fraction

# ----------------------------------------------------------------- parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Arabic
        ("2800", D(2800)),
        ("2,800", D(2800)),
        ("1,234,567.25", D("1234567.25")),
        ("10.4", D("10.4")),
        ("0.5", D("0.5")),
        ("8.0", D("8.0")),
        ("２８００", D(2800)),
        ("１０．４", D("10.4")),
        ("２，８００", D(2800)),
        ("5 200", D(5200)),
        ("12 345 678", D(12345678)),
        ("  23 ", D(23)),
        # Chinese
        ("零", D(0)),
        ("两", D(2)),
        ("十", D(10)),
        ("十二", D(12)),
        ("一十二", D(12)),
        ("二十", D(20)),
        ("一百", D(100)),
        ("一百零五", D(105)),
        ("一百一十", D(110)),
        ("三千零一", D(3001)),
        ("一万零一百", D(10100)),
        ("两亿零五百万", D(205_000_000)),
        ("两千", D(2000)),
        ("两百", D(200)),
        ("十万", D(100_000)),
        ("一百万零五千", D(1_005_000)),
        ("一百万五千", D(1_005_000)),
        ("一万亿", D(10**12)),
        ("三百五", D(350)),
        ("一万五", D(15000)),
        ("二〇二三", D(2023)),
        ("二零二一", D(2021)),
        # traditional and financial
        ("兩萬", D(20000)),
        ("三億", D(300_000_000)),
        ("一萬零一", D(10001)),
        ("壹佰零伍", D(105)),
        ("贰仟叁佰肆拾伍", D(2345)),
        ("貳拾參", D(23)),
        ("陸萬", D(60000)),
        ("伍億", D(500_000_000)),
        # Arabic with a multiplier
        ("1.2万", D(12000)),
        ("3千", D(3000)),
        ("2.5亿", D(250_000_000)),
        ("1.5万亿", D(1_500_000_000_000)),
        ("5200万", D(52_000_000)),
        ("2800亿", D(280_000_000_000)),
        ("2千万", D(20_000_000)),
        ("22萬", D(220_000)),
        ("2.5億", D(250_000_000)),
        ("1200億", D(120_000_000_000)),
        ("三点五万", D(35000)),
        # Chinese decimals
        ("三点五", D("3.5")),
        ("零点五", D("0.5")),
        ("十二點零五", D("12.05")),
        # percentages
        ("百分之十三", D("0.13")),
        ("百分之零点五", D("0.005")),
        ("百分之5", D("0.05")),
        ("千分之三", D("0.003")),
        ("13%", D("0.13")),
        ("10.4%", D("0.104")),
        ("13‰", D("0.013")),
        ("１３％", D("0.13")),
        ("100%", D(1)),
        # signs
        ("-5", D(-5)),
        ("－2.5", D("-2.5")),
        ("负三", D(-3)),
        ("-13%", D("-0.13")),
        # mixed 万: A万 and four digits is A×10⁴+B (3万8000亿 = 38000亿)
        ("3万8000", D(38000)),
        ("1万2000", D(12000)),
        ("3万8000亿", D("3800000000000")),
        ("2万0500", D(20500)),
    ],
)
def test_parse_number(text: str, value: Decimal) -> None:
    got = parse_number(text)
    assert type(got) is Decimal
    assert got == value


def test_decimals_keep_written_precision_and_plain_exponent() -> None:
    assert str(parse_number("8.0")) == "8.0"
    assert str(parse_number("2800亿")) == "280000000000"
    assert str(parse_number("1.2万")) == "12000"
    assert str(parse_number("13%")) == "0.13"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("三分之一", F(1, 3)),
        ("二分之一", F(1, 2)),  # a fraction form stays a Fraction
        ("十分之三", F(3, 10)),
        ("2/3", F(2, 3)),
        ("４／６", F(2, 3)),
        ("3分之1", F(1, 3)),
        ("负三分之一", F(-1, 3)),
    ],
)
def test_fractions_are_fractions(text: str, value: Fraction) -> None:
    got = parse_number(text)
    assert type(got) is Fraction
    assert got == value


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("", 0),
        ("   ", 0),
        ("abc", 0),
        ("1..2", 2),
        ("1.2.3", 3),
        ("1.", 1),
        (".5", 0),
        ("十十", 1),
        ("万万", 0),
        ("萬", 0),
        ("亿万", 0),
        ("一亿二亿", 3),
        ("1,00", 1),
        ("1,0000", 5),
        ("1234,567", 4),
        ("1,234 567", 5),
        ("1,234.5,6", 7),
        ("5  200", 1),
        ("一千零五百", 2),
        ("一万零一千", 2),
        ("一百零", 2),
        ("十两", 1),
        ("两十", 0),
        ("百", 0),
        ("一百十", 2),
        ("十百", 1),
        ("五五十", 1),
        ("12x", 2),
        ("12万x", 3),
        ("3十", 1),
        ("三分之", 3),
        ("零分之一", 0),
        ("1/0", 2),
        ("13%%", 2),
        ("-", 0),
        ("--5", 1),
        ("翻番", 0),
        ("2倍", 1),
        ("三点", 1),
        ("3万80000", 2),
        ("3万800", 2),
        ("1.5万2000", 4),
    ],
)
def test_parse_number_errors(text: str, start: int) -> None:
    with pytest.raises(ParseError) as info:
        parse_number(text, source="doc.txt")
    err = info.value
    assert isinstance(err, ValueError)
    assert isinstance(err, MfgPolicyError)
    assert err.text == text
    assert err.start == start
    assert err.expected
    assert err.source == "doc.txt"
    assert "doc.txt" in str(err)


def test_too_many_digits_is_a_parse_error_not_rounding() -> None:
    with pytest.raises(ParseError):
        parse_number("1" * 300)
    with pytest.raises(ParseError):
        parse_number("1." + "1" * 300 + "万")


def test_parse_number_is_fast() -> None:
    texts = ["2,800", "10.4", "两亿零五百万", "1.2万", "13%", "三分之一"] * 500
    t0 = time.perf_counter()
    for s in texts:
        parse_number(s)
    per_call = (time.perf_counter() - t0) / len(texts)
    assert per_call < 100e-6  # a few µs on a normal machine; generous for CI


# ----------------------------------------------------------------- properties


_SCRIPTS = ["simplified", "traditional", "financial", "financial_traditional"]


@given(
    st.integers(min_value=0, max_value=10**16 - 1),
    st.sampled_from(_SCRIPTS),
    st.booleans(),
    st.booleans(),
)
def test_chinese_round_trip(n: int, script: str, liang: bool, short_ten: bool) -> None:
    text = render(n, script, liang=liang, short_ten=short_ten)  # type: ignore[arg-type]
    assert parse_number(text) == n


@given(st.integers(min_value=0, max_value=10**16 - 1).filter(lambda n: n >= 10))
def test_chinese_digit_by_digit(n: int) -> None:
    text = "".join("〇一二三四五六七八九"[int(c)] for c in str(n))
    assert parse_number(text) == n


@given(st.integers(min_value=0, max_value=10**18), st.sampled_from([",", "，", " "]))
def test_arabic_grouping_round_trip(n: int, sep: str) -> None:
    grouped = f"{n:,}".replace(",", sep)
    assert parse_number(grouped) == n
    assert parse_number(str(n)) == n


@given(st.integers(min_value=1, max_value=10**12), st.integers(min_value=0, max_value=9999))
def test_arabic_bad_grouping_is_refused(n: int, extra: int) -> None:
    text = f"{n:,}{extra:04d}"  # a four-digit last group
    if "," in text:
        with pytest.raises(ParseError):
            parse_number(text)


@given(st.decimals(allow_nan=False, allow_infinity=False, places=6))
def test_decimal_strings_round_trip(d: Decimal) -> None:
    text = f"{d:f}"
    got = parse_number(text)
    assert got == d
    assert type(got) is Decimal


@given(
    st.decimals(min_value=0, max_value=10**6, places=3),
    st.sampled_from([("万", 10**4), ("亿", 10**8), ("万亿", 10**12), ("千", 1000)]),
)
def test_multiplier_is_exact(d: Decimal, mult: tuple[str, int]) -> None:
    assert parse_number(f"{d:f}{mult[0]}") == d * mult[1]


@given(st.decimals(min_value=0, max_value=10**6, places=3))
def test_percent_is_exact_hundredth(d: Decimal) -> None:
    assert parse_number(f"{d:f}%") == d / 100
    assert parse_number(f"{d:f}‰") == d / 1000


@given(st.integers(min_value=1, max_value=10**8), st.integers(min_value=0, max_value=10**8))
def test_chinese_fraction_law(den: int, num: int) -> None:
    assert parse_number(f"{render(den)}分之{render(num)}") == Fraction(num, den)
    assert parse_number(f"{num}/{den}") == Fraction(num, den)


@given(
    st.decimals(min_value=-(10**9), max_value=10**9, places=2),
    st.decimals(min_value=-(10**9), max_value=10**9, places=2),
    st.sampled_from(["-", "—", "–", "～", "~", "至", "到"]),
)
def test_range_round_trip(a: Decimal, b: Decimal, sep: str) -> None:
    lo, hi = min(a, b), max(a, b)
    assert parse_range(f"{lo:f}{sep}{hi:f}") == (lo, hi)


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=10**9))
def test_range_low_above_high_is_refused(a: int, gap: int) -> None:
    text = f"{a + gap}-{a}"
    with pytest.raises(ParseError) as info:
        parse_range(text)
    assert info.value.start == len(str(a + gap)) + 1


# ----------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("2-3", D(2), D(3)),
        ("5—10", D(5), D(10)),
        ("5——10", D(5), D(10)),
        ("5-10亿", D(500_000_000), D(1_000_000_000)),
        ("5—10亿", D(500_000_000), D(1_000_000_000)),
        ("50—100亿", D(5_000_000_000), D(10_000_000_000)),
        ("1至2", D(1), D(2)),
        ("3到5", D(3), D(5)),
        ("2～3", D(2), D(3)),
        ("2~3", D(2), D(3)),
        ("1–2", D(1), D(2)),
        ("1 - 2", D(1), D(2)),
        ("8-10", D(8), D(10)),
        ("百分之五至十", D("0.05"), D("0.10")),
        ("15%-20%", D("0.15"), D("0.20")),
        ("15-20%", D("0.15"), D("0.20")),
        ("五至十万", D(50000), D(100_000)),
        ("五千至一万", D(5000), D(10000)),
        ("5000-1万", D(5000), D(10000)),
        ("1万-2万", D(10000), D(20000)),
        ("一至三", D(1), D(3)),
        ("-5--3", D(-5), D(-3)),
    ],
)
def test_parse_range(text: str, low: Decimal, high: Decimal) -> None:
    assert parse_range(text) == (low, high)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("3-2", 2),
        ("10至5", 3),
        ("23", 1),
        ("2-", 2),
        ("-3", 1),
        ("2-x", 2),
        ("20%-10%", 4),
    ],
)
def test_parse_range_errors(text: str, start: int) -> None:
    with pytest.raises(ParseError) as info:
        parse_range(text)
    assert info.value.start == start
    assert isinstance(info.value, MfgPolicyError)


# ----------------------------------------------------------------- multiples


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("翻番", D(2)),
        ("翻一番", D(2)),
        ("翻了一番", D(2)),
        ("翻两番", D(4)),
        ("翻三番", D(8)),
        ("翻3番", D(8)),
        ("倍增", D(2)),
        ("增长1倍", D(2)),
        ("增加一倍", D(2)),
        ("提高0.5倍", D("1.5")),
        ("2倍", D(2)),
        ("1.5倍", D("1.5")),
        ("三倍", D(3)),
    ],
)
def test_parse_multiple(text: str, value: Decimal) -> None:
    assert parse_multiple(text) == value


@pytest.mark.parametrize(("text", "start"), [("翻", 0), ("翻零番", 1), ("2", 0), ("增长倍", 2)])
def test_parse_multiple_errors(text: str, start: int) -> None:
    with pytest.raises(ParseError) as info:
        parse_multiple(text)
    assert info.value.start == start


# ----------------------------------------------------------------- scanning


def _found(text: str) -> list[tuple[str, Decimal | Fraction, Decimal | Fraction | None]]:
    return [(m.text, m.value, m.high) for m in find_numbers(text)]


def test_patterns_compile_and_match_whole_tokens() -> None:
    number, rng = re.compile(NUMBER_PATTERN), re.compile(RANGE_PATTERN)
    for tok in ["2,800", "10.4%", "1.2万", "两亿零五百万", "三分之一", "百分之十三", "5200万"]:
        assert number.fullmatch(tok), tok
    for tok in ["2-3", "5—10亿", "1至2", "15%-20%", "百分之五至十"]:
        assert rng.fullmatch(tok), tok


def test_find_numbers_values_and_spans() -> None:
    text = "力争全市工业增加值达到2800亿元以上,年均增长8.0%,新增2-3家,培育5—10亿元企业"
    got = list(find_numbers(text))
    assert [(m.text, m.value, m.high) for m in got] == [
        ("2800亿", D(280_000_000_000), None),
        ("8.0%", D("0.080"), None),
        ("2-3", D(2), D(3)),
        ("5—10亿", D(500_000_000), D(1_000_000_000)),
    ]
    for m in got:
        assert text[m.start : m.end] == m.text
    assert got[0].mantissa == 2800
    assert got[0].multiplier == "亿"
    assert got[1].is_percent
    assert got[1].mantissa == D("8.0")
    assert got[3].mantissa == 5
    assert got[3].mantissa_high == 10


@pytest.mark.parametrize(
    "word",
    ["一批", "一流", "统一", "一体化", "万物", "百姓", "千家万户", "第一", "一是", "十四五",
     "八八战略", "千百亿", "百千万", "零突破", "一一对应",
     "零部件"],
)  # fmt: skip
def test_words_are_not_numbers(word: str) -> None:
    assert _found(f"推进{word}建设") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("用三年时间", D(3)),
        ("培育两家", D(2)),
        ("五个", D(5)),
        ("一轮", D(1)),
        ("二〇二三年", D(2023)),
        ("二零二三年", D(2023)),
        ("三分之一以上", F(1, 3)),
        ("百分之十三", D("0.13")),
        ("一百家", D(100)),
        ("翻两番", D(2)),
    ],
)
def test_chinese_numbers_in_text(text: str, value: Decimal | Fraction) -> None:
    got = list(find_numbers(text))
    assert len(got) == 1
    assert got[0].value == value


def test_in_word_marks_digits_touching_letters() -> None:
    got = {m.text: m.in_word for m in find_numbers("推进5G应用,G60科创走廊,新增30家")}
    assert got == {"5": True, "60": True, "30": False}


def test_dates_and_codes_are_not_ranges() -> None:
    assert _found("2021-09-17") == [("2021", D(2021), None), ("09", D(9), None),
                                    ("17", D(17), None)]  # fmt: skip
    assert _found("2020-2022年") == [("2020-2022", D(2020), D(2022))]
    assert _found("统一到2025年") == [("2025", D(2025), None)]


def test_number_match_is_frozen() -> None:
    m = next(find_numbers("3家"))
    assert isinstance(m, NumberMatch)
    with pytest.raises(AttributeError):
        m.value = D(4)  # type: ignore[misc]


def test_find_numbers_speed() -> None:
    chunk = (
        "到2023年,全市规上工业增加值达到2800亿元以上,年均增长8%左右;新增2-3家,统一推进一批项目。"
    )
    text = chunk * (200_000 // len(chunk))
    t0 = time.perf_counter()
    n = sum(1 for _ in find_numbers(text))
    elapsed = time.perf_counter() - t0
    assert n > 0
    assert len(text) / elapsed > 300_000  # ≥ 1 M chars/s on a normal machine


# ----------------------------------------------------------------- seeds


def test_every_match_in_the_seeds_parses(seed_texts: dict[str, str]) -> None:
    assert len(seed_texts) == 5
    for text in seed_texts.values():
        for m in find_numbers(text):
            if m.high is None:
                assert parse_number(m.text) == m.value, m
            else:
                assert parse_range(m.text) == (m.value, m.high), m


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("2800", D(2800)),
        ("23", D(23)),
        ("25", D(25)),
        ("8.0", D(8)),
        ("500", D(500)),
        ("3", D(3)),
        ("20", D(20)),
        ("15", D(15)),
        ("1000", D(1000)),
        ("10.4", D("10.4")),
        ("1.2", D("1.2")),
        ("22萬", D(220_000)),
        ("1200億", D(120_000_000_000)),
        ("2.5億", D(250_000_000)),
        ("30萬", D(300_000)),
        ("三分之一", F(1, 3)),
        ("三年", D(3)),
        ("一百", D(100)),
        ("二十", D(20)),
    ],
)
def test_seed_numbers(seed_texts: dict[str, str], token: str, value: Decimal | Fraction) -> None:
    assert any(token in text for text in seed_texts.values()), token
    core = token.removesuffix("年")
    assert parse_number(core) == value
    # Found in the seeds either as written or with a multiplier or % after it.
    assert any(
        (m.text == core and m.value == value) or (m.text.startswith(core) and m.mantissa == value)
        for text in seed_texts.values()
        for m in find_numbers(text)
        if m.high is None
    )


@pytest.mark.parametrize(
    ("token", "low", "high"),
    [
        ("2-3", D(2), D(3)),
        ("1—2", D(1), D(2)),
        ("1-2", D(1), D(2)),
        ("8-10", D(8), D(10)),
        ("3-5", D(3), D(5)),
        ("50—100亿", D(5_000_000_000), D(10_000_000_000)),
        ("5—10亿", D(500_000_000), D(1_000_000_000)),
    ],
)
def test_seed_ranges(seed_texts: dict[str, str], token: str, low: Decimal, high: Decimal) -> None:
    assert any(token in text for text in seed_texts.values()), token
    assert parse_range(token) == (low, high)
    ranges = {
        m.text: (m.value, m.high)
        for text in seed_texts.values()
        for m in find_numbers(text)
        if m.high is not None
    }
    assert ranges.get(token) == (low, high)


def test_seed_doubling(seed_texts: dict[str, str]) -> None:
    assert "翻番" in seed_texts["004_edc70f5a27395571"] or any(
        "翻番" in t for t in seed_texts.values()
    )
    assert parse_multiple("翻番") == 2


def test_find_numbers_reads_mixed_wan_as_one_number() -> None:
    (m,) = find_numbers("主营业务收入3万8000亿元以上")
    assert (m.text, m.mantissa, m.multiplier) == ("3万8000亿", D(38000), "亿")
    assert m.value == D("3800000000000")
    # five digits after 万 are not the mixed form: 3万 and 80000 apart
    assert [x.text for x in find_numbers("3万80000")] == ["3万", "80000"]
