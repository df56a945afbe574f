"""Extraction rounds 94-97: monitoring notices, hand-downs and mid-year reviews.

Each test reads a short document end to end and failed before the change it names
(checked against the code of the session's start), except one that guards a regression
a change of this session caused and mended: the plan's own indicators counted
((五)新增两项指标) are no target once a list marker no longer hides the verb.
"""

from __future__ import annotations

import datetime as dt

from extract_helpers import found, leads
from mfgpolicy.extract import extract_document
from mfgpolicy.model import TargetKind

# -- the year's aims inside a report ------------------------------------------------------


BULLETIN = (
    "某市经济和信息化局\n"
    "关于2024年1—9月全市工业经济主要指标完成情况的通报\n"
    "一、总体运行情况\n"
    "1—9月,全市规上工业增加值同比增长9.6%,居全省第5位。对照年初市政府下达的目标,"
    "规上工业增加值增速全年目标为10%,1—9月完成9.6%,低于序时进度0.4个百分点;"
    "工业投资全年目标增长12%,1—9月仅增长8.1%,高出全年目标2.3个百分点。"
    "新增规上工业企业96家,完成全年目标的64.0%。\n"
)


def test_a_bulletin_keeps_the_aims_and_drops_the_record_around_them() -> None:
    doc = extract_document(BULLETIN)
    assert found(doc) == [("growth_rate", "10", "%"), ("growth_rate", "12", "%")]
    names = [t.indicator for t in doc.targets]
    assert names == ["规上工业增加值增速", "工业投资增长"]
    assert {t.deadline for t in doc.targets} == {dt.date(2024, 12, 31)}


def test_an_aim_named_only_as_the_aim_takes_the_subject_of_the_record() -> None:
    doc = extract_document(
        "某县2025年前三季度工业经济运行调度通报\n"
        "一、总体运行情况\n"
        "1—9月,全县规上工业增加值同比增长6.2%,全年目标为增长8%,低于序时进度1.8个百分点。"
        "工业投资完成52.3亿元,占全年目标80亿元的65.4%。新增规上工业企业9家,全年目标20家。\n"
    )
    got = [(t.indicator, t.kind, str(t.value)) for t in doc.targets]
    assert got == [
        ("全县规上工业增加值增长", TargetKind.GROWTH_RATE, "8"),
        ("工业投资", TargetKind.LEVEL, "80"),
        ("规上工业企业", TargetKind.INCREMENT, "20"),
    ]


def test_a_quarterly_report_under_its_period_line_aims_at_that_year() -> None:
    doc = extract_document(
        "某市工业节能降耗工作季度调度通报\n"
        "(2024年第三季度)\n"
        "一、总体情况\n"
        "今年以来,全市规上工业单位增加值能耗全年目标下降3.5%,前三季度下降2.1%,"
        "完成序时进度的80%. 规上工业综合能源消费量全年控制在1180万吨标准煤以内,"
        "前三季度消费896万吨标准煤。\n"
        "二、下阶段重点工作\n"
        "(一)力争四季度再培育省级绿色工厂六家以上。\n"
    )
    assert doc.title == "某市工业节能降耗工作季度调度通报"
    assert found(doc) == [
        ("reduction", "3.5", "%"),
        ("level", "1180", "万吨标准煤"),
        ("increment", "6", "家"),
    ]
    assert doc.targets[2].indicator == "省级绿色工厂"
    assert {t.deadline for t in doc.targets} == {dt.date(2024, 12, 31)}


def test_the_aims_a_sentence_names_before_its_record() -> None:
    doc = extract_document(
        "某市绿色制造季度通报(2024年)\n"
        "二、绿色制造\n"
        "今年国家级绿色工厂新增3家、省级绿色工厂新增15家的年度目标中,省级已完成9家。\n"
    )
    assert [(t.indicator, str(t.value)) for t in doc.targets] == [
        ("今年国家级绿色工厂", "3"),
        ("省级绿色工厂", "15"),
    ]


def test_a_record_since_the_plan_began_is_no_target() -> None:
    doc = extract_document(
        "某市行动计划2025年度推进工作方案\n"
        "一、总体目标\n"
        "《某市制造业高质量发展三年行动计划》实施一年来,全市制造业增加值占地区生产总值比重"
        "提升至35.2%。2025年,制造业增加值占地区生产总值比重达到36%。\n"
    )
    assert found(doc) == [("level", "36", "%")]


def test_the_plans_own_indicators_counted_are_no_target() -> None:
    doc = extract_document("某市调整方案\n(五)新增两项指标:到2025年,全市省级智能工厂达到30家。\n")
    assert found(doc) == [("level", "30", "家")]


# -- tables of a report --------------------------------------------------------------------


def test_a_column_of_last_years_growth_beside_the_aims_is_a_record() -> None:
    doc = extract_document(
        "关于下达2025年度全市工业经济主要目标任务的通知\n"
        "表1 2025年度各县(市、区)工业经济主要目标任务\n"
        "| 地区 | 2024年增速(%) | 规上工业增加值增速目标(%) | 工业投资目标(亿元) |\n"
        "| --- | --- | --- | --- |\n"
        "| 东岭县 | 7.2 | 8 | 95 |\n"
        "| 西河区 | 6.1 | 7.5 | 130 |\n"
    )
    assert [str(t.value) for t in doc.targets] == ["8", "95", "7.5", "130"]


def test_a_table_of_places_with_their_record_and_rank() -> None:
    doc = extract_document(
        "某县前三季度工业经济运行调度通报\n"
        "表1 前三季度各园区(乡镇)工业投资完成情况\n"
        "单位\t全年工业投资目标(亿元)\t1—9月完成(亿元)\t完成率(%)\t排名\n"
        "经济开发区\t50\t35.6\t71.2\t1\n"
        "城关镇\t12\t7.1\t59.2\t2\n"
    )
    assert [(str(t.value), t.unit) for t in doc.targets] == [("50", "亿元"), ("12", "亿元")]


def test_a_review_table_with_a_dated_half_year_and_a_verdict() -> None:
    doc = extract_document(
        "某市三年行动(2024—2026年)上半年实施情况评估报告\n"
        "指标名称\t单位\t2023年基数\t2024年目标\t2026年目标\t2024年1—6月\t评价\n"
        "规上工业营业收入\t亿元\t4120\t4450\t5200\t2108\t基本同步\n"
    )
    got = [(str(t.value), t.deadline) for t in doc.targets]
    assert got == [("4450", dt.date(2024, 12, 31)), ("5200", dt.date(2026, 12, 31))]


def test_a_revision_table_keeps_the_revised_targets_only() -> None:
    doc = extract_document(
        "关于调整2025年度部分工业经济目标任务的通知\n"
        "县(市、区)\t指标\t原目标\t调整后目标\n"
        "北关区\t规上工业增加值增速(%)\t8\t7\n"
        "桃源县\t工业投资(亿元)\t95\t85\n"
    )
    assert [(str(t.value), t.unit) for t in doc.targets] == [("7", "%"), ("85", "亿元")]


def test_an_annual_aims_column_takes_the_year_the_title_names() -> None:
    doc = extract_document(
        "关于2024年度经济社会发展主要目标任务完成情况的通报\n"
        "序号\n指标名称\n年度目标\n完成值\n完成率\n责任单位\n"
        "1\n规上工业产值(亿元)\n1260\n1198.6\n95.1%\n经济发展局\n"
        "从完成情况看,规上工业产值完成率在85%以上,请相关责任单位认真分析原因。\n"
        "2025年,开发区主要目标为:规上工业产值增长12%。\n"
    )
    by = {str(t.value): t for t in doc.targets}
    assert by["1260"].deadline == dt.date(2024, 12, 31)
    assert by["12"].deadline == dt.date(2025, 12, 31)


def test_a_lead_cell_marked_to_carry_fills_the_empty_cells_below() -> None:
    doc = extract_document(
        "某市2025年度推进工作方案\n"
        "序号|重点任务|2025年目标|牵头单位|配合单位\n"
        "1|集群培育|轨道交通装备产业规模突破800亿元|市工信局(下同)|市发改委\n"
        "2|企业培育|新增规上工业企业200家以上||各县市区人民政府\n"
        "3|数字化转型|规上工业企业数字化改造覆盖率达到75%|市数据局|市工信局\n"
    )
    assert [leads(t) for t in doc.targets] == [["市工信局"], ["市工信局"], ["市数据局"]]


# -- hand-downs ------------------------------------------------------------------------------


def test_a_closing_assignment_of_all_the_targets_above() -> None:
    doc = extract_document(
        "关于下达2026年度全县工业经济发展目标任务的通知\n"
        "一、全县目标\n"
        "(一)规上工业增加值增长8%,其中:城东街道8.5%、青石镇7.5%。\n"
        "(二)全县新增规上工业企业45家。\n"
        "二、责任分工\n"
        "以上目标任务由县工信局牵头,县统计局、县发改局配合。\n"
    )
    assert [leads(t) for t in doc.targets] == [["县工信局"]] * 4
    assert [t.kind for t in doc.targets[:3]] == [TargetKind.GROWTH_RATE] * 3


def test_this_years_remainder_in_a_mid_year_review_of_a_three_year_plan() -> None:
    doc = extract_document(
        "某市制造业高质量发展三年行动(2024—2026年)\n上半年实施情况评估报告\n(2024年7月)\n"
        "三、下半年重点工作\n"
        "下半年,力争全年规上工业增加值增长7%。力争下半年新增规上工业企业60家。\n"
    )
    assert [t.deadline for t in doc.targets] == [dt.date(2024, 12, 31)] * 2


def test_a_report_year_dates_the_aims_its_record_restates() -> None:
    doc = extract_document(
        "某县工业和信息化局\n关于2024年度工业经济目标任务完成情况的通报\n某工信〔2025〕2号\n"
        "一、主要指标完成情况\n"
        "1.规上工业增加值:年度目标增长7%,实际增长7.4%,完成目标。\n"
        "四、2025年目标任务\n"
        "2025年,全县规上工业增加值增长7%左右。\n"
    )
    assert [t.deadline for t in doc.targets] == [dt.date(2024, 12, 31), dt.date(2025, 12, 31)]


# -- rounds 95-97: policy measures and damaged copies ------------------------------------


def test_the_document_assigned_as_a_whole_at_its_close() -> None:
    doc = extract_document(
        "某市关于加快新能源汽车产业发展的实施意见\n"
        "一、发展目标\n到2026年,全市新能源汽车产量达到20万辆。\n"
        "三、保障措施\n"
        "本意见由市工信局牵头组织实施,市发改委、市商务局按职责分工配合落实。\n"
    )
    assert [leads(t) for t in doc.targets] == [["市工信局"]]
    assert [u.as_written for u in doc.targets[0].responsibility.support] == ["市发改委", "市商务局"]


def test_a_condition_with_a_bracketed_part_and_a_fund_are_no_targets() -> None:
    doc = extract_document(
        "某县稳工业十条\n"
        "二、加快项目开工投产。确保全年新开工亿元以上工业项目60个。"
        "对固定资产投资额不低于5000万元(其中设备投资额不低于2000万元)的项目,"
        "按设备投资额的8%给予补助。市级工业发展资金规模每年不低于2亿元。\n"
    )
    assert found(doc) == [("increment", "60", "个")]


def test_a_unit_name_broken_across_lines_is_read_whole() -> None:
    doc = extract_document(
        "某市先进制造业集群三年行动方案(2024—2026年)\n"
        "(一)做强集群。到2026年,轨道交通装备产业营业收入达到1800亿元。\n"
        "牵头单位:市工业和信\n息化局;配合单位:市发展改革委、市商务局。\n"
    )
    assert [leads(t) for t in doc.targets] == [["市工业和信息化局"]]


def test_a_review_and_plan_title_aims_at_the_year_it_plans() -> None:
    doc = extract_document(
        "某区经济和信息化局\n2025年工作总结和2026年工作计划\n\n"
        "2025年,全区规上工业企业营业收入首次突破2000亿元。\n"
        "2026年是“十五五”开局之年。全区工业工作的总体目标是:规上工业企业营业收入达到2200亿元。\n"
    )
    assert doc.horizon_end == dt.date(2026, 12, 31)
    assert [(str(t.value), t.deadline) for t in doc.targets] == [("2200", dt.date(2026, 12, 31))]
