"""Helpers building synthetic documents for the consistency tests, and a gold-file loader.

The gold loader (``gold_document``) turns a gold annotation file (tests/data/gold) into
a PolicyDocument so that the consistency checks can run on the seeds before the
extractor lands. The jurisdiction, issue date and horizon of each seed are the facts
of examples/documents/README.md, hard-coded HERE (test helper only, never in rules).
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from mfgpolicy.errors import UnitError
from mfgpolicy.model import (
    Comparator,
    DeadlineBasis,
    Gazetteer,
    Measure,
    Per,
    PolicyDocument,
    Responsibility,
    ResponsibleUnit,
    Span,
    Target,
    TargetKind,
)
from mfgpolicy.units import parse_unit

GOLD = Path(__file__).resolve().parent / "data" / "gold"

_counter = iter(range(10**9))


def tgt(
    indicator: str,
    value: str | None,
    unit: str | None,
    *,
    id: str | None = None,  # noqa: A002
    kind: TargetKind = TargetKind.INCREMENT,
    comparator: Comparator = Comparator.GE,
    high: str | None = None,
    year: int = 2023,
    per: Per | None = None,
    restates: str | None = None,
    parent: str | None = None,
    indicator_id: str | None = None,
    period_start: dt.date | None = None,
    lead: tuple[str, ...] = (),
) -> Target:
    """A synthetic target; ``high`` makes it a range (comparator between)."""
    n = next(_counter)
    return Target(
        id=id or f"t{n}",
        indicator=indicator,
        kind=kind,
        comparator=Comparator.BETWEEN if high is not None else comparator,
        value=_num(value),
        value_high=_num(high),
        unit=unit,
        span=Span(n, n + 1),
        text=f"{indicator}{value or ''}{unit or ''}",
        per=per,
        deadline=dt.date(year, 12, 31),
        period_start=period_start,
        restates=restates,
        parent=parent,
        indicator_id=indicator_id,
        responsibility=Responsibility(
            lead=tuple(ResponsibleUnit(as_written=x, name=x, id=None) for x in lead)
        ),
    )


def _num(text: str | None) -> Decimal | Fraction | None:
    if text is None:
        return None
    return Fraction(text) if "/" in text else Decimal(text)


def doc(
    *targets: Target,
    id: str = "d1",  # noqa: A002
    code: str | None = "330600",
    issued: dt.date | None = dt.date(2021, 3, 1),
    start: int = 2021,
    end: int = 2023,
    measures: tuple[Measure, ...] = (),
) -> PolicyDocument:
    """A synthetic document of the jurisdiction ``code`` (default 绍兴市)."""
    j = Gazetteer.default().get(code) if code is not None else None
    return PolicyDocument(
        id=id,
        text_sha256="0" * 64,
        jurisdiction=j,
        issued=issued,
        horizon_start=dt.date(start, 1, 1),
        horizon_end=dt.date(end, 12, 31),
        targets=targets,
        measures=measures,
    )


# --- gold files ------------------------------------------------------------------------------

#: Facts of examples/documents/README.md: code, issued, horizon (start, end years).
SEED_FACTS: dict[str, tuple[str, dt.date | None, int, int]] = {
    "000_d5fc791e7d16acfa": ("330600", dt.date(2021, 9, 14), 2021, 2023),
    "001_806e68aa9b0976bc": ("330281", dt.date(2020, 10, 26), 2020, 2022),
    "002_02c9ae12c867dcdd": ("330700", None, 2021, 2023),
    "003_a8837981a284b011": ("341300", dt.date(2023, 2, 8), 2023, 2023),
    "004_edc70f5a27395571": ("330602", dt.date(2022, 12, 31), 2022, 2026),
}

# Units the gold annotations write that the unit registry does not read (yet).
_UNIT_FIXES = {"大": "个", "家(个)": "家"}


def _unit(unit: str | None, value: str | None) -> str | None:
    if unit is None:
        return "1" if value is not None else None
    try:
        parse_unit(unit)
    except UnitError:
        return _UNIT_FIXES.get(unit)
    return unit


def _gold_target(raw: dict[str, Any]) -> Target:
    def units(names: list[Any]) -> tuple[ResponsibleUnit, ...]:
        return tuple(ResponsibleUnit(as_written=str(x), name=str(x), id=None) for x in names)

    kind = TargetKind(raw["kind"])
    value = raw["value"] if kind not in (TargetKind.QUALITATIVE, TargetKind.BENCHMARK) else None
    return Target(
        id=raw["id"],
        indicator=raw["indicator"],
        kind=kind,
        comparator=Comparator(raw["comparator"]),
        value=_num(value),
        value_high=_num(raw["value_high"]),
        unit=_unit(raw["unit"], value),
        span=Span(*raw["span"]),
        text=raw["text"],
        per=Per(raw["per"]) if raw["per"] else None,
        deadline=dt.date.fromisoformat(raw["deadline"]) if raw["deadline"] else None,
        deadline_basis=DeadlineBasis(raw["deadline_basis"]),
        parent=raw["parent"],
        restates=raw["restates"],
        responsibility=Responsibility(lead=units(raw["lead"]), support=units(raw["support"])),
    )


def gold_document(stem: str) -> PolicyDocument:
    """The gold annotation of seed ``stem`` as a PolicyDocument (metadata from the README)."""
    data = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    code, issued, start, end = SEED_FACTS[stem]
    return PolicyDocument(
        id=stem,
        text_sha256="0" * 64,
        jurisdiction=Gazetteer.default().get(code),
        issued=issued,
        horizon_start=dt.date(start, 1, 1),
        horizon_end=dt.date(end, 12, 31),
        targets=tuple(_gold_target(t) for t in data["targets"]),
    )
