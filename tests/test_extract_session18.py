"""Land rules, ranks among a named city's peers, and the turn from a record to the
aims built on it (在此基础上).

Each test reads a short document end to end and failed before the change it names
(checked against the code of the session's start), unless its docstring says it
guards a change of this session.
"""

from __future__ import annotations

import datetime as dt

from extract_helpers import by_value, found, leads, supports
from mfgpolicy.extract import extract_document

# -- land and entry rules -------------------------------------------------------------


_STANDARD_LAND = """某县工业用地“标准地”改革实施方案
一、工作目标
到2026年,全县规上工业亩均税收达到35万元/亩,盘活存量低效工业用地3000亩以上。
二、控制指标
“标准地”出让前,由各开发区确定控制指标,并纳入出让条件:
(一)固定资产投资强度.县经开区不低于 350 万元/亩,其他园区不低于 260 万元/亩.
(二)建筑密度不低于 40%,绿地率不超过 15%.
三、重点任务
(一)扩大供给。每年新增“标准地”供应不少于2000亩。
"""


def test_a_section_headed_as_control_indicators_holds_rules_not_aims() -> None:
    doc = extract_document(_STANDARD_LAND)
    got = found(doc)
    assert ("level", "35", "万元/亩") in got
    assert ("increment", "3000", "亩") in got
    assert ("increment", "2000", "亩") in got  # the section after the rules reads again
    for rule in (("level", "350", "万元/亩"), ("level", "260", "万元/亩"), ("level", "40", "%")):
        assert rule not in got
    assert len(got) == 3


def test_the_terms_written_into_each_sale_are_rules() -> None:
    doc = extract_document(
        "到2025年,全县工业用地平均容积率达到1.3。新出让工业用地一律按“标准地”出让,"
        "出让条件中明确固定资产投资强度不低于300万元/亩、容积率不低于1.5。"
        "入园企业须符合园区产业定位,亩均税收不低于15万元/亩·年;新增入园企业200家以上。"
    )
    got = found(doc)
    assert ("level", "1.3", None) in got
    assert ("increment", "200", "家") in got  # the ;-clause after the rule is an aim
    assert ("level", "300", "万元/亩") not in got
    assert ("level", "1.5", None) not in got
    assert ("level", "15", "万元/亩·年") not in got


def test_a_project_must_meet_a_standard_only_to_the_end_of_its_clause() -> None:
    """Guards this session's rule for 项目须满足…: it ends at the ;-clause."""
    doc = extract_document(
        "(三)集约用地。新供工业项目须满足亩均投资强度不低于400万元/亩的准入要求;"
        "盘活存量低效用地300亩。"
    )
    got = found(doc)
    assert [g for g in got if g[1] == "300"]
    assert not [g for g in got if g[1] == "400"]


def test_a_share_done_in_a_stated_way_is_a_target() -> None:
    doc = extract_document(
        "到2026年,新增工业用地100%按“标准地”出让;每年安排不低于30%的新增工业用地"
        "用于“工业上楼”项目。县级产业基金每年安排不少于30%的资金用于支持科技型企业。"
    )
    pct = [t for t in doc.targets if t.unit == "%"]
    assert [(str(t.value), t.comparator.value) for t in pct] == [("100", "eq"), ("30", "ge")]
    assert "按“标准地”出让" in pct[0].indicator
    assert "工业上楼" in pct[1].indicator


def test_the_land_a_set_of_projects_takes_is_a_descriptor() -> None:
    doc = extract_document(
        "到2027年,全市完成低效工业用地再开发1.2万亩。重点推进12个连片改造项目,"
        "项目计划总投资约45亿元,涉及用地1280亩。全年新建小微企业园5个、新增建筑面积45万平方米以上。"
    )
    got = found(doc)
    assert not [g for g in got if g[1] == "1280"]
    assert ("increment", "45", "万平方米") in got


# -- ranks and rank gains -------------------------------------------------------------


def test_a_rank_among_a_named_citys_places_is_a_target() -> None:
    doc = extract_document(
        "到2027年,全县规上工业增加值总量进入衢州市前三位,工业投资增速保持衢州市第一,"
        "工业经济综合实力稳居全省山区26县前五位。"
    )
    ranks = [(str(t.value), t.comparator.value) for t in doc.targets]
    assert ranks == [("3", "le"), ("1", "le"), ("5", "le")]


def test_a_county_s_place_in_a_provincial_contest_is_its_own_aim() -> None:
    doc = extract_document(
        "某县工业强县争先进位行动方案\n"
        "对标衢州市工业强县考核,全省制造业高质量发展示范县创建考核位次前移3位;"
        "在全省工业强县综合评价中位次再前移2位。"
    )
    got = found(doc)
    assert ("increment", "3", "位") in got
    assert ("increment", "2", "位") in got


# -- a record, then the aims built on it ----------------------------------------------


_TURN = """某县2026年工业经济工作要点
一、主要目标
2025年,全县规上工业增加值增长8.1%,居全市第二。在此基础上,2026年规上工业增加值增长8%以上,新增规上企业50家。
二、重点工作
坚持招商引资“一号工程”,2025年全县签约过亿元工业项目27个,在此基础上,每年招引过亿元工业项目30个以上。
三、其他
2025年,全县技改投资增长12%,居全市第三,在此基础上,2026年技改投资增长15%以上。
"""


def test_the_aims_after_a_record_are_read_and_the_record_is_not() -> None:
    doc = extract_document(_TURN)
    got = found(doc)
    assert ("growth_rate", "8", "%") in got
    assert ("increment", "50", "家") in got
    assert ("growth_rate", "15", "%") in got  # in the same sentence as its record
    for record in (
        ("growth_rate", "8.1", "%"),
        ("increment", "27", "个"),
        ("growth_rate", "12", "%"),
    ):
        assert record not in got


def test_the_record_s_year_does_not_date_the_aim_after_it() -> None:
    doc = extract_document(_TURN)
    (projects,) = [t for t in doc.targets if t.value is not None and str(t.value) == "30"]
    assert projects.per is not None
    assert projects.deadline is not None
    assert projects.deadline == dt.date(2026, 12, 31)


def test_a_start_year_is_no_deadline() -> None:
    doc = extract_document(
        "某市“标准地”改革三年行动方案(2025—2027年)\n2025年起,全市每年新增“标准地”供应不少于5000亩。"
    )
    (t,) = doc.targets
    assert t.deadline is not None
    assert t.deadline == dt.date(2027, 12, 31)


# -- counts and kinds -----------------------------------------------------------------


def test_a_net_addition_in_words_is_a_count() -> None:
    doc = extract_document("到2028年,规上工业企业净增四十户,规上企业新增二十家。")
    got = found(doc)
    assert ("increment", "40", "户") in got
    assert ("increment", "20", "家") in got


def test_a_count_naming_its_task_is_a_target() -> None:
    doc = extract_document(
        "五、工作要求\n建立小微园建设“月调度、季通报”机制,确保全年新建小微企业园5个的任务按期完成。"
    )
    assert ("increment", "5", "个") in found(doc)


def test_new_starts_are_increments_and_a_share_of_a_total_is_a_level() -> None:
    doc = extract_document(
        "到2027年,全区新动工工业上楼项目60个以上,D类企业占评价企业总数的比重控制在3%以内。"
    )
    got = found(doc)
    assert ("increment", "60", "个") in got
    assert ("level", "3", "%") in got


def test_a_title_ending_in_next_year_s_thoughts_is_the_title() -> None:
    doc = extract_document(
        "江山市经济和信息化局2025年工作总结和2026年工作思路\n\n"
        "一、2025年工作总结及2026年主要目标\n"
        "2025年,全市规上工业增加值同比增长10.2%,新增规上工业企业46家。"
        "在此基础上,2026年全市工业经济的主要目标是:规上工业增加值增长8.5%。"
    )
    assert doc.title == "江山市经济和信息化局2025年工作总结和2026年工作思路"
    assert doc.horizon_end == dt.date(2026, 12, 31)
    got = found(doc)
    assert ("growth_rate", "8.5", "%") in got
    assert ("growth_rate", "10.2", "%") not in got
    assert ("increment", "46", "家") not in got


# -- responsibility layouts -----------------------------------------------------------


def test_a_chain_block_s_lead_line_before_its_targets_leads_them() -> None:
    doc = extract_document(
        "某市重点产业链“链长制”工作方案\n"
        "(一)智能视觉产业链\n链长:市委常委、常务副市长\n"
        "牵头部门:市经信局;配合单位:市发改局、市科技局\n"
        "发展目标:到2027年,产业链产值达到300亿元,年均增长15%以上。\n"
        "(二)环保装备产业链\n链长:副市长\n牵头单位:市发改局;配合单位:市生态环境局\n"
        "发展目标:到2027年,产业链产值达到400亿元。\n"
    )
    got = by_value(doc)
    assert leads(got["300"]) == ["市经信局"]
    assert supports(got["300"]) == ["市发改局", "市科技局"]
    assert leads(got["400"]) == ["市发改局"]
    assert supports(got["400"]) == ["市生态环境局"]
    assert not [w for w in doc.warnings if "发展目标" in w.message]


def test_a_list_title_s_block_leads_the_items_under_it_not_the_prose_above() -> None:
    doc = extract_document(
        "某园区2026年产业发展工作任务\n"
        "2026年,园区力争规上工业总产值突破300亿元,确保完成固定资产投资45亿元。\n"
        "重点工作任务(牵头单位:园区经济发展局;配合单位:园区规划建设局,下同)\n"
        "1.新增规上工业企业\n8—10家，新增高新技术企业15家；\n"
        "2.推进数字化改造，实现规上工业企业数字化改造全覆盖。\n"
    )
    got = by_value(doc)
    assert leads(got["300"]) == []
    assert leads(got["45"]) == []
    assert leads(got["15"]) == ["园区经济发展局"]
    firms = got["8"]  # the item's amount wrapped to the next line
    assert (firms.kind.value, str(firms.value_high), firms.unit) == ("increment", "10", "家")
    assert leads(firms) == ["园区经济发展局"]


def test_a_zone_board_listed_after_the_governments_is_accountable() -> None:
    doc = extract_document(
        "第四章 主要任务\n"
        "一、做强新能源电池产业(责任单位:县经信局、县发改局,各乡镇(街道)、开发区管委会"
        "按职责分工负责)\n到2030年,新能源电池产业产值突破1000亿元。"
    )
    (t,) = doc.targets
    assert leads(t) == ["县经信局", "县发改局"]
    assert "开发区管委会" in t.responsibility.accountable


# -- deadlines and kinds of a press conference ----------------------------------------


def test_this_year_in_a_dated_report_is_the_year_of_its_dateline() -> None:
    doc = extract_document(
        "南通市制造业数字化转型三年行动方案新闻发布会实录\n\n"
        "2025年3月27日上午,南通市人民政府新闻办公室召开新闻发布会,介绍"
        "《南通市制造业数字化转型三年行动方案(2025—2027年)》有关情况。\n"
        "市工信局负责同志:我们的目标是三年内实现规上工业企业数字化改造全覆盖,"
        "今年要新实施数字化改造项目600个,同时每年新增上云企业1000家,"
        "组织产销对接活动不少于20场。"
    )
    got = by_value(doc)
    assert got["600"].deadline == dt.date(2025, 12, 31)
    assert got["1000"].deadline == dt.date(2027, 12, 31)  # a yearly aim recurs
    assert got["20"].kind.value == "increment"  # events organised


# -- a quarter's plan -----------------------------------------------------------------


def test_a_quarter_plan_takes_its_year_from_its_number_and_reads_its_months() -> None:
    doc = extract_document(
        "鹤壁市工业经济二季度“双过半”冲刺行动方案\n鹤工信〔2026〕21号\n\n"
        "一、冲刺目标\n上半年,全市规上工业增加值增长6.5%以上;1—6月新增入规企业40家,"
        "新注册市场主体600户。\n"
    )
    assert (doc.horizon_start, doc.horizon_end) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    # 1—6月 here is the months planned, not a record; a new registration is an increment
    assert [
        (str(t.value), t.kind.value, t.deadline.year if t.deadline else None) for t in doc.targets
    ] == [("6.5", "growth_rate", 2026), ("40", "increment", 2026), ("600", "increment", 2026)]
