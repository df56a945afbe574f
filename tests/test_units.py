"""Tests of mfgpolicy.units: the registry, parsing, exact conversion."""

from __future__ import annotations

import decimal
import re
import sys
import types
from decimal import Decimal
from fractions import Fraction
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mfgpolicy import units as u
from mfgpolicy.errors import MfgPolicyError, ParseError, UnitError, ValidationError


def Q(magnitude: object, unit: str) -> Any:
    """A quantity with the unit parsed by parse_unit (which knows ％, 人·年 …)."""
    return u.get_registry().Quantity(magnitude, u.parse_unit(unit))


# Every unit the seed documents use, and the genre's others, with the
# canonical unit of its dimension and the exact factor to it.
UNIT_TABLE: list[tuple[str, str, Fraction]] = [
    ("元", "CNY", Fraction(1)),
    ("万元", "CNY", Fraction(10**4)),
    ("萬元", "CNY", Fraction(10**4)),
    ("亿元", "CNY", Fraction(10**8)),
    ("億元", "CNY", Fraction(10**8)),
    ("万亿元", "CNY", Fraction(10**12)),
    ("萬億元", "CNY", Fraction(10**12)),
    ("billion_yuan", "CNY", Fraction(10**9)),
    ("hundred_million_yuan", "CNY", Fraction(10**8)),
    ("wan_yuan", "CNY", Fraction(10**4)),
    ("yi_yuan", "CNY", Fraction(10**8)),
    ("CNY", "CNY", Fraction(1)),
    ("美元", "USD", Fraction(1)),
    ("万美元", "USD", Fraction(10**4)),
    ("亿美元", "USD", Fraction(10**8)),
    ("万元/人", "CNY/person", Fraction(10**4)),
    ("万元/人·年", "CNY/person/year", Fraction(10**4)),
    ("万元/亩", "CNY/mu", Fraction(10**4)),
    ("元/公顷", "CNY/mu", Fraction(1, 15)),
    ("亩", "mu", Fraction(1)),
    ("万亩", "mu", Fraction(10**4)),
    ("公顷", "mu", Fraction(15)),
    ("hectare", "mu", Fraction(15)),
    ("平方米", "mu", Fraction(15, 10000)),
    ("平方公里", "mu", Fraction(1500)),
    ("吨", "t", Fraction(1)),
    ("万吨", "t", Fraction(10**4)),
    ("吨标准煤", "tce", Fraction(1)),
    ("吨标煤", "tce", Fraction(1)),
    ("万吨标准煤", "tce", Fraction(10**4)),
    ("千瓦时", "tce", Fraction(3600000, 29307600000)),
    ("度", "tce", Fraction(3600000, 29307600000)),
    ("万千瓦时", "tce", Fraction(36000000000, 29307600000)),
    # installed capacity: 兆 is the SI mega, 万千瓦 ten thousand kW
    ("兆瓦", "kW", Fraction(1000)),
    ("吉瓦", "kW", Fraction(10**6)),
    ("万千瓦", "kW", Fraction(10**4)),
    ("GWh", "tce", Fraction(3600000 * 10**6, 29307600000)),
    ("兆瓦时", "tce", Fraction(3600000 * 10**3, 29307600000)),
    ("人", "person", Fraction(1)),
    ("名", "person", Fraction(1)),
    ("人次", "person_time", Fraction(1)),
    ("人年", "person_year", Fraction(1)),
    # air-pollutant concentrations: 1 μg/m³ = 10⁻¹² t/m³
    ("微克/立方米", "t/m^3", Fraction(1, 10**12)),
    ("μg/m3", "t/m^3", Fraction(1, 10**12)),
    ("毫克/立方米", "t/m^3", Fraction(1, 10**9)),
    ("家", "enterprise", Fraction(1)),
    ("个", "item", Fraction(1)),
    ("個", "item", Fraction(1)),
    ("项", "project", Fraction(1)),
    ("項", "project", Fraction(1)),
    ("台", "machine", Fraction(1)),
    ("件", "piece", Fraction(1)),
    ("所", "institution", Fraction(1)),
    ("场", "event", Fraction(1)),
    ("场次", "event", Fraction(1)),
    ("万单", "order", Fraction(10**4)),
    ("列", "train_service", Fraction(1)),
    ("座", "facility", Fraction(1)),
    ("条", "line", Fraction(1)),
    ("套", "equipment_set", Fraction(1)),
    ("批", "batch", Fraction(1)),
    ("万家", "enterprise", Fraction(10**4)),
    ("家次", "enterprise_time", Fraction(1)),
    ("亿个", "item", Fraction(10**8)),
    ("款", "product_model", Fraction(1)),
    ("支", "team", Fraction(1)),
    ("栋", "building", Fraction(1)),
    ("处", "site", Fraction(1)),
    ("张", "sheet", Fraction(1)),
    ("只", "zhi_piece", Fraction(1)),
    ("篇", "article", Fraction(1)),
    # computing power: the SI prefixes peta (10^15) and exa (10^18)
    ("PFLOPS", "pflops", Fraction(1)),
    ("EFLOPS", "pflops", Fraction(1000)),
    ("TFLOPS", "pflops", Fraction(1, 1000)),
    # robot density: per 10,000 workers (IFR) is per 10,000 people
    ("台/万名工人", "machine/person", Fraction(1, 10**4)),
    ("件/万人口", "piece/person", Fraction(1, 10**4)),
    ("%", "percent", Fraction(1)),
    ("％", "percent", Fraction(1)),
    ("‰", "percent", Fraction(1, 10)),
    ("个百分点", "percentage_point", Fraction(1)),
    ("倍", "times", Fraction(1)),
    ("年", "year", Fraction(1)),
]


@pytest.mark.parametrize(("text", "canonical", "factor"), UNIT_TABLE)
def test_every_unit_parses_with_its_canonical_unit_and_exact_factor(
    text: str, canonical: str, factor: Fraction
) -> None:
    unit = u.parse_unit(text)
    assert u.canonical_unit(unit) == canonical
    assert u.conversion_factor(unit, canonical) == factor


@pytest.mark.parametrize(("text", "_canonical", "_factor"), UNIT_TABLE)
def test_label_parses_back_to_the_same_unit(text: str, _canonical: str, _factor: Fraction) -> None:
    unit = u.parse_unit(text)
    assert u.parse_unit(u.unit_label(unit)) == unit


def test_seed_units_all_parse(seed_texts: dict[str, str]) -> None:
    # The unit right after a number in the seeds, for the units the library claims.
    wanted = re.compile(
        r"\d(万元/人·年|万元/人|万元/亩|亿美元|万吨标准煤|万吨|万亩|亿元|億元|萬元)"
    )
    found = {m.group(1) for text in seed_texts.values() for m in wanted.finditer(text)}
    assert {"亿元", "億元", "萬元", "万元/人"} <= found
    for text in found:
        u.parse_unit(text)


def test_yi_is_not_billion() -> None:
    assert u.conversion_factor("billion_yuan", "亿元") == 10
    assert u.conversion_factor("亿元", "元") == 10**8
    assert u.convert(Q(Decimal(1), "billion_yuan"), "亿元").magnitude == Decimal(10)


def test_mu_is_exactly_ten_thousand_fifteenths_of_a_square_meter() -> None:
    assert u.conversion_factor("亩", "平方米") == Fraction(10000, 15)
    assert u.conversion_factor("公顷", "亩") == 15


def test_tce_factor_is_exact_gb_t_2589() -> None:
    assert u.conversion_factor("tce", "GJ") == Fraction("29.3076")
    assert u.conversion_factor("kgce", "MJ") == Fraction("29.3076")


def test_per_person_year_reads_dot_tighter_than_slash() -> None:
    assert u.parse_unit("万元/人·年") == u.parse_unit("万元/(人·年)")
    assert u.parse_unit("万元/人·年") == u.parse_unit("万元/人/年")
    assert u.dimensionality_of("万元/人·年") != u.dimensionality_of("万元/人")


def test_english_and_chinese_names_agree() -> None:
    assert u.parse_unit("CNY") == u.parse_unit("元") == u.parse_unit("yuan")
    assert u.parse_unit("mu") == u.parse_unit("亩")
    assert u.parse_unit("tce") == u.parse_unit("吨标准煤")
    assert u.parse_unit("percentage_point") == u.parse_unit("个百分点")
    assert u.parse_unit("enterprise") == u.parse_unit("家")
    assert u.parse_unit("person") == u.parse_unit("名")
    assert u.unit_label("wan_yuan/person/year") == "万元/人·年"


def test_registry_is_one_and_lazy() -> None:
    assert u.ureg is u.get_registry()
    assert u.Quantity is u.get_registry().Quantity
    with pytest.raises(AttributeError):
        _ = u.no_such_name


@pytest.mark.parametrize(
    ("text", "bad"),
    [("万元/人x", "人x"), ("foo", "foo"), ("亿元/", None), ("万元/(人", None), ("", None)],
)
def test_unknown_units_raise_unit_error_naming_text(text: str, bad: str | None) -> None:
    with pytest.raises(UnitError) as info:
        u.parse_unit(text)
    assert repr(text) in str(info.value)
    if bad is not None:
        assert bad in str(info.value)
        assert f"at {text.index(bad)}" in str(info.value)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("元", "万元/人"),
        ("家", "台"),
        ("CNY", "USD"),
        ("%", "个百分点"),
        ("%", "倍"),
        ("人", "人次"),
        ("人", "人年"),
    ],
)
def test_incompatible_units_raise(a: str, b: str) -> None:
    with pytest.raises(UnitError) as info:
        u.conversion_factor(a, b)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, MfgPolicyError)
    message = str(info.value)
    assert str(u.dimensionality_of(a)) in message
    assert str(u.dimensionality_of(b)) in message
    with pytest.raises(UnitError):
        u.convert(Q(Decimal(1), a), b)


def test_currency_needs_explicit_rate() -> None:
    q = Q(Decimal(2), "亿美元")
    with pytest.raises(UnitError, match="rate"):
        u.convert(q, "亿元")
    assert u.convert(q, "亿元", rate=Decimal("7.1")).magnitude == Decimal("14.2")
    back = u.convert(Q(Decimal("14.2"), "亿元"), "亿美元", rate=Decimal("7.1"))
    assert back.magnitude == Decimal(2)
    # Also inside compound units: USD per person → CNY per person.
    per = u.convert(Q(Decimal(1), "万美元/人"), "万元/人", rate=Fraction(71, 10))
    assert per.magnitude == Decimal("7.1")
    with pytest.raises(UnitError, match="positive"):
        u.convert(q, "元", rate=Decimal(0))
    with pytest.raises(ValidationError):
        u.convert(q, "元", rate=7.1)  # type: ignore[arg-type]
    # A rate does not make unrelated units compatible.
    with pytest.raises(UnitError):
        u.convert(q, "家", rate=Decimal("7.1"))


def test_convert_keeps_decimal_or_gives_fraction() -> None:
    got = u.convert(Q(Decimal("2800"), "亿元"), "CNY")
    assert got.magnitude == Decimal("280000000000")
    assert str(got.magnitude) == "280000000000"
    area = u.convert(Q(Decimal(1), "亩"), "平方米")
    assert area.magnitude == Fraction(2000, 3)
    assert isinstance(area.magnitude, Fraction)
    assert u.convert(Q(Decimal("1.2"), "万亩"), "亩").magnitude == Decimal(12000)
    assert str(u.convert(Q(Decimal(12000), "亩"), "万亩").magnitude) == "1.2"
    frac = u.convert(Q(Fraction(1, 2), "万元"), "元").magnitude
    assert frac == 5000
    assert isinstance(frac, Fraction)
    assert u.convert(Q(3, "万元"), "元").magnitude == Decimal(30000)


def test_convert_refuses_floats_and_non_quantities() -> None:
    with pytest.raises(ValidationError, match="float"):
        u.convert(Q(1.5, "万元"), "元")
    with pytest.raises(ValidationError):
        u.convert(Q(Decimal("NaN"), "万元"), "元")
    with pytest.raises(ValidationError):
        u.convert(Decimal(1), "元")


def test_to_canonical() -> None:
    assert u.to_canonical(Q(Decimal("25"), "万元/人")).magnitude == Decimal(250000)
    got = u.to_canonical(Q(Decimal("22"), "萬元/亩"))
    assert str(got.units) == "yuan / mu"
    assert got.magnitude == Decimal(220000)
    assert u.to_canonical(Q(Decimal(3), "公顷")).magnitude == Decimal(45)
    assert u.to_canonical(Q(Decimal("10.4"), "%")).magnitude == Decimal("10.4")
    assert u.canonical_unit("吨标准煤/万元") == "tce/CNY"


# ---------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------

decimals = st.decimals(
    min_value=Decimal("-1e15"), max_value=Decimal("1e15"), allow_nan=False, places=6
)
money_units = st.sampled_from(["元", "万元", "亿元", "billion_yuan", "万亿元", "千万元"])
area_money_units = st.sampled_from(["万元/亩", "元/公顷", "元/平方米", "元/m^2", "CNY/mu"])


@given(decimals, money_units, money_units)
def test_money_round_trip_is_exact(x: Decimal, a: str, b: str) -> None:
    there = u.convert(Q(x, a), b)
    back = u.convert(there, a)
    assert isinstance(there.magnitude, Decimal)
    assert back.magnitude == x


@given(decimals, area_money_units, area_money_units)
def test_money_per_area_round_trip_is_exact(x: Decimal, a: str, b: str) -> None:
    back = u.convert(u.convert(Q(x, a), b), a)
    assert Fraction(back.magnitude) == Fraction(x)


@given(decimals, decimals, st.sampled_from([r[0] for r in UNIT_TABLE]))
def test_convert_is_linear(a: Decimal, x: Decimal, unit: str) -> None:
    target = u.canonical_unit(unit)
    with decimal.localcontext(prec=100):  # the product itself must be exact
        product = a * x
    left = u.convert(Q(product, unit), target).magnitude
    right = Fraction(a) * Fraction(u.convert(Q(x, unit), target).magnitude)
    assert Fraction(left) == right


@given(decimals, money_units, money_units, money_units)
def test_conversion_composes(x: Decimal, a: str, b: str, c: str) -> None:
    assert u.conversion_factor(a, b) * u.conversion_factor(b, c) == u.conversion_factor(a, c)
    via = u.convert(u.convert(Q(x, a), b), c).magnitude
    assert via == u.convert(Q(x, a), c).magnitude


@given(
    st.lists(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False), max_size=50),
    st.sampled_from(
        [("亿元", "元"), ("万元/亩", "元/公顷"), ("万亩", "平方公里"), ("万吨标准煤", "GJ")]
    ),
)
def test_convert_many_agrees_with_convert(values: list[float], pair: tuple[str, str]) -> None:
    src, dst = pair
    got = u.convert_many(np.array(values), src, dst)
    assert got.dtype == np.float64
    want = [float(Fraction(u.convert(Q(Fraction(v), src), dst).magnitude)) for v in values]
    np.testing.assert_allclose(got, np.array(want, dtype=np.float64), rtol=1e-12, atol=0)


def test_convert_many_refuses_incompatible_and_needs_rate() -> None:
    with pytest.raises(UnitError):
        u.convert_many(np.ones(3), "家", "台")
    with pytest.raises(UnitError):
        u.convert_many(np.ones(3), "亿美元", "亿元")
    got = u.convert_many(np.ones(2), "亿美元", "亿元", rate=Decimal("7.1"))
    np.testing.assert_allclose(got, [7.1, 7.1])


# ---------------------------------------------------------------------------
# parse_quantity
# ---------------------------------------------------------------------------


def _stub_parse_number(text: str, *, source: str | None = None) -> Decimal | Fraction:
    """A tiny stand-in for numerals.parse_number: Arabic numbers, 万, 三分之一, 翻番."""
    table: dict[str, Decimal | Fraction] = {"三分之一": Fraction(1, 3), "翻番": Decimal(2)}
    if text in table:
        return table[text]
    scale = Decimal(1)
    if text.endswith("万"):
        text, scale = text[:-1], Decimal(10000)
    if not re.fullmatch(r"-?\d+(\.\d+)?", text):
        raise ParseError(text, 0, expected="a number", source=source)
    return Decimal(text) * scale


@pytest.fixture
def stub_numerals(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("mfgpolicy.numerals")
    module.parse_number = _stub_parse_number  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "mfgpolicy.numerals", module)


QUANTITY_CASES: list[tuple[str, Decimal | Fraction, str, str]] = [
    # text, magnitude, unit as parsed, canonical magnitude
    ("2800亿元", Decimal(2800), "亿元", "280000000000"),
    ("25万元/人", Decimal(25), "万元/人", "250000"),
    ("22萬元/亩", Decimal(22), "万元/亩", "220000"),
    ("10.4%", Decimal("10.4"), "%", "10.4"),
    ("1.2万亩", Decimal("1.2"), "万亩", "12000"),
    ("3家", Decimal(3), "家", "3"),
    ("5 亿美元", Decimal(5), "亿美元", "500000000"),
    ("三分之一", Fraction(1, 3), "1", "100/3"),
    ("翻番", Decimal(2), "倍", "2"),
]


@pytest.mark.usefixtures("stub_numerals")
@pytest.mark.parametrize(("text", "magnitude", "unit", "canonical"), QUANTITY_CASES)
def test_parse_quantity_splits_number_and_unit(
    text: str, magnitude: Decimal | Fraction, unit: str, canonical: str
) -> None:
    q = u.parse_quantity(text)
    assert q.magnitude == magnitude
    assert type(q.magnitude) is type(magnitude)
    assert q.units == u.parse_unit(unit)
    assert str(u.to_canonical(q).magnitude) == canonical


@pytest.mark.usefixtures("stub_numerals")
def test_parse_quantity_wan_before_unit_gives_the_same_value() -> None:
    a = u.to_canonical(u.parse_quantity("1.2万亩")).magnitude
    b = u.to_canonical(u.parse_quantity("12000亩")).magnitude
    assert a == b == Decimal(12000)


@pytest.mark.usefixtures("stub_numerals")
def test_parse_quantity_errors_name_the_text() -> None:
    with pytest.raises(UnitError, match=r"'25万元/狗'.*at 2"):
        u.parse_quantity("25万元/狗")
    with pytest.raises(ParseError):
        u.parse_quantity("亿元")
    with pytest.raises(ParseError):
        u.parse_quantity("   ")
    with pytest.raises(ParseError):
        u.parse_quantity("1.2.3亿元")


REAL_CASES = [
    ("2800亿元", "280000000000", "CNY"),
    ("25万元/人", "250000", "CNY/person"),
    ("22萬元/亩", "220000", "CNY/mu"),
    ("10.4%", "10.4", "percent"),
    ("1.2万亩", "12000", "mu"),
    ("两亿零五百万元", "205000000", "CNY"),
    ("三千万元", "30000000", "CNY"),
    ("三分之一", "100/3", "percent"),
]


@pytest.mark.parametrize(("text", "magnitude", "unit"), REAL_CASES)
def test_parse_quantity_with_real_numerals(text: str, magnitude: str, unit: str) -> None:
    q = u.to_canonical(u.parse_quantity(text))
    assert str(q.magnitude) == magnitude
    assert u.canonical_unit(q.units) == unit


def test_every_base_dimension_of_the_registry_has_a_canonical_unit() -> None:
    # Each counted thing, and every other base dimension units.txt defines, must
    # have a canonical unit: a target in it is otherwise unreportable.
    import importlib.resources

    text = importlib.resources.files("mfgpolicy").joinpath("data/units.txt").read_text("utf-8")
    names = re.findall(r"^(\w+) = \[\w+\]", text, flags=re.MULTILINE)
    assert len(names) > 20
    for name in names:
        assert u.canonical_unit(name), name
