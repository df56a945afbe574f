"""Funds a plan sets up, loan benchmarks, chain summary tables, completion dates
written after a target, and the units of new industries (载重吨, Wh/kg, 艘).

Each test reads a short document end to end and failed before the change it names
(checked against the code of the session's start), unless its docstring says it
guards a change of this session.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extract_helpers import by_value, found, leads
from mfgpolicy.errors import UnitError
from mfgpolicy.extract import extract_document
from mfgpolicy.units import convert, parse_quantity

# -- funds ----------------------------------------------------------------------------

_FUND_PLAN = """某市人民政府办公室关于发挥政府产业基金作用支持制造业高质量发展的实施意见
一、主要目标
到2027年,全市政府产业基金群总规模达到300亿元以上。
二、重点任务
(一)做大母基金。市级设立总规模50亿元的制造业母基金。母基金首期规模20亿元,于2025年底前实缴到位;各县(市、区)应设立规模不低于5亿元的配套产业基金。
(二)做强子基金。新组建产业链专项子基金8支以上;对符合条件的子基金,市级母基金出资比例最高可至30%。
三、保障措施
市财政每年安排不少于5亿元资金注入母基金,对基金管理机构给予最高100万元奖励。
"""


def test_a_plan_that_sets_up_funds_has_their_sizes_as_targets() -> None:
    doc = extract_document(_FUND_PLAN)
    got = found(doc)
    for size in (
        ("level", "300", "亿元"),
        ("level", "50", "亿元"),
        ("level", "20", "亿元"),
        ("level", "5", "亿元"),
    ):
        assert size in got
    assert ("increment", "8", "支") in got
    # the budget, the award and the contribution cap stay rules
    assert ("level", "100", "万元") not in got
    assert ("level", "30", "%") not in got
    assert len(got) == 5
    sized = by_value(doc)
    assert sized["50"].comparator.value == "eq"
    assert sized["5"].comparator.value == "ge"


def test_a_completion_date_after_a_target_is_its_deadline_and_no_later_clause_s() -> None:
    doc = extract_document(_FUND_PLAN)
    sized = by_value(doc)
    assert sized["20"].deadline == dt.date(2025, 12, 31)
    assert sized["5"].deadline == dt.date(2027, 12, 31)  # the plan's end, not 2025


def test_a_fund_set_up_in_passing_in_an_industry_plan_stays_a_funding_rule() -> None:
    """Guards this session's change: only a plan about funds reads their sizes."""
    doc = extract_document(
        "某县制造业高质量发展三年行动方案(2025—2027年)\n"
        "到2027年,规上工业产值达到800亿元。设立总规模10亿元的工业发展引导基金,"
        "每年安排专项资金2亿元。\n"
    )
    assert found(doc) == [("level", "800", "亿元")]


def test_a_funds_management_rules_set_conditions_not_sizes() -> None:
    """Guards this session's change: only a plan setting funds up reads their sizes."""
    doc = extract_document(
        "某市政府产业引导基金管理办法\n"
        "第八条 设立子基金应符合以下条件:子基金规模不低于2亿元,母基金出资比例不超过30%。\n"
    )
    assert found(doc) == []


def test_a_funds_scale_with_an_aim_verb_is_a_target_in_any_plan() -> None:
    doc = extract_document(
        "某区制造业高质量发展三年行动方案(2025—2027年)\n"
        "到2027年,全区政府产业基金群总规模达到200亿元,其中设立制造业母基金50亿元"
        "(首期出资20亿元,2025年6月底前到位);新设子基金不少于15支。\n"
    )
    sized = by_value(doc)
    assert sized["200"].kind.value == "level"
    assert sized["200"].unit == "亿元"
    # the bracket's date is its own: the clause after it keeps the goal's year
    assert sized["15"].deadline == dt.date(2027, 12, 31)


def test_loan_growth_not_below_all_loans_is_a_benchmark() -> None:
    doc = extract_document(
        "某市金融支持制造业高质量发展行动方案(2025—2027年)\n"
        "到2027年,制造业中长期贷款余额达到800亿元,制造业中长期贷款增速不低于各项贷款平均增速,"
        "科技型中小企业贷款增速高于各项贷款平均增速;县级融资担保机构担保费率不超过1%。\n"
    )
    got = found(doc)
    assert got.count(("benchmark", None, None)) == 2
    bench = [t for t in doc.targets if t.kind.value == "benchmark"]
    assert [t.comparator.value for t in bench] == ["ge", "gt"]
    assert ("level", "1", "%") not in got  # a fee cap is a rule
    assert len(got) == 3


def test_a_fee_rate_lowered_to_a_value_is_an_aim() -> None:
    """Guards this session's change: the fee-cap rule keeps 降至…以下 as a target."""
    doc = extract_document(
        "某市金融支持制造业高质量发展行动方案(2025—2027年)\n到2027年,担保费率降至1%以下。\n"
    )
    assert found(doc) == [("level", "1", "%")]


# -- counts and ranks -----------------------------------------------------------------


def test_a_count_opened_by_there_are_then_what_befalls_the_things() -> None:
    doc = extract_document(
        "某市企业上市“凤凰行动”计划(2025—2027年)\n"
        "到2027年,每年有2—3家企业在境内外资本市场成功上市,全市有10家企业进入上市辅导期。\n"
    )
    listed = by_value(doc)
    assert listed["2"].kind.value == "increment"
    assert listed["2"].comparator.value == "between"
    assert str(listed["2"].value_high) == "3"
    assert listed["2"].per is not None
    assert listed["10"].kind.value == "increment"


def test_first_among_a_province_s_counties_is_a_rank() -> None:
    doc = extract_document(
        "某县民营经济高质量发展行动方案(2025—2027年)\n到2027年,民营经济综合实力稳居全省县域第一位。\n"
    )
    assert found(doc) == [("level", "1", "名")]


def test_a_count_of_the_names_just_listed_is_no_target() -> None:
    doc = extract_document(
        "某市工业综合考核办法\n"
        "(二)重点工作(30分)。包括产业链链长制推进、“映山红行动”企业上市、数字化转型、"
        "安全生产等4项,每项7.5分。\n"
        "到2026年,培育形成汽车零部件、纺织服装、生物医药等3个千亿级产业集群。\n"
    )
    assert found(doc) == [("increment", "3", "个")]  # a size class keeps the tally


def test_the_chains_total_output_is_the_target_not_the_number_of_chains() -> None:
    doc = extract_document(
        "某市重点产业链高质量发展培育方案(2025—2027年)\n到2027年,8条重点产业链总产值突破5000亿元。\n"
    )
    assert found(doc) == [("level", "5000", "亿元")]


# -- chain summary tables -------------------------------------------------------------

_CHAIN_TABLE_LINES = """某市重点产业链培育方案(2025—2027年)
三、产业链目标汇总表
链名
2025年产值(亿元)
2027年目标(亿元)
链长
牵头部门
生物医药
1120
1500
市委副书记
市工业和信息化局
新能源
1310
1400
副市长
市发展改革委
总计
2430
2900
—
—

四、保障措施
各链牵头部门每月调度产业链重点项目进展。
"""


def test_a_chain_table_written_one_cell_per_line_gives_each_chain_its_target() -> None:
    doc = extract_document(_CHAIN_TABLE_LINES)
    rows = by_value(doc)
    assert set(rows) == {"1500", "1400", "2900"}  # the 2025 column is the record
    assert rows["1500"].indicator == "生物医药产值"
    assert rows["1500"].unit == "亿元"
    assert rows["1500"].deadline == dt.date(2027, 12, 31)
    assert leads(rows["1500"]) == ["市工业和信息化局"]
    assert leads(rows["1400"]) == ["市发展改革委"]
    assert leads(rows["2900"]) == []  # the total row's dashes: nobody, not the row above


def test_a_pipe_chain_table_reads_its_rows_and_leaves_the_total_without_units() -> None:
    doc = extract_document(
        "某市重点产业链培育方案(2025—2027年)\n"
        "| 序号 | 产业链 | 2024年产值(亿元) | 2027年目标(亿元) | 链长 | 牵头部门 |\n"
        "| 1 | 先进装备制造 | 860 | 1200 | 常务副市长 | 市工业和信息化局 |\n"
        "| 2 | 新材料 | 520 | 800 | 分管副市长 | 市发展改革委 |\n"
        "|  | 合计 | 1380 | 2000 |  |  |\n"
    )
    rows = by_value(doc)
    assert set(rows) == {"1200", "800", "2000"}
    assert rows["800"].indicator == "新材料产值"
    assert leads(rows["800"]) == ["市发展改革委"]
    assert leads(rows["2000"]) == []


# -- units of new industries ----------------------------------------------------------


def test_shipbuilding_energy_density_and_ships_are_read_with_their_units() -> None:
    doc = extract_document(
        "某市船舶与新能源产业行动方案(2025—2027年)\n"
        "到2027年,造船完工量保持在1200万载重吨以上,海工装备年交付量达到20艘,"
        "储能电芯能量密度达到190Wh/kg以上,多晶硅综合电耗下降到50千瓦时/千克以下。\n"
    )
    got = found(doc)
    assert ("level", "1200", "万载重吨") in got
    assert ("level", "20", "艘") in got
    assert ("level", "190", "Wh/kg") in got
    assert ("level", "50", "千瓦时/千克") in got
    assert len(got) == 4


def test_deadweight_tonnes_convert_exactly_and_never_to_tonnes_of_goods() -> None:
    assert str(convert(parse_quantity("1200万载重吨"), "载重吨").magnitude) == "12000000"
    assert str(convert(parse_quantity("3万标箱"), "TEU").magnitude) == "30000"
    with pytest.raises(UnitError):
        convert(parse_quantity("1万载重吨"), "吨")


def test_figures_in_brackets_describing_a_project_are_no_targets() -> None:
    doc = extract_document(
        "某市氢能产业行动方案(2025—2027年)\n"
        "支持年产3万吨绿氢项目(配套风电50万千瓦、光伏30万千瓦)建设,每年新增绿氢产能3万吨/年以上。\n"
    )
    assert found(doc) == [("increment", "3", "万吨/年")]


# -- kinds of counts ------------------------------------------------------------------


def test_counts_of_firms_moved_converted_or_added_over_years_are_increments() -> None:
    doc = extract_document(
        "某市企业梯度培育行动方案(2025—2027年)\n"
        "到2027年,全市两年累计新增规上工业企业300家以上,推动30家以上专精特新企业进入上市后备库,"
        "每年个体工商户转型为企业500户以上,入库培育企业保持在500家以上。\n"
    )
    got = [(str(t.value), t.unit, t.kind.value) for t in doc.targets]
    assert got == [
        ("300", "家", "increment"),  # 累计新增: additions, as 新增 alone
        ("30", "家", "increment"),  # firms moved into the reserve list
        ("500", "户", "increment"),  # conversions, each year
        ("500", "家", "level"),  # a stock held (培育企业 is a noun here)
    ]


# -- news reports and interpretations -------------------------------------------------


def test_a_division_of_work_naming_measures_by_heading_gives_their_leads() -> None:
    doc = extract_document(
        "某市推动工业经济稳进提质三年行动方案(2024—2026年)\n"
        "【五大行动】\n"
        "(一)产业链提升行动。到2026年,新能源新材料产业产值达到1000亿元。\n"
        "(二)园区提质行动。盘活低效闲置工业用地3000亩。\n"
        "【任务分工】\n"
        "《方案》明确了各项行动的责任分工:产业链提升行动由市经信局牵头,市发改委、市科技局配合;"
        "园区提质行动由市自然资源和规划局、市商务局按职责分工负责。\n"
    )
    rows = by_value(doc)
    assert leads(rows["1000"]) == ["市经信局"]
    assert [u.as_written for u in rows["1000"].responsibility.support] == ["市发改委", "市科技局"]
    assert leads(rows["3000"]) == ["市自然资源和规划局", "市商务局"]


def test_a_date_line_with_its_speaker_or_a_web_meta_line_dates_this_year() -> None:
    for head in ("2024年6月12日  芜湖市经济和信息化局\n", "发布时间:2024-06-12 08:31  编辑:张三\n"):
        doc = extract_document(
            "市经信局负责人就《芜湖市制造业数智化转型三年行动方案(2024—2026年)》答记者问\n"
            + head
            + "问:今年的工作如何推进?\n答:今年,我们力争新增省级智能工厂25家。\n"
        )
        assert [t.deadline for t in doc.targets] == [dt.date(2024, 12, 31)], head


def test_three_years_within_is_no_within_this_year() -> None:
    doc = extract_document(
        "嘉兴市推进制造业高质量发展三年行动方案(2025—2027年)\n"
        "发布时间:2025-03-05\n"
        "《方案》提出,三年内新增规上工业企业1500家以上;培育国家级专精特新“小巨人”企业50家。\n"
    )
    assert {str(t.value): t.deadline for t in doc.targets} == {
        "1500": dt.date(2027, 12, 31),
        "50": dt.date(2027, 12, 31),
    }


def test_words_quoted_with_a_clause_break_are_speech_not_a_name() -> None:
    """Guards this session's change: 「」 now read as quotes, and an official's words
    in them (with 『』 inside) must not be taken for a name."""
    doc = extract_document(
        "東莞發布製造業三年行動方案(2025—2027年)\n"
        "「未來三年,我們要新增規上工業企業3000家以上,其中『專精特新』中小企業不少於1000家。」"
        "東莞市工業和信息化局負責人表示。\n"
    )
    assert [str(t.value) for t in doc.targets] == ["3000", "1000"]


# -- typography -----------------------------------------------------------------------


def test_small_form_punctuation_and_years_in_words_read_as_usual() -> None:
    doc = extract_document(
        "临朐县“铝型材之都”建设三年行动计划（二〇二五—二零二七年）\n"
        "一、发展目标\n"
        "全年规上工业增加值增长百分之七以上﹐规上工业产值突破二千五百亿元﹔"
        "新增规上工业企业一百二十家。\n"
    )
    assert doc.horizon_end == dt.date(2027, 12, 31)
    assert found(doc) == [
        ("growth_rate", "7", "%"),
        ("level", "2500", "亿元"),
        ("increment", "120", "家"),
    ]


def test_an_ascii_copy_with_spaces_a_semicolon_line_and_bare_units_before_shared_duty() -> None:
    doc = extract_document(
        "宿迁市宿城区制造业高质量发展三年行动方案(2024—2026年)\n"
        "一、主要任务\n"
        "1. 实施项目攻坚行动. 每年新开工 5 亿元以上工业项目 20 个. (责任单位: 区发改局)\n"
        "2. 实施智改数转行动. 到 2025 年底, 建成省级智能制造车间 25 个\n"
        "; 规上工业企业关键工序数控化率达到 65% . (区工信局, 区科技局按职责分工负责)\n"
        "3. 实施绿色转型行动. 单位工业增加值能耗比 2023 年下降 8% .\n"
    )
    rows = by_value(doc)
    assert set(rows) == {"20", "25", "65", "8"}
    assert leads(rows["65"]) == ["区工信局", "区科技局"]
    assert leads(rows["25"]) == ["区工信局", "区科技局"]


# -- annexes --------------------------------------------------------------------------

_ANNEXES = """德清县地理信息产业发展三年行动计划(2026—2028年)
一、主要目标
到2028年,地理信息产业营业收入达到600亿元。
附件1
主要指标表
指标
单位
2026年
2028年
地理信息产业营业收入
亿元
420
600
附件2
重点任务分工表
序号
重点任务
牵头单位
配合单位
完成时限
1
规上工业企业研发活动覆盖率达到70%
县科技局
县工信局

— 5 —

序号
重点任务
牵头单位
配合单位
完成时限
2027年12月底
附件3
2026年重点项目表
项目名称\t建设内容\t总投资(亿元)\t2026年计划投资(亿元)
智能家居产业园二期\t新建厂房12万平方米,建成后年产值10亿元\t8.5\t3.2
"""


def test_annex_tables_milestones_repeated_headers_and_project_rosters() -> None:
    doc = extract_document(_ANNEXES)
    got = [(str(t.value), t.unit, t.deadline) for t in doc.targets]
    # the 2026 column of a 2026–2028 plan is its milestone, not a record
    assert ("420", "亿元", dt.date(2026, 12, 31)) in got
    assert ("600", "亿元", dt.date(2028, 12, 31)) in got
    # the header repeated after the page break leaves the row whole: its date and lead
    rd = next(t for t in doc.targets if t.unit == "%")
    assert rd.deadline == dt.date(2027, 12, 31)
    assert leads(rd) == ["县科技局"]
    # a roster's description of a project is no target
    assert all(str(t.value) != "12" for t in doc.targets)


def test_a_breakdown_by_park_and_street_gives_each_its_values() -> None:
    doc = extract_document(
        "滁州经开区2026年工业经济工作要点\n"
        "附件\n2026年工业经济目标任务分解表\n"
        "园区（街道）\t规上工业产值（亿元）\t新增规上工业企业（家）\n"
        "城东工业园\t430\t14\n城南工业园\t380\t12\n"
    )
    rows = {(str(t.value), t.unit): t for t in doc.targets}
    assert set(rows) == {("430", "亿元"), ("14", "家"), ("380", "亿元"), ("12", "家")}
    assert list(rows[("430", "亿元")].responsibility.accountable) == ["城东工业园"]


def test_a_doubling_after_an_amount_and_its_bracketed_record_keeps_the_goal() -> None:
    doc = extract_document(
        "某市新能源产业链培育方案(2025—2027年)\n"
        "力争到2027年产业链产值突破100亿元(2024年为41.3亿元),实现翻一番以上;"
        "招引亿元以上项目每年不少于10个。\n"
    )
    doubled = next(t for t in doc.targets if t.kind.value == "multiple")
    assert doubled.indicator == "产业链产值"
    assert doubled.deadline == dt.date(2027, 12, 31)
    assert [str(t.value) for t in doc.targets] == ["100", "2", "10"]


def test_a_shares_bracketed_change_over_the_period_is_in_percentage_points() -> None:
    doc = extract_document(
        "某县工业发展“十五五”规划\n"
        "专栏1 “十五五”工业发展主要指标\n"
        "指标 | 2025年(基期) | 2030年(目标) | 年均增速 | 属性\n"
        "规上工业总产值(亿元) | 2150 | 3000 | 7% | 预期性\n"
        "战略性新兴产业增加值占比(%) | 47 | 55 | [8] | 预期性\n"
    )
    assert ("increment", "8", "个百分点") in found(doc)
    assert ("level", "55", "%") in found(doc)


def test_a_first_one_striven_for_counts_in_the_things_named_before_the_verb() -> None:
    doc = extract_document("某市2026年工业绿色发展工作要点\n国家级绿色工厂力争取得零的突破。\n")
    assert found(doc) == [("level", "1", "家")]
    assert doc.targets[0].indicator == "国家级绿色工厂"


# -- meetings, provinces and the grammar of multiples ---------------------------------


def test_minutes_take_their_year_from_the_office_line_or_the_number() -> None:
    doc = extract_document(
        "XX经济开发区党工委(管委会)\n会 议 纪 要\n第3期\n"
        "XX经济开发区党政办公室                    2027年2月26日\n\n"
        "一、关于2027年主要目标\n"
        "2026年,全区完成规上工业产值618亿元,比上年增长8.1%。会议原则同意年度目标:"
        "全区实现规上工业产值680亿元,增长10%。\n"
    )
    assert doc.title == "XX经济开发区党工委(管委会)会议纪要"
    assert [(str(t.value), t.deadline) for t in doc.targets] == [
        ("680", dt.date(2027, 12, 31)),
        ("10", dt.date(2027, 12, 31)),
    ]
    numbered = extract_document(
        "青阳县人民政府\n专题会议纪要\n〔2026〕7号\n\n"
        "关于加快推进制造业智能化改造数字化转型工作的\n专题会议纪要\n\n"
        "会议要求,全年实施智能化改造项目150个。\n"
    )
    assert numbered.horizon_end == dt.date(2026, 12, 31)


def test_together_with_a_county_bureau_is_no_county() -> None:
    doc = extract_document(
        "领导批示件\n中共平川县委办公室                       2025年4月8日\n"
        "请县经信局牵头,会同县投资促进中心、县自然资源局,对标对表:全年新招引亿元以上制造业项目不少于40个。\n"
    )
    assert doc.jurisdiction is None or doc.jurisdiction.name != "会同县"


def test_a_duty_remark_after_an_items_title_leads_the_aims_after_it() -> None:
    doc = extract_document(
        "安徽省人民政府关于推动新兴产业高质量发展的实施意见\n二、重点举措\n"
        "(一)实施“科技+产业”融合行动。(省科技厅牵头,省经济和信息化厅、省教育厅配合)"
        "每年新增高新技术企业2000家以上。\n"
    )
    (t,) = doc.targets
    assert t.indicator == "高新技术企业"
    assert leads(t) == ["省科技厅"]


def test_a_breakdown_by_city_with_a_units_note_and_two_plan_years() -> None:
    doc = extract_document(
        "四川省人民政府关于加快推动制造业智能化改造数字化转型的实施意见\n川府发〔2025〕9号\n"
        "到2028年,全省工业营业收入达到4.5万 亿元。\n"
        "附件\n各市(州)累计完成数字化改造规上工业企业数量分解表\n单位:家\n"
        "市(州) | 2026年 | 2028年\n成都市 | 3200 | 5000\n绵阳市 | 800 | 1300\n"
    )
    got = [(str(t.value), t.unit, t.deadline.year if t.deadline else None) for t in doc.targets]
    assert got == [
        ("4.5", "万亿元", 2028),
        ("3200", "家", 2026),
        ("5000", "家", 2028),
        ("800", "家", 2026),
        ("1300", "家", 2028),
    ]
    assert list(doc.targets[1].responsibility.accountable) == ["成都市"]


def test_multiples_grown_by_reached_as_a_base_years_and_bounds_in_words() -> None:
    doc = extract_document(
        "某县产业倍增三年行动方案(2025—2027年)\n"
        "到2027年,规上工业增加值增长1倍,数字经济核心产业增加值达到2024年的1.5倍,"
        "三年累计完成工业投资逾三千亿元,汽车产业集群规模近千亿元,保持全省高新区第二位。\n"
    )
    got = [(t.kind.value, t.comparator.value, str(t.value), t.unit) for t in doc.targets]
    assert got == [
        ("multiple", "eq", "2", "倍"),  # 增长1倍: twice the base
        ("multiple", "ge", "1.5", "倍"),
        ("cumulative", "gt", "3000", "亿元"),
        ("level", "approx", "1000", "亿元"),
        ("level", "le", "2", "名"),
    ]
    assert doc.targets[0].indicator == "规上工业增加值"
    assert all(t.deadline == dt.date(2027, 12, 31) for t in doc.targets)  # 2024 is a base


def test_a_leaders_instruction_names_who_leads_the_aims_it_lists() -> None:
    doc = extract_document(
        "领导批示件\n中共平川县委办公室                       2025年4月8日\n"
        "县委书记批示:一季度开局不错。请县经信局牵头,会同县投资促进中心、县自然资源局,"
        "对标对表:全年新招引亿元以上制造业项目不少于40个;签约项目开工率要达到60%以上。\n"
    )
    assert [leads(t) for t in doc.targets] == [["县经信局"], ["县经信局"]]
    assert [u.as_written for u in doc.targets[0].responsibility.support] == [
        "县投资促进中心",
        "县自然资源局",
    ]


def test_run_in_items_named_by_a_later_division_of_work_take_its_units() -> None:
    doc = extract_document(
        "潍坊市人民政府新闻办公室\n新闻发布会实录\n时间:2025年2月20日上午10:00\n\n"
        "张建国:我们将重点抓好两个方面工作。一是抓项目扩投\n资。全年计划实施500万元以上工业项目1200个。"
        "二是抓梯度培育。力争新增国家级专精特新“小巨人”企业15家。\n\n"
        "每项任务都明确了牵头单位。比如,第一项任务“抓项目扩投资”由市工业和信息化局牵头,"
        "市发展改革委配合;第二项任务“抓梯度培育”由市科技局牵头,各县市区政府负责落实。\n"
    )
    rows = by_value(doc)
    assert leads(rows["1200"]) == ["市工业和信息化局"]
    assert leads(rows["15"]) == ["市科技局"]
    assert list(rows["15"].responsibility.accountable) == ["各县市区政府"]


# -- responsibility layouts and boxes -------------------------------------------------


def test_a_line_leading_every_item_below_and_a_closing_line_scoped_to_its_section() -> None:
    doc = extract_document(
        "某市工业领域碳达峰三年行动方案(2024—2026年)\n"
        "一、主要目标\n"
        "到2026年,规上工业单位增加值能耗下降8%。2023年全市能耗同比下降4.1%(数据来源:市统计局)。\n"
        "二、重点任务\n"
        "以下各项任务牵头单位均为市工信局,配合单位不再列出;各县(市、区)人民政府负责本辖区任务落实。\n"
        "(一)推进节能改造。实施节能降碳改造项目150个。\n"
        "(二)提升能源利用效率。新增工业余热余压利用能力3万千瓦。\n"
        "三、重点项目\n"
        "(一)建设绿色工厂。新增国家级绿色工厂12家。\n"
        "(二)发展循环经济。工业用水重复利用率提高到93%以上。\n"
        "以上任务由市发改委牵头。\n"
    )
    rows = by_value(doc)
    assert leads(rows["8"]) == []  # neither the data source nor the closing line
    assert leads(rows["150"]) == ["市工信局"]
    assert leads(rows["3"]) == ["市工信局"]
    assert list(rows["150"].responsibility.accountable) == ["各县(市、区)人民政府"]
    assert leads(rows["12"]) == ["市发改委"]


def test_by_a_bureau_alone_and_a_rule_in_brackets_after_the_list() -> None:
    doc = extract_document(
        "某县2025年工业经济工作要点\n"
        "(一)绿色化转型。单位工业增加值能耗下降3.5%。由县发改委负责。\n"
        "(二)企业培育。每年新增规上工业企业30家以上。\n"
        "责任单位:经济发展局、市场监管分局、统计分局、各街道办事处(列第一位的为牵\n头单位)\n"
    )
    rows = by_value(doc)
    assert leads(rows["3.5"]) == ["县发改委"]
    assert leads(rows["30"]) == ["经济发展局"]


def test_the_first_is_lead_rule_in_one_bracket_holds_from_there_on() -> None:
    doc = extract_document(
        "某市工业倍增计划(2026—2028年)\n"
        "1.每年新增规模工业企业60家以上。(责任单位:市工信局、市统计局、各镇人民政府、街道办事处)\n"
        "2.新建省级企业技术中心12家。(责任单位:市科技局、市工信局,列第一位的为牵头单位)\n"
    )
    rows = by_value(doc)
    assert leads(rows["60"]) == ["市工信局", "市统计局"]
    assert list(rows["60"].responsibility.accountable) == ["各镇人民政府", "街道办事处"]
    assert leads(rows["12"]) == ["市科技局"]


def test_a_box_of_indicator_lines_gives_one_target_per_line() -> None:
    doc = extract_document(
        "某市先进制造业强市建设实施方案(2025—2028年)\n"
        "专栏1 先进制造业强市建设主要指标(2028年)\n"
        "规上工业营业收入:2000亿元以上\n"
        "规上工业营业收入年均增速:8%以上\n"
        "营业收入过百亿元企业:6家\n"
        "国家级专精特新“小巨人”企业:20家\n"
    )
    got = [(t.indicator, t.kind.value, str(t.value)) for t in doc.targets]
    assert got == [
        ("规上工业营业收入", "level", "2000"),
        ("规上工业营业收入年均增速", "growth_rate", "8"),
        ("营业收入过百亿元企业", "level", "6"),
        ("国家级专精特新“小巨人”企业", "level", "20"),
    ]


def test_a_bracketed_total_in_a_new_things_row_is_an_increment() -> None:
    doc = extract_document(
        "某区先进制造业三年行动方案(2025—2027年)\n"
        "| 类别 | 指标 | 单位 | 2024年 | 2025年 | 2027年 | 属性 |\n"
        "| 创新能力 | 新增省级以上专精特新中小企业 | 家 | — | 30 | [100] | 预期性 |\n"
    )
    assert ("increment", "100", "家") in found(doc)


def test_a_slogan_counting_coverages_and_a_carry_note_naming_what_it_covers() -> None:
    doc = extract_document(
        "长兴县2025年工业科技创新工作要点\n"
        "一、推动企业研发机构提质扩面\n"
        "1.新培育省级企业研究院3家。\n"
        "牵头单位:县经信局;配合单位:县科技局(以下各项未列明的,下同)\n"
        "2.深入推进研发活动、研发机构“两个全覆盖”,有研发活动的企业占比达到60%。\n"
    )
    assert found(doc) == [("increment", "3", "家"), ("level", "60", "%")]
    assert leads(by_value(doc)["60"]) == ["县经信局"]


# -- reports that restate the year's aims ---------------------------------------------


def test_a_reports_bracketed_aims_beside_the_record_are_the_years_targets() -> None:
    doc = extract_document(
        "关于2026年1—9月全县工业经济运行情况的通报\n"
        "1—9月,全县规上工业增加值增长7.2%,低于年度目标(8%)0.8个百分点;"
        "工业投资同比增长21.3%,高于年度目标(增长15%);"
        "规上工业总产值完成318.4亿元,完成年度目标(700亿元)的45.5%。\n"
    )
    got = [(t.indicator, t.kind.value, str(t.value), t.deadline) for t in doc.targets]
    end = dt.date(2026, 12, 31)
    assert got == [
        ("全县规上工业增加值", "growth_rate", "8", end),
        ("工业投资", "growth_rate", "15", end),
        ("规上工业总产值", "level", "700", end),
    ]


def test_a_reports_task_table_of_the_years_aims_and_its_breakdown_by_block() -> None:
    doc = extract_document(
        "平湖经济技术开发区管理委员会\n2026年一季度目标任务完成情况通报\n\n"
        "区块\t年度目标\t一季度完成\t完成率\t排名\n"
        "钟埭区块\t420\t101.3\t24.1%\t1\n曹桥区块\t380\t86.2\t22.7%\t3\n\n"
        "表2 重点任务推进情况\n"
        "序号 | 重点任务 | 年度目标 | 牵头单位 | 一季度完成情况\n"
        "1 | 规上工业产值增长 | 10%以上 | 经贸发展局 | 增长11.6%\n"
        "2 | 新增规上工业企业 | 50家 | 经贸发展局 | 新增16家\n"
    )
    got = [(t.kind.value, str(t.value), t.unit) for t in doc.targets]
    assert ("growth_rate", "10", "%") in got
    assert ("increment", "50", "家") in got
    assert all(v not in ("24.1", "22.7", "11.6", "16") for _, v, _ in got)
    blocks = {str(t.value): list(t.responsibility.accountable) for t in doc.targets}
    assert blocks["420"] == ["钟埭区块"]
    assert blocks["380"] == ["曹桥区块"]
    assert doc.horizon_end == dt.date(2026, 12, 31)


def test_goals_set_out_year_by_year_after_the_record_and_a_campaigns_bracketed_years() -> None:
    doc = extract_document(
        "长兴县制造业高质量发展三年行动方案(2026—2028年)\n二、发展目标\n"
        "2025年,全县实现规上工业总产值1860亿元,同比增长7.2%。按照“一年打基础、两年见成效、"
        "三年大跨越”的思路,分年度推进:2026年,规上工业总产值达到2000亿元;"
        "2027年,规上工业总产值突破2200亿元。\n"
    )
    assert [(str(t.value), t.deadline) for t in doc.targets] == [
        ("2000", dt.date(2026, 12, 31)),
        ("2200", dt.date(2027, 12, 31)),
    ]
    annual = extract_document(
        "株洲市工业和信息化局2026年工作要点\n(2026年2月18日)\n"
        "2026年是实施制造强市三年行动(2026—2028年)的开局之年,全年工作的主要预期目标是:"
        "规上工业增加值增长7.5%左右。\n"
    )
    assert [t.deadline for t in annual.targets] == [dt.date(2026, 12, 31)]


def test_a_stages_year_in_brackets_and_each_values_own_year_date_the_goals() -> None:
    doc = extract_document(
        "许昌市制造业数字化转型攻坚行动方案(2026—2028年)\n二、阶段目标\n"
        "第一阶段(2026年):实施智能化改造项目300个以上。\n"
        "第二阶段(2027—2028年):建成省级智能工厂40个。\n"
        "(一)逐年目标。规上工业营业收入:2026年2600亿元,2027年2800亿元。\n"
    )
    assert [(str(t.value), t.deadline) for t in doc.targets] == [
        ("300", dt.date(2026, 12, 31)),
        ("40", dt.date(2028, 12, 31)),
        ("2600", dt.date(2026, 12, 31)),
        ("2800", dt.date(2027, 12, 31)),
    ]
