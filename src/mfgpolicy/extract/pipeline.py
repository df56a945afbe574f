"""The extraction pipeline (抽取流程): plan text → :class:`PolicyDocument`.

normalise → structure → metadata → targets → responsibility → spans back to
the original text → stable ids (``t1``, ``t2`` … in document order) →
restatement links → catalog links → measures with their target ids → warnings.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Sequence
from functools import lru_cache, partial
from pathlib import Path

from mfgpolicy.errors import MfgPolicyError, ParseError, UnitError
from mfgpolicy.extract.metadata import (
    Metadata,
    doc_number_year,
    extract_metadata,
    single_title_year,
)
from mfgpolicy.extract.reading import read_document
from mfgpolicy.extract.responsibility import ResponsibilityMap, extract_responsibility
from mfgpolicy.extract.structure import Section, parse_structure
from mfgpolicy.extract.tables import (
    Table,
    find_tables,
    row_deadline,
    separator_view,
    table_targets,
    task_table_targets,
    unread_cells,
    with_plan_years,
)
from mfgpolicy.extract.targets import FoundTarget, find_targets
from mfgpolicy.model import (
    AdminLevel,
    DeadlineBasis,
    DocumentWarning,
    IndicatorCatalog,
    Jurisdiction,
    Measure,
    PolicyDocument,
    Script,
    Span,
    Target,
    year_end,
)
from mfgpolicy.text import NormalizedText, normalize
from mfgpolicy.units import parse_unit

__all__ = ["extract_document", "extract_file", "unit_for_model"]


@lru_cache(maxsize=512)
def unit_for_model(unit: str) -> str | None:
    """The unit as the model accepts it: as written when the unit registry reads
    it (大 and 家 included, see units.txt), else ``None``."""
    try:
        parse_unit(unit)
    except (UnitError, ValueError):
        return None
    return unit


# --------------------------------------------------------------------------------------
# Restatements

# Sections that report the past (发展基础, 发展现状, 工作成效 …): their numbers are baselines.
_HISTORY_TITLE = re.compile(
    r"\s*(?:(?:发展|产业|工作|基本)?(?:基础|现状|成效|成绩|情况|回顾)(?:与|和|及)?(?:形势|问题|挑战)?$"
    r"|(?:发展|产业)?(?:基础|现状)(?:与|和|及)|面临(?:的)?形势|取得(?:的)?成效|主要成绩|工作回顾"
    # what a report says was done (主要做法, 工作开展情况, 主要工作及成效)
    r"|(?:主要|工作|经验)做法(?:和|与|及)?(?:成效|经验)?$|工作开展情况$|主要工作(?:及|和|与)成效$"
    r"|(?:当前|目前)?存在的?(?:主要)?(?:问题|不足|困难)(?:和|与|及)?(?:不足|挑战|困难)?$"
    # who may apply and on what terms (申报条件, 支持对象): thresholds, not aims
    r"|(?:申报|申请|认定|评选|入库)(?:条件|要求|范围|标准)$|(?:支持|扶持|奖励)(?:对象|范围|条件)$"
    r"|适用(?:范围|对象)$)"
)
# A review of a year before the plan's (2026年工作总结 / 2026年工作完成情况 in a 2027
# work plan): that year's record, its aims included (完成年度目标(8%)的95%).
_PAST_YEAR_REVIEW = re.compile(
    r"\s*((?:19|20)\d\d)年度?(?:上半年|前三季度|全年)?[\u4e00-\u9fff]{0,6}?"
    r"(?:总结|完成情况|工作情况|回顾|主要成效|进展情况|运行情况)$"
)
# A title that also announces the plan (现状与目标, 基础与思路): its history, if any, is in
# sub-sections of its own.
_PLAN_TITLE_WORD = re.compile(r"目标|任务|思路|举措|重点|方向|路径")
_RESTATE_STRIP = re.compile(r"[\s“”\"'()（）/、·.,，《》]|^(?:全市|全区|全县|市级?|区级?)")


def _restate_key(indicator: str) -> str:
    return _RESTATE_STRIP.sub("", indicator)


@lru_cache(maxsize=1)
def _indicator_catalog() -> IndicatorCatalog | None:
    try:
        return IndicatorCatalog.default()
    except (MfgPolicyError, OSError):  # pragma: no cover - catalog missing or broken
        return None


@lru_cache(maxsize=4096)
def _link(phrase: str) -> str | None:
    catalog = _indicator_catalog()
    if catalog is None:
        return None
    ind = catalog.link(phrase)
    return ind.id if ind is not None else None


# --------------------------------------------------------------------------------------


def _without(ranges: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``ranges`` with the ``holes`` (sorted, each inside one range) cut out."""
    out: list[tuple[int, int]] = []
    for a, b in ranges:
        cur = a
        for h0, h1 in holes:
            if a <= h0 and h1 <= b:
                out.append((cur, h0))
                cur = h1
        out.append((cur, b))
    return [(a, b) for a, b in out if b > a]


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping ``[start, end)`` ranges merged, in order."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


# A title that reports (完成情况的通报, 调度通报, 评估报告, 工作总结): its one year dates
# the aims its record restates.
# A plan that sets up or steers funds (产业基金设立方案, 发挥政府产业基金作用…实施意见).
# (a fund's 管理办法 or 实施细则 sets conditions, not sizes to reach)
_FUND_PLAN_TITLE = re.compile(
    r"基金(?![^\n]*(?:管理|办法|细则|指引|规程))[^\n]*(?:方案|意见|计划|规划)"
)
_REPORT_GENRE = re.compile(r"完成情况|通报|评估|总结|进展情况|运行情况")


def _with_table_targets(
    found: list[FoundTarget],
    tables: Sequence[Table],
    history: Sequence[tuple[int, int]],
    title_year: int | None = None,
    *,
    report: bool = False,
) -> list[FoundTarget]:
    """The sentence reader's targets and the indicator tables' targets in document order
    (``parent`` indexes renumbered).

    A row whose columns name no year takes the year the title names (关于2024年度…目标
    任务完成情况的通报 | 年度目标), as its section's.
    """
    rows = [
        FoundTarget(
            start=t.start,
            end=t.end,
            indicator=t.indicator,
            kind=t.kind,
            comparator=t.comparator,
            value=t.value,
            unit=t.unit,
            year=t.year if t.year is not None else title_year,
            basis=t.basis if t.year is not None or title_year is None else DeadlineBasis.SECTION,
            commitment=t.commitment,
            value_high=t.value_high,
            month=t.month,
        )
        for t in [
            *table_targets(tables),
            # (a report's task table of the year's aims: the sentence reader takes its
            # cells for record; the table gives them)
            *(
                x
                for x in (task_table_targets(tables) if report else [])
                if not any(f.start < x.end and x.start < f.end for f in found)
            ),
        ]
        if not any(a <= t.start < b for a, b in history)
    ]
    if not rows:
        return found
    tagged = [(f.start, 0, i, f) for i, f in enumerate(found)]
    tagged += [(f.start, 1, i, f) for i, f in enumerate(rows)]
    tagged.sort(key=lambda x: (x[0], x[1], x[2]))
    new_index = {i: k for k, (_, src, i, _f) in enumerate(tagged) if src == 0}
    out = []
    for _, src, _i, f in tagged:
        if src == 0 and f.parent is not None:
            f.parent = new_index.get(f.parent)
        out.append(f)
    return out


def _doc_id(sha: str) -> str:
    return "doc-" + sha[:16]


def _build_targets(
    norm: NormalizedText,
    found: list[FoundTarget],
    meta: Metadata,
    rmap: ResponsibilityMap,
    warnings: list[DocumentWarning],
    *,
    tables: Sequence[Table] = (),
    measure_at: Callable[[int], str | None] | None = None,
) -> tuple[list[Target], dict[int, str]]:
    original = norm.original
    targets: list[Target] = []
    index_to_id: dict[int, str] = {}
    first_by_key: dict[tuple[str, object, str | None], str] = {}
    # (indicator, value, high, unit, comparator, per) of each target with a stated year
    stated_values: dict[tuple[object, ...], dt.date] = {}
    undated = 0
    h_start: dt.date | None = meta.horizon_start
    h_end: dt.date | None = meta.horizon_end
    for i, f in enumerate(found):
        # A share written as a fraction (三分之一, 一半) has no unit: recorded as None
        # (a pure number; its canonical unit is "1").
        unit = f.unit
        if unit is not None:
            model_unit = unit_for_model(unit)
            o0, o1 = norm.to_original(f.start, f.end)
            if model_unit is None:
                warnings.append(
                    DocumentWarning(
                        code="unknown_unit",
                        message=f"unit {unit!r} is not in the unit registry; target skipped",
                        span=Span(o0, o1),
                    )
                )
                continue
        start, end = norm.to_original(f.start, f.end)
        year = f.year
        if year is not None and not 1949 <= year <= 2200:
            year = None
        deadline = year_end(year) if year is not None else h_end
        basis = f.basis if year is not None else DeadlineBasis.PLAN
        if (
            f.month is not None
            and deadline is not None
            and (
                basis is not DeadlineBasis.PLAN
                or (h_start is not None and h_start.year == deadline.year)
            )
        ):
            # 2024年6月底前 / 上半年: the month's last day (or the day stated); with no year
            # in the sentence only in a one-year plan
            deadline = _in_year(deadline.year, f.month, f.day)
        if basis is not DeadlineBasis.STATED and (
            row_date := row_deadline(tables, f.start) if tables else None
        ):
            # The 完成时限 cell of the task row: 2025年6月底 → 2025-06-30.
            deadline, basis = row_date, DeadlineBasis.STATED
        echo = (_restate_key(f.indicator), f.value, f.value_high, f.unit, f.comparator, f.per)
        if basis is not DeadlineBasis.STATED and echo[0] and (first := stated_values.get(echo)):
            # 围绕…利用率达到62%的目标 in a task with no year: the goal stated earlier, due
            # when it is
            deadline, basis = first, DeadlineBasis.SECTION
        if deadline is None:
            undated += 1
        period_start = h_start if (h_start and deadline and h_start < deadline) else None
        resp = rmap.for_span(f.start, f.end)
        tid = f"t{len(targets) + 1}"
        parent = index_to_id.get(f.parent) if f.parent is not None else None
        key = (
            _restate_key(f.indicator),
            # a milestone within the year (上半年 | 前三季度) restates nothing of the year's
            (deadline.year, deadline.month) if deadline and f.month else deadline and deadline.year,
            f.per.value if f.per else None,
        )
        restates = first_by_key.get(key)
        try:
            t = Target(
                id=tid,
                indicator=f.indicator,
                indicator_id=_link(f.indicator),
                kind=f.kind,
                comparator=f.comparator,
                value=f.value,
                value_high=f.value_high,
                unit=unit,
                span=Span(start, end),
                text=original[start:end],
                per=f.per,
                deadline=deadline,
                deadline_basis=basis,
                period_start=period_start,
                commitment=f.commitment,
                parent=parent,
                restates=restates,
                responsibility=resp,
                measure=measure_at(f.start) if measure_at is not None else None,
            )
        except (ValueError, TypeError) as exc:
            warnings.append(
                DocumentWarning(
                    code="target_rejected",
                    message=f"target {original[start:end]!r} rejected: {str(exc)[:200]}",
                    span=Span(start, end),
                )
            )
            continue
        targets.append(t)
        index_to_id[i] = tid
        if restates is None and key[0]:
            first_by_key[key] = tid
        if basis is DeadlineBasis.STATED and deadline is not None and echo[0]:
            stated_values.setdefault(echo, deadline)
    points = [f for f in found if f.percent_points]
    if points:
        warnings.append(
            _found_warning(
                norm,
                points[0],
                "percent_vs_points",
                f"{len(points)} share(s) raised by a percent (比重提高10%), where "
                "个百分点 is probably meant; unit kept as written, kind increment",
            )
        )
    for f in found:
        if f.unit_missing:
            o0, o1 = norm.to_original(f.start, f.end)
            warnings.append(
                _found_warning(
                    norm,
                    f,
                    "unit_missing",
                    f"rate {original[o0:o1]!r} has no unit (probably a lost %); "
                    "value kept as written, unit null",
                )
            )
    if undated:
        warnings.append(
            DocumentWarning(
                code="deadline_unknown",
                message=(
                    f"{undated} target(s) without a deadline: no year in the sentence, "
                    "its section, the headline or the plan"
                ),
            )
        )
    return targets, index_to_id


def _in_year(year: int, month: int, day: int | None) -> dt.date:
    """The date ``day`` of ``month`` in ``year``, or the month's last day."""
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day, last) if day else last)


def _found_warning(
    norm: NormalizedText, f: FoundTarget, code: str, message: str
) -> DocumentWarning:
    """A warning about one found target, its span mapped to the original text."""
    o0, o1 = norm.to_original(f.start, f.end)
    return DocumentWarning(code=code, message=message, span=Span(o0, o1))


def _measure_ids(sections: Sequence[Section]) -> tuple[list[Section], dict[str, str]]:
    """The sections in document order (outer first) and the measure id of each."""
    secs = sorted(sections, key=lambda s: (s.start, s.level))
    return secs, {s.id: f"m{i + 1}" for i, s in enumerate(secs)}


def _measure_at(secs: Sequence[Section], sid_to_mid: dict[str, str], pos: int) -> str | None:
    """The measure of the innermost section containing ``pos`` (normalised offset)."""
    best = None
    for s in secs:
        if s.start > pos:
            break
        if s.start <= pos < s.end:
            best = s
    return sid_to_mid[best.id] if best is not None else None


def _build_measures(
    norm: NormalizedText,
    secs: Sequence[Section],
    sid_to_mid: dict[str, str],
    targets: list[Target],
    rmap: ResponsibilityMap,
) -> list[Measure]:
    """The measures (one per section) with the ids of the targets each holds.

    A target belongs to the innermost section containing its start; it names that
    measure in its own ``measure`` field (set when it is built, by
    :func:`_measure_at`), and the measure lists it back, so both directions agree.
    """
    owned: dict[str, list[str]] = {mid: [] for mid in sid_to_mid.values()}
    for t in targets:
        if t.measure is not None:
            owned[t.measure].append(t.id)
    measures = []
    for s in secs:
        o0, o1 = norm.to_original(s.start, max(s.start, s.end))
        mid = sid_to_mid[s.id]
        measures.append(
            Measure(
                id=mid,
                path=tuple(s.path),
                title=s.title,
                span=Span(o0, o1),
                parent=sid_to_mid.get(s.parent) if s.parent else None,
                responsibility=rmap.for_section(s.id),
                target_ids=tuple(owned[mid]),
            )
        )
    return measures


def extract_document(text: str, *, source: str | None = None) -> PolicyDocument:
    """Extract a plan's metadata, measures and targets (抽取).

    Args:
        text: the plan's plain text as read (any script; see TARGETS.md).
        source: where it came from (a file name), kept in the document.

    Returns:
        The :class:`PolicyDocument`; spans point into ``text``.

    Raises:
        ParseError: ``text`` is not a str, or cannot be read as a plan at all.
    """
    if not isinstance(text, str):
        raise ParseError(repr(text)[:80], expected=f"a str, got {type(text).__name__}")
    norm = normalize(text)
    ntext = norm.text
    warnings: list[DocumentWarning] = []
    sections = list(parse_structure(ntext))
    meta = extract_metadata(norm, sections)
    warnings.extend(meta.warnings)
    h_start, h_end = meta.horizon_start, meta.horizon_end
    written = next(
        (d.year for d in (meta.issued, meta.published) if d is not None),
        doc_number_year(meta.doc_number),
    )
    # (a year column after the year of writing is the plan's, whatever else it holds)
    tables = with_plan_years(
        find_tables(ntext),
        h_start.year if h_start else (written + 1 if written is not None else None),
    )
    closed = [
        (sec.start, sec.end)
        for sec in sections
        if (past := _PAST_YEAR_REVIEW.match(sec.title)) is not None
        and h_start is not None
        and int(past.group(1)) < h_start.year
        and not _PLAN_TITLE_WORD.search(sec.title)
    ]
    history = [
        (sec.start, sec.end)
        for sec in sections
        if _HISTORY_TITLE.match(sec.title) and not _PLAN_TITLE_WORD.search(sec.title)
    ] + closed
    title_year = single_title_year(meta.title)
    found = find_targets(
        separator_view(ntext, tables),
        exclude=_merged(
            history
            + _without(
                [(t.start, t.end) for t in tables if t.kind == "indicators"],
                unread_cells(tables),
            )
            + _described_cells(tables)
        ),
        keep_breaks=_kept_breaks(ntext, tables),
        first_year=h_start.year if h_start else None,
        last_year=h_end.year if h_end else None,
        written_year=next(
            (d.year for d in (meta.issued, meta.published, meta.effective) if d is not None),
            _month_line_year(ntext) or doc_number_year(meta.doc_number),
        ),
        outer_scopes=_outer_scopes(
            meta.jurisdiction, "\n".join(ntext.lstrip().split("\n", 3)[:3])[:160]
        ),
        report_year=title_year if meta.title and _REPORT_GENRE.search(meta.title) else None,
        fund_plan=bool(meta.title and _FUND_PLAN_TITLE.search(meta.title)),
        closed=closed,
    )
    report = bool(meta.title and _REPORT_GENRE.search(meta.title))
    found = _with_table_targets(found, tables, history, title_year, report=report)
    rmap = extract_responsibility(ntext, sections, tables=tables)
    warnings.extend(rmap.warnings)
    secs, sid_to_mid = _measure_ids(sections)
    targets, _ = _build_targets(
        norm,
        found,
        meta,
        rmap,
        warnings,
        tables=tables,
        measure_at=partial(_measure_at, secs, sid_to_mid),
    )
    measures = _build_measures(norm, secs, sid_to_mid, targets, rmap)
    if meta.title is None and not any(w.code == "title_missing" for w in warnings):
        warnings.append(
            DocumentWarning(code="title_missing", message="the document has no title line")
        )
    sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    script = norm.script if isinstance(norm.script, Script) else Script(norm.script)
    return PolicyDocument(
        id=_doc_id(sha),
        text_sha256=sha,
        title=meta.title,
        doc_type=meta.doc_type,
        doc_number=meta.doc_number,
        index_number=meta.index_number,
        issuer=meta.issuer,
        jurisdiction=meta.jurisdiction,
        other_jurisdictions=meta.other_jurisdictions,
        issued=meta.issued,
        published=meta.published,
        effective=meta.effective,
        horizon_start=h_start,
        horizon_end=h_end,
        script=script,
        source=source,
        measures=measures,
        targets=targets,
        warnings=warnings,
    )


def _kept_breaks(text: str, tables: Sequence[Table]) -> list[tuple[int, int]]:
    """Where line breaks are cell borders: the tables, less the cells a copy wrapped
    over several lines (到2026年累计实施技改项目 ⏎ 150个,…), whose breaks are a wrap."""
    out: list[tuple[int, int]] = []
    for t in tables:
        wrapped = sorted(
            (c.start, c.end)
            for row in t.rows
            for c in row.cells
            if c is not None and "\n" in text[c.start : c.end]
        )
        pos = t.start
        for a, b in wrapped:
            if a > pos:
                out.append((pos, a))
            pos = max(pos, b)
        out.append((pos, t.end))
    return out


def _described_cells(tables: Sequence[Table]) -> list[tuple[int, int]]:
    """Cells of a project roster that describe a project (建设内容, 总投资, 占地): no targets."""
    return [
        (cell.start, cell.end)
        for t in tables
        for row in t.rows
        for col, cell in zip(t.columns, row.cells, strict=False)
        if cell is not None and col.role in ("scope", "descriptor")
    ]


# A header line dated to the month only (2023年10月, under the issuer of a report).
_MONTH_LINE = re.compile(
    r"^[ \t]*[(（]?[ \t]*((?:19|20)\d\d)年(?:1[0-2]|0?[1-9])月[ \t]*[)）]?[ \t]*$", re.MULTILINE
)


def _outer_scopes(place: Jurisdiction | None, head: str) -> tuple[str, ...]:
    """Scope words naming a level above ``place``: 全省 in a city's plan, 全市 in a
    county's or a district's (a county-level city calls itself 全市).

    Only a place the document's head names (its title, its issuer) is sure enough to
    drop targets by: a place guessed from the body (the counties a breakdown table
    lists) may be a part of the document's own area.
    """
    if place is None or not (place.name in head or (place.short_name or place.name) in head):
        return ()
    if place.level is AdminLevel.PROVINCE:
        return ()
    out = ("全省", "我省")
    below_city = place.level in (AdminLevel.DISTRICT, AdminLevel.TOWNSHIP) or (
        place.level is AdminLevel.COUNTY and not place.name.endswith("市")
    )
    return (*out, "全市") if below_city else out


# A news report's dateline opening a paragraph (2025年3月27日上午,…召开新闻发布会).
# (2024年6月12日  芜湖市经济和信息化局: the date, then who speaks, on one line; 发布时间:
# 2025-03-05 08:31 on a web page's meta line)
_DATELINE = re.compile(
    r"^[ \t]*((?:19|20)\d\d)年(?:1[0-2]|0?[1-9])月(?:3[01]|[12]\d|0?[1-9])日"
    r"(?:(?:上午|下午|晚上?|晚间|电|讯)?[,，]|[ \t\u3000]+[\u4e00-\u9fff()（）、]{2,30}[ \t]*$)"
    r"|(?:发布|发文|印发|成文|发稿)(?:日期|时间)[:：][ \t]*((?:19|20)\d\d)[-/.年]",
    re.MULTILINE,
)


def _month_line_year(text: str) -> int | None:
    """The year of a month-only date line, or of a report's dateline, among the first
    lines, if any."""
    if m := _MONTH_LINE.search(text, 0, 400):
        return int(m.group(1))
    if m := _DATELINE.search(text, 0, 400):
        return int(m.group(1) or m.group(2))
    return None


def _read(path: Path) -> str:
    text, _encoding = read_document(path)
    return text


def extract_file(path: str | Path) -> PolicyDocument:
    """Read a plan file (UTF-8, else GB18030) and extract it (抽取文件).

    Raises:
        DocumentError: the file is missing, empty or undecodable.
        ParseError: the text cannot be read as a plan.
    """
    p = Path(path)
    return extract_document(_read(p), source=p.name)
