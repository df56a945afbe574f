"""Tests of the indicator catalog (指标目录) and phrase linking."""

from __future__ import annotations

import importlib
import time
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mfgpolicy.errors import CatalogError, ValidationError
from mfgpolicy.model.indicator import (
    CATEGORIES,
    Aggregation,
    Direction,
    Indicator,
    IndicatorCatalog,
    normalize_phrase,
)

SEED_DIR = Path(__file__).resolve().parent.parent / "examples" / "documents"


def _seed_texts() -> dict[str, str]:
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("0*.txt"))}


@pytest.fixture(scope="module")
def catalog() -> IndicatorCatalog:
    return IndicatorCatalog.default()


# (seed, indicator phrase copied verbatim from the seed, expected id).
# 002 is in traditional script and is quoted as written.
SEED_PHRASES: list[tuple[str, str, str]] = [
    # 000 绍兴
    ("000", "全市工业增加值", "industrial_value_added"),
    ("000", "规上制造业增加值率", "manufacturing_value_added_rate_above_size"),
    ("000", "规上制造业全员劳动生产率", "manufacturing_labour_productivity_above_size"),
    ("000", "规上制造业营业收入利润率", "manufacturing_profit_margin_above_size"),
    ("000", "全市年营业收入500亿元以上的领航企业", "enterprises_by_revenue_band"),
    ("000", "年营业收入100亿元以上的头部企业", "enterprises_by_revenue_band"),
    ("000", "省级“雄鹰企业”", "eagle_enterprises"),
    ("000", "国家级单项冠军企业(产品)", "national_single_champions"),
    ("000", "国家专精特新“小巨人”企业", "national_little_giants"),
    ("000", "省级“隐形冠军”企业", "provincial_hidden_champions"),
    ("000", "年营业收入5—10亿元企业", "enterprises_by_revenue_band"),
    ("000", "10—50亿元企业", "enterprises_by_revenue_band"),
    ("000", "100亿元以上企业", "enterprises_by_revenue_band"),
    ("000", "境内外上市企业", "listed_companies"),
    ("000", "国家重点高新技术企业", "high_tech_enterprises"),
    ("000", "浙江省创新型领军(培育)企业", "innovative_leading_enterprises"),
    ("000", "“品字标”品牌企业", "pinzibiao_brand_enterprises"),
    ("000", "市长质量奖企业", "government_quality_awards"),
    ("000", "省政府质量奖(含创新奖)企业", "government_quality_awards"),
    ("000", "中国质量奖提名奖企业", "china_quality_award_nominations"),
    ("000", "中国质量奖", "china_quality_award"),
    ("000", "全市新产品产值率", "new_product_output_rate"),
    ("000", "高新技术产业增加值比重", "high_tech_industry_value_added_share"),
    ("000", "省级以上工业互联网平台", "industrial_internet_platforms"),
    ("000", "5G应用场景", "app_scenarios_5g"),
    ("000", "产业大脑", "industry_brains"),
    ("000", "“未来工厂”", "future_factories"),
    ("000", "智能工厂", "smart_factories"),
    ("000", "“品字标浙江制造”标准", "zhejiang_made_standards"),
    # 001 余姚
    ("001", "全部工业增加值占GDP比重", "industrial_value_added_gdp_share"),
    ("001", "规上企业全员劳动生产率", "labour_productivity_above_size"),
    ("001", "主营业务收入利润率", "profit_margin"),
    ("001", "亩均税收", "tax_per_mu"),
    ("001", "规上工业增加值率", "industrial_value_added_rate_above_size"),
    ("001", "35千百亿产业集群增加值", "cluster_value_added"),
    ("001", "数字经济核心产业增加值占GDP比重", "digital_economy_core_value_added_gdp_share"),
    ("001", "高新技术产业增加值占规上工业比重", "high_tech_industry_value_added_share"),
    ("001", "战略性新兴产业增加值占规上工业比重", "strategic_emerging_industry_value_added_share"),
    ("001", "软件和信息服务业业务收入", "software_it_services_revenue"),
    ("001", "工业投资", "industrial_investment"),
    ("001", "高新技术产业投资", "high_tech_industry_investment"),
    ("001", "规上企业研发经费支出占主营业务收入比重", "rd_intensity_above_size"),
    ("001", "每万人发明专利拥有量", "invention_patents_per_10k"),
    ("001", "数字化车间(智能工厂)试点项目", "smart_factories_and_digital_workshops"),
    ("001", "单位工业增加值能耗", "energy_intensity"),
    ("001", "单位工业增加值污染物排放", "pollutant_emission_intensity"),
    ("001", "年均单位工业增加值用水量", "water_intensity"),
    ("001", "淘汰落后产能企业", "backward_capacity_enterprises_eliminated"),
    ("001", "全市“35”千百亿产业领域每年签约落户项目", "signed_projects"),
    ("001", "小微企业园", "small_micro_enterprise_parks"),
    ("001", "数字化车间/智能工厂试点项目", "smart_factories_and_digital_workshops"),
    ("001", "行业工业互联网平台", "industrial_internet_platforms"),
    ("001", "应用工业机器人", "industrial_robots"),
    ("001", "市级优秀系统解决方案供应商", "system_solution_providers"),
    ("001", "省市级个性化定制示范企业", "personalised_customisation_demo_enterprises"),
    ("001", "市级以上绿色工厂", "green_factories"),
    ("001", "省级制造业创新中心", "manufacturing_innovation_centres"),
    ("001", "省级企业研究院", "enterprise_research_institutes"),
    ("001", "规上工业企业研发机构", "rd_coverage_above_size"),
    ("001", "核心关键技术", "key_core_technologies"),
    ("001", "科技成果交易额", "technology_transaction_value"),
    ("001", "“品字标浙江制造”品牌企业", "pinzibiao_brand_enterprises"),
    ("001", "驰名商标", "well_known_trademarks"),
    ("001", "国际、国家标准", "standards_formulated"),
    ("001", "“浙江制造”标准", "zhejiang_made_standards"),
    ("001", "百亿级企业", "enterprises_by_revenue_band"),
    ("001", "50-100亿企业", "enterprises_by_revenue_band"),
    ("001", "国家制造业单项冠军企业", "national_single_champions"),
    ("001", "宁波市级制造业单项冠军", "municipal_single_champions"),
    ("001", "高新技术苗子企业", "high_tech_seedling_enterprises"),
    ("001", "高新技术企业", "high_tech_enterprises"),
    ("001", "“小升规”企业", "new_above_size_enterprises"),
    ("001", "国家、省重点人才计划专家(团队)", "talent_programme_experts"),
    ("001", "经营管理人才培训", "management_training"),
    ("001", "宁波市级人才培养和实训基地", "talent_training_bases"),
    ("001", "境内外制造业上市企业", "listed_companies"),
    ("001", "制造业贷款余额", "manufacturing_loans"),
    ("001", "新增用地指标", "industrial_land_quota_share"),
    ("001", "人工智能融合应用示范企业(项目)", "ai_application_demo_enterprises"),
    ("001", "人工智能核心产业规模", "ai_core_industry_scale"),
    ("001", "重点节能技术改造项目", "energy_saving_retrofit_projects"),
    ("001", "年节能量", "energy_savings"),
    ("001", "绿色设计产品", "green_design_products"),
    ("001", "国家级单项冠军", "national_single_champions"),
    # 002 金华 (traditional script, verbatim)
    ("002", "10億元以上制造業項目", "projects_by_investment_band"),
    ("002", "限上制造業投資", "manufacturing_investment"),
    ("002", "“浙江制造”標準", "zhejiang_made_standards"),
    ("002", "“品字標”品牌企業", "pinzibiao_brand_enterprises"),
    ("002", "制造業高新技術企業數", "manufacturing_high_tech_enterprises"),
    (
        "002",
        "規上制造業研究與試驗發展(R&D)經費相當于營業收入比重",
        "manufacturing_rd_intensity_above_size",
    ),
    ("002", "高耗低效企業", "inefficient_enterprises_remediated"),
    ("002", "全市規上工業產值", "industrial_output_above_size"),
    ("002", "規上工業企業", "above_size_industrial_enterprises"),
    ("002", "規上工業畝均稅收", "tax_per_mu_above_size"),
    ("002", "畝均增加值", "value_added_per_mu"),
    ("002", "規上制造業全員勞動生產率", "manufacturing_labour_productivity_above_size"),
    ("002", "規上工業增加值", "industrial_value_added_above_size"),
    ("002", "制造業投資", "manufacturing_investment"),
    ("002", "單位工業增加值能耗", "energy_intensity"),
    ("002", "騰出用能", "energy_savings"),
    ("002", "減碳", "carbon_reduction"),
    ("002", "三星級以上小微企業園", "small_micro_enterprise_parks"),
    ("002", "重大成果", "major_sci_tech_achievements"),
    ("002", "產業鏈協同創新項目", "industrial_chain_cooperation_projects"),
    ("002", "省級以上科技企業孵化器", "tech_incubators"),
    ("002", "雙創示范基地", "innovation_demo_bases"),
    ("002", "全市技術交易總額", "technology_transaction_value"),
    ("002", "首臺(套)裝備", "first_sets_equipment"),
    ("002", "省級重點實驗室", "key_laboratories"),
    ("002", "省創新聯合體", "innovation_consortia"),
    ("002", "省級及以上企業研發機構", "enterprise_rd_institutions"),
    ("002", "單項冠軍企業(含產品)和專精特新“小巨人”企業", "champions_and_little_giants"),
    ("002", "省級專精特新企業", "provincial_specialised_smes"),
    ("002", "全市制造業高新技術企業有效數", "manufacturing_high_tech_enterprises"),
    ("002", "省科技型中小企業", "tech_smes"),
    ("002", "“鏈主”企業", "chain_leader_enterprises"),
    ("002", "產業鏈上下游企業共同體", "industrial_chain_communities"),
    ("002", "市級以上數字化車間、智能工廠、未來工廠", "smart_factories_and_digital_workshops"),
    ("002", "省級工業互聯網平臺", "industrial_internet_platforms"),
    ("002", "百億級以上產業集群工業互聯網平臺", "cluster_industrial_internet_platform_coverage"),
    ("002", "數字經濟核心產業制造業增加值", "digital_economy_core_manufacturing_value_added"),
    ("002", "市縣長項目工程中制造業項目數", "manufacturing_project_share"),
    ("002", "落地率", "project_landing_rate"),
    ("002", "當年落地項目投資完成率", "project_investment_completion_rate"),
    ("002", "重大制造業外資", "manufacturing_fdi"),
    ("002", "省級國際產業合作園", "international_cooperation_parks"),
    ("002", "億元以上項目", "projects_by_investment_band"),
    ("002", "全市制造業三年新增資本市場融資", "capital_market_financing"),
    ("002", "“浙江制造精品”", "zhejiang_made_premium_products"),
    ("002", "“浙江出口名牌”“金華出口名牌”", "export_brands"),
    ("002", "市級以上政府質量獎企業", "government_quality_awards"),
    ("002", "省市級標準創新貢獻獎企業", "standard_innovation_award"),
    ("002", "國際標準", "standards_formulated"),
    ("002", "質量基礎設施“一站式”服務平臺", "quality_infrastructure_service_platforms"),
    ("002", "省級千億技術改造項目", "technical_retrofit_projects"),
    ("002", "工業機器人", "industrial_robots"),
    ("002", "在役機器人總量", "industrial_robots"),
    ("002", "高水平技師學院", "technician_colleges"),
    ("002", "全市制造業貸款", "manufacturing_loans"),
    # 003 宿州
    ("003", "国家级专精特新“小巨人”企业", "national_little_giants"),
    ("003", "省级专精特新冠军企业", "provincial_specialised_champions"),
    ("003", "省级专精特新企业", "provincial_specialised_smes"),
    ("003", "省区域性股权市场“专精特新版”挂牌企业", "regional_equity_market_listings"),
    ("003", "千亿级产业集群", "industrial_clusters"),
    ("003", "省级产品质量提升示范区", "quality_improvement_demo_zones"),
    ("003", "战略性新兴产业企业", "strategic_emerging_industry_enterprises"),
    ("003", "市级企业技术中心", "enterprise_technology_centres"),
    ("003", "省技术创新示范企业", "tech_innovation_demo_enterprises"),
    ("003", "省市级高层次科技人才团队", "high_level_tech_talent_teams"),
    ("003", "政产学研对接活动", "industry_academia_events"),
    ("003", "“首台套”装备", "first_sets_equipment"),
    ("003", "“首批次”新材料", "first_batch_new_materials"),
    ("003", "“首版次”软件", "first_version_software"),
    ("003", "省级数字化转型典型示范项目", "digital_transformation_demo_projects"),
    ("003", "省级智能工厂和数字化车间", "smart_factories_and_digital_workshops"),
    ("003", "企业级工业互联网平台", "industrial_internet_platforms"),
    ("003", "工业互联网应用场景", "industrial_internet_scenarios"),
    ("003", "工业互联网专项培训", "industrial_internet_training"),
    ("003", "省级工业设计中心", "industrial_design_centres"),
    ("003", "省级信息消费体验中心", "information_consumption_experience_centres"),
    ("003", "省级新产品", "provincial_new_products"),
    ("003", "“安徽工业精品”", "industrial_premium_products"),
    ("003", "省级信息消费创新产品", "information_consumption_products"),
    ("003", "“三品”示范企业", "sanpin_demo_enterprises"),
    ("003", "行业标准", "standards_formulated"),
    ("003", "省级标准化技术委员会", "standardisation_committees"),
    ("003", "国家级标准化示范试点项目", "standardisation_pilot_projects"),
    ("003", "标准化示范企业", "standardisation_demo_enterprises"),
    ("003", "各类政府质量奖", "government_quality_awards"),
    ("003", "皖美品牌认证", "provincial_brand_certifications_anhui"),
    ("003", "中国质量奖提名奖", "china_quality_award_nominations"),
    ("003", "省级质量强县(区)", "quality_strong_counties"),
    ("003", "省级小微企业创业创新示范基地", "innovation_demo_bases"),
    ("003", "省级中小企业公共服务示范平台", "sme_public_service_platforms"),
    ("003", "新登记注册企业", "new_registered_enterprises"),
    ("003", "规模以上工业企业", "above_size_industrial_enterprises"),
    ("003", "百亿级制造业项目", "projects_by_investment_band"),
    ("003", "1亿级制造业项目", "projects_by_investment_band"),
    ("003", "重点技改项目", "technical_retrofit_projects"),
    ("003", "技改投资", "technical_retrofit_investment"),
    ("003", "省级服务型制造示范企业", "service_manufacturing_demo_enterprises"),
    ("003", "企业与云资源深度对接", "cloud_enterprises"),
    ("003", "市级绿色家居建材工业互联网平台注册企业", "industrial_internet_platform_users"),
    ("003", "省级绿色工厂", "green_factories"),
    ("003", "新增产业用地以“标准地”方式出让比例", "standard_land_share"),
    # 004 越城
    ("004", "全部工业增加值", "industrial_value_added"),
    ("004", "规模以上工业亩均税收", "tax_per_mu_above_size"),
    ("004", "规模以上工业全员劳动生产率", "labour_productivity_above_size"),
    ("004", "规模以上工业企业研发费用相当于营业收入比例", "rd_intensity_above_size"),
    ("004", "全区高新技术产业增加值占规模以上工业比重", "high_tech_industry_value_added_share"),
    ("004", "优质企业", "quality_enterprises"),
    ("004", "产值超百亿元的行业头部企业", "enterprises_by_revenue_band"),
    ("004", "“品字标浙江制造”企业", "pinzibiao_brand_enterprises"),
    ("004", "专精特新、隐形冠军、单项冠军企业", "specialised_and_champion_enterprises"),
    ("004", "5亿元以上重大产业项目", "projects_by_investment_band"),
    ("004", "10亿元以上重大牵引性项目", "projects_by_investment_band"),
    ("004", "滨海新区规上工业增加值", "industrial_value_added_above_size"),
    ("004", "省级小微企业园", "small_micro_enterprise_parks"),
    ("004", "盘活土地空间", "land_revitalised"),
    ("004", "省级智能工厂(数字化车间)", "smart_factories_and_digital_workshops"),
    ("004", "未来工厂", "future_factories"),
    ("004", "投资额50亿元以上项目", "projects_by_investment_band"),
    ("004", "省重大产业项目", "provincial_major_industrial_projects"),
    ("004", "省级制造业创新中心", "manufacturing_innovation_centres"),
    ("004", "首台(套)产品认定", "first_sets_equipment"),
    ("004", "省科技型中小企业", "tech_smes"),
    ("004", "省级以上企业研发机构", "enterprise_rd_institutions"),
    ("004", "具有“链主”地位的领航企业", "chain_leader_enterprises"),
    ("004", "制造业领域新增上市公司", "listed_companies"),
    ("004", "省级科技企业孵化器、众创空间", "tech_incubators"),
    ("004", "专业孵化器", "tech_incubators"),
    ("004", "工业技改投资", "technical_retrofit_investment"),
    ("004", "规模以上工业企业", "above_size_industrial_enterprises"),
    ("001", "企业的清洁生产审核", "cleaner_production_audits"),
    ("004", "未来产业园区", "future_industry_parks"),
    ("003", "食安安徽认证", "provincial_brand_certifications_anhui"),
    ("003", "10亿级制造业项目", "projects_by_investment_band"),
]

# Phrases that must NOT link, with the reason.
NON_LINKS: list[str] = [
    "“2321”行动",  # a programme name: numbers inside names are not targets
    "“1+9”高质量政策体系",  # a policy system's name
    "企业家沙龙",  # an activity, no indicator
    "一月一监测",  # a monitoring routine
    "黄酒经典产业",  # an industry, not a measure of it
    "全要素生产率",  # only qualitative in the seeds (显著提升); no catalog entry
    "营业收入",  # ambiguous without its subject (规上工业? 企业?)
    "增加值",  # ambiguous: of what?
    "企业",  # no counted qualifier at all
    "5G",  # a technology
    "年销售1000万元以上工业企业",  # a 万元 qualifier, not a revenue band in 亿元
    "35蒸吨/小时及以下燃煤锅炉",  # a qualifier of boilers, no catalog entry
    "占地5亩以上规下工业企业",  # a qualifier (规下), no catalog entry
    "",  # empty phrase
    "   ",  # blank phrase
]


# ------------------------------------------------------------------ the shipped catalog


def test_default_catalog_loads_with_expected_size(catalog: IndicatorCatalog) -> None:
    assert 80 <= len(catalog) <= 160  # raised from 150 in round 2 (产值增速, 开发区排名)
    assert IndicatorCatalog.default() is catalog  # cached


def test_ids_and_aliases_are_unique(catalog: IndicatorCatalog) -> None:
    ids = [ind.id for ind in catalog]
    assert len(ids) == len(set(ids))
    owner: dict[str, str] = {}
    for ind in catalog:
        for wording in ind.wordings:
            key = normalize_phrase(wording)
            assert owner.setdefault(key, ind.id) == ind.id, (wording, owner[key], ind.id)


def test_entries_are_well_formed(catalog: IndicatorCatalog) -> None:
    for ind in catalog:
        assert catalog.get(ind.id) is ind
        assert ind.category in CATEGORIES
        if ind.scope == "above_designated_size":
            assert "规上" in normalize_phrase(ind.name), ind.id
        # Honours and counts add up; ratios do not.
        if ind.unit in {"%", "万元/人", "万元/亩"}:
            assert ind.aggregation is Aggregation.NONE, ind.id
        # A rank (名, id *_rank) is a position, not a count: it does not add up.
        if (
            ind.unit in {"家", "个", "项", "台", "件", "名"}
            and " per " not in ind.name_en
            and not ind.id.endswith("_rank")
        ):
            assert ind.aggregation is Aggregation.SUM, ind.id
    assert catalog["energy_intensity"].direction is Direction.LOWER
    assert catalog.get("no_such_indicator") is None
    assert "industrial_value_added" in catalog


def test_aliases_are_simplified_script(catalog: IndicatorCatalog) -> None:
    from opencc import OpenCC

    t2s = OpenCC("t2s")
    for ind in catalog:
        for wording in ind.wordings:
            assert t2s.convert(wording) == wording, (ind.id, wording)


def test_every_wording_links_to_its_own_entry(catalog: IndicatorCatalog) -> None:
    for ind in catalog:
        for wording in ind.wordings:
            assert catalog.link(wording) is ind, (ind.id, wording)


def test_units_parse_with_the_unit_registry(catalog: IndicatorCatalog) -> None:
    try:
        units = importlib.import_module("mfgpolicy.units")
        parse_unit = units.parse_unit
    except (ImportError, AttributeError) as exc:  # written by another engineer
        pytest.skip(f"mfgpolicy.units not usable yet: {exc}")
    bad = []
    for ind in catalog:
        try:
            parse_unit(ind.unit)
        except Exception as exc:  # noqa: BLE001  (collect every failure)
            bad.append((ind.id, ind.unit, repr(exc)))
    assert not bad


# ------------------------------------------------------------------ linking seed phrases


def test_seed_phrases_are_verbatim() -> None:
    texts = _seed_texts()
    assert len(SEED_PHRASES) >= 60
    missing = [(doc, phrase) for doc, phrase, _ in SEED_PHRASES if phrase not in texts[doc]]
    assert not missing


@pytest.mark.parametrize(("doc", "phrase", "expected"), SEED_PHRASES)
def test_link_seed_phrase(catalog: IndicatorCatalog, doc: str, phrase: str, expected: str) -> None:
    linked = catalog.link(phrase)
    assert linked is not None, f"{doc}: {phrase!r} did not link"
    assert linked.id == expected, (doc, phrase, catalog.link_all(phrase)[:3])


@pytest.mark.parametrize("phrase", NON_LINKS)
def test_non_links(catalog: IndicatorCatalog, phrase: str) -> None:
    assert catalog.link(phrase) is None
    assert catalog.link_all(phrase) == []


def test_scope_rules(catalog: IndicatorCatalog) -> None:
    plain = catalog.link("工业增加值")
    scoped = catalog.link("规上工业增加值")
    assert plain is catalog["industrial_value_added"]
    assert plain.scope is None
    assert scoped is catalog["industrial_value_added_above_size"]
    assert scoped.scope == "above_designated_size"
    # 规模以上 and 规上 are the same marker, in either script.
    assert catalog.link("规模以上工业增加值") is scoped
    assert catalog.link("規模以上工業增加值") is scoped
    # A scoped entry does not link an unscoped phrase when an unscoped entry matches.
    assert catalog.link("全员劳动生产率") is catalog["labour_productivity"]
    assert catalog.link("规上工业全员劳动生产率") is catalog["labour_productivity_above_size"]


def test_scoped_entry_links_unscoped_phrase_only_without_alternative() -> None:
    def make(ident: str, name: str, scope: str | None) -> Indicator:
        return Indicator(
            id=ident,
            name=name,
            aliases=(),
            name_en=ident,
            unit="亿元",
            direction=Direction.HIGHER,
            aggregation=Aggregation.SUM,
            scope=scope,
            category="scale",
        )

    only_scoped = IndicatorCatalog.from_indicators([make("a", "工业产值", "above_designated_size")])
    assert only_scoped.link("工业产值") is only_scoped["a"]
    both = IndicatorCatalog.from_indicators(
        [make("a", "工业产值", "above_designated_size"), make("b", "产值", None)]
    )
    assert both.link("工业产值") is both["b"]
    assert [ind.id for ind, _ in both.link_all("工业产值")] == ["b"]
    assert [(ind.id, n) for ind, n in both.link_all("规上工业产值")] == [("a", 4), ("b", 2)]


def test_revenue_bands_link_to_one_family_entry(catalog: IndicatorCatalog) -> None:
    for phrase in [
        "全市年营业收入500亿元以上的领航企业",
        "年营业收入5—10亿元企业",
        "10-50亿元企业",
        "50–100亿元企业",
        "百亿级企业",
        "千亿级企业",
        "年营业收入超过100亿元企业",
    ]:
        assert catalog.link(phrase) is catalog["enterprises_by_revenue_band"], phrase
    for phrase in [
        "亿元以上项目",
        "10亿元以上制造业项目",
        "50亿级制造业项目",
        "投资额50亿元以上项目",
    ]:
        assert catalog.link(phrase) is catalog["projects_by_investment_band"], phrase
    # 千亿 in a programme name is not an investment band.
    assert catalog["technical_retrofit_projects"] is catalog.link("省级千亿技术改造项目")


def test_normalisation() -> None:
    assert normalize_phrase("全市 “规模以上” 工業增加值") == "规上工业增加值"
    assert normalize_phrase("新增国家专精特新「小巨人」企业") == "国家专精特新小巨人企业"
    assert normalize_phrase("单项冠军企业（含产品）") == "单项冠军企业(含产品)"
    assert normalize_phrase("r&d") == "R&D"


def test_link_all_orders_candidates(catalog: IndicatorCatalog) -> None:
    cands = catalog.link_all("规上制造业全员劳动生产率")
    assert cands[0][0].id == "manufacturing_labour_productivity_above_size"
    assert cands[0][1] == len("规上制造业全员劳动生产率")
    assert [n for _, n in cands] == sorted((n for _, n in cands), reverse=True)


def test_linking_is_fast(catalog: IndicatorCatalog) -> None:
    phrases = [p + str(i) for i in range(5) for _, p, _ in SEED_PHRASES]  # defeat the cache
    start = time.perf_counter()
    for phrase in phrases:
        catalog.link(phrase)
    rate = len(phrases) / (time.perf_counter() - start)
    assert rate > 2000, f"{rate:.0f} links per second"


_S2T = None


def _s2t(text: str) -> str:
    global _S2T  # noqa: PLW0603
    if _S2T is None:
        from opencc import OpenCC

        _S2T = OpenCC("s2t")
    return str(_S2T.convert(text))


_PHRASES = st.sampled_from([p for _, p, _ in SEED_PHRASES] + NON_LINKS[:10])


@given(_PHRASES)
def test_link_invariant_under_traditional_conversion(phrase: str) -> None:
    catalog = IndicatorCatalog.default()
    assert catalog.link(_s2t(phrase)) is catalog.link(phrase)


@given(_PHRASES, st.data())
def test_link_invariant_under_spaces(phrase: str, data: st.DataObject) -> None:
    catalog = IndicatorCatalog.default()
    cuts = data.draw(st.lists(st.integers(0, len(phrase)), max_size=5))
    spaced = phrase
    for cut in sorted(cuts, reverse=True):
        spaced = (
            spaced[:cut] + data.draw(st.sampled_from([" ", "\u3000", "  ", "\t"])) + spaced[cut:]
        )
    assert catalog.link(spaced) is catalog.link(phrase)


# ------------------------------------------------------------------ malformed catalogs

_GOOD = """
[[indicator]]
id = "industrial_value_added"
name = "工业增加值"
name_en = "industrial value added"
aliases = ["全部工业增加值"]
unit = "亿元"
direction = "higher"
aggregation = "sum"
category = "scale"
"""


def _entry(ident: str = "x_count", **fields: str) -> str:
    values = {
        "id": ident,
        "name": "某指标",
        "name_en": "x",
        "unit": "家",
        "direction": "higher",
        "aggregation": "sum",
        "category": "scale",
    }
    values.update(fields)
    body = "\n".join(f"{k} = {v!r}".replace("'", '"') for k, v in values.items() if v != "-")
    return f"\n[[indicator]]\n{body}\n"


def _load(tmp_path: Path, text: str) -> IndicatorCatalog:
    path = tmp_path / "indicators.toml"
    path.write_text(text, encoding="utf-8")
    return IndicatorCatalog.from_file(path)


def test_from_file_good(tmp_path: Path) -> None:
    cat = _load(tmp_path, _GOOD + _entry())
    assert len(cat) == 2
    assert cat.link("全部工业增加值") is cat["industrial_value_added"]
    assert str(tmp_path) in cat.source


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (_entry("industrial_value_added"), ["duplicate id", "industrial_value_added"]),
        (_entry(direction="up"), ["bad direction", "'up'", "x_count"]),
        (_entry(aggregation="avg"), ["bad aggregation", "'avg'"]),
        (_entry(name="-"), ["missing name", "x_count"]),
        (_entry(name="工业增加值"), ["工业增加值", "already belongs to 'industrial_value_added'"]),
        (_entry(aliases="全部工業增加值"), ["must be an array"]),
        (_entry(category="misc"), ["Indicator.category", "'misc'"]),
        (_entry(ident="Bad-Id"), ["Indicator.id", "Bad-Id"]),
        (_entry(scope="everything"), ["Indicator.scope", "everything"]),
        (_entry(patterns="-"), []),  # placeholder replaced below
        (_entry(colour="red"), ["unknown keys", "colour"]),
    ],
)
def test_malformed_catalog_names_file_entry_and_problem(
    tmp_path: Path, extra: str, words: list[str]
) -> None:
    if not words:
        extra = extra.replace('category = "scale"', 'category = "scale"\npatterns = ["(unclosed"]')
        words = ["invalid regular expression", "x_count"]
    text = _GOOD + extra
    with pytest.raises(CatalogError) as info:
        _load(tmp_path, text)
    err = info.value
    assert err.path == str(tmp_path / "indicators.toml")
    # The line is that of the offending entry's [[indicator]] header.
    header_lines = [n for n, ln in enumerate(text.splitlines(), 1) if ln == "[[indicator]]"]
    assert err.line == header_lines[-1]
    for word in words:
        assert word in err.problem, (word, str(err))
    assert str(err).startswith(f"{err.path}:{err.line}: ")


def test_invalid_toml_syntax(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="invalid TOML") as info:
        _load(tmp_path, _GOOD + "\n[[indicator]\nid = 1\n")
    assert info.value.line is not None


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="cannot read"):
        IndicatorCatalog.from_file(tmp_path / "missing.toml")


def test_duplicate_in_memory() -> None:
    ind = IndicatorCatalog.default()["industrial_value_added"]
    with pytest.raises(CatalogError, match="duplicate id"):
        IndicatorCatalog.from_indicators([ind, ind])


# ------------------------------------------------------------------ the model class


def test_indicator_is_frozen_and_validated(catalog: IndicatorCatalog) -> None:
    ind = catalog["industrial_value_added"]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        ind.name = "x"  # type: ignore[misc]
    assert attrs.has(Indicator)
    assert not hasattr(ind, "__dict__")  # slotted
    with pytest.raises(ValidationError, match=r"Indicator\.direction .*'higher'"):
        attrs.evolve(ind, direction="higher")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"Indicator\.aliases"):
        attrs.evolve(ind, aliases=("", "x"))
    with pytest.raises(ValidationError, match=r"Indicator\.name "):
        attrs.evolve(ind, name=" ")
    assert attrs.evolve(ind, aliases=["a"]).aliases == ("a",)  # lists become tuples


def test_catalog_is_immutable(catalog: IndicatorCatalog) -> None:
    with pytest.raises(AttributeError):
        catalog._entries = ()
    assert "IndicatorCatalog" in repr(catalog)
    assert next(iter(catalog)).id == "industrial_value_added"


def test_share_head_links_only_share_entries(catalog: IndicatorCatalog) -> None:
    # A coverage rate of enterprises is not a count of enterprises (家).
    assert catalog.link("规上工业企业") is catalog["above_size_industrial_enterprises"]
    assert catalog.link("规上工业企业覆盖率") is None
    assert catalog.link("规上工业企业研发机构覆盖率") is catalog["rd_coverage_above_size"]
    assert catalog.link("规上工业企业数字化改造覆盖率") is catalog["digital_retrofit_coverage"]
    assert (
        catalog.link("重点细分行业中小企业数字化改造覆盖率") is catalog["digital_retrofit_coverage"]
    )
    # Plain 率 is no share head: productivity stays in 万元/人.
    assert catalog.link("全员劳动生产率") is catalog["labour_productivity"]
    # The share filter runs before the scope rule: a scoped % entry still wins over
    # an unscoped count entry dropped by the share head.
    ents = [
        Indicator(
            id=ident,
            name=name,
            aliases=(),
            name_en=ident,
            unit=unit,
            direction=Direction.HIGHER,
            aggregation=Aggregation.NONE,
            scope=scope,
            category="platform",
        )
        for ident, name, unit, scope in [
            ("count", "研发机构", "家", None),
            ("share", "研发机构覆盖率", "%", "above_designated_size"),
        ]
    ]
    small = IndicatorCatalog.from_indicators(ents)
    assert small.link("研发机构覆盖率") is small["share"]
    assert small.link("研发机构") is small["count"]


def test_earmarked_land_quota_share(catalog: IndicatorCatalog) -> None:
    entry = catalog["earmarked_land_quota_share"]
    assert (entry.unit, entry.aggregation) == ("%", Aggregation.NONE)
    assert catalog.link("“戴帽”指标争取占全市") is entry
    assert catalog.link("「戴帽」指標佔全市比重") is entry
