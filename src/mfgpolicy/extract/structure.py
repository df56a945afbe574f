"""The section tree of a plan document (章节结构).

Plans of the genre number their parts with a small, stable set of markers:

====================  =====  =========================================
marker                level  example
====================  =====  =========================================
``一、``               1      ``三、重点任务``
``(一)`` ``（一）``     2      ``(一)坚定不移淘汰落后产能。``
``1.`` ``1、``          3      ``1.抓清单编制。根据……``
``(1)`` ``①``          4      ``(1)龙头企业引领``
``——``                5      ``——龙头企业引领。`` (破折号条目)
``附件`` / ``附表``      1      an appendix (附件), flagged ``is_appendix``
====================  =====  =========================================

:func:`parse_structure` reads them from the **normalised** text
(:func:`mfgpolicy.text.normalize`), so full-width parentheses and dots have
already become ASCII. A marker counts when it opens a line; a numbered marker
after ``。`` inside a paragraph counts only when it continues the numbering of
its level (so a stray ``(一)`` quoted in running text is not a heading).
Numbers that merely look like markers (``2023年``, ``1.2万亩``) never match.

An appendix table flattened one cell per line (附件 … 工程名称 / 建设内容与目标 …)
is split into one child section per row: a run of short cells (the row name)
followed by the long cells of that row.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from mfgpolicy.numerals import whole_number

__all__ = ["Section", "parse_structure"]


@attrs.frozen
class Section:
    """One heading of the section tree and the text it governs (章节).

    Attributes:
        id: ``s1``, ``s2`` … in document order.
        path: the numbering path as written, outermost first
            (``("三", "(一)", "1")``); appendix rows are ``("附件", "1")`` ….
        level: 1 (一、), 2 ((一)), 3 (1.), 4 ((1) ①), 5 (—— bullet); appendices
            are level 1 and their table rows level 2.
        title: the heading text without its marker, up to the first ``。`` or
            the end of the line (the name of the row for an appendix table row).
        start: offset of the marker in the normalised text.
        end: end of the section including its children (trailing blank lines
            excluded).
        body_start: offset where the text after the heading begins.
        parent: id of the enclosing section, or ``None`` at the top.
        is_appendix: the section is (inside) an appendix (附件/附表).
    """

    id: str
    path: tuple[str, ...]
    level: int
    title: str
    start: int
    end: int
    body_start: int
    parent: str | None
    is_appendix: bool

    def contains(self, offset: int) -> bool:
        """Whether ``offset`` lies inside this section."""
        return self.start <= offset < self.end


# ---------------------------------------------------------------------------
# Markers
# ---------------------------------------------------------------------------

_CN_DIGITS: Final = "〇零一二三四五六七八九十百"
_CIRCLED: Final = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# One scanner for every marker; a candidate opens a line or follows 。.
# Level-3 digits must not be followed by another digit (1.2万亩) and at most two
# digits are allowed, so 2023年 or 2023. never match.
_MARKER_RE: Final = re.compile(
    rf"(?:^|(?<=。))[ \t]*(?:"
    rf"(?P<l1>[{_CN_DIGITS}]{{1,3}})、"
    rf"|[(（](?P<l2>[{_CN_DIGITS}]{{1,3}})[)）]"
    rf"|(?P<l3>\d{{1,2}})(?:[.．、](?![\d%]))"
    rf"|[(（](?P<l4>\d{{1,2}})[)）]"
    rf"|(?P<l4c>[{_CIRCLED}])"
    rf"|(?P<bullet>——)(?=\S)"
    rf")",
    re.MULTILINE,
)
_APPENDIX_RE: Final = re.compile(
    r"^[ \t]*(?P<kind>附件|附表)[ \t]*(?P<num>\d{0,2})[ \t]*"
    # 附件:题名, or 附表 主要指标 (a short title after a space, no sentence)
    r"(?:[:：][ \t]*(?P<title>[^\n]*)|(?<=[ \t])(?P<title2>[^\n。;；]{2,30}))?$",
    re.MULTILINE,
)
_TITLE_END_RE: Final = re.compile(r"。|\n")
_BULLET_TITLE_END_RE: Final = re.compile(r"[。,，;；:：\n]")
_LINE_RE: Final = re.compile(r"[^\n]+")
_TABLE_HEADER_RE: Final = re.compile(
    r"名称|内容|序号|目标|单位|备注|时限|时间|指标|类别|事项|项目$|任务$"
)
#: A table cell no longer than this and without 。 reads as a row name or header.
_SHORT_CELL: Final = 16


def _cn_number(s: str) -> int:
    """Value of a small Chinese numeral (一 … 九十九, 百), 0 when unreadable."""
    return whole_number(s) or 0


@attrs.define
class _Open:
    """A section being built (its end is not known yet)."""

    id: str
    path: tuple[str, ...]
    level: int
    title: str
    start: int
    body_start: int
    parent: str | None
    is_appendix: bool
    end: int = -1
    last_child_number: dict[int, int] = attrs.Factory(dict)


def _title_of(text: str, pos: int, *, bullet: bool) -> tuple[str, int]:
    """The heading title starting at ``pos`` and the offset of the body after it."""
    rx = _BULLET_TITLE_END_RE if bullet else _TITLE_END_RE
    m = rx.search(text, pos)
    stop = m.start() if m else len(text)
    title = text[pos:stop].strip()
    body = stop + 1 if m and m.group() != "\n" else stop
    if bullet:
        # A bullet's body is the whole line: the title is only its lead phrase.
        body = pos
    return title, body


def _skip_space(text: str, pos: int, limit: int) -> int:
    while pos < limit and text[pos] in " \t\n":
        pos += 1
    return pos


def _appendix_starts(text: str, main_start: int) -> list[re.Match[str]]:
    """Lines that open an appendix (附件/附表) after the main text has begun.

    A bare ``附件`` line opens an appendix. A ``附件:题名`` line opens one only when
    no bare line follows it, since that form usually lists the attachments at the
    end of the body (附件:制造业高质量发展重点工程表) and the appendix itself comes
    after under a bare ``附件``.
    """
    found = [m for m in _APPENDIX_RE.finditer(text) if m.start() > main_start]
    # 附表1 主要指标 followed by 二、重点任务: a table inside the body, not an appendix
    found = [
        m
        for m in found
        if m.group("title2") is None
        or not any(h.group("l1") is not None for h in _MARKER_RE.finditer(text, m.end()))
    ]
    bare = [m for m in found if m.group("title") is None and m.group("title2") is None]
    if bare:
        first_bare = bare[0].start()
        return [m for m in found if m in bare or m.start() > first_bare]
    return found


def _marker_of(m: re.Match[str]) -> tuple[int, str, int | None]:
    """(level, path element as written, number or None) of a marker match."""
    if (g := m.group("l1")) is not None:
        return 1, g, _cn_number(g)
    if (g := m.group("l2")) is not None:
        return 2, f"({g})", _cn_number(g)
    if (g := m.group("l3")) is not None:
        return 3, g, int(g)
    if (g := m.group("l4")) is not None:
        return 4, f"({g})", int(g)
    if (g := m.group("l4c")) is not None:
        return 4, g, _CIRCLED.index(g) + 1
    return 5, "——", None


def parse_structure(text: str) -> list[Section]:
    """Parse the numbered headings of a plan into a flat section tree (章节结构).

    Args:
        text: the normalised text (``normalize(original).text``).

    Returns:
        The sections in document order. Offsets are into ``text``. Text before
        the first heading (title, cover letter 通知, preamble) belongs to no
        section.
    """
    first_l1 = next((m for m in _MARKER_RE.finditer(text) if m.group("l1") is not None), None)
    main_start = first_l1.start() if first_l1 else 0
    appendices = _appendix_starts(text, main_start) if first_l1 else []
    body_end = appendices[0].start() if appendices else len(text)

    opened: list[_Open] = []
    stack: list[_Open] = []
    top_last: dict[int, int] = {}

    def new_id() -> str:
        return f"s{len(opened) + 1}"

    def close_to(level: int, at: int) -> None:
        while stack and stack[-1].level >= level:
            stack.pop().end = at

    for m in _MARKER_RE.finditer(text, 0, body_end):
        level, element, number = _marker_of(m)
        at_line_start = m.start() == 0 or text[m.start() - 1] == "\n"
        # Siblings live in the nearest open section above this level.
        parent_idx = len(stack)
        while parent_idx and stack[parent_idx - 1].level >= level:
            parent_idx -= 1
        counters = stack[parent_idx - 1].last_child_number if parent_idx else top_last
        # Inside a paragraph: only a marker that continues its numbering.
        if not at_line_start and (number is None or number != counters.get(level, 0) + 1):
            continue
        if level == 1 and m.start() < main_start:
            continue
        marker_start = m.start() + (len(m.group()) - len(m.group().lstrip(" \t")))
        close_to(level, marker_start)
        parent = stack[-1] if stack else None
        if number is not None:
            counters[level] = number
            element_path = element
        else:
            n = counters.get(level, 0) + 1
            counters[level] = n
            element_path = f"{element}{n}"
        title, body = _title_of(text, m.end(), bullet=level == 5)
        sec = _Open(
            id=new_id(),
            path=(*parent.path, element_path) if parent else (element_path,),
            level=level,
            title=title,
            start=marker_start,
            body_start=body,
            parent=parent.id if parent else None,
            is_appendix=False,
        )
        opened.append(sec)
        stack.append(sec)
    close_to(0, body_end)

    for i, am in enumerate(appendices):
        a_end = appendices[i + 1].start() if i + 1 < len(appendices) else len(text)
        _appendix(text, am, a_end, opened, new_id)

    out: list[Section] = []
    for s in opened:
        end = s.end if s.end >= 0 else len(text)
        end = max(s.start, len(text[:end].rstrip()))
        out.append(
            Section(
                id=s.id,
                path=s.path,
                level=s.level,
                title=s.title,
                start=s.start,
                end=end,
                body_start=min(_skip_space(text, s.body_start, end), end),
                parent=s.parent,
                is_appendix=s.is_appendix,
            )
        )
    return out


def _is_short(cell: str) -> bool:
    return len(cell) <= _SHORT_CELL and "。" not in cell


def _appendix(
    text: str,
    am: re.Match[str],
    end: int,
    opened: list[_Open],
    new_id: object,
) -> None:
    """Add an appendix section and its table rows (or numbered headings)."""
    assert callable(new_id)
    element = am.group("kind") + am.group("num")
    lines = [
        (lm.start(), lm.end(), lm.group().strip()) for lm in _LINE_RE.finditer(text, am.end(), end)
    ]
    lines = [ln for ln in lines if ln[2]]
    title = (am.group("title") or am.group("title2") or "").strip()
    rest = lines
    if not title and lines:
        title, rest = lines[0][2], lines[1:]
    body_start = rest[0][0] if rest else am.end()
    appendix = _Open(
        id=new_id(),
        path=(element,),
        level=1,
        title=title,
        start=am.start(),
        body_start=body_start,
        parent=None,
        is_appendix=True,
        end=end,
    )
    opened.append(appendix)

    # Numbered headings inside the appendix: parse them as children.
    sub = parse_structure(text[body_start:end]) if rest else []
    if any(s.level <= 3 for s in sub):
        mapping: dict[str, str] = {}
        for s in sub:
            sid = new_id()
            mapping[s.id] = sid
            opened.append(
                _Open(
                    id=sid,
                    path=(element, *s.path),
                    level=s.level + 1,
                    title=s.title,
                    start=s.start + body_start,
                    body_start=s.body_start + body_start,
                    parent=mapping[s.parent] if s.parent else appendix.id,
                    is_appendix=True,
                    end=s.end + body_start,
                )
            )
        return

    # A flattened table: rows are a run of short cells then long ones.
    rows: list[tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]] = []
    names: list[tuple[int, int, str]] = []
    cells: list[tuple[int, int, str]] = []
    for ln in rest:
        if _is_short(ln[2]):
            if cells:
                rows.append((names, cells))
                names, cells = [], []
            names.append(ln)
        else:
            cells.append(ln)
    if cells:
        rows.append((names, cells))
    for n, (row_names, row_cells) in enumerate(rows, 1):
        if n == 1:
            # The first run also holds the column headers (工程名称 / 建设内容与目标).
            last_header = max(
                (
                    i
                    for i, c in enumerate(row_names)
                    if _TABLE_HEADER_RE.search(c[2]) and len(c[2]) <= 10
                ),
                default=-1,
            )
            row_names = row_names[last_header + 1 :]
        start = row_names[0][0] if row_names else row_cells[0][0]
        opened.append(
            _Open(
                id=new_id(),
                path=(element, str(n)),
                level=2,
                title="".join(c[2] for c in row_names),
                start=start,
                body_start=row_cells[0][0],
                parent=appendix.id,
                is_appendix=True,
                end=row_cells[-1][1],
            )
        )
