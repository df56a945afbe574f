"""One self-contained HTML report (进展评估报告): inline CSS and SVG, no script, no network.

Every piece of document text passes through :func:`html.escape` (content and
attributes alike); ids and classes are built from positions and enum values,
never from document text. The page works offline on an intranet and prints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from html import escape

from mfgpolicy import __version__
from mfgpolicy.consistency import Finding
from mfgpolicy.model import Observation, PolicyDocument
from mfgpolicy.progress import Status
from mfgpolicy.report._common import (
    STATUS_COLOURS,
    STATUS_LABELS,
    STATUS_ORDER,
    AssessmentInput,
    Row,
    build_rows,
    department_rollup,
    document_label,
    fmt_gap,
    fmt_number,
    fmt_percent,
    jurisdiction_name,
    jurisdiction_rollup,
    series_for,
    status_counts,
    target_statement,
)
from mfgpolicy.report._svg import progress_bar, time_series

__all__ = ["FONT_STACK", "render_html"]

#: The font stack: CJK system fonts on macOS, Windows and Linux, then sans-serif.
FONT_STACK = (
    '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", '
    '"Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif'
)


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _css() -> str:
    status_css = "\n".join(
        f".st-{s.value}{{background:{bg};color:{fg}}}" for s, (bg, fg) in STATUS_COLOURS.items()
    )
    return f"""
:root{{--ink:#1a1a1a;--muted:#5f6368;--rule:#e0e0e0;--accent:#174ea6}}
*{{box-sizing:border-box}}
html{{font-family:{FONT_STACK};color:var(--ink);background:#fff;line-height:1.6;
  -webkit-text-size-adjust:100%}}
body{{margin:0 auto;max-width:1200px;padding:24px 20px 64px;font-size:15px}}
h1{{font-size:1.7em;margin:.2em 0 .1em;line-height:1.3}}
h2{{font-size:1.3em;margin:2em 0 .6em;padding-bottom:.25em;border-bottom:2px solid var(--rule)}}
h3{{font-size:1.1em;margin:1.6em 0 .4em}}
a{{color:var(--accent);text-decoration:none}} a:hover{{text-decoration:underline}}
.muted{{color:var(--muted)}} .small{{font-size:.86em}}
.meta{{color:var(--muted);margin:0 0 1em}}
.notice{{border-left:4px solid #f1a340;background:#fff8ec;padding:.5em .9em;margin:1em 0}}
nav.toc ol{{columns:2;margin:.3em 0;padding-left:1.4em}}
@media(max-width:700px){{nav.toc ol{{columns:1}}}}
.cards{{display:grid;grid-template-columns:repeat(auto-fill,minmax(130px,1fr));
  gap:10px;margin:1em 0}}
.card{{border-radius:8px;padding:10px 12px}}
.card .n{{font-size:1.8em;font-weight:700;line-height:1.1;display:block}}
.card .l{{font-size:.88em}}
.legend{{display:flex;flex-wrap:wrap;gap:6px 14px;margin:.6em 0 1em;font-size:.9em}}
.legend span{{display:inline-flex;align-items:center;gap:5px}}
.sw{{display:inline-block;width:12px;height:12px;border-radius:3px}}
.badge{{display:inline-block;border-radius:10px;padding:1px 8px;font-size:.82em;white-space:nowrap}}
.tablewrap{{overflow-x:auto;margin:.6em 0 1.2em}}
table{{border-collapse:collapse;width:100%;font-size:.92em}}
th,td{{border-bottom:1px solid var(--rule);padding:6px 6px;text-align:left;vertical-align:top}}
th{{background:#f5f5f5;font-weight:600;font-size:.92em}}
td.num,th.num{{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}}
tr.target td.viz{{min-width:200px;width:24%}}
svg.bar{{width:100%;max-width:240px;height:auto;display:block}}
svg.chart{{width:100%;max-width:240px;height:auto;display:block;margin-top:4px}}
svg text.ax{{font-size:9px;fill:#5f6368}} svg text.lbl{{font-size:9px}}
.finding{{border:1px solid var(--rule);border-radius:8px;padding:10px 14px;margin:12px 0}}
.finding .sev-error{{background:#d6604d;color:#fff}} .finding .sev-warning{{background:#f1a340}}
.finding .sev-info{{background:#92c5de}}
.evidence{{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:10px;margin-top:8px}}
.quote{{border-left:3px solid var(--accent);background:#f8f9fb;padding:6px 10px;margin:0}}
.quote blockquote{{margin:.2em 0;font-size:1.02em}}
ol.sources{{padding-left:0;list-style:none}}
ol.sources li{{padding:6px 8px;border-bottom:1px solid var(--rule)}}
ol.sources li:target{{background:#fff3c4}}
code{{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.88em}}
footer{{margin-top:3em;color:var(--muted);font-size:.85em;border-top:1px solid var(--rule);
  padding-top:1em}}
{status_css}
@media print{{body{{max-width:none;padding:0}} a{{color:inherit}} .tablewrap{{overflow:visible}}
  tr{{break-inside:avoid}} .finding{{break-inside:avoid}}}}
"""


def _badge(status: Status) -> str:
    zh, en = STATUS_LABELS[status]
    return f'<span class="badge st-{status.value}">{_e(zh)} · {_e(en)}</span>'


def _legend() -> str:
    items = []
    for s in STATUS_ORDER:
        zh, en = STATUS_LABELS[s]
        items.append(
            f'<span><i class="sw st-{s.value}"></i>{_e(zh)} '
            f'<span class="muted">{_e(en)}</span></span>'
        )
    items.append(
        '<span><svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">'
        '<line x1="7" y1="1" x2="7" y2="13" stroke="#1a1a1a" stroke-width="2"/></svg>'
        '序时进度 <span class="muted">time-proportional expected progress</span></span>'
    )
    return f'<div class="legend" aria-label="legend">{"".join(items)}</div>'


def _summary(rows: Sequence[Row]) -> str:
    counts = status_counts(rows)
    cards = []
    for s in STATUS_ORDER:
        zh, en = STATUS_LABELS[s]
        cards.append(
            f'<div class="card st-{s.value}" data-status-count="{s.value}">'
            f'<span class="n">{counts[s]}</span><span class="l">{_e(zh)}<br>{_e(en)}</span></div>'
        )
    return (
        '<section id="summary"><h2>总体情况 Summary</h2>'
        f"<p>共 {len(rows)} 项目标 targets in total.</p>"
        f'<div class="cards">{"".join(cards)}</div>{_legend()}</section>'
    )


def _link(row: Row, text: str) -> str:
    return f'<a href="#{row.anchor}" title="原文 source">{_e(text)}</a>'


def _target_row(row: Row, observations: Sequence[Observation], as_of: dt.date) -> str:
    r = row.result
    c = r.components
    unit = c.unit or ""
    base = f"{fmt_number(c.base_value)}" if c.base_value is not None else "—"
    latest = f"{fmt_number(c.latest_value)}" if c.latest_value is not None else "—"
    latest_date = (
        f'<br><span class="muted small">{_e(c.latest_date.isoformat())}</span>'
        if c.latest_date
        else ""
    )
    chart = ""
    if r.status.assessed or c.latest_value is not None:
        chart = time_series(r, series_for(r, observations, as_of=as_of), as_of=as_of)
    lead = "、".join(r.target.responsibility.lead_names())
    lead_html = f'<br><span class="muted small">牵头 {_e(lead)}</span>' if lead else ""
    return (
        f'<tr class="target" data-status="{r.status.value}" data-anchor="{row.anchor}">'
        f'<td><code class="small">{_e(r.target.id)}</code></td>'
        f"<td>{_link(row, r.target.indicator)}{lead_html}</td>"
        f"<td>{_link(row, target_statement(r))}</td>"
        f'<td class="num">{_link(row, base)}</td>'
        f'<td class="num">{_link(row, latest)} '
        f'<span class="muted small">{_e(unit)}</span>{latest_date}</td>'
        f'<td class="num">{_link(row, fmt_percent(r.completion))}</td>'
        f'<td class="num">{_link(row, fmt_percent(r.expected))}</td>'
        f'<td class="num">{_link(row, fmt_gap(r.gap_points))}</td>'
        f'<td>{_badge(r.status)}<br><span class="muted small">{_e(r.reason)}</span></td>'
        f'<td class="viz">{progress_bar(r)}{chart}</td>'
        "</tr>"
    )


_TABLE_HEAD = (
    "<thead><tr><th>编号</th><th>指标 indicator</th><th>目标 target</th>"
    '<th class="num">基期值 base</th><th class="num">最新值 latest</th>'
    '<th class="num">完成率 completion</th><th class="num">序时进度 expected</th>'
    '<th class="num">差 gap (pp)</th><th>状态 status</th><th>进度 progress</th></tr></thead>'
)


def _documents(
    rows: Sequence[Row],
    documents: Sequence[PolicyDocument],
    observations: Sequence[Observation],
    as_of: dt.date,
) -> str:
    out = ['<section id="targets"><h2>目标进展 Progress by document</h2>']
    for i, doc in enumerate(documents):
        doc_rows = [r for r in rows if r.document_index == i]
        if not doc_rows:
            continue
        counts = status_counts(doc_rows)
        summary = "，".join(f"{STATUS_LABELS[s][0]} {n}" for s in STATUS_ORDER if (n := counts[s]))
        horizon = (
            f"{doc.horizon_start.isoformat() if doc.horizon_start else '?'} – "
            f"{doc.horizon_end.isoformat() if doc.horizon_end else '?'}"
        )
        meta = " · ".join(
            _e(x)
            for x in (jurisdiction_name(doc), doc.doc_number, f"规划期 {horizon}", doc.source)
            if x
        )
        # assessed targets first, worst first; the rest after, in document order
        ordered = sorted(
            doc_rows,
            key=lambda r: (not r.status.assessed, r.status.severity if r.status.assessed else 0),
        )
        body = "".join(_target_row(r, observations, as_of) for r in ordered)
        out.append(
            f'<article class="document" id="doc-{i}"><h3>{_e(document_label(doc))}</h3>'
            f'<p class="meta">{meta}<br>{_e(summary)}</p>'
            f'<div class="tablewrap"><table>{_TABLE_HEAD}<tbody>{body}</tbody></table></div>'
            "</article>"
        )
    out.append("</section>")
    return "".join(out)


def _count_cells(counts: Mapping[str, int]) -> str:
    return "".join(f'<td class="num">{counts.get(s.value, 0) or ""}</td>' for s in STATUS_ORDER)


def _count_head() -> str:
    return "".join(
        f'<th class="num"><i class="sw st-{s.value}"></i> {_e(STATUS_LABELS[s][0])}</th>'
        for s in STATUS_ORDER
    )


def _rollups(rows: Sequence[Row], as_of: dt.date, method: str) -> str:
    depts = department_rollup(rows, as_of, method)
    dept_rows = "".join(
        f"<tr><td>{_e(d.jurisdiction or '—')}</td><td>{_e(d.department)}</td>"
        f"<td>{_badge(d.worst)}</td>"
        f'{_count_cells(d.counts)}<td class="num">{len(d.results)}</td></tr>'
        for d in depts
    )
    jur_rows = "".join(
        f"<tr><td>{_e(j.jurisdiction)}</td>"
        f'<td class="num">{_e(f"{j.score:.1f}") if j.score is not None else "—"}</td>'
        f'<td class="num">{j.assessed}</td>'
        f"{_count_cells({s.value: n for s, n in j.counts.items()})}"
        f'<td class="num">{sum(j.counts.values())}</td></tr>'
        for j in jurisdiction_rollup(rows)
    )
    return (
        '<section id="rollups"><h2>汇总 Roll-ups</h2>'
        "<h3>按地区 By jurisdiction</h3>"
        '<p class="muted small">得分: 已评估目标的状态分均值 (已完成 100, 符合序时进度 90, '
        "略有滞后 70, 明显滞后 40, 逆向变化 0); mean status points over assessed targets. "
        "Plans differ: read it as a reading aid, not a ranking (考核排名).</p>"
        '<div class="tablewrap"><table><thead><tr><th>地区 jurisdiction</th>'
        '<th class="num">得分 score</th><th class="num">已评估 assessed</th>'
        f'{_count_head()}<th class="num">合计 total</th></tr></thead><tbody>{jur_rows}'
        "</tbody></table></div>"
        "<h3>按牵头单位 By lead department</h3>"
        '<div class="tablewrap"><table><thead><tr><th>地区 jurisdiction</th>'
        "<th>牵头单位 lead</th><th>最差 worst</th>"
        f'{_count_head()}<th class="num">合计 total</th></tr></thead><tbody>{dept_rows}'
        "</tbody></table></div></section>"
    )


def _findings(
    findings: Sequence[Finding], documents: Sequence[PolicyDocument], rows: Sequence[Row]
) -> str:
    anchors = {(r.document.id, r.result.target.id): r.anchor for r in rows}
    for i, doc in enumerate(documents):
        for j, t in enumerate(doc.targets):
            anchors.setdefault((doc.id, t.id), f"src-d{i}-{j}")
    titles = {d.id: document_label(d) for d in documents}
    counts = {
        s: sum(1 for f in findings if f.severity.value == s) for s in ("error", "warning", "info")
    }
    out = [
        '<section id="findings"><h2>一致性检查 Consistency findings</h2>',
        (
            f"<p>{counts['error']} 错误 errors · {counts['warning']} 警告 warnings · "
            f"{counts['info']} 提示 info</p>"
        ),
    ]
    sev_zh = {"error": "错误", "warning": "警告", "info": "提示"}
    for f in findings:
        sev = f.severity.value
        evidence = []
        for ref in f.targets:
            anchor = anchors.get((ref.document, ref.target))
            where = f"{ref.jurisdiction or ''} {titles.get(ref.document, ref.document)}".strip()
            value = "" if ref.value is None else fmt_number(ref.value)
            if ref.value_high is not None:
                value += f"–{fmt_number(ref.value_high)}"
            link = (
                f'<a href="#{anchor}">{_e(ref.target)} [{ref.span.start}:{ref.span.end}]</a>'
                if anchor
                else f"{_e(ref.target)} [{ref.span.start}:{ref.span.end}]"
            )
            evidence.append(
                f'<div class="quote"><div class="small muted">{_e(where)} · {link}</div>'
                f"<blockquote>“{_e(ref.text)}”</blockquote>"
                f'<div class="small">{_e(ref.indicator)}: {_e(value)} '
                f"{_e(ref.unit or '')}</div></div>"
            )
        values = "; ".join(
            f"{_e(v.label)} {_e(fmt_number(v.value))} {_e(v.unit or '')}".strip() for v in f.values
        )
        out.append(
            f'<div class="finding" data-severity="{_e(sev)}">'
            f'<span class="badge sev-{_e(sev)}">{_e(sev_zh.get(sev, sev))} {_e(sev)}</span> '
            f"<code>{_e(f.rule)}</code>"
            f'<p>{_e(f.message_zh)}<br><span class="muted">{_e(f.message_en)}</span></p>'
            + (f'<p class="small muted">比较 compared: {values}</p>' if values else "")
            + f'<div class="evidence">{"".join(evidence)}</div></div>'
        )
    if not findings:
        out.append("<p>未发现问题 No findings.</p>")
    out.append("</section>")
    return "".join(out)


def _sources(rows: Sequence[Row]) -> str:
    items = []
    for r in rows:
        t = r.result.target
        doc = r.document
        items.append(
            f'<li id="{r.anchor}" data-target="{_e(t.id)}">'
            f'<span class="small muted">{_e(jurisdiction_name(doc))} · {_e(document_label(doc))} · '
            f"<code>{_e(t.id)}</code> · 原文位置 span [{t.span.start}:{t.span.end}]</span>"
            f'<blockquote class="quote">“{_e(t.text)}”</blockquote></li>'
        )
    return (
        '<section id="sources"><h2>原文 Quoted sources</h2>'
        '<p class="muted small">每个数字均链接到此处的原文 (every number links to its '
        "quoted sentence; the span is the character range in the original text).</p>"
        f'<ol class="sources">{"".join(items)}</ol></section>'
    )


def render_html(
    assessment: AssessmentInput,
    findings: Iterable[Finding],
    documents: Sequence[PolicyDocument],
    *,
    as_of: dt.date,
    title: str = "制造业政策目标进展评估报告",
    observations: Iterable[Observation] = (),
    note: str | None = None,
) -> str:
    """Render one self-contained HTML report (进展评估报告).

    Args:
        assessment: one :class:`~mfgpolicy.progress.Assessment` for all
            documents, a mapping of document id to its assessment, or a
            sequence of assessments.
        findings: consistency findings (:func:`mfgpolicy.consistency.check`).
        documents: the documents assessed, in the order to show them.
        as_of: the assessment date.
        title: the page title.
        observations: the observations assessed, to draw each target's series
            (without them the charts show the baseline and latest value).
        note: an optional notice shown under the title (for example, that
            the data are illustrative).

    Returns:
        The HTML page as a string (UTF-8, ``lang="zh-CN"``, inline CSS and
        SVG, no script, no external resource).
    """
    rows = build_rows(assessment, documents)
    found = list(findings)
    obs = list(observations)
    methods = sorted({r.result.method for r in rows}) or ["time_share"]
    method = methods[0]
    notice = f'<p class="notice">{_e(note)}</p>' if note else ""
    toc = (
        '<nav class="toc" aria-label="目录"><ol>'
        '<li><a href="#summary">总体情况 Summary</a></li>'
        '<li><a href="#targets">目标进展 Progress by document</a></li>'
        '<li><a href="#rollups">汇总 Roll-ups</a></li>'
        '<li><a href="#findings">一致性检查 Consistency findings</a></li>'
        '<li><a href="#sources">原文 Quoted sources</a></li></ol></nav>'
    )
    head = (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_css()}</style></head><body>"
    )
    header = (
        f"<header><h1>{_e(title)}</h1>"
        f'<p class="meta">评估日期 as of {_e(as_of.isoformat())} · 方法 method '
        f"<code>{_e(', '.join(methods))}</code> · {len(documents)} 份文件 documents · "
        f"{len(rows)} 项目标 targets</p>{notice}{toc}</header>"
    )
    footer = (
        f"<footer>mfgpolicy {_e(__version__)} · 序时进度 = 规划期内已过时间占比 "
        "(share of the plan period elapsed at the latest observation) · 完成率 = "
        "(最新值 − 基期值) / (目标值 − 基期值).</footer>"
    )
    return "".join(
        [
            head,
            header,
            "<main>",
            _summary(rows),
            _documents(rows, documents, obs, as_of),
            _rollups(rows, as_of, method),
            _findings(found, documents, rows),
            _sources(rows),
            "</main>",
            footer,
            "</body></html>\n",
        ]
    )
