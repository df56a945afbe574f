"""The model: construction, validation, and the invariants validators enforce."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import mfgpolicy
from mfgpolicy import (
    Comparator,
    Measure,
    Observation,
    PolicyDocument,
    Responsibility,
    ResponsibleUnit,
    Span,
    Target,
    TargetKind,
    ValidationError,
)
from mfgpolicy.model import five_year_plan, relative_deadline, year_end, yearly_deadlines
from strategies import documents, observations, targets


def _target(**overrides: object) -> Target:
    base: dict[str, object] = {
        "id": "t1",
        "indicator": "全市工业增加值",
        "kind": TargetKind.LEVEL,
        "comparator": Comparator.GE,
        "value": Decimal("2800"),
        "unit": "亿元",
        "span": Span(10, 30),
        "text": "全市工业增加值达到2800亿元以上",
        "deadline": dt.date(2023, 12, 31),
        "period_start": dt.date(2021, 1, 1),
    }
    base.update(overrides)
    return Target(**base)  # type: ignore[arg-type]


def test_every_model_class_is_exported_and_documented() -> None:
    from mfgpolicy import model

    for name in model.__all__:
        obj = getattr(model, name)
        assert getattr(mfgpolicy, name) is obj, name
        assert obj.__doc__, f"{name} has no docstring"


def test_model_classes_are_frozen_and_slotted() -> None:
    t = _target()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        t.value = Decimal(1)  # type: ignore[misc]
    assert not hasattr(t, "__dict__")


def test_target_quantity_is_canonical_and_exact() -> None:
    assert _target().quantity() == (Decimal("280000000000"), "CNY")
    t = _target(value=Decimal("25"), unit="万元/人", indicator="规上制造业全员劳动生产率")
    magnitude, unit = t.quantity()  # type: ignore[misc]
    assert magnitude == Decimal("250000")
    assert unit.startswith("CNY/")


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"value": 2800.0}, "value"),  # floats are never exact
        ({"value": None}, "value"),  # a level target needs a value
        ({"unit": "公斤元"}, "unit"),  # unknown unit
        ({"comparator": Comparator.BETWEEN}, "value_high"),  # a range needs its high end
        ({"comparator": Comparator.BETWEEN, "value_high": Decimal(1)}, "value_high"),  # low > high
        ({"value_high": Decimal(3000)}, "value_high"),  # value_high only for between
        ({"unit": "%", "value": Decimal(120)}, "value"),  # a share above 100 %
        ({"deadline": dt.date(2020, 12, 31)}, "deadline"),  # deadline before period start
        ({"kind": "level"}, "kind"),  # a str is not an enum member
        ({"id": ""}, "id"),
        ({"span": (1, 2)}, "span"),
    ],
)
def test_invalid_target_raises_validation_error_naming_field(
    overrides: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError, match=rf"Target\.{field}"):
        _target(**overrides)


def test_growth_rate_in_percent_may_exceed_100() -> None:
    t = _target(kind=TargetKind.GROWTH_RATE, unit="%", value=Decimal(150))
    assert t.value == 150


def test_qualitative_target_needs_no_value() -> None:
    t = _target(kind=TargetKind.QUALITATIVE, value=None, unit=None)
    assert t.quantity() is None


def test_span_rules() -> None:
    with pytest.raises(ValidationError, match=r"Span\.end"):
        Span(5, 4)
    with pytest.raises(ValidationError, match=r"Span\.start"):
        Span(-1, 4)
    assert Span(0, 5).overlaps(Span(4, 9))
    assert not Span(0, 5).overlaps(Span(5, 9))
    assert Span(0, 10).contains(Span(2, 3))
    assert Span(2, 4).quote("abcdef") == "cd"


def test_document_checks_references() -> None:
    t1 = _target()
    t2 = attrs.evolve(t1, id="t2", restates="t9")
    with pytest.raises(ValidationError, match="restates 't9'"):
        PolicyDocument(id="d", text_sha256="0" * 64, targets=(t1, t2))
    with pytest.raises(ValidationError, match="unique ids"):
        PolicyDocument(id="d", text_sha256="0" * 64, targets=(t1, t1))
    m = Measure(id="m1", path=("一",), title="x", span=Span(0, 1), target_ids=("t7",))
    with pytest.raises(ValidationError, match="unknown target"):
        PolicyDocument(id="d", text_sha256="0" * 64, targets=(t1,), measures=(m,))
    with pytest.raises(ValidationError, match="horizon_end"):
        PolicyDocument(
            id="d",
            text_sha256="0" * 64,
            horizon_start=dt.date(2023, 1, 1),
            horizon_end=dt.date(2021, 1, 1),
        )


def test_responsibility_lists_become_tuples() -> None:
    unit = ResponsibleUnit(as_written="市经信局", name="市经济和信息化局", id="economy")
    r = Responsibility(lead=[unit], leaders=["张三"])  # type: ignore[arg-type]
    assert r.lead == (unit,)
    assert r.lead_names() == ("市经济和信息化局",)
    with pytest.raises(ValidationError, match=r"Responsibility\.lead"):
        Responsibility(lead=("市经信局",))  # type: ignore[arg-type]


def test_observation_rules() -> None:
    ok = Observation(
        jurisdiction="绍兴市",
        date=dt.date(2022, 12, 31),
        value=Decimal(2500),
        unit="亿元",
        indicator_id="industrial_value_added",
    )
    assert ok.key[0] == "industrial_value_added"
    with pytest.raises(ValidationError, match="indicator_id"):
        Observation(
            jurisdiction="绍兴市", date=dt.date(2022, 12, 31), value=Decimal(1), unit="亿元"
        )
    with pytest.raises(ValidationError, match=r"Observation\.unit"):
        Observation(
            jurisdiction="绍兴市",
            date=dt.date(2022, 12, 31),
            value=Decimal(1),
            unit="斤斤",
            indicator_id="x",
        )
    with pytest.raises(ValidationError, match=r"Observation\.value"):
        Observation(
            jurisdiction="绍兴市",
            date=dt.date(2022, 12, 31),
            value=1.5,
            unit="亿元",  # type: ignore[arg-type]
            indicator_id="x",
        )


def test_deadlines_and_recurrences() -> None:
    assert year_end(2023) == dt.date(2023, 12, 31)
    assert relative_deadline(2021, 3) == dt.date(2023, 12, 31)
    assert yearly_deadlines(dt.date(2021, 1, 1), dt.date(2023, 12, 31)) == [
        dt.date(2021, 12, 31),
        dt.date(2022, 12, 31),
        dt.date(2023, 12, 31),
    ]
    with pytest.raises(ValidationError):
        year_end(99999)
    with pytest.raises(ValidationError):
        relative_deadline(2021, 0)


@given(st.integers(1990, 2100), st.integers(1, 20))
def test_relative_deadline_covers_exactly_n_years(first: int, n: int) -> None:
    d = relative_deadline(first, n)
    assert d == dt.date(first + n - 1, 12, 31)
    assert len(yearly_deadlines(dt.date(first, 1, 1), d)) == n


@given(targets())
def test_generated_targets_are_valid_and_hashable(t: Target) -> None:
    assert hash(t) == hash(attrs.evolve(t))
    if t.value_high is not None:
        assert t.value is not None
        assert t.value_high >= t.value


@given(documents())
def test_generated_documents_keep_references(doc: PolicyDocument) -> None:
    ids = {t.id for t in doc.targets}
    assert all(t.parent in ids for t in doc.targets if t.parent)


@given(observations())
def test_generated_observations_valid(o: Observation) -> None:
    assert o.indicator_id or o.target_id


@given(
    st.sampled_from(["value", "value_high"]),
    st.floats(allow_nan=True) | st.text(max_size=3) | st.integers(),
)
def test_non_exact_values_always_rejected(field: str, bad: object) -> None:
    kwargs: dict[str, object] = {"comparator": Comparator.BETWEEN, "value_high": Decimal(3000)}
    kwargs[field] = bad
    with pytest.raises(ValidationError):
        _target(**kwargs)


def test_fraction_values_are_kept() -> None:
    t = _target(value=Fraction(1, 3), unit="倍", kind=TargetKind.MULTIPLE)
    assert t.value == Fraction(1, 3)


def test_percent_above_100_only_for_indicators_that_allow_it() -> None:
    over = {"unit": "%", "value": Decimal("101.5"), "indicator": "工业产品销售率"}
    with pytest.raises(ValidationError, match="percent_bounded"):
        _target(**over)  # no indicator id: a share, bounded
    with pytest.raises(ValidationError, match=r"\[0, 100\]"):
        _target(**over, indicator_id="industrial_value_added_gdp_share")
    t = _target(**over, indicator_id="industrial_sales_output_ratio")
    assert t.value == Decimal("101.5")


@pytest.mark.parametrize(
    ("n", "years"),
    [
        (6, (1981, 1985)),
        (11, (2006, 2010)),
        (13, (2016, 2020)),
        (14, (2021, 2025)),
        (15, (2026, 2030)),
    ],
)
def test_five_year_plan_periods(n: int, years: tuple[int, int]) -> None:
    assert five_year_plan(n) == years


@given(st.integers(min_value=6, max_value=40))
def test_five_year_plans_abut(n: int) -> None:
    first, last = five_year_plan(n)
    assert last - first == 4
    assert five_year_plan(n + 1)[0] == last + 1


@pytest.mark.parametrize("n", [5, 0, -1, True])
def test_five_year_plan_before_the_sixth_is_refused(n: int) -> None:
    with pytest.raises(ValidationError):
        five_year_plan(n)
