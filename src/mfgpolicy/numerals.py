"""Chinese and Arabic numerals to exact numbers (数字解析).

Every value is exact: a :class:`~decimal.Decimal` for numbers written as
integers or terminating decimals (``2,800``, ``10.4``, ``两亿零五百万``,
``1.2万``, ``13%``, ``百分之零点五``), and a :class:`~fractions.Fraction` for
fraction forms (分数: ``三分之一``, ``2/3``). Rule: the *form* decides the type,
not the value, so ``二分之一`` is ``Fraction(1, 2)`` although 0.5 terminates;
a percentage (百分数, ``13%``, ``百分之十三``) is a Decimal (``0.13``).

Three entry points parse a whole string and raise
:class:`mfgpolicy.errors.ParseError` (naming the text, the 0-based position of
the first offending character and what was expected) for anything else:

- :func:`parse_number` for one number;
- :func:`parse_range` for a range (区间) ``2-3``, ``5—10亿``, ``百分之五至十``;
- :func:`parse_multiple` for multiples (倍数) ``翻番``, ``翻两番``, ``增长1倍``,
  ``2倍``. :func:`parse_number` does **not** accept these: 倍 and 番 are units
  of a multiple, not part of a number.

For running text, :func:`find_numbers` scans with the compiled
:data:`NUMBER_PATTERN` / :data:`RANGE_PATTERN` and yields :class:`NumberMatch`
objects for tokens that are numbers and not words (see :func:`find_numbers`).

Chinese numeral grammar (中文数字), after the usual school rules ("每级末尾的0
都不读, 中间连续几个0只读一个零"):

- digits 〇零一二两三四五六七八九, financial 壹贰叁肆伍陆柒捌玖 (and the
  traditional 貳參陸兩), places 十百千 (拾佰仟), sections 万 (萬) and 亿 (億);
  ``万亿`` is 10¹². 兆 is not read (its value is ambiguous: 10⁶ or 10¹²).
- 零 must stand where at least one place is skipped: ``一百零五``, ``一万零一百``,
  ``两亿零五百万`` and the less standard ``一百万零五千`` are accepted,
  ``一千零五百`` and ``一万零一千`` are errors. A missing 零 (``一亿五百万``) is
  accepted: it has only one reading.
- A leading 十 needs no digit (``十二``, ``十万``); elsewhere each place needs one.
- A last bare digit after 百/千/万/亿 is the colloquial abbreviation of the next
  lower place: ``三百五`` = 350, ``一万五`` = 15000.
- 两 stands for 2 before 百, 千, 万, 亿 or alone, never before 十 or in the ones place.
- Digit-by-digit forms (``二〇二三``) are read as decimal digit strings.

Arabic numerals (阿拉伯数字): ASCII or full-width digits, one decimal point
(``.`` or ``．``), thousands separators ``,`` or ``，`` in groups of three. A
single ASCII space between groups of three (``5 200``, copied from PDFs) is
accepted by :func:`parse_number` only; :func:`find_numbers` never joins digits
across a space, because in running text two spaced numbers are usually two
numbers (table cells).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import ROUND_HALF_EVEN, Context, Decimal, Inexact, InvalidOperation, Overflow
from fractions import Fraction
from typing import NamedTuple, TypeAlias

from mfgpolicy.errors import ParseError

__all__ = [
    "NUMBER_PATTERN",
    "RANGE_PATTERN",
    "NumberMatch",
    "arabic_years",
    "find_numbers",
    "parse_multiple",
    "parse_number",
    "parse_range",
    "whole_number",
]

Number: TypeAlias = Decimal | Fraction

# Exact arithmetic: enough precision for any number a document states, and an
# exception (turned into ParseError) rather than silent rounding beyond it.
_CTX = Context(
    prec=120,
    rounding=ROUND_HALF_EVEN,
    Emax=999_999,
    Emin=-999_999,
    traps=[InvalidOperation, Inexact, Overflow],
)
_MAX_DIGITS = 100

# --------------------------------------------------------------------------- tables

_ZEROS = "〇零○"
_CN_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "○": 0,
    "一": 1, "壹": 1,
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3, "叄": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip
_LIANG = "两兩"
_CN_SMALL: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_SMALL_EXP: dict[str, int] = {"十": 1, "拾": 1, "百": 2, "佰": 2, "千": 3, "仟": 3}
_WAN = "万萬"
_YI = "亿億"
_CN_BIG = _WAN + _YI
_CN_ALL = frozenset(_CN_DIGITS) | frozenset(_CN_SMALL) | frozenset(_CN_BIG)
_POINT_CN = "点點"

_ASCII_DIGITS = "0123456789"
_WIDE_DIGITS = "０１２３４５６７８９"
_ADIGIT: dict[str, str] = {c: c for c in _ASCII_DIGITS} | dict(
    zip(_WIDE_DIGITS, _ASCII_DIGITS, strict=True)
)
_POINTS = ".．"
_COMMAS = ",，"
_ARABIC_BODY = frozenset(_ADIGIT) | frozenset(_POINTS) | frozenset(_COMMAS) | {" "}
_SIGNS = "-－−负"
_PERCENT = {"%": 2, "％": 2, "‰": 3}
_PERCENT_PREFIX = {"百分之": 2, "千分之": 3, "万分之": 4, "萬分之": 4}
_SLASHES = "/／"
_DASHES = "-－‐‑–—―~～〜"
_RANGE_WORDS = "至到"

_FAST = re.compile(r"\s*(-?[0-9]+(?:\.[0-9]+)?)\s*")


def _err(
    text: str, pos: int, expected: str, source: str | None, end: int | None = None
) -> ParseError:
    return ParseError(text, pos, end, expected=expected, source=source)


# ------------------------------------------------------------------ Chinese integers


def _top_place(n: int) -> int:
    """The highest power of ten ≤ n (n > 0)."""
    return int(10 ** (len(str(n)) - 1))


def _low_place(n: int) -> int:
    """The lowest power of ten at which n (> 0) has a non-zero digit."""
    s = str(n)
    return int(10 ** (len(s) - len(s.rstrip("0"))))


def _cn_int(t: str, i: int, j: int, src: str | None) -> int:
    """Read ``t[i:j]`` as a Chinese integer (中文整数)."""
    if i >= j:
        raise _err(t, i, "a Chinese numeral", src)
    seg = t[i:j]
    if all(c in _CN_DIGITS for c in seg):
        if len(seg) == 1:
            return _CN_DIGITS[seg]
        for k, c in enumerate(seg):
            if c in _LIANG:
                raise _err(t, i + k, "a digit (两 is not used digit by digit)", src)
        return int("".join(str(_CN_DIGITS[c]) for c in seg))
    return _cn_level(t, i, j, 0, src, lead=True)


def _cn_level(t: str, i: int, j: int, k: int, src: str | None, *, lead: bool) -> int:
    """Read ``t[i:j]`` below 10¹⁶ splitting at 亿 (k=0), at 万 (k=1), or a section (k=2)."""
    if k == 2:
        return _cn_section(t, i, j, src, lead=lead)
    units, big = (_YI, 10**8) if k == 0 else (_WAN, 10**4)
    m = next((p for p in range(i, j) if t[p] in units), -1)
    if m < 0:
        return _cn_level(t, i, j, k + 1, src, lead=lead)
    if m == i:
        raise _err(t, i, f"a numeral before {t[i]}", src)
    high = _cn_level(t, i, m, k + 1, src, lead=lead)
    if high == 0:
        raise _err(t, i, f"a non-zero numeral before {t[m]}", src)
    head = high * big
    r = m + 1
    if r == j:
        return head
    if t[r] in _ZEROS:
        if r + 1 == j:
            raise _err(t, r, "a digit after 零", src)
        low = _cn_level(t, r + 1, j, k + 1, src, lead=True)
        if low == 0 or _top_place(low) * 10 >= _low_place(head):
            raise _err(t, r, "no 零 here (零 marks a skipped place)", src)
        return head + low
    if r + 1 == j and t[r] in _CN_DIGITS:
        # 一万五 = 15000: the colloquial abbreviation of the next lower place.
        return head + _CN_DIGITS[t[r]] * big // 10
    return head + _cn_level(t, r, j, k + 1, src, lead=False)


def _cn_section(t: str, i: int, j: int, src: str | None, *, lead: bool) -> int:
    """Read ``t[i:j]`` as a section below 10⁴ (千百十 and digits, 节)."""
    value = 0
    last = 10_000  # the lowest place written so far
    pending: int | None = None
    pending_pos = -1
    zero_pos = -1
    for p in range(i, j):
        c = t[p]
        if c in _ZEROS:
            if pending is not None or zero_pos >= 0 or value == 0:
                raise _err(t, p, "十, 百 or 千" if pending is not None else "a digit", src)
            zero_pos = p
        elif c in _CN_DIGITS:
            if pending is not None:
                raise _err(t, p, "十, 百, 千, 万 or 亿 after a digit", src)
            pending, pending_pos = _CN_DIGITS[c], p
        elif c in _CN_SMALL:
            u = _CN_SMALL[c]
            if u >= last:
                raise _err(t, p, f"a place below {last} (places go down)", src)
            if pending is None:
                if not (u == 10 and p == i and lead):
                    raise _err(t, p, f"a digit before {c}", src)
                d = 1
            else:
                if u == 10 and t[pending_pos] in _LIANG:
                    raise _err(t, pending_pos, "二 (两 is not used before 十)", src)
                d = pending
            if zero_pos >= 0 and u * 10 >= last:
                raise _err(t, zero_pos, "no 零 here (零 marks a skipped place)", src)
            value += d * u
            last, pending, zero_pos = u, None, -1
        else:
            raise _err(t, p, "a Chinese numeral", src)
    if pending is not None:
        if t[pending_pos] in _LIANG and (last == 10 or zero_pos >= 0):
            raise _err(t, pending_pos, "二 (两 is not used in the ones place)", src)
        if zero_pos >= 0:
            if last <= 10:
                raise _err(t, zero_pos, "no 零 here (零 marks a skipped place)", src)
            value += pending
        elif last in (10_000, 10):
            value += pending
        else:
            value += pending * last // 10  # 三百五 = 350
    elif zero_pos >= 0:
        raise _err(t, zero_pos, "a digit after 零", src)
    return value


# ------------------------------------------------------------------- Arabic numerals


def _arabic(t: str, i: int, j: int, src: str | None) -> Decimal:
    """Read ``t[i:j]`` as an Arabic numeral with optional grouping and decimals."""
    buf: list[str] = []
    group = 0  # digits in the current group
    first_group = True
    sep = ""  # the separator kind in use: "," or " "
    sep_pos = -1
    point = False
    for p in range(i, j):
        c = t[p]
        d = _ADIGIT.get(c)
        if d is not None:
            if sep and not point and group == 3:
                raise _err(t, p, f"{sep!r} after three digits", src)
            buf.append(d)
            group += 1
            continue
        if c in _POINTS:
            if point:
                raise _err(t, p, "a digit (only one decimal point)", src)
            if group == 0:
                raise _err(t, p, "a digit before the decimal point", src)
            if sep and group != 3:
                raise _err(t, sep_pos, f"three digits after {sep!r}", src)
            if p + 1 >= j or t[p + 1] not in _ADIGIT:
                raise _err(t, p + 1 if p + 1 < j else p, "a digit after the decimal point", src)
            point = True
            buf.append(".")
            continue
        kind = "," if c in _COMMAS else " " if c == " " else ""
        if not kind:
            raise _err(t, p, "a digit", src)
        if point:
            raise _err(t, p, "a digit (no separators after the decimal point)", src)
        if first_group:
            if not 1 <= group <= 3:
                raise _err(t, p, "a group of one to three digits before a separator", src)
            sep = kind
        elif kind != sep:
            raise _err(t, p, f"the same separator {sep!r}", src)
        elif group != 3:
            raise _err(t, sep_pos, f"three digits after {sep!r}", src)
        if p + 1 >= j or t[p + 1] not in _ADIGIT:
            raise _err(t, p, "a digit after the separator" if p + 1 < j else "a digit", src)
        first_group, group, sep_pos = False, 0, p
    if sep and not point and group != 3:
        raise _err(t, sep_pos, f"three digits after {sep!r}", src)
    if len(buf) > _MAX_DIGITS:
        raise _err(t, i, f"at most {_MAX_DIGITS} digits", src)
    return Decimal("".join(buf))


def _suffix(t: str, i: int, j: int, src: str | None) -> int:
    """Read a multiplier suffix (十万, 百万, 千万, 万, 亿, 万亿, 百, 千 …) as a power of ten."""
    p, e = i, 0
    small = ""
    if t[p] in _SMALL_EXP:
        small = t[p]
        e += _SMALL_EXP[small]
        p += 1
    if p < j and t[p] in _WAN:
        e += 4
        p += 1
    if p < j and t[p] in _YI:
        e += 8
        p += 1
    if p != j:
        raise _err(t, p, "万, 亿 or the end of the number", src)
    if small and small in "十拾" and p == i + 1:
        raise _err(t, i, "万 or 亿 after 十", src)
    return e


# ------------------------------------------------------------------- whole numbers


class _Val(NamedTuple):
    mantissa: Number  # as written, sign included, before percent and multiplier
    exp: int  # power of ten of the multiplier (亿 → 8)
    mult: str  # the multiplier as written ("" when none)
    pct: int  # 2 for a percentage, 3 for per mille, 0 otherwise
    frac: bool  # a fraction form (三分之一, 2/3)


def _value(v: _Val) -> Number:
    m = v.mantissa
    if isinstance(m, Fraction):
        return m * Fraction(10) ** (v.exp - v.pct)
    if v.exp == v.pct:
        return m
    d = m.scaleb(v.exp - v.pct, _CTX)
    if d.as_tuple().exponent > 0:  # type: ignore[operator]
        d = d.quantize(Decimal(1), context=_CTX)
    return d


def _mixed_wan(t: str, k: int, j: int) -> bool:
    """``t[k:]`` is 万 and exactly four ASCII digits (the 8000 of 3万8000)."""
    return (
        k + 5 <= j
        and t[k] in _WAN
        and all(ch in _ADIGIT for ch in t[k + 1 : k + 5])
        and (k + 5 == j or t[k + 5] not in _ARABIC_BODY)
    )


def _plain(t: str, i: int, j: int, src: str | None, *, allow_pct: bool) -> _Val:
    """Read ``t[i:j]``: a numeral, an optional multiplier and an optional % sign."""
    if i >= j:
        raise _err(t, i, "a number", src)
    pct = 0
    if allow_pct and t[j - 1] in _PERCENT:
        pct = _PERCENT[t[j - 1]]
        j -= 1
        if i >= j:
            raise _err(t, i, "a number before the percent sign", src)
    c = t[i]
    if c in _ADIGIT:
        k = i
        while k < j and t[k] in _ARABIC_BODY:
            k += 1
        mantissa = _arabic(t, i, k, src)
        if _mixed_wan(t, k, j) and mantissa == mantissa.to_integral_value():
            # 3万8000亿: A万 and four more digits is A×10⁴+B of the unit that follows.
            mantissa = mantissa * 10000 + Decimal(t[k + 1 : k + 5])
            k += 5
        exp = _suffix(t, k, j, src) if k < j else 0
        return _Val(mantissa, exp, t[k:j], pct, frac=False)
    if c not in _CN_ALL:
        raise _err(t, i, "a number", src)
    q = next((p for p in range(i, j) if t[p] in _POINT_CN), -1)
    if q >= 0:
        whole = _cn_int(t, i, q, src)
        r = q + 1
        while r < j and t[r] in _CN_DIGITS and t[r] not in _LIANG:
            r += 1
        if r == q + 1:
            raise _err(t, r if r < j else q, "a digit after 点", src)
        digits = "".join(str(_CN_DIGITS[ch]) for ch in t[q + 1 : r])
        exp = _suffix(t, r, j, src) if r < j else 0
        return _Val(Decimal(f"{whole}.{digits}"), exp, t[r:j], pct, frac=False)
    value = _cn_int(t, i, j, src)
    # Report a trailing 万/亿 as the multiplier when it scales the whole numeral
    # (五十亿 = 50 × 亿), not when it scales only a part (两亿零五百万).
    r = j
    while r > i and t[r - 1] in _CN_BIG:
        r -= 1
    if i < r < j:
        e = sum(4 if ch in _WAN else 8 for ch in t[r:j])
        try:
            head = _cn_int(t, i, r, src)
        except ParseError:
            head = 0
        if head and head * 10**e == value:
            return _Val(Decimal(head), e, t[r:j], pct, frac=False)
    return _Val(Decimal(value), 0, "", pct, frac=False)


def _one(t: str, i: int, j: int, src: str | None) -> _Val:
    """Read ``t[i:j]`` as one number in any form parse_number accepts."""
    if i >= j:
        raise _err(t, i, "a number", src)
    neg = t[i] in _SIGNS
    if neg:
        i += 1
        if i >= j:
            raise _err(t, i - 1, "a number after the sign", src)
    v = _unsigned(t, i, j, src)
    if neg:
        v = v._replace(mantissa=-v.mantissa)
    return v


def _unsigned(t: str, i: int, j: int, src: str | None) -> _Val:
    pre = t[i : i + 3]
    if pre in _PERCENT_PREFIX:
        inner = _plain(t, i + 3, j, src, allow_pct=False)
        return inner._replace(pct=_PERCENT_PREFIX[pre])
    k = t.find("分之", i, j)
    if k >= 0:
        den = _value(_plain(t, i, k, src, allow_pct=False))
        num = _value(_plain(t, k + 2, j, src, allow_pct=False))
        if den == 0:
            raise _err(t, i, "a non-zero denominator", src, k)
        return _Val(Fraction(num) / Fraction(den), 0, "", 0, frac=True)
    k = next((p for p in range(i, j) if t[p] in _SLASHES), -1)
    if k >= 0:
        num = _value(_plain(t, i, k, src, allow_pct=False))
        den = _value(_plain(t, k + 1, j, src, allow_pct=False))
        if den == 0:
            raise _err(t, k + 1, "a non-zero denominator", src, j)
        return _Val(Fraction(num) / Fraction(den), 0, "", 0, frac=True)
    return _plain(t, i, j, src, allow_pct=True)


def _strip(text: str, source: str | None) -> tuple[int, int]:
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    i, j = 0, len(text)
    while i < j and text[i].isspace():
        i += 1
    while j > i and text[j - 1].isspace():
        j -= 1
    if i == j:
        raise _err(text, 0, "a number", source)
    return i, j


def _exact(text: str, source: str | None, v: _Val, pos: int) -> Number:
    try:
        return _value(v)
    except ArithmeticError as exc:  # beyond the exact context: refuse, never round
        raise _err(text, pos, "a number small enough to keep exact", source) from exc


def parse_number(text: str, *, source: str | None = None) -> Number:
    """Parse a whole string as one exact number (数).

    Accepts Arabic numerals (``2,800``, ``10.4``, ``２８００``, ``5 200``), Chinese
    numerals (``两亿零五百万``, ``壹佰零伍``, ``萬``/``億`` forms, ``二〇二三``),
    Arabic numerals with a multiplier (``1.2万`` = 12000, ``1.5万亿``), Chinese
    decimals (``三点五``), percentages (百分数: ``13%`` = 0.13, ``13‰`` = 0.013,
    ``百分之零点五`` = 0.005), fractions (分数: ``三分之一``, ``2/3``) and a sign
    (``-``, ``负``). Surrounding whitespace is ignored.

    Args:
        text: the string, the whole of which must be one number.
        source: where the text came from, for error messages.

    Returns:
        A Decimal, except for fraction forms, which give a Fraction even when
        the value terminates (``二分之一`` → ``Fraction(1, 2)``).

    Raises:
        ParseError: the text is not one number; ``start`` is the 0-based
            position of the first offending character.
    """
    m = _FAST.fullmatch(text)
    if m is not None and len(m.group(1)) <= _MAX_DIGITS:
        return Decimal(m.group(1))
    i, j = _strip(text, source)
    return _exact(text, source, _one(text, i, j, source), i)


def whole_number(text: str) -> int | None:
    """A whole number (整数) written in Chinese or Arabic digits, else ``None``.

    For the small counts inside phrases (``三年``, ``前十``, ``二十一、``, ``十亿元以上``,
    ``二〇二三年``): :func:`parse_number` on the whole text, where a bare place
    (``百``, ``千``) counts as one of it (``百亿元`` = 100亿元). Text that is not a
    number, or is a fraction, decimal or percentage, gives ``None``, since a
    non-number is normal where a pattern only proposes one.
    """
    if text in ("百", "千", "佰", "仟"):
        text = "一" + text
    try:
        value = parse_number(text)
    except ParseError:
        return None
    if isinstance(value, Fraction) or value != value.to_integral_value():
        return None
    if any(c in text for c in ("%", "％", "‰", "点", "點", ".", "分之")):
        return None
    return int(value)


def _find_separator(t: str, i: int, j: int) -> tuple[int, int]:
    """The span of the range separator in ``t[i:j]``, or (-1, -1)."""
    for p in range(i + 1, j):
        c = t[p]
        if c in _DASHES or c in _RANGE_WORDS:
            q = p + 1
            if c in "—―" and q < j and t[q] in "—―":  # —— (a doubled em dash)
                q += 1
            return p, q
    return -1, -1


def _range_parts(t: str, i: int, j: int, src: str | None) -> tuple[_Val, _Val, int]:
    s0, s1 = _find_separator(t, i, j)
    if s0 < 0:
        raise _err(t, j - 1, "a range separator (-, —, ～, 至 or 到)", src)
    lo_end, hi_start = s0, s1
    while lo_end > i and t[lo_end - 1] == " ":
        lo_end -= 1
    while hi_start < j and t[hi_start] == " ":
        hi_start += 1
    lo = _one(t, i, lo_end, src)
    hi = _one(t, hi_start, j, src)
    # A percent sign or prefix on one end applies to both (15-20%, 百分之五至十).
    if hi.pct and not lo.pct and not lo.frac:
        lo = lo._replace(pct=hi.pct)
    elif lo.pct and not hi.pct and not hi.frac:
        hi = hi._replace(pct=lo.pct)
    # A multiplier written only on the high end applies to both when the bare low
    # end is not larger than the high end's mantissa: 5-10亿 = (5亿, 10亿), but
    # 五千至一万 = (5000, 10000).
    if hi.exp and not lo.exp and not lo.frac and not hi.frac and lo.mantissa <= hi.mantissa:
        lo = lo._replace(exp=hi.exp, mult=hi.mult)
    return lo, hi, hi_start


def parse_range(text: str, *, source: str | None = None) -> tuple[Number, Number]:
    """Parse a whole string as a range (区间) of two exact numbers.

    Separators: ``-``, ``–``, ``—``, ``——``, ``～``, ``~``, ``至``, ``到``.
    A percent sign or 百分之 on one end applies to the other (``15-20%``,
    ``百分之五至十``); a multiplier written only on the high end applies to the
    low end when the low end is not larger than the high end's mantissa
    (``5—10亿`` → (5×10⁸, 10⁹), ``五千至一万`` → (5000, 10000)).

    Args:
        text: the string, the whole of which must be one range.
        source: where the text came from, for error messages.

    Returns:
        ``(low, high)``, each as :func:`parse_number` would give it.

    Raises:
        ParseError: not a range, either end is not a number, or low > high
            (then ``start`` is the position of the high end).
    """
    i, j = _strip(text, source)
    lo, hi, hi_start = _range_parts(text, i, j, source)
    low = _exact(text, source, lo, i)
    high = _exact(text, source, hi, hi_start)
    if low > high:
        raise _err(text, hi_start, f"a high end ≥ the low end {low}", source, j)
    return low, high


_GROWTH_VERBS = ("增长", "增加", "提高", "提升", "扩大", "增")


def parse_multiple(text: str, *, source: str | None = None) -> Number:
    """Parse a multiple of a baseline (倍数) as the factor on the baseline.

    ``翻番``/``翻一番`` (doubling) → 2, ``翻两番`` → 4, ``翻N番`` → 2ᴺ; ``倍增``
    → 2; ``N倍`` → N; ``增长N倍`` (also 增加, 提高, 提升, 扩大) → N + 1,
    because growing *by* N times the baseline ends at N + 1 times it.

    Args:
        text: the whole string.
        source: where the text came from, for error messages.

    Returns:
        The factor, a Decimal (or a Fraction for ``三分之一倍``-style forms).

    Raises:
        ParseError: the text is not one of these forms.
    """
    i, j = _strip(text, source)
    t = text
    if t.startswith("倍增", i) and j == i + 2:
        return Decimal(2)
    if t[i] == "翻":
        p = i + 1
        if p < j and t[p] == "了":
            p += 1
        if j - p < 1 or t[j - 1] != "番":
            raise _err(t, min(p, j - 1), "番 (翻N番)", source)
        if p == j - 1:
            return Decimal(2)
        n = _exact(t, source, _plain(t, p, j - 1, source, allow_pct=False), p)
        if n != int(n) or not 1 <= n <= 64:
            raise _err(t, p, "a whole number of doublings from 1 to 64", source, j - 1)
        return Decimal(2 ** int(n))
    if t[j - 1] != "倍":
        raise _err(t, j - 1, "倍 or 翻…番", source)
    p = i
    grow = False
    for verb in _GROWTH_VERBS:
        if t.startswith(verb, i):
            p, grow = i + len(verb), True
            break
    if p >= j - 1:
        raise _err(t, p, "a number before 倍", source)
    n = _exact(t, source, _one(t, p, j - 1, source), p)
    return n + 1 if grow else n


# ------------------------------------------------------------------ running text

_AD = "0-9０-９"
_CN_CLASS = "〇零○一二两三四五六七八九十百千万亿兩萬億壹贰叁肆伍陆柒捌玖拾佰仟貳參叄陸"
_CN_DIGIT_CLASS = "〇零○一二三四五六七八九壹贰叁肆伍陆柒捌玖貳參叄陸"
_MULT = rf"(?:[十拾百佰千仟]?[万萬][亿億]?|[十拾百佰千仟]?[亿億]|[百佰千仟](?![{_CN_CLASS}]))"
_ARABIC_NUM = (
    rf"(?:[0-9]+[万萬][0-9]{{4}}(?![0-9.．,])"  # 3万8000(亿): A×10⁴+B
    rf"|[{_AD}]+(?:,[{_AD}]{{3}}(?![{_AD}]))*(?:[.．][{_AD}]+)?){_MULT}?"
)
_CN_NUM = rf"[{_CN_CLASS}]+(?:[点點][{_CN_DIGIT_CLASS}]+{_MULT}?)?"
_PCT = "[%％‰]"
_NUMBER_A = rf"{_ARABIC_NUM}{_PCT}?"
_NUMBER_C = (
    rf"(?:[百千万萬]分之(?:{_ARABIC_NUM}|{_CN_NUM})"
    rf"|{_CN_NUM}分之{_CN_NUM}"
    rf"|{_CN_NUM}{_PCT}?)"
)

#: Regex source of one number token in running text (数字): an Arabic numeral
#: (ASCII or full-width, ``,`` groups of three, decimals) with an optional
#: multiplier (万, 亿, 千万 …) and percent sign; or a Chinese numeral (with 点
#: decimals), ``百分之X``, ``X分之Y``. No sign: in running text ``-`` is a dash.
NUMBER_PATTERN: str = rf"(?:{_NUMBER_A}|{_NUMBER_C})"

_SEP_A = r" ?(?:——|[-－‐‑–—―~～〜]|至|到) ?"
_SEP_C = r"(?:——|[-－‐‑–—―~～〜]|至)"
_NO_DASH_BEFORE = r"(?<![-－‐‑–—―~～〜/])"
_NO_THIRD = rf"(?![{_AD}]|[-－‐‑–—―~～〜][{_AD}])"

#: Regex source of a range (区间): number, separator, number. Arabic ends may
#: be separated by a dash, ～, 至 or 到; Chinese ends by a dash or 至 (到 after
#: a Chinese numeral is usually a verb: 统一到).
RANGE_PATTERN: str = (
    rf"(?:{_NO_DASH_BEFORE}{_NUMBER_A}{_SEP_A}{_NUMBER_A}{_NO_THIRD}"
    rf"|{_NUMBER_C}{_SEP_C}{_NUMBER_C})"
)

_SCAN = re.compile(rf"(?P<range>{RANGE_PATTERN})|(?P<num>{NUMBER_PATTERN})")
_ONE_A = re.compile(_NUMBER_A)
_ONE_C = re.compile(_NUMBER_C)

#: Measure words and units after which a lone Chinese digit is a number (量词).
_MEASURE = frozenset(
    "个個家项項台臺所名倍番万萬亿億年月日天次件人套条條座种種类類户戶元亩畝吨噸"
    "度位期轮輪届屆部架辆輛艘栋棟幢处處份场場门門张張块塊只隻周批"
) - {"批"}  # 一批 is "a batch of", not a count
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") | frozenset(
    "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ"
)
# A lone 零 is never a count (零部件, 零突破).
_LONE_NUMBERS = (frozenset(_CN_DIGITS) - frozenset(_ZEROS)) | {"十", "拾"}


class NumberMatch(NamedTuple):
    """A number found in running text (文中数字).

    Attributes:
        start: offset of the first character in the scanned text.
        end: offset after the last character.
        text: ``text[start:end]``.
        value: the exact value (the low end of a range); percentages scaled
            (``13%`` → 0.13), multipliers applied (``2800亿`` → 2.8×10¹¹).
        high: the high end of a range, else ``None``.
        is_percent: written as a percentage (``%``, ``‰``, 百分之, 千分之).
        in_word: Arabic digits touch an ASCII letter (``5G``, ``G60``).
        mantissa: the number as written, before the percent scale and the
            multiplier (``13`` for 13%, ``2800`` for 2800亿).
        mantissa_high: the same for the high end of a range, else ``None``.
        multiplier: the multiplier as written (``亿``, ``万``, ``千万``), else ``""``.
    """

    start: int
    end: int
    text: str
    value: Number
    high: Number | None
    is_percent: bool
    in_word: bool
    mantissa: Number
    mantissa_high: Number | None
    multiplier: str


def _is_word(text: str, start: int, end: int, *, lone_ok: bool = False) -> bool:
    """A pure Chinese-numeral token that is (part of) a word, not a number.

    ``lone_ok`` accepts a lone digit without a measure word (the low end of a
    range: 一至三年).
    """
    tok = text[start:end]
    if tok[0] in _ADIGIT or not all(c in _CN_ALL for c in tok):
        return False  # Arabic, or 点/分之/% forms: explicit enough
    if start > 0 and text[start - 1] == "第":
        return True  # ordinal: 第一, 第十二
    after = text[end] if end < len(text) else ""
    if len(tok) == 1:
        return tok not in _LONE_NUMBERS or (after not in _MEASURE and not lone_ok)
    if all(c in _CN_DIGITS for c in tok):  # digit by digit: only year style
        return not (any(c in _ZEROS for c in tok) or after == "年")
    return False


def _match(text: str, start: int, end: int, lo: _Val, hi: _Val | None) -> NumberMatch:
    tok = text[start:end]
    in_word = (start > 0 and text[start - 1] in _LETTERS and tok[0] in _ADIGIT) or (
        end < len(text) and text[end] in _LETTERS and tok[-1] in _ADIGIT
    )
    return NumberMatch(
        start=start,
        end=end,
        text=tok,
        value=_value(lo),
        high=None if hi is None else _value(hi),
        is_percent=bool(lo.pct),
        in_word=in_word,
        mantissa=lo.mantissa,
        mantissa_high=None if hi is None else hi.mantissa,
        multiplier=lo.mult,
    )


def find_numbers(text: str) -> Iterator[NumberMatch]:
    """Scan running text for numbers and ranges (扫描数字), left to right.

    Yields only tokens that parse; a token that looks numeric but does not
    parse (``千百亿``, ``十四五``, ``百千万``) is skipped. Chinese words made of
    numeral characters are not numbers:

    - a lone Chinese character is a number only if it is a digit (or 十) and a
      measure word or unit follows (``三年``, ``两家``, ``一个``); so 一批, 一流,
      统一, 一体化, 一是, 万物, 百姓, 千家万户, 零部件 give nothing;
    - a token right after 第 is an ordinal (第一, 第十二) and gives nothing;
    - digit-by-digit Chinese (``八八``, ``一一``) is a number only year-style:
      with 〇/零 or followed by 年 (``二〇二三``, ``二零二三年``).

    Arabic digits always give a match (``5G`` with ``in_word=True``; the
    extractor decides). A dash range whose ends are not ascending, or which is
    part of a longer dashed run (dates ``2021-09-17``), gives its numbers
    one by one.

    Args:
        text: the text to scan.

    Yields:
        :class:`NumberMatch` objects in order of position, not overlapping.
    """
    pos = 0
    n = len(text)
    search = _SCAN.search
    while pos < n:
        m = search(text, pos)
        if m is None:
            return
        start, end = m.span()
        if m.lastgroup == "range":
            got = _scan_range(text, start, end)
            if got is not None:
                yield got
                pos = end
                continue
            single = _ONE_A.match(text, start) or _ONE_C.match(text, start)
            end = single.end() if single is not None else start + 1
        pos = end
        if _is_word(text, start, end):
            continue
        try:
            v = _one(text, start, end, None)
            yield _match(text, start, end, v, None)
        except (ParseError, ArithmeticError):
            continue


def _scan_range(text: str, start: int, end: int) -> NumberMatch | None:
    try:
        lo, hi, hi_start = _range_parts(text, start, end, None)
        s0, _ = _find_separator(text, start, end)
        if _is_word(text, start, s0, lone_ok=True) or _is_word(text, hi_start, end):
            return None
        low, high = _value(lo), _value(hi)
    except (ParseError, ArithmeticError):
        return None
    if low > high:
        return None
    return _match(text, start, end, lo, hi)


_WORD_YEAR = re.compile(
    r"(?<![〇零○一二三四五六七八九十])(?:一九|二[〇零○])[〇零○一二三四五六七八九]{2}"
    # (the first year of a period written without its 年: 二〇二五—二〇二七年)
    r"(?=年|[-—–~至到](?:一九|二[〇零○])[〇零○一二三四五六七八九]{2}年)"
)
_WORD_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")


def arabic_years(text: str) -> str:
    """``text`` with its years in words written in digits, one for one, so that
    offsets are kept (二〇二七年 and 二零二七年 → 2027年)."""
    if "二〇" not in text and "二零" not in text and "二○" not in text and "一九" not in text:
        return text
    return _WORD_YEAR.sub(lambda m: m.group().translate(_WORD_DIGITS), text)
