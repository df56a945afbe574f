"""Work summaries that end with next year's aims, run-in items and task-table rows
that name a heading, aims without digits in a table cell, and the grammar of a few
kinds (形成…能力, 改造企业, 全覆盖 with its rate, a yearly aim after a dated clause).

Each test reads a short document end to end and failed before the change it names
(checked against the code of the session's start), unless its docstring says it
guards a change of this session.
"""

from __future__ import annotations

import datetime as dt

from extract_helpers import by_value, found, leads
from mfgpolicy.extract import extract_document

# -- a year gone by, and the next year's aims ---------------------------------------

_SUMMARY = """某县经济和信息化局2026年工作总结和2027年工作思路
(2026年12月20日)

一、2026年工作总结
(一)工业运行总体平稳。1—11月,全县规上工业增加值增长7.1%,完成年度目标(8%)的89%;技改投资完成年度目标(20亿元)。
二、2027年工作思路
2027年,力争规上工业增加值增长8%以上,新增规上工业企业30家。
"""


def test_the_aims_a_past_year_s_review_restates_are_record() -> None:
    doc = extract_document(_SUMMARY)
    got = found(doc)
    assert ("growth_rate", "8", "%") in got  # next year's aim
    assert ("increment", "30", "家") in got
    assert ("level", "20", "亿元") not in got  # last year's aim, in brackets
    assert len(got) == 2
    assert all(t.deadline == dt.date(2027, 12, 31) for t in doc.targets)


def test_a_report_carrying_a_summary_and_a_plan_has_the_plan_s_year_and_issuer() -> None:
    doc = extract_document(
        "某市工业和信息化局\n关于2026年工作总结和2027年工作计划的报告\n某工信〔2026〕9号\n\n"
        "市政府:\n  2027年,全市规上工业增加值增长8%以上。\n"
    )
    assert doc.title == "关于2026年工作总结和2027年工作计划的报告"
    assert doc.horizon_start == dt.date(2027, 1, 1)
    assert doc.horizon_end == dt.date(2027, 12, 31)
    assert doc.issuer == "某市工业和信息化局"


# -- responsibility -------------------------------------------------------------------


def test_a_block_closing_a_run_in_item_is_not_the_sentence_s_before_it() -> None:
    doc = extract_document(
        "某市2026年下半年工作打算\n"
        "下半年,确保完成全年规上工业增加值增长7.5%的目标任务。一是狠抓招商引资,力争新签约"
        "工业项目12个;(市投促局、市经信局按职责分工负责)二是抓好企业培育。\n"
    )
    v = by_value(doc)
    assert leads(v["7.5"]) == []
    assert leads(v["12"]) == ["市投促局", "市经信局"]


def test_a_table_row_naming_a_heading_without_its_verb_leads_that_heading() -> None:
    doc = extract_document(
        "某县制造业发展规划(2026—2030年)\n"
        "三、重点任务\n(一)实施产业链提升行动。每年实施亿元以上技改项目50个以上。\n"
        "(二)实施企业培育行动。新增专精特新中小企业80家以上。\n"
        "附表 重点任务责任分工\n序号\n重点任务\n牵头单位\n配合单位\n"
        "1\n产业链提升行动\n县经信局\n县发改局\n2\n企业培育行动\n县科技局\n县经信局\n"
    )
    v = by_value(doc)
    assert leads(v["50"]) == ["县经信局"]
    assert leads(v["80"]) == ["县科技局"]


def test_a_named_zone_beside_the_towns_leads_with_them() -> None:
    doc = extract_document(
        "某市2026年绿色制造工作要点\n"
        "1.工业固废综合利用。工业固废综合利用率保持在92%以上。(各镇街、某某经济开发区负责)\n"
    )
    assert leads(by_value(doc)["92"]) == ["各镇街", "某某经济开发区"]


# -- aims without digits, kinds, years ------------------------------------------------


def test_a_table_cell_aiming_at_a_first_takes_the_row_s_thing_and_its_unit() -> None:
    doc = extract_document(
        "某市2026年下半年重点工作任务清单\n序号\n重点任务\n目标\n牵头单位\n配合单位\n"
        "1\n技改投资\n全年完成30亿元\n市经信局\n市发改局\n"
        "2\n国家级专精特新“小巨人”企业\n实现零突破\n市经信局\n市科技局\n"
    )
    first = by_value(doc)["1"]
    assert (first.kind.value, first.unit) == ("level", "家")
    assert first.indicator == "国家级专精特新“小巨人”企业"
    assert leads(first) == ["市经信局"]


def test_a_first_named_after_its_verb_still_counts_firms() -> None:
    doc = extract_document("某县工业发展规划(2026—2028年)\n上市企业实现北交所零突破。\n")
    assert found(doc) == [("level", "1", "家")]


def test_counted_clusters_of_a_size_class_after_a_named_list_are_a_target() -> None:
    doc = extract_document(
        "某区高质量发展三年行动方案(2026—2028年)\n"
        "培育形成智能装备、新材料、生物医药等三个百亿级产业集群。深入实施技改、上市等三大行动。\n"
    )
    assert found(doc) == [("increment", "3", "个")]


def test_a_yearly_aim_after_a_dated_clause_recurs_to_the_plan_s_end() -> None:
    doc = extract_document(
        "某县数字化改造实施方案(2026—2028年)\n"
        "2026年完成6个细分行业改造推广,每年改造企业不少于200家。\n"
    )
    v = by_value(doc)
    assert v["6"].deadline == dt.date(2026, 12, 31)
    assert v["200"].deadline == dt.date(2028, 12, 31)
    assert v["200"].kind.value == "increment"  # firms upgraded each year


def test_firms_named_by_their_upgrade_stay_a_stock() -> None:
    """Guards the 改造企业 increment: 数字化改造企业 names the firms' kind."""
    doc = extract_document("某县数字化改造实施方案(2026—2028年)\n数字化改造企业达到300家。\n")
    assert found(doc) == [("level", "300", "家")]


def test_full_coverage_with_its_rate_in_brackets_is_one_target_at_that_rate() -> None:
    doc = extract_document(
        "某县数字化改造实施方案(2026—2028年)\n"
        "到2028年,规上工业企业数字化改造基本实现全覆盖(覆盖率不低于95%)。\n"
    )
    assert found(doc) == [("level", "95", "%")]
    assert doc.targets[0].indicator == "规上工业企业数字化改造覆盖率"


def test_a_capacity_formed_is_its_level() -> None:
    doc = extract_document(
        "某市工业节能降碳实施方案(2026—2028年)\n"
        "实施节能技改项目25个,形成年节能能力8万吨标准煤以上。\n"
    )
    v = by_value(doc)
    assert v["25"].kind.value == "increment"
    assert (v["8"].kind.value, v["8"].unit, v["8"].indicator) == (
        "level",
        "万吨标准煤",
        "年节能能力",
    )


# -- progress reports -----------------------------------------------------------------

_PARK_REPORT = """某经济开发区经济发展局
2026年10月份工业经济运行及年度目标任务完成情况通报

一、运行概况
1—10月,全区规上工业增加值增长9.3%,高于全年9%的目标0.3个百分点。两大主导产业开票销售年度目标分别为260亿元、180亿元,1—10月分别完成208.7亿元、141.2亿元。
二、年度目标任务完成情况
全年新开工亿元以上工业项目30个,已开工27个;盘活闲置低效工业用地1000亩,已完成720亩。
三、11月份工作要求
确保全年规上工业增加值增长9%以上。
"""


def test_a_report_reads_the_aims_beside_its_record_and_not_the_record() -> None:
    doc = extract_document(_PARK_REPORT)
    got = found(doc)
    for aim in (
        ("growth_rate", "9", "%"),
        ("level", "260", "亿元"),
        ("level", "180", "亿元"),
        ("increment", "30", "个"),
        ("increment", "1000", "亩"),
    ):
        assert aim in got
    # the record and the margin over the aim are no targets
    for record in ("9.3", "0.3", "208.7", "27", "720"):
        assert record not in by_value(doc)
    assert len([t for t in doc.targets if str(t.value) == "9"]) == 2  # the next steps restate it


def test_a_summary_with_next_quarter_s_plan_under_its_issuer_is_a_report() -> None:
    doc = extract_document(
        "某经济开发区管委会\n2026年前三季度工作总结及第四季度工作打算\n"
        "一、前三季度工作开展情况\n(一)主要经济指标。1-9月,完成一般公共预算收入12.7亿元,"
        "完成年度目标的78.4%;完成工业投入86.5亿元。\n"
        "二、第四季度工作打算\n确保全年完成工业投入110亿元。\n"
    )
    assert found(doc) == [("level", "110", "亿元")]
