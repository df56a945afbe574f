"""``mfgpolicy add DIR_OR_FILES...``: extract plan documents into the portfolio store (入库)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

__all__ = ["register", "run"]

EXIT_OK = 0
EXIT_FAILED = 1


def register(subparsers: Any) -> None:
    """Add the ``add`` sub-command to ``subparsers``."""
    p = subparsers.add_parser(
        "add",
        help="extract plan documents into the store",
        description=(
            "Extract plan documents (files, or directories searched for .txt files) into the "
            "portfolio store. Texts already stored are skipped; a changed text of a stored "
            "document becomes its next version. Exit status: 0 all added or skipped, "
            "1 some files failed, 2 the store cannot be used."
        ),
    )
    p.add_argument("paths", nargs="+", metavar="DIR_OR_FILES", help="files or directories")
    p.add_argument(
        "--jobs", "-j", type=int, default=1, metavar="N", help="worker processes (default 1)"
    )
    p.add_argument(
        "--db",
        metavar="PATH",
        default=None,
        help="store file (default $MFGPOLICY_DB or ./mfgpolicy.db)",
    )
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Add the files; print the summary; return 1 if any file failed."""
    from mfgpolicy.batch import add_paths
    from mfgpolicy.io.store import Store

    if args.jobs < 1:
        sys.stderr.write(f"mfgpolicy add: error: --jobs must be at least 1 (got {args.jobs})\n")
        return 2
    with Store.open(args.db) as store:
        report = add_paths(args.paths, store=store, jobs=args.jobs, progress=not args.no_progress)
        sys.stdout.write(f"{report.summary()}\nstore: {store.path}\n")
    return EXIT_FAILED if report.failed else EXIT_OK
