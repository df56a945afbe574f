"""``mfgpolicy report --out report.html``: the HTML report (or Markdown bulletin) of a store.

Reads the documents and observations of a portfolio store, assesses every
document for its jurisdiction, checks consistency and writes one
self-contained file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

__all__ = ["register", "run"]

EXIT_OK = 0
EXIT_ERROR = 2


def register(subparsers: Any) -> None:
    """Add the ``report`` sub-command to ``subparsers``."""
    from mfgpolicy.progress import METHODS

    parser = subparsers.add_parser(
        "report",
        help="write the progress and consistency report of a store (进展评估报告)",
        description="Write one self-contained HTML report (or a Markdown bulletin) of a store.",
    )
    parser.add_argument("--db", type=Path, default=None, help="store file (default ./mfgpolicy.db)")
    parser.add_argument(
        "--as-of", type=dt.date.fromisoformat, default=None, help="assessment date (default today)"
    )
    parser.add_argument(
        "--jurisdiction",
        nargs="+",
        metavar="NAME_OR_CODE",
        help="only documents of these jurisdictions (name or GB/T 2260 code)",
    )
    parser.add_argument("--method", choices=METHODS, default="time_share")
    parser.add_argument("--out", type=Path, required=True, help="output file")
    parser.add_argument("--format", choices=("html", "md"), default="html")
    parser.add_argument("--title", default=None, help="report title")
    parser.set_defaults(func=run)


def _matches(doc: Any, wanted: list[str]) -> bool:
    for j in doc.jurisdictions:
        names = {j.name, j.code, j.short_name, *j.aliases}
        if names & set(wanted):
            return True
    return False


def run(args: argparse.Namespace) -> int:
    """Run the sub-command; returns the exit status."""
    from mfgpolicy.consistency import check
    from mfgpolicy.errors import StoreError
    from mfgpolicy.io.store import Store, default_path
    from mfgpolicy.report import render_html, render_markdown
    from mfgpolicy.report._portfolio import assess_portfolio

    db = args.db if args.db is not None else default_path()
    if not Path(db).exists():
        raise StoreError(f"{db}: no such store (run `mfgpolicy demo` or add documents first)")
    as_of = args.as_of or dt.datetime.now(dt.UTC).date()
    with Store.open(db) as store:
        documents = [store.document(row.id) for row in store.documents()]
        observations = store.observations()
    if args.jurisdiction:
        documents = [d for d in documents if _matches(d, args.jurisdiction)]
        if not documents:
            sys.stderr.write(
                f"mfgpolicy report: warning: no document of {', '.join(args.jurisdiction)}\n"
            )
    assessments = assess_portfolio(documents, observations, as_of=as_of, method=args.method)
    findings = check(documents)
    if args.format == "md":
        text = render_markdown(
            assessments,
            findings,
            documents,
            as_of=as_of,
            title=args.title or "制造业政策目标进展通报",
        )
    else:
        text = render_html(
            assessments,
            findings,
            documents,
            as_of=as_of,
            title=args.title or "制造业政策目标进展评估报告",
            observations=observations,
        )
    args.out.write_text(text, encoding="utf-8")
    sys.stdout.write(f"{args.out}\n")
    return EXIT_OK
