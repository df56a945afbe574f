"""Who carries each measure: responsibility blocks (责任分工).

Plans close a task, or a sentence of it, with a parenthesised block that names
who carries it. The forms of the genre:

- ``(牵头单位:A;配合单位:B、C)`` — lead (牵头单位) and supporting (配合单位) units;
- ``(牵头领导:张三;牵头单位:A)`` — a named leading official (牵头领导);
- ``(责任单位:A、B、C)`` — where the document declares anywhere that
  列第一位的为牵头单位 the first is the lead and the rest support, otherwise
  every listed unit is a lead;
- ``(A、B、C按职责分工负责)`` and ``(A负责)`` — every listed unit is a lead;
- ``…为责任主体`` and ``实施单位:各镇街`` — accountable governments (责任主体);
- ``下同`` / ``不再列出`` — the clause it ends carries forward to later measures;
- synonyms (牵头部门, 主责单位, 责任部门, 配合部门, 协办单位, 责任领导 …), blocks in
  ``[ ]`` and ``【 】``, label lines one under another, the verb forms
  ``(A牵头,B、C配合)`` and ``由A牵头,B配合。``, a marker inside a list
  ``责任单位:A(牵头)、B`` (A leads, B supports), and governments listed beside
  departments (accountable, not leads).

A block at the tail of the last item of a numbered list covers every item when
no item has its own block.

A target takes the first block after it within its task (the deepest section
that holds it, not counting that section's own sub-tasks); when the task has no
block after it, the nearest block before it in the same task. Accountable
governments declared with 下同 apply to every later measure of the body (not to
appendices) that does not name its own.

All offsets are into the normalised text; unit names come back in simplified
script because that text is simplified.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import Final

import attrs

from mfgpolicy.extract.structure import Section
from mfgpolicy.extract.tables import (
    RESPONSIBILITY_ROLES,
    SAME_AS_ABOVE,
    Row,
    Table,
    text_lines,
)
from mfgpolicy.extract.tables import UNIT_LIKE_RE as _UNIT_LIKE_RE
from mfgpolicy.model.department import DepartmentCatalog
from mfgpolicy.model.document import DocumentWarning
from mfgpolicy.model.enums import Severity
from mfgpolicy.model.target import Responsibility, ResponsibleUnit
from mfgpolicy.text import is_page_mark, opens_item

__all__ = ["ResponsibilityBlock", "ResponsibilityMap", "extract_responsibility"]

# Each label of the genre and the role it gives (synonyms: 牵头部门, 主责单位, 责任部门,
# 配合部门, 协办单位, 参与单位, 责任领导 …).
_ROLE_OF: Final[dict[str, str]] = {
    "牵头领导": "leaders",
    "牵头市领导": "leaders",
    "责任领导": "leaders",
    "责任市领导": "leaders",
    "分管领导": "leaders",
    # 链长制: the official who heads an industry chain (链长:市委副书记某某;牵头单位:…)
    "总链长": "leaders",
    "链长": "leaders",
    "副链长": "leaders",
    "牵头单位": "lead",
    "牵头科室": "lead",
    "责任科室": "listed",
    "责任处室": "listed",
    "配合科室": "support",
    "牵头部门": "lead",
    "牵头责任单位": "lead",
    "主责单位": "lead",
    "主责部门": "lead",
    "主办单位": "lead",
    "配合单位": "support",
    "配合部门": "support",
    "协同单位": "support",
    "协同部门": "support",
    "参与单位": "support",
    "参与部门": "support",
    "协办单位": "support",
    "协办部门": "support",
    "责任单位": "listed",
    "责任部门": "listed",
    "实施单位": "accountable",
    "责任主体": "accountable",
}
_LABELS: Final = tuple(sorted(_ROLE_OF, key=len, reverse=True))
_LABEL_ALT: Final = "|".join(_LABELS)
_LABEL_RE: Final = re.compile(rf"(?P<label>{_LABEL_ALT})[ \t]*[:：]")
# A block in parentheses with at most one level of nested parentheses inside
# (市经信局(市企服办)), or in square brackets [责任单位:市工信局(牵头),…] / 【…】.
_PAREN_RE: Final = re.compile(
    r"\((?P<body>(?:[^()\n]|\([^()\n]*\))*)\)"
    r"|\[(?P<body2>[^\[\]\n]*)\]|【(?P<body3>[^【】\n]*)】"
    # a block cut off at the end of its line (a page that stops mid-block)
    r"|\((?P<body4>[^()\n]*)(?=\n|$)"
)
# What the units listed before 按职责分工负责 do (落实, 督促指导 …).
_SHARED_DUTY: Final = r"(?:落实|实施|推进|督促指导|指导督促|督促|指导|协调|组织实施)?"
_BLOCK_HINT_RE: Final = re.compile(
    rf"{_LABEL_RE.pattern}|按职责分工负.{_SHARED_DUTY}$|按职责分工负.[;；,，]|负责$|负责[;；]|为责任主体"
    r"|牵头(?:负责|落实|实施|推进|组织实施)?(?:$|[;；,，])|配合(?:实施|落实)?$"
)
# An unparenthesised block on its own line(s): 牵头单位:市经信局 \n 配合单位:市科技局 …
_LINE_BLOCK_RE: Final = re.compile(
    rf"^[ \t]*(?:{_LABEL_ALT})[ \t]*[:：][^\n]*(?:\n[ \t]*(?:{_LABEL_ALT})[ \t]*[:：][^\n]*)*",
    re.MULTILINE,
)
# A block run on after the task's full stop: …新增规上工业企业100家。责任单位:市经信局(牵头)、
# 市统计局 (to the end of the line or the next full stop).
_SENTENCE_BLOCK_RE: Final = re.compile(rf"(?<=。)[ \t]*(?:{_LABEL_ALT})[ \t]*[:：][^\n。]*")
# A label said with 为 in running text: …增长8%,责任单位为区经信局;
_INLINE_IS_RE: Final = re.compile(
    rf"(?<=[,，;；。\s])(?P<label>{_LABEL_ALT})(?:为|是)(?P<units>[^,，;；。:：()\n]{{2,60}})"
    r"(?=[;；。\n]|$)"
)
# The verb form in running text: 由X牵头(,Y、Z(按职责分工)配合)。 at the end of a sentence.
_UNIT_NAME = r"[^,，。;；:：()\n由]{2,60}?"
_VERB_BLOCK_RE: Final = re.compile(
    rf"(?:由|(?<=[。\n]))(?P<lead>{_UNIT_NAME})牵头(?:负责|实施|推进|落实|组织实施)?"
    rf"(?:[,，](?P<support>{_UNIT_NAME})(?:按职责分工|按职责|共同)?(?:配合|协同|参与|协助)"
    r"(?:实施|推进|落实|负责)?)?"
    # …,各县(市、区)人民政府负责本地区指标落实: the governments that deliver
    r"(?:[,，](?P<accountable>[^,，。;；:：\n由]{0,40}?(?:政府|管委会|办事处|街道\)?|园区))"
    r"(?:具体|分别|要)?(?:负责)?(?:本地区|本辖区|辖区)?[\u4e00-\u9fff]{0,6}?(?:落实|实施|推进))?"
    r"(?=[。;；\n]|$)"
)
# The verb form opening an item: 1.招商引资.由招商局牵头,各招商分局配合,确保…: who
# does the rest of the item.
_VERB_OPEN_RE: Final = re.compile(
    rf"(?:^|(?<=[。.．\n]))[ \t]*由(?P<lead>{_UNIT_NAME})牵头(?:负责|实施|推进|落实)?[,，]"
    rf"(?:(?P<support>{_UNIT_NAME})(?:按职责分工|按职责|共同)?(?:配合|协同|参与|协助)[,，])?",
    re.MULTILINE,
)
# 由县发改委负责。: a sentence of its own naming who carries the item before it.
_BY_DUTY_RE: Final = re.compile(
    rf"由(?P<lead>{_UNIT_NAME})负责(?:实施|落实|推进|组织实施)?(?P<support>)(?=[。;；\n]|$)"
)
# A leader's instruction: 请县经信局牵头,会同县投资促进中心、县自然资源局,…: who does
# what the instruction goes on to ask.
_ASK_OPEN_RE: Final = re.compile(
    rf"请(?P<lead>{_UNIT_NAME})牵头(?:负责)?"
    rf"(?:[,，](?:会同|联合|协调|组织)(?P<support>{_UNIT_NAME}))?(?=[,，:：])"
)
# A heading's number: 一、 / (一)
_HEADING_NO: Final = r"^[ \t]*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)"
# A heading that names who leads everything under it: 一、县示范区管委会牵头工作(8项),
# (一)由县发展和改革委员会牵头的工作.
_HEADING_LEAD_RE: Final = re.compile(
    _HEADING_NO + r"|\d+[.、])[ \t]*由?"
    r"(?P<lead>[^,，。;；:：()\n]{2,40}?)牵头(?:负责|推进|实施|落实)?的?"
    r"(?:重点)?(?:工作|任务|事项)(?:任务|事项|清单)?(?:\((?:共|计)?\d+项\))?[ \t]*$",
    re.MULTILINE,
)
# A heading that is a unit's name (department task lists): (一)综合办公室(党群工作部、
# 监察室) / 二、县发改局: — the unit leads the items under it.
_HEADING_UNIT_RE: Final = re.compile(
    _HEADING_NO + r")[ \t]*"
    r"(?P<lead>(?!加快|推进|推动|打造|强化|提升|实施|建设|发展|培育|优化|完善|做强|做大|壮大|促进|加强|深化"
    r"|坚持|落实|开展|构建|健全|创新|扩大|聚焦|支持|鼓励|引导)"
    r"[\u4e00-\u9fff]{2,16}?(?:局|委|委员会|办|办公室|部|中心|室|厅|管委会|公司))"
    r"(?:\([^()\n]{1,40}\))?[ \t]*[:：]?[ \t]*$",
    re.MULTILINE,
)
# A lead marker after one unit of a list: 市工信局(牵头), 市科技局〔牵头〕.
_MARK_RE: Final = re.compile(r"[(〔\[【]牵头(?:单位|部门)?[)〕\]】]$")
# (以上任务由经发局牵头,…): what comes before 由 names the tasks, not a unit
_LEAD_VERB_RE: Final = re.compile(
    r"^(?:[^由]*由)?(?P<units>[^由]+?)牵头(?:负责|实施|推进|落实|组织实施)?$"
)
_SUPPORT_VERB_RE: Final = re.compile(
    r"^(?P<units>.+?)(?:按职责分工|按职责|共同)?(?:配合|协同|协助|参与)(?:实施|推进|落实|负责)?$"
)
_SPACE_RE: Final = re.compile(r"\s+")
_FIRST_IS_LEAD_RE: Final = re.compile(
    r"(?:列|排序|排名|排在|位列)(?:在)?第一(?:位)?的?(?:单位|部门)?(?:为|是)?牵头(?:单位|部门)?"
)
# The rule as written, spaces and breaks allowed (列第一位的为牵⏎头单位): where it stands.
_FIRST_IS_LEAD_LOOSE_RE: Final = re.compile(
    r"(?:列|排序|排名|排在|位列)\s*(?:在)?\s*第\s*一\s*(?:位)?\s*的?\s*(?:单位|部门)?\s*"
    r"(?:为|是)?\s*牵\s*头"
)
# Units named bare in brackets closing an item (…增长12%。(区发改局、农业局)): each name
# ends like a department, never like a place (高新区) or a note.
_BARE_UNIT_RE: Final = re.compile(
    r"(?:局|委|办|厅|中心|政府|管委会|办事处|公司|集团|院|所|队|站|署|社|部)$"
)
# Governments and zones a bare list may name beside departments (各乡镇(街道), 高新区).
_BARE_GOVERNMENT_RE: Final = re.compile(
    r"^各[\u4e00-\u9fff()]{1,10}$|(?:开发区|高新区|园区|新区|管委会|街道|乡镇)$"
)
# The document itself (本意见, 本方案, 本实施计划): a block it opens covers the whole plan.
_THIS_DOCUMENT: Final = r"本(?:实施)?(?:意见|方案|计划|措施|政策|通知|规划|要点)"
# What a closing block assigns when it names all that came before (以上目标任务由…牵头).
_ABOVE_ALL_RE: Final = re.compile(
    r"(?:(?:以上|上述|前述)(?:各项|所有|全部)?(?:目标任务|目标|任务|指标|工作任务|工作)"
    # 本意见由市工信局牵头组织实施,…按职责分工配合落实: the whole document's
    rf"|{_THIS_DOCUMENT}(?:的?各项(?:目标)?任务)?)"
    r"(?:均|统一)?\s*$"
)
_THIS_DOCUMENT_RE: Final = re.compile(rf"{_THIS_DOCUMENT}(?:均|统一)?\s*$")
_CARRY_WORDS: Final = "下同|以下同|后同"
_CARRY_RE: Final = re.compile(rf"^(?:{_CARRY_WORDS}|不再列出)$")
# 区税务局(下同): the carry note in brackets after the last unit of a list.
# (以下各项未列明的,下同): the same note, naming what it applies to.
_CARRY_TAIL_RE: Final = re.compile(
    rf"[(（](?:(?:以下|后续)?各项(?:任务)?(?:未列明|未注明|未明确)的?[,，、]?)?(?:{_CARRY_WORDS})[)）][。.]?$"
)
_ACCOUNTABLE_RE: Final = re.compile(r"^(?P<units>.+?)(?:为|作为)责任主体$")
_BARE_SHARED_RE: Final = re.compile(
    r"^(?:按职责分工|按职责|分别|共同|各自)?负责(?:落实|实施|推进)?[。.]?$"
)
_SHARED_RE: Final = re.compile(
    rf"^(?P<units>.+?)(?:按职责分工负.|分别负责|共同负责|负责){_SHARED_DUTY}$"
)
# 以下工作均需各县(市、区)政府和…管委会落实: the governments accountable for what follows.
_ACCOUNTABLE_DO_RE: Final = re.compile(
    r"^(?:以下|下列|上述|各项)(?:工作|任务|事项)?(?:均|都|也)?(?:需|须|要|由)?"
    r"(?P<units>.+?(?:政府|管委会|管委|办事处)|各[县市区镇乡][^,，;；]{0,8}?)"
    r"(?:负责|抓好|组织)?(?:落实|实施|推进|执行)$"
)
# 〈〉 and 《》 written for the parentheses inside a unit name (各县〈市、区〉政府).
# A line ending in one of these ends its paragraph; any other break is a copy's wrap.
_PARAGRAPH_END: Final = frozenset("。;；!！?？:：)）”")
_BRACKETS: Final = str.maketrans({"〈": "(", "〉": ")", "《": "(", "》": ")"})
_CLAUSE_SPLIT_RE: Final = re.compile(r"[;；\n]")
# (… 配合单位:市经信局、各镇街。下同): a full stop inside a block parts it too.
_PART_SPLIT_RE: Final = re.compile(r"[,，。](?![^(〔\[]*[)〕\]])")
_UNIT_SPLIT_RE: Final = re.compile(r"[、,，/](?![^(〔\[]*[)〕\]])")
# 运行监测科(按职责分工负责): how the listed units share the work, not a unit's name
_SHARED_TAIL_RE: Final = re.compile(r"[(（](?:按职责分工|按职责|分别|共同)负责[)）]$")
_NO_UNIT_RE: Final = re.compile(r"[-—–－/／\\…·]+|无|暂无")
_TRAILING_RE: Final = re.compile(r"(?:等(?:单位|部门)?|等有关单位|有关单位)$")
# 各区 in 各区、县(市)政府: a bare "each district" is half of one unit, not a unit.
_BARE_EACH_RE: Final = re.compile(r"^各[区县市镇乡]$")
# 新区招商一局、二局: an elliptical sibling that borrows the previous unit's stem.
_ELLIPTIC_RE: Final = re.compile(r"^(?P<num>[一二三四五六七八九十]+)(?P<suffix>[局处科办队所室])$")


@attrs.frozen
class ResponsibilityBlock:
    """One responsibility block as found in the text (责任分工块).

    Attributes:
        start, end: offsets of the block in the normalised text (parentheses included).
        lead, support: units (牵头单位, 配合单位) as written.
        leaders: named officials (牵头领导).
        accountable: accountable governments (责任主体, 实施单位).
        listed: units of 责任单位 lists, whose roles depend on 列第一位的为牵头单位.
        carry_units: 下同 applies to the units (lead/support/listed).
        carry_accountable: 下同 applies to the accountable governments.
    """

    start: int
    end: int
    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    leaders: tuple[str, ...] = ()
    accountable: tuple[str, ...] = ()
    listed: tuple[str, ...] = ()
    carry_units: bool = False
    carry_accountable: bool = False

    @property
    def has_units(self) -> bool:
        """Whether the block names any unit or official."""
        return bool(self.lead or self.support or self.leaders or self.listed)


_INNER_SPACE_RE: Final = re.compile(r"(?<=[\u4e00-\u9fff(（)）])\s+(?=[\u4e00-\u9fff(（)）])")


def _split_units(text: str) -> list[str]:
    """Split a unit list on 、 , / (not inside brackets) and repair ellipses."""
    out: list[str] = []
    pending = ""
    for raw in _UNIT_SPLIT_RE.split(text):
        name = _TRAILING_RE.sub("", _SHARED_TAIL_RE.sub("", raw.strip(" \t。.;；")))
        name = _INNER_SPACE_RE.sub("", name)  # 市工业和信 息化局: a line broken in the name
        if not name or _NO_UNIT_RE.fullmatch(name):
            continue  # an empty cell's dash (— / 无 / /) names nobody
        if pending:
            name = f"{pending}、{name}"
            pending = ""
        if _BARE_EACH_RE.match(name):
            pending = name
            continue
        m = _ELLIPTIC_RE.match(name)
        if m and out:
            prev = re.match(rf"^(?P<stem>.+?)[一二三四五六七八九十]+{m.group('suffix')}$", out[-1])
            if prev:
                name = prev.group("stem") + name
        out.append(name)
    if pending:
        out.append(pending)
    return out


@attrs.define
class _Builder:
    lead: list[str] = attrs.Factory(list)
    support: list[str] = attrs.Factory(list)
    leaders: list[str] = attrs.Factory(list)
    accountable: list[str] = attrs.Factory(list)
    listed: list[str] = attrs.Factory(list)
    # units named without a label or a verb, waiting for one after the comma
    # ((区工信局, 区科技局按职责分工负责): the first shares the second's lead)
    bare: list[str] = attrs.Factory(list)
    carry_units: bool = False
    carry_accountable: bool = False


def _read_part(part: str, label: str | None, b: _Builder) -> str:
    """Read one comma-separated part of a block; return what it was (for 下同)."""
    part = part.strip()
    if not part:
        return "none"
    if _FIRST_IS_LEAD_RE.search(_SPACE_RE.sub("", part)):
        return "none"  # (…,列第一位⏎的为牵头单位): the rule, a copy's break inside it
    if m := _ACCOUNTABLE_RE.match(part):
        b.accountable.extend(_split_units(m.group("units")))
        return "accountable"
    if m := _ACCOUNTABLE_DO_RE.match(part):
        units_text = re.sub(r"和(?=[^、()]*?(?:政府|管委会|管委|办事处))", "、", m.group("units"))
        b.accountable.extend(_split_units(units_text))
        return "accountable"
    if label is None and (m := _LEAD_VERB_RE.match(part)):
        units = _split_units(m.group("units"))
        if units and all(_UNIT_LIKE_RE.search(u) for u in units):
            b.lead.extend(units)  # (市工信局牵头,…) / 由X牵头
            return "units"
    if label is None and (m := _SUPPORT_VERB_RE.match(part)):
        units = _split_units(m.group("units"))
        if units and all(_UNIT_LIKE_RE.search(u) for u in units):
            b.support.extend(units)  # …,市科技局、市大数据局配合
            return "units"
    if _BARE_SHARED_RE.match(part):
        # 责任单位:A、B、C,按职责分工负责: the listed units share the lead
        b.lead.extend(b.listed)
        b.listed.clear()
        return "units" if b.lead else "none"
    if m := _SHARED_RE.match(part):
        b.lead.extend(b.bare)
        b.bare.clear()
        if label is not None and _ROLE_OF[label] == "listed":
            # 责任单位:市工信局,市财政局、…按职责分工负责: the units listed before the
            # comma share the lead too
            b.lead.extend(b.listed)
            b.listed.clear()
        b.lead.extend(_split_units(m.group("units")))
        return "units"
    if label is None:
        bare = _split_units(part)
        if bare and all(_UNIT_LIKE_RE.search(u) for u in bare):
            b.bare.extend(bare)
        return "none"
    units = _split_units(part)
    role = _ROLE_OF[label]
    marked = [u for u in units if _MARK_RE.search(u)]
    units = [_MARK_RE.sub("", u) for u in units]
    if role == "leaders":
        b.leaders.extend(units)
        return "units"
    if role == "listed" and marked:
        # 责任单位:市工信局(牵头)、市发展改革委: the marked unit leads, the others support.
        for raw, name in zip(_split_units(part), units, strict=True):
            (b.lead if _MARK_RE.search(raw) else b.support).append(name)
    elif role == "lead":
        b.lead.extend(units)
    elif role == "support":
        b.support.extend(units)
    elif role == "listed":
        b.listed.extend(units)
    else:  # 实施单位, 责任主体
        b.accountable.extend(units)
        return "accountable"
    return "units"


_RULE_IN_BRACKETS_RE: Final = re.compile(
    r"[(（](?P<rule>[^()（）]*列\s*第\s*一\s*位[^()（）]*)[)）]"
)


def _parse_block(body: str, start: int, end: int) -> ResponsibilityBlock | None:
    """Parse the inside of a block; ``None`` when it names nobody."""
    b = _Builder()
    # 责任单位:A、B(列第一位的为牵头单位): the rule in brackets after the list is a part
    body = _RULE_IN_BRACKETS_RE.sub(r",\g<rule>", body)
    body = body.translate(_BRACKETS)
    for clause in _CLAUSE_SPLIT_RE.split(body):
        # Labels may follow one another after commas: 牵头单位:A,配合单位:B.
        pieces: list[tuple[str | None, str]] = []
        last = 0
        label: str | None = None
        for m in _LABEL_RE.finditer(clause):
            if m.start() > last or label is not None:
                pieces.append((label, clause[last : m.start()]))
            label, last = m.group("label"), m.end()
        pieces.append((label, clause[last:]))
        for piece_label, piece in pieces:
            previous = "none"
            parts = _PART_SPLIT_RE.split(piece)
            if piece_label is not None and _ROLE_OF[piece_label] == "listed":
                units = [p for p in parts if not _CARRY_RE.match(p.strip())]
                if any(_MARK_RE.search(u.strip(" \t。.")) for u in units):
                    # 市工信局(牵头),市发展改革委,市商务局: one list around its marker
                    parts = ["、".join(units)] + [p for p in parts if p not in units]
            for part in parts:
                if _CARRY_RE.match(part.strip()):
                    if previous == "accountable":
                        b.carry_accountable = True
                    elif previous == "units":
                        b.carry_units = True
                    continue
                tail = _CARRY_TAIL_RE.search(part.rstrip())
                kind = _read_part(part[: tail.start()] if tail else part, piece_label, b)
                if kind != "none":
                    previous = kind
                if tail and kind == "accountable":
                    b.carry_accountable = True
                elif tail and kind == "units":
                    b.carry_units = True
    block = ResponsibilityBlock(
        start=start,
        end=end,
        lead=tuple(b.lead),
        support=tuple(b.support),
        leaders=tuple(b.leaders),
        accountable=tuple(b.accountable),
        listed=tuple(b.listed),
        carry_units=b.carry_units,
        carry_accountable=b.carry_accountable,
    )
    if not (block.has_units or block.accountable):
        return None
    return block


def _bare_block(text: str, m: re.Match[str], body: str) -> ResponsibilityBlock | None:
    """(区发改局、农业局) after an item's full stop at the end of its line: a unit list."""
    after = text[m.end() :].lstrip(" \t")
    if text[: m.start()].rstrip(" \t").endswith(("。", ";", "；")):
        if after[:1] not in ("", "\n"):
            return None
    elif not (after[:1] in ("。", ";", "；") and after[1:].lstrip(" \t")[:1] in ("", "\n")):
        return None  # …奖励10万元(县工信局、县统计局)。: the list may close the item before its 。
    units = _split_units(body.translate(_BRACKETS))
    if not units or not any(_BARE_UNIT_RE.search(u) for u in units):
        return None
    if any(":" in u or "：" in u for u in units):
        return None  # (数据来源:市统计局): a label of its own, no duty
    if not all(_BARE_UNIT_RE.search(u) or _BARE_GOVERNMENT_RE.search(u) for u in units):
        return None
    return ResponsibilityBlock(start=m.start(), end=m.end(), listed=tuple(units))


# A line that names units after a label and runs on to the next (牵头单位:市工业和信⏎息化局;…).
_OPEN_LABEL_LINE: Final = re.compile(
    r"(?:单位|部门|领导)\s*[:：][^\n。]*(?<![。；;)）\s])\n(?=[\u4e00-\u9fff])"
    r"(?![一二三四五六七八九十]+、|(?:牵头|配合|责任|协办|参与|主责)[\u4e00-\u9fff]{0,2}(?:单位|部门)"
    # (…;配合单位:市发改局⏎发展目标:到2027年,…: the next line has a label of its own)
    r"|[\u4e00-\u9fff]{2,6}[:：])"
)


def _join_label_lines(text: str) -> str:
    """The text with a line break inside a list of units read as a space (same length)."""
    if "\n" not in text:
        return text
    cuts = [m.end() - 1 for m in _OPEN_LABEL_LINE.finditer(text)]
    if not cuts:
        return text
    chars = list(text)
    for i in cuts:
        chars[i] = " "
    return "".join(chars)


# Words that put a responsibility block in a sentence (…负责, A牵头, 责任单位:).
_DUTY_WORD_RE: Final = re.compile(rf"牵头|配合|负责|{_LABEL_ALT}")


# A line shorter than this is a heading or a cell, not a wrapped piece of a sentence.
_MIN_WRAPPED: Final = 12


def _soft_breaks(text: str) -> list[int]:
    """The line breaks of ``text`` a copy put inside a sentence (…、市自然资源局⏎按职责分工).

    A break is soft when the line before it is not short (a heading), not a label
    line, and does not end its paragraph (see ``_PARAGRAPH_END``), and the line after
    it is text, not a heading, item, label, page number or table row.
    """
    out: list[int] = []
    nl = text.find("\n")
    while nl > 0:
        nxt_end = text.find("\n", nl + 1)
        nxt = text[nl + 1 : nxt_end if nxt_end >= 0 else len(text)]
        prev_start = text.rfind("\n", 0, nl) + 1
        prev = text[prev_start:nl]
        if (
            len(prev.strip()) >= _MIN_WRAPPED
            and nxt.strip()
            and not _LINE_BLOCK_RE.match(prev)  # a label line ends its block, stop or no stop
            and prev.rstrip()[-1] not in _PARAGRAPH_END
            and not opens_item(nxt)
            and not is_page_mark(nxt)
            and not is_page_mark(prev)
            and "\t" not in prev + nxt
            and "|" not in prev + nxt
        ):
            out.append(nl)
        nl = nxt_end
    return out


def _join_duty_sentences(text: str) -> tuple[str, list[int] | None]:
    """The text with each sentence naming who is responsible on one line, and where
    each of its characters was (``None`` when nothing moved).

    A copy's hard wraps inside such a sentence (…由市工信局牵头,市发改委、⏎市商务局按职责
    分工负责。 / (县⏎经信局、县统计局按职责分工负责)) move to the sentence's start as
    spaces, so the block patterns, which stop at line ends, see the whole sentence.
    """
    if "\n" not in text:
        return text, None
    breaks = _soft_breaks(text)
    if not breaks:
        return text, None
    soft = set(breaks)
    chars: list[str] = []
    origin: list[int] = []
    done = -1
    for nl in breaks:
        if nl < done:
            continue
        start = nl
        while start > max(0, nl - 300) and not (
            text[start - 1] in "。;；" or (text[start - 1] == "\n" and start - 1 not in soft)
        ):
            start -= 1
        end = nl + 1
        while end < len(text) and text[end] not in "。;；" and (text[end] != "\n" or end in soft):
            end += 1
        done = end
        sentence = text[start:end]
        if len(sentence) > 300 or not _DUTY_WORD_RE.search(sentence.replace("\n", "")):
            continue
        if not chars:  # (built on the first sentence that moves: most texts have none)
            chars, origin = list(text), list(range(len(text)))
        breaks_in = [k for k in range(start, end) if text[k] == "\n"]
        kept = [k for k in range(start, end) if text[k] != "\n"]
        chars[start:end] = [" "] * len(breaks_in) + [text[k] for k in kept]
        origin[start:end] = breaks_in + kept
    if not chars:
        return text, None
    return "".join(chars), origin


def find_blocks(text: str) -> list[ResponsibilityBlock]:
    """Every responsibility block of ``text`` in document order (责任分工块)."""
    joined, origin = _join_duty_sentences(text)
    blocks = _find_blocks(_join_label_lines(joined))
    if origin is None:
        return blocks
    return [
        attrs.evolve(b, start=origin[b.start], end=origin[b.end - 1] + 1) if b.end > b.start else b
        for b in blocks
    ]


def _find_blocks(text: str) -> list[ResponsibilityBlock]:
    """The blocks of ``text`` with its duty sentences joined (see :func:`find_blocks`)."""
    blocks: list[ResponsibilityBlock] = []
    for m in _PAREN_RE.finditer(text):
        body = m.group("body") or m.group("body2") or m.group("body3") or m.group("body4") or ""
        if not _BLOCK_HINT_RE.search(body):
            if (bare := _bare_block(text, m, body)) is not None:
                blocks.append(bare)
            continue
        block = _parse_block(body, m.start(), m.end())
        if block is not None:
            blocks.append(block)
    taken = [(b.start, b.end) for b in blocks]
    line_blocks = itertools.chain(_LINE_BLOCK_RE.finditer(text), _SENTENCE_BLOCK_RE.finditer(text))
    for m in line_blocks:
        if any(s <= m.start() < e for s, e in taken):
            continue
        block = _parse_block(m.group().strip(), m.start(), m.end())
        if block is not None:
            blocks.append(block)
            taken.append((block.start, block.end))
    for m in _HEADING_LEAD_RE.finditer(text):
        if any(s <= m.start("lead") < e for s, e in taken):
            continue
        lead = _split_units(m.group("lead"))
        if lead and all(_UNIT_LIKE_RE.search(u) for u in lead):
            blocks.append(ResponsibilityBlock(start=m.start("lead"), end=m.end(), lead=tuple(lead)))
            taken.append((m.start("lead"), m.end()))
    for m in _INLINE_IS_RE.finditer(text):
        if not any(s <= m.start() < e for s, e in taken):
            block = _parse_block(f"{m.group('label')}:{m.group('units')}", m.start(), m.end())
            if block is not None:
                blocks.append(block)
                taken.append((m.start(), m.end()))
    for m in _HEADING_UNIT_RE.finditer(text):
        if not any(s <= m.start("lead") < e for s, e in taken):
            blocks.append(
                ResponsibilityBlock(start=m.start("lead"), end=m.end(), lead=(m.group("lead"),))
            )
            taken.append((m.start("lead"), m.end()))
    for m in itertools.chain(
        _VERB_BLOCK_RE.finditer(text),
        _VERB_OPEN_RE.finditer(text),
        _ASK_OPEN_RE.finditer(text) if "请" in text else (),
        (
            m
            for m in _BY_DUTY_RE.finditer(text)
            # (only a sentence of its own: 。由县发改委负责。)
            if text[: m.start()].rstrip(" \t")[-1:] in ("。", ".", "．", "\n", "")
        ),
    ):
        if any(s <= m.start() < e for s, e in taken) or _FIRST_IS_LEAD_RE.search(
            _SPACE_RE.sub("", m.group())
        ):
            continue  # (由列第一位的部门牵头: the rule for lists, no unit)
        lead = _split_units(m.group("lead"))
        support = _split_units(m.group("support") or "")
        if not lead or not all(_UNIT_LIKE_RE.search(u) for u in (*lead, *support)):
            continue
        accountable = _split_units(m.groupdict().get("accountable") or "")
        blocks.append(
            ResponsibilityBlock(
                start=m.start(),
                end=m.end(),
                lead=tuple(lead),
                support=tuple(support),
                accountable=tuple(accountable),
            )
        )
    blocks.sort(key=lambda b: b.start)
    return _same_as_above(text, blocks)


# 牵头单位、配合单位同上。 / (责任单位:同上): the units of the block before.
_SAME_BLOCK_RE: Final = re.compile(
    rf"(?:{_LABEL_ALT})(?:[ \t]*[、和及与][ \t]*(?:{_LABEL_ALT}))*[ \t]*[:：]?[ \t]*均?"
    r"[“\"]?(?:同上|同前)[”\"]?(?=[。.;；)\s]|$)"
)


def _same_as_above(text: str, blocks: list[ResponsibilityBlock]) -> list[ResponsibilityBlock]:
    """Blocks that say 同上 take the units of the block before them."""
    if "同上" not in text and "同前" not in text:
        return blocks
    for m in _SAME_BLOCK_RE.finditer(text):
        inside = [b for b in blocks if b.start < m.end() and m.start() < b.end]
        if any({*b.lead, *b.support, *b.listed} - {"同上", "同前"} for b in inside):
            continue  # the words belong to a block that names its own units
        before = [b for b in blocks if b.end <= m.start()]
        if not before:
            continue
        start = min([m.start(), *(b.start for b in inside)])
        end = max([m.end(), *(b.end for b in inside)])
        same = attrs.evolve(before[-1], start=start, end=end)
        blocks = sorted([*(b for b in blocks if b not in inside), same], key=lambda b: b.start)
    return blocks


_CELL_UNIT_SPLIT: Final = re.compile(r"[ \t]+(?=\S)")


# Names run together in a cell, each opening with its level (区发改委区统计局).
_RUN_TOGETHER: Final = re.compile(r"(?<=[局委办])(?=[市区县镇](?!委|政府))")


def _cell_units(text: str) -> list[str]:
    """Unit names of a table cell: a 、-list, names side by side (市发展改革委 市生态环境局)
    or run together (区发改委区统计局)."""
    out: list[str] = []
    for name in _split_units(text):
        pieces = [p for p in _CELL_UNIT_SPLIT.split(name) if p]
        if len(pieces) > 1 and all(_UNIT_LIKE_RE.search(p) for p in pieces):
            out.extend(pieces)
            continue
        name = re.sub(r"\s+", "", name)
        pieces = _RUN_TOGETHER.split(name)
        if len(pieces) > 1 and all(len(p) >= 3 and _UNIT_LIKE_RE.search(p) for p in pieces):
            out.extend(pieces)
        else:
            out.append(name)
    return [u for u in out if u]


# The row of a whole (全市 | 3.4) in a breakdown table: no area is accountable for it.
_WHOLE_AREA: Final = re.compile(r"^(?:全[省市县区镇]|合计|总计|小计|全部)$")


# A cell that says there is nobody (—, /, 无).
_NONE_CELL: Final = re.compile(r"[—\-–/／]+|无")


def _own_blank(t: Table, row: Row) -> bool:
    """The row says it has no units (a — in a unit column) or is the table's total
    (合计 | 3820 | 5350 |  |): the cell above is not merged over it."""
    for col, cell in zip(t.columns, row.cells, strict=False):
        if cell is None:
            continue
        if col.role in RESPONSIBILITY_ROLES and _NONE_CELL.fullmatch(cell.text.strip()):
            return True
        if col.role in ("indicator", "serial", "area") and _WHOLE_AREA.match(
            re.sub(r"\s+", "", cell.text)
        ):
            return True
    return False


def table_blocks(tables: Sequence[Table]) -> list[ResponsibilityBlock]:
    """One block per row of a task-division table that names who carries it.

    Columns read as the labels they carry (牵头单位 → lead, 配合单位 → support,
    责任领导 → leaders, 责任主体 → accountable); a 责任单位 column beside a 牵头单位
    column supports, alone it lists (列第一位的为牵头单位 decides).
    """
    blocks: list[ResponsibilityBlock] = []
    for t in tables:
        roles = t.roles()
        if t.kind != "tasks" and not set(roles) & (RESPONSIBILITY_ROLES | {"area"}):
            continue
        has_lead = "lead" in roles
        above: ResponsibilityBlock | None = None
        # The text each column held in the row before (a 同上 cell repeats it), and
        # what a cell marked 下同 gives the empty cells below it (市工信局(下同)).
        before: dict[int, str] = {}
        carried: dict[int, str] = {}
        for row in t.rows:
            b = _Builder()
            for k, (col, cell) in enumerate(zip(t.columns, row.cells, strict=False)):
                if cell is None or not cell.text.strip():
                    if k in carried and col.role in RESPONSIBILITY_ROLES:
                        text = carried[k]
                    else:
                        continue
                else:
                    text = cell.text
                if SAME_AS_ABOVE.fullmatch(text.strip()):
                    text = before.get(k, "")
                if carry := _CARRY_TAIL_RE.search(text.strip()):
                    text = text.strip()[: carry.start()]
                    carried[k] = text
                before[k] = text
                if col.role == "area":
                    # A breakdown table assigns each value to its area's government.
                    area = re.sub(r"\s+", "", text)
                    if not _WHOLE_AREA.match(area):
                        b.accountable.append(area)
                    continue
                units = [_MARK_RE.sub("", u) for u in _cell_units(text)]
                marked = [u for u in _cell_units(text) if _MARK_RE.search(u)]
                role = col.role
                if role == "listed" and has_lead:
                    role = "support"
                if role == "lead":
                    b.lead.extend(units)
                elif role == "support":
                    b.support.extend(units)
                elif role == "leaders":
                    b.leaders.extend(units)
                elif role == "accountable":
                    b.accountable.extend(units)
                elif role == "listed" and marked:
                    for raw in _cell_units(text):
                        (b.lead if _MARK_RE.search(raw) else b.support).append(
                            _MARK_RE.sub("", raw)
                        )
                elif role == "listed":
                    b.listed.extend(units)
            block = ResponsibilityBlock(
                start=row.start,
                end=row.end,
                lead=tuple(b.lead),
                support=tuple(u for u in b.support if u not in b.lead),
                leaders=tuple(b.leaders),
                accountable=tuple(b.accountable),
                listed=tuple(b.listed),
            )
            if (
                t.kind == "indicators"
                and not block.has_units
                and above is not None
                and set(roles) & RESPONSIBILITY_ROLES
                and not _own_blank(t, row)
            ):
                # An indicator row without units sits under a cell merged over the
                # rows (rowspan): the units of the row above.
                block = attrs.evolve(above, start=row.start, end=row.end)
            if block.has_units or block.accountable:
                blocks.append(block)
                above = block
    return blocks


@attrs.frozen
class ResponsibilityMap:
    """Responsibility by position and by section (责任分工表).

    Build it with :func:`extract_responsibility`.

    Attributes:
        blocks: the blocks found, in document order.
        warnings: what could not be settled (``unknown_department`` for unit
            names the alias catalog does not know; the names are kept as written).
    """

    blocks: tuple[ResponsibilityBlock, ...]
    warnings: tuple[DocumentWarning, ...]
    _sections: tuple[Section, ...] = attrs.field(alias="sections")
    _first_is_lead: bool = attrs.field(alias="first_is_lead")
    _units: dict[str, ResponsibleUnit] = attrs.field(alias="units")
    _starts: tuple[int, ...] = attrs.field(alias="starts")
    _carries: tuple[tuple[int, Responsibility], ...] = attrs.field(alias="carries")
    _body_end: int = attrs.field(alias="body_end")
    _text: str = attrs.field(alias="text", default="", repr=False)
    # where the first-is-lead rule starts to hold: stated inside one block's brackets,
    # it holds from that block on (the blocks before list units that all lead)
    _first_is_lead_from: int = attrs.field(alias="first_is_lead_from", default=0)
    # Rows of task-division tables: (start, end, block) in document order.
    _rows: tuple[tuple[int, int, ResponsibilityBlock], ...] = attrs.field(alias="rows", default=())
    # Sections named by a row of an appendix task table (附件:重点任务分工表 | 做强硬质合金
    # 产业 | 市工信局 …): section id → that row's block.
    _named: dict[str, ResponsibilityBlock] = attrs.field(alias="named", factory=dict)
    # Blocks that assign everything before them (以上目标任务由县工信局牵头,…配合).
    _whole: tuple[ResponsibilityBlock, ...] = attrs.field(alias="whole", default=())
    # Blocks that assign the whole document wherever they stand (本方案由市经信局牵头
    # 组织实施,… in the preamble or at the end).
    _document: tuple[ResponsibilityBlock, ...] = attrs.field(alias="document", default=())
    # Blocks on a line of their own above a list of items (专栏3 … ⏎ (责任单位:…) ⏎
    # 1.…): (block, end of the items it governs).
    _leading: tuple[tuple[ResponsibilityBlock, int], ...] = attrs.field(alias="leading", default=())
    # (what _convert made of each block, by its identity: each block is read once,
    # however many targets it serves; the block is kept beside it, so an id is never
    # taken for a later block's)
    _converted: dict[tuple[int, tuple[str, ...]], tuple[ResponsibilityBlock, Responsibility]] = (
        attrs.field(init=False, factory=dict, eq=False, repr=False)
    )

    # -- public --------------------------------------------------------------------

    def for_span(self, start: int, end: int) -> Responsibility:
        """The responsibility for a target stated at ``[start, end)``.

        The first block after the span within its task, else the nearest block
        before it in that task; accountable governments carried by 下同 fill in
        what the block leaves out. A target inside a row of a task-division
        table takes that row's units; in a row of a breakdown table, which names
        only the area accountable, the units come from the text around the table.
        """
        area: Responsibility | None = None
        for r0, r1, row_block in self._rows:
            if r0 <= start < r1:
                row = self._complete(self._convert(row_block), r0, None)
                if row.lead or row.support or row.leaders:
                    return row
                area = row  # a breakdown row names only its area: who leads is said elsewhere
        found = self._for_span(start, end)
        return found if area is None else attrs.evolve(found, accountable=area.accountable)

    def _for_span(self, start: int, end: int) -> Responsibility:
        """The responsibility of the text ``start``–``end`` outside a table's own row."""
        task = self._task_of(start)
        lo, hi = self._own_range(task, start, end)
        i = bisect_left(self._starts, end)
        block: ResponsibilityBlock | None = None
        leading = {id(b) for b, _ in self._leading}
        if (
            i < len(self._starts)
            and self._starts[i] < hi
            and not self._closes_later_paragraph(self.blocks[i], end)
            and id(self.blocks[i]) not in leading
            # (…的目标任务。一是…新签约项目12个;(A、B按职责分工负责): the block closes
            # the run-in item opened after the span, not the sentence before it)
            and not _RUN_IN_OPEN_RE.search(self._text, end, self._starts[i])
        ):
            block = self.blocks[i]
        else:
            j = bisect_left(self._starts, start) - 1
            if j >= 0 and self.blocks[j].start >= lo and self.blocks[j].end <= start:
                block = self.blocks[j]
        if block is None:
            # (责任单位:…) on its own line above the items: it governs them
            block = next((b for b, until in self._leading if b.end <= start < until), None)
        if block is None and task is not None:
            block = self._list_tail(task, end)
        if block is None and (heading := self._heading_lead(task)):
            # 一、市经信局牵头工作 / (一)…(由市科技局牵头): the heading's lead leads.
            block = ResponsibilityBlock(start=start, end=end, lead=heading)
        if block is None:
            block = self._named_row(task)
        if block is None:
            # (以上任务由…牵头 closing 二、重点任务 covers its tasks, not 一、发展目标 before it;
            # 本方案由…牵头 covers the whole document)
            block = next(
                (
                    b
                    for b in self._whole
                    if b.start >= end and (b in self._document or self._same_top(b.start, start))
                ),
                None,
            )
        if block is None and self._document:
            block = self._document[-1]
        at = block.start if block is not None else start
        own = self._convert(block, self._heading_lead(task)) if block else None
        return self._complete(own, at, task)

    def _closes_later_paragraph(self, block: ResponsibilityBlock, end: int) -> bool:
        """A block ending a later paragraph of its own text (…300个以上边缘级中心。(A牵头))
        is that paragraph's: a target of an earlier paragraph does not take it."""
        text = self._text
        nl = text.find("\n", end, block.start)
        if nl < 0:
            return False
        if all(
            text[k - 1 : k] not in _PARAGRAPH_END for k in range(nl, block.start) if text[k] == "\n"
        ):
            return False  # …技改项目500个,⏎到2025年…(牵头…): a line broken inside its sentence
        line_start = text.rfind("\n", 0, block.start) + 1
        return len(text[line_start : block.start].strip()) > 20

    def for_section(self, section_id: str) -> Responsibility:
        """The responsibility of a measure (its own blocks, merged, after 下同)."""
        sec = next((s for s in self._sections if s.id == section_id), None)
        if sec is None:
            raise LookupError(f"no section {section_id!r}")
        own = sorted(
            (
                b
                for b in (*self.blocks, *(r[2] for r in self._rows))
                if sec.start <= b.start < sec.end and self._deepest(b.start) is sec
            ),
            key=lambda b: b.start,
        )
        merged = _merge(self._convert(b) for b in own) if own else None
        return self._complete(merged, own[0].start if own else sec.start, sec)

    # -- internals -----------------------------------------------------------------

    def _list_tail(self, task: Section, end: int) -> ResponsibilityBlock | None:
        """The block closing a list of sub-items that have none of their own.

        (一)…\n1.…\n2.…\n责任单位:A、B — the block at the tail of the last item
        covers every item of the list.
        """
        if task.parent is None:
            return None
        siblings = [s for s in self._sections if s.parent == task.parent]
        if len(siblings) < 2:
            return None
        first, last = siblings[0], siblings[-1]
        i = bisect_left(self._starts, first.start)
        inside = [b for b in self.blocks[i:] if b.start < last.end]
        if len(inside) != 1:
            return None  # none, or the items carry their own blocks
        b = inside[0]
        after = self._text[b.end : last.end].split("\n")
        if (
            b.start < last.start
            or b.start < end
            or any(line.strip() and not is_page_mark(line) for line in after)
        ):
            return None
        return b

    def _named_row(self, task: Section | None) -> ResponsibilityBlock | None:
        """The row of an appendix task table that names ``task`` or a section above it."""
        by_id = {s.id: s for s in self._sections}
        sec = task
        while sec is not None:
            if (row := self._named.get(sec.id)) is not None:
                return row
            sec = by_id.get(sec.parent) if sec.parent else None
        return None

    def _heading_lead(self, task: Section | None) -> tuple[str, ...]:
        """一、…(由市科技局牵头): the lead a heading of ``task`` or above names."""
        by_id = {s.id: s for s in self._sections}
        sec = task
        while sec is not None:
            nl = self._text.find("\n", sec.start)
            line_end = nl if nl >= 0 else len(self._text)
            i = bisect_left(self._starts, sec.start)
            for b in self.blocks[i:]:
                if b.start >= line_end:
                    break
                if b.lead and not (b.support or b.listed):
                    return b.lead
            sec = by_id.get(sec.parent) if sec.parent else None
        return ()

    def _deepest(self, offset: int) -> Section | None:
        best: Section | None = None
        for s in self._sections:
            if s.start > offset:
                break
            if s.start <= offset < s.end and (best is None or s.level >= best.level):
                best = s
        return best

    def _same_top(self, a: int, b: int) -> bool:
        """Whether a closing block at ``a`` covers a target at ``b``: in the same
        top-level section, unless the block's section is one of duties or measures
        (三、责任分工 ⏎ 以上目标任务由…牵头: the targets of the sections above)."""

        def top(offset: int) -> Section | None:
            return next(
                (
                    s
                    for s in self._sections
                    if s.start <= offset < s.end and s.parent is None and not s.is_appendix
                ),
                None,
            )

        own = top(a)
        return own is top(b) or (own is not None and bool(_DUTY_SECTION_RE.search(own.title)))

    def _task_of(self, offset: int) -> Section | None:
        return self._deepest(offset)

    def _own_range(self, task: Section | None, start: int, end: int) -> tuple[int, int]:
        """The stretch of ``task`` around the span that excludes its sub-tasks."""
        if task is None:
            nxt = next((s.start for s in self._sections if s.start >= end), len_max())
            prev = max((s.end for s in self._sections if s.end <= start), default=0)
            return prev, nxt
        lo, hi = task.start, task.end
        for s in self._sections:
            if s.parent != task.id:
                continue
            if s.start >= end:
                hi = min(hi, s.start)
            elif s.end <= start:
                lo = max(lo, s.end)
        return lo, hi

    def _convert(
        self, b: ResponsibilityBlock, heading_lead: tuple[str, ...] = ()
    ) -> Responsibility:
        key = (id(b), heading_lead)
        if (done := self._converted.get(key)) is not None and done[0] is b:
            return done[1]
        resp = self._convert_block(b, heading_lead)
        self._converted[key] = (b, resp)
        return resp

    def _convert_block(
        self, b: ResponsibilityBlock, heading_lead: tuple[str, ...]
    ) -> Responsibility:
        lead = list(b.lead)
        support = list(b.support)
        if b.listed:
            if heading_lead and set(heading_lead) <= set(b.listed) and not b.lead:
                # 一、…(由市科技局牵头) … (责任单位:市科技局、市经信局): the section's
                # named lead leads; the other listed units support.
                lead.extend(heading_lead)
                support.extend(u for u in b.listed if u not in heading_lead)
            elif b.lead:
                # 牵头单位:A;责任单位:B、C: beside a named lead the listed units support.
                support.extend(u for u in b.listed if u not in lead)
            elif self._first_is_lead and b.end > self._first_is_lead_from:
                lead.extend(b.listed[:1])
                support.extend(b.listed[1:])
            else:
                lead.extend(b.listed)
        if not lead and support and heading_lead:
            # 一、区发展改革委牵头工作 … 配合单位:区科技局: the heading's lead leads, the
            # item's own block names who supports
            lead.extend(u for u in heading_lead if u not in support)
        return Responsibility(
            lead=tuple(self._units[n] for n in lead),
            support=tuple(self._units[n] for n in support),
            leaders=b.leaders,
            accountable=b.accountable,
        )

    def _complete(
        self, own: Responsibility | None, at: int, task: Section | None
    ) -> Responsibility:
        """Fill in what ``own`` leaves out from the latest 下同 declaration before ``at``."""
        if task is not None and task.is_appendix:
            return own or Responsibility()
        if at > self._body_end:
            return own or Responsibility()
        carried: Responsibility | None = None
        for pos, resp in self._carries:
            if pos > at:
                break
            carried = resp if carried is None else _overlay(carried, resp)
        if carried is None:
            return own or Responsibility()
        if own is None:
            return carried
        return Responsibility(
            lead=own.lead or (carried.lead if not own.support else ()),
            support=own.support if own.lead else (own.support or carried.support),
            leaders=own.leaders or carried.leaders,
            accountable=own.accountable or carried.accountable,
        )


def len_max() -> int:
    """A position beyond any text."""
    return 1 << 62


def _merge(resps: Iterable[Responsibility]) -> Responsibility:
    lead: dict[str, ResponsibleUnit] = {}
    support: dict[str, ResponsibleUnit] = {}
    leaders: dict[str, None] = {}
    accountable: dict[str, None] = {}
    for r in resps:
        lead.update((u.as_written, u) for u in r.lead)
        support.update((u.as_written, u) for u in r.support)
        leaders.update(dict.fromkeys(r.leaders))
        accountable.update(dict.fromkeys(r.accountable))
    return Responsibility(
        lead=tuple(lead.values()),
        support=tuple(u for k, u in support.items() if k not in lead),
        leaders=tuple(leaders),
        accountable=tuple(accountable),
    )


def _overlay(base: Responsibility, new: Responsibility) -> Responsibility:
    """``new`` replaces the fields it names."""
    has_units = bool(new.lead or new.support)
    return Responsibility(
        lead=new.lead if has_units else base.lead,
        support=new.support if has_units else base.support,
        leaders=new.leaders or base.leaders,
        accountable=new.accountable or base.accountable,
    )


def _resolve_units(
    names: Iterable[str], catalog: DepartmentCatalog | None
) -> tuple[dict[str, ResponsibleUnit], list[DocumentWarning]]:
    units: dict[str, ResponsibleUnit] = {}
    warnings: list[DocumentWarning] = []
    for name in names:
        if name in units:
            continue
        if catalog is None:
            units[name] = ResponsibleUnit(as_written=name, name=name, id=None)
            continue
        ref = catalog.resolve(name)
        units[name] = ResponsibleUnit(as_written=name, name=ref.name, id=ref.department_id)
        if ref.department_id is None and not ref.government:
            warnings.append(
                DocumentWarning(
                    code="unknown_department",
                    message=f"unit {name!r} is not in the department catalog; kept as written",
                    severity=Severity.INFO,
                )
            )
    return units, warnings


_ONE_ZONE_BOARD: Final = re.compile(r"^(?!各)[^、,，]*(?:管委会|管理委员会)$")
_ONE_ZONE: Final = re.compile(
    r"^(?!各)[^、,，]*(?:开发区|高新区|经开区|新区|园区)(?:管委会|管理委员会)?$"
)


_BARE_LOCAL_GOVERNMENT: Final = re.compile(
    r"(?:街道|街道办事处|街道办|乡镇|镇|乡|社区|镇街|园区)(?:人民政府|政府|办事处)?"
)


def _governments_accountable(
    b: ResponsibilityBlock, catalog: DepartmentCatalog
) -> ResponsibilityBlock:
    """各县(市、区)人民政府 in a 责任单位 list beside departments: accountable, not a lead."""
    named = (*b.lead, *b.listed)
    # One named zone's 管委会 (县经济开发区管委会) runs its zone's work like a department
    # and may lead; 各…管委会 and the governments stay accountable.
    govs = [n for n in named if catalog.is_government(n) and not _ONE_ZONE_BOARD.search(n)]
    if not govs or all(n in govs or _ONE_ZONE.search(n) for n in named):
        # only governments (and named zones, which govern their ground: 各镇街、邹城
        # 经济开发区负责): they are what the document names as responsible
        return b
    # …,各乡镇(街道)、开发区管委会按职责分工负责: a zone's board listed after the
    # governments is one of them
    first_gov = named.index(govs[0])
    govs += [
        n
        for n in named[first_gov + 1 :]
        if n not in govs
        and (
            (catalog.is_government(n) and _ONE_ZONE_BOARD.search(n))
            # 各镇人民政府、街道办事处: the 各 of the first is the second's too
            or _BARE_LOCAL_GOVERNMENT.fullmatch(n)
        )
    ]
    return attrs.evolve(
        b,
        lead=tuple(n for n in b.lead if n not in govs),
        listed=tuple(n for n in b.listed if n not in govs),
        accountable=(*b.accountable, *(g for g in govs if g not in b.accountable)),
    )


# The verb a heading may open with that a table's short name of the task leaves out
# (实施产业链提升行动 in the body, 产业链提升行动 in the table).
_TASK_VERB_RE: Final = re.compile(
    r"^(?:深入|全面|加快|大力|着力|持续)?(?:实施|推进|开展|推动|抓好|落实)(?=[\u4e00-\u9fff“]{4})"
)


def _task_name_key(name: str) -> str:
    return _TASK_VERB_RE.sub("", re.sub(r"\s+", "", name).rstrip("。"))


def _named_sections(
    tables: Sequence[Table],
    row_blocks: Sequence[ResponsibilityBlock],
    sections: Sequence[Section],
) -> dict[str, ResponsibilityBlock]:
    """Sections whose heading a task-table row names, mapped to that row's block.

    An appendix table (附件:重点任务分工表) often lists the plan's tasks by their
    headings only (做强硬质合金产业 | 市工信局 | 市发改委…): the row's units answer for
    the targets under the heading of that name in the body.
    """
    by_start = {b.start: b for b in row_blocks}
    body = [s for s in sections if not s.is_appendix]
    out: dict[str, ResponsibilityBlock] = {}
    for t in tables:
        if t.kind != "tasks":
            continue
        for row in t.rows:
            cell = row.cell(t, "task")
            block = by_start.get(row.start)
            if cell is None or block is None:
                continue
            name = _task_name_key(cell.text)
            if not 4 <= len(name) <= 30:
                continue
            hits = [s for s in body if s.end <= t.start and _task_name_key(s.title) == name]
            if len(hits) == 1:
                out[hits[0].id] = block
    return out


# A division-of-work line naming items by number (附:任务分工 / 第1—2项:县经信局牵头,
# 县发改局配合;) — the items' numbers, then a block.
_ITEM_LINE_RE: Final = re.compile(
    r"^[ \t]*第(?P<nums>\d{1,3}(?:[—\-–~～至到、,，和及]\d{1,3})*)(?:项|条)(?:任务|工作)?[:：]"
    r"(?P<body>[^\n]+?)[;；。]?[ \t]*$",
    re.MULTILINE,
)


# 第(一)项由县工信局牵头,县统计局配合;第(二)、(三)项由…: items named in a sentence.
_ITEM_NO: Final = r"(?:\(?[一二三四五六七八九十]{1,3}\)?|\d{1,3})"
_ITEM_CLAUSE_RE: Final = re.compile(
    rf"第(?P<nums>{_ITEM_NO}(?:[—\-–~～至到、,，和及]第?{_ITEM_NO})*)(?:项|条)(?:任务|工作|措施)?"
    r"(?:由|[:：])(?P<body>[^;；。\n]+)"
)


def _item_labels(nums: str) -> list[tuple[str, ...]]:
    """The section numbers an item list names, each as the labels it may have:
    (一)、(二) → [("(一)",), ("(二)",)]; 一 → [("(一)", "一")]; 1—3 → [("1",), …]."""
    out: list[tuple[str, ...]] = []
    for piece in re.split(r"[、,，和及]第?", nums):
        if m := re.fullmatch(r"(\d+)[—\-–~～至到]第?(\d+)", piece):
            a, b = int(m.group(1)), int(m.group(2))
            out.extend((str(n),) for n in (range(a, b + 1) if a <= b <= a + 50 else []))
        elif piece.isdigit():
            out.append((piece,))
        elif piece.startswith("("):
            out.append((piece if piece.endswith(")") else piece + ")",))
        elif piece:
            out.append((f"({piece.rstrip(')')})", piece.rstrip(")")))
    return out


def _numbered_item_sections(
    text: str, sections: Sequence[Section]
) -> dict[str, ResponsibilityBlock]:
    """Items of the body named by number in a division-of-work list after them
    (第3项:县经信局、市生态环境局长兴分局牵头,…配合): item section id → its block."""
    out: dict[str, ResponsibilityBlock] = {}
    lines = list(_ITEM_LINE_RE.finditer(text))
    clauses = [
        m
        for m in _ITEM_CLAUSE_RE.finditer(text)
        if not _ITEM_LINE_RE.match(text, text.rfind("\n", 0, m.start()) + 1)
    ]  # (a 第3项:… line is read as a line)
    for k, m in enumerate((*lines, *clauses)):
        block = _parse_block(m.group("body"), m.start(), m.end())
        if block is None or not (block.lead or block.listed):
            continue
        for labels in _item_labels(m.group("nums")):
            for label in labels:
                hits = [
                    sec
                    for sec in sections
                    if sec.start < m.start() and not sec.is_appendix and sec.path[-1] == label
                ]
                if hits:
                    if len(hits) == 1 and (k < len(lines) or hits[0].id not in out):
                        out[hits[0].id] = block  # (a line's block over a sentence's)
                    break
    return out


# 产业链提升行动由市经信局牵头,市发改委配合;…: a division of work that names the
# measures by their headings (as a 解读 or a news report summarises a plan).
_NAMED_CLAUSE_RE: Final = re.compile(
    r"(?:^|(?<=[;；。:：,，\n]))[ \t]*(?:第[一二三四五六七八九十\d]{1,3}项(?:任务)?)?[“\"]?"
    r"(?P<name>[\u4e00-\u9fff]{2,20}?)[”\"]?由(?P<body>[^;；。\n]+)"
)
_BY_RE: Final = re.compile(r"由(?=[^;；。\n]{2,}?(?:牵头|负责))")


def _named_clauses(text: str) -> list[re.Match[str]]:
    """The division-of-work clauses naming a measure (…行动由X牵头,…), found from each
    由 that is followed by who leads (the clause pattern tried at 由 only)."""
    out: list[re.Match[str]] = []
    for by in _BY_RE.finditer(text):
        back = max(0, by.start() - 40)
        stops = [text.rfind(c, back, by.start()) for c in ";；。:：,，\n"]
        start = max(stops) + 1 if max(stops) >= 0 else back
        if (m := _NAMED_CLAUSE_RE.match(text, start)) is not None and m.start("body") == by.end():
            out.append(m)
    return out


def _named_clause_sections(
    clauses: Sequence[re.Match[str]], sections: Sequence[Section]
) -> dict[str, ResponsibilityBlock]:
    """Measures of the body named by heading in a division-of-work sentence after them
    (企业培育行动由市经信局、市地方金融工作局牵头,市市场监管局配合): section id → block."""
    out: dict[str, ResponsibilityBlock] = {}
    for m in clauses:
        block = _parse_block(m.group("body"), m.start(), m.end())
        if block is None or not (block.lead or block.listed):
            continue
        name = m.group("name")
        hits = [
            sec
            for sec in sections
            if sec.start < m.start()
            and not sec.is_appendix
            and re.sub(r"\s+", "", sec.title).rstrip("。") == name
        ]
        if len(hits) == 1:
            out[hits[0].id] = block
    return out


# A section about duties or the plan's support (三、责任分工, 四、保障措施): a block closing
# it speaks of the targets above it.
_DUTY_SECTION_RE: Final = re.compile(r"责任|分工|组织|保障|实施|要求|考核")
# 以下各项任务牵头单位均为市工信局,配合单位不再列出;各县(市、区)人民政府负责…: one
# lead for every item below, up to the end of the section the line opens.
_BELOW_ALL_RE: Final = re.compile(
    r"^[ \t]*以下(?:各项|所列|全部)?(?:任务|工作|措施|事项)?[^\n。;；]{0,8}?"
    r"(?:牵头单位|责任单位|牵头部门)(?:均|都|统一)?(?:为|是)(?P<units>[^,，;；。\n]{2,40})"
    r"(?P<rest>[^\n]*)$",
    re.MULTILINE,
)


# …;各县(市、区)人民政府负责本辖区任务落实: the governments that deliver in their areas.
_LOCAL_DUTY_RE: Final = re.compile(
    r"(?P<units>[^,，;；。]+?(?:政府|管委会|办事处|街道\)?))(?:负责|抓好)[^,，;；。]*?(?:落实|实施|推进)"
)


def _below_all_blocks(
    text: str, sections: Sequence[Section]
) -> list[tuple[ResponsibilityBlock, int]]:
    """Blocks that lead every item below them in their section, with where they end."""
    out: list[tuple[ResponsibilityBlock, int]] = []
    for m in _BELOW_ALL_RE.finditer(text):
        lead = _split_units(m.group("units"))
        if not lead or not all(_UNIT_LIKE_RE.search(u) for u in lead):
            continue
        rest = _parse_block(m.group("rest").strip(" ,，;；。"), m.start(), m.end())
        local = _LOCAL_DUTY_RE.search(m.group("rest"))
        holder = [s for s in sections if s.start <= m.start() < s.end]
        until = max(
            (s.end for s in holder if s.level == max(h.level for h in holder)), default=len(text)
        )
        out.append(
            (
                ResponsibilityBlock(
                    start=m.start(),
                    end=m.end(),
                    lead=tuple(lead),
                    support=rest.support if rest else (),
                    accountable=(*(rest.accountable if rest else ()),)
                    or tuple(_split_units(local.group("units")) if local else ()),
                ),
                until,
            )
        )
    return out


# 一是抓项目扩投资。… 二是…: an item run into a paragraph, named by its first words.
_RUN_IN_NO: Final = r"(?:[一二三四五六七八九十]是|其[一二三四五六七八九十])[,，]?"
_RUN_IN_NEXT_RE: Final = re.compile(_RUN_IN_NO + r"[\u4e00-\u9fff]")
# A run-in item opening a sentence or clause (。一是… / ;二是…).
_RUN_IN_OPEN_RE: Final = re.compile(
    r"(?:^|(?<=[。;；:：\n]))\s*" + _RUN_IN_NO + r"[\u4e00-\u9fff]", re.M
)


def _named_run_in_items(
    text: str, clauses: Sequence[re.Match[str]]
) -> tuple[tuple[int, int, ResponsibilityBlock], ...]:
    """Run-in items (一是抓项目扩投资。…) that a later division of work names
    (第一项任务“抓项目扩投资”由市工信局牵头,…): each item's stretch with its block."""
    out: list[tuple[int, int, ResponsibilityBlock]] = []
    for m in clauses:
        name = m.group("name")
        items = list(
            # (a hard-wrapped copy may break the name: 抓项目扩投⏎资)
            re.compile(_RUN_IN_NO + r"\s?".join(map(re.escape, name)) + r"\s?[。.;；,，]").finditer(
                text, 0, m.start()
            )
        )
        if not items:
            continue
        item = items[-1]  # the last such item before the division of work
        block = _parse_block(m.group("body"), m.start(), m.end())
        if block is None or not (block.lead or block.listed):
            continue
        para_end = text.find("\n\n", item.end(), m.start())
        end = para_end if para_end >= 0 else m.start()
        if (nxt := _RUN_IN_NEXT_RE.search(text, item.end(), end)) is not None:
            end = nxt.start()
        out.append((item.start(), end, block))
    return tuple(out)


# A box's title line (专栏3 重点产业链培育工程, 表2 …): a heading the numbering does not mark.
_BOX_TITLE_RE: Final = re.compile(r"^\s*(?:专栏|表)\s*[\d一二三四五六七八九十]+")


_TITLE_STOP_RE: Final = re.compile(r"[。;；,，:：]")


def _leading_blocks(
    text: str, blocks: Sequence[ResponsibilityBlock], sections: Sequence[Section]
) -> tuple[tuple[ResponsibilityBlock, int], ...]:
    """The blocks on a line of their own between a heading and the items under it
    (专栏3 … ⏎ (责任单位:A、B) ⏎ 1.… ⏎ 2.…), each with the end of the items it governs:
    the end of the items' parent, or the next such block.

    The line before must be a heading, not the last line of an item of the same
    list (1.…完成5000亩 ⏎ (责任单位:A) ⏎ 2.…: the block closes item 1). A block may
    also close the list's short title line (重点工作任务(牵头单位:…,下同) ⏎ 1.…).
    """
    lines = [(p, line) for p, line in text_lines(text) if line.strip()]
    starts = [p for p, _ in lines]
    by_start = {s.start: s for s in sections}
    by_id = {s.id: s for s in sections}
    found: list[tuple[ResponsibilityBlock, int]] = []
    for b in blocks:
        k = bisect_left(starts, b.start + 1) - 1
        if k < 1 or k + 1 >= len(lines):
            continue
        l0, line = lines[k]
        title = line[: b.start - l0].strip()
        if line[b.end - l0 :].strip(" \t。"):
            continue  # not a line of its own
        n0, nline = lines[k + 1]
        item = by_start.get(n0 + len(nline) - len(nline.lstrip(" \t")))
        if item is None:
            continue
        if title:
            # 重点工作任务(牵头单位:…,下同) ⏎ 1.… ⏎ 2.…: a list's title line with its block
            if len(title) > 20 or _TITLE_STOP_RE.search(title) or by_start.get(l0) is not None:
                continue
            until = max(
                (s.end for s in sections if s.parent == item.parent and s.start >= item.start),
                default=item.end,
            )
            found.append((b, until))
            continue
        if item.parent is None:
            continue
        p0, prev = lines[k - 1]
        if len(prev.strip()) > 40 or prev.rstrip()[-1:] in "。;；,，:：":
            continue
        if not _BOX_TITLE_RE.match(prev) and any(
            s.start <= p0 < s.end and s.level >= item.level for s in sections
        ):
            continue  # the last line of an item of the same list
        found.append((b, by_id[item.parent].end))
    return tuple(
        (b, min(until, found[k + 1][0].start) if k + 1 < len(found) else until)
        for k, (b, until) in enumerate(found)
    )


def extract_responsibility(
    text: str,
    sections: Sequence[Section],
    *,
    catalog: DepartmentCatalog | None = None,
    tables: Sequence[Table] = (),
) -> ResponsibilityMap:
    """Find the responsibility blocks of a plan and tie them to its sections (责任分工).

    Args:
        text: the normalised text.
        sections: its section tree (:func:`~mfgpolicy.extract.structure.parse_structure`).
        catalog: the department alias catalog that normalises unit names
            (default: :meth:`DepartmentCatalog.default`).
        tables: the tables of the text (:func:`~mfgpolicy.extract.tables.find_tables`);
            each row of a task-division table is a block for the targets in it.

    Returns:
        A :class:`ResponsibilityMap` to query by span or by section.
    """
    if catalog is None:
        catalog = DepartmentCatalog.default()
    row_blocks = [_governments_accountable(b, catalog) for b in table_blocks(tables)]
    in_rows = [(b.start, b.end) for b in row_blocks]
    blocks = [
        _governments_accountable(b, catalog)
        for b in find_blocks(text)
        if not any(s <= b.start < e for s, e in in_rows)
    ]
    below = [
        (_governments_accountable(b, catalog), until)
        for b, until in _below_all_blocks(text, sections)
        if not any(x.start < b.end and b.start < x.end for x in blocks)
    ]
    blocks = sorted([*blocks, *(b for b, _ in below)], key=lambda b: b.start)
    first_is_lead = bool(_FIRST_IS_LEAD_RE.search(_SPACE_RE.sub("", text)))
    first_is_lead_from = 0
    if first_is_lead and (rule := _FIRST_IS_LEAD_LOOSE_RE.search(text)) is not None:
        holder = next((b for b in blocks if b.start <= rule.start() < b.end), None)
        if holder is not None:
            first_is_lead_from = holder.start
    clauses = _named_clauses(text)
    items = {
        **_named_clause_sections(clauses, sections),
        **_numbered_item_sections(text, sections),
    }
    run_in = tuple(
        (a, z, _governments_accountable(b, catalog))
        for a, z, b in _named_run_in_items(text, clauses)
    )
    names: list[str] = []
    for b in (*blocks, *row_blocks, *items.values(), *(r[2] for r in run_in)):
        names.extend(b.lead)
        names.extend(b.support)
        names.extend(b.listed)
    units, warnings = _resolve_units(names, catalog)
    appendix_start = min((s.start for s in sections if s.is_appendix), default=len(text))
    secs = tuple(sorted(sections, key=lambda s: (s.start, s.level)))
    rmap = ResponsibilityMap(
        blocks=tuple(blocks),
        warnings=tuple(warnings),
        sections=secs,
        first_is_lead=first_is_lead,
        first_is_lead_from=first_is_lead_from,
        units=units,
        starts=tuple(b.start for b in blocks),
        carries=(),
        body_end=appendix_start,
        text=text,
        rows=tuple((b.start, b.end, b) for b in row_blocks) + run_in,
    )
    whole = tuple(b for b in blocks if _ABOVE_ALL_RE.search(text, max(0, b.start - 16), b.start))
    if leading := _leading_blocks(text, blocks, secs) + tuple(below):
        rmap = attrs.evolve(rmap, leading=tuple(sorted(leading, key=lambda x: x[0].start)))
    if whole:
        document = tuple(
            b for b in whole if _THIS_DOCUMENT_RE.search(text, max(0, b.start - 16), b.start)
        )
        rmap = attrs.evolve(rmap, whole=whole, document=document)
    named = _named_sections(tables, row_blocks, secs)
    named = {**items, **named}
    if named:
        rmap = attrs.evolve(rmap, named=named)
    carries: list[tuple[int, Responsibility]] = []
    for b in blocks:
        if not (b.carry_units or b.carry_accountable):
            continue
        full = rmap._convert(b)
        carries.append(
            (
                b.start,
                Responsibility(
                    lead=full.lead if b.carry_units else (),
                    support=full.support if b.carry_units else (),
                    leaders=full.leaders if b.carry_units else (),
                    accountable=full.accountable if b.carry_accountable else (),
                ),
            )
        )
    return attrs.evolve(rmap, carries=tuple(carries))
