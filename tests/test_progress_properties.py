"""Hypothesis properties of the progress methods."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import assume, example, given
from hypothesis import strategies as st

from mfgpolicy.model.enums import Comparator, TargetKind
from mfgpolicy.model.indicator import Aggregation, Direction, Indicator, IndicatorCatalog
from mfgpolicy.model.observation import Observation
from mfgpolicy.model.target import Span, Target
from mfgpolicy.progress import METHODS, Status, assess_target

START = dt.date(2021, 1, 1)
END = dt.date(2025, 12, 31)
YEARS = (2020, 2021, 2022, 2023)

#: Better statuses have higher numbers; statuses without a verdict are not ordered.
ORDER = {
    Status.REGRESSING: 0,
    Status.OFF_TRACK: 1,
    Status.AT_RISK: 2,
    Status.ON_TRACK: 3,
    Status.ACHIEVED: 4,
}

values = st.integers(min_value=1, max_value=100_000).map(lambda n: Decimal(n) / 10)
methods = st.sampled_from(METHODS)
as_of_dates = st.sampled_from([dt.date(2024, 1, 31), dt.date(2026, 6, 30)])


def _target(
    value: Decimal, unit: str, comparator: Comparator = Comparator.GE, **kw: object
) -> Target:
    args: dict[str, object] = {
        "id": "t",
        "indicator": "指标",
        "kind": TargetKind.LEVEL,
        "comparator": comparator,
        "value": value,
        "unit": unit,
        "span": Span(0, 1),
        "text": "",
        "deadline": END,
        "period_start": START,
    }
    args.update(kw)
    return Target(**args)  # type: ignore[arg-type]


def _obs(series: list[Decimal], unit: str) -> list[Observation]:
    return [
        Observation("甲市", dt.date(y, 12, 31), v, unit, target_id="t")
        for y, v in zip(YEARS, series, strict=False)
    ]


@given(st.lists(values, min_size=2, max_size=4), values, methods, as_of_dates)
def test_meeting_the_target_is_never_off_track(
    series: list[Decimal], goal: Decimal, method: str, as_of: dt.date
) -> None:
    latest = series[-1]
    assume(latest >= goal)
    r = assess_target(_target(goal, "亿元"), _obs(series, "亿元"), as_of=as_of, method=method)  # type: ignore[arg-type]
    assert r.status is not Status.OFF_TRACK
    assert r.status is Status.ACHIEVED


@given(st.lists(values, min_size=2, max_size=4), values, methods, as_of_dates)
# a trend whose recent changes cancel exactly: a float mean once left -6e-11 in 亿元 and
# 0 in 万元, so one run said regressing and the other off track
@example(
    [Decimal("13.2"), Decimal("0.1"), Decimal("9054.4"), Decimal("13.2")],
    Decimal("13.3"),
    "trend",
    dt.date(2024, 1, 31),
)
def test_unit_scaling_never_changes_the_status(
    series: list[Decimal], goal: Decimal, method: str, as_of: dt.date
) -> None:
    plain = assess_target(
        _target(goal, "亿元"),
        _obs(series, "亿元"),
        as_of=as_of,
        method=method,  # type: ignore[arg-type]
    )
    in_wan = [v * 10_000 for v in series]
    mixed = assess_target(
        _target(goal, "亿元"),
        _obs(in_wan, "万元"),
        as_of=as_of,
        method=method,  # type: ignore[arg-type]
    )
    scaled = assess_target(
        _target(goal * 10_000, "万元"),
        _obs(in_wan, "万元"),
        as_of=as_of,
        method=method,  # type: ignore[arg-type]
    )
    assert plain.status is mixed.status is scaled.status
    assert plain.completion == mixed.completion == scaled.completion


@given(
    st.lists(values, min_size=2, max_size=4),
    values,
    st.integers(min_value=1, max_value=50_000),
    methods,
    as_of_dates,
)
def test_raising_the_latest_value_never_worsens_the_status(
    series: list[Decimal], goal: Decimal, raise_by: int, method: str, as_of: dt.date
) -> None:
    t = _target(goal, "亿元")
    before = assess_target(t, _obs(series, "亿元"), as_of=as_of, method=method)  # type: ignore[arg-type]
    higher = [*series[:-1], series[-1] + Decimal(raise_by) / 10]
    after = assess_target(t, _obs(higher, "亿元"), as_of=as_of, method=method)  # type: ignore[arg-type]
    if before.status in ORDER and after.status in ORDER:
        assert ORDER[after.status] >= ORDER[before.status]
    if before.status in ORDER:
        assert after.status in ORDER or after.status is Status.NOT_ASSESSABLE


@given(
    st.lists(values, min_size=2, max_size=4),
    values,
    st.sampled_from(["time_share", "trend"]),
    as_of_dates,
)
def test_lower_is_better_mirrors_higher_is_better(
    series: list[Decimal], goal: Decimal, method: str, as_of: dt.date
) -> None:
    """x ↦ C − x with ge ↦ le gives the same verdict for the linear methods."""
    mirror = Decimal(20_000)
    up = assess_target(_target(goal, "亿元"), _obs(series, "亿元"), as_of=as_of, method=method)  # type: ignore[arg-type]
    down = assess_target(
        _target(mirror - goal, "亿元", Comparator.LE),
        _obs([mirror - v for v in series], "亿元"),
        as_of=as_of,
        method=method,  # type: ignore[arg-type]
    )
    assert up.status is down.status
    assert up.completion == down.completion
    assert down.components.direction == "lower"


def _catalog(direction: Direction) -> IndicatorCatalog:
    return IndicatorCatalog.from_indicators(
        [
            Indicator(
                id="energy_intensity",
                name="单位工业增加值能耗",
                aliases=(),
                name_en="energy intensity",
                unit="吨标准煤/万元",
                direction=direction,
                aggregation=Aggregation.NONE,
                scope=None,
                category="green",
            )
        ]
    )


@given(st.lists(values, min_size=2, max_size=4), values, methods, as_of_dates)
def test_indicator_direction_equals_the_comparator_direction(
    series: list[Decimal], goal: Decimal, method: str, as_of: dt.date
) -> None:
    """An eq target of a lower-is-better indicator is assessed exactly as le (every method)."""
    eq = _target(goal, "亿元", Comparator.EQ, indicator_id="energy_intensity")
    le = _target(goal, "亿元", Comparator.LE, indicator_id="energy_intensity")
    obs = _obs(series, "亿元")
    lower = assess_target(eq, obs, as_of=as_of, method=method, catalog=_catalog(Direction.LOWER))  # type: ignore[arg-type]
    as_le = assess_target(le, obs, as_of=as_of, method=method)  # type: ignore[arg-type]
    assert lower.status is as_le.status
    assert lower.components.direction == "lower"
    higher = assess_target(eq, obs, as_of=as_of, method=method, catalog=_catalog(Direction.HIGHER))  # type: ignore[arg-type]
    assert higher.components.direction == "higher"
