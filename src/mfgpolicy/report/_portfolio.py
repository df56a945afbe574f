"""Assess a portfolio of documents (多文件评估): one assessment per document.

Target ids (``t1``, ``t2`` …) repeat across documents, so each document is
assessed on its own, for its own jurisdiction, against the observations of
that jurisdiction (and, for benchmark targets, of the reference jurisdiction
named in the target's text).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from mfgpolicy.errors import MfgPolicyError
from mfgpolicy.model import Observation, PolicyDocument, Target
from mfgpolicy.progress import (
    Assessment,
    Components,
    Method,
    Status,
    TargetAssessment,
    assess,
)

__all__ = ["assess_portfolio"]


def assess_portfolio(
    documents: Sequence[PolicyDocument],
    observations: Iterable[Observation],
    *,
    as_of: dt.date,
    method: Method = "time_share",
) -> dict[str, Assessment]:
    """Assess every document's targets against the observations of its jurisdiction.

    Args:
        documents: the documents.
        observations: observations of any jurisdictions; an observation names
            its target by ``target_id`` (within the document of its
            jurisdiction) or its indicator by ``indicator_id``.
        as_of: the assessment date.
        method: the progress method (see :data:`mfgpolicy.progress.METHODS`).

    Returns:
        ``{document id: Assessment}`` in document order. A document without a
        recognised jurisdiction is assessed without observations (every
        numeric target ``no_data``), since its observations cannot be told apart.
        A target whose assessment fails (an observation in a unit that cannot be
        converted to the target's, conflicting observations) is
        ``not_assessable`` with the error as its reason; the others are assessed.
    """
    obs = list(observations)
    out: dict[str, Assessment] = {}
    for doc in documents:
        if doc.jurisdiction is None:
            out[doc.id] = assess(doc.targets, (), as_of=as_of, method=method)
            continue
        place = doc.jurisdiction.name
        try:
            out[doc.id] = assess(doc.targets, obs, as_of=as_of, method=method, jurisdiction=place)
        except MfgPolicyError:
            results = tuple(_one(t, obs, as_of, method, place) for t in doc.targets)
            out[doc.id] = Assessment(as_of=as_of, method=method, results=results)
    return out


def _one(
    target: Target, obs: Sequence[Observation], as_of: dt.date, method: Method, place: str
) -> TargetAssessment:
    """One target assessed on its own; a failure becomes a ``not_assessable`` verdict."""
    try:
        return assess([target], obs, as_of=as_of, method=method, jurisdiction=place).results[0]
    except MfgPolicyError as exc:
        first = (str(exc).splitlines() or [type(exc).__name__])[0]
        components = Components(
            method=method,
            kind=target.kind.value,
            comparator=target.comparator.value,
            direction="unknown",
            unit=target.unit,
            jurisdiction=place,
            deadline=target.deadline,
        )
        return TargetAssessment(
            target, Status.NOT_ASSESSABLE, f"assessment failed: {first}", components
        )
