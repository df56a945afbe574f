"""Observations (统计数据): the statistics against which targets are assessed."""

from __future__ import annotations

import datetime as dt

import attrs

from mfgpolicy.model._common import (
    Number,
    date_or_none,
    exact_number,
    fail,
    known_unit,
    nonempty_str,
    typed,
)

__all__ = ["Observation"]


@attrs.frozen
class Observation:
    """One observed value of an indicator for a jurisdiction and period (观测值).

    Either ``indicator_id`` or ``target_id`` names what was observed (an
    observation of a target stands for that target's indicator).

    Attributes:
        jurisdiction: the jurisdiction's name or GB/T 2260 code, as given.
        date: the date the value refers to: the end of the period for a flow
            (2022-12-31 for the year 2022), the reference date for a stock.
        value: the exact value, in ``unit``.
        unit: a unit the registry knows (亿元, 万元/人, %, 家 …).
        period_start: the start of the period for a flow (2022-01-01), or
            ``None`` for a stock or a point value.
        indicator_id: the catalog id of the indicator.
        target_id: the target this value is an observation of.
        source: where the value comes from (统计公报 2022, a bureau's report).
        note: free text.
    """

    jurisdiction: str = attrs.field(validator=nonempty_str)
    date: dt.date = attrs.field(validator=date_or_none)
    value: Number = attrs.field(validator=exact_number())
    unit: str = attrs.field(validator=known_unit(optional=False))
    period_start: dt.date | None = attrs.field(default=None, validator=date_or_none)
    indicator_id: str | None = attrs.field(default=None, validator=typed(str, optional=True))
    target_id: str | None = attrs.field(default=None, validator=typed(str, optional=True))
    source: str = attrs.field(default="", validator=typed(str))
    note: str = attrs.field(default="", validator=typed(str))

    def __attrs_post_init__(self) -> None:
        if self.date is None:  # date_or_none admits None; an observation needs a date
            raise fail(self, "date", "is required")
        if self.indicator_id is None and self.target_id is None:
            raise fail(self, "indicator_id", "or target_id is required")
        if self.period_start is not None and self.period_start > self.date:
            raise fail(
                self,
                "period_start",
                f"must not be after date (got {self.period_start} > {self.date})",
            )

    @property
    def key(self) -> tuple[str, str, dt.date, dt.date | None]:
        """What identifies an observation: (subject, jurisdiction, date, period start)."""
        subject = self.target_id if self.target_id is not None else str(self.indicator_id)
        return subject, self.jurisdiction, self.date, self.period_start
