"""A rich terminal summary: status counts, the lagging targets, roll-ups, findings count.

Document text enters rich as :class:`rich.text.Text`, never as markup, so a
``[bold]`` in a document prints as written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from mfgpolicy.consistency import Finding
from mfgpolicy.model import PolicyDocument
from mfgpolicy.report._common import (
    STATUS_COLOURS,
    STATUS_LABELS,
    STATUS_ORDER,
    AssessmentInput,
    build_rows,
    fmt_gap,
    fmt_percent,
    jurisdiction_name,
    jurisdiction_rollup,
    status_counts,
)

__all__ = ["render_terminal"]


def render_terminal(
    assessment: AssessmentInput,
    findings: Iterable[Finding],
    documents: Sequence[PolicyDocument],
    *,
    as_of: dt.date,
    title: str = "制造业政策目标进展评估",
    limit: int = 12,
) -> Any:
    """A rich renderable summarising the report (print it with ``Console().print``).

    Args:
        assessment: as for :func:`~mfgpolicy.report.render_html`.
        findings: consistency findings.
        documents: the documents assessed.
        as_of: the assessment date.
        title: the heading.
        limit: how many lagging targets to list.

    Returns:
        A :class:`rich.console.Group`.
    """
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    rows = build_rows(assessment, documents)
    found = list(findings)
    counts = status_counts(rows)
    heading = Text(
        f"{title} · as of {as_of.isoformat()} · {len(documents)} documents · {len(rows)} targets",
        style="bold",
    )
    summary = Table(title="状态 Status", title_justify="left")
    summary.add_column("status")
    summary.add_column("count", justify="right")
    for s in STATUS_ORDER:
        zh, en = STATUS_LABELS[s]
        summary.add_row(Text(f"● {zh} {en}", style=STATUS_COLOURS[s][0]), str(counts[s]))

    jur = Table(title="按地区 By jurisdiction", title_justify="left")
    jur.add_column("jurisdiction")
    jur.add_column("score", justify="right")
    for s in STATUS_ORDER[:5]:
        jur.add_column(STATUS_LABELS[s][0], justify="right")
    for j in jurisdiction_rollup(rows):
        jur.add_row(
            Text(j.jurisdiction),
            "—" if j.score is None else f"{j.score:.1f}",
            *(str(j.counts[s]) for s in STATUS_ORDER[:5]),
        )

    lag = Table(title="滞后目标 Lagging targets (worst first)", title_justify="left")
    for name, just in (
        ("jurisdiction", "left"),
        ("target", "left"),
        ("completion", "right"),
        ("序时进度", "right"),
        ("gap pp", "right"),
        ("status", "left"),
    ):
        lag.add_column(name, justify=just)  # type: ignore[arg-type]
    lagging = sorted(
        (r for r in rows if r.status.assessed and r.status.severity <= 2),
        key=lambda r: (r.status.severity, r.anchor),
    )
    for r in lagging[:limit]:
        res = r.result
        lag.add_row(
            Text(jurisdiction_name(r.document)),
            Text(f"{res.target.id} {res.target.indicator}"),
            fmt_percent(res.completion),
            fmt_percent(res.expected),
            fmt_gap(res.gap_points),
            Text(STATUS_LABELS[res.status][1], style=STATUS_COLOURS[res.status][0]),
        )
    sev = {s: sum(1 for f in found if f.severity.value == s) for s in ("error", "warning", "info")}
    tail = Text(
        f"一致性检查 findings: {len(found)} ({sev['error']} errors, "
        f"{sev['warning']} warnings, {sev['info']} info)"
    )
    return Group(heading, summary, jur, lag, tail)
