"""The gazetteer (行政区划名录): shipped data, name resolution, text scanning, bad files."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mfgpolicy.errors import CatalogError, ValidationError
from mfgpolicy.model.jurisdiction import AdminLevel, Gazetteer, Jurisdiction

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "documents"
G = Gazetteer.default()


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def test_shipped_list_is_complete_and_consistent() -> None:
    divisions = [j for j in G if j.level is not AdminLevel.ZONE]
    assert 3000 <= len(divisions) <= 3600
    codes = [j.code for j in divisions]
    assert len(set(codes)) == len(codes)
    assert all(c is not None and len(c) == 6 and c.isdigit() for c in codes)
    for j in G:
        if j.level is AdminLevel.PROVINCE:
            assert j.parent_code is None
        else:
            assert G.parent(j) is not None, j
    assert sum(j.level is AdminLevel.PROVINCE for j in G) == 34
    assert sum(j.level is AdminLevel.PREFECTURE for j in G) == 333


def test_seed_jurisdictions() -> None:
    sx = G.get("330600")
    assert sx is not None
    assert sx.name == "绍兴市"
    assert sx.level is AdminLevel.PREFECTURE
    kids = {j.code: j.name for j in G.children(sx)}
    assert kids["330602"] == "越城区"
    assert {"330603", "330604", "330624", "330681", "330683"} <= set(kids)
    assert G.get("330602") is not None
    assert G.get("330602").level is AdminLevel.DISTRICT
    yy = G.get("330281")
    assert yy is not None
    assert yy.name == "余姚市"
    assert yy.level is AdminLevel.COUNTY
    assert G.parent(yy) == G.get("330200")
    assert G.get("330200").name == "宁波市"
    assert G.get("341300").name == "宿州市"  # type: ignore[union-attr]
    assert G.get("330700").name == "金华市"  # type: ignore[union-attr]
    assert [a.code for a in G.ancestors(yy)] == ["330200", "330000"]
    assert G.is_ancestor(G.get("330000"), yy)  # type: ignore[arg-type]
    assert not G.is_ancestor(yy, yy)


def test_municipalities_and_directly_administered_units() -> None:
    assert G.parent(G.get("110105")).code == "110000"  # type: ignore[arg-type,union-attr]
    assert G.get("110100") is None  # the 市辖区 placeholder is dropped
    xt = G.resolve("仙桃市")
    assert xt is not None
    assert xt.level is AdminLevel.COUNTY
    assert xt.parent_code == "420000"


@pytest.mark.parametrize("name", ["绍兴市", "绍兴", "紹興市", "紹興", "330600", " 绍兴市 "])
def test_resolve_forms(name: str) -> None:
    assert G.resolve(name) == G.get("330600")


def test_short_names_by_rule() -> None:
    assert G.resolve("内蒙古") == G.get("150000")
    assert G.resolve("广西") == G.get("450000")
    assert G.resolve("延边") == G.get("222400")
    assert G.get("341322").short_name is None  # type: ignore[union-attr]  # 萧县: stem too short


def test_ambiguous_names_need_a_parent() -> None:
    assert len(G.resolve_all("鼓楼区")) > 1
    assert G.resolve("鼓楼区") is None
    assert G.resolve("朝阳") is None
    assert G.resolve("吉林") is None  # 吉林省 and 吉林市
    gl = G.resolve("鼓楼区", parent="南京市")
    assert gl is not None
    assert gl.code == "320106"
    assert G.resolve("朝阳区", parent="北京") == G.get("110105")
    assert G.resolve("鼓楼区", parent="绍兴市") is None


def test_qualified_name() -> None:
    assert G.resolve("绍兴市越城区") == G.get("330602")
    assert G.resolve("宁波市余姚市") == G.get("330281")


def test_unknown_names() -> None:
    assert G.resolve("不存在市") is None
    assert G.resolve("999999") is None
    assert G.resolve_all("不存在市") == []


def test_zone_binhai() -> None:
    z = G.resolve("绍兴滨海新区")
    assert z is not None
    assert z.level is AdminLevel.ZONE
    assert z.code is None
    assert G.parent(z) == G.get("330600")
    assert z in G.children(G.get("330600"))  # type: ignore[arg-type]
    assert G.resolve("滨海新区") is None  # also 天津市滨海新区
    assert G.resolve("滨海新区", parent="330600") == z
    assert G.resolve("滨海新区", parent="天津") == G.get("120116")


def found(text: str) -> dict[str, str]:
    return {text[a:b]: j.name for a, b, j in G.find_in_text(text)}


def test_find_in_text_seeds() -> None:
    f4 = found(seed("004"))
    assert f4["绍兴市"] == "绍兴市"
    assert f4["越城区"] == "越城区"
    assert f4["滨海新区"] == "绍兴滨海新区"  # not 天津's district: disambiguated by 绍兴市
    assert found(seed("003"))["宿州市"] == "宿州市"
    f2 = found(seed("002"))
    assert f2["金華市"] == "金华市"
    assert found("金华市和金華市")["金华市"] == "金华市"
    f1 = found(seed("001"))
    assert f1["余姚市"] == "余姚市"
    assert "范县" not in f1


def test_find_in_text_offsets_and_longest_match() -> None:
    text = "浙江省绍兴市越城区和绍兴滨海新区"
    hits = [(a, b, j.name) for a, b, j in G.find_in_text(text)]
    assert hits == [(0, 3, "浙江省"), (3, 6, "绍兴市"), (6, 9, "越城区"), (10, 16, "绍兴滨海新区")]


def test_find_in_text_is_fast() -> None:
    text = (seed("004") * 2)[:20000]
    G.find_in_text(text)
    start = time.perf_counter()
    G.find_in_text(text)
    assert time.perf_counter() - start < 0.05  # well under 10 ms on a developer machine


def test_jurisdiction_validation() -> None:
    with pytest.raises(ValidationError, match=r"Jurisdiction\.code.*'33060'"):
        Jurisdiction(name="x", code="33060", level=AdminLevel.COUNTY)
    with pytest.raises(ValidationError, match=r"Jurisdiction\.level"):
        Jurisdiction(name="x", code="330600", level="county")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"Jurisdiction\.code"):
        Jurisdiction(name="x", code=None, level=AdminLevel.COUNTY)
    with pytest.raises(ValidationError, match=r"Jurisdiction\.name"):
        Jurisdiction(name="", code="330600", level=AdminLevel.COUNTY)


def test_with_additions_is_new() -> None:
    z = Jurisdiction(name="测试园区", code=None, level=AdminLevel.ZONE, parent_code="330600")
    g2 = G.with_additions([z])
    assert len(g2) == len(G) + 1
    assert g2.resolve("测试园区") == z
    assert G.resolve("测试园区") is None


HEADER = "# test\ncode,name,level,parent_code\n330000,浙江省,province,\n"


@pytest.mark.parametrize(
    ("rows", "line", "problem"),
    [
        ("33060,绍兴市,prefecture,330000\n", 4, "6-digit"),
        ("330600,绍兴市,prefecture,990000\n", 4, "unknown parent"),
        ("330600,绍兴市,city,330000\n", 4, "unknown level"),
        ("330600,绍兴市,prefecture\n", 4, "4 fields"),
        ("330600,绍兴市,prefecture,330000\n330600,绍兴,prefecture,330000\n", 5, "duplicate"),
        ("330600,绍兴市,prefecture,\n", 4, "no parent"),
    ],
)
def test_malformed_csv(tmp_path: Path, rows: str, line: int, problem: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        Gazetteer.from_files(path)
    assert info.value.path == str(path)
    assert info.value.line == line
    assert problem in info.value.problem
    assert f"bad.csv:{line}" in str(info.value)


@pytest.mark.parametrize(
    ("toml", "problem"),
    [
        (
            '[[jurisdiction]]\nname = "园"\nlevel = "park"\nparent_code = "330000"\n',
            "unknown level",
        ),
        ('[[jurisdiction]]\nname = "园"\nlevel = "zone"\ncode = "12"\n', "6-digit"),
        (
            '[[jurisdiction]]\nname = "园"\nlevel = "zone"\nparent_code = "990000"\n',
            "unknown parent",
        ),
        ('[[jurisdiction]]\nlevel = "zone"\n', "missing required key 'name'"),
        ('[[jurisdiction]]\nname = "园"\nlevel = "zone"\ncolour = 1\n', "unknown keys"),
        ("[[jurisdiction]\n", "bad TOML"),
    ],
)
def test_malformed_extra_toml(tmp_path: Path, toml: str, problem: str) -> None:
    csv_path = tmp_path / "d.csv"
    csv_path.write_text(HEADER, encoding="utf-8")
    bad = tmp_path / "extra.toml"
    bad.write_text(toml, encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        Gazetteer.from_files(csv_path, bad)
    assert info.value.path == str(bad)
    assert problem in info.value.problem
    assert info.value.line == 1


ALL = list(G)


@given(st.sampled_from(ALL))
def test_code_and_name_round_trip(j: Jurisdiction) -> None:
    if j.code is not None:
        assert G.resolve(j.code) == j
    assert j in G.resolve_all(j.name)
    assert G.resolve(j.name, parent=j.parent_code) == j if j.parent_code else True
    for a in G.ancestors(j):
        assert G.is_ancestor(a, j)
        assert not G.is_ancestor(j, a)


@given(st.sampled_from(ALL))
def test_traditional_script_resolves_the_same(j: Jurisdiction) -> None:
    from opencc import OpenCC  # type: ignore[import-untyped]

    trad = OpenCC("s2t").convert(j.name)
    assert j in G.resolve_all(trad)
