"""Document metadata: title, genre, numbers, issuer, dates, jurisdiction, horizon (文件信息).

Government disclosure pages put a header above the plan (索引号, 发布机构,
发文字号, 公开日期 …), then a cover notice (关于印发《…》的通知) signed by the
issuing body with its date, then the plan with its own title line. Any of these
may be missing; :func:`extract_metadata` reads what is there, with general rules
of the genre, and says in warnings what it could not find.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

import attrs

from mfgpolicy.extract.structure import Section
from mfgpolicy.model.document import DocumentWarning
from mfgpolicy.model.enums import DocType
from mfgpolicy.model.jurisdiction import Gazetteer, Jurisdiction
from mfgpolicy.model.target import Span
from mfgpolicy.model.timing import five_year_plan
from mfgpolicy.numerals import arabic_years, whole_number
from mfgpolicy.text import NormalizedText

__all__ = ["Metadata", "extract_metadata", "single_title_year"]


@attrs.frozen
class Metadata:
    """What the header, the cover notice and the title say about a plan (文件信息).

    Attributes:
        title: the plan's title (标题), or ``None``.
        doc_type: the genre from the title (行动方案, 工作要点 …).
        doc_number: 发文字号 (绍政办发〔2021〕25号).
        index_number: 索引号.
        issuer: 发布机构, else the signing body above the signature date.
        jurisdiction: the jurisdiction the plan governs.
        other_jurisdictions: further jurisdictions it governs (a joint issuer).
        issued: the signature date (成文日期).
        published: 发布日期 / 公开日期.
        effective: 施行 date (本方案自…起施行).
        horizon_start, horizon_end: the plan period.
        warnings: ``title_missing``, ``title_damaged`` ….
    """

    title: str | None
    doc_type: DocType
    doc_number: str | None
    index_number: str | None
    issuer: str | None
    jurisdiction: Jurisdiction | None
    other_jurisdictions: tuple[Jurisdiction, ...]
    issued: dt.date | None
    published: dt.date | None
    effective: dt.date | None
    horizon_start: dt.date | None
    horizon_end: dt.date | None
    warnings: tuple[DocumentWarning, ...]


# ---------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------

_GENRES: Final = (
    ("行动方案", DocType.ACTION_PLAN),
    ("实施方案", DocType.IMPLEMENTATION_PLAN),
    ("行动计划", DocType.ACTION_PROGRAMME),
    ("工作要点", DocType.WORK_POINTS),
    ("若干意见", DocType.OPINIONS),
    ("实施意见", DocType.OPINIONS),
    ("指导意见", DocType.OPINIONS),
    ("规划", DocType.PLAN),
    ("通知", DocType.NOTICE),
)
_GENRE_RE: Final = re.compile("|".join(g for g, _ in _GENRES))
_GENRE_OF: Final = dict(_GENRES)
_LETTER_SPACED_RE: Final = re.compile(r"(?:[\u4e00-\u9fff][ \t\u3000]+){2,}[\u4e00-\u9fff]")
_SPACED_OUT_RE: Final = re.compile(r"[ \t\u3000]+")
_TITLE_END_RE: Final = re.compile(
    r"(?:方案|计划|要点|意见|规划|纲要|措施|办法|细则|责任书|评估报告|政策解读|工作总结|工作打算|工作思路"
    r"|工作报告|的报告|情况报告|会议?上的讲话|通报|会议纪要|批示件|运行简报|简报|完成情况|运行情况|运行分析"
    r"|(?:任务|责任|目标)(?:分工|分解)表?|(?:责任|任务)清单|20\d\d年[^\n]{0,30}?(?:重点工作|工作任务|工作安排))"
    # (2025—2027年), also in words: (二〇二五—二〇二七年)
    r"(?:\((?:\d{4}|[〇零○一二三四五六七八九]{4})年?\s*[-—–~至]\s*"
    r"(?:\d{4}|[〇零○一二三四五六七八九]{4})年?\))?"
    # …规划(摘要) / …方案(试行) / …(征求意见稿): a remark on the version
    r"(?:[(（](?:摘要|摘编|全文|节选|草案|试行|暂行|修订稿?|征求意见稿|送审稿|代拟稿)[)）])?$"
)
# A notice that is itself the document: 关于2025年重点工作及责任分解的通知.
# The issuer may open the line (南通市工业和信息化局关于调整…目标的通知).
# How the name of an issuing body ends (市工业和信息化局, 县人民政府办公室, 管委会).
_BODY_END: Final = r"(?:局|委|委员会|办公室|办公厅|政府|厅|管委会|管理委员会)"
_SELF_NOTICE_RE: Final = re.compile(
    rf"^(?:[\u4e00-\u9fff]{{2,30}}?{_BODY_END})?"
    r"关于(?!印发|转发)(?P<title>[^\n。,，]{4,60})的通知$"
)
_NOTICE_RE: Final = re.compile(r"关于印发《?(?P<title>.+?)》?的通知")
_QUOTED_RE: Final = re.compile(r"《(?P<title>[^《》\n]{4,80}?)》")
_REFERENCE_BEFORE_RE: Final = re.compile(
    r"(?:按照|根据|依据|贯彻|落实|对照|围绕|结合|衔接)[^,，。;；]{0,4}$"
)
_DAMAGED_RE: Final = re.compile(r"^[?？�□\s]+$")
_DOC_NUMBER_RE: Final = re.compile(
    # (〔2026〕7号 alone under a minutes' title: the 〔〕 brackets mark it without a prefix)
    r"(?:[\u4e00-\u9fff]{1,12}[〔\[(（]|(?<![\u4e00-\u9fff])〔)"
    r"\s*(?:19|20)\d{2}\s*[〕\]）)]\s*\d{1,4}\s*号"
)
_DOC_NUMBER_LABEL_RE: Final = re.compile(r"(?:发文字号|文件编号|文号)[ \t]*[:：][ \t]*")
_INDEX_RE: Final = re.compile(r"索引号[ \t]*[:：][ \t]*(?P<value>[^\s]+)")
_ISSUER_RE: Final = re.compile(r"(?:发布机构|发文机关|印发单位)[ \t]*[:：][ \t]*(?P<value>[^\s]+)")
_DATE: Final = r"(?P<y>(?:19|20)\d{2})\s*[-年./]\s*(?P<m>\d{1,2})\s*[-月./]\s*(?P<d>\d{1,2})"
_PUBLISHED_RE: Final = re.compile(rf"(?:发布日期|公开日期|发布时间)[ \t]*[:：][ \t]*{_DATE}")
# A web page's time stamp on a line of its own in the header (2022-02-27 16:27:00): when
# the page was published.
_STAMP_RE: Final = re.compile(
    r"^[ \t]*(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"
    r"(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*$",
    re.MULTILINE,
)
_WRITTEN_RE: Final = re.compile(rf"成文日期[ \t]*[:：][ \t]*{_DATE}")
# A signature date on a line of its own, or after the notice's last full stop
# (…请认真贯彻执行。 二○一○年一月十二日).
# When a speech or a work report was delivered, under its title: (2025年2月10日) /
# (2026年2月20日,根据录音整理) / ——2024年1月18日在临江市第十七届人民代表大会…上.
_DELIVERED_RE: Final = re.compile(
    r"^[ \t]*(?:[(（]|——?)[ \t]*(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
    r"(?:[,，][^()（）\n]{0,16}[)）]|[)）]|在[^\n]{2,60}?上)[ \t]*$",
    re.MULTILINE,
)
_SIGN_DATE_RE: Final = re.compile(
    # (XX经济开发区党政办公室          2027年2月26日: the office, then its date)
    r"(?:^|(?<=。)|(?<=[办室局委厅府会]))[ \t]*"
    r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日[ \t]*$",
    re.MULTILINE,
)
# 二○一○年 / 二〇一0年 (a digit typed for 〇) / 元月 and 正月 for January.
_SIGN_DATE_CN_RE: Final = re.compile(
    r"(?:^|(?<=。))[ \t]*(?P<y>[〇零○Ｏ0０一二三四五六七八九]{4})年"
    r"(?P<m>[一二三四五六七八九十]{1,2}|元|正)月"
    r"(?P<d>[一二三四五六七八九十]{1,3})日[ \t]*$",
    re.MULTILINE,
)
_EFFECTIVE_RE: Final = re.compile(
    r"自(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:起)?(?:施行|实施|执行|生效)"
)
_EFFECTIVE_ON_ISSUE_RE: Final = re.compile(r"自(?:印发|发布)之日起(?:施行|实施|执行|生效)")
_RANGE_RE: Final = re.compile(
    r"(?P<a>(?:19|20)\d{2})\s*年?\s*[-—–~至到]\s*(?P<b>(?:19|20)\d{2})\s*年?"
)
# An annual plan: a year anywhere in a title ending with its genre (2025年全市…工作要点,
# …2023年工作要点), unless the year is a deadline (到2025年).
# 2026年工作总结和2027年工作打算: a report on one year and the plan of the next; the
# plan's year is the horizon.
_NEXT_YEAR_PLAN_RE: Final = re.compile(
    # (关于2026年工作总结和2027年工作计划的报告: the report carrying it)
    r"(?P<y>(?:19|20)\d{2})\s*年度?(?:工作)?(?:打算|安排|计划|思路|要点|目标任务)(?:的报告)?$"
)
# 2025年上半年工作总结暨下半年工作打算: the rest of the year the title names.
_REST_OF_YEAR_RE: Final = re.compile(
    r"(?<![到至\-—–~～])(?P<y>(?:19|20)\d{2})\s*年[^\n\d]{0,30}?(?:下半年|四季度|下一步|下步)"
    r"(?:工作)?(?:打算|安排|计划|思路|重点|要点)(?:的报告)?$"
)
_ANNUAL_RE: Final = re.compile(
    r"(?<![到至\-—–~～])(?P<y>(?:19|20)\d{2})\s*年度?(?![\-—–~～至到]\s*(?:19|20)\d\d|远景)[^\n]{0,40}?"
    r"(?:工作要点|工作计划|工作规划|工作方案|行动计划|实施方案|行动方案"
    r"|重点工作(?:任务|安排)?|工作任务|工作安排|(?:任务|责任|目标)(?:分工|分解)(?:表|方案)?|(?:责任|任务)清单"
    r"|(?<!发展)目标(?:任务)?"
    # a year's assessment rules and its target responsibility letter (目标责任书)
    r"|(?:考核|考评)(?:实施)?(?:细则|办法|方案)|目标(?:管理)?责任书)"
    r"(?:的通知)?$"
)
# “十四五” / 第十四个五年规划 in a title.
_FIVE_YEAR_TITLE_RE: Final = re.compile(r"十(?P<n>[一二三四五六七八九])(?:个)?五(?:年)?")
_BY_YEAR_RE: Final = re.compile(r"到(?P<y>(?:19|20)\d{2})年")
_PLAN_N_RE: Final = re.compile(r"(?P<n>[两二三四五六七八九十])年行动(?:计划|方案)(?![\(（]?\d)")
# A year named as a plan year (not a date 2018年12月, not a baseline 比2018年, not 以来).
_FIRST_YEAR_RE: Final = re.compile(
    r"(?<![\d比较同与])(?P<y>(?:19|20)\d{2})年(?![\d月]|以来|来|底|末|的基础|基础)"
)
_RELATIVE_RE: Final = re.compile(r"(?P<n>[两二三四五六七八九十])年(?:攻坚|行动|培育|计划|内|努力)")
# 今年是新中国成立75周年: a work report that names its year only by an anniversary.
_ANNIVERSARY_RE: Final = re.compile(
    r"(?:今年|明年)(?:是|为|恰逢|正值)[^。\n]{0,8}?"
    r"(?P<event>新中国成立|中华人民共和国成立|建国|中国共产党成立|建党|改革开放)"
    r"(?P<n>\d{1,3}|[一二三四五六七八九十百]{1,5})周年"
)
_ANNIVERSARY_BASE: Final = {
    "新中国成立": 1949,
    "中华人民共和国成立": 1949,
    "建国": 1949,
    "中国共产党成立": 1921,
    "建党": 1921,
    "改革开放": 1978,
}
# 若干政策(2025年版): a yearly edition, an annual plan for that year.
_EDITION_RE: Final = re.compile(r"[(（](?P<y>(?:19|20)\d{2})年版[)）]")
_INDEX_CODE_RE: Final = re.compile(r"^[0-9A-Z]{2}(?P<code>\d{6})[0-9A-Z]{9}[0-9A-Z]?\b")
_LINE_RE: Final = re.compile(r"[^\n]+")


_ZERO_DIGITS: Final = str.maketrans({"0": "〇", "０": "〇", "Ｏ": "〇"})


def _date(y: str, m: str, d: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def _cn_small(s: str) -> int:
    """A small Chinese numeral of a date or a span (二〇二三, 十二, 三), 0 when unreadable."""
    return whole_number(s) or 0


def _header_end(text: str, sections: Sequence[Section]) -> int:
    """End of the header region: the first top-level section of the body."""
    return next((s.start for s in sections if not s.is_appendix), len(text))


# ---------------------------------------------------------------------------
# Title and genre
# ---------------------------------------------------------------------------


def _title_lines(head: str) -> list[str]:
    """Standalone title lines of the header (a short line that ends with a genre word).

    A title broken over two lines (…行动计划 / 2023年工作要点) is joined.
    """
    lines = [_DATED_REMARK_RE.sub("", m.group().strip()) for m in _LINE_RE.finditer(head)]
    # (会 议 纪 要: a title spaced out letter by letter)
    lines = [_SPACED_OUT_RE.sub("", ln) if _LETTER_SPACED_RE.fullmatch(ln) else ln for ln in lines]
    lines = [ln for ln in lines if ln]

    def plain(ln: str) -> bool:
        return 4 <= len(ln) <= 100 and "。" not in ln and ":" not in ln and "," not in ln

    out: list[str] = []
    skip = False
    for i, ln in enumerate(lines):
        if skip:
            skip = False
            continue
        if not plain(ln) or _NOTICE_RE.search(ln):
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if out and _TABLE_START_RE.match(nxt):
            continue  # 重点任务清单 ⏎ 序号 ⏎ 重点任务…: a table's caption, not the title
        joinable = not _TITLE_END_RE.search(ln) or len(nxt) <= 12
        if (
            nxt
            and joinable
            and not _SIGN_DATE_RE.fullmatch(ln)
            and plain(nxt)
            and len(nxt) <= 12
            and _TITLE_END_RE.search(nxt)
        ):
            out.append(ln + nxt)
            skip = True
        elif _TITLE_END_RE.search(ln):
            out.append(ln)
    return out


def _find_title(text: str, head_end: int) -> tuple[str | None, list[DocumentWarning]]:
    head = text[:head_end]
    warnings: list[DocumentWarning] = []
    first = next((m for m in _LINE_RE.finditer(text) if m.group().strip()), None)
    damaged = first is not None and bool(_DAMAGED_RE.match(first.group()))
    candidates = _title_lines(head)
    title: str | None = candidates[-1] if candidates else None
    if title is None and (m := _NOTICE_RE.search(head)):
        title = m.group("title")
    if title is None:
        for line in _LINE_RE.finditer(head):
            if _SELF_NOTICE_RE.match(line.group().strip()):
                title = line.group().strip()
                break
    if title is None:
        # 按照《…纲要》总体部署 / 根据《…》: a document this one follows, not its title.
        quoted = [
            m.group("title")
            for m in _QUOTED_RE.finditer(head)
            if not _REFERENCE_BEFORE_RE.search(head, max(0, m.start() - 8), m.start())
        ]
        quoted = [q for q in quoted if _TITLE_END_RE.search(q)]
        title = quoted[0] if quoted else None
    if damaged and first is not None:
        warnings.append(
            DocumentWarning(
                code="title_damaged",
                message=(
                    f"the first line {first.group().strip()!r} looks like a title lost in "
                    "conversion; "
                    + (f"using {title!r} instead" if title else "no other title found")
                ),
                span=Span(first.start(), first.end()),
            )
        )
    elif title is None:
        warnings.append(
            DocumentWarning(code="title_missing", message="the document has no title line")
        )
    return title, warnings


def _doc_type(title: str | None, text: str) -> DocType:
    source = title
    if source is None:
        # 特制定本方案 / 特制定本行动方案: the genre word the plan uses for itself.
        m = re.search(r"(?:制定|印发)本(?P<g>[\u4e00-\u9fff]{0,4}?(?:方案|计划|要点|意见))", text)
        source = m.group("g") if m else ""
    found = list(_GENRE_RE.finditer(source))
    if not found:
        return DocType.OTHER
    return _GENRE_OF[max(found, key=lambda m: m.end()).group()]


# ---------------------------------------------------------------------------
# Dates and horizon
# ---------------------------------------------------------------------------


def _issued(text: str, head_end: int) -> dt.date | None:
    if m := _WRITTEN_RE.search(text):
        return _date(m["y"], m["m"], m["d"])
    if m := _DELIVERED_RE.search(text, 0, min(len(text), 400)):
        return _date(m["y"], m["m"], m["d"])
    for region in (text[:head_end], text[max(head_end, len(text) - 2000) :]):
        for rx in (_SIGN_DATE_RE, _SIGN_DATE_CN_RE):
            m = rx.search(region)
            if m and rx is _SIGN_DATE_RE:
                return _date(m["y"], m["m"], m["d"])
            if m:
                y = m["y"].translate(_ZERO_DIGITS)
                mo = 1 if m["m"] in ("元", "正") else _cn_small(m["m"])
                return _date(str(_cn_small(y)), str(mo), str(_cn_small(m["d"])))
    return None


def _anniversary_year(text: str) -> int | None:
    """今年是新中国成立75周年 → 2024; 建党N周年 → 1921+N; 改革开放N周年 → 1978+N."""
    m = _ANNIVERSARY_RE.search(text)
    if m is None:
        return None
    n = int(m["n"]) if m["n"].isdigit() else whole_number(m["n"])
    if not n:
        return None
    year = _ANNIVERSARY_BASE[m["event"]] + n
    return year + 1 if m.group(0).startswith("明年") else year


_GOAL_HEADING_RE: Final = re.compile(r"^[^\n。,，]{0,20}目标[^\n。,，]{0,10}$", re.MULTILINE)
_TOP_HEADING_RE: Final = re.compile(r"^\s*[一二三四五六七八九十]+、", re.MULTILINE)
_MILESTONE_RE: Final = re.compile(r"^\s*(?P<y>(?:19|20)\d{2})年(?:底|末)?\s*[,，:：]", re.MULTILINE)


def _goal_milestones(text: str, issued: dt.date | None) -> list[int]:
    """Years that open paragraphs of a goals section (主要目标 / 2022年,… / 2023年,…)."""
    out: list[int] = []
    for h in _GOAL_HEADING_RE.finditer(text):
        nxt = _TOP_HEADING_RE.search(text, h.end())
        region = text[h.end() : nxt.start() if nxt else len(text)]
        for m in _MILESTONE_RE.finditer(region):
            y = int(m["y"])
            if issued is None or y >= issued.year:
                out.append(y)
    return out


# The current year named without its number: an undated programme for the year it is issued.
_THIS_YEAR_RE: Final = re.compile(r"全年|今年|年内|年底前|本年度")


def _horizon(
    title: str | None, text: str, issued: dt.date | None, number_year: int | None = None
) -> tuple[dt.date | None, dt.date | None]:
    # (…三年行动计划(二〇二五—二零二七年): years in words name the period as digits do)
    title = arabic_years(title) if title else title
    text = arabic_years(text)
    for t in (title, *_cover_titles(text)):
        if t and (h := _title_horizon(t)) is not None:
            return h
    if title and _REVISION_TITLE_RE.search(title):
        # 关于调整…发展目标的通知: 根据《…三年行动计划(2022—2024年)》中期评估结果…: the
        # targets revised are the named plan's, and run to its end.
        for q in _QUOTED_RE.finditer(text[:1500]):
            if (h := _title_horizon(q["title"])) is not None:
                return h
    head_lines = [ln.strip() for ln in text.lstrip().split("\n", 6)[:6]]
    for ln in head_lines[1:3] if title and _REPORT_TITLE_RE.search(title) else ():
        if m := _PERIOD_LINE_RE.fullmatch(ln):
            # 工业经济运行调度通报 ⏎ (2024年第三季度): a report within the year, on its aims
            y = int(m["y"])
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if (
        title
        and (year := issued.year if issued else number_year)
        and _ISSUE_YEAR_TITLE_RE.search(title)
    ):
        # 在全县工业经济工作会议上的讲话 / …季度调度通报 / 专题会议纪要 〔2026〕7号: the aims
        # of the year it is given in
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if title and _REPORT_TITLE_RE.search(title) and (one := single_title_year(title)):
        # 2026年11月份工业经济运行及年度目标任务完成情况通报: a report on a stretch of one
        # year, whose aims are that year's
        return dt.date(one, 1, 1), dt.date(one, 12, 31)
    if (
        title
        and (year := issued.year if issued else number_year)
        and _PART_YEAR_TITLE_RE.search(title)
    ):
        # 二季度“双过半”冲刺行动方案 (鹤工信〔2026〕21号): a plan for a stretch of the
        # year it is issued in
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    for ln in head_lines[1:]:
        if (m := _RANGE_LINE_RE.fullmatch(ln)) and int(m["a"]) <= int(m["b"]):
            # 某某实施方案 ⏎ (2024—2026年): the title's period on a line of its own
            return dt.date(int(m["a"]), 1, 1), dt.date(int(m["b"]), 12, 31)
    first_line = head_lines[0][:200]
    if m := _GENRE_RANGE_RE.search(first_line):
        # …稳增长工作方案(2018-2020) 为深入贯彻…: a title run into the body still names
        # its period right after its genre word.
        a, b = int(m["a"]), int(m["b"])
        if a <= b:
            return dt.date(a, 1, 1), dt.date(b, 12, 31)
    return _text_horizon(title, text, issued)


# An issuer-and-date remark a copy ran onto the title's line (…重点工作安排(经开区经发局
# 2024年1月)).
_DATED_REMARK_RE: Final = re.compile(
    r"(?<=\S)[(（][^()（）\n]{0,30}?(?:20\d\d年\d{1,2}月(?:\d{1,2}日)?|印发|发布)[^()（）\n]{0,6}[)）]$"
)
# The first line of a table: its header (序号 | 指标 …) or a row of cells.
_TABLE_START_RE: Final = re.compile(r"序号|[^\n]*[|\t]")
# A document whose aims are those of the year it is issued in (a speech, a scheduling
# notice): 在全县工业经济工作会议上的讲话, …季度调度通报.
_ISSUE_YEAR_TITLE_RE: Final = re.compile(
    r"上的讲话$|(?:调度|运行|监测|进展)[^\n]{0,6}通报$|会议纪要$|批示件?$"
)
# A plan for a stretch of a year (一季度“开门红”, 二季度“双过半”, 四季度冲刺全年, 月度调度).
_PART_YEAR_TITLE_RE: Final = re.compile(
    r"(?:[一二三四]季度|[上下]半年|双过半|开门红|冲刺全年|月度|(?:1[0-2]|[1-9])月份?)"
    r"[^\n]{0,24}?(?:方案|计划|通知|安排|要点)$"
)
# A title of a report or notice on a period (…运行调度通报, …完成情况, …运行分析): the line
# under it may name the period; under another title a dated line is the date of issue.
_REPORT_TITLE_RE: Final = re.compile(r"通报|报告|情况|分析|快报|简报|监测|调度|月报|季报")
# The period a report covers, on the line under its title: (2024年第三季度) / (2024年1—9月).
_PERIOD_LINE_RE: Final = re.compile(
    r"[(（]\s*(?P<y>20\d\d)\s*年\s*(?:度|第?[一二三四1-4]季度|[上下]半年|前三季度"
    r"|1\s*[-—–~至]\s*\d{1,2}\s*月(?:份)?|\d{1,2}\s*月(?:份)?|第\s*\d{1,3}\s*期)?\s*[)）]"
)
# A document that revises another plan's targets.
_REVISION_TITLE_RE: Final = re.compile(r"调整|修订|中期评估|评估报告")
_RANGE_LINE_RE: Final = re.compile(rf"[(（]\s*(?:{_RANGE_RE.pattern})\s*[)）]")
_GENRE_RANGE_RE: Final = re.compile(
    rf"(?:方案|计划|规划|要点|意见|措施|纲要)\s*[(（]\s*(?:{_RANGE_RE.pattern})\s*[)）]"
)


# The cover notice names the document it issues: 现将《X》印发给你们 / 制定了《X》.
_COVER_TITLE_RE: Final = re.compile(r"(?:现将|制定了?|印发|出台)《(?P<t>[^《》\n]{4,80})》")


def _cover_titles(text: str) -> list[str]:
    return [m["t"] for m in _COVER_TITLE_RE.finditer(text[:1500])]


# A year named in a title, not as either end of a period.
_TITLE_YEAR_RE: Final = re.compile(r"(?<![\d—–~-])(20\d\d)\s*年(?:度)?(?!\s*[-—–~至到])")


# The year in a document number's brackets (鹤工信〔2026〕21号).
_DOC_NUMBER_YEAR_RE: Final = re.compile(r"[〔\[(（]\s*((?:19|20)\d\d)\s*[〕\])）]")


def doc_number_year(number: str | None) -> int | None:
    """The year a document number was issued in (鹤工信〔2026〕21号 → 2026), if it shows one."""
    m = _DOC_NUMBER_YEAR_RE.search(number) if number else None
    return int(m.group(1)) if m else None


def single_title_year(title: str | None) -> int | None:
    """The one year a title names (关于2024年度…完成情况的通报 → 2024), or ``None`` when it
    names none, several, or a period (2024—2026年)."""
    if not title or _RANGE_RE.search(title):
        return None
    years = {int(y) for y in _TITLE_YEAR_RE.findall(title)}
    return years.pop() if len(years) == 1 else None


def _title_horizon(title: str) -> tuple[dt.date, dt.date] | None:
    """The horizon a title states: a range, an annual plan's year, a “十N五” period."""
    if m := _RANGE_RE.search(title):
        a, b = int(m["a"]), int(m["b"])
        if a <= b:
            return dt.date(a, 1, 1), dt.date(b, 12, 31)
    if m := (
        _NEXT_YEAR_PLAN_RE.search(title)
        or _ANNUAL_RE.search(title)
        or _REST_OF_YEAR_RE.search(title)
    ):
        y = int(m["y"])
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if m := _FIVE_YEAR_TITLE_RE.search(title):
        return _five_year_span(m["n"])  # “十四五”规划: the 14th five-year period
    return None


def _five_year_span(n: str) -> tuple[dt.date, dt.date]:
    """十{n}五: the (10+n)th five-year period (十四五 → 2021-01-01 … 2025-12-31)."""
    first, last = five_year_plan(11 + "一二三四五六七八九".index(n))
    return dt.date(first, 1, 1), dt.date(last, 12, 31)


_VISION_YEARS: Final = frozenset({2035, 2050})
# A five-year period the text speaks of as its own (“十二五”期间,…将 / 面对“十四五”).
_OWN_PERIOD_RE: Final = re.compile(
    r"(?:“|\")?十(?P<n>[一二三四五六七八九])五(?:”|\")?(?:期间|时期)[,，]?[^。]{0,30}?(?:将|要|力争|确保)"
)


# The national carbon-peaking year (国务院《2030年前碳达峰行动方案》, 国发〔2021〕23号).
_CARBON_PEAK_YEAR: Final = 2030


def _text_horizon(
    title: str | None, text: str, issued: dt.date | None
) -> tuple[dt.date | None, dt.date | None]:
    # The goals: the year most often aimed at (到2023年), later year on ties.
    years = Counter(int(m["y"]) for m in _BY_YEAR_RE.finditer(text))
    if issued is not None:
        years = Counter({y: n for y, n in years.items() if y >= issued.year - 1})
    if not years and (em := _EDITION_RE.search(title or text[:3000])):
        y = int(em["y"])
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if not years and (ay := _anniversary_year(text[:3000])) is not None:
        # A work report that names its year only as an anniversary: an annual plan.
        return dt.date(ay, 1, 1), dt.date(ay, 12, 31)
    if not years:
        # “N年行动计划” with no range and no 到20XX年: it starts in the first plan year
        # the text names (力争2019年…) and runs N years.
        if m := _PLAN_N_RE.search(text):
            for fy in _FIRST_YEAR_RE.finditer(text):
                y0 = int(fy["y"])
                if issued is None or y0 >= issued.year:
                    return dt.date(y0, 1, 1), dt.date(y0 + _cn_small(m["n"]) - 1, 12, 31)
        if milestones := _goal_milestones(text, issued):
            # (二)主要目标 / 2022年,… / 2023年,…: the goals dated year by year.
            first = issued.year if issued is not None else min(milestones)
            return dt.date(first, 1, 1), dt.date(max(milestones), 12, 31)
        if fm := _OWN_PERIOD_RE.search(text[:600]):
            return _five_year_span(fm["n"])  # “十二五”期间,东苏旗将…: its own period
        if issued is not None and _THIS_YEAR_RE.search(text):
            # 全年推动实施400个项目 / 年底前 …, and no other year: the year of issue's plan
            return dt.date(issued.year, 1, 1), dt.date(issued.year, 12, 31)
        return (dt.date(issued.year, 1, 1), None) if issued else (None, None)
    # 2035 and 2050 are the national long-range vision years (远景目标): named as often
    # as a nearer goal year, they are the vision beyond the plan, not its end.
    end = max(years, key=lambda y: (years[y], y not in _VISION_YEARS or len(years) == 1, y))
    if title and "碳达峰" in title and _CARBON_PEAK_YEAR in years:
        # a 碳达峰 plan runs to the national peaking year, however often it names 2025
        end = max(end, _CARBON_PEAK_YEAR)
    if issued is not None and issued.year <= end:
        start = issued.year
    elif m := _RELATIVE_RE.search(text):
        start = end - _cn_small(m["n"]) + 1
    else:
        return None, dt.date(end, 12, 31)
    return dt.date(start, 1, 1), dt.date(end, 12, 31)


# ---------------------------------------------------------------------------
# Jurisdiction
# ---------------------------------------------------------------------------


def _pick(
    found: list[Jurisdiction], gaz: Gazetteer
) -> tuple[Jurisdiction | None, tuple[Jurisdiction, ...]]:
    """The most specific administrative division first; zones and peers after."""
    uniq: dict[str, Jurisdiction] = {}
    for j in found:
        uniq.setdefault(j.key, j)
    items = list(uniq.values())
    leaves = [j for j in items if not any(gaz.is_ancestor(j, o) for o in items if o is not j)]
    if not leaves:
        return None, ()
    coded = [j for j in leaves if j.code is not None]
    main = coded[0] if coded else leaves[0]
    return main, tuple(j for j in leaves if j is not main)


# A line that is a body's name: the issuer heading the document.
_ISSUER_LINE_RE: Final = re.compile(_BODY_END + "$")
_ZONE_OF_RE: Final = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<short>[\u4e00-\u9fff]{2})(?:国家级)?"
    r"(?:经济技术开发区|高新技术产业开发区|经济开发区|高新区|经开区|开发区)"
)


def body_line(text: str) -> str | None:
    """The first line when it names a body alone (宿迁市工业和信息化局 above the title)."""
    first = next((ln.strip() for ln in text[:400].split("\n") if ln.strip()), "")
    return (
        first if len(first) <= 40 and "。" not in first and _ISSUER_LINE_RE.search(first) else None
    )


def _heading_issuer(text: str, title: str | None) -> str | None:
    """The body named alone on the first line, above the title (许昌市工业和信息化局 ⏎
    关于2026年工作总结和2027年工作计划的报告): the issuer, when nothing else names one."""
    first = body_line(text)
    return first if first is not None and (title is None or first not in title) else None


def _jurisdiction(
    index_number: str | None,
    issuers: list[str],
    title: str | None,
    text: str,
    gaz: Gazetteer,
) -> tuple[Jurisdiction | None, tuple[Jurisdiction, ...]]:
    from_issuer = [j for s in issuers for _, _, j in gaz.find_in_text(s)]
    if index_number and (m := _INDEX_CODE_RE.match(index_number)):
        code = m["code"]
        j = gaz.get(code)
        if j is not None:
            _, others = _pick([j, *from_issuer], gaz)
            return j, tuple(o for o in others if not gaz.is_ancestor(o, j))
    for source in (from_issuer, [j for _, _, j in gaz.find_in_text(title)] if title else []):
        if source:
            main, others = _pick(source, gaz)
            if main is not None:
                return main, others
    # A zone named by its city's short name (嘉兴经济技术开发区): the city's zone.
    for source_text in (*issuers, title or ""):
        for m in _ZONE_OF_RE.finditer(source_text):
            if (j := gaz.resolve(m["short"])) is not None:
                return j, ()
    # A heading line naming the issuer (宿迁市工业和信息化局 ⏎ 关于印发《…》的通知).
    if (first := body_line(text)) is not None:
        main, others = _pick([j for _, _, j in gaz.find_in_text(first)], gaz)
        if main is not None:
            return main, others
    # Most frequent prefecture or county named in the text (a bounded sample).
    counts = Counter(
        j.key
        for _, _, j in gaz.find_in_text(text[:20000])
        if j.code is not None and j.level.value in ("prefecture", "county")
    )
    if counts:
        return gaz.get(counts.most_common(1)[0][0]), ()
    return None, ()


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------


def _signing_body(text: str, head_end: int) -> str | None:
    """The line above the signature date of the cover notice (落款)."""
    for region_start, region in ((0, text[:head_end]),):
        m = _SIGN_DATE_RE.search(region) or _SIGN_DATE_CN_RE.search(region)
        if not m:
            continue
        before = [ln.strip() for ln in text[region_start : m.start()].split("\n") if ln.strip()]
        if before:
            cand = before[-1]
            if len(cand) <= 60 and "。" not in cand and ":" not in cand:
                return cand
    return None


def extract_metadata(
    norm: NormalizedText,
    sections: Sequence[Section],
    *,
    gazetteer: Gazetteer | None = None,
) -> Metadata:
    """Read the metadata of a plan (文件信息).

    Args:
        norm: the normalised document.
        sections: its section tree (for where the header ends).
        gazetteer: jurisdictions to resolve names against (default: the shipped one).

    Returns:
        The :class:`Metadata`; missing fields are ``None``.
    """
    gaz = gazetteer if gazetteer is not None else Gazetteer.default()
    text = norm.text
    head_end = _header_end(text, sections)
    head = text[:head_end]

    title, warnings = _find_title(text, head_end)
    warnings = [
        attrs.evolve(w, span=Span(*norm.to_original(w.span.start, w.span.end)))
        if w.span is not None
        else w
        for w in warnings
    ]
    doc_type = _doc_type(title, text)

    doc_number: str | None = None
    if lm := _DOC_NUMBER_LABEL_RE.search(head):
        m = _DOC_NUMBER_RE.match(text, lm.end())
        doc_number = m.group() if m else None
    if doc_number is None:
        for line in _LINE_RE.finditer(head):
            if "《" in line.group():
                continue
            if m := _DOC_NUMBER_RE.search(line.group()):
                doc_number = m.group()
                break
    doc_number = doc_number.replace(" ", "") if doc_number else None

    index_number = m["value"] if (m := _INDEX_RE.search(head)) else None
    label_issuer = m["value"] if (m := _ISSUER_RE.search(head)) else None
    signer = _signing_body(text, head_end)
    issuer = label_issuer or signer or _heading_issuer(text, title)

    published = _date(m["y"], m["m"], m["d"]) if (m := _PUBLISHED_RE.search(head)) else None
    if published is None and (m := _STAMP_RE.search(head)):
        published = _date(m["y"], m["m"], m["d"])
    issued = _issued(text, head_end)
    effective: dt.date | None = None
    if m := _EFFECTIVE_RE.search(text):
        effective = _date(m["y"], m["m"], m["d"])
    elif _EFFECTIVE_ON_ISSUE_RE.search(text):
        effective = issued

    horizon_start, horizon_end = _horizon(
        title, text, issued or published, doc_number_year(doc_number)
    )
    issuers = [s for s in (signer, label_issuer) if s]
    jurisdiction, others = _jurisdiction(index_number, issuers, title, text, gaz)
    if jurisdiction is None:
        warnings.append(
            DocumentWarning(
                code="jurisdiction_unknown", message="no jurisdiction found in the document"
            )
        )

    return Metadata(
        title=title,
        doc_type=doc_type,
        doc_number=doc_number,
        index_number=index_number,
        issuer=issuer,
        jurisdiction=jurisdiction,
        other_jurisdictions=others,
        issued=issued,
        published=published,
        effective=effective,
        horizon_start=horizon_start,
        horizon_end=horizon_end,
        warnings=tuple(warnings),
    )
