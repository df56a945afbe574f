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
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        metavar="PATH",
        help="store file (default $MFGPOLICY_DB or ./mfgpolicy.db)",
    )
    parser.add_argument(
        "--as-of", type=dt.date.fromisoformat, default=None, help="assessment date (default today)"
    )
    parser.add_argument(
        "--jurisdiction",
        nargs="+",
        metavar="NAME_OR_CODE",
        help=(
            "only documents of these jurisdictions: full name, short name or GB/T 2260 "
            "code (绍兴市, 绍兴, 330600), resolved through the gazetteer"
        ),
    )
    parser.add_argument("--method", choices=METHODS, default="time_share")
    parser.add_argument("--out", type=Path, required=True, help="output file")
    parser.add_argument("--format", choices=("html", "md"), default="html")
    parser.add_argument("--title", default=None, help="report title")
    parser.set_defaults(func=run)


def _wanted_codes(wanted: list[str]) -> tuple[set[str], set[str]]:
    """The codes and the raw names the ``--jurisdiction`` values stand for.

    Each value is resolved through the gazetteer (code, full name, short name,
    alias, either script); a name the gazetteer does not know is kept as written
    and matched against the documents' own names (development zones and the like).

    Raises:
        ValidationError: a name is ambiguous (several jurisdictions share it).
    """
    from mfgpolicy.errors import ValidationError
    from mfgpolicy.model.jurisdiction import Gazetteer

    gazetteer = Gazetteer.default()
    codes: set[str] = set()
    names: set[str] = set()
    for w in wanted:
        found = gazetteer.resolve(w)
        if found is not None and found.code is not None:
            codes.add(found.code)
            continue
        candidates = gazetteer.resolve_all(w)
        if len(candidates) > 1:
            listed = ", ".join(f"{c.name} {c.code}" for c in candidates[:8])
            raise ValidationError(
                f"--jurisdiction {w!r} is ambiguous: it may be {listed}; give the code "
                "or the name qualified by its parent (绍兴市越城区)"
            )
        names.add(w.strip())
    return codes, names


def _matches(doc: Any, codes: set[str], names: set[str]) -> bool:
    for j in doc.jurisdictions:
        if j.code in codes or names & {j.name, j.code, j.short_name, *j.aliases}:
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
        codes, names = _wanted_codes(args.jurisdiction)
        stored = sorted({j.name for d in documents for j in d.jurisdictions})
        documents = [d for d in documents if _matches(d, codes, names)]
        if not documents:
            raise StoreError(
                f"{db}: no document of {', '.join(args.jurisdiction)} "
                f"(the store has documents of {', '.join(stored) or 'no jurisdiction'})"
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
