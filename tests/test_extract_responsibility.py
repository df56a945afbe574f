"""Responsibility blocks (责任分工): the gold of every seed and one text per rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DATA_DIR, SEED_FILES
from mfgpolicy.extract.responsibility import extract_responsibility, find_blocks
from mfgpolicy.extract.structure import parse_structure
from mfgpolicy.model.target import Responsibility
from mfgpolicy.text import normalize


def _resp(text: str, needle: str) -> Responsibility:
    secs = parse_structure(text)
    rmap = extract_responsibility(text, secs)
    i = text.index(needle)
    return rmap.for_span(i, i + len(needle))


def _lead(r: Responsibility) -> list[str]:
    return [u.as_written for u in r.lead]


def _support(r: Responsibility) -> list[str]:
    return [u.as_written for u in r.support]


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
def test_seed_agrees_with_gold(path: Path) -> None:
    gold = json.loads((DATA_DIR / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
    norm = normalize(path.read_text(encoding="utf-8"))
    rmap = extract_responsibility(norm.text, parse_structure(norm.text))
    wrong = []
    for t in gold["targets"]:
        start, end = norm.to_normalized(t["span"][0]), norm.to_normalized(t["span"][1])
        r = rmap.for_span(start, end)
        got = {
            "lead": _lead(r),
            "support": _support(r),
            "leaders": list(r.leaders),
            "accountable": list(r.accountable),
        }
        for key, value in got.items():
            if t.get(key) is not None and t[key] != value:
                wrong.append((t["id"], key, t[key], value))
    assert wrong == []


def test_lead_and_support_labels() -> None:
    text = "一、任务\n1.甲。新增企业5家。(牵头单位:市经信局,配合单位:市发改委、市科技局)\n"
    r = _resp(text, "新增企业5家")
    assert _lead(r) == ["市经信局"]
    assert _support(r) == ["市发改委", "市科技局"]
    assert r.lead[0].id is not None  # resolved by the department catalog


def test_named_leader() -> None:
    text = "一、任务\n1.甲。新增5家。(牵头领导:张三;牵头单位:市经信局;配合单位:市发改局)\n"
    r = _resp(text, "新增5家")
    assert r.leaders == ("张三",)
    assert _lead(r) == ["市经信局"]


def test_each_target_takes_the_first_block_after_it() -> None:
    text = (
        "一、任务\n1.甲。新增A5家。(牵头单位:市经信局)新增B3家。(牵头单位:市科技局)"
        "推进工作。\n2.乙。新增C2家。\n"
    )
    assert _lead(_resp(text, "新增A5家")) == ["市经信局"]
    assert _lead(_resp(text, "新增B3家")) == ["市科技局"]
    assert _lead(_resp(text, "推进工作")) == ["市科技局"]  # none after: nearest before
    assert _resp(text, "新增C2家").is_empty  # another task, no block of its own


def test_listed_units_all_lead_without_declaration() -> None:
    text = "一、任务\n1.甲。新增5家。(责任单位:区经信局、新区经发局)\n"
    r = _resp(text, "新增5家")
    assert _lead(r) == ["区经信局", "新区经发局"]
    assert r.support == ()


def test_first_listed_is_lead_when_declared_anywhere() -> None:
    text = (
        "一、任务\n1.甲。新增5家。(责任单位:市经信局、市发改委,列第一位的为牵头单位,"
        "各县(市、区)政府为责任主体,下同)\n2.乙。新增3家。(责任单位:市科技局、市商务局)\n"
        "3.丙。新增1家。\n"
    )
    r = _resp(text, "新增3家")
    assert _lead(r) == ["市科技局"]
    assert _support(r) == ["市商务局"]
    assert r.accountable == ("各县(市、区)政府",)
    assert _resp(text, "新增1家").accountable == ("各县(市、区)政府",)


def test_traditional_declaration_after_normalisation() -> None:
    original = "一、任務\n1.甲。新增5家。(責任單位:市經信局、市發改委,列第一位的為牽頭單位)\n"
    text = normalize(original).text
    r = _resp(text, "新增5家")
    assert _lead(r) == ["市经信局"]
    assert _support(r) == ["市发改委"]


def test_shared_duty_and_accountable_carried() -> None:
    text = (
        "一、任务\n(一)甲。新增5家。(市经济和信息化局、市科技局按职责分工负责;"
        "各县区人民政府、市管园区管委会为责任主体,下同)\n(二)乙。新增3家。(市科技局负责)\n"
    )
    r = _resp(text, "新增5家")
    assert _lead(r) == ["市经济和信息化局", "市科技局"]
    assert r.support == ()
    later = _resp(text, "新增3家")
    assert _lead(later) == ["市科技局"]
    assert later.accountable == ("各县区人民政府", "市管园区管委会")


def test_implementing_units_carried_to_tasks_without_blocks() -> None:
    text = (
        "一、目标\n新增100家。\n二、任务\n1.甲。新增5家。(责任单位:区经信局;实施单位:各镇街,下同,不再列出)\n"
        "2.乙。新增3家。\n附件\n表\n名称\n新增2家的工程内容很长很长很长很长很长。\n"
    )
    assert _resp(text, "新增100家").is_empty  # before the declaration
    assert _resp(text, "新增5家").accountable == ("各镇街",)
    r = _resp(text, "新增3家")
    assert r.accountable == ("各镇街",)
    assert r.lead == ()
    assert _resp(text, "新增2家").is_empty  # appendices do not inherit


def test_elliptical_unit_and_split_government() -> None:
    text = (
        "一、任务\n1.甲。新增5家。"
        "(牵头单位:新区招商一局、二局;配合单位:各区、县(市)政府,市科技局)\n"
    )
    r = _resp(text, "新增5家")
    assert _lead(r) == ["新区招商一局", "新区招商二局"]
    assert _support(r) == ["各区、县(市)政府", "市科技局"]


def test_unit_name_with_parentheses_and_unknown_unit_kept() -> None:
    text = "一、任务\n1.甲。新增5家。(牵头单位:市经信局(市企服办)、市某某专班)\n"
    secs = parse_structure(text)
    rmap = extract_responsibility(text, secs)
    i = text.index("新增5家")
    r = rmap.for_span(i, i + 4)
    assert _lead(r) == ["市经信局(市企服办)", "市某某专班"]
    assert [w.code for w in rmap.warnings] == ["unknown_department"]
    assert "市某某专班" in rmap.warnings[0].message


def test_ordinary_parentheses_are_not_blocks() -> None:
    text = "一、任务\n建设中国(绍兴)跨境电商综试区,开展“5G+工业互联网”(试点)。\n"
    assert find_blocks(text) == []
    # A unit name that contains 牵头单位 without a colon is not a label.
    blocks = find_blocks("(市十大重点产业专班牵头单位按职责分工负责)")
    assert blocks[0].lead == ("市十大重点产业专班牵头单位",)


def test_for_section() -> None:
    text = (
        "一、任务\n1.甲。新增A5家。(牵头单位:市经信局)新增B3家。(牵头单位:市科技局;配合单位:市经信局)\n"
        "2.乙。无。\n"
    )
    secs = parse_structure(text)
    rmap = extract_responsibility(text, secs)
    r = rmap.for_section(secs[1].id)
    assert _lead(r) == ["市经信局", "市科技局"]
    assert r.support == ()
    assert rmap.for_section(secs[2].id).is_empty
    with pytest.raises(LookupError):
        rmap.for_section("s99")
