"""Document metadata (文件信息): the seeds' facts and one synthetic text per rule."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import SEED_FILES
from mfgpolicy.extract.metadata import Metadata, extract_metadata
from mfgpolicy.extract.structure import parse_structure
from mfgpolicy.model.enums import DocType
from mfgpolicy.text import normalize


def _meta(original: str) -> Metadata:
    norm = normalize(original)
    return extract_metadata(norm, parse_structure(norm.text))


@pytest.fixture(scope="module")
def seeds() -> list[Metadata]:
    return [_meta(p.read_text(encoding="utf-8")) for p in SEED_FILES]


def test_seed_000(seeds: list[Metadata]) -> None:
    m = seeds[0]
    assert m.title == "绍兴市制造业企业“长高长壮”行动方案"
    assert m.doc_type is DocType.ACTION_PLAN
    assert m.doc_number == "绍政办发〔2021〕25号"
    assert m.index_number == "11330600002577014T/2021-217834"
    assert m.issuer == "市政府办公室(研究室、机关事务局)"
    assert m.jurisdiction is not None
    assert m.jurisdiction.code == "330600"
    assert (m.issued, m.published, m.effective) == (
        dt.date(2021, 9, 14),
        dt.date(2021, 9, 17),
        dt.date(2021, 10, 15),
    )
    assert (m.horizon_start, m.horizon_end) == (dt.date(2021, 1, 1), dt.date(2023, 12, 31))
    assert m.warnings == ()


def test_seed_001(seeds: list[Metadata]) -> None:
    m = seeds[1]
    assert m.title is not None
    assert m.title.startswith("余姚市推进制造业高质量发展实施方案")
    assert m.doc_type is DocType.IMPLEMENTATION_PLAN
    assert m.doc_number == "余政办发〔2020〕77号"
    assert m.jurisdiction is not None
    assert m.jurisdiction.code == "330281"
    assert m.issued == dt.date(2020, 10, 26)
    assert (m.horizon_start, m.horizon_end) == (dt.date(2020, 1, 1), dt.date(2022, 12, 31))


def test_seed_002_damaged_title(seeds: list[Metadata]) -> None:
    m = seeds[2]
    assert m.title is None
    assert [w.code for w in m.warnings] == ["title_damaged"]
    assert m.jurisdiction is not None
    assert m.jurisdiction.code == "330700"
    assert m.issued is None
    assert (m.horizon_start, m.horizon_end) == (dt.date(2021, 1, 1), dt.date(2023, 12, 31))


def test_seed_003_annual_work_points(seeds: list[Metadata]) -> None:
    m = seeds[3]
    assert m.title == "宿州市制造业提质扩量增效“2321”行动计划2023年工作要点"
    assert m.doc_type is DocType.WORK_POINTS
    assert m.jurisdiction is not None
    assert m.jurisdiction.code == "341300"
    assert m.issued == dt.date(2023, 2, 8)
    assert (m.horizon_start, m.horizon_end) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))


def test_seed_004_joint_issuer(seeds: list[Metadata]) -> None:
    m = seeds[4]
    assert m.doc_type is DocType.OPINIONS
    assert m.jurisdiction is not None
    assert m.jurisdiction.code == "330602"
    assert [j.name for j in m.other_jurisdictions] == ["绍兴滨海新区"]
    assert m.issued == dt.date(2022, 12, 31)
    assert (m.horizon_start, m.horizon_end) == (dt.date(2022, 1, 1), dt.date(2026, 12, 31))


def test_notice_line_gives_the_title() -> None:
    m = _meta("某某市人民政府关于印发《某某市工业强基行动计划》的通知\n正文。\n一、目标\n")
    assert m.title == "某某市工业强基行动计划"
    assert m.doc_type is DocType.ACTION_PROGRAMME


def test_no_title_warns() -> None:
    m = _meta("为推进工作,制定本方案。\n一、目标\n到2025年,新增5家。\n")
    assert m.title is None
    assert next(w.code for w in m.warnings) == "title_missing"


def test_doc_number_forms_and_other_documents_ignored() -> None:
    m = _meta(
        "文号:浙经信发[2022]3号\n某市行动方案\n一、目标\n依据《省方案》(浙政发〔2021〕9号)。\n"
    )
    assert m.doc_number == "浙经信发[2022]3号"
    m = _meta("某市行动方案\n一、目标\n依据《省方案》(浙政发〔2021〕9号)。\n")
    assert m.doc_number is None


def test_dates_in_chinese_numerals_and_effective_on_issue() -> None:
    m = _meta(
        "某市人民政府\n二〇二一年九月十四日\n某市行动方案\n一、目标\n本方案自印发之日起施行。\n"
    )
    assert m.issued == dt.date(2021, 9, 14)
    assert m.effective == dt.date(2021, 9, 14)
    assert m.issuer == "某市人民政府"


def test_horizon_from_title_range_and_relative_years() -> None:
    m = _meta("某市提升行动方案(2021—2023年)\n一、目标\n到2025年,新增5家。\n")
    assert (m.horizon_start, m.horizon_end) == (dt.date(2021, 1, 1), dt.date(2023, 12, 31))
    m = _meta("某市行动方案\n一、目标\n实施三年攻坚行动,到2024年,新增5家。\n")
    assert (m.horizon_start, m.horizon_end) == (dt.date(2022, 1, 1), dt.date(2024, 12, 31))


def test_jurisdiction_from_index_number_code() -> None:
    m = _meta("索引号: 11330600002577014T/2021-1\n某行动方案\n一、目标\n")
    assert m.jurisdiction is not None
    assert m.jurisdiction.name == "绍兴市"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("某市2024年工业和信息化工作要点\n一、主要目标\n规上工业增加值增长6%。\n", 2024),
        ("2025年全市工业和信息化工作要点\n一、主要目标\n增长7%。\n", 2025),
        ("全市工业和信息化2023年度工作计划\n一、目标\n增长7%。\n", 2023),
        # a year's assessment rules and a target responsibility letter are annual too
        ("示例开发区2024年度工业经济工作考核细则\n一、考核内容\n增长7%。\n", 2024),
        ("青石镇2026年度工业经济发展目标责任书\n一、目标任务\n增长7%。\n", 2026),
    ],
)
def test_horizon_of_an_annual_plan_with_the_year_inside_the_title(text: str, year: int) -> None:
    m = _meta(text)
    assert m.title == text.split("\n", 1)[0]
    assert m.doc_type in (DocType.WORK_POINTS, DocType.OTHER)
    assert (m.horizon_start, m.horizon_end) == (dt.date(year, 1, 1), dt.date(year, 12, 31))


def test_deadline_year_in_title_is_not_an_annual_plan() -> None:
    m = _meta("某市到2025年制造业发展工作要点\n一、目标\n增长7%。\n")
    assert m.horizon_start != dt.date(2025, 1, 1)


def test_a_zone_named_by_its_city_short_name_is_that_city_s() -> None:
    m = _meta("关于印发《嘉兴经济技术开发区2024年度工业经济工作考核细则》的通知\n增长7%。\n")
    assert m.jurisdiction is not None
    assert m.jurisdiction.name == "嘉兴市"
    # a short name that is no jurisdiction gives none
    m = _meta("青石经济开发区2024年度工作要点\n增长7%。\n")
    assert m.jurisdiction is None
