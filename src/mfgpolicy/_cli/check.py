"""``mfgpolicy check DOCS...``: consistency findings across plan documents (一致性检查)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from mfgpolicy._cli._common import load_plan
from mfgpolicy.errors import MfgPolicyError
from mfgpolicy.model import PolicyDocument, Severity

__all__ = ["register", "run"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2


def register(subparsers: Any) -> None:
    """Add the ``check`` sub-command to ``subparsers``."""
    p = subparsers.add_parser(
        "check",
        help="check plan documents for consistency",
        description=(
            "Check plan documents (texts, or JSON from 'mfgpolicy extract') for restatement "
            "conflicts, deadline anomalies, parts beyond wholes, cross-level escalation and "
            "more. Exit status: 0 no errors, 1 errors found, 2 bad input."
        ),
    )
    p.add_argument("docs", nargs="+", metavar="DOCS", help="document texts or extracted JSON")
    p.add_argument("--format", choices=("table", "json", "markdown"), default="table")
    p.add_argument(
        "--min-severity", choices=("info", "warning", "error"), default="info", dest="min_severity"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the check; print the findings; return the exit status."""
    from mfgpolicy.consistency import (
        check,
        findings_to_json,
        findings_to_markdown,
        findings_to_rich,
    )

    docs: list[PolicyDocument] = []
    for name in args.docs:
        path = Path(name)
        if not path.is_file():
            sys.stderr.write(f"mfgpolicy check: error: {name}: no such file\n")
            return EXIT_BAD_INPUT
        try:
            docs.append(load_plan(path))
        except (MfgPolicyError, OSError, ValueError) as exc:
            first = (str(exc).splitlines() or [type(exc).__name__])[0]
            sys.stderr.write(f"mfgpolicy check: error: {name}: {first}\n")
            return EXIT_BAD_INPUT
    findings = check(docs)
    floor = Severity(args.min_severity).rank
    shown = [f for f in findings if f.severity.rank >= floor]
    if args.format == "json":
        sys.stdout.write(findings_to_json(shown) + "\n")
    elif args.format == "markdown":
        sys.stdout.write(findings_to_markdown(shown))
    else:
        from rich.console import Console

        Console().print(findings_to_rich(shown))
    has_errors = any(f.severity is Severity.ERROR for f in findings)
    return EXIT_FINDINGS if has_errors else EXIT_OK
