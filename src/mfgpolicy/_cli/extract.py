"""``mfgpolicy extract FILE... [--format json|table]``: read plans into checkable data.

JSON output for one file is exactly one document envelope
(``{"schema", "document", "targets", "measures", "warnings"}``, see
docs and TARGETS.md); for several files it is JSON Lines, one envelope per
line, in the order the files were given. Any unreadable file (missing, empty,
in an unknown encoding) is reported as one line on stderr and the exit status
is 2; the other files are still processed.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from mfgpolicy.errors import MfgPolicyError

if TYPE_CHECKING:
    from mfgpolicy.model.document import PolicyDocument

__all__ = ["register", "run"]

EXIT_OK = 0
EXIT_ERROR = 2

_EPILOG = """\
output:
  --format json (default) prints, for one FILE, one JSON object: the document
  envelope {"schema", "document", "targets", "measures", "warnings"}. For
  several FILEs it prints JSON Lines: one compact envelope per line, in the
  order given.
  --format table prints, per document, its metadata, a table of its targets
  (id, indicator, kind, comparator, value, unit, deadline, lead), its warnings,
  and the encoding the file was read in.

exit status:
  0 all files extracted; 2 a file could not be read (missing, a directory,
  empty, or in neither UTF-8 nor GB18030), reported as
  "mfgpolicy extract: error: <path>: <problem>" on stderr.
"""


def register(subparsers: Any) -> None:
    """Add the ``extract`` sub-command to ``subparsers`` (抽取)."""
    parser = subparsers.add_parser(
        "extract",
        help="extract metadata, targets and measures from plan documents (目标抽取)",
        description="Extract metadata, targets and measures from policy plan documents.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="plan text file(s)")
    parser.add_argument(
        "--format",
        choices=("json", "table"),
        default="json",
        help="json (one object; JSON Lines for several files) or table",
    )
    parser.set_defaults(func=run, command="extract")


def _extract(path: str) -> tuple[PolicyDocument, str]:
    """Read and extract one file; the encoding is added as a warning unless UTF-8."""
    import attrs

    from mfgpolicy.extract import extract_document  # type: ignore[attr-defined,unused-ignore]
    from mfgpolicy.extract.reading import read_document
    from mfgpolicy.model.document import DocumentWarning
    from mfgpolicy.model.enums import Severity

    text, encoding = read_document(path)
    doc: PolicyDocument = extract_document(text, source=path)
    if encoding not in ("utf-8", "utf-8-sig") and not any(
        w.code == "encoding" for w in doc.warnings
    ):
        note = DocumentWarning(
            code="encoding",
            message=f"the file is not UTF-8; it was read as {encoding}",
            severity=Severity.INFO,
        )
        doc = attrs.evolve(doc, warnings=(*doc.warnings, note))
    return doc, encoding


def _table(doc: PolicyDocument, encoding: str) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(soft_wrap=True)
    j = doc.jurisdiction
    meta = Table(show_header=False, box=None, title=doc.source or doc.id)
    rows = [
        ("title", doc.title),
        ("type", doc.doc_type.value),
        ("doc number", doc.doc_number),
        ("index number", doc.index_number),
        ("issuer", doc.issuer),
        ("jurisdiction", f"{j.name} ({j.code})" if j and j.code else (j.name if j else None)),
        ("also", "、".join(o.name for o in doc.other_jurisdictions) or None),
        ("issued", doc.issued),
        ("published", doc.published),
        ("effective", doc.effective),
        ("horizon", f"{doc.horizon_start} – {doc.horizon_end}"),
        ("script", doc.script.value),
        ("encoding", encoding),
    ]
    for key, value in rows:
        meta.add_row(key, "—" if value is None else str(value))
    console.print(meta)
    targets = Table(title=f"{len(doc.targets)} targets")
    for col in ("id", "indicator", "kind", "comparator", "value", "unit", "deadline", "lead"):
        targets.add_column(col)
    for t in doc.targets:
        value = "—" if t.value is None else str(t.value)
        if t.value_high is not None:
            value = f"{value}–{t.value_high}"
        targets.add_row(
            t.id,
            t.indicator,
            t.kind.value,
            t.comparator.value,
            value,
            t.unit or "",
            str(t.deadline or ""),
            "、".join(t.responsibility.lead_names()),
        )
    console.print(targets)
    for w in doc.warnings:
        console.print(f"[yellow]warning[/yellow] {w.code}: {w.message}", markup=True)


def run(args: argparse.Namespace) -> int:
    """Extract every file named in ``args.files`` and print it; returns the exit status."""
    from mfgpolicy.io import dumps

    status = EXIT_OK
    several = len(args.files) > 1
    for path in args.files:
        try:
            doc, encoding = _extract(path)
        except MfgPolicyError as exc:
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            if not message.startswith(str(path)):
                message = f"{path}: {message}"
            sys.stderr.write(f"mfgpolicy extract: error: {message}\n")
            status = EXIT_ERROR
            continue
        if args.format == "table":
            _table(doc, encoding)
        elif several:
            sys.stdout.write(dumps(doc, indent=None) + "\n")
        else:
            sys.stdout.write(dumps(doc) + "\n")
    return status
