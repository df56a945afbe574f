"""Tables of the genre (表格): task-division tables and indicator tables.

Plans put two kinds of table into their text, and both reach us flattened by
the copy out of a web page, a Word file or a PDF:

- a **task-division table** (任务分工表, 责任分解表): 序号 | 重点任务 | 牵头单位 |
  配合单位 | 完成时限 — each row a task, who carries it and by when;
- an **indicator table** (主要指标表): 指标 | 单位 | 2020年 | 2025年 | 属性 — each row
  an indicator with its baseline and its target value.

Three layouts are read:

``pipe``
    cells between ``|`` (a Markdown-like copy of an HTML table; a separator row
    ``| --- |`` is skipped);
``tab``
    cells between tab characters (a copy out of a spreadsheet or a Word table);
``lines``
    one cell per line (a copy out of a PDF): a header of column names, one per
    line, then the cells row after row. Rows are told apart by the 序号 column
    when the table has one, else by the kinds of their cells (a task, then
    unit names, then a time; an indicator, its unit, then numbers).

A table is only read when its header names columns from the genre's closed
vocabulary (序号, 重点任务, 牵头单位, 配合单位, 完成时限, 指标, 单位, 2025年目标值,
属性 …): an unknown column would leave the cells unaligned, so such a table is
left to the sentence reader. Rows that span the whole table (一、主要预期目标)
are captions, not rows.

All offsets are into the normalised text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Final

import attrs

from mfgpolicy.errors import ParseError
from mfgpolicy.model import Commitment, Comparator, DeadlineBasis, TargetKind
from mfgpolicy.numerals import Number, parse_number
from mfgpolicy.text import is_page_mark

__all__ = [
    "RESPONSIBILITY_ROLES",
    "Cell",
    "Column",
    "Row",
    "Table",
    "TableTarget",
    "find_tables",
    "row_deadline",
    "separator_view",
    "table_targets",
    "unread_cells",
]

# Column roles. Responsibility roles carry the label the responsibility reader knows.
RESPONSIBILITY_ROLES: Final = frozenset({"lead", "support", "listed", "leaders", "accountable"})

# A chain summary table's first column (产业链 | 2025年产值 | 2027年目标): the subject
# each row measures, named with the year columns' measure (先进装备制造 → …产值).
_SUBJECT_HEADER_TEXT: Final = (
    r"(?:重点)?(?:产业链|产业集群|集群|产业|行业|链条)(?:名称)?|链名|(?:重点)?产业链条?"
)
_SUBJECT_HEADER: Final = re.compile(_SUBJECT_HEADER_TEXT)
_HEADER_RULES: Final[tuple[tuple[re.Pattern[str], str], ...]] = tuple(
    (re.compile(p), role)
    for p, role in (
        (r"序号|编号|序", "serial"),
        (
            r"(?:牵头|主责|主办|主要责任)(?:责任)?(?:单位|部门|科室|处室|股室)|牵头(?:单位|部门)及责任人",
            "lead",
        ),
        (
            r"(?:协同|协助)?(?:配合|协同|协办|参与|协助)(?:责任)?(?:单位|部门|科室|处室|股室)",
            "support",
        ),
        (
            (
                r"责任(?:单位|部门|科室|处室|股室)|责任单位及责任人|承担单位|实施(?:单位|部门)"
                r"|(?:监考|考核|考评|责任考核)(?:单位|部门)"
            ),
            "listed",
        ),
        (
            r"(?:牵头|责任|分管)市?(?:领导|区领导|县领导)|责任人|(?:总|副)?链长|链主(?:企业)?",
            "leaders",
        ),
        (r"责任主体", "accountable"),
        (
            (
                r"(?:完成|办结)(?:时限|时间|期限|时间节点)|时间(?:节点|安排|要求|进度)"
                r"|时限(?:要求)?|进度(?:安排|要求)|完成时间及进度"
            ),
            "deadline",
        ),
        (
            (
                r"(?:重点|主要|具体|工作|目标|年度|攻坚|专项|行动|改革)?(?:工作)?(?:任务|工作)"
                r"(?:内容|目标|举措|措施|事项|名称)?"
                r"|目标(?:与|和|及)任务|工作(?:内容|措施|举措|目标|要求)"
                r"|(?:主要|具体)?(?:内容|举措|措施)|(?:项目|事项|工程|行动)名称|任务(?:分解|清单)"
            ),
            "task",
        ),
        (
            (
                r"(?:主要|考核|评价)?指标(?:名称|内容)?(?:[(（](?:任务|项目)[)）])?|指标项"
                r"|考核(?:项目|内容)|指标(?:及|和|与)任务"
            ),
            "indicator",
        ),
        # A project roster (重点项目表): what each project builds and its figures
        # (建设内容及规模 | 总投资(亿元) | 2026年计划投资 | 占地(亩)) describe it; no targets.
        (r"(?:主要)?建设(?:内容|规模)(?:及|和|与)?(?:内容|规模)?", "scope"),
        (
            (
                r"(?:项目)?(?:计划)?总投资(?:额)?(?:[(（][^()（）]{1,8}[)）])?"
                r"|(?:20\d\d年度?|年度)?计划(?:完成)?投资(?:[(（][^()（）]{1,8}[)）])?"
                r"|(?:占地|用地)(?:面积)?(?:[(（][^()（）]{1,8}[)）])?"
            ),
            "descriptor",
        ),
        # An assessment table's score (考核分值) is no target.
        (r"(?:考核)?(?:分值|权重|分数|标准分|基本分|基础分|满分)(?:[(（](?:分|%)[)）])?", "score"),
        # Who a breakdown table assigns its values to (目标分解表: 地区 | 降幅目标).
        (
            (
                r"地区|区域|地方|板块|镇街|街镇|区县(?:市)?|县(?:市)?区|县市区|市州|设区市|地市|各?县[(（]市、?区[)）]"
                r"|各?市[(（]州[)）]|设区的市|地级市|(?:各)?区块|片区名称"
                r"|(?:乡|乡镇|镇)(?:[(（](?:街道|区)[)）]|街道)?"
                r"|(?:各|所属)?(?:园区|开发区|片区|功能区|分园)(?:名称|[(（](?:街道|乡镇|镇街)[)）])?"
            ),
            "area",
        ),
        # A chain summary table (产业链 | 2025年产值 | 2027年目标): each row's subject.
        (_SUBJECT_HEADER_TEXT, "indicator"),
        # 项目 names an indicator in an assessment table and a task elsewhere (below).
        (r"项目|考核项目", "item"),
        (r"(?:计量)?单位", "unit"),
        (r"(?:指标)?属性|指标性质|性质", "attribute"),
        (r"类别|分类|领域|维度|类型|方面", "category"),
        # What a report says was done (1—9月完成值, 完成率(%), 序时进度): the record.
        (
            (
                r"(?:20\d\d年)?(?:(?:1|一)[-—–~至](?:[2-9]|1[0-2])月|上半年|前三季度|第?[一二三四]季度|全年"
                r"|截至\d{1,2}月(?:底|末)?)?"
                r"(?:(?:累计)?(?:完成值?|实际完成(?:值)?|完成情况|完成率|完成进度|序时进度|同比增[长减]|增幅)"
                # a dated stretch of the year (2024年1—6月 | 2024年上半年): what it reached
                r"|(?<=年)(?:(?:1|一)[-—–~至](?:[2-9]|1[0-2])月|上半年|前三季度|第?[一二三]季度))"
                r"(?:[(（](?:%|亿元|万元|家|个)[)）])?"
                # where each place stands (排名 | 位次): the record too
                # (2024年全省县区排名: a rank of the past year)
                r"|(?!.*目标)(?:20\d\d年度?)?(?:全市|全省|全县|全国)?[\u4e00-\u9fff]{0,6}?"
                r"(?:排名|排序|名次|位次)"
            ),
            "baseline",
        ),
        # How a score is given (评分标准: 每低1个百分点扣1分) holds rules, never targets.
        (
            (
                r"备注|说明|(?:评分|计分|考核|扣分|加分)(?:标准|办法|细则|方法|规则|方式|说明)"
                # a report's verdict on the progress (评价: 滞后 / 正常)
                r"|(?:进展|进度|完成情况)?(?:评价|评估|状态)"
            ),
            "remark",
        ),
        # (2026—2030年年均增速/累计: a growth rate, or a bracketed five-year total)
        (
            (
                r"(?:20\d\d年?[-—–~至到]20\d\d年)?(?:年均增(?:长|速)(?:率)?|年均增幅)"
                r"(?:[/／、或]?[\[〔【(（]?累计(?:数|值)?[\]〕】)）]?)?(?:\(?%\)?)?"
            ),
            "growth",
        ),
        # an annual table's growth column (2026年目标 | 增速(%)): that year's growth
        (r"(?:同比)?(?:增速|增长|增幅|增长率)(?:目标)?(?:\(?%\)?)?", "growth"),
    )
)
# A column named by a year: 2025年, 2025年目标, 2020年基期值, 目标值(2025年).
# What a year column holds, written after the year (2025年目标值, 2024年基数, 2025年确保值).
_YEAR_WORDS: Final = (
    r"目标值?|预期值?|预期目标|(?:确保|力争|奋斗|挑战|考核|计划|规划)(?:值|目标值?)|基期值?|基数"
    r"|现状值?|实际值?|完成值?|预计(?:值|完成)?|完成情况"
)
_YEAR_HEADER: Final = re.compile(
    r"^(?:(?P<pre>目标值?|基期值?|现状值?|原目标值?|(?:调整|修订)后?(?:的)?目标值?|完成情况|实际完成)[(（]?)?"
    r"(?P<year>20\d\d)年?(?:底|末)?[)）]?"
    rf"(?P<post>{_YEAR_WORDS}|值|数值)?"
    r"(?:[(（](?P<unit>[^()（）]{1,8})[)）])?$"
)
# A year and what it measures (2025年产值(亿元), 2027年产值目标(亿元)).
_YEAR_MEASURE: Final = re.compile(
    r"(?P<year>20\d\d)年(?:度)?"
    r"(?P<measure>产值|总产值|工业总产值|营业收入|营收|主营业务收入|规模|产业规模|增加值|产量|产能|税收"
    r"|规上企业数?|企业数)"
    rf"(?P<tag>{_YEAR_WORDS})?[(（](?P<unit>[^()（）]{{1,6}})[)）]"
)
_BASELINE_WORD: Final = re.compile(r"基期|基数|现状|实际|完成|预计|原目标")
_TARGET_WORD: Final = re.compile(r"目标|预期|确保|力争|奋斗|挑战|考核|计划|规划")
# A target column's tier (确保值 | 力争值): the commitment of its values.
_STRIVE_COLUMN: Final = re.compile(r"力争|奋斗|挑战|争取")
_ENSURE_COLUMN: Final = re.compile(r"确保|保底")

# What a cell holds.
_SERIAL: Final = re.compile(r"^[(（]?\d{1,3}[)）]?[.、．]?$")
_CAPTION: Final = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])"
)
# Something that looks like the name of a unit (局, 委, 办, 政府, 管委会 …); the
# responsibility reader uses the same test.
UNIT_LIKE_RE: Final = re.compile(
    r"(?:局|委|办|厅|部|部门|院|会|中心|政府|公司|集团|行|所|处|科|股|队|站|署|社|室|组|区|县|市|镇|街道|\))$"
    # 各电信运营企业, 各相关企业: the firms of a kind, named as a party
    r"|^各[\u4e00-\u9fff]{0,8}(?:企业|运营商|单位)$"
)
# A cell that repeats the cell above it (同上, “同上”): the units of the row before.
SAME_AS_ABOVE: Final = re.compile(r"[“\"']?(?:同上|同前|同上一行|同上栏)[”\"']?")
_TIME_CELL: Final = re.compile(
    r"20\d\d年|\d{1,2}月(?:\d{1,2}日)?(?:底|末|前|中旬|上旬|下旬)?$|年底|年末|长期|持续|常态化|全年|每年|每季度|"
    r"每月|按月|按季|按年|逐年|^按(?:时间)?(?:节点|进度|计划)(?:完成|推进)?$"
)
_DATE_IN_CELL: Final = re.compile(
    r"(?P<year>20\d\d)年(?:(?P<month>\d{1,2})月)?(?P<tail>底|末|前|内)?"
)
_UNIT_TOKEN: Final = re.compile(
    r"^(?:%|‰|个百分点|倍|(?:万|亿|千|百)?(?:元|美元)(?:/(?:人|亩|公顷|平方米|吨))?|"
    r"(?:万|亿)?(?:吨标准煤|吨标煤|吨|千瓦时|度|千瓦)(?:/万元)?|(?:万)?(?:家|个|项|件|台|套|人|户|座|条|亩|"
    r"公顷|平方米|平方公里|千米|公里|辆|名|所|张|枚|株)|(?:件|个|台|人|家|项)/万人|立方米(?:/万元)?)$"
)
_ATTRIBUTE: Final = re.compile(r"^(?:预期性|约束性|引导性|预期|约束|引导)$")
_CMP_MARK: Final[dict[str, Comparator]] = {
    "≥": Comparator.GE,
    ">=": Comparator.GE,
    ">": Comparator.GT,
    "≤": Comparator.LE,
    "<=": Comparator.LE,
    "<": Comparator.LT,
    # written out in a cell: 低于4.1, 不低于95, 不超过3
    "低于": Comparator.LT,
    "不低于": Comparator.GE,
    "不少于": Comparator.GE,
    "高于": Comparator.GT,
    "超过": Comparator.GT,
    "突破": Comparator.GT,
    "不超过": Comparator.LE,
    "不高于": Comparator.LE,
    "控制在": Comparator.LE,
    "达到": Comparator.GE,
}
_CMP_MARKS: Final = tuple(sorted(_CMP_MARK, key=len, reverse=True))
# A comparator written after a number (30以上, 35左右); the sentence reader uses the same.
SUFFIX_COMPARATOR: Final[dict[str, Comparator]] = {
    "以上": Comparator.GE,
    "及以上": Comparator.GE,
    "(含)以上": Comparator.GE,
    "多": Comparator.GT,
    "以下": Comparator.LE,
    "及以下": Comparator.LE,
    "(含)以下": Comparator.LE,
    "以内": Comparator.LE,
    "左右": Comparator.APPROX,
}
# The suffixes a value cell may carry, longest first.
_TABLE_SUFFIXES: Final = ("及以上", "及以下", "以上", "左右", "以下", "以内")
_CUMULATIVE_BRACKETS: Final = re.compile(r"^[\[〔【(（](?P<n>[^\]〕】)）]+)[\]〕】)）]$")
# 〔累计〕30: a cell tagged cumulative before its number.
_CUMULATIVE_TAG: Final = re.compile(r"^[\[〔【(（]累计[\]〕】)）](?P<n>.+)$")
_UNIT_IN_NAME: Final = re.compile(r"[(（](?P<unit>[^()（）]{1,10})[)）]$")
_GROWTH_WORD: Final = re.compile(r"增长|增速|增幅")
# A share or a rate (占比, 比重, 覆盖率): what rises by percentage points.
_SHARE_NAME: Final = re.compile(r"占比|比重|比例|率$|率[(（]")
_REDUCTION_WORD: Final = re.compile(r"下降|降低|减少|压减|削减|降幅")


@attrs.frozen
class Column:
    """One column of a table's header (表头列).

    Attributes:
        name: the header text as written.
        role: what the column holds (``serial``, ``task``, ``lead``, ``support``,
            ``listed``, ``leaders``, ``accountable``, ``deadline``, ``indicator``,
            ``unit``, ``target``, ``baseline``, ``growth``, ``attribute``,
            ``category``, ``remark``).
        year: the year a ``target`` or ``baseline`` column names.
        month: the month a milestone column ends in (上半年 → 6, 前三季度 → 9).
        place: the area a target column is for (指标 | 经开区 | 高新区: 经开区).
        measure: what a year column measures of each row's subject (产业链 |
            2025年产值(亿元) | 2027年目标(亿元): 产值).
        unit: the unit the header gives a year column's values (亿元).
    """

    name: str
    role: str
    year: int | None = None
    month: int | None = None
    place: str | None = None
    measure: str | None = None
    unit: str | None = None


@attrs.frozen
class Cell:
    """One cell: its text and its ``[start, end)`` in the normalised text."""

    start: int
    end: int
    text: str


@attrs.frozen
class Row:
    """One row of a table; ``cells[i]`` belongs to column ``i`` (``None`` when empty)."""

    start: int
    end: int
    cells: tuple[Cell | None, ...]

    def cell(self, table: Table, role: str) -> Cell | None:
        """The first non-empty cell of a column with ``role``."""
        for col, cell in zip(table.columns, self.cells, strict=False):
            if col.role == role and cell is not None:
                return cell
        return None


@attrs.frozen
class Table:
    """A table found in the text (表格).

    Attributes:
        start, end: from the header's first character to the last row's end.
        layout: ``pipe``, ``tab`` or ``lines``.
        columns: the header.
        rows: the rows in order (captions left out).
        kind: ``tasks`` (a task-division table) or ``indicators``.
        title: the line just above the header when it reads as the table's title
            (…目标分解表), else ``None``.
        units: what a units note above the table or a 注 under it says, as
            (keyword, unit) pairs; keyword ``""`` for a unit the note gives no
            keyword (单位:亿元、% → ("", "亿元"), ("", "%")).
    """

    start: int
    end: int
    layout: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    kind: str
    title: str | None = None
    units: tuple[tuple[str, str], ...] = ()

    def roles(self) -> list[str]:
        """The roles of the columns, in order."""
        return [c.role for c in self.columns]


# --------------------------------------------------------------------------------------
# Header


_PERIOD_HEAD: Final = re.compile(r"^20\d\d年?[-—–~至到]20\d\d年")


def _header_column(name: str) -> Column | None:
    name = name.strip()
    compact = re.sub(r"\s+", "", name)
    if not compact or len(_PERIOD_HEAD.sub("", compact)) > 16:
        return None  # (a period before the name, 2026—2030年, does not count)
    if m := _YEAR_HEADER.match(compact):
        year = int(m.group("year"))
        words = (m.group("pre") or "") + (m.group("post") or "")
        role = "baseline" if _BASELINE_WORD.search(words) else "target"
        tagged = bool(_TARGET_WORD.search(words) or _BASELINE_WORD.search(words))
        unit = m.group("unit")
        return Column(
            name=compact,
            role=role if tagged else "year",
            year=year,
            unit=unit if unit and _UNIT_TOKEN.match(unit) else None,
        )
    if m := _YEAR_MEASURE.fullmatch(compact):
        # 2025年产值(亿元) / 2027年营收目标(亿元): a year's value of the row's subject
        words = m.group("tag") or ""
        role = (
            "baseline"
            if _BASELINE_WORD.search(words)
            else "target"
            if _TARGET_WORD.search(words)
            else "year"
        )
        return Column(
            name=compact,
            role=role,
            year=int(m.group("year")),
            measure=m.group("measure"),
            unit=m.group("unit"),
        )
    if ms := _MILESTONE_HEADER.fullmatch(compact):
        # 上半年 | 前三季度 | 1—6月: the part of the year's target due by then
        part = ms.group("part")
        month = (3 if "一" in part else 9 if "三" in part else 6) if part else int(ms.group("m"))
        return Column(name=compact, role="target", month=month)
    if re.fullmatch(
        r"(?:预期|年度|全年|考核|工作|具体|主要|确保|力争|奋斗|挑战|(?:调整|修订|修改)后(?:的)?|新)?"
        r"目标(?:值|要求|内容)?|目标任务数|任务数|(?:确保|力争|奋斗|挑战)值",
        compact,
    ):
        return Column(name=compact, role="target")
    if re.fullmatch(r"(?:原|原定|原下达|调整前(?:的)?)(?:目标|任务)(?:值|数)?", compact):
        return Column(name=compact, role="baseline")  # 原目标 | 调整后目标: the value revised away
    for pattern, role in _HEADER_RULES:
        if pattern.fullmatch(compact):
            return Column(name=compact, role=role)
    parts = _AREA_LIST_SPLIT.split(compact)
    if len(parts) > 1 and all(_AREA_HEADER.fullmatch(p) for p in parts):
        return Column(name=compact, role="area")  # 乡镇(街道)、园区: areas of two sorts
    return None


# The areas a breakdown table names, joined (乡镇(街道)、园区, 镇街和平台).
_AREA_LIST_SPLIT: Final = re.compile(r"[、和及/与]")
_AREA_HEADER: Final = next(p for p, role in _HEADER_RULES if role == "area")


# A column named by a place (经开区, 高新区, 临港园区, 城关镇, 柯桥区): its values are that
# place's, beside an indicator column.
_PLACE_HEADER: Final = re.compile(
    r"[\u4e00-\u9fff]{1,10}(?:区|县|市|镇|乡|街道|园区|工业园|开发区|新区|片区|集聚区)"
)
# A milestone column: a part of the year (上半年, 前三季度) or the months to date (1—6月).
_MILESTONE_HEADER: Final = re.compile(
    r"(?:截至|截止)?(?:(?P<part>上半年|前三季度|第?一季度|第?[二三]季度末?|前两?个?季度)"
    r"|1[-—–~至](?P<m>[1-9]|1[01])月(?:底|末)?)(?:目标|任务)?(?:值|数)?"
)
# A breakdown table's column of one indicator's values: 单位规上工业增加值能耗降幅目标(%),
# 2025年规上工业产值(亿元), 新增规上企业(家).
_MEASURE_HEADER: Final = re.compile(
    r"^(?:(?:20\d\d)年?[-—–~至到])?(?:(?P<year>20\d\d)年(?:度)?)?(?:其中[:：]?)?"
    r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,24}?)"
    r"(?:目标值?|任务数?)?(?:[(（](?P<unit>[^()（）]{1,8})[)）])?$"
)


def _measure_column(name: str) -> Column | None:
    """A column that names an indicator and its unit, or one that says 目标."""
    compact = re.sub(r"\s+", "", name)
    m = _MEASURE_HEADER.match(compact)
    if m is None:
        return None
    unit = m.group("unit")
    if unit is not None and not _UNIT_TOKEN.match(unit):
        return None
    if unit is None and not re.search(r"(?:目标值?|任务数?)$", compact):
        return None
    year = int(m.group("year")) if m.group("year") else None
    return Column(name=compact, role="measure", year=year)


def _settled_role(c: Column, scored: bool, has_target: bool, latest: int | None) -> str:
    """The role a column takes from the rest of its header."""
    if c.role == "item":
        # 项目 beside a 分值 column (an assessment table) names indicators; else tasks.
        return "indicator" if scored else "task"
    if scored and c.role == "task" and "目标" in c.name and not has_target:
        return "target"  # 项目 | 分值 | 目标任务 | 监考单位: the target values
    if c.role == "measure" and (
        (c.year and latest and c.year < latest) or _BASELINE_WORD.search(c.name)
    ):
        # Beside the areas, a column of an earlier year or of the present state
        # (2022年产值, 现状值) is a baseline: only the latest year's columns are targets.
        return "baseline"
    return c.role


def _header(names: Sequence[str]) -> tuple[tuple[Column, ...], str] | None:
    """The columns of a header row and the table's kind, or ``None``."""
    found = [_header_column(name) for name in names]
    first = 1 if found and found[0] is not None and found[0].role == "serial" else 0
    if (
        len(found) >= first + 2
        and (head := found[first]) is not None
        and head.role == "unit"
        and all(c is None or c.role == "baseline" for c in found[first + 1 :])
        and any(c is None for c in found[first + 1 :])
        and all(
            _measure_column(n) is not None
            for n, c in zip(names[first + 1 :], found[first + 1 :], strict=True)
            if c is None
        )
    ):
        # (序号 |) 单位 | 增加值增速(%) | 新增规上企业(家): the first column names who the
        # values are broken down to (单位 as the organisation, not the unit of measure).
        found[first] = Column(name=head.name, role="area")
    places = {
        i: re.sub(r"\s+", "", n)
        for i, (c, n) in enumerate(zip(found, names, strict=True))
        if c is None
    }
    if (
        len(places) >= 2
        and any(c is not None and c.role == "indicator" for c in found)
        and all(_PLACE_HEADER.fullmatch(p) for p in places.values())
    ):
        # 指标 | 单位 | 经开区 | 高新区 | 临港园区: each place's column holds its targets
        for i, place in places.items():
            found[i] = Column(name=place, role="target", place=place)
    tasks = [i for i, c in enumerate(found) if c is not None and c.role == "task"]
    if len(tasks) == 2 and names[tasks[1]].strip().startswith("目标"):
        # 重点工作 | 目标任务 | 牵头科室: the second text column holds the aim
        found[tasks[1]] = Column(name=names[tasks[1]].strip(), role="target")
    if any(c is not None and c.role == "area" for c in found):
        # Beside the areas, a column may name the indicator it holds.
        found = [
            c if c is not None else _measure_column(n) for c, n in zip(found, names, strict=True)
        ]
    if any(c is None for c in found):
        return None
    cols = [c for c in found if c is not None]
    scored = any(c.role == "score" for c in cols)
    has_target = any(c.role == "target" for c in cols)
    latest = max((c.year for c in cols if c.role == "measure" and c.year), default=None)
    cols = [
        c
        if (role := _settled_role(c, scored, has_target, latest)) == c.role
        else attrs.evolve(c, role=role)
        for c in cols
    ]
    undated = {_YEAR_PREFIX.sub("", c.name) for c in cols if c.role == "measure" and not c.year}
    cols = [
        attrs.evolve(c, role="baseline")
        if c.role == "measure" and c.year and _YEAR_PREFIX.sub("", c.name) in undated
        else c
        for c in cols
    ]  # 规上工业总产值(亿元) | … | 2024年规上工业总产值(亿元): the year's value is the record
    if any(c.role == "measure" and "目标" in c.name for c in cols):
        # 地区 | 2024年增速(%) | 增加值增速目标(%): beside columns named as targets, a
        # dated column that does not say 目标 gives the record to compare with
        cols = [
            attrs.evolve(c, role="baseline")
            if c.role == "measure" and c.year and "目标" not in c.name
            else c
            for c in cols
        ]
    # Bare year columns: the earliest is the baseline, the later ones targets
    # (2020年 | 2025年; 2025年 | 2027年 | 2030年: a milestone and the goal); beside
    # columns tagged as targets they are all baselines; after a tagged baseline
    # (2023年基期值 | 2025年 | 2027年) they are all targets.
    years = [c for c in cols if c.role == "year"]
    if years:
        first = min(c.year or 0 for c in years)
        if any(c.role == "baseline" and c.year and c.year < first for c in cols):
            first = -1
        has_target = any(c.role == "target" for c in cols)
        cols = [
            attrs.evolve(
                c,
                role="target"
                if (c.year != first and not has_target) or (len(years) == 1 and not has_target)
                else "baseline",
            )
            if c.role == "year"
            else c
            for c in cols
        ]
    roles = {c.role for c in cols}
    if len(cols) < 2:
        return None
    if "indicator" in roles and ("target" in roles or "growth" in roles):
        return tuple(cols), "indicators"
    if "area" in roles and roles & {"measure", "target"}:
        return tuple(cols), "indicators"
    if roles & (RESPONSIBILITY_ROLES | {"deadline"}) and roles & {"task", "indicator", "serial"}:
        return tuple(cols), "tasks"
    if "descriptor" in roles and roles & {"task", "scope"} and len(cols) >= 3:
        # 项目名称 | 建设内容 | 总投资(亿元) | 2026年计划投资: a project roster, read so that
        # its descriptions are no targets
        return tuple(cols), "tasks"
    return None


# --------------------------------------------------------------------------------------
# Delimited layouts (pipe, tab)


def _split_cells(line: str, start: int, sep: str) -> list[Cell | None]:
    """The cells of one delimited line with their offsets (``None`` for an empty cell)."""
    cells: list[Cell | None] = []
    pos = start
    parts = line.split(sep)
    if sep == "|":
        if parts and not parts[0].strip():
            pos += len(parts[0]) + 1
            parts = parts[1:]
        while parts and not parts[-1].strip():
            parts = parts[:-1]
    for part in parts:
        stripped = part.strip()
        if stripped:
            lead = len(part) - len(part.lstrip())
            cells.append(Cell(pos + lead, pos + lead + len(stripped), stripped))
        else:
            cells.append(None)
        pos += len(part) + 1
    return cells


_MD_RULE: Final = re.compile(r"^[\s|:：\-—–=+]+$")


def _noted_units(lines: list[tuple[int, str]], i: int) -> list[tuple[str, str]]:
    """(keyword, unit) pairs of a units note on the two lines above line ``i``;
    keyword ``""`` is the unit of every column the note does not name."""
    for k in range(i - 1, max(-1, i - 3), -1):
        line = lines[k][1].strip()
        if not line:
            continue
        if "单位" not in line or len(line) > 80:
            continue
        if pairs := _note_pairs(line):
            return pairs
    return []


def _noted_column_units(names: Sequence[str], noted: Sequence[tuple[str, str]]) -> list[str | None]:
    """The unit a note gives each column that names none (工业投资 → 亿元).

    A column the note names by keyword takes that unit; otherwise one unit serves every
    column, several are chosen by what the column measures (产值 → 亿元, 企业 → 家), and
    failing that are read in column order (单位:亿元、家 over 产值 | 新增企业).
    """
    out: list[str | None] = [None] * len(names)
    bare = [u for key, u in noted if not key]
    open_cols = [
        k
        for k, name in enumerate(names)
        if not _UNIT_IN_NAME.search(name) and _header_column(name) is None
    ]
    for order, k in enumerate(open_cols):
        name = names[k]
        unit = next((u for key, u in noted if key and key in name), None)
        if unit is None and len(bare) == 1:
            unit = bare[0]
        elif unit is None and bare:
            unit = _noted_row_unit(name, [("", u) for u in bare])
            if unit is None and len(bare) == len(open_cols):
                unit = bare[order]
        out[k] = unit
    return out


def _with_noted_units(names: list[str], noted: list[tuple[str, str]]) -> list[str]:
    """Column names with the unit a note gives them (工业投资 → 工业投资(亿元))."""
    if not noted:
        return names
    units = _noted_column_units(names, noted)
    return [f"{name}({unit})" if unit else name for name, unit in zip(names, units, strict=True)]


def _continues_rows(line: tuple[int, str], sep: str, width: int) -> bool:
    """Whether ``line`` (after a page break) is one more row of a table ``width`` wide."""
    s, ln = line
    if sep not in ln:
        return False
    cells = _split_cells(ln, s, sep)
    names = [c.text if c else "" for c in cells]
    return len(cells) == width and (not all(names) or _header(names) is None)


def _delimited_tables(text: str, lines: list[tuple[int, str]]) -> list[Table]:
    tables: list[Table] = []
    i = 0
    n = len(lines)
    while i < n:
        start, line = lines[i]
        sep = "|" if line.count("|") >= 1 and "|" in line.strip()[1:] else "\t"
        if sep not in line:
            i += 1
            continue
        names = [c.text if c else "" for c in _split_cells(line, start, sep)]
        header = _header(names) if all(names) else None
        if header is None and all(names) and (noted := _noted_units(lines, i)):
            header = _header(_with_noted_units(names, noted))
        if header is None:
            i += 1
            continue
        columns, kind = header
        rows: list[Row] = []
        j = i + 1
        end = start + len(line)
        while j < n:
            s, ln = lines[j]
            if not ln.strip() or is_page_mark(ln):
                # a page break inside the table (blank lines, — 2 —): the rows go on when
                # the next text line is a row of as many cells, not another header
                k = j
                while k < n and (not lines[k][1].strip() or is_page_mark(lines[k][1])):
                    k += 1
                if k < n and _continues_rows(lines[k], sep, len(columns)):
                    j = k
                    continue
                break
            if sep not in ln:
                break
            end = s + len(ln)
            j += 1
            if _MD_RULE.match(ln):
                continue
            cells = _split_cells(ln, s, sep)
            if (
                2 <= len([c for c in cells if c is not None]) < len(columns)
                and len(cells) < len(columns)
                and j < n
                and sep in lines[j][1]
            ):
                # 2|推进技术改造|…;6月底前技改项目⏎开工率达到60%|区工信局|…: a line broken
                # inside a cell; the two halves of the cell are one
                s2, ln2 = lines[j]
                more = _split_cells(ln2, s2, sep)
                if len(cells) + len(more) - 1 == len(columns) and cells[-1] and more[0]:
                    a, b = cells[-1].start, more[0].end
                    cells = [*cells[:-1], Cell(a, b, text[a:b]), *more[1:]]
                    end = s2 + len(ln2)
                    j += 1
            filled = [c for c in cells if c is not None]
            if len(filled) <= 1 and len(columns) > 2:
                continue  # a caption spanning the table: 一、主要预期目标 | |||
            cells = cells[: len(columns)] + [None] * (len(columns) - len(cells))
            rows.append(Row(s, s + len(ln), tuple(cells)))
        if rows:
            layout = "pipe" if sep == "|" else "tab"
            tables.append(Table(start, end, layout, columns, tuple(rows), kind))
        i = j
    return tables


# --------------------------------------------------------------------------------------
# One cell per line


def is_units_cell(text: str) -> bool:
    """Whether ``text`` only names units (市工信局, 市发改委、市统计局 各县市区政府)."""
    if SAME_AS_ABOVE.fullmatch(text.strip()):
        return True
    parts = [p for p in re.split(r"[、,，/;；\s]+", text) if p]
    if not parts or len(text) > 80 or "。" in text:
        return False
    return _balanced(text) and all(
        UNIT_LIKE_RE.search(p.rstrip("等")) and len(p) <= 24 for p in parts
    )


def _balanced(name: str) -> bool:
    """Brackets in the units' names open and close in them (各县(市、区)政府, not
    区发改局))."""
    opened = name.count("(") + name.count("（")
    return opened == name.count(")") + name.count("）")


# A quantity in a cell (每年新增规上工业企业150家): a target, whatever time word it has.
_QUANTITY_IN_CELL: Final = re.compile(
    r"\d(?:[\d.]*) ?(?:[万亿千百]?[家个项台件座条名人户元亩吨]|%)"
)


def _is_time_cell(text: str) -> bool:
    return (
        len(text) <= 30
        and "。" not in text
        and bool(_TIME_CELL.search(text))
        and not _QUANTITY_IN_CELL.search(text)
    )


def _is_number_cell(text: str) -> bool:
    return _cell_value(text, units=True) is not None or text in ("—", "-", "——", "/", "—/—")


def _cell_kind(text: str, *, serial: bool = True) -> str:
    """What a cell holds; a bare small integer is a ``serial`` only where the
    table has a 序号 column (``serial``), else a ``number``."""
    if serial and _SERIAL.match(text):
        return "serial"
    if _UNIT_TOKEN.match(text):
        return "unit"
    if _ATTRIBUTE.match(text):
        return "attribute"
    if _is_number_cell(text):
        return "number"
    if _is_time_cell(text):
        return "time"
    if is_units_cell(text):
        return "units"
    return "text"


# A header cell broken over two lines: its unit (权重 ⏎ (分)) or its year (2025年 ⏎ 目标值).
_HEADER_TAIL: Final = re.compile(r"[(（][^()（）]{1,8}[)）]")
_HEADER_YEAR_ONLY: Final = re.compile(r"20\d\d年度?")
_YEAR_PREFIX: Final = re.compile(rf"^{_HEADER_YEAR_ONLY.pattern}")
_HEADER_YEAR_WORD: Final = re.compile(rf"(?:{_YEAR_WORDS})(?:[(（][^()（）]{{1,8}}[)）])?")


def _line_header(
    lines: list[tuple[int, str]], i: int
) -> tuple[tuple[Column, ...], str, int] | None:
    """A header written one column name per line, starting at line ``i``."""
    names: list[str] = []
    j = i
    area = False
    noted = _noted_units(lines, i)
    while j < len(lines) and lines[j][1].strip():
        raw = lines[j][1].strip()
        if names and _HEADER_TAIL.fullmatch(raw):
            names[-1] = names[-1].strip() + raw  # 权重 ⏎ (分): a name broken before its unit
            j += 1
            continue
        if (
            _HEADER_YEAR_ONLY.fullmatch(raw)
            and j + 1 < len(lines)
            and _HEADER_YEAR_WORD.fullmatch(lines[j + 1][1].strip())
        ):
            names.append(raw + lines[j + 1][1].strip())  # 2025年 ⏎ 目标值: one column
            j += 2
            continue
        col = _header_column(lines[j][1])
        if col is None and area:
            col = _measure_column(lines[j][1])  # 地区 ⏎ 降幅目标(%)
        if col is None and area and noted:
            # 单位:亿元、家 above 园区 ⏎ 规上工业总产值 ⏎ 新增规上工业企业: a column the
            # note gives a unit by what it measures (a place's name is given none)
            name = lines[j][1].strip()
            unit = _noted_row_unit(name, [(k, u) for k, u in noted if not k or k in name])
            col = _measure_column(f"{name}({unit})") if unit else None
        if col is None:
            break
        # 单位 ⏎ 增速(%): a first column 单位 may name the areas (see _header)
        area = area or col.role == "area" or (not names and col.role == "unit")
        names.append(lines[j][1])
        j += 1
    if noted and area:
        names = _with_noted_units([n.strip() for n in names], noted)
    header = _header(names) if len(names) >= 2 else None
    if header is None:
        return None
    if len(names) < 3 and {c.role for c in header[0]} != {"area", "measure"}:
        return None  # two lines of column names only with an area and its measure
    # The header must end where the rows begin: with a 序号 column the first row opens
    # with a serial; otherwise a short bare name next is an unknown column (资金来源),
    # and a table read without it would be misaligned.
    nxt = next((ln.strip() for _, ln in lines[j : j + 3] if ln.strip()), "")
    if any(c.role == "serial" for c in header[0]):
        if not _SERIAL.match(nxt):
            return None
    elif (
        re.fullmatch(r"[\u4e00-\u9fff]{2,8}", nxt)
        and _cell_kind(nxt, serial=False) == "text"
        and header[1] == "tasks"
    ):
        return None
    return header[0], header[1], j


# A cell of people's names (叶林 / 张三、李四), as the 责任领导 column holds.
_PERSON_CELL: Final = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[、,，][\u4e00-\u9fff]{2,4}){0,3}")


def _assign_task_row(
    columns: Sequence[Column], cells: list[Cell], *, spill: bool = False
) -> tuple[Cell | None, ...]:
    """Cells of one task row (serial, task…, units…, time) to their columns.

    With ``spill``, unit cells beyond the unit columns join the last of them (a
    配合单位 list broken over lines); else they are left out.
    """
    out: list[Cell | None] = [None] * len(columns)
    roles = [c.role for c in columns]
    if len(cells) == len(columns) and set(roles) & {"scope", "descriptor"}:
        # a project roster's row, every cell on its line (建设内容 and 总投资 are the
        # columns the task's text would otherwise swallow)
        return tuple(cells)
    rest = list(cells)
    if rest and "serial" in roles and _SERIAL.match(rest[0].text):
        out[roles.index("serial")] = rest.pop(0)
    unit_cols = [i for i, r in enumerate(roles) if r in RESPONSIBILITY_ROLES]
    if "leaders" in roles:
        # 责任领导 | 责任单位: the leaders' names (叶林, 马振明) are no units and no task.
        names = [
            c for c in rest[1:] if _PERSON_CELL.fullmatch(c.text) and _cell_kind(c.text) == "text"
        ]
        if len(names) == 1:
            out[roles.index("leaders")] = names[0]
            unit_cols.remove(roles.index("leaders"))
            rest.remove(names[0])
    # The tail of unit lists and times belongs to the unit and time columns, in order.
    k = len(rest)
    while k > 0 and _cell_kind(rest[k - 1].text) in ("units", "time"):
        k -= 1
    if k == 0 and rest:
        k = 1  # the first cell is the task whatever it looks like
    head, tail = rest[:k], rest[k:]
    time_cols = [i for i, r in enumerate(roles) if r == "deadline"]
    last_unit: int | None = None
    for cell in tail:
        if _cell_kind(cell.text) == "time" and time_cols:
            out[time_cols.pop(0)] = cell
        elif unit_cols:
            last_unit = unit_cols.pop(0)
            out[last_unit] = cell
        elif spill and last_unit is not None and (prev := out[last_unit]) is not None:
            out[last_unit] = Cell(prev.start, cell.end, f"{prev.text} {cell.text}")
    text_cols = [i for i, r in enumerate(roles) if r in ("task", "indicator", "category")]
    if head and text_cols:
        # Several text cells: a category before the task; the task takes the rest.
        task_col = next((i for i in text_cols if roles[i] in ("task", "indicator")), text_cols[0])
        cat_cols = [i for i in text_cols if roles[i] == "category"]
        if cat_cols and len(head) > 1:
            out[cat_cols[0]] = head.pop(0)
        if "target" in roles and len(head) > 2 and _LABEL_CELL.fullmatch(head[0].text):
            # 工业技改提质 ⏎ 到2026年累计实施技改项目 ⏎ 150个,…: after a short label the
            # aim's cell was wrapped over several lines
            rest_cells = head[1:]
            out[roles.index("target")] = Cell(
                rest_cells[0].start, rest_cells[-1].end, "".join(c.text for c in rest_cells)
            )
            head = head[:1]
        elif "target" in roles and len(head) > 1:
            out[roles.index("target")] = head.pop()  # 重点任务 | 目标: the last text is the aim
        out[task_col] = Cell(head[0].start, head[-1].end, "".join(c.text for c in head))
    return tuple(out)


# A task named in a few words (工业技改提质, 招商引资): no number, no punctuation.
_LABEL_CELL: Final = re.compile(r"[\u4e00-\u9fff“”\"]{2,10}")
_VALUE_ROLES: Final = frozenset({"baseline", "target", "growth", "measure", "score"})


def _assign_indicator_row(columns: Sequence[Column], cells: list[Cell]) -> tuple[Cell | None, ...]:
    """Cells of one indicator row (category?, indicator or area, unit?, numbers…,
    attribute?, units?)."""
    out: list[Cell | None] = [None] * len(columns)
    roles = [c.role for c in columns]
    if len(cells) == len(columns) and set(roles) & {"scope", "descriptor"}:
        # a project roster's row, every cell on its line (建设内容 and 总投资 are the
        # columns the task's text would otherwise swallow)
        return tuple(cells)
    rest = list(cells)
    if rest and "serial" in roles and _SERIAL.match(rest[0].text):
        out[roles.index("serial")] = rest.pop(0)
    texts = []
    while rest and _cell_kind(rest[0].text) in ("text", "units", "time"):
        texts.append(rest.pop(0))
    if not texts:
        return tuple(out)
    if "category" in roles and len(texts) > 1:
        out[roles.index("category")] = texts.pop(0)
    name_col = next((i for i, r in enumerate(roles) if r in ("indicator", "area")), None)
    if name_col is not None:
        out[name_col] = Cell(texts[0].start, texts[-1].end, "".join(c.text for c in texts))
    if rest and "unit" in roles and _cell_kind(rest[0].text) == "unit":
        out[roles.index("unit")] = rest.pop(0)
    value_cols = [i for i, r in enumerate(roles) if r in _VALUE_ROLES]
    unit_cols = [i for i, r in enumerate(roles) if r in RESPONSIBILITY_ROLES]
    if rest and _CUMULATIVE_BRACKETS.match(rest[0].text.strip()):
        # 单位工业增加值能耗下降(%) ⏎ ⏎ [14]: a period's total has no base value; its
        # empty base cell was lost with the blank line
        while len(value_cols) > 1 and roles[value_cols[0]] == "baseline":
            value_cols.pop(0)
    while rest and value_cols:
        kind = _cell_kind(rest[0].text, serial=False)
        if kind not in ("number", "text", "time") and not (kind == "units" and not unit_cols):
            break
        out[value_cols.pop(0)] = rest.pop(0)
    if rest and "attribute" in roles and _cell_kind(rest[0].text) == "attribute":
        out[roles.index("attribute")] = rest.pop(0)
    if (
        rest
        and len(rest) == len(unit_cols)
        and any(columns[i].role == "leaders" for i in unit_cols)
    ):
        # 市委副书记 | 市经信局: a leader's title, then the units, one cell each
        for i, cell in zip(unit_cols, rest, strict=True):
            out[i] = cell
        return tuple(out)
    for cell in rest:
        if unit_cols and _cell_kind(cell.text, serial=False) == "units":
            out[unit_cols.pop(0)] = cell
    return tuple(out)


def _assessment_groups(cells: list[Cell]) -> list[list[Cell]]:
    """The rows of an assessment table written one cell per line, without a 序号:
    an indicator, its score, its target (a number or a rule in words) and the units
    that check it; a row may lack the target or the units (a merged cell).

    A name cell followed by a number opens a row (the number is its score); a name
    cell before such a pair is a category (宏观调控) and is left out.
    """
    kinds = [_cell_kind(c.text, serial=False) for c in cells]
    n = len(cells)

    def opens_row(k: int) -> bool:
        return k + 1 < n and kinds[k] != "number" and kinds[k + 1] == "number"

    groups: list[list[Cell]] = []
    k = 0
    while k < n:
        if not opens_row(k):
            if groups and kinds[k] in ("units", "text", "time") and len(groups[-1]) < 4:
                groups[-1].append(cells[k])  # the target in words, or the units
            k += 1
            continue
        row = [cells[k], cells[k + 1]]
        k += 2
        if k < n and kinds[k] == "number":
            row.append(cells[k])
            k += 1
        groups.append(row)
    return groups


def _serial_number(cell: str) -> int:
    """The number of a serial cell ((3), 3., 3、 → 3)."""
    return int(re.sub(r"\D", "", cell) or 0)


def _repeated_header(lines: list[tuple[int, str]], j: int, columns: Sequence[Column]) -> int | None:
    """The line after a repeat of the table's header starting at line ``j``, if it is one."""
    k = j
    for col in columns:
        if k >= len(lines) or re.sub(r"\s+", "", lines[k][1]) != re.sub(r"\s+", "", col.name):
            return None
        k += 1
    return k


def _trailing_columns(roles: Sequence[str]) -> int:
    """How many responsibility columns close an indicator row, after its last value."""
    values = [i for i, r in enumerate(roles) if r in _VALUE_ROLES]
    if not values:
        return 0
    after = roles[values[-1] + 1 :]
    return len(after) if after and all(r in RESPONSIBILITY_ROLES for r in after) else 0


def _cells_after_number(cells: Sequence[Cell]) -> int | None:
    """How many cells follow the row's last number cell (``None`` without one)."""
    for k in range(len(cells) - 1, -1, -1):
        if _cell_kind(cells[k].text, serial=False) == "number":
            return len(cells) - 1 - k
    return None


def _line_tables(text: str, lines: list[tuple[int, str]]) -> list[Table]:
    tables: list[Table] = []
    i = 0
    n = len(lines)
    while i < n:
        if not lines[i][1].strip():
            i += 1
            continue
        found = _line_header(lines, i)
        if found is None:
            i += 1
            continue
        columns, kind, j = found
        roles = [c.role for c in columns]
        groups: list[list[Cell]] = []
        current: list[Cell] = []
        end = lines[j - 1][0] + len(lines[j - 1][1])
        blank_run = 0
        blank_after = False
        has_serial = "serial" in roles
        last_serial = 0
        after_caption = False
        assessment = "score" in roles and not has_serial
        # columns that hold bare numbers (分值, 总投资, 目标值): a number is then a
        # serial only when it is the next one
        # the responsibility columns after an indicator row's values (… | 链长 | 牵头部门)
        trailing = _trailing_columns(roles) if kind == "indicators" else 0
        numbers_in_row = kind == "indicators" or bool(
            set(roles) & {"score", "descriptor", "measure", "target", "baseline", "growth"}
        )
        while j < n:
            s, ln = lines[j]
            stripped = ln.strip()
            if not stripped:
                blank_run += 1
                blank_after = True
                if blank_run >= 2:
                    break
                j += 1
                continue
            blank_run = 0
            if is_page_mark(stripped):
                j += 1  # — 5 —: a page footer between two rows
                continue
            if (after := _repeated_header(lines, j, columns)) is not None:
                j = after  # the header repeated on the next page: the table goes on
                continue
            if _line_header(lines, j) is not None or re.match(
                r"^\s*(?:附件|附表|(?:注|说明|备注)[:：])", ln
            ):
                break  # the next table, an appendix or the notes under the table
            if len(stripped) > 300:
                break
            if kind == "indicators" and (
                len(stripped) > 60
                or "。" in stripped.rstrip("。")
                # 从完成情况看,…认真分析原因。: a sentence of prose, its clauses and its stop
                or (stripped.endswith("。") and bool(re.search(r"[,，;；]", stripped)))
                or (blank_after and _CAPTION.match(stripped))
            ):
                # 二、主要任务 after a blank line, or a paragraph of prose: the body goes
                # on after the table (an indicator table's cells are short)
                break
            blank_after = False
            lead = len(ln) - len(ln.lstrip())
            cell = Cell(s + lead, s + lead + len(stripped), stripped)
            kind_of = _cell_kind(stripped, serial=has_serial)
            if (
                kind == "tasks"
                and has_serial
                and current
                and kind_of != "serial"
                and "。" in stripped
                and _cell_kind(current[-1].text) == "units"
                and len(current) >= len(columns)
            ):
                break  # a row complete up to its units, then prose: the body goes on

            if _CAPTION.match(stripped) and (has_serial or kind == "indicators"):
                if current:
                    groups.append(current)
                current = []
                j += 1
                end = cell.end
                after_caption = True
                continue
            new_row = False
            if has_serial:
                new_row = kind_of == "serial"
                if new_row and current and numbers_in_row:
                    # 1 ⏎ 工业投资 ⏎ 20 ⏎ … / 1 ⏎ 工业总产值 ⏎ 980 ⏎ 1500 ⏎ 9: beside scores or
                    # values a bare number is a serial only when it is the next one (or the
                    # first after a caption that restarts the count)
                    number = _serial_number(stripped)
                    new_row = number == last_serial + 1 or (after_caption and number == 1)
                if new_row:
                    last_serial = _serial_number(stripped)
                    after_caption = False
            elif assessment:
                pass  # rows told apart below
            elif current and trailing and (filled := _cells_after_number(current)) is not None:
                # 生物医药 ⏎ 1120 ⏎ 1500 ⏎ 市委副书记 ⏎ 市经信局 ⏎ 船舶海工: after the values,
                # the row's responsibility cells, then the next row's name
                new_row = filled >= trailing
            elif current:
                prev = _cell_kind(current[-1].text, serial=False)
                if kind == "tasks":
                    new_row = kind_of == "text" and prev in ("units", "time")
                else:
                    # An indicator's name may end like a unit name (…技术中心, …(亿元)).
                    new_row = kind_of in ("text", "units", "time") and prev in (
                        "number",
                        "unit",
                        "attribute",
                    )
            if new_row and current:
                groups.append(current)
                current = []
            current.append(cell)
            end = cell.end
            j += 1
        if current:
            groups.append(current)
        if assessment:
            groups = [row for g in groups for row in _assessment_groups(g)]
        rows: list[Row] = []
        for g in groups:
            cells = (
                _assign_task_row(columns, g)
                if kind == "tasks"
                else _assign_indicator_row(columns, g)
            )
            if any(c is not None for c in cells):
                rows.append(Row(g[0].start, g[-1].end, cells))
        if rows:
            tables.append(Table(lines[i][0], end, "lines", columns, tuple(rows), kind))
        i = max(j, i + 1)
    return tables


_SPACE_ROW: Final = re.compile(
    r"^(?P<pad>[ \t]*)(?P<serial>[(（]?\d{1,3}[)）]?[.、．]?)[ \t]+(?=\S)"
)
_TOKEN: Final = re.compile(r"\S+")


def _space_row(line: str, start: int) -> Row | None:
    """``1 地区生产总值增长7%以上. 发改委``: a serial, the task, then unit names after a space."""
    m = _SPACE_ROW.match(line)
    if m is None:
        return None
    tokens = list(_TOKEN.finditer(line, m.end()))
    k = len(tokens)
    while k > 1 and len(tokens[k - 1].group()) <= 40 and is_units_cell(tokens[k - 1].group()):
        k -= 1
    if k == len(tokens) or k < 1:
        return None
    task_start, task_end = tokens[0].start(), tokens[k - 1].end()
    if task_end - task_start < 4:
        return None
    u0, u1 = tokens[k].start(), tokens[-1].end()
    serial = Cell(start + m.start("serial"), start + m.end("serial"), m.group("serial"))
    task = Cell(start + task_start, start + task_end, line[task_start:task_end])
    unit_cell = Cell(start + u0, start + u1, line[u0:u1])
    return Row(serial.start, unit_cell.end, (serial, task, unit_cell))


_SPACE_COLUMNS: Final = (
    Column(name="序号", role="serial"),
    Column(name="任务", role="task"),
    Column(name="责任单位", role="listed"),
)


def _space_header(line: str) -> tuple[Column, ...] | None:
    """``序号 重点工作任务 主要责任单位 协同配合单位 完成期限``: a task header on one line.

    Only a header whose cells can be placed from both ends is taken: a serial and a
    task first, then responsibility columns, then at most a deadline.
    """
    names = line.split()
    if len(names) < 3:
        return None
    header = _header(names)
    if header is None or header[1] != "tasks":
        return None
    roles = [c.role for c in header[0]]
    rest = roles[2:-1] if roles[-1] == "deadline" else roles[2:]
    if rest[:1] == ["target"]:
        rest = rest[1:]  # 序号 重点任务 目标 牵头单位…: the aim after the task
    if roles[:2] != ["serial", "task"] or not rest:
        return None
    if not all(r in RESPONSIBILITY_ROLES for r in rest):
        return None
    return header[0]


# A cell boundary: a space, or a full stop that normalisation left without its space
# (…30家以上。区科技局).
_SPACE_CELL: Final = re.compile(r"[^\s。]+(?:。+|(?=\s)|$)|。+")


def _token_cells(line: str, start: int, pos: int) -> list[Cell]:
    return [
        Cell(start + m.start(), start + m.end(), m.group()) for m in _SPACE_CELL.finditer(line, pos)
    ]


def _tail_cell(cell: Cell) -> bool:
    """A units or time cell (a units list may close with 。)."""
    return _cell_kind(cell.text.rstrip("。"), serial=False) in ("units", "time")


def _headed_space_row(columns: Sequence[Column], cells: list[Cell]) -> Row:
    """A row under a one-line header: serial, task words, unit cells, a time.

    A units list may close with 。 (…谯城经开区管委会。); the cell keeps its span.
    """
    cells = [Cell(c.start, c.end, c.text.rstrip("。") or c.text) for c in cells]
    out = _assign_task_row(columns, cells, spill=True)
    last = next(c for c in reversed(out) if c is not None)
    return Row(cells[0].start, last.end, out)


# A row's serial inside a table pasted as one line: a number standing alone after a
# space, not a quantity (2 个).
# (Normalising may have closed the space after it: 经发局 5人才支撑.)
_FLAT_SERIAL: Final = (
    r"(?:(?<=\s)|^){n}[.、．]?\s*"
    r"(?![\d.,，%个家项台件座条名户亩吨倍亿万千百元年月日]|人(?![才工民]))(?=\S)"
)


def _flat_table(start: int, line: str) -> Table | None:
    """A task table pasted as one line (序号 重点任务 目标 牵头单位 配合单位 1 智能化改造 …
    2 …): the header's names up to the first serial, then one row per serial 1, 2, 3…
    in turn, each read as a row under a one-line header."""
    if not line.lstrip().startswith(("序号", "编号")):
        return None  # the header opens with its serial column
    first = re.search(_FLAT_SERIAL.format(n="1"), line)
    if first is None or first.start() == 0:
        return None
    columns = _space_header(line[: first.start()])
    if columns is None:
        return None
    bounds: list[tuple[int, int]] = []  # (serial start, serial end) of each row
    m: re.Match[str] | None = first
    n = 1
    while m is not None:
        bounds.append((m.start(), m.end()))
        n += 1
        m = re.compile(_FLAT_SERIAL.format(n=n)).search(line, m.end())
    rows: list[Row] = []
    for k, (s0, s1) in enumerate(bounds):
        end = bounds[k + 1][0] if k + 1 < len(bounds) else len(line)
        serial = line[s0:s1].strip()
        cells = [Cell(start + s0, start + s0 + len(serial), serial)]
        cells += _token_cells(line[:end], start, s1)
        if len(cells) < 3:
            return None
        rows.append(_headed_space_row(columns, cells))
    if len(rows) < 2:
        return None
    return Table(start, rows[-1].end, "space", columns, tuple(rows), "tasks")


def _headed_space_tables(lines: list[tuple[int, str]]) -> list[Table]:
    """A one-line header of column names, then rows ``N task lead support time``.

    A row may go on over lines that hold only units or a time (the cells of a
    unit column broken one name per line). A table pasted as one line is read too.
    """
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        columns = _space_header(lines[i][1])
        if columns is None:
            if flat := _flat_table(*lines[i]):
                tables.append(flat)
            i += 1
            continue
        rows: list[Row] = []
        j = i + 1
        while j < len(lines):
            start, line = lines[j]
            if not line.strip():
                j += 1
                continue
            m = _SPACE_ROW.match(line)
            if m is None:
                break
            cells = [Cell(start + m.start("serial"), start + m.end("serial"), m.group("serial"))]
            cells += _token_cells(line, start, m.end())
            j += 1
            while j < len(lines) and lines[j][1].strip() and not _SPACE_ROW.match(lines[j][1]):
                more = _token_cells(lines[j][1], lines[j][0], 0)
                if not all(_tail_cell(c) for c in more):
                    break
                cells += more
                j += 1
            if len(cells) < 3:
                break
            rows.append(_headed_space_row(columns, cells))
        if rows:
            tables.append(Table(lines[i][0], rows[-1].end, "space", columns, tuple(rows), "tasks"))
        i = max(j, i + 1)
    return tables


# A cell of a table aligned with runs of spaces: words with at most single spaces inside.
_ALIGNED_CELL: Final = re.compile(r"\S+(?: \S+)*")


def _aligned_cells(line: str, start: int) -> list[Cell]:
    return [
        Cell(start + m.start(), start + m.end(), m.group()) for m in _ALIGNED_CELL.finditer(line)
    ]


def _single_space_cells(line: str, start: int) -> list[Cell]:
    return [Cell(start + m.start(), start + m.end(), m.group()) for m in re.finditer(r"\S+", line)]


def _aligned_indicator_tables(lines: list[tuple[int, str]]) -> list[Table]:
    """An indicator table aligned with spaces (指标  单位  2024年  2027年), as copies of
    fixed-width text keep it: the header and every row split at runs of two or more
    spaces into as many cells as the header has columns.

    A header with single spaces between its names (序号 指标名称 单位 2024年(基期)
    2027年(目标)) is read when it names indicators and targets; its rows are split
    at every space, and a row must then have exactly as many cells as the header.
    """
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        start, line = lines[i]
        if "\t" in line or "|" in line or " " not in line.strip():
            i += 1
            continue
        split = _aligned_cells if "  " in line.strip() else _single_space_cells
        names = [c.text for c in split(line, start)]
        header = _header(names) if len(names) >= 3 else None
        if header is None or (split is _single_space_cells and header[1] != "indicators"):
            i += 1
            continue
        columns = header[0]
        rows: list[Row] = []
        j = i + 1
        while j < len(lines) and lines[j][1].strip():
            cells = split(lines[j][1], lines[j][0])
            if len(cells) != len(columns):
                break
            rows.append(Row(cells[0].start, cells[-1].end, tuple(cells)))
            j += 1
        if rows:
            tables.append(Table(start, rows[-1].end, "space", columns, tuple(rows), header[1]))
        i = max(j, i + 1)
    return tables


def _space_tables(lines: list[tuple[int, str]]) -> list[Table]:
    """Runs of at least two ``N task units`` lines (blank lines between allowed)."""
    tables: list[Table] = _headed_space_tables(lines) + _aligned_indicator_tables(lines)
    taken = [(t.start, t.end) for t in tables]
    run: list[Row] = []

    def close() -> None:
        if len(run) >= 2 and not any(a <= run[0].start < b for a, b in taken):
            tables.append(
                Table(run[0].start, run[-1].end, "space", _SPACE_COLUMNS, tuple(run), "tasks")
            )
        run.clear()

    for start, line in lines:
        if not line.strip():
            continue
        row = _space_row(line, start)
        if row is None:
            close()
        else:
            run.append(row)
    close()
    tables.sort(key=lambda t: t.start)
    return tables


_CLOSING_PIPE: Final = re.compile(r"\s*\|\s*$")


def text_lines(text: str) -> list[tuple[int, str]]:
    """Each line of ``text`` (without its break) with the offset it starts at."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    return lines


def find_tables(text: str) -> list[Table]:
    """Every task-division or indicator table of a normalised text, in order."""
    lines = text_lines(text)
    tables = _delimited_tables(text, lines)
    taken = [(t.start, t.end) for t in tables]
    # 序号 |⏎重点工作 |⏎…: one cell per line, each closed by a pipe (a copy that kept
    # the cell borders); read as one cell per line without its border.
    cell_lines = [(s, _CLOSING_PIPE.sub("", ln) if ln.count("|") == 1 else ln) for s, ln in lines]
    for t in (*_line_tables(text, cell_lines), *_space_tables(lines)):
        if not any(s <= t.start < e for s, e in taken):
            tables.append(t)
            taken.append((t.start, t.end))
    tables.sort(key=lambda t: t.start)
    return [_with_units_note(text, _with_title(text, t)) for t in tables]


_TITLE_LINE: Final = re.compile(
    r"(?:表|目标|任务|指标)(?:[(（](?P<a>20\d\d)年?[-—–~至](?P<b>20\d\d)年?[)）])?\s*$"
    r"|^.{0,40}(?:20\d\d)年.{0,30}(?:见|如)下表[。.:：]?\s*$"
)


_BARE_YEAR: Final = re.compile(r"20\d\d年?")
_TITLE_RANGE: Final = re.compile(r"(?P<a>20\d\d)年?[-—–~至](?P<b>20\d\d)年")
_YEARLY_TITLE: Final = re.compile(r"分年度|逐年|年度(?:目标|任务)|各年度")


def _with_title(text: str, table: Table) -> Table:
    """``table`` with the title written on the line above its header, if any (a units
    note may stand between them)."""
    before = text[: table.start].rstrip("\n \t")
    line = before[before.rfind("\n") + 1 :].strip()
    if _note_pairs(line) and len(line) <= 30 and not _TITLE_LINE.search(line):
        before = before[: before.rfind("\n") + 1].rstrip("\n \t")
        line = before[before.rfind("\n") + 1 :].strip()
    if not line or len(line) > 72 or not _TITLE_LINE.search(line):
        return table
    rm = _TITLE_RANGE.search(line)
    yearly = _YEARLY_TITLE.search(line)
    if (rm or yearly) and any(c.role == "baseline" for c in table.columns):
        # …主要指标(2024—2026年) | 2024年 | 2025年 | 2026年: the plan's own years are
        # all targets, the first too; so are those of a table of aims by year
        # (主要指标分年度目标 | 2025年 | 2026年 | 2027年)
        a, b = (int(rm["a"]), int(rm["b"])) if rm else (0, 9999)
        columns = tuple(
            attrs.evolve(c, role="target")
            if c.role == "baseline" and c.year and a <= c.year <= b and _BARE_YEAR.fullmatch(c.name)
            else c
            for c in table.columns
        )
        table = attrs.evolve(table, columns=columns)
    return attrs.evolve(table, title=line)


# A units note in words: 单位:亿元、% / 增速类、比重类指标单位为% / 营业收入单位为亿元.
_NOTE_UNITS: Final = re.compile(
    r"(?P<what>[\u4e00-\u9fff、]{0,24}?)(?:计量)?单位(?:为|是|均为|[:：]) ?"
    r"(?P<units>[^;；,，、)）\s:：。]{1,8}"
    # …亿元,企业单位为家: the next note, not a second unit of this one
    r"(?: ?[、,，] ?(?![^;；,，、)）\s:：。]{0,8}单位)[^;；,，、)）\s:：。]{1,8})*)"
)
_NOTE_BELOW: Final = re.compile(r"^\s*(?:注|说明|备注)\d?[:：]")


def _note_pairs(line: str) -> list[tuple[str, str]]:
    """The (keyword, unit) pairs of one note line."""
    pairs: list[tuple[str, str]] = []
    for m in _NOTE_UNITS.finditer(line):
        units = [u for u in re.split(r" ?[、,，] ?", m.group("units")) if _UNIT_TOKEN.match(u)]
        if not units:
            continue
        what = re.sub(r"^.*[(（:：,，;；]", "", m.group("what"))
        keys = [
            re.sub(r"(?:类|的)?(?:指标)?(?:类|的)?$", "", w)
            for w in what.split("、")
            if w and not re.fullmatch(r"(?:本表|表中|数据|指标|以上|上表|下表|其余|其他)*", w)
        ]
        keys = [k for k in keys if k] or [""]
        pairs.extend((key, unit) for key in keys for unit in units)
    return pairs


def _with_units_note(text: str, table: Table) -> Table:
    """``table`` with the units a note above it (单位:亿元、%) or a 注 under it gives."""
    if table.kind != "indicators":
        return table
    pairs: list[tuple[str, str]] = []
    above = text[: table.start].rstrip("\n \t").split("\n")[-2:]
    for line in reversed(above):
        if "单位" in line and len(line.strip()) <= 80:
            pairs = _note_pairs(line)
            if pairs:
                break
    for line in text[table.end :].lstrip("\n").split("\n")[:3]:
        if _NOTE_BELOW.match(line) and "单位" in line:
            pairs = _note_pairs(line) + pairs  # the note under the table names its rows
    return attrs.evolve(table, units=tuple(pairs)) if pairs else table


# What a row's indicator measures, for choosing among the units a note gives.
_RATE_NAME: Final = re.compile(
    r"(?<!生产)率|增速|增长|增幅|比重|占比|比例|降幅|下降|降低|百分比|强度"
)
_MONEY_NAME: Final = re.compile(
    r"产值|增加值|投资|收入|营收|税收|利润|总量|规模|[^数]额$|资金|出口|产出|销售"
)
_COUNT_NAME: Final = re.compile(r"企业|项目|平台|工厂|车间|基地|园区|中心|产品|数$")
_COUNT_UNIT: Final = re.compile(r"^(?:家|个|项|户|件|台|座|所)$")


def _noted_row_unit(indicator: str, pairs: Sequence[tuple[str, str]]) -> str | None:
    """The unit a table's note gives the row of ``indicator``, or ``None``."""
    keyed = next((u for k, u in pairs if k and k in indicator), None)
    if keyed is not None:
        return keyed
    units = [u for k, u in pairs if not k]
    if _RATE_NAME.search(indicator):
        return "%" if "%" in units else None
    if _MONEY_NAME.search(indicator):
        return next((u for u in units if "元" in u), None)
    if _COUNT_NAME.search(indicator):
        return next((u for u in units if _COUNT_UNIT.match(u)), None)
    rest = [u for u in units if u != "%"]
    return rest[0] if len(units) == 1 and rest else None


# --------------------------------------------------------------------------------------
# Uses


def separator_view(text: str, tables: Sequence[Table]) -> str:
    """``text`` as the sentence reader should see its tables.

    Same length as ``text`` (offsets stay valid): the cell separators of
    delimited tables and the gap before each cell become line breaks, so that
    each cell is its own line, and serial numbers (序号) become spaces.
    """
    if not tables:
        return text
    chars = list(text)
    for t in tables:
        if t.layout in ("pipe", "tab"):
            sep = "|" if t.layout == "pipe" else "\t"
            for k in range(t.start, t.end):
                if chars[k] == sep:
                    chars[k] = "\n"
        else:
            for k in range(t.start, t.end):
                if chars[k] == "|":
                    chars[k] = " "  # the border closing a cell's line
        for row in t.rows:
            for col, cell in zip(t.columns, row.cells, strict=False):
                if cell is None:
                    continue
                if col.role == "serial":
                    chars[cell.start : cell.end] = " " * (cell.end - cell.start)
                elif cell.start > row.start and chars[cell.start - 1] in " \t":
                    chars[cell.start - 1] = "\n"
            if t.kind == "tasks":
                _join_value_cells(chars, t, row)
    return "".join(chars)


# A cell holding only a value (80个 / 增长10%以上 / ≥9%): the amount of the cell before it.
# (实现零突破 / 全覆盖 / 翻一番: an aim written without digits)
_VALUE_ONLY_CELL: Final = re.compile(
    r"(?:[≥≤><＞＜]=?|不低于|不少于|达到|新增|增长|下降|提高)?\s*\d[\d.,]*\s*\S{0,6}"
    r"|(?:实现|力争|确保|基本|全面)?(?:零的?突破|全覆盖|翻一番|翻番)"
)


def _join_value_cells(chars: list[str], t: Table, row: Row) -> None:
    """重点工作 | 目标任务 as 新签约亿元以上工业项目 | 80个: the value reads with its task
    (a space between them, not a line break)."""
    prev: Cell | None = None
    for col, cell in zip(t.columns, row.cells, strict=False):
        if cell is None or col.role not in ("task", "target"):
            prev = None
            continue
        if (
            prev is not None
            and not re.search(r"\d", prev.text)
            and _VALUE_ONLY_CELL.fullmatch(cell.text.strip())
        ):
            for k in range(prev.end, cell.start):
                if chars[k] == "\n":
                    chars[k] = " "
        prev = cell


def _cell_date(text: str) -> dt.date | None:
    """The last date a time cell names (2025年6月底 → 2025-06-30; 2025年 → 2025-12-31)."""
    best: dt.date | None = None
    for m in _DATE_IN_CELL.finditer(text):
        year = int(m.group("year"))
        month = int(m.group("month")) if m.group("month") else 12
        if not 1 <= month <= 12 or not 1949 <= year <= 2200:
            continue
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        d = nxt - dt.timedelta(days=1)
        if best is None or d > best:
            best = d
    return best


def row_deadline(tables: Sequence[Table], offset: int) -> dt.date | None:
    """The date in the 完成时限 cell of the task row holding ``offset``, if any."""
    for t in tables:
        if not t.start <= offset < t.end or t.kind != "tasks":
            continue
        for row in t.rows:
            if row.start <= offset < row.end:
                cell = row.cell(t, "deadline")
                return _cell_date(cell.text) if cell is not None else None
    return None


@attrs.frozen
class TableTarget:
    """A target read from one row of an indicator table (指标表目标)."""

    start: int
    end: int
    indicator: str
    kind: TargetKind
    comparator: Comparator
    value: Number
    unit: str | None
    year: int | None
    basis: DeadlineBasis
    commitment: Commitment = Commitment.PLAIN
    value_high: Number | None = None
    month: int | None = None


@attrs.frozen
class _CellValue:
    """A value cell read: its comparator, number, and what the cell itself says."""

    comparator: Comparator
    value: Number
    cumulative: bool  # 〔15〕 or 累计…
    unit: str | None = None  # the cell's own unit (9%以上, 180亿元, 35万元/亩)
    new: bool = False  # 新增12家: a count of new things
    high: Number | None = None  # 3—5: the range's upper end (comparator between)
    commitment: Commitment | None = None  # 力争突破60 / 确保95: the cell's own word


# A commitment opening a value cell (力争突破60, 确保95).
_CELL_COMMIT: Final = re.compile(r"力争|争取|确保")
# What a value cell may say before its number (新增12家, 累计60家).
_CELL_LEAD: Final = re.compile(r"^(?:(?P<new>新增|净增|新培育|新引进)|(?P<cum>累计))")


_RANGE_CELL: Final = re.compile(
    r"(?P<a>\d+(?:\.\d+)?)%?(?:—|–|-|~|～|至|到){1,2}(?P<b>\d+(?:\.\d+)?)"
)


# A cell that says the coverage is complete (全覆盖 / 100%覆盖): 100 %.
_FULL_COVER_CELL: Final = re.compile(r"(?:实现)?(?:全覆盖|全面覆盖|100%覆盖)")


def _cell_value(text: str, *, units: bool = False) -> _CellValue | None:
    """A value cell or ``None``; with ``units``, a cell may also name its own unit
    and open with 新增/累计 (the value columns of an assessment table)."""
    t = text.strip().replace(" ", "")
    cumulative = new = False
    unit: str | None = None
    t = re.sub(r"^(?:新增|新设)指标[:：]", "", t)  # 新增指标:150: an indicator the revision adds
    if units and _FULL_COVER_CELL.fullmatch(t):
        # 全覆盖: every one covered, 100 %
        return _CellValue(Comparator.GE, parse_number("100"), cumulative=False, unit="%")
    if m := _CUMULATIVE_BRACKETS.match(t) or _CUMULATIVE_TAG.match(t):
        t, cumulative = m.group("n"), True
    if units and (lead := _CELL_LEAD.match(t)):
        new, cumulative = bool(lead.group("new")), cumulative or bool(lead.group("cum"))
        t = t[lead.end() :]
    commitment: Commitment | None = None
    if cm := _CELL_COMMIT.match(t):
        commitment = Commitment.ENSURE if cm.group() == "确保" else Commitment.STRIVE
        t = t[cm.end() :]
    if t in ("零突破", "实现零突破"):
        # 零突破: the first one (at least 1 of the row's unit)
        return _CellValue(Comparator.GE, parse_number("1"), cumulative=False, commitment=commitment)
    cmp = Comparator.EQ
    for mark in _CMP_MARKS:
        if t.startswith(mark):
            cmp, t = _CMP_MARK[mark], t[len(mark) :]
            break
    for suf in _TABLE_SUFFIXES:
        if t.endswith(suf) and len(t) > len(suf):
            cmp, t = SUFFIX_COMPARATOR[suf], t[: -len(suf)]
            break
    if t.endswith("%"):
        t, unit = t[:-1], "%"
    elif units and (um := re.fullmatch(r"([\d.]+)(\D.*)", t)) and _UNIT_TOKEN.match(um.group(2)):
        t, unit = um.group(1), um.group(2)
    high: Number | None = None
    if (rm := _RANGE_CELL.fullmatch(t)) and cmp is Comparator.EQ:
        t = rm.group("a")  # 3—5 / 10%-15%: a range
        try:
            high = parse_number(rm.group("b"))
        except ParseError:
            return None
        cmp = Comparator.BETWEEN
    if not t or not re.fullmatch(r"[\d.]+", t):
        return None
    try:
        value = parse_number(t)
    except ParseError:
        return None
    if high is not None and not high > value:
        return None
    return _CellValue(cmp, value, cumulative, unit, new, high, commitment)


def _value_cells(
    t: Table, row: Row, roles: tuple[str, ...]
) -> list[tuple[Column, Cell, _CellValue]]:
    """The cells of ``row`` in columns of ``roles`` that hold a value, parsed."""
    out = []
    for col, cell in zip(t.columns, row.cells, strict=False):
        if (
            cell is not None
            and col.role in roles
            and (parsed := _cell_value(cell.text, units=True))
        ):
            out.append((col, cell, parsed))
    return out


def unread_cells(tables: Sequence[Table]) -> list[tuple[int, int]]:
    """Target cells of the indicator tables that hold more than one value.

    增长18%,其中制造业投资增长20% / 实施50个,其中5000万元以上项目20个: a cell the
    row reader cannot take as one value is read as a sentence instead, its row's
    name before it.
    """
    out: list[tuple[int, int]] = []
    for t in tables:
        if t.kind != "indicators":
            continue
        for row in t.rows:
            for col, cell in zip(t.columns, row.cells, strict=False):
                if (
                    cell is not None
                    and col.role in ("target", "growth")
                    and re.search(r"\d|零突破|全覆盖", cell.text)
                    and _cell_value(cell.text, units=True) is None
                ):
                    out.append((cell.start, cell.end))
    return out


def _indicator_text(cell: Cell) -> str:
    return re.sub(r"\s+", "", cell.text)


# An indicator that counts new things (新增贷款额, 新引进5亿元以上项目).
_INCREMENT_NAME: Final = re.compile(
    r"新增|净增|^(?:全年)?(?:新引进|引进|新建|新培育|招引|新开工|新认定|新签约|签约|新投产|新上"
    r"|新创建|新创|新获评|新获批|盘活|腾退|腾出|淘汰|关停|整治提升|培育|引育)"
    r"|(?:签约|引进|招引|开工|竣工|投产)(?:数|数量|个数)?$"
)


#: The counted thing named before 零突破 and its measure word (企业 → 家).
COUNTED_UNITS: Final[dict[str, str]] = {
    "企业": "家",
    "公司": "家",
    "工厂": "家",
    "项目": "个",
    "平台": "个",
    "奖": "项",
    "中心": "个",
    "基地": "个",
    "园区": "个",
    "集群": "个",
    "实验室": "个",
}
_STOCK_TOTAL: Final = re.compile(r"总数(?:量)?$")
# Units that count things: a bracketed total of a counted stock is what the period adds.
_COUNT_UNITS: Final = frozenset("家个项件台座条所款套")


def _row_kind(name: str, unit: str | None, cumulative: bool) -> TargetKind:
    if _REDUCTION_WORD.search(name) and unit in ("%", "个百分点"):
        return TargetKind.REDUCTION  # 单位GDP能耗下降 〔15〕: 累计下降15%
    if cumulative and _INCREMENT_NAME.search(name) and "累计" not in name:
        return TargetKind.INCREMENT  # 新增…企业 | [100]: the new ones over the period
    if cumulative or "累计" in name or _STOCK_TOTAL.search(name):
        return TargetKind.CUMULATIVE  # (高新技术企业总数: the whole stock, as in prose)
    if _GROWTH_WORD.search(name) and unit == "%":
        return TargetKind.GROWTH_RATE
    if _INCREMENT_NAME.search(name):
        return TargetKind.INCREMENT
    return TargetKind.LEVEL


def _title_name(title: str | None) -> str:
    """What a breakdown table's title says is broken down (…年度能耗强度目标分解表 → 能耗强度)."""
    if not title:
        return ""
    name = re.sub(r"\s+", "", title)
    name = re.sub(r"^.*?20\d\d年度?", "", name)
    return re.sub(r"(?:目标|任务)*(?:分解|下达|分配)?(?:表|一览表|情况表)$", "", name)


_YEAR_COLUMN_NAME: Final = re.compile(r"20\d\d年?(?:[(（][^()（）]{1,8}[)）])?")


def with_plan_years(tables: Sequence[Table], first_year: int | None) -> list[Table]:
    """The tables with a bare year column inside the plan's years read as a target.

    指标 | 单位 | 2026年 | 2028年 in a plan for 2026–2028: the earlier year is a
    milestone of the plan, not the record the earliest year column usually is.
    """
    if first_year is None:
        return list(tables)
    out = []
    for t in tables:
        if (
            t.kind == "indicators"
            and any(
                c.role == "baseline"
                and c.year is not None
                and c.year >= first_year
                and _YEAR_COLUMN_NAME.fullmatch(c.name)
                for c in t.columns
            )
            and any(c.role == "target" for c in t.columns)
        ):
            cols = tuple(
                attrs.evolve(c, role="target")
                if c.role == "baseline"
                and c.year is not None
                and c.year >= first_year
                and _YEAR_COLUMN_NAME.fullmatch(c.name)
                else c
                for c in t.columns
            )
            t = attrs.evolve(t, columns=cols)
        out.append(t)
    return out


# What a task's name says before its value cell (…增长 | 10%, …均突破 | 500亿元).
_TASK_VALUE_TAIL: Final = re.compile(
    r"(?:均|都)?(?:达到|突破|超过|不低于|不少于|控制在|完成|实现)$"
)


def task_table_targets(tables: Sequence[Table]) -> list[TableTarget]:
    """The aims in the target column of task tables whose cells are bare values
    (重点任务 | 年度目标 | 牵头单位: 新增规上工业企业 | 50家): one per row, named by the task.

    A report restating its year's aims in such a table (…目标任务推进情况通报) gives
    them here; the sentences around the table are its record.
    """
    out: list[TableTarget] = []
    for t in tables:
        if t.kind != "tasks" or not any(c.role == "target" for c in t.columns):
            continue
        for row in t.rows:
            task = row.cell(t, "task")
            if task is None:
                continue
            for col, cell, cv in _value_cells(t, row, ("target",)):
                name = _TASK_VALUE_TAIL.sub("", _indicator_text(task))
                unit = cv.unit
                if _GROWTH_WORD.search(name[-2:]) and unit == "%":
                    kind, name = TargetKind.GROWTH_RATE, name[:-2]
                elif _REDUCTION_WORD.search(name[-2:]) and unit == "%":
                    kind, name = TargetKind.REDUCTION, name[:-2]
                elif cv.new or _INCREMENT_NAME.search(name):
                    kind = TargetKind.INCREMENT
                else:
                    kind = _row_kind(name, unit, cv.cumulative)
                out.append(
                    TableTarget(
                        start=task.start,
                        end=cell.end,
                        indicator=name,
                        kind=kind,
                        comparator=cv.comparator,
                        value=cv.value,
                        value_high=cv.high,
                        unit=unit,
                        year=col.year,
                        basis=DeadlineBasis.STATED if col.year else DeadlineBasis.PLAN,
                        commitment=cv.commitment or _column_commitment(col.name),
                        month=col.month,
                    )
                )
    return out


def table_targets(tables: Sequence[Table]) -> list[TableTarget]:
    """The targets of the indicator tables: one per row and target column.

    In a breakdown table (地区 | 降幅目标(%)) each area's value is a target of that
    area: the indicator is the area's name and the column's (or the title's).
    """
    out: list[TableTarget] = []
    for t in tables:
        if t.kind != "indicators":
            continue
        for row in t.rows:
            ind_cell = row.cell(t, "indicator")
            area_cell = row.cell(t, "area")
            if area_cell is None and ind_cell is None:
                serial = row.cell(t, "serial")
                if serial is not None and _TOTAL_AREA.fullmatch(serial.text.strip()):
                    area_cell = serial  # | 合计 | | 1200 | 45 |: the total spans two columns
            if ind_cell is None and area_cell is not None:
                out.extend(_area_targets(t, row, area_cell))
                continue
            if ind_cell is None:
                continue
            indicator = _indicator_text(ind_cell)
            unit_cell = row.cell(t, "unit")
            unit: str | None = unit_cell.text if unit_cell is not None else None
            if unit is None and (m := _UNIT_IN_NAME.search(indicator)):
                unit = m.group("unit")
                indicator = indicator[: m.start()]
            if unit is not None:
                unit = unit.strip("()（）")
            measure = next((c.measure for c in t.columns if c.measure), None)
            if measure and any(
                c.role == "indicator" and _SUBJECT_HEADER.fullmatch(c.name) for c in t.columns
            ):
                # 产业链 | 2025年产值 | 2027年目标: the chain's 产值
                indicator += measure
            for col, cell, cv in _value_cells(t, row, ("target", "growth")):
                this_unit = unit if unit is not None else cv.unit or col.unit
                if this_unit is None and t.units:
                    this_unit = _noted_row_unit(indicator, t.units)
                name = (col.place or "") + indicator
                if (
                    col.role == "growth"
                    and cv.cumulative
                    and this_unit == "%"
                    and _SHARE_NAME.search(indicator)
                    and not _REDUCTION_WORD.search(indicator)
                ):
                    # 战略性新兴产业增加值占比(%) | 47 | 55 | [8]: a share's rise over the
                    # period, in percentage points
                    kind, this_unit = TargetKind.INCREMENT, "个百分点"
                elif col.role == "growth" and cv.cumulative:
                    # [13.5] under 年均增速/累计: the period's total, of the row's kind
                    kind = _row_kind(indicator, this_unit, cumulative=True)
                    if (
                        kind is TargetKind.CUMULATIVE
                        and this_unit in _COUNT_UNITS
                        and not ("累计" in indicator or _STOCK_TOTAL.search(indicator))
                        and _value_cells(t, row, ("target",))
                    ):
                        # 规上工业企业数 | 家 | 318 | 468 | [150]: the stock's net additions
                        kind = TargetKind.INCREMENT
                elif col.role == "growth":
                    kind = TargetKind.GROWTH_RATE
                    this_unit = "%"
                    name = indicator + ("年均增长" if "年均" in col.name else "增长")
                elif cv.new:
                    kind = TargetKind.INCREMENT  # 省级专精特新中小企业 | 新增12家
                elif cell.text.strip().endswith("零突破"):
                    kind = TargetKind.LEVEL  # 新增上市企业 | 家 | 零突破: the first one
                    if this_unit is None:
                        # 国家级单项冠军企业 | 零突破: the thing counted names the unit
                        this_unit = next(
                            (u for w, u in COUNTED_UNITS.items() if indicator.endswith(w)), None
                        )
                else:
                    kind = _row_kind(indicator, this_unit, cv.cumulative)
                year = col.year
                if year is None and col.role == "growth":
                    # 年均增速 beside 2027年 | 2030年: the growth over the whole period
                    year = max(
                        (c.year for c in t.columns if c.role == "target" and c.year), default=None
                    )
                if year is None:
                    year = next((c.year for c in t.columns if c.role == "target" and c.year), None)
                basis = DeadlineBasis.STATED
                if year is None and (year := _title_year(t.title)) is not None:
                    basis = DeadlineBasis.SECTION  # 2016年度…目标任务分解表
                out.append(
                    TableTarget(
                        start=ind_cell.start,
                        end=cell.end,
                        indicator=name,
                        kind=kind,
                        comparator=cv.comparator,
                        value=cv.value,
                        value_high=cv.high,
                        unit=this_unit,
                        year=year,
                        basis=basis if year is not None else DeadlineBasis.PLAN,
                        commitment=cv.commitment or _column_commitment(col.name),
                        month=col.month,
                    )
                )
    return out


_PERIOD_HEADER: Final = re.compile(r"20\d\d年?[-—–~至到]20\d\d年")
_TOTAL_AREA: Final = re.compile(r"合计|总计|小计|全[市县区](?:合计|总计)")


def _area_targets(t: Table, row: Row, area_cell: Cell) -> list[TableTarget]:
    """The values of one area's row in a breakdown table."""
    area = _indicator_text(area_cell)
    out: list[TableTarget] = []
    for col, cell, cv in _value_cells(t, row, ("measure", "target")):
        unit: str | None = None
        if col.role == "measure" and (m := _MEASURE_HEADER.match(col.name)):
            name, unit = m.group("name"), m.group("unit")
        else:
            name = _title_name(t.title)
            if (m := _UNIT_IN_NAME.search(col.name)) is not None:
                unit = m.group("unit")
        unit = unit if unit is not None else cv.unit
        if unit is None and t.units:
            unit = _noted_row_unit(name, t.units)  # 单位:家 above the table
        # 2024—2026年整治任务(亩): a period's total, the parts of a cumulative goal
        period = bool(_PERIOD_HEADER.match(col.name)) and unit not in ("%", "个百分点")
        kind = TargetKind.INCREMENT if cv.new else _row_kind(name, unit, cv.cumulative or period)
        if kind is TargetKind.REDUCTION:
            name = re.sub(r"降幅$", "", name)
        year = col.year if col.year is not None else _title_year(t.title)
        if _TOTAL_AREA.fullmatch(area):
            area = ""  # 合计 | 841: the whole of the breakdown, the indicator itself
        out.append(
            TableTarget(
                start=area_cell.start,
                end=cell.end,
                indicator=area + name,
                kind=kind,
                comparator=cv.comparator,
                value=cv.value,
                value_high=cv.high,
                unit=unit,
                year=year,
                basis=DeadlineBasis.STATED
                if col.year is not None
                else DeadlineBasis.SECTION
                if year is not None
                else DeadlineBasis.PLAN,
            )
        )
    return out


def _column_commitment(name: str) -> Commitment:
    """确保值 → ensure, 力争值 → strive, a plain 目标值 → plain."""
    if _STRIVE_COLUMN.search(name):
        return Commitment.STRIVE
    if _ENSURE_COLUMN.search(name):
        return Commitment.ENSURE
    return Commitment.PLAIN


def _title_year(title: str | None) -> int | None:
    m = re.search(r"(20\d\d)年", title or "")
    return int(m.group(1)) if m else None
