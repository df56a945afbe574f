"""Targets (目标), their spans and their responsibility (责任分工).

A :class:`Target` is a commitment in a plan to a checkable outcome of one
indicator, by a deadline or per period (see TARGETS.md for the contract).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from mfgpolicy.model._common import (
    Number,
    date_or_none,
    exact_number,
    fail,
    known_unit,
    nonempty_str,
    str_tuple,
    to_tuple,
    typed,
)
from mfgpolicy.model.enums import (
    Commitment,
    Comparator,
    DeadlineBasis,
    Per,
    TargetKind,
)

__all__ = ["Responsibility", "ResponsibleUnit", "Span", "Target"]

# Kinds whose value is not a number of their own.
_VALUELESS = frozenset({TargetKind.QUALITATIVE, TargetKind.BENCHMARK})
# Kinds whose percentage value is a share of a whole, so it lies within [0, 100].
_SHARE_KINDS = frozenset({TargetKind.LEVEL, TargetKind.CUMULATIVE})


@attrs.frozen
class Span:
    """A half-open ``[start, end)`` range of character offsets into the original text (原文位置)."""

    start: int = attrs.field(validator=typed(int))
    end: int = attrs.field(validator=typed(int))

    def __attrs_post_init__(self) -> None:
        if self.start < 0:
            raise fail(self, "start", f"must be ≥ 0 (got {self.start})")
        if self.end < self.start:
            raise fail(self, "end", f"must be ≥ start (got {self.end} < {self.start})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies within this span."""
        return self.start <= other.start and other.end <= self.end

    def quote(self, text: str) -> str:
        """The characters of ``text`` this span covers."""
        return text[self.start : self.end]


@attrs.frozen
class ResponsibleUnit:
    """A unit named in a responsibility list (责任单位), as written and normalised.

    Attributes:
        as_written: the name exactly as the document writes it (simplified script).
        name: the normalised display name (市经信局 → 市经济和信息化局), or
            ``as_written`` when the alias catalog does not know it.
        id: the department catalog id, or ``None`` when unresolved.
    """

    as_written: str = attrs.field(validator=nonempty_str)
    name: str = attrs.field(validator=nonempty_str)
    id: str | None = attrs.field(default=None, validator=typed(str, optional=True))

    @property
    def resolved(self) -> bool:
        """Whether the alias catalog knows this unit."""
        return self.id is not None


def _units(value: object) -> object:
    return tuple(value) if isinstance(value, list) else value


def _unit_tuple(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(v, ResponsibleUnit) for v in value):
        raise fail(inst, attribute.name, f"must be a tuple of ResponsibleUnit (got {value!r})")


@attrs.frozen
class Responsibility:
    """Who carries a measure or target (责任分工).

    Attributes:
        lead: lead units (牵头单位; the first of 责任单位 where 列第一位的为牵头单位).
        support: supporting units (配合单位).
        leaders: named leading officials (牵头领导), as written.
        accountable: governments or bodies accountable for delivery (责任主体,
            实施单位: 各区、县(市)人民政府, 各镇街), as written.
    """

    lead: tuple[ResponsibleUnit, ...] = attrs.field(
        default=(), converter=_units, validator=_unit_tuple
    )
    support: tuple[ResponsibleUnit, ...] = attrs.field(
        default=(), converter=_units, validator=_unit_tuple
    )
    leaders: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=str_tuple())
    accountable: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=str_tuple()
    )

    @property
    def is_empty(self) -> bool:
        """True when nobody is named at all."""
        return not (self.lead or self.support or self.leaders or self.accountable)

    def lead_names(self) -> tuple[str, ...]:
        """Normalised names of the lead units."""
        return tuple(u.name for u in self.lead)


@attrs.frozen
class Target:
    """One target of a plan (目标): an indicator, a comparison, a value, a deadline.

    Construct it with keyword arguments; every field of TARGETS.md is here.
    ``value`` and ``value_high`` are exact (Decimal, or Fraction for 三分之一)
    and in ``unit`` as written (2800 with 亿元); :meth:`quantity` gives the
    value in the library's canonical unit. ``unit`` is ``None`` for a value
    written without any unit (a share written as a fraction: 不低于三分之一);
    its canonical unit is ``"1"``.
    """

    id: str = attrs.field(validator=nonempty_str)
    indicator: str = attrs.field(validator=nonempty_str)
    kind: TargetKind = attrs.field(validator=typed(TargetKind))
    comparator: Comparator = attrs.field(validator=typed(Comparator))
    value: Number | None = attrs.field(validator=exact_number(optional=True))
    unit: str | None = attrs.field(validator=known_unit(optional=True))
    span: Span = attrs.field(validator=typed(Span))
    text: str = attrs.field(validator=typed(str))
    value_high: Number | None = attrs.field(default=None, validator=exact_number(optional=True))
    per: Per | None = attrs.field(default=None, validator=typed(Per, optional=True))
    deadline: dt.date | None = attrs.field(default=None, validator=date_or_none)
    deadline_basis: DeadlineBasis = attrs.field(
        default=DeadlineBasis.STATED, validator=typed(DeadlineBasis)
    )
    period_start: dt.date | None = attrs.field(default=None, validator=date_or_none)
    commitment: Commitment = attrs.field(default=Commitment.PLAIN, validator=typed(Commitment))
    indicator_id: str | None = attrs.field(default=None, validator=typed(str, optional=True))
    parent: str | None = attrs.field(default=None, validator=typed(str, optional=True))
    restates: str | None = attrs.field(default=None, validator=typed(str, optional=True))
    measure: str | None = attrs.field(default=None, validator=typed(str, optional=True))
    responsibility: Responsibility = attrs.field(
        factory=Responsibility, validator=typed(Responsibility)
    )

    def __attrs_post_init__(self) -> None:
        valueless = self.kind in _VALUELESS
        if self.value is None and not valueless:
            raise fail(self, "value", f"is required for kind {self.kind.value!r}")
        if self.comparator is Comparator.BETWEEN:
            if self.value is None or self.value_high is None:
                raise fail(self, "value_high", "is required for comparator 'between'")
            if self.value_high < self.value:
                raise fail(
                    self, "value_high", f"must be ≥ value (got {self.value_high} < {self.value})"
                )
        elif self.value_high is not None:
            raise fail(
                self,
                "value_high",
                f"is only allowed with comparator 'between' (got {self.comparator.value!r})",
            )
        if self.unit == "%" and self.kind in _SHARE_KINDS and self.value is not None:
            top = self.value_high if self.value_high is not None else self.value
            if (self.value < 0 or top > 100) and _percent_bounded(self.indicator_id):
                raise fail(
                    self,
                    "value",
                    f"is a share in % and must lie in [0, 100] (got {top}); an indicator "
                    "whose catalog entry says percent_bounded = false may exceed it",
                )
        if (
            self.deadline is not None
            and self.period_start is not None
            and self.deadline <= self.period_start
        ):
            raise fail(
                self,
                "deadline",
                f"must lie after period_start (got {self.deadline} ≤ {self.period_start})",
            )

    @property
    def is_range(self) -> bool:
        """True for a range target (2-3家)."""
        return self.value_high is not None

    def quantity(self) -> tuple[Number, str] | None:
        """The value in the canonical unit of its dimension: ``(magnitude, unit)``.

        ``2800 亿元`` gives ``(Decimal('280000000000'), 'CNY')``. ``None`` for
        targets without a value.
        """
        return _canonical(self.value, self.unit)

    def quantity_high(self) -> tuple[Number, str] | None:
        """The upper end of a range in the canonical unit, else ``None``."""
        return _canonical(self.value_high, self.unit)


def _percent_bounded(indicator_id: str | None) -> bool:
    """Whether a level in % of this indicator is a share within [0, 100] (the default)."""
    if indicator_id is None:
        return True
    from mfgpolicy.model.indicator import IndicatorCatalog

    entry = IndicatorCatalog.default().get(indicator_id)
    return entry is None or entry.percent_bounded


def _canonical(value: Number | None, unit: str | None) -> tuple[Number, str] | None:
    if value is None:
        return None
    if unit is None:  # a pure number: a share written as a fraction (三分之一, 一半)
        return value, "1"
    from mfgpolicy.units import canonical_unit, convert, parse_unit, ureg

    target_unit = canonical_unit(unit)
    magnitude = convert(ureg.Quantity(value, parse_unit(unit)), target_unit).magnitude
    if not isinstance(magnitude, Decimal | Fraction):  # pragma: no cover - convert is exact
        raise TypeError(f"inexact conversion of {value} {unit}")
    return magnitude, target_unit
