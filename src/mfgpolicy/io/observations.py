"""Observations (统计数据) in and out: CSV and JSON.

Columns (CSV header, or JSON object keys):

========================  =====================================================
``target_id``             the target observed, or
``indicator``             the indicator's catalog id (``indicator_id`` also read)
``jurisdiction``          as written (绍兴市, 330600)
``date``                  a point or stock date: ``2022-12-31``; ``2022`` (→ year
                          end) and ``2022-06`` (→ month end) are accepted
``period``                a flow's period: ``2022``, ``2022-06``, ``2022Q2``,
                          ``2022H1`` (→ start and end); a full date is a point
``period_start``          explicit start of a flow (optional; what we write)
``value``                 exact decimal (``2,800`` and ``1/3`` accepted)
``unit``                  a unit the registry knows (亿元, 万元/人, %, 家 …)
``source``, ``note``      free text (optional)
========================  =====================================================

A bad row is reported with its line number (CSV) or item number (JSON) and
the rest still load; ``strict=True`` raises one :class:`ObservationError`
listing every problem instead. Two rows with the same key (subject,
jurisdiction, date, period start) and different values are a conflict: both are
left out and reported (never silently overwritten); exact repeats load once.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path
from typing import Final

import attrs

from mfgpolicy.errors import MfgPolicyError, ObservationError
from mfgpolicy.model._common import Number
from mfgpolicy.model.observation import Observation

__all__ = [
    "COLUMNS",
    "ObservationLoad",
    "dump_observations_csv",
    "load_observations",
    "loads_observations",
    "parse_period",
    "write_observations_csv",
]

#: The columns :func:`dump_observations_csv` writes, in order.
COLUMNS: Final = (
    "target_id",
    "indicator",
    "jurisdiction",
    "date",
    "period_start",
    "value",
    "unit",
    "source",
    "note",
)
_KNOWN: Final = frozenset({*COLUMNS, "indicator_id", "period"})

_YEAR = re.compile(r"(\d{4})年?")
_MONTH = re.compile(r"(\d{4})[-/.年](\d{1,2})月?")
_QUARTER = re.compile(r"(\d{4})\s*[-_ ]?\s*Q([1-4])", re.IGNORECASE)
_HALF = re.compile(r"(\d{4})\s*[-_ ]?\s*H([12])", re.IGNORECASE)
#: Values beyond 10^±this are rejected: no statistic is that large, and exact
#: arithmetic on them would exhaust memory.
_MAX_EXPONENT: Final = 100
_DAY = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_period(text: str) -> tuple[dt.date, dt.date | None]:
    """Read a period or date: ``(end date, start date or None)`` (时期解析).

    ``2022`` → (2022-12-31, 2022-01-01); ``2022-06`` → (2022-06-30, 2022-06-01);
    ``2022Q2`` → (2022-06-30, 2022-04-01); ``2022H1`` → (2022-06-30, 2022-01-01);
    ``2022-06-30`` → (2022-06-30, None), a point.

    Raises:
        ValueError: text that is none of these, or names a day or month that does not
            exist (``2022-13``, ``2022-02-30``); the message quotes the text.
    """
    try:
        return _parse_period(text)
    except ValueError as exc:
        if repr(text) in str(exc):
            raise
        raise ValueError(f"cannot read period {text!r}: {exc}") from None


def _parse_period(text: str) -> tuple[dt.date, dt.date | None]:
    s = text.strip()
    if m := _DAY.fullmatch(s):
        return dt.date(int(m[1]), int(m[2]), int(m[3])), None
    if m := _QUARTER.fullmatch(s):
        y, q = int(m[1]), int(m[2])
        return _month_end(y, 3 * q), dt.date(y, 3 * q - 2, 1)
    if m := _HALF.fullmatch(s):
        y, h = int(m[1]), int(m[2])
        return _month_end(y, 6 * h), dt.date(y, 6 * h - 5, 1)
    if m := _MONTH.fullmatch(s):
        y, mo = int(m[1]), int(m[2])
        return _month_end(y, mo), dt.date(y, mo, 1)
    if m := _YEAR.fullmatch(s):
        y = int(m[1])
        return dt.date(y, 12, 31), dt.date(y, 1, 1)
    raise ValueError(
        f"cannot read period {text!r} (expected 2022, 2022-06, 2022Q2, 2022H1 or 2022-06-30)"
    )


def _value(text: str) -> Number:
    s = text.strip().replace(",", "").replace("，", "")
    if "/" in s:
        num, _, den = s.partition("/")
        try:
            return Fraction(int(num), int(den))
        except (ValueError, ZeroDivisionError):
            raise ValueError(f"cannot read value {text!r}") from None
    try:
        value = Decimal(s)
    except InvalidOperation:
        raise ValueError(f"cannot read value {text!r} as a decimal number") from None
    if not value.is_finite():
        raise ValueError(f"value {text!r} is not finite")
    if value and abs(value.adjusted()) > _MAX_EXPONENT:
        # exact arithmetic on 1E+999999999 would build a billion-digit integer
        raise ValueError(f"value {text!r} is out of range (|exponent| > {_MAX_EXPONENT})")
    return value


@attrs.frozen
class ObservationLoad:
    """What a load produced: the good observations and every problem (加载结果).

    Attributes:
        observations: the observations that loaded, in file order.
        problems: one :class:`ObservationError` per bad row or conflict, with
            its ``line`` (CSV line number; JSON item number is in the message).
    """

    observations: tuple[Observation, ...]
    problems: tuple[ObservationError, ...] = ()

    @property
    def ok(self) -> bool:
        """True when nothing was reported."""
        return not self.problems


def _cell(row: Mapping[str, object], key: str) -> str:
    value = row.get(key)
    if value is None:
        return ""
    if isinstance(value, bool | list | dict):
        # JSON true / [..] / {..}: str() would turn them into plausible-looking text
        raise ValueError(
            f"{key} must be text or a number (got {value!r} that is a {type(value).__name__})"
        )
    return str(value).strip()


def _from_row(row: Mapping[str, object]) -> Observation:
    if "__empty__" in row:
        raise ValueError(f"empty: no header row (expected columns {', '.join(COLUMNS)})")
    if "__bad__" in row:
        raise ValueError(f"must be an object (got {row['__bad__']!r})")
    if "__extra__" in row:
        raise ValueError(f"more cells than header columns (extra: {row['__extra__']!r})")
    unknown = sorted(k for k in row if k and k not in _KNOWN)
    if unknown:
        raise ValueError(f"unknown column(s) {', '.join(unknown)}")
    target_id = _cell(row, "target_id") or None
    indicator = _cell(row, "indicator") or _cell(row, "indicator_id") or None
    if target_id is None and indicator is None:
        raise ValueError("needs target_id or indicator")
    jurisdiction = _cell(row, "jurisdiction")
    if not jurisdiction:
        raise ValueError("needs jurisdiction")
    period, date_text = _cell(row, "period"), _cell(row, "date")
    if not period and not date_text:
        raise ValueError("needs date or period")
    try:
        date, start = parse_period(period or date_text)
    except ValueError as exc:
        raise ValueError(f"{'period' if period else 'date'}: {exc}") from None
    if not period:
        start = None  # a date column is a point or a stock
    if explicit := _cell(row, "period_start"):
        try:
            start = dt.date.fromisoformat(explicit)
        except ValueError as exc:
            raise ValueError(
                f"period_start {explicit!r} is not a date like 2022-01-01 ({exc})"
            ) from None
    value_text = _cell(row, "value")
    if not value_text:
        raise ValueError("needs value")
    unit = _cell(row, "unit")
    if not unit:
        raise ValueError("needs unit")
    return Observation(
        jurisdiction=jurisdiction,
        date=date,
        value=_value(value_text),
        unit=unit,
        period_start=start,
        indicator_id=indicator,
        target_id=target_id,
        source=_cell(row, "source"),
        note=_cell(row, "note"),
    )


def _collect(
    rows: Iterable[tuple[int, str, Mapping[str, object]]], source: str, strict: bool
) -> ObservationLoad:
    good: list[tuple[int, str, Observation]] = []
    problems: list[ObservationError] = []
    for line, label, row in rows:
        try:
            good.append((line, label, _from_row(row)))
        except (ValueError, MfgPolicyError) as exc:
            problems.append(ObservationError(f"{label}{exc}", source=source, line=line or None))
    by_key: dict[tuple[object, ...], list[tuple[int, str, Observation]]] = {}
    for item in good:
        by_key.setdefault(item[2].key, []).append(item)
    dropped: set[int] = set()
    for key, items in by_key.items():
        first = items[0][2]
        distinct = {(o.value, o.unit) for _, _, o in items}
        if len(distinct) > 1:
            where = ", ".join(f"{lab or 'line '}{ln}: {o.value} {o.unit}" for ln, lab, o in items)
            problems.append(
                ObservationError(
                    f"conflicting observations for {key[0]!r}, {key[1]}, {key[2]} "
                    f"(period start {key[3]}): {where}; none kept",
                    source=source,
                    line=items[1][0] or None,
                )
            )
            dropped.update(id(o) for _, _, o in items)
        else:
            dropped.update(id(o) for _, _, o in items[1:] if o is not first)
    kept = tuple(o for _, _, o in good if id(o) not in dropped)
    problems.sort(key=lambda p: p.line or 0)
    if strict and problems:
        lines = "\n".join(f"  - {p}" for p in problems)
        raise ObservationError(
            f"{len(problems)} problem(s) in observations:\n{lines}", source=source
        )
    return ObservationLoad(kept, tuple(problems))


def _csv_rows(text: str) -> Iterable[tuple[int, str, Mapping[str, object]]]:
    text = text.lstrip("\ufeff")
    if not text.strip():
        yield 1, "", {"__empty__": ""}
        return
    reader = csv.DictReader(io.StringIO(text))
    for row in reader:
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        extra = row.pop(None, None)
        if extra:
            row["__extra__"] = ",".join(extra)
        yield reader.line_num, "", row


def _json_rows(text: str, source: str) -> Iterable[tuple[int, str, Mapping[str, object]]]:
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        raise ObservationError(
            f"malformed JSON: {exc.msg}", source=source, line=exc.lineno
        ) from None
    if isinstance(data, dict) and "observations" in data:
        data = data["observations"]
    if not isinstance(data, list):
        raise ObservationError("JSON must be a list of observation objects", source=source)
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            yield 0, f"item {number}: ", {"__bad__": item}
            continue
        yield 0, f"item {number}: ", {k: v for k, v in item.items() if v is not None}


def loads_observations(
    text: str, *, file_format: str = "csv", source: str = "<string>", strict: bool = False
) -> ObservationLoad:
    """Parse observations from CSV or JSON text.

    Args:
        text: the content.
        file_format: ``"csv"`` or ``"json"``.
        source: a name for messages (a file name).
        strict: raise instead of collecting problems.

    Returns:
        The observations and the problems.

    Raises:
        ObservationError: in strict mode, listing every problem; malformed JSON.
        ValueError: an unknown format.
    """
    if file_format == "csv":
        return _collect(_csv_rows(text), source, strict)
    if file_format == "json":
        return _collect(_json_rows(text, source), source, strict)
    raise ValueError(f"unknown observation format {file_format!r} (expected csv or json)")


def load_observations(
    path: str | Path, *, file_format: str | None = None, strict: bool = False
) -> ObservationLoad:
    """Load observations from a ``.csv`` or ``.json`` file (UTF-8).

    Args:
        path: the file.
        file_format: ``"csv"`` or ``"json"``; by default from the suffix.
        strict: raise instead of collecting problems.

    Raises:
        ObservationError: unreadable file; in strict mode, every problem.
    """
    p = Path(path)
    fmt = file_format or ("json" if p.suffix.lower() == ".json" else "csv")
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ObservationError(f"cannot read: {exc}", source=str(p)) from None
    return loads_observations(text, file_format=fmt, source=str(p), strict=strict)


def _number_text(value: Number) -> str:
    if isinstance(value, Fraction):
        return str(value) if value.denominator != 1 else str(value.numerator)
    return format(value, "f")


def dump_observations_csv(observations: Iterable[Observation]) -> str:
    """CSV text of observations with the :data:`COLUMNS` header (reads back identically)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for o in observations:
        writer.writerow(
            [
                o.target_id or "",
                o.indicator_id or "",
                o.jurisdiction,
                o.date.isoformat(),
                o.period_start.isoformat() if o.period_start else "",
                _number_text(o.value),
                o.unit,
                o.source,
                o.note,
            ]
        )
    return out.getvalue()


def write_observations_csv(observations: Iterable[Observation], path: str | Path) -> None:
    """Write observations to a UTF-8 CSV file (see :func:`dump_observations_csv`)."""
    Path(path).write_text(dump_observations_csv(observations), encoding="utf-8")
