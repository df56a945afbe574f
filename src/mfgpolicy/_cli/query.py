"""``mfgpolicy targets``: query the targets in the portfolio store (目标查询)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

__all__ = ["register", "run"]

_COLUMNS = (
    "document_id",
    "jurisdiction_name",
    "target_id",
    "indicator",
    "comparator",
    "value",
    "value_high",
    "unit",
    "deadline",
    "lead",
)
_STATUSES = (
    "achieved",
    "on_track",
    "at_risk",
    "off_track",
    "regressing",
    "no_data",
    "not_assessable",
    "not_due",
)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def register(subparsers: Any) -> None:
    """Add the ``targets`` sub-command to ``subparsers``."""
    p = subparsers.add_parser(
        "targets",
        help="list stored targets by jurisdiction, indicator, lead, deadline or status",
        description=(
            "List the targets of the latest version of every stored document, filtered. "
            "--status assesses each target against the stored observations."
        ),
    )
    p.add_argument(
        "--db",
        metavar="PATH",
        default=None,
        help="store file (default $MFGPOLICY_DB or ./mfgpolicy.db)",
    )
    p.add_argument("--jurisdiction", help="code, full or short name (330600, 绍兴市, 绍兴)")
    p.add_argument("--indicator", help="indicator id, or text the indicator contains")
    p.add_argument("--lead", help="lead department: name, as written, or catalog id")
    p.add_argument("--deadline-from", type=_date, dest="deadline_from", metavar="DATE")
    p.add_argument("--deadline-to", type=_date, dest="deadline_to", metavar="DATE")
    p.add_argument("--status", action="append", choices=_STATUSES, help="repeatable")
    p.add_argument("--as-of", type=_date, dest="as_of", metavar="DATE", help="assessment date")
    p.add_argument("--all-versions", action="store_true", dest="all_versions")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the query; print the rows; return 0."""
    from mfgpolicy.io.export import to_csv, to_records
    from mfgpolicy.io.store import Store

    with Store.open(args.db) as store:
        rows = store.targets(
            jurisdiction=args.jurisdiction,
            indicator=args.indicator,
            lead=args.lead,
            deadline_from=args.deadline_from,
            deadline_to=args.deadline_to,
            status=args.status,
            as_of=args.as_of,
            all_versions=args.all_versions,
        )
    if args.format == "csv":
        to_csv(rows, sys.stdout)
    elif args.format == "json":
        sys.stdout.write(json.dumps(to_records(rows), ensure_ascii=False, indent=2) + "\n")
    else:
        _table(rows, assessed=bool(args.status or args.as_of))
    return 0


def _table(rows: list[Any], *, assessed: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    from mfgpolicy.io.export import to_records

    columns = [*_COLUMNS, "status"] if assessed else list(_COLUMNS)
    table = Table(title=f"{len(rows)} targets")
    for c in columns:
        table.add_column(c)
    for rec in to_records(rows, columns=columns):
        table.add_row(*("" if rec[c] is None else str(rec[c]) for c in columns))
    Console().print(table)
