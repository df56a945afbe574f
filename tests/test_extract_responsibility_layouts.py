"""Responsibility layouts of the genre (责任分工的写法).

The first group is the reviewer's synthetic paragraphs for round 3 (their own
text, one per layout); the second is ours, one per rule of "Rules of the genre" in
docs/extraction.md. Each case: (category, paragraph, [(target value, lead,
support)]) with unit names as written (simplified).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from mfgpolicy.extract import extract_document
from mfgpolicy.extract.responsibility import find_blocks
from mfgpolicy.text import to_simplified

Case = tuple[str, str, list[tuple[str, list[str], list[str]]]]

REVIEWER_CASES: list[Case] = [
    # R1. labels on their own lines after the task (牵头单位: / 配合单位: each on a line)
    (
        "R1-分行标签",
        (
            "1.壮大优质企业。到2026年,新增省级专精特新中小企业80家。\n牵头单位:市工信局\n配合单位:市科技局、市财政局\n"
            "2.扩大技改投资。每年实施技术改造项目120项以上。\n牵头单位:市发展改革委\n配合单位:市工信局"
        ),
        [("80", ["市工信局"], ["市科技局", "市财政局"]), ("120", ["市发展改革委"], ["市工信局"])],
    ),
    # R2. verb form: X牵头, Y、Z配合 / X负责
    (
        "R2-动词式",
        (
            "1.推进数字化改造。到2026年,新增省级智能工厂15家。(市工信局牵头,市科技局、市大数据局配合)\n"
            "2.培育绿色工厂。每年新增市级绿色工厂10家。(市生态环境局负责)"
        ),
        [("15", ["市工信局"], ["市科技局", "市大数据局"]), ("10", ["市生态环境局"], [])],
    ),
    (
        "R2-动词式",
        "3.引育人才。三年引进产业领军人才30名,由市委人才办牵头,市人社局、市工信局按职责分工配合。",
        [("30", ["市委人才办"], ["市人社局", "市工信局"])],
    ),
    # R3. one 责任单位 list with a (牵头) marker after the lead, square or round brackets
    (
        "R3-牵头标记",
        "1.打造产业集群。到2025年,培育产值超百亿元产业集群6个。[责任单位:市工信局(牵头),市发展改革委,市商务局]",
        [("6", ["市工信局"], ["市发展改革委", "市商务局"])],
    ),
    (
        "R3-牵头标记",
        "2.建设创新平台。新建省级企业技术中心20家。(责任单位:市科技局〔牵头〕、市工信局)",
        [("20", ["市科技局"], ["市工信局"])],
    ),
    # R4. 牵头单位 followed by 责任单位 naming lower governments: the governments are not leads
    (
        "R4-牵头+责任主体",
        "1.扩大工业投资。到2026年,工业投资年均增长10%以上。(牵头单位:市发展改革委;责任单位:各县(市、区)人民政府)",
        [("10", ["市发展改革委"], [])],
    ),
    (
        "R4-牵头+责任主体",
        "2.盘活低效用地。三年盘活低效工业用地5000亩。(牵头单位:市自然资源局,配合单位:市工信局;责任主体:各开发区管委会)",
        [("5000", ["市自然资源局"], ["市工信局"])],
    ),
    # controls (passed in the round-3 probe)
    (
        "C-多牵头",
        "1.培育优质企业。到2025年,新增专精特新企业50家。(牵头单位:市科技局、市发展改革委、市工业和信息化局)",
        [("50", ["市科技局", "市发展改革委", "市工业和信息化局"], [])],
    ),
    (
        "C-牵头配合",
        "2.推进技术改造。每年实施技改项目100项以上。(牵头单位:市工业和信息化局;配合单位:市财政局、市税务局)",
        [("100", ["市工业和信息化局"], ["市财政局", "市税务局"])],
    ),
    (
        "C-列第一位",
        (
            "一、主要任务\n(一)培育优质企业。到2025年,新增专精特新企业50家。(责任单位:市工信局、市科技局,列第一位的为牵头单位,下同)\n"
            "(二)推进技术改造。每年实施技改项目100项以上。(责任单位:市财政局、市工信局)"
        ),
        [("50", ["市工信局"], ["市科技局"]), ("100", ["市财政局"], ["市工信局"])],
    ),
]

OWN_CASES: list[Case] = [
    # a block after a list of sub-items with none of their own covers every item
    (
        "列表尾部",
        (
            "一、重点任务\n(一)壮大企业梯队。\n1.到2025年,新增专精特新企业30家。\n"
            "2.新增高新技术企业50家。\n责任单位:市科技局、市工信局\n"
            "(二)扩大投资。每年实施技改项目100项。(牵头单位:市发改委)\n"
        ),
        [
            ("30", ["市科技局", "市工信局"], []),
            ("50", ["市科技局", "市工信局"], []),
            ("100", ["市发改委"], []),
        ],
    ),
    # … but items that carry their own blocks do not lend them to the others
    (
        "逐项标注",
        (
            "一、重点任务\n(一)壮大企业梯队。\n1.到2025年,新增专精特新企业30家。(牵头单位:市工信局)\n"
            "2.新增高新技术企业50家。\n3.新增小巨人企业5家。(牵头单位:市科技局)\n"
        ),
        [("30", ["市工信局"], []), ("50", [], []), ("5", ["市科技局"], [])],
    ),
    # synonyms of the labels: 牵头部门 / 配合部门 / 责任领导; 主责单位 / 协办单位 in 【】
    (
        "同义标签",
        (
            "1.推进改造。到2026年,新增智能工厂15家。(市工信局负责)\n"
            "2.扩大投资。新增技改项目20个。(牵头部门:市发改委;配合部门:市财政局;责任领导:张三)"
        ),
        [("15", ["市工信局"], []), ("20", ["市发改委"], ["市财政局"])],
    ),
    (
        "同义标签",
        "1.推进改造。到2026年,新增智能工厂15家。【主责单位:市工信局;协办单位:市科技局】",
        [("15", ["市工信局"], ["市科技局"])],
    ),
    # A(牵头)、B、C with 下同: the marked unit leads, the others support, carried on
    (
        "牵头标记",
        (
            "1.推进改造。到2026年,新增智能工厂15家。(责任单位:市工信局(牵头)、市科技局、市财政局,下同)\n"
            "2.扩大投资。新增技改项目20个。"
        ),
        [
            ("15", ["市工信局"], ["市科技局", "市财政局"]),
            ("20", ["市工信局"], ["市科技局", "市财政局"]),
        ],
    ),
    # the verb form without 由, on a line of its own
    (
        "动词式",
        "1.推进改造。到2026年,新增智能工厂15家。市工信局牵头,市科技局配合。",
        [("15", ["市工信局"], ["市科技局"])],
    ),
    # governments beside departments in a 责任单位 list are accountable
    (
        "责任主体",
        "1.推进改造。到2026年,新增智能工厂15家。(责任单位:市工信局、各县(市、区)人民政府)",
        [("15", ["市工信局"], [])],
    ),
]

# Held-out rounds 17-18 (session 4).
OWN_CASES_17: list[Case] = [
    # a 责任单位 list beside a named 牵头单位 supports; a clause about who carries
    # what follows (以下均需各县市区落实) is no unit; a block cut off at the end stays one
    (
        "17-牵头加责任单位",
        (
            "二、主要指标\n1.地区生产总值总量力争突破3000亿元。(预期性指标,牵头单位:市发改委;"
            "责任单位:市政府有关部门,各县市区,以下均需各县市区落实)\n"
            "2.规上工业增加值年均增长8%。(预期性指标,牵头单位:市经信局;责任单位:市统计局"
        ),
        [("3000", ["市发改委"], ["市政府有关部门"]), ("8", ["市经信局"], ["市统计局"])],
    ),
    # a label said with 为 in running text
    (
        "17-责任单位为",
        (
            "2023年,规模以上工业增加值:增长8%,责任单位为区经信局; "
            "服务业增加值:增长7%,责任单位为区发改委;"
        ),
        [("8", ["区经信局"], []), ("7", ["区发改委"], [])],
    ),
    # a heading that is a department's name leads the items under it
    (
        "17-部门标题",
        (
            "(一)综合办公室(党群工作部、监察室)\n(1)年度主要任务与要求:\n"
            "①积极宣传推介园区,完成上稿8篇;②年内新增入统企业5家以上。\n"
            "(二)招商合作局(行政审批局)\n(1)年度主要任务与要求:\n①高质量打造5个以上工业招商项目。\n"
        ),
        [("8", ["综合办公室"], []), ("5", ["综合办公室"], [])],
    ),
    # a block closing a later paragraph is that paragraph's own
    (
        "17-段末责任块",
        (
            "力争到2025年,两化融合发展指数达到125。\n"
            "加快新基建,数字基础设施支撑能力显著增强。开通5G基站25万个,建设省级区域中心5个左右。"
            "(省工业和信息化厅、省通信管理局牵头,省大数据局参与)\n"
        ),
        [("125", [], []), ("25", ["省工业和信息化厅", "省通信管理局"], ["省大数据局"])],
    ),
    # a table of one cell per line, each cell closed by a pipe, with a 责任领导 column
    (
        "17-单元格竖线表",
        (
            "2025年开发区重点工作及责任清单\n"
            "序号 |\n重点工作 |\n责任领导 |\n责任单位 |\n完成时限 |\n"
            "1 |\n全力推进空间再造,力争全年盘活僵尸企业10家。 |\n马振明 |\n改革办 |\n全年 |\n"
            "2 |\n持续提升园区承载能力,新建标准厂房5万平方米。 |\n张云峰 |\n规划建设局 |\n全年 |\n"
        ),
        [("10", ["改革办"], []), ("5", ["规划建设局"], [])],
    ),
]

OWN_CASES_22: list[Case] = [
    # a block run on after the task's full stop, on the same line, up to the next full stop
    (
        "22-句后责任单位",
        (
            "1.到2025年,新增规上工业企业100家。责任单位:市经信局(牵头)、市统计局\n"
            "2.到2025年,新增高新技术企业50家。牵头单位:市科技局;配合单位:市财政局。"
            "3.实施技改项目200个。牵头单位:市发改委。"
        ),
        [
            ("100", ["市经信局"], ["市统计局"]),
            ("50", ["市科技局"], ["市财政局"]),
            ("200", ["市发改委"], []),
        ],
    ),
    # bare unit lists in brackets closing each item; 排序第一单位为牵头单位 makes the
    # first lead; a place in brackets ((高新区)) is no unit list
    (
        "27-括号单位",
        (
            "请各单位(责任单位中排序第一单位为牵头单位)认真落实。\n"
            "1.区属GDP增长7%。(区发改局)\n"
            "2.城镇居民人均可支配收入增长8%以上,农民人均纯收入增长9%以上。(区发改局、区农业局)\n"
            "3.新增规上工业企业30家。(高新区)\n"
        ),
        [
            ("7", ["区发改局"], []),
            ("8", ["区发改局"], ["区农业局"]),
            ("9", ["区发改局"], ["区农业局"]),
            ("30", [], []),
        ],
    ),
]

OWN_CASES_32: list[Case] = [
    # a task table copied with spaces between its cells under a one-line header: the
    # first unit cell leads, the next supports; a 配合 list may break over lines
    (
        "32-空格分隔任务表",
        (
            "2024年重点工作任务分解表\n"
            "序号 重点工作任务 主要责任单位 协同配合单位 完成时限\n"
            "1 新增规上工业企业40家以上。 县经信局 县统计局、县税务局 2024年12月底\n"
            "2 完成工业技改投资25亿元。 县发改局\n"
            "县经信局\n"
            "县财政局 2024年11月底\n"
            "3 培育省级专精特新企业8家。 县经信局 县科技局等县直有关部门。 2024年12月底\n"
        ),
        [
            ("40", ["县经信局"], ["县统计局", "县税务局"]),
            ("25", ["县发改局"], ["县经信局", "县财政局"]),
            ("8", ["县经信局"], ["县科技局等县直有关部门"]),
        ],
    ),
]

OWN_CASES_41: list[Case] = [
    # an appendix task table names the body's tasks by their headings only: its row's
    # units answer for the targets under the heading of that name
    (
        "41-附表按任务名",
        (
            "一、重点任务\n"
            "(一)壮大电子材料产业。电子材料产业营业收入年均增长12%。\n"
            "(二)培育智能装备产业。引进培育智能装备企业15家。\n"
            "附件:重点任务分工表\n"
            "序号\t重点任务\t牵头单位\t责任单位\n"
            "1\t壮大电子材料产业\t市工信局\t市发改委、市科技局\n"
            "2\t培育智能装备产业\t市商务局\t市工信局\n"
        ),
        [("12", ["市工信局"], ["市发改委", "市科技局"]), ("15", ["市商务局"], ["市工信局"])],
    ),
    # a heading names the lead, the item's own block only who supports
    (
        "41-标题牵头加配合",
        (
            "一、区科技局牵头工作\n"
            "1.提升创新能力。新认定省级企业技术中心6家。配合单位:区工信局。\n"
            "2.培育创新主体。新增高新技术企业40家。\n"
        ),
        [("6", ["区科技局"], ["区工信局"]), ("40", ["区科技局"], [])],
    ),
]

ALL_CASES = REVIEWER_CASES + OWN_CASES + OWN_CASES_17 + OWN_CASES_22 + OWN_CASES_32 + OWN_CASES_41


@pytest.mark.parametrize(
    ("category", "text", "expected"),
    ALL_CASES,
    ids=[f"{i:02d}-{c[0]}" for i, c in enumerate(ALL_CASES)],
)
def test_layout(category: str, text: str, expected: list[tuple[str, list[str], list[str]]]) -> None:
    doc = extract_document(text, source=category)
    for value, lead, support in expected:
        hits = [
            t
            for t in doc.targets
            if t.value is not None
            and Decimal(str(t.value)).normalize() == Decimal(value).normalize()
        ]
        assert hits, f"{category}: no target {value}"
        r = hits[0].responsibility
        assert sorted(to_simplified(u.as_written) for u in r.lead) == sorted(lead), category
        assert sorted(to_simplified(u.as_written) for u in r.support) == sorted(support), category


def test_governments_in_a_list_are_accountable() -> None:
    doc = extract_document(
        "1.扩大投资。到2026年,工业投资年均增长10%以上。"
        "(牵头单位:市发展改革委;责任单位:各县(市、区)人民政府)"
    )
    (t,) = doc.targets
    assert list(t.responsibility.accountable) == ["各县(市、区)人民政府"]


def test_shared_delivery_by_governments_is_accountable() -> None:
    doc = extract_document(
        "1.推进改造。到2026年,新增智能工厂15家。(市工信局、市科技局牵头,各县(市、区)政府负责落实)"
    )
    (t,) = doc.targets
    r = t.responsibility
    assert [u.as_written for u in r.lead] == ["市工信局", "市科技局"]
    assert list(r.accountable) == ["各县(市、区)政府"]


def test_leaders_from_synonym_label() -> None:
    doc = extract_document("1.扩大投资。新增技改项目20个。(牵头部门:市发改委;责任领导:张三)")
    (t,) = doc.targets
    assert list(t.responsibility.leaders) == ["张三"]


@pytest.mark.parametrize(
    "text",
    [
        "全面推进由龙头企业牵头的创新联合体建设。",  # 牵头 inside a noun phrase
        "由市政府牵头组织实施一批重大项目,推动产业升级。",  # no end of sentence after it
        "(一)坚持创新驱动,发挥企业主体作用(牵头抓总)。",  # not a unit
        "[2024]第3号文件。",
    ],
)
def test_not_a_block(text: str) -> None:
    assert find_blocks(text) == []


def test_section_heading_lead_picks_the_lead_of_a_unit_list() -> None:
    """一、…(由X牵头) and an item's 责任单位:X、Y → X leads, Y supports."""
    text = (
        "一、壮大创新主体(由市科技局牵头)\n"
        "(一)培育科技企业。新认定高新技术企业400家以上。(责任单位:市科技局、市经信局)"
    )
    (t,) = extract_document(text).targets
    r = t.responsibility
    assert [u.as_written for u in r.lead] == ["市科技局"]
    assert [u.as_written for u in r.support] == ["市经信局"]


def test_without_a_heading_lead_every_listed_unit_leads() -> None:
    text = (
        "一、壮大创新主体\n"
        "(一)培育科技企业。新认定高新技术企业400家以上。(责任单位:市科技局、市经信局)"
    )
    (t,) = extract_document(text).targets
    assert [u.as_written for u in t.responsibility.lead] == ["市科技局", "市经信局"]


def test_governments_named_for_what_follows_are_accountable() -> None:
    """以下工作均需各县〈市、区〉政府和…管委会落实: accountable, never leads; 〈〉 normalised."""
    text = (
        "(一)培育科技企业。新认定高新技术企业400家以上。"
        "(责任单位:市科技局,以下工作均需各县〈市、区〉政府和高新区管委会落实,不再列出)\n"
        "(二)扩大技改。实施技改项目200个。"
    )
    first, second = extract_document(text).targets
    assert [u.as_written for u in first.responsibility.lead] == ["市科技局"]
    assert list(first.responsibility.accountable) == ["各县(市、区)政府", "高新区管委会"]
    assert list(second.responsibility.accountable) == ["各县(市、区)政府", "高新区管委会"]
    assert not second.responsibility.lead


def test_leaders_column_takes_the_person_not_the_unit() -> None:
    doc = extract_document(
        "重点工作责任清单\n序号 |\n重点工作 |\n责任领导 |\n责任单位 |\n完成时限 |\n"
        "1 |\n力争全年盘活僵尸企业10家。 |\n马振明 |\n改革办 |\n全年 |\n"
    )
    (t,) = doc.targets
    assert list(t.responsibility.leaders) == ["马振明"]
    assert [u.as_written for u in t.responsibility.lead] == ["改革办"]


def test_a_space_separated_task_row_gives_its_deadline_cell() -> None:
    doc = extract_document(
        "序号 重点工作任务 主要责任单位 协同配合单位 完成时限\n"
        "1 新增规上工业企业40家以上。 县经信局 县统计局 2024年6月底\n"
        "2 完成工业投资50亿元。 县发改局 县经信局 2024年12月底\n"
    )
    got = [(str(t.value), t.deadline.isoformat() if t.deadline else None) for t in doc.targets]
    assert got == [("40", "2024-06-30"), ("50", "2024-12-31")]
