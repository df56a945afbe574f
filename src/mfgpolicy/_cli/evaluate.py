"""``mfgpolicy evaluate-extraction PRED_OR_TEXT... --gold DIR``: score extraction (抽取评测).

Each argument is a plan text (extracted on the fly) or the JSON written by
``mfgpolicy extract --format json``; its gold file is ``DIR/<stem>.json``
where ``<stem>`` is the source document's file stem. Prints one row per
document (precision, recall, F1; kind, comparator, deadline-year and lead-unit
accuracy among matches) and the overall row.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mfgpolicy._cli._common import load_plan
from mfgpolicy.errors import DocumentError
from mfgpolicy.model import PolicyDocument

__all__ = ["register", "run"]

EXIT_OK = 0


def register(subparsers: Any) -> None:
    """Add the ``evaluate-extraction`` sub-command to ``subparsers``."""
    p = subparsers.add_parser(
        "evaluate-extraction",
        help="score extracted targets against gold annotations",
        description=(
            "Score the targets extracted from plan texts (or extracted JSON) against gold "
            "annotations: precision and recall of targets, and among matches the accuracy "
            "of kind, comparator, deadline year and lead units."
        ),
    )
    p.add_argument("inputs", nargs="+", metavar="PRED_OR_TEXT", help="plan texts or extracted JSON")
    p.add_argument(
        "--gold", required=True, type=Path, metavar="DIR", help="folder of gold JSON files"
    )
    p.add_argument(
        "--details", action="store_true", help="also list missed, spurious and wrong targets"
    )
    p.set_defaults(func=run)


def _gold_for(path: Path, doc: PolicyDocument, gold_dir: Path) -> Path:
    stems = []
    if doc.source:
        stems.append(Path(doc.source).stem)
    stems.append(path.stem)
    for stem in stems:
        candidate = gold_dir / f"{stem}.json"
        if candidate.is_file():
            return candidate
    raise DocumentError(str(gold_dir / f"{stems[0]}.json"), "no gold file for this document")


def run(args: argparse.Namespace) -> int:
    """Score every input and print the table."""
    from mfgpolicy.extract import evaluate, render_table

    gold_dir: Path = args.gold
    if not gold_dir.is_dir():
        raise DocumentError(str(gold_dir), "the gold folder does not exist")
    scores = []
    for raw in args.inputs:
        path = Path(raw)
        doc = load_plan(path)
        scores.append(evaluate(doc, _gold_for(path, doc, gold_dir)))
    print(render_table(scores))
    if args.details:
        for s in scores:
            groups = (("missed", s.missed), ("spurious", s.spurious), ("wrong", s.wrong))
            for label, items in groups:
                for item in items:
                    print(f"{s.document}\t{label}\t{item}")
    return EXIT_OK
