"""Deadlines and recurrences (时限与周期) with python-dateutil.

Plans state deadlines as years ("到2023年" → the end of 2023), as spans relative
to the plan's first year ("三年内", "通过三年培育"), and as recurrences ("每年新增…").
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from dateutil.rrule import YEARLY, rrule

from mfgpolicy.errors import ValidationError

__all__ = [
    "five_year_plan",
    "relative_deadline",
    "year_end",
    "year_start",
    "yearly_deadlines",
]

_MIN_YEAR, _MAX_YEAR = 1949, 2200


def _check_year(year: int) -> None:
    if isinstance(year, bool) or not isinstance(year, int) or not _MIN_YEAR <= year <= _MAX_YEAR:
        raise ValidationError(f"year must be an int in [{_MIN_YEAR}, {_MAX_YEAR}] (got {year!r})")


def year_end(year: int) -> dt.date:
    """The last day of ``year``: the deadline "到2023年" means 2023-12-31."""
    _check_year(year)
    return dt.date(year, 12, 31)


def five_year_plan(n: int) -> tuple[int, int]:
    """First and last year of the Nth five-year plan (第N个五年规划, “十N五”).

    From the sixth plan (1981-1985) on, the periods follow one another without a
    gap, so the Nth runs from 1951 + 5N to 1955 + 5N: 十三五 2016-2020, 十四五
    2021-2025, 十五五 2026-2030. Earlier plans (with the 1963-1965 adjustment
    years) are not computed.

    Raises:
        ValidationError: ``n`` is below 6.
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 6:
        raise ValidationError(f"five-year plan number must be an int >= 6 (got {n!r})")
    return 1951 + 5 * n, 1955 + 5 * n


def year_start(year: int) -> dt.date:
    """The first day of ``year``."""
    _check_year(year)
    return dt.date(year, 1, 1)


def relative_deadline(first_year: int, years: int) -> dt.date:
    """The deadline of "N年内 / 通过N年" counted from the plan's first year.

    A three-year plan starting in 2021 covers 2021, 2022 and 2023, so
    ``relative_deadline(2021, 3)`` is 2023-12-31.
    """
    if isinstance(years, bool) or not isinstance(years, int) or years < 1:
        raise ValidationError(f"years must be a positive int (got {years!r})")
    start = year_start(first_year)
    return start + relativedelta(years=years, days=-1)


def yearly_deadlines(start: dt.date, end: dt.date) -> list[dt.date]:
    """The year-end deadlines of a per-year (每年) target recurring from ``start`` to ``end``.

    Each year from ``start.year`` to ``end.year`` contributes its 31 December.
    """
    if end < start:
        raise ValidationError(f"end must not precede start (got {end} < {start})")
    first = year_end(start.year)
    return [
        d.date()
        for d in rrule(
            YEARLY,
            dtstart=dt.datetime.combine(first, dt.time()),
            until=dt.datetime.combine(year_end(end.year), dt.time()),
        )
    ]
