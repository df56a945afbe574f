"""Vectorised assessment (批量评估) of many (target, observation series) pairs in numpy.

The per-target API is exact and explains itself; it is also slow at national
scale (≈3,000 jurisdictions × 60 indicators). This path takes the same inputs
as flat float64 arrays (one row per pair) and applies the same rules and
thresholds (from :mod:`mfgpolicy.progress._methods`) with array operations.

Floats everywhere here, by design: values, completion, 序时进度 and ratios are
float64. Statuses agree with the exact per-target API except where a value
sits exactly on a threshold and float rounding tips it (the benchmark script
and the tests check agreement on random portfolios).

Scope: level-like targets (level, cumulative, and growth / reduction /
multiple targets once their required value ``goal`` is computed) with
comparators ge, gt, le, lt and eq, for the methods ``time_share``,
``cagr_ratio`` and ``projection_ratio``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

import attrs
import numpy as np
import numpy.typing as npt

from mfgpolicy.progress._methods import (
    CAGR_THRESHOLDS,
    PROJECTION_THRESHOLDS,
    TIME_SHARE_AT_RISK_POINTS,
    Status,
)

__all__ = ["STATUS_CODES", "BulkInput", "BulkResult", "assess_bulk"]

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

#: Status of each int8 code of :attr:`BulkResult.status` (code = index).
STATUS_CODES: Final[tuple[Status, ...]] = tuple(Status)
_CODE: Final = {s: np.int8(i) for i, s in enumerate(STATUS_CODES)}
_BULK_METHODS: Final = ("time_share", "cagr_ratio", "projection_ratio")


def _f(values: npt.ArrayLike) -> FloatArray:
    return np.asarray(values, dtype=np.float64)


@attrs.frozen(eq=False)
class BulkInput:
    """Flat arrays, one row per (target, series) pair (批量评估输入).

    Attributes:
        base: baseline value ``b`` (NaN when there is none).
        latest: latest value ``x`` (NaN when there is none after the baseline).
        goal: required value ``g``.
        higher: True where higher is better.
        strict: True for gt / lt comparators.
        expected: 序时进度 ``e`` at the latest observation's date.
        years_elapsed: years from the baseline to the latest observation ``t``.
        years_total: years from the baseline to the deadline ``T``.
        final: True where the latest observation is dated at or after the deadline.
    """

    base: FloatArray
    latest: FloatArray
    goal: FloatArray
    higher: BoolArray
    strict: BoolArray
    expected: FloatArray
    years_elapsed: FloatArray
    years_total: FloatArray
    final: BoolArray

    def __len__(self) -> int:
        return int(self.base.shape[0])

    @classmethod
    def from_series(
        cls,
        values: npt.ArrayLike,
        dates: Sequence[dt.date],
        *,
        goal: npt.ArrayLike,
        period_start: dt.date,
        deadline: dt.date,
        as_of: dt.date,
        higher: npt.ArrayLike = True,
        strict: npt.ArrayLike = False,
    ) -> BulkInput:
        """Build the arrays from a matrix of annual (or month-end) observations.

        Args:
            values: shape ``(n, k)``: row i is the series of pair i, NaN where missing.
            dates: the ``k`` observation dates, month ends, ascending
                (2019-12-31, 2020-12-31 …).
            goal: the required value of each row (shape ``(n,)`` or scalar).
            period_start: the period start shared by all rows.
            deadline: the deadline shared by all rows.
            as_of: later columns are ignored.
            higher: which way is better, per row or for all.
            strict: gt / lt comparators, per row or for all.

        Returns:
            The :class:`BulkInput`. The baseline is the last value dated before
            ``period_start``; the latest the last value at or before ``as_of``.

        Raises:
            ValueError: ``as_of`` before ``period_start`` (every row would be not_due).
        """
        if as_of < period_start:
            raise ValueError(f"as_of {as_of} is before the period start {period_start}: not due")
        matrix = _f(values)
        n, k = matrix.shape
        day = np.array(dates, dtype="datetime64[D]")
        month = day.astype("datetime64[M]").astype(np.int64)
        present = ~np.isnan(matrix)
        usable = present & (day <= np.datetime64(as_of, "D"))[None, :]
        base_cols = usable & (day < np.datetime64(period_start, "D"))[None, :]
        cols = np.arange(k)
        last_base = np.where(base_cols, cols[None, :], -1).max(axis=1)
        last_any = np.where(usable, cols[None, :], -1).max(axis=1)
        has_base = last_base >= 0
        has_latest = last_any > last_base
        rows = np.arange(n)
        base = np.where(has_base, matrix[rows, np.maximum(last_base, 0)], np.nan)
        latest = np.where(has_latest, matrix[rows, np.maximum(last_any, 0)], np.nan)
        start_d = np.datetime64(period_start, "D")
        dead_d = np.datetime64(deadline, "D")
        latest_day = day[np.maximum(last_any, 0)]
        total_days = float((dead_d - start_d).astype(np.int64) + 1)
        done = (latest_day - start_d).astype(np.int64) + 1
        expected = np.clip(done / total_days, 0.0, 1.0)
        dead_month = np.datetime64(deadline, "M").astype(np.int64)
        base_month = month[np.maximum(last_base, 0)]
        latest_month = month[np.maximum(last_any, 0)]
        return cls(
            base=base,
            latest=latest,
            goal=np.broadcast_to(_f(goal), (n,)).copy(),
            higher=np.broadcast_to(np.asarray(higher, dtype=np.bool_), (n,)).copy(),
            strict=np.broadcast_to(np.asarray(strict, dtype=np.bool_), (n,)).copy(),
            expected=expected,
            years_elapsed=(latest_month - base_month) / 12.0,
            years_total=(dead_month - base_month) / 12.0,
            final=latest_day >= dead_d,
        )


@attrs.frozen(eq=False)
class BulkResult:
    """Statuses and indices of a bulk assessment (批量评估结果).

    Attributes:
        method: the method used.
        status: int8 codes, ``STATUS_CODES[code]`` is the :class:`Status`.
        completion: ``(x − b)/(g − b)`` (NaN where undefined).
        ratio: the method index (c/e, R or P; NaN where undefined).
    """

    method: str
    status: npt.NDArray[np.int8]
    completion: FloatArray
    ratio: FloatArray

    def statuses(self) -> list[Status]:
        """The statuses as enum members (slow for millions of rows)."""
        return [STATUS_CODES[c] for c in self.status.tolist()]

    def counts(self) -> dict[Status, int]:
        """How many rows have each status."""
        found = np.bincount(self.status.astype(np.int64), minlength=len(STATUS_CODES))
        return {s: int(found[i]) for i, s in enumerate(STATUS_CODES) if found[i]}


def assess_bulk(data: BulkInput, method: str = "time_share") -> BulkResult:
    """Assess every row of ``data`` at once (same rules as :func:`assess_target`).

    Args:
        data: the flat inputs.
        method: ``time_share``, ``cagr_ratio`` or ``projection_ratio``.

    Returns:
        The statuses and indices.

    Raises:
        ValueError: an unsupported method.
    """
    if method not in _BULK_METHODS:
        raise ValueError(f"bulk path supports {', '.join(_BULK_METHODS)} (got {method!r})")
    b, x, g = data.base, data.latest, data.goal
    hi, strict = data.higher, data.strict
    sign = np.where(hi, 1.0, -1.0)
    e, t, big_t = data.expected, data.years_elapsed, data.years_total
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        met = np.where(hi, np.where(strict, x > g, x >= g), np.where(strict, x < g, x <= g))
        has_base = ~np.isnan(b)
        has_latest = ~np.isnan(x)
        moved_wrong = (x - b) * sign < 0
        goal_behind = (g - b) * sign <= 0
        completion = (x - b) / (g - b)
        ratio = np.full(b.shape, np.nan)
        if method == "time_share":
            ratio = completion / e
            gap = (completion - e) * 100.0
            limit = -float(TIME_SHARE_AT_RISK_POINTS)
            method_status = np.select(
                [completion < 0, gap >= 0, gap >= limit],
                [_CODE[Status.REGRESSING], _CODE[Status.ON_TRACK], _CODE[Status.AT_RISK]],
                _CODE[Status.OFF_TRACK],
            )
            positive = np.ones(b.shape, dtype=np.bool_)
        else:
            positive = (b > 0) & (x > 0) & (g > 0)
            actual = np.power(x / b, 1.0 / t) - 1.0
            if method == "cagr_ratio":
                required = np.power(g / b, 1.0 / big_t) - 1.0
                ratio = np.where(
                    required == 0.0, np.copysign(np.inf, actual * sign), actual / required
                )
                th = CAGR_THRESHOLDS
            else:
                projected = b * np.power(x / b, big_t / t)
                ratio = (projected - b) / (g - b)
                th = PROJECTION_THRESHOLDS
            method_status = np.select(
                [ratio >= th[0], ratio >= th[1], ratio >= th[2]],
                [_CODE[Status.ON_TRACK], _CODE[Status.AT_RISK], _CODE[Status.OFF_TRACK]],
                _CODE[Status.REGRESSING],
            )
        status = np.select(
            [
                ~has_latest & ~has_base,
                ~has_latest & has_base & _base_met(b, g, hi, strict),
                ~has_latest,
                ~has_base & met,
                ~has_base,
                met,
                data.final & moved_wrong,
                data.final,
                goal_behind,
                (t <= 0) | (e <= 0),
                ~positive,
            ],
            [
                _CODE[Status.NO_DATA],
                _CODE[Status.ACHIEVED],
                _CODE[Status.NO_DATA],
                _CODE[Status.ACHIEVED],
                _CODE[Status.NOT_ASSESSABLE],
                _CODE[Status.ACHIEVED],
                _CODE[Status.REGRESSING],
                _CODE[Status.OFF_TRACK],
                _CODE[Status.REGRESSING],
                _CODE[Status.NO_DATA],
                _CODE[Status.NOT_ASSESSABLE],
            ],
            method_status,
        ).astype(np.int8)
    return BulkResult(method=method, status=status, completion=completion, ratio=ratio)


def _base_met(
    base: FloatArray, goal: FloatArray, higher: BoolArray, strict: BoolArray
) -> BoolArray:
    """Whether the baseline itself meets the goal (rows without a later value)."""
    with np.errstate(invalid="ignore"):
        return np.where(
            higher,
            np.where(strict, base > goal, base >= goal),
            np.where(strict, base < goal, base <= goal),
        )
