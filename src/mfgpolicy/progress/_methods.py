"""Statuses, method names, thresholds and the small numeric helpers they share.

Everything here is pure: dates and exact numbers in, exact numbers (or floats,
where a root or a power is unavoidable) out. The per-target path
(:mod:`mfgpolicy.progress._assess`) and the vectorised path
(:mod:`mfgpolicy.progress._bulk`) both read their thresholds from this module, so
the two paths cannot drift apart.

Where floats enter (and only there):

* compound annual growth rates (年均增速, CAGR), which need an n-th root;
* projections to the deadline at such a rate, and the required rate from now;
* the method index ``ratio`` of ``cagr_ratio``, ``projection_ratio`` and
  ``trend``, and every ``score``.

Completion ratios, expected shares (序时进度) and gaps in percentage points are
exact :class:`~fractions.Fraction` values whenever the inputs are exact.
Floats are never rounded inside the library; reports round them once, to
:data:`FLOAT_DIGITS` decimal places, with :func:`round_float`.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from decimal import Decimal
from fractions import Fraction
from typing import Final, Literal

from mfgpolicy.units import exact_decimal

__all__ = [
    "APPROX_TOLERANCE",
    "CAGR_THRESHOLDS",
    "FLOAT_DIGITS",
    "METHODS",
    "PROJECTION_THRESHOLDS",
    "RECENT_CHANGES",
    "TIME_SHARE_AT_RISK_POINTS",
    "TREND_THRESHOLDS",
    "Method",
    "Status",
    "clamp_score",
    "elapsed_share",
    "fraction_to_decimal",
    "round_float",
    "years_between",
]

Method = Literal["time_share", "cagr_ratio", "projection_ratio", "trend"]

#: The assessment methods, in the order reports list them side by side.
METHODS: Final[tuple[Method, ...]] = ("time_share", "cagr_ratio", "projection_ratio", "trend")

#: ``approx`` (左右/约) counts as met within 5 % of the stated value, on the bad side.
APPROX_TOLERANCE: Final = Fraction(5, 100)

#: ``time_share``: behind 序时进度 by at most this many percentage points is ``at_risk``;
#: further behind is ``off_track``.
TIME_SHARE_AT_RISK_POINTS: Final = Fraction(10)

#: ``cagr_ratio``: R ≥ 0.95 on track, ≥ 0.6 at risk, ≥ 0 off track, < 0 regressing.
#:
#: Verified against the Open SDG reference implementation, open-sdg/sdg-build,
#: ``sdg/ProgressMeasure.py`` (https://github.com/open-sdg/sdg-build, stored version
#: at commit 139fede74ba534d2ed8b9eee4cd878b41f54cb67): for a series with a target
#: value its default ``progress_thresholds`` are high 0.95, med 0.6, low 0, giving
#: ``substantial_progress`` / ``moderate_progress`` / ``limited_progress`` /
#: ``deterioration`` (here ``on_track`` / ``at_risk`` / ``off_track`` /
#: ``regressing``); ``target_achieved`` is checked first. That code implements the
#: Statistics Canada methodology described at
#: https://sdg-data-canada-odd-donnees.github.io/sdg-odd-dev/methodology and
#: https://open-sdg.readthedocs.io/en/latest/progress-methodology/ (only the
#: introductions of those pages could be read for this review).
CAGR_THRESHOLDS: Final = (0.95, 0.6, 0.0)

#: ``projection_ratio``: P ≥ 0.95 on track, ≥ 0.10 at risk, ≥ 0 off track, < 0 regressing.
#:
#: After UN Statistics Division, *SDG Progress Chart technical note*. NOT VERIFIED:
#: no readable copy of the note's methodology section was available for review
#: (only its table of contents), so the formula and these cut-offs (0.95 / 0.10 / 0)
#: are the original author's reading and must be checked against the published
#: note before they are quoted as the UN's (docs/progress.md says so too).
PROJECTION_THRESHOLDS: Final = (0.95, 0.10, 0.0)

#: ``trend``: shortfall at the deadline as a share of the gap: < 5 % on track,
#: < 20 % at risk, more but moving the right way off track, wrong way regressing.
TREND_THRESHOLDS: Final = (0.05, 0.20)

#: ``trend`` averages this many most recent annual changes.
RECENT_CHANGES: Final = 3

#: Reports round floats to this many decimal places (the library never does).
FLOAT_DIGITS: Final = 6


class Status(enum.Enum):
    """The verdict on one target (进展状态).

    The rules, applied in this order (docs/progress.md has the full table):

    1. ``not_assessable``: the target cannot be checked with numbers (no
       deadline; qualitative without a boolean or rank observation; benchmark
       without a reference observation; a ratio method without a baseline).
    2. ``not_due``: ``as_of`` is before the period starts.
    3. ``no_data``: no observation at or before ``as_of`` after the baseline.
    4. ``achieved``: the latest value already meets the target (comparator
       honoured), whatever the method.
    5. Once data for the deadline are in and the target is missed:
       ``regressing`` if the value moved the wrong way from the baseline,
       else ``off_track``.
    6. Otherwise the method decides between ``on_track``, ``at_risk``,
       ``off_track`` and ``regressing`` (see each method).
    """

    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    REGRESSING = "regressing"
    NO_DATA = "no_data"
    NOT_ASSESSABLE = "not_assessable"
    NOT_DUE = "not_due"

    @property
    def severity(self) -> int:
        """0 for the worst (regressing) … 7 for the best (achieved): sort key for 'worst first'."""
        return _SEVERITY[self]

    @property
    def assessed(self) -> bool:
        """Whether the status is a verdict on progress (not missing data or not due)."""
        return self not in {Status.NO_DATA, Status.NOT_ASSESSABLE, Status.NOT_DUE}


_SEVERITY: Final = {
    Status.REGRESSING: 0,
    Status.OFF_TRACK: 1,
    Status.AT_RISK: 2,
    Status.NO_DATA: 3,
    Status.NOT_ASSESSABLE: 4,
    Status.NOT_DUE: 5,
    Status.ON_TRACK: 6,
    Status.ACHIEVED: 7,
}


def _month_end(day: dt.date) -> bool:
    return (day + dt.timedelta(days=1)).day == 1


def years_between(start: dt.date, end: dt.date) -> Fraction:
    """Years from ``start`` to ``end`` (exact).

    Whole months count as twelfths of a year when both dates are month ends
    or fall on the same day of the month (2020-12-31 → 2022-12-31 is exactly
    2; 2022-06-30 → 2023-12-31 is 1.5); otherwise days / 365.25.

    Args:
        start: the earlier date.
        end: the later date.

    Returns:
        The signed number of years as a Fraction.
    """
    if start.day == end.day or (_month_end(start) and _month_end(end)):
        months = (end.year - start.year) * 12 + (end.month - start.month)
        return Fraction(months, 12)
    return Fraction((end - start).days) / Fraction(36525, 100)


def elapsed_share(start: dt.date, deadline: dt.date, at: dt.date) -> Fraction:
    """序时进度: the share of the period ``[start, deadline]`` elapsed by the end of ``at``.

    Days are counted inclusively (the period 2021-01-01 … 2023-12-31 has 1095
    days; by 2022-12-31, 730 have elapsed: 2/3), clamped to ``[0, 1]``. A
    period that ends before it starts (a baseline dated on or after the
    deadline) is wholly elapsed: 1.
    """
    total = (deadline - start).days + 1
    if total <= 0:
        return Fraction(1)
    done = (at - start).days + 1
    return min(Fraction(1), max(Fraction(0), Fraction(done, total)))


def clamp_score(value: float) -> float:
    """Clamp a method index scaled to the score range −5 … +5."""
    return max(-5.0, min(5.0, value))


def round_float(value: float | None) -> float | None:
    """Round a float for reports (:data:`FLOAT_DIGITS` places); ``None`` stays ``None``."""
    if value is None or not math.isfinite(value):
        return value
    return round(value, FLOAT_DIGITS)


def fraction_to_decimal(value: Fraction, places: int = 10) -> Decimal:
    """The exact Decimal of ``value`` when it terminates, else rounded half-even to ``places``.

    Args:
        value: an exact ratio or share.
        places: decimal places kept when the expansion does not terminate.

    Returns:
        ``Fraction(1, 8)`` → ``Decimal("0.125")``; ``Fraction(2, 3)`` →
        ``Decimal("0.6666666667")`` with the default ``places``.
    """
    exact = exact_decimal(value)
    if exact is not None:
        return exact
    scaled = round(value * 10**places)
    return Decimal(f"{scaled}E-{places}")
