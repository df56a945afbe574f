"""Extraction rounds 71-77: the cases they taught, each read end to end.

Every test here failed before the change it names (checked by running it against
the code without that change).
"""

from __future__ import annotations

import datetime as dt

from mfgpolicy.extract import extract_document
from mfgpolicy.model import PolicyDocument, Target


def rows(doc: PolicyDocument) -> list[tuple[str, str, str | None, str, str | None]]:
    return [
        (
            t.indicator,
            str(t.value),
            t.unit,
            t.kind.value,
            t.deadline.isoformat() if t.deadline else None,
        )
        for t in doc.targets
    ]


def leads(t: Target) -> list[str]:
    return [u.as_written for u in t.responsibility.lead]


def supports(t: Target) -> list[str]:
    return [u.as_written for u in t.responsibility.support]


def test_years_listed_before_fenbie_pair_with_the_values() -> None:
    doc = extract_document(
        "某市腾笼换鸟方案(2024—2026年)\n一、目标\n"
        "2024年底前腾出低效工业用地1000亩(2025年、2026年分别腾出1200亩、800亩)。\n"
        "到2025年和2030年,全市工业增加值分别达到1200亿元、1800亿元。"
    )
    got = [(str(t.value), t.deadline) for t in doc.targets]
    assert got == [
        ("1000", dt.date(2024, 12, 31)),
        ("1200", dt.date(2025, 12, 31)),
        ("800", dt.date(2026, 12, 31)),
        ("1200", dt.date(2025, 12, 31)),
        ("1800", dt.date(2030, 12, 31)),
    ]
    assert doc.targets[1].indicator == "腾出低效工业用地"


def test_bracketed_deadline_after_a_target_dates_it_and_no_other() -> None:
    doc = extract_document(
        "某市工业上楼方案(2024—2026年)\n一、任务\n"
        "到2026年,建成“工业上楼”示范项目3个(2025年6月底前完成),累计建成10个以上。"
    )
    assert [(str(t.value), t.deadline) for t in doc.targets] == [
        ("3", dt.date(2025, 6, 30)),
        ("10", dt.date(2026, 12, 31)),
    ]


def test_a_later_year_only_date_overrides_an_earlier_month_in_the_sentence() -> None:
    doc = extract_document(
        "某市2024年工作要点\n"
        "2024年9月30日前完成低效工业用地摸底建档;2024年底前腾出低效工业用地1000亩。"
    )
    assert [t.deadline for t in doc.targets] == [dt.date(2024, 12, 31)]


def test_listed_units_sharing_the_work_all_lead_and_xiatong_after_a_full_stop() -> None:
    doc = extract_document(
        "某市亩均评价方案(2024—2026年)\n二、任务\n"
        "(一)开展评价。评价覆盖面达到100%(责任单位:市经信局、市税务局,按职责分工负责)。\n"
        "(二)盘活用地。腾出低效工业用地1000亩。(牵头单位:市自然资源规划局;"
        "配合单位:市经信局、各镇街。下同)\n"
        "(三)集约利用。新出让工业用地容积率不低于2.0。"
    )
    t1, t2, t3 = doc.targets
    assert (leads(t1), supports(t1)) == (["市经信局", "市税务局"], [])
    assert (leads(t2), supports(t2)) == (["市自然资源规划局"], ["市经信局", "各镇街"])
    assert (leads(t3), supports(t3)) == (["市自然资源规划局"], ["市经信局", "各镇街"])


def test_assessment_table_with_scoring_rules_and_a_section_column() -> None:
    doc = extract_document(
        "某经开区2024年度目标责任考核办法\n"
        "|序号|指标名称|单位|目标值|分值|评分标准|责任科室|\n"
        "|1|规上工业总产值|亿元|1150|15|完成目标得满分,每低1个百分点扣1分|经济发展局|\n"
        "|2|新签约亿元以上项目|个|30|12|每少1个扣0.5分|投资促进局|\n"
        "|3|高新技术企业净增数|家|20|8|完成得满分|科技创新局|\n"
        "考核结果分为优秀、良好、合格、不合格四个等次,优秀比例不超过30%。"
    )
    got = [(t.indicator, str(t.value), t.unit, t.kind.value, leads(t)) for t in doc.targets]
    assert got == [
        ("规上工业总产值", "1150", "亿元", "level", ["经济发展局"]),
        ("新签约亿元以上项目", "30", "个", "increment", ["投资促进局"]),
        ("高新技术企业净增数", "20", "家", "increment", ["科技创新局"]),
    ]


def test_area_table_one_cell_per_line_takes_units_from_the_note_above() -> None:
    doc = extract_document(
        "某县2025年度园区目标任务\n附件\n2025年度各园区主要经济指标目标任务分解表\n单位:亿元、家\n"
        "园区\n规上工业总产值\n新增规上工业企业\n"
        "县经济开发区\n560\n12\n城东工业园\n185\n6\n合计\n745\n18\n"
    )
    assert rows(doc) == [
        ("县经济开发区规上工业总产值", "560", "亿元", "level", "2025-12-31"),
        ("县经济开发区新增规上工业企业", "12", "家", "increment", "2025-12-31"),
        ("城东工业园规上工业总产值", "185", "亿元", "level", "2025-12-31"),
        ("城东工业园新增规上工业企业", "6", "家", "increment", "2025-12-31"),
        ("规上工业总产值", "745", "亿元", "level", "2025-12-31"),
        ("新增规上工业企业", "18", "家", "increment", "2025-12-31"),
    ]


def test_aligned_table_keeps_the_gap_after_a_serial_before_a_unit_word() -> None:
    doc = extract_document(
        "某经开区2026年度考核细则\n"
        "序号  考核指标                      2026年目标    分值  牵头部门        配合部门\n"
        "1     规上工业总产值增速            ≥9%           15    经济发展局      统计分局\n"
        "2     亿元以上项目签约              40个以上      15    招商服务中心    各产业招商专班\n"
        "3     诊断服务覆盖面                全覆盖        5     经济发展局      数据局\n"
    )
    got = [
        (t.indicator, str(t.value), t.unit, t.kind.value, t.comparator.value) for t in doc.targets
    ]
    assert got == [
        ("规上工业总产值增速", "9", "%", "growth_rate", "ge"),
        ("亿元以上项目签约", "40", "个", "increment", "ge"),
        ("诊断服务覆盖面", "100", "%", "level", "ge"),
    ]


def test_revised_targets_replace_the_original_values() -> None:
    doc = extract_document(
        "某市规划中期评估报告\n三、目标调整\n"
        "规上工业总产值目标由原定到2025年突破2万亿元调整为1.85万亿元以上。"
        "营业收入目标5800亿元(原目标5600亿元),新增企业100家。\n"
        "指标名称|单位|原目标(2025年)|调整后目标(2025年)|完成情况(2022年)\n"
        "高新技术产业产值占比|%|50|53|49.6\n"
    )
    assert [str(t.value) for t in doc.targets] == ["1.85", "5800", "100", "53"]


def test_noisy_copies_grouped_numbers_footnotes_and_units_in_words() -> None:
    doc = extract_document(
        "某市2025年工作要点\n"
        "规上工业增加值增长7.5%左右①;重点产业链营业收入突破 6,000亿元;"
        "新能源汽车产业产值突破 1000 亿元人民币;规上工业亩均税收提高到35万元每亩。"
    )
    got = [(str(t.value), t.unit, t.comparator.value) for t in doc.targets]
    assert got == [
        ("7.5", "%", "approx"),
        ("6000", "亿元", "gt"),
        ("1000", "亿元", "gt"),
        ("35", "万元/亩", "ge"),
    ]


def test_a_task_table_value_cell_reads_with_its_task() -> None:
    doc = extract_document(
        "某县2024年度重点工作目标任务分解表\n"
        "序号\t重点工作\t目标任务\t牵头单位\t配合单位\n"
        "1\t新签约亿元以上工业项目\t80个\t县投资促进中心\t县自然资源局\n"
        "2\t新增规上工业企业\t80家以上\t县经信局\t县统计局\n"
    )
    got = [(str(t.value), t.kind.value, leads(t)) for t in doc.targets]
    assert got == [
        ("80", "increment", ["县投资促进中心"]),
        ("80", "increment", ["县经信局"]),
    ]


def test_a_review_paragraph_opening_with_yi_nian_lai_is_the_record() -> None:
    doc = extract_document(
        "某县2024年政府工作报告\n"
        "一年来,我们咬定工业立县不放松。新增规上工业企业87家,总数达到812家。\n"
        "2024年,确保规上工业增加值增长10%以上。"
    )
    assert [str(t.value) for t in doc.targets] == ["10"]


def test_a_time_lead_before_the_verb_lets_a_count_in_words_through() -> None:
    doc = extract_document(
        "某区三年行动方案(2024—2026年)\n"
        "三年内招引落地5亿元以上制造业项目十个,其中10亿元以上项目不少于四个。"
        "三年累计新增专精特新中小企业三百家。"
    )
    assert [(str(t.value), t.kind.value) for t in doc.targets] == [
        ("10", "increment"),
        ("4", "increment"),
        ("300", "increment"),  # 累计新增: the additions over three years (TARGETS.md)
    ]


def test_places_sharing_a_part_with_ge_each_name_the_whole() -> None:
    doc = extract_document(
        "某市方案(2024—2026年)\n每年入库企业不少于400家,其中,龙游县、江山市各不少于80家。"
    )
    assert [t.indicator for t in doc.targets] == ["入库企业", "龙游县入库企业", "江山市入库企业"]


def test_a_period_column_of_a_breakdown_holds_cumulative_parts() -> None:
    doc = extract_document(
        "某县攻坚行动方案(2024—2026年)\n整治任务按乡镇(街道)分解如下:\n"
        "乡镇(街道)\n2024—2026年整治任务(亩)\n雉城街道\n1500\n和平镇\n2000—2200\n泗安镇\n3000以上\n"
    )
    got = [(str(t.value), t.kind.value, t.comparator.value) for t in doc.targets]
    assert got == [
        ("1500", "cumulative", "eq"),
        ("2000", "cumulative", "between"),
        (
            "3000",
            "cumulative",
            "ge",
        ),
    ]


def test_an_area_measure_before_its_comparator_is_a_level() -> None:
    doc = extract_document("某市2026年开发区发展目标:低效用地处置面积不少于3000亩。")
    assert [(str(t.value), t.kind.value) for t in doc.targets] == [("3000", "level")]
