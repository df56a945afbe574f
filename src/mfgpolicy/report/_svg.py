"""Inline SVG charts: a progress bar with its 序时进度 marker, and a small time series.

Every string that reaches the SVG goes through :func:`html.escape`; the numbers
are formatted here. The charts scale with their container (``viewBox`` and
``width: 100%``) and need no script or external resource.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape

from mfgpolicy.progress import TargetAssessment
from mfgpolicy.report._common import (
    STATUS_COLOURS,
    SeriesPoint,
    fmt_number,
    fmt_percent,
)

__all__ = ["progress_bar", "time_series"]

_BAR_W = 240
_BAR_H = 26
_TRACK_Y = 8
_TRACK_H = 10


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def progress_bar(result: TargetAssessment) -> str:
    """A horizontal bar of the completion ratio with a marker at 序时进度.

    The bar spans 0–100 %; a completion above 100 % fills it and shows a chevron,
    a negative one shows a red tick at zero. Without a completion ratio the
    track stays empty.
    """
    fill, _ = STATUS_COLOURS[result.status]
    c = float(result.completion) if result.completion is not None else None
    e = float(result.expected) if result.expected is not None else None
    title = f"完成率 completion {fmt_percent(c)}; 序时进度 expected {fmt_percent(e)}"
    parts = [
        (
            f'<svg class="bar" viewBox="0 0 {_BAR_W} {_BAR_H}" role="img" '
            f'aria-label="{_e(title)}" xmlns="http://www.w3.org/2000/svg">'
        ),
        f"<title>{_e(title)}</title>",
        f'<rect x="0" y="{_TRACK_Y}" width="{_BAR_W}" height="{_TRACK_H}" rx="3" fill="#eeeeee"/>',
    ]
    if c is not None:
        width = max(0.0, min(1.0, c)) * _BAR_W
        parts.append(
            f'<rect x="0" y="{_TRACK_Y}" width="{width:.1f}" height="{_TRACK_H}" rx="3" '
            f'fill="{_e(fill)}"/>'
        )
        if c > 1:
            chevron = _BAR_W - 9
            parts.append(
                f'<path d="M{chevron} {_TRACK_Y + 1} l6 4 l-6 4" fill="none" stroke="#ffffff" '
                'stroke-width="1.6"/>'
            )
        if c < 0:
            parts.append(
                f'<rect x="0" y="{_TRACK_Y - 2}" width="3" height="{_TRACK_H + 4}" fill="#8e0152"/>'
            )
    if e is not None:
        x = max(0.0, min(1.0, e)) * _BAR_W
        x = min(max(x, 1.0), _BAR_W - 1.0)
        parts.append(
            f'<line class="expected" x1="{x:.1f}" y1="3" x2="{x:.1f}" y2="{_BAR_H - 3}" '
            'stroke="#1a1a1a" stroke-width="2"/>'
            f'<path d="M{x - 4:.1f} 0 h8 l-4 5 z" fill="#1a1a1a"/>'
        )
    parts.append("</svg>")
    return "".join(parts)


_W, _H = 320, 150
_ML, _MR, _MT, _MB = 46, 14, 12, 24


def _ordinal(day: dt.date) -> float:
    return float(day.toordinal())


def time_series(result: TargetAssessment, points: Sequence[SeriesPoint], *, as_of: dt.date) -> str:
    """A small chart: observations (solid), projection to the deadline (dashed), target line.

    Args:
        result: the target's assessment (target value, projection, deadline).
        points: the observed series (see :func:`~mfgpolicy.report._common.series_for`).
        as_of: the assessment date, drawn as a thin vertical line.

    Returns:
        An ``<svg>`` element, or an empty string when there is nothing to draw.
    """
    c = result.components
    goal = float(c.target_value) if c.target_value is not None else None
    deadline = c.deadline or result.target.deadline
    projected = result.projected
    if not points:
        return ""
    xs = [_ordinal(p.date) for p in points]
    ys = [p.value for p in points]
    if deadline is not None:
        xs.append(_ordinal(deadline))
    if goal is not None:
        ys.append(goal)
    if projected is not None and deadline is not None:
        ys.append(projected)
    x0, x1 = min(xs), max(xs)
    if x1 - x0 < 1:
        x1 = x0 + 365
    y0, y1 = min(ys), max(ys)
    pad = (y1 - y0) * 0.08 or abs(y1) * 0.1 or 1.0
    y0, y1 = y0 - pad, y1 + pad
    pw, ph = _W - _ML - _MR, _H - _MT - _MB

    def px(x: float) -> float:
        return _ML + (x - x0) / (x1 - x0) * pw

    def py(y: float) -> float:
        return _MT + (1 - (y - y0) / (y1 - y0)) * ph

    fill, _ = STATUS_COLOURS[result.status]
    unit = c.unit or ""
    label = (
        f"观测 observed {fmt_number(points[-1].value)} {unit} ({points[-1].date.isoformat()}); "
        f"目标 target {fmt_number(goal)} {unit}; 预测 projected {fmt_number(projected)}"
    )
    out = [
        (
            f'<svg class="chart" viewBox="0 0 {_W} {_H}" role="img" aria-label="{_e(label)}" '
            'xmlns="http://www.w3.org/2000/svg">'
        ),
        f"<title>{_e(label)}</title>",
        f'<rect x="{_ML}" y="{_MT}" width="{pw}" height="{ph}" fill="#fafafa" stroke="#e0e0e0"/>',
    ]
    # y-axis labels (min, max) and x-axis labels (first, last year)
    out.extend(
        f'<text x="{_ML - 4}" y="{py(yv) + 3:.1f}" text-anchor="end" class="ax">'
        f"{_e(fmt_number(yv))}</text>"
        for yv in (y0 + pad, y1 - pad)
    )
    first = dt.date.fromordinal(int(x0))
    last = dt.date.fromordinal(int(x1))
    out.append(
        f'<text x="{_ML}" y="{_H - 8}" class="ax">{_e(first.isoformat())}</text>'
        f'<text x="{_W - _MR}" y="{_H - 8}" text-anchor="end" class="ax">'
        f"{_e(last.isoformat())}</text>"
    )
    if x0 <= _ordinal(as_of) <= x1:
        xa = px(_ordinal(as_of))
        out.append(
            f'<line x1="{xa:.1f}" y1="{_MT}" x2="{xa:.1f}" y2="{_MT + ph}" stroke="#9e9e9e" '
            'stroke-width="1" stroke-dasharray="2 2"/>'
        )
    if goal is not None:
        yg = py(goal)
        out.append(
            f'<line class="goal" x1="{_ML}" y1="{yg:.1f}" x2="{_ML + pw}" y2="{yg:.1f}" '
            'stroke="#1b7837" stroke-width="1.5" stroke-dasharray="6 3"/>'
            f'<text x="{_ML + 3}" y="{yg - 3:.1f}" class="lbl" fill="#1b7837">'
            f"目标 {_e(fmt_number(goal))}</text>"
        )
    if projected is not None and deadline is not None:
        last_pt = points[-1]
        out.append(
            f'<line class="projection" x1="{px(_ordinal(last_pt.date)):.1f}" '
            f'y1="{py(last_pt.value):.1f}" x2="{px(_ordinal(deadline)):.1f}" '
            f'y2="{py(projected):.1f}" stroke="{_e(fill)}" stroke-width="1.5" '
            'stroke-dasharray="4 3"/>'
            f'<circle cx="{px(_ordinal(deadline)):.1f}" cy="{py(projected):.1f}" r="3" '
            f'fill="#ffffff" stroke="{_e(fill)}" stroke-width="1.5"/>'
        )
    coords = " ".join(f"{px(_ordinal(p.date)):.1f},{py(p.value):.1f}" for p in points)
    out.append(
        f'<polyline class="observed" points="{coords}" fill="none" stroke="{_e(fill)}" '
        'stroke-width="2"/>'
    )
    out.extend(
        f'<circle class="obs" cx="{px(_ordinal(p.date)):.1f}" cy="{py(p.value):.1f}" r="3" '
        f'fill="{_e(fill)}"><title>{_e(p.date.isoformat())}: {_e(fmt_number(p.value))} '
        f"{_e(unit)}</title></circle>"
        for p in points
    )
    out.append("</svg>")
    return "".join(out)
