"""Consistency checks across plan documents (一致性检查).

:func:`check` runs every rule of :data:`RULES` over a set of
:class:`~mfgpolicy.model.PolicyDocument` and returns :class:`Finding` objects:
restatements that disagree (重复表述不一致), deadline anomalies (时限异常), parts
larger than their whole, nested thresholds that contradict, a child jurisdiction's
targets against its parent's (层层加码), successive plans that backtrack, unit and
口径 mismatches, and responsibility gaps. :func:`peer_table` sets one indicator's
targets in several plans side by side in one unit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from mfgpolicy.consistency._common import CheckContext, phrase_key
from mfgpolicy.consistency._finding import Compared, Finding, TargetRef
from mfgpolicy.consistency._peers import PeerRow, PeerTable, peer_table
from mfgpolicy.consistency._render import (
    finding_to_dict,
    findings_to_json,
    findings_to_markdown,
    findings_to_rich,
)
from mfgpolicy.consistency._rules import RULES, Rule
from mfgpolicy.model import Gazetteer, IndicatorCatalog, PolicyDocument

__all__ = [
    "RULES",
    "CheckContext",
    "Compared",
    "Finding",
    "PeerRow",
    "PeerTable",
    "Rule",
    "TargetRef",
    "check",
    "finding_to_dict",
    "findings_to_json",
    "findings_to_markdown",
    "findings_to_rich",
    "peer_table",
    "phrase_key",
]


def check(
    documents: Iterable[PolicyDocument],
    *,
    gazetteer: Gazetteer | None = None,
    catalog: IndicatorCatalog | None = None,
    rules: Sequence[Rule] | None = None,
) -> list[Finding]:
    """Check plan documents for consistency (一致性检查).

    Args:
        documents: the documents; one for the single-document rules (restatements,
            deadlines, parts, thresholds, responsibility), several for the
            cross-document ones (cross-level, successive plans, units).
        gazetteer: the jurisdictions (default :meth:`Gazetteer.default`).
        catalog: the indicator catalog used to link phrases (default
            :meth:`IndicatorCatalog.default`).
        rules: the rules to run (default :data:`RULES`, all of them).

    Returns:
        The findings, rule by rule in the order of ``rules``, most severe first
        within a rule.
    """
    ctx = CheckContext(
        documents=tuple(documents),
        gazetteer=gazetteer if gazetteer is not None else Gazetteer.default(),
        catalog=catalog if catalog is not None else IndicatorCatalog.default(),
    )
    out: list[Finding] = []
    for rule in RULES if rules is None else rules:
        found = list(rule.func(ctx))
        found.sort(key=lambda f: -f.severity.rank)
        out.extend(found)
    return out
