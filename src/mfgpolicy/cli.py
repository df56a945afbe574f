"""The ``mfgpolicy`` command line: parse arguments, call the API, print.

Each sub-command lives in its own module under :mod:`mfgpolicy._cli`, which
exposes ``register(subparsers)``; this module only assembles them and turns
library errors into one-line messages with a non-zero exit status.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from mfgpolicy import __version__
from mfgpolicy.errors import MfgPolicyError

# Order is the order of ``mfgpolicy --help``.
_COMMAND_MODULES: tuple[str, ...] = (
    "demo",
    "extract",
    "evaluate",
    "add",
    "query",
    "progress",
    "check",
    "peers",
    "report",
)

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser with every sub-command registered."""
    parser = argparse.ArgumentParser(
        prog="mfgpolicy",
        description="Checkable data from Chinese manufacturing policy plans.",
    )
    parser.add_argument("--version", action="version", version=f"mfgpolicy {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _COMMAND_MODULES:
        module = importlib.import_module(f"mfgpolicy._cli.{name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_ERROR
    try:
        status: int = args.func(args)
    except MfgPolicyError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        print(f"mfgpolicy {args.command}: error: {first}", file=sys.stderr)
        for line in str(exc).splitlines()[1:]:
            print(line, file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
