"""``mfgpolicy peers INDICATOR DOCS...``: one indicator across documents (同类指标横向对比)."""

from __future__ import annotations

import argparse
import json
import sys
from fractions import Fraction
from pathlib import Path
from typing import Any

from mfgpolicy._cli._common import load_plan
from mfgpolicy.consistency._finding import fmt_number
from mfgpolicy.text import markdown_cell

__all__ = ["register", "run"]

_COLUMNS = ("jurisdiction", "indicator", "indicator_id", "comparator", "value", "unit",
            "deadline", "normalised", "per_year", "note")  # fmt: skip


def register(subparsers: Any) -> None:
    """Add the ``peers`` sub-command to ``subparsers``."""
    p = subparsers.add_parser(
        "peers",
        help="one indicator's targets across documents, in one unit",
        description=(
            "Set every document's targets for an indicator side by side, normalised to one "
            "unit (万元/人·年 read as 万元/人 where the statistic is annual; increments also per "
            "year). INDICATOR is a catalog id, or several joined by commas to compare "
            "indicators that differ only in scope."
        ),
    )
    p.add_argument("indicator", metavar="INDICATOR", help="catalog id(s), comma-separated")
    p.add_argument("docs", nargs="+", metavar="DOCS", help="document texts or extracted JSON")
    p.add_argument("--unit", help="the unit of the table (default: the catalog's)")
    p.add_argument("--format", choices=("table", "json", "markdown"), default="table")
    p.set_defaults(func=run)


def _fmt(value: Fraction | None) -> str:
    return "" if value is None else fmt_number(value)


def run(args: argparse.Namespace) -> int:
    """Build the peer table and print it; returns the exit status."""
    from mfgpolicy.consistency import peer_table

    docs = [load_plan(Path(name)) for name in args.docs]
    ids = [i.strip() for i in args.indicator.split(",") if i.strip()]
    table = peer_table(docs, ids, unit=args.unit)
    rows = [
        {
            "jurisdiction": r.jurisdiction or "",
            "indicator": r.indicator,
            "indicator_id": r.indicator_id or "",
            "comparator": r.comparator,
            "value": _fmt(r.value) + (f"–{_fmt(r.value_high)}" if r.value_high is not None else ""),
            "unit": r.unit or "",
            "deadline": r.deadline.isoformat() if r.deadline else "",
            "normalised": _fmt(r.normalised),
            "per_year": _fmt(r.per_year),
            "note": r.note,
        }
        for r in table.rows
    ]
    if args.format == "json":
        out = {"indicators": list(table.indicator_ids), "unit": table.unit, "rows": rows}
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "markdown":
        head = f"### {', '.join(table.indicator_ids)} ({table.unit or ''})\n\n"
        lines = ["| " + " | ".join(_COLUMNS) + " |", "|" + "---|" * len(_COLUMNS)]
        lines += ["| " + " | ".join(markdown_cell(r[c]) for c in _COLUMNS) + " |" for r in rows]
        sys.stdout.write(head + "\n".join(lines) + "\n")
    else:
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        t = Table(title=f"{', '.join(table.indicator_ids)} (unit: {table.unit or '—'})")
        for c in ("jurisdiction", "indicator", "target", "deadline", table.unit or "value"):
            t.add_column(c)
        t.add_column("per year")
        t.add_column("note", overflow="fold")
        for r in rows:
            written = f"{r['comparator']} {r['value']} {r['unit']}".strip()
            t.add_row(*(Text(x) for x in (r["jurisdiction"], r["indicator"], written,
                                            r["deadline"], r["normalised"], r["per_year"],
                                            r["note"])))  # fmt: skip
        Console().print(t)
    return 0
