"""Every target extracted from the five seeds links to the indicator catalog.

Each target either has an ``indicator_id`` or its (seed, indicator phrase) is in
:data:`DELIBERATE_NON_LINKS` with the reason. A hand-checked list
(:data:`CHECKED_LINKS`) pins that links are the *right* ones, not just non-null.
The tables describe the extractor's current output: when the extractor changes,
rerun and adapt them (a stale entry fails :func:`test_tables_describe_current_output`).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path

import pytest

from mfgpolicy.extract import extract_file
from mfgpolicy.model.indicator import IndicatorCatalog

SEED_DIR = Path(__file__).resolve().parent.parent / "examples" / "documents"
SEEDS = ("000", "001", "002", "003", "004")

_DEFECT = "extractor phrase defect: "

#: (seed, indicator phrase as extracted) -> why it deliberately links to nothing.
DELIBERATE_NON_LINKS: Mapping[tuple[str, str], str] = {
    ("001", "中小企业公共服务平台网络中小微企业覆盖率"): (
        "service coverage of SMEs by the public service platform network (from "
        "'加快构建完善中小企业公共服务平台网络……实现对全市中小微企业全覆盖'); the "
        "catalog has no entry for service coverage of SMEs"
    ),
    ("004", "项目申报数"): (
        "qualitative target (领先全市) without a number. "
        + _DEFECT
        + "from '确保每年申报省重大产业项目10个以上,项目申报数领先全市' the indicator is "
        "'省重大产业项目申报数'"
    ),
    ("004", "全区总量"): (
        "qualitative target (不减) without a number. "
        + _DEFECT
        + "from '腾出存量工业用地原则上用于工业发展……确保全区总量不减' the indicator is "
        "'工业用地总量'"
    ),
}

#: (seed, phrase) -> (the id it links to today, why that is wrong). Documented so that
#: the extractor's owner can fix the phrase; never used as an expected link.
KNOWN_MISLINKS: Mapping[tuple[str, str], tuple[str, str]] = {}

#: (seed, indicator phrase as extracted) -> the right id, each read against its clause.
CHECKED_LINKS: Mapping[tuple[str, str], str] = {
    # 000 绍兴
    ("000", "全市工业增加值"): "industrial_value_added",
    ("000", "规上制造业增加值率"): "manufacturing_value_added_rate_above_size",
    ("000", "规上制造业全员劳动生产率"): "manufacturing_labour_productivity_above_size",
    ("000", "全市年营业收入500亿元以上的领航企业"): "enterprises_by_revenue_band",
    ("000", "10—50亿元企业"): "enterprises_by_revenue_band",
    ("000", "国家级单项冠军企业(产品)"): "national_single_champions",
    ("000", "省级“隐形冠军”企业"): "provincial_hidden_champions",
    ("000", "中国质量奖提名奖企业"): "china_quality_award_nominations",
    ("000", "中国质量奖"): "china_quality_award",
    ("000", "高新技术产业增加值比重"): "high_tech_industry_value_added_share",
    ("000", "库内企业制订“品字标浙江制造”标准"): "zhejiang_made_standards",
    # 001 宁波
    ("001", "全部工业增加值占GDP比重"): "industrial_value_added_gdp_share",
    ("001", "规上企业全员劳动生产率"): "labour_productivity_above_size",
    ("001", "主营业务收入利润率"): "profit_margin",
    ("001", "35千百亿产业集群增加值年均增速"): "cluster_value_added",
    ("001", "规上企业研发经费支出占主营业务收入比重"): "rd_intensity_above_size",
    ("001", "单位工业增加值能耗"): "energy_intensity",
    ("001", "年均单位工业增加值用水量下降幅度"): "water_intensity",
    ("001", "数字化车间/智能工厂试点项目"): "smart_factories_and_digital_workshops",
    ("001", "规上工业企业研发机构覆盖率"): "rd_coverage_above_size",
    ("001", "宁波市级制造业单项冠军"): "municipal_single_champions",
    ("001", "国家制造业单项冠军企业"): "national_single_champions",
    ("001", "50-100亿企业"): "enterprises_by_revenue_band",
    ("001", "工业投资年均增长"): "industrial_investment",
    ("001", "年节能量"): "energy_savings",
    # 002 金华 (traditional script in the source; the extractor gives simplified phrases)
    ("002", "10亿元以上制造业项目"): "projects_by_investment_band",
    ("002", "限上制造业投资"): "manufacturing_investment",
    ("002", "规上制造业研究与试验发展(R&D)经费相当于营业收入比重"): (
        "manufacturing_rd_intensity_above_size"
    ),
    ("002", "全市规上工业产值"): "industrial_output_above_size",
    ("002", "规上工业企业"): "above_size_industrial_enterprises",
    ("002", "规上工业亩均税收"): "tax_per_mu_above_size",
    ("002", "规上工业增加值年均增速"): "industrial_value_added_above_size",
    ("002", "全市制造业高新技术企业有效数"): "manufacturing_high_tech_enterprises",
    ("002", "单项冠军企业(含产品)和专精特新“小巨人”企业"): "champions_and_little_giants",
    ("002", "在役机器人总量"): "industrial_robots",
    ("002", "市县长项目工程中制造业项目数"): "manufacturing_project_share",
    ("002", "加快实现百亿级以上产业集群工业互联网平台覆盖率"): (
        "cluster_industrial_internet_platform_coverage"
    ),
    # 003 安徽 (county)
    ("003", "国家级专精特新“小巨人”企业"): "national_little_giants",
    ("003", "省级专精特新冠军企业"): "provincial_specialised_champions",
    ("003", "省级专精特新企业"): "provincial_specialised_smes",
    ("003", "市级企业技术中心"): "enterprise_technology_centres",
    ("003", "省级小微企业创业创新示范基地"): "innovation_demo_bases",
    ("003", "各县区、园区落户50亿级制造业项目"): "projects_by_investment_band",
    ("003", "技改投资增长"): "technical_retrofit_investment",
    ("003", "产业用地以“标准地”方式出让比例"): "standard_land_share",
    ("003", "省级质量强县(区)覆盖率"): "quality_strong_counties",
    # 004 绍兴越城
    ("004", "全部工业增加值"): "industrial_value_added",
    ("004", "规模以上工业亩均税收"): "tax_per_mu_above_size",
    ("004", "全区高新技术产业增加值占规模以上工业比重"): "high_tech_industry_value_added_share",
    ("004", "滨海新区规上工业增加值"): "industrial_value_added_above_size",
    ("004", "重点产业集群工业互联网平台覆盖率"): "cluster_industrial_internet_platform_coverage",
    ("004", "重点细分行业中小企业数字化改造覆盖率"): "digital_retrofit_coverage",
    ("004", "“戴帽”指标占全市"): "earmarked_land_quota_share",
    # round 2: phrase defects fixed (formerly DELIBERATE_NON_LINKS / KNOWN_MISLINKS)
    ("001", "产值增速"): "output_value_growth",
    ("001", "经营管理人才培训覆盖企业"): "management_training",
    ("001", "新增用地指标用于工业比例"): "industrial_land_quota_share",
    ("001", "新增用地指标用于小微企业园比例"): "industrial_land_quota_share",
    ("002", "填补空白、引领未来的重大成果"): "major_sci_tech_achievements",
    ("002", "入选产业链上下游企业共同体"): "industrial_chain_communities",
    ("004", "袍江经开区全国排名"): "development_zone_rank",
    ("004", "绍兴高新区全国排名"): "development_zone_rank",
    ("004", "规上工业企业数字化改造覆盖率"): "digital_retrofit_coverage",
    ("004", "专精特新、隐形冠军、单项冠军企业"): "specialised_and_champion_enterprises",
    ("004", "全区制造业领域新增上市公司"): "listed_companies",
}


@functools.cache
def _seed_links() -> dict[tuple[str, str], frozenset[str | None]]:
    """(seed, indicator phrase) -> the set of indicator ids its mentions got."""
    links: dict[tuple[str, str], set[str | None]] = {}
    for seed in SEEDS:
        (path,) = SEED_DIR.glob(f"{seed}_*.txt")
        for target in extract_file(path).targets:
            links.setdefault((seed, target.indicator), set()).add(target.indicator_id)
    return {key: frozenset(ids) for key, ids in links.items()}


def test_every_target_links_or_is_a_deliberate_non_link() -> None:
    unexplained = sorted(
        key for key, ids in _seed_links().items() if None in ids and key not in DELIBERATE_NON_LINKS
    )
    assert not unexplained, f"unlinked and not in DELIBERATE_NON_LINKS: {unexplained}"


def test_tables_describe_current_output() -> None:
    links = _seed_links()
    stale = [key for key in DELIBERATE_NON_LINKS if None not in links.get(key, frozenset())]
    assert not stale, f"no longer extracted unlinked; drop from DELIBERATE_NON_LINKS: {stale}"
    moved = [
        key for key, (wrong, _) in KNOWN_MISLINKS.items() if links.get(key) != frozenset({wrong})
    ]
    assert not moved, f"KNOWN_MISLINKS no longer describes the output: {moved}"


def test_every_reason_is_stated() -> None:
    assert all(len(reason) > 20 for reason in DELIBERATE_NON_LINKS.values())
    assert all(len(reason) > 20 for _, reason in KNOWN_MISLINKS.values())
    assert not set(KNOWN_MISLINKS) & set(CHECKED_LINKS)
    assert not set(DELIBERATE_NON_LINKS) & set(CHECKED_LINKS)


def test_checked_list_is_large_and_spans_every_seed() -> None:
    assert len(CHECKED_LINKS) >= 40
    assert {seed for seed, _ in CHECKED_LINKS} == set(SEEDS)


@pytest.mark.parametrize(("key", "expected"), sorted(CHECKED_LINKS.items()))
def test_checked_link_is_the_right_one(key: tuple[str, str], expected: str) -> None:
    ids = _seed_links().get(key)
    assert ids is not None, f"{key} is no longer extracted; update CHECKED_LINKS"
    assert ids == frozenset({expected}), (key, sorted(map(str, ids)))
    catalog = IndicatorCatalog.default()
    assert expected in catalog
    linked = catalog.link(key[1])
    assert linked is not None
    assert linked.id == expected


def test_corrected_phrases_would_link() -> None:
    """The phrases the extractor should give for its defects link to the right entry."""
    catalog = IndicatorCatalog.default()
    expected = {
        "新增用地指标用于工业比例": "industrial_land_quota_share",
        "填补空白、引领未来的重大成果": "major_sci_tech_achievements",
        "入选产业链上下游企业共同体": "industrial_chain_communities",
        "规上工业企业数字化改造覆盖率": "digital_retrofit_coverage",
        "省重大产业项目申报数": "provincial_major_industrial_projects",
    }
    got = {phrase: getattr(catalog.link(phrase), "id", None) for phrase in expected}
    assert got == expected
