"""Find the quantities of a seed plan's main goals, with their spans, and convert them.

Reads the seed document 000 (绍兴市制造业企业“长高长壮”行动方案), takes the
paragraph of its main goals (主要目标), scans it with
:func:`mfgpolicy.find_numbers`, reads each number with the unit written after
it through :func:`mfgpolicy.parse_quantity`, and converts the quantity exactly
with :func:`mfgpolicy.to_canonical` and :func:`mfgpolicy.convert`. Every span
is a ``[start, end)`` offset into the original file, so ``text[start:end]``
gives back what was read.

Run: ``python examples/quantities.py``.
"""

from __future__ import annotations

from pathlib import Path

from mfgpolicy import (
    NumberMatch,
    ParseError,
    UnitError,
    canonical_unit,
    convert,
    find_numbers,
    parse_quantity,
    to_canonical,
)

SEED = Path(__file__).parent / "documents" / "000_d5fc791e7d16acfa.txt"
# Characters that never belong to a unit: where the search for a unit stops.
STOP = set(",，。、;；:：()（）“”\n 以达到累计新增其中")
LONGEST_UNIT = 6


def quantity_at(text: str, match: NumberMatch) -> tuple[int, object] | None:
    """The longest ``number + unit`` starting at ``match`` that parses, with its end offset."""
    limit = match.end
    while limit < len(text) and limit - match.end < LONGEST_UNIT and text[limit] not in STOP:
        limit += 1
    for end in range(limit, match.end - 1, -1):  # longest unit first
        try:
            return end, parse_quantity(text[match.start : end])
        except (ParseError, UnitError):
            continue
    return None


def main() -> None:
    text = SEED.read_text(encoding="utf-8")
    start = text.index("到2023年,力争全市工业增加值")
    end = text.index("\n", start)
    print(f"{SEED.name}: the main goals, characters [{start}, {end})")
    print(text[start:end])
    print()
    for match in find_numbers(text[start:end]):
        # find_numbers gives offsets into the string it scanned: shift them back.
        match = match._replace(start=match.start + start, end=match.end + start)
        if text.startswith("年", match.end) and len(match.text) == 4:
            print(
                f"[{match.start:5}, {match.end + 1:5})  {match.text + '年':12}  a year (deadline)"
            )
            continue
        found = quantity_at(text, match)
        if found is None:
            print(f"[{match.start:5}, {match.end:5})  {match.text:12}  number without a unit")
            continue
        q_end, q = found
        written = text[match.start : q_end]
        canonical = to_canonical(q)
        print(
            f"[{match.start:5}, {q_end:5})  {written:12}  = {canonical.magnitude} "
            f"{canonical_unit(q.units)}"
        )

    # Exact conversions: 亿 is not billion.
    value_added = parse_quantity("2800亿元")
    print()
    print("2800亿元 =", convert(value_added, "元").magnitude, "元")
    print("2800亿元 =", convert(value_added, "billion_yuan").magnitude, "billion yuan")
    print("25万元/人 =", convert(parse_quantity("25万元/人"), "元/人").magnitude, "元/人")
    print("1亩 =", convert(parse_quantity("1亩"), "平方米").magnitude, "平方米 (exact Fraction)")


if __name__ == "__main__":
    main()
