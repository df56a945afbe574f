"""Reports (报告): a self-contained HTML page, a Markdown bulletin, a rich terminal summary.

:func:`render_html` writes one HTML file with inline CSS and SVG (no script, no
network): status counts, a progress bar per target against its 序时进度, a small
time-series chart per target, roll-ups by jurisdiction and lead department,
the consistency findings with their quoted evidence side by side, and an
anchor per target with its quoted source sentence, linked from every number.
:func:`render_markdown` gives the same content as a memo bulletin and
:func:`render_terminal` a short summary for the terminal. See docs/report.md.
"""

from __future__ import annotations

from mfgpolicy.report._common import (
    STATUS_COLOURS,
    STATUS_LABELS,
    STATUS_ORDER,
    AssessmentInput,
    Row,
    build_rows,
)
from mfgpolicy.report._html import FONT_STACK, render_html
from mfgpolicy.report._markdown import render_markdown
from mfgpolicy.report._terminal import render_terminal

__all__ = [
    "FONT_STACK",
    "STATUS_COLOURS",
    "STATUS_LABELS",
    "STATUS_ORDER",
    "AssessmentInput",
    "Row",
    "build_rows",
    "render_html",
    "render_markdown",
    "render_terminal",
]
