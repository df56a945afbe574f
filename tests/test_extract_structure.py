"""Section tree (章节结构): seeds and synthetic texts for each marker rule."""

from __future__ import annotations

import time

import pytest

from conftest import SEED_FILES
from mfgpolicy.extract.structure import parse_structure
from mfgpolicy.text import normalize


def _norm(path_index: int) -> str:
    return normalize(SEED_FILES[path_index].read_text(encoding="utf-8")).text


def test_levels_titles_and_parents() -> None:
    text = (
        "前言。\n一、总体要求\n(一)指导思想。坚持……\n1.抓清单编制。根据……\n"
        "(1)细项\n①再细\n二、保障\n"
    )
    secs = parse_structure(text)
    assert [s.path for s in secs] == [
        ("一",),
        ("一", "(一)"),
        ("一", "(一)", "1"),
        ("一", "(一)", "1", "(1)"),
        ("一", "(一)", "1", "①"),  # ① is level 4 like (1): a sibling
        ("二",),
    ]
    assert [s.id for s in secs] == ["s1", "s2", "s3", "s4", "s5", "s6"]
    assert secs[1].title == "指导思想"
    assert secs[2].title == "抓清单编制"
    assert text[secs[2].body_start :].startswith("根据")
    assert secs[1].parent == "s1"
    assert secs[0].end == secs[5].start - 1  # trailing newline excluded
    assert secs[5].end == len(text.rstrip())


def test_full_width_markers_and_missing_levels() -> None:
    text = "一、任务\n（一）甲。\n1、乙。\n三、丙\n1．丁。\n"
    secs = parse_structure(text)
    assert [s.path for s in secs] == [
        ("一",),
        ("一", "(一)"),
        ("一", "(一)", "1"),
        ("三",),
        ("三", "1"),
    ]
    assert secs[4].parent == secs[3].id


def test_numbers_that_are_not_markers() -> None:
    text = "一、目标\n2023年,全市新增1家。\n1.2万亩土地。\n2023.全年\n"
    secs = parse_structure(text)
    assert [s.path for s in secs] == [("一",)]


def test_inline_marker_only_when_it_continues_numbering() -> None:
    text = "一、任务\n(一)甲。正文提到(三)这个说法。(二)乙。内容。\n"
    secs = parse_structure(text)
    assert [s.path for s in secs] == [("一",), ("一", "(一)"), ("一", "(二)")]


def test_restart_of_numbering() -> None:
    text = "一、甲\n1.a。\n2.b。\n二、乙\n1.c。\n"
    secs = parse_structure(text)
    assert [s.path for s in secs] == [("一",), ("一", "1"), ("一", "2"), ("二",), ("二", "1")]


def test_dash_bullets() -> None:
    text = "二、目标\n——龙头企业引领。全市……\n——优质企业跃升。新增……\n"
    secs = parse_structure(text)
    assert [s.title for s in secs[1:]] == ["龙头企业引领", "优质企业跃升"]
    assert all(s.level == 5 and s.parent == "s1" for s in secs[1:])


def test_appendix_table_rows() -> None:
    text = (
        "一、任务\n正文。\n附件:重点工程表\n\n附件\n\n重点工程表\n\n工程名称\n\n建设内容与目标\n\n"
        "集群\n\n培育工程\n\n落实要求,加快培育集群。\n\n到2022年,产值达到100亿元。\n\n"
        "智能制造\n\n升级工程\n\n深入实施智能制造。\n"
    )
    secs = parse_structure(text)
    appendix = [s for s in secs if s.is_appendix]
    assert appendix[0].path == ("附件",)
    assert appendix[0].title == "重点工程表"
    assert [s.title for s in appendix[1:]] == ["集群培育工程", "智能制造升级工程"]
    assert "到2022年" in text[appendix[1].body_start : appendix[1].end]
    # The list line "附件:…" inside the body is not itself the appendix.
    assert not secs[0].is_appendix
    assert secs[0].end < appendix[0].start


def test_attachment_before_the_plan_is_not_an_appendix() -> None:
    text = "通知正文。\n附件:计划\n附件\n计划\n一、任务\n(一)甲。\n"
    secs = parse_structure(text)
    assert not any(s.is_appendix for s in secs)
    assert secs[0].path == ("一",)


def test_seed_000() -> None:
    secs = parse_structure(_norm(0))
    top = [s.title for s in secs if s.level == 1]
    assert top == ["基本思路", "目标任务", "分类建库", "载体路径", "工作保障"]
    bullets = [s.title for s in secs if s.level == 5]
    assert bullets[0] == "龙头企业引领"
    assert len(bullets) == 6


def test_seed_001_appendix_projects() -> None:
    text = _norm(1)
    secs = parse_structure(text)
    rows = [s for s in secs if s.is_appendix and s.level == 2]
    assert len(rows) == 11
    assert rows[0].title == "先进制造业集群培育工程"
    assert rows[5].title == "产业技术创新(核心技术攻关)提效工程"
    assert all("到2022年" in text[r.start : r.end] for r in rows)
    tasks = [s for s in secs if s.path[:2] == ("二", "(三)") and s.level == 3]
    assert [s.path[-1] for s in tasks] == ["1", "2", "3"]


def test_seed_002_continuous_task_numbers() -> None:
    secs = parse_structure(_norm(2))
    tasks = [s for s in secs if s.level == 3]
    assert [int(s.path[-1]) for s in tasks] == list(range(1, 20))
    assert tasks[0].title == "抓清单编制"


def test_seed_003_cover_letter_attachment() -> None:
    secs = parse_structure(_norm(3))
    assert secs[0].path == ("一",)
    assert not secs[0].is_appendix
    assert [s.path[-1] for s in secs if s.level == 2][-1] == "(二十)"


def test_seed_004_items_1_to_20() -> None:
    secs = parse_structure(_norm(4))
    items = [s for s in secs if s.level == 3 and not s.is_appendix]
    assert [int(s.path[-1]) for s in items] == list(range(1, 21))
    assert items[17].title == "强化组织领导机制"


@pytest.mark.parametrize("index", range(5))
def test_sections_nest(index: int) -> None:
    secs = parse_structure(_norm(index))
    by_id = {s.id: s for s in secs}
    for s in secs:
        assert s.start <= s.body_start <= s.end
        if s.parent:
            p = by_id[s.parent]
            assert p.start <= s.start
            assert s.end <= p.end


def test_speed() -> None:
    text = "\n".join(_norm(i) for i in range(5)) * 12  # about 1 MB
    t0 = time.perf_counter()
    parse_structure(text)
    assert time.perf_counter() - t0 < 1.0
