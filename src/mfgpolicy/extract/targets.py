"""The target finder (目标识别): plain plan text → target candidates.

The finder reads the *normalised* text (simplified script, half-width
punctuation; see :mod:`mfgpolicy.text`) and works sentence by sentence. Rules
come from the language of the genre, not from particular documents:

- A **quantity** is a number (Arabic; a Chinese numeral only where the genre
  writes one: ``三大``, ``三分之一``, ``一半``, or straight after an outcome verb),
  an optional range (``2-3``, ``5—10``), a unit (亿元, 万元/人, %, 家, 个, 项 …,
  multiplier kept in the unit) and an optional comparator suffix (以上, 左右 …).
- A quantity is a **target** when it closes its clause (``…达到2800亿元以上,``)
  or, for a count, when an outcome verb puts it before the counted noun
  (``实施10个…项目``, ``新增100家以上优质企业``). A money amount, share or area
  followed by a noun is a **qualifier** of the counted thing
  (``年营业收入500亿元以上的领航企业``, ``5亿元以上项目``) and stays in the
  indicator.
- Numbers inside quotation marks and book-title marks are names
  (“2321”, “1+9”); numbers after 第 are ordinals; numbers in clauses about
  awards and subsidies (奖励, 补助 …) are policy inputs; numbers in clauses
  marked as history (已, 现有, 截至 …) are baselines.
- Targets without a number: 全覆盖 (level ≥ 100 %), 零突破 (level ≥ 1 of the
  counted thing), 翻番/倍增 (multiple 2 倍; 翻两番 4 倍), 前N强 / 全省前十 /
  保持全省第一 (rank ≤ N), 保持全省领先 / 领先全市 / 不减 (qualitative),
  达到…平均/先进水平 of a measurable subject and 完成…下达的目标任务 (benchmark).
- History produces nothing: report sections (…完成情况, 1-11月…), report
  sentences (为X,同比增长Y), forecasts (预计). 分别 pairs values with indicators.
  See "Rules of the genre" in docs/extraction.md.
- Several targets in one clause: each quantity opens a new target; its span
  starts after the previous target. After 其中 the following targets are parts
  of the last whole.
- Commitment: 力争/争取/争创 → strive and 确保/必须 → ensure, over the rest of the
  sentence or the bullet list a ``…:`` sentence introduces.
- Deadlines: a year in the sentence (到2023年) is ``stated``; N年 (三年招引…) is
  ``relative``; a year in the sentence introducing a bullet list is
  ``section``, as is the year of a lead or heading naming a year's targets
  (2024年工作计划, 2022年目标任务是:); else the plan horizon (``plan``), else a
  year in the headline. Baseline years (在2022年的基础上, 比2020年) are never
  deadlines. 每年 makes ``per: year``.

Work is bounded: every regex is linear (no nested quantifiers over the same
characters), and each sentence is capped at :data:`MAX_SENTENCE` characters and
:data:`MAX_CANDIDATES` quantities.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from decimal import Decimal
from fractions import Fraction

import attrs

from mfgpolicy.errors import ParseError
from mfgpolicy.extract.metadata import body_line
from mfgpolicy.extract.tables import COUNTED_UNITS as _COUNTED_UNITS
from mfgpolicy.extract.tables import SUFFIX_COMPARATOR as _SUF_CMP
from mfgpolicy.extract.tables import is_units_cell
from mfgpolicy.model import Commitment, Comparator, DeadlineBasis, Per, TargetKind
from mfgpolicy.model._common import Number
from mfgpolicy.model.timing import five_year_plan
from mfgpolicy.numerals import arabic_years, parse_number, whole_number
from mfgpolicy.text import is_page_mark, opens_item

__all__ = [
    "MAX_CANDIDATES",
    "MAX_SENTENCE",
    "FoundTarget",
    "find_targets",
    "join_soft_breaks",
    "split_sentences",
    "to_source_offset",
]

#: Characters of one sentence the finder reads (the rest is ignored).
MAX_SENTENCE = 4000
#: Quantities per sentence the finder considers.
MAX_CANDIDATES = 200

# --------------------------------------------------------------------------------------
# Lexicon

_CN_DIGITS = "零一二两三四五六七八九十"

_MONEY = (
    r"(?:万亿|千亿|百亿|亿|千万|百万|十万|万|千)?(?:美元|元)"
    r"(?:/(?:人·年|人\.年|人年|人|亩|平方公里|平方米|公顷|吨(?:标准煤|标煤)?|立方米|千瓦时)"
    r"|每(?:亩|人)(?![\u4e00-\u9fff]))?"  # 35万元每亩: a rate written in words
)
# A physical amount per year (产能1200万吨/年) is a rate unit of its own, not a recurrence.
_ENERGY = (
    # energy per mass: a cell's density (能量密度300Wh/kg), a process's use (电耗50千瓦时/千克)
    r"(?:(?:Wh|瓦时|千瓦时|kWh)/(?:kg|千克|公斤|吨|t)(?![A-Za-z])"
    r"|(?:万|亿)?吨(?:标准煤|标煤|二氧化碳|CO2)?|(?:万|亿)?千瓦时|(?:万|亿)?千瓦|兆瓦时?|吉瓦时?"
    r"|GWh|MWh|GW|MW"
    r"|(?:万)?(?:载重吨|修正总吨|标箱)"  # shipbuilding and containers (造船完工量300万载重吨)
    r"|(?:万|亿)?立方米"
    r"|(?:万|亿)?(?:公斤|斤)"
    # fabric and cable by length (印染产能130亿米, 光缆5000万芯公里 stays unread)
    r"|(?:万|亿)米(?![\u4e00-\u9fff]{0,1}(?:粮|饭|线))|(?<=\d)米(?=[,，;；。以左)）]|$))"
    # 能耗0.85吨标准煤/万元, 用水量12立方米/万元: an intensity per 10,000 yuan
    r"(?:/年|/万元)?"
)
# Air-pollutant concentrations (PM2.5浓度37微克/立方米, 52μg/m3).
_CONCENTRATION = r"(?:微克|毫克|μg|µg|mg|ug)/(?:立方米|m3|m³)"
# A bare 亿 / 万亿 (突破千亿, 五千亿规模): money when an amount word names the indicator.
_BARE_YI = r"(?:万亿|千亿|百亿|亿)(?![元美级])"
_AREA = r"(?:万)?亩|(?:万)?平方米|平方公里|(?:万)?公顷|(?:万)?公里(?!处)"
_PCT = r"%|‰|个百分点"
_COUNT = (
    r"(?:万|亿)?(?:(?:家|台|个|项|套|件)\((?:个|套|台|项|家|件|座|处)\)|人次|人年|家次|场次|台套"
    r"|家|个|项|台|件|名|场|次|所|户|座"
    r"|单(?![位个项体品元价笔])"
    r"|条|套|款|只|张|人|大|位(?!数)|辆|艘|栋|幢|处|支|篇"
    r"|列(?![入为出表举示明]))"  # 家具专列不少于100列: trains
)
# A duration named before its limit (审批时间控制在, 开办时间压缩至).
_DURATION_NAME = re.compile(
    r"(?:时间|时限|用时|周期|天数)(?:要|将)?(?:压缩|缩短|控制|压减)?[至到在]?$"
)
# Working days a procedure may take (审批时间控制在40个工作日以内).
_WORKDAYS = r"个?工作日|(?:天|小时)(?=以内|之内|内|以下|左右)"
# A density per 10,000 people (工业机器人密度360台/万人): the multiplier kept as written.
_DENSITY = r"(?:台|人|件|个|家|项|套|名)/万人"
# 每万名工人500台 / 每万人口10件: a density whose denominator is written before the
# number (the units registry reads 万名工人 as 10,000 people).
_PER_BEFORE = re.compile(
    r"每(?P<den>万(?:名(?:产业)?(?:工人|员工|职工|从业人员)?|人口|人)|亩|人|平方公里) ?$"
)
# Computing power (算力): floating-point operations per second.
_COMPUTE = r"[TPE](?:FLOPS|Flops)"
# A bare 万 closing its clause (人口达到30万左右, 新增就业2万): people after a people word.
_BARE_WAN = r"万(?=[,，;；。、\s)）]|左右|以上|$)"
_UNIT = (
    rf"(?:{_PCT}|{_MONEY}|{_CONCENTRATION}|{_ENERGY}|{_AREA}|倍|{_DENSITY}|{_COMPUTE}|{_WORKDAYS}"
    rf"|{_COUNT}"
    rf"|{_BARE_YI}|{_BARE_WAN})"
)
# Words that name a number of people.
_POWER_UNITS = frozenset({"MW", "GW", "兆瓦", "吉瓦", "千瓦", "万千瓦"})
_PEOPLE_WORD = re.compile(r"人口|人数|就业|从业人员|职工|劳动力|人才|用工")
_SUFFIX = r"(?:及以上|\(含\)以上|以上|及以下|\(含\)以下|以下|以内|左右|多)"
_NUM = r"\d+(?:\.\d+)?"
_CN_NUM = rf"[{_CN_DIGITS}百千]{{1,4}}"
_MIXED_WAN = r"\d+万\d{4}(?![\d.])"  # 3万8000(亿元) = 38000 亿元

_QUANTITY = re.compile(
    rf"(?:(?<![\dA-Za-z.．/+\-])|(?<=GDP))"  # 人均GDP3.5万美元: an indicator's abbreviation
    # a range may repeat its unit after the low end (增速8%—10%, 3家至5家)
    rf"(?:(?P<a>{_MIXED_WAN}|{_NUM})(?:(?: ?{_UNIT})? ?(?:[-–—―~～－]{{1,2}}|至) ?(?P<b>{_NUM}))?"
    rf"|(?P<c>{_CN_NUM})(?:(?:至|到|[-–—～~])(?P<cb>{_CN_NUM}))?)"
    # 3—5家/年, 10家以上/年: a yearly amount written as a rate
    rf" ?(?P<unit>{_UNIT})(?:/年)?(?:(?<=[A-Za-z]) (?={_SUFFIX}))?(?P<suf>{_SUFFIX})?"
    rf"(?:(?<!/年)/年)?(?P<step>大关|(?:新的?)?台阶)?"
)
# An index or level value written without a unit (发展水平指数达72).
_INDEX_VALUE = re.compile(
    r"(?:指数|水平|容积率|系数)(?:要|将)?(?:平均|总体|整体)?"
    r"(?:由[^,，;；。]{0,12}?(?:提高|提升)[到至]|达到|到达|达|提高到|提高至|提升到|提升至|保持在|稳定在"
    r"|不低于|不少于|高于) ?"
    r"(?P<v>\d+(?:\.\d+)?)(?P<suf>以上|左右)?"
    # 年均增长15以上: a rate whose % the page lost (kept as written; the document is warned)
    r"|(?P<growth>(?:年均|同比)?(?:增长|增速|递增)(?:保持在|达到|达)?) ?"
    r"(?P<gv>\d{1,3}(?:\.\d+)?)(?P<gsuf>以上|左右)"
)
_INDEX_WORDS = ("指数", "水平", "容积率", "系数", "增长", "增速", "递增")
_FRACTION = re.compile(
    rf"(?P<q>[{_CN_DIGITS}]{{1,3}})分之(?P<p>[{_CN_DIGITS}]{{1,3}})(?P<suf>{_SUFFIX})?"
    rf"|(?P<half>一半)(?P<suf2>{_SUFFIX})?"
    # 占全市1/8: a share written with a slash (never a date: 2024/02/01 has no match)
    rf"|(?<![\d./])(?P<sp>\d{{1,2}})/(?P<sq>\d{{1,3}})(?![\d/.])(?P<suf3>{_SUFFIX})?"
    # 百分之十五 / 百分之二点五: a percentage written in words
    rf"|百分之(?P<pct>[{_CN_DIGITS}百]{{1,4}}(?:点[{_CN_DIGITS}]{{1,3}})?)(?P<suf4>{_SUFFIX})?"
    # 占比达到三成 / 提高到九成以上: tenths, after a verb that reaches them
    rf"|(?:(?<=达到)|(?<=提高到)|(?<=提升到)|(?<=超过)|(?<=达)|(?<=占)|(?<=到))(?P<tenth>[一二三四五六七八九])成(?!本|果|绩|员|立|熟|交|长|为)"
    rf"(?P<suf5>{_SUFFIX})?"
)
_FRACTION_MARKS = ("分之", "一半", "/", "成")  # 百分之 contains 分之
_FRACTION_MARKS_RE = re.compile("|".join(map(re.escape, _FRACTION_MARKS)))
# What must stand by a mark for a fraction to be there (1/8, 三成; not every / or 成).
_FRACTION_SLASH = re.compile(r"\d/\d")
_FRACTION_TENTH = re.compile(r"[一二三四五六七八九]成")


def _fraction_possible(seg: str) -> bool:
    """``seg`` may hold a match of :data:`_FRACTION`."""
    return (
        "分之" in seg
        or "一半" in seg
        or ("/" in seg and bool(_FRACTION_SLASH.search(seg)))
        or ("成" in seg and bool(_FRACTION_TENTH.search(seg)))
    )


# The characters a quantity opens on (a digit or a Chinese numeral).
_QUANTITY_FIRST = re.compile(rf"[\d{_CN_DIGITS}百千]")


def _quantities(text: str, s: int, e: int) -> Iterator[re.Match[str]]:
    """The matches of :data:`_QUANTITY` in ``text[s:e]``, as ``finditer`` gives them.

    The pattern opens on lookbehinds, which keep the engine from skipping ahead to
    a likely start; only the places where a digit or numeral stands are tried.
    """
    pos = s
    while (f := _QUANTITY_FIRST.search(text, pos, e)) is not None:
        m = _QUANTITY.match(text, f.start(), e)
        if m is None:
            pos = f.start() + 1
            continue
        yield m
        pos = m.end()


_INDEX_WORDS_RE = re.compile("|".join(_INDEX_WORDS))
# A slash fraction is a share only after a word that names one.
_SHARE_WORD = re.compile(r"占|比重|比例|份额|占比")
_SPECIAL = re.compile(
    r"(?P<cover>全覆盖)"
    r"|(?P<zero>零的?突破)"
    # 较大以上生产安全事故零发生: none may happen
    # 亩均税收1万元以下企业清零: none may remain
    r"|(?<=[\u4e00-\u9fff])(?:实现|全部|全面|基本)?(?P<nil>零发生|清零)(?=[,，;；。\n]|$)"
    r"|(?<![取得新])实现(?P<brk>[^,，;；。:：\d]{2,30}?)(?<![零新大性的])突破(?=[,，;；。\n]|$)"
    r"|(?P<stepverb>迈上|跨上|站上|登上|迈入|跨入|突破|超过|超|达到)(?P<stepamt>万亿|千亿|百亿)"
    r"(?:[元级]?(?:大关|(?:新的?)?台阶)|(?P<stepyuan>元)(?=[,，;；。\n]|$))"
    r"|(?P<scaleverb>形成|达到|达(?=[一二三四五六七八九两千百\d])|迈上|跨上|实现|突破|超过)"
    r"(?P<scale>\d+(?:\.\d+)?|[一二三四五六七八九两]?[千百])"
    # 形成千亿级(的)(电力装备)产业规模: the scale of one sector, named or not
    r"亿元?级(?:(?:的)?(?P<sector>[\u4e00-\u9fff]{0,8}?)(?:产业)?规模)?(?=[,，;；。\n]|$)"
    r"|(?P<double>翻(?P<times>一|两|二|三)?番|(?P<bei>双倍增|倍增)(?![计工行目县区市]))"
    r"|前(?P<rank>\d+)(?:强|名|位|甲)"
    # 进入全省开发区综合考核前二十名: the contest named between the verb and the rank
    r"|(?:进入|跻身|位列|位居|稳居|保持)(?P<rankscope>(?:全国|全省|全市|全区|全县|省内|市内|全球|世界|国内"
    # 保持泉州各县(市、区)前两位: the places of one city compared
    r"|[\u4e00-\u9fff]{2,3}?各(?:县|区|市|地|园区|开发区)"
    # 进入衢州市前三位 / 长三角前十: a named region's places compared
    r"|[\u4e00-\u9fff]{2,3}?[省市](?=前|[\u4e00-\u9fff]{0,6}?\d{0,3}个?[县市区]前)|长三角|珠三角)"
    # 稳居全省山区26县前五位: the peer group may carry its count
    r"(?:[^,，;；。\d前]|\d{1,3}个?(?=[县市区]))*?)"
    r"前(?P<rankcw>[两二三四五六七八九十]|十[一二三四五六七八九]|[二三四五六七八九]十)(?:强|名|位)"
    r"|(?:(?:全国|全省|全市|全区|全县|省内|市内|全球)(?:同类\w{0,2})?"
    r"|(?<=进入)|(?<=进)|(?<=跻身)|(?<=位列)|(?<=位居)|(?<=稳居)|(?<=保持))"
    r"前(?P<rankcn>[两二三四五六七八九十]|十[一二三四五六七八九]|[二三四五六七八九]十)"
    r"(?:强|名|位|甲)?(?![\d一二三四五六七八九十个月年天项])"
    r"|(?:成为|保持|稳居|(?<![增幅速])居|位居|位列|跃升至|跃升到|提升至|提升到|上升至|上升到|进入|保持在|稳定在)"
    r"(?:(?:全国|全省|全市|全区|全县|全球|世界|省内|市内|国内|[\u4e00-\u9fff]{2,3}?[省市](?=第))"
    # (保持全省高新区第二位: the rank among the province's zones of a kind)
    r"(?:县域|高新区|开发区|经开区|园区|同类城市|同类县市)?"
    r"(?:[\u4e00-\u9fff]{1,4}?类)?)?"
    r"(?:同类\w{0,2})?第?"
    r"(?P<nth>\d{1,3}|[一二三四五六七八九十]{1,3})位(?![\d])"
    r"|(?:保持|稳居|继续保持|力争|争创|确保|进入)(?P<rankof>[\u4e00-\u9fff]{0,4}?)"
    r"(?:全国|全省|全市|全区|全县|省内|市内|[一二三四五六七八九十两]+[区县市](?:中)?"
    r"|[\u4e00-\u9fff]{2,3}?[省市](?=第一|首位))"
    r"(?:县域|同类县市|同类城市)?(?:[\u4e00-\u9fff]{1,4}?类)?(?P<first>第一|首位)(?:位|名)?(?!方阵|梯队)"
    r"|(?P<lead>(?:继续)?保持(?:全国|全省|全市|全区|全县|省内|市内)(?:领先|前列)|领先(?:全国|全省|全市|全区))"
    r"|(?P<nodecrease>不减少?|不降低)"
    # (高于全省平均水平 without a margin reads as a direction, not a floor: not taken)
    r"|(?P<bench>(?:达到|不低于)(?:[\u4e00-\u9fff]{0,4}?)"
    r"(?:宁波|全省|全市|全县|全区|全国|省内|国内|国际|长三角|同类城市)"
    r"(?:[\u4e00-\u9fff]{0,4}?)(?:平均|先进|领先)水平"
    r"|完成[^,;:。、]{0,12}?下达的(?:[\u4e00-\u9fff]{0,4}?)目标任务"
    # (制造业贷款增速不低于各项贷款平均增速: the banks' standing benchmark)
    r"|(?:不低于|高于)(?:同期)?(?:各项|全部)贷款(?:的)?平均增速)"
)

# Words one of which every match of _SPECIAL contains: a sentence without any is not
# scanned. Kept narrow (亿级, not 亿; 前三, not 前), since the common single characters
# would let nearly every sentence through.
_SPECIAL_WORDS: tuple[str, ...] = ("覆盖", "突破", "万亿", "千亿", "百亿", "亿级", "亿元级")
_SPECIAL_WORDS += ("番", "倍增", "第一", "首位", "领先", "前列", "不减", "不降低", "水平")
_SPECIAL_WORDS += ("目标任务", "零发生", "清零", "平均增速")
_SPECIAL_SHAPES = (r"前[\d两二三四五六七八九十]", r"[\d一二三四五六七八九十]位")

# (one scan of the sentence for any of them, in C, not one ``in`` test each)
_SPECIAL_WORDS_RE = re.compile("|".join([*map(re.escape, _SPECIAL_WORDS), *_SPECIAL_SHAPES]))
# The same, faster: alternatives that open on a literal let the engine skip ahead, a
# class-led shape (第3位) is looked for only where its 位 is.
_SPECIAL_LITERAL_RE = re.compile("|".join([*map(re.escape, _SPECIAL_WORDS), _SPECIAL_SHAPES[0]]))
_SPECIAL_PLACE_RE = re.compile(_SPECIAL_SHAPES[1])


def _special_possible(seg: str) -> bool:
    """``seg`` holds a word of :data:`_SPECIAL_WORDS_RE` (the same answer, sooner)."""
    return bool(_SPECIAL_LITERAL_RE.search(seg)) or (
        "位" in seg and bool(_SPECIAL_PLACE_RE.search(seg))
    )


# Every match of the size-class patterns below holds 亿级 or 亿元级.
_CLASS_SCALE_WORD = re.compile("亿元?级")
# A growth word right before an amount that is no rate (比上年增长50亿元, 净增加3000户).
_ABSOLUTE_GROWTH = re.compile(r"(?:增长|增加|多增|净增加)(?:了)?$")
_STEP = {"千亿": Decimal(1000), "百亿": Decimal(100)}
# The verbs that put a subject into a rank (进入全国前30强, 位居全省第一方阵).
_RANK_VERBS = "进入|跻身|位列|位居|稳居|挺进|迈入"
_RANK_VERB_END = re.compile(rf"(?:{_RANK_VERBS}|进)$")
_RANK_VERB_OPEN = re.compile(rf"(?:{_RANK_VERBS})")
# A rank before the noun it picks out (前100强工业企业), and the verbs that aim at one.
_PRENOMINAL_RANK = re.compile(r"(?:工业|制造业|民营|重点)?(?:企业|工厂|园区|县|市|区|镇|品牌|名单)")
_RANK_REACH = re.compile(rf"{_RANK_VERBS}|保持|跃居|晋级|入围|入选|争创|进")
# Named industries before a size class (打造装备制造、现代材料千亿级产业集群), after a
# forming verb or, continuing a list of such goals, right after a comma. Kept apart
# from _SPECIAL and run only on sentences that hold 亿级 (backtracking over names).
_CLASS_SCALE = re.compile(
    r"(?:(?P<classverb>打造|培育|培育形成|打造形成|建成|建设|形成|壮大|做强|做大|发展)"
    r"|(?<=[,，;；])(?![\u4e00-\u9fff]{0,4}(?:打造|培育|建设|形成|壮大|做强|做大|发展)))"
    r"(?P<classnames>[\u4e00-\u9fffA-Za-z]{2,10}(?:[、和及与][\u4e00-\u9fffA-Za-z]{2,10}){0,7})"
    r"(?<![大个条家批级一二三四五六七八九两\d])"
    r"(?P<classamt>[一二三四五六七八九两]?[千百]|万|\d+)亿元?级(?:的)?"
    r"(?:战略性|新兴|先进|现代|特色|优势|主导)*(?:产业集群|产业链|产业基地|产业|集群)"
    r"(?=[,，;；。\n和及]|$)"
)
# The size class before the named industry (打造千亿级生物医药产业集群, 培育形成一个百亿级
# 新材料产业链): one industry reaching the class.
_CLASS_SCALE_PRE = re.compile(
    r"(?P<classverb>打造|培育|培育形成|打造形成|建成|建设|形成|壮大|做强|做大|发展成为|成为)"
    r"(?:一个|1个)?(?P<classamt>[一二三四五六七八九两]?[千百]|万|\d+)亿元?级(?:(?:产业)?规模的|的)?"
    # (形成千亿级产业集群, no industry named: the cluster's own scale)
    r"(?P<classnames>(?!产业|集群)[\u4e00-\u9fffA-Za-z]{2,12}?|(?=产业集群))"
    r"(?:产业集群|产业链|产业基地|集群)"
    r"(?=[,，;；。\n]|$)"
)
# Not a named industry before a size class: a vague or counted set (若干, 一批, 三大,
# 5个), a quality (世界级, 国家级), or the plan's scope (全市, 我市).
_CLASS_NOT_NAME = re.compile(
    r"若干|一批|多个|[一二三四五六七八九十两\d][大个条家批]$|级$|^(?:全市|全县|全区|我市|我县|我区)$"
)

_UNIT_CLASS_MONEY = re.compile(rf"^(?:{_MONEY})$")
_COUNT_RE = re.compile(rf"^(?:{_COUNT})$")

# A clause or list boundary that may follow a target.
_BOUNDARY = frozenset(",，、;；。:：)）\n!?！？|\t")
# A 。-sentence (or paragraph) opening with a year: 2025年,… / 。2025年底,…
_SENTENCE_YEAR_OPEN = re.compile(
    r"(?:^|(?<=[。!！\n;；]))\s*(?:到|至)?((?:19|20)\d\d)年(?:底|末)?\s*(?:[,，]|(?=全[市县区省]|我[市县区省]))"
)
_CMP_AFTER_VERB = re.compile(r"(?:至少|不少于|不低于|超过|约|近)$")
# 等目标 / 的目标 after a value: the goal word closes the clause (等方针 in spun text).
# …300家以上的发展梯队 / …的企业矩阵: a frame noun that gathers the counts before it.
_GOAL_WORD_END = re.compile(
    r"(?:等|的)(?:(?:约束性|预期性|指导性|年度|规划|计划|发展|奋斗)?(?:目标|指标)|任务|方针"
    r"|(?:发展|企业|培育|梯度)?(?:梯队|矩阵|方阵|格局))(?:任务)?"
    # (…新增15家的年度目标中,省级已完成9家: the aims named, then the record)
    r"(?:中|里|内)?(?=[,，;；。!！\n]|$)"
    # …增长12%以上目标如期实现 / …500亿元目标任务全面完成: the value is the goal
    r"|(?:的)?目标(?:任务)?(?:如期|按期|全面|顺利|圆满)?(?:实现|完成|达成)|目标任务(?=[,，;；。!！\n]|$)"
    # …下降16%的目标继续保持不变 / …的目标不作调整: a revision keeps the value
    r"|(?:的)?(?:目标|指标)(?:值)?(?:继续|仍|仍然)?(?:保持|维持)?(?:不变|不作调整|不调整)"
)
# (A comma inside a note on counting — (人民币,下同) — separates nothing.)
# A bracket opening on a year (…1000亩(2025年、2026年分别腾出…)) holds clauses of its own.
_CLAUSE_SEP = re.compile(
    r"[,，](?![^()（）,，\n]{0,6}下同[)）])|[:：;；]|——|[(（](?=其中|含\d|(?:到|至|在)?(?:19|20)\d\d年)"
)


def _clause_begin(text: str, lo: int, pos: int) -> int:
    """Where the clause holding ``pos`` begins (after its separator), not before ``lo``."""
    return max([lo, *(x.end() for x in _CLAUSE_SEP.finditer(text, lo, pos))])


# A half-width full stop ends a sentence too when words follow it (完成序时进度的80%. 规上…),
# but not in a number, a Latin word or a list marker (4.0, 1.规上, 一.).
_SENTENCE_SPLIT = re.compile(
    r"(?:[^。;；!?！？\n.]++|(?<=[\dA-Za-z一二三四五六七八九十)）])\."
    r"|\.(?![ \t]*(?:[\u4e00-\u9fff]|(?:19|20)\d\d年)))*"
    r"(?:[。;；!?！？\n.]|$)"
)

# Verbs whose object is a count of new things (increment) when they stand before the number.
_OUTCOME_VERBS = (
    "新增|净增|新上(?!规)|新建|新培育|新认定|新登记|培育形成|打造形成|培育发展|培育|培植|实施|组织实施|建成(?!区(?!级))|建设|打造|形成|"
    "引进|引入|立项|招引|落地|落户|签约|推进|实现|覆盖|开展|组织开展|谋划|入选|创建|认定|推广|举办|应用|"
    "完成|攻克|突破|制定|制订|制修订|申报|争创|搭建|改造|关停淘汰|关停|关闭|淘汰|整治提升|整治|引育|储备|培训|"
    "新开工|开工|竣工投产|竣工|新投产|投产|建立|设立|组建|遴选|扶持|支持|带动|引导|推动|主持|参与|获得|获评|达标|"
    "上稿|发表|开通|新设|盘活|腾出|腾退|收储|处置|入统|纳统|进驻"
)
_VERB_BEFORE = re.compile(
    rf"(?:{_OUTCOME_VERBS})(?:了|出|好)?(?:每年|年均|三年|五年|累计|共|合计|新增|再)?(?:约|近)?"
    r"(?:[一二三四五六七八九十两\d]+大(?:领域|板块|行业|方向|产业|集群))?$"
    r"|覆盖(?:全市|全区|全县|全省|全州)$"
    # 完成园区8家企业燃煤锅炉替代: what is done, in a scope, is the aim
    r"|完成(?:全市|全区|全县|全省|全州|园区|辖区|区内|县内|市内)$"
)
# 推动全市1500家以上企业…: a scope between verb and count, when a comparator makes the
# count an aim (推进全省107个产业集群提档升级 names the province's whole set).
_VERB_SCOPE_BEFORE = re.compile(rf"(?:{_OUTCOME_VERBS})(?:全市|全区|全县|全省|全州|全旗)$")
# 打造在全省极具影响力的1-2个…: a modifier ending in 的 between verb and count (not
# after 了: 谋划了…的20项任务 describes the plan).
_VERB_MODIFIER_BEFORE = re.compile(rf"(?:{_OUTCOME_VERBS})[^\d\s,，;；:：。、“”了]{{2,16}}的$")
# Increment verbs read anywhere in the head (the indicator side of a postnominal target).
_INCREMENT_HEAD = re.compile(
    r"新增|新上(?!规)|新建|新开工|新动工|动工|新投产|开工|续建|竣工|新获批|获批|新培育|新认定|新登记|新注册|培育|培植|招引|引进|引入|立项|落地|落户|签约|建成(?!区(?!级)|为)|建设(?!成)|打造(?!成)|形成|实施|"
    r"认定|推广|举办|开展|组织(?=[\u4e00-\u9fff]{0,12}(?:活动|培训|会|赛|展|对接))|谋划|入选|攻克|制定|制订|制修订|主持|参与制|申报|争创|搭建|淘汰|整治|关停|关闭|退出(?!率)|"
    r"腾出|腾退|盘活|收储|收回|再开发|处置|清理|节约(?!用)|增量|完成|(?<!及)应用(?!产业|领域|场景|率|水平)|创建|遴选|组建|设立|引育|储备|引导|推动|带动|改造提升|净增|增加(?![到至值])|上稿|发表|开通|新设|开行|更新(?![\u4e00-\u9fff]{0,4}(?:率|比例))"
    r"|(?:每年|年均)(?:滚动)?推进|培训(?!中心|基地|机构|平台)|诊断(?=[\u4e00-\u9fff]{0,12}$)"
    # 每年改造企业不少于200家: firms upgraded (数字化改造企业 names the firms' kind)
    r"|(?<![化型])改造(?=企业|项目|生产线|产线)"
)
# A stock named before its comparator (企业数量达到5万家) is a level.
_STOCK_TAIL = re.compile(
    r"(?:数量|(?<=[\u4e00-\u9fff])(?<![指系倍基参分函乘次])数)(?:要|将)?"
    r"(?:达到|达|超过|突破|不少于|不低于|保持在|稳定在|提高到|提升到|"
    r"增加到|增长到)$"
)
# An area named before its comparator (处置面积不少于3000亩): a measure's level.
_AREA_TAIL = re.compile(
    r"(?:面积|规模|总面积)(?:要|将)?(?:达到|达|超过|突破|不少于|不低于|保持在|稳定在|提高到|提升到)$"
)
# 完成/争创 before an amount of money states the amount reached, not new things.
_AMOUNT_LEVEL = re.compile(r"完成|争创")
# … except 完成 + a flow (投资, 产值 …) over a multi-year span stated in the sentence
# (三年…完成限上制造业投资1200亿元): the period's total of new flow, an increment.
_FLOW_AMOUNT = re.compile(
    r"投资|产值|营收|营业收入|销售|交易额|成交额|增加值|税收|收入|出口|进出口"
)
_MULTI_YEAR = re.compile(
    r"(?<![〇零○一二两三四五六七八九十\d])[两二三四五六七八九十]年(?!度|前|以前)"
    r"|\d+年(?:内|间|累计)|累计|期间|时期内|“十[一二三四五]五”期间"
)
# 均/都/双双 after conjoined subjects (A、B均增长10%): the value holds for each.
_ALL_MARK = re.compile(
    r"(?:双双|分别|(?<![年人亩户平日月])均|(?<![首成京古])都(?![市会城]))(?:要|将|能|可以|可|应)?"
    # (均比2023年下降10%: the base year between the mark and the verb)
    r"(?:(?:比|较)(?:(?:19|20)\d\d年(?:底|末)?|上年|去年|上一年))?"
    r"[\u4e00-\u9fff]{0,4}$"
    # A和B各(完成)2个 / 龙游县、江山市各不少于80家: each
    r"|(?<=[\u4e00-\u9fff])各(?:完成|达到|实现|新增|引进|培育|不少于|不低于|超过|达)?$"
)
# one ideograph standing as a list item (水、电、气保障率)
_ONE_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")
# 等三项主要指标 / 等4个产业 closing a list of indicators: a tally, no indicator itself.
_LIST_TALLY = re.compile(
    r"等[一二三四五六七八九十两\d]+[项个大类][\u4e00-\u9fff]{0,6}$"
    r"|(?<=[\u4e00-\u9fff])[两二三四五六七八九十]大[\u4e00-\u9fff]{0,10}$"
)
# …、C等产业集群规模 before 均: the measure each item of the list has.
_ETC_NOUN_TAIL = re.compile(r"等(?P<noun>[\u4e00-\u9fff]{2,18})$")
# A、B + 增长/下降 X% (产值、税收增长15%以上): a rate shared by conjoined metrics.
_RATE_VERB_END = re.compile(
    r"(?:要|将)?(?:以|按)?(?:年均|平均|年平均|每年)?(?:同比)?"
    r"(?:(?:比|较)(?:(?:19|20)\d\d年(?:底|末)?|上年|去年|上一年))?"
    r"(?:增长|增速|增幅|递增|下降|降低|削减|减少|压减|递减)(?:率)?(?:达到|达|为)?$"
)
# Named industries sharing one metric and one amount (A产业、B产业营收突破1000亿元).
_INDUSTRY_METRIC_END = re.compile(
    r"(?P<m>营收|营业收入|主营业务收入|产值|规模|销售收入)(?:要|将)?(?:突破|超过|达到|达|超)$"
)
_INDUSTRY_END = re.compile(r"(?:产业|产业链|集群|行业)$")
# A ratio reaching a value (监督覆盖率、验收合格率达到100%): each conjunct must be a ratio.
_RATIO_VERB_END = re.compile(
    r"(?:要|将)?(?:达到|达|提高到|提高至|提升到|提升至|保持在|稳定在|不低于|超过)$"
)
_RATIO_END = re.compile(r"(?:率|比重|占比|比例|满意度)$")
# The head noun of a metric: each conjunct of a shared rate must be one.
_METRIC_END = re.compile(
    r"(?:产值|增加值|收入|营收|税收|利润|利税|总额|交易额|销售额|产量|排放量|用水量|用量"
    r"|能耗|水耗|物耗|煤耗|电耗|投资|出口|进出口|规模|总量|效率|生产率|额|交货值)$"
)
# A part's own verb of a stock (其中…达到10个): the part keeps its level.
_PART_VERB = re.compile(r"达到|达|提高|提升|保持|稳定在|增加到|增长到")
_BREAKTHROUGH_VERB = re.compile(r"突破(?![\d ]|百|千|万|亿)")
# A margin over another measure (增速高于全区GDP增速1个百分点, 快于全省平均水平2个百分点):
# a relative aim whose value depends on that measure; no target of its own.
_RELATIVE_MARGIN = re.compile(
    r"(?:高于|快于|超过|超出|领先|低于|慢于)[^,，;；。]{0,16}?(?:平均水平|平均|增速|增幅|速度|水平)"
    r"(?:以上)?$"
)
_SET_TOTAL = re.compile(r"产业|集群|行业")
# The words for a place in a ranking, and a gain of places (全省排名上升6位).
_STANDING_WORD = re.compile(r"排名|排位|位次|名次")
_RANK_GAIN = re.compile(
    rf"(?:{_STANDING_WORD.pattern})(?:要|将|再|继续|进一步|力争|争取)*"
    r"(?:上升|提升|前移|前进|提高|晋升)$"
)
_SAVING_RATE = re.compile(r"(?:节能|节水)$")
_REDUCTION = re.compile(r"下降|降低|减少|减碳|减排|压减|削减|压降|降幅|减量|递减")
# (增长的贡献率, 增长点, 增长极 name something else than a rate of growth)
_GROWTH = re.compile(r"(?:增速|增长|增幅|涨幅|提速|递增)(?!的|贡献|点|极|动力|潜力|方式)")
# 下降到/降至 + a value: the level reached (比重下降到18%左右), not a fall by that much.
# 提高/提升 + a percent straight after (no 到/至): a rise by that share of the baseline.
_RISE_BY = re.compile(r"(?:要|将)?(?:提高|提升|增加|上升)$")
# …unless what rises is itself a ratio (比重/强度/率 提高0.5%: points meant).
_RATIO_NAME = re.compile(r"(?:(?<!生产)率|比重|占比|比例|强度|度|指数|份额|水平|系数|%)\s*$")
_SHARE_RAISED = re.compile(r"(?:比重|占比|比例)(?:要|将)?(?:提高|提升|增加|上升)$")
_REDUCE_TO = re.compile(r"(?:下降|降低|减少|压减|降)(?:到|至)(?:[\u4e00-\u9fff]{0,2})$")
# 经济总量/工业总量 name one year's output (GDP, industrial output), not a stock.
_FLOW_TOTAL = re.compile(
    r"(?:经济|工业|业务|产值|营收|收入|增加值|利润|税收|投资|销售|交易|生产总值|GDP\)?"
    # a year's emissions or use of energy and water (二氧化碳排放总量, 能源消费总量)
    r"|排放|消费|能耗|用能|用水|用电|取水|耗水)总量"
)
_CUMULATIVE = re.compile(r"累计|总量|有效数|总数|保有量")
# A share followed by the way it is done (新增工业用地100%按“标准地”出让) or by the
# whole it is taken from and its use (安排不低于30%的新增工业用地用于…).
_PCT_MANNER = re.compile(r"(?:以上)?(?:按照?|实行|采用|通过|实现|纳入)(?![^,，;；。]{0,2}[\d比])")
_SHARE_PUT_TO = re.compile(
    # (安排不少于30%的资金用于…: a funding rule)
    r"(?:以上)?的(?![^,，;；。]{0,16}?(?:资金|经费|预算|基金))[\u4e00-\u9fff“”]{2,16}?"
    r"(?:用于|投向|投入|按照?|实行|采用)"
)
_SHARE_ASSIGN = re.compile(
    r"(?:安排|确保|推动|引导)(?:不低于|不少于|至少|超过)?$|不低于$|不少于$|至少$"
)
_SHARE_OF_TOTAL = re.compile(r"占[^,，;；。]{0,20}?(?:总量|总数)$")
_NEW_AFTER_STOCK = re.compile(r"新增|净增|增加")
# A stock held at a value (入库企业保持在500家左右): a level, unless new things are counted.
# A verb that moves the counted firms to do something (推动30家企业进入…).
_PUSH_VERB = re.compile(r"(?:推动|引导|支持|帮助|促进|带动|组织)$")
_HELD_END = re.compile(r"(?:保持在|稳定在|保持|维持在)$")
# Firms under cultivation named as a noun (入库培育企业保持在500家): no verb of new things.
_NURTURED_NOUN = re.compile(r"(?:入库)?培育(?:企业|对象|库)")
# Counts of entry events (新入规企业达12户, 升规达5家): new entrants, whatever the verb;
# 信息库入库企业 (registered in a database) is a stock.
# (个转企, 小升规, 规改股, 股上市: conversions of firms, each counted when it happens)
_ENTRY_EVENT = re.compile(
    r"入规|升规|新上规|(?<!库)入库|纳统|入统|个转企|规改股|股上市|企转新"
    r"|转(?:型|变)?为(?:企业|公司|规上)"  # 个体工商户转型为企业500户
)

_PRE_CMP: tuple[tuple[str, Comparator], ...] = (
    ("不低于", Comparator.GE),
    ("不少于", Comparator.GE),
    ("至少", Comparator.GE),
    ("达到", Comparator.GE),
    ("到达", Comparator.GE),
    ("提高到", Comparator.GE),
    ("提高至", Comparator.GE),
    ("提升到", Comparator.GE),
    ("提升至", Comparator.GE),
    ("增加到", Comparator.GE),
    ("增长到", Comparator.GE),
    ("发展到", Comparator.GE),
    ("上升到", Comparator.GE),
    ("上升至", Comparator.GE),
    ("回升到", Comparator.GE),
    ("回升至", Comparator.GE),
    ("增加至", Comparator.GE),
    ("保持在", Comparator.GE),
    ("稳定在", Comparator.GE),
    ("达", Comparator.GE),
    ("迈上", Comparator.GE),
    ("跨上", Comparator.GE),
    ("站上", Comparator.GE),
    ("登上", Comparator.GE),
    ("跃上", Comparator.GE),
    ("≥", Comparator.GE),
    ("不超过", Comparator.LE),
    # 能耗下降到0.83吨标准煤 / 浓度降至52微克/立方米: a ceiling reached from above
    ("下降到", Comparator.LE),
    ("下降至", Comparator.LE),
    ("降低到", Comparator.LE),
    ("降低至", Comparator.LE),
    ("减少到", Comparator.LE),
    ("减少至", Comparator.LE),
    ("压减到", Comparator.LE),
    ("压减至", Comparator.LE),
    # 企业开办时间压缩至1个工作日以内 / 缩短到3天: a limit brought down
    ("压缩至", Comparator.LE),
    ("压缩到", Comparator.LE),
    ("缩短至", Comparator.LE),
    ("缩短到", Comparator.LE),
    ("降至", Comparator.LE),
    ("降到", Comparator.LE),
    ("控制目标为", Comparator.LE),
    ("不高于", Comparator.LE),
    ("控制在", Comparator.LE),
    ("≤", Comparator.LE),
    ("超过", Comparator.GT),
    ("突破", Comparator.GT),
    ("高于", Comparator.GT),
    ("多于", Comparator.GT),
    ("大于", Comparator.GT),
    ("超", Comparator.GT),
    (">", Comparator.GT),
    ("低于", Comparator.LT),
    ("少于", Comparator.LT),
    ("小于", Comparator.LT),
    ("<", Comparator.LT),
    ("约", Comparator.APPROX),
    ("逾", Comparator.GT),  # 逾三千亿元: more than
    ("近", Comparator.APPROX),  # 近千亿元: close to (just under or about)
)

# Characters that make 约 part of a word (签约, 节约, 集约, 合约, 履约, 预约, 制约).
_NOT_ABOUT_CHARS = "签节集合履预制特公契"
_NOT_ABOUT_BEFORE = frozenset(_NOT_ABOUT_CHARS)
# 保8%、争9% (keep one value, reach for another): 保/争 bare before a number.
_KEEP = r"(?<![确担环医社])保"
_REACH = r"(?<![力竞抗])争"
_KEEP_REACH_NUM = r"(?=\s?[\d一二三四五六七八九十两百千万])"
_STRIVE = re.compile(rf"力争|争取|争创|努力实现|冲刺|{_REACH}{_KEEP_REACH_NUM}")
_ENSURE = re.compile(rf"确保|必须|务必|{_KEEP}{_KEEP_REACH_NUM}")
_COMMIT = re.compile(rf"{_STRIVE.pattern}|{_ENSURE.pattern}")
# (2023 “年: a quotation mark displaced into the year by a PDF copy is read through.)
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?: ?[“”\"] ?)?年(?:度|底|末|前|内)?(?![\d月])")
# A year that is its own clause's adverbial: a verb right after it, no comma.
_YEAR_OWN_CLAUSE = re.compile(
    r"(?:底|末)?(?:前)?(?:完成|实现|新增|建成|培育|引进|改造|创建|打造|达到)"
)
_YEAR_RANGE = re.compile(r"(?<!\d)(20\d\d)年? ?[-–—~～至到] ?(20\d\d)年")
_RELATIVE_CTX = re.compile(
    r"(?:通过|用|经过|力争|未来)?([二三四五六七八九十两]|(?<![\d.])[2-9])年(?:内|来|间|时间)?(?![度级底末])"
)
_NAMED_PERIOD = re.compile(
    r"[\u4e00-\u9fff“”]{0,8}?(?:行动|工程|计划|攻坚战|专项)[”\"]?(?:[,，、;；。]|$)"
)
_FIVE_YEAR = re.compile(
    r"(?<![比较与“])“?十([一二三四五六七八九])五”?(?:期间|时期|末|规划期|[^,，;；。\n以]{0,12}?(?:主要|核心|发展)?(?:指标|目标))"
)
# “十N五” named anywhere (a bullet list's intro: “十四五”…重点目标:), never after 比/较.
_FIVE_YEAR_NAME = re.compile(r"(?<![比较与])“?十([一二三四五六七八九])五”")
# The end year of 十N五 (the (10+N)th five-year plan): 十一五 2010 … 十五五 2030.
_FIVE_YEAR_END = {c: five_year_plan(11 + i)[1] for i, c in enumerate("一二三四五六七八九")}


_BREAK_NOUN = re.compile(r"(企业|公司|工厂|项目|平台|中心|基地|园区|集群)$")
_COUNTED_THINGS = "|".join(_COUNTED_UNITS)
# (上市企业实现北交所零突破: the market named after the verb)
_COUNTED_UNIT = re.compile(
    rf"(?:{_COUNTED_THINGS})(?=(?:(?:实现|取得)[\u4e00-\u9fff]{{0,5}}|的)?$)"
)
# A capacity formed (形成年节能能力…, 形成年产…万吨的生产能力): its level, not new things.
_CAPACITY_FORMED = re.compile(r"形成[\u4e00-\u9fff]{0,10}能力(?:达到|达|超过)?$")
_COVER_BRACKET = re.compile(r"(?:基本|全面)?(?:实现)?全覆盖 ?[(（]")
# A bracket after 全覆盖 stating the rate it means (全覆盖(覆盖率不低于95%)).
_COVER_RATE_AFTER = re.compile(r" ?[(（][^()（）\n]{0,12}?\d+(?:\.\d+)?%")
# A growth by a multiple (增长1倍, 增加2倍): the base plus that many times it.
_GROW_BY_TIMES = re.compile(r"(?:增长|增加|提高|提升)(?:了)?$")
_TIMES_BASE = re.compile(r"(?:是|为)?(?:19|20)\d\d年(?:底|末)?的 ?$")
# A year written right before the value it dates (2027年2800亿元).
_YEAR_BEFORE_VALUE = re.compile(
    r"(?<![\d由从比较])(20\d\d)年(?=\d+(?:\.\d+)?(?:[万亿]?元|%|家|个|亩|项)(?![^,，;；。]*?(?:增加|提高|提升|增长|上升|下降)(?:到|至)))"
)
_STAGE_LABEL = re.compile(r"(?:阶段|近期|中期|远期|时期)$")
_COMMIT_OR_STAGED = re.compile(r"力争|确保|分年|分步|逐年")
_NAMED_PERIOD_BEFORE = re.compile(r"(?:行动|计划|方案|规划|工程|纲要)[(（]$")
_COUNTED_SLOGAN = re.compile(r"[“\"][两二三四五六七八九十\d]个$")
_ZERO_VERB_TAIL = re.compile(r"(?:力争|争取|确保|努力)?(?:取得|实现|获得|达成)$")
# A clause closing on a counted thing, before the comma of a 实现零突破 clause.
_COUNTED_UNIT_END = re.compile(rf"({_COUNTED_THINGS})[”\"]?[,，]\s*(?:实现|力争|争取|确保)*$")
_TOP_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节])")
# …分别达到 / …分别由3项、66项增加到 (the baselines between 分别 and the verb) / …分别
# 比2023年下降 (the base year)
_FENBIE = re.compile(
    r"分别(?:由[^,，;；。由]{1,30}?|(?:较|比)(?:(?:19|20)\d\d年(?:底|末)?)?)?"
    r"(?:[\u4e00-\u9fff]{0,4}|[\u4e00-\u9fff]{2,8}的)$"
)
_FENBIE_GAP = re.compile(r" ?(?:、|和|及|与|,|，) ?")
# 2025年、2026年分别腾出1200亩、800亩 / 到2025年、2027年,企业分别达到…: one year per value.
_YEAR_LIST = re.compile(
    r"(?:到|至|在)?(?:19|20)\d\d年(?:底|末)?"
    r"(?:(?:[、和及与]|[,，]?(?:到|至)) ?(?:19|20)\d\d年(?:底|末)?)+(?:前|以前)?[,，]?"
)
_YEAR_NUM = re.compile(r"((?:19|20)\d\d)年")
# A date within the year that ends a target's time: 2024年6月底前, 9月30日前, 到10月,
# 上半年, 三季度末. A month counts only with 底/末/旬/前 after it or 到/至/于/在 before it
# (2023年5月,… is a date of history, 1-6月 a reporting period).
_MONTH_NUM = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_IN_YEAR = re.compile(
    r"(?:(?P<y>(?:19|20)\d\d)年)?"
    rf"(?:(?<![\d个.\-—–~])(?P<m>{_MONTH_NUM})月份?"
    r"(?:(?P<d>[1-3]?\d)日)?(?P<part>底|末|上旬|中旬|下旬)?"
    r"|(?P<half>上半年)|(?P<q>[一二三四])季度(?:末|底)?)"
    r"(?P<pre>前|以前|之前)?"
)
# A year with its month (2023年5月): a date.
# 上旬/中旬 end on the 10th and the 20th (下旬, 底, 末 at the month's end).
_DECADE_DAY = {"上旬": 10, "中旬": 20}


def _month_number(mm: str) -> int | None:
    """The month a month numeral names (6 / 六 / 十二)."""
    return int(mm) if mm.isdigit() else whole_number(mm)


# A deadline in brackets after the target: 建成示范项目3个(2025年6月底前完成).
_BRACKET_DEADLINE = re.compile(
    r"[ \t]*[(（](?:到|于|在)?(?:(?P<y>(?:19|20)\d\d)年)?"
    rf"(?:(?P<m>{_MONTH_NUM})月份?(?:(?P<d>[1-3]?\d)日)?)?(?:底|末)?(?:前|以前|之前)?"
    r"(?:完成|实现|建成|落地|投产|到位|开工)?[)）]"
)
# A completion date closing the target's clause (…20亿元,于2025年底前实缴到位;): the
# target's deadline, and no date of the clauses after it.
_POSTPOSED_DEADLINE = re.compile(
    r"[,，] ?(?:并|均|全部)?(?:于|在)?(?P<y>(?:19|20)\d\d)年"
    rf"(?:(?P<m>{_MONTH_NUM})月份?(?:(?P<d>[1-3]?\d)日)?)?(?:底|末)?(?:前|以前|之前)"
    r"[\u4e00-\u9fff]{1,8}(?=[;；。])"
)
_YEAR_MONTH = re.compile(rf"(?<!\d)((?:19|20)\d\d)年{_MONTH_NUM}月")
_IN_YEAR_LEAD = re.compile(r"(?:到|至|于|在)$")
_PER_YEAR = re.compile(
    r"每年|年度新增|逐年|年均(?:同比)?(?:新增|净增|增加)(?!值)"
    # 年培训2万人次 / 年新增10家 opening a clause: a yearly amount (not 2025年, 全年)
    r"|(?:(?<![\u4e00-\u9fff\d])|(?<=全[省市县区]))年(?:新增|培训|引进|招引|培育|新建|认定)"
    r"|(?<=[\u4e00-\u9fff%])/年(?![\u4e00-\u9fff])"  # 3—5家/年, 10家以上/年
)
_PARTS = re.compile(r"其中|[(（]含(?=\d)|分年度(?:为|是)?[:：]?|逐年分别为")
# A year's share of a period's total (其中2024年25亿元、2025年27亿元): due that year.
_YEAR_PART = re.compile(
    r"(?:其中|分年度(?:为|是)?|逐年分别为)?[,，:：、 ]*(?P<y>20\d\d)年(?:度)?(?:完成|实现|达到)?"
    r" ?[\d.]+"
)
_BRACKET_PARTS = re.compile(r"[(（](?:其中|含)")
# The predicate of a clause run on without a comma (see _Finder._run_on).
_RUN_ON = re.compile(
    r"(?:达到|突破|超过|争创|力争|确保|形成|培育|打造|建成|新增)"
    r"|(?P<np>[\u4e00-\u9fffA-Za-z]{2,24}?)"
    r"(?:力争|确保|达到|突破|超过|保持|稳定|增长|提高到|提升到|占|形成)"
)
# A counted thing right before its predicate (超千亿元集群达到8个): the amount before it
# qualifies it; no clause break.
_COUNTED_NOUN = re.compile(r"(?:企业|公司|集群|项目|园区|平台|基地|工厂|产业|产品|开发区|链)$")
_COUNTED_TAIL = re.compile(r"(?:分别|均|都|各)?(?:实现|招引|引进|落地|签约|开工|投产|建设)?零?$")
# 超过10家 + 制造业企业 + 进入世界500强: a comparator before the count, the subject after.
_PRE_COUNT_CMP = ("超过", "不少于", "至少", "超", "多于", "不低于")
# A bracketed remark on the item before (…产业集群(先进钢铁材料及应用集群)、2个…).
_LEADING_REMARK = re.compile(r"^\s*[(（][^()（）]{1,40}[)）]")
# An amount that is itself the goal aimed at (实现千亿元产业目标, 向5000亿元目标迈进).
_PERIOD_WORDS = re.compile(rf"(?:{_FIVE_YEAR_NAME.pattern})(?:时期|期间|末)?|\d{{4}}年(?:底|末)?")
_FLOW_END = re.compile(r"(?:产值|营收|收入|规模|总量|投资|增加值)$")
_GOAL_AIM_VERB = re.compile(r"(?:实现|完成|冲刺|迈向|奔向|朝着|锚定|瞄准|向)$")
_AMOUNT_GOAL = re.compile(
    r"的?(?P<what>产业|工业|集群|产业集群|产值|工业产值|总产值|营收|营业收入|销售收入|规模|投资|税收)?"
    r"(?:发展)?目标(?:任务)?(?=[,，;；。\n]|迈进|奋进|前进|冲刺|奋力|进发|挺进|$)"
)
# A share opening its clause, the things it is a share of, and what they do
# (80%以上生产设备达到国内领先水平, 90%的规上企业实现数字化改造).
_PCT_SUBJECT = re.compile(
    r"的?(?P<np>[\u4e00-\u9fff“”]{2,16}?)(?P<verb>实现|达到|完成|开展|应用|具备|建立|建成|通过|采用"
    r"|使用|纳入|接入|拥有|设立)(?=[\u4e00-\u9fff“])"
)
_SUBJECT_PRED = re.compile(
    r"(?P<np>[\u4e00-\u9fff“”]{1,16}?)(?P<verb>进入|入选|跻身|迈入|列入|入围|达到|获评|成为)"
)
# A counted subject opening its clause whose amount passes a threshold (4个产业产值超
# 千亿元, 10家以上企业营收突破百亿元): how many reach it, the amount qualifies them.
_COUNT_SUBJECT_AMOUNT = re.compile(
    r"(?P<np>[\u4e00-\u9fff“”]{0,12}?)"
    # (8条重点产业链总产值突破5000亿元: the chains' total, not a count of them)
    r"(?<!总)(?<!合计)"
    r"(?P<metric>主营业务收入|营业收入|销售收入|营收|产值|规模|税收|产出)(?:均|都)? ?"
    r"(?:超过|超|突破|过|达到|达) ?(?:[\d.]+|[一二三四五六七八九十两百千万]+) ?(?:亿|万)元"
)
# 取得不少于500万元的税收收入 / 形成超过100亿元的产业规模: an amount before 的 + the
# measure it is the value of, after a comparator word.
_SCALE_FORM_VERB = re.compile(r"(?:形成|打造|建成|培育|壮大为|发展成为?)$")
_AMOUNT_OBJECT_VERB = re.compile(r"取得|实现|形成|完成|创造|贡献|带来|新增|带动|达到")
_AMOUNT_OBJECT_CMP = ("不少于", "不低于", "超过", "至少", "达到", "突破", "超")
_AMOUNT_OBJECT = re.compile(
    r"(?:/年)?的(?P<np>[\u4e00-\u9fff]{0,10}?"
    r"(?:收入|税收|产值|营收|增加值|投资|规模|利润|利税|销售额|出口额|交易额|总额))"
    r"(?=[,，;；。、)）\n]|$)"
)
# An indicator's name before a colon (人均地区生产总值:增长6%): a noun phrase ending in a
# metric word, after a boundary or a space.
# An area's item in a breakdown list (沭阳县 9%, 泗阳县 9%) and the list's label before a
# colon (规上工业增加值增长目标: …).
_AREA_ITEM = re.compile(
    r"[\u4e00-\u9fff]{1,12}?(?:县|区|市|镇|乡|街道|开发区|园区|高新区|经开区|功能区|新区)"
)
_LIST_LABEL = re.compile(
    r"([\u4e00-\u9fff]{2,24}?)(?:(?:分解)?(?:目标|任务)(?:值|数)?|分别为|分别是)\s*[:：]"
)
# A table cell naming a row (规上工业总产值, 招商引资到位资金): words only, short.
_CELL_LABEL = re.compile(r"[\u4e00-\u9fff“”()（）]{2,16}")
_HEADING_WORD = re.compile(
    r"(?:目标|任务|措施|要求|思路|举措|行动|工程|原则|重点)$|^[(（]?[一二三四五六七八九十]+[、)）]"
)
_COLON_LABEL = re.compile(
    r"(?:^|(?<=[\s,，;；。、)）]))([\u4e00-\u9fffA-Za-z()（）“”]{2,22}?"
    r"(?:值|额|量|数|率|比重|占比|比例|收入|产值|投资|税收|利润|规模|企业|总量|指数|增速|增幅))$"
)
# A bracketed remark of some length after a value (…项目200项(工业投入…另行制定)); a
# short one (GDP), (一期) may still be part of a name, and an alternative amount
# (10亿元(或1亿美元)以上项目) belongs to the value before it.
_REMARK = re.compile(r"[(（](?!或|即|含|约|折合)[^()（）\n]{4,}(?:[)）]|$)")
# A note on how an amount is counted (人民币,下同 / 含,下同 / 不含税): part of the
# amount, transparent to the clause.
_NOTE = re.compile(
    r"[(（][^()（）\n,，]{0,8}[,，、]?(?:以下同|下同|不含税|含税)[)）]"
    # the basis of the amount: 1440吨(金属吨), 28万吨(标准煤), 50亿元(可比价)
    r"|[(（](?:金属吨|金属量|实物量|标准煤|折标煤?|当量|人民币|可比价|现价|不变价)[)）]"
)
_FROM_TO = re.compile(
    r"由([^,，;；。由]{1,30}?)(?:提高|增加|提升|增长|上升|扩大|下降|降低|减少|缩小|压减|压降)(?:到|至)"
)
# The baseline's own amounts after a base year (比2010年的12.4万吨、1.07万吨分别减少…).
_BASE_AMOUNT = re.compile(
    r"(?:比|较)(?:19|20)\d\d年(?:底|末)?(?:的)?(\d[^,，;；。比较]{0,30}?)"
    r"(?=(?:分别|均)?(?:降低|下降|减少|削减|压减|增长|提高|增加|上升))"
)
_ALTERNATIVE_ASIDE = re.compile(r"[(（](?:或|即|折合)[^()（）\n]{1,20}[)）]")
# A bracketed aside giving the grounds of a target (依据…设置, 根据…测算, 注:…).
_RATIONALE_ASIDE = re.compile(r"[(（](?:依据|根据|按照|参照|参考|注[:：])[^()（）\n]{0,200}[)）]")
# Verbs whose object's amount stands before it (新建30万平方米标准厂房, 盘活500亩低效用地,
# 完成5亿元固定资产投资).
_MEASURE_TASK_VERB = re.compile(
    r"(?:新建|建成|建设|完成|盘活|腾出|腾退|整治|改造|收储|供应|出让|新增|开发|处置|消化|压减|淘汰|化解)$"
)
_MONEY_TASK_VERB = re.compile(r"(?:完成|实现|新增|带动|撬动|吸引|争取)$")
_THING_END = re.compile(r"(?:集群|产业|企业|项目|园区|基地|平台|产业链)$")
# Verbs that make such a count new things (新增10家企业产值超百亿元); 形成 alone is a
# stock reached (形成2个产值过千亿元的集群).
_NEW_THINGS_VERB = re.compile(r"新增|新培育|培育|打造|引进|招引|新建|新上")
# A head before such a count: nothing, a year, or a named list ending in 等.
_COUNT_SUBJECT_HEAD = re.compile(
    r"(?:(?:19|20)\d\d年)?(?:(?:初步|基本|加快)?(?:培育形成|打造形成|形成|培育|打造|建成)"
    r"[\u4e00-\u9fffA-Za-z、和及与]{1,60}"
    r"|[\u4e00-\u9fffA-Za-z、和及与]{1,60}等|[\u4e00-\u9fffA-Za-z和及与]{1,12})?"
)
# A counted subject opening its clause and the state or event it reaches.
_COUNT_SUBJECT_DONE = re.compile(
    r"(?P<np>[\u4e00-\u9fff“”()]{0,20}?)(?P<pred>初具规模|基本形成|形成规模|"
    r"(?:建成|竣工)(?:投用|投产|运营)?|投产(?:达效|达产)?|达产(?:达效)?|完成上市|(?:成功)?上市|"
    r"签约落地|落地(?:建设)?|开工(?:建设)?|获批(?:建设)?|通过认定|(?:成功)?(?:入库|入统|纳统)"
    # 100家企业完成数字化改造 / 1.7万人取得证书: each has done it
    r"|完成[\u4e00-\u9fff]{0,10}(?:改造|转型|升级|认证|诊断|评估|贯标|对标)"
    r"|(?:取得|获得)[\u4e00-\u9fff]{0,6}(?:证书|认证|资格|资质)|(?:实现|完成)(?:上云|上平台|升规|入规)"
    # 2个以上项目纳入省级试点 / 20家企业进入国家级名单: the things enter a register
    r"|(?:纳入|列入|入选|进入|入围|跻身)[\u4e00-\u9fff“”()]{1,24}?"
    r"(?:试点|名单|目录|计划|项目库|库|示范|行列|榜单|项目)(?=[,，;；。\n]|$))"
)
_STATE_PRED = re.compile(r"初具规模|基本形成|形成规模")
# Distributive subjects: 每个县(市) / 每个省级开发区 + verb + N个.
_DISTRIBUTIVE = re.compile(r"每(?:一)?个[\u4e00-\u9fff()（）、]{1,14}")
_DIST_VERB = re.compile(rf"(?:{_OUTCOME_VERBS}|发展|拥有|布局)$")
# (重点打造/建设/引进 N个 make new things: increments; 重点培育 picks a focus set.)
_DIST_LEVEL = re.compile(r"(?:重点(?!打造|建设|引进|新建)[\u4e00-\u9fff]{2}|发展|拥有|布局)$")
# 培育X达到N: how many firms are under cultivation (a stock), unlike 新培育/新增X N家.
_NURTURED_REACH = re.compile(
    r"(?<![新累计])培育(?!形成)[^,，;；。新增\d]{1,24}?(?:数量|数)?(?:要|将)?(?:达到|达)$"
)
# 带动/推动 X 突破N: the causal verb governs X, whose own comparator decides (a level).
_CAUSE_VERB = re.compile(r"带动|推动|引导|促进|拉动")
# 形成5个以上千亿级支柱产业: how many reach a size class, a stock (level).
_SIZE_CLASS = re.compile(r"[^,，;；。]{0,6}?(?:[十百千万]+亿|\d+亿|亿元|百亿元|千亿元|万亿)级")
_CN_COUNT_OK = re.compile(r"至少|不少于|每年|每个")
_CN_CHANGE_BEFORE = re.compile(r"(?:提高|提升|增加|下降|降低|减少|压减|增长)$")
_CN_CMP_BEFORE = re.compile(
    r"(?:达到|突破|超过|不少于|不低于|提高到|提升到|增加到|增至|保持在|稳定在)$"
)
_CN_ADD_BEFORE = re.compile(r"(?<=[\u4e00-\u9fff])(?:新增|净增|净增加|新培育|新引进)$")
_ATLEAST_VERB = re.compile(rf"(?:至少|不少于|不低于)(?:要)?(?:{_OUTCOME_VERBS})$")
_APPOS = re.compile(
    # (1.壮大A、B、C三大支柱产业: a list marker before the verb)
    r"(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d))?"
    r"(?:着力|著力|重点|全力|大力|积极|继续)?"
    r"(?P<verb>打造形成|培育形成|打造|培育|做大做强|做强做优|做强|做大|壮大|形成|建成|提升)?"
    # (the names may stand in quotes: 做强“铝镁新材料、新型化工、绿色食品”三大主导产业)
    r"“?[\u4e00-\u9fffA-Za-z]{1,8}(?:(?:(?:、|及|和|与)[\u4e00-\u9fffA-Za-z]{1,8})+”?"
    r"|(?<=[\u4e00-\u9fff])(?=$))"
)
# A clause opening with a verb and its object (积极申报产业链上下游企业共同体).
_VERB_OBJECT = re.compile(
    rf"(?:积极|加快|大力|着力|全力|努力)?(?:{_OUTCOME_VERBS})(?P<obj>[\u4e00-\u9fff“”]{{2,30}})$"
)
_BARE_VERB = re.compile(rf"(?:{_OUTCOME_VERBS})")
_SCOPE_LEAD = re.compile(r"^(?:全市|全区|全县|全省)?(?:每年)?")
_RANK_SCOPE = re.compile(r"全国|全省|全市|全县|全球|省内")
# The head noun and a following activity of a conjunct (中小企业 + 数字化改造).
_HEAD_ACTIVITY = re.compile(
    r"(?P<head>企业|平台|园区|工厂)(?P<act>[\u4e00-\u9fff]{2,6}(?:改造|转型|应用|建设|上云))$"
)
# The object built at the opening of a sentence (加快构建完善X网络).
_BUILD_OBJECT = re.compile(
    r"(?:加快|加速|大力|积极|进一步)?(?:构建完善|构建|完善|建设|建立|打造|健全)(?P<obj>[\u4e00-\u9fff]{2,30})$"
)
_PAST_OPENING = re.compile(
    # 答:2023年,全区…: the answer of a question-and-answer reading (政策解读)
    r"\s*(?:答[:：]\s*)?(?:(?P<year>20\d\d)年(?:以来|来|,|，|上半年|前三季度|全年|全市|全区|全县|我市|我区|我县)"
    r"|近年来|近[两三四五]年来?|过去[一两三四五]年|过去的[一两三四五]年|[一两三四五]年来|回顾过去"
    r"|“十[一二三]五”(?:以来|期间|时期)|“十四五”以来"
    r"|今年以来|去年以来|年初以来|截至|截止|(?:20\d\d年)?\d{1,2} ?[-—–~至] ?\d{1,2}月"
    # 一季度,全区实现…: a quarter's record (一季度末/前 would be a milestone)
    r"|(?:20\d\d年)?(?:第?[一二三]季度|上半年|前三季度)[,，])"
)
# The turn from a record to the aims built on it (…27个,在此基础上,每年招引30个以上).
_BUILDS_ON = re.compile(r"在(?:此|这个|这一|现有)基础上|以此为基础")
_YEAR_AFTER_TURN = re.compile(r"[,，]?\s*(?P<y>20\d\d)年")
_YEAR_STRETCH = re.compile(r"季度|上半年|\d ?月")
# How a value stands against another (高于全年目标 / 低于序时进度): a comparison, no aim.
_GAP_WORDS = "高出|超出|高于|低于|快于|慢于|好于"
# History markers in the clause before a number. 比上年/同比/较上年 + 增长/下降 states
# one year's growth (a target in a plan, a report in a history section: see run()).
_HISTORY = re.compile(
    r"已经|已有|已达|已建|已累计|已(?:连续|形成|站|突破|迈上|跨上|实现|成为|培育|拥有|完成)|已$|"
    r"(?:实现|建成|完成|达到)了|"
    r"连续[\d一两二三四五六七八九十]+年(?:站稳|稳居|位居|保持)|现有|(?<![由从])目前|截至|截止|去年|预计|"
    # a signing at the meeting reported (现场共签约项目32个 / 会上集中签约)
    r"(?:现场|会上|活动上|大会上)(?:共|集中)?签约|"
    # what is still missing (尚未形成百亿级规模)
    r"尚未|"
    # progress against the year's aim (高出全年目标2.3个百分点, 低于序时进度0.4个百分点)
    rf"(?:{_GAP_WORDS}|超过)(?:全年|年度)?(?:目标|预期目标)|"
    r"(?:高于|低于|快于|慢于|超过?|落后于?|领先|达到|完成)(?:全年)?序时进度|"
    # a reporting period (1—10月全市工业投资同比下降3.6%)
    r"(?<![\d.])1\s*[-—–~至到]\s*(?:1[0-2]|[2-9])\s*月(?:份)?|"
    r"(?<![比较链线网路])上年(?!增长|下降|提高|减少)|(?<!年均)同比(?!增长|下降|提高|减少|增速|增幅|(?:分别|均)?(?:削减|降低|压减))"
)
# The months of a year so far (1—10月), and a change on the year before (同比, 较上年).
_MONTHS_SO_FAR = re.compile(r"1\s*[-—–~至到]\s*(?:1[0-2]|[2-9])\s*月(?:份)?")
_YOY = re.compile(r"同比|较上年|比上年|较去年|比去年")
# The value a revision replaces (原定…, 原目标…, 原方案为…) until the new one is given
# (调整为 / 提高到) or the bracket holding it closes.
_ORIGINAL = re.compile(r"原(?:定|目标|方案|计划|规划目标|规划)(?!中)")
_REVISED = re.compile(r"(?:调整|调减|调增|修订|修改|下调|上调|提高|降低|改)(?:为|到|至)|[)）]")


# A report opener that stands anywhere in a 。-sentence (截至目前,… / 目前,… / 据统计,… /
# 记者了解到,我市拥有…): the report runs to the 。.
_MID_REPORT = re.compile(
    r"截至(?:目前|当前|今年|去年|\d{1,2}月|20\d\d年\d{1,2}月)|截止(?:目前|当前|\d{1,2}月)"
    r"|(?:^|(?<=[,，;；。:：\s]))目前(?!的)|据统计|(?:了解到|获悉)[,，]?[^,，。《]{0,8}(?:拥有|已)"
    r"|(?:^|(?<=[。!！\s]))已(?:经)?(?:形成|建成|拥有|培育|累计)"
    # 刚才…。过去一年,全县完成…: a sentence opening on the past, inside a paragraph
    r"|(?:^|(?<=[。!！\s]))(?:过去(?:的)?[一两三四五]年|去年|近[两三四五]年来?|[一两三四五]年来"
    r"|今年以来|去年以来|年初以来)(?:[,，]|(?=[全我本]))"
    # 《行动计划》实施一年来,全市…: the record since the plan began
    r"|(?:实施|印发|出台)(?:以来|[一两三四五]年(?:多)?(?:以)?来)(?=[,，])"
    # 现有工业企业210多户,其中…: a count of what exists, its parts after it
    r"|(?:^|(?<=[,，;；。:：\s]))现有(?=[^,，;；。]{1,20}?\d)"
)
# The year's aim restated in a report (…增速全年目标为10% / …全年控制在1180万吨以内 /
# 新增3家的年度目标): only these are read in a paragraph of record.
_AIM_WORD = re.compile(r"目标|全年控制在")
_BRACKET_AIM_TEXT = r"(?:全年|年度)(?:目标|任务)(?:值)?[(（](?:增长|下降|为)?\s*$"
_STATED_AIM = re.compile(
    r"(?<![于出过超比较年度])(?:(?:全年|年度|今年)(?:目标(?:值|任务)?)?|目标(?:值|任务)?)(?:分别)?(?:为|是|定为)?[:：]?"
    r"(?:增长|下降|降低|提高到|提高|达到|突破|控制在|不低于|不少于|不超过|压减|新增)?\s*$"
    # 增长7.2%,低于年度目标(8%): the aim's value in brackets, whatever the comparison
    r"|" + _BRACKET_AIM_TEXT
)
# The metric a report gives before comparing it with its aim (…增加值增长7.2%,).
_RECORD_METRIC = re.compile(
    r"(?:^|(?<=[,，;；:：。\n]))(?:\d{1,2}[—\-–~至]\d{1,2}月[,，]?)?"
    r"(?P<metric>[\u4e00-\u9fff“”]{2,24}?)(?P<verb>同比增长|增长|完成|实现|达到|达)"
    r"\s?\d+(?:\.\d+)?\s?(?:%|[万亿]?元|家|个|亩)[,，]?\s*(?=[^,，;；。]*$)"
)
_BRACKET_AIM = re.compile(_BRACKET_AIM_TEXT)
_PART_OPEN = re.compile(r"^[\s,，、;；:：]*(?:其中)?[\s,，、:：]*")
# What is left of an aim's name when the clause names only the aim (全年目标为增长8%).
_AIM_DEBRIS = re.compile(
    r"占|全年|年度|今年|目标|任务|为|是|增长|下降|降低|[\d.]+|家|个|亿元|万元|%"
)
# The subject of a clause of record (1—9月,全县规上工业增加值同比增长6.2% / 工业投资完成52亿元).
_RECORD_SUBJECT = re.compile(
    r"\s*(?P<subj>[\u4e00-\u9fff“”]{2,24}?)\s*(?:同比|累计|完成|实现|达到|为|增长|下降|仅|\d)"
)
_SHARE_OF_AIM = re.compile(r"占(?:全年|年度)?目标(?:任务)?(?:值)?\s*$")
_GAP_TO_AIM = re.compile(rf"{_GAP_WORDS}|差距")
# The comparison opening a clause that names its aim after the value (高于全年9%的目标).
_GAP_AIM_HEAD = re.compile(rf"^\s*(?:{_GAP_WORDS})(?:全年|年度)?$")
# A value named the aim right after it (高于全年9%的目标0.3个百分点).
_AIM_NAMED_AFTER = re.compile(r"(?:以上|左右)?的(?:年度|全年)?(?:预期)?目标")
# A bracket counting what a total includes from before the plan (含“十四五”前认定的5家).
_EXISTING_INCLUDED = re.compile(r"\((?:含|包含|包括)[^()]*?(?:前|已|现有|原有)[^()]*$")
# A bracket of a project's particulars after its name (…项目(总投资57亿元,年产绿氢1万吨)).
_PROJECT_NOTE = re.compile(
    r"(?:项目|工程|基地)\((?:计划)?(?:总投资|投资额?|占地|用地|建筑面积|年产|设计产能|规划面积)[^()]*$"
)
# A count of indicators followed by how they stand against the schedule (8项达到或超过序时
# 进度, 3项滞后): record.
_PROGRESS_AFTER = re.compile(
    r"\s*(?:(?:达到|超过|快于|高于|低于|慢于|落后于?)(?:或(?:达到|超过|快于|高于|低于|慢于))?"
    r"(?:全年)?(?:序时|时序)进度|滞后(?=[,，;；。\n]|$)|未达(?:到)?(?:序时|时序)?进度)"
)
_AIM_AFTER = re.compile(r"[^,，;；。:：]{0,24}?的(?:年度|全年)?(?:目标|任务)")
# The progress made on an amount, written right after it (…项目30个,已开工27个 / …达到
# 12家,目前为10家): the amount is the aim the record is measured against.
_RECORD_AFTER = re.compile(
    r"(?:以上|左右)?[,，]\s*(?:已|目前(?:为|已)?|现已|累计已)"
    r"(?:完成|开工|投产|入库|建成|达到|签约|引进|新增|实现|为|有)?\s*\d"
)
# An assessment's grading quota (其中A类不超过参评企业数的20%,D类不低于5%).
_GRADE_QUOTA = re.compile(
    r"\s*(?:其中)?[,，]?[A-DＡ-Ｄ甲乙丙丁](?:类|级|档|等)(?:企业|园区|单位)?(?:数量|比例)?(?:原则上)?"
    r"(?:不超过|不低于|不少于|不高于|控制在|占比?(?:不超过|不低于))"
)
# The bracket defining a class (D类企业(亩均税收1万元/亩以下)).
_CLASS_DEFINED = re.compile(r"[A-DＡ-Ｄ甲乙丙丁](?:类|级|档)[\u4e00-\u9fff]{0,4}[（(][^)）]{0,20}$")
# The conditions a project must meet to get land or enter a park (控制性指标为:…,
# 准入标准:…): requirements of each project, not the plan's aims; they run to the 。.
_ENTRY_RULE = re.compile(
    r"(?:控制性指标|标准地”?(?:控制)?指标|准入(?:条件|标准|要求|门槛|指标)|入园(?:条件|标准|门槛|要求)"
    r"|(?:供地|出让)(?:条件|标准))"
    r"(?:原则上)?(?:为|是|如下|包括)?[:：]"
    # 严格执行入园门槛,新入园项目投资强度不低于350万元/亩: the threshold each must meet
    r"|(?:执行|落实|实行|严格|提高|设定|抬高)[\u4e00-\u9fff]{0,4}?"
    r"(?:入园|准入|供地|项目准入|用地准入)(?:门槛|标准|条件)[,，:：]"
    # 单个园区用地面积原则上不低于30亩: a standard, not an aim
    r"|原则上(?:应|须|要)?(?:不低于|不少于|不超过|不高于|不得低于|不得少于|控制在)"
    # 出让条件中明确投资强度不低于300万元/亩: the terms written into each sale
    r"|(?:出让|供地|准入|入园)(?:条件|合同|公告|协议)中?(?:明确|载明|约定|设定|规定)"
)
# What each entrant or parcel must meet, to the end of its ;-clause (入园企业须符合…,
# 亩均税收不低于15万元/亩·年 / 出让地块投资强度不低于280万元/亩 / 项目须满足…).
_ENTRY_SUBJECT = re.compile(
    r"(?:新)?(?:入园|入驻|进园|准入|出让|供地)(?:的)?(?:企业|项目|地块|宗地)(?:均|一律)?(?:须|应|需|必须)"
    r"|(?:项目|地块|宗地|企业|厂房)(?:均|一律)?(?:须|必须|应当?|需)(?:满足|符合)"
    r"|(?:新)?(?:出让|供应)(?:的)?(?:工业)?(?:地块|宗地)[\u4e00-\u9fff]{2,10}?"
    r"(?:不低于|不少于|不高于|不超过|不得低于|不得高于)"
)
# Words one of which every match of _MID_REPORT, _ENTRY_RULE or _ENTRY_SUBJECT
# holds: a sentence without any skips those patterns for all its candidates.
_MID_REPORT_WORDS = re.compile(
    r"截至|截止|目前|据统计|了解到|获悉|已|过去|去年|近[两三四五]年|年来|以来|多来|现有"
)
_ENTRY_WORDS = re.compile(r"控制性指标|标准地|准入|入园|入驻|进园|供地|出让|供应|原则上|满足|符合")
# A land price or rent (出让起始价不低于每亩18万元, 每亩不低于19.2万元): a rule.
_LAND_PRICE = re.compile(r"出让(?:起始)?价|起始价|地价|出让价格|租金|租赁价格")
# A grant to each of those a condition picks out (…,在用地指标分配中各增加50亩).
_GRANT_EACH = re.compile(r"各(?:增加|奖励|给予|追加|安排|倾斜)|分别(?:奖励|给予|追加)")
_CONDITION_BEFORE = re.compile(r"对[^,，;；。]{1,30}的[\u4e00-\u9fff]{1,10}[,，]\s*$")
# The attendance of a meeting (大会应到代表558名,实到523名) is never a target.
# A heading's tally of its items: 一、主要预期目标(11项), (共8项).
# A clause naming whom a policy applies to (对年产值首次突破10亿元、50亿元的企业,…).
_CONDITION_CLAUSE = re.compile(
    # (…按期完成.对…: a full stop written half-width ends the clause before)
    r"(?:[^,，;；。]*?(?<=[\u4e00-\u9fff])\.)?"
    # (1.对… / 三是对…: an item's marker before it)
    r"\s*(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}是)?\s*对(?!标|接|外|比|照|于)"
    r"[^,，;；。]*?\d[^,，;；。]*"
    # (对用地3亩以上的工业企业实现评价全覆盖: what is done for them, an aim)
    r"的(?![^,，;；。]{0,10}?(?:实现|全覆盖))[\u4e00-\u9fff“”()（）、]{1,12}"
    r"(?:(?:给予|予以)[^,，;；。]{1,20})?"
)
# The same condition with a bracketed part inside it (对投资额不低于5000万元(其中设备投资额
# 不低于2000万元)的项目,按…补助): the bracket opens no clause of its own here.
_CONDITION_SPAN = re.compile(
    r"(?:^|(?<=[,，;；。:：\s]))(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）])?对(?!标|接|外|比|照|于)"
    r"[^,，;；。()（）]*?\d[^,，;；。()（）]*[(（][^()（）,，;；。]*[)）]"
    r"[^,，;；。()（）]{0,10}?的[\u4e00-\u9fff“”]{1,12}(?=[,，])"
)
# A routine of monitoring (每月调度重点企业200家, 每月走访不少于1次): no target.
# Each period of a routine (每月, 每季度, 每半年 …).
_EACH_PERIOD = r"每(?:月|季度?|周|旬|半年|年)"
_ROUTINE_CLAUSE = re.compile(
    rf"[^,，;；。]{{0,12}}?{_EACH_PERIOD}(?:至少)?"
    r"(?:调度|走访|通报|监测|报送|召开|督查|检查|会商|研判|联系|调研|点评)"
)
_TALLY_END = re.compile(r"[)）][ \t]*(?:\n|$)")
# The size of a roster (全区共列入重点工业项目56个, 纳入年度计划的项目120个): a list, no aim.
_ROSTER_TALLY = re.compile(
    r"(?:共|全年共?|本年度)(?:列入|纳入)[^,，;；。\d]{0,16}?$"
    r"|(?:考核|评价)?(?:指标|任务|事项|内容)(?:共|共计|合计)$"  # 考核指标共6项: the list's size
    # 全区列入年度计划的重点工业项目共32个: how many a list already holds
    r"|(?:列入|纳入)[^,，;；。\d]{1,16}?的[^,，;；。\d]{1,12}?(?:共|共计|合计|总计)$"
)
# Teams and offices set up to do the work (组建12支产业链招商小分队): organisation, not outcome.
_SETUP_WORDS = re.compile(r"组建|设立|成立")
_TEAM_SETUP = re.compile(
    r"[^,，;；。]*?(?:组建|设立|成立)[^,，;；。\d]{0,20}?\d+(?:[—–-]\d+)?(?:支|个)"
    r"[^,，;；。]{0,14}?(?:小分队|专班|工作组|驻点|联络处|办事处|招商组|服务队|工作队)"
)
# A threshold inside a rule's frame (以…低于10万元/亩的地块为重点 / 将…低于3万元/亩的企业用地
# 认定为低效用地 / 出让前须按…不低于300万元/亩的控制性指标设置出让条件).
_RULE_FRAME = re.compile(
    r"\s*(?:[\u4e00-\u9fff]{0,4}?(?:须|要|应|均))?(?:以|将|按|凡|把)[^,，;；。]*?"
    r"(?:低于|高于|不低于|不高于|不足|超过|以上|以下)[^;；。]*?的[^,，;；。]{0,16}?"
    r"(?:为重点|为主|为对象|认定为|列为|纳入|设置|作为|确定为)"
)
# Who a reward goes to (前3名给予集体嘉奖 / 排名前3名的乡镇,分别给予30万元): a condition.
_REWARD_AFTER = re.compile(r"(?:的[^,，;；。\d]{1,16}?)?[,，]?(?:分别)?(?:给予|予以|奖励|通报表扬)")
# Words of a subsidy or reward (funding rules and subsidy rates share them).
_SUBSIDY_WORDS = "奖励|补助|补贴|奖补|给予|贴息"
# An assessment's scoring rule (权重20%, 得基本分的80%, 优秀等次不超过3家): no target.
# The share of the year's goal done by a quarter (一季度完成全年目标任务的25%).
_SHARE_OF_GOAL = re.compile(r"完成(?P<goal>全年|年度)(?:目标)?(?:任务)?的?$")
# The goal a value names (突破100万辆(的)目标, 达到62%的目标任务).
_GOAL_NOUN_AFTER = re.compile(
    r"(?:以上|左右)?的?(?:总|发展|奋斗|年度)?目标(?:任务)?(?![企库客群值])"
    # 确保全年新建小微企业园5个的任务按期完成: the task the count names
    r"|(?:以上|左右)?的(?:年度|全年)?任务(?=[,，;；。]|(?:按期|如期|全面|顺利)?(?:完成|落实|落地))"
)
# The size of a fund just named (…引导基金,规模10亿元 / 首期规模不少于5亿元).
_FUND_SIZE = re.compile(r"(?:总|首期|基金)?规模(?:为|达到|达|不少于|不低于|超过)?")
# 每年有N家企业…上市: a count introduced by 有, then what befalls the things counted.
_HAVE_BEFORE = re.compile(r"(?:^|[,，;；]|每年|年均|全[省市县区]|力争|争取|确保|累计|共)有$")
_HAVE_EVENT = re.compile(
    r"[\u4e00-\u9fff“”]{1,12}?(?:[在于通过][^,，;；。]{0,16}?)?"
    r"(?:成功上市|上市|挂牌|过会|进入上市辅导|入选|获评|获批|被认定|认定为|升级为|成为|列入|纳入)"
    r"[\u4e00-\u9fff“”]{0,20}?(?=[,，;；。、)）]|$)"
)
# A fund's size in a plan that sets funds up: the fund named before its size
# (母基金首期规模20亿元, 设立制造业母基金50亿元) or after it (设立总规模50亿元的…母基金).
_FUND_NAMED = re.compile(
    r"(?:设立|组建|发起设立|新设|成立)?(?P<name>[\u4e00-\u9fff“”]{0,16}?(?:母基金|子基金|基金群|基金))"
    r"(?:首期|总|管理|实缴|认缴)?(?:规模)?(?:为|达到|达|不低于|不少于|超过|突破)?$"
)
_FUND_SET_UP = re.compile(
    r"(?:设立|组建|发起设立|新设|成立)(?:一支|一只)?(?:首期|总)?规模(?:为|不低于|不少于|超过|达到)?$"
)
_FUND_NOUN_AFTER = re.compile(
    r"(?:以上)?的(?P<name>[\u4e00-\u9fff“”]{1,24}?(?:母基金|子基金|基金群|基金))"
)
# What makes money in a fund's clause a rule, not its size: a contribution, a cap, an award.
_FUND_RULE = re.compile(
    rf"{_SUBSIDY_WORDS}|出资|最高|比例|一次性|按每|按照每|安排|预算|管理费|收益|让利"
)
# The share or rate a funding rule fixes (出资比例, 贴息比例, 担保费率): no aim.
_RATE_RULE = re.compile(
    r"(?:出资|贴息|补助|补贴|奖补|奖励|资助|分担|代偿|风险补偿)(?:比例|比率)"
    r"|担保费率|(?:首期|认缴)?出资(?:额)?占比"
)
_LOWER_TO = re.compile(r"(?:下降|降低|压降|降|压减|减)(?:至|到)$")
# The funds' scale as the plan's aim (基金群总规模达到200亿元), not a fund set up as a means.
_FUND_AIM = re.compile(
    r"基金(?:群|集群|体系|矩阵)?(?:总|管理|实缴|认缴)?规模(?:力争|确保)?(?:达到|达|突破|超过|扩大到|增至)$"
)
_FUND_BEFORE = re.compile(r"(?:基金|资金池|专项资金)[,，、]?$")
# Another threshold of the same noun after this one (5亿元以上、10亿元以上项目).
_THRESHOLD_SIBLING = re.compile(
    r"、 ?(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千]+)? ?(?:万亿|千亿|百亿|亿|千万|百万|万)?元以上"
    r"[\u4e00-\u9fff“”]{0,10}?(?:项目|企业|工厂|集群|产业)"
)
# The verb opening a list of new things (签约亿元以上、10亿元以上项目…).
_NEW_VERB_LEAD = re.compile(r"(?:新签约|签约|引进|招引|新开工|开工|竣工|投产|新增|实施|新建)")
# A list item with a verb of a stock of its own (、…总数达到40家): not the list's verb.
_OWN_STOCK_VERB = re.compile(r"达到|达|总数|累计|保持|稳定|数量|提高|提升|增加到")
_SCORING_CLAUSE = re.compile(r"权重|基本分|得分|加分|扣分|分值|等次|优秀(?:等级)?(?:比例|名额|率)")
# A working routine counted in times per period (每季度开展1次推介, 每人每年带队招商4次).
_ROUTINE_TIMES = re.compile(rf"每人|{_EACH_PERIOD}")
# A subsidy or price rule stated as a rate or an amount per unit (补贴50%, 补助比例提高至12%,
# 每千瓦时加价0.1元, 每完成1家诊断给予…补贴).
_RULE_CLAUSE = re.compile(rf"{_SUBSIDY_WORDS}|加价|减免")
_ATTENDANCE = re.compile(r"(?:应到|实到|应出席|实出席)(?:会)?(?:代表|委员|人员|人数)?$")
# A standing reached (居全省第3位): a report, unless the sentence looks forward
# (到2027年,…居全国第2位 is a rank to reach).
_STANDING = re.compile(r"(?:居|位居|位列)(?:全国|全省|全市|全区|[\u4e00-\u9fff]{2}省)第")
# A sentence written as a report: a value 为/完成/实现 … followed by its 同比 change,
# a task done ahead of time, a standing reached (增幅居全市第三).
_REPORT_SENTENCE = re.compile(
    r"(?:为|完成|实现)[^,，;；。]{0,12}?\d[^;；。]*?[,，]\s*(?:同比|比上年|较上年)(?:增长|下降)"
    rf"|增幅(?:居|位居|排名|列)|{_STANDING.pattern}"
)
# What keeps a value + 同比 sentence a report, and what makes it a plan's target.
_REPORT_PAST = re.compile(
    r"\d{1,2} ?[-—–~至] ?\d{1,2}月|上半年|前三季度|去年|已|增幅(?:居|位居|排名|列)"
)

# A clause that leads into a sentence's aims (围绕陶瓷、烟花爆竹两大传统优势产业,): no
# number, no year, no stop.
_LEAD_IN_CLAUSE = re.compile(
    r"(?:围绕|聚焦|立足|坚持|紧扣|依托|按照|通过)[^,，。;；\d]{2,60}[,，]\s*"
)
_PLAN_PERIOD_WILL = re.compile(r"[,，]?[^,，。;；]{0,12}?(?:将|要|力争|确保)")
_FORWARD_OPEN = re.compile(
    # (在此基础上,到2026年,…: the plan builds on the record just given)
    r"\s*(?:(?:在(?:此|这个|这一|现有)基础上|以此为基础)[,，]?\s*)?"
    r"(?:下一步|今后|(?:到|至)\s?20\d\d年|力争|确保|计划"
    # 经过三年努力,… / 通过三年的努力,… / 再用三年时间,…: the plan's span ahead
    r"|(?:经过|通过|再用|用)[一两二三四五]年(?:的)?(?:努力|时间)"
    # 对照年初下达的目标,…: the aims set against the record
    r"|对照[^。,，;；]{0,16}?(?:目标|任务)(?:任务)?[,，]"
    # 全市质量工作的主要目标是:… : a goal list opens
    r"|[^。,，;；:：]{0,16}?目标(?:任务)?(?:是|为)?[:：]"
    # 分年度推进:2026年,…: the years of the plan, one by one
    r"|(?:分年度|分年|分步|逐年)(?:推进|实施|安排|目标(?:为|是)?)?[:：,，]\s*(?=20\d\d年)"
    r"|(?P<y>20\d\d)年(?:,|，|全年|力争|确保|要|将|计划|目标|全市|全省|全区|全县|是))"
)
# Words that make a sentence look forward (a commitment or a plan), shared by the
# report, 提前…完成 and 将-forecast checks below.
_FORWARD_WORDS = "力争|争取|确保|计划"
_REPORT_TARGET = re.compile(rf"以上|左右|{_FORWARD_WORDS}")
_PLAN_LEAD = re.compile(
    r"》(?:明确|提出|要求)|(?:方案|规划|计划|意见)(?:明确|提出)|目标(?:任务)?(?:是|为)"
    r"|预期目标|主要目标|下一步"
)
# 《规划》提出,到2025年…: a plan's target quoted by a report on it (中期评估, 新闻, 答复);
# a sentence opening so states the target even in a record section.
_QUOTED_GOAL = re.compile(
    r"\s*(?:[(（][一二三四五六七八九十\d]+[)）])?[^,，;；。:：]{0,6}?"
    r"(?:《[^》\n]{1,40}》|(?:该|本|这一)?(?:规划|方案|计划|意见))(?:中|里)?"
    r"(?:(?:提出|明确|确定|要求|设定|提到)(?:了)?(?!的)|(?:的)?(?:主要|发展|总体|预期)?目标(?:任务)?(?:为|是))"
)
# 提前…完成: a report of a task done ahead of time, unless the sentence looks forward
# (力争/确保/计划/目标, 到20XX年); then only its own clause is skipped.
_AHEAD = re.compile(r"提前[^,，;；。]{0,6}完成")
_FORWARD = re.compile(rf"{_FORWARD_WORDS}|目标(?:任务)?(?:为|是)?[:：]|到20\d\d年")
# 将 + outcome verb (累计培育…企业将达到213家): an announced or pending result, a
# forecast like 预计, unless the sentence looks forward (到20XX年, 力争/确保/计划).
# 预计 opening a clause (预计到2025年,…): what follows in the sentence is a forecast.
_FORECAST_OPEN = re.compile(r"(?:^|(?<=[,，;；。:：\s—●•▲◆-]))预计")
_WILL_REACH = re.compile(r"将(?:会|要|有望|可)?(?:达到|达|突破|超过|超|迈上|跨上|增至|增加到)$")
_FORWARD_WILL = re.compile(
    rf"{_FORWARD_WORDS}|目标|预期|要求|努力|(?:到|至|于|在)\s?20\d\d\s?年|20\d\d年(?:底|末)?前"
)
# The year an annual text plans (部署安排2024年工作) and a year it reviews (总结回顾2023年).
# A heading of a plan's goals on its own line (一、工作目标 / (一)主要目标).
_GOALS_HEADING = re.compile(
    r"(?:^|\n)[ \t]*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])?[ \t]*"
    r"(?:工作目标|主要目标|发展目标|目标任务|总体目标|预期目标)[ \t]*(?=\n)"
)
_PLAN_YEAR = re.compile(r"(?:部署|安排|谋划)[\u4e00-\u9fff]{0,4}?(20\d\d)年")
_REVIEW_BEFORE = re.compile(r"(?:总结|回顾)[\u4e00-\u9fff]{0,4}$")
# A year written as a milestone (2025年达到20家、2026年达到26家): a deadline, not the
# year a news report is written in.
_MILESTONE_AFTER = re.compile(
    r"(?:底|末)?(?:前)?(?:达到|达|突破|超过|超|实现|完成|力争|争取|确保|新增|建成|培育)"
)
# 年内 / 今年 / 本年度: within the year the document is written in.
_WITHIN_YEAR = re.compile(r"(?<![一二两三四五六七八九十几\d])年内|今年|本年度?(?!度)|当年")
# 全年 / 下半年 / 四季度: the year written in, unless a section names the year it plans.
_YEARS_PART = re.compile(r"全年|下半年|[三四]季度")
_THIS_YEAR = re.compile(r"今年|全年|年度|年内|年底|年末|[一二三四]季度|[上下]半年")
# A year that is a baseline (在2022年的基础上, 比2020年, 较2020年), never a deadline.
_BASELINE_YEAR = re.compile(r"(?:比|较|同|相比|与|对比)$")
_FROM_YEAR_VALUE = re.compile(r"(?:底|末)?的?(?:[\u4e00-\u9fff]{0,8}?)\s?\d")
_BASELINE_AFTER = re.compile(
    r"(?:底|末)?(?:的)?(?:[\u4e00-\u9fff]{1,6}?的)?基础上|(?:底|末)?(?:的)?(?:水平|相比|为基数|为基期)"
    r"|(?:不变|可比)?价(?:格)?(?:计算)?"  # (按2005年价格计算): prices of a base year
    r"|(?:起|开始)(?![草步飞])"  # (2025年起,每年新增…: where a recurrence starts)
    r"|(?:底|末)?的 ?(?=\d+(?:\.\d+)?倍)"  # (达到2024年的1.5倍: the base of a multiple)
)
# A heading or lead that names a year's targets (2024年工作计划, 2022年目标任务是:).
_GOAL_YEAR = re.compile(
    r"(?<!\d)(20\d\d) ?年(?! ?\d{1,2} ?月)(?:度)?[^。;；\n]{0,24}?"
    r"(?:工作计划|目标任务|工作要点|主要目标|发展目标|预期目标|工作目标|目标|任务|工作思路|发展思路|计划"
    r"|工作打算|工作安排)"
)
# A quoted goal named with a year (到2022年,…实现“五强”发展目标) and its later
# definition (“五强”目标具体为:…), which inherits that year.
_NAMED_GOAL = re.compile(r"“(?P<name>[^“”\n]{1,12})”(?:发展|建设|工作|奋斗)?(?:目标|任务)")
_NAMED_GOAL_DEF = re.compile(
    r"“(?P<name>[^“”\n]{1,12})”(?:发展|建设|工作|奋斗)?(?:目标|任务)"
    r"(?:具体|主要)?(?:为|是|包括|即)[:：,，]?"
)
# A heading that reports the past: its section holds no targets.
_HISTORY_HEAD = re.compile(
    r"完成情况|运行情况|执行情况|进展情况|开展情况|今年以来|去年以来|年初以来|截至|截止|工作回顾"
    # 一、2023年工作总结 / 主要成效 / 发展基础 as the whole heading (not 夯实产业发展基础)
    # (一、上半年主要工作成效: a stretch of the year done)
    r"|^(?:20\d\d年(?:度)?)?(?:上半年|前三季度|第?[一二三]季度|全年|今年|去年)?"
    r"(?:全[市县区省])?(?:工业经济|工业|制造业|产业)?(?:发展)?"
    r"(?:工作总结|(?:工作|主要|取得的?)(?:主要)?(?:工作)?成效|发展(?:现状|基础)|现状|基本情况)$"
    r"|\d{1,2} ?[-—–~至] ?\d{1,2}月"
    # 二、存在的主要问题 / 困难和问题: the present state's shortfalls
    r"|^(?:(?:当前|目前)?存在的?(?:主要)?(?:问题|不足|困难)(?:和|与|及)?(?:不足|挑战|困难)?"
    r"|(?:主要)?(?:困难|问题)(?:和|与|及)(?:问题|不足|挑战))$"
)
# A heading that opens the plan part again.
_GOAL_HEAD = re.compile(
    r"目标|计划|思路|任务|要点|举措|措施|重点工作|下步|下一步|打算|工作安排"
    # 三、12月份工作要求 in a report: what the coming weeks must bring
    r"|(?:\d{1,2}月份?|[一二三四]季度|下半年|下阶段)(?:重点)?工作要求"
)
# The title of a report (运行情况的通报, 运行分析会, 工作总结 without a plan part).
_REPORT_TITLE = re.compile(
    r"(?:运行|完成|进展|执行)情况(?:的)?(?:通报|报告|分析)|运行分析报告$|工作总结$"
    r"|工作总结(?:及|和|暨)[^\n]{0,12}(?:工作)?(?:打算|计划|安排|思路)$"
    # (关于2026年度…目标责任制考核结果的通报: how each place did)
    r"|考核结果(?:的)?通报$"
)
# Composite subjects with no measure of their own (质量效益达到国内先进水平).
_COMPOSITE = re.compile(
    r"(?:质量效益|综合实力|发展水平|整体水平|竞争力|综合效益|能级|实力|水平)$"
    # 其他主要经济指标不低于全市平均水平: no one indicator
    r"|^(?:其他|其它)?主要(?:经济)?指[标標]|^(?:其他|其它)(?:经济)?指[标標]"
)
# Amount words that make a bare 亿 money (规模/营收/产值 … 突破千亿).
_AMOUNT_WORD = re.compile(
    r"规模|营收|营业收入|收入|产值|总量|增加值|生产总值|GDP|投资|税收|利税|利润|销售|交易额|成交额|贸易额|出口额|总额"
    r"|品牌价值"
)
# A project's descriptors (总投资3.7亿元, 占地120亩) and its expected result once built
# (建成后年产值10亿元): data of the project, not a commitment of the plan. An outcome
# verb before them (完成征地500亩) keeps a task.
_DESCRIPTOR = re.compile(
    r"(?<!完成)(?<!实现)(?<!落实)(?<!争取)(?<!新增)(?<!新建)(?<!建成)(?:计划)?"
    r"(?:总投资|投资总额|总金额|签约金额|合同金额|协议金额|总建筑面积|建筑面积|占地面积|占地"
    r"|用地面积|征地|规划面积)(?:约|达|为|近|超|共|不低于|不少于|超过|达到|在)?$"
    # 项目总投资120亿元、用地600亩: the land a project takes, listed with its cost
    r"|(?:^|[、,，])(?:项目)?(?:用地|供地)(?:约|为|共)?$"
    # (…12个连片改造项目,…涉及用地1280亩: the land the projects take)
    r"|(?:^|[、,，])(?:共)?涉及(?:用地|土地|地块)(?:面积)?(?:约|为|共|近)?$"
    # (a project's 计划投资3亿元; a year's programme, 年度计划投资1135亿元, is a target)
    r"|(?:(?:计划|拟|预计)投入|(?<!年度)(?<!全年)(?<!当年)(?:计划|拟|预计)投资|^投入)"
    r"(?:资金)?(?:约|为|共)?$"
    # (建成后可形成年产15万辆整车产能、年产值300亿元: the project's output listed)
    r"|(?:建成|投产|达产|达效|竣工)(?:后|以后)(?:[\u4e00-\u9fff]{0,10}|可?形成[^,，;；。]{0,30})$"
)
_OUTCOME_OPEN = re.compile(
    r"(?:20\d\d年(?:底前|底|末)?)?(?:全年|年内|年底前)?(?:完成|实现|落实)(?!后)(?![^的]*的)"
)
# A project's dimensions (面积约2000亩, 全长3.5公里, 土方量约300万立方米) and its cost
# items (补偿费15000万元, 基本预备费1785万元), stated without an outcome verb or a year.
_DIMENSION = re.compile(
    r"(?:面积|土方量|全长|总长|长度|宽度|高度|(?<![增成延])长|宽)(?:约|为|共)?$"
)
_COST = re.compile(r"(?:费|费用)(?:约|为|共)?$")
_YEAR_IN = re.compile(r"(?:19|20)\d\d年|年底|年内|今年|明年|每年")
_FUNDING = re.compile(
    rf"{_SUBSIDY_WORDS}|资助|扶持资金|专项资金|最高|一次性|按每|按照每"
    r"|财政预算|安排[\u4e00-\u9fff]{0,10}?资金|(?<!企业)基金|风险准备金|资金池|引导资金"
    r"|(?:统筹|每年|年度)安排(?:不少于|不低于|至少|超过)? ?\d"  # 每年安排不少于5000万元
    r"|发展资金(?:规模)?"
    r"|(?:财政|政府|国资|国企)[\u4e00-\u9fff]{0,4}?出资"  # 其中市级财政出资20亿元
)
# A list of thresholds that qualify a noun (…2000万元以上、研发投入占比3%以上的工业企业,
# …10亿元以上、在产业链中具有核心地位的企业).
_THRESHOLD_LIST = re.compile(
    r"、(?:(?!达到|达|突破|超过|提高|增长|新增|培育|力争|确保|其中)[^,，;；。\n、]){1,30}?的"
    r"(?:[\u4e00-\u9fff]{0,8})(?:企业|项目|单位|产品|园区|主体)"
)
# Who an award is counted per (单个企业不超过100万元, 每家最高50万元).
_PER_RECIPIENT = re.compile(r"(?:单个|单家|单项|每个|每家|每项|每户|同一)")
_LEAD_STRIP_TEXT = (
    r"[\s,，、;；:：.。—\-·•●]|“?\d+”?即|“\d+”是|(?:到|在|于)?\d{4}年(?:底|末)?(?:前)?|年(?:底|末)前|力争|争取|确保|努力|"
    r"必须|务必|基本实现|实现|并|同时|此外|以及|另外|全年|在此基础上"
    r"|(?:各[\u4e00-\u9fff]{1,8}?(?:要|将)?)?(?:围绕|对照|瞄准|锚定|紧扣|紧盯)(?=[\u4e00-\u9fff“])"
    # (各县市区要围绕…达到62%的目标: who works to the aim, then the aim)
    # the opening of an official's words (“今年要确保… / “我们将力争…)
    r"|“(?=今年|明年|我们|我市|我区|我县|要|将)|(?:今年|明年|下一步|下半年)(?:要|将|还将)"
    r"|(?:我们|我市|我区|我县)(?:要|将|还将)|(?:要|将|还将)(?=确保|力争|争取|每年)"
    r"|计划(?=每年|到|在|于|新增|实现|完成|推进|建成|用)"
)
_INNER_COMMIT = re.compile(r"(?<=[\u4e00-\u9fff”])(?:力争|争取|确保)(?=[\u4e00-\u9fff])")
_LEAD_STRIP = re.compile(rf"(?:{_LEAD_STRIP_TEXT})+")
# 三年内 / 今年 / 年内 before the verb: when, not what (三年内招引…项目十个)
_OPEN_TIME = (
    r"(?:每年|年均|[两二三四五六七八九十]年(?:内|间)?|今年|明年|年内|累计|共"
    r"|第?[一二三四]季度|[上下]半年)[,，]?"
)
# The plan's own indicators or goals, counted (新增两项指标 / 设置11项考核指标).
_PLAN_INDICATORS = re.compile(
    r"(?:主要|约束性|预期性|考核|监测|评价|发展)?(?:指标|目标)(?![\u4e00-\u9fff])"
)
# A list marker opening the item (二、 / (二) / 2.).
_LIST_MARK = (
    r"(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、"
    r"|\d{1,2}[.、．](?!\d))"
)
_VERB_OPENS = re.compile(
    rf"{_LIST_MARK}?(?:{_LEAD_STRIP_TEXT})*(?:{_OPEN_TIME})*(?:滚动|持续|新|再|另|累计)?(?:{_OUTCOME_VERBS})"
)
# N大 counts only after a verb that forms the things (打造形成5大…集群).
_FORM_OPENS = re.compile(
    rf"{_LIST_MARK}?(?:{_LEAD_STRIP_TEXT})*(?:{_OPEN_TIME})*"
    r"(?:打造形成|培育形成|打造|形成|培育|培植|建成|构建|壮大|做大做强|做强)"
)
# Run-on text: a verb phrase that opens a clause of its own (…20家以上并推动…).
_CLAUSE_OPENER = re.compile(
    r"(?:并且|并(?![购联行网表列存])|同时|进一步|深入|加快|加速|推动|推进|大力|积极|着力|努力|力争|确保|鼓励|引导)"
    r"(?=[\u4e00-\u9fff]{2})"
)
_MAX_NOUN_PHRASE = 40
_RUNON_VERB = re.compile(
    r"(?:加快|加速|大力|积极|全面|深入|着力|持续|不断|进一步)(?:推进|推动|提升|提高|实施|加强|强化|促进|优化|完善|构建|深化)"
    r"|推进|推动|提升|加强|强化|促进|深化"
)
_SCOPE_SUBJECT = re.compile(r"全市|全区|全县|全省|全镇|全州|我市|我区|我县")
_OBJECT_END = re.compile(
    r"(?:水平|能力|转型升级|质量|效益|作用|优势|环境|短板|竞争力)(?:建设|提升|提高|提档)?"
)
# N大 + a programme noun (工程, 行动, 专项 …) names the plan's structure, never a count.
_PROGRAMME_NOUN = re.compile(r"工程|行动|专项|任务|举措|战略(?!性)|计划|工作|攻坚战")
# 实施N项/N个 + 重大工程/行动/专项: the plan's programmes, named by their number.
_PROGRAMME_NAME = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:工程|行动|专项)")
# N大 + a field + M个: the count is M个 (五大领域15个精深加工产业链).
_TIER_COUNT = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:\d+|[一二两三四五六七八九十]+)(?:个|家|条|项)")
# A count list whose noun phrase ends in a register (…目标培育库, 名单, 清单): qualifiers.
# (进入/入选/列入…名单 is an outcome: the counted things enter it.)
_QUALIFIES_LIST = re.compile(
    r"(?:(?!进入|入选|列入|纳入|入围|跻身|入库)[^,，;；。])*(?:库|名单|清单|目录|梯队)[”\"。;；!?！？\s]*$"
)
# What a named list of counted things comes to (…4条高速公路建成通车).
_APPOS_PRED = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:提前|全面|顺利|如期)?(?:建成|竣工|投产|通车)")
_NP_AFTER = re.compile(r"[^,，、;；。:：)）\n!?！？和及与]{0,16}")
# 年均8%左右增长 / 以年均10%以上的速度增长: the rate stands before its verb.
_GROWTH_AFTER = re.compile(
    r"(?:的?速度|的?速率|的增幅|的增速|的)?(?:稳步|稳定|持续|快速|较快|平稳)?(?:增长|的增长)"
)
# The base period a change is measured from, after 比/较 (2020年, 2020年底, 上年, 基期).
_BASE_PERIOD = r"(?:(?:19|20)\d\d年(?:底|末)?|上年|去年|上一年|基期)"
# A rate that names no metric (年均增长 / 5年平均递增 / 比2005年增长): the metric before it.
_GROWTH_ONLY = re.compile(
    rf"(?:(?:比|较){_BASE_PERIOD}|(?:\d|[二三四五六七八九十两])年)?"
    r"(?:年均|平均|年平均|每年|同比)?(?:增长|增速|增幅|递增)(?:率)?"
)
_GROWTH_ONLY_TAIL = re.compile(rf"(?:{_GROWTH_ONLY.pattern})$")
# A change that names no metric (…比重上升到52%,年均提升1.3个百分点): the metric before it.
_CHANGE_ONLY = re.compile(
    rf"(?:(?:比|较){_BASE_PERIOD})?(?:年均|每年|平均每年)?(?:提升|提高|增加|上升|下降|降低|减少)"
)
_IND_LEAD = re.compile(
    r"^(?:其中|每年|再(?=[\u4e00-\u9fff]{2})|(?:通过|用|经过|未来)?[二三四五六七八九十两]年(?:内|间|时间|来)?(?![度级底末])|累计|新增|净增|新上(?!规)|新建|新培育|新认定|培育形成|打造形成|培育|培植|实施|"
    r"组织实施|组织开展|建成并落地|建成(?!区)|建设|打造|招引落地|招引|引进|推进|推动|开展|谋划|认定|推广|"
    r"举办|攻克|突破|完成|争创|创建|搭建|整治提升|动态培育|累计培育|累计创建|主持(?![或和])|实现|覆盖|应用|滚动实施"
    r"|形成(?=[\u4e00-\u9fff]{0,10}能力))+"
)
_IND_TAIL = re.compile(
    r"(?:累计达到|累计|达到|到达|达|提高到|提高至|提升到|提升至|保持在|稳定在|控制在|不低于|不少于|至少|"
    r"上升到|上升至|回升到|回升至|增加到|增加至|增长到|增长至|发展到|下降到|下降至|降低到|降低至|减少到|减少至|"
    r"压减到|压减至|压缩到|压缩至|缩短到|缩短至|降至|降到|控制目标为|同比|"
    rf"超过|突破|超|(?<![通经不])过|(?<![{_NOT_ABOUT_CHARS}])约|逾|(?<![最接临将])近|冲刺|{_KEEP}|{_REACH}|"
    # 达到2024年的1.5倍: the base year of a multiple
    r"(?:是|为)?(?:19|20)\d\d年(?:底|末)?的|"
    r"(?:全年|年度|今年)(?:目标(?:值|任务)?)?|(?<=[\u4e00-\u9fff])目标(?:值)?|新增|净增|"
    # 增加值增速一季度不低于8%: the stretch of the year is the deadline, not the name
    r"(?:前|第)?[一二三四]季度末?|[上下]半年|(?:1|一)[-—–~至](?:[2-9]|1[0-2])月(?:份)?|年底前?|"
    r"实现|为|完成|下降|降低|减少|要|(?<!年)均|(?<=[\u4e00-\u9fff])[两二三四五]年(?:内|间)?|迈上|跨上|站上|跃上|(?<=[值入额])上|保持年均|实现年均|以年均|保持|稳居|位居|跻身|继续|力争|争取|确保|排名力争进入全国|进入全国|进入)+$"
)
_IND_DEBRIS_HEAD = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．](?!\d)"
    r"|第[一二三四五六七八九十]+[,，、]?"
    r"|目标(?:任务)?(?:是|为)?(?:到\d{4}年(?:底|末)?)?|了|(?:19|20)\d\d年(?:度|底|末)?(?!\d)"
    r"|分年度(?:为|是)?"
    # 新增规上企业50家(含小升规30家): the bracket's opening word
    r"|[(（](?:含|包含|包括|其中)[:：]?"
    # 10月底前 / 上半年 / 三季度: a time within the year, no part of the indicator
    rf"|{_MONTH_NUM}月份?(?:\d{{1,2}}日)?(?:底|末|[上中下]旬)?"
    r"(?:前|以前|之前)?|[上下]半年|[一二三四]季度(?:末|底)?(?:前)?"
    # 把经开区打造成为…: what the place becomes, no part of the indicator
    r"|把[\u4e00-\u9fff]{1,12}?(?:打造|建设|发展)成为?)+"
    r"(?:对(?=[\u4e00-\u9fff]{2}))?"
)
_KEEP_REACH_END = re.compile(rf"(?:冲刺|{_KEEP}|{_REACH})$")
# A count of doublings (实现2个倍增, 两个翻番) tallies targets stated beside it.
_DOUBLINGS_TALLY = re.compile(r"”?“?(?:倍增|翻番|翻一番|翻两番)”?(?:目标)?(?=[,，;；。\n]|$)")
_COUNT_BEFORE_DOUBLING = re.compile(r"[\d一二两三四五六七八九十]+ ?个“?$")
# The baseline of a doubling after its metrics (…分别较2020年 / …比2020年 / …均较上年).
_DOUBLE_BASE_TAIL = re.compile(
    rf"(?:分别|均)?(?:(?:较|比){_BASE_PERIOD}?|在{_BASE_PERIOD}(?:[\u4e00-\u9fff]{{0,6}}?的)?基础上)"
    r"(?:(?:基础上)?(?:实现|再)?)$"
)
_BASELINE_TAIL = re.compile(r"(?<=[\u4e00-\u9fff])由[^由,，;；]{0,16}\d[^由,，;；]{0,8}$")
# A scope opening a subject (全省规上工业…, 到2027年全市…, 我县承担…), not an object
# (占全市比重, 不低于全省平均水平), a rank's scope (全省排名) or a name (全国重点实验室).
# The words are found first; what stands before them is checked after (faster than a
# lookbehind tried at every character).
_SCOPE_WORD = re.compile(
    r"(?:全国|全省|全市|全[县縣]|全[区區]|全旗|我省|我市|我[县縣]|我[区區]|我旗|本省|本市"
    r"|本[县縣]|本[区區])(?!排名|排位|第|前|首|重点|示范|百强|领先|一流)"
)
_SCOPE_OPENS_AFTER = (*",，;；:：。(（ \t\n年底末", "提出", "明确", "力争", "确保", "争取", "要求")


_IND_DEBRIS_TAIL = re.compile(r"(?<=[\u4e00-\u9fff])(?:将|在)$")
# Tails an indicator phrase may carry that are no part of its name; tried only when the
# phrase ends with their last characters (a `$`-anchored search scans the whole phrase).
_IND_GOAL_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})目标值?$")  # …收入目标(保持600亿元不变)
# A floor or aim at an average (…不低于全市平均水平), as a tail and before a bracketed value.
_BENCH_WORDS = r"(不低于|达到|高于|快于)[\u4e00-\u9fff]{0,10}平均水平"
_IND_BENCH_TAIL = re.compile(r"(?<=[\u4e00-\u9fff])" + _BENCH_WORDS + "$")
# 单位工业增加值能耗到2025年比2020年(下降16%): the deadline and the base year
_IND_YEAR_TAIL = re.compile(
    r"(?<=[\u4e00-\u9fff])(?=[到至比较]20)(?:(?:到|至)20\d\d年(?:底|末)?)?"
    r"(?:(?:比|较)20\d\d年(?:底|末)?)?$"
)


def _strip_debris_tail(q: str) -> str:
    """…总产值将 / …收入目标 / …不低于全市平均水平 / …到2025年比2020年: debris after the name."""
    q = _IND_DEBRIS_TAIL.sub("", q)
    if q.endswith(("目标", "目标值")):
        return _IND_GOAL_TAIL.sub("", q)
    if q.endswith("平均水平"):
        return _IND_BENCH_TAIL.sub("", q)
    if q.endswith(("年", "年底", "年末")) and (m := _IND_YEAR_TAIL.search(q, max(0, len(q) - 16))):
        return q[: m.start()]
    return q


_HEADING_LINE = re.compile(
    r"\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)|附件|附表|第[一二三四五六七八九十]+[章条节])"
)
_BULLET_LINE = re.compile(r"\s*(?:——|—|●|·|•|▲|◆|■|\d+[)）]|[①②③④⑤⑥⑦⑧⑨⑩])")
_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]|附件|附表)"
)
_BULLET = re.compile(r"^\s*(?:——|—|●|·|•|▲|◆|■)")
# The ranks of heading markers, outermost first: 一、 / (一) / 1. / (1).
_HEADING_RANKS = (
    re.compile(r"\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节])"),
    re.compile(r"\s*[(（][一二三四五六七八九十]+[)）]"),
    re.compile(r"\s*\d+[.、．](?!\d)"),
    re.compile(r"\s*[(（]\d+[)）]"),
)
# A heading over the conditions each parcel or entrant must meet (二、“标准地”控制指标,
# (三)准入标准, 出让条件).
_RULE_HEAD = re.compile(
    r"^(?:[^,，;；。]{0,8}?)(?:控制性?指标|准入(?:标准|条件|门槛)|(?:出让|供地|入园)(?:标准|条件|门槛))"
    r"(?:体系)?$"
)


def _semicolon_clause_start(text: str, sent_start: int, pos: int) -> int:
    """Where the ;-clause holding ``pos`` starts, within the sentence from ``sent_start``."""
    return max(
        sent_start, text.rfind("；", sent_start, pos) + 1, text.rfind(";", sent_start, pos) + 1
    )


def _heading_rank(para: str) -> int:
    """The rank of a heading's marker (0 for 一、, deeper for (一), 1., (1));
    an unnumbered heading line counts as outermost."""
    for rank, rx in enumerate(_HEADING_RANKS):
        if rx.match(para):
            return rank
    return 0


@attrs.define
class FoundTarget:
    """One target found in the normalised text (before ids and provenance mapping).

    Offsets are into the normalised text; ``parent`` is an index into the list
    :func:`find_targets` returns.
    """

    start: int
    end: int
    indicator: str
    kind: TargetKind
    comparator: Comparator
    value: Number | None
    unit: str | None
    value_high: Number | None = None
    per: Per | None = None
    commitment: Commitment = Commitment.PLAIN
    year: int | None = None
    basis: DeadlineBasis = DeadlineBasis.PLAN
    parent: int | None = None
    sentence: int = 0
    # 比重提高10%: a percent written where 个百分点 is meant (pipeline warns).
    percent_points: bool = False
    # 2024年6月底前 / 上半年: the month (and day) the deadline falls in, within its year
    month: int | None = None
    day: int | None = None
    # 年均增长15以上: a rate written without its unit (pipeline warns).
    unit_missing: bool = False
    # 2025年、2026年分别…: the year was paired with the value; nothing overrides it.
    year_fixed: bool = False


@attrs.define
class _Ctx:
    """What a bullet list inherits from the sentence that introduces it."""

    year: int | None = None
    commitment: Commitment = Commitment.PLAIN


_SOFT_END = frozenset("。;；:：!?！？)）")


# A line closing on a quantity (…比重达到12%) and a line opening with a year (2015年,…):
# two sentences whose full stop was lost, never one.
_QUANTITY_END = re.compile(r"(?:\d|[%‰]|[亿万]?元|家|个|项|亩|吨)$")
_YEAR_OPEN = re.compile(r"\s*(?:19|20)\d\d年")
# A line holding only a date: a signature (2019年12月17日), never part of a sentence.
_DATE_LINE = re.compile(r"\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*")


# A line whose sentence plainly goes on (a verb or a noun waiting for its amount)…
_GAP_BEFORE = re.compile(r"[\u4e00-\u9fff”)）]\s*$")
# …and a line that opens with that amount (260 家, 2000 家.): not a heading or a year.
# A verb that waits for its amount in an item line (1.新增规上工业企业⏎8—10家).
_ITEM_VERB = re.compile(
    r"(?:新增|培育|引进|招引|建成|新建|实施|完成|达到|突破|超过|不少于|不低于|提高到|提升到)"
    r"[\u4e00-\u9fff“”()（）]{0,16}$"
)
_GAP_AFTER = re.compile(
    r"\s*\d+(?:\.\d+)?(?:\s*[—–~-]\s*\d+(?:\.\d+)?)?\s*(?:[%‰]|[\u4e00-\u9fff])(?<!年)(?<!月)"
)


def join_soft_breaks(
    text: str, keep_breaks: Sequence[tuple[int, int]] = ()
) -> tuple[str, list[int]]:
    """Delete hard line breaks inside sentences and page-mark lines (软换行).

    Text copied from PDFs and web pages breaks lines inside sentences (even
    inside numbers: ``2\n3%``) and carries page headers and footers (``— 3 —``,
    ``第3页 共12页``). A line break is deleted when the line before it is at least
    8 characters long, does not end a sentence or clause, and neither it nor
    the next line is a heading, and the next line does not open a bullet.
    A next line that only names units (市工信局, 市发改委、市统计局) is a table cell, not
    the rest of a sentence. Page-mark lines are deleted with their line break. Line
    breaks inside the
    ``keep_breaks`` ranges (tables written one cell per line) stay.

    Returns:
        The joined text and the sorted offsets (in ``text``) of the deleted
        characters; :func:`to_source_offset` maps offsets back.
    """
    if "\n" not in text:
        return text, []
    lines = text.split("\n")
    starts: list[int] = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    deleted: list[int] = []

    def line_end(k: int) -> int:
        return starts[k] + len(lines[k])

    def drop_lines(ks: list[int]) -> None:
        for k in ks:  # the whole line with its break
            deleted.extend(range(starts[k], line_end(k) + 1))

    # A first line without clause punctuation is a title or a headline: it stands alone.
    first_line = next((i for i, ln in enumerate(lines) if ln.strip()), -1)
    if first_line >= 0 and re.search(r"[,，;；:：。]", lines[first_line]):
        first_line = -1
    last_real: int | None = None  # the last content line since a blank line
    continued = False  # last_real was itself joined to the line before it
    pending: list[int] = []  # page-mark lines (with their breaks) since last_real
    before_gap: int | None = None  # the content line before a run of blank lines
    gap: list[int] = []  # those blank lines
    for i, line in enumerate(lines):
        if is_page_mark(line):
            pending.append(i)
            continue
        if not line.strip():
            if last_real is not None:
                before_gap, gap = last_real, []
            gap.append(i)
            last_real, pending, continued = None, [], False
            continue
        if (
            last_real is None
            and before_gap is not None
            and gap
            and _GAP_BEFORE.search(lines[before_gap])
            and _GAP_AFTER.match(line)
            and not any(a <= line_end(before_gap) < b for a, b in keep_breaks)
        ):
            # …龙头企业达到⏎⏎260 家: a PDF column left the value below a blank line.
            deleted.append(line_end(before_gap))
            drop_lines(gap)
            last_real, continued = i, True
            before_gap, gap = None, []
            continue
        before_gap, gap = None, []
        if last_real is not None:
            before = lines[last_real].rstrip()
            brk = line_end(last_real)
            join = (
                last_real != first_line
                and not any(a <= brk < b for a, b in keep_breaks)
                # a short heading stands alone; one whose text runs on after its
                # title (（一）强链。支持…总投资⏎12亿元) is a wrapped paragraph
                and not (
                    _HEADING_LINE.match(before)
                    and len(before.strip()) <= 40
                    and "。" not in before.rstrip()[:-1]
                    # (1.新增规上工业企业⏎8—10家,…: an item whose amount wrapped)
                    and not (_ITEM_VERB.search(before) and _GAP_AFTER.match(line))
                )
                and (len(before.strip()) >= 8 or continued)
                and before[-1] not in _SOFT_END
                # a full stop written half-width after a word or unit (…200亿元.)
                and not (before.endswith(".") and not before[-2:-1].isdigit())
                and not _HEADING_LINE.match(line)
                and not _BULLET_LINE.match(line)
                and not is_units_cell(line.strip())
                and not _DATE_LINE.fullmatch(line)
                and not _DATE_LINE.fullmatch(before)
                and not (_QUANTITY_END.search(before) and _YEAR_OPEN.match(line))
                # 规上工业营业收入:2000亿元以上 ⏎ 汽车…营业收入:800亿元: a box of lines
                and not (_LABEL_VALUE_LINE.match(before) and _LABEL_VALUE_LINE.match(line))
            )
            if join:
                deleted.append(brk)
                drop_lines(pending)
            continued = join
        else:
            continued = False
        last_real, pending = i, []
    if not deleted:
        return text, []
    deleted.sort()
    keep = []
    prev = 0
    for d in deleted:
        keep.append(text[prev:d])
        prev = d + 1
    keep.append(text[prev:])
    return "".join(keep), deleted


_GROWTH_LABEL = re.compile(r"(?:增速|增幅|增长率?)$")
# A line of a box: an indicator, a colon and its value (营业收入过百亿元企业:6家).
_LABEL_VALUE_LINE = re.compile(
    r"[ \t]*[\u4e00-\u9fff“”()（）A-Za-z]{2,30}[:：][ \t]*(?:[≥≤<>]|约|力争|确保)?"
    r"[\d.一二三四五六七八九十百千万两]+[^\n,，。;；:：]{0,12}$"
)
# A pinyin reading pasted after a character by some web pages: 业(yè), 数(shù).
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}\)")


# An English gloss pasted after a quantity by a bilingual page: 12亿元(1.2 billion yuan),
# 8万台(80,000 units)左右. A bracket of Latin words and digits right after a unit.
_GLOSS = re.compile(
    r"(?<=[\u4e00-\u9fff%])\((?=[^()]*[A-Za-z]{3})(?=[^()]*\d)[A-Za-z0-9 ,.%$/\-]{3,40}\)"
)

# The opening of either (a bracket, then pinyin with its tone or three gloss characters):
# a text without one is not scanned for them.
_READING_OPEN = re.compile(r"\((?:[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]|[A-Za-z0-9 ,.%$/\-]{3})")


def _strip_pinyin(text: str, deleted: list[int]) -> tuple[str, list[int]]:
    """Delete pinyin readings (业(yè)) and English glosses after quantities (12亿元(1.2
    billion yuan)), and add them to the deleted offsets of ``text``'s source."""
    if not _READING_OPEN.search(text):
        return text, deleted
    found = [*_PINYIN.finditer(text), *_GLOSS.finditer(text)]
    if not found:
        return text, deleted
    found.sort(key=lambda m: m.start())
    keep: list[str] = []
    extra: list[int] = []
    prev = 0
    for m in found:
        keep.append(text[prev : m.start()])
        extra.extend(to_source_offset(deleted, i) for i in range(m.start(), m.end()))
        prev = m.end()
    keep.append(text[prev:])
    return "".join(keep), sorted(deleted + extra)


# A year written in words (到二〇二五年, 一九九八年): read as digits, one for one, so
# that every year rule applies and offsets stay.


def to_source_offset(deleted: list[int], offset: int) -> int:
    """Map an offset of the joined text back to the text before joining."""
    if not deleted:
        return offset
    # The i-th deleted character sits at joined position deleted[i] - i.
    lo, hi = 0, len(deleted)
    while lo < hi:
        mid = (lo + hi) // 2
        if deleted[mid] - mid <= offset:
            lo = mid + 1
        else:
            hi = mid
    return offset + lo


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``[s, e)`` of ``text[start:end]`` split at 。;!? and line breaks."""
    stop = len(text) if end is None else end
    return [
        (m.start(), m.end())
        for m in _SENTENCE_SPLIT.finditer(text, start, stop)
        if m.end() > m.start()
    ]


# The longest stretch a quotation (a name, a slogan) runs before we take its “ as
# left open by mistake.
_MAX_QUOTED = 60


# A quotation mark a PDF copy displaced between a number and its word (2023 “年).
_DISPLACED_QUOTE = re.compile(r"(?<=\d) ?[“”](?= ?[年月日万亿元个家%])")


# A quotation that opens as speech does (“今年要确保… / “我们将力争…): words reported, not a name.
_QUOTED_CLAUSE = re.compile(r"[\u4e00-\u9fff]{2}[,，;；。][\u4e00-\u9fff]")
_SPEECH_OPEN = re.compile(
    r"(?:今年|明年|下一步|接下来|下半年|全年)?[,，]?(?:我们|我市|我区|我县|全市|全区|全县)?"
    r"(?:要|将|会|还将|必须)(?:确保|力争|争取|努力|实现|完成|推动|新增|培育|实施)"
    r"|(?:我们|我市|我区|我县)(?:确保|力争|争取)"
)


def _open_quote(seg: str) -> int:
    """Where the innermost “ still open at the end of ``seg`` begins its words (a
    quotation may hold closed quotes of its own: “…其中“专精特新”企业…)."""
    opens: list[int] = []
    for k, ch in enumerate(seg):
        if ch == "“":
            opens.append(k)
        elif ch == "”" and opens:
            opens.pop()
    return opens[-1] + 1 if opens else seg.rindex("“") + 1


def _in_quotes(text: str, s_start: int, pos: int) -> bool:
    seg = text[s_start:pos]
    if "“" not in seg and "《" not in seg and '"' not in seg:
        return False  # (most sentences: no mark that could open anything)
    seg = _DISPLACED_QUOTE.sub("", seg)
    if seg.count("“") > seg.count("”") and len(seg) - (inner := _open_quote(seg)) < _MAX_QUOTED:
        # (a “ opened further back never closed: a lost closing quote) unless it opens
        # as speech does: “今年要确保…增速不低于8.5%…” is an official's words, not a name;
        # so are quoted words with a clause break in them (“未来三年,我们要新增…”)
        return not (_SPEECH_OPEN.match(seg, inner) or _QUOTED_CLAUSE.search(seg, inner))
    if seg.count("《") > seg.count("》"):
        return True
    # ASCII double quotes pair up: odd count means we are inside one.
    return seg.count('"') % 2 == 1


# A benchmark whose value follows in brackets: …不低于全市平均水平(.
_BENCH_VALUE = re.compile(_BENCH_WORDS + r"[(（]$")


def _comparator_before(head: str) -> Comparator | None:
    h = head.rstrip()
    if h.endswith(("(", "（")) and (bm := _BENCH_VALUE.search(h)):
        # 亩均税收不低于全市平均水平(38万元/亩): the average's value, the same floor
        return Comparator.GT if bm.group(1) in ("高于", "快于") else Comparator.GE
    for word, cmp in _PRE_CMP:
        if h.endswith(word):
            if word == "约" and h[-2:-1] in _NOT_ABOUT_BEFORE:
                continue  # 签约40个 / 节约: a word ending in 约, not "about"
            return cmp
    if h.endswith("过") and not h.endswith(("通过", "经过", "不过", "超过")):
        return Comparator.GT  # 销售收入过150亿元
    if _KEEP_REACH_END.search(h):
        return Comparator.GE  # 保9000亿元、争10000亿元 / 冲刺1000亿元
    return None


# 等 inside a list item, a noun after it (玻璃等重点行业二氧化硫).
_ETC_INSIDE = re.compile(r"等[\u4e00-\u9fff]{2}")


def _in_part_list(text: str, back: int, pos: int) -> bool:
    """``pos`` lies in a 其中 list of parts (…,其中2024年…、2025年…) before any ;."""
    k = text.rfind("其中", back, pos)
    return k >= 0 and not any(c in ";；" for c in text[k:pos])


def _sentence_start(text: str, pos: int) -> int:
    """Where the 。-sentence (or line) holding ``pos`` begins.

    A half-width full stop between words ends a sentence too (…的80%. 规上…), as in
    :func:`split_sentences`.
    """
    b = max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1
    # …比重达到68%;⏎新增…企业300家: a line after a clause's ; goes on with its sentence
    while b >= 2 and text[b - 2 : b] in (";\n", "；\n") and not opens_item(text[b : b + 8]):
        b = max(text.rfind("。", 0, b - 2), text.rfind("\n", 0, b - 2)) + 1
    d = text.rfind(".", b, pos)
    while d >= b:
        if _HALF_STOP.match(text, d):
            return d + 1
        d = text.rfind(".", b, d)
    return b


# A half-width full stop that ends a sentence: after words, before words.
_HALF_STOP = re.compile(
    r"(?<![\dA-Za-z一二三四五六七八九十)）])\.(?=[ \t]*(?:[\u4e00-\u9fff]|(?:19|20)\d\d年))"
)


def _is_prenominal(text: str, end: int, stop: int) -> bool:
    return not (end >= stop or text[end] in _BOUNDARY)


# A bracket that opens on a number (平均水平(38万元/亩)).
_BRACKET_NUMBER = re.compile(r"[(（][^()（）\d]{0,6}\d")
# A bracket that closes soon after a value (a score, a remark, a basis).
_CLOSED_BRACKET = re.compile(r"[(（][^()（）\n]{1,40}[)）]")


def _is_boundary(text: str, i: int, stop: int) -> bool:
    """A clause ends at ``i`` (spaces before the end of the line or sentence count as its end)."""
    if i >= stop or text[i] in _BOUNDARY:
        return True
    if text[i] in "(（" and (note := _NOTE.match(text, i, stop)):
        # 过百亿元(人民币,下同)的企业: the note belongs to the amount; what follows it decides
        return _is_boundary(text, note.end(), stop)
    if text[i] in "(（" and (
        text.startswith(("其中", "含"), i + 1) or _REMARK.match(text, i, stop)
    ):
        # 增速达到7%以上(其中…9%以上): the parts open in brackets; 增长8%(依据…设置): the
        # grounds of the value follow it
        return True
    if text[i] in "”\"’'" and _is_boundary(text, i + 1, stop):
        return True  # …突破3500亿元"。: a stray quotation mark the copy left
    if fn := _FOOTNOTE.match(text, i, stop):
        return _is_boundary(text, fn.end(), stop)  # 增长7.5%左右①; / 1200亿元[1]。
    if text.startswith("人民币", i):
        return _is_boundary(text, i + 3, stop)  # 突破1000亿元人民币: the currency named
    if text.startswith("不变", i):
        return _is_boundary(text, i + 2, stop)  # 目标保持600亿元不变: the value held
    if text[i] in "(（" and (close := _CLOSED_BRACKET.match(text, i, stop)):
        # 工业用电量增长6%以上(5分)。: a bracket closing the clause remarks on the value
        return _is_boundary(text, close.end(), stop)
    if text[i] in "等的目" and _GOAL_WORD_END.match(text, i, stop):
        return True  # …达到10000亿元的目标 / …年均降低5%等目标: the value closes its clause
    if text[i] == "." and (
        i + 1 >= stop or not text[i + 1].isdigit() or (i > 0 and not text[i - 1].isdigit())
    ):
        return True  # a full stop written half-width: 比重47.1%. 发改委 / 200亿元.2025年
    if text[i] in " \t":
        j = i
        while j < stop and text[j] in " \t":
            j += 1
        # …不少于200个 经发局 科技局、财政局: a table pasted as one line, the next cell
        # naming who leads
        return (
            j >= stop
            or text[j] in _BOUNDARY
            or (text[j] == "." and _is_boundary(text, j, stop))  # …达到 65% . (ASCII copy)
            or bool(_UNIT_CELL_AFTER.match(text, j, stop))
        )
    return False


_FOOTNOTE = re.compile(r"[\u2460-\u2473]|\[\d{1,2}\]|\(\d{1,2}\)(?=[,，;；。]|$)")
_UNIT_CELL_AFTER = re.compile(
    r"[\u4e00-\u9fff]{1,12}?(?:局|委|办|中心|政府|管委会)(?=[ \t、,，;；。]|$)"
)


def _rank_name(indicator: str) -> str:
    """进入全国化工园区 (before 前30强) → 全国化工园区排名: the contest, not the verb."""
    if verb := _RANK_VERB_END.search(indicator):
        return _clean_indicator(indicator[: verb.start()]) + "排名"
    if (verb := _RANK_VERB_OPEN.match(indicator)) and indicator[verb.end() :]:
        return indicator[verb.end() :] + "排名"
    return indicator or "排名"


def _unit_class(unit: str) -> str:
    if unit in ("%", "‰", "个百分点"):
        return "pct"
    if unit == "倍":
        return "times"
    if unit.endswith(("工作日", "天", "小时")):
        return "measure"  # 40个工作日: a duration, never a count of new things
    if _COUNT_RE.match(unit):
        return "count"
    if _UNIT_CLASS_MONEY.match(unit):
        return "money"
    return "measure"


# The year's aim named before the change it sets (工业投资全年目标增长12%).
_AIM_BEFORE_CHANGE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:(?:全年|年度|今年)(?:目标)?|目标)(?=(?:增长|下降|降低|提高|增加|减少)$)"
)


_UNOPENED_CLOSE = re.compile(r"^[^()（）]*[)）]")


def _clean_indicator(phrase: str) -> str:
    p = _NOTE.sub("", phrase).strip(" ,，、;；:：。—-·")
    if "全覆盖" in p:
        p = _COVER_BRACKET.sub("", p)  # …改造基本实现全覆盖(覆盖率 → …改造覆盖率
    if (close := _UNOPENED_CLOSE.match(p)) is not None:
        p = p[close.end() :]  # 省教育厅配合)每年新增: the tail of a remark opened before
    for _ in range(3):
        lead = _LEAD_STRIP.match(p)
        q = p[lead.end() :] if lead else p
        q = _IND_LEAD.sub("", q)
        q = _IND_TAIL.sub("", q)
        q = _INNER_COMMIT.sub("", q)  # “戴帽”指标争取占全市: the commitment is no part of it
        q = _AIM_BEFORE_CHANGE.sub("", q)  # 工业投资全年目标增长 → 工业投资增长
        q = _IND_DEBRIS_HEAD.sub("", q)  # 一、 / 目标是到2020年 / 对 / 了: list and verb debris
        q = _strip_debris_tail(q)  # …总产值将 / …增加值在 / …收入目标
        q = _BASELINE_TAIL.sub("", q)  # …占比由0.55%(提高到1%): the baseline
        q = q.strip(" ,，、;；:：。—-·的").rstrip("“")
        if q.endswith(("(", "（")):
            q = q[:-1]  # 培育企业(20家): the bracket holds the number, not the name
        if q == p:
            break
        p = q
    return p


def _trim_run_on(phrase: str) -> str:
    """Drop a number-less clause that lost its punctuation before the indicator.

    加快推进传统产业转型升级全面提升…现代化水平规上工业增加值 → 规上工业增加值: after a
    verb phrase (推进, 提升 …), a scope word (全市, 全区 …) or the end of an abstract
    object (水平, 能力, 转型升级 …) starts the subject of the number. Qualifiers of
    the counted thing (年营业收入500亿元以上的领航企业) have no such verb and stay whole.
    """
    if len(phrase) < 12:
        return phrase
    v = _RUNON_VERB.search(phrase)
    if v is None:
        return phrase
    scopes = list(_SCOPE_SUBJECT.finditer(phrase, v.end()))
    if scopes and len(phrase) - scopes[-1].start() >= 4:
        return phrase[scopes[-1].start() :]
    ends = list(_OBJECT_END.finditer(phrase, v.end()))
    if ends and len(phrase) - ends[-1].end() >= 4 and phrase[ends[-1].end()] not in "的之和与及、":
        return phrase[ends[-1].end() :]
    return phrase


def _kind_for(
    head: str, unit_class: str, prenominal: bool, cmp_word: Comparator | None
) -> TargetKind | None:
    """The kind a head decides by itself, or None when it says nothing (inherit)."""
    if _REDUCTION.search(head) and not _REDUCE_TO.search(head.rstrip()):
        return TargetKind.REDUCTION
    if unit_class == "pct" and _GROWTH.search(head):
        return TargetKind.GROWTH_RATE
    if _CAPACITY_FORMED.search(head.rstrip()):
        return TargetKind.LEVEL  # 形成年节能能力8万吨标准煤以上: the capacity reached
    if unit_class == "count" and _RANK_GAIN.search(head.rstrip()):
        return TargetKind.INCREMENT  # 全省排名上升6位: a gain of places, not a place
    if (
        unit_class == "pct"
        and (rise := _RISE_BY.search(head.rstrip()))
        and not _RATIO_NAME.search(head, 0, rise.start())
    ):
        return TargetKind.GROWTH_RATE  # 亩均税收提升20%: the amount grows by a share
    if unit_class == "pct" and _SAVING_RATE.search(head.rstrip()):
        return TargetKind.REDUCTION  # 第二产业节能20%: the use falls by that share
    if (cum := _CUMULATIVE.search(flows := _FLOW_TOTAL.sub("", head))) and not (
        (
            cum.group() == "总量"
            and unit_class in ("money", "measure", "pct")
            and not _SET_TOTAL.search(flows, 0, cum.start())
        )
        # D类企业占评价企业总数的比重: the total is the share's denominator
        or (unit_class == "pct" and _SHARE_OF_TOTAL.search(flows, 0, cum.end()))
    ):
        # (排放总量控制在10万吨, 投资总量达51亿元: one period's flow; 占…总量的4%: a share;
        # the 总量 of a set of industries — 8大产业集群总量 — stays their sum)
        if cum.group() == "总数" and _NEW_AFTER_STOCK.search(flows, cum.end()):
            return TargetKind.INCREMENT  # 企业总数每年新增18家: the additions to the stock
        if cum.group() == "累计" and flows.startswith(("新增", "净增"), cum.end()):
            return TargetKind.INCREMENT  # 两年累计新增300家: the additions over the years
        return TargetKind.CUMULATIVE  # (经济总量2600亿元 is one year's output: a level)
    if unit_class == "pct":
        return TargetKind.LEVEL
    if prenominal:
        return TargetKind.INCREMENT
    if _ABSOLUTE_GROWTH.search(head.rstrip()):
        return TargetKind.INCREMENT  # 比上年增长50亿元: an absolute increase
    if (
        unit_class == "count"
        and _HELD_END.search(head.rstrip())
        and not (
            _NEW_THINGS_VERB.search(_NURTURED_NOUN.sub("", head)) or _NEW_AFTER_STOCK.search(head)
        )
    ):
        return TargetKind.LEVEL  # 入库企业保持在500家左右: a stock held
    if unit_class == "count" and _ENTRY_EVENT.search(head):
        return TargetKind.INCREMENT  # 新入规企业达12户: entrants over the period
    if cmp_word is not None and _STOCK_TAIL.search(head.rstrip()):
        return TargetKind.LEVEL  # …企业数量达到5万家: the stock, whatever verb qualifies it
    if (
        unit_class == "measure"
        and cmp_word is not None
        and _AREA_TAIL.search(head.rstrip())
        and "新增" not in head
    ):
        return TargetKind.LEVEL  # 低效用地处置面积不少于3000亩: the area, a measure named
    if unit_class == "measure" and _DURATION_NAME.search(head.rstrip()):
        return TargetKind.LEVEL  # 工程建设项目审批时间控制在40个工作日以内: a duration
    if unit_class in ("money", "measure"):
        # 完成增加值9000亿元 / 争创1.5万亿元 / 完成工业项目征地3000亩: the amount done, a level
        if unit_class == "measure" and _AMOUNT_LEVEL.search(head):
            return TargetKind.LEVEL  # 完成低效工业用地整治2000亩: the work done, whatever its noun
        head = _AMOUNT_LEVEL.sub("", head)
    if unit_class == "count" and _NURTURED_REACH.search(head.rstrip()):
        return TargetKind.LEVEL  # 培育小巨人企业达到40家: the firms under cultivation, a stock
    if cmp_word is not None and not _INCREMENT_HEAD.search(_CAUSE_VERB.sub("", head)):
        return TargetKind.LEVEL
    if _INCREMENT_HEAD.search(head) or _BREAKTHROUGH_VERB.search(head):
        return TargetKind.INCREMENT
    return None


_WHOLE_YEAR_WORD = re.compile(r"全年|年内|年度")
_BY_YEAR_BEFORE = re.compile(r"(?:到|至)\s?20\d\d年")


_NEXT_RANK = re.compile(
    r"、(?P<r>(?:全国|全省|全市|全区|全县)?前(?P<n>\d{1,3}|[两二三四五六七八九十]{1,3})(?:位|名|强))"
)


def _rank_list(text: str, pos: int) -> Iterator[tuple[int, int, int]]:
    """The ranks listed after a first one (、前三位、前十位): (start, end, rank)."""
    while (m := _NEXT_RANK.match(text, pos)) is not None:
        n = m.group("n")
        rank = int(n) if n.isdigit() else whole_number(n)
        if not rank:
            return
        yield m.start("r"), m.end("r"), rank
        pos = m.end()


def _spread(
    t: FoundTarget, parts: Sequence[tuple[int, int]], names: Sequence[str]
) -> list[FoundTarget]:
    """One target per conjunct sharing ``t``'s value (A、B均…, A、B千亿级产业集群).

    Each conjunct's span is its own name; the last one's runs through the value.
    """
    last = len(parts) - 1
    return [
        attrs.evolve(t, indicator=n, start=a, end=t.end if i == last else b)
        for i, ((a, b), n) in enumerate(zip(parts, names, strict=True))
    ]


def _scale_indicator(name: str) -> str:
    """The scale of an industry: 电子信息 → 电子信息产业规模, 食品产业 → 食品产业规模."""
    if name.endswith(("规模", "总量", "营收", "产值")):
        return name  # 平台产业规模达百亿级: the indicator named before the verb
    return name + ("规模" if name.endswith("产业") else "产业规模")


def _size_class_item(t: FoundTarget) -> bool:
    """A target of a list of size classes: N个千亿级集群, or a named industry's 产业规模."""
    return "级" in t.indicator or (
        t.unit in ("亿元", "万亿元") and t.indicator.endswith("产业规模")
    )


def _clause_end(text: str, pos: int, e: int) -> int:
    """Where the clause running on from ``pos`` ends (before its separator and any
    closing stop), within the sentence ending at ``e``."""
    stop = _CLAUSE_SEP.search(text, pos, e)
    end = stop.start() if stop else e
    while end > pos and text[end - 1] in "。;；!?！？\n ":
        end -= 1
    return end


def _is_baseline(text: str, start: int, y: re.Match[str]) -> bool:
    """在2022年的基础上 / 比2020年 / 较2020年: a baseline year, not a deadline."""
    pre = text[max(start, y.start() - 3) : y.start()].rstrip("在 ")
    if pre.endswith(("由", "从")) and _FROM_YEAR_VALUE.match(text, y.end()):
        return True  # 由2023年的28%提高到38%: the value the target starts from
    return bool(_BASELINE_YEAR.search(pre) or _BASELINE_AFTER.match(text, y.end()))


def _decimal(s: str) -> Decimal:
    if "万" in s:  # 3万8000(亿元): A×10⁴+B of the unit
        v = parse_number(s)
        assert isinstance(v, Decimal)
        return v
    return Decimal(s)


def _open_bracket(text: str, back: int, pos: int) -> int:
    """Where the bracket still open at ``pos`` (opened after ``back``) opens, or -1."""
    opened = max(text.rfind("(", back, pos), text.rfind("（", back, pos))
    if opened < 0 or any(text.find(c, opened, pos) >= 0 for c in ")）"):
        return -1
    return opened


def _closed_remark(text: str, back: int, pos: int, stop: int) -> bool:
    """``pos`` lies in a bracketed remark that closes before ``stop``."""
    opened = _open_bracket(text, back, pos)
    if opened < 0:
        return False
    if _STAGE_LABEL.search(text, max(0, opened - 4), opened):
        return False  # 第一阶段(2026年):…: the stage's year dates what follows
    return any(text.find(c, pos, stop) >= 0 for c in ")）")


# A remark in brackets right after a project's name (…项目(配套风电50万千瓦)): its
# description; a part (含…, 其中…) or an aim in it (力争…) is read as usual.
_PROJECT_BEFORE_REMARK = re.compile(r"项目$")
_REMARK_AIM = re.compile(
    r"含|其中|力争|确保|新增|达到|实现|完成|建成|不少于|不低于|打造|创建|培育|引进|招引"
)


def _in_project_remark(text: str, back: int, pos: int) -> bool:
    opened = _open_bracket(text, back, pos)
    if opened < 0:
        return False
    return bool(_PROJECT_BEFORE_REMARK.search(text, max(back, opened - 4), opened)) and not (
        _REMARK_AIM.search(text, opened, pos)
    )


# A size class after a count (…等5个百亿级产业集群, …等4个产业产值超千亿元): the
# count of things of that size, a target even where the names are listed.
_SIZE_CLASS_AFTER = re.compile(r"[^,，;；。]{0,12}?(?:级|超|过|突破|以上|\d)")


def _tallies_list(head: str, value: Decimal | Fraction) -> bool:
    """``head`` ends with a list of names closed by 等 and ``value`` counts them
    (包括链长制推进、企业上市、数字化转型、安全生产等4项)."""
    if not head.endswith("等"):
        return False
    names = re.split(r"[,，;；:：。]", head[:-1])[-1]
    names = re.sub(r"“[^”]*”", "名", names)  # a quoted name is one name
    items = len(re.split(r"、|和|及|与", names))
    return items >= 2 and value == items


class _Finder:
    def __init__(
        self,
        text: str,
        first_year: int | None,
        last_year: int | None,
        exclude: Sequence[tuple[int, int]] = (),
        keep_breaks: Sequence[tuple[int, int]] = (),
        *,
        written_year: int | None = None,
        outer_scopes: Sequence[str] = (),
        report_year: int | None = None,
        fund_plan: bool = False,
        closed: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.source = text
        self.report_year = report_year
        self.fund_plan = fund_plan
        self.outer_scopes = frozenset(outer_scopes)
        # Subject scopes of each sentence (start → [(offset, scope)]), read once.
        self._scopes: dict[int, list[tuple[int, str]]] = {}
        # Dating years before each ;-clause of a sentence (clause start → years).
        self._clause_years: dict[int, list[re.Match[str]]] = {}
        self.text, self.deleted = _strip_pinyin(*join_soft_breaks(text, keep_breaks))
        self.text = arabic_years(self.text)
        # Bracketed deadlines (…3个(2025年6月底前完成)) belong to the target before them;
        # a copy with their dates blanked dates the targets after them.
        self.bracket_dates = [
            (bd.start(), bd.end())
            for bd in _BRACKET_DEADLINE.finditer(self.text)
            if (bd.group("y") or bd.group("m"))
            # (第一阶段(2026年):…: the stage's year, opening what follows it)
            and not _STAGE_LABEL.search(self.text, max(0, bd.start() - 4), bd.start())
            and not self.text.startswith((":", "："), bd.end())
        ] + [(pd.start(), pd.end()) for pd in _POSTPOSED_DEADLINE.finditer(self.text)]
        self.bracket_dates.sort()
        self.blanked = self.text
        for a, b in self.bracket_dates:
            self.blanked = self.blanked[:a] + "\u3000" * (b - a) + self.blanked[b:]
        self.exclude = sorted(exclude)
        self.exclude_starts = [a for a, _ in self.exclude]
        self.closed = sorted(closed)
        self.first_year = first_year
        self.last_year = last_year
        self.one_year = first_year is not None and first_year == last_year
        self.out: list[FoundTarget] = []
        # Inside a report paragraph only the aims it restates are read (全年目标为10%).
        self._aims_only = False
        # Year of the nearest heading or lead naming a year's targets (2024年工作计划).
        self.section_year: int | None = None
        # Year of a lead inside the current paragraph (2022年目标任务是:…).
        self.lead_year: int | None = None
        self.para_start = 0
        self.lead_from = 0
        # A document that is itself a report (…运行情况的通报, 2023年工作总结): its
        # sections are the record until one looks forward (下步工作, 2024年工作思路).
        # (the title may stand under the issuer's line: 泗阳经济开发区管委会 ⏎ 2026年前三
        # 季度工作总结及第四季度工作打算)
        head_lines = [ln for ln in text.lstrip()[:240].split("\n")[:3] if ln.strip()][:2]
        under_issuer = body_line(text) is not None
        self.report_doc = any(
            _REPORT_TITLE.search(ln) for i, ln in enumerate(head_lines) if i == 0 or under_issuer
        )
        # Inside a section headed as a report (2023年1-10月工业运行情况).
        self.history_mode = self.report_doc
        # The rank of the heading of a section of land or entry rules (二、控制指标):
        # what each project must meet, no aim, until a heading of that rank or higher.
        self.rule_rank: int | None = None
        # Inside a section headed as goals (总体目标, 主要目标): “十N五”期间 opens the
        # plan's own period there, not history.
        self.goal_section = False
        self.headline_year = self._headline_year()
        news = self._news_year() if first_year is None else None
        # A plan issued in 2024 whose goals run to 2025 and 2027: what is dated 2024 is
        # planned, not past (the year it was written in bounds the year it plans from).
        self.ref_year = (
            first_year
            if first_year is not None
            else min(news, written_year)
            if news is not None and written_year is not None
            else news or written_year
        )
        self.written_year = written_year
        self.named_goal_years = self._named_goal_years()
        lead = len(self.text) - len(self.text.lstrip())
        nl = self.text.find("\n", lead)
        self.headline_end = nl if nl >= 0 else 0
        if "。" in self.text[lead : self.headline_end]:
            self.headline_end = 0  # a full paragraph, not a headline

    def _headline_year(self) -> int | None:
        """A year in the first line (a headline: 2025年规上工业营收突破1万亿元)."""
        text = self.text
        first = text.lstrip()[:200].split("\n", 1)[0]
        if re.fullmatch(r"\s*(?:20\d\d)年\d{1,2}月\d{1,2}日\s*", first):
            return None
        # An annual meeting's news: the year planned (部署安排2024年工作), never the
        # year reviewed (总结回顾2023年工作).
        if pm := _PLAN_YEAR.search(first):
            return int(pm.group(1))
        years = [
            int(y.group(1))
            for y in _YEAR.finditer(first)
            if not _is_baseline(first, 0, y) and not _REVIEW_BEFORE.search(first, 0, y.start())
        ]
        return years[0] if years else None

    def _news_year(self) -> int | None:
        """The year a text without a horizon is written in (a news report, a work report).

        The year it plans (部署2024年工作), else the latest year it names that is no
        deadline (到2025年) and no baseline: earlier years report history.
        """
        text = self.text
        if pm := _PLAN_YEAR.search(text):
            return int(pm.group(1))
        if gh := _GOALS_HEADING.search(text):
            # 一、工作目标 ⏎ …2025年,…2026年,…: the goals' years are deadlines; the
            # earliest is the year the plan starts from.
            goal_years = [
                int(y.group(1))
                for y in _YEAR.finditer(text, gh.end())
                if not _is_baseline(text, 0, y) and y.group(0)[-1] == "年"
            ]
            if goal_years:
                return min(goal_years)
        years = [
            int(y.group(1))
            for y in _YEAR.finditer(text)
            if not _is_baseline(text, 0, y)
            and not text[max(0, y.start() - 2) : y.start()].endswith(("到", "至", "于", "争"))
            and y.group(0)[-1] == "年"
            and not _MILESTONE_AFTER.match(text, y.end())
        ]
        return max(years) if years else None

    def _named_goal_years(self) -> dict[str, int]:
        """“X”目标 introduced with a year (到2022年,…“五强”发展目标): X → that year."""
        text = self.text
        out: dict[str, int] = {}
        for m in _NAMED_GOAL.finditer(text):
            if _NAMED_GOAL_DEF.match(text, m.start()) or m.group("name") in out:
                continue
            back = max(text.rfind(c, 0, m.start()) for c in "。;；\n") + 1
            years = self._years(text, back, m.start())
            if years:
                out[m.group("name")] = years[-1]
        return out

    @staticmethod
    def _years(text: str, start: int, stop: int) -> list[int]:
        """Years written in ``text[start:stop]`` that can be deadlines (not baselines)."""
        return [
            int(y.group(1))
            for y in _YEAR.finditer(text, start, stop)
            if not _is_baseline(text, start, y)
            # (2024年为41.3亿元),实现翻一番: a remark closed before the target
            and not _closed_remark(text, start, y.start(), stop)
        ]

    # -- context ------------------------------------------------------------------

    def _paragraphs(self) -> list[tuple[int, int]]:
        spans = []
        pos = 0
        text = self.text
        n = len(text)
        while pos <= n:
            nl = text.find("\n", pos)
            if nl < 0:
                nl = n
            if nl > pos:
                spans.append((pos, nl))
            pos = nl + 1
        return spans

    def _intro_context(self, para: str) -> _Ctx | None:
        """A paragraph that introduces a bullet list passes its year and commitment on."""
        stripped = para.rstrip()
        years = [
            int(m.group(1))
            for m in _YEAR.finditer(stripped)
            # 比2022年下降12%: a baseline year, not the year the list aims at
            if not _BASELINE_YEAR.search(stripped, 0, m.start())
            # 回顾2024年,… before a 2025 plan's bullets: a year of the record
            and (self.first_year is None or int(m.group(1)) >= self.first_year)
        ]
        if not years and stripped.endswith((":", "：")):
            # 《规划》提出了“十四五”…重点目标: → the period's end year
            years = [_FIVE_YEAR_END[m.group(1)] for m in _FIVE_YEAR_NAME.finditer(stripped)]
        ctx = _Ctx(year=years[-1] if years else None)
        if stripped.endswith((":", "：")):
            last_sentence = re.split(r"[。;；]", stripped)[-1]
            commits = list(_COMMIT.finditer(last_sentence))
            if commits:
                word = commits[-1].group(0)
                ctx.commitment = Commitment.ENSURE if _ENSURE.fullmatch(word) else Commitment.STRIVE
        if ctx.year is None and ctx.commitment is Commitment.PLAIN:
            return None
        return ctx

    # -- main loop ----------------------------------------------------------------

    def run(self) -> list[FoundTarget]:
        text = self.text
        ctx: _Ctx | None = None
        intro: _Ctx | None = None
        sentence_no = 0
        for p_start, p_end in self._paragraphs():
            para = text[p_start:p_end]
            if not para.strip():
                continue
            if _BULLET.match(para):
                ctx = intro if ctx is None else ctx
            else:
                ctx = None
                intro = self._intro_context(para)
                if (
                    _HEADING.match(para)
                    and intro is not None
                    and not para.rstrip().endswith((":", "："))
                ):
                    # A heading line's own year does not enclose the next paragraphs.
                    intro = None
            self._heading_state(para)
            if self._closed(p_start):
                continue  # 一、2026年工作总结 in a plan for 2027: a year gone by, its aims too
            if self.rule_rank is not None:
                continue  # (一)固定资产投资强度.不低于350万元/亩 under 二、控制指标: a rule
            self.para_start = p_start
            self.lead_year, self.lead_from = None, p_end
            if self.history_mode:
                # a record section may still quote the plan's targets (《规划》提出,…)
                for s_start, s_end in split_sentences(text, p_start, p_end):
                    sentence_no += 1
                    stop = min(s_end, s_start + MAX_SENTENCE)
                    if _QUOTED_GOAL.match(text, s_start) or self._next_years_aims(s_start):
                        self._sentence(s_start, stop, ctx, sentence_no)
                    elif _AIM_WORD.search(text, s_start, s_end) or (
                        # (a report's …项目30个,已开工27个: the aim, then the progress)
                        (self.report_doc or self.report_year is not None)
                        and _RECORD_AFTER.search(text, s_start, s_end)
                    ):
                        self._aims(s_start, stop, ctx, sentence_no)  # 全年目标为10%,1—9月完成…
                continue
            in_report = self._history_paragraph(para)
            if gm := _GOAL_YEAR.search(para):
                self.lead_year, self.lead_from = int(gm.group(1)), p_start + gm.start()
            elif (nm := _NAMED_GOAL_DEF.search(para)) and nm.group("name") in self.named_goal_years:
                # “五强”目标具体为:… takes the year that introduced “五强”.
                self.lead_year = self.named_goal_years[nm.group("name")]
                self.lead_from = p_start + nm.start()
            for s_start, s_end in split_sentences(text, p_start, p_end):
                sentence_no += 1
                if in_report:
                    # A report paragraph (1至4月,…) runs until a 。-sentence opens forward.
                    # (a half-width stop ends the sentence too: …增长9.6%.到2025年,…)
                    if text[s_start - 1 : s_start] not in ("。", ".") or not self._opens_forward(
                        p_start, s_start
                    ):
                        turn = _BUILDS_ON.search(text, s_start, s_end)
                        if turn and self._opens_forward(p_start, turn.start()):
                            # …居全市第二,在此基础上,2026年…增长8%以上: the aims after the record
                            stop = min(s_end, turn.start() + MAX_SENTENCE)
                            self._sentence(turn.start(), stop, ctx, sentence_no)
                            in_report = False
                        elif _AIM_WORD.search(text, s_start, s_end) or _RECORD_AFTER.search(
                            text, s_start, s_end
                        ):
                            # …能耗全年目标下降3.5%,前三季度下降2.1%: the aim, not the record
                            stop = min(s_end, s_start + MAX_SENTENCE)
                            self._aims(s_start, stop, ctx, sentence_no)
                        continue
                    in_report = False
                if self._excluded(s_start) and not _QUOTED_GOAL.match(text, s_start):
                    continue
                if _REPORT_SENTENCE.search(text, s_start, s_end) and self._report_shape(
                    s_start, s_end
                ):
                    continue
                if self._continues_report(s_start):
                    continue  # 1至5月,…同比增长9.6%。其中非烟工业同比增长18.8%
                if _AHEAD.search(text, s_start, s_end) and not _FORWARD.search(
                    text, s_start, s_end
                ):
                    continue  # 提前一个月完成全年任务: a report
                self._sentence(s_start, min(s_end, s_start + MAX_SENTENCE), ctx, sentence_no)
        return self.out

    def _report_shape(self, s: int, e: int) -> bool:
        """A value + its 同比 change reports, unless a plan states it.

        Under a plan lead in the paragraph (《方案》明确, 目标是, 预期目标) or with
        以上/左右/力争/确保/计划, 目标: or 到20XX年 in the sentence, it is a target; a past period
        (1至5月, 上半年, 去年), 已 or a standing (增幅居…) keeps it a report.
        """
        text = self.text
        if _REPORT_PAST.search(text, s, e) or (
            _STANDING.search(text, s, e) and not _FORWARD.search(text, _sentence_start(text, s), e)
        ):
            return True
        back = _sentence_start(text, s)
        if _MID_REPORT.search(text, back, e):
            return True
        return not (
            _REPORT_TARGET.search(text, s, e)
            or _FORWARD.search(text, s, e)  # 到2025年,… / 工作目标:…
            or _PLAN_LEAD.search(text, self.para_start, s)
            or (self.goal_section and not self.history_mode)  # 一、经济运行目标 / (9)…
        )

    def _aims(self, s: int, e: int, ctx: _Ctx | None, sentence_no: int) -> None:
        """Read only the aims a sentence of record restates (see ``_aims_only``)."""
        self._aims_only = True
        try:
            self._sentence(s, e, ctx, sentence_no)
        finally:
            self._aims_only = False

    def _next_years_aims(self, s: int) -> bool:
        """2025年,开发区主要目标为:… in a report on 2024: the aims of the year after."""
        m = _FORWARD_OPEN.match(self.text, s)
        return bool(
            m and (y := m.group("y")) and self.report_year is not None and int(y) > self.report_year
        )

    def _opens_forward(self, p_start: int, s: int) -> bool:
        """下一步,… / 力争… / 2024年,… (a year after the report's years) opens the plan,
        also after a lead-in clause (围绕…两大产业,力争到2027年,…)."""
        m = _FORWARD_OPEN.match(self.text, s)
        if m is None and (lead := _LEAD_IN_CLAUSE.match(self.text, s)):
            m = _FORWARD_OPEN.match(self.text, lead.end())
            if m is None or not (m.group("y") or _COMMIT_OR_STAGED.search(m.group())):
                return False
        if m is None and (turn := _BUILDS_ON.match(self.text, s)):
            # 在此基础上,2026年规上工业增加值增长8%以上: the aims built on the record
            m = _YEAR_AFTER_TURN.match(self.text, turn.end())
        if m is None:
            return False
        if y := m.group("y"):
            # (a forecast's year, 预计2026年…仍将保持较快增长, is no year of the record)
            before = [
                int(x)
                for x in re.findall(r"(?<!\d)(?<!预计)(?<!预测)(20\d\d)年", self.text[p_start:s])
            ]
            if before and int(y) <= max(before):
                return False
            return self.first_year is None or int(y) >= self.first_year
        return True

    def _continues_report(self, s: int) -> bool:
        """A 。-sentence opening with 其中 continues the report of the sentence before."""
        text = self.text
        back = _sentence_start(text, s)
        if not text[back : back + 8].lstrip().startswith("其中"):
            return False
        if back == 0 or text[back - 1] != "。":
            return False
        prev = max(text.rfind("。", 0, back - 1), text.rfind("\n", 0, back - 1)) + 1
        if self.out and self.out[-1].start >= prev:
            return False  # 2025年生产总值达到330亿元。其中,…: the parts of a target
        return bool(
            _REPORT_SENTENCE.search(text, prev, back)
            or _MID_REPORT.search(text, prev, back)
            or _PAST_OPENING.match(text, prev)
        )

    def _heading_state(self, para: str) -> None:
        """Track report sections and the year of the targets a heading announces."""
        line = re.split(r"[。:：]", para.strip(), maxsplit=1)[0]
        numbered = _HEADING.match(para)
        short = len(line) <= 40 and not re.search(r"[,，;；]", line) and not _BULLET.match(para)
        if not short or not (numbered or line == para.strip()):
            return
        top = bool(_TOP_HEADING.match(para))
        rank = _heading_rank(para)
        if self.rule_rank is not None and numbered and rank <= self.rule_rank:
            self.rule_rank = None
        if _RULE_HEAD.search(line) and "目标" not in line:
            self.rule_rank = rank
        if _HISTORY_HEAD.search(_HEADING.sub("", line).strip()) and not _GOAL_YEAR.search(line):
            self.history_mode, self.section_year = True, None
        elif _GOAL_HEAD.search(line):
            self.history_mode = False
            self.goal_section = True
            if gm := _GOAL_YEAR.search(line):
                # 2025年工作总结和2026年工作计划: the year planned, the later one
                self.section_year = max(
                    int(y) for y in re.findall(r"(?<!\d)(20\d\d) ?年", line[gm.start() : gm.end()])
                )
            elif (fm := _FIVE_YEAR.search(para, 0, 60)) and (
                self.ref_year is None or _FIVE_YEAR_END[fm.group(1)] >= self.ref_year
            ):
                # (二)总体目标:“十二五”期间,…: the period dates the section's goals
                self.section_year = _FIVE_YEAR_END[fm.group(1)]
        elif top and not self.report_doc:
            self.history_mode, self.section_year = False, None
            self.goal_section = False

    def _history_paragraph(self, para: str) -> bool:
        """A paragraph opening in the past (2023年,… / 近年来 / “十三五”以来) is a baseline."""
        m = _PAST_OPENING.match(para)
        if not m:
            return False
        if "期间" in m.group(0) and _PLAN_PERIOD_WILL.match(para, m.end()):
            return False  # “十三五”期间,内蒙古将…: the plan's own period
        fm = _FIVE_YEAR.match(para)
        if fm and self.ref_year is not None and _FIVE_YEAR_END[fm.group(1)] < self.ref_year:
            return True  # “十三五”期间,… in a “十四五” plan: the last period's record
        if ("期间" in m.group(0) or "时期" in m.group(0)) and self.goal_section:
            # (三)总体目标 / “十二五”期间,…: the goals of the plan's period, whose end
            # is the deadline of the section's later targets too.
            if self.section_year is None and fm:
                self.section_year = _FIVE_YEAR_END[fm.group(1)]
            return False
        year = m.group("year")
        if year is None:
            # 一、工作目标 ⏎ 一季度,全县规上工业增加值增长8.5%以上: in a plan's goals a
            # stretch of the year is the stretch planned
            # (上半年,…同比增长4.3%,汽车产量103.6万辆 in a revision: the record, no 以上/力争)
            first = re.split(r"[。;；]", para, maxsplit=1)[0]
            return not (
                self.goal_section
                and not self.report_doc
                and _YEAR_STRETCH.search(m.group(0))
                and _REPORT_TARGET.search(first)
            )
        return self.ref_year is not None and int(year) < self.ref_year

    def _excluded(self, pos: int) -> bool:
        if not self.exclude:
            return False
        src = to_source_offset(self.deleted, pos)
        i = bisect_right(self.exclude_starts, src) - 1
        return i >= 0 and src < self.exclude[i][1]

    def _closed(self, pos: int) -> bool:
        if not self.closed:
            return False
        src = to_source_offset(self.deleted, pos)
        return any(a <= src < b for a, b in self.closed)

    def _candidates(self, s: int, e: int) -> list[tuple[int, int, str, re.Match[str]]]:
        text = self.text
        cands: list[tuple[int, int, str, re.Match[str]]] = []
        seg = text[s:e]
        # Each pattern is only run where its literal words occur (a cheap test that
        # saves most of the scanning: most sentences hold none of them).
        specials = (
            [(m.start(), m.end(), "special", m) for m in _SPECIAL.finditer(text, s, e)]
            if _special_possible(seg)
            else []
        )
        if _CLASS_SCALE_WORD.search(seg):
            for rx in (_CLASS_SCALE, _CLASS_SCALE_PRE):
                specials.extend(
                    (m.start(), m.end(), "special", m)
                    for m in rx.finditer(text, s, e)
                    # (培育形成1个200亿级产业集群: a count of clusters, read as a count)
                    if not (
                        rx is _CLASS_SCALE_PRE
                        and not m.group("classnames")
                        and text[m.start("classamt") - 1] == "个"
                    )
                )
            specials.sort(key=lambda c: c[0])
        taken: list[tuple[int, int]] = [(a, b) for a, b, _, _ in specials]
        for m in _INDEX_VALUE.finditer(text, s, e) if _INDEX_WORDS_RE.search(seg) else ():
            if _is_boundary(text, m.end(), e):
                v = "v" if m.group("v") else "gv"
                cands.append((m.start(v), m.end(), "index", m))
                taken.append((m.start(v), m.end()))
        for m in _FRACTION.finditer(text, s, e) if _fraction_possible(seg) else ():
            cands.append((m.start(), m.end(), "fraction", m))
            taken.append((m.start(), m.end()))
        for m in _quantities(text, s, e):
            if taken and any(a < m.end() and m.start() < b for a, b in taken):
                continue
            cands.append((m.start(), m.end(), "quantity", m))
            if len(cands) > MAX_CANDIDATES:
                break
        cands.extend(specials)
        if not cands:
            return cands
        # Numbers that are no candidates: the baselines after 由 (分别由3项、66项增加到…),
        # the grounds of a target (依据区人代会目标设置,高于…7.5%…) and another currency
        # of the same threshold (10亿元(或1亿美元)以上项目).
        # (each pattern only where its opening word is: 由, 比/较, a bracket)
        skip = [
            (m.start(1), m.end(1))
            for rx, words in ((_FROM_TO, "由"), (_BASE_AMOUNT, "比较"))
            if any(w in seg for w in words)
            for m in rx.finditer(text, s, e)
        ]
        if "(" in seg or "（" in seg:
            skip += [
                (m.start(), m.end())
                for rx in (_RATIONALE_ASIDE, _ALTERNATIVE_ASIDE)
                for m in rx.finditer(text, s, e)
            ]
        if skip:
            cands = [c for c in cands if not any(a <= c[0] < b for a, b in skip)]
        cands.sort(key=lambda c: c[0])
        return cands

    def _sentence(self, s: int, e: int, ctx: _Ctx | None, sentence_no: int) -> None:
        text = self.text
        cands = self._candidates(s, e)
        if not cands:
            return
        prev_end = s
        prev_kind: TargetKind | None = None
        prev_class: str | None = None
        self._prev_prenominal = False
        self._prev_appos = self._cur_appos = False
        self._descriptor_span: tuple[int, int] | None = None
        self._prev_unit: str | None = None
        self._sentence_no = sentence_no
        self._paired: list[str] = []
        whole: int | None = None
        in_parts = False
        first_index = len(self.out)
        sent_start = _sentence_start(text, s)
        mid_words = _MID_REPORT_WORDS.search(text, sent_start, e) is not None
        entry_words = _ENTRY_WORDS.search(text, sent_start, e) is not None
        for idx, (c_start, c_end, ctype, m) in enumerate(cands):
            if c_start < prev_end:
                continue
            if ctype != "special" and _in_quotes(text, s, c_start):
                continue
            # The clause the candidate belongs to.
            seps = [x.end() for x in _CLAUSE_SEP.finditer(text, prev_end, c_start)]
            clause_start = max([prev_end, *seps])
            head_start = clause_start
            head = text[head_start:c_start]
            # 其中 opens the parts of the last whole.
            between = text[prev_end:c_start]
            resumed: FoundTarget | None = None
            if (
                in_parts
                and whole is not None
                and between.lstrip(" ").startswith((")", "）"))
                and _BRACKET_PARTS.search(text, self.out[whole].end, prev_end)
            ):
                # …减少11.9%(其中…12.6%)、15.5%: the bracket closed the parts; the list of
                # the whole's values goes on.
                resumed, in_parts, whole = self.out[whole], False, None
            if _PARTS.search(between) and len(self.out) > first_index:
                in_parts = True
                whole = whole if whole is not None else len(self.out) - 1
            clause_text = text[clause_start:c_end]
            nxt = _CLAUSE_SEP.search(text, c_end, e)
            if _AHEAD.search(text, clause_start, nxt.start() if nxt else e):
                continue  # 提前两年完成…目标任务 in a forward sentence: that clause only
            hist = _HISTORY.search(text[clause_start:c_start])
            if (
                hist
                and _MONTHS_SO_FAR.fullmatch(hist.group())
                and self.one_year
                and self.goal_section
                and not self.history_mode
                and not _YOY.search(text, clause_start, c_end)
            ):
                hist = None  # 一、主要目标 … 1—3月新增入规企业15家 in a quarter's plan: the aim
            if len(self.out) > first_index and _AIM_NAMED_AFTER.fullmatch(text, prev_end, c_start):
                continue  # 高于全年9%的目标0.3个百分点: the margin over the aim just read
            if hist and _BRACKET_AIM.search(text, clause_start, c_start):
                hist = None  # 增长7.2%,低于年度目标(8%): the aim in brackets beside the record
            if hist or self._is_history(s, c_start):
                continue
            if (
                self._aims_only
                and (
                    not (
                        _STATED_AIM.search(text, clause_start, c_start)
                        or _AIM_AFTER.match(text, c_end)
                        or _RECORD_AFTER.match(text, c_end)
                        # (…年度目标分别为260亿元、180亿元: the aims' list goes on)
                        or (len(self.out) > first_index and text[prev_end:c_start] in ("、", "和"))
                    )
                    or (
                        _GAP_TO_AIM.search(text, clause_start, c_start)
                        # (低于年度目标(8%) / 高于全年9%的目标: the gap's aim, written with it)
                        and not _BRACKET_AIM.search(text, clause_start, c_start)
                        and not _AIM_NAMED_AFTER.match(text, c_end)
                    )
                )
            ):
                continue  # 全年目标增长8%,前三季度增长6.9%: the record beside the aim
            if (
                self.outer_scopes
                and self._outer_subject(sent_start, c_start)
                # (全省…示范县创建考核位次前移3位: the place's own rank in the wider contest)
                and not _STANDING_WORD.search(text, clause_start, c_end)
            ):
                continue  # 全省提出,到2027年全省…达到…: a higher level's target, quoted
            origs = list(_ORIGINAL.finditer(text, clause_start, c_start))
            if origs and not _REVISED.search(text, origs[-1].end(), c_start):
                continue  # 原定到2025年突破2500亿元 / (原目标5600亿元): the value revised away
            if self._forecast_before(sent_start, clause_start):
                continue  # 预计到2025年,全县工业总产值将达到300亿元: a forecast
            clause_end = nxt.start() if nxt else e
            if _QUALIFIES_LIST.match(text, c_end, clause_end) and not _GOAL_WORD_END.search(
                text, c_end, min(len(text), clause_end + 1)
            ):
                continue  # 建立10户…企业、60户…企业目标培育库: the counts qualify the 库
            if _ATTENDANCE.search(text, clause_start, c_start):
                continue  # 应到代表558名,实到523名: a meeting's attendance
            if _ROUTINE_CLAUSE.match(text, clause_start, c_start):
                continue  # 每月调度重点企业200家 / 每月走访不少于1次: a routine
            if _ROSTER_TALLY.search(text, clause_start, c_start):
                continue  # 全区共列入重点工业项目56个: the size of a roster
            if _SCORING_CLAUSE.search(text, clause_start, c_start) or _SCORING_CLAUSE.search(
                _CLOSED_BRACKET.sub("", text[c_end:clause_end])
            ):
                # 主要指标(权重70%) / 完成年度目标的得基本分的80% / 增长8%的得10分: a
                # scoring rule; 增长8%(权重15分) is a target with its weight beside it
                continue
            if _GRADE_QUOTA.match(text, clause_start, c_start):
                continue  # 其中A类不超过参评企业数的20%: how many may be graded so
            if _CLASS_DEFINED.search(text, clause_start, c_start):
                continue  # D类企业(亩均税收1万元/亩以下): what puts a firm in the class
            if entry_words and (
                _ENTRY_RULE.search(text, sent_start, c_start)
                or _ENTRY_SUBJECT.search(
                    text, _semicolon_clause_start(text, sent_start, c_start), c_start
                )
            ):
                continue  # 控制性指标为:投资强度不低于300万元/亩: what each project must meet
            if (
                ctype == "quantity"
                and _unit_class(m.group("unit") or "") == "money"
                and _LAND_PRICE.search(text, sent_start, c_start)
            ):
                continue  # 土地出让价格…,每亩不低于19.2万元: a price rule
            if _GRANT_EACH.search(text, clause_start, c_start) and _CONDITION_BEFORE.search(
                text, sent_start, clause_start
            ):
                continue  # 对排名前三的园区,在用地指标分配中各增加50亩: a reward
            if (
                ctype == "quantity"
                and m.group("unit") in ("次", "场")
                and _ROUTINE_TIMES.search(text, clause_start, c_start)
            ):
                continue  # 每季度开展1次专题招商推介活动: a routine
            if ctype == "quantity" and _RULE_CLAUSE.search(text, clause_start, clause_end):
                unit_class = _unit_class(m.group("unit"))
                if unit_class == "pct" or "每" in text[clause_start:c_start]:
                    continue  # 第三年补贴50% / 每千瓦时加价0.1元: a subsidy or price rule
            if _SETUP_WORDS.search(text, clause_start, c_start) and _TEAM_SETUP.match(
                text, clause_start, clause_end
            ):
                continue  # 组建12支招商小分队 / 设立3个驻点联络处: how the work is organised
            if _RULE_FRAME.match(text, clause_start, e):
                continue  # 以亩均税收低于10万元/亩…的地块为重点: a rule's threshold
            if _REWARD_AFTER.match(text, c_end):
                continue  # 对年度考核前3名给予集体嘉奖: who a reward goes to
            if _PROGRESS_AFTER.match(text, c_end):
                continue  # 其中8项达到或超过序时进度,3项滞后: how the indicators stand
            if (op := text.rfind("(", sent_start, c_start)) >= 0 and (
                _EXISTING_INCLUDED.match(text[op:c_start])
                or _PROJECT_NOTE.match(text[max(0, op - 2) : c_start])
            ):
                # 累计拥有…15家(含“十四五”前认定的5家): what is counted already;
                # …制氢项目(总投资57亿元,年产绿氢1万吨): the project's particulars
                continue
            if _CONDITION_CLAUSE.fullmatch(
                text, clause_start, clause_end - (text[clause_end - 1 : clause_end] in "。!！")
            ):
                continue  # 对年产值首次突破10亿元的企业,给予…奖励: who a policy applies to
            if "对" in text[sent_start:c_start] and any(
                a <= c_start < b for a, b in self._conditions(sent_start, e)
            ):
                continue  # 对投资额不低于5000万元(其中设备…不低于2000万元)的项目,…
            if text[max(0, c_start - 2) : c_start].endswith(
                ("(", "(共", "(计")
            ) and _TALLY_END.match(text, c_end):
                continue  # 一、…牵头工作(8项): how many items a heading holds
            if not self._aims_only and mid_words and _MID_REPORT.search(text, sent_start, c_start):
                continue  # 截至目前,…;…: a report runs to the end of its 。-sentence
            if self._will_forecast(s, e, head, ctx):
                continue
            fb = _FENBIE.search(head.rstrip()) if ctype == "quantity" else None
            group = (
                self._fenbie(
                    cands=cands, idx=idx, s=s, e=e, clause_start=clause_start, head=head, fb=fb
                )
                if fb
                else None
            )
            if group:
                made = group
            elif ctype == "special":
                made = self._special(
                    m, s=s, e=e, clause_start=clause_start, head=head, prev_class=prev_class
                )
            elif ctype == "index":
                made = self._index(m, clause_start, head)
            elif ctype == "fraction":
                made = self._fraction(m, clause_start, head, e)
            else:
                # 机器人密度达到每万名工人500台: the denominator before the number
                per = _PER_BEFORE.search(head)
                made = self._quantity(
                    m,
                    s=s,
                    e=e,
                    clause_start=clause_start,
                    head=head[: per.start()] if per else head,
                    prev_kind=prev_kind,
                    prev_class=prev_class,
                    clause_text=clause_text,
                )
                if per:
                    # (达到每亩150万元: an amount per mu; 每人 and 每亩 only before money)
                    money = per.group("den").startswith("万") or (m.group("unit") or "").endswith(
                        "元"
                    )
                    for t in made:
                        if money and t.unit and "/" not in t.unit:
                            t.unit = f"{t.unit}/{per.group('den')}"
            if not made:
                continue
            if len(made) == 1 and not group:
                made = self._conjoined(made[0], clause_start, head, step=ctype == "special")
            if resumed is not None and not head.strip(" )）、,，和及"):
                for t in made:
                    if t.unit == resumed.unit:
                        t.kind, t.start = resumed.kind, max(t.start, c_start)
                        t.indicator = self._paired.pop(0) if self._paired else resumed.indicator
            for t in made:
                t.sentence = sentence_no
                if self._aims_only and not _AIM_DEBRIS.sub("", t.indicator):
                    self._name_aim(t, s, clause_start)  # 工业投资完成52亿元,占全年目标80亿元
                self._finish(t, s, ctx)
                if in_parts and whole is not None:
                    t.parent = whole
                    yp = _YEAR_PART.match(text, t.start, t.end)
                    if yp and self.out[whole].kind is TargetKind.CUMULATIVE:
                        # 三年累计完成80亿元,分年度为2024年25亿元、…: each year's amount
                        t.year, t.basis, t.year_fixed = int(yp["y"]), DeadlineBasis.STATED, True
                        # (a year's amount done; a year's count of new things)
                        counted = _unit_class(t.unit or "") == "count"
                        t.kind = TargetKind.INCREMENT if counted else TargetKind.LEVEL
                    if _AREA_ITEM.fullmatch(t.indicator) and t.unit == self.out[whole].unit:
                        # 入库企业400家,其中龙游县、江山市各80家: the place's share of it
                        t.indicator += _SCOPE_LEAD.sub("", self.out[whole].indicator)
                    w = self.out[whole]
                    if (
                        t.kind is TargetKind.LEVEL
                        and w.kind in (TargetKind.GROWTH_RATE, TargetKind.REDUCTION)
                        and t.unit == w.unit
                        and _AREA_ITEM.fullmatch(_PART_OPEN.sub("", head).strip(" ,，、:："))
                    ):
                        t.kind = w.kind  # 增长8%,其中:城东街道8.5%、…: each place's rate
                    if ctype == "quantity" and _PARTS.search(between):
                        self._part_kind(t, self.out[whole], head)
                        w_ind = self.out[whole].indicator
                        if t.unit == "%" and "用于" in w_ind and w_ind.endswith("比例"):
                            # 指标35%用于工业,其中小微企业园不低于5%: a share of the same quota
                            t.indicator = f"{w_ind.split('用于')[0]}用于{t.indicator}比例"
                self.out.append(t)
            last = made[-1]
            prev_end = max(prev_end, last.end, c_end)
            prev_kind = last.kind
            prev_class = _unit_class(last.unit) if last.unit else prev_class
            self._prev_unit = last.unit
            self._prev_prenominal = ctype == "quantity" and _is_prenominal(text, c_end, e)
            self._prev_appos, self._cur_appos = self._cur_appos, False
            if not in_parts:
                whole = None

    def _conditions(self, s: int, e: int) -> list[tuple[int, int]]:
        """The 对…的X, conditions of a sentence, brackets inside them included."""
        return [(m.start(), m.end()) for m in _CONDITION_SPAN.finditer(self.text, s, e)]

    def _name_aim(self, t: FoundTarget, s: int, clause_start: int) -> None:
        """Name a year's aim by the subject of the record before it in the sentence.

        全县规上工业增加值同比增长6.2%,全年目标为增长8% → 全县规上工业增加值增长;
        新增规上工业企业9家,全年目标20家 → 规上工业企业, an increment.
        """
        text = self.text
        bounds = [s, *(m.end() for m in _CLAUSE_SEP.finditer(text, s, clause_start))]
        for a, b in reversed(list(itertools.pairwise(bounds))):
            m = _RECORD_SUBJECT.match(text, a, b)
            if m is None:
                continue
            subject = m.group("subj")
            new = subject.startswith(("新增", "净增"))
            name = _clean_indicator(subject)
            if not name:
                continue
            if t.kind is TargetKind.GROWTH_RATE:
                name += "增长"
            elif new and _unit_class(t.unit or "") == "count":
                t.kind = TargetKind.INCREMENT
            t.indicator = name
            return

    def _conjoined(
        self, t: FoundTarget, clause_start: int, head: str, *, step: bool
    ) -> list[FoundTarget]:
        """A、B和C…均/都/双双 + verb + value: one target per conjunct (as 分别, one value).

        A和B迈上万亿元台阶 (a step of amounts) reads the same without 均.
        """
        h = head.rstrip()
        mark = _ALL_MARK.search(h)
        rate = None
        if (
            mark is None
            and t.unit == "%"
            and t.kind
            in (
                TargetKind.GROWTH_RATE,
                TargetKind.REDUCTION,
            )
        ):
            rate = _RATE_VERB_END.search(h)
        ratio = None
        if mark is None and rate is None and t.unit == "%" and t.kind is TargetKind.LEVEL:
            ratio = _RATIO_VERB_END.search(h)
        metric = None
        if mark is None and rate is None and ratio is None and t.unit in ("万亿元", "亿元", "万元"):
            # 新材料产业、先进装备制造产业营收突破1000亿元: one metric after named industries
            metric = _INDUSTRY_METRIC_END.search(h)
        if (
            mark is None
            and rate is None
            and ratio is None
            and metric is None
            and not (step and t.value is not None and t.unit in ("万亿元", "亿元"))
        ):
            return [t]
        if t.value is None:
            return [t]
        if bm := _BASE_AMOUNT.search(self.text, clause_start, clause_start + len(h)):
            # 比2010年的12.4万吨、1.07万吨分别减少11.9%、15.5%: the list is of baselines,
            # one for each indicator just given a value, in order.
            k = bm.group(1).count("、") + 1
            earlier = [x for x in self.out if x.sentence == self._sentence_no]
            if k > 1 and len(earlier) >= k:
                t.indicator = earlier[-k].indicator
                self._paired = [x.indicator for x in earlier[-k + 1 :]]
            return [t]
        found = mark or rate or ratio or metric
        cut = found.start() if found else len(h)
        tally_metric = ""
        if tally := _LIST_TALLY.search(h, 0, cut):
            cut = tally.start()  # A、B、C等三项主要指标分别…: the tally names no indicator
            if (mark is not None or rate is not None) and (tm := _METRIC_END.search(tally.group())):
                # A、B两大特色产业产值年均增长8%: each item's 产业产值
                tally_metric = ("产业" if "产业" in tally.group() else "") + tm.group()
        stop = clause_start + cut
        lead = self._skip_lead(clause_start, stop)
        etc = _ETC_NOUN_TAIL.search(self.text, lead, stop) if mark is not None else None
        if (
            etc
            and "、" in self.text[lead : etc.start()]
            and (
                (len(etc.group("noun")) <= 12 and _AMOUNT_WORD.search(etc.group("noun")[-4:]))
                or (t.unit == "%" and _RATIO_END.search(etc.group("noun")))
            )
        ):
            # 动力装备、高端化工、食品加工等产业集群规模均超过2000亿元: each item's 规模;
            # 电动工具、杯壶等重点行业规上企业智能化改造覆盖率均达到90%: each one's rate
            parts = self._split_parts(lead, etc.start(), "、和与及")
            names = [_clean_indicator(self.text[a:b]) for a, b in parts]
            noun = re.sub(r"^(?:重点|主要|传统|优势|特色)", "", etc.group("noun"))
            if 2 <= len(parts) <= 16 and all(names):
                return _spread(t, parts, [n + noun for n in names])
        seps = "、和与及"
        pieces = self.text[lead:stop].split("、")
        if len(pieces) >= 3 and all(_ONE_IDEOGRAPH.fullmatch(p) for p in pieces[1:-1]):
            # 水、电、气、网络保障率均达到100%: items of one character share a noun
            # whose start cannot be told; the list stays one indicator
            return [t]
        if len(pieces) > 1 and all(re.search("[与和及]", p) for p in pieces):
            seps = "、"  # 大数据与新一代信息技术、智能制造与高端装备: compound names
        parts = []
        for a, b in self._split_parts(lead, stop, seps):
            if parts and self.text[a - 1] in "和及与" and re.search("[中的]", self.text[a:b]):
                # 公交车、出租车新增及更新车辆中新能源汽车比例: 及 joins two verbs of
                # the measure shared by the list, not two of its items
                parts[-1] = (parts[-1][0], b)
            else:
                parts.append((a, b))
        if len(parts) < 2 or len(parts) > 16:
            return [t]
        names = [_clean_indicator(self.text[a:b]) for a, b in parts]
        if not all(names):
            return [t]
        if tally_metric:
            names = [n + (tally_metric[2:] if n.endswith("产业") else tally_metric) for n in names]
        if rate is not None and not all(_METRIC_END.search(n) for n in names):
            return [t]  # 中联重科、三一重工产值增长15%: one metric of a list of subjects
        if ratio is not None and not all(_RATIO_END.search(n) for n in names):
            return [t]  # 新建公共建筑、新建厂房屋顶光伏覆盖率: one ratio of a list of subjects
        if metric is not None:
            if not all(_INDUSTRY_END.search(n) for n in names):
                return [t]  # 龙头企业营收、利润突破…: no list of industries
            names = [n + metric.group("m") for n in names]
        elif (
            mark is None
            and rate is None
            and ratio is None
            and not all(_AMOUNT_WORD.search(n) for n in names)
        ):
            return [t]
        if mark is not None and "分别" in mark.group() and t.unit in ("名", "位"):
            # A、B分别进入全国前五位、前三位: one rank each, in order
            ranks = list(_rank_list(self.text, t.end))
            if len(ranks) == len(parts) - 1:
                first = attrs.evolve(t, indicator=names[0], start=parts[0][0])
                return [first] + [
                    attrs.evolve(t, indicator=n, start=a, end=b, value=Decimal(v))
                    for n, (a, b, v) in zip(names[1:], ranks, strict=True)
                ]
        return _spread(t, parts, names)

    @staticmethod
    def _part_kind(t: FoundTarget, whole: FoundTarget, head: str) -> None:
        """A part (其中…不少于10家) counts what its whole counts: it takes the whole's kind.

        A part with a verb of its own (其中超过1000亿元的达到10个) keeps its kind. A bare
        part keeps its own comparator (培育绿色工厂50家以上,其中国家级20家: eq 20): the
        whole's 以上 bounds the whole, not how its parts split.
        """
        if (
            t.kind is TargetKind.LEVEL
            and whole.kind in (TargetKind.INCREMENT, TargetKind.CUMULATIVE)
            and t.unit is not None
            and whole.unit is not None
            and _unit_class(t.unit) == _unit_class(whole.unit) != "pct"
            and not _PART_VERB.search(head)
            # 累计整治1.5万亩,其中2024年完成5000亩: a year's share keeps its own kind
            and not (whole.kind is TargetKind.CUMULATIVE and _YEAR.search(head))
        ):
            t.kind = whole.kind
        if (
            t.kind is TargetKind.LEVEL
            and whole.kind in (TargetKind.GROWTH_RATE, TargetKind.REDUCTION)
            and t.unit == whole.unit
            and _AREA_ITEM.fullmatch(
                head.strip(" ,，、:：").removeprefix("其中").strip(" ,，、:：")
            )
        ):
            t.kind = whole.kind  # 增长8%,其中:城东街道8.5%、…: each place's rate of change
        if (
            head.rstrip().endswith("的")
            and t.unit == whole.unit
            and "的" in whole.indicator
            and not t.indicator.endswith(noun := whole.indicator.rsplit("的", 1)[1])
        ):
            # 链主企业十家,其中超五十亿元的两家: the part is a size class of the whole's things
            t.indicator = f"{t.indicator}的{noun}"

    def _fenbie(
        self,
        *,
        cands: list[tuple[int, int, str, re.Match[str]]],
        idx: int,
        s: int,
        e: int,
        clause_start: int,
        head: str,
        fb: re.Match[str],
    ) -> list[FoundTarget] | None:
        """X、Y和Z…分别达到A、B和C: one target per value, paired in order (分别)."""
        text = self.text
        members = [cands[idx][3]]
        pos = cands[idx][1]
        for c_start, c_end, ctype, m in cands[idx + 1 :]:
            if ctype != "quantity" or not _FENBIE_GAP.fullmatch(text, pos, c_start):
                break
            members.append(m)
            pos = c_end
        if len(members) < 2 or not _is_boundary(text, pos, e):
            return None
        last_suf = members[-1].group("suf")
        cmp_word = _comparator_before(head)
        subj_end = clause_start + len(head.rstrip()) - len(fb.group(0))
        lead = self._skip_lead(clause_start, max(clause_start, subj_end))
        paired = self._year_list(s, clause_start, subj_end, len(members))
        if paired and paired[1] > lead:
            lead = paired[1]  # 2025年、2026年分别腾出…: the years name no indicator
        parts = self._split_parts(lead, subj_end, "、和及与")
        if paired is None and len(parts) == 1:
            # …2025年、2026年、2027年分别达到430亿元、490亿元、560亿元;规上工业企业数分别
            # 达到200家、230家、260家: a later 分别 of the sentence takes the same years
            paired = self._earlier_year_list(clause_start, len(members))
        indicators = [_clean_indicator(text[a:b]) for a, b in parts]
        if len(indicators) > 1 and (
            tn := re.search(r"以上(?P<noun>[\u4e00-\u9fff]{1,8})$", indicators[-1])
        ):
            # 签约亿元以上、10亿元以上项目分别…: the thresholds share the noun, and the
            # verb before the first is each one's
            vm = _NEW_VERB_LEAD.match(indicators[0])
            lead_verb = vm.group() if vm else ""
            indicators = [
                (lead_verb if lead_verb and i and not n.startswith(lead_verb) else "")
                + n
                + (tn.group("noun") if n.endswith("以上") else "")
                for i, n in enumerate(indicators)
            ]
        if paired and not any(indicators):
            verb = text[subj_end + 2 : members[0].start()].strip()
            named = [t.indicator for t in self.out if t.start >= s and verb and verb in t.indicator]
            indicators = [named[-1] if named else verb] * len(members)
        elif len(indicators) != len(members):
            earlier = [t for t in self.out if t.start >= s]
            if len(earlier) >= len(members):
                indicators = [t.indicator for t in earlier[-len(members) :]]
            else:
                indicators = [_clean_indicator(text[lead:subj_end])] * len(members)
        out: list[FoundTarget] = []
        for i, m in enumerate(members):
            unit = m.group("unit")
            if unit.endswith(")"):
                unit = unit[: unit.index("(")]
            if unit in ("万亿", "千亿", "百亿", "亿"):
                return None
            if _unit_class(unit) == "money" and _FUNDING.search(head.replace(" ", "")):
                return None  # 分别奖励100万元、50万元: rewards, read clause by clause
            a, b, c = m.group("a"), m.group("b"), m.group("c")
            try:
                value: Number = (
                    _decimal(a) if a else parse_number("一" + c if c[0] in "百千" else c)
                )
            except ParseError:
                return None
            high = _decimal(b) if b else None
            suf = m.group("suf") or last_suf
            if high is not None:
                comparator = Comparator.BETWEEN
            elif suf:
                comparator = _SUF_CMP[suf]
            else:
                comparator = cmp_word or Comparator.EQ
            uclass = _unit_class(unit)
            kind = _kind_for(head, uclass, prenominal=False, cmp_word=cmp_word) or TargetKind.LEVEL
            if kind is TargetKind.INCREMENT and uclass == "pct":
                kind = TargetKind.LEVEL
            if uclass == "times" and kind is TargetKind.LEVEL:
                kind = TargetKind.MULTIPLE
            elif unit == "个百分点" and kind is not TargetKind.REDUCTION:
                kind = TargetKind.INCREMENT
            start = self._skip_lead(clause_start, m.start()) if i == 0 else m.start()
            out.append(
                FoundTarget(
                    start=start,
                    end=m.end(),
                    indicator=indicators[i] or text[start : m.end()],
                    kind=kind,
                    comparator=comparator,
                    value=value,
                    unit=unit,
                    value_high=high,
                )
            )
            if paired:
                out[-1].year, out[-1].basis = paired[0][i], DeadlineBasis.STATED
                out[-1].year_fixed = True
        return out

    def _earlier_year_list(self, clause_start: int, n: int) -> tuple[list[int], int] | None:
        """The years of an earlier 分别 list in the sentence, if it had ``n`` of them."""
        text = self.text
        back = _sentence_start(text, clause_start)
        for y in reversed(list(_YEAR_LIST.finditer(text, back, clause_start))):
            years = [int(v) for v in _YEAR_NUM.findall(y.group(0))]
            if len(years) == n and "分别" in text[y.end() : clause_start]:
                return years, clause_start
        return None

    def _year_list(
        self, s: int, clause_start: int, subj_end: int, n: int
    ) -> tuple[list[int], int] | None:
        """The years of a 分别 list (2025年、2026年分别…), one per value, and where they end."""
        found = list(_YEAR_LIST.finditer(self.text, s, subj_end))
        if not found or found[-1].end() < clause_start:
            return None
        years = [int(y) for y in _YEAR_NUM.findall(found[-1].group(0))]
        return (years, found[-1].end()) if len(years) == n else None

    def _forecast_before(self, sent_start: int, clause_start: int) -> bool:
        """A 预计 opening an earlier clause of the sentence governs the clauses after it.

        The forecast runs to the 。 or ；, or until a clause that commits (力争, 确保 …).
        """
        text = self.text
        start = _semicolon_clause_start(text, sent_start, clause_start)
        opens = [m.end() for m in _FORECAST_OPEN.finditer(text, start, clause_start)]
        return bool(opens) and not re.search(_FORWARD_WORDS, text[opens[-1] : clause_start])

    def _will_forecast(self, s: int, e: int, head: str, ctx: _Ctx | None) -> bool:
        """将达到/将突破 with nothing forward-looking around it: a forecast (like 预计)."""
        if not _WILL_REACH.search(head.rstrip()):
            return False
        if _FORWARD_WILL.search(self.text, min(s, self.para_start), e):
            return False  # the sentence or its paragraph looks forward (到2025年,…;…将达到)
        if ctx is not None and ctx.year is not None:
            return False
        return self.section_year is None and self.lead_year is None

    def _years_before(self, back: int, s: int) -> list[re.Match[str]]:
        """The years of the sentence before its ;-clause at ``s`` that date it (no
        baseline, no 其中 part's year, no year of a period), read once per clause."""
        cached = self._clause_years.get(s)
        if cached is None:
            text = self.text
            periods = [(r.start(), r.end()) for r in _YEAR_RANGE.finditer(text, back, s)]
            cached = [
                y
                for y in _YEAR.finditer(text, back, s)
                if not _is_baseline(text, back, y)
                and not _in_part_list(text, back, y.start())
                # 第一阶段(2009-2012年):…: a period of the plan, not a year gone by
                and not any(a <= y.start() < b for a, b in periods)
                # (首期出资20亿元,2025年6月底前到位);新设子基金…: the remark's own date,
                # as a completion date closing an earlier clause (…,于2025年底前到位;)
                and not _closed_remark(text, back, y.start(), s)
                and not any(a <= y.start() < b for a, b in self.bracket_dates)
            ]
            self._clause_years[s] = cached
        return cached

    def _outer_subject(self, sent_start: int, pos: int) -> bool:
        """The last scope opening a subject before ``pos`` in its sentence is a level
        above the document's (全省… in a city's plan, 全市… in a county's)."""
        found = self._scopes.get(sent_start)
        if found is None:
            stop = self.text.find("。", sent_start)
            stop = len(self.text) if stop < 0 else stop
            text = self.text
            found = [
                (sm.start(), sm.group())
                for sm in _SCOPE_WORD.finditer(text, sent_start, stop)
                if sm.start() == 0
                or text[max(0, sm.start() - 2) : sm.start()].endswith(_SCOPE_OPENS_AFTER)
            ]
            self._scopes[sent_start] = found
        last = next((sc for at, sc in reversed(found) if at < pos), None)
        return last in self.outer_scopes

    def _is_history(self, s: int, pos: int) -> bool:
        """A year or five-year period before the plan (not a deadline) marks a baseline."""
        ref = self.ref_year
        if ref is None:
            return False
        fm = self._last_five_year(s, pos)
        if fm is not None and _FIVE_YEAR_END[fm.group(1)] < ref and "末" not in fm.group(0):
            lead = self.text[max(s, fm.start() - 3) : fm.start()]
            if not lead.endswith(("到", "至", "力争")):
                return True  # “十四五”时期,…年均增长8.1% in a 2026 report
        dated = (
            [int(d.group(1)) for d in _YEAR_MONTH.finditer(self.text, s, pos)]
            if self.text.find("月", s, pos) >= 0
            else []
        )
        if dated and dated[-1] < ref:
            return True  # 2023年5月,全市新增…: a date before the plan
        years = [
            y
            for y in _YEAR.finditer(self.text, s, pos)
            if not _is_baseline(self.text, s, y)
            # 突破100亿元(2024年为41.3亿元),实现翻一番: the remark's year dates only it
            and not _closed_remark(self.text, s, y.start(), pos)
            # 第一阶段(2009-2012年):…: a stage of the plan, no year gone by
            and not _STAGE_LABEL.search(
                self.text, max(0, y.start() - 14), max(self.text.rfind("(", s, y.start()), 0)
            )
        ]
        if not years and (back := _sentence_start(self.text, s)) < s:
            # 2023年,…同比增长9.1%;制造业投资增长14.6%: the sentence's year governs its
            # later ;-clauses, as it dates them
            years, s = self._years_before(back, s), back
        if not years:
            return False
        y = years[-1]
        if _BUILDS_ON.search(self.text, y.end(), pos):
            return False  # 2025年签约27个,在此基础上,每年招引30个以上: the aim after the record
        if self.written_year is not None and int(y.group(1)) < self.written_year:
            # 到2022年累计下降9.8% in a 2023 report on a 2021-2025 plan: a year gone
            # by when the document was written is a record, whatever its preposition
            return True
        if int(y.group(1)) >= ref:
            return False
        if any(
            int(r.group(1)) <= int(y.group(1)) <= int(r.group(2))
            for r in _YEAR_RANGE.finditer(self.text, s, y.start())
        ):
            return False  # 2023-2025年,…其中2023年新增1家: a year of the period named
        lead = self.text[max(s, y.start() - 3) : y.start()]
        return not lead.endswith(("到", "至", "力争"))

    # -- candidates -----------------------------------------------------------------

    def _quantity(
        self,
        m: re.Match[str],
        *,
        s: int,
        e: int,
        clause_start: int,
        head: str,
        prev_kind: TargetKind | None,
        prev_class: str | None,
        clause_text: str,
    ) -> list[FoundTarget]:
        text = self.text
        unit = m.group("unit")
        a, b, c = m.group("a"), m.group("b"), m.group("c")
        num_start = m.start()
        before = text[max(s, num_start - 1) : num_start]
        if before in ("第", "前", "近") and before != "近":
            return []
        if unit.endswith(")"):
            unit = unit[: unit.index("(")]  # 家(个): the first measure word
        if _in_project_remark(text, s, num_start):
            return []  # …绿氢项目(配套风电50万千瓦、光伏30万千瓦)建设: what the project is
        after = m.end()
        growth_after = False
        if unit == "万":
            if not _PEOPLE_WORD.search(text, clause_start, num_start):
                return []
            unit = "万人"  # 人口达到30万左右: ten thousands of people
        if unit in ("万亿", "千亿", "百亿", "亿"):
            # 突破千亿 / 五千亿规模: money only after an amount word (规模, 营收, 产值 …).
            if text.startswith("规模", after):
                pass
            elif not _is_boundary(text, after, e):
                return []
            if not _AMOUNT_WORD.search(text, s, num_start):
                return []
            unit += "元"
            prenominal = False
        else:
            prenominal = not _is_boundary(text, after, e)
            if prenominal and after < self.headline_end and text[after] == " ":
                prenominal = False  # 未来三年…年均增长8% 河北印发…: a headline's space
        uclass = _unit_class(unit)
        if prenominal and unit in _POWER_UNITS:
            return []  # 建设30MW风电场: the size of the plant built, a qualifier
        if unit == "个百分点" and _RELATIVE_MARGIN.search(head.rstrip()):
            return []  # 增速高于全市平均水平2个百分点: a margin over another measure
        if uclass == "count" and _DOUBLINGS_TALLY.match(text, after, e):
            return []  # 实现2个倍增 / 实现“两个翻番”: the doublings named before, counted
        if uclass == "pct" and prenominal and _GROWTH_AFTER.match(text, after):
            growth_after, prenominal = True, False
        if (
            prenominal
            and uclass != "count"
            and c is None
            and self._run_on(head, m.group("suf"), after, e, share=uclass == "pct")
        ):
            prenominal = False  # …年均增长6%左右高新技术产业…达到40%: a lost comma
        if prenominal and _GOAL_NOUN_AFTER.match(text, after):
            prenominal = False  # 围绕…产量突破100万辆目标: the value names the goal
        share_use = ""  # the whole and the use a share is of (…用地按“标准地”出让)
        if uclass == "pct" and prenominal:
            if _PCT_MANNER.match(text, after) and (whole := _clean_indicator(head.strip())):
                # 新增工业用地100%按“标准地”出让: the share of a whole done in that way
                prenominal, share_use = False, whole + self._to_boundary(after, e)
            elif _SHARE_PUT_TO.match(text, after, e) and _SHARE_ASSIGN.search(head.rstrip()):
                # 每年安排不低于30%的新增工业用地用于…: the share of a whole put to a use
                prenominal, share_use = False, self._to_boundary(after, e)
            share_use = _clean_indicator(share_use.removeprefix("以上").removeprefix("的"))
        if prenominal and text.startswith("的", after) and _SHARE_OF_AIM.search(head):
            prenominal = False  # 占全年目标80亿元的65.4%: the aim, then the share done
        head_stripped = head.rstrip()
        # 新增至少1个… / 引进超过10家…: the comparator word stands between verb and count
        verb_before = (
            bool(_VERB_BEFORE.search(_CMP_AFTER_VERB.sub("", head_stripped)))
            or ("了" not in head_stripped and bool(_VERB_MODIFIER_BEFORE.search(head_stripped)))
            or bool(m.group("suf") and _VERB_SCOPE_BEFORE.search(head_stripped))
        )
        # A list item after a prenominal count shares its verb (覆盖500家企业、3000人次的…培训).
        continues = (
            self._prev_prenominal
            and not _LEADING_REMARK.sub("", head_stripped).strip(" 、,，和及")
            and text[max(s, num_start - 3) : num_start].strip(" ")[-1:]
            in ("、", ",", "，", "和", "及")
        )
        # 每个县(市)重点发展2个以上…: a count each unit reaches (distributive).
        distributive = bool(
            uclass == "count"
            and prenominal
            and unit not in ("次", "人次", "场")
            and _DISTRIBUTIVE.search(head_stripped)
            and _DIST_VERB.search(head_stripped)
        )
        # 打造有色、电子信息2个万亿级产业(,装备、石化…6个…): the names are apposition.
        appos = False
        if uclass == "count" and prenominal and not verb_before:
            lead_end = _LEAD_STRIP.match(head_stripped)
            am = _APPOS.fullmatch(head_stripped, lead_end.end() if lead_end else 0)
            appos = am is not None and (
                am.group("verb") is not None
                or self._prev_appos
                # 本桓、凌绥、台黑4条高速公路建成通车: the named list comes into being
                or bool(_APPOS_PRED.match(text, after, e))
                # …千亿级产业集群,新材料、医药2个400亿级产业集群: a list of size classes
                or bool(
                    self.out
                    and self.out[-1].end >= s
                    and _size_class_item(self.out[-1])
                    and _SIZE_CLASS.match(text, after, e)
                )
            )
        self._cur_appos = appos
        if (
            appos
            and am is not None
            and am.group("verb") is not None
            and not _APPOS_PRED.match(text, after, e)
            and not _SIZE_CLASS.match(text, after, e)
        ):
            # 打造集成电路、生物医药、高端装备三条产业链: the count only tallies the names
            # before it; with a size class (2个万亿级产业) it stays a target.
            return []
        # 至少引进一个… / 每年…引进两个…: a Chinese-numeral count after its verb.
        cn_count = verb_before and bool(_CN_COUNT_OK.search(head_stripped))
        money_cn = c is not None and uclass == "money"
        # 实现千亿元产业目标 / 向5000亿元目标迈进: the amount is the goal itself.
        goal = (
            _AMOUNT_GOAL.match(text, after, e)
            if uclass == "money" and _GOAL_AIM_VERB.search(head.rstrip())
            else None
        )
        if money_cn and prenominal and goal is None:
            return []  # 超百亿元的企业: a qualifier
        if uclass == "count" and prenominal:
            np_m = _NP_AFTER.match(text, after, e)
            np_here = np_m.group() if np_m else ""
            if (
                unit in ("项", "个")
                and head_stripped.endswith("实施")
                and _PROGRAMME_NAME.fullmatch(np_here)
            ):
                return []  # 深入实施15项重大工程: the plan's own structure, not an outcome
            if unit in ("项", "个", "大") and _PLAN_INDICATORS.match(text, after):
                return []  # (五)新增两项指标: the plan's own indicators counted
            if unit == "大" and _TIER_COUNT.match(text, after):
                return []  # 五大领域15个…产业链: 五大领域 qualifies the count that follows
        if (c is not None and not money_cn) or unit == "大":
            # A Chinese numeral, or N大, counts only where an outcome verb opens the clause
            # (培育形成…三大产业集群) or a list of such counts goes on (…两大…). N大 after
            # any other verb (实施八大工程, 聚焦十大产业) names a structure.
            if text[num_start - 1 : num_start] == "等" and not (
                unit != "大" and _SIZE_CLASS_AFTER.match(text, after)
            ):
                # A、B、C等四大行动: the size of a named list, not an outcome (but A、B、C等
                # 三个百亿级产业集群 counts the clusters of a size class)
                return []
            np_after = _NP_AFTER.match(text, after, e)
            if unit == "大" and np_after and _PROGRAMME_NOUN.search(np_after.group()):
                return []  # 打造4大标志性工程: the plan's own structure, not an outcome
            opener = _FORM_OPENS if unit == "大" else _VERB_OPENS
            opens = bool(opener.match(head_stripped.lstrip(" ,，、;；:：")))
            if uclass in ("pct", "measure") and unit != "大":
                # 提高三个百分点 / 完成低效用地再开发三千亩: a change or outcome verb
                # before a number in words
                if not (
                    opens
                    or _CN_CMP_BEFORE.search(head_stripped)
                    or _CN_CHANGE_BEFORE.search(head_stripped)
                ):
                    return []
            elif (
                uclass != "count"
                or not (
                    opens
                    or (unit == "大" and self._prev_unit == "大")
                    or (unit != "大" and (cn_count or distributive or appos))
                    # 获奖企业达到三十家: a comparator verb right before the numeral
                    or (unit != "大" and _CN_CMP_BEFORE.search(head_stripped))
                    # 规上工业企业净增四十户: a net addition to a named stock
                    or (unit != "大" and _CN_ADD_BEFORE.search(head_stripped))
                    # …企业十家,其中超五十亿元的两家: a part named by its size class
                    or (
                        unit != "大"
                        and head_stripped.endswith("的")
                        and head_stripped.lstrip(" ,，;；").startswith("其中")
                    )
                    # 新增…十家、…两家: the list of counts goes on
                    or (
                        unit != "大"
                        and self.out
                        and self.out[-1].end >= clause_start
                        and _unit_class(self.out[-1].unit or "") == "count"
                        and text.startswith("、", self.out[-1].end)
                    )
                    # …二十家,绿色供应链管理企业两家: after a comma, with no verb of its own
                    or (
                        unit != "大"
                        and self.out
                        and _unit_class(self.out[-1].unit or "") == "count"
                        and text[self.out[-1].end : clause_start].strip(" ") in (",", "，")
                        and not _VERB_BEFORE.search(head_stripped)
                        and not prenominal
                    )
                )
            ):
                return []
        if c is not None:
            try:  # 百亿元, 千亿元: a bare place means one of it
                value: Number = parse_number("一" + c if c[0] in "百千" else c)
                cb = m.group("cb")  # 三至五家: a range in words
                high: Number | None = parse_number(cb) if cb else None
            except ParseError:
                return []
            if high is not None and high < value:
                return []
        else:
            value = _decimal(a)
            high = _decimal(b) if b is not None else None
            if high is not None and high < value:
                return []
        if (gm := goal) is not None:
            what = gm.group("what") or ""
            subject = _clean_indicator(_GOAL_AIM_VERB.sub("", head.rstrip()))
            subject = _PERIOD_WORDS.sub("", _SCOPE_LEAD.sub("", subject))
            if what in ("", "产业", "工业", "集群", "产业集群") and not _FLOW_END.search(subject):
                what += "规模"  # 千亿元产业目标: the scale of the industry
            return [
                FoundTarget(
                    start=self._skip_lead(clause_start, num_start),
                    end=gm.end(),
                    indicator=subject + what,
                    kind=TargetKind.LEVEL,
                    comparator=_SUF_CMP[m.group("suf")] if m.group("suf") else Comparator.GE,
                    value=value,
                    unit=unit,
                    value_high=high,
                )
            ]
        if (
            uclass == "pct"
            and not _is_boundary(text, after, e)
            and not growth_after
            and not _LEAD_STRIP.sub("", _SCOPE_LEAD.sub("", head.strip(" ,，;；:：")))
            and (sp := _PCT_SUBJECT.match(text, after, e))
        ):
            # 90%以上规上企业实现数字化改造: the share of the subject that does it.
            clause_end = _clause_end(text, sp.end(), e)
            return [
                FoundTarget(
                    start=self._skip_lead(clause_start, num_start),
                    end=clause_end,
                    indicator=sp.group("np") + text[sp.start("verb") : clause_end],
                    kind=TargetKind.LEVEL,
                    comparator=_SUF_CMP[m.group("suf")] if m.group("suf") else Comparator.EQ,
                    value=value,
                    unit=unit,
                )
            ]
        if (
            uclass == "money"
            and _FUNDING.search(clause_text.replace(" ", ""))
            and not _FUND_AIM.search(head_stripped.replace(" ", ""))
        ):
            # In a plan that sets up funds (…产业基金设立方案), the funds' sizes are its aims.
            return (
                self._fund_scale(m, clause_start, head_stripped, after, e, value, unit)
                if self.fund_plan
                else []
            )
        if (
            uclass == "count"
            and _tallies_list(head_stripped, value)
            and not _SIZE_CLASS_AFTER.match(text, after)
        ):
            return []  # 包括A、B、C、D等4项: the count of the things just named
        if (
            uclass == "pct"
            and _RATE_RULE.search(head_stripped.replace(" ", ""))
            and not _LOWER_TO.search(head_stripped)  # 担保费率降至1%以下: an aim
        ):
            return []  # 母基金出资比例最高可至30% / 担保费率不超过1%: a rule of the money
        if (
            uclass == "money"
            and _FUND_SIZE.fullmatch(head_stripped.lstrip(" ,，;；"))
            and _FUND_BEFORE.search(text, max(s, clause_start - 40), clause_start)
        ):
            return []  # 设立工业发展引导基金,规模10亿元: the size of a fund
        if (
            uclass == "money"
            and m.group("suf") == "以上"
            and _THRESHOLD_SIBLING.match(text, after, e)
        ):
            return []  # 5亿元以上、10亿元以上项目分别达到…: thresholds of the counted things
        if uclass != "count" and m.group("suf") and _THRESHOLD_LIST.match(text, after, e):
            return []  # 聚焦年营业收入2000万元以上、研发投入占比3%以上的工业企业: qualifiers
        if (
            uclass == "money"
            and _PER_RECIPIENT.match(head_stripped.lstrip(" ,，;；"))
            and _FUNDING.search(text, _sentence_start(text, clause_start), clause_start)
        ):
            return []  # …给予每吨标准煤300元的奖励,单个企业不超过100万元: the award's cap
        if not prenominal and (
            (
                _DESCRIPTOR.search(head_stripped)
                # 完成工业项目征地3000亩: an outcome verb opening the clause makes it a task
                and not _OUTCOME_OPEN.match(_LEAD_STRIP.sub("", head_stripped))
            )
            or (
                uclass in ("money", "measure")
                and (_DIMENSION if uclass == "measure" else _COST).search(head_stripped)
                and not _BARE_VERB.search(head_stripped)
                and not _YEAR_IN.search(head_stripped)
            )
        ):
            self._descriptor_span = (s, e)
            return []  # 项目总投资3.7亿元,占地120亩 / 建成后年产值10亿元: a project's data
        if (
            uclass == "money"
            and self._descriptor_span == (s, e)
            and _LEAD_STRIP.sub("", head_stripped).startswith("其中")
            and not _AMOUNT_OBJECT_VERB.search(head_stripped)
        ):
            return []  # 总投资X万元,其中建设投资Y万元: the parts of a project's budget
        if (
            prenominal
            and uclass in ("count", "pct")
            and (sp := _SUBJECT_PRED.match(text, after, e))
        ):
            # 超过10家制造业企业进入世界500强: the comparator counts the subject that reaches.
            pre = _comparator_before(head)
            if (pre is not None and head_stripped.endswith(_PRE_COUNT_CMP)) or (
                m.group("suf") and not _clean_indicator(head)
            ):
                # …or a count opening its clause: 10个以上…产品进入国际主流市场
                clause_end = _clause_end(text, sp.end(), e)
                return [
                    FoundTarget(
                        start=self._skip_lead(clause_start, num_start),
                        end=clause_end,
                        indicator=text[sp.start("verb") : clause_end] + "的" + sp.group("np"),
                        # (推动30家以上企业进入上市后备库: the firms moved, over the period)
                        kind=TargetKind.INCREMENT
                        if _PUSH_VERB.search(head_stripped)
                        else TargetKind.LEVEL,
                        comparator=_SUF_CMP[m.group("suf")]
                        if m.group("suf")
                        else (pre or Comparator.EQ),
                        value=value,
                        unit=unit,
                        value_high=high,
                    )
                ]
        if (
            prenominal
            and uclass == "count"
            and _LEAD_STRIP.sub("", _SCOPE_LEAD.sub("", head_stripped)) == ""
            and (sp := _COUNT_SUBJECT_DONE.match(text, after, e))
            and _is_boundary(text, sp.end(), e)
        ):
            # 5个战略性新兴产业链初具规模 / 20个重点项目竣工投产: a counted subject
            # that reaches a state (a stock) or an event (new things).
            pred = sp.group("pred")
            return [
                FoundTarget(
                    start=self._skip_lead(clause_start, num_start),
                    end=sp.end(),
                    indicator=sp.group("np") + pred,
                    kind=TargetKind.LEVEL if _STATE_PRED.match(pred) else TargetKind.INCREMENT,
                    comparator=_SUF_CMP[m.group("suf")] if m.group("suf") else Comparator.EQ,
                    value=value,
                    unit=unit,
                    value_high=high,
                )
            ]
        if (
            prenominal
            and uclass == "count"
            and not verb_before
            and _COUNT_SUBJECT_HEAD.fullmatch(
                _LEAD_STRIP.sub("", _SCOPE_LEAD.sub("", head_stripped.lstrip(" ,，;；:：")))
            )
            and (sp := _COUNT_SUBJECT_AMOUNT.match(text, after, e))
            and (
                _is_boundary(text, sp.end(), e)
                or (
                    (tail := _NP_AFTER.match(text, sp.end() + (text[sp.end()] == "的"), e))
                    is not None
                    and (text[sp.end()] == "的" or _THING_END.search(tail.group()))
                    and _is_boundary(text, tail.end(), e)
                )
            )
        ):
            # 4个产业产值超千亿元 / 2个产值过千亿元的产业集群: the count of things whose
            # amount passes the threshold.
            np = sp.group("np")
            end = sp.end()
            if not _is_boundary(text, end, e) and (
                tail := _NP_AFTER.match(text, end + (text[end] == "的"), e)
            ):
                np, end = re.sub(r"“[^”]*”|\s", "", tail.group()), tail.end()
            return [
                FoundTarget(
                    start=self._skip_lead(clause_start, num_start),
                    end=end,
                    indicator=text[sp.start("metric") : sp.end()].replace(" ", "")
                    + ("的" + np if np else ""),
                    kind=TargetKind.INCREMENT
                    if _NEW_THINGS_VERB.search(head_stripped)
                    else TargetKind.LEVEL,
                    comparator=_SUF_CMP[m.group("suf")] if m.group("suf") else Comparator.EQ,
                    value=value,
                    unit=unit,
                    value_high=high,
                )
            ]
        if prenominal and uclass == "count" and _CLAUSE_OPENER.match(text, after):
            prenominal = False  # 新增…企业20家以上并推动…: the count closed its clause
        if prenominal:
            nxt = text[after : after + 2]
            if uclass == "count":
                # …项目,其中5家龙头企业项目 / …项目(含1家500强企业项目)
                part = head_stripped.lstrip("(（") in ("其中", "含")
                if unit != "大" and not (verb_before or continues or distributive or appos or part):
                    if _HAVE_BEFORE.search(head_stripped) and (
                        ev := _HAVE_EVENT.match(text, after, e)
                    ):
                        # 每年有2—3家企业在境内外资本市场成功上市: the count of those it befalls
                        return [
                            FoundTarget(
                                start=self._skip_lead(clause_start, num_start),
                                end=ev.end(),
                                indicator=_clean_indicator(text[after : ev.end()]),
                                kind=TargetKind.INCREMENT,
                                comparator=Comparator.BETWEEN
                                if high is not None
                                else _SUF_CMP[m.group("suf")]
                                if m.group("suf")
                                else Comparator.EQ,
                                value=value,
                                unit=unit,
                                value_high=high,
                            )
                        ]
                    return []
            elif uclass == "pct" and (nxt.startswith("用于") or head_stripped.endswith("实现")):
                pass
            elif (
                uclass == "money"
                and text.startswith("规模", after)
                and _SCALE_FORM_VERB.search(head_stripped)
                and (sc := _NP_AFTER.match(text, after + 2, e))
                and _THING_END.search(sc.group())
                and _is_boundary(text, sc.end(), e)
            ):
                # 形成3000亿元规模世界级地标性产业集群: the scale the cluster reaches.
                return [
                    FoundTarget(
                        start=self._skip_lead(clause_start, num_start),
                        end=sc.end(),
                        indicator=sc.group().lstrip("的") + "规模",
                        kind=TargetKind.LEVEL,
                        comparator=_SUF_CMP[m.group("suf")] if m.group("suf") else Comparator.GE,
                        value=value,
                        unit=unit,
                        value_high=high,
                    )
                ]
            elif (
                uclass in ("money", "measure")
                and head_stripped.endswith(_AMOUNT_OBJECT_CMP)
                and _AMOUNT_OBJECT_VERB.search(head_stripped)
                and (om := _AMOUNT_OBJECT.match(text, after, e))
                and _is_boundary(text, om.end(), e)
            ):
                # 取得不少于500万元的税收收入: the amount is the object's own, not a qualifier.
                return [
                    FoundTarget(
                        start=self._skip_lead(clause_start, num_start),
                        end=om.end(),
                        indicator=om.group("np"),
                        kind=TargetKind.LEVEL,
                        comparator=_comparator_before(head) or Comparator.GE,
                        value=value,
                        unit=unit,
                        value_high=high,
                    )
                ]
            elif (
                not m.group("suf")
                and (
                    (uclass == "measure" and _MEASURE_TASK_VERB.search(head_stripped))
                    or (uclass == "money" and _MONEY_TASK_VERB.search(head_stripped))
                )
                and (ob := _NP_AFTER.match(text, after, e))
                and _is_boundary(text, ob.end(), e)
                and not any(ch.isdigit() for ch in ob.group())
                and (uclass == "measure" or _METRIC_END.search(ob.group()))
            ):
                # 新建30万平方米标准厂房 / 盘活500亩低效用地 / 完成5亿元固定资产投资: the
                # amount of the task's object, not a qualifier of it.
                return [
                    FoundTarget(
                        start=self._skip_lead(clause_start, num_start),
                        end=ob.end(),
                        indicator=_clean_indicator(ob.group().lstrip("的")),
                        kind=_kind_for(head, uclass, prenominal=False, cmp_word=None)
                        or TargetKind.LEVEL,
                        comparator=_comparator_before(head) or Comparator.EQ,
                        value=value,
                        unit=unit,
                        value_high=high,
                    )
                ]
            elif uclass == "money" and self.fund_plan:
                # 设立总规模50亿元的…母基金: in a plan setting up funds, a fund's size
                return self._fund_scale(m, clause_start, head_stripped, after, e, value, unit)
            else:
                return []  # a qualifier of the counted thing (5亿元以上项目)
        cmp_word = _comparator_before(head)
        if cmp_word is None and _ATLEAST_VERB.search(head_stripped):
            cmp_word = Comparator.GE  # 至少引进一个 / 不少于新增…
        if cmp_word is None and uclass == "pct" and head_stripped.endswith("实现"):
            cmp_word = Comparator.GE  # 实现100%: reach at least
        if cmp_word is None and head_stripped.endswith("上") and m.group("step"):
            cmp_word = Comparator.GE  # 工业增加值上200亿元台阶: a step reached
        suf = m.group("suf")
        if high is not None:
            comparator = Comparator.BETWEEN
        elif suf:
            comparator = _SUF_CMP[suf]
        elif cmp_word is not None:
            comparator = cmp_word
        else:
            comparator = Comparator.EQ
        kind = _kind_for(head, uclass, prenominal, cmp_word)
        if kind is None:
            kind = prev_kind if prev_kind is not None and prev_class == uclass else TargetKind.LEVEL
        if (
            kind is TargetKind.LEVEL
            and uclass == "money"
            and self._period_total(head, s, num_start)
        ):
            kind = TargetKind.INCREMENT
        if kind is TargetKind.INCREMENT and (
            uclass == "pct" or ("/" in unit and not unit.endswith("/年"))
        ):
            kind = TargetKind.LEVEL  # 新增项目平均投资强度不低于320万元/亩: a rate, not new things
        if distributive and _DIST_LEVEL.search(head_stripped):
            kind = TargetKind.LEVEL  # each county's focus set (重点发展2个…), not new things
        if (
            kind is TargetKind.LEVEL
            and uclass == "pct"
            and prev_kind is TargetKind.GROWTH_RATE
            and prev_class == "pct"
            and not _clean_indicator(head)
            and head.strip()[:1] in ("、", ",", "，")
        ):
            kind = TargetKind.GROWTH_RATE  # 年均增长8%左右、力争达到9%: the same growth
        if (
            kind is TargetKind.LEVEL
            and uclass == "count"
            and prev_kind is TargetKind.INCREMENT
            and prev_class == "count"
            and head.lstrip(" ")[:1] == "、"
            and not _OWN_STOCK_VERB.search(head)
        ):
            # 新培育“小巨人”企业3家、省级专精特新企业不少于40家: the list shares its verb
            kind = TargetKind.INCREMENT
        if growth_after:
            kind = TargetKind.GROWTH_RATE
        elif unit == "个百分点" and kind is not TargetKind.REDUCTION:
            kind = TargetKind.INCREMENT  # 提高3个百分点: a change of a share
        points = False
        if unit == "%" and kind is TargetKind.LEVEL and _SHARE_RAISED.search(head_stripped):
            # 比重提高10%: a share raised by a percent, where 个百分点 is meant; the unit
            # stays as written and the document is warned (percent_vs_points).
            kind, points = TargetKind.INCREMENT, True
        if uclass == "times" and kind in (
            TargetKind.LEVEL,
            TargetKind.INCREMENT,
            TargetKind.MULTIPLE,
        ):
            kind = TargetKind.MULTIPLE
            if _GROW_BY_TIMES.search(head_stripped):
                # 增长1倍: grows by once itself, to twice the base (增长1.5倍 → 2.5倍)
                value = value + 1
                if high is not None:
                    high = high + 1
            elif (
                comparator is Comparator.EQ
                and (times_base := _TIMES_BASE.search(head_stripped))
                and (before_base := _comparator_before(head_stripped[: times_base.start()]))
            ):
                comparator = before_base  # 达到2024年的1.5倍: the verb before the base year
        if unit.endswith("/万人") and kind is TargetKind.INCREMENT:
            kind = TargetKind.LEVEL  # 机器人应用密度超过260台/万人: a density reached
        if (
            kind is TargetKind.INCREMENT
            and prenominal
            and re.search(r"(?<!培育|打造)形成$", head_stripped)
            and _SIZE_CLASS.match(text, after, e)
        ):
            kind = TargetKind.LEVEL  # 形成5个以上千亿级产业: how many reach the class
        # Span and indicator.
        start = self._skip_lead(clause_start, num_start)
        if prenominal:
            end = after
            while end < e and end - after < _MAX_NOUN_PHRASE:
                if text[end] == "、" and (seg := self._modifier_list(end, e)):
                    end += 1 + len(seg)  # 10项填补空白、引领未来的重大成果: one noun phrase
                    continue
                if text[end] in _BOUNDARY or (end > after and _is_boundary(text, end, e)):
                    break  # …企业项目(含1家…): the bracketed part opens its own clause
                if text[end] in "和及与" and text[end + 1 : end + 2].isdigit():
                    break  # 3个千亿级集群和5个百亿级集群: the next count starts here
                if end > after + 1 and _CLAUSE_OPENER.match(text, end):
                    break  # …重大成果并推动…: a new verb phrase, lost punctuation
                end += 1
            indicator = _clean_indicator(text[after:end])
            if not indicator:
                indicator = _clean_indicator(head)
            elif head_stripped.endswith("覆盖") and text[end : end + 1] == "、":
                # 覆盖500家企业、3000人次的经营管理人才培训: what covers them is the 的-phrase
                seg = self._to_boundary(end + 1, e)
                if "的" in seg:
                    whole = _clean_indicator(seg[seg.rindex("的") + 1 :])
                    indicator = f"{whole}覆盖{indicator}" if whole else indicator
            elif uclass == "pct" and text.startswith("用于", after):
                # 新增用地指标35%用于工业: the share of the subject put to that use
                subject = _SCOPE_LEAD.sub("", _clean_indicator(head))
                indicator = f"{subject}{indicator}比例"
        else:
            end = after
            indicator = _trim_run_on(_clean_indicator(_trim_run_on(head.strip())))
            if share_use:
                indicator = share_use + "比例"
            if uclass == "count" and _BARE_VERB.fullmatch(indicator):
                # 积极申报产业链…共同体,力争三年入选15个: the object of the clause before
                obj = self._previous_object(s, clause_start)
                indicator = indicator + obj if obj else indicator
            if kind is TargetKind.MULTIPLE:
                indicator = _GROW_BY_TIMES.sub("", indicator) or indicator  # …增加值增长1倍
        bare = not indicator or _GROWTH_ONLY.fullmatch(indicator) or _BARE_VERB.fullmatch(indicator)
        if bare and (label := self._colon_label(clause_start, s)):
            # 规模以上工业增加值:增长8% / 高新技术企业数:新增10家 / 签约项目|签约40个
            indicator = label if indicator and indicator in label else label + indicator
            if unit == "%" and kind is TargetKind.LEVEL and _GROWTH_LABEL.search(label):
                kind = TargetKind.GROWTH_RATE  # 营业收入年均增速:8%以上
        if self.out and (
            (
                kind in (TargetKind.GROWTH_RATE, TargetKind.INCREMENT)
                and _GROWTH_ONLY.fullmatch(indicator)
            )
            or _CHANGE_ONLY.fullmatch(indicator)
        ):
            prev = self.out[-1]
            if prev.end >= s:
                # …增加值达到X,年均增长8% (and no 增长增长 after a growth indicator)
                base = _GROWTH_ONLY_TAIL.sub("", prev.indicator) or prev.indicator
                indicator = (
                    prev.indicator if prev.indicator.endswith(indicator) else base + indicator
                )
        if not indicator and self.out and self.out[-1].end >= s:
            indicator = self.out[-1].indicator  # …增长1个百分点以上,力争达到28%
            prev = self.out[-1]
            if prev.kind is TargetKind.GROWTH_RATE and prev.unit == unit == "%":
                kind = TargetKind.GROWTH_RATE  # 增长9%左右,力争达到10%: the higher tier
            elif (
                prev.kind is TargetKind.INCREMENT
                and prev.unit == unit
                and _WHOLE_YEAR_WORD.search(head)
            ):
                # 四季度新增入库企业不少于40家、全年达到150家: the year's additions
                kind = TargetKind.INCREMENT
            elif kind not in (TargetKind.GROWTH_RATE, TargetKind.INCREMENT):
                # 增加值年均增长10%,到2025年达到200亿元: the level of the metric that grows
                indicator = _GROWTH_ONLY_TAIL.sub("", indicator) or indicator
        if (
            _AREA_ITEM.fullmatch(indicator)
            and (labels := list(_LIST_LABEL.finditer(text, s, clause_start)))
            and (metric := _SCOPE_LEAD.sub("", labels[-1].group(1)))
        ):
            # 规上工业增加值增长目标: 沭阳县 9%, 泗阳县 9%: each area's share of the metric
            indicator = indicator + metric
            kind = _kind_for(metric, uclass, prenominal=False, cmp_word=None) or kind
        if (
            _BRACKET_AIM.search(head)
            or (_GAP_AIM_HEAD.search(head) and _AIM_NAMED_AFTER.match(text, after))
        ) and (record := _RECORD_METRIC.search(text, _sentence_start(text, s), clause_start)):
            # 全县规上工业增加值增长7.2%,低于年度目标(8%) / …增长9.3%,高于全年9%的目标:
            # the aim of the metric just reported
            indicator = _clean_indicator(record.group("metric"))
            if record.group("verb").endswith("增长") and unit == "%":
                kind = TargetKind.GROWTH_RATE
            elif kind is TargetKind.GROWTH_RATE and unit != "%":
                kind = TargetKind.LEVEL
        if not indicator and (g := _SHARE_OF_GOAL.search(head.rstrip())):
            indicator = f"{g.group('goal')}目标完成进度"  # 一季度完成全年目标的25%
        if not indicator:
            indicator = text[start:end].strip() or unit
        return [
            FoundTarget(
                start=start,
                end=end,
                indicator=indicator,
                kind=kind,
                comparator=comparator,
                value=value,
                unit=unit,
                value_high=high,
                percent_points=points,
            )
        ]

    def _period_total(self, head: str, s: int, num_start: int) -> bool:
        """完成 + an amount of a flow over a multi-year span stated in the sentence.

        三年…完成限上制造业投资1200亿元 is the span's total (increment); in an annual
        plan, or without a span (到2025年,全市工业完成投资1万5000亿元), it is one
        year's level.
        """
        if "完成" not in head or not _FLOW_AMOUNT.search(head):
            return False
        if self.first_year is not None and self.first_year == self.last_year:
            return False  # an annual plan: one year's amount
        # A 累计 that an earlier target of the sentence took (累计实施项目100个,…,完成
        # 投资60亿元) is not this amount's.
        taken = self.out[-1].end if self.out and self.out[-1].end > s else s
        return any(
            m.group() != "累计" or m.start() >= taken
            for m in _MULTI_YEAR.finditer(self.text, s, num_start)
        )

    def _index(self, m: re.Match[str], clause_start: int, head: str) -> list[FoundTarget]:
        """…指数达72 / 质量竞争力指数达到82.5以上: an index value, no unit."""
        if m.group("growth"):
            # 工业投资年均增长15以上: a growth rate without its unit, as written.
            return [
                FoundTarget(
                    start=self._skip_lead(clause_start, m.start()),
                    end=m.end(),
                    indicator=_clean_indicator(head),
                    kind=TargetKind.GROWTH_RATE,
                    comparator=_SUF_CMP[m.group("gsuf")],
                    value=_decimal(m.group("gv")),
                    unit=None,
                    unit_missing=True,
                )
            ]
        suf = m.group("suf")
        head = re.sub(r"(?:平均|总体|整体)(?=[^\d平]{0,6}$)", "", head)  # 容积率平均达到1.5
        return [
            FoundTarget(
                start=self._skip_lead(clause_start, m.start("v")),
                end=m.end(),
                indicator=_clean_indicator(head) or "指数",
                kind=TargetKind.LEVEL,
                comparator=_SUF_CMP[suf] if suf else Comparator.GE,
                value=_decimal(m.group("v")),
                unit=None,
            )
        ]

    def _cover_names(self, s: int, cover_at: int, names: list[str]) -> list[str]:
        """The covered things of 全覆盖, completed from their conjuncts and the sentence.

        A、B企业和C企业数字化改造全覆盖: the last conjunct's activity (数字化改造) is
        shared by the conjuncts with the same head noun (B企业). 实现对X全覆盖: X is
        covered by the object of the first clause that builds something (构建…平台网络).
        """
        out = list(names)
        if len(out) >= 2 and (act := _HEAD_ACTIVITY.search(out[-1])):
            for i, n in enumerate(out[:-1]):
                if n.endswith(act.group("head")):
                    out[i] = n + act.group("act")
        for i, n in enumerate(out):
            if n.startswith("对"):
                covered = _SCOPE_LEAD.sub("", n[1:])
                obj = ""
                for clause in _CLAUSE_SEP.split(self.text[s:cover_at]):
                    if om := _BUILD_OBJECT.match(clause.strip()):
                        obj = om.group("obj")
                        break
                out[i] = obj + covered
        return out

    def _colon_label(self, clause_start: int, s: int) -> str:
        """The metric named before a colon opening the clause (X:增长8%), or ""."""
        text = self.text
        i = clause_start - 1
        if 0 <= i < len(text) and text[i] in "|\t\n":
            # 1|规上工业总产值|完成480亿元,增长10%|… (a row, one cell per line once
            # normalised): the row's name cell before the target
            j = max(text.rfind(c, 0, i) for c in "|\t\n") + 1
            cell = text[j:i].strip()
            return cell if _CELL_LABEL.fullmatch(cell) and not _HEADING_WORD.search(cell) else ""
        while i > s and text[i] in " \t":
            i -= 1
        if i <= s or text[i] not in ":：":
            return ""
        m = _COLON_LABEL.search(text, max(s, i - 24), i)
        return m.group(1) if m else ""

    def _to_boundary(self, pos: int, e: int) -> str:
        """``text[pos:]`` up to the next clause boundary other than 、."""
        end = pos
        while (
            end < e
            and end - pos < 60
            and (self.text[end] == "、" or self.text[end] not in _BOUNDARY)
        ):
            end += 1
        return self.text[pos:end]

    def _modifier_list(self, pos: int, e: int) -> str:
        """After 、 at ``pos``: a further modifier of the same 的-noun phrase (no number), or ""."""
        seg = self._to_boundary(pos + 1, e)
        if "的" not in seg or re.search(r"\d", seg):
            return ""
        return seg

    def _previous_object(self, s: int, clause_start: int) -> str:
        """The object of the clause before ``clause_start`` in the sentence (申报X → X)."""
        text = self.text
        stop = clause_start - 1
        if stop <= s:
            return ""
        prev = text[_clause_begin(text, s, stop) : stop]
        m = _VERB_OBJECT.match(prev)
        if m is None:
            return ""
        obj = m.group("obj")
        if q := _QUANTITY.search(obj):
            obj = obj[: q.start()]  # 新开工工业项目二十个,竣工投产十二个: the noun, not its count
        return _clean_indicator(obj)

    def _joined_break(self, pos: int) -> bool:
        """A line break of the source stood right before ``pos`` (joined as soft)."""
        if not self.deleted or pos <= 0:
            return False
        a = to_source_offset(self.deleted, pos - 1)
        b = to_source_offset(self.deleted, pos)
        return "\n" in self.source[a + 1 : b]

    def _run_on(
        self, head: str, suf: str | None, after: int, e: int, *, share: bool = True
    ) -> bool:
        """Clauses run together without punctuation (news summaries).

        After a complete comparator + number (+ unit, 以上/左右), a new noun phrase
        that has a predicate of its own (达到, 增长, 占 …) before the next comma, or a
        comparator straight away (突破1万亿元达到1.3万亿元), starts a new clause.
        """
        text = self.text
        if not (
            # (10)50万元以上项目完成…: an amount with nothing before it is a qualifier; a
            # share (30%以上装备达到…) states how much of its noun reaches the predicate
            (suf and (share or _clean_indicator(head)))
            or _comparator_before(head)
            or _GROWTH.search(head)
        ):
            return False
        nxt = text[after : after + 1]
        if not ("\u4e00" <= nxt <= "\u9fff") or nxt in "的之等及和与或以元且并而但":
            return False
        if self._joined_break(after):
            return True  # the line ended here (joined as a soft break)
        ro = _RUN_ON.match(text, after, min(e, after + 30))
        if ro is None or "的" in text[after : ro.end() + 4]:
            return False  # …且保持增长的企业: a relative clause, still the qualifier
        # …50亿元以上工业项目招引零突破: the thing counted, then a verb or 零 before the
        # predicate, is still the qualified noun
        np = _COUNTED_TAIL.sub("", ro.group("np") or "")
        return not (np and _COUNTED_NOUN.search(np))

    def _fraction(
        self, m: re.Match[str], clause_start: int, head: str, e: int
    ) -> list[FoundTarget]:
        """A share written as a fraction (三分之一, 一半, 1/8) or in words (百分之十五)."""
        unit: str | None = None
        if m.group("pct"):
            try:
                value: Number = parse_number(m.group("pct"))
            except ParseError:
                return []
            suf, unit = m.group("suf4"), "%"
        elif m.group("half"):
            value = Fraction(1, 2)
            suf = m.group("suf2")
        elif m.group("tenth"):
            value = Decimal(10 * (whole_number(m.group("tenth")) or 0))
            suf, unit = m.group("suf5"), "%"
        elif m.group("sp"):
            num, den = int(m.group("sp")), int(m.group("sq"))
            if not den or num > den or not _SHARE_WORD.search(head):
                return []
            value = Fraction(num, den)
            suf = m.group("suf3")
        else:
            q, p = whole_number(m.group("q")), whole_number(m.group("p"))
            if not q or p is None or p > q:
                return []
            value = Fraction(p, q)
            suf = m.group("suf")
        cmp_word = _comparator_before(head)
        if not _is_boundary(self.text, m.end(), e) and (
            unit is not None or not self._run_on(head, suf, m.end(), e)
        ):
            return []
        kind = TargetKind.LEVEL
        if unit is not None:
            # 年均增长百分之十: a percentage in words reads as the digits would
            kind = _kind_for(head, "pct", prenominal=False, cmp_word=cmp_word) or kind
            if kind is TargetKind.INCREMENT:
                kind = TargetKind.LEVEL
        elif _REDUCTION.search(head[-4:]) and not _REDUCE_TO.search(head):
            kind = TargetKind.REDUCTION  # 堆存量较2023年削减三分之一: a fall by a share
        return [
            FoundTarget(
                start=self._skip_lead(clause_start, m.start()),
                end=m.end(),
                indicator=_clean_indicator(head) or "比重",
                kind=kind,
                comparator=_SUF_CMP[suf] if suf else (cmp_word or Comparator.EQ),
                value=value,
                unit=unit,
            )
        ]

    def _special(
        self,
        m: re.Match[str],
        *,
        s: int,
        e: int,
        clause_start: int,
        head: str,
        prev_class: str | None,
    ) -> list[FoundTarget]:
        text = self.text
        end = m.end()
        if m.re is _CLASS_SCALE or m.re is _CLASS_SCALE_PRE:
            # 打造装备制造、现代材料千亿级产业集群: each named industry reaches the class.
            if m.group("classverb") is None and not (
                # …2个千亿级产业集群,新一代信息技术500亿级产业集群: a list of such goals
                # goes on without its verb
                not text[clause_start : m.start()].strip(" ,，、")
                and self.out
                and self.out[-1].end >= s
                and _size_class_item(self.out[-1])
            ):
                return []
            if _in_quotes(text, s, m.start()) or not (
                _is_boundary(text, end, e) or text[end : end + 1] in ("和", "及")
            ):
                return []
            a, b = m.span("classnames")
            if m.re is _CLASS_SCALE_PRE:
                a = m.start("classamt")  # the span runs from the class to the industry
            if text[b - 1] == "等":
                return []  # 培育A、B等百亿级产业集群: examples of a class, no named commitment
            if (
                m.re is _CLASS_SCALE_PRE
                and not m.group("classnames")
                and not _BY_YEAR_BEFORE.search(text, _sentence_start(text, s), m.start())
            ):
                return []  # 培育一批百亿企业,打造千亿级产业集群: a slogan without a date
            if m.re is _CLASS_SCALE_PRE:
                parts = [(a, b if a < b else end)]  # 千亿级汽车及零部件产业集群: as named
                names = [_clean_indicator(m.group("classnames")) or "产业集群规模"]
            else:
                parts = self._split_parts(a, b, "、和及与")
                names = [_clean_indicator(text[ps:pe]) for ps, pe in parts]
            if not names or any(not n or _CLASS_NOT_NAME.search(n) for n in names):
                return []  # 打造若干百亿级产业集群 / 三大千亿级产业集群: no named industry
            amt = m.group("classamt")
            if amt == "万":
                value, unit = Decimal(1), "万亿元"
            else:
                n = int(amt) if amt.isdigit() else whole_number(amt)
                if not n:
                    return []
                value, unit = Decimal(n), "亿元"
            shared = FoundTarget(
                start=parts[0][0],
                end=end,
                indicator="",
                kind=TargetKind.LEVEL,
                comparator=Comparator.GE,
                value=value,
                unit=unit,
            )
            return _spread(shared, parts, [_scale_indicator(n) for n in names])
        start = self._skip_lead(clause_start, m.start())
        indicator = _clean_indicator(head)
        if m.group("cover"):
            if not _is_boundary(text, end, e):
                return []  # 全覆盖行动 names an action; 全覆盖的基础上 presupposes it
            if _COUNTED_SLOGAN.search(text, max(s, m.start() - 4), m.start()):
                return []  # 推进…“两个全覆盖”: a slogan counting its aims, named in quotes
            if _COVER_RATE_AFTER.match(text, end):
                return []  # 基本实现全覆盖(覆盖率不低于95%): the bracket states the aim
            parts = self._split_parts(start, m.start(), "、和")
            names = self._cover_names(
                s, m.start(), [_clean_indicator(text[ps:pe]) for ps, pe in parts]
            )
            return [
                FoundTarget(
                    start=ps,
                    end=end,
                    indicator=(name or "覆盖") + "覆盖率",
                    kind=TargetKind.LEVEL,
                    comparator=Comparator.GE,
                    value=Decimal(100),
                    unit="%",
                )
                for (ps, _), name in zip(parts, names, strict=True)
            ]
        if m.group("stepverb"):
            # 迈上万亿元台阶 / 突破千亿元大关: the round amount as written (万亿 → 1 万亿元,
            # 千亿 → 1000 亿元, as 突破千亿).
            if _in_quotes(text, s, m.start()) or not _is_boundary(text, end, e):
                return []
            if m.group("stepyuan") and not _AMOUNT_WORD.search(text, s, m.start()):
                return []  # 突破万亿元 names money only after an amount word (主营业务收入)
            amt = m.group("stepamt")
            value, unit = (Decimal(1), "万亿元") if amt == "万亿" else (_STEP[amt], "亿元")
            cmp = dict(_PRE_CMP).get(m.group("stepverb"), Comparator.GE)
            if not indicator and self.out and self.out[-1].end >= s:
                indicator = self.out[-1].indicator  # 保9000亿元,力争超万亿元
            return [
                FoundTarget(
                    start=start,
                    end=end,
                    indicator=indicator or "规模",
                    kind=TargetKind.LEVEL,
                    comparator=cmp,
                    value=value,
                    unit=unit,
                )
            ]
        if m.group("scaleverb"):
            # 形成1500亿级产业规模: the scale the industry reaches, in 亿元.
            if _in_quotes(text, s, m.start()):
                return []
            sc = m.group("scale")
            n = whole_number(sc) if not sc[0].isdigit() else None
            value = Decimal(sc) if n is None else Decimal(n)
            return [
                FoundTarget(
                    start=start,
                    end=end,
                    indicator=_scale_indicator(m.group("sector") or indicator),
                    kind=TargetKind.LEVEL,
                    comparator=Comparator.GT
                    if m.group("scaleverb") in ("突破", "超过")
                    else Comparator.GE,
                    value=value,
                    unit="亿元",
                )
            ]
        if m.group("brk"):
            # 实现国家领航级智能工厂、全球“灯塔工厂”突破: a first one of each (零突破).
            a = m.start("brk")
            out = []
            for ps, pe in self._split_parts(a, m.end("brk"), "、和及"):
                name = text[ps:pe].strip(" “”")
                cm = _BREAK_NOUN.search(name)
                if cm is None:
                    return []  # 实现关键技术突破: not a count
                out.append(
                    FoundTarget(
                        start=start,
                        end=end,
                        indicator=_clean_indicator(text[ps:pe]),
                        kind=TargetKind.LEVEL,
                        comparator=Comparator.GE,
                        value=Decimal(1),
                        unit=_COUNTED_UNITS[cm.group(1)],
                    )
                )
            return out
        if m.group("nil"):
            if not indicator:
                return []
            return [
                FoundTarget(
                    start=start,
                    end=end,
                    indicator=indicator,
                    kind=TargetKind.LEVEL,
                    comparator=Comparator.EQ,
                    value=Decimal(0),
                    # 零发生 writes no unit: none is supplied; …企业清零 counts firms
                    unit=_COUNTED_UNITS[cm.group(0)]
                    if m.group("nil") == "清零"
                    and (cm := _COUNTED_UNIT.search(head.rstrip().rstrip('”"')))
                    else None,
                )
            ]
        if m.group("zero"):
            unit = "个"
            # (国家级绿色工厂力争取得零的突破: the verb before it names nothing counted)
            named_head = _ZERO_VERB_TAIL.sub("", head.rstrip().rstrip('”"')).rstrip()
            indicator = _ZERO_VERB_TAIL.sub("", indicator) if indicator else indicator
            cm = _COUNTED_UNIT.search(named_head)
            prev = self.out[-1] if self.out and self.out[-1].end >= s else None
            if cm and prev and prev.unit and prev.indicator.endswith(cm.group(0)):
                # …设计中心达到25家,其中国家级设计中心实现零突破: counted as the whole is
                unit = prev.unit
            elif cm:
                unit = _COUNTED_UNITS[cm.group(0)]  # the thing named before 零突破 decides
            elif self.out and prev_class == "count" and self.out[-1].unit and self.out[-1].end >= s:
                unit = self.out[-1].unit or "个"
                if unit == "大":
                    unit = "个"
            elif not _clean_indicator(head) and (
                pm := _COUNTED_UNIT_END.search(text, s, clause_start)
            ):
                # 争创国家级绿色工厂,实现零突破: the thing named in the clause before
                unit = _COUNTED_UNITS[pm.group(1)]
                if not indicator:
                    named = text[_clause_begin(text, s, pm.start()) : pm.end()]
                    indicator = _clean_indicator(named)
            return [
                FoundTarget(
                    start=start,
                    end=end,
                    indicator=indicator or "零突破",
                    kind=TargetKind.LEVEL,
                    comparator=Comparator.GE,
                    value=Decimal(1),
                    unit=unit,
                )
            ]
        if m.group("double"):
            quoted = _in_quotes(text, s, m.start())
            if quoted:
                # “两年翻番县”, “三年翻两番”: a name. Only “翻番”/“双倍增” alone is an outcome.
                if text[m.start() - 1 : m.start()] != "“" or text[end : end + 1] != "”":
                    return []
                end += 1
            if _COUNT_BEFORE_DOUBLING.search(text, start, m.start()):
                return []  # 实现2个倍增: the doublings named before, counted
            bei = m.group("bei")
            if (bei or quoted) and not re.search(r"实现|达到|力争|确保|争取", head):
                return []  # ——创新企业倍增。 / “双倍增”行动: a label, not an outcome
            if bei and not _is_boundary(text, end, e):
                return []
            times = 2 if bei else {None: 2, "一": 2, "两": 4, "二": 4, "三": 8}[m.group("times")]
            names_end = m.start()
            if bm := _DOUBLE_BASE_TAIL.search(text, start, m.start()):
                names_end = bm.start()  # A、B分别较2020年翻番: the baseline names no metric
            # 产值突破100亿元,实现翻一番以上: the amount just named is what doubles
            prev = self.out[-1] if self.out and self.out[-1].start >= s else None
            same = (
                prev.indicator
                if prev is not None and prev.kind in (TargetKind.LEVEL, TargetKind.CUMULATIVE)
                else None
            )
            doubled = FoundTarget(
                start=start,
                end=end,
                indicator=_clean_indicator(text[start:names_end]) or indicator or same or "翻番",
                kind=TargetKind.MULTIPLE,
                # 达到翻番 / 翻一番以上: at least double; a bare 翻一番 (and 实现翻番, which
                # only says the doubling happens) reads as a number does
                comparator=Comparator.GE
                if re.search(r"达到|超过", head) or text.startswith("以上", end)
                else Comparator.EQ,
                value=Decimal(times),
                unit="倍",
            )
            if bei == "双倍增" or (
                "、" in text[start:names_end] and "等" not in text[start:names_end]
            ):
                # A和B…实现“双倍增” / 营业收入、生产总值分别较2020年翻番: each doubles
                parts = self._split_parts(start, names_end, "、和")
                if len(parts) > 1:
                    names = [_clean_indicator(text[ps:pe]) for ps, pe in parts]
                    if all(names):
                        return _spread(doubled, parts, names)
            return [doubled]
        if m.group("first") or m.group("rankcn") or m.group("nth") or m.group("rankcw"):
            # 进入全国前三甲 / 成为全球第1位 / 保持全国第一位 / 跃升至16位: a rank.
            nth = m.group("nth")
            rank_n: int | None
            if m.group("first"):
                rank_n = 1
            elif nth:
                rank_n = int(nth) if nth.isdigit() else whole_number(nth)
            else:
                rank_n = whole_number(m.group("rankcn") or m.group("rankcw"))
            if not rank_n or not _is_boundary(text, end, e):
                return []
            if (
                nth
                and re.match(r"(?:位居|位列|居)", m.group(0))
                and not _FORWARD.search(text, _sentence_start(text, s), e)
            ):
                return []  # 发布…榜单,我市位列第七位: a standing reported, not aimed at
            if m.group("rankcw"):
                # 进入全省开发区综合考核前二十名: the rank in the contest named
                indicator = _clean_indicator(indicator + m.group("rankscope")) + "排名"
            elif m.group("first") and m.group("rankof"):
                indicator = f"{indicator}{m.group('rankof')}排名"  # 力争增速三区第一
            elif verb := _RANK_VERB_END.search(indicator):
                # 全市强镇竞赛进前三 / 在全市综合考核中进入前三名: the rank in that contest
                indicator = indicator[: verb.start()].removeprefix("在") + "排名"
            return [
                FoundTarget(
                    start=start,
                    end=end,
                    indicator=indicator or "排名",
                    kind=TargetKind.LEVEL,
                    comparator=Comparator.LE,
                    value=Decimal(rank_n),
                    unit="名",
                )
            ]
        if m.group("rank"):
            if _PRENOMINAL_RANK.match(text, end, e) and not _RANK_REACH.search(
                text, clause_start, m.start()
            ):
                return []  # 对全市前100强工业企业实行…: which firms, not a rank aimed at
            parts = self._split_parts(start, m.start(), "、")
            rank = Decimal(m.group("rank"))
            # A、B排名力争进入全国前50强: each subject's rank in that scope.
            tail = text[start : m.start()]
            ranked = "排名" in tail
            scope = sc.group(0) if (sc := _RANK_SCOPE.search(tail)) else ""
            return [
                FoundTarget(
                    start=ps,
                    end=end,
                    indicator=(
                        _clean_indicator(text[ps:pe].split("排名")[0]) + scope + "排名"
                        if ranked and _clean_indicator(text[ps:pe].split("排名")[0])
                        else _rank_name(_clean_indicator(text[ps:pe]))
                    ),
                    kind=TargetKind.LEVEL,
                    comparator=Comparator.LE,
                    value=rank,
                    unit="名",
                )
                for ps, pe in parts
            ]
        if not _is_boundary(text, end, e):
            return []
        if m.group("bench"):
            if _BRACKET_NUMBER.match(text, end, e):
                return []  # 不低于全市平均水平(38万元/亩): the bracketed value is the target
            if _COMPOSITE.search(indicator) or not indicator:
                return []  # 质量效益达到国内先进水平: no measurable indicator
            if self.out and self.out[-1].end >= clause_start and self.out[-1].value is not None:
                return []  # 70%以上装备达到国内先进水平: the share is the target
            return [
                FoundTarget(
                    start=start,
                    end=end,
                    indicator=indicator or m.group(0),
                    kind=TargetKind.BENCHMARK,
                    comparator=Comparator.GT
                    if m.group("bench").startswith("高于")
                    else Comparator.GE,
                    value=None,
                    unit=None,
                )
            ]
        # 保持全省领先 / 领先全市 / 不减: a standing or a floor without a number.
        if not head.strip(" ,，、;；"):
            return []
        parts = self._split_parts(start, m.start(), "、")
        return [
            FoundTarget(
                start=ps,
                end=end,
                indicator=_clean_indicator(text[ps:pe]) or text[ps:pe] or "排名",
                kind=TargetKind.QUALITATIVE,
                comparator=Comparator.GE,
                value=None,
                unit=None,
            )
            for ps, pe in parts
        ]

    def _split_parts(self, start: int, stop: int, seps: str) -> list[tuple[int, int]]:
        """The list items ``A、B和C`` of a shared predicate, each running to ``stop``."""
        text = self.text
        parts: list[tuple[int, int]] = []
        cur = start
        depth = 0
        for i in range(start, stop):
            ch = text[i]
            if ch in "(“《":
                depth += 1
            elif ch in ")”》" and depth:
                depth -= 1
            elif ch in seps and depth == 0 and i > cur:
                parts.append((cur, i))
                cur = i + 1
        parts.append((cur, stop))
        parts = [(a, b) for a, b in parts if b - a >= 2]
        # 钢铁、水泥、玻璃等重点行业二氧化硫、氮氧化物: the items up to 等 qualify the
        # noun after it; they are one item with it.
        k = max((i for i, (a, b) in enumerate(parts) if _ETC_INSIDE.search(text, a, b)), default=0)
        if k:
            parts = [(parts[0][0], parts[k][1]), *parts[k + 1 :]]
        return parts or [(start, stop)]

    def _fund_scale(  # noqa: PLR0917 - the candidate's parts, as _quantity holds them
        self,
        m: re.Match[str],
        clause_start: int,
        head: str,
        after: int,
        e: int,
        value: Decimal | Fraction,
        unit: str,
    ) -> list[FoundTarget]:
        """A fund's size in a plan that sets funds up (设立总规模50亿元的…母基金, 母基金首期
        规模20亿元), or nothing: subsidies, budgets and contribution shares stay rules."""
        text = self.text
        compact = head.replace(" ", "")
        named = _FUND_NAMED.search(compact)
        np_end = after
        if named is None:
            fm = _FUND_SET_UP.search(compact)
            tail = _FUND_NOUN_AFTER.match(text, after, e) if fm else None
            if tail is None:
                return []
            np_end = tail.end()  # 设立总规模50亿元的…母基金: the fund named after its size
            name = re.sub(r"\s", "", tail.group("name"))
        else:
            name = named.group("name")
        clause_end = np_end if np_end > after else after
        if _FUND_RULE.search(text[clause_start:clause_end].replace(" ", "")):
            return []
        comparator = (
            _SUF_CMP[m.group("suf")]
            if m.group("suf")
            else _comparator_before(head) or Comparator.EQ
        )
        return [
            FoundTarget(
                start=self._skip_lead(clause_start, m.start()),
                end=clause_end,
                indicator=_clean_indicator(name) + "规模",
                kind=TargetKind.LEVEL,
                comparator=comparator,
                value=value,
                unit=unit,
            )
        ]

    def _skip_lead(self, start: int, stop: int) -> int:
        close = max(self.text.rfind(")", start, stop), self.text.rfind("）", start, stop))
        if close >= 0 and not any(self.text.find(c, start, close) >= 0 for c in "(（"):
            # (省科技厅牵头,省经信厅配合)每年新增…: the clause opens after a remark that
            # began before it
            start = close + 1
        m = _LEAD_STRIP.match(self.text, start, stop)
        if m and m.end() < stop:
            return m.end()
        return start

    # -- commitment, deadline, period -----------------------------------------------

    def _dates_own_clause(self, s: int, pos: int) -> bool:
        """The last year before ``pos`` is the adverbial of an earlier clause of its
        own (2026年完成…,每年…), not a year governing the sentence (到2028年,…)."""
        found = list(_YEAR.finditer(self.text, s, pos))
        last = found[-1] if found else None
        return (
            last is not None
            and _CLAUSE_SEP.search(self.text, last.end(), pos) is not None
            and _YEAR_OWN_CLAUSE.match(self.text, last.end()) is not None
        )

    def _last_five_year(self, start: int, stop: int) -> re.Match[str] | None:
        if self.text.find("五", start, stop) < 0:
            return None  # (every “十N五” holds 五)
        found = list(_FIVE_YEAR.finditer(self.text, start, stop))
        return found[-1] if found else None

    def _finish(self, t: FoundTarget, s: int, ctx: _Ctx | None) -> None:
        back = _sentence_start(self.text, s)
        if any(back <= a and b <= t.start for a, b in self.bracket_dates):
            text, self.text = self.text, self.blanked
            try:
                self._finish_dated(t, s, ctx)
            finally:
                self.text = text
        else:
            self._finish_dated(t, s, ctx)
        if (
            bd := _BRACKET_DEADLINE.match(self.text, t.end)
            or _POSTPOSED_DEADLINE.match(self.text, t.end)
        ) and (bd.group("y") or bd.group("m")):
            if bd.group("y"):
                t.year, t.basis = int(bd.group("y")), DeadlineBasis.STATED
            t.month = t.day = None
            if mm := bd.group("m"):
                month = _month_number(mm)
                if month is not None and (1 <= month < 12 or bd.group("d")):
                    t.month, t.day = month, int(bd.group("d")) if bd.group("d") else None

    def _finish_dated(self, t: FoundTarget, s: int, ctx: _Ctx | None) -> None:
        year = t.year
        self._finish_year(t, s, ctx)
        if t.year_fixed:
            t.year, t.basis = year, DeadlineBasis.STATED  # paired with its value (分别)
            return
        self._finish_month(t, s)

    def _finish_month(self, t: FoundTarget, s: int) -> None:
        """A date within the year before the target in its sentence (2024年6月底前)."""
        text = self.text
        back = _sentence_start(text, s)
        found: tuple[int, int | None, int | None] | None = None
        found_end = back
        for m in _IN_YEAR.finditer(text, back, t.end):
            if m.group("m") is None and m.group("half") is None and m.group("q") is None:
                continue
            if _closed_remark(text, back, m.start(), s):
                continue  # (首期出资…,2025年6月底前到位);新设子基金…: the remark's own date
            if m.group("m") is not None and not (m.group("part") or m.group("pre")):
                lead = text[max(back, m.start() - 1) : m.start()]
                if (
                    not _IN_YEAR_LEAD.search(lead)
                    or text[max(back, m.start() - 2) : m.start() - 1].isdigit()
                ):
                    continue  # 2023年5月,… / 1至6月: a date of history, a reporting period
            if (mm := m.group("m")) is not None:
                month = _month_number(mm)
                day = int(m.group("d")) if m.group("d") else _DECADE_DAY.get(m.group("part") or "")
            elif m.group("half"):
                month, day = 6, None
            else:
                month, day = 3 * "一二三四".index(m.group("q")) + 3, None
            if not month or not 1 <= month <= 12:
                continue
            year = int(m.group("y")) if m.group("y") else None
            found = (month, day, year)
            found_end = m.end()
        if found is None:
            return
        if any(not _is_baseline(text, back, y) for y in _YEAR.finditer(text, found_end, t.start)):
            return  # 9月30日前完成摸底;2024年底前腾出…: a later year-only date governs
        month, day, year = found
        if year is not None:
            t.year, t.basis = year, DeadlineBasis.STATED
        if month == 12 and day is None:
            return  # 12月底: the end of the year, as 年底
        t.month, t.day = month, day

    def _written_in_plan(self) -> bool:
        """The year of writing is known and lies within the plan's years."""
        w = self.written_year
        return (
            w is not None
            and (self.first_year is None or self.first_year <= w)
            and (self.last_year is None or w <= self.last_year)
        )

    def _finish_year(self, t: FoundTarget, s: int, ctx: _Ctx | None) -> None:
        text = self.text
        before = text[s : t.start]
        upto = text[s : t.end]
        # Commitment: the last commitment word before the target in its sentence.
        commits = list(_COMMIT.finditer(text, s, t.end))
        if commits:
            word = commits[-1].group(0)
            t.commitment = Commitment.ENSURE if _ENSURE.fullmatch(word) else Commitment.STRIVE
        elif ctx is not None:
            t.commitment = ctx.commitment
        rate_unit = (t.unit or "").endswith("/年")  # 1200万吨/年: a capacity, not a recurrence
        if _PER_YEAR.search(upto) and (not rate_unit or "每年" in upto):
            t.per = Per.YEAR
        if (vy := _YEAR_BEFORE_VALUE.search(text, t.start, t.end)) is not None:
            # 规上工业营业收入:2026年2600亿元,2027年2800亿元: each value its year
            t.year, t.basis = int(vy.group(1)), DeadlineBasis.STATED
            return
        back = _sentence_start(text, s)
        turns = (
            list(_BUILDS_ON.finditer(text, back, t.start)) if "基础" in text[back : t.start] else []
        )
        if turns and self._is_history(back, turns[-1].start()):
            # 2025年签约27个,在此基础上,每年招引30个以上: the record's year dates no aim
            s = back = max(s, turns[-1].end())
            before = text[s : t.start]
        years = self._years(text, s, t.end)
        if years and t.per is Per.YEAR and self._dates_own_clause(s, t.start):
            # 2026年完成6个…改造推广,每年改造企业不少于200家: the year is the first
            # clause's; the yearly aim recurs to the plan's end
            years = []
        if not years and back < s:
            # A year or period marker stated earlier in the same 。-sentence governs its
            # later ;-clauses (到“十四五”末,…;…;… / 2024年,…;…力争…;…全年), up to a
            # 今年 after it (到2030年…突破1500家;今年新增…3—5家).
            this_year = (
                [w.start() for w in _WITHIN_YEAR.finditer(text, back, t.end)]
                if self.one_year and self.written_year == self.first_year
                else []
            )
            if this_year and not any(_YEAR.finditer(text, this_year[-1], s)):
                t.year, t.basis = self.written_year, DeadlineBasis.RELATIVE
                return
            years = [
                int(y.group(1))
                for y in _YEAR.finditer(text, back, s)
                if not _is_baseline(text, back, y)
                and (self.first_year is None or int(y.group(1)) >= self.first_year)
                # …1.5万亩,其中2024年完成5000亩、2025年完成450家;…: a part's own year
                # stays with the part
                and not _in_part_list(text, back, y.start())
            ][-1:]
            if not years and (fm := self._last_five_year(back, s)):
                t.year, t.basis = _FIVE_YEAR_END[fm.group(1)], DeadlineBasis.STATED
                return
        rng = [
            r
            for r in _YEAR_RANGE.finditer(before)
            # 三年行动(2026—2028年)的开局之年,全年…: the named campaign's years, in brackets
            # (第一阶段(2009-2012年):… still dates the stage it names)
            if not (
                _closed_remark(text, s, s + r.start(), t.start)
                and _NAMED_PERIOD_BEFORE.search(text, max(s, s + r.start() - 6), s + r.start())
            )
        ]
        if rng and not any(
            y.start() >= rng[-1].end() and not _is_baseline(text, s, y)
            for y in _YEAR.finditer(text, s + rng[-1].end(), t.end)
        ):
            # 2023-2025年,…: the period's end, unless a year of it is named after
            # (…其中2023年新增1家)
            years.append(int(rng[-1].group(2)))
        if years:
            t.year, t.basis = years[-1], DeadlineBasis.STATED
            return
        rel = [
            r
            for r in _RELATIVE_CTX.finditer(text, s, t.end)
            # 开展高新技术企业三年倍增行动: the name of a campaign, no deadline
            if not _NAMED_PERIOD.match(text, r.end())
        ]
        if (
            rel
            and self.first_year is not None
            # (三年内实现全覆盖,今年要新实施…600个: the 今年 after the span dates this one)
            and not (self._written_in_plan() and _WITHIN_YEAR.search(text, rel[-1].end(), t.start))
        ):
            n_txt = rel[-1].group(1)
            n = int(n_txt) if n_txt.isdigit() else whole_number(n_txt)
            if n:
                year = self.first_year + n - 1
                # (an annual plan or a speech may aim beyond its year: 用三年时间…翻一番)
                if self.last_year is None or year <= self.last_year or self.one_year:
                    t.year, t.basis = year, DeadlineBasis.RELATIVE
                    return
        if fm := _FIVE_YEAR.search(upto):  # “十四五”期间 … runs to 2025
            t.year, t.basis = _FIVE_YEAR_END[fm.group(1)], DeadlineBasis.STATED
            return
        if fm := _FIVE_YEAR.match(text, self.para_start):
            # “十三五”期间,… opening the paragraph: its period governs the paragraph
            t.year, t.basis = _FIVE_YEAR_END[fm.group(1)], DeadlineBasis.SECTION
            return
        if self._aims_only and self.report_year is not None:
            # 年度目标增长7%,实际增长7.4% in a report on 2024: that year's aim
            t.year, t.basis = self.report_year, DeadlineBasis.SECTION
            return
        openers = [
            int(y.group(1))
            for y in _SENTENCE_YEAR_OPEN.finditer(text, self.para_start, t.start)
            if self.first_year is None or int(y.group(1)) >= self.first_year
        ]
        if openers and not (t.per is Per.YEAR and self.last_year and openers[-1] < self.last_year):
            # 2025年,经济总量突破5000亿元。培育12家…: a sentence opening with a year dates
            # the paragraph's later sentences that name none (a yearly aim recurs to the
            # plan's end).
            t.year, t.basis = openers[-1], DeadlineBasis.SECTION
            return
        if ctx is not None and ctx.year is not None:
            t.year, t.basis = ctx.year, DeadlineBasis.SECTION
            return
        if (
            self._written_in_plan()
            and t.per is not Per.YEAR  # (…,今年…600个,同时每年新增…: a yearly aim recurs)
            and _WITHIN_YEAR.search(text, min(back, s), t.end)
        ):
            # 确保年内新建标准厂房20万平方米 in a letter of 2024: the year it is written in
            # (a 今年 opening the sentence governs its later ;-clauses)
            t.year, t.basis = self.written_year, DeadlineBasis.RELATIVE
            return
        if self.lead_year is not None and t.start >= self.lead_from:
            t.year, t.basis = self.lead_year, DeadlineBasis.SECTION
            return
        if self.section_year is not None:
            t.year, t.basis = self.section_year, DeadlineBasis.SECTION
            return
        if self._written_in_plan() and _YEARS_PART.search(text, min(back, s), t.end):
            # 下半年,力争全年…增长7% in a mid-year review of a three-year plan: this year
            t.year, t.basis = self.written_year, DeadlineBasis.RELATIVE
            return
        if self.last_year is not None:
            t.year, t.basis = self.last_year, DeadlineBasis.PLAN
            return
        if (
            self.headline_year is None
            and self.last_year is None
            and self.ref_year is not None
            and _THIS_YEAR.search(text, s, t.end)
        ):
            # 今年/全年/年度 in a news report with no horizon: the year it is written in
            t.year, t.basis = self.ref_year, DeadlineBasis.PLAN
            return
        t.year, t.basis = self.headline_year, DeadlineBasis.PLAN


def find_targets(
    text: str,
    *,
    first_year: int | None = None,
    last_year: int | None = None,
    exclude: Sequence[tuple[int, int]] = (),
    keep_breaks: Sequence[tuple[int, int]] = (),
    written_year: int | None = None,
    outer_scopes: Sequence[str] = (),
    report_year: int | None = None,
    fund_plan: bool = False,
    closed: Sequence[tuple[int, int]] = (),
) -> list[FoundTarget]:
    """Find the targets of a normalised plan text (目标识别).

    Args:
        text: the normalised text (:attr:`mfgpolicy.text.NormalizedText.text`).
        first_year: the plan's first year (for 三年… relative deadlines).
        last_year: the plan's last year (deadline when the text is silent).
        exclude: ``[start, end)`` ranges of ``text`` to skip (sections that report
            history, such as 发展基础).
        keep_breaks: ``[start, end)`` ranges whose line breaks are never joined
            (tables written one cell per line).
        written_year: the year the document was issued or published: 今年, 全年,
            三季度 … in a text that names no year of its own fall in it.
        outer_scopes: the scope words of levels above the document's own (全省 in a
            city's plan): a target whose subject opens with one is a higher level's,
            quoted as context.
        report_year: the one year a report's title names (关于2024年度…完成情况的通报):
            the aims its record restates (年度目标增长7%) are that year's.
        fund_plan: the document sets up funds (…产业基金设立方案): the sizes of the
            funds it sets up are targets, not the funding rules they are elsewhere.
        closed: ``[start, end)`` ranges that review a year before the plan's
            (2026年工作总结 in a 2027 work plan): not even the aims their record
            restates (完成年度目标(8%)的95%) are read, being aims gone by.

    Returns:
        The targets in document order; ``parent`` indexes into this list.
    """
    finder = _Finder(
        text,
        first_year,
        last_year,
        exclude,
        keep_breaks,
        written_year=written_year,
        outer_scopes=outer_scopes,
        report_year=report_year,
        fund_plan=fund_plan,
        closed=closed,
    )
    found = finder.run()
    for f in found:
        if f.unit and (wm := re.fullmatch(r"(.+元)每(亩|人)", f.unit)):
            f.unit = f"{wm.group(1)}/{wm.group(2)}"  # 万元每亩 → 万元/亩
    if finder.deleted:
        for f in found:
            start = to_source_offset(finder.deleted, f.start)
            end = to_source_offset(finder.deleted, f.end - 1) + 1 if f.end > f.start else start
            f.start, f.end = start, end
    return found
