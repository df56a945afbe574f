"""``mfgpolicy demo [--dir DIR]``: the whole pipeline on the shipped seeds, offline, in seconds."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

__all__ = ["register", "run"]

EXIT_OK = 0


def register(subparsers: Any) -> None:
    """Add the ``demo`` sub-command to ``subparsers``."""
    parser = subparsers.add_parser(
        "demo",
        help="build a store from the seed documents and write report.html (演示)",
        description=(
            "Build a fresh store (mfgpolicy.db) from the five seed documents and the "
            "illustrative observations shipped in the package, assess progress as of "
            "2023-06-30, check consistency, print a summary and write report.html."
        ),
    )
    parser.add_argument(
        "--dir", type=Path, default=Path(), help="output directory (default: current)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the sub-command; returns the exit status."""
    from mfgpolicy.demo import run_demo

    run_demo(args.dir)
    return EXIT_OK
