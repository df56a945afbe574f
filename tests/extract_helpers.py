"""What the extraction tests of each session compare: a document's targets as
(kind, value, unit), and a target's lead and supporting units as written."""

from __future__ import annotations

from mfgpolicy.model import PolicyDocument, Target


def found(doc: PolicyDocument) -> list[tuple[str, str | None, str | None]]:
    return [
        (t.kind.value, str(t.value) if t.value is not None else None, t.unit) for t in doc.targets
    ]


def leads(t: Target) -> list[str]:
    return [u.as_written for u in t.responsibility.lead]


def supports(t: Target) -> list[str]:
    return [u.as_written for u in t.responsibility.support]


def by_value(doc: PolicyDocument) -> dict[str, Target]:
    """A document's targets by their value as written (the last one of a value wins)."""
    return {str(t.value): t for t in doc.targets}
