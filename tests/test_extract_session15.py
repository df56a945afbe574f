"""Extraction rounds 101-103 and 107-108 (annual plans, record beside target, thematic
plans, the core genre, policy measures) and misses left from rounds 92-98.

Each test reads a short document end to end and failed before the change it names
(checked against the code of the session's start), except two that guard what a change
of this session must not do: a half year's record opening a revision's goals stays
record (the quarter opening a plan's goals is read as the quarter planned), and a
counted cluster of a size class stays a count (a size class with no industry named is
read as the cluster's scale).
"""

from __future__ import annotations

import datetime as dt

from extract_helpers import found, leads, supports
from mfgpolicy.extract import extract_document
from mfgpolicy.model import TargetKind
from mfgpolicy.text import normalize

# -- tables -----------------------------------------------------------------------------


def test_a_table_split_at_single_spaces_is_read_when_it_names_indicators_and_targets() -> None:
    text = (
        "嘉善縣工業強縣建設三年行動方案(2025—2027年)\n"
        "附件\n"
        "序號 指標名稱 單位 2024年(基期) 2027年(目標)\n"
        "1 規上工業總產值 億元 2310 3000\n"
        "2 研發經費支出佔營業收入比重 % 2.6 3.2\n"
    )
    doc = extract_document(text)
    assert found(doc) == [("level", "3000", "亿元"), ("level", "3.2", "%")]
    assert {t.deadline for t in doc.targets} == {dt.date(2027, 12, 31)}
    assert doc.targets[0].span.quote(text) == "規上工業總產值 億元 2310 3000"


def test_a_bracketed_five_year_total_under_a_growth_column_takes_the_rows_kind() -> None:
    doc = extract_document(
        "某市“十五五”制造业发展规划\n"
        "专栏1 主要指标\n"
        "指标|2025年|2030年|2026—2030年年均增速/累计|属性\n"
        "规上工业增加值(亿元)|1800|2600|7.5%|预期性\n"
        "单位工业增加值能耗下降(%)|—|—|[13.5]|约束性\n"
        "工业投资(亿元)|—|—|[5000]|预期性\n"
    )
    got = [(t.kind, str(t.value), t.unit) for t in doc.targets]
    assert got == [
        (TargetKind.LEVEL, "2600", "亿元"),
        (TargetKind.GROWTH_RATE, "7.5", "%"),
        (TargetKind.REDUCTION, "13.5", "%"),
        (TargetKind.CUMULATIVE, "5000", "亿元"),
    ]


def test_a_five_year_total_keeps_its_column_when_a_blank_line_lost_the_base_cell() -> None:
    doc = extract_document(
        "某市“十五五”工业发展规划\n"
        "主要指标表\n"
        "指标\n2025年\n2030年\n属性\n"
        "全部工业增加值(亿元)\n1650\n2800\n预期性\n"
        "单位工业增加值能耗下降(%)\n\n[14]\n约束性\n"
    )
    assert found(doc) == [("level", "2800", "亿元"), ("reduction", "14", "%")]


def test_a_growth_column_may_be_headed_with_a_bare_percent_sign() -> None:
    doc = extract_document(
        "某开发区2026年主要经济指标目标任务分解表\n"
        "序号|指标名称|单位|2025年完成值|2026年目标值|增长%|牵头单位|责任单位\n"
        "1|规上工业总产值|亿元|812.6|900|10.8|经济发展局|招商局\n"
        "2|高新技术企业总数|家|186|210|12.9|科技创新局|各园区\n"
    )
    got = [(t.kind, str(t.value), t.unit) for t in doc.targets]
    assert got == [
        (TargetKind.LEVEL, "900", "亿元"),
        (TargetKind.GROWTH_RATE, "10.8", "%"),
        (TargetKind.CUMULATIVE, "210", "家"),  # 总数: the whole stock
        (TargetKind.GROWTH_RATE, "12.9", "%"),
    ]
    assert leads(doc.targets[0]) == ["经济发展局"]


def test_a_past_years_rank_column_is_record() -> None:
    doc = extract_document(
        "某市2025年度工业经济主要目标任务分解表\n"
        "序号\t县区\t2024年规上工业增加值增速(%)\t2024年全省县区排名\t"
        "2025年规上工业增加值增速目标(%)\t2025年新增规上工业企业目标(家)\n"
        "1\t甲县\t8.2\t32\t9\t40\n"
        "2\t乙县\t7.4\t45\t8.5\t35\n"
    )
    assert [str(t.value) for t in doc.targets] == ["9", "40", "8.5", "35"]


def test_a_table_of_aims_by_year_has_no_base_year() -> None:
    doc = extract_document(
        "某区先进制造业集群培育方案\n"
        "附:主要指标分年度目标\n"
        "指标名称                   单位     2025年    2026年    2027年\n"
        "规上工业总产值             亿元     5600      6000      6500\n"
    )
    assert [str(t.value) for t in doc.targets] == ["5600", "6000", "6500"]
    assert [t.deadline.year for t in doc.targets if t.deadline] == [2025, 2026, 2027]


# -- responsibility -----------------------------------------------------------------------


def test_a_block_on_its_own_line_under_a_box_title_governs_the_items_below() -> None:
    doc = extract_document(
        "某市“十五五”工业经济发展规划\n"
        "二、重点工程\n"
        "专栏3 重点产业链培育工程\n"
        "(责任单位:市工信局、市发改委。列第一位的为牵头单位)\n"
        "1.健康食品产业链:到2030年,产业规模突破600亿元。\n"
        "2.新能源装备产业链:招引10亿元以上重大项目15个。\n"
        "专栏4 工业园区提质工程\n"
        "(责任单位:市自然资源和规划局、市工信局)\n"
        "1.完成低效工业用地盘活5000亩。\n"
    )
    assert [leads(t) for t in doc.targets] == [["市工信局"], ["市工信局"], ["市自然资源和规划局"]]


def test_items_named_in_a_sentence_of_the_division_of_work() -> None:
    doc = extract_document(
        "某县2025年工业经济稳增长工作方案\n"
        "一、主要措施\n"
        "(一)抓好重点企业。力争年产值超百亿元企业达到3家。\n"
        "(二)加快项目建设。全年新开工亿元以上工业项目80个。\n"
        "二、责任分工\n"
        "第(一)项由县工信局牵头,县统计局配合;第(二)项由县发改局牵头,县自然资源局配合。\n"
    )
    assert [leads(t) for t in doc.targets] == [["县工信局"], ["县发改局"]]
    assert supports(doc.targets[1]) == ["县自然资源局"]


def test_units_said_to_be_the_same_as_above_are_those_of_the_block_before() -> None:
    doc = extract_document(
        "某市2026年工业用地提质增效工作方案\n"
        "一、重点任务\n"
        "(一)分类推进整治提升。年内关停淘汰落后企业40家。\n"
        "牵头单位:市自然资源局\n"
        "配合单位:市工信局\n"
        "(二)加快盘活存量土地。建设小微企业园2个。\n"
        "牵头单位、配合单位同上。\n"
    )
    assert [leads(t) for t in doc.targets] == [["市自然资源局"], ["市自然资源局"]]
    assert supports(doc.targets[1]) == ["市工信局"]


# -- record and aims --------------------------------------------------------------------


def test_a_forecasts_year_does_not_hold_back_the_next_years_aims() -> None:
    doc = extract_document(
        "2026年全市工业和信息化工作要点\n"
        "2025年,全市规上工业增加值增长9.1%,预计2026年工业经济仍将保持较快增长。"
        "2026年全市工业和信息化工作的主要目标是:规上工业增加值增长8%左右;工业投资增长12%以上。\n"
    )
    assert found(doc) == [("growth_rate", "8", "%"), ("growth_rate", "12", "%")]


def test_a_quarter_opening_a_plans_goals_is_the_quarter_planned() -> None:
    doc = extract_document(
        "某县2026年工业经济“开门红”工作方案\n"
        "一、工作目标\n"
        "一季度,全县规上工业增加值同比增长8.5%以上,规上工业开票销售突破420亿元。\n"
    )
    assert found(doc) == [("growth_rate", "8.5", "%"), ("level", "420", "亿元")]
    assert {t.deadline for t in doc.targets} == {dt.date(2026, 3, 31)}


def test_a_half_years_record_in_a_revision_stays_record() -> None:
    doc = extract_document(
        "某市工业和信息化局2024年工作要点(年中调整稿)\n"
        "一、主要目标\n"
        "全年规上工业总产值确保完成5200亿元。\n"
        "上半年,全市规上工业增加值同比增长4.3%,汽车产量103.6万辆。\n"
    )
    assert found(doc) == [("level", "5200", "亿元")]


def test_the_rest_of_the_year_a_title_names_dates_the_aims() -> None:
    doc = extract_document(
        "某县发展和改革委员会\n"
        "2025年上半年工作总结暨下半年工作打算\n"
        "一、上半年工作完成情况\n"
        "(一)产业发展提质增效。全县规上工业增加值增长8.9%,居六安市第2位。\n"
        "二、下半年工作打算\n"
        "(二)壮大主导产业。力争电子信息产业产值突破260亿元。\n"
    )
    assert [t.deadline for t in doc.targets] == [dt.date(2025, 12, 31)]
    assert doc.horizon_end == dt.date(2025, 12, 31)


def test_the_years_total_after_a_quarters_additions_is_an_increment() -> None:
    doc = extract_document(
        "2025年工作安排\n四季度新增入库规上工业企业不少于40家、全年达到150家。\n"
    )
    assert [t.kind for t in doc.targets] == [TargetKind.INCREMENT, TargetKind.INCREMENT]


# -- sentences ------------------------------------------------------------------------------


def test_a_rank_in_the_world_and_a_rank_among_a_citys_counties() -> None:
    doc = extract_document(
        "到2027年,力争进入全球轨道交通装备产业集群前三位,"
        "省级专精特新中小企业数量保持泉州各县(市、区)前两位。"
    )
    assert found(doc) == [("level", "3", "名"), ("level", "2", "名")]


def test_a_stretch_of_the_year_is_no_part_of_the_indicator() -> None:
    doc = extract_document(
        "2026年,规上工业增加值增速一季度不低于8%,上半年不低于8.5%,前三季度达到9%左右。"
    )
    assert [(t.indicator, t.kind) for t in doc.targets] == [
        ("规上工业增加值增速", TargetKind.GROWTH_RATE)
    ] * 3
    assert [t.deadline for t in doc.targets] == [
        dt.date(2026, 3, 31),
        dt.date(2026, 6, 30),
        dt.date(2026, 9, 30),
    ]


def test_firms_to_be_cleared_out_are_a_level_of_zero() -> None:
    doc = extract_document("到2025年底,亩均税收1万元以下企业清零。")
    assert found(doc) == [("level", "0", "家")]


def test_whom_a_coverage_aim_covers_is_no_condition_of_a_policy() -> None:
    doc = extract_document("到2025年,对用地3亩以上的工业企业实现评价全覆盖。")
    assert found(doc) == [("level", "100", "%")]


def test_a_projects_minimum_investment_is_a_descriptor() -> None:
    doc = extract_document(
        "引进动力电池项目,单个项目总投资不低于10亿元;到2025年累计招引亿元以上项目50个。"
    )
    assert found(doc) == [("cumulative", "50", "个")]


def test_a_spaced_out_title_and_heading_are_read_whole() -> None:
    text = (
        "临 朐 县 2 0 2 6 年 制 造 业 高 质 量 发 展 工 作 方 案\n\n"
        "三 、 重 点 任 务\n"
        "1.实施绿色制造行动。新创建省级以上绿色工厂4家。\n"
    )
    norm = normalize(text)
    assert norm.text.startswith("临朐县2026年制造业高质量发展工作方案\n")
    assert "三、重点任务" in norm.text
    doc = extract_document(text)
    assert [t.deadline for t in doc.targets] == [dt.date(2026, 12, 31)]
    assert doc.targets[0].span.quote(text) == "新创建省级以上绿色工厂4家"


# -- rounds 92-98 and 107-108 ---------------------------------------------------------------


def test_orders_and_sessions_are_counted_units() -> None:
    doc = extract_document("到2027年,年配送量突破50万单,全年组织企业参加境外展会不少于30场次。")
    assert found(doc) == [("level", "50", "万单"), ("increment", "30", "场次")]


def test_ranks_given_one_each_with_fenbie() -> None:
    doc = extract_document("到2027年,燃料电池汽车推广量、加氢站数量分别进入全国前五位、前三位。")
    assert [(t.indicator, str(t.value)) for t in doc.targets] == [
        ("燃料电池汽车推广量", "5"),
        ("加氢站数量", "3"),
    ]


def test_a_projects_particulars_in_a_bracket_and_its_output_once_built() -> None:
    doc = extract_document(
        "加快建设光伏制氢项目(总投资57亿元,年产绿氢1万吨)等项目,到2025年,"
        "全市可再生能源制氢产能达到5万吨/年。整车项目建成后可形成年产15万辆整车产能、"
        "年产值300亿元。"
    )
    assert found(doc) == [("level", "5", "万吨/年")]


def test_what_a_total_includes_from_before_the_plan_is_no_target() -> None:
    doc = extract_document(
        "到2025年,累计拥有国家级专精特新“小巨人”企业15家(含“十四五”前认定的5家),"
        "新增规上企业50家(含小升规30家)。"
    )
    assert found(doc) == [
        ("cumulative", "15", "家"),
        ("increment", "50", "家"),
        ("increment", "30", "家"),
    ]
    assert doc.targets[2].indicator == "小升规"


def test_indicators_counted_against_the_schedule_are_record() -> None:
    doc = extract_document("《规划》确定了11项主要指标,其中8项达到或超过序时进度,3项滞后。")
    assert doc.targets == ()


def test_three_years_of_effort_open_the_aims_after_a_record() -> None:
    doc = extract_document(
        "某县三年行动计划(2025—2027年)\n"
        "一、发展目标\n"
        "2024年,全县实现规上工业产值602亿元,同比增长14.2%。经过三年努力,全县工业经济"
        "规模能级显著提升:到2027年,全县规上工业产值达到1200亿元左右。\n"
        "2022年,全市规模工业总产值达到738亿元,增长9.6%.到2025年,上市企业总数达到8家。\n"
    )
    assert found(doc) == [("level", "1200", "亿元"), ("cumulative", "8", "家")]


def test_a_size_class_of_cluster_without_a_name_is_its_scale() -> None:
    doc = extract_document(
        "到2027年,形成千亿级产业集群。打造若干百亿级产业集群,打造千亿级产业集群。"
    )
    assert found(doc) == [("level", "1000", "亿元")]


def test_each_item_of_a_list_before_etc_takes_the_measure() -> None:
    doc = extract_document("到2027年,动力装备、高端化工、食品加工等产业集群规模均超过2000亿元。")
    assert [t.indicator for t in doc.targets] == [
        "动力装备产业集群规模",
        "高端化工产业集群规模",
        "食品加工产业集群规模",
    ]


def test_a_named_tally_after_a_list_marker_is_no_target() -> None:
    doc = extract_document(
        "1.壮大汽车零部件、光电子信息、纺织服装三大支柱产业。到2026年,汽车零部件产业产值突破800亿元。"
    )
    assert found(doc) == [("level", "800", "亿元")]


def test_a_reward_condition_after_an_enumerator_is_no_target() -> None:
    doc = extract_document(
        "三是对年营业收入首次跨越10亿元、50亿元的企业分别给予50万元、100万元奖励。"
    )
    assert doc.targets == ()


def test_a_verb_shared_by_the_measure_does_not_split_the_list() -> None:
    doc = extract_document("到2026年,全市公交车、出租车新增及更新车辆中新能源汽车比例均不低于95%。")
    assert len(doc.targets) == 2
    assert doc.targets[1].indicator.startswith("出租车")


def test_units_before_a_comma_share_the_lead_with_those_sharing_the_duty() -> None:
    doc = extract_document(
        "某市若干措施\n"
        "一、发展目标。力争到2026年,全市新能源汽车整车产量达到15万辆。"
        "(责任单位:市工信局,市财政局、湘潭经开区管委会按职责分工负责)\n"
    )
    assert leads(doc.targets[0]) == ["市工信局", "市财政局", "湘潭经开区管委会"]


def test_a_month_under_a_measures_title_is_its_date_not_its_period() -> None:
    doc = extract_document(
        "湘潭市关于加快新能源汽车产业发展的若干措施\n"
        "(2024年9月)\n"
        "一、发展目标。力争到2026年,全市新能源汽车整车产量达到15万辆。\n"
        "二、引育企业。每年招引零部件项目10个以上。\n"
    )
    assert [t.deadline for t in doc.targets] == [dt.date(2026, 12, 31)] * 2


# -- found by the blind rounds 104-106, after they were scored --------------------------------


def test_a_counted_cluster_of_a_size_class_stays_a_count() -> None:
    doc = extract_document("到2027年,培育形成1个200亿级产业集群。")
    assert found(doc) == [("increment", "1", "个")]


def test_a_half_years_achievements_heading_opens_a_record() -> None:
    doc = extract_document(
        "某开发区2024年上半年工作总结及下半年工作打算\n"
        "一、上半年主要工作成效\n"
        "(一)经济运行稳中向好。上半年,规上工业增加值同比增长9.8%。新签约亿元以上项目28个。\n"
        "二、下半年工作打算\n"
        "确保全年新签约亿元以上项目50个。\n"
    )
    assert found(doc) == [("increment", "50", "个")]


def test_a_column_of_the_plans_targets_for_a_year() -> None:
    doc = extract_document(
        "某市“十四五”制造业规划中期评估报告\n"
        "| 序号 | 指标名称 | 单位 | 2025年规划目标 | 2023年完成值 | 完成进度 |\n"
        "| 1 | 制造业增加值 | 亿元 | 1500 | 1180 | 78.7% |\n"
        "| 2 | 规上工业企业数 | 家 | 2000 | 1786 | 89.3% |\n"
    )
    assert [str(t.value) for t in doc.targets] == ["1500", "2000"]
    assert {t.deadline for t in doc.targets} == {dt.date(2025, 12, 31)}
