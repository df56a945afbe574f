"""The one exception hierarchy of mfgpolicy.

Every error raised on purpose by the library derives from :class:`MfgPolicyError`.
Concrete errors also inherit the matching builtin (``ParseError`` is a
``ValueError``), so callers that already catch builtins keep working.

Errors keep structured attributes (the offending text, its span, what was
expected) and build their message in ``__str__``, so that a message always
names the input and the position.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "CatalogError",
    "DocumentError",
    "MfgPolicyError",
    "ObservationError",
    "ParseError",
    "StoreError",
    "UnitError",
    "ValidationError",
]


def _excerpt(text: str, start: int | None, end: int | None, width: int = 24) -> str:
    """A short excerpt of ``text`` around ``[start, end)`` for messages."""
    if start is None:
        return text if len(text) <= 2 * width else text[: 2 * width] + "…"
    lo = max(0, start - width)
    hi = min(len(text), (end if end is not None else start) + width)
    return ("…" if lo > 0 else "") + text[lo:hi] + ("…" if hi < len(text) else "")


class MfgPolicyError(Exception):
    """Base class of every error mfgpolicy raises on purpose."""


class ParseError(ValueError, MfgPolicyError):
    """Text that cannot be read as what was expected (解析错误).

    Attributes:
        text: the input that was being parsed.
        start: offset in ``text`` where the problem is (``None`` if unknown).
        end: end offset of the offending part (exclusive).
        expected: what the parser expected there.
        source: where the text came from (a file name), if known.
    """

    def __init__(
        self,
        text: str,
        start: int | None = None,
        end: int | None = None,
        *,
        expected: str = "",
        source: str | None = None,
    ) -> None:
        self.text = text
        self.start = start
        self.end = end if end is not None or start is None else start + 1
        self.expected = expected
        self.source = source
        super().__init__(text, start, end)

    def __str__(self) -> str:
        where = f" in {self.source}" if self.source else ""
        pos = f" at {self.start}" if self.start is not None else ""
        exp = f": expected {self.expected}" if self.expected else ""
        return f"cannot parse {_excerpt(self.text, self.start, self.end)!r}{where}{pos}{exp}"


class UnitError(ValueError, MfgPolicyError):
    """An unknown unit, or a conversion between incompatible units (单位错误).

    Attributes:
        units: the unit expression(s) involved, as given.
        reason: why they are refused.
    """

    def __init__(self, *units: str, reason: str = "") -> None:
        self.units = units
        self.reason = reason
        super().__init__(*units)

    def __str__(self) -> str:
        names = " and ".join(repr(u) for u in self.units)
        return f"unit error for {names}: {self.reason}" if self.reason else f"unit error: {names}"


class ValidationError(ValueError, MfgPolicyError):
    """A model value, or a JSON document, that breaks the model's rules (校验错误).

    Attributes:
        problems: one line per problem, each naming the field (a JSON path for
            JSON input) and the offending value.
    """

    def __init__(self, problems: str | Sequence[str]) -> None:
        self.problems: tuple[str, ...] = (
            (problems,) if isinstance(problems, str) else tuple(problems)
        )
        super().__init__(*self.problems)

    def __str__(self) -> str:
        if len(self.problems) == 1:
            return self.problems[0]
        lines = "\n".join(f"  - {p}" for p in self.problems)
        return f"{len(self.problems)} problems:\n{lines}"


class CatalogError(ValueError, MfgPolicyError):
    """A malformed shipped or user catalog file (目录文件错误).

    Attributes:
        path: the file.
        line: the 1-based line (or entry number) of the problem, if known.
        problem: what is wrong.
    """

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        super().__init__(path, line, problem)

    def __str__(self) -> str:
        at = f":{self.line}" if self.line is not None else ""
        return f"{self.path}{at}: {self.problem}"


class DocumentError(OSError, MfgPolicyError):
    """A document that cannot be read: missing, empty, or in an unknown encoding."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(path, problem)

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


class ObservationError(ValueError, MfgPolicyError):
    """An observation that cannot be used (bad row, conflicting duplicate)."""

    def __init__(self, problem: str, *, source: str | None = None, line: int | None = None) -> None:
        self.problem = problem
        self.source = source
        self.line = line
        super().__init__(problem, source, line)

    def __str__(self) -> str:
        where = self.source or ""
        if self.line is not None:
            where += f":{self.line}"
        return f"{where}: {self.problem}" if where else self.problem


class StoreError(MfgPolicyError):
    """The portfolio store cannot do what was asked (wrong schema, locked, corrupt)."""
