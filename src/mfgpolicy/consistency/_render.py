"""Rendering findings: JSON-ready dicts, Markdown for a memo, a rich table for the terminal."""

from __future__ import annotations

import json
from collections.abc import Iterable
from fractions import Fraction
from typing import Any

from mfgpolicy.consistency._finding import Compared, Finding, TargetRef, fmt_number
from mfgpolicy.model import Number
from mfgpolicy.text import markdown_cell

__all__ = ["finding_to_dict", "findings_to_json", "findings_to_markdown", "findings_to_rich"]


def _num(value: Number | Fraction | None) -> str | None:
    return None if value is None else fmt_number(value)


def _target_dict(t: TargetRef) -> dict[str, Any]:
    return {
        "document": t.document,
        "target": t.target,
        "jurisdiction": t.jurisdiction,
        "indicator": t.indicator,
        "indicator_id": t.indicator_id,
        "kind": t.kind,
        "comparator": t.comparator,
        "value": _num(t.value),
        "value_high": _num(t.value_high),
        "unit": t.unit,
        "deadline": t.deadline.isoformat() if t.deadline is not None else None,
        "span": [t.span.start, t.span.end],
        "text": t.text,
    }


def _value_dict(v: Compared) -> dict[str, Any]:
    return {"label": v.label, "value": _num(v.value), "unit": v.unit}


def finding_to_dict(f: Finding) -> dict[str, Any]:
    """A finding as plain JSON data; exact numbers as strings (``"7"``, ``"1/3"``)."""
    return {
        "rule": f.rule,
        "severity": f.severity.value,
        "message_zh": f.message_zh,
        "message_en": f.message_en,
        "comparable": f.comparable,
        "reason": f.reason,
        "values": [_value_dict(v) for v in f.values],
        "targets": [_target_dict(t) for t in f.targets],
    }


def findings_to_json(findings: Iterable[Finding], *, indent: int | None = 2) -> str:
    """The findings as a JSON list (UTF-8 Chinese kept as is)."""
    return json.dumps([finding_to_dict(f) for f in findings], ensure_ascii=False, indent=indent)


_BADGE = {"error": "**错误 error**", "warning": "警告 warning", "info": "提示 info"}


def findings_to_markdown(findings: Iterable[Finding]) -> str:
    """A Markdown memo section: a summary line and one table row per finding.

    Each row gives the severity, the rule, the Chinese and English sentences and the
    quoted clauses with their document, target id and span, so the analyst can check
    them in the original. Document text is escaped as in the bulletin
    (:func:`mfgpolicy.text.markdown_cell`: ``|``, ``<``, ``>``, ``&``, line breaks).

    Args:
        findings: the findings to list (一致性检查结果).

    Returns:
        The Markdown text, ending in a newline.
    """
    items = list(findings)
    counts = {
        s: sum(1 for f in items if f.severity.value == s) for s in ("error", "warning", "info")
    }
    lines = [
        "## 一致性检查 Consistency findings",
        "",
        (
            f"{counts['error']} 错误 errors, {counts['warning']} 警告 warnings, "
            f"{counts['info']} 提示 info."
        ),
        "",
        "| 严重程度 severity | 规则 rule | 发现 finding | 原文 source |",
        "|---|---|---|---|",
    ]
    for f in items:
        # escape each piece of document text, then join with the one <br> we mean
        sources = "<br>".join(
            markdown_cell(f"{t.document} {t.target} [{t.span.start}:{t.span.end}] “{t.text}”")
            for t in f.targets
        )
        finding = f"{markdown_cell(f.message_zh)}<br>{markdown_cell(f.message_en)}"
        rule = markdown_cell(f.rule).replace("`", "")
        lines.append(f"| {_BADGE[f.severity.value]} | `{rule}` | {finding} | {sources} |")
    return "\n".join(lines) + "\n"


def findings_to_rich(findings: Iterable[Finding]) -> Any:
    """A :class:`rich.table.Table` of the findings for the terminal."""
    from rich.table import Table
    from rich.text import Text

    style = {"error": "bold red", "warning": "yellow", "info": "cyan"}
    table = Table(title="一致性检查 Consistency findings", show_lines=True)
    table.add_column("severity")
    table.add_column("rule")
    table.add_column("finding")
    table.add_column("targets")
    for f in findings:
        targets = "\n".join(
            f"{t.document} {t.target} [{t.span.start}:{t.span.end}] {t.text}" for t in f.targets
        )
        # document text enters rich as Text, never as markup (a clause may hold "[...]")
        table.add_row(
            Text(f.severity.value, style=style[f.severity.value]),
            Text(f.rule),
            Text(f"{f.message_zh}\n{f.message_en}"),
            Text(targets),
        )
    return table
