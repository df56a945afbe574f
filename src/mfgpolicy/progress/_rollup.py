"""Roll-ups (汇总): by lead department, by measure and section, and 考核排名.

* :func:`by_department`: every target a lead unit (牵头单位) carries, worst first.
* :func:`by_measure`: the targets of each measure (任务举措) and, for a section,
  of every measure under it.
* :func:`rank_jurisdictions`: rank jurisdictions assessed on the same plan or
  the same indicators (考核排名) by a documented, configurable scoring rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from fractions import Fraction
from typing import Final, Literal

import attrs

from mfgpolicy.model.document import PolicyDocument
from mfgpolicy.progress._assess import Assessment, TargetAssessment
from mfgpolicy.progress._methods import Status

__all__ = [
    "NO_LEAD",
    "DepartmentRollup",
    "GroupRollup",
    "RankEntry",
    "ScoringRule",
    "by_department",
    "by_measure",
    "rank_jurisdictions",
]

#: The department name used for targets whose lead unit is not stated.
NO_LEAD: Final = "(未明确牵头单位)"


def _worst_first(results: Iterable[TargetAssessment]) -> tuple[TargetAssessment, ...]:
    return tuple(
        sorted(
            results,
            key=lambda r: (
                r.status.severity,
                r.score if r.score is not None else 0.0,
                r.target.id,
            ),
        )
    )


def _counts(results: Iterable[TargetAssessment]) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in results:
        out[r.status.value] = out.get(r.status.value, 0) + 1
    return out


@attrs.frozen
class DepartmentRollup:
    """The targets one lead unit carries (牵头单位目标汇总).

    Attributes:
        department: the normalised name of the lead unit.
        results: its targets' results, worst status first.
        counts: number of targets per status value.
        jurisdiction: the jurisdiction the unit belongs to, when the roll-up was
            asked to tell jurisdictions apart (市经信局 of 绍兴 is not 市经信局 of
            金华), else ``None``.
    """

    department: str
    results: tuple[TargetAssessment, ...]
    counts: Mapping[str, int]
    jurisdiction: str | None = None

    @property
    def worst(self) -> Status:
        """The worst status among its targets."""
        return self.results[0].status


@attrs.frozen
class GroupRollup:
    """The targets of one measure or section (任务/章节汇总).

    Attributes:
        measure_id: the measure's id.
        path: its numbering path (``("四", "(一)")``).
        title: its heading.
        depth: 1 for a top-level section.
        results: the results of its own targets and its descendants', worst first.
        counts: number of targets per status value.
    """

    measure_id: str
    path: tuple[str, ...]
    title: str
    depth: int
    results: tuple[TargetAssessment, ...]
    counts: Mapping[str, int]


def by_department(
    assessment: Assessment,
    *,
    jurisdiction_of: Callable[[TargetAssessment], str | None] | None = None,
) -> tuple[DepartmentRollup, ...]:
    """Group results by lead unit (按牵头单位汇总), departments worst first.

    A target with several lead units counts for each; a target without one
    goes under :data:`NO_LEAD`. Departments are ordered by their worst
    status, then by jurisdiction and name.

    Args:
        assessment: the results to group (possibly of several documents).
        jurisdiction_of: where the results come from different jurisdictions,
            the jurisdiction of each result: units are then grouped by
            (jurisdiction, name), so that the 市经济和信息化局 of two cities stay
            two departments. ``None`` groups by name alone.
    """
    groups: dict[tuple[str | None, str], list[TargetAssessment]] = {}
    for r in assessment.results:
        where = jurisdiction_of(r) if jurisdiction_of is not None else None
        leads = r.target.responsibility.lead_names() or (NO_LEAD,)
        for name in dict.fromkeys(leads):
            groups.setdefault((where, name), []).append(r)
    rollups = [
        DepartmentRollup(name, _worst_first(rs), _counts(rs), where)
        for (where, name), rs in groups.items()
    ]
    return tuple(
        sorted(rollups, key=lambda d: (d.worst.severity, d.jurisdiction or "", d.department))
    )


def by_measure(assessment: Assessment, document: PolicyDocument) -> tuple[GroupRollup, ...]:
    """Group results by measure and by enclosing section (按任务和章节汇总).

    A measure's targets are those it lists in ``target_ids`` and those whose
    ``measure`` field names it; a section also holds every target of the
    measures under it. Measures without any target are left out; order is
    the document's.
    """
    results = {r.target.id: r for r in assessment.results}
    own: dict[str, list[str]] = {m.id: list(m.target_ids) for m in document.measures}
    for t in document.targets:
        if t.measure is not None and t.measure in own and t.id not in own[t.measure]:
            own[t.measure].append(t.id)
    children: dict[str | None, list[str]] = {}
    for m in document.measures:
        children.setdefault(m.parent, []).append(m.id)

    def collect(mid: str) -> list[str]:
        ids = list(own.get(mid, ()))
        for child in children.get(mid, ()):
            ids.extend(collect(child))
        return ids

    out = []
    for m in document.measures:
        ids = [i for i in dict.fromkeys(collect(m.id)) if i in results]
        if not ids:
            continue
        rs = [results[i] for i in ids]
        out.append(GroupRollup(m.id, m.path, m.title, m.depth, _worst_first(rs), _counts(rs)))
    return tuple(out)


def _default_points() -> dict[Status, Fraction]:
    return {
        Status.ACHIEVED: Fraction(100),
        Status.ON_TRACK: Fraction(90),
        Status.AT_RISK: Fraction(70),
        Status.OFF_TRACK: Fraction(40),
        Status.REGRESSING: Fraction(0),
    }


@attrs.frozen
class ScoringRule:
    """How a jurisdiction's results become one ranking score (考核计分规则).

    Default: the mean over shared indicators of status points (achieved 100,
    on_track 90, at_risk 70, off_track 40, regressing 0); with
    ``basis="score"``, the mean of the method scores (−5 … +5) instead.
    Results without a verdict (no_data, not_assessable, not_due) score
    ``missing_points`` when set, or are left out of both numerator and
    denominator when ``None``.

    Attributes:
        points: points per status.
        basis: ``"status"`` (points) or ``"score"`` (method score).
        weights: weight per indicator key (default 1).
        missing_points: points for a result without a verdict, or None to skip.
        shared_only: rank only on indicators every jurisdiction has a verdict on.
    """

    points: Mapping[Status, Fraction] = attrs.field(factory=_default_points)
    basis: Literal["status", "score"] = "status"
    weights: Mapping[str, Fraction] = attrs.field(factory=dict)
    missing_points: Fraction | None = None
    shared_only: bool = True


@attrs.frozen
class RankEntry:
    """One line of 考核排名.

    Attributes:
        rank: 1 for the best; equal scores share a rank (1, 1, 3).
        jurisdiction: the jurisdiction.
        score: the weighted mean score (exact for the status basis).
        indicators: how many indicators entered the score.
        counts: number of results per status value.
    """

    rank: int
    jurisdiction: str
    score: Fraction
    indicators: int
    counts: Mapping[str, int]


def _indicator_key(r: TargetAssessment) -> str:
    return r.target.indicator_id or r.target.indicator


def rank_jurisdictions(
    assessments: Mapping[str, Assessment], *, rule: ScoringRule | None = None
) -> tuple[RankEntry, ...]:
    """Rank jurisdictions that share indicators (考核排名).

    Args:
        assessments: one assessment per jurisdiction (same method and date
            for a fair ranking), keyed by jurisdiction.
        rule: the scoring rule (default :class:`ScoringRule`).

    Returns:
        The entries, best first; a jurisdiction with nothing to score is last
        with score 0.

    Indicators are keyed by ``indicator_id`` (else the indicator phrase); with
    ``rule.shared_only`` only indicators on which every jurisdiction has a
    verdict count, so that nobody gains by missing data.
    """
    rule = rule or ScoringRule()
    per: dict[str, dict[str, TargetAssessment]] = {}
    for name, a in assessments.items():
        per[name] = {}
        for r in a.results:
            key = _indicator_key(r)
            prev = per[name].get(key)
            if prev is None or r.status.severity < prev.status.severity:
                per[name][key] = r  # several targets on one indicator: the worst counts
    keys: set[str] = set().union(*(set(v) for v in per.values())) if per else set()
    if rule.shared_only:
        keys = {k for k in keys if all(k in v and v[k].status.assessed for v in per.values())}
    scored: list[tuple[str, Fraction, int, dict[str, int]]] = []
    for name, rs in per.items():
        total = Fraction(0)
        weight = Fraction(0)
        for key in sorted(keys):
            res = rs.get(key)
            w = Fraction(rule.weights.get(key, Fraction(1)))
            if res is None or not res.status.assessed:
                if rule.missing_points is None:
                    continue
                pts = Fraction(rule.missing_points)
            elif rule.basis == "score":
                pts = Fraction(res.score) if res.score is not None else Fraction(0)
            else:
                pts = Fraction(rule.points.get(res.status, Fraction(0)))
            total += w * pts
            weight += w
        score = total / weight if weight else Fraction(0)
        used = [rs[k] for k in keys if k in rs]
        scored.append((name, score, len(used), _counts(used)))
    scored.sort(key=lambda s: (-s[1], s[0]))
    out: list[RankEntry] = []
    for i, (name, score, n, counts) in enumerate(scored):
        rank = out[-1].rank if out and out[-1].score == score else i + 1
        out.append(RankEntry(rank, name, score, n, counts))
    return tuple(out)
