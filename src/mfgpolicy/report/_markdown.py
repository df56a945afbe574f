"""A Markdown bulletin (进展通报) for a memo: summary, lagging targets, roll-ups, findings.

Document text is escaped for Markdown tables and for renderers that pass raw
HTML through (``<`` and ``&`` become entities; ``|`` is escaped).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from mfgpolicy.consistency import Finding
from mfgpolicy.model import PolicyDocument
from mfgpolicy.report._common import (
    STATUS_LABELS,
    STATUS_ORDER,
    AssessmentInput,
    build_rows,
    department_rollup,
    document_label,
    fmt_gap,
    fmt_number,
    fmt_percent,
    jurisdiction_name,
    jurisdiction_rollup,
    status_counts,
    target_statement,
)
from mfgpolicy.text import markdown_cell

__all__ = ["md_escape", "render_markdown"]


def md_escape(text: object) -> str:
    """Text made safe for a Markdown table cell (see :func:`mfgpolicy.text.markdown_cell`)."""
    return markdown_cell(text)


def render_markdown(
    assessment: AssessmentInput,
    findings: Iterable[Finding],
    documents: Sequence[PolicyDocument],
    *,
    as_of: dt.date,
    title: str = "制造业政策目标进展通报",
    note: str | None = None,
) -> str:
    """Render a Markdown bulletin (进展通报).

    Args:
        assessment: as for :func:`~mfgpolicy.report.render_html`.
        findings: consistency findings.
        documents: the documents assessed.
        as_of: the assessment date.
        title: the heading.
        note: an optional notice under the heading.

    Returns:
        The Markdown text: status counts, every assessed target (worst first)
        with 完成率 against 序时进度 and its quoted source, roll-ups by
        jurisdiction and by lead department, and the consistency findings.
    """
    rows = build_rows(assessment, documents)
    found = list(findings)
    counts = status_counts(rows)
    out = [
        f"# {md_escape(title)}",
        "",
        (
            f"评估日期 as of {as_of.isoformat()} · {len(documents)} 份文件 documents · "
            f"{len(rows)} 项目标 targets"
        ),
        "",
    ]
    if note:
        out += [f"> {md_escape(note)}", ""]
    out += ["## 总体情况 Summary", "", "| 状态 status | 数量 count |", "|---|---:|"]
    out += [f"| {STATUS_LABELS[s][0]} {STATUS_LABELS[s][1]} | {counts[s]} |" for s in STATUS_ORDER]
    out += ["", "## 已评估目标 Assessed targets (worst first)", ""]
    out += [
        (
            "| 地区 | 指标 indicator | 目标 target | 最新值 latest | 完成率 | 序时进度 "
            "| 差 (pp) | 状态 | 原文 source |"
        ),
        "|---|---|---|---:|---:|---:|---:|---|---|",
    ]
    assessed = sorted(
        (r for r in rows if r.status.assessed),
        key=lambda r: (r.status.severity, r.document_index, r.anchor),
    )
    for r in assessed:
        res = r.result
        c = res.components
        latest = (
            f"{fmt_number(c.latest_value)} {c.unit or ''}".strip()
            if c.latest_value is not None
            else "—"
        )
        t = res.target
        out.append(
            f"| {md_escape(jurisdiction_name(r.document))} | {md_escape(t.indicator)} "
            f"| {md_escape(target_statement(res))} | {md_escape(latest)} "
            f"| {fmt_percent(res.completion)} | {fmt_percent(res.expected)} "
            f"| {fmt_gap(res.gap_points)} | {STATUS_LABELS[res.status][0]} "
            f"| {md_escape(t.id)} [{t.span.start}:{t.span.end}] “{md_escape(t.text)}” |"
        )
    if not assessed:
        out.append("| — | — | — | — | — | — | — | — | — |")
    out += [
        "",
        "## 按地区 By jurisdiction",
        "",
        "| 地区 | 得分 score | 已评估 assessed | "
        + " | ".join(STATUS_LABELS[s][0] for s in STATUS_ORDER)
        + " |",
    ]
    out.append("|---|---:|---:|" + "---:|" * len(STATUS_ORDER))
    for j in jurisdiction_rollup(rows):
        score = f"{j.score:.1f}" if j.score is not None else "—"
        cells = " | ".join(str(j.counts[s]) for s in STATUS_ORDER)
        out.append(f"| {md_escape(j.jurisdiction)} | {score} | {j.assessed} | {cells} |")
    method = rows[0].result.method if rows else "time_share"
    out += [
        "",
        "## 按牵头单位 By lead department",
        "",
        "| 地区 | 牵头单位 lead | 最差 worst | "
        + " | ".join(STATUS_LABELS[s][0] for s in STATUS_ORDER)
        + " |",
    ]
    out.append("|---|---|---|" + "---:|" * len(STATUS_ORDER))
    for d in department_rollup(rows, as_of, method):
        cells = " | ".join(str(d.counts.get(s.value, 0)) for s in STATUS_ORDER)
        out.append(
            f"| {md_escape(d.jurisdiction or '—')} | {md_escape(d.department)} "
            f"| {STATUS_LABELS[d.worst][0]} | {cells} |"
        )
    titles = {d.id: document_label(d) for d in documents}
    n_err = sum(1 for f in found if f.severity.value == "error")
    n_warn = sum(1 for f in found if f.severity.value == "warning")
    out += [
        "",
        "## 一致性检查 Consistency findings",
        "",
        f"{len(found)} findings: {n_err} 错误 errors, {n_warn} 警告 warnings.",
        "",
    ]
    for f in found:
        out.append(
            f"- **{f.severity.value}** `{md_escape(f.rule)}`: {md_escape(f.message_zh)} "
            f"({md_escape(f.message_en)})"
        )
        for ref in f.targets:
            where = md_escape(
                f"{ref.jurisdiction or ''} {titles.get(ref.document, ref.document)}".strip()
            )
            out.append(
                f"  - {where} {md_escape(ref.target)} [{ref.span.start}:{ref.span.end}]: "
                f"“{md_escape(ref.text)}”"
            )
    out.append("")
    return "\n".join(out)
