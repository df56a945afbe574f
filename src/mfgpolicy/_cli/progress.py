"""``mfgpolicy progress PLAN OBSERVATIONS --as-of DATE``: assess a plan's targets.

PLAN is the JSON that ``mfgpolicy extract`` prints, or a document's text (then
the extractor runs first). Observation problems are printed to stderr and the
rest are used; ``--strict`` makes them an error.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import sys
from pathlib import Path
from typing import Any

from mfgpolicy._cli._common import load_plan

__all__ = ["register", "run"]

EXIT_OK = 0
EXIT_ERROR = 2


def register(subparsers: Any) -> None:
    """Add the ``progress`` sub-command to ``subparsers``."""
    from mfgpolicy.progress._methods import METHODS

    parser = subparsers.add_parser(
        "progress",
        help="assess a plan's targets against observations (目标进展评估)",
        description="Assess every target of a plan against observed statistics.",
    )
    parser.add_argument("plan", metavar="PLAN", help="extract JSON or the document's text")
    parser.add_argument("observations", metavar="OBSERVATIONS", help="observations .csv or .json")
    parser.add_argument(
        "--as-of", required=True, type=dt.date.fromisoformat, help="assessment date (YYYY-MM-DD)"
    )
    parser.add_argument("--method", choices=METHODS, default="time_share")
    parser.add_argument("--format", choices=("table", "json", "csv"), default="table")
    parser.add_argument("--jurisdiction", help="jurisdiction to assess, as in the observations")
    parser.add_argument("--strict", action="store_true", help="bad observation rows are an error")
    parser.set_defaults(func=run)


def _table(rows: list[dict[str, Any]]) -> str:
    cols = ("target_id", "status", "completion", "expected", "gap_points", "required_rate")
    heads = ("target", "status", "完成率", "序时进度", "差(百分点)", "需年均增速")
    cells = [list(heads)]
    for r in rows:
        line = []
        for c in cols:
            v = r[c]
            if v is None or v == "":
                line.append("—")
            elif c in ("completion", "expected"):
                line.append(f"{float(v):.1%}")
            elif c == "gap_points":
                line.append(f"{float(v):+.1f}")
            elif c == "required_rate":
                line.append(f"{float(v):.2%}")
            else:
                line.append(str(v))
        cells.append(line)
    widths = [max(len(row[i]) for row in cells) for i in range(len(cols))]
    text = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in cells]
    indicators = [f"{r['target_id']}: {r['indicator']} — {r['reason']}" for r in rows]
    return "\n".join(text) + "\n\n" + "\n".join(indicators) + "\n"


def run(args: argparse.Namespace) -> int:
    """Run the sub-command; returns the exit status."""
    from mfgpolicy.io.observations import load_observations
    from mfgpolicy.progress._assess import assess
    from mfgpolicy.progress._records import FLAT_COLUMNS, flat_record, records

    document = load_plan(Path(args.plan))
    loaded = load_observations(args.observations, strict=args.strict)
    for problem in loaded.problems:
        sys.stderr.write(f"mfgpolicy progress: warning: {problem}\n")
    result = assess(
        document.targets,
        loaded.observations,
        as_of=args.as_of,
        method=args.method,
        jurisdiction=args.jurisdiction,
    )
    if args.format == "json":
        sys.stdout.write(json.dumps(records(result), ensure_ascii=False, indent=2) + "\n")
    elif args.format == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=FLAT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for r in result.results:
            writer.writerow(flat_record(r))
        sys.stdout.write(out.getvalue())
    else:
        sys.stdout.write(_table(records(result)))
    return EXIT_OK
