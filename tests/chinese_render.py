"""Test-side renderer of integers as Chinese numerals (中文数字书写), for round trips.

Written independently of :mod:`mfgpolicy.numerals`, from the school rules:
the number is read in sections of four digits (个级, 万级, 亿级); zeros at
the end of a section are not read; one 零 stands for any run of zeros between
non-zero digits inside a section, and for the leading zeros of a section after
a higher one (Chinese primary-school mathematics, "亿以内数的读法").
"""

from __future__ import annotations

from typing import Literal

Script = Literal["simplified", "traditional", "financial", "financial_traditional"]

_DIGITS = {
    "simplified": "零一二三四五六七八九",
    "traditional": "零一二三四五六七八九",
    "financial": "零壹贰叁肆伍陆柒捌玖",
    "financial_traditional": "零壹貳參肆伍陸柒捌玖",
}
_PLACES = {
    "simplified": ("", "十", "百", "千"),
    "traditional": ("", "十", "百", "千"),
    "financial": ("", "拾", "佰", "仟"),
    "financial_traditional": ("", "拾", "佰", "仟"),
}
_WAN = {"simplified": "万", "traditional": "萬", "financial": "万", "financial_traditional": "萬"}
_YI = {"simplified": "亿", "traditional": "億", "financial": "亿", "financial_traditional": "億"}
_LIANG = {"simplified": "两", "traditional": "兩"}


def _section(n: int, script: Script, *, first: bool, liang: bool, short_ten: bool) -> str:
    """Render 0 < n < 10000 with 千百十; ``first`` for the leading section."""
    digits, places = _DIGITS[script], _PLACES[script]
    out: list[str] = []
    zero = False
    for power in (3, 2, 1, 0):
        d = n // 10**power % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append(digits[0])
            zero = False
        glyph = digits[d]
        if d == 2 and liang and power >= 2 and script in _LIANG:
            glyph = _LIANG[script]
        if d == 1 and power == 1 and first and not out and short_ten:
            glyph = ""  # 十二 rather than 一十二
        out.append(glyph + places[power])
    return "".join(out)


def _below_yi(n: int, script: Script, *, first: bool, liang: bool, short_ten: bool) -> str:
    """Render 0 < n < 10**8."""
    high, low = divmod(n, 10**4)
    if not high:
        return _section(low, script, first=first, liang=liang, short_ten=short_ten)
    if high == 2 and liang and script in _LIANG:
        text = _LIANG[script]
    else:
        text = _section(high, script, first=first, liang=liang, short_ten=short_ten)
    text += _WAN[script]
    if low:
        if low < 1000:
            text += _DIGITS[script][0]
        text += _section(low, script, first=False, liang=liang, short_ten=short_ten)
    return text


def render(
    n: int, script: Script = "simplified", *, liang: bool = False, short_ten: bool = True
) -> str:
    """Render 0 ≤ n < 10**16 as a Chinese numeral.

    Args:
        n: the integer.
        script: simplified, traditional (萬 億 兩), financial (壹贰叁 拾佰仟) or
            traditional financial (貳參陸).
        liang: write 2 as 两/兩 before 百, 千, 万 and 亿 (not for financial).
        short_ten: write a leading 一十 as 十 (十二); financial numerals
            always keep 壹拾.
    """
    if not 0 <= n < 10**16:
        raise ValueError(n)
    if n == 0:
        return _DIGITS[script][0]
    short = short_ten and not script.startswith("financial")
    high, low = divmod(n, 10**8)
    if not high:
        return _below_yi(low, script, first=True, liang=liang, short_ten=short)
    if high == 2 and liang and script in _LIANG:
        text = _LIANG[script]
    else:
        text = _below_yi(high, script, first=True, liang=liang, short_ten=short)
    text += _YI[script]
    if low:
        if low < 10**7:
            text += _DIGITS[script][0]
        text += _below_yi(low, script, first=False, liang=liang, short_ten=short)
    return text
