"""Tables out of store queries: CSV always; pandas and Parquet when installed (导出).

Any list of rows from :class:`~mfgpolicy.io.store.Store` (``TargetRow``,
``DocumentRow``, :class:`~mfgpolicy.model.Observation`, or any attrs instances
or mappings) exports with one column per field, in field order:

- exact numbers stay exact: written as their decimal or ``p/q`` strings;
- dates as ISO ``YYYY-MM-DD``; enums by value; ``None`` as an empty cell;
- lists of names (lead departments) joined with 、.

:func:`to_dataframe` needs pandas (``pip install 'mfgpolicy[pandas]'``) and
:func:`to_parquet` needs pandas and pyarrow (``pip install 'mfgpolicy[parquet]'``);
without them they raise :class:`~mfgpolicy.errors.MfgPolicyError` saying so.
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, TextIO

import attrs

from mfgpolicy.errors import MfgPolicyError, StoreError
from mfgpolicy.io._converter import format_number

__all__ = ["to_csv", "to_dataframe", "to_parquet", "to_records"]

_LIST_SEP = "、"


def _columns(row: object) -> list[str]:
    if attrs.has(type(row)):
        fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(type(row))  # type: ignore[arg-type]
        return [f.name for f in fields if f.metadata.get("export", True)]
    if isinstance(row, Mapping):
        return [str(k) for k in row]
    raise TypeError(f"cannot export a {type(row).__name__}: rows must be attrs instances or dicts")


def _get(row: object, column: str) -> Any:
    if isinstance(row, Mapping):
        return row.get(column)
    return getattr(row, column)


def _plain(value: Any, *, dates: bool) -> Any:
    """A CSV/JSON-ready value; ``dates=False`` keeps ``datetime.date`` objects."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Decimal | Fraction):
        return format_number(value)
    if isinstance(value, dt.date):
        return value.isoformat() if dates else value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | list):
        return _LIST_SEP.join(str(_plain(v, dates=True)) for v in value)
    if isinstance(value, float):
        return value
    if attrs.has(type(value)):
        from mfgpolicy.io import unstructure

        return json.dumps(unstructure(value), ensure_ascii=False)
    return str(value)


def to_records(
    rows: Iterable[object], *, columns: Sequence[str] | None = None
) -> list[dict[str, Any]]:
    """Rows as plain dicts (strings, ints, ``None``), ready for JSON.

    Args:
        rows: the rows of a query.
        columns: the columns to keep, in order (default: every field of the first row).
    """
    out: list[dict[str, Any]] = []
    cols = list(columns) if columns is not None else None
    for row in rows:
        if cols is None:
            cols = _columns(row)
        out.append({c: _plain(_get(row, c), dates=True) for c in cols})
    return out


def to_csv(
    rows: Iterable[object],
    path_or_file: str | os.PathLike[str] | TextIO,
    *,
    columns: Sequence[str] | None = None,
    encoding: str = "utf-8",
) -> int:
    """Write rows as CSV with a header line; return the number of rows written.

    Args:
        rows: the rows of a query (see the module docstring).
        path_or_file: a file path, or an open text file (opened with ``newline=""``).
        columns: the columns to write, in order (default: every field of the
            first row). With no rows and no ``columns`` only an empty file is written.
        encoding: for a path; ``"utf-8-sig"`` makes Excel read Chinese correctly.

    Raises:
        StoreError: the file cannot be written (its path named).
    """
    if isinstance(path_or_file, str | os.PathLike):
        path = Path(path_or_file)
        try:
            with path.open("w", encoding=encoding, newline="") as fh:
                return _write_csv(rows, fh, columns)
        except OSError as exc:
            raise StoreError(f"{path}: cannot write CSV ({exc.strerror or exc})") from exc
    return _write_csv(rows, path_or_file, columns)


def _write_csv(rows: Iterable[object], fh: TextIO, columns: Sequence[str] | None) -> int:
    writer = csv.writer(fh, lineterminator="\n")
    cols = list(columns) if columns is not None else None
    if cols is not None:
        writer.writerow(cols)
    n = 0
    for row in rows:
        if cols is None:
            cols = _columns(row)
            writer.writerow(cols)
        values = (_plain(_get(row, c), dates=True) for c in cols)
        writer.writerow(["" if v is None else v for v in values])
        n += 1
    return n


def to_dataframe(rows: Iterable[object], *, columns: Sequence[str] | None = None) -> Any:
    """Rows as a pandas DataFrame (dates as ``datetime.date``, exact numbers as strings).

    Raises:
        MfgPolicyError: pandas is not installed (install ``mfgpolicy[pandas]``).
    """
    try:
        import pandas as pd  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        raise MfgPolicyError(
            "to_dataframe needs pandas, which is not installed: "
            "pip install 'mfgpolicy[pandas]' (or pip install pandas)"
        ) from None
    cols = list(columns) if columns is not None else None
    records: list[dict[str, Any]] = []
    for row in rows:
        if cols is None:
            cols = _columns(row)
        records.append({c: _plain(_get(row, c), dates=False) for c in cols})
    return pd.DataFrame.from_records(records, columns=cols)


def to_parquet(
    rows: Iterable[object],
    path: str | os.PathLike[str],
    *,
    columns: Sequence[str] | None = None,
) -> int:
    """Write rows to a Parquet file; return the number of rows written.

    Raises:
        MfgPolicyError: pandas or pyarrow is not installed (install ``mfgpolicy[parquet]``).
        StoreError: the file cannot be written.
    """
    try:
        import pyarrow  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401
    except ImportError:
        raise MfgPolicyError(
            "to_parquet needs pyarrow and pandas, which are not installed: "
            "pip install 'mfgpolicy[parquet]' (or pip install pandas pyarrow)"
        ) from None
    frame = to_dataframe(rows, columns=columns)
    try:
        frame.to_parquet(Path(path), engine="pyarrow", index=False)
    except OSError as exc:
        raise StoreError(f"{path}: cannot write Parquet ({exc})") from exc
    return len(frame)
