"""Assess a portfolio of documents (多文件评估): one assessment per document.

Target ids (``t1``, ``t2`` …) repeat across documents, so each document is
assessed on its own, for its own jurisdiction, against the observations of
that jurisdiction (and, for benchmark targets, of the reference jurisdiction
named in the target's text).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from mfgpolicy.model import Observation, PolicyDocument
from mfgpolicy.progress import Assessment, Method, assess

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
    """
    obs = list(observations)
    out: dict[str, Assessment] = {}
    for doc in documents:
        if doc.jurisdiction is None:
            out[doc.id] = assess(doc.targets, (), as_of=as_of, method=method)
            continue
        out[doc.id] = assess(
            doc.targets, obs, as_of=as_of, method=method, jurisdiction=doc.jurisdiction.name
        )
    return out
