"""Extraction rounds 84-90: the cases they taught, each read end to end.

Every test here failed before the change it names (checked by running it against
the code of the session's start), except two that guard regressions changes of this
session caused and mended: a campaign's name (三年倍增行动) is no deadline, and a
deadline cell in words (按节点完成) is no part of the aim before it.
"""

from __future__ import annotations

import datetime as dt

from mfgpolicy.extract import extract_document
from mfgpolicy.model import Comparator, DeadlineBasis, PolicyDocument, Target, TargetKind


def found(doc: PolicyDocument) -> list[tuple[str, str | None, str | None]]:
    return [
        (t.kind.value, str(t.value) if t.value is not None else None, t.unit) for t in doc.targets
    ]


def leads(t: Target) -> list[str]:
    return [u.as_written for u in t.responsibility.lead]


def by_value(doc: PolicyDocument) -> dict[str, Target]:
    return {str(t.value): t for t in doc.targets}


# -- sections and history ---------------------------------------------------------------


def test_a_section_of_status_and_goals_keeps_its_goals() -> None:
    doc = extract_document(
        "某市陶瓷产业三年行动计划(2024—2026年)\n"
        "一、现状与目标\n"
        "2023年,全市陶瓷产量约25亿件,规上陶瓷企业46家。\n"
        "(二)发展目标\n"
        "到2026年,全市陶瓷产业总产值达到300亿元;规上陶瓷企业达到60家。\n"
    )
    assert found(doc) == [("level", "300", "亿元"), ("level", "60", "家")]


def test_a_sentence_opening_on_the_past_year_is_a_record() -> None:
    doc = extract_document(
        "同志们:\n刚才,我们表彰了先进企业。过去一年,全县完成规上工业产值486.3亿元,"
        "增长9.2%;新增规上工业企业41家。今年要新增规上工业企业50家。\n"
    )
    assert found(doc) == [("increment", "50", "家")]


# -- speeches and work reports ----------------------------------------------------------


SPEECH = (
    "在全县工业经济工作会议上的讲话\n"
    "(2025年2月10日)\n"
    "县长  林建国\n\n"
    "一、锚定目标\n"
    "今年全县规上工业产值增长8%,力争用三年时间实现全县高新技术企业数量翻一番;"
    "全力推动企业上市。\n"
    "二、抓好项目\n"
    "新开工亿元以上工业项目二十个以上,竣工投产十二个。\n"
)


def test_a_speech_is_dated_by_the_line_under_its_title() -> None:
    doc = extract_document(SPEECH)
    assert doc.title == "在全县工业经济工作会议上的讲话"
    assert doc.issued == dt.date(2025, 2, 10)
    assert (doc.horizon_start, doc.horizon_end) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def test_a_speech_aims_at_its_year_and_beyond_when_it_says_so() -> None:
    doc = extract_document(SPEECH)
    t = by_value(doc)
    assert t["8"].deadline == dt.date(2025, 12, 31)
    # 用三年时间…翻一番 said in 2025: 2027, past the speech's own year
    assert t["2"].deadline == dt.date(2027, 12, 31)
    assert t["2"].deadline_basis is DeadlineBasis.RELATIVE
    # every undated aim of the speech is due in its year, not in some later goal year
    assert t["12"].deadline == dt.date(2025, 12, 31)


def test_a_campaign_named_for_three_years_sets_no_deadline() -> None:
    doc = extract_document(
        "某市2023年工作要点\n开展高新技术企业三年倍增行动,力争省市级科技人才团队突破35个。\n"
    )
    assert [t.deadline for t in doc.targets] == [dt.date(2023, 12, 31)]


def test_this_year_after_a_later_goal_year_in_a_speech() -> None:
    doc = extract_document(
        "在2026年全区经济工作会议上的讲话\n(2026年2月20日,根据录音整理)\n"
        "第二,主体要强起来。到2030年规上工业企业总数突破1500家;"
        "今年新增营收超10亿元企业3—5家,培育链主企业两家。\n"
    )
    assert [t.deadline.year if t.deadline else None for t in doc.targets] == [2030, 2026, 2026]


def test_a_work_report_delivered_at_a_congress_is_dated() -> None:
    doc = extract_document(
        "临江市2024年政府工作报告(摘编)\n"
        "——2024年1月18日在临江市第十七届人民代表大会第四次会议上\n"
        "今年全市规上工业增加值增长7%左右。\n"
    )
    assert doc.title == "临江市2024年政府工作报告(摘编)"
    assert doc.issued == dt.date(2024, 1, 18)


# -- not targets ------------------------------------------------------------------------


def test_grading_quotas_class_definitions_entry_rules_and_grants_are_no_targets() -> None:
    doc = extract_document(
        "某县亩均效益综合评价实施方案\n"
        "二、工作目标\n"
        "到2025年底,全县规上工业亩均税收达到32万元/亩以上,D类企业(亩均税收1万元/亩以下)"
        "数量比上年减少20%以上。\n"
        "三、评价办法\n"
        "按综合得分将企业分为四类,其中A类不超过参评企业数的20%,D类不低于5%。\n"
        "新出让工业用地的控制性指标为:投资强度不低于300万元/亩,容积率不低于1.2。\n"
        "对评价排名前三的园区,在年度用地指标分配中各增加50亩。\n"
    )
    assert found(doc) == [("level", "32", "万元/亩"), ("reduction", "20", "%")]


def test_a_rank_before_the_firms_it_picks_out_is_no_target() -> None:
    doc = extract_document(
        "四是强化运行监测。市工信局要对全市前100强工业企业实行“一企一策”,每周调度。"
        "力争进入全国化工园区前30强。\n"
    )
    assert [(t.indicator, str(t.value)) for t in doc.targets] == [("全国化工园区排名", "30")]


# -- kinds, comparators and units -------------------------------------------------------


def test_fenbie_after_a_base_year_pairs_each_metric_with_its_cut() -> None:
    doc = extract_document(
        "到2027年,单位工业增加值能耗、单位工业增加值二氧化碳排放分别比2023年下降13%、15%。"
    )
    assert [(t.indicator, t.kind, str(t.value)) for t in doc.targets] == [
        ("单位工业增加值能耗", TargetKind.REDUCTION, "13"),
        ("单位工业增加值二氧化碳排放", TargetKind.REDUCTION, "15"),
    ]


def test_firms_under_cultivation_reaching_a_number_are_a_stock() -> None:
    doc = extract_document("到2027年,培育“小巨人”企业、单项冠军企业分别达到40家、12家。")
    assert found(doc) == [("level", "40", "家"), ("level", "12", "家")]
    doc = extract_document("到2027年,新培育小巨人企业40家。")
    assert found(doc) == [("increment", "40", "家")]


def test_a_rate_per_mu_is_never_new_things() -> None:
    doc = extract_document("全县新增工业项目平均投资强度不低于 320万元/亩。")
    assert found(doc) == [("level", "320", "万元/亩")]


def test_closures_and_commissionings_count_new_events() -> None:
    doc = extract_document(
        "到2026年,三年关闭退出化工企业不少于30家。年底前新投产亿元以上工业项目不少于40个。"
    )
    assert found(doc) == [("increment", "30", "家"), ("increment", "40", "个")]


def test_lengths_durations_intensities_and_latin_units_before_a_spaced_suffix() -> None:
    doc = extract_document(
        "印染产能控制在 130 亿米以内;动力及储能电池产能达到 300GWh 以上;"
        "新开工项目平均开工周期压缩到90天以内;单位工业增加值能耗控制在0.85吨标准煤/万元以内。"
    )
    assert [(str(t.value), t.unit, t.comparator) for t in doc.targets] == [
        ("130", "亿米", Comparator.LE),
        ("300", "GWh", Comparator.GE),
        ("90", "天", Comparator.LE),
        ("0.85", "吨标准煤/万元", Comparator.LE),
    ]


def test_rising_back_to_a_rate_is_a_floor() -> None:
    doc = extract_document("11月底前累计增速回升至6.9%。")
    assert [(t.indicator, t.comparator) for t in doc.targets] == [("增速", Comparator.GE)]


def test_no_accident_at_all_is_a_zero_target() -> None:
    doc = extract_document("确保化工行业较大以上生产安全事故零发生。")
    t = doc.targets[0]
    assert (t.indicator, str(t.value), t.unit, t.comparator) == (
        "化工行业较大以上生产安全事故",
        "0",
        None,
        Comparator.EQ,
    )


def test_a_zero_breakthrough_counts_the_thing_named_in_the_clause_before() -> None:
    doc = extract_document("争创国家级绿色工厂,实现零突破。")
    assert [(t.indicator, t.unit) for t in doc.targets] == [("国家级绿色工厂", "家")]


def test_a_verb_borrowing_the_noun_before_leaves_its_count_behind() -> None:
    doc = extract_document("新开工工业项目二十个,竣工投产十二个。")
    assert [t.indicator for t in doc.targets] == ["新开工工业项目", "竣工投产工业项目"]


def test_each_years_share_of_a_period_total_is_due_that_year() -> None:
    doc = extract_document(
        "工业性投资三年累计完成80亿元,分年度为2024年25亿元、2025年27亿元、2026年28亿元。"
    )
    got = [(t.kind.value, str(t.value), t.deadline) for t in doc.targets]
    assert got == [
        ("cumulative", "80", None),
        ("level", "25", dt.date(2024, 12, 31)),
        ("level", "27", dt.date(2025, 12, 31)),
        ("level", "28", dt.date(2026, 12, 31)),
    ]
    assert all(t.indicator == "工业性投资" for t in doc.targets)


# -- tables -----------------------------------------------------------------------------


def test_year_columns_after_a_tagged_baseline_are_all_targets() -> None:
    doc = extract_document(
        "附件\n江州市制造业主要指标\n"
        "| 序号 | 指标 | 单位 | 2023年基期值 | 2025年 | 2027年 |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | 规上工业增加值 | 亿元 | 1240 | 1450 | 1650 |\n"
    )
    assert [(str(t.value), t.deadline) for t in doc.targets] == [
        ("1450", dt.date(2025, 12, 31)),
        ("1650", dt.date(2027, 12, 31)),
    ]


def test_a_tables_own_period_makes_its_first_year_a_target() -> None:
    doc = extract_document(
        "附件\n梧川高新区工业高质量发展主要指标(2024—2026年)\n"
        "序号\n指标\n2024年\n2025年\n2026年\n责任单位\n"
        "1\n规上工业总产值(亿元)\n1350\n1500\n1680\n经济发展局\n"
    )
    assert [str(t.value) for t in doc.targets] == ["1350", "1500", "1680"]


def test_columns_named_by_places_hold_each_places_target() -> None:
    doc = extract_document(
        "四、各园区2025年目标\n"
        "指标\t单位\t经开区\t高新区\t临港园区\n"
        "规上工业亩均税收\t万元/亩\t38\t42\t26\n"
    )
    assert [(t.indicator, str(t.value)) for t in doc.targets] == [
        ("经开区规上工业亩均税收", "38"),
        ("高新区规上工业亩均税收", "42"),
        ("临港园区规上工业亩均税收", "26"),
    ]


def test_an_aim_cell_wrapped_over_lines_after_a_short_task_label() -> None:
    doc = extract_document(
        "附件\n某县目标任务分解表\n序号\n重点任务\n目标\n牵头单位\n配合单位\n"
        "1\n工业技改提质\n到2026年累计实施技改项目\n150个,技改投资占工业投资\n比重达到45%\n"
        "县工信局\n县发改局、县财政局\n"
    )
    assert found(doc) == [("cumulative", "150", "个"), ("level", "45", "%")]
    assert all(leads(t) == ["县工信局"] for t in doc.targets)


def test_an_aim_column_beside_a_work_column_and_the_prose_after_the_table() -> None:
    doc = extract_document(
        "重点工作任务分解表\n序号\n重点工作\n目标任务\n牵头科室\n"
        "1\n规上工业企业培育\n新增规上工业企业10家\n经济发展科\n"
        "2\n工业投资\n完成工业投资18亿元\n经济发展科\n"
        "预计全年街道工业开票销售可达110亿元。各科室要抓好落实。\n"
    )
    assert found(doc) == [("increment", "10", "家"), ("level", "18", "亿元")]
    assert all(leads(t) == ["经济发展科"] for t in doc.targets)


# -- responsibility ---------------------------------------------------------------------


def test_a_carry_note_in_brackets_after_the_last_unit() -> None:
    doc = extract_document(
        "(三)抓园区提质。园区亩均税收达到15万元/亩以上。\n"
        "牵头单位:渌口经开区管委会;配合单位:区工信局、区税务局(下同)。\n"
        "(四)抓数字赋能。新增上云企业100家,打造数字化车间5个。\n"
    )
    assert [leads(t) for t in doc.targets] == [["渌口经开区管委会"]] * 3


def test_a_block_closing_bullets_covers_them_across_a_page_footer() -> None:
    doc = extract_document(
        "(二)实施企业梯度培育行动。\n"
        "——每年新增规上工业企业25家以上,到2026年底规模以上工业企业达到260家。\n"
        "——到2026年,省级以上专精特新企业累计达到50家。\n"
        "(责任单位:市工业和信息化局、市统计局,列第一位的为牵头单位)\n\n— 3 —\n\n"
        "(三)实施数字化转型行动。\n"
    )
    assert [leads(t) for t in doc.targets] == [["市工业和信息化局"]] * 3


def test_a_bare_unit_list_before_the_full_stop_with_governments_in_it() -> None:
    doc = extract_document(
        "(一)抓好小升规培育。全年实现小升规企业45家,对首次升规企业给予一次性奖励10万元"
        "(县工信局、县统计局、各乡镇〈街道〉)。\n"
    )
    t = doc.targets[0]
    assert leads(t) == ["县工信局", "县统计局"]
    assert list(t.responsibility.accountable) == ["各乡镇(街道)"]


def test_led_by_opening_an_item_and_units_that_oversee() -> None:
    doc = extract_document(
        "二、责任分工\n"
        "1.招商引资.由招商局牵头,各招商分局配合,确保全年引进亿元以上项目3个以上。\n"
        "2.项目建设.新开工项目30个。\n"
        "(县经信局、县自然资源和规划局按职责分工负责督促指导)\n"
    )
    t = by_value(doc)
    assert leads(t["3"]) == ["招商局"]
    assert [u.as_written for u in t["3"].responsibility.support] == ["各招商分局"]
    assert leads(t["30"]) == ["县经信局", "县自然资源和规划局"]


# -- rounds 91-93 (scored fresh first, then mended) -------------------------------------


def test_a_projects_land_and_a_guiding_fund_are_no_targets() -> None:
    doc = extract_document(
        "推进年产20GWh储能电池项目建设,项目总投资120亿元、用地600亩。"
        "县财政每年安排产业转型升级引导资金1000万元。新增工业用地1000亩。"
    )
    assert found(doc) == [("increment", "1000", "亩")]


def test_a_quoted_list_of_names_tallied_is_no_target() -> None:
    doc = extract_document("做强做优“铝镁新材料、新型化工、绿色食品”三大主导产业。")
    assert doc.targets == ()


def test_a_report_tables_done_and_rate_columns_are_the_record() -> None:
    doc = extract_document(
        "附表:主要指标完成情况\n"
        "指标名称|单位|全年目标值|1—9月完成值|完成率(%)\n"
        "规上工业总产值|亿元|2650|1893.4|71.4\n"
        "新增规上工业企业|家|150|96|64.0\n"
    )
    assert [(str(t.value), t.unit) for t in doc.targets] == [("2650", "亿元"), ("150", "家")]


def test_a_deadline_cell_in_words_closes_the_aim_cell() -> None:
    doc = extract_document(
        "二、重点工作任务分解表\n序号\n工作任务\n目标要求\n完成时限\n牵头单位\n配合单位\n"
        "1\n项目建设\n上半年开工亿元以上项目12个,三季度末竣工投产项目8个\n按节点完成\n"
        "规划建设局\n经济发展局\n"
    )
    assert [str(t.value) for t in doc.targets] == ["12", "8"]
