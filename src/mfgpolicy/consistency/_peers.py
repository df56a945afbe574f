"""Peer comparison (横向对比): one indicator's targets in several plans, in one unit.

Annualisation rule (年化规则): a value stated per person or per mu without "年"
(万元/人) and one stated with it (万元/人·年) are the same statistic when the
statistic is annual — 全员劳动生产率 is a year's value added per employee,
亩均税收 a year's tax per mu — so 万元/人 is read as 万元/人·年 (and the reverse).
The row says so in its ``note``. A cumulative target (累计) is never annualised
this way. Increments over a period (新增 N 家, 2021–2023) get a per-year figure
(N / years) beside the value; per-year targets (每年) are already per year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from fractions import Fraction

import attrs

from mfgpolicy.consistency._common import comparable_factor, differ_by_year, period, years_in
from mfgpolicy.errors import ValidationError
from mfgpolicy.model import IndicatorCatalog, Per, PolicyDocument, Target, TargetKind

__all__ = ["PeerRow", "PeerTable", "peer_table"]


@attrs.frozen
class PeerRow:
    """One target of one document in a peer table.

    Attributes:
        document: the document id.
        jurisdiction: the jurisdiction's name, if known.
        target: the target id.
        indicator: the phrase as written.
        kind: the target kind.
        comparator: the comparator.
        value: the value as written, exact.
        value_high: the upper end of a range, or ``None``.
        unit: the unit as written.
        deadline: the deadline.
        normalised: the value in the table's unit, or ``None`` when it does not convert.
        normalised_high: the upper end in the table's unit, or ``None``.
        per_year: for an increment over several years, the value per year in the
            table's unit; ``None`` otherwise.
        note: how the value was normalised (or why it was not).
    """

    document: str
    jurisdiction: str | None
    target: str
    indicator: str
    indicator_id: str | None
    kind: str
    comparator: str
    value: Fraction | None
    value_high: Fraction | None
    unit: str | None
    deadline: dt.date | None
    normalised: Fraction | None
    normalised_high: Fraction | None
    per_year: Fraction | None
    note: str


@attrs.frozen
class PeerTable:
    """One indicator's targets across documents, side by side (同类指标横向对比表).

    Attributes:
        indicator_id: the catalog id compared (the first, when several are).
        unit: the unit every ``normalised`` value is in.
        rows: one row per target (first mentions only), in document order.
        indicator_ids: every catalog id compared; several when indicators that differ
            only in scope are set side by side (规上工业 vs 规上制造业), each row naming its own.
    """

    indicator_id: str
    unit: str | None
    rows: tuple[PeerRow, ...]
    indicator_ids: tuple[str, ...] = ()


def _linked_id(t: Target, catalog: IndicatorCatalog) -> str | None:
    if t.indicator_id is not None:
        return t.indicator_id
    ind = catalog.link(t.indicator)
    return ind.id if ind is not None else None


def peer_table(
    documents: Iterable[PolicyDocument],
    indicator_id: str | Sequence[str],
    *,
    unit: str | None = None,
    catalog: IndicatorCatalog | None = None,
) -> PeerTable:
    """Every document's targets for ``indicator_id``, normalised to one unit (横向对比).

    Args:
        documents: the documents.
        indicator_id: a catalog id (``labour_productivity``), or several ids to set
            side by side indicators that differ only in scope; a target matches when
            its ``indicator_id`` is one of them, or (when it has none) its phrase
            links to one.
        unit: the unit of the table; default the catalog entry's unit, else the first
            target's.
        catalog: the indicator catalog (default :meth:`IndicatorCatalog.default`).

    Returns:
        The table. Values convert exactly; see the module docstring for annualisation.
    """
    cat = catalog if catalog is not None else IndicatorCatalog.default()
    ids = (indicator_id,) if isinstance(indicator_id, str) else tuple(indicator_id)
    if not ids:
        raise ValidationError("peer_table needs at least one indicator id")
    entry = cat.get(ids[0])
    found = [
        (d, t, linked)
        for d in documents
        for t in d.targets
        if t.restates is None and (linked := _linked_id(t, cat)) in ids
    ]
    table_unit = unit or (entry.unit if entry is not None else None)
    if table_unit is None:
        table_unit = next((t.unit for _, t, _ in found if t.unit is not None), None)
    rows = tuple(_row(d, t, table_unit, linked) for d, t, linked in found)
    return PeerTable(indicator_id=ids[0], unit=table_unit, rows=rows, indicator_ids=ids)


def _row(doc: PolicyDocument, t: Target, unit: str | None, linked: str | None) -> PeerRow:
    value = Fraction(t.value) if t.value is not None else None
    high = Fraction(t.value_high) if t.value_high is not None else None
    norm = norm_high = per_year = None
    note = ""
    if value is None or t.unit is None or unit is None:
        note = "no numeric value"
    else:
        factor = comparable_factor(t.unit, unit)
        if factor is not None:
            note = "converted exactly" if t.unit != unit else "as written"
        elif differ_by_year(t.unit, unit) and t.kind is not TargetKind.CUMULATIVE:
            factor = _annual_factor(t.unit, unit)
            note = f"annual statistic: {t.unit} read as {unit}" if factor is not None else ""
        if factor is None:
            note = note or f"{t.unit} does not convert to {unit}"
        else:
            norm = value * factor
            norm_high = high * factor if high is not None else None
            if t.kind is TargetKind.INCREMENT and t.per is not Per.YEAR:
                span = period(doc, t)
                if span is not None:
                    years = years_in(*span)
                    per_year = norm / years
                    note += f"; per year over {years} years"
            elif t.per is Per.YEAR:
                per_year = norm
    return PeerRow(
        document=doc.id,
        jurisdiction=doc.jurisdiction.name if doc.jurisdiction is not None else None,
        target=t.id,
        indicator=t.indicator,
        indicator_id=linked,
        kind=t.kind.value,
        comparator=t.comparator.value,
        value=value,
        value_high=high,
        unit=t.unit,
        deadline=t.deadline,
        normalised=norm,
        normalised_high=norm_high,
        per_year=per_year,
        note=note,
    )


def _annual_factor(src: str, dst: str) -> Fraction | None:
    """Factor from ``src`` to ``dst`` reading the missing 年 as one year."""
    for candidate in (f"({src})/年", f"({src})*年"):
        f = comparable_factor(candidate, dst)
        if f is not None:
            return f
    return None
