"""Plain records (dicts of strings and numbers) of results, for JSON, CSV and tables.

Exact values become decimal strings (exact when they terminate, else rounded
half-even to 10 places); floats are rounded once to
:data:`~mfgpolicy.progress._methods.FLOAT_DIGITS` places.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any, Final

import attrs

from mfgpolicy.progress._assess import Assessment, Components, TargetAssessment
from mfgpolicy.progress._methods import fraction_to_decimal, round_float

__all__ = ["FLAT_COLUMNS", "flat_record", "record", "records"]

#: Columns of :func:`flat_record` (CSV output), in order.
FLAT_COLUMNS: Final = (
    "target_id",
    "indicator",
    "status",
    "completion",
    "expected",
    "gap_points",
    "projected",
    "required_rate",
    "score",
    "method",
    "base_value",
    "base_date",
    "latest_value",
    "latest_date",
    "target_value",
    "unit",
    "direction",
    "reason",
)


def _plain(value: object) -> Any:
    if isinstance(value, Fraction):
        return str(fraction_to_decimal(value))
    if isinstance(value, float):
        return round_float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def _components(c: Components) -> dict[str, Any]:
    return {a.name: _plain(getattr(c, a.name)) for a in attrs.fields(Components)}


def record(r: TargetAssessment) -> dict[str, Any]:
    """The JSON-ready record of one result (the ``--format json`` item)."""
    return {
        "target_id": r.target.id,
        "indicator": r.target.indicator,
        "indicator_id": r.target.indicator_id,
        "status": r.status.value,
        "reason": r.reason,
        "completion": _plain(r.completion),
        "expected": _plain(r.expected),
        "gap_points": _plain(r.gap_points),
        "projected": _plain(r.projected),
        "required_rate": _plain(r.required_rate),
        "score": _plain(r.score),
        "method": r.components.method,
        "components": _components(r.components),
        "yearly": [
            {"year": y.year, "value": _plain(y.value), "target": _plain(y.target), "met": y.met}
            for y in r.yearly
        ],
    }


def records(assessment: Assessment) -> list[dict[str, Any]]:
    """The records of every result, in order."""
    return [record(r) for r in assessment.results]


def flat_record(r: TargetAssessment) -> dict[str, Any]:
    """One flat row (:data:`FLAT_COLUMNS`) for CSV output."""
    rec = record(r)
    comps = rec["components"]
    flat = {k: rec.get(k, comps.get(k)) for k in FLAT_COLUMNS}
    return {k: "" if v is None else v for k, v in flat.items()}
