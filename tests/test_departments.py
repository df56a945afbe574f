"""The department alias catalog (部门别名目录): every unit of the five seeds resolves."""

from __future__ import annotations

from pathlib import Path

import pytest

from mfgpolicy.errors import CatalogError, ValidationError
from mfgpolicy.model.department import Department, DepartmentCatalog

C = DepartmentCatalog.default()

# Unit names found in the responsibility lists (牵头单位, 配合单位, 责任单位, 实施单位, 责任主体,
# "(…按职责分工负责)") of the seeds, as written (002 in traditional script).
SEED_UNITS: dict[str, list[str]] = {
    "000": [
        "市经信局",
        "市发改委",
        "市科技局",
        "市金控公司",
        "市投资促进中心",
        "市自然资源和规划局",
        "市生态环境局",
        "市建设局",
        "市政务服务办",
        "市委人才办",
        "市人力社保局",
        "市商务局",
        "市大数据局",
        "市市场监管局",
        "市工商联",
        "市金融办",
        "人行绍兴市中心支行",
        "市国资运营公司",
        "市领导小组各成员单位",
        "市财政局",
        "市税务局",
        "市统计局",
        "市委宣传部",
    ],
    "001": [
        "市经信局",
        "市发改局",
        "市科技局",
        "宁波市生态环境局余姚分局",
        "市招商中心",
        "市自然资源和规划局",
        "市商务局",
        "市文广旅游体育局",
        "市水利局",
        "市应急管理局",
        "市消防大队",
        "市市场监管局",
        "市委人才办",
        "市人社局",
        "市金融办",
        "人行余姚支行",
        "市自然资源规划局",
        "市经信局(市减负办)",
        "市税务局",
        "市经信局(市企服办)",
        "市经信局(市工强办)",
        "市直有关部门",
        "市财政局",
        "市委宣传部",
    ],
    "002": [
        "市經信局",
        "市發改委",
        "市資規局",
        "市生態環境局",
        "人行金華市中心支行",
        "國網金華供電公司",
        "市應急管理局",
        "市市場監管局",
        "市稅務局",
        "市投資促進中心",
        "市科技局",
        "市商務局",
        "市金投集團",
        "市金融辦",
        "市公安局",
        "金華海關",
        "市制高辦",
        "市級相關部門",
        "金華銀保監分局",
        "市委組織部",
        "市人力社保局",
        "市總工會",
        "市教育局",
        "市政府督查室",
    ],
    "003": [
        "市发展改革委",
        "市经济和信息化局",
        "市市场监管局",
        "市十大重点产业专班牵头单位",
        "市科技局",
        "市财政局",
        "市农业农村局",
        "市人力资源社会保障局",
        "市数据资源局",
        "市投资促进中心",
        "市自然资源局",
        "市地方金融监管局",
        "市地方金融監管局",
        "市交通运输局",
        "宿州银保监分局",
        "人行宿州市中心支行",
        "市政府办公室",
        "市政务服务局",
    ],
    "004": [
        "新区经发局",
        "区发改局",
        "区科技局",
        "区经信局",
        "新区综保办",
        "袍江更新办",
        "新区招商一局",
        "新区招商二局",
        "区自然资源和规划分局",
        "滨海新区规建局",
        "区生态环境分局",
        "区应急管理局",
        "区消防救援大队",
        "新区消防救援大队",
        "区商务局",
        "科创服务中心",
        "区市场监管局",
        "区委人才办",
        "新区人才发展局",
        "区人力社保局",
        "区经信局(金融办)",
        "区工商联",
        "新区规建局",
        "区自然资源和规划局",
        "区政务服务办",
        "新区政务服务中心",
    ],
}

# Accountable governments and zones named in the same lists (责任主体, 实施单位, 配合单位).
SEED_GOVERNMENTS = [
    "各区、县〔市〕政府",  # 000
    "各乡镇(街道)",
    "经济开发区管委会",
    "中意宁波生态园",  # 001
    "各縣〔市、區〕政府",
    "金華開發區管委會",  # 002
    "各县区人民政府",
    "市管园区管委会",  # 003
    "各镇街",  # 004
]


@pytest.mark.parametrize(
    "name", [pytest.param(n, id=f"{s}-{n}") for s, names in SEED_UNITS.items() for n in names]
)
def test_every_seed_unit_resolves(name: str) -> None:
    ref = C.resolve(name)
    assert ref.department_id is not None, name
    assert not ref.government
    assert not C.is_government(name)
    assert all(x.department_id is not None for x in ref.also)


@pytest.mark.parametrize("name", SEED_GOVERNMENTS)
def test_governments_are_not_departments(name: str) -> None:
    assert C.is_government(name)
    ref = C.resolve(name)
    assert ref.government
    assert ref.department_id is None


@pytest.mark.parametrize(
    ("names", "dept_id"),
    [
        (
            ["市经信局", "市经济和信息化局", "市經信局", "市经信委", "市工信局"],
            "economy_and_information",
        ),
        (["市发改委", "市发展改革委", "市发改局", "市發改委"], "development_and_reform"),
        (
            ["市资规局", "市自然资源和规划局", "市自然资源局", "区自然资源和规划分局"],
            "natural_resources",
        ),
        (["市金融办", "市地方金融监管局"], "local_financial_regulation"),
        (["市人社局", "市人力社保局", "市人力资源社会保障局"], "human_resources_social_security"),
        (["市大数据局", "市数据资源局"], "big_data"),
        (["人行绍兴市中心支行", "人行余姚支行", "人行宿州市中心支行"], "pboc"),
    ],
)
def test_aliases_share_an_id(names: list[str], dept_id: str) -> None:
    assert {C.resolve(n).department_id for n in names} == {dept_id}


def test_prefixes_and_display_names() -> None:
    r = C.resolve("市經信局")
    assert (r.as_written, r.level_prefix, r.name) == ("市经信局", "市", "市经济和信息化局")
    r = C.resolve("绍兴市经信局")
    assert (r.jurisdiction_prefix, r.level_prefix, r.name) == ("绍兴市", "", "绍兴市经济和信息化局")
    r = C.resolve("新区经发局")
    assert r.level_prefix == "新区"
    assert r.department_id == "economic_development_bureau"
    r = C.resolve("市委宣传部")
    assert r.name == "市委宣传部"
    assert r.department_id == "party_publicity"
    r = C.resolve("金华海关")
    assert r.jurisdiction_prefix == "金华"
    assert r.department_id == "customs"


def test_composite_keeps_both() -> None:
    r = C.resolve("市发改委(市能源局)")
    assert r.department_id == "development_and_reform"
    assert [x.department_id for x in r.also] == ["energy"]
    r = C.resolve("区经信局(金融办)")
    assert r.also[0].department_id == "local_financial_regulation"
    assert r.also[0].level_prefix == "区"


@pytest.mark.parametrize("name", ["二局", "某某局", "市火星探测局"])
def test_unknown_names_are_unresolved_not_dropped(name: str) -> None:
    ref = C.resolve(name)
    assert ref.department_id is None
    assert not ref.resolved
    assert ref.as_written == name
    assert ref.name == name


def test_empty_name_is_an_error() -> None:
    with pytest.raises(ValidationError):
        C.resolve("  ")


def test_department_validation() -> None:
    with pytest.raises(ValidationError, match=r"Department\.id.*'Bad Id'"):
        Department(id="Bad Id", name="x", short="x", name_en="x")
    with pytest.raises(ValidationError, match=r"Department\.name"):
        Department(id="ok", name="", short="x", name_en="x")


def test_catalog_lookups() -> None:
    assert len(C) >= 50
    d = C.get("economy_and_information")
    assert d is not None
    assert d.short == "经信局"
    assert d.name == "经济和信息化局"
    assert C.get("nope") is None


GOOD = '[[department]]\nid = "a"\nname = "甲局"\nshort = "甲"\nname_en = "A"\nsource = "t"\n'


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        ("[[department]\n", 1, "bad TOML"),
        ('[[department]]\nid = "a"\nname = "甲局"\n', 1, "missing required key"),
        (GOOD + GOOD.replace("甲", "乙"), 2, "duplicate id 'a'"),
        (GOOD + GOOD.replace('"a"', '"b"'), 2, "already belongs to 'a'"),
        (GOOD.replace('"a"', '"Bad"'), 1, "snake_case"),
        (GOOD + 'aliases = "x"\n', 1, "aliases"),
        (GOOD + "colour = 1\n", 1, "unknown key"),
    ],
)
def test_malformed_catalog(tmp_path: Path, text: str, line: int, problem: str) -> None:
    path = tmp_path / "deps.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        DepartmentCatalog.from_file(path)
    assert info.value.path == str(path)
    assert info.value.line == line
    assert problem in info.value.problem
