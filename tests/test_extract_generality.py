"""Generality cases: sentences in the style of Chinese local manufacturing plans.

The first group was written by the reviewer (fresh sentences, no third-party
text); the second group is ours, one block per rule in docs/extraction.md
("Rules of the genre"). Each case: (category, text, expected targets). An
expected target matches a prediction when value, unit (and value_high when
given) agree; its kind, comparator and deadline year must then agree too. An
empty list means that nothing may be extracted.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

import pytest

from mfgpolicy.extract import extract_document
from mfgpolicy.text import to_simplified

Case = tuple[str, str, list[dict[str, Any]]]


def E(
    value: str | None,
    unit: str | None,
    kind: str,
    comparator: str,
    value_high: str | None = None,
    deadline_year: int | None = None,
    indicator: str | None = None,
) -> dict[str, Any]:
    d: dict[str, Any] = {"value": value, "unit": unit, "kind": kind, "comparator": comparator}
    if indicator is not None:
        d["indicator"] = indicator  # the predicted indicator must contain this string
    if value_high is not None:
        d["value_high"] = value_high
    if deadline_year is not None:
        d["deadline_year"] = deadline_year
    return d


REVIEWER_CASES: list[Case] = [
    # --- A. history / 完成情况 passages are not targets ------------------------------
    (
        "A-history",
        "一、2023年1-10月工业运行情况\n全区规上工业总产值为412.6亿元,同比增长8.2%;工业投资完成58.3亿元。",
        [],
    ),
    ("A-history", "去年以来,全县新增规上工业企业21户,工业用电量为3.4亿千瓦时,增幅居全市第三。", []),
    ("A-history", "2023年全市工业税收完成18.7亿元,提前两个月完成省下达的17亿元任务。", []),
    (
        "A-history",
        "“十四五”以来,累计培育国家级专精特新“小巨人”企业9家,工业技改投资年均增长12.4%。",
        [],
    ),
    # --- B. numbers inside quoted names / slogans ------------------------------------
    ("B-name", "紧扣“五年翻一番”总目标,全力推进工业强区建设。", []),
    ("B-name", "我县去年被评为全省“三年倍增县”,今年要巩固提升。", []),
    ("B-name", "深入实施“两年翻两番”攻坚行动和“千企升级”工程。", []),
    # --- C. Chinese-numeral 大 / structure counts are not targets ---------------------
    (
        "C-N大",
        "实施六大工程(技改提升、集群培育、企业梯队、数字赋能、绿色转型、要素保障),推动制造业提质增效。",
        [],
    ),
    ("C-N大", "围绕四大主导产业和三大新兴产业,加快构建现代产业体系。", []),
    (
        "C-N大",
        "到2025年,全市7大重点产业链总规模超过三千亿元。",
        [E("3000", "亿元", "level", "gt", deadline_year=2025)],
    ),
    # --- D. Chinese numerals with 亿/万亿, with or without 元 --------------------------
    (
        "D-cn-number",
        "到2026年,力争全市装备制造产业规模突破千亿。",
        [E("1000", "亿元", "level", "gt", deadline_year=2026)],
    ),
    (
        "D-cn-number",
        "到2025年,全区电子信息产业营业收入达到一千二百亿元以上。",
        [E("1200", "亿元", "level", "ge", deadline_year=2025)],
    ),
    (
        "D-cn-number",
        "到2027年,规上工业总产值迈上两万亿元台阶。",
        [E("2", "万亿元", "level", "ge", deadline_year=2027)],
    ),
    # --- E. doubling words -----------------------------------------------------------
    (
        "E-doubling",
        "到2026年底,全县规上工业营业收入在2023年基础上翻一番。",
        [E("2", "倍", "multiple", "eq", deadline_year=2026)],
    ),
    ("E-doubling", "力争三年内实现全区工业增加值倍增。", [E("2", "倍", "multiple", "eq")]),
    (
        "E-doubling",
        "到2027年,全市高新技术企业和科技型中小企业数量实现“双倍增”。",
        [
            E("2", "倍", "multiple", "eq", deadline_year=2027),
            E("2", "倍", "multiple", "eq", deadline_year=2027),
        ],
    ),
    (
        "E-doubling",
        "到2030年,数字经济核心产业增加值比2020年翻两番。",
        [E("4", "倍", "multiple", "eq", deadline_year=2030)],
    ),
    # --- F. 分别 + several values distributed over several indicators -------------------
    (
        "F-fenbie",
        "到2025年,全市国家级和省级专精特新企业分别达到30家和260家。",
        [
            E("30", "家", "level", "ge", deadline_year=2025),
            E("260", "家", "level", "ge", deadline_year=2025),
        ],
    ),
    (
        "F-fenbie",
        "到2026年,高新技术企业、科技型中小企业分别超过120家、800家。",
        [
            E("120", "家", "level", "gt", deadline_year=2026),
            E("800", "家", "level", "gt", deadline_year=2026),
        ],
    ),
    (
        "F-fenbie",
        "到2025年,关键工序数控化率和数字化研发设计工具普及率分别达到65%、85%以上。",
        [
            E("65", "%", "level", "ge", deadline_year=2025),
            E("85", "%", "level", "ge", deadline_year=2025),
        ],
    ),
    (
        "F-fenbie",
        "2024年,全县规上工业增加值、工业投资分别增长8%和12%左右。",
        [
            E("8", "%", "growth_rate", "approx", deadline_year=2024),
            E("12", "%", "growth_rate", "approx", deadline_year=2024),
        ],
    ),
    # --- G. baseline years are not deadlines ------------------------------------------
    (
        "G-baseline",
        "到2027年,全区规上工业企业数量在2022年的基础上增加150家。",
        [E("150", "家", "increment", "eq", deadline_year=2027)],
    ),
    (
        "G-baseline",
        "到2026年,单位工业增加值能耗较2020年下降16%。",
        [E("16", "%", "reduction", "eq", deadline_year=2026)],
    ),
    # --- H. annual growth phrased 比上年/同比 in an annual plan ------------------------
    (
        "H-annual-growth",
        "2024年工业发展主要目标:全县规模以上工业增加值比上年增长9%,工业投资同比增长15%以上。",
        [
            E("9", "%", "growth_rate", "eq", deadline_year=2024),
            E("15", "%", "growth_rate", "ge", deadline_year=2024),
        ],
    ),
    (
        "H-annual-growth",
        "2025年全市工业和信息化工作要点\n一、主要目标\n规上工业增加值增长7.5%左右,制造业投资增长10%。",
        [
            E("7.5", "%", "growth_rate", "approx", deadline_year=2025),
            E("10", "%", "growth_rate", "eq", deadline_year=2025),
        ],
    ),
    # --- I. 年均 + number + 增长 / 保持…增长 word orders ---------------------------------
    (
        "I-avg-growth-order",
        "“十四五”期间,全市规上工业产值保持年均8%左右增长,到2025年突破3000亿元。",
        [
            E("8", "%", "growth_rate", "approx", deadline_year=2025),
            E("3000", "亿元", "level", "gt", deadline_year=2025),
        ],
    ),
    (
        "I-avg-growth-order",
        "到2026年,制造业增加值以年均10%以上的速度增长。",
        [E("10", "%", "growth_rate", "ge", deadline_year=2026)],
    ),
    # --- J. deadline when no 到20XX年 is written ----------------------------------------
    (
        "J-deadline",
        "2024年工作计划\n(一)目标任务\n全县规上工业营业收入达到56亿元,新增规上工业企业12家。",
        [
            E("56", "亿元", "level", "ge", deadline_year=2024),
            E("12", "家", "increment", "eq", deadline_year=2024),
        ],
    ),
    (
        "J-deadline",
        "《行动计划》明确2026年发展目标:规模以上工业营业收入突破8000亿元,数字经济核心产业增加值占GDP比重达到12%以上。",
        [
            E("8000", "亿元", "level", "gt", deadline_year=2026),
            E("12", "%", "level", "ge", deadline_year=2026),
        ],
    ),
    (
        "J-deadline",
        "2026年全市先进制造业集群营收突破5000亿元\n日前,市政府印发先进制造业集群培育行动方案。",
        [E("5000", "亿元", "level", "gt", deadline_year=2026)],
    ),
    # --- K. spaces inside number / unit ------------------------------------------------
    (
        "K-spaces",
        "到2025年,全市规上工业营收突破 1.2 万亿元,数字经济占 GDP 比重达到 45%以上。",
        [
            E("1.2", "万亿元", "level", "gt", deadline_year=2025),
            E("45", "%", "level", "ge", deadline_year=2025),
        ],
    ),
    # --- L. projections (预计) and estimates are not commitments ---------------------------
    (
        "L-forecast",
        "2024年目标:规上工业增加值达到36亿元,预计比上年增长11.2%。",
        [E("36", "亿元", "level", "ge", deadline_year=2024)],
    ),
    ("L-forecast", "预计全年规上工业产值增长6%左右,好于年初预期。", []),
    # --- M. percentage-point targets ----------------------------------------------------
    (
        "M-pct-point",
        "到2025年,制造业增加值占地区生产总值比重提高3个百分点。",
        [E("3", "个百分点", "increment", "eq", deadline_year=2025)],
    ),
    (
        "M-pct-point",
        "到2026年,规上工业企业研发机构覆盖率比2023年提升10个百分点以上。",
        [E("10", "个百分点", "increment", "ge", deadline_year=2026)],
    ),
    # --- N. per-capita / per-10k units ---------------------------------------------------
    (
        "N-per-unit",
        "到2025年,每万人口高价值发明专利拥有量达到12件。",
        [E("12", "件", "level", "ge", deadline_year=2025)],
    ),
    (
        "N-per-unit",
        "到2027年,规上工业全员劳动生产率达到38万元/人以上,亩均税收达到30万元/亩。",
        [
            E("38", "万元/人", "level", "ge", deadline_year=2027),
            E("30", "万元/亩", "level", "ge", deadline_year=2027),
        ],
    ),
    # --- O. ranks ---------------------------------------------------------------------------
    (
        "O-rank",
        "到2025年,开发区综合排名力争进入全省前十。",
        [E("10", "名", "level", "le", deadline_year=2025)],
    ),
    ("O-rank", "全市工业投资增速保持全省第一。", [E("1", "名", "level", "le")]),
    # --- P. 全覆盖 / 零突破 ------------------------------------------------------------------
    (
        "P-coverage",
        "到2025年,实现规上工业企业数字化诊断全覆盖。",
        [E("100", "%", "level", "ge", deadline_year=2025)],
    ),
    (
        "P-coverage",
        "力争2024年实现国家级制造业单项冠军企业零突破。",
        [E("1", "家", "level", "ge", deadline_year=2024)],
    ),
    # --- Q. approx / range / 以内 ---------------------------------------------------------------
    (
        "Q-comparators",
        "到2025年,制造业增加值占GDP比重达到32%左右,新增上市企业3-5家,单位工业增加值用水量控制在18立方米以内。",
        [
            E("32", "%", "level", "approx", deadline_year=2025),
            E("3", "家", "increment", "between", value_high="5", deadline_year=2025),
            E("18", "立方米", "level", "le", deadline_year=2025),
        ],
    ),
    # --- R. inputs / thresholds inside noun phrases are not targets --------------------------
    ("R-inputs", "对新认定的国家级专精特新“小巨人”企业,一次性给予50万元奖励。", []),
    (
        "R-inputs",
        "对年度设备投资额超过500万元的技改项目,按设备投资额的10%给予补助,最高不超过200万元。",
        [],
    ),
    ("R-inputs", "市财政每年安排2亿元制造业高质量发展专项资金。", []),
    ("R-inputs", "开展“百场万企”对接活动,推动第一批42个项目签约。", []),
]

# Cases of our own, one group per rule of the genre (docs/extraction.md), with
# negatives that must not fire.
OWN_CASES: list[Case] = [
    # 1. deadlines from headings, leads, headlines and annual titles
    (
        "1-deadline",
        "全市工业和信息化2024年工作要点\n一、主要目标\n规上工业增加值增长6%。",
        [E("6", "%", "growth_rate", "eq", deadline_year=2024)],
    ),
    (
        "1-deadline",
        "2023年目标任务是:全区工业投资增长12%;新增规上工业企业20家。",
        [
            E("12", "%", "growth_rate", "eq", deadline_year=2023),
            E("20", "家", "increment", "eq", deadline_year=2023),
        ],
    ),
    (
        "1-deadline",
        "三、2025年工作计划\n(一)目标任务\n规上工业增加值增长7%。\n(二)重点措施\n新增规上工业企业30家。",
        [
            E("7", "%", "growth_rate", "eq", deadline_year=2025),
            E("30", "家", "increment", "eq", deadline_year=2025),
        ],
    ),
    (
        "1-deadline",
        "2026年全区规上工业营收突破800亿元\n近日,区政府召开新闻发布会。",
        [E("800", "亿元", "level", "gt", deadline_year=2026)],
    ),
    # 2. history, reports and quoted names
    (
        "2-history",
        "二、今年以来工作情况\n全市新增规上企业25家,工业投资增长10%。\n三、2025年工作思路\n新增规上工业企业30家。",
        [E("30", "家", "increment", "eq", deadline_year=2025)],
    ),
    ("2-history", "截至2023年底,全市规上工业企业达到1200家。", []),
    ("2-history", "全市规上工业增加值为120亿元,同比增长6.5%。", []),
    ("2-history", "一、2023年工作完成情况\n全市工业投资比上年增长10%。", []),
    (
        "2-history",
        "2024年,全县工业投资同比增长15%以上。",
        [E("15", "%", "growth_rate", "ge", deadline_year=2024)],
    ),
    ("2-name", "全力争创“工业倍增县”,打造“千亿强区”。", []),
    ("2-name", "深化科技型企业“双倍增”行动。", []),
    ("2-name", "——创新企业倍增。", []),
    # 3. doubling words
    (
        "3-doubling",
        "到2025年,全市规上工业企业数量翻一番。",
        [E("2", "倍", "multiple", "eq", deadline_year=2025)],
    ),
    (
        "3-doubling",
        "到2025年,全市规上工业营收实现“翻番”。",
        [E("2", "倍", "multiple", "eq", deadline_year=2025)],
    ),
    ("3-doubling", "全面启动工业倍增计划。", []),
    # 4. N大 and written-out numbers
    (
        "4-N大",
        "到2025年,培育形成三大千亿级产业集群。",
        [E("3", "大", "increment", "eq", deadline_year=2025)],
    ),
    (
        "4-N大",
        "到2026年,打造5大特色产业基地。",
        [E("5", "大", "increment", "eq", deadline_year=2026)],
    ),
    ("4-N大", "聚焦十大重点产业,实施八大行动。", []),
    (
        "4-N大",
        "力争实现全市8大重点产业集群总量超过五千亿规模。",
        [E("5000", "亿元", "cumulative", "gt")],
    ),
    (
        "4-cn-number",
        "到2025年,全市软件业务收入突破500亿。",
        [E("500", "亿元", "level", "gt", deadline_year=2025)],
    ),
    ("4-cn-number", "培育一批百亿企业,打造千亿级产业集群。", []),
    # 5. 分别
    (
        "5-fenbie",
        "到2025年,省级和市级企业技术中心分别新增10家、20家以上。",
        [
            E("10", "家", "increment", "ge", deadline_year=2025),
            E("20", "家", "increment", "ge", deadline_year=2025),
        ],
    ),
    ("5-fenbie", "对新认定的国家级、省级企业技术中心分别给予100万元、50万元奖励。", []),
    # 6. annual growth 比上年/较上年
    (
        "6-annual",
        "2024年,全市工业投资较上年增长10%。",
        [E("10", "%", "growth_rate", "eq", deadline_year=2024)],
    ),
    # 7. baselines
    (
        "7-baseline",
        "到2025年,全市单位工业增加值碳排放比2020年下降18%。",
        [E("18", "%", "reduction", "eq", deadline_year=2025)],
    ),
    (
        "7-baseline",
        "到2027年,全市规上工业营收在2022年基础上翻一番。",
        [E("2", "倍", "multiple", "eq", deadline_year=2027)],
    ),
    # 8. 年均 + number + 增长
    (
        "8-avg",
        "到2025年,工业投资以年均8%的速度增长。",
        [E("8", "%", "growth_rate", "eq", deadline_year=2025)],
    ),
    (
        "8-avg",
        "到2025年,工业投资年均增长8%。",
        [E("8", "%", "growth_rate", "eq", deadline_year=2025)],
    ),
    # 9. headline, traditional script, spaces
    (
        "9-headline",
        "2025 年規上工業營收突破 1 萬億元\n日前,市政府印發行動計劃。",
        [E("1", "万亿元", "level", "gt", deadline_year=2025)],
    ),
    # 10. benchmarks need a measurable subject
    ("10-bench", "到2025年,全市制造业质量效益达到国内先进水平。", []),
    (
        "10-bench",
        "到2025年,全市规上工业亩均税收达到全省平均水平。",
        [E(None, None, "benchmark", "ge", deadline_year=2025)],
    ),
    # ranks, fractions, forecasts
    (
        "rank",
        "到2025年,全市数字经济规模进入全国前十。",
        [E("10", "名", "level", "le", deadline_year=2025)],
    ),
    ("rank", "全市规上工业增加值增幅居全市第三。", []),
    (
        "fraction",
        "到2025年,制造业投资占固定资产投资比重不低于三分之一。",
        [E("1/3", None, "level", "ge", deadline_year=2025)],
    ),
    (
        "fraction",
        "到2025年,规上工业企业研发机构覆盖率达到一半以上。",
        [E("1/2", None, "level", "ge", deadline_year=2025)],
    ),
    ("forecast", "预计2024年全市工业投资增长9%。", []),
]


def _norm(v: object) -> object:
    if v is None:
        return None
    try:
        return Decimal(str(v)).normalize()
    except InvalidOperation:
        return str(v)


def _problems(text: str, expected: list[dict[str, Any]]) -> list[str]:
    doc = extract_document(text, source="generality")
    preds = list(doc.targets)
    problems: list[str] = []
    used: set[int] = set()
    for e in expected:
        hit = None
        for i, p in enumerate(preds):
            if i in used:
                continue
            unit = to_simplified(p.unit) if p.unit else None
            if (
                _norm(p.value) == _norm(e["value"])
                and unit == e["unit"]
                and ("value_high" not in e or _norm(p.value_high) == _norm(e["value_high"]))
            ):
                hit = i
                break
        if hit is None:
            problems.append(f"MISS {e}")
            continue
        used.add(hit)
        p = preds[hit]
        problems.extend(
            f"{f} {getattr(p, f).value} != {e[f]} ({e['value']}{e['unit']})"
            for f in ("kind", "comparator")
            if getattr(p, f).value != e[f]
        )
        if "indicator" in e and e["indicator"] not in (p.indicator or ""):
            problems.append(f"indicator {p.indicator!r} lacks {e['indicator']!r}")
        year = p.deadline.year if p.deadline else None
        if "deadline_year" in e and year != e["deadline_year"]:
            problems.append(f"year {year} != {e['deadline_year']} ({e['value']}{e['unit']})")
    problems.extend(
        f"FP {p.value} {p.unit} {p.kind.value} {p.text!r}"
        for i, p in enumerate(preds)
        if i not in used
    )
    return problems


ALL_CASES = REVIEWER_CASES + OWN_CASES

# Round 2: the reviewer's paraphrases of the phenomena of held-out set 2, then ours
# (one block per rule, with negatives).
REVIEWER_CASES_2: list[Case] = [
    # --- A. 万亿元/千亿元台阶 without a numeral; conjoined subjects ----------------------
    (
        "A-台阶",
        "到2026年,力争全市工业产值和工业投资双双迈上千亿元台阶。",
        [
            E("1000", "亿元", "level", "ge", deadline_year=2026),
            E("1000", "亿元", "level", "ge", deadline_year=2026),
        ],
    ),
    ("A-台阶", "通过三年努力,全区规上工业营收站上万亿元台阶。", [E("1", "万亿元", "level", "ge")]),
    ("A-台阶", "我市已连续两年站稳千亿元台阶,工业经济稳中向好。", []),
    # --- B. compound 万-numbers: 3万8000亿元, 1万2000亿元 -------------------------------
    (
        "B-万复合",
        "到2027年,全省规上工业营业收入达到2万6000亿元以上。",
        [E("26000", "亿元", "level", "ge", deadline_year=2027)],
    ),
    (
        "B-万复合",
        "到2025年,全市工业完成投资1万5000亿元,年均增长9%左右。",
        [
            E("15000", "亿元", "level", "eq", deadline_year=2025),
            E("9", "%", "growth_rate", "approx", deadline_year=2025),
        ],
    ),
    # --- C. chained comparators on one indicator: 突破X达到Y, 争创Z -----------------------
    (
        "C-链式",
        "到2025年,全县工业总产值突破500亿元、达到620亿元,争创700亿元。",
        [
            E("500", "亿元", "level", "gt", deadline_year=2025),
            E("620", "亿元", "level", "ge", deadline_year=2025),
            E("700", "亿元", "level", "eq", deadline_year=2025),
        ],
    ),
    (
        "C-链式",
        "到2026年,数字经济核心产业增加值占比提高到12%,力争达到15%。",
        [
            E("12", "%", "level", "ge", deadline_year=2026),
            E("15", "%", "level", "ge", deadline_year=2026),
        ],
    ),
    # --- D. written fractions after comparators ------------------------------------------
    (
        "D-分数",
        "到2025年,制造业增加值占地区生产总值比重超过三分之一。",
        [E("1/3", None, "level", "gt", deadline_year=2025)],
    ),
    (
        "D-分数",
        "到2027年,市区工业营收占全市比重保持在五分之二以上。",
        [E("2/5", None, "level", "ge", deadline_year=2027)],
    ),
    # --- E. unitless indices (指数达72, 竞争力指数达到82.5) ----------------------------------
    (
        "E-指数",
        "到2027年,两化融合发展水平指数达到70。",
        [E("70", None, "level", "ge", deadline_year=2027)],
    ),
    (
        "E-指数",
        "到2025年,全市制造业质量竞争力指数达85.5以上。",
        [E("85.5", None, "level", "ge", deadline_year=2025)],
    ),
    # --- F. X、Y…均/都 + one value → one target per conjunct ------------------------------
    (
        "F-均",
        "2024年,工业投资、技改投资、民间投资均增长10%以上。",
        [E("10", "%", "growth_rate", "ge", deadline_year=2024)] * 3,
    ),
    (
        "F-均",
        "2025年,规上工业产值和工业用电量都增长8%左右。",
        [E("8", "%", "growth_rate", "approx", deadline_year=2025)] * 2,
    ),
    # --- G. 实现X(、Y)突破 without 零 → level ge 1 per conjunct ---------------------------
    (
        "G-突破",
        "到2026年,实现国家级制造业单项冠军企业突破。",
        [E("1", "家", "level", "ge", deadline_year=2026)],
    ),
    (
        "G-突破",
        "到2027年,实现上市企业、国家级创新中心突破。",
        [
            E("1", "家", "level", "ge", deadline_year=2027),
            E("1", "个", "level", "ge", deadline_year=2027),
        ],
    ),
    ("G-突破", "今年以来,全区重点项目建设取得新突破。", []),
    # --- H. comparator before the number, subject after: 超过N家X进入… -----------------
    (
        "H-前置比较",
        "到2028年,超过5家本地企业进入中国企业500强。",
        [E("5", "家", "level", "gt", deadline_year=2028)],
    ),
    (
        "H-前置比较",
        "到2025年,不少于20家企业进入省级“链主”名单。",
        [E("20", "家", "level", "ge", deadline_year=2025)],
    ),
    # --- I. 年均(同比)新增超过N亿元: per-year increment ---------------------------------
    (
        "I-年均新增",
        "到2027年,制造业投资年均同比新增超过300亿元。",
        [E("300", "亿元", "increment", "gt", deadline_year=2027)],
    ),
    (
        "I-年均新增",
        "“十四五”期间,全市每年新增规上工业企业不少于60家。",
        [E("60", "家", "increment", "ge", deadline_year=2025)],
    ),
    # --- J. forward-looking 提前…完成 must not kill its clause ----------------------------
    (
        "J-提前",
        "2024年主要目标:力争实现工业总产值1800亿元,提前一年完成“十四五”规划目标。",
        [E("1800", "亿元", "level", "eq", deadline_year=2024)],
    ),
    ("J-提前", "2023年全区工业税收完成26亿元,提前一个月完成全年任务。", []),
    # --- K. 每个县(市)/每个园区 distributive counts; Chinese numeral 一个 ----------------------
    (
        "K-每个",
        "到2025年,每个县(市、区)重点培育3个以上主导产业。",
        [E("3", "个", "level", "ge", deadline_year=2025)],
    ),
    (
        "K-每个",
        "到2026年,每个省级开发区至少引进一个投资超30亿元的制造业项目。",
        [E("1", "个", "increment", "ge", deadline_year=2026)],
    ),
    # --- L. threshold after 一个/N个 inside the counted noun phrase is not a target ------
    (
        "L-门槛",
        "国家级园区每年至少招引一个总投资超100亿元的产业项目。",
        [E("1", "个", "increment", "ge")],
    ),
    ("L-门槛", "对总投资超5亿元的工业项目,优先保障用地指标。", []),
    # --- M. 全年 / 年度 clauses after a stated year take that year ----------------------
    (
        "M-全年",
        "力争2025年全年工业技改投资增长20%,全年新增入库工业企业150家。",
        [
            E("20", "%", "growth_rate", "eq", deadline_year=2025),
            E("150", "家", "increment", "eq", deadline_year=2025),
        ],
    ),
    (
        "M-全年",
        "2026年全年规上工业增加值增长7.5%以上。",
        [E("7.5", "%", "growth_rate", "ge", deadline_year=2026)],
    ),
    # --- N. N年行动计划 with a first year named elsewhere → relative deadline -----------
    (
        "N-相对",
        "实施工业倍增五年行动计划(2024—2028年),打造3个千亿级产业集群。",
        [E("3", "个", "increment", "eq", deadline_year=2028)],
    ),
    (
        "N-相对",
        "未来三年(2025—2027年),全市集群营收年均增长9%。",
        [E("9", "%", "growth_rate", "eq", deadline_year=2027)],
    ),
    # --- O. appositive list + N个 after 打造/培育 (restatement) ----------------------------
    (
        "O-同位列举",
        "到2027年,着力打造汽车、电子信息2个千亿级产业,做强建材、纺织、食品3个五百亿级产业。",
        [
            E("2", "个", "increment", "eq", deadline_year=2027),
            E("3", "个", "increment", "eq", deadline_year=2027),
        ],
    ),
    ("O-同位列举", "全市已形成汽车、电子信息2个千亿级产业。", []),
    # --- P. kind: 数量达到 is a level; part of an increment whole is an increment ---------
    (
        "P-kind",
        "到2025年,实施数字化改造的规上企业数量达到1200家。",
        [E("1200", "家", "level", "ge", deadline_year=2025)],
    ),
    (
        "P-kind",
        "到2027年,新培育智能工厂80家,其中省级示范智能工厂不少于15家。",
        [
            E("80", "家", "increment", "eq", deadline_year=2027),
            E("15", "家", "increment", "ge", deadline_year=2027),
        ],
    ),
    (
        "P-kind",
        "到2026年,全市规模以上工业完成增加值2000亿元以上。",
        [E("2000", "亿元", "level", "ge", deadline_year=2026)],
    ),
    (
        "P-kind",
        "到2025年,全市工业增加值争创3000亿元。",
        [E("3000", "亿元", "level", "eq", deadline_year=2025)],
    ),
    # --- Q. clauses run together without punctuation (news summaries) ------------------
    (
        "Q-无标点",
        "到2025年,工业增加值年均增长6%左右高新技术产业增加值占比力争达到40%形成8个百亿元产业集群",
        [
            E("6", "%", "growth_rate", "approx", deadline_year=2025),
            E("40", "%", "level", "ge", deadline_year=2025),
            E("8", "个", "increment", "eq", deadline_year=2025),
        ],
    ),
    # --- R. negatives: slogans / scope / layout -----------------------------------------
    ("R-非目标", "加快推进全省86个重点产业集群提档升级。", []),
    ("R-非目标", "形成一核两轴五基地的产业空间布局,着力打造沿江、沿湖等五大先进制造业基地。", []),
    ("R-非目标", "“迈上两个千亿台阶、实现四个水平提升”是本计划的总体目标。", []),
]


OWN_CASES_2: list[Case] = [
    # 1. 迈上/站上/突破 + 万亿|千亿|百亿元 + 台阶/大关; A和B都…; 已 / 连续N年站稳 is history
    (
        "2-台阶",
        "到2025年,全县规上工业营业收入突破百亿元大关。",
        [E("100", "亿元", "level", "gt", deadline_year=2025)],
    ),
    (
        "2-台阶",
        "到2027年,工业增加值和工业税收都要迈上百亿元台阶。",
        [E("100", "亿元", "level", "ge", deadline_year=2027)] * 2,
    ),
    (
        "2-台阶",
        "到2030年,全省数字经济规模跨上万亿元台阶。",
        [E("1", "万亿元", "level", "ge", deadline_year=2030)],
    ),
    ("2-台阶", "全市规上工业营收已站上千亿元台阶。", []),
    ("2-台阶", "“冲刺千亿元台阶”专项行动由市经信局牵头。", []),
    # 2. clauses run together without punctuation
    (
        "2-无标点",
        "到2025年,数字经济增加值突破800亿元达到1000亿元",
        [
            E("800", "亿元", "level", "gt", deadline_year=2025),
            E("1000", "亿元", "level", "ge", deadline_year=2025),
        ],
    ),
    (
        "2-无标点",
        "到2026年,营业收入超千亿元集群达到8个。",
        [E("8", "个", "level", "ge", deadline_year=2026)],
    ),
    ("2-无标点", "对营业收入超过10亿元且保持增长的企业给予奖励。", []),
    # 3. 全年 takes the year stated earlier in the sentence
    (
        "2-全年",
        "力争2024年全年新增规上企业50家;全年技改投资增长15%。",
        [
            E("50", "家", "increment", "eq", deadline_year=2024),
            E("15", "%", "growth_rate", "eq", deadline_year=2024),
        ],
    ),
    # 4. mixed 万 numbers
    (
        "2-万复合",
        "到2025年,工业总产值达到1万2000亿元。",
        [E("12000", "亿元", "level", "ge", deadline_year=2025)],
    ),
    (
        "2-万复合",
        "到2025年,市场主体达到3万家。",
        [E("3", "万家", "level", "ge", deadline_year=2025)],
    ),
    # 5. 至少/不少于 + Chinese numeral count; threshold stays in the indicator
    (
        "2-至少",
        "到2025年,每年至少引进两个投资超10亿元的先进制造业项目。",
        [E("2", "个", "increment", "ge", deadline_year=2025)],
    ),
    ("2-至少", "每年至少召开一次联席会议。", []),
    ("2-每个", "每个县(市)确定一名联络员。", []),
    # 6. distributive 每个X + verb + N
    (
        "2-每个",
        "到2026年,每个乡镇重点培育2个特色产业。",
        [E("2", "个", "level", "eq", deadline_year=2026)],
    ),
    (
        "2-每个",
        "到2026年,每个工业园区新建1个以上公共服务平台。",
        [E("1", "个", "increment", "ge", deadline_year=2026)],
    ),
    ("2-每个", "每个县(市)每季度调度一次项目进展。", []),
    # 7. conjoined subjects with 均/都
    (
        "2-均",
        "到2026年,出口额和进口额都增长5%左右。",
        [E("5", "%", "growth_rate", "approx", deadline_year=2026)] * 2,
    ),
    (
        "2-均",
        "到2025年,全市人均可支配收入增长6%。",
        [E("6", "%", "growth_rate", "eq", deadline_year=2025)],
    ),
    (
        "2-均",
        "到2025年,规上工业增加值年均增长7%。",
        [E("7", "%", "growth_rate", "eq", deadline_year=2025)],
    ),
    # 8. 实现X突破 without 零
    (
        "2-突破",
        "到2025年,实现国家级专精特新“小巨人”企业突破。",
        [E("1", "家", "level", "ge", deadline_year=2025)],
    ),
    ("2-突破", "到2025年,实现关键核心技术突破。", []),
    ("2-突破", "力争在集成电路领域取得新突破。", []),
    # 9. appositive list + N个 after 打造/培育/做强; 已形成 is history
    (
        "2-同位",
        "到2026年,重点培育纺织、机械2个百亿级产业集群。",
        [E("2", "个", "increment", "eq", deadline_year=2026)],
    ),
    ("2-同位", "全县已形成纺织、机械2个百亿级产业集群。", []),
    # 10. comparator before the count, subject after
    (
        "2-前置比较",
        "到2027年,不少于3家企业入选国家级专精特新“小巨人”。",
        [E("3", "家", "level", "ge", deadline_year=2027)],
    ),
    (
        "2-前置比较",
        "到2026年,至少2家本地企业进入全国民营企业500强。",
        [E("2", "家", "level", "ge", deadline_year=2026)],
    ),
    # 11. index values without a unit
    (
        "2-指数",
        "到2025年,企业数字化发展水平指数达到60以上。",
        [E("60", None, "level", "ge", deadline_year=2025)],
    ),
    # 12. kinds
    (
        "2-kind",
        "到2025年,上市企业数量达到30家。",
        [E("30", "家", "level", "ge", deadline_year=2025)],
    ),
    (
        "2-kind",
        "到2026年,新增规上企业200家,其中制造业企业不少于150家。",
        [
            E("200", "家", "increment", "eq", deadline_year=2026),
            E("150", "家", "increment", "ge", deadline_year=2026),
        ],
    ),
    (
        "2-kind",
        "到2025年,全区工业投资完成300亿元。",
        [E("300", "亿元", "level", "eq", deadline_year=2025)],
    ),
    (
        "2-kind",
        "2024年,力争实现经济总量800亿元。",
        [E("800", "亿元", "level", "eq", deadline_year=2024)],
    ),
    # 13. headline with 未来N年 …年均增长X%
    (
        "2-标题",
        "未来五年规上工业营收年均增长8% 某省出台制造业行动方案\n本报讯 某省近日印发方案。",
        [E("8", "%", "growth_rate", "eq")],
    ),
    # 14. 年均(同比)新增 → per-year increment
    (
        "2-年均新增",
        "到2026年,技改投资年均新增50亿元以上。",
        [E("50", "亿元", "increment", "ge", deadline_year=2026)],
    ),
    # 15. 提前…完成: a report unless the sentence looks forward; only its own clause
    (
        "2-提前",
        "2025年目标:规上工业增加值增长8%,提前完成“十四五”规划目标。",
        [E("8", "%", "growth_rate", "eq", deadline_year=2025)],
    ),
    ("2-提前", "2024年全县工业投资完成50亿元,提前两个月完成全年任务。", []),
]


ALL_CASES_2 = REVIEWER_CASES_2 + OWN_CASES_2


# Round 3: the reviewer's sentences for the third held-out set (their paraphrases),
# then ours, one block per rule of "Rules of the genre" in docs/extraction.md.
REVIEWER_CASES_3: list[Case] = [
    # --- A. 将 + 达到/突破/超过 reporting an announced or pending result ---------------
    ("A-将达到", "随着本批名单公示,全区累计认定省级技术中心将达到58家。", []),
    ("A-将达到", "本次评审结束后,我县国家级绿色工厂总数将突破12家,位居全市前列。", []),
    ("A-将达到", "新一批项目投产后,园区工业产值将超过300亿元。", []),
    # negatives of the rule: a future deadline or a commitment word keeps the target
    (
        "A-将达到",
        "到2027年,全市规上工业企业将达到3200家。",
        [E("3200", "家", "level", "ge", deadline_year=2027)],
    ),
    (
        "A-将达到",
        "力争到2026年,数字经济核心产业增加值将突破800亿元。",
        [E("800", "亿元", "level", "gt", deadline_year=2026)],
    ),
    # --- B. N大 + programme noun is a name even after 打造/形成 -----------------------
    (
        "B-N大名称",
        "力争到2026年,打造5大标志性工程,形成15个特色产业基地。",
        [E("15", "个", "increment", "eq", deadline_year=2026)],
    ),
    (
        "B-N大名称",
        "到2025年,构建3大专项行动体系,培育省级单项冠军企业8家。",
        [E("8", "家", "increment", "eq", deadline_year=2025)],
    ),
    ("B-N大名称", "着力打造6大重点工程和4大提升行动。", []),
    # negative: a forming verb with a thing-noun head is still a count
    (
        "B-N大名称",
        "到2025年,培育形成3大千亿级产业集群。",
        [E("3", "大", "increment", "eq", deadline_year=2025)],
    ),
    (
        "B-N大名称",
        "到2027年,建成2大国家级产业基地。",
        [E("2", "大", "increment", "eq", deadline_year=2027)],
    ),
    # --- C. density units X/万人 ------------------------------------------------------
    (
        "C-密度单位",
        "到2025年,制造业机器人密度力争达到420台/万人。",
        [E("420", "台/万人", "level", "ge", deadline_year=2025)],
    ),
    (
        "C-密度单位",
        "到2026年,每万人口高价值发明专利拥有量达到18件,工业机器人应用密度超过260台/万人。",
        [
            E("18", "件", "level", "ge", deadline_year=2026),
            E("260", "台/万人", "level", "gt", deadline_year=2026),
        ],
    ),
    (
        "C-密度单位",
        "到2027年,规上工业企业研发人员密度达到95人/万人以上。",
        [E("95", "人/万人", "level", "ge", deadline_year=2027)],
    ),
    # --- D. counts of entry events are increments ------------------------------------
    (
        "D-入规",
        "2024年,力争新入规企业达12户以上。",
        [E("12", "户", "increment", "ge", deadline_year=2024)],
    ),
    ("D-入规", "下半年全力推进小升规工作,确保升规达5家。", [E("5", "家", "increment", "ge")]),
    (
        "D-入规",
        "到2025年,全县规上工业企业达到150户。",
        [E("150", "户", "level", "ge", deadline_year=2025)],
    ),
    # --- E. controls ----------------------------------------------------------------
    (
        "E-年份对",
        "省级制造业创新中心2025年达到20家、2026年达到26家。",
        [
            E("20", "家", "level", "ge", deadline_year=2025),
            E("26", "家", "level", "ge", deadline_year=2026),
        ],
    ),
    (
        "E-底线冲刺",
        "到2027年,全市高新技术企业突破3000家,力争达到3600家。",
        [
            E("3000", "家", "level", "gt", deadline_year=2027),
            E("3600", "家", "level", "ge", deadline_year=2027),
        ],
    ),
    (
        "E-分别四值",
        "到2026年,全市单项冠军企业、小巨人企业、专精特新中小企业和创新型中小企业分别达到12家、90家、600家和3000家。",
        [
            E("12", "家", "level", "ge"),
            E("90", "家", "level", "ge"),
            E("600", "家", "level", "ge"),
            E("3000", "家", "level", "ge"),
        ],
    ),
    (
        "E-百分点",
        "到2025年,高技术制造业增加值占规上工业比重提高4个百分点左右。",
        [E("4", "个百分点", "increment", "approx", deadline_year=2025)],
    ),
    ("E-历史", "2023年全市规上工业实现利润860亿元,同比增长7.5%,利润率提升至6.1%。", []),
    (
        "E-拼音繁体",
        "到2027年,全省高新技術(shù)企業(yè)突破5萬家。",
        [E("5", "万家", "level", "gt", deadline_year=2027)],
    ),
]

OWN_CASES_3: list[Case] = [
    # A. 将 + outcome verb: a forecast unless the sentence looks forward
    ("3-将", "随着项目竣工投产,全县规上工业产值将突破500亿元。", []),
    ("3-将", "经过本轮认定,全市省级专精特新企业总数将超过400家。", []),
    ("3-将", "全年计划技改投资将超过200亿元。", [E("200", "亿元", "level", "gt")]),
    (
        "3-将",
        "二、2025年主要目标\n全市高新技术企业将达到1200家。",
        [E("1200", "家", "level", "ge", deadline_year=2025)],
    ),
    (
        "3-将",
        "到2026年底前,全区数字经济核心产业增加值将达到260亿元。",
        [E("260", "亿元", "level", "ge", deadline_year=2026)],
    ),
    # B. N大 + programme noun is a name; thing nouns stay counts
    (
        "3-N大",
        "到2025年,实施4大提升工程,打造3大先进制造业集群。",
        [E("3", "大", "increment", "eq", deadline_year=2025)],
    ),
    ("3-N大", "到2026年,构建两大攻坚行动,形成四大重点任务。", []),
    (
        "3-N大",
        "到2026年,打造3大战略性新兴产业集群。",
        [E("3", "大", "increment", "eq", deadline_year=2026)],
    ),
    # C. density units X/万人
    (
        "3-密度",
        "到2025年,全市工业机器人密度达到300台/万人以上。",
        [E("300", "台/万人", "level", "ge", deadline_year=2025)],
    ),
    (
        "3-密度",
        "到2026年,每万人口发明专利拥有量达到25件。",
        [E("25", "件", "level", "ge", deadline_year=2026)],
    ),
    # D. entry events are increments; a stock is a level
    (
        "3-入规",
        "2024年,全年小升规企业力争达到20家。",
        [E("20", "家", "increment", "ge", deadline_year=2024)],
    ),
    (
        "3-入规",
        "2025年,全县新上规工业企业达到15家以上。",
        [E("15", "家", "increment", "ge", deadline_year=2025)],
    ),
    (
        "3-入规",
        "到2025年,国家科技型中小企业信息库入库企业突破800家。",
        [E("800", "家", "level", "gt", deadline_year=2025)],
    ),
    (
        "3-入规",
        "到2025年,全市规上工业企业数量达到1000家。",
        [E("1000", "家", "level", "ge", deadline_year=2025)],
    ),
    # 年均X%以上的增长: the rate before its verb, with 的
    (
        "3-的增长",
        "“十四五”期间,全市工业增加值保持年均7%以上的增长。",
        [E("7", "%", "growth_rate", "ge", deadline_year=2025)],
    ),
    (
        "3-的增长",
        "到2025年,软件业务收入实现年均15%左右的较快增长。",
        [E("15", "%", "growth_rate", "approx", deadline_year=2025)],
    ),
    # run-on text: a count closes its clause before 并/推动 …
    (
        "3-连写",
        "到2025年,新增国家级专精特新企业20家以上并推动企业加强研发投入。",
        [E("20", "家", "increment", "ge", deadline_year=2025)],
    ),
]


ALL_CASES_3 = REVIEWER_CASES_3 + OWN_CASES_3


@pytest.mark.parametrize(
    ("category", "text", "expected"),
    ALL_CASES,
    ids=[f"{i:02d}-{c[0]}" for i, c in enumerate(ALL_CASES)],
)
def test_generality(category: str, text: str, expected: list[dict[str, Any]]) -> None:
    assert _problems(text, expected) == [], category


@pytest.mark.parametrize(
    ("category", "text", "expected"),
    ALL_CASES_2,
    ids=[f"r2-{i:02d}-{c[0]}" for i, c in enumerate(ALL_CASES_2)],
)
def test_generality_round2(category: str, text: str, expected: list[dict[str, Any]]) -> None:
    assert _problems(text, expected) == [], category


@pytest.mark.parametrize(
    ("category", "text", "expected"),
    ALL_CASES_3,
    ids=[f"r3-{i:02d}-{c[0]}" for i, c in enumerate(ALL_CASES_3)],
)
def test_generality_round3(category: str, text: str, expected: list[dict[str, Any]]) -> None:
    assert _problems(text, expected) == [], category


# Round 4: the reviewer's sentences (their own paraphrases of the held-out patterns;
# 约N万台(套) is read with its first measure word, 万台, as 家(个) → 家).
REVIEWER_CASES_4: list[Case] = [
    # --- A. period-end markers and a leading year reach every clause --------------
    (
        "A-十四五末",
        "到“十四五”末,全县工业总产值突破900亿元;规模以上工业企业达到420户,工业投资累计完成1200亿元以上。",
        [
            E("900", "亿元", "level", "gt", deadline_year=2025),
            E("420", "户", "level", "ge", deadline_year=2025),
            E("1200", "亿元", "cumulative", "ge", deadline_year=2025),
        ],
    ),
    (
        "A-十四五末",
        "“十四五”末,全市制造业增加值占比提升到38%;高新技术企业突破600家。",
        [
            E("38", "%", "level", "ge", deadline_year=2025),
            E("600", "家", "level", "gt", deadline_year=2025),
        ],
    ),
    (
        "A-十三五指标",
        "全市“十三五”工业发展的主要指标是:规上工业增加值年均增长9%左右,单位工业增加值能耗下降17%。",
        [
            E("9", "%", "growth_rate", "approx", deadline_year=2020),
            E("17", "%", "reduction", "eq", deadline_year=2020),
        ],
    ),
    (
        "A-十五五期间",
        "“十五五”期间,全省数字经济核心产业增加值年均增长10%以上,培育链主企业50家。",
        [
            E("10", "%", "growth_rate", "ge", deadline_year=2030),
            E("50", "家", "increment", "eq", deadline_year=2030),
        ],
    ),
    (
        "A-年度部署",
        "会议总结回顾2022年工作,部署安排2023年重点任务。\n2023年,市经信局将聚焦主导产业,当好排头兵;力争光伏产业规模突破800亿元,确保全市规上工业产值突破3000亿元。",
        [
            E("800", "亿元", "level", "gt", deadline_year=2023),
            E("3000", "亿元", "level", "gt", deadline_year=2023),
        ],
    ),
    # negative: a 十三五 in a history clause gives no deadline and no target
    ("A-十三五指标", "“十三五”以来,全市工业增加值年均增长8.5%,规上工业企业达到350户。", []),
    # --- B. mid-paragraph reports -------------------------------------------------
    (
        "B-截至",
        "到2025年,全市规上工业增加值年均增长7%。截至目前,全市累计拥有省级技术中心42家、国家级绿色工厂6家。",
        [E("7", "%", "growth_rate", "eq", deadline_year=2025)],
    ),
    (
        "B-截至",
        "计划每年新建5G基站800个。截至6月30日,全区已建成5G基站2100个,实现了工业园区全覆盖。",
        [E("800", "个", "increment", "eq")],
    ),
    (
        "B-目前已",
        "力争到2026年实现化工产值1500亿元。目前,全省已建成3个大型煤化工项目,总产能达到260万吨。",
        [E("1500", "亿元", "level", "eq", deadline_year=2026)],
    ),
    (
        "B-据统计",
        "到2025年,全省软件业收入完成800亿元左右。据统计,2023年1月至9月,全省工业投资完成1950亿元。",
        [E("800", "亿元", "level", "approx", deadline_year=2025)],
    ),
    (
        "B-了解到拥有",
        "记者从推进会上了解到,我区拥有省四星级以上数字企业118家。下一步,2024年完成技改项目320个。",
        [E("320", "个", "increment", "eq", deadline_year=2024)],
    ),
    (
        "B-其中续报",
        "1至4月,全省规上工业增加值同比增长6.2%,其中装备制造业同比增长11.4%。2024年,全省规上工业增加值增长6%以上。",
        [E("6", "%", "growth_rate", "ge", deadline_year=2024)],
    ),
    # negative: 其中 after a goal stays a part of the goal
    (
        "B-其中续报",
        "到2026年,新增国家级专精特新“小巨人”企业30家,其中制造业企业25家以上。",
        [
            E("30", "家", "increment", "eq", deadline_year=2026),
            E("25", "家", "increment", "ge", deadline_year=2026),
        ],
    ),
    # --- C. annual-plan targets with 同比增长 ----------------------------------------
    (
        "C-同比目标",
        "《2019年工业攻坚方案》明确,全年工业技改投资完成860亿元,同比增长10%左右。",
        [
            E("860", "亿元", "level", "eq", deadline_year=2019),
            E("10", "%", "growth_rate", "approx", deadline_year=2019),
        ],
    ),
    (
        "C-同比目标",
        "方案提出,2024年民营经济增加值实现5200亿元,同比增长7%以上,占GDP的比重达到52%以上。",
        [
            E("5200", "亿元", "level", "eq", deadline_year=2024),
            E("7", "%", "growth_rate", "ge", deadline_year=2024),
            E("52", "%", "level", "ge", deadline_year=2024),
        ],
    ),
    (
        "C-万亿收入",
        "2023年,全省开发区工业主营业务收入突破万亿元。",
        [E("1", "万亿元", "level", "gt", deadline_year=2023)],
    ),
    # negatives: a reported value with its change stays history
    ("C-同比目标", "2023年,全市规上工业增加值完成1520亿元,同比增长6.8%,增幅居全省第二。", []),
    ("C-同比目标", "1至8月,全区工业投资完成310亿元,同比增长15.2%。", []),
    # --- D. ranks ------------------------------------------------------------------
    (
        "D-名次",
        "力争到2027年,全市新能源电池产业规模进入全国前三甲。",
        [E("3", "名", "level", "le", deadline_year=2027)],
    ),
    (
        "D-名次",
        "到2026年,多晶硅产量成为全球第1位,光伏组件产量成为全国第2位。",
        [
            E("1", "名", "level", "le", deadline_year=2026),
            E("2", "名", "level", "le", deadline_year=2026),
        ],
    ),
    (
        "D-名次",
        "力争到2025年,全省汽车产业由目前的全国第15位跃升至12位。",
        [E("12", "名", "level", "le", deadline_year=2025)],
    ),
    (
        "D-名次",
        "到2025年,无人机产业保持全国第一位。",
        [E("1", "名", "level", "le", deadline_year=2025)],
    ),
    # negatives: a reported rank is history
    ("D-名次", "2023年,全市工业增加值总量居全省第3位。", []),
    ("D-名次", "去年,我县在全国工业百强县榜单中位列第七位。", []),
    # --- E. appositive tier lists ---------------------------------------------------
    (
        "E-分档同位",
        "到2026年,打造形成电子信息1个3千亿级,绿色化工、新材料2个千亿级,生物医药、食品加工、纺织3个5百亿级特色产业集群。",
        [
            E("1", "个", "increment", "eq", deadline_year=2026),
            E("2", "个", "increment", "eq", deadline_year=2026),
            E("3", "个", "increment", "eq", deadline_year=2026),
        ],
    ),
    (
        "E-分档同位",
        "到2025年,培育发展三大领域12个精深加工产业链。",
        [E("12", "个", "increment", "eq", deadline_year=2025)],
    ),
    # negative: 加快建设 (ongoing) and history give nothing
    ("E-分档同位", "加快建设新能源、冶金等6个超千亿级产业。", []),
    # --- F. names and modifiers -----------------------------------------------------
    (
        "F-名称修饰",
        "2025年,深入实施12项重大工程,加快推进250个省级重点项目建设。",
        [E("250", "个", "increment", "eq", deadline_year=2025)],
    ),
    (
        "F-名称修饰",
        "《方案》明确,2019年全市工业增加值完成900亿元以上,力争实现两位数增长。",
        [E("900", "亿元", "level", "ge", deadline_year=2019)],
    ),
    ("F-名称修饰", "到2024年,全市工业增加值力争实现两位数增长。", []),
    ("F-名称修饰", "建立8户超千亿企业、50户超百亿企业目标培育库,一企一策开展选育。", []),
    # negatives: a count with a thing head noun after 实施 stays a target
    (
        "F-名称修饰",
        "2024年,实施亿元以上技改项目900项。",
        [E("900", "项", "increment", "eq", deadline_year=2024)],
    ),
    # --- G. kinds -------------------------------------------------------------------
    (
        "G-下降到",
        "到2025年,煤电增加值占工业增加值的比重下降到15%左右。",
        [E("15", "%", "level", "approx", deadline_year=2025)],
    ),
    (
        "G-下降到",
        "到2025年,单位工业增加值能耗下降14%。",
        [E("14", "%", "reduction", "eq", deadline_year=2025)],
    ),
    (
        "G-计划每年",
        "到2023年,计划每年推进市级智能工厂示范项目30个。",
        [E("30", "个", "increment", "eq", deadline_year=2023)],
    ),
    # --- H. units -------------------------------------------------------------------
    (
        "H-单位",
        "到2027年底,完成约5万台(套)工业控制系统更新换代。",
        [E("5", "万台", "increment", "approx", deadline_year=2027)],
    ),
    (
        "H-单位",
        "2025年,全省粮食产量稳定在600亿斤以上。",
        [E("600", "亿斤", "level", "ge", deadline_year=2025)],
    ),
    # --- I. coverage and appositive 条 ----------------------------------------------
    (
        "I-覆盖计数",
        "2022年完成400个数字化改造项目,覆盖全县300家规上企业。",
        [
            E("400", "个", "increment", "eq", deadline_year=2022),
            E("300", "家", "increment", "eq", deadline_year=2022),
        ],
    ),
    (
        "I-覆盖计数",
        "2025年,推动宁海、滨江、西峰3条高速公路建成通车。",
        [E("3", "条", "increment", "eq", deadline_year=2025)],
    ),
    # negative: coverage reported as done
    ("I-覆盖计数", "截至目前,已实现全市重点园区5G网络全覆盖。", []),
    # --- J. a first line that is a sentence is no headline ----------------------------
    (
        "J-首行句子",
        "近日,《全区新兴产业强链行动方案》正式出炉。方案明确,到 2026 年底,全区力争实现新增 1 个 3000 亿级产业、2 个 1000 亿级产业的目标。\n\n下一步将因链施策。",  # noqa: E501
        [
            E("1", "个", "increment", "eq", deadline_year=2026, indicator="3000亿级产业"),
            E("2", "个", "increment", "eq", deadline_year=2026, indicator="1000亿级产业"),
        ],
    ),
    # control: the same sentence not on the first line is read right
    (
        "J-首行句子",
        "关于印发方案的通知\n方案明确,到 2026 年底,全区力争实现新增 1 个 3000 亿级产业、2 个 1000 亿级产业的目标。",  # noqa: E501
        [
            E("1", "个", "increment", "eq", deadline_year=2026, indicator="3000亿级产业"),
            E("2", "个", "increment", "eq", deadline_year=2026, indicator="1000亿级产业"),
        ],
    ),
    # --- K. controls ----------------------------------------------------------------
    (
        "K-双双",
        "2024年,力争锂电和光伏产业规模双双突破1500亿元。",
        [
            E("1500", "亿元", "level", "gt", deadline_year=2024),
            E("1500", "亿元", "level", "gt", deadline_year=2024),
        ],
    ),
    (
        "K-分别",
        "到2020年,机械、建材、食品三大产业比重分别提高到12%、9%和15%以上。",
        [
            E("12", "%", "level", "ge", deadline_year=2020),
            E("9", "%", "level", "ge", deadline_year=2020),
            E("15", "%", "level", "ge", deadline_year=2020),
        ],
    ),
    (
        "K-在以上",
        "到2025年,全市规模以上工业增加值在900亿元以上,年均增长12%左右。",
        [
            E("900", "亿元", "level", "ge", deadline_year=2025),
            E("12", "%", "growth_rate", "approx", deadline_year=2025),
        ],
    ),
    (
        "K-拼音繁体",
        "到2027年底,培育優(yōu)秀工業(yè)軟件企業(yè)80家。",
        [E("80", "家", "increment", "eq", deadline_year=2027)],
    ),
    (
        "K-将达到",
        "到2020年,全省电子信息制造业总产值将达到1200亿元。",
        [E("1200", "亿元", "level", "ge", deadline_year=2020)],
    ),
    (
        "K-链主",
        "力争到2025年底,省级产业链整体营收突破6000亿元,“链主”企业达到40家以上。",
        [
            E("6000", "亿元", "level", "gt", deadline_year=2025),
            E("40", "家", "level", "ge", deadline_year=2025),
        ],
    ),
]

OWN_CASES_4: list[Case] = [
    # A. a year opening a 。-sentence governs its ;-clauses
    (
        "A-sentence-year",
        "2026年,全区将聚焦主导产业;力争数字经济规模突破300亿元;新增规上企业40家。",
        [
            E("300", "亿元", "level", "gt", deadline_year=2026),
            E("40", "家", "increment", "eq", deadline_year=2026),
        ],
    ),
    ("A-review-year", "总结回顾2023年工作。\n过去一年,全市完成工业投资800亿元,同比增长9%。", []),
    # B. a report opener mid-paragraph runs to the 。
    (
        "B-mid-report",
        "到2026年,培育链主企业10家。目前,全市已建成产业园12个,总产值达到900亿元。",
        [E("10", "家", "increment", "eq", deadline_year=2026)],
    ),
    ("B-perfective", "去年全区实现了工业园区5G网络全覆盖。", []),
    # C. value + 同比 under a plan lead is a target; after a past period a report
    (
        "C-plan-lead",
        "《2025年工业稳增长方案》明确,全年规上工业增加值完成1200亿元,同比增长7%左右。",
        [
            E("1200", "亿元", "level", "eq", deadline_year=2025),
            E("7", "%", "growth_rate", "approx", deadline_year=2025),
        ],
    ),
    ("C-past-period", "1至6月,全市工业投资完成210亿元,同比增长8%以上。", []),
    # D. ranks
    (
        "D-rank",
        "到2027年,全省锂电产业保持全国第二位,光伏产业成为全球第1位。",
        [
            E("2", "名", "level", "le", deadline_year=2027),
            E("1", "名", "level", "le", deadline_year=2027),
        ],
    ),
    ("D-rank-report", "在全国百强县榜单中,我市位列第九位。", []),
    # E. N大 + field + M个: the M个 counts
    (
        "E-tier",
        "到2026年,培育发展四大板块20个特色产业集群。",
        [E("20", "个", "increment", "eq", deadline_year=2026)],
    ),
    # F. names and registers
    ("F-programme", "2025年,深入实施8项重大工程。", []),
    ("F-register", "建立30家专精特新企业培育名单。", []),
    (
        "F-register-outcome",
        "到2026年,不少于15家企业进入省级“专精特新”名单。",
        [E("15", "家", "level", "ge", deadline_year=2026)],
    ),
    ("F-two-digit", "2024年,力争规上工业增加值实现两位数增长。", []),
    # G. 下降到 X is a level
    (
        "G-reduce-to",
        "到2025年,高耗能行业增加值占比降至20%以下。",
        [E("20", "%", "level", "le", deadline_year=2025)],
    ),
    # H. units with an alternative and 斤
    (
        "H-units",
        "到2026年,推广应用工业机器人2000台(套),全市粮食产量稳定在30亿斤以上。",
        [
            E("2000", "台", "increment", "eq", deadline_year=2026),
            E("30", "亿斤", "level", "ge", deadline_year=2026),
        ],
    ),
    # I. a named list + N条 + 建成通车
    (
        "I-named-list",
        "到2025年,甬台、金衢2条城际铁路建成通车。",
        [E("2", "条", "increment", "eq", deadline_year=2025)],
    ),
    # ambiguity: 比重提高5% keeps % and is an increment (warned percent_vs_points)
    (
        "ambig-percent-points",
        "到2025年,制造业增加值占GDP比重提高5%。",
        [E("5", "%", "increment", "eq", deadline_year=2025)],
    ),
    # ambiguity: 业务总量 of one year is a level; 累计 stays cumulative
    (
        "ambig-flow-total",
        "2025年,全省电信业务总量完成1500亿元,工业投资累计完成3000亿元。",
        [
            E("1500", "亿元", "level", "eq", deadline_year=2025),
            E("3000", "亿元", "cumulative", "eq", deadline_year=2025),
        ],
    ),
]

ALL_CASES_4 = REVIEWER_CASES_4 + OWN_CASES_4


@pytest.mark.parametrize(
    ("category", "text", "expected"),
    ALL_CASES_4,
    ids=[f"r4-{i:02d}-{c[0]}" for i, c in enumerate(ALL_CASES_4)],
)
def test_generality_round4(category: str, text: str, expected: list[dict[str, Any]]) -> None:
    assert _problems(text, expected) == [], category


def test_run_on_clause_is_trimmed_from_indicator() -> None:
    doc = extract_document(
        "到2025年,加快推进传统产业转型升级全面提升产业链现代化水平规上工业增加值达到3000亿元。"
    )
    (t,) = doc.targets
    assert t.indicator == "规上工业增加值"


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        (
            "到2025年,加强企业创新能力建设规上工业企业研发投入强度达到2.5%。",
            "规上工业企业研发投入强度",
        ),
        (
            "到2025年,推进产业链协同创新水平提升重点产业链本地配套率达到60%。",
            "重点产业链本地配套率",
        ),
        ("到2025年,推动规上工业企业数字化改造覆盖率达到80%。", "规上工业企业数字化改造覆盖率"),
        ("到2025年,培育10家以上年营业收入超百亿元龙头企业。", "年营业收入超百亿元龙头企业"),
    ],
)
def test_run_on_trim_keeps_the_subject(text: str, indicator: str) -> None:
    (t,) = extract_document(text).targets
    assert t.indicator == indicator


def test_will_reach_in_a_forward_paragraph_is_a_target() -> None:
    doc = extract_document("到2025年,全市规上工业增加值达到3000亿元。高新技术企业将达到1500家。")
    assert [(str(t.value), t.deadline.year if t.deadline else None) for t in doc.targets] == [
        ("3000", 2025),
        ("1500", 2025),
    ]


def test_run_on_scope_word_starts_the_subject() -> None:
    doc = extract_document("到2025年,深入实施制造业数字化转型行动全市工业投资达到500亿元。")
    (t,) = doc.targets
    assert t.indicator == "全市工业投资"


def test_count_before_new_verb_phrase_keeps_its_indicator() -> None:
    doc = extract_document(
        "到2025年,新增国家级专精特新小巨人企业20家以上并推动企业加强研发投入形成一批核心产品。"
    )
    (t,) = doc.targets
    assert t.indicator == "国家级专精特新小巨人企业"


def test_qualifier_of_counted_thing_stays_whole() -> None:
    doc = extract_document("到2025年,培育年营业收入500亿元以上的领航企业3家。")
    (t,) = doc.targets
    assert t.indicator == "年营业收入500亿元以上的领航企业"


def test_noun_phrase_after_count_is_capped() -> None:
    doc = extract_document("到2025年,建成" + "10个" + "智能制造示范工厂" * 12 + "。")
    assert all(len(t.indicator) <= 40 for t in doc.targets)


def test_growth_with_de_names_the_subject() -> None:
    doc = extract_document("到2025年,数字经济核心产业营收实现年均10%左右的增长。")
    (t,) = doc.targets
    assert (t.kind.value, t.indicator) == ("growth_rate", "数字经济核心产业营收")


def test_mixed_wan_amount_is_read_whole() -> None:
    doc = extract_document("到2018年,实现主营业务收入3万8000亿元以上。")
    (t,) = doc.targets
    assert (str(t.value), t.unit) == ("38000", "亿元")


def test_conjoined_subjects_each_get_the_value() -> None:
    doc = extract_document("2024年,工业投资、技改投资、民间投资均增长10%以上。")
    assert [t.indicator for t in doc.targets] == ["工业投资", "技改投资", "民间投资"]


def test_pinyin_readings_do_not_block_rules() -> None:
    doc = extract_document("到2025年,規(guī)模以上工業(yè)企業(yè)數(shù)量達到5萬家。")
    (t,) = doc.targets
    assert t.kind.value == "level"
    assert t.text.endswith("5萬家")


def test_no_year_anywhere_warns() -> None:
    doc = extract_document("全市规上工业增加值增长7%。")
    (t,) = doc.targets
    assert t.deadline is None
    assert any(w.code == "deadline_unknown" for w in doc.warnings)


def test_dated_target_has_no_deadline_warning() -> None:
    doc = extract_document("到2025年,全市规上工业增加值增长7%。")
    assert doc.targets[0].deadline is not None
    assert not any(w.code == "deadline_unknown" for w in doc.warnings)


def test_double_doubling_gives_one_target_per_indicator() -> None:
    doc = extract_document("到2027年,全市高新技术企业和科技型中小企业数量实现“双倍增”。")
    assert [t.indicator for t in doc.targets] == ["全市高新技术企业", "科技型中小企业数量"]


def test_fenbie_pairs_values_with_indicators_in_order() -> None:
    doc = extract_document("到2026年,高新技术企业、科技型中小企业分别超过120家、800家。")
    assert [(t.indicator, str(t.value)) for t in doc.targets] == [
        ("高新技术企业", "120"),
        ("科技型中小企业", "800"),
    ]


def test_completion_verb_not_left_in_indicator() -> None:
    doc = extract_document("2024年工作目标:全县工业税收完成3.1亿元。")
    (t,) = doc.targets
    assert not t.indicator.endswith("完成")


def test_percent_raise_of_a_share_warns() -> None:
    doc = extract_document("到2025年,制造业增加值占GDP比重提高5%。", source="x")
    assert [w.code for w in doc.warnings if w.code == "percent_vs_points"] == ["percent_vs_points"]
    doc = extract_document("到2025年,制造业增加值占GDP比重提高5个百分点。", source="x")
    assert not [w for w in doc.warnings if w.code == "percent_vs_points"]


def test_truncated_responsibility_block_at_end_of_text() -> None:
    text = (
        "2024年重点任务\n一、加快推进300个省级重大项目建设。〔省发展改革委牵头〕\n"
        "二、力争新增高新技术企业500家。〔省委军民融合办、省发展改革委、省科技厅"
    )
    doc = extract_document(text, source="x")
    assert [str(t.value) for t in doc.targets] == ["300", "500"]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("目标是到2020年工业总产值达到5000亿元。", "工业总产值"),
        ("到2025年,电子信息制造业总产值将达到800亿元。", "电子信息制造业总产值"),
        ("到2025年,规模以上工业增加值在675亿元以上。", "规模以上工业增加值"),
        ("一、对全市工业增长的贡献率达到30%。", "全市工业增长的贡献率"),
    ],
)
def test_indicator_debris_is_stripped(text: str, indicator: str) -> None:
    doc = extract_document(text, source="x")
    assert [t.indicator for t in doc.targets] == [indicator]


# ---------------------------------------------------------------------------
# Round 5: our own sentences, one per rule added after the fifth held-out set
# (named goals defined later, anniversary years, every 十N五, yearly editions,
# funding inputs, 引入/立项, 建成区, 带动…突破, size classes, 重点打造).
# ---------------------------------------------------------------------------

OWN_CASES_5: list[tuple[str, str, list[dict[str, Any]]]] = [
    # 1. a quoted goal introduced with a year, defined in a later paragraph
    (
        "5-named-goal",
        (
            "到2023年,全市实现“三提升”目标;到2026年,工业总产值突破5000亿元。\n"
            "“三提升”目标具体为:新增省级技术中心12个,规上企业达到900户。"
        ),
        [
            E("5000", "亿元", "level", "gt", deadline_year=2026),
            E("12", "个", "increment", "eq", deadline_year=2023),
            E("900", "户", "level", "ge", deadline_year=2023),
        ],
    ),
    # negative: a quoted name never given a year keeps the plan's deadline
    (
        "5-named-goal-neg",
        ("到2026年,工业总产值突破5000亿元。\n“双倍增”任务主要是:新增高新技术企业300家。"),
        [
            E("5000", "亿元", "level", "gt", deadline_year=2026),
            E("300", "家", "increment", "eq", deadline_year=2026),
        ],
    ),
    # 2. anniversary years name the report's year
    (
        "5-anniversary",
        "今年是中国共产党成立100周年。\n主要预期目标:地区生产总值增长7%左右。",
        [E("7", "%", "growth_rate", "approx", deadline_year=2021)],
    ),
    (
        "5-anniversary-reform",
        "今年是改革开放40周年。\n全年新增规上工业企业120家。",
        [E("120", "家", "increment", "eq", deadline_year=2018)],
    ),
    # negative: an explicit goal year wins over the anniversary
    (
        "5-anniversary-neg",
        "今年是新中国成立75周年。\n到2027年,新增规上工业企业500家。",
        [E("500", "家", "increment", "eq", deadline_year=2027)],
    ),
    # 3. every 十N五 ends its plan period, traditional script too
    (
        "5-five-year-12",
        "到“十二五”末,全市培育年产值超百亿元企业8家。",
        [E("8", "家", "increment", "eq", deadline_year=2015)],
    ),
    (
        "5-five-year-11-trad",
        "到“十一五”末,全市規模以上工業增加值達到900億元。",
        [E("900", "亿元", "level", "ge", deadline_year=2010)],
    ),
    (
        "5-five-year-15",
        "“十五五”期间,累计新增专精特新企业400家。",
        # 累计新增: new things over the period (TARGETS.md: increment), not a stock
        [E("400", "家", "increment", "eq", deadline_year=2030)],
    ),
    # 4. a yearly edition (2025年版) is an annual plan
    (
        "5-edition",
        "若干扶持政策\n(2026年版)\n一、新认定高新技术企业300家以上。",
        [E("300", "家", "increment", "ge", deadline_year=2026)],
    ),
    # 5. funding inputs are not targets
    ("5-funding-neg", "2025年,市财政预算安排资金12.5亿元。", []),
    ("5-funding-neg2", "2025年,区级统筹安排专项引导资金3亿元。", []),
    # 6. kinds: 引入 / 立项 are new things; 建成区 is a noun; 带动 X 突破 is X's level
    (
        "5-kind-yinru",
        "2025年,引入品牌首店80家左右,立项省级重点研发项目15项以上。",
        [
            E("80", "家", "increment", "approx", deadline_year=2025),
            E("15", "项", "increment", "ge", deadline_year=2025),
        ],
    ),
    (
        "5-kind-built-up-area",
        "到2026年,中心城区建成区面积达到650平方公里。",
        [E("650", "平方公里", "level", "ge", deadline_year=2026)],
    ),
    (
        "5-kind-cause-verb",
        "到2027年,引育链主企业10家,带动全市工业总产值突破8000亿元。",
        [
            E("10", "家", "increment", "eq", deadline_year=2027),
            E("8000", "亿元", "level", "gt", deadline_year=2027),
        ],
    ),
    # 形成 N 个 size-class things is a stock; 培育形成 stays new things
    (
        "5-kind-size-class",
        "到2026年,形成4个以上千亿级产业集群,培育形成3个百亿级企业。",
        [
            E("4", "个", "level", "ge", deadline_year=2026),
            E("3", "个", "increment", "eq", deadline_year=2026),
        ],
    ),
    # 重点打造 builds new things; 重点培育 picks a focus set (level, round 2)
    (
        "5-kind-focus-build",
        "到2025年,每个县(市)重点打造2~3个特色街区。",
        [E("2", "个", "increment", "between", deadline_year=2025)],
    ),
]


@pytest.mark.parametrize(
    ("category", "text", "expected"),
    OWN_CASES_5,
    ids=[f"r5-{i:02d}-{c[0]}" for i, c in enumerate(OWN_CASES_5)],
)
def test_generality_round5(category: str, text: str, expected: list[dict[str, Any]]) -> None:
    assert _problems(text, expected) == [], category


# --- sixth group: news and work reports without a horizon --------------------------
# The year such a text is written in is the latest year it names that is no deadline
# (到20XX年) and no milestone (20XX年达到…); earlier years and finished five-year
# periods report history; 今年/全年/年度 take that year.
OWN_CASES_6: list[tuple[str, str, list[dict[str, Any]]]] = [
    (
        "6-news-past-year",
        (
            "记者从全市工业大会获悉,2022年,全市规上工业产值8600亿元,增长9%。"
            "2023年,全市工业产值力争突破9500亿元。"
        ),
        [E("9500", "亿元", "level", "gt", deadline_year=2023)],
    ),
    (
        "6-news-past-period",
        "“十四五”时期,全市工业投资年均增长7.5%。2026年,规上工业营收力争达到3万亿元。",
        [E("3", "万亿元", "level", "ge", deadline_year=2026)],
    ),
    (
        "6-news-this-year",
        "2024年,某市召开项目推进会。今年全市新增规上工业企业150家以上。",
        [E("150", "家", "increment", "ge", deadline_year=2024)],
    ),
    (
        "6-five-year-end-in-indicator",
        "全市将争取“十四五”规划期末工业总产值达到9000亿元。",
        [E("9000", "亿元", "level", "ge", deadline_year=2025)],
    ),
    # negatives: milestone years are deadlines, not the year of writing
    (
        "6-neg-milestones",
        "省级专精特新企业2026年达到80家、2027年达到100家。",
        [
            E("80", "家", "level", "ge", deadline_year=2026),
            E("100", "家", "level", "ge", deadline_year=2027),
        ],
    ),
    (
        "6-neg-deadline-not-writing-year",
        "2024年,全市规上工业增加值增长6%以上;到2027年,工业总产值突破1万亿元。",
        [
            E("6", "%", "growth_rate", "ge", deadline_year=2024),
            E("1", "万亿元", "level", "gt", deadline_year=2027),
        ],
    ),
    # a meeting's attendance is no target
    (
        "6-neg-meeting-attendance",
        "区第五届人大第三次会议开幕。会议应到代表230名,实到218名,符合法定人数。",
        [],
    ),
    # 已形成 opening a 。-sentence reports every number up to the 。
    (
        "6-neg-already-formed-sentence",
        (
            "已形成汽车、化工2个千亿级产业,工业投资占比保持在35%以上。"
            "2026年,全市工业产值力争达到8000亿元。"
        ),
        [E("8000", "亿元", "level", "ge", deadline_year=2026)],
    ),
    # a standing in a named province (位居河南省第五) reports its sentence
    (
        "6-neg-standing-in-province",
        "过去五年,全市工业增加值年均增长5.9%,位居河南省第五。力争2026年工业投资增长8%以上。",
        [E("8", "%", "growth_rate", "ge", deadline_year=2026)],
    ),
    (
        "6-already-inside-forward-sentence",
        "到2027年,全市规上工业企业达到3000家,数字化改造已在重点行业全面推开。",
        [E("3000", "家", "level", "ge", deadline_year=2027)],
    ),
]


@pytest.mark.parametrize(
    ("category", "text", "expected"),
    OWN_CASES_6,
    ids=[f"r6-{i:02d}-{c[0]}" for i, c in enumerate(OWN_CASES_6)],
)
def test_generality_round6(category: str, text: str, expected: list[dict[str, Any]]) -> None:
    assert _problems(text, expected) == [], category


# Round 8: numbered rows, tallies, half-width stops, money per area; each a rule in
# docs/extraction.md ("Tables", "Values and units"). Our own sentences.
OWN_CASES_8: list[Case] = [
    # a heading's tally of its items is no target
    (
        "8-neg-heading-tally",
        "一、区科技局牵头工作(6项)\n1.新认定高新技术企业40家。",
        [E("40", "家", "increment", "eq")],
    ),
    ("8-neg-heading-tally-gong", "二、年度主要预期目标(共9项)\n", []),
    # a full stop written half-width ends the clause
    (
        "8-half-width-stop",
        "到2026年,数字经济核心产业增加值占GDP比重12.5%. 工业投资增长9%.",
        [
            E("12.5", "%", "level", "eq", deadline_year=2026),
            E("9", "%", "growth_rate", "eq", deadline_year=2026),
        ],
    ),
    # money per 平方公里 / 公顷 is a unit
    (
        "8-money-per-area",
        "到2027年,园区工业用地地均产出提高至80亿元/平方公里,亩均税收达到30万元/亩。",
        [
            E("80", "亿元/平方公里", "level", "ge", deadline_year=2027),
            E("30", "万元/亩", "level", "ge", deadline_year=2027),
        ],
    ),
    # a counted subject opening its clause and the state or event it reaches
    (
        "8-count-subject-state",
        "到2027年,4个百亿级产业集群初具规模;力争12个重点技改项目竣工投产。",
        [
            E("4", "个", "level", "eq", deadline_year=2027),
            E("12", "个", "increment", "eq", deadline_year=2027),
        ],
    ),
    (
        "8-neg-count-subject-mid-clause",
        "建设3个产业园并推动项目落地。",
        [E("3", "个", "increment", "eq")],
    ),
    # under a goals heading, “十N五”期间 opens the plan's own period (not history) and
    # its end is the deadline of the section's later targets; 比“十N五”末 is a baseline
    (
        "8-goal-section-period",
        (
            "(二)总体目标\n“十三五”期间,全市技改投资年均增长12%以上。\n"
            "规上工业企业达到900家;单位工业增加值能耗比“十二五”末降低15%。"
        ),
        [
            E("12", "%", "growth_rate", "ge", deadline_year=2020),
            E("900", "家", "level", "ge", deadline_year=2020),
            E("15", "%", "reduction", "eq", deadline_year=2020),
        ],
    ),
    # numbered lines ending in unit names: a row of a task-division table
    (
        "8-space-rows",
        (
            "2026年目标任务分解\n1 工业增加值增长7%左右. 工信局\n"
            "2 新增规上工业企业60家. 工信局、统计局\n"
        ),
        [
            E("7", "%", "growth_rate", "approx", deadline_year=2026),
            E("60", "家", "increment", "eq", deadline_year=2026),
        ],
    ),
]


@pytest.mark.parametrize(
    ("category", "text", "expected"),
    OWN_CASES_8,
    ids=[f"r8-{i:02d}-{c[0]}" for i, c in enumerate(OWN_CASES_8)],
)
def test_generality_round8(category: str, text: str, expected: list[dict[str, Any]]) -> None:
    assert _problems(text, expected) == [], category


def test_numbered_rows_give_their_units_as_leads() -> None:
    doc = extract_document(
        "2026年目标任务分解\n1 工业增加值增长7%左右. 市工信局\n"
        "2 新增规上工业企业60家. 市工信局、市统计局\n"
    )
    leads = [[u.as_written for u in t.responsibility.lead] for t in doc.targets]
    assert leads == [["市工信局"], ["市工信局", "市统计局"]]
    # the serial number is not part of the indicator
    assert not doc.targets[0].indicator.startswith("1")


def test_heading_names_the_lead_of_its_items() -> None:
    doc = extract_document(
        "一、县工信局牵头工作(3项)\n1.新增规上工业企业20家。\n2.实施技改项目15个。\n"
    )
    assert [t.value for t in doc.targets] == [Decimal(20), Decimal(15)]
    for t in doc.targets:
        assert [u.as_written for u in t.responsibility.lead] == ["县工信局"]


def test_lead_with_a_verb_after_it_is_a_block() -> None:
    doc = extract_document("1.全市规上工业增加值增长8%左右。(市经信委牵头落实)\n")
    assert [u.as_written for u in doc.targets[0].responsibility.lead] == ["市经信委"]


@pytest.mark.parametrize(
    ("title", "start", "end"),
    [
        ("关于2026年重点工作及责任分解的通知", 2026, 2026),
        ("某区2025年重点工作任务分解和责任分工方案", 2025, 2025),
        ("某市制造业高质量发展“十四五”规划", 2021, 2025),
        ("某县工业经济“十五五”发展规划", 2026, 2030),
    ],
)
def test_title_gives_the_horizon(title: str, start: int, end: int) -> None:
    doc = extract_document(f"{title}\n一、主要目标\n工业投资增长10%。\n")
    assert doc.horizon_start is not None
    assert doc.horizon_end is not None
    assert (doc.horizon_start.year, doc.horizon_end.year) == (start, end)


# Session 3: conventions decided for project descriptors, tallies of named lists, a
# rate shared by conjoined metrics, and a single scale (X亿级产业规模).
OWN_CASES_10: list[Case] = [
    # a tally of a named list without a size class is no target ...
    (
        "10-neg-named-list-tally",
        "到2026年,打造汽车电子、工业软件、储能材料和轨道装备四条产业链。",
        [],
    ),
    (
        "10-neg-named-list-tally-arabic",
        "到2026年,重点培育光伏、锂电2个特色产业集群。",
        [],
    ),
    # ... with a size class it counts things that reach the class
    (
        "10-named-list-with-size-class",
        "到2026年,打造光伏、锂电2个百亿级产业集群。",
        [E("2", "个", "increment", "eq", deadline_year=2026)],
    ),
    # a named list that comes into being (建成通车) is an outcome, not a tally
    (
        "10-named-list-event",
        "到2026年,甲乙、丙丁2条快速路建成通车。",
        [E("2", "条", "increment", "eq", deadline_year=2026)],
    ),
    # a project's descriptors and its result once built are the project's data
    (
        "10-neg-project-descriptors",
        "(三)年产5万吨新材料项目。项目总投资6.2亿元,占地150亩,建成后年产值12亿元。",
        [],
    ),
    # ... an outcome verb makes the same figures a task of the plan
    (
        "10-completion-of-land-and-investment",
        "2026年,完成征地拆迁800亩,完成工业投资260亿元。",
        [
            # 完成 + an amount of land is the amount done in the year, like 完成投资
            # (rule (a) of the held-out conventions; session 8 made it so)
            E("800", "亩", "level", "eq", deadline_year=2026),
            E("260", "亿元", "level", "eq", deadline_year=2026),
        ],
    ),
    # a rate shared by conjoined metrics: one target per metric
    (
        "10-shared-rate",
        "到2026年,力争龙头企业产值、税收增长12%以上。",
        [
            E("12", "%", "growth_rate", "ge", deadline_year=2026),
            E("12", "%", "growth_rate", "ge", deadline_year=2026),
        ],
    ),
    # ... but a list of subjects with one metric is one target
    (
        "10-shared-rate-one-metric",
        "到2026年,甲公司、乙公司产值增长12%。",
        [E("12", "%", "growth_rate", "eq", deadline_year=2026)],
    ),
    # a single scale written as X亿级产业规模
    (
        "10-scale-class",
        "到2027年,全市绿色食品形成八百亿级产业规模,装备制造形成1200亿级规模。",
        [
            E("800", "亿元", "level", "ge", deadline_year=2027),
            E("1200", "亿元", "level", "ge", deadline_year=2027),
        ],
    ),
]


OWN_CASES_10 += [
    # a counted subject whose amount passes a threshold: the count is the target
    (
        "10-count-subject-amount",
        "2014年,汽车、化工、建材等3个产业产值超五百亿元;2016年力争8家以上企业营收突破50亿元。",
        [
            E("3", "个", "level", "eq", deadline_year=2014),
            E("8", "家", "level", "ge", deadline_year=2016),
        ],
    ),
    # 同比增速 in a plan is one year's growth, and parts may open in brackets
    (
        "10-yoy-rate-and-bracketed-parts",
        "2022年,力争全市规上工业增加值同比增速达到6.5%以上(其中高技术制造业增速12%以上)。",
        [
            E("6.5", "%", "growth_rate", "ge", deadline_year=2022),
            E("12", "%", "growth_rate", "ge", deadline_year=2022),
        ],
    ),
    # an amount before 的 + the measure it is the value of
    (
        "10-amount-object",
        "到2026年,园区实现不低于30亿元的工业产值,确保取得不少于2亿元的税收收入。",
        [
            E("30", "亿元", "level", "ge", deadline_year=2026),
            E("2", "亿元", "level", "ge", deadline_year=2026),
        ],
    ),
    # a project's dimensions and cost items are its data
    (
        "10-neg-dimensions-and-costs",
        (
            "3、园区主干道工程。全长4.2公里,宽24米。\n4、场地平整工程。面积约1500亩,"
            "土方量约120万立方米。总投资26000万元,其中工程建设投资18000万元,"
            "征地补偿费7000万元,预备费1000万元。"
        ),
        [],
    ),
    # a benchmark reached by a share already counted is part of that target
    (
        "10-share-reaching-benchmark",
        "到2026年,重点企业60%以上装备达到国内先进水平。",
        [E("60", "%", "level", "ge", deadline_year=2026)],
    ),
    # 净增 counts new things net of exits
    (
        "10-net-increase",
        "到2026年,全市每年净增规上工业企业80户。",
        [E("80", "户", "increment", "eq", deadline_year=2026)],
    ),
]

OWN_CASES_10 += [
    # 上/跃上…台阶 reach a step; 过 passes a value
    (
        "10-step-and-guo",
        "2009年,全市工业增加值上300亿元台阶,利税总额跃上60亿元台阶,力争机械产业销售收入过80亿元。",
        [
            E("300", "亿元", "level", "ge", deadline_year=2009),
            E("60", "亿元", "level", "ge", deadline_year=2009),
            E("80", "亿元", "level", "gt", deadline_year=2009),
        ],
    ),
    # 分别 with one value and a tally of the list: one target per indicator
    (
        "10-fenbie-one-value",
        "2009年,工业增加值、主营业务收入、利税总额等三项指标分别保持18%以上的增长速度。",
        [E("18", "%", "growth_rate", "ge", deadline_year=2009)] * 3,
    ),
    # additions to a stock, and the total of a flow
    (
        "10-stock-additions-and-flow-total",
        "到2026年,规上工业企业总数每年新增25家以上,产业集群营业收入总量达到1800亿元。",
        [
            E("25", "家", "increment", "ge", deadline_year=2026),
            E("1800", "亿元", "level", "ge", deadline_year=2026),
        ],
    ),
    # 新上 N projects are new things
    (
        "10-xinshang",
        "2026年,新上1000万元以上项目40个,其中亿元以上项目6个以上。",
        [
            E("40", "个", "increment", "eq", deadline_year=2026),
            E("6", "个", "increment", "ge", deadline_year=2026),
        ],
    ),
    # counts passing a threshold that share a noun phrase after 的
    (
        "10-counts-sharing-np",
        "到2027年,初步形成食品、纺织2个产值过500亿元、 机电1个产值过200亿元的“211”产业集群。",
        [
            E("2", "个", "level", "eq", deadline_year=2027),
            E("1", "个", "level", "eq", deadline_year=2027),
        ],
    ),
    # named industries each reaching a size class; examples (等) and vague sets are not
    (
        "10-named-industries-reach-class",
        "到2027年,打造电子信息、现代化工千亿级产业集群和若干百亿级产业集群。",
        [
            E("1000", "亿元", "level", "ge", deadline_year=2027),
            E("1000", "亿元", "level", "ge", deadline_year=2027),
        ],
    ),
    (
        "10-neg-examples-of-a-class",
        "到2027年,各县着力培育家具、纺织、食品等百亿级产业集群。",
        [],
    ),
]

OWN_CASES_10 += [
    # 到达 (for 达到) and a value closed by 等目标 / 的目标
    (
        "10-daoda-and-goal-word",
        "到2020年,两化融合发展指数到达90,单位工业增加值用水量年均降低4%等目标。",
        [
            E("90", None, "level", "ge", deadline_year=2020),
            E("4", "%", "reduction", "eq", deadline_year=2020),
        ],
    ),
    (
        "10-value-before-de-mubiao",
        "会议提出,到2026年工业总产值达到8000亿元的目标。",
        [E("8000", "亿元", "level", "ge", deadline_year=2026)],
    ),
    # a line closing on a quantity is never joined to a line opening with a year
    (
        "10-no-join-before-year-line",
        "到2026年,战略性新兴产业占工业总产值比重达到15%\n2027年,工业投资增长10%。",
        [
            E("15", "%", "level", "ge", deadline_year=2026),
            E("10", "%", "growth_rate", "eq", deadline_year=2027),
        ],
    ),
    # money into a fund is an input
    (
        "10-neg-fund-input",
        "未来5年内统筹投入产业发展基金不少于200亿元,风险准备金逐步提升至5亿元。",
        [],
    ),
    # a scale in 亿元 a named cluster reaches
    (
        "10-amount-scale-cluster",
        "到2026年,形成2000亿元规模先进装备产业集群。",
        [E("2000", "亿元", "level", "ge", deadline_year=2026)],
    ),
    # counts passing a threshold directly before their noun
    (
        "10-count-amount-noun",
        "到2026年,构建集群梯队,包括汽车、电子等2个产值超1000亿元产业集群。",
        [E("2", "个", "level", "eq", deadline_year=2026)],
    ),
]

OWN_CASES_10 += [
    # a comparator word between the verb and its count
    (
        "10-verb-then-atleast",
        "2026年,新增至少2个百亿产业、3至5家十亿企业。",
        [
            E("2", "个", "increment", "ge", deadline_year=2026),
            E("3", "家", "increment", "between", value_high="5", deadline_year=2026),
        ],
    ),
    # 零的突破 of the thing named before it
    (
        "10-zero-de-breakthrough",
        "到2026年,新增国家级企业技术中心3家,实现省级实验室零的突破。",
        [
            E("3", "家", "increment", "eq", deadline_year=2026),
            E("1", "个", "level", "ge", deadline_year=2026),
        ],
    ),
    # a sentence opening with a year dates the paragraph's later sentences
    (
        "10-sentence-year-dates-paragraph",
        (
            "(一)主要目标\n规模跃升。2026年,全区经济总量突破900亿元。培育5家百亿级企业。\n"
            "远景目标。到2035年,建成先进制造业强区。"
        ),
        [
            E("900", "亿元", "level", "gt", deadline_year=2026),
            E("5", "家", "increment", "eq", deadline_year=2026),
        ],
    ),
]

OWN_CASES_10 += [
    # a share written with a slash; never a date
    (
        "10-slash-share",
        "2026年,规上工业应税销售占全市1/6,科创项目占全市比重超1/4。发布时间2026/02/01。",
        [
            E("1/6", None, "level", "eq", deadline_year=2026),
            E("1/4", None, "level", "gt", deadline_year=2026),
        ],
    ),
    # under a goals heading a value with its change on last year is a target
    (
        "10-goal-list-value-and-change",
        "一、经济运行目标\n(1)财政一般预算收入完成5200万元,比上年增长20%。\n",
        [
            E("5200", "万元", "level", "eq"),
            E("20", "%", "growth_rate", "eq"),
        ],
    ),
    # an amount with nothing before it qualifies the noun after it
    (
        "10-leading-amount-qualifies",
        "一、经济运行目标\n(10)50万元以上项目完成固定资产投资增长20%。\n",
        [E("20", "%", "growth_rate", "eq")],
    ),
    # named industries sharing one metric and amount: one target each; a list of
    # companies or of metrics of one subject stays one
    (
        "10-industries-share-amount",
        "到2026年,新材料产业、高端装备产业营收突破800亿元。龙头企业营收、利润突破90亿元。",
        [
            E("800", "亿元", "level", "gt", deadline_year=2026, indicator="新材料产业营收"),
            E("800", "亿元", "level", "gt", deadline_year=2026, indicator="高端装备产业营收"),
            E("90", "亿元", "level", "gt", deadline_year=2026),
        ],
    ),
    # a 、-continuation after a growth rate keeps the growth kind
    (
        "10-growth-continuation",
        "2026年,规上工业增加值年均增长保持在7%左右、力争达到8%。",
        [
            E("7", "%", "growth_rate", "approx", deadline_year=2026),
            E("8", "%", "growth_rate", "ge", deadline_year=2026),
        ],
    ),
    # new approvals, and a count with 以上 opening its clause before a predicate
    (
        "10-approvals-and-count-predicate",
        "到2027年,新获批创新药12个以上,8个以上产品进入国际主流市场。",
        [
            E("12", "个", "increment", "ge", deadline_year=2027),
            E("8", "个", "level", "ge", deadline_year=2027),
        ],
    ),
    # compound names (A与B、C与D) share one scale reached by each (双双 / 分别)
    (
        "10-compound-names-reach-scale",
        "到2025年,新材料与化工、装备与汽车两大集群规模双双达到2000亿级,电子与软件、食品与医药分别达到800亿级。",
        [
            E("2000", "亿元", "level", "ge", deadline_year=2025, indicator="新材料与化工"),
            E("2000", "亿元", "level", "ge", deadline_year=2025, indicator="装备与汽车"),
            E("800", "亿元", "level", "ge", deadline_year=2025, indicator="电子与软件"),
            E("800", "亿元", "level", "ge", deadline_year=2025, indicator="食品与医药"),
        ],
    ),
    # a list of size-class goals goes on without its verb
    (
        "10-size-class-list-continues",
        "到2025年,培育形成钢铁、化工2个千亿级产业集群,电子信息500亿级产业集群,新材料、医药2个300亿级产业集群。",
        [
            E("2", "个", "increment", "eq", deadline_year=2025),
            E("500", "亿元", "level", "ge", deadline_year=2025),
            E("2", "个", "increment", "eq", deadline_year=2025),
        ],
    ),
    # 20XX年度 dates its sentence like 20XX年
    (
        "10-year-du",
        "2026年度新增规上工业企业12家。",
        [E("12", "家", "increment", "eq", deadline_year=2026)],
    ),
    # projects started or continued in the year are new things
    (
        "10-projects-started",
        "2026年续建项目9个,总投资30亿元;新开工项目20个。",
        [
            E("9", "个", "increment", "eq", deadline_year=2026, indicator="续建项目"),
            E("20", "个", "increment", "eq", deadline_year=2026),
        ],
    ),
]


@pytest.mark.parametrize(
    ("category", "text", "expected"),
    OWN_CASES_10,
    ids=[f"r10-{i:02d}-{c[0]}" for i, c in enumerate(OWN_CASES_10)],
)
def test_generality_session3(category: str, text: str, expected: list[dict[str, Any]]) -> None:
    assert _problems(text, expected) == [], category


def test_shared_rate_names_each_metric() -> None:
    doc = extract_document("到2026年,龙头企业产值、税收增长12%以上。")
    assert [t.indicator for t in doc.targets] == ["龙头企业产值", "税收"]


def test_bracketed_count_leaves_no_bracket_in_the_indicator() -> None:
    doc = extract_document("到2026年,培育专精特新企业(30家)。")
    assert [t.indicator for t in doc.targets] == ["专精特新企业"]


def test_signature_date_does_not_join_the_title_below_it() -> None:
    # the issuer line, its date and the plan's title stay three lines: the date is no
    # goal year of a heading (which would date the goals 2019)
    doc = extract_document(
        "请认真组织实施。\n某市工业和信息化局\n2019年12月17日\n某市先进制造业强市三年行动计划\n"
        "(2019-2021年)\n一、工作目标\n到2021年,先进制造业增加值达3000亿元以上。"
        "打造新材料、生物医药两大集群,集群规模分别达到600亿元、300亿元。\n"
    )
    assert [(str(t.value), t.deadline.year if t.deadline else None) for t in doc.targets] == [
        ("3000", 2021),
        ("600", 2021),
        ("300", 2021),
    ]


@pytest.mark.parametrize(
    "date",
    ["二○一○年一月十二日", "二○一0年一月十二日", "二〇一〇年元月十二日", "2010年1月12日"],
)
def test_signature_date_after_the_notice_text(date: str) -> None:
    doc = extract_document(
        f"各县(市)区人民政府:\n现印发给你们,请认真贯彻执行。 {date}\n关于加快工业发展的若干意见\n"
        "二、发展目标\n1、工业总量迅速提升。2012年,全市工业总产值达6000亿元;"
        "2015年,全市工业总产值达10000亿元。\n"
    )
    assert doc.issued == dt.date(2010, 1, 12)
    # the plan starts in 2010, so 2012 is a milestone, not history
    assert [str(t.value) for t in doc.targets] == ["6000", "10000"]


def test_goals_dated_year_by_year_give_the_horizon() -> None:
    doc = extract_document(
        "某市人民政府\n2025年3月1日\n关于推进制造业数字化转型的实施意见\n一、总体思路和目标\n"
        "(一)总体思路\n每年滚动实施百个项目,实现规上工业企业数字化转型全覆盖。\n(二)主要目标\n"
        "2025年,实施千项数字化改造项目。\n2026年,规上工业企业全面实现数字化转型。\n"
        "二、重点任务\n"
    )
    assert doc.horizon_start == dt.date(2025, 1, 1)
    assert doc.horizon_end == dt.date(2026, 12, 31)
    per_year = [t for t in doc.targets if str(t.value) == "100"]
    assert per_year
    assert per_year[0].deadline == dt.date(2026, 12, 31)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # the cover notice names the document it issues
        (
            "县领导小组:\n开发区结合实际制定了《某开发区2026年度竞争激励机制目标》。现报告如下:\n",
            2026,
        ),
        ("各区:\n现将《某市先进制造业三年行动计划(2026-2028年)》印发给你们。\n", 2028),
        # an annual 工作规划 title
        ("某高新区\n高新区2026年工作规划\n", 2026),
    ],
)
def test_cover_and_annual_titles_give_the_horizon(text: str, year: int) -> None:
    doc = extract_document(text + "一、主要目标\n新增规上工业企业10家。\n")
    assert doc.horizon_end == dt.date(year, 12, 31)
    assert [t.deadline.year if t.deadline else None for t in doc.targets] == [year]


def test_bullet_intro_naming_a_five_year_period_dates_the_bullets() -> None:
    doc = extract_document(
        "某市工业发展情况\n“十三五”期间,全市工业增加值年均增长6.8%。\n"
        "《规划》提出了“十四五”工业经济高质量发展的三大重点目标:\n"
        "——规模效益实现新提升。规模以上工业增加值年均增长7%。\n"
        "——结构实现新优化。高新技术产业产值占比达50%。\n"
    )
    assert [(str(t.value), t.deadline.year if t.deadline else None) for t in doc.targets] == [
        ("7", 2025),
        ("50", 2025),
    ]


def test_run_in_title_names_its_period() -> None:
    doc = extract_document(
        "某市推进工业经济稳增长工作方案(2024-2026) 为深入贯彻…,制定本方案。"
        "规模以上工业增加值年均增长8%左右.\n"
    )
    assert (doc.horizon_start, doc.horizon_end) == (dt.date(2024, 1, 1), dt.date(2026, 12, 31))
    assert [t.deadline.year if t.deadline else None for t in doc.targets] == [2026]


# --- Session 4: held-out rounds 16-19 (found untuned, then generalised) ---------------
OWN_CASES_17: list[Case] = [
    # 保X、争Y: keep one value (≥, ensured), reach for another (≥, striven for)
    (
        "17-keep-reach",
        "2024年,规上工业增加值增长保7%、争8%。",
        [
            E("7", "%", "growth_rate", "ge", deadline_year=2024),
            E("8", "%", "growth_rate", "ge", deadline_year=2024),
        ],
    ),
    (
        "17-sprint",
        "到2025年,全市工业总产值冲刺1000亿元。",
        [E("1000", "亿元", "level", "ge", deadline_year=2025, indicator="全市工业总产值")],
    ),
    # 超万亿元 after a value of the same indicator: the indicator carries over; 超 is >
    (
        "17-step-after-value",
        "到2025年,全部工业开票销售保9000亿元力争超万亿元。",
        [
            E("9000", "亿元", "level", "ge", deadline_year=2025),
            E("1", "万亿元", "level", "gt", deadline_year=2025, indicator="全部工业开票销售"),
        ],
    ),
    # metrics doubling each (分别较2020年翻番); the tally of the doublings is no target
    (
        "17-conjoined-doubling",
        "2025年工业营业收入、地区生产总值分别较2020年翻番,实现2个倍增。",
        [
            E("2", "倍", "multiple", "eq", deadline_year=2025, indicator="工业营业收入"),
            E("2", "倍", "multiple", "eq", deadline_year=2025, indicator="地区生产总值"),
        ],
    ),
    # an 等-list doubles as a whole
    (
        "17-deng-list-doubles-once",
        "到2025年,新能源、新材料等产业规模翻番。",
        [E("2", "倍", "multiple", "eq", deadline_year=2025)],
    ),
    # the parts after a year-opened target (其中, growth rates) are targets of that year
    (
        "17-parts-after-year-opened-target",
        (
            "一、主要目标\n2025年全市生产总值达到330亿元,力争进入全省先进行列。"
            "其中,规模以上工业增加值增长8%,全社会固定资产投资增长7.5%。\n"
        ),
        [
            E("330", "亿元", "level", "ge", deadline_year=2025),
            E("8", "%", "growth_rate", "eq", deadline_year=2025),
            E("7.5", "%", "growth_rate", "eq", deadline_year=2025),
        ],
    ),
    # 递增 is growth; a rate naming no metric takes the metric of the value before it
    (
        "17-dizeng",
        (
            "到2010年,全县第二产业产值实现530亿元,比2005年增长172%,5年平均递增22%。"
            "外贸出口交货值和出口创汇额要以每年递增25%的速度增长。"
        ),
        [
            E("530", "亿元", "level", "eq", deadline_year=2010),
            E("172", "%", "growth_rate", "eq", deadline_year=2010),
            E(
                "22",
                "%",
                "growth_rate",
                "eq",
                deadline_year=2010,
                indicator="第二产业产值5年平均递增",
            ),
            E("25", "%", "growth_rate", "eq", deadline_year=2010, indicator="外贸出口交货值"),
            E("25", "%", "growth_rate", "eq", deadline_year=2010, indicator="出口创汇额"),
        ],
    ),
    # an abbreviation before the number; a qualifier after a stray space
    (
        "17-gdp-abbrev-and-spaced-qualifier",
        "2010年人均GDP3.5万美元,工业增加值占全省比重达到50% 以上,研发经费占比达到 3% 左右。",
        [
            E("3.5", "万美元", "level", "eq", deadline_year=2010),
            E("50", "%", "level", "ge", deadline_year=2010),
            E("3", "%", "level", "approx", deadline_year=2010),
        ],
    ),
    # a bracketed 含 part of a prenominal count; 篇 and 上稿
    (
        "17-bracketed-han-part",
        "2019年,力争引进6家投资5000万元以上的工业项目(含1家500强企业项目),在主要媒体上稿8篇。",
        [
            E(
                "6",
                "家",
                "increment",
                "eq",
                deadline_year=2019,
                indicator="投资5000万元以上的工业项目",
            ),
            E("1", "家", "increment", "eq", deadline_year=2019, indicator="500强企业项目"),
            E("8", "篇", "increment", "eq", deadline_year=2019),
        ],
    ),
    # the amount of a task's object stands before it; a threshold stays a qualifier
    (
        "17-object-amount-before-noun",
        (
            "2019年,新建30万平方米标准厂房,盘活500亩低效用地,完成5亿元固定资产投资,"
            "引进5亿元以上项目10个,建成确定性网络2万公里,开通5G基站25万个。"
        ),
        [
            E("30", "万平方米", "increment", "eq", deadline_year=2019, indicator="标准厂房"),
            E("500", "亩", "increment", "eq", deadline_year=2019, indicator="低效用地"),
            E("5", "亿元", "level", "eq", deadline_year=2019, indicator="固定资产投资"),
            E("10", "个", "increment", "eq", deadline_year=2019),
            E("2", "万公里", "increment", "eq", deadline_year=2019),
            E("25", "万个", "increment", "eq", deadline_year=2019),
        ],
    ),
    # a ?? indent (ideographic spaces lost to a legacy encoding) opens the line
    (
        "17-garbled-indent",
        "??一、工作目标\n??到2023年底,完成标准制定。遴选不少于20家诊断服务商。\n",
        [E("20", "家", "increment", "ge", deadline_year=2023)],
    ),
    # a metric named before a colon; the grounds given in brackets are no targets
    (
        "17-colon-label-and-grounds",
        (
            "2023年目标设定如下: 人均地区生产总值:增长6%左右(依据区人代会GDP目标8.5%增速设置,"
            "高于省、市8%平均水平),责任单位为区发改委; 高新技术企业数:新增10家以上(依据区人代会"
            "目标设置),责任单位为区科技局;"
        ),
        [
            E("6", "%", "growth_rate", "approx", deadline_year=2023, indicator="人均地区生产总值"),
            E("10", "家", "increment", "ge", deadline_year=2023, indicator="高新技术企业数"),
        ],
    ),
    # a “ never closed does not hide the rest of a long sentence
    (
        "17-unclosed-quote",
        (
            "2023年,依据“三区第一、全市领先、省内争先进位的原则,结合年初区人代会指标、市下达目标"
            "以及我区实际进展状况,对32项县域经济考核指标进行了分析和目标设定,规模以上工业增加值增长8%。"
        ),
        [E("8", "%", "growth_rate", "eq", deadline_year=2023)],
    ),
    # a bracketed remark closes the value; an alternative amount does not
    (
        "17-bracketed-remark",
        (
            "2011年,新产品和技术创新项目200项(工业投入单项考核办法另行制定);"
            "新引进10亿元(或1亿美元)以上重大产业项目100个。"
        ),
        [
            E("200", "项", "level", "eq", deadline_year=2011),
            E("100", "个", "increment", "eq", deadline_year=2011),
        ],
    ),
    # 完成…投入 is a task's amount, not a project's planned input
    (
        "17-completed-input",
        "一、考核目标\n2011年全市确保完成工业性投入435亿元,其中制造业投入407亿元。\n",
        [
            E("435", "亿元", "level", "eq", deadline_year=2011),
            E("407", "亿元", "level", "eq", deadline_year=2011),
        ],
    ),
    # 各 N: each conjunct; 新设 counts new things; a rank among peer districts
    (
        "17-each-new-rank",
        "2023年,争创省级云上企业和省数字化试点项目各2个以上,规上工业企业新设研发机构500家以上,力争增速三区第一。",
        [
            E("2", "个", "increment", "ge", deadline_year=2023, indicator="省级云上企业"),
            E("2", "个", "increment", "ge", deadline_year=2023, indicator="省数字化试点项目"),
            E("500", "家", "increment", "ge", deadline_year=2023),
            E("1", "名", "level", "le", deadline_year=2023, indicator="增速排名"),
        ],
    ),
    # a goals heading whose text opens with “十N五”期间 dates the section; baselines after
    # 由 are no targets, with 分别 too; 增长的贡献率 is a share, not a growth rate
    (
        "17-goals-heading-period-and-baselines",
        (
            "(二)总体目标:“十二五”期间,全市工业完成技术改造投资2700亿元以上。每年滚动实施"
            "重点技术改造项目100项以上。\n提高技术进步贡献率。全市技术改造对工业经济增长的贡献率"
            "由45%提高到50%以上。中国、河北省名牌产品分别由3项、66项增加到6项、100项。\n"
        ),
        [
            E("2700", "亿元", "increment", "ge", deadline_year=2015),
            E("100", "项", "increment", "ge", deadline_year=2015),
            E("50", "%", "level", "ge", deadline_year=2015, indicator="贡献率"),
            E("6", "项", "level", "ge", deadline_year=2015),
            E("100", "项", "level", "ge", deadline_year=2015, indicator="河北省名牌产品"),
        ],
    ),
    # a long list of parks sharing one amount (均), and 各完成
    (
        "17-long-shared-list",
        (
            "到“十二五”末,甲开发区、乙开发区、丙开发区、丁开发区、戊开发区、己开发区和庚工业园、"
            "辛工业园、壬工业园、癸工业园规模工业总产值均突破100亿元。2011年,子工业园和丑工业园各完成40亿元。"
        ),
        [E("100", "亿元", "level", "gt", deadline_year=2015) for _ in range(10)]
        + [E("40", "亿元", "level", "eq", deadline_year=2011) for _ in range(2)],
    ),
    # an index written in % may exceed 100; a change naming no metric takes the one before
    (
        "17-index-percent-and-change",
        (
            "到2017年末,工业增加值占GDP的比重上升到52%,年均提升1.3个百分点;"
            "工业经济效益综合指数为275%,年均提升1.5个百分点。"
        ),
        [
            E("52", "%", "level", "ge", deadline_year=2017, indicator="比重"),
            E("1.3", "个百分点", "increment", "eq", deadline_year=2017, indicator="比重年均提升"),
            E("275", "%", "level", "eq", deadline_year=2017, indicator="综合指数"),
            E("1.5", "个百分点", "increment", "eq", deadline_year=2017, indicator="指数年均提升"),
        ],
    ),
    # measure words of sites, buildings, models and teams are units
    (
        "17-more-measure-words",
        "到2025年,建成2处国家级众创空间,新建标准厂房30栋,开发首台套产品10款,组建创新团队5支。",
        [
            E("2", "处", "increment", "eq", deadline_year=2025),
            E("30", "栋", "increment", "eq", deadline_year=2025),
            E("10", "款", "increment", "eq", deadline_year=2025),
            E("5", "支", "increment", "eq", deadline_year=2025),
        ],
    ),
]


@pytest.mark.parametrize(
    ("category", "text", "expected"),
    OWN_CASES_17,
    ids=[f"r17-{i:02d}-{c[0]}" for i, c in enumerate(OWN_CASES_17)],
)
def test_generality_session4(category: str, text: str, expected: list[dict[str, Any]]) -> None:
    assert _problems(text, expected) == [], category


def test_last_five_year_period_is_history_in_the_next_plan() -> None:
    text = (
        "某市“十四五”工业经济高质量发展规划\n"
        "二、发展目标\n"
        "“十三五”期间,全市工业总量持续扩大,单位GDP能耗累计下降19.5%。\n"
        "到2025年,规上工业增加值年均增长7%。\n"
    )
    doc = extract_document(text)
    assert [(str(t.value), t.unit) for t in doc.targets] == [("7", "%")]


def test_every_counted_measure_word_is_a_registered_unit() -> None:
    from mfgpolicy.extract import targets as tg
    from mfgpolicy.units import parse_unit

    alternatives = re.sub(r"\(\?!.*?\)", "", tg._COUNT.split("|人次|", 1)[1])
    words = re.findall(r"[\u4e00-\u9fff]+", alternatives)
    assert {"处", "栋", "款", "支"} <= set(words)
    for w in words:
        parse_unit(w)  # raises UnitError for a word the finder reads but cannot convert


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # an annual 实施方案 titled by its year
        ("2025年兴平市县域经济高质量发展实施方案\n一、主要目标\n", 2025, 2025),
        # 第十四个五年规划 is “十四五”; 2035年远景目标 names no annual plan
        (
            "荆门市国民经济和社会发展第十四个五年规划和2035年远景目标纲要任务分工方案\n一、总体要求\n",
            2021,
            2025,
        ),
    ],
)
def test_title_horizons_of_annual_and_five_year_plans(text: str, start: int, end: int) -> None:
    doc = extract_document(text)
    assert doc.horizon_start is not None
    assert doc.horizon_end is not None
    assert (doc.horizon_start.year, doc.horizon_end.year) == (start, end)


def test_a_referenced_document_is_not_the_title() -> None:
    doc = extract_document(
        "2026年,是开局之年。按照《某区国民经济和社会发展第十五个五年规划纲要》总体部署,"
        "现将行动安排如下。\n一、行动目标\n——科技服务业营业收入同比增长15%。\n"
    )
    assert doc.title is None
    assert [t.deadline.year for t in doc.targets if t.deadline] == [2026]


def test_published_year_dates_this_quarter_and_this_year() -> None:
    doc = extract_document(
        "某县冲刺三季度发展目标\n发布机构: 某县政府 发布时间: 2021-09-13\n"
        "力争三季度全县GDP增长10.8%以上,规上工业增加值增长11.8%以上。\n"
    )
    assert [t.deadline.year if t.deadline else None for t in doc.targets] == [2021, 2021]


# Session 5: rules read off rounds 22 onwards and the older rounds' leftovers.
OWN_CASES_22: list[Case] = [
    # a bare 万亿 after GDP or 利税 is money, as after 营业收入
    (
        "22-bare-yi-gdp",
        "到2030年,全市地区生产总值达3万亿左右,工业利税突破千亿。",
        [
            E("3", "万亿元", "level", "approx", deadline_year=2030, indicator="地区生产总值"),
            E("1000", "亿元", "level", "gt", deadline_year=2030, indicator="利税"),
        ],
    ),
    # 三年内 / 未来五年 / 用两年时间 open the clause; they are no part of the indicator
    (
        "22-relative-period-opener",
        "三年内规上工业企业实现营收8000亿元,未来五年新增专精特新企业60家。",
        [
            E("8000", "亿元", "level", "eq", indicator="规上工业企业实现营收"),
            E("60", "家", "increment", "eq", indicator="专精特新企业"),
        ],
    ),
    # the size class before the named industry: one industry reaching the class
    (
        "22-class-before-name",
        "到2027年,打造千亿级新能源汽车及零部件产业集群,培育形成一个五百亿级新材料产业链。",
        [
            E("1000", "亿元", "level", "ge", deadline_year=2027, indicator="新能源汽车及零部件"),
            E("500", "亿元", "level", "ge", deadline_year=2027, indicator="新材料产业规模"),
        ],
    ),
    # a modifier ending in 的 between the verb and a prenominal count keeps the count
    (
        "22-modifier-before-count",
        "到2026年,打造在全省具有较强影响力的2-3个特色产业集群。",
        [E("2", "个", "increment", "between", value_high="3", deadline_year=2026)],
    ),
    # …N家以上的发展梯队: the frame noun gathers the counts; they stay targets
    (
        "22-counts-forming-a-tier",
        (
            "到2026年培育形成单项冠军企业2家、专精特新“小巨人”企业10家、"
            "创新型中小企业200家以上的发展梯队。"
        ),
        [
            E("2", "家", "increment", "eq", deadline_year=2026, indicator="单项冠军企业"),
            E("10", "家", "increment", "eq", deadline_year=2026),
            E("200", "家", "increment", "ge", deadline_year=2026, indicator="创新型中小企业"),
        ],
    ),
    # a register (梯队 as a list to be built) still takes its counts as qualifiers
    ("22-register-tier", "建立20户骨干企业、50户成长型企业梯队。", []),
    # 了 after the verb: the plan describes what it sets out, no target
    ("22-described-tasks", "方案系统谋划了今后三年推进数字化转型的12项重点任务。", []),
    # a bare 万 after a people word is ten thousands of people; 建成区 is a noun
    (
        "25-people-and-built-up-area",
        "到2030年,建成区40平方公里,人口达到35万左右,新增就业2万。",
        [
            E("40", "平方公里", "level", "eq", deadline_year=2030, indicator="建成区"),
            E("35", "万人", "level", "approx", deadline_year=2030, indicator="人口"),
            E("2", "万人", "increment", "eq", deadline_year=2030, indicator="就业"),
        ],
    ),
    # a bare 万 after anything else names no unit
    ("25-bare-wan-no-unit", "到2030年,工业总产值达到3000万。", []),
    # what a place becomes (打造成为…) is its level, the phrase no part of the indicator
    (
        "25-becomes",
        "到2030年,把开发区打造成为建成区60平方公里、人口40万的工业新城。",
        [E("60", "平方公里", "level", "eq", deadline_year=2030, indicator="建成区")],
    ),
    # 现有 + a count reports what exists, with its parts
    ("25-existing", "现有工业企业210多户,其中汽车零部件企业85户,机械电子企业60户。", []),
    # counted things entering a register or programme (纳入/列入/进入 …试点/名单)
    (
        "27-enter-a-register",
        "到2026年,争取3个以上项目纳入省级土地综合整治试点,20家企业进入国家级名单。",
        [
            E(
                "3",
                "个",
                "increment",
                "ge",
                deadline_year=2026,
                indicator="纳入省级土地综合整治试点",
            ),
            E("20", "家", "increment", "eq", deadline_year=2026, indicator="进入国家级名单"),
        ],
    ),
    # 容积率 is a ratio without a unit; 盘活 + an area is a task's amount
    (
        "27-plot-ratio-and-revitalised-land",
        "到2027年,盘活土地面积8000亩以上,低效用地平均容积率提升至1.2以上。",
        [
            E("8000", "亩", "increment", "ge", deadline_year=2027, indicator="盘活土地面积"),
            E("1.2", None, "level", "ge", deadline_year=2027, indicator="容积率"),
        ],
    ),
    # 以年均15%以上速度增长 (速度 without 的): the rate before its verb is a growth rate
    (
        "26-rate-before-speed",
        "到2026年,电子信息产业总产值以年均15%以上速度增长。",
        [E("15", "%", "growth_rate", "ge", deadline_year=2026, indicator="电子信息产业总产值")],
    ),
    # a note on counting inside the amount ((人民币,下同), (不含税)) splits no clause
    (
        "29-counting-note",
        "到2026年,培育产销过百亿元(人民币,下同)的企业10家,工业总产值达到500亿元(不含税)。",
        [
            E("10", "家", "increment", "eq", deadline_year=2026, indicator="产销过百亿元的企业"),
            E("500", "亿元", "level", "ge", deadline_year=2026, indicator="工业总产值"),
        ],
    ),
    # an absolute increase over last year is an increment of the metric before it
    (
        "29-absolute-increase",
        "2026年,全区规模工业产值300亿元,力争比上年增长50亿元。",
        [
            E("300", "亿元", "level", "eq", deadline_year=2026),
            E("50", "亿元", "increment", "eq", deadline_year=2026, indicator="规模工业产值"),
        ],
    ),
    # 2026 “年: a quotation mark displaced into the year; ― as a range dash
    (
        "29-displaced-quote-and-bar-dash",
        "2026 “年,力争2+4”产业规上产值达5200亿元以上,形成3―5个工业互联网平台。",
        [
            E("5200", "亿元", "level", "ge", deadline_year=2026),
            E("3", "个", "increment", "between", value_high="5", deadline_year=2026),
        ],
    ),
    # conversions of firms (个转企) count as they happen; 发展到 reaches a level, and a bare
    # part of a ≥ whole is ≥ too
    (
        "30-conversions-and-parts",
        "到2026年,实现“个转企”1000户,全县市场主体发展到20000户,其中企业3500户。",
        [
            E("1000", "户", "increment", "eq", deadline_year=2026),
            E("20000", "户", "level", "ge", deadline_year=2026, indicator="市场主体"),
            # a bare part keeps its own comparator (session 10: the blind annotators read
            # 其中国家级20家 under 50家以上 as eq 20, 16 times against 1)
            E("3500", "户", "level", "eq", deadline_year=2026, indicator="企业"),
        ],
    ),
    # 进前三 / 进入前五名 without a scope word: a rank in the contest named before it
    (
        "27-rank-in-a-contest",
        "2024年,全市工业强镇竞赛进前三。",
        [E("3", "名", "level", "le", deadline_year=2024, indicator="竞赛排名")],
    ),
]


@pytest.mark.parametrize(
    ("category", "text", "expected"),
    OWN_CASES_22,
    ids=[f"r22-{i:02d}-{c[0]}" for i, c in enumerate(OWN_CASES_22)],
)
def test_generality_session5(category: str, text: str, expected: list[dict[str, Any]]) -> None:
    assert _problems(text, expected) == [], category


def test_a_rate_that_lost_its_percent_sign_is_kept_as_written_and_warned() -> None:
    doc = extract_document("到2027年,全县规上工业增加值年均增长75以上,工业投资年均增长12以上。")
    got = [(t.kind.value, str(t.value), t.unit, t.comparator.value) for t in doc.targets]
    assert got == [("growth_rate", "75", None, "ge"), ("growth_rate", "12", None, "ge")]
    missing = [w for w in doc.warnings if w.code == "unit_missing"]
    assert len(missing) == 2
    assert missing[0].span is not None
    assert "年均增长75以上" in missing[0].message


def test_a_page_time_stamp_dates_an_undated_programme_of_the_year() -> None:
    doc = extract_document(
        "强化工业支撑 推动产业升级\n2023-03-14 09:05:00\n\n"
        "市工信局将全年推动实施300个重点工业项目,培育规模工业企业150家。\n"
    )
    assert doc.published is not None
    assert doc.published.isoformat() == "2023-03-14"
    assert doc.horizon_start is not None
    assert doc.horizon_end is not None
    assert (doc.horizon_start.year, doc.horizon_end.year) == (2023, 2023)
    assert [t.deadline.isoformat() if t.deadline else None for t in doc.targets] == [
        "2023-12-31",
        "2023-12-31",
    ]


@pytest.mark.parametrize(
    ("text", "deadlines"),
    [
        # a month with 底/前 after it, a day, 到 before it: the date within the stated year
        ("2024年6月底前,完成200家企业数字化诊断。", ["2024-06-30"]),
        ("到2024年9月20日前,新增规上工业企业50家。", ["2024-09-20"]),
        ("到2025年12月底,新增规上工业企业100家。", ["2025-12-31"]),
        # no year in the sentence: the month applies within a one-year plan
        (
            (
                "某县2024年工业经济工作要点\n一、全年新增规上企业100家,上半年完成50家。\n"
                "二、10月底前建成5G基站500个;三季度末实施技改项目80个。\n"
            ),
            ["2024-12-31", "2024-06-30", "2024-10-31", "2024-09-30"],
        ),
        # …but not within a plan of several years, where the month's year is unknown
        (
            "某市数字化转型行动方案(2024-2026年)\n二、主要目标\n6月底前完成企业诊断200家。\n",
            ["2026-12-31"],
        ),
        # a date of history before the plan is no target's time
        (
            (
                "某市工业稳增长行动方案(2024-2025年)\n"
                "2023年5月,全市新增规上企业30家。到2025年,新增规上企业100家。\n"
            ),
            ["2025-12-31"],
        ),
    ],
)
def test_a_date_within_the_year_ends_the_target_on_that_day(
    text: str, deadlines: list[str]
) -> None:
    doc = extract_document(text)
    assert [t.deadline.isoformat() if t.deadline else None for t in doc.targets] == deadlines
    for t in doc.targets:
        assert not re.search(r"月|半年|季度", t.indicator), t.indicator


def test_a_three_year_programme_runs_from_its_year_of_issue() -> None:
    doc = extract_document(
        "某市推进企业上市三年行动方案\n某市人民政府办公厅\n2026年6月19日\n"
        "二、总体目标\n2026年至2028年末,全市新增上市企业20家以上。全市新增挂牌企业10家以上。\n"
    )
    assert doc.horizon_start is not None
    assert doc.horizon_end is not None
    assert (doc.horizon_start.year, doc.horizon_end.year) == (2026, 2028)
    assert [t.deadline.year if t.deadline else None for t in doc.targets] == [2028, 2028]


# Session 6 (rounds 31-33): green and energy plans, enterprise plans, western regions.
OWN_CASES_31: list[Case] = [
    # a base year followed by what it measures (在2021年产值的基础上) is no deadline
    (
        "31-base-year-with-measure",
        "到2024年,全县工业投资增量在2021年增量的基础上实现倍增,总量达80亿元以上。",
        [
            E("2", "倍", "multiple", "eq", deadline_year=2024, indicator="工业投资增量"),
            E("80", "亿元", "level", "ge", deadline_year=2024),
        ],
    ),
    # a total (总量) of money or a physical flow is one period's amount: a level
    (
        "31-flow-total-is-a-level",
        "到2026年,全区废水排放总量控制在3.2万吨以内,固定资产投资总量达到120亿元。",
        [
            E("3.2", "万吨", "level", "le", deadline_year=2026, indicator="废水排放总量"),
            E("120", "亿元", "level", "ge", deadline_year=2026),
        ],
    ),
    # a share of a total (占…总量的比例) is a level, not a cumulative stock
    (
        "31-share-of-a-total",
        "到2025年,清洁能源占能源消费总量的比例达到30%以上。",
        [E("30", "%", "level", "ge", deadline_year=2025)],
    ),
    # a stock counted as X数 reaches its value: a level whatever verb qualifies X
    (
        "31-count-noun-stock",
        "到2027年,重点培育的隐形冠军企业数达到35家。",
        [E("35", "家", "level", "ge", deadline_year=2027, indicator="企业数")],
    ),
    # a scope word between the verb and a count with a comparator keeps the count an aim
    (
        "31-scope-between-verb-and-count",
        "到2026年,引导全县300家以上企业开展对标达标,推进全省45个开发区扩容提质。",
        [E("300", "家", "increment", "ge", deadline_year=2026, indicator="企业开展对标达标")],
    ),
    # conjoined ratios share one value without 均: one target each
    (
        "31-conjoined-ratios",
        "到2025年,工业固废处置率、危废安全处置率达到100%,产品抽检合格率保持在97%以上。",
        [
            E("100", "%", "level", "ge", deadline_year=2025, indicator="工业固废处置率"),
            E("100", "%", "level", "ge", deadline_year=2025, indicator="危废安全处置率"),
            E("97", "%", "level", "ge", deadline_year=2025, indicator="产品抽检合格率"),
        ],
    ),
    # conjoined metrics with a base year before the shared rate
    (
        "31-conjoined-rate-after-base",
        "到2025年,单位产值能耗、单位产值水耗比2020年下降15%。",
        [
            E("15", "%", "reduction", "eq", deadline_year=2025, indicator="单位产值能耗"),
            E("15", "%", "reduction", "eq", deadline_year=2025, indicator="单位产值水耗"),
        ],
    ),
    # the baseline's own amounts after 比2020年的 are no targets; the rates are
    (
        "31-baseline-amounts",
        (
            "到2025年,全市煤炭、焦炭消费量分别控制在900万吨、70万吨以内,"
            "比2020年的1000万吨、80万吨分别下降10%、12%。"
        ),
        [
            E("900", "万吨", "level", "le", deadline_year=2025, indicator="煤炭"),
            E("70", "万吨", "level", "le", deadline_year=2025, indicator="焦炭消费量"),
            E("10", "%", "reduction", "eq", deadline_year=2025),
            E("12", "%", "reduction", "eq", deadline_year=2025),
        ],
    ),
    # reduced to a value: a ceiling (le); a price base year is no deadline
    (
        "31-reduce-to-is-a-ceiling",
        (
            "到2025年,万元工业增加值用水量降至18立方米(按2020年价格计算),"
            "可吸入颗粒物浓度下降到45微克/立方米。"
        ),
        [
            E("18", "立方米", "level", "le", deadline_year=2025, indicator="万元工业增加值用水量"),
            E("45", "微克/立方米", "level", "le", deadline_year=2025, indicator="颗粒物浓度"),
        ],
    ),
    # energy saved is an amount achieved; a sector's 节能 X% is a fall in its use
    (
        "31-energy-saving",
        "到2025年,实现节约能源60万吨标准煤,其中工业节能12%。",
        [
            E("60", "万吨标准煤", "increment", "eq", deadline_year=2025, indicator="节约能源"),
            E("12", "%", "reduction", "eq", deadline_year=2025),
        ],
    ),
    # a part with a verb of its own keeps its comparator
    (
        "31-part-with-own-verb",
        "到2025年,全市单位GDP能耗下降14%以上,其中规上工业单位增加值能耗下降16%。",
        [
            E("14", "%", "reduction", "ge", deadline_year=2025),
            E("16", "%", "reduction", "eq", deadline_year=2025),
        ],
    ),
    # a rank that rises by N places is a gain (increment), not a place
    (
        "31-rank-gain",
        "到2025年,全市空气质量全省排名上升3位。",
        [E("3", "位", "increment", "eq", deadline_year=2025)],
    ),
    # 同比 before a plan verb (削减) in a plan's goal is no report
    (
        "31-year-on-year-cut",
        "2024年,全区二氧化硫、氮氧化物排放量同比分别削减5%、4%。",
        [
            E("5", "%", "reduction", "eq", deadline_year=2024),
            E("4", "%", "reduction", "eq", deadline_year=2024),
        ],
    ),
    # the value of a 约束性目标 closes its clause; 系数 is read without a unit
    (
        "31-constraint-goal-and-coefficient",
        "确保2025年完成单位工业增加值能耗降低3%的约束性目标,灌溉水利用系数提高到0.6以上。",
        [
            E("3", "%", "reduction", "eq", deadline_year=2025),
            E("0.6", None, "level", "ge", deadline_year=2025, indicator="灌溉水利用系数"),
        ],
    ),
    # full-time equivalents of R&D staff (人年)
    (
        "31-person-years",
        "到2027年,全县研发人员全时当量达到1200人年。",
        [E("1200", "人年", "level", "ge", deadline_year=2027)],
    ),
    # entering the statistics (入统) and moving into a park (进驻) count new things
    (
        "35-entry-verbs",
        "2022年,全年入统25家规上工业企业,进驻10个亿元以上项目。",
        [
            E("25", "家", "increment", "eq", deadline_year=2022),
            E("10", "个", "increment", "eq", deadline_year=2022),
        ],
    ),
    # a margin over another measure is a relative aim: no target of its own
    (
        "31-relative-margin",
        "到2027年,制造业增加值增速高于全市平均水平2个百分点以上,规上工业企业达到600家。",
        [E("600", "家", "level", "ge", deadline_year=2027)],
    ),
]


@pytest.mark.parametrize(
    ("category", "text", "expected"),
    OWN_CASES_31,
    ids=[f"r31-{i:02d}-{c[0]}" for i, c in enumerate(OWN_CASES_31)],
)
def test_generality_session6(category: str, text: str, expected: list[dict[str, Any]]) -> None:
    test_generality_session5(category, text, expected)


def test_an_undated_staged_plan_reads_each_stage_year_as_a_deadline() -> None:
    # 一年打基础 / 两年有突破: every year under the goals heading is a deadline, so the
    # first stage's targets are no history of the later stage's year.
    doc = extract_document(
        "一、工作目标\n"
        "(一)一年打基础。2025年,新增规上工业企业30家,园区产值占全市比重达到60%。\n"
        "(二)两年有突破。2026年,新增规上工业企业40家,园区产值占全市比重达到65%。\n"
    )
    got = [(str(t.value), t.unit, t.deadline.year if t.deadline else None) for t in doc.targets]
    assert got == [("30", "家", 2025), ("60", "%", 2025), ("40", "家", 2026), ("65", "%", 2026)]


OWN_CASES_36: list[Case] = [
    # a year named inside the period the sentence opens with is a year of the plan,
    # not history, and dates its own part
    (
        "36-years-inside-the-opening-period",
        "2024-2026年,全县新增规上工业企业60家,其中2024年新增15家、2025年新增20家、2026年新增25家。",
        [
            E("60", "家", "increment", "eq", deadline_year=2026),
            E("15", "家", "increment", "eq", deadline_year=2024),
            E("20", "家", "increment", "eq", deadline_year=2025),
            E("25", "家", "increment", "eq", deadline_year=2026),
        ],
    ),
    # an amount that rises by a percent of itself (no 到/至) grows; a ratio that rises
    # by a percent keeps its reading, and labour productivity is an amount, not a ratio
    (
        "36-rise-by-a-percent",
        "到2026年,单位用地税收提升15%以上,全员劳动生产率提高12%,研发投入强度提高0.3%。",
        [
            E("15", "%", "growth_rate", "ge", deadline_year=2026, indicator="税收"),
            E("12", "%", "growth_rate", "eq", deadline_year=2026, indicator="劳动生产率"),
            E("0.3", "%", "level", "eq", deadline_year=2026, indicator="强度"),
        ],
    ),
    # a 累计 taken by an earlier count of the sentence does not make a later amount the
    # period's total
    (
        "36-cumulative-word-of-another-clause",
        "到2026年,全区累计实施智能化改造项目80个以上,完成技改投资45亿元以上。",
        [
            E("80", "个", "cumulative", "ge", deadline_year=2026),
            E("45", "亿元", "level", "ge", deadline_year=2026),
        ],
    ),
    # a count or a share opening its clause, then what each of them does
    (
        "36-counted-subject-does-it",
        (
            "到2026年,150家规上企业完成数字化诊断,8000人取得职业技能等级证书,"
            "85%以上规上企业实现设备联网。"
        ),
        [
            E("150", "家", "increment", "eq", deadline_year=2026, indicator="完成数字化诊断"),
            E("8000", "人", "increment", "eq", deadline_year=2026, indicator="取得"),
            E("85", "%", "level", "ge", deadline_year=2026, indicator="实现设备联网"),
        ],
    ),
    (
        "36-counted-subject-enters-the-statistics",
        "2026年,力争实现全年25家“四上”企业成功入库,12家小微企业入统。",
        [
            E("25", "家", "increment", "eq", deadline_year=2026, indicator="入库"),
            E("12", "家", "increment", "eq", deadline_year=2026, indicator="入统"),
        ],
    ),
    # the baselines' own amounts listed before 分别减少 are no conjuncts; the list of
    # reductions goes on after a bracketed 其中-part
    (
        "36-reductions-after-baseline-list-and-parts",
        (
            "2025年,全市二氧化硫和氮氧化物排放总量分别控制在8.2万吨、7.6万吨以内,比2020年的"
            "9.1万吨、8.3万吨分别减少9.9%(其中工业排放量减少11.2%)、8.4%(其中工业排放量减少9.0%)。"
        ),
        [
            E("8.2", "万吨", "level", "le", deadline_year=2025),
            E("7.6", "万吨", "level", "le", deadline_year=2025),
            E("9.9", "%", "reduction", "eq", deadline_year=2025, indicator="二氧化硫"),
            E("11.2", "%", "reduction", "eq", deadline_year=2025),
            E("8.4", "%", "reduction", "eq", deadline_year=2025, indicator="氮氧化物"),
            E("9.0", "%", "reduction", "eq", deadline_year=2025),
        ],
    ),
    # an amount that is itself the goal aimed at
    (
        "39-amount-is-the-goal",
        "到2027年,确保实现千亿元产业目标,全市装备制造集群产值向3000亿元目标迈进。",
        [
            E("1000", "亿元", "level", "ge", deadline_year=2027, indicator="产业规模"),
            E("3000", "亿元", "level", "ge", deadline_year=2027, indicator="集群产值"),
        ],
    ),
    # a bracketed remark on a counted item does not end the list of counts
    (
        "39-remark-between-listed-counts",
        "到2027年,培育1个千亿级产业集群(新材料集群)、3个百亿级产业集群(食品和纺织领域)。",
        [
            E("1", "个", "increment", "eq", deadline_year=2027, indicator="千亿级产业集群"),
            E("3", "个", "increment", "eq", deadline_year=2027, indicator="百亿级产业集群"),
        ],
    ),
    # the basis of an amount in brackets (金属吨, 标准煤) belongs to the amount
    (
        "39-basis-of-an-amount",
        "到2027年,力争生产铜精矿1200吨(金属吨),能源消费增量控制在20万吨(标准煤)。",
        [
            E("1200", "吨", "level", "eq", deadline_year=2027),
            E("20", "万吨", "increment", "le", deadline_year=2027),
        ],
    ),
    # a project's planned investment describes it; a year's programme is a target;
    # a subsidy cap broken by a stray space is still a cap
    (
        "39-planned-investment-and-caps",
        (
            "2027年,推进新区热电联产项目,计划投资4亿元;全区年度计划投资260亿元。"
            "对首台(套)装备按合同金额的20%给予支持,最 高不超过500万元。"
        ),
        [E("260", "亿元", "level", "eq", deadline_year=2027)],
    ),
    # 年 + a verb opening a clause is a yearly amount; training counts new events
    (
        "36-yearly-amount",
        "到2026年,面向制造业企业年培训技能人才1.5万人次以上。",
        [E("1.5", "万人次", "increment", "ge", deadline_year=2026)],
    ),
]


@pytest.mark.parametrize(
    ("category", "text", "expected"),
    OWN_CASES_36,
    ids=[f"r36-{i:02d}-{c[0]}" for i, c in enumerate(OWN_CASES_36)],
)
def test_generality_session7(category: str, text: str, expected: list[dict[str, Any]]) -> None:
    test_generality_session5(category, text, expected)


def test_a_yearly_amount_opening_its_clause_recurs_each_year() -> None:
    doc = extract_document("到2026年,全市年新增规上工业企业50家以上,年培训技能人才2万人次。")
    assert [(str(t.value), t.per.value if t.per else None) for t in doc.targets] == [
        ("50", "year"),
        ("2", "year"),
    ]
    # a year's own number (2025年新增) is no yearly amount
    doc = extract_document("2025年新增规上工业企业50家以上。")
    assert [t.per for t in doc.targets] == [None]


def test_a_vision_year_named_as_often_as_the_goal_year_is_not_the_horizon() -> None:
    doc = extract_document(
        "二、目标任务\n到2026年,全市新增规上工业企业300家。\n到2035年,全面建成制造强市。\n"
    )
    assert doc.horizon_end is not None
    assert doc.horizon_end.year == 2026
    assert [t.deadline.year if t.deadline else None for t in doc.targets] == [2026]


def test_a_value_left_below_a_blank_line_rejoins_its_sentence() -> None:
    # A PDF column can leave the amount of a sentence below a blank line.
    text = "到2027年,年营业收入过亿元的龙头企业达到\n\n120 家,规模以上加工企业突破\n\n900 家。\n"
    doc = extract_document(text)
    got = [(str(t.value), t.unit, t.comparator.value) for t in doc.targets]
    assert got == [("120", "家", "ge"), ("900", "家", "gt")]
    for t in doc.targets:
        assert text[t.span.start : t.span.end] == t.text
    # a heading or a year below a blank line stays apart
    doc = extract_document("二、主要目标\n\n2027年,新增规上工业企业50家。\n")
    assert [t.deadline.year if t.deadline else None for t in doc.targets] == [2027]


def test_a_text_opening_on_its_own_five_year_period_has_that_horizon() -> None:
    doc = extract_document(
        "“十四五”期间,本县将坚持工业强县,推动产业升级。\n力争规模以上工业企业达到300家。\n"
    )
    assert doc.horizon_start is not None
    assert doc.horizon_end is not None
    assert (doc.horizon_start.year, doc.horizon_end.year) == (2021, 2025)
    assert [t.deadline.year if t.deadline else None for t in doc.targets] == [2025]


# Session 8: rules read from held-out rounds 41-45 (sentences of our own).
OWN_CASES_41: list[Case] = [
    # a step written 新台阶 / 新的台阶 is still a step reached
    (
        "41-新台阶",
        "到2027年,全市规上工业总产值迈上3000亿元新台阶,数字经济核心产业增加值跃上千亿元新的台阶。",
        [
            E("3000", "亿元", "level", "ge", deadline_year=2027),
            E("1000", "亿元", "level", "ge", deadline_year=2027),
        ],
    ),
    # a value + its 同比 change is a plan's target when the sentence names its goal year
    # or calls itself a goal; without either it stays a report
    (
        "41-同比-plan",
        "到2026年,全年实现工业开票销售500亿元,同比增长12%。",
        [
            E("500", "亿元", "level", "eq", deadline_year=2026),
            E("12", "%", "growth_rate", "eq", deadline_year=2026),
        ],
    ),
    (
        "41-同比-plan",
        "2026年工作目标:全年实现工业开票销售500亿元,同比增长12%。",
        [
            E("500", "亿元", "level", "eq", deadline_year=2026),
            E("12", "%", "growth_rate", "eq", deadline_year=2026),
        ],
    ),
    ("41-同比-report", "2025年全市实现工业开票销售500亿元,同比增长12%。", []),
    # 预计 opening a clause makes the rest of the sentence a forecast, until a clause
    # that commits (力争/确保)
    ("41-预计", "预计到2026年,全区规上工业产值将达到420亿元,年均增长9%。", []),
    (
        "41-预计",
        "预计到2026年,全区规上工业产值将达到420亿元;力争新增规上工业企业30家。",
        [E("30", "家", "increment", "eq", deadline_year=2026)],
    ),
    # a bracket closing the clause right after the value (a score, a remark) leaves
    # the value a target
    (
        "41-bracket",
        "3.新增规上工业企业6家(8分);工业用电量增长5%以上(备注:按供电局口径)。",
        [E("6", "家", "increment", "eq"), E("5", "%", "growth_rate", "ge")],
    ),
    ("41-bracket", "培育2个(智能装备、新材料)产业集群。", [E("2", "个", "increment", "eq")]),
    # a range that repeats its unit after the low end
    (
        "41-range-unit",
        "到2027年,制造业增加值增速保持在7%—9%,单位工业增加值能耗较2025年下降8%-10%,新增上市企业2家至3家。",
        [
            E("7", "%", "growth_rate", "between", value_high="9", deadline_year=2027),
            E("8", "%", "reduction", "between", value_high="10", deadline_year=2027),
            E("2", "家", "increment", "between", value_high="3", deadline_year=2027),
        ],
    ),
    # a stray quotation mark a copy left after the value
    (
        "41-stray-quote",
        '力爭全年紡織服裝產業集群產值突破2600億元"。',
        [E("2600", "亿元", "level", "gt")],
    ),
    # a value that is the goal itself (…以上目标如期实现, …目标任务)
    (
        "41-goal-itself",
        "(三)强化考核。确保全年技改投资增长15%以上目标如期实现。",
        [E("15", "%", "growth_rate", "ge")],
    ),
    # Chinese numerals after a comparator verb, and in a list of counts
    (
        "41-cn-count",
        "市级以上质量奖获奖企业达到二十家;新增规上工业企业八家、省级专精特新企业两家。",
        [
            E("20", "家", "level", "ge"),
            E("8", "家", "increment", "eq"),
            E("2", "家", "increment", "eq"),
        ],
    ),
    ("41-cn-count", "聚焦两大产业、三个园区,推动协同发展。", []),
    # 完成 + an amount of land is a level, also past a project word
    (
        "41-land-done",
        "2026年完成工业项目征地1200亩,完成园区6家企业燃煤锅炉清洁能源替代。",
        [
            E("1200", "亩", "level", "eq", deadline_year=2026),
            E("6", "家", "increment", "eq", deadline_year=2026),
        ],
    ),
    ("41-descriptor", "该项目总投资5亿元,占地160亩。", []),
    # a rank in a named contest
    (
        "41-rank-contest",
        "力争进入全省开发区综合考核前二十名。",
        [E("20", "名", "level", "le", indicator="全省开发区综合考核排名")],
    ),
    ("41-rank-reward", "对年度考核排名前十位的乡镇,给予通报表扬。", []),
    # installed capacity
    (
        "41-capacity",
        "到2027年,园区光伏装机容量达到60兆瓦左右。",
        [E("60", "兆瓦", "level", "approx", deadline_year=2027)],
    ),
    # whom a reward applies to, and the rewards themselves, are no targets
    (
        "41-reward",
        "对年产值首次突破20亿元、50亿元的企业,分别奖励30万元、60万元。力争全年新增产值超20亿元企业4家。",
        [E("4", "家", "increment", "eq")],
    ),
    # monitoring routines
    ("41-routine", "每月调度重点企业150家,每季度召开一次运行分析会;每月走访不少于2次。", []),
    # a quarter's record opening its paragraph
    ("41-quarter", "一季度,全区实现规上工业产值420亿元,同比增长6.1%;工业投资增长9.3%。", []),
    (
        "41-quarter",
        "一季度末,完成工业投资30亿元。",
        [E("30", "亿元", "level", "eq")],
    ),
    # battery capacity and installed power; a plant's size before its name is a qualifier
    (
        "46-capacity",
        "到2028年,动力电池产能达到80GWh,新型储能装机规模达到2GW;建设50MW光伏电站。",
        [
            E("80", "GWh", "level", "ge", deadline_year=2028),
            E("2", "GW", "level", "ge", deadline_year=2028),
        ],
    ),
    # a count of size classes written in Chinese numerals (两个五百亿级…集群)
    (
        "46-size-class-cn",
        "到2030年,培育形成智能装备、新材料两个三百亿级产业集群。",
        [E("2", "个", "increment", "eq", deadline_year=2030)],
    ),
    # a full stop written half-width after a unit ends the sentence, also before a year
    (
        "46-half-width-stop",
        "到2030年,甲、乙、丙产业产值分别达到600亿元、300亿元、200亿元.\n2025年全县完成工业投资312亿元,同比增长11.2%。",
        [
            E("600", "亿元", "level", "ge", deadline_year=2030),
            E("300", "亿元", "level", "ge", deadline_year=2030),
            E("200", "亿元", "level", "ge", deadline_year=2030),
        ],
    ),
    # numbers written in words: 百分之X, a change in 个百分点, an amount after an
    # outcome verb, a range 三至五家
    (
        "49-words",
        (
            "到2025年,规上工业增加值年均增长百分之十以上,研发费用占营业收入比重达到百分之二点五,"
            "制造业增加值占比提高三个百分点,完成低效用地再开发三千亩,培育超五十亿元企业三至五家。"
        ),
        [
            E("10", "%", "growth_rate", "ge", deadline_year=2025),
            E("2.5", "%", "level", "ge", deadline_year=2025),
            E("3", "个百分点", "increment", "eq", deadline_year=2025),
            E("3000", "亩", "level", "eq", deadline_year=2025),
            E("3", "家", "increment", "between", value_high="5", deadline_year=2025),
        ],
    ),
    ("49-words", "聚焦三个园区,推动产业协同发展。", []),
    # a bare 翻一番 reads as a number does (eq), and so does 实现翻番; 达到 before it or
    # 以上 after it make it at least double
    (
        "41-doubling-cmp",
        "到2030年,规上工业营业收入比2025年翻一番,亩均税收实现翻番,研发投入翻一番以上,产值达到翻番。",
        [
            E("2", "倍", "multiple", "eq", deadline_year=2030),
            E("2", "倍", "multiple", "eq", deadline_year=2030),
            E("2", "倍", "multiple", "ge", deadline_year=2030),
            E("2", "倍", "multiple", "ge", deadline_year=2030),
        ],
    ),
    # 千亿级 + a named sector's 产业规模 is the scale of that sector
    (
        "41-scale-sector",
        "到2028年,形成千亿级新能源装备产业规模。",
        [E("1000", "亿元", "level", "ge", deadline_year=2028, indicator="新能源装备产业规模")],
    ),
]


@pytest.mark.parametrize(
    ("category", "text", "expected"),
    OWN_CASES_41,
    ids=[f"r41-{i:02d}-{c[0]}" for i, c in enumerate(OWN_CASES_41)],
)
def test_generality_session8(category: str, text: str, expected: list[dict[str, Any]]) -> None:
    test_generality_session5(category, text, expected)


def test_a_bare_level_or_change_after_a_rate_takes_the_metric_not_the_rate() -> None:
    doc = extract_document("力争全县规模以上工业增加值年均增长10%左右,到2025年达到200亿元。")
    assert [t.indicator for t in doc.targets] == [
        "全县规模以上工业增加值年均增长",
        "全县规模以上工业增加值",
    ]
    doc = extract_document("工业技改投资占工业投资比重达到55%,较2022年提高5个百分点。")
    assert [t.indicator for t in doc.targets] == [
        "工业技改投资占工业投资比重",
        "工业技改投资占工业投资比重较2022年提高",
    ]


def test_a_report_document_stays_a_record_until_a_section_looks_forward() -> None:
    text = (
        "示例县经信局关于2025年1—6月全县工业经济运行情况的通报\n"
        "一、总体情况\n"
        "全县规上工业增加值增长7.2%。\n"
        "二、主要特点\n"
        "(一)新兴产业加快成长。高新技术产业增加值同比增长11.4%,占比达到58.2%。\n"
        "三、下步工作\n"
        "确保全年规上工业增加值增长8%,新增规上工业企业40家。\n"
    )
    doc = extract_document(text)
    assert [(str(t.value), t.unit) for t in doc.targets] == [("8", "%"), ("40", "家")]
    # a plan's own sections are not a record: its top headings reset the history
    doc = extract_document(
        "示例县制造业发展行动方案\n一、2024年工作总结\n全年新增规上工业企业35家。\n"
        "二、2025年目标\n新增规上工业企业40家。\n三、保障措施\n"
        "(一)强化考核。确保新增规上工业企业40家目标任务。\n"
    )
    assert [str(t.value) for t in doc.targets] == ["40", "40"]


def test_bullets_take_the_goal_year_of_their_lead_not_its_baseline_year() -> None:
    doc = extract_document(
        "一、发展目标\n到2027年,产业营业收入达到800亿元;单位增加值能耗比2024年下降10%。\n"
        "——企业梯队。新增规上企业40家,培育专精特新企业12家。\n"
    )
    assert [t.deadline.year if t.deadline else None for t in doc.targets] == [2027] * 4


def test_milestone_year_columns_are_targets_and_the_earliest_is_the_baseline() -> None:
    text = (
        "示例县“十五五”工业发展规划\n"
        "表1\t主要指标\n"
        "序号\t指标名称\t单位\t2025年\t2027年\t2030年\t属性\n"
        "1\t规上工业营业收入\t亿元\t900\t1100\t1500\t预期性\n"
        "\n"
        "二、主要任务\n"
        "(一)壮大主导产业。到2027年,新能源汽车产量达到20万辆。\n"
    )
    doc = extract_document(text)
    got = [(str(t.value), t.deadline.year if t.deadline else None) for t in doc.targets]
    assert got == [("1100", 2027), ("1500", 2030), ("20", 2027)]


def test_a_version_remark_after_the_title_keeps_the_title_and_its_period() -> None:
    doc = extract_document(
        "示例县制造业高质量发展“十四五”规划(摘要)\n"
        "一、主要目标\n到2025年,规上工业产值达到900亿元(2020年全县完成工业投资80亿元)。\n"
    )
    assert doc.title == "示例县制造业高质量发展“十四五”规划(摘要)"
    assert doc.horizon_start is not None
    assert doc.horizon_start.year == 2021
    assert [str(t.value) for t in doc.targets] == ["900"]


# Session 9: rules read from held-out rounds 47-53 (sentences of our own).
OWN_CASES_50: list[Case] = [
    # a year written in words dates its targets like one in digits
    (
        "50-word-year",
        "到二〇二八年,全县汽车零部件产业产值达到260亿元。",
        [E("260", "亿元", "level", "ge", deadline_year=2028)],
    ),
    # a density whose denominator comes before the number
    (
        "50-density-before",
        "到2027年,规上工业企业机器人密度达到每万名员工420台。",
        [E("420", "台/万名员工", "level", "ge", deadline_year=2027, indicator="机器人密度")],
    ),
    # a number in words after a noun, under 每年 + a manner adverb + the verb
    (
        "50-cn-count-adverb",
        "到2026年,每年持续引进先进制造业项目四十个。",
        [E("40", "个", "increment", "eq", deadline_year=2026)],
    ),
    # a part of a whole named only by its size class, counted in words
    (
        "50-part-size-class",
        "到2028年,培育营收超二十亿元的骨干企业八家,其中超百亿元的一家。",
        [
            E("8", "家", "increment", "eq", deadline_year=2028),
            E("1", "家", "increment", "eq", deadline_year=2028, indicator="超百亿元的骨干企业"),
        ],
    ),
    # an English gloss between a value and its 左右
    (
        "50-english-gloss",
        "到2027年,新能源汽车年产量达到30万辆(300,000 vehicles)左右。",
        [E("30", "万辆", "level", "approx", deadline_year=2027)],
    ),
    # counts of enterprise services, counts of hundreds of millions, computing power
    (
        "50-new-units",
        (
            "到2028年,每年开展企业数字化诊断300家次以上,工业互联网标识注册量突破12亿个,"
            "智能算力规模达到600PFLOPS。"
        ),
        [
            E("300", "家次", "increment", "ge", deadline_year=2028),
            E("12", "亿个", "level", "gt", deadline_year=2028),
            E("600", "PFLOPS", "level", "ge", deadline_year=2028),
        ],
    ),
    # value added per tonne of standard coal
    (
        "50-per-energy",
        "到2026年,单位能耗工业增加值达到3.1万元/吨标准煤以上。",
        [E("3.1", "万元/吨标准煤", "level", "ge", deadline_year=2026)],
    ),
    # 完成 + land work is the work done (a level), whatever noun names the work
    (
        "50-land-work-done",
        "2026年,全年完成老旧工业区块整治800亩。",
        [E("800", "亩", "level", "eq", deadline_year=2026)],
    ),
    # a goal year stated after a semicolon dates the next sentence
    (
        "50-year-after-semicolon",
        "到2027年,工业产值突破900亿元;到2030年,工业产值达到1200亿元。打造3个百亿级产业集群。",
        [
            E("900", "亿元", "level", "gt", deadline_year=2027),
            E("1200", "亿元", "level", "ge", deadline_year=2030),
            E("3", "个", "increment", "eq", deadline_year=2030),
        ],
    ),
]


@pytest.mark.parametrize(
    ("category", "text", "expected"),
    OWN_CASES_50,
    ids=[f"r50-{i:02d}-{c[0]}" for i, c in enumerate(OWN_CASES_50)],
)
def test_generality_session9(category: str, text: str, expected: list[dict[str, Any]]) -> None:
    test_generality_session5(category, text, expected)


def test_a_report_on_a_plan_keeps_the_targets_it_quotes_and_drops_its_record() -> None:
    text = (
        "示例市“十四五”工业发展规划中期评估报告\n"
        "一、主要指标完成情况\n"
        "(一)产业规模。《规划》提出,到2025年全市规上工业产值达到6000亿元。"
        "2023年全市规上工业产值5100亿元,完成目标的85%。\n"
        "二、存在的主要问题\n"
        "龙头企业偏少,营收超百亿元企业仅4家。\n"
    )
    doc = extract_document(text)
    assert [(str(t.value), t.deadline.year if t.deadline else None) for t in doc.targets] == [
        ("6000", 2025)
    ]


def test_an_answer_opening_on_a_past_year_is_a_record() -> None:
    text = (
        "示例县制造业数字化转型行动计划(2025—2027年)政策解读\n"
        "一、出台背景是什么?\n"
        "答:2024年,全县规上工业产值620亿元;累计建成数字化车间30家,上云企业达到1200家。\n"
        "二、主要目标是什么?\n"
        "答:到2027年,累计建成数字化车间60家。\n"
    )
    doc = extract_document(text)
    assert [str(t.value) for t in doc.targets] == ["60"]


def test_a_record_paragraph_ends_where_a_goal_list_opens() -> None:
    text = (
        "示例市2026年工业经济工作要点\n"
        "2025年,全市规上工业增加值增长6.1%,新增规上工业企业85家。"
        "全市工业工作的主要目标是:规上工业增加值增长6.5%;新增规上工业企业90家。\n"
    )
    doc = extract_document(text)
    assert [str(t.value) for t in doc.targets] == ["6.5", "90"]


def test_html_residue_and_split_digits_are_read_as_the_drafter_meant() -> None:
    text = (
        "<p>到2026年,全县工业投资增长 1 5%以上,&ldquo;专精特新&rdquo;企业达到40家。</p>"
        "<br>牵头单位:县经信局"
    )
    doc = extract_document(text)
    got = [
        (str(t.value), t.unit, [u.as_written for u in t.responsibility.lead]) for t in doc.targets
    ]
    assert got == [("15", "%", ["县经信局"]), ("40", "家", ["县经信局"])]
    assert doc.targets[1].text == "&ldquo;专精特新&rdquo;企业达到40家"


def test_scoring_rules_routines_and_subsidy_rates_are_no_targets() -> None:
    text = (
        "示例市2026年工业发展考核办法\n"
        "第三条 考核内容包括主要指标(权重60%)和重点工作(权重40%)。\n"
        "第四条 完成年度目标的得基本分的80%,优秀等次不超过4家。\n"
        "第五条 区领导每人每年至少带队外出招商6次,每季度开展1次专题推介活动。\n"
        "第六条 对新建厂房租金第一年补贴60%,每千瓦时加价0.2元。\n"
        "第七条 2026年,全市新增规上工业企业120家。\n"
    )
    doc = extract_document(text)
    assert [(str(t.value), t.unit) for t in doc.targets] == [("120", "家")]


def test_a_project_roster_describes_projects_and_sets_no_targets() -> None:
    text = (
        "示例区2026年重点工业项目建设计划\n"
        "全区共列入重点工业项目40个。到2026年底,力争竣工投产项目15个。\n"
        "序号|项目名称|建设内容及规模|总投资(亿元)|占地(亩)|责任单位\n"
        "1|智能装备产业园|建设生产线6条,购置数控机床200台|20|300|区经发局\n"
    )
    doc = extract_document(text)
    assert [(str(t.value), t.unit) for t in doc.targets] == [("15", "个")]


def test_a_rank_in_a_forward_sentence_is_a_target_and_in_a_report_is_not() -> None:
    doc = extract_document("到2028年,新增上市企业5家,工业机器人产量居全国第3位。")
    assert [(str(t.value), t.unit) for t in doc.targets] == [("5", "家"), ("3", "名")]
    doc = extract_document("近日,某机构发布2025年先进制造业百强市榜单,我市位列第十二位。")
    assert doc.targets == ()


def test_units_noted_above_a_breakdown_table_give_its_columns_their_units() -> None:
    text = (
        "示例县2026年工业目标任务分解\n"
        "(产值、投资单位:亿元;企业单位:家)\n"
        "| 单位 | 规上工业产值目标 | 工业投资 | 新增规上工业企业 |\n"
        "|---|---|---|---|\n"
        "| 城东街道 | 85 | 12 | 9 |\n"
    )
    doc = extract_document(text)
    got = [(t.indicator, str(t.value), t.unit) for t in doc.targets]
    assert got == [
        ("城东街道规上工业产值", "85", "亿元"),
        ("城东街道工业投资", "12", "亿元"),
        ("城东街道新增规上工业企业", "9", "家"),
    ]


# Session 10: rounds 58-64 (synthetic: 链长制 plans, assessment tables, report + plan
# texts, indicator tables of many layouts, digital plans in both scripts, enterprise
# tiers, green manufacturing). Each case stands for a rule the rounds showed missing.
OWN_CASES_58: list[Case] = [
    # a yearly amount written as a rate (3—5家/年) recurs each year
    (
        "58-per-year-suffix",
        "到2026年,新增规上工业企业3—5家/年,培训技能人才2000人次/年。",
        [
            E("3", "家", "increment", "between", value_high="5", deadline_year=2026),
            E("2000", "人次", "increment", "eq", deadline_year=2026),
        ],
    ),
    # a physical amount per year is a capacity unit, not a recurrence
    (
        "58-capacity-per-year",
        "到2027年,新增固废综合利用能力1200万吨/年。",
        [E("1200", "万吨/年", "increment", "eq", deadline_year=2027)],
    ),
    # the year of a baseline after 由/从 dates nothing that follows it
    (
        "58-from-baseline-year",
        "到2026年,本地配套率由2023年的28%提高到38%,新增省级首台套重大技术装备15项。",
        [
            E("38", "%", "level", "ge", deadline_year=2026),
            E("15", "项", "increment", "eq", deadline_year=2026),
        ],
    ),
    # a bare part keeps its own comparator under a whole bounded with 以上
    (
        "58-bare-part-eq",
        "到2026年,绿色工厂达到50家以上,其中国家级20家。",
        [
            E("50", "家", "level", "ge", deadline_year=2026),
            E("20", "家", "level", "eq", deadline_year=2026),
        ],
    ),
    # a year's emissions and energy use are flows: their 总量 is a level
    (
        "58-emission-total",
        "到2030年,重点行业二氧化碳排放总量控制在900万吨以内。",
        [E("900", "万吨", "level", "le", deadline_year=2030)],
    ),
    # a fall by a share written as a fraction is a reduction
    (
        "58-fraction-reduction",
        "到2027年,历史遗留固废堆存量较2023年削减三分之一,固废堆存量占比下降到三分之一。",
        [
            E("1/3", None, "reduction", "eq", deadline_year=2027),
            E("1/3", None, "level", "le", deadline_year=2027),
        ],
    ),
    # closing firms is an outcome; a number in words counts after a year that opens
    (
        "58-close-down-words",
        "2026年关停淘汰高耗低效企业(作坊)两百家以上。",
        [E("200", "家", "increment", "ge", deadline_year=2026)],
    ),
    # a budget a body allots each year is an input, whatever funds it names before
    ("58-yearly-budget", "设立近零碳园区建设专项资金,每年安排不少于5000万元。", []),
    # who a commendation goes to (对…排名前3位的县给予通报表扬) is no rank target
    ("58-commendation-rank", "对年度考核排名前3位的县(市、区)给予通报表扬。", []),
]


@pytest.mark.parametrize(
    ("category", "text", "expected"),
    OWN_CASES_58,
    ids=[f"r58-{i:02d}-{c[0]}" for i, c in enumerate(OWN_CASES_58)],
)
def test_generality_session10(category: str, text: str, expected: list[dict[str, Any]]) -> None:
    test_generality_session5(category, text, expected)


def _row_targets(text: str) -> list[tuple[str, str, str | None, str | None, int | None]]:
    doc = extract_document(text)
    return [
        (
            t.indicator,
            str(t.value),
            str(t.value_high) if t.value_high is not None else None,
            t.unit,
            t.deadline.year if t.deadline else None,
        )
        for t in doc.targets
    ]


def test_a_units_note_gives_an_assessment_tables_rows_their_units() -> None:
    # 单位:亿元、%: rates take %, amounts 亿元; a row naming its own unit keeps it
    text = (
        "示例开发区2026年度工业经济考核办法\n"
        "具体指标如下(单位:亿元、%):\n"
        "| 序号 | 考核指标 | 2025年基数 | 2026年目标值 | 权重(分) |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 1 | 规上工业增加值增速 | 7.9 | 8 | 15 |\n"
        "| 2 | 规上工业总产值 | 712.4 | 780 | 10 |\n"
        "| 3 | 新增规上工业企业(家) | 36 | 40 | 8 |\n"
    )
    assert _row_targets(text) == [
        ("规上工业增加值增速", "8", None, "%", 2026),
        ("规上工业总产值", "780", None, "亿元", 2026),
        ("新增规上工业企业", "40", None, "家", 2026),
    ]


def test_a_note_under_a_table_names_the_units_of_its_rows() -> None:
    text = (
        "示例县2026年度考核\n"
        "序号\t指标\t2026年目标值\t权重\n"
        "1\t规上工业营业收入\t1000\t15\n"
        "2\t研发费用占营业收入比重\t3.8\t10\n"
        "注:增速类、比重类指标单位为%;规上工业营业收入单位为亿元。\n"
    )
    assert [(i, v, u) for i, v, _h, u, _y in _row_targets(text)] == [
        ("规上工业营业收入", "1000", "亿元"),
        ("研发费用占营业收入比重", "3.8", "%"),
    ]


def test_ensure_and_strive_columns_are_two_targets_with_their_commitments() -> None:
    text = (
        "示例区2026年度工业经济目标任务分解\n"
        "单位:亿元、%\n"
        "序号\t指标\t2025年基数\t2026年确保值\t2026年力争值\t分值\n"
        "1\t规上工业总产值\t486\t530\t550\t15\n"
    )
    doc = extract_document(text)
    got = [(str(t.value), t.unit, t.commitment.value) for t in doc.targets]
    assert got == [("530", "亿元", "ensure"), ("550", "亿元", "strive")]


def test_a_header_cell_broken_over_two_lines_is_one_column() -> None:
    # 2025年 ⏎ 目标值 and 权重 ⏎ (分): six header lines, four columns; the weight is no target
    text = (
        "示例县2025年度考核评价办法\n"
        "单位:亿元、%、家\n"
        "序号\n考核指标\n2025年\n目标值\n权重\n(分)\n"
        "1\n规上工业增加值增速\n7.5\n20\n"
        "2\n新增“小升规”工业企业\n60\n10\n"
    )
    assert [(v, u) for _i, v, _h, u, _y in _row_targets(text)] == [("7.5", "%"), ("60", "家")]


def test_in_a_table_one_cell_per_line_a_bare_number_is_a_serial_only_in_turn() -> None:
    text = (
        "示例开发区“十五五”工业发展规划\n"
        "表1 主要发展指标(单位:亿元,%)\n"
        "序号\n指标名称\n2024年\n2030年\n年均增长\n属性\n"
        "1\n工业总产值\n980\n1500\n9\n预期性\n"
        "2\n高新技术企业数(家)\n185\n≥300\n—\n预期性\n"
    )
    assert _row_targets(text) == [
        ("工业总产值", "1500", None, "亿元", 2030),
        ("工业总产值年均增长", "9", None, "%", 2030),
        ("高新技术企业数", "300", None, "家", 2030),
    ]


def test_a_table_aligned_with_spaces_keeps_its_columns() -> None:
    # collapsing the gaps would read 70       100 as the grouped number 70100
    text = (
        "示例市智改数转攻坚方案(2025—2027年)\n"
        "指标                          单位    2024年   2025年   2027年\n"
        "规上工业企业数字化改造覆盖率  %       55       70       100\n"
        "省级智能工厂(累计)            家      12       17       27\n"
    )
    assert [(v, u, y) for _i, v, _h, u, y in _row_targets(text)] == [
        ("70", "%", 2025),
        ("100", "%", 2027),
        ("17", "家", 2025),
        ("27", "家", 2027),
    ]


def test_table_cells_with_ranges_cumulative_tags_and_a_growth_column() -> None:
    text = (
        "示例市“十五五”制造业规划\n"
        "类别|指标|单位|2024年(基期)|2027年|2030年|年均增速\n"
        "企业|上市企业|家|1|2|3—5|—\n"
        "企业|专精特新“小巨人”企业|家|21|〔累计〕30|〔累计〕45|—\n"
        "规模|规上工业增加值|亿元|1850|2200|2600|7%\n"
    )
    doc = extract_document(text)
    got = [
        (str(t.value), str(t.value_high) if t.value_high else None, t.kind.value, t.deadline.year)
        for t in doc.targets
        if t.deadline is not None
    ]
    assert ("3", "5", "level", 2030) in got
    assert ("30", None, "cumulative", 2027) in got
    assert ("7", None, "growth_rate", 2030) in got  # the growth over the whole period


def test_an_annual_tables_growth_column_and_estimate_column() -> None:
    text = (
        "附:2026年主要预期目标\n"
        "指标\t2025年预计\t2026年目标\t增速(%)\n"
        "规上工业增加值(亿元)\t412\t441\t7\n"
    )
    assert _row_targets(text) == [
        ("规上工业增加值", "441", None, "亿元", 2026),
        ("规上工业增加值增长", "7", None, "%", 2026),
    ]


def test_a_chain_head_line_before_the_lead_unit_assigns_the_chain() -> None:
    text = (
        "某市重点产业链工作方案\n"
        "三、各产业链主要任务\n"
        "(一)新能源汽车产业链\n"
        "链长:市委副书记 王立群;牵头单位:市经信局;配合单位:市发改委、市商务局。\n"
        "到2026年,产业链营业收入达到800亿元。\n"
    )
    doc = extract_document(text)
    (t,) = doc.targets
    assert [u.as_written for u in t.responsibility.lead] == ["市经信局"]
    assert [u.as_written for u in t.responsibility.support] == ["市发改委", "市商务局"]


def test_a_period_on_the_line_under_the_title_is_the_horizon() -> None:
    text = (
        "某园区近零碳园区建设实施方案\n(2024—2026年)\n某管委会\n二、重点任务\n"
        "2025年底前接入重点用能企业不少于50家。\n"
    )
    doc = extract_document(text)
    assert (doc.horizon_start.year, doc.horizon_end.year) == (2024, 2026)  # type: ignore[union-attr]
    assert [(str(t.value), t.deadline.year) for t in doc.targets] == [("50", 2025)]  # type: ignore[union-attr]


def test_a_carbon_peak_plan_runs_to_the_peaking_year() -> None:
    text = (
        "示例市工业领域碳达峰行动方案\n"
        "到2025年,单位工业增加值能耗下降14%,到2025年绿色工厂达到30家,到2025年固废综合利用率达到90%;"
        "到2030年,非化石能源消费比重达到20%。\n"
        "二、任务\n规上工业用水重复利用率达到93%以上。\n"
    )
    doc = extract_document(text)
    assert doc.horizon_end is not None
    assert doc.horizon_end.year == 2030
    last = doc.targets[-1].deadline
    assert last is not None
    assert last.year == 2030


def test_a_goal_restated_without_a_year_is_due_when_first_stated() -> None:
    text = (
        "示例市工业固废综合利用实施方案(2024—2027年)\n"
        "一、主要目标\n到2025年,全市一般工业固体废物综合利用率达到62%;"
        "到2027年,冶炼渣综合利用率达到70%。\n"
        "二、重点任务\n(一)围绕一般工业固体废物综合利用率达到62%的目标,推动煤矸石综合利用。\n"
    )
    doc = extract_document(text)
    last = doc.targets[-1]
    assert (str(last.value), last.deadline.year, last.restates) == ("62", 2025, "t1")  # type: ignore[union-attr]


# Session 10, second batch: rounds 59-70 after the first fixes.
OWN_CASES_65: list[Case] = [
    # an area's item under a list's label takes the label's metric and kind
    (
        "59-area-list-label",
        (
            "(一)规上工业增加值增长目标: 沭阳县 9%, 泗阳县 8.5%。"
            "(二)新增规上工业企业目标: 沭阳县 80 家。"
        ),
        [
            E("9", "%", "growth_rate", "eq", indicator="沭阳县规上工业增加值增长"),
            E("8.5", "%", "growth_rate", "eq", indicator="泗阳县规上工业增加值增长"),
            E("80", "家", "increment", "eq", indicator="沭阳县新增规上工业企业"),
        ],
    ),
    # who a reward goes to, and the size of a list of indicators, are no targets
    ("59-reward-rank", "对优胜单位按总分排序,前3名给予集体嘉奖。", []),
    ("59-list-size", "考核指标共6项,总分100分:", []),
    # a rank within the county
    (
        "59-county-rank",
        "2023年,全年工业经济综合考核力争进入全县前三位。",
        [E("3", "名", "level", "le", deadline_year=2023)],
    ),
    # 建成区级以上 is 建成 + 区级以上 (not 建成区); 滚动推进 and 诊断 count new things
    (
        "62-built-district-level",
        "到2026年,建成区级以上工业互联网平台20个,每年滚动推进智改数转项目100个以上。",
        [
            E("20", "个", "increment", "eq", deadline_year=2026),
            E("100", "个", "increment", "ge", deadline_year=2026),
        ],
    ),
    ("62-diagnose", "2025年,全年诊断企业150家。", [E("150", "家", "increment", "eq")]),
    # a scale reached with 达 after the indicator
    (
        "62-scale-after-indicator",
        "到2027年,工业互联网平台产业规模达百亿级。",
        [E("100", "亿元", "level", "ge", deadline_year=2027, indicator="工业互联网平台产业规模")],
    ),
    # the higher tier of a growth rate is a growth rate
    (
        "68-growth-tiers",
        "2025年,规上工业增加值增长9%左右,力争达到10%。",
        [
            E("9", "%", "growth_rate", "approx", deadline_year=2025),
            E("10", "%", "growth_rate", "ge", deadline_year=2025),
        ],
    ),
    # an official's words in quotation marks state aims
    (
        "68-quoted-speech",
        "“今年要确保规上工业增加值增速不低于8.5%。”市经信局负责人说。",
        [E("8.5", "%", "growth_rate", "ge", indicator="规上工业增加值增速")],
    ),
    # 链上 + 年产值 is no 上年 (last year)
    (
        "68-chain-year-output",
        "到2027年,链上年产值50亿元以上企业达到8家。",
        [E("8", "家", "level", "ge", deadline_year=2027)],
    ),
    # a signing at the meeting is reported, not aimed at
    ("68-signing-reported", "据了解,现场共签约项目32个,总投资达286亿元。", []),
    # a floor-area ratio with 不低于 / 由…提高到, and shares in tenths (三成, 九成)
    (
        "65-plot-ratio-and-tenths",
        "到2026年,工业用地平均容积率由2023年的0.92提高到1.3以上,工业用水重复利用率提高到九成以上。",
        [
            E("1.3", None, "level", "ge", deadline_year=2026),
            E("90", "%", "level", "ge", deadline_year=2026),
        ],
    ),
    # thresholds inside a rule's frame are no targets
    (
        "65-rule-frame",
        "以亩均税收低于10万元/亩、容积率低于0.8的工业地块为重点,每年盘活低效工业用地1000亩以上。",
        [E("1000", "亩", "increment", "ge")],
    ),
    # taking back or redeveloping land is new work done: an increment
    (
        "65-land-taken-back",
        "2025年,收储低效工业用地300亩,清理处置低效闲置用地500亩。",
        [
            E("300", "亩", "increment", "eq", deadline_year=2025),
            E("500", "亩", "increment", "eq", deadline_year=2025),
        ],
    ),
    # teams set up for the work are organisation; what each team brings in is an aim
    (
        "66-teams",
        "组建12支产业链招商小分队,每支小分队每年引进项目不少于3个。",
        [E("3", "个", "increment", "ge")],
    ),
    # a forecast after a dash bullet, and a qualifier before 企业…零突破
    ("65-forecast-bullet", "——预计到2025年底,全市规上工业亩均税收可达33万元/亩。", []),
    (
        "65-threshold-zero-break",
        "到2027年,力争亩均税收超100万元/亩企业实现零突破。",
        [E("1", "家", "level", "ge", deadline_year=2027)],
    ),
    # the 3年 of 较2023年 is no 三年内: a task with no year of its own is due at the plan's end
    (
        "68-base-year-not-relative",
        (
            "某新材料行动方案(2024—2027年)\n◆ 创新驱动。到2026年底,新增国家级创新平台5个。\n"
            "◆ 绿色发展。新材料企业单位产值能耗较2023年下降12%。"
        ),
        [
            E("5", "个", "increment", "eq", deadline_year=2026),
            E("12", "%", "reduction", "eq", deadline_year=2027),
        ],
    ),
]


@pytest.mark.parametrize(
    ("category", "text", "expected"),
    OWN_CASES_65,
    ids=[f"r65-{i:02d}-{c[0]}" for i, c in enumerate(OWN_CASES_65)],
)
def test_generality_session10_second(
    category: str, text: str, expected: list[dict[str, Any]]
) -> None:
    test_generality_session5(category, text, expected)


def test_a_report_dated_in_brackets_reads_this_year_and_its_record_section() -> None:
    text = (
        "关于示例经开区工业发展情况的汇报\n示例经开区管委会\n（2023年4月）\n"
        "二、主要做法\n一是强化要素保障.全年盘活低效用地1150亩,新建标准厂房36万平方米。\n"
        "三、下一步工作打算\n今年,开发区确保规上工业产值突破320亿元;全年完成工业投资65亿元。\n"
        "到2025年,力争规上工业产值达到450亿元。\n"
    )
    doc = extract_document(text)
    got = [(str(t.value), t.deadline.year if t.deadline else None) for t in doc.targets]
    assert got == [("320", 2023), ("65", 2023), ("450", 2025)]


def test_a_named_zone_board_listed_first_leads() -> None:
    text = (
        "示例县2024年工业工作要点\n（责任单位列第一位的为牵头单位）\n"
        "(三)推进园区提质增效。县经济开发区新建标准厂房20万平方米。"
        "(责任单位:县经济开发区管委会、县自然资源局)\n"
    )
    doc = extract_document(text)
    (t,) = doc.targets
    assert [u.as_written for u in t.responsibility.lead] == ["县经济开发区管委会"]
    assert [u.as_written for u in t.responsibility.support] == ["县自然资源局"]


def test_a_record_year_before_a_bullet_list_dates_none_of_it() -> None:
    text = (
        "2025年全市工业经济工作要点\n"
        "回顾2024年,全市规上工业增加值同比增长10.2%,成绩来之不易。\n"
        "▲稳增长:全年规上工业增加值增长9%左右。\n"
    )
    doc = extract_document(text)
    assert [(str(t.value), t.deadline.year) for t in doc.targets] == [("9", 2025)]  # type: ignore[union-attr]
