"""The ``check`` sub-command (mfgpolicy._cli.check), run without cli.py's registry."""

from __future__ import annotations

import argparse
import json

import pytest

from consistency_docs import doc, tgt
from mfgpolicy._cli import check as check_cli
from mfgpolicy.io import dumps
from mfgpolicy.model import TargetKind


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mfgpolicy")
    check_cli.register(p.add_subparsers(dest="command"))
    return p


def _run(argv):
    args = _parser().parse_args(argv)
    return args.func(args)


def test_check_json_exit_1_on_errors(tmp_path, capsys):
    a = tgt("工业投资年均增速", "7", "%", id="a", kind=TargetKind.GROWTH_RATE)
    b = tgt("工业投资年均增速", "8", "%", id="b", kind=TargetKind.GROWTH_RATE, restates="a")
    path = tmp_path / "d.json"
    path.write_text(dumps(doc(a, b)), encoding="utf-8")
    status = _run(["check", str(path), "--format", "json", "--min-severity", "error"])
    out = json.loads(capsys.readouterr().out)
    assert status == 1
    assert out[0]["rule"] == "restatement.conflict"


def test_check_markdown_exit_0(tmp_path, capsys):
    path = tmp_path / "d.json"
    path.write_text(dumps(doc(tgt("绿色工厂", "2", "家"))), encoding="utf-8")
    assert _run(["check", str(path), "--format", "markdown"]) == 0
    assert "Consistency findings" in capsys.readouterr().out


def test_check_bad_input_exit_2(tmp_path, capsys):
    assert _run(["check", str(tmp_path / "missing.json")]) == 2
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert _run(["check", str(bad)]) == 2
    assert "error" in capsys.readouterr().err


def test_peers_sets_scopes_side_by_side(capsys: pytest.CaptureFixture[str]) -> None:
    from conftest import SEED_FILES
    from mfgpolicy.cli import main

    ids = "manufacturing_labour_productivity_above_size,labour_productivity_above_size"
    seeds = [str(p) for p in SEED_FILES if p.name[:3] in ("000", "001", "002")]
    assert main(["peers", ids, *seeds, "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    by_place = {r["jurisdiction"]: r for r in out["rows"]}
    assert by_place["绍兴市"]["normalised"] == "25"
    assert by_place["金华市"]["normalised"] == "22"
    # 余姚's 23 万元/人·年 is an annual statistic, read as 万元/人, and its scope is named.
    assert by_place["余姚市"]["normalised"] == "23"
    assert by_place["余姚市"]["indicator_id"] == "labour_productivity_above_size"
    assert "annual" in by_place["余姚市"]["note"]
    assert main(["peers", ids, *seeds, "--format", "markdown"]) == 0
    assert "| 绍兴市 |" in capsys.readouterr().out
