"""What every renderer shares: rows of (document, result), labels, numbers, series.

The renderers (HTML, Markdown, terminal) take the same inputs: one
:class:`~mfgpolicy.progress.Assessment` per document (or one for all), the
consistency findings and the documents. :func:`build_rows` ties each result
to its document and gives it a stable, safe anchor id; the helpers here format
exact numbers once, the same way in every output.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Final, TypeAlias

import attrs

from mfgpolicy.errors import UnitError
from mfgpolicy.model import Observation, PolicyDocument, TargetKind
from mfgpolicy.progress import (
    Assessment,
    DepartmentRollup,
    Status,
    TargetAssessment,
    by_department,
    observation_applies,
)

__all__ = [
    "STATUS_COLOURS",
    "STATUS_LABELS",
    "STATUS_ORDER",
    "AssessmentInput",
    "JurisdictionRollup",
    "Row",
    "SeriesPoint",
    "build_rows",
    "department_rollup",
    "document_label",
    "fmt_gap",
    "fmt_number",
    "fmt_percent",
    "jurisdiction_name",
    "jurisdiction_rollup",
    "series_for",
    "status_counts",
    "target_statement",
]

#: What the renderers accept as the assessment: one for all documents, one per
#: document keyed by document id, or a sequence of them.
AssessmentInput: TypeAlias = Assessment | Mapping[str, Assessment] | Sequence[Assessment]

#: Statuses in the order reports list them: verdicts best first, then the rest.
STATUS_ORDER: Final[tuple[Status, ...]] = (
    Status.ACHIEVED,
    Status.ON_TRACK,
    Status.AT_RISK,
    Status.OFF_TRACK,
    Status.REGRESSING,
    Status.NO_DATA,
    Status.NOT_ASSESSABLE,
    Status.NOT_DUE,
)

#: Chinese and English labels per status.
STATUS_LABELS: Final[Mapping[Status, tuple[str, str]]] = {
    Status.ACHIEVED: ("已完成", "achieved"),
    Status.ON_TRACK: ("符合序时进度", "on track"),
    Status.AT_RISK: ("略有滞后", "at risk"),
    Status.OFF_TRACK: ("明显滞后", "off track"),
    Status.REGRESSING: ("逆向变化", "regressing"),
    Status.NO_DATA: ("暂无数据", "no data"),
    Status.NOT_ASSESSABLE: ("无法量化评估", "not assessable"),
    Status.NOT_DUE: ("尚未开始", "not due"),
}

#: Status colours (fill, text on fill); chosen to stay distinct for common colour-blindness.
STATUS_COLOURS: Final[Mapping[Status, tuple[str, str]]] = {
    Status.ACHIEVED: ("#1b7837", "#ffffff"),
    Status.ON_TRACK: ("#5aae61", "#ffffff"),
    Status.AT_RISK: ("#f1a340", "#1a1a1a"),
    Status.OFF_TRACK: ("#d6604d", "#ffffff"),
    Status.REGRESSING: ("#8e0152", "#ffffff"),
    Status.NO_DATA: ("#bdbdbd", "#1a1a1a"),
    Status.NOT_ASSESSABLE: ("#9e9ac8", "#1a1a1a"),
    Status.NOT_DUE: ("#92c5de", "#1a1a1a"),
}

_COMPARATOR_SIGNS: Final = {
    "ge": "≥",
    "gt": ">",
    "le": "≤",
    "lt": "<",
    "eq": "",
    "approx": "≈",
}


@attrs.frozen
class SeriesPoint:
    """One point of a target's time series, in the unit of its assessment.

    Attributes:
        date: the date the value refers to.
        value: the value (cumulative since the period start for increments).
    """

    date: dt.date
    value: float


@attrs.frozen
class Row:
    """One assessed target with its document and its anchor (报告行).

    Attributes:
        document: the document the target belongs to.
        document_index: the document's position among the report's documents.
        result: the assessment of the target.
        anchor: the HTML id of the target's quoted source (``src-d0-3``): ASCII only,
            built from positions, never from document text.
    """

    document: PolicyDocument
    document_index: int
    result: TargetAssessment
    anchor: str

    @property
    def status(self) -> Status:
        """The target's status."""
        return self.result.status


def _assessments(assessment: AssessmentInput) -> list[tuple[str | None, Assessment]]:
    if isinstance(assessment, Assessment):
        return [(None, assessment)]
    if isinstance(assessment, Mapping):
        return [(str(k), v) for k, v in assessment.items()]
    return [(None, a) for a in assessment]


def build_rows(assessment: AssessmentInput, documents: Sequence[PolicyDocument]) -> list[Row]:
    """Tie every result to its document, in document order then target order.

    Args:
        assessment: one assessment for all documents, a mapping of document id to
            its assessment, or a sequence of assessments.
        documents: the documents assessed.

    Returns:
        One :class:`Row` per result. A result is attributed to the document
        named by its mapping key, else to the first document holding an equal
        target; results whose target is in no document are attributed to none
        and left out.
    """
    index = {d.id: i for i, d in enumerate(documents)}
    found: list[tuple[int, int, TargetAssessment]] = []
    for key, a in _assessments(assessment):
        for r in a.results:
            doc_i: int | None = index.get(key) if key is not None else None
            if doc_i is None:
                doc_i = next(
                    (i for i, d in enumerate(documents) if r.target in d.targets),
                    None,
                )
            if doc_i is None:
                continue
            targets = documents[doc_i].targets
            pos = next((j for j, t in enumerate(targets) if t.id == r.target.id), len(targets))
            found.append((doc_i, pos, r))
    found.sort(key=lambda item: (item[0], item[1]))
    return [Row(documents[i], i, r, f"src-d{i}-{pos}") for i, pos, r in found]


def status_counts(rows: Iterable[Row]) -> dict[Status, int]:
    """Number of targets per status, every status present (0 when none)."""
    counts = dict.fromkeys(STATUS_ORDER, 0)
    for row in rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    return counts


def jurisdiction_name(document: PolicyDocument) -> str:
    """The name of the document's jurisdiction (and the others it governs)."""
    names = [j.name for j in document.jurisdictions]
    return "、".join(names) if names else "(未识别地区)"


def document_label(document: PolicyDocument) -> str:
    """A readable name for the document: its title, else its number, source or id."""
    return document.title or document.doc_number or document.source or document.id


_POINTS: Final = {
    Status.ACHIEVED: 100,
    Status.ON_TRACK: 90,
    Status.AT_RISK: 70,
    Status.OFF_TRACK: 40,
    Status.REGRESSING: 0,
}


@attrs.frozen
class JurisdictionRollup:
    """Status counts of one jurisdiction's targets and its mean status points.

    Attributes:
        jurisdiction: the jurisdiction's name.
        counts: targets per status.
        assessed: number of targets with a verdict.
        score: mean status points over the targets with a verdict (achieved
            100, on track 90, at risk 70, off track 40, regressing 0, as
            :class:`~mfgpolicy.progress.ScoringRule`), or ``None``.
    """

    jurisdiction: str
    counts: Mapping[Status, int]
    assessed: int
    score: float | None


def jurisdiction_rollup(rows: Sequence[Row]) -> list[JurisdictionRollup]:
    """Roll the rows up by jurisdiction (按地区汇总), best score first.

    The score is only comparable between jurisdictions assessed on similar
    targets; it is a reading aid, not a 考核排名.
    """
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(jurisdiction_name(row.document), []).append(row)
    out = []
    for name, rs in groups.items():
        verdicts = [_POINTS[r.status] for r in rs if r.status in _POINTS]
        score = sum(verdicts) / len(verdicts) if verdicts else None
        out.append(JurisdictionRollup(name, status_counts(rs), len(verdicts), score))
    out.sort(key=lambda j: (-(j.score if j.score is not None else -1.0), j.jurisdiction))
    return out


def department_rollup(
    rows: Sequence[Row], as_of: dt.date, method: str
) -> tuple[DepartmentRollup, ...]:
    """Roll the rows up by (jurisdiction, lead unit) (按牵头单位汇总).

    Same-named units of different jurisdictions (市经信局 of 绍兴 and of 金华) stay
    apart: each row's jurisdiction is its document's (:func:`jurisdiction_name`).
    """
    where = {id(r.result): jurisdiction_name(r.document) for r in rows}
    combined = Assessment(as_of=as_of, method=method, results=tuple(r.result for r in rows))
    return by_department(combined, jurisdiction_of=lambda r: where.get(id(r)))


def fmt_number(value: Fraction | Decimal | float | int | None) -> str:
    """An exact or float number for a reader: at most 3 decimals below 10, 2 above.

    ``None`` (and non-finite floats) give ``—``.
    """
    if value is None:
        return "—"
    if isinstance(value, float) and not math.isfinite(value):
        return "—"
    frac = Fraction(value)
    if frac.denominator == 1:
        return f"{frac.numerator:,}"
    places = 3 if abs(frac) < 10 else 2
    # rounded exactly (Fraction rounds half-even); Decimal division and quantize
    # would round at the context precision and raise InvalidOperation on large values
    dec = Decimal(f"{round(frac * 10**places)}E-{places}")
    text = f"{dec:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def fmt_percent(value: Fraction | float | None) -> str:
    """A share as a percentage with one decimal (``0.636`` → ``63.6%``), or ``—``."""
    if value is None:
        return "—"
    return f"{float(value) * 100:.1f}%"


def fmt_gap(value: Fraction | float | None) -> str:
    """Percentage points ahead (+) or behind (−) 序时进度, or ``—``."""
    if value is None:
        return "—"
    v = float(value)
    sign = "+" if v >= 0 else "−"
    return f"{sign}{abs(v):.1f}"


def target_statement(result: TargetAssessment) -> str:
    """The target as a short statement: ``≥ 2,800 亿元 by 2023-12-31``."""
    t = result.target
    unit = t.unit or ""
    if t.kind is TargetKind.QUALITATIVE or t.value is None:
        value = "(定性 qualitative)" if t.kind is TargetKind.QUALITATIVE else "(对标 benchmark)"
    elif t.value_high is not None:
        value = f"{fmt_number(t.value)}–{fmt_number(t.value_high)} {unit}"
    else:
        sign = _COMPARATOR_SIGNS.get(t.comparator.value, "")
        value = f"{sign}{' ' if sign else ''}{fmt_number(t.value)} {unit}"
    kind = {
        TargetKind.INCREMENT: "新增 ",
        TargetKind.CUMULATIVE: "累计 ",
        TargetKind.GROWTH_RATE: "年均增长 ",
        TargetKind.REDUCTION: "下降 ",
        TargetKind.MULTIPLE: "倍数 ×",
    }.get(t.kind, "")
    deadline = f" ({t.deadline.isoformat()})" if t.deadline is not None else ""
    return f"{kind}{value.strip()}{deadline}"


def _relevant(result: TargetAssessment, observations: Iterable[Observation]) -> list[Observation]:
    t = result.target
    c = result.components
    return [
        o
        for o in observations
        if observation_applies(t, o) and c.jurisdiction in (None, o.jurisdiction)
    ]


def series_for(
    result: TargetAssessment, observations: Iterable[Observation], *, as_of: dt.date
) -> list[SeriesPoint]:
    """The time series a chart shows for one target, in the assessment's unit.

    Levels and stocks are drawn as observed; an increment measured by flows is
    drawn as the running total since the period start (what the assessment
    compares with the target). Observations that do not convert to the unit
    are left out. Without usable observations, the baseline and the latest
    value of the assessment are the series.

    Args:
        result: the target's assessment.
        observations: observations of any targets (those of this target and
            jurisdiction are picked out); may be empty.
        as_of: later observations are left out.

    Returns:
        The points in date order.
    """
    from mfgpolicy.units import conversion_factor

    c = result.components
    unit = c.unit
    points: list[SeriesPoint] = []
    obs = [o for o in _relevant(result, observations) if o.date <= as_of]
    if unit is not None and obs and c.base_value is not None:
        try:
            conv = [(o, float(Fraction(o.value) * conversion_factor(o.unit, unit))) for o in obs]
        except UnitError:
            conv = []
        start = result.target.period_start
        flows = [(o, v) for o, v in conv if o.period_start is not None]
        if result.target.kind is TargetKind.INCREMENT and flows and start is not None:
            running = 0.0
            points.append(SeriesPoint(start - dt.timedelta(days=1), 0.0))
            end: dt.date | None = None
            for o, v in sorted(
                flows, key=lambda p: (p[0].period_start or p[0].date, -p[0].date.toordinal())
            ):
                assert o.period_start is not None
                if o.period_start < start or (end is not None and o.period_start <= end):
                    continue
                running += v
                end = o.date
                points.append(SeriesPoint(o.date, running))
        elif result.target.kind is TargetKind.INCREMENT and c.base_date is not None:
            origin = next((v for o, v in conv if o.date == c.base_date), None)
            if origin is not None:
                points = [
                    SeriesPoint(o.date, v - origin)
                    for o, v in sorted(conv, key=lambda p: p[0].date)
                    if o.period_start is None and o.date >= c.base_date
                ]
        else:
            by_date: dict[dt.date, float] = {}
            for o, v in conv:
                if o.period_start is None or (o.date - o.period_start).days >= 360:
                    by_date[o.date] = v
            points = [SeriesPoint(d, v) for d, v in sorted(by_date.items())]
    if len(points) < 2:
        points = []
        if c.base_value is not None and c.base_date is not None:
            points.append(SeriesPoint(c.base_date, float(c.base_value)))
        if (
            c.latest_value is not None
            and c.latest_date is not None
            and (not points or points[-1].date != c.latest_date)
        ):
            points.append(SeriesPoint(c.latest_date, float(c.latest_value)))
    return points
