"""Extraction rounds 78-83: the cases they taught, each read end to end.

Every test here failed before the change it names (checked by running it against
the code of the session's start).
"""

from __future__ import annotations

import datetime as dt

from extract_helpers import found, leads, supports
from mfgpolicy.extract import extract_document
from mfgpolicy.model import Commitment

# -- responsibility ---------------------------------------------------------------------


def test_same_as_above_cells_repeat_the_row_before() -> None:
    doc = extract_document(
        "某园区2026年度工业经济目标任务分解表\n"
        "序号\n目标任务\n牵头单位\n配合单位\n完成时限\n"
        "1\n完成工业性投资65亿元\n投资促进局\n经济发展局、规划建设局\n2026年12月底\n"
        "2\n引进亿元以上制造业项目12个\n投资促进局\n同上\n2026年10月底\n"
        "3\n完成低效用地整治800亩\n规划建设局\n投资促进局\n2026年11月底\n"
        "4\n亩均税收达到35万元/亩\n同上\n经济发展局、税务分局\n2026年12月底\n"
    )
    by_value = {str(t.value): t for t in doc.targets}
    assert leads(by_value["12"]) == ["投资促进局"]
    assert supports(by_value["12"]) == ["经济发展局", "规划建设局"]
    assert leads(by_value["35"]) == ["规划建设局"]
    assert supports(by_value["35"]) == ["经济发展局", "税务分局"]


def test_a_heading_that_says_led_by_leads_its_items() -> None:
    doc = extract_document(
        "某县制造业行动方案(2025—2027年)\n二、重点任务\n"
        "(一)由县发展和改革委员会牵头的工作\n"
        "1.扩大有效投资。每年新开工亿元以上工业项目30个以上。\n"
        "(二)由县经济和信息化局牵头的工作\n"
        "2.实施企业梯度培育。每年新增规上工业企业40家以上。\n"
    )
    assert [leads(t) for t in doc.targets] == [["县发展和改革委员会"], ["县经济和信息化局"]]


def test_a_task_table_pasted_as_one_line_keeps_its_columns() -> None:
    doc = extract_document(
        "某高新区2026年工作要点\n三、重点任务\n"
        "序号 重点任务 目标 牵头单位 配合单位 1 智能化改造 每年实施智能化改造项目不少于200个 "
        "经发局 科技局、财政局 2 载体建设 新建高标准厂房50万平方米 规划建设局 经发局、各街道 "
        "3 企业梯队 年营业收入超10亿元企业达到60家 经发局 统计局 4 人才支撑 完善人才公寓配套 "
        "经发局 人社局\n"
    )
    got = [(str(t.value), leads(t), supports(t)) for t in doc.targets]
    assert got == [
        ("200", ["经发局"], ["科技局", "财政局"]),
        ("50", ["规划建设局"], ["经发局", "各街道"]),
        ("60", ["经发局"], ["统计局"]),
    ]


def test_a_closing_division_of_work_names_items_by_number() -> None:
    doc = extract_document(
        "某县2024年智能制造工作要点\n一、深化智能化改造\n"
        "1.全年实施亿元以上智能化技改项目30个。\n"
        "2.新培育市级以上智能工厂15家。\n"
        "二、推进绿色低碳转型\n3.创建省级以上绿色工厂8家。\n"
        "附:任务分工\n"
        "第1—2项:县经信局牵头,县发改局、县财政局配合;\n"
        "第3项:县经信局、市生态环境局长兴分局牵头,县自然资源和规划局配合。\n"
    )
    got = [(str(t.value), leads(t), supports(t)) for t in doc.targets]
    assert got == [
        ("30", ["县经信局"], ["县发改局", "县财政局"]),
        ("15", ["县经信局"], ["县发改局", "县财政局"]),
        ("8", ["县经信局", "市生态环境局长兴分局"], ["县自然资源和规划局"]),
    ]


def test_first_listed_lead_rule_in_a_closing_note_is_no_unit() -> None:
    doc = extract_document(
        "某高新区关于下达2025年度工业经济主要指标任务的通知\n"
        "2025年全区工业经济工作的总体目标是:规上工业产值达到410亿元。\n"
        "附件\n某高新区2025年度主要指标任务分解表\n"
        "序号\n指标名称\n单位\n2025年目标\n责任部门\n"
        "1\n工业投资\n亿元\n95\n投资促进局、经济发展局\n"
        "2\n亩均税收\n万元/亩\n不低于30\n经济发展局、税务分局\n"
        "说明:1.责任部门为多个的,由列第一位的部门牵头。\n"
    )
    by_value = {str(t.value): t for t in doc.targets}
    assert leads(by_value["410"]) == []
    assert leads(by_value["95"]) == ["投资促进局"]
    assert supports(by_value["95"]) == ["经济发展局"]


# -- whose target -----------------------------------------------------------------------


def test_a_higher_levels_target_quoted_in_a_county_plan_is_context() -> None:
    doc = extract_document(
        "定远县工业经济攻坚实施方案(2025—2027年)\n一、目标任务\n"
        "市级方案明确,到2027年全市规上工业营业收入达到5500亿元、规上工业企业达到2600家,"
        "我县承担规上工业营业收入560亿元的目标任务。到2027年,确保全县规上工业营业收入"
        "达到560亿元,力争突破600亿元;规上工业企业达到260家。"
    )
    assert [str(t.value) for t in doc.targets] == ["560", "560", "600", "260"]


def test_a_province_target_in_a_city_plan_is_context_but_a_rank_in_it_is_not() -> None:
    doc = extract_document(
        "滁州市制造业三年行动方案(2025—2027年)\n一、发展目标\n"
        "全省提出,到2027年全省规上工业营业收入突破10万亿元、制造业增加值占地区生产总值"
        "比重达到33%以上。到2027年,全市规上工业营业收入达到5200亿元,全省排名上升2位。"
    )
    assert [str(t.value) for t in doc.targets] == ["5200", "2"]


# -- history and deadlines --------------------------------------------------------------


def test_a_semicolon_clause_after_a_dated_record_is_record_too() -> None:
    doc = extract_document(
        "衢州市经济和信息化局2024年工作要点\n"
        "2024年是实施“十四五”规划的关键之年。2023年,全市规上工业增加值同比增长9.1%;制造业投资增长14.6%,新增规上工业企业187家。"
        "2024年,全市规上工业增加值增长8%。"
    )
    assert found(doc) == [("growth_rate", "8", "%")]


def test_building_on_the_record_opens_the_plan() -> None:
    doc = extract_document(
        "诸暨市优质企业梯度培育行动方案(2024—2026年)\n一、总体要求\n"
        "2023年,全市规模以上工业企业达到1352家。在此基础上,到2026年,累计培育创新型中小企业"
        "600家以上,规上工业企业数量突破1700家。"
    )
    assert [str(t.value) for t in doc.targets] == ["600", "1700"]


def test_a_later_fenbie_of_the_sentence_takes_the_same_years() -> None:
    doc = extract_document(
        "定远县方案(2025—2027年)\n二、年度节点\n"
        "全县规上工业营业收入2025年、2026年、2027年分别达到430亿元、490亿元、560亿元;"
        "规上工业企业数分别达到200家、230家、260家。"
    )
    assert [t.deadline.year for t in doc.targets if t.deadline] == [
        2025,
        2026,
        2027,
        2025,
        2026,
        2027,
    ]


def test_years_inside_a_qizhong_list_do_not_date_the_next_clause() -> None:
    doc = extract_document(
        "浦江县数字化改造方案(2024—2026年)\n一、工作目标\n"
        "到2026年底,累计完成中小企业数字化改造1200家以上,其中2024年完成400家、2025年完成"
        "450家;培育省级数字化车间十家以上。"
    )
    assert doc.targets[-1].deadline == dt.date(2026, 12, 31)


def test_a_revision_notice_runs_to_the_end_of_the_plan_it_revises() -> None:
    doc = extract_document(
        "南通市工业和信息化局关于调整全市数字经济核心产业发展目标的通知\n通工信发〔2023〕88号\n"
        "根据《南通市数字经济发展三年行动计划(2022—2024年)》中期评估结果,对目标作如下调整。"
        "2022年,全市数字经济核心产业营业收入1985亿元,同比增长11.2%。\n"
        "全市软件和信息技术服务业收入目标保持600亿元不变,力争软件业务收入超亿元企业达到40家。"
    )
    assert doc.horizon_end == dt.date(2024, 12, 31)
    assert [(str(t.value), t.deadline) for t in doc.targets] == [
        ("600", dt.date(2024, 12, 31)),
        ("40", dt.date(2024, 12, 31)),
    ]
    assert doc.targets[0].indicator == "全市软件和信息技术服务业收入"


def test_a_target_kept_unchanged_is_still_a_target() -> None:
    doc = extract_document(
        "某市规划中期评估报告\n三、目标调整建议\n"
        "(三)单位工业增加值能耗到2025年比2020年下降16%的目标继续保持不变。"
    )
    assert found(doc) == [("reduction", "16", "%")]
    assert doc.targets[0].indicator == "单位工业增加值能耗"


def test_an_issuers_plan_dated_by_its_document_number_plans_its_own_year() -> None:
    doc = extract_document(
        "德清县关于加快推进工业绿色低碳高质量发展的实施意见\n德政办发〔2024〕31号\n"
        "一、目标任务\n到2027年,全县规上工业亩均增加值达到180万元/亩。"
        "力争到2025年亩均税收提高到32万元/亩。\n二、重点举措\n"
        "2024年6月底前完成燃煤锅炉淘汰改造45台。"
    )
    assert [(str(t.value), t.deadline) for t in doc.targets][-1] == ("45", dt.date(2024, 6, 30))


def test_a_table_caption_is_not_the_title() -> None:
    doc = extract_document(
        "宿迁经济技术开发区2025年优质企业培育工作要点\n"
        "主要目标:全年新增规上工业企业40家。\n"
        "重点任务清单\n序号\n重点任务\n目标\n牵头单位\n"
        "1\n小升规\n新增规上工业企业40家\n经济发展局\n"
    )
    assert doc.title == "宿迁经济技术开发区2025年优质企业培育工作要点"
    assert doc.targets[0].deadline == dt.date(2025, 12, 31)


def test_an_annual_work_arrangement_under_a_place_line_is_the_title() -> None:
    doc = extract_document(
        "滁州经济技术开发区\n2024年工业经济重点工作安排\n(经开区经发局 2024年1月)\n"
        "一、2024年主要目标\n全区规上工业产值增长12%。\n"
        "二、任务分解表\n序号\t重点任务\t目标值\t牵头单位\t责任单位\n"
        "1\t规上工业企业培育\t新增规上工业企业50家\t经发局\t招商局\n"
    )
    assert doc.horizon_end == dt.date(2024, 12, 31)
    assert doc.targets[-1].deadline == dt.date(2024, 12, 31)


# -- what counts ------------------------------------------------------------------------


def test_a_floor_at_the_average_is_a_benchmark_and_its_bracketed_value_a_level() -> None:
    doc = extract_document(
        "某市方案(2025—2027年)\n一、目标\n"
        "到2027年,各县(市、区)规上工业增加值增速不低于全市平均水平;"
        "各县(市、区)规上工业亩均税收不低于全市平均水平(38万元/亩)。"
    )
    got = [(t.kind.value, t.comparator.value, t.value, t.unit) for t in doc.targets]
    assert got == [("benchmark", "ge", None, None), ("level", "ge", 38, "万元/亩")]
    assert doc.targets[1].indicator == "各县(市、区)规上工业亩均税收"


def test_working_days_are_a_unit_of_their_own() -> None:
    doc = extract_document(
        "某区2025年营商环境工作要点\n"
        "企业开办时间压缩至1个工作日以内,工程建设项目审批时间控制在40个工作日以内。"
    )
    got = [
        (t.kind.value, t.comparator.value, str(t.value), t.unit, t.indicator) for t in doc.targets
    ]
    assert got == [
        ("level", "le", "1", "个工作日", "企业开办时间"),
        ("level", "le", "40", "个工作日", "工程建设项目审批时间"),
    ]


def test_an_awards_cap_per_recipient_is_no_target() -> None:
    doc = extract_document(
        "某市节能降碳方案(2024—2027年)\n"
        "到2026年,高效节能电机在用占比达到40%。对实施改造的企业,按节能量给予每吨标准煤300元"
        "的奖励,单个企业不超过100万元。"
    )
    assert found(doc) == [("level", "40", "%")]


def test_thresholds_listed_before_their_noun_qualify_it() -> None:
    doc = extract_document(
        "某市专精特新行动方案(2024—2026年)\n"
        "聚焦年营业收入2000万元以上、研发投入占比3%以上的工业企业,三年新增省级专精特新中小企业"
        "120家。遴选年营业收入10亿元以上、在产业链中具有核心地位的企业作为链主培育对象。"
    )
    assert found(doc) == [("increment", "120", "家")]


def test_items_before_deng_qualify_the_noun_sharing_a_value() -> None:
    doc = extract_document(
        "某县实施意见(2024—2027年)\n到2027年,钢铁、水泥、玻璃等重点行业二氧化硫、氮氧化物"
        "排放量均削减10%以上;新增国家级绿色工厂五家、省级绿色低碳工厂二十家,"
        "绿色供应链管理企业两家。"
    )
    assert [(t.indicator, str(t.value)) for t in doc.targets] == [
        ("钢铁、水泥、玻璃等重点行业二氧化硫", "10"),
        ("氮氧化物排放量", "10"),
        ("国家级绿色工厂", "5"),
        ("省级绿色低碳工厂", "20"),
        ("绿色供应链管理企业", "2"),
    ]


def test_milestone_columns_are_due_at_their_months() -> None:
    doc = extract_document(
        "某园区2026年招商引资工作方案\n二、分季度推进计划\n"
        "指标\t单位\t全年目标\t上半年\t前三季度\t责任科室\n"
        "签约亿元以上项目\t个\t22\t10\t16\t招商一科\n"
        "招商引资到位资金\t亿元\t80\t38\t60\t招商一科\n"
    )
    got = [(str(t.value), t.deadline, t.restates is None) for t in doc.targets]
    assert got == [
        ("22", dt.date(2026, 12, 31), True),
        ("10", dt.date(2026, 6, 30), True),
        ("16", dt.date(2026, 9, 30), True),
        ("80", dt.date(2026, 12, 31), True),
        ("38", dt.date(2026, 6, 30), True),
        ("60", dt.date(2026, 9, 30), True),
    ]


def test_value_cells_with_a_commitment_or_a_first_one() -> None:
    doc = extract_document(
        "某高新区2025年度主要指标任务分解表\n"
        "序号\n指标名称\n单位\n2025年目标\n责任部门\n"
        "1\n数字经济核心产业增加值\n亿元\n力争突破60\n科技创新局\n"
        "2\n新增上市(过会)企业\n家\n零突破\n金融服务中心\n"
    )
    got = [
        (t.kind.value, t.comparator.value, str(t.value), t.unit, t.commitment) for t in doc.targets
    ]
    assert got == [
        ("level", "gt", "60", "亿元", Commitment.STRIVE),
        ("level", "ge", "1", "家", Commitment.PLAIN),
    ]


def test_a_place_guessed_from_the_body_drops_no_targets() -> None:
    # 清源市 is in no gazetteer; the county the breakdown names most is a guess, not the
    # document's level, so the city's own 全市 targets stay.
    doc = extract_document(
        "清源市2024年工业经济工作要点\n清源市工业和信息化局\n一、主要目标\n"
        "全市规上工业增加值增长7%以上,新增规上工业企业150家。\n二、分解\n"
        "平阳县新增规上工业企业20家,平阳县工业投资增长10%,平阳县技改投资增长12%。"
    )
    assert doc.jurisdiction is not None
    assert doc.jurisdiction.name == "平阳县"
    assert [str(t.value) for t in doc.targets][:2] == ["7", "150"]
