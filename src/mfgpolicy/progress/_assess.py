"""Per-target assessment (目标进展评估): one target, its observations, one verdict.

Every target is reduced to the same audit trail: a baseline ``b`` (基期值), the
latest value ``x`` (最新值), the value the target requires ``g`` (目标值, derived
for growth rates, reductions and multiples), a direction (higher or lower is
better) and the dates. The methods then compare ``x`` with ``g`` over time:

* ``time_share`` (序时进度): completion ``c = (x − b)/(g − b)`` against the elapsed
  share ``e`` of the period; gap ``(c − e) × 100`` percentage points
  (超/落后序时进度 x 个百分点).
* ``cagr_ratio``: the Open SDG progress measure (Statistics Canada methodology),
  as implemented in open-sdg/sdg-build ``sdg/ProgressMeasure.py``
  (``methodology_2``: observed CAGR over the absolute required CAGR, signed by
  the desired direction): ``R = actual CAGR / required CAGR``; thresholds
  0.95 / 0.6 / 0 (verified in that code; see ``CAGR_THRESHOLDS``). The
  score is ``5·R`` here, not sdg-build's piecewise score.
* ``projection_ratio``: after UN Statistics Division, *SDG Progress Chart
  technical note*: project ``x`` to the deadline at the actual CAGR,
  ``P = (projected − b)/(g − b)``; thresholds 0.95 / 0.10 / 0 (not verified
  against the note; see ``PROJECTION_THRESHOLDS``).
* ``trend``: the mean of the recent annual changes extended to the deadline;
  shortfall as a share of the gap (< 5 %, 5–20 %, more, wrong direction).
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from fractions import Fraction
from typing import Final

import attrs

from mfgpolicy.errors import ObservationError, UnitError
from mfgpolicy.model.enums import Comparator, Per, TargetKind
from mfgpolicy.model.indicator import Direction, IndicatorCatalog
from mfgpolicy.model.observation import Observation
from mfgpolicy.model.target import Target
from mfgpolicy.model.timing import yearly_deadlines
from mfgpolicy.progress._methods import (
    APPROX_TOLERANCE,
    CAGR_THRESHOLDS,
    METHODS,
    PROJECTION_THRESHOLDS,
    RECENT_CHANGES,
    TIME_SHARE_AT_RISK_POINTS,
    TREND_THRESHOLDS,
    Method,
    Status,
    clamp_score,
    elapsed_share,
    years_between,
)
from mfgpolicy.units import conversion_factor

__all__ = [
    "Assessment",
    "Components",
    "TargetAssessment",
    "YearResult",
    "assess",
    "assess_target",
    "compare_methods",
]

_DAY: Final = dt.timedelta(days=1)
_HUNDRED: Final = Fraction(100)
_LEVEL_LIKE: Final = frozenset(
    {TargetKind.LEVEL, TargetKind.CUMULATIVE, TargetKind.BENCHMARK, TargetKind.MULTIPLE}
)


@attrs.frozen
class YearResult:
    """One year of a per-year target (每年…): what was added against what was due.

    Attributes:
        year: the calendar year.
        value: the amount added in that year (target unit).
        target: the amount due each year.
        met: whether ``value`` meets ``target``.
    """

    year: int
    value: Fraction
    target: Fraction
    met: bool


@attrs.frozen
class Components:
    """Everything a status was computed from, so that it can be audited (评估依据).

    Values are exact and in ``unit`` (the target's unit; for growth rates,
    reductions, multiples and benchmarks the unit of the observations).

    Attributes:
        method: the method name.
        kind: the target kind.
        comparator: the comparator.
        direction: ``"higher"`` or ``"lower"`` (which way is better here).
        unit: the unit of ``base_value``, ``latest_value`` and ``target_value``.
        jurisdiction: the jurisdiction assessed (as written in the observations).
        base_value: 基期值, the baseline (latest observation at or before the
            period start; 0 for increments measured by flows).
        base_date: its date.
        latest_value: 最新值, the latest observation at or before ``as_of``.
        latest_date: its date.
        target_value: the value the target requires (the bar: the low end of a
            range when higher is better), derived for growth, reduction, multiple.
        stretch_value: the other end of a range (the stretch goal), else ``None``.
        period_start: start of the measured period.
        deadline: the deadline.
        years_elapsed: years from the baseline to the latest observation.
        years_total: years from the baseline to the deadline.
        actual_rate: the realised CAGR from base to latest (float), if defined.
        required_rate_total: the CAGR from base to target over the whole period.
        ratio: the method index (R, P, 1 − shortfall, or c/e), if computed.
        reference: the benchmark jurisdiction, for ``benchmark`` targets.
        notes: remarks (fallbacks, ignored observations, caps).
    """

    method: str
    kind: str
    comparator: str
    direction: str
    unit: str | None = None
    jurisdiction: str | None = None
    base_value: Fraction | None = None
    base_date: dt.date | None = None
    latest_value: Fraction | None = None
    latest_date: dt.date | None = None
    target_value: Fraction | None = None
    stretch_value: Fraction | None = None
    period_start: dt.date | None = None
    deadline: dt.date | None = None
    years_elapsed: Fraction | None = None
    years_total: Fraction | None = None
    actual_rate: float | None = None
    required_rate_total: float | None = None
    ratio: float | None = None
    reference: str | None = None
    notes: tuple[str, ...] = ()


@attrs.frozen
class TargetAssessment:
    """The verdict on one target (单项目标评估结果).

    Attributes:
        target: the target assessed.
        status: the verdict (see :class:`Status`).
        reason: one sentence saying why.
        completion: 完成率, ``(x − b)/(g − b)`` (exact), or ``None``.
        expected: 序时进度, the share of the period elapsed at the latest
            observation's date (exact), or ``None``.
        gap_points: ``(completion − expected) × 100``: positive = 超序时进度,
            negative = 落后序时进度 (exact), or ``None``.
        projected: the value projected to the deadline by the method (float).
        required_rate: 剩余期间需年均增长: the annual growth needed from the latest
            value to reach the target by the deadline (float; −0.05 = fall 5 %/yr);
            ``None`` for increments (an amount to add, not a level to grow).
        score: the method index on −5 … +5 (5 when achieved), or ``None``.
        components: the audit trail.
        yearly: year-by-year results of a per-year target.
    """

    target: Target
    status: Status
    reason: str
    components: Components
    completion: Fraction | None = None
    expected: Fraction | None = None
    gap_points: Fraction | None = None
    projected: float | None = None
    required_rate: float | None = None
    score: float | None = None
    yearly: tuple[YearResult, ...] = ()

    @property
    def target_id(self) -> str:
        """The target's id."""
        return self.target.id

    @property
    def method(self) -> str:
        """The method's name."""
        return self.components.method


@attrs.frozen
class Assessment:
    """The verdicts on a set of targets at one date by one method (进展评估).

    Attributes:
        as_of: the assessment date.
        method: the method used.
        results: one result per target, in the order the targets were given.
    """

    as_of: dt.date
    method: str
    results: tuple[TargetAssessment, ...]

    def __iter__(self) -> Iterator[TargetAssessment]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    def get(self, target_id: str) -> TargetAssessment:
        """The result for ``target_id`` (``LookupError`` if absent)."""
        for r in self.results:
            if r.target.id == target_id:
                return r
        raise LookupError(f"no assessment for target {target_id!r}")

    def counts(self) -> dict[Status, int]:
        """How many targets have each status."""
        out: dict[Status, int] = {}
        for r in self.results:
            out[r.status] = out.get(r.status, 0) + 1
        return out

    def worst_first(self) -> tuple[TargetAssessment, ...]:
        """The results sorted worst status first, then lowest score."""
        return tuple(sorted(self.results, key=_worst_key))


def _worst_key(r: TargetAssessment) -> tuple[int, float, str]:
    return (r.status.severity, r.score if r.score is not None else 0.0, r.target.id)


# -- selecting and converting observations --------------------------------------------------


def observation_applies(target: Target, observation: Observation) -> bool:
    """Whether an observation counts for a target (观测值与目标的匹配).

    An observation keyed by ``target_id`` counts for that target only (its
    unit is then the target's business: a wrong one is an error). One keyed by
    ``indicator_id`` alone counts for every target with that ``indicator_id``
    whose kind and unit it fits: for a level, cumulative, increment or
    benchmark target its unit must convert to the target's (a 亿元 series does
    not feed a 家 target on the same indicator); rates, reductions and
    multiples are measured from levels or realised rates in any unit. The
    jurisdiction is chosen by the caller (:func:`assess_target`).
    """
    o = observation
    if o.target_id is not None:
        return o.target_id == target.id
    if target.indicator_id is None or o.indicator_id != target.indicator_id:
        return False
    if target.kind in _UNIT_BOUND and target.unit is not None:
        try:
            conversion_factor(o.unit, target.unit)
        except UnitError:
            return False
    return True


_UNIT_BOUND: Final = frozenset(
    {TargetKind.LEVEL, TargetKind.CUMULATIVE, TargetKind.INCREMENT, TargetKind.BENCHMARK}
)


def _relevant(target: Target, observations: Iterable[Observation]) -> list[Observation]:
    return [o for o in observations if observation_applies(target, o)]


def _dedupe(observations: Sequence[Observation]) -> list[Observation]:
    """Drop exact duplicates; raise on conflicting duplicates of one key."""
    seen: dict[tuple[object, ...], Observation] = {}
    for o in observations:
        key = (o.jurisdiction, o.date, o.period_start)
        prev = seen.get(key)
        if prev is None:
            seen[key] = o
            continue
        same = prev.unit == o.unit and prev.value == o.value
        if not same:
            try:
                same = Fraction(prev.value) == Fraction(o.value) * conversion_factor(
                    o.unit, prev.unit
                )
            except UnitError:
                same = False
        if not same:
            raise ObservationError(
                f"conflicting observations for {o.key[0]!r}, {o.jurisdiction}, {o.date}: "
                f"{prev.value} {prev.unit} ({prev.source or 'no source'}) vs "
                f"{o.value} {o.unit} ({o.source or 'no source'})",
                source=o.source or None,
            )
    return list(seen.values())


def _factor(obs_unit: str, unit: str, target: Target) -> Fraction:
    try:
        return conversion_factor(obs_unit, unit)
    except UnitError as exc:
        raise UnitError(
            obs_unit,
            unit,
            reason=f"an observation of target {target.id!r} ({target.indicator}) in "
            f"{obs_unit!r} cannot be converted to {unit!r}: {exc.reason}",
        ) from None


def _percentage_points(unit: str | None) -> bool:
    """Whether ``unit`` is 个百分点 (a difference of two percentages)."""
    if unit is None:
        return False
    try:
        conversion_factor(unit, "个百分点")
    except UnitError:
        return False
    return True


def _is_ratio_unit(unit: str) -> bool:
    try:
        conversion_factor(unit, "%")
    except UnitError:
        return False
    return True


_Point = tuple[dt.date, Fraction]


def _annual_or_stock(o: Observation) -> bool:
    if o.period_start is None:
        return True
    return years_between(o.period_start - _DAY, o.date) >= 1


def _pick_flows(flows: Sequence[Observation]) -> list[Observation]:
    """Non-overlapping flows, longest first at each start (so 2022 beats 2022H1)."""
    chosen: list[Observation] = []
    ordered = sorted(flows, key=lambda o: (o.period_start or o.date, -o.date.toordinal()))
    end: dt.date | None = None
    for o in ordered:
        assert o.period_start is not None
        if end is None or o.period_start > end:
            chosen.append(o)
            end = o.date
    return chosen


# -- direction and bars ----------------------------------------------------------------------


def _indicator_direction(target: Target, catalog: IndicatorCatalog | None) -> Direction | None:
    if target.indicator_id is None:
        return None
    if catalog is None:
        try:
            catalog = IndicatorCatalog.default()
        except (OSError, ValueError):  # catalog file missing or malformed: fall back
            return None
    entry = catalog.get(target.indicator_id)
    return entry.direction if entry is not None else None


def _higher_is_better(target: Target, indicator_dir: Direction | None) -> bool:
    """Which way is better for the quantity compared with the target value.

    ge/gt → higher; le/lt → lower; eq/approx/between → the indicator's
    direction (higher when unknown). A reduction is lower-is-better on the
    level (and le/lt flips it); growth rates and multiples are higher-is-better
    unless le/lt.
    """
    cmp = target.comparator
    flip = cmp in (Comparator.LE, Comparator.LT)
    if target.kind is TargetKind.REDUCTION:
        return flip
    if target.kind in (TargetKind.GROWTH_RATE, TargetKind.MULTIPLE):
        return not flip
    if cmp in (Comparator.GE, Comparator.GT):
        return True
    if flip:
        return False
    return indicator_dir is not Direction.LOWER


def _bar(target: Target, higher: bool) -> tuple[Fraction, Fraction | None]:
    """The value that must be reached, and the stretch end of a range."""
    assert target.value is not None
    low = Fraction(target.value)
    if target.comparator is Comparator.BETWEEN and target.value_high is not None:
        high = Fraction(target.value_high)
        return (low, high) if higher else (high, low)
    return low, None


def _met(x: Fraction, goal: Fraction, higher: bool, comparator: Comparator) -> bool:
    if comparator is Comparator.APPROX:
        slack = abs(goal) * APPROX_TOLERANCE
        return x >= goal - slack if higher else x <= goal + slack
    strict = comparator in (Comparator.GT, Comparator.LT)
    if higher:
        return x > goal if strict else x >= goal
    return x < goal if strict else x <= goal


# -- the core classification -----------------------------------------------------------------


@attrs.frozen
class _Core:
    """Inputs of the method classification (internal)."""

    base: Fraction
    latest: Fraction
    goal: Fraction
    higher: bool
    base_date: dt.date
    latest_date: dt.date
    start: dt.date
    deadline: dt.date
    points: tuple[_Point, ...]
    zero_base: bool  # increments: base 0, pace is linear
    share: bool  # a share in %, projections capped at 100


def _float_ratio(a: Fraction, b: Fraction) -> float:
    return float(a / b)


def _cagr(ratio: Fraction, years: Fraction) -> float:
    return math.pow(float(ratio), 1.0 / float(years)) - 1.0


def _classify(core: _Core, method: Method, comparator: Comparator) -> _Outcome:
    b, x, g = core.base, core.latest, core.goal
    sign = 1 if core.higher else -1
    e = elapsed_share(core.start, core.deadline, core.latest_date)
    t = years_between(core.base_date, core.latest_date)
    big_t = years_between(core.base_date, core.deadline)
    rem = years_between(core.latest_date, core.deadline)
    out = _Outcome(expected=e, years_elapsed=t, years_total=big_t)
    if g != b:
        out.completion = (x - b) / (g - b)
        out.gap_points = (out.completion - e) * _HUNDRED
    positive = b > 0 and x > 0 and g > 0
    if positive and not core.zero_base and t > 0 and big_t > 0:
        out.actual_rate = _cagr(x / b, t)
        out.required_total = _cagr(g / b, big_t)
    if x > 0 and g > 0 and rem > 0 and not core.zero_base:
        out.required_rate = _cagr(g / x, rem)
    # projection to the deadline, by the method's own rule
    out.projected = _project(core, method=method, t=t, big_t=big_t, rem=rem, e=e)
    if _met(x, g, core.higher, comparator):
        out.status = Status.ACHIEVED
        out.score = 5.0
        out.reason = "the latest value meets the target"
        return out
    moved_wrong = (x - b) * sign < 0
    if core.latest_date >= core.deadline:
        out.status = Status.REGRESSING if moved_wrong else Status.OFF_TRACK
        c = out.completion if out.completion is not None else Fraction(0)
        out.score = clamp_score(5 * float(c))
        out.reason = "the deadline has passed and the target was missed" + (
            ", the value moved away from it" if moved_wrong else ""
        )
        return out
    if (g - b) * sign <= 0:
        out.status = Status.REGRESSING
        out.score = -5.0
        out.reason = "the baseline met the target but the latest value no longer does"
        return out
    if t <= 0 or e <= 0:
        out.status = Status.NO_DATA
        out.reason = "no observation after the baseline"
        return out
    assert out.completion is not None
    c = out.completion
    if method == "time_share":
        ratio = float(c / e)
        out.ratio = ratio
        out.score = clamp_score(5 * ratio)
        gap = (c - e) * _HUNDRED
        if c < 0:
            out.status, out.reason = Status.REGRESSING, "moved away from the target"
        elif gap >= 0:
            out.status, out.reason = Status.ON_TRACK, "ahead of or at 序时进度"
        elif gap >= -TIME_SHARE_AT_RISK_POINTS:
            out.status = Status.AT_RISK
            out.reason = f"behind 序时进度 by at most {TIME_SHARE_AT_RISK_POINTS} points"
        else:
            out.status = Status.OFF_TRACK
            out.reason = f"behind 序时进度 by more than {TIME_SHARE_AT_RISK_POINTS} points"
        return out
    if method in ("cagr_ratio", "projection_ratio"):
        if core.zero_base:
            ratio = float(c / e)  # linear pace ratio: added per year / required per year
        elif not positive:
            out.status = Status.NOT_ASSESSABLE
            out.reason = "growth rates need positive baseline, latest and target values"
            return out
        elif method == "cagr_ratio":
            assert out.actual_rate is not None
            assert out.required_total is not None
            if out.required_total == 0.0:
                ratio = math.copysign(math.inf, out.actual_rate * sign)
            else:
                ratio = out.actual_rate / out.required_total
        else:
            assert out.projected is not None
            ratio = (out.projected - float(b)) / float(g - b)
        thresholds = CAGR_THRESHOLDS if method == "cagr_ratio" else PROJECTION_THRESHOLDS
        out.ratio = ratio
        out.score = clamp_score(5 * ratio)
        name = "R" if method == "cagr_ratio" else "P"
        out.status = _by_thresholds(ratio, thresholds)
        out.reason = f"{name} = {ratio:.3f} (thresholds {thresholds[0]} / {thresholds[1]} / 0)"
        return out
    # trend
    slope = _mean_recent_change(core.points)
    if slope is None:
        out.status = Status.NOT_ASSESSABLE
        out.reason = "the trend method needs at least two observations from the baseline on"
        return out
    # exact arithmetic, so that a change of unit never moves a status across a threshold
    projected = x + slope * rem
    if core.share:
        projected = min(max(projected, Fraction(0)), _HUNDRED)
    shortfall = (g - projected) / (g - b)
    out.ratio = float(1 - shortfall)
    out.score = clamp_score(5 * out.ratio)
    if shortfall < TREND_THRESHOLDS[0]:
        out.status = Status.ON_TRACK
    elif shortfall < TREND_THRESHOLDS[1]:
        out.status = Status.AT_RISK
    elif slope * sign > 0:
        out.status = Status.OFF_TRACK
    elif slope * sign < 0:
        out.status = Status.REGRESSING
    else:
        out.status = Status.OFF_TRACK
    out.reason = f"trend leaves a shortfall of {float(shortfall):.1%} of the gap at the deadline"
    return out


def _by_thresholds(ratio: float, thresholds: tuple[float, float, float]) -> Status:
    if ratio >= thresholds[0]:
        return Status.ON_TRACK
    if ratio >= thresholds[1]:
        return Status.AT_RISK
    if ratio >= thresholds[2]:
        return Status.OFF_TRACK
    return Status.REGRESSING


def _mean_recent_change(points: Sequence[_Point]) -> Fraction | None:
    """Mean annual change over the last :data:`RECENT_CHANGES` intervals (per year), exact."""
    if len(points) < 2:
        return None
    changes = []
    for (d0, v0), (d1, v1) in itertools.pairwise(points):
        years = years_between(d0, d1)
        if years > 0:
            changes.append((v1 - v0) / years)
    recent = changes[-RECENT_CHANGES:]
    return sum(recent, Fraction(0)) / len(recent) if recent else None


def _project(
    core: _Core, *, method: Method, t: Fraction, big_t: Fraction, rem: Fraction, e: Fraction
) -> float | None:
    b, x = core.base, core.latest
    value: float | None
    if t <= 0:
        value = None
    elif method == "time_share" or core.zero_base:
        # linear pace over the period: b + (x − b) · (whole period / elapsed)
        value = float(b + (x - b) / e) if e > 0 else None
    elif method == "trend":
        slope = _mean_recent_change(core.points)
        value = None if slope is None else float(x + slope * rem)
    elif b > 0 and x > 0:
        value = float(b) * math.pow(float(x / b), float(big_t / t))
    else:
        value = None
    if value is not None and core.share:
        value = max(0.0, min(100.0, value))
    return value


@attrs.define
class _Outcome:
    """Mutable scratch record of :func:`_classify` (internal)."""

    expected: Fraction | None = None
    years_elapsed: Fraction | None = None
    years_total: Fraction | None = None
    completion: Fraction | None = None
    gap_points: Fraction | None = None
    actual_rate: float | None = None
    required_total: float | None = None
    required_rate: float | None = None
    projected: float | None = None
    ratio: float | None = None
    score: float | None = None
    status: Status = Status.NOT_ASSESSABLE
    reason: str = ""


# -- the public per-target API ---------------------------------------------------------------


def _reference_name(target: Target, jurisdictions: Iterable[str]) -> str | None:
    """The benchmark jurisdiction named in the target's text (宁波 in 达到宁波平均水平)."""
    text = target.text + target.indicator
    for name in sorted(set(jurisdictions), key=len, reverse=True):
        short = re.sub(r"(省|市|县|区|自治州|地区)$", "", name)
        if name in text or (len(short) >= 2 and short in text):
            return name
    return None


def _qualitative(target: Target, obs: Sequence[Observation], base: Components) -> TargetAssessment:
    if not obs:
        return TargetAssessment(
            target,
            Status.NOT_ASSESSABLE,
            "qualitative target without a boolean or rank observation",
            base,
        )
    o = max(obs, key=lambda o: o.date)
    value = Fraction(o.value)
    comps = attrs.evolve(base, latest_value=value, latest_date=o.date)
    final = target.deadline is not None and o.date >= target.deadline
    is_rank = any(w in o.note.lower() for w in ("rank", "排名", "名次", "位次"))
    if is_rank:
        m = re.search(r"前\s*(\d+)", target.text)
        limit = Fraction(int(m.group(1))) if m else Fraction(1)
        ok = value <= limit
        what = f"rank {value} against top {limit}"
    else:
        if value not in (0, 1):
            return TargetAssessment(
                target,
                Status.NOT_ASSESSABLE,
                f"qualitative observation {o.value} is neither a boolean (0/1) nor a rank "
                "(say 排名 or rank in the note)",
                comps,
            )
        ok = value == 1
        what = f"boolean observation {int(value)}"
    if ok:
        return TargetAssessment(target, Status.ACHIEVED, what, comps, score=5.0)
    status = Status.OFF_TRACK if final else Status.AT_RISK
    return TargetAssessment(target, status, what, comps, score=-5.0 if final else 0.0)


def assess_target(
    target: Target,
    observations: Iterable[Observation],
    *,
    as_of: dt.date,
    method: Method = "time_share",
    jurisdiction: str | None = None,
    reference: str | None = None,
    catalog: IndicatorCatalog | None = None,
) -> TargetAssessment:
    """Assess one target against observations (单项目标进展评估).

    Observations count for the target when their ``target_id`` is the
    target's id, or (without a ``target_id``) their ``indicator_id`` is the
    target's ``indicator_id`` and their unit fits the target's kind and unit
    (:func:`observation_applies`). Those dated after ``as_of`` are ignored.

    Baseline (基期值): the latest observation dated at or before the period
    start (a 2020 annual value, dated 2020-12-31, is the baseline of a period
    starting 2021-01-01). Without a ``period_start`` the earliest observation
    is the baseline. Without a baseline the target can only be ``achieved``
    (the latest value meets it) or ``not_assessable``. Increments measured by
    flows (observations with a ``period_start``) have baseline 0.

    Args:
        target: the target.
        observations: observations of any targets and jurisdictions.
        as_of: the assessment date.
        method: ``time_share`` | ``cagr_ratio`` | ``projection_ratio`` | ``trend``.
        jurisdiction: the jurisdiction to assess, as written in the
            observations; required only when they cover several (besides a
            benchmark reference).
        reference: for ``benchmark`` targets, the jurisdiction whose value is
            the bar; by default the one whose name (or short name: 宁波 for
            宁波市) appears in the target's text.
        catalog: the indicator catalog for directions (default: the shipped one).

    Returns:
        The verdict with its components.

    Raises:
        UnitError: an observation in a unit that cannot convert to the target's
            (both named).
        ObservationError: conflicting duplicate observations, or observations
            of several jurisdictions without ``jurisdiction``.
        ValueError: an unknown method.
    """
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r} (expected one of {', '.join(METHODS)})")
    obs = [o for o in _relevant(target, observations) if o.date <= as_of]
    ind_dir = _indicator_direction(target, catalog)
    higher = _higher_is_better(target, ind_dir)
    comps = Components(
        method=method,
        kind=target.kind.value,
        comparator=target.comparator.value,
        direction="higher" if higher else "lower",
        unit=target.unit,
        period_start=target.period_start,
        deadline=target.deadline,
    )
    # jurisdictions: the home one and (for benchmarks) the reference
    names = {o.jurisdiction for o in obs}
    if target.kind is TargetKind.BENCHMARK and reference is None and jurisdiction is not None:
        reference = _reference_name(target, names - {jurisdiction})
    elif target.kind is TargetKind.BENCHMARK and reference is None:
        reference = _reference_name(target, names)
    home_names = names - {reference} if reference else names
    if jurisdiction is None:
        if len(home_names) > 1:
            raise ObservationError(
                f"observations of target {target.id!r} cover several jurisdictions "
                f"({', '.join(sorted(home_names))}): pass jurisdiction="
            )
        jurisdiction = next(iter(home_names), None)
    comps = attrs.evolve(comps, jurisdiction=jurisdiction, reference=reference)
    ref_obs = _dedupe([o for o in obs if o.jurisdiction == reference]) if reference else []
    obs = _dedupe([o for o in obs if o.jurisdiction == jurisdiction])

    if target.kind is TargetKind.QUALITATIVE:
        return _qualitative(target, obs, comps)
    if target.deadline is None:
        return TargetAssessment(target, Status.NOT_ASSESSABLE, "the target has no deadline", comps)
    if target.period_start is not None and as_of < target.period_start:
        return TargetAssessment(target, Status.NOT_DUE, "the period has not started", comps)
    if not obs:
        return TargetAssessment(target, Status.NO_DATA, "no observation at or before as_of", comps)
    return _assess_numeric(
        target, obs=obs, ref_obs=ref_obs, comps=comps, higher=higher, method=method
    )


def _assess_numeric(
    target: Target,
    *,
    obs: list[Observation],
    ref_obs: list[Observation],
    comps: Components,
    higher: bool,
    method: Method,
) -> TargetAssessment:
    assert target.deadline is not None
    kind = target.kind
    notes: list[str] = []
    # The unit values are compared in.
    rate_obs = False
    if kind in (TargetKind.LEVEL, TargetKind.CUMULATIVE, TargetKind.INCREMENT):
        assert target.unit is not None
        unit = target.unit
    elif (
        kind in (TargetKind.GROWTH_RATE, TargetKind.REDUCTION)
        and _is_ratio_unit(obs[0].unit)
        and not _percentage_points(target.unit)
    ):
        # the observations are realised rates (增长12.3%), compared with the target rate
        assert target.unit is not None
        unit, rate_obs = target.unit, True
    else:
        unit = obs[0].unit
    comps = attrs.evolve(comps, unit=unit)
    values = [(o, Fraction(o.value) * _factor(o.unit, unit, target)) for o in obs]
    share = unit.strip() == "%" and kind is not TargetKind.INCREMENT

    if rate_obs:
        return _assess_rates(target, values, comps, higher)

    start = target.period_start
    zero_base = False
    points: list[_Point]
    if kind is TargetKind.INCREMENT:
        flows = [(o, v) for o, v in values if o.period_start is not None]
        if flows and start is not None:
            picked = _pick_flows([o for o, _ in flows if o.period_start >= start])  # type: ignore[operator]
            by_id = {id(o): v for o, v in flows}
            running = Fraction(0)
            points = [(start - _DAY, Fraction(0))]
            for o in picked:
                running += by_id[id(o)]
                points.append((o.date, running))
            zero_base = True
        else:
            stocks = sorted(((o.date, v) for o, v in values if o.period_start is None))
            if flows:
                notes.append("flows without a period start on the target: used stocks only")
            before = [p for p in stocks if start is not None and p[0] < start]
            if before:
                # the stock's change since the baseline is what was added
                origin = before[-1][1]
                points = [(d, v - origin) for d, v in stocks if d >= before[-1][0]]
                zero_base = True
            else:
                points = stocks
    else:
        kept = [(o, v) for o, v in values if _annual_or_stock(o)]
        if len(kept) < len(values):
            notes.append(
                f"{len(values) - len(kept)} sub-annual flow(s) set aside: a level compares "
                "annual values or stocks"
            )
        points = sorted((o.date, v) for o, v in kept)
    if not points:
        return TargetAssessment(target, Status.NO_DATA, "no usable observation", comps)

    # baseline
    if zero_base:
        base_pt: _Point | None = points[0]
    elif start is None:
        base_pt = points[0]
        start = base_pt[0] + _DAY
        notes.append("no period start: the earliest observation is the baseline")
    else:
        before = [p for p in points if p[0] < start]
        base_pt = before[-1] if before else None
    latest_pt = points[-1]
    comps = attrs.evolve(comps, latest_value=latest_pt[1], latest_date=latest_pt[0])

    # the value required
    stretch: Fraction | None = None
    if kind is TargetKind.BENCHMARK:
        goal_opt = _benchmark_goal(target, obs, ref_obs, latest_pt, unit)
        if goal_opt is None:
            why = (
                "no benchmark reference jurisdiction among the observations"
                if comps.reference is None
                else f"no observation of {comps.reference} for {latest_pt[0]}"
            )
            return TargetAssessment(target, Status.NOT_ASSESSABLE, why, comps)
        goal = goal_opt
    elif kind in (TargetKind.GROWTH_RATE, TargetKind.REDUCTION, TargetKind.MULTIPLE):
        if base_pt is None:
            return TargetAssessment(
                target,
                Status.NOT_ASSESSABLE,
                f"no baseline (no observation at or before {start}) for a {kind.value} target",
                comps,
            )
        assert target.value is not None
        points_change = _percentage_points(target.unit)
        if base_pt[1] <= 0 and not points_change:
            # 增长 8% / 下降 15% / 翻番 of zero or of a negative value has no meaning:
            # the required value would be 0 (or have the wrong sign) and "achieved" a lie
            return TargetAssessment(
                target,
                Status.NOT_ASSESSABLE,
                f"a {kind.value} target needs a positive baseline "
                f"(got {float(base_pt[1]):g} {unit} at {base_pt[0]})",
                attrs.evolve(comps, base_value=base_pt[1], base_date=base_pt[0]),
            )
        if kind is TargetKind.MULTIPLE:
            goal = base_pt[1] * Fraction(target.value)
        elif points_change:
            # 下降/提高 2 个百分点: an absolute change of a share observed in %
            change = Fraction(target.value) * _factor("%", unit, target)
            goal = base_pt[1] - change if kind is TargetKind.REDUCTION else base_pt[1] + change
            notes.append("target in percentage points: an absolute change of the share")
        else:
            r = Fraction(target.value) * _factor(target.unit or "%", "%", target) / _HUNDRED
            if kind is TargetKind.REDUCTION:
                goal = base_pt[1] * (1 - r)
            else:
                years = years_between(base_pt[0], target.deadline)
                if years.denominator == 1:
                    goal = base_pt[1] * (1 + r) ** int(years)
                else:
                    goal = base_pt[1] * Fraction((1 + float(r)) ** float(years))
                    notes.append("target value derived with a float power (fractional years)")
    else:
        goal, stretch = _bar(target, higher)
        if target.per is Per.YEAR and kind is TargetKind.INCREMENT:
            first = min(start or target.deadline, target.deadline)
            n_years = len(yearly_deadlines(first, target.deadline))  # 每年: one due date a year
            goal, stretch = goal * n_years, (stretch * n_years if stretch is not None else None)
            notes.append(f"per-year target: {n_years} years × {target.value} for the period")
    if share and goal > 100:
        notes.append(f"derived target {float(goal):.4g} % capped at 100 %")
        goal = Fraction(100)
    comps = attrs.evolve(comps, target_value=goal, stretch_value=stretch)

    yearly = _yearly(target, points, zero_base, unit, higher) if target.per is Per.YEAR else ()

    if base_pt is None:
        comps = attrs.evolve(comps, notes=(*notes, "no baseline"))
        if _met(latest_pt[1], goal, higher, target.comparator):
            return TargetAssessment(
                target, Status.ACHIEVED, "the latest value meets the target", comps, score=5.0
            )
        return TargetAssessment(
            target,
            Status.NOT_ASSESSABLE,
            f"no baseline: no observation at or before the period start {start}",
            comps,
        )
    comps = attrs.evolve(comps, base_value=base_pt[1], base_date=base_pt[0])
    assert start is not None
    core = _Core(
        base=base_pt[1],
        latest=latest_pt[1],
        goal=goal,
        higher=higher,
        base_date=base_pt[0],
        latest_date=latest_pt[0],
        start=start,
        deadline=target.deadline,
        points=tuple(p for p in points if p[0] >= base_pt[0]),
        zero_base=zero_base,
        share=share,
    )
    comparator = (
        target.comparator
        if kind in _LEVEL_LIKE or kind is TargetKind.INCREMENT
        else (
            Comparator.GT if target.comparator in (Comparator.GT, Comparator.LT) else Comparator.GE
        )
    )
    if not higher and comparator is Comparator.GE:
        comparator = Comparator.LE
    out = _classify(core, method, comparator)
    if latest_pt[0] <= base_pt[0] and out.status is not Status.ACHIEVED:
        out.status, out.reason = Status.NO_DATA, "no observation after the baseline"
    comps = attrs.evolve(
        comps,
        years_elapsed=out.years_elapsed,
        years_total=out.years_total,
        actual_rate=out.actual_rate,
        required_rate_total=out.required_total,
        ratio=out.ratio,
        notes=tuple(notes),
    )
    return TargetAssessment(
        target,
        out.status,
        out.reason,
        comps,
        completion=out.completion,
        expected=out.expected,
        gap_points=out.gap_points,
        projected=out.projected,
        required_rate=out.required_rate,
        score=out.score,
        yearly=yearly,
    )


def _benchmark_goal(
    target: Target,
    obs: Sequence[Observation],
    ref_obs: Sequence[Observation],
    latest: _Point,
    unit: str,
) -> Fraction | None:
    home = next(o for o in obs if o.date == latest[0])
    for r in ref_obs:
        if r.date == home.date and r.period_start == home.period_start:
            return Fraction(r.value) * _factor(r.unit, unit, target)
    return None


def _assess_rates(
    target: Target,
    values: Sequence[tuple[Observation, Fraction]],
    comps: Components,
    higher: bool,
) -> TargetAssessment:
    """Growth or reduction targets observed as realised rates (增长12.3%, 下降4.1%)."""
    assert target.value is not None
    assert target.deadline is not None
    o, x = max(values, key=lambda ov: ov[0].date)
    goal = Fraction(target.value)
    comps = attrs.evolve(
        comps,
        latest_value=x,
        latest_date=o.date,
        target_value=goal,
        notes=("observations are realised rates, compared with the target rate directly",),
    )
    completion = x / goal if goal != 0 else None
    sign = 1 if higher else -1
    met = _met(x, goal, higher, target.comparator)
    final = o.date >= target.deadline
    if met:
        status = Status.ACHIEVED if final else Status.ON_TRACK
    elif final:
        status = Status.OFF_TRACK if x * sign >= 0 else Status.REGRESSING
    else:
        status = Status.AT_RISK if x * sign >= 0 else Status.REGRESSING
    score = clamp_score(5 * float(completion)) if completion is not None else None
    return TargetAssessment(
        target,
        status,
        f"realised rate {float(x):.4g} against {float(goal):.4g}",
        comps,
        completion=completion,
        score=score,
    )


def _yearly(
    target: Target, points: Sequence[_Point], zero_base: bool, unit: str, higher: bool
) -> tuple[YearResult, ...]:
    """Year-by-year results of a per-year target: the change within each calendar year."""
    if target.value is None or target.kind not in (TargetKind.INCREMENT, TargetKind.GROWTH_RATE):
        return ()
    by_year: dict[int, Fraction] = {}
    for d, v in points:
        if d.month == 12 and d.day == 31:
            by_year[d.year] = v
    out = []
    for year in sorted(by_year):
        if year - 1 not in by_year:
            continue
        prev, cur = by_year[year - 1], by_year[year]
        if target.kind is TargetKind.INCREMENT:
            added = cur - prev
            due = Fraction(target.value)
        else:
            if prev <= 0:
                continue
            added = (cur / prev - 1) * _HUNDRED
            due = Fraction(target.value) * conversion_factor(target.unit or "%", "%")
        if target.period_start is not None and year < target.period_start.year:
            continue
        out.append(YearResult(year, added, due, _met(added, due, higher, target.comparator)))
    return tuple(out)


def assess(
    targets: Iterable[Target],
    observations: Iterable[Observation],
    *,
    as_of: dt.date,
    method: Method = "time_share",
    catalog: IndicatorCatalog | None = None,
    jurisdiction: str | None = None,
    references: Mapping[str, str] | None = None,
) -> Assessment:
    """Assess every target against the observations (进展评估).

    Args:
        targets: the targets (e.g. ``document.targets``).
        observations: the observations (any order; several jurisdictions
            allowed when ``jurisdiction`` names the one to assess).
        as_of: the assessment date; later observations are ignored.
        method: ``time_share`` (序时进度), ``cagr_ratio`` (Open SDG),
            ``projection_ratio`` (UN SDG Progress Chart 2023) or ``trend``.
        catalog: indicator catalog for directions (default: the shipped one).
        jurisdiction: the jurisdiction to assess, as written in the observations.
        references: benchmark jurisdictions by target id (default: found in
            the target's text, see :func:`assess_target`).

    Returns:
        An :class:`Assessment` with one result per target, in order.
    """
    obs = list(observations)
    refs = references or {}
    results = tuple(
        assess_target(
            t,
            obs,
            as_of=as_of,
            method=method,
            jurisdiction=jurisdiction,
            reference=refs.get(t.id),
            catalog=catalog,
        )
        for t in targets
    )
    return Assessment(as_of=as_of, method=method, results=results)


def compare_methods(
    targets: Iterable[Target],
    observations: Iterable[Observation],
    *,
    as_of: dt.date,
    methods: Sequence[Method] = METHODS,
    catalog: IndicatorCatalog | None = None,
    jurisdiction: str | None = None,
    references: Mapping[str, str] | None = None,
) -> dict[str, Assessment]:
    """The same targets assessed by several methods, side by side (多方法对照).

    Returns:
        ``{method: Assessment}`` in the order of ``methods``.
    """
    ts, obs = list(targets), list(observations)
    return {
        m: assess(
            ts,
            obs,
            as_of=as_of,
            method=m,
            catalog=catalog,
            jurisdiction=jurisdiction,
            references=references,
        )
        for m in methods
    }
