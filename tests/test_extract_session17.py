"""Copies from PDFs and web pages, measured by damaging the texts of every earlier
round the way such copies are damaged (lines wrapped at 28 characters as GB/T 9704
sets a page, page numbers between pages, line breaks at random places inside
sentences) and scoring them against their gold, moved with the damage.

Each test reads a short document end to end and failed before the change it names
(checked against the code of the session's start), unless its docstring says it
guards a change of this session.
"""

from __future__ import annotations

from extract_helpers import found, leads, supports
from mfgpolicy.extract import extract_document
from mfgpolicy.text import normalize


def _wrap(paragraphs: list[str], width: int = 28) -> str:
    """Paragraphs set as a PDF sets them, ``width`` Chinese characters a line (an
    ASCII letter or digit takes half a character's width)."""
    lines: list[str] = []
    for p in paragraphs:
        line, used = "", 0
        for ch in p:
            w = 1 if ch.isascii() else 2
            if used + w > 2 * width:
                lines.append(line)
                line, used = "", 0
            line += ch
            used += w
        lines.append(line)
    return "\n".join(lines)


_GOALS = [
    "一、主要目标",
    (
        "到2026年,全市新材料产业总产值突破800亿元,到2028年达到1200亿元、"
        "年均增长12%以上,规上新材料企业突破300家,培育年营业收入超50亿元的"
        "龙头企业5家、国家级专精特新“小巨人”企业30家以上,建成省级创新平台40个。"
    ),
    "二、重点任务",
    (
        "(一)做强硬质材料。到2028年,硬质合金产量达到5万吨,占全球市场份额提升至"
        "25%左右,引进上下游配套企业不少于20家。"
    ),
]


# -- the normaliser ---------------------------------------------------------------------


def test_a_number_wrapped_between_its_digits_is_one_number() -> None:
    text = _wrap(_GOALS)
    assert "到2028年达到120\n0亿元" in text  # the wrap falls inside the number
    doc = extract_document(text)
    assert ("level", "1200", "亿元") in found(doc)
    assert ("level", "0", "亿元") not in found(doc)


def test_a_page_break_inside_a_paragraph_joins_it() -> None:
    # the page's number and the running header sit between the halves of a sentence
    text = _wrap(_GOALS).replace(
        "龙头企业5家、国家级专精特新“小巨人”企",
        "龙头企业5家、国家级专精特新“小巨人”企\n\n— 1 —\n\n某市行动计划",
    )
    text = "某市行动计划\n" + text
    norm = normalize(text).text
    assert "“小巨人”企业30家以上" in norm
    assert "— 1 —" not in norm
    doc = extract_document(text)
    assert ("increment", "30", "家") in found(doc)


def test_a_number_parted_from_its_unit_joins_it_in_an_unwrapped_text() -> None:
    # lines of many widths: not a wrapped text, yet 3000⏎亩 is one quantity
    text = (
        "五、强化要素保障\n"
        "7.优先保障重点产业项目用地需求,全年出让工业用地不少于3000\n"
        "亩。县财政每年安排工业发展专项资金3亿元。\n"
        "8.推动园区提质,到2027年,新建标准厂房80万平方米,老旧厂房改造面积达到40万\n"
        "平方米。\n"
    )
    doc = extract_document(text)
    got = found(doc)
    assert ("level", "3000", "亩") in got
    assert ("level", "40", "万平方米") in got


def test_a_table_cell_of_full_width_is_not_glued_to_the_next_cell() -> None:
    # a one-cell-per-line table in a wrapped text: the target cell is as wide as a
    # line of prose, the unit cell after it is no continuation of it
    prose = _wrap(
        [
            (
                "2026年,全市规上工业增加值增长8.1%,制造业增加值占地区生产总值比重达到"
                "34.2%。2027年,全市规上工业增加值力争增长8.5%,制造业增加值占地区生产"
                "总值比重提高0.5个百分点,工业投资增长10%,技改投资增长12%以上。"
            )
        ]
    )
    cells = [
        "序号",
        "重点任务",
        "目标",
        "牵头单位",
        "配合单位",
        "1",
        "推进现代家居产业提质",
        "家具产业集群产值达到2800亿元左右,新增规上家具企业80家",
        "南康区政府",
        "市工业和信息化局、市商务局",
    ]
    norm = normalize(prose + "\n" + "\n".join(cells)).text
    assert "新增规上家具企业80家\n南康区政府" in norm
    assert "占地区生产总值比重达到34.2%" in norm  # the prose is still joined


def test_a_text_of_one_paragraph_a_line_is_not_read_as_wrapped() -> None:
    """Guards the wrap test of this session (lines of prose only, most lines no
    wider than the wrap): three header lines of one width are no wrap."""
    # three header lines of one width and a table: the title stays apart from the number
    text = (
        "某县人民政府办公室关于印发重点任务分解表的通知\n"
        "某政办〔2024〕31号\n\n"
        "各乡镇人民政府(街道办事处),县直有关单位:\n"
        "为贯彻落实《某县推进先进制造业强县建设三年行动计划》,确保三年行动各项目标任务落到实处,"
        "经县政府同意,现将重点任务分解表印发给你们。到2026年,全县规上工业产值突破1500亿元。\n"
        "某县人民政府办公室\n2024年5月20日\n"
        "序号\t任务名称\t目标\t配合单位\n"
        "1\t规上工业产值\t到2026年,全县规上工业产值突破1500亿元\t各乡镇(街道)\n"
        "2\t石材产业提升\t石材产业产值稳定在300亿元左右\t县石材产业发展中心\n"
    )
    norm = normalize(text).text
    assert "的通知\n某政办" in norm
    assert "办公室\n2024年5月20日" in norm


def test_rows_aligned_by_spaces_are_not_joined() -> None:
    prose = _wrap(
        [
            (
                "到2030年,全市战略性新兴产业产值达到3500亿元,高新技术企业数超过2000家,"
                "每万人口高价值发明专利拥有量达到15件,战略性新兴产业产值占比达到45%。"
            )
        ]
    )
    table = (
        "序号  指标                    单位  2025年  2030年\n"
        "1     战略性新兴产业产值      亿元  2150    3500\n"
        "2     高新技术企业数          家    1380    2000\n"
    )
    norm = normalize(prose + "\n" + table).text
    assert "2030年\n1 " in norm
    assert "3500\n2 " in norm


# -- sentences --------------------------------------------------------------------------


def test_a_line_after_a_semicolon_goes_on_with_its_sentence() -> None:
    # 到2027年 opens the sentence; the rank after the line break is a rank to reach
    doc = extract_document(
        "一、主要目标\n"
        "到2027年,全省规上工业增加值达到100亿元;\n"
        "研发经费支出占比提高0.3个百分点,集群数量居全国第2位。"
    )
    assert found(doc) == [
        ("level", "100", "亿元"),
        ("increment", "0.3", "个百分点"),
        ("level", "2", "名"),
    ]


# -- responsibility ---------------------------------------------------------------------


def test_a_bracketed_block_broken_across_lines_is_read() -> None:
    doc = extract_document(
        "二、2026年目标任务\n"
        "2026年,全县规上工业营业收入达到420亿元,新增规上工业企业50家。(县\n"
        "经信局、县统计局按职责分工负责)\n"
    )
    assert len(doc.targets) == 2
    assert all(leads(t) == ["县经信局", "县统计局"] for t in doc.targets)


def test_a_closing_sentence_broken_across_lines_names_the_units() -> None:
    doc = extract_document(
        "一、发展目标\n"
        "到2026年,全市新能源汽车产量达到20万辆,本地配套率提高到40%。\n"
        "三、保障措施\n"
        "本意见由市工信局牵头组织实施,市发改委、市商务局、市财政局、市自然资源局\n"
        "按职责分工配合落实。\n"
    )
    assert len(doc.targets) == 2
    for t in doc.targets:
        assert leads(t) == ["市工信局"]
        assert supports(t) == ["市发改委", "市商务局", "市财政局", "市自然资源局"]


def test_a_label_line_without_a_stop_ends_its_block() -> None:
    """Guards the joining above: a label line ending without a stop is not run on
    into the heading and task after it."""
    doc = extract_document(
        "【重点任务】\n"
        "01 链主企业培育行动\n"
        "推动链主企业与配套企业协同发展,每年新增规上电池配套企业10家。\n"
        "牵头单位:县经信局;配合单位:县发改局、县市场监管局\n"
        "02 精准招商行动\n"
        "围绕正负极材料、隔膜等环节精准招商,招引亿元以上项目30个。\n"
        "牵头单位:县商务局;配合单位:县经信局\n"
    )
    assert [leads(t) for t in doc.targets] == [["县经信局"], ["县商务局"]]


# -- tables and whole-document responsibility (rounds 92 and 121) -----------------------


def test_a_breakdown_table_by_towns_and_parks_with_a_units_note() -> None:
    # the first column names areas of two sorts; the note gives 亿元 to the investments
    # and 家 to the enterprises; the 其中 column is a measure of its own
    doc = extract_document(
        "二、目标任务分解表\n"
        "(单位:亿元、家)\n"
        "乡镇(街道)、园区\t工业投资\t其中:技改投资\t新增规上工业企业\t备注\n"
        "雉城街道\t30\t18\t10\t\n"
        "长兴经济技术开发区\t110\t62\t40\t含太湖新城\n"
    )
    got = [(t.indicator, str(t.value), t.unit) for t in doc.targets]
    assert ("雉城街道工业投资", "30", "亿元") in got
    assert ("雉城街道技改投资", "18", "亿元") in got
    assert ("长兴经济技术开发区新增规上工业企业", "40", "家") in got
    assert len(got) == 6


def test_a_dated_column_beside_the_same_undated_one_is_the_record() -> None:
    doc = extract_document(
        "序号\t单位\t规上工业总产值(亿元)\t新增规上企业(家)\t2024年规上工业总产值(亿元)\n"
        "1\t武原街道\t310\t10\t291.6\n"
    )
    assert [(str(t.value), t.unit) for t in doc.targets] == [("310", "亿元"), ("10", "家")]


def test_a_plan_led_by_a_bureau_in_its_preamble_assigns_every_target() -> None:
    doc = extract_document(
        "为推动工业经济稳进提质,现将2026年工业经济主要指标分解如下。本方案由市经信局牵头"
        "组织实施,市统计局、市发改委配合,各县(市、区)人民政府负责本地区指标落实。\n"
        "一、全市目标\n"
        "2026年,全市规上工业增加值增长8%,新增规上工业企业160家。\n"
        "二、指标分解表\n"
        "指标名称\t单位\t全市\t柯城区\t衢江区\n"
        "新增规上工业企业\t家\t160\t25\t30\n"
    )
    assert len(doc.targets) == 5
    assert all(leads(t) == ["市经信局"] for t in doc.targets)
    assert supports(doc.targets[0]) == ["市统计局", "市发改委"]
    assert doc.targets[0].responsibility.accountable == ("各县(市、区)人民政府",)


def test_a_project_roster_copied_one_cell_per_line_keeps_its_columns() -> None:
    # 35 and 12 are the project's figures, not serial numbers; what it builds is no target
    doc = extract_document(
        "二、重点项目推进计划表\n"
        "(单位:亿元)\n"
        "序号\n项目名称\n建设内容\n总投资\n2025年计划投资\n责任单位\n"
        "1\n美的智能家电产业园项目\n新建智能化生产线20条,建成后年产值50亿元\n35\n12\n"
        "北滘镇人民政府、区经济促进局\n"
        "2\n碧桂园机器人谷二期项目\n建设机器人研发中试基地,占地120亩\n28\n9.5\n区经济促进局\n"
    )
    assert doc.targets == ()


# -- after the blind rounds 117-119 ------------------------------------------------------


def test_aims_after_a_lead_in_clause_follow_a_sentence_of_record() -> None:
    doc = extract_document(
        "醴陵市制造业高质量发展实施方案(2025—2027年)\n"
        "一、发展目标\n"
        "2024年,全市规模工业总产值达到1180亿元,同比增长7.5%。围绕陶瓷、烟花爆竹两大传统"
        "优势产业和先进陶瓷、电子信息等新兴产业,力争到2027年,全市规模工业总产值突破1500亿元,"
        "规模工业企业数量达到900家。\n"
    )
    assert found(doc) == [("level", "1500", "亿元"), ("level", "900", "家")]


def test_a_block_that_names_the_tasks_before_its_lead_gives_the_lead_alone() -> None:
    doc = extract_document(
        "二、重点任务\n新增百亿级企业2家、十亿级企业10家。(以上任务由经发局牵头,科技局配合,下同)\n"
    )
    assert [leads(t) for t in doc.targets] == [["经发局"], ["经发局"]]
    assert supports(doc.targets[0]) == ["科技局"]
