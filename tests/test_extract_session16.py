"""Extraction rounds 109-111, 115 and 116 (development zones, county speciality
industries, target decomposition, "十五五" indicator tables, harsh copies) and what
review of earlier rounds left.

Each test reads a short document end to end and failed before the change it names
(checked against the code of the session's start), unless its docstring says it
guards a change of this session.
"""

from __future__ import annotations

from extract_helpers import found, leads, supports
from mfgpolicy.extract import extract_document

# -- sentences --------------------------------------------------------------------------


def test_items_of_one_character_sharing_a_noun_stay_one_indicator() -> None:
    # 水、电、气保障率: the shared noun's start cannot be told (网络保障率, 水泥产量), so
    # the list is one indicator; before, 电 was dropped and two targets came out
    doc = extract_document("到2027年,园区水、电、气、网络保障率均达到100%。")
    assert found(doc) == [("level", "100", "%")]
    assert doc.targets[0].indicator == "园区水、电、气、网络保障率"


def test_an_amount_per_mu_written_before_the_number_takes_the_per_unit() -> None:
    doc = extract_document(
        "到2026年,单位土地工业增加值达到每亩150万元,人均产值达到每人120万元以上。"
    )
    got = [(t.indicator, t.comparator.value, str(t.value), t.unit) for t in doc.targets]
    assert got == [
        ("单位土地工业增加值", "ge", "150", "万元/亩"),
        ("人均产值", "ge", "120", "万元/人"),
    ]


def test_a_weight_in_brackets_beside_a_target_leaves_the_target() -> None:
    doc = extract_document("工业投资增长10%(权重10分),规上工业企业新增30家(权重5分)。")
    assert found(doc) == [("growth_rate", "10", "%"), ("increment", "30", "家")]


def test_a_scoring_rule_stays_out() -> None:
    """Guard: the bracket rule above must not let a weight itself through."""
    doc = extract_document("考核指标分为主要指标(权重70%)和约束性指标(权重30%)。")
    assert doc.targets == ()


def test_a_quarters_share_of_the_years_goal_is_named_as_such() -> None:
    doc = extract_document(
        "某县2026年稳增长工作方案\n一、主要目标\n一季度完成全年目标的25%,上半年完成50%以上。\n"
    )
    got = [(t.indicator, str(t.value), t.deadline.isoformat()) for t in doc.targets]
    assert got == [
        ("全年目标完成进度", "25", "2026-03-31"),
        ("全年目标完成进度", "50", "2026-06-30"),
    ]


def test_a_value_naming_the_goal_is_the_level_not_a_count_of_goals() -> None:
    # 围绕…突破100万辆目标: the value names a goal; before, 万辆 read as a count of new
    # things (increment) and 1000亿元目标 was dropped as an amount qualifying a noun
    doc = extract_document(
        "各县市区要围绕全市新能源汽车产量突破100万辆目标,逐级分解任务。"
        "围绕全市工业总产值突破1000亿元的目标,加快推进。"
    )
    got = [(t.kind.value, t.indicator, str(t.value), t.unit) for t in doc.targets]
    assert got == [
        ("level", "全市新能源汽车产量", "100", "万辆"),
        ("level", "全市工业总产值", "1000", "亿元"),
    ]


def test_the_size_of_a_fund_just_named_is_no_target() -> None:
    doc = extract_document("县财政设立工业发展引导基金,规模10亿元。到2027年,产业规模达到500亿元。")
    assert found(doc) == [("level", "500", "亿元")]


def test_a_growth_shared_by_a_tallied_list_of_industries_gives_one_target_each() -> None:
    doc = extract_document("到2030年,特色纺织、精密机械两大特色产业产值年均增长8%。")
    got = [(t.kind.value, t.indicator, str(t.value)) for t in doc.targets]
    assert got == [
        ("growth_rate", "特色纺织产业产值", "8"),
        ("growth_rate", "精密机械产业产值", "8"),
    ]


def test_an_entry_threshold_and_a_land_price_are_rules_not_aims() -> None:
    doc = extract_document(
        "严格执行入园门槛,新入园工业项目投资强度不低于350万元/亩、容积率不低于1.2。"
        "三年盘活存量低效用地1500亩,工业用地容积率平均达到1.5以上。"
        "新落户项目土地出让价格按省定最低价标准执行,每亩不低于19.2万元。"
        "单个园区用地面积原则上不低于30亩,容积率不低于2.0。"
    )
    got = [(t.kind.value, t.indicator, str(t.value), t.unit) for t in doc.targets]
    assert got == [
        ("increment", "盘活存量低效用地", "1500", "亩"),
        ("level", "工业用地容积率", "1.5", None),
    ]


def test_thresholds_listed_with_fenbie_share_the_counted_noun_and_its_verb() -> None:
    doc = extract_document("两年内签约5亿元以上、10亿元以上项目分别达到40个、5个。")
    got = [(t.kind.value, t.indicator, str(t.value), t.unit) for t in doc.targets]
    assert got == [
        ("increment", "签约5亿元以上项目", "40", "个"),
        ("increment", "签约10亿元以上项目", "5", "个"),
    ]


def test_a_scale_class_of_a_named_cluster_is_its_scale() -> None:
    doc = extract_document("到2028年,形成500亿级产业规模的新材料产业集群。")
    assert found(doc) == [("level", "500", "亿元")]


def test_yue_ending_a_word_is_not_about() -> None:
    doc = extract_document("全年签约40个,签约项目约10个。")
    assert [(t.comparator.value, t.indicator) for t in doc.targets] == [
        ("eq", "签约"),
        ("approx", "签约项目"),
    ]


def test_a_rate_shared_by_a_list_ending_in_deng_gives_one_target_each() -> None:
    doc = extract_document("电动工具、杯壶、门业等重点行业规上企业智能化改造覆盖率均达到90%。")
    assert [t.indicator for t in doc.targets] == [
        "电动工具行业规上企业智能化改造覆盖率",
        "杯壶行业规上企业智能化改造覆盖率",
        "门业行业规上企业智能化改造覆盖率",
    ]


def test_a_rank_within_a_product_class_and_trains_run_are_targets() -> None:
    doc = extract_document(
        "到2025年,“南康家具”区域品牌价值保持全国家具类第一位;"
        "全年开行家具专列不少于100列,更新数控磨床等关键设备3000台(套)。"
    )
    got = [(t.kind.value, t.comparator.value, str(t.value), t.unit) for t in doc.targets]
    assert got == [
        ("level", "le", "1", "名"),
        ("increment", "ge", "100", "列"),
        ("increment", "eq", "3000", "台"),
    ]


# -- tables -----------------------------------------------------------------------------


def test_a_target_cell_with_a_bare_verb_takes_the_rows_name() -> None:
    doc = extract_document(
        "某区2025年度目标任务分解表\n"
        "序号|重点任务|目标|牵头单位|配合单位\n"
        "1|规上工业总产值|完成480亿元,增长10%|经发局|统计局\n"
        "2|招商引资到位资金|不低于150亿元|招商局|经发局\n"
    )
    assert [t.indicator for t in doc.targets] == [
        "规上工业总产值",
        "规上工业总产值增长",
        "招商引资到位资金",
    ]


def test_a_short_titled_appendix_table_after_the_last_task_is_an_appendix() -> None:
    doc = extract_document(
        "某开发区行动计划(2025—2028年)\n"
        "一、招商局牵头工作\n1.每年招引亿元以上项目30个以上。\n"
        "二、规建局牵头工作\n2.新建标准厂房80万平方米。\n"
        "附表 主要指标\n指标\t2024年\t2028年\n规上工业企业(家)\t280\t400\n"
    )
    assert [(t.unit, leads(t)) for t in doc.targets] == [
        ("个", ["招商局"]),
        ("万平方米", ["规建局"]),
        ("家", []),
    ]


def test_a_bracketed_total_of_a_counted_stock_is_what_the_period_adds() -> None:
    doc = extract_document(
        "某县“十五五”规划\n"
        "序号\t指标名称\t单位\t2025年(基期)\t2030年(目标)\t年均增速/累计\t属性\n"
        "1\t规上工业企业数\t家\t318\t468\t[150]\t预期性\n"
        "2\t实际使用外资\t亿美元\t—\t—\t[30]\t预期性\n"
    )
    assert found(doc) == [
        ("level", "468", "家"),
        ("increment", "150", "家"),
        ("cumulative", "30", "亿美元"),
    ]


# -- responsibility ---------------------------------------------------------------------


def test_the_first_is_lead_rule_broken_across_lines_still_rules_every_list() -> None:
    doc = extract_document(
        "某市战略性新兴产业规划\n三、重点任务\n"
        "(一)集成电路。到2030年集成电路产业产值突破300亿元。(责任单位:市工信局、市发改委,列第一位\n"
        "的为牵头单位,下同)\n"
        "(二)新能源。新增光伏组件产能10GW。(责任单位:市发改委、市工信局、市投资促进局)\n"
    )
    assert [(leads(t), supports(t)) for t in doc.targets] == [
        (["市工信局"], ["市发改委"]),
        (["市发改委"], ["市工信局", "市投资促进局"]),
    ]


def test_a_cell_of_two_values_is_read_as_a_sentence_under_its_rows_name() -> None:
    # 指标(任务) names the indicator column; a cell with a 其中 part is left to the
    # sentence reader, its row's name before it and its row's units responsible
    doc = extract_document(
        "某县2026年工业经济目标任务责任清单\n"
        "序号\t指标(任务)\t2026年目标\t责任单位\n"
        "1\t规上工业增加值增速\t10%\t县经信局、县统计局\n"
        "2\t工业投资\t增长18%,其中制造业投资增长20%\t县发改委、县经信局\n"
        "3\t盘活闲置厂房\t10万平方米\t县自然资源局\n"
        "4\t国家级制造业单项冠军企业\t零突破\t县经信局\n"
    )
    got = [(t.kind.value, str(t.value), t.unit, leads(t)) for t in doc.targets]
    assert got == [
        ("growth_rate", "10", "%", ["县经信局", "县统计局"]),
        ("growth_rate", "18", "%", ["县发改委", "县经信局"]),
        ("growth_rate", "20", "%", ["县发改委", "县经信局"]),
        ("increment", "10", "万平方米", ["县自然资源局"]),
        ("level", "1", "家", ["县经信局"]),
    ]
    assert doc.targets[1].indicator == "工业投资增长"


def test_a_table_of_named_projects_with_their_main_aims_is_a_task_table() -> None:
    doc = extract_document(
        "某区制造业行动方案\n二、重点工程\n"
        "序号\t工程名称\t主要目标\t牵头单位\t责任单位\n"
        "1\t龙头企业培育工程\t每年新增开票销售超50亿元企业2—3家\t区工信局\t区科技局、区商务局\n"
    )
    assert [(leads(t), supports(t)) for t in doc.targets] == [
        (["区工信局"], ["区科技局", "区商务局"])
    ]


# -- from blind rounds 112-114 (scored once, then mended) --------------------------------


def test_a_half_width_stop_before_a_year_ends_the_record_sentence() -> None:
    doc = extract_document(
        "某区2025年技改工作要点\n"
        "2024年,全区完成技改投资96.5亿元,同比增长14.3%.2025年技改工作的主要目标是:"
        "全区技改投资增长15%,更新改造生产设备1.2万台套。\n"
    )
    assert found(doc) == [("growth_rate", "15", "%"), ("increment", "1.2", "万台套")]


def test_the_terms_of_an_application_section_are_not_aims() -> None:
    doc = extract_document(
        "某开发区首台(套)推广方案\n一、工作目标\n到2027年,新增首台(套)产品30个。\n"
        "二、申报条件\n申报企业上年度营业收入不低于2000万元,研发投入占营业收入比重不低于3%。\n"
    )
    assert found(doc) == [("increment", "30", "个")]


def test_stock_held_roster_tally_and_a_brand_value_in_hundreds_of_millions() -> None:
    doc = extract_document(
        "全区列入年度计划的重点工业项目共32个。入库企业保持在500家左右。"
        "到2027年,“于都服装”区域品牌价值突破百亿元。"
    )
    assert found(doc) == [("level", "500", "家"), ("level", "100", "亿元")]


def test_a_nil_breakthrough_part_counts_as_its_whole_does() -> None:
    doc = extract_document("省级以上工业设计中心达到25家,其中国家级工业设计中心实现零突破。")
    assert found(doc) == [("level", "25", "家"), ("level", "1", "家")]


def test_jun_before_a_base_year_still_spreads_the_value_and_a_list_shares_its_verb() -> None:
    doc = extract_document(
        "单位工业增加值能耗、单位工业增加值二氧化碳排放均比2023年下降10%以上。"
        "新培育国家级专精特新“小巨人”企业3家、省级专精特新中小企业不少于40家。"
        "稀土新材料及应用产业营业收入突破1000亿元。"
    )
    assert found(doc) == [
        ("reduction", "10", "%"),
        ("reduction", "10", "%"),
        ("increment", "3", "家"),
        ("increment", "40", "家"),
        ("level", "1000", "亿元"),
    ]


def test_a_pipe_row_broken_inside_a_cell_and_across_a_page_keeps_its_units() -> None:
    doc = extract_document(
        "某区2027年制造业重点任务清单\n"
        "序号|重点任务|目标|牵头单位|责任单位\n"
        "1|推进技术改造|实施技改项目120个;6月底前技改项目\n开工率达到60%|区工信局|区发改局\n"
        "\n— 2 —\n\n"
        "2|加快数字化转型|新增智能工厂12家|区工信局|区大数据局、各电信运营企业\n"
    )
    assert [(str(t.value), leads(t), supports(t)) for t in doc.targets] == [
        ("120", ["区工信局"], ["区发改局"]),
        ("60", ["区工信局"], ["区发改局"]),
        ("12", ["区工信局"], ["区大数据局", "各电信运营企业"]),
    ]
