"""Units (单位) of policy documents: one pint registry, exact conversions.

The registry is built from the shipped, documented definitions file
``data/units.txt``. It knows the units that Chinese manufacturing plans use:
money (元, 万元, 亿元, 美元 …), area (亩, 公顷 …), energy (吨标准煤 …), people
(人, 名, 人次), counted things (家, 台, 项, 个 …, each its own dimension),
percent, percentage points (个百分点) and multiples (倍).

Exactness: pint computes conversion factors in floating point. This module
never uses them for exact work: a private second registry, loaded from the same
file with ``non_int_type=Fraction``, yields each unit's factor to the base units
as an exact :class:`~fractions.Fraction`; :func:`conversion_factor` combines
them and caches the result per pair of units. :func:`convert` multiplies exact
magnitudes (Decimal, Fraction or int) by that factor. Use :func:`convert`, not
``Quantity.to``, on quantities from :func:`parse_quantity`: pint's own ``to``
would turn a Decimal into a float.

Example:
    >>> q = parse_quantity("2800亿元")
    >>> to_canonical(q).magnitude
    Decimal('280000000000')
    >>> canonical_unit("万元/人·年")
    'CNY/person/year'
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, TypeAlias

import numpy as np
import numpy.typing as npt
import pint

from mfgpolicy.errors import ParseError, UnitError, ValidationError

__all__ = [
    "ExactNumber",
    "Quantity",
    "canonical_unit",
    "conversion_factor",
    "convert",
    "convert_many",
    "dimensionality_of",
    "exact_decimal",
    "get_registry",
    "parse_quantity",
    "parse_unit",
    "to_canonical",
    "unit_label",
    "ureg",
]

#: An exact magnitude: what parse_quantity yields and convert accepts.
ExactNumber: TypeAlias = Decimal | Fraction | int

_DEFINITIONS = "units.txt"

if TYPE_CHECKING:
    # Provided lazily by the module __getattr__ below.
    ureg: Any
    Quantity: Any


def _load(non_int_type: type) -> Any:
    path = importlib.resources.files("mfgpolicy") / "data" / _DEFINITIONS
    with importlib.resources.as_file(path) as real_path:
        try:
            return pint.UnitRegistry(
                str(real_path), on_redefinition="raise", non_int_type=non_int_type
            )
        except pint.errors.DefinitionSyntaxError as exc:  # pragma: no cover - shipped file
            raise UnitError(str(real_path), reason=f"bad definitions file: {exc}") from exc


@functools.cache
def get_registry() -> Any:
    """The one shared unit registry (单位注册表), created on first use.

    Its factors are floats: use it for display and dimensions; exact
    conversions go through :func:`convert`.

    Returns:
        The :class:`pint.UnitRegistry` built from ``data/units.txt``.
    """
    return _load(float)


@functools.cache
def _exact_registry() -> Any:
    """A private registry with Fraction factors, used only for exact factors."""
    return _load(Fraction)


def __getattr__(name: str) -> Any:
    # ureg and Quantity are created lazily: importing the module stays cheap.
    if name == "ureg":
        return get_registry()
    if name == "Quantity":
        return get_registry().Quantity
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# ---------------------------------------------------------------------------
# Parsing unit expressions (单位表达式)
# ---------------------------------------------------------------------------

# Full-width and look-alike characters folded before parsing.
_FOLD = str.maketrans(
    {
        "％": "%",
        "／": "/",
        "（": "(",
        "）": ")",
        "＊": "*",
        "×": "*",
        "•": "·",
        "・": "·",
        "⋅": "·",
        "∙": "·",
        "　": " ",
        "²": "^2",
        "³": "^3",
        "＾": "^",
    }
)
_TOKEN = re.compile(r"\s*(?:(?P<op>\*\*|[/*·()^])|(?P<atom>[^/*·()^\s]+))")
_INT = re.compile(r"[+-]?\d+")


class _UnitParser:
    """Recursive descent over ``expr := term ('/' term)*``, ``term := factor ('·' factor)*``.

    ``·`` binds tighter than ``/``, as in documents: 万元/人·年 = 万元/(人·年).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        folded = text.translate(_FOLD)
        self.tokens: list[tuple[str, str, int]] = []
        pos = 0
        while pos < len(folded):
            m = _TOKEN.match(folded, pos)
            if m is None:  # pragma: no cover - only trailing whitespace reaches here
                break
            if m.group("op") is not None:
                self.tokens.append(("op", m.group("op"), m.start("op")))
            elif m.group("atom") is not None:
                self.tokens.append(("atom", m.group("atom"), m.start("atom")))
            pos = m.end()
        self.i = 0
        # Offsets in the folded text match the original except after ² / ³,
        # which become two characters; map back conservatively.
        self._shift = len(folded) != len(text)

    def _pos(self, p: int) -> int:
        return min(p, len(self.text) - 1) if self._shift else p

    def peek(self) -> tuple[str, str, int] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def fail(self, pos: int, reason: str) -> UnitError:
        return UnitError(self.text, reason=f"{reason} at {self._pos(pos)}")

    def parse(self) -> Any:
        if not self.tokens:
            raise UnitError(self.text, reason="empty unit expression")
        unit = self.expr()
        tok = self.peek()
        if tok is not None:
            raise self.fail(tok[2], f"unexpected {tok[1]!r}")
        return unit

    def expr(self) -> Any:
        unit = self.term()
        while (tok := self.peek()) is not None and tok[1] == "/":
            self.i += 1
            unit = unit / self.term()
        return unit

    def term(self) -> Any:
        unit = self.power()
        while (tok := self.peek()) is not None and tok[1] in {"·", "*"}:
            self.i += 1
            unit = unit * self.power()
        return unit

    def power(self) -> Any:
        unit = self.primary()
        tok = self.peek()
        if tok is not None and tok[1] in {"^", "**"}:
            self.i += 1
            exp_tok = self.peek()
            if exp_tok is None or exp_tok[0] != "atom" or not _INT.fullmatch(exp_tok[1]):
                raise self.fail(tok[2], "expected an integer exponent")
            self.i += 1
            unit = unit ** int(exp_tok[1])
        return unit

    def primary(self) -> Any:
        tok = self.peek()
        if tok is None:
            raise self.fail(len(self.text), "expected a unit")
        kind, value, pos = tok
        if value == "(":
            self.i += 1
            unit = self.expr()
            close = self.peek()
            if close is None or close[1] != ")":
                raise self.fail(pos, "unclosed '('")
            self.i += 1
            return unit
        if kind != "atom":
            raise self.fail(pos, f"expected a unit, got {value!r}")
        self.i += 1
        return _atom(value, self.text, self._pos(pos))


def _atom(name: str, text: str, pos: int) -> Any:
    reg = get_registry()
    if name == "1":
        return reg.dimensionless
    candidates = reg.parse_unit_name(name)
    if not candidates:
        raise UnitError(text, reason=f"unknown unit {name!r} at {pos}")
    prefix, unit_name, suffix = candidates[0]
    return reg.Unit(prefix + unit_name + suffix)


@functools.lru_cache(maxsize=1024)
def _parse_unit_cached(text: str) -> Any:
    return _UnitParser(text).parse()


def parse_unit(text: str) -> Any:
    """Parse a unit expression (单位) as written in a document.

    Accepts Chinese units with their multipliers (亿元, 萬元, 万吨标准煤),
    compound units (万元/人, 万元/亩, 元/公顷, ``万元/人·年`` read as
    万元/(人·年)), full-width forms (％, ／), English names (CNY/person/year,
    hectare) and exponents (m^2, m²). Results are cached.

    Args:
        text: the unit expression.

    Returns:
        The :class:`pint.Unit` of the shared registry.

    Raises:
        UnitError: unknown unit or malformed expression; the message names the
            text and the position of the offending part.
    """
    if not isinstance(text, str):
        raise UnitError(repr(text), reason=f"unit must be a str (got {type(text).__name__})")
    return _parse_unit_cached(text.strip())


def _as_unit(unit: Any) -> Any:
    if isinstance(unit, str):
        return parse_unit(unit)
    reg = get_registry()
    if isinstance(unit, reg.Unit):
        return unit
    raise UnitError(repr(unit), reason=f"expected a unit or str (got {type(unit).__name__})")


def dimensionality_of(unit: str | Any) -> Any:
    """The dimensionality (量纲) of a unit, e.g. ``[currency_cny] / [person]``.

    Args:
        unit: a unit expression or :class:`pint.Unit`.

    Returns:
        The pint dimensionality container (hashable, comparable).
    """
    return get_registry().get_dimensionality(_as_unit(unit))


# ---------------------------------------------------------------------------
# Quantities (数量)
# ---------------------------------------------------------------------------

_DIGITS = "0123456789０１２３４５６７８９"
_NUMERAL_CHARS = frozenset(
    _DIGITS
    + ".．,，"
    + "〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億兩貳參陸點点"
)
_LARGE = frozenset("万亿萬億")
_ARABIC = frozenset(_DIGITS + ".．,，+-−")


def parse_quantity(text: str, *, source: str | None = None) -> Any:
    """Parse a number with its unit (数量), keeping the number exact.

    "2800亿元" → 2800 亿元; "1.2万亩" → 1.2 万亩 (an Arabic number followed by
    万/亿 reads the multiplier as part of the unit, as documents mean it);
    "两亿零五百万元" → 205000000 元; "10.4%" → 10.4 percent; "三分之一" → 1/3
    (dimensionless, a Fraction); "翻番" → 2 倍. The number is read by
    :func:`mfgpolicy.numerals.parse_number`.

    Args:
        text: the quantity as written.
        source: where the text came from, for error messages.

    Returns:
        A pint Quantity whose magnitude is a Decimal, or a Fraction for
        fraction forms.

    Raises:
        ParseError: the number part cannot be read.
        UnitError: the unit part is unknown (the message names text and position).
    """
    # Lazy: numerals is a sibling module that units must not need at import time.
    from mfgpolicy.numerals import parse_number  # type: ignore[import-not-found, unused-ignore]

    reg = get_registry()
    stripped = text.strip()
    if not stripped:
        raise ParseError(text, 0, expected="a number with a unit", source=source)
    offset = text.index(stripped[0])
    k = 0
    if stripped[0] in "+-−":
        k = 1
    while k < len(stripped) and (stripped[k] in _NUMERAL_CHARS or stripped.startswith("分之", k)):
        k += 2 if stripped.startswith("分之", k) else 1
    number_part, unit_part = stripped[:k], stripped[k:].strip()
    if not unit_part or "翻" in stripped:
        # A bare number; 翻番 (doubling) is a multiple, 2 倍.
        value = parse_number(stripped, source=source)
        unit = reg.times if "翻" in stripped else reg.dimensionless
        return reg.Quantity(value, unit)
    if not number_part:
        raise ParseError(text, offset, expected="a number before the unit", source=source)
    # Move a trailing 万/亿 into the unit when the number before it carries no
    # other large multiplier: 1.2万亩 = 1.2 万亩, 三千万元 = 三千 万元, but
    # 两亿零五百万元 stays 两亿零五百万 元.
    j = k
    while j > 0 and stripped[j - 1] in _LARGE:
        j -= 1
    if 0 < j < k and not (_LARGE & set(stripped[:j])):
        try:
            unit = parse_unit(stripped[j:])
        except UnitError:
            pass
        else:
            return reg.Quantity(parse_number(stripped[:j], source=source), unit)
    try:
        unit = parse_unit(unit_part)
    except UnitError as exc:
        raise UnitError(
            text, reason=f"unknown unit {unit_part!r} at {offset + k} ({exc.reason})"
        ) from exc
    return reg.Quantity(parse_number(number_part, source=source), unit)


# ---------------------------------------------------------------------------
# Exact conversion (换算)
# ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def _name_factor(name: str) -> Fraction:
    """Exact factor of one registry unit name to the base units."""
    factor, _ = _exact_registry().get_root_units(name)
    return Fraction(factor)


@functools.lru_cache(maxsize=4096)
def _root_factor(unit: Any) -> Fraction:
    result = Fraction(1)
    for name, exponent in unit._units.items():
        exp = Fraction(exponent)
        if exp.denominator != 1:
            raise UnitError(str(unit), reason="fractional exponents cannot convert exactly")
        result *= _name_factor(name) ** int(exp)
    return result


def _describe(unit: Any) -> str:
    return f"{unit} {get_registry().get_dimensionality(unit)}"


@functools.lru_cache(maxsize=4096)
def _factor_between(src: Any, dst: Any) -> Fraction:
    reg = get_registry()
    if reg.get_dimensionality(src) != reg.get_dimensionality(dst):
        raise UnitError(
            _describe(src), _describe(dst), reason="incompatible dimensions, cannot convert"
        )
    return _root_factor(src) / _root_factor(dst)


def conversion_factor(from_unit: str | Any, to_unit: str | Any) -> Fraction:
    """The exact factor (换算系数) f with ``x from_unit == x·f to_unit``.

    Computed once per pair from the exact definitions and cached.

    Args:
        from_unit: source unit (expression or :class:`pint.Unit`).
        to_unit: target unit.

    Returns:
        The factor as a Fraction (``conversion_factor("亿元", "元") == 10**8``).

    Raises:
        UnitError: unknown units or different dimensions (both named, with
            their dimensionalities).
    """
    return _factor_between(_as_unit(from_unit), _as_unit(to_unit))


def _currency_exponent(src: Any, dst: Any) -> int | None:
    """k if src's dimensions are dst's times (USD/CNY)^k, k != 0; else None."""
    reg = get_registry()
    ratio = reg.get_dimensionality(src) / reg.get_dimensionality(dst)
    items = dict(ratio.items())
    if set(items) != {"[currency_usd]", "[currency_cny]"}:
        return None
    k = Fraction(items["[currency_usd]"])
    if k != -Fraction(items["[currency_cny]"]) or k.denominator != 1:
        return None
    return int(k)


def _exact(value: Any, what: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, Decimal | Fraction | int):
        raise ValidationError(
            f"{what} must be a Decimal, Fraction or int (got {value!r} that is a "
            f"{type(value).__name__}); floats are not exact"
        )
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValidationError(f"{what} must be finite (got {value!r})")
    return Fraction(value)


def exact_decimal(value: Fraction) -> Decimal | None:
    """The exact Decimal (精确小数) of ``value`` if its expansion terminates, else ``None``.

    A fraction terminates in base 10 exactly when its reduced denominator has
    no prime factors other than 2 and 5. The Decimal is built from a string,
    so it is exact whatever the current context precision.

    Args:
        value: the exact number to convert.

    Returns:
        The Decimal equal to ``value`` (``Fraction(1, 8)`` → ``Decimal("0.125")``),
        or ``None`` when no finite decimal equals it (``Fraction(1, 3)``).
    """
    den = value.denominator
    twos = fives = 0
    while den % 2 == 0:
        den //= 2
        twos += 1
    while den % 5 == 0:
        den //= 5
        fives += 1
    if den != 1:
        return None
    scale = max(twos, fives)
    numerator = value.numerator * (10**scale // value.denominator)
    # Built from a string: exact whatever the context precision (scaleb rounds).
    return Decimal(f"{numerator}E-{scale}") if scale else Decimal(numerator)


def _cross_factor(src: Any, dst: Any, rate: Decimal | Fraction | None) -> Fraction:
    """Exact factor src → dst, through ``rate`` (CNY per USD) when currencies differ."""
    k = _currency_exponent(src, dst)
    if k is None:
        return _factor_between(src, dst)
    if rate is None:
        raise UnitError(
            _describe(src),
            _describe(dst),
            reason="converting between CNY and USD needs an explicit rate= (CNY per USD)",
        )
    exact_rate = _exact(rate, "rate")
    if exact_rate <= 0:
        raise UnitError(str(src), str(dst), reason=f"rate must be positive (got {rate})")
    # 1 us_dollar = rate yuan, and both are base units with factor 1.
    return exact_rate**k * _root_factor(src) / _root_factor(dst)


def convert(
    q: Any,
    unit: str | Any,
    *,
    rate: Decimal | Fraction | None = None,
) -> Any:
    """Convert a quantity exactly (精确换算) to another unit.

    Args:
        q: a Quantity with an exact magnitude (Decimal, Fraction or int).
        unit: the target unit (expression or :class:`pint.Unit`).
        rate: CNY per USD (e.g. ``Decimal("7.1")``), needed only to convert
            between 美元 and 元 (also inside compound units); ignored otherwise.

    Returns:
        A new Quantity in ``unit``. Its magnitude is a Decimal when the input
        was a Decimal or int and the result is a terminating decimal, else a
        Fraction.

    Raises:
        UnitError: incompatible units (both named with their dimensionalities),
            or a currency conversion without a rate.
        ValidationError: a float or non-finite magnitude.
    """
    reg = get_registry()
    if not isinstance(q, reg.Quantity):
        raise ValidationError(f"convert needs a Quantity (got {q!r})")
    magnitude = _exact(q.magnitude, "magnitude")
    dst = _as_unit(unit)
    result = magnitude * _cross_factor(q.units, dst, rate)
    if isinstance(q.magnitude, Fraction):
        return reg.Quantity(result, dst)
    as_decimal = exact_decimal(result)
    return reg.Quantity(as_decimal if as_decimal is not None else result, dst)


def convert_many(
    values: npt.ArrayLike,
    from_unit: str | Any,
    to_unit: str | Any,
    *,
    rate: Decimal | Fraction | None = None,
) -> npt.NDArray[np.float64]:
    """Convert many values at once (批量换算), in float64.

    For bulk evaluation only: the values are floats, so results are as exact as
    float64 allows (the exact cached factor is rounded once to a float).

    Args:
        values: array-like of numbers in ``from_unit``.
        from_unit: source unit.
        to_unit: target unit.
        rate: CNY per USD, as for :func:`convert`.

    Returns:
        A new float64 array in ``to_unit``.

    Raises:
        UnitError: as for :func:`convert`.
    """
    factor = _cross_factor(_as_unit(from_unit), _as_unit(to_unit), rate)
    array = np.asarray(values, dtype=np.float64)
    return array * float(factor)


# ---------------------------------------------------------------------------
# Canonical units (规范单位)
# ---------------------------------------------------------------------------

# Canonical unit name of each base dimension, in output order.
_BASE_CANONICAL: dict[str, str] = {
    "[currency_cny]": "CNY",
    "[currency_usd]": "USD",
    "[mass]": "t",
    "[co2_mass]": "tCO2",
    "[enterprise]": "enterprise",
    "[household]": "household",
    "[item]": "item",
    "[project]": "project",
    "[machine]": "machine",
    "[piece]": "piece",
    "[institution]": "institution",
    "[event]": "event",
    "[occurrence]": "occurrence",
    "[facility]": "facility",
    "[line]": "line",
    "[equipment_set]": "equipment_set",
    "[batch]": "batch",
    "[vehicle]": "vehicle",
    "[building]": "building",
    "[site]": "site",
    "[incident]": "incident",
    "[product_model]": "product_model",
    "[team]": "team",
    "[sheet]": "sheet",
    "[zhi_piece]": "zhi_piece",
    "[article]": "article",
    "[order]": "order",
    "[train_service]": "train_service",
    "[enterprise_time]": "enterprise_time",
    "[computing_rate]": "pflops",
    "[boiler_capacity]": "steam_tonne",
    "[deadweight]": "DWT",
    "[compensated_tonnage]": "CGT",
    "[container]": "TEU",
    "[vessel]": "vessel",
    "[percentage_point]": "percentage_point",
    "[multiple]": "times",
    "[person_time]": "person_time",
    "[person_year]": "person_year",
    "[person]": "person",
    "[working_day]": "working_day",
    "[length]": "m",
    "[time]": "year",
}


@functools.lru_cache(maxsize=1024)
def _canonical_for(unit: Any) -> str:
    dims = {k: Fraction(v) for k, v in get_registry().get_dimensionality(unit).items()}
    if not dims:
        return "percent"
    parts: list[tuple[str, Fraction]] = []
    # Energy (mass·length²/time²) → tce; area (length²) → 亩 (mu): the units
    # plans count land and energy in.
    energy = dims.get("[mass]", Fraction(0))
    if energy and dims.get("[length]") == 2 * energy and dims.get("[time]") == -3 * energy:
        # Power (mass·length²/time³) → kW: installed capacity (装机容量, 兆瓦, 万千瓦).
        parts.append(("kW", energy))
        for key in ("[mass]", "[length]", "[time]"):
            dims[key] -= {"[mass]": 1, "[length]": 2, "[time]": -3}[key] * energy
        energy = Fraction(0)
    if energy and dims.get("[length]") == 2 * energy and dims.get("[time]") == -2 * energy:
        parts.append(("tce", energy))
        for key in ("[mass]", "[length]", "[time]"):
            dims[key] -= {"[mass]": 1, "[length]": 2, "[time]": -2}[key] * energy
    length = dims.get("[length]", Fraction(0))
    if length and length % 2 == 0:
        parts.append(("mu", length / 2))
        dims["[length]"] = Fraction(0)
    for key, name in _BASE_CANONICAL.items():
        if dims.get(key):
            parts.append((name, dims[key]))
    unknown = [k for k, v in dims.items() if v and k not in _BASE_CANONICAL]
    if unknown:  # pragma: no cover - every shipped dimension is in the table (a test checks)
        raise UnitError(str(unit), reason=f"no canonical unit for dimensions {unknown}")

    def fmt(name: str, exp: Fraction) -> str:
        return name if exp == 1 else f"{name}^{exp}"

    num = [fmt(n, e) for n, e in parts if e > 0]
    den = [fmt(n, -e) for n, e in parts if e < 0]
    return "*".join(num or ["1"]) + "".join(f"/{d}" for d in den)


def canonical_unit(unit: str | Any) -> str:
    """The library's canonical unit (规范单位) for a unit's dimension.

    Used for the ``quantity`` field of extracted targets. The table:

    ====================  =====================  =============================
    dimension             canonical              example input
    ====================  =====================  =============================
    money (CNY)           ``CNY``                亿元, 万元, 元
    money (USD)           ``USD``                亿美元 (never converted to CNY)
    money per person      ``CNY/person``         万元/人
    per person-year       ``CNY/person/year``    万元/人·年
    money per area        ``CNY/mu``             万元/亩, 元/公顷
    area                  ``mu``                 万亩, 公顷, 平方公里 (亩 is the
                                                 unit of land in plans; m² and
                                                 公顷 convert to it exactly)
    mass                  ``t``                  万吨
    CO₂ emitted           ``tCO2``               万吨二氧化碳
    energy                ``tce``                万吨标准煤, 千瓦时
    power                 ``kW``                 兆瓦, 万千瓦 (装机容量)
    computing power       ``pflops``             PFLOPS, EFLOPS (算力)
    people                ``person``             人, 名
    counted things        own name               家 → ``enterprise``,
                                                 台 → ``machine``, 项 →
                                                 ``project``, 个 → ``item`` …
    ratio                 ``percent``            %, ‰, plain numbers
    percentage points     ``percentage_point``   个百分点
    multiple              ``times``              倍, 翻番
    ====================  =====================  =============================

    Other dimensions combine these names: ``tce/CNY``, ``CNY/year``.

    Args:
        unit: a unit expression or :class:`pint.Unit`.

    Returns:
        The canonical unit as a string that :func:`parse_unit` accepts.
    """
    return _canonical_for(_as_unit(unit))


def to_canonical(q: Any) -> Any:
    """Convert a quantity exactly to its :func:`canonical_unit`.

    Args:
        q: a Quantity with an exact magnitude.

    Returns:
        The exact Quantity in the canonical unit (2800 亿元 → 280000000000 CNY).
    """
    return convert(q, canonical_unit(q.units))


@functools.lru_cache(maxsize=1024)
def _label_for(unit: Any) -> str:
    reg = get_registry()
    num: list[str] = []
    den: list[str] = []
    for name, exponent in unit._units.items():
        label = reg.get_symbol(name)
        exp = abs(int(exponent))
        text = label if exp == 1 else f"{label}^{exp}"
        (num if exponent > 0 else den).append(text)
    head = "·".join(num) if num else "1"
    return head + ("/" + "·".join(den) if den else "")


def unit_label(unit: str | Any) -> str:
    """The Chinese label (中文单位名) of a unit, for reports.

    ``unit_label(parse_unit("wan_yuan/person/year")) == "万元/人·年"``; the
    label parses back to the same unit.

    Args:
        unit: a unit expression or :class:`pint.Unit`.

    Returns:
        The label, denominators joined by ``·`` after a single ``/``.
    """
    return _label_for(_as_unit(unit))
