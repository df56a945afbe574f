"""The ``mfgpolicy progress`` sub-command (registered on a local parser)."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest

from mfgpolicy._cli import progress as cli_progress
from mfgpolicy.errors import DocumentError
from mfgpolicy.model.document import PolicyDocument
from mfgpolicy.model.enums import Comparator, TargetKind
from mfgpolicy.model.target import Span, Target

OBS = """target_id,jurisdiction,period,value,unit,source
t1,绍兴市,2020,2000,亿元,ILLUSTRATIVE
t1,绍兴市,2022,2500,亿元,ILLUSTRATIVE
t1,绍兴市,2022Q9,1,亿元,ILLUSTRATIVE
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mfgpolicy")
    cli_progress.register(parser.add_subparsers(dest="command"))
    return parser


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    from mfgpolicy.io import dumps

    doc = PolicyDocument(
        id="d1",
        text_sha256="0",
        targets=(
            Target(
                id="t1",
                indicator="全市工业增加值",
                kind=TargetKind.LEVEL,
                comparator=Comparator.GE,
                value=Decimal(2800),
                unit="亿元",
                span=Span(0, 1),
                text="到2023年,力争全市工业增加值达到2800亿元以上",
                deadline=dt.date(2023, 12, 31),
                period_start=dt.date(2021, 1, 1),
            ),
        ),
    )
    plan = tmp_path / "plan.json"
    plan.write_text(dumps(doc), encoding="utf-8")
    obs = tmp_path / "obs.csv"
    obs.write_text(OBS, encoding="utf-8")
    return plan, obs


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    args = _parser().parse_args(argv)
    status = args.func(args)
    out, err = capsys.readouterr()
    return status, out, err


def test_json_output(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    plan, obs = files
    argv = ["progress", str(plan), str(obs), "--as-of", "2023-06-30", "--format", "json"]
    status, out, err = _run(argv, capsys)
    assert status == 0
    assert "obs.csv:4" in err  # the bad row is reported, the rest used
    (item,) = json.loads(out)
    assert item["target_id"] == "t1"
    assert item["indicator"] == "全市工业增加值"
    assert item["status"] == "at_risk"
    assert item["completion"] == "0.625"
    assert item["gap_points"] == "-4.1666666667"
    assert item["method"] == "time_share"
    assert item["components"]["base_value"] == "2000"
    assert item["required_rate"] == pytest.approx(0.12)
    status, out, _ = _run([*argv, "--method", "cagr_ratio"], capsys)
    assert json.loads(out)[0]["status"] == "on_track"


def test_table_and_csv(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    plan, obs = files
    status, out, _ = _run(["progress", str(plan), str(obs), "--as-of", "2023-06-30"], capsys)
    assert status == 0
    assert "序时进度" in out
    assert "-4.2" in out
    status, out, _ = _run(
        ["progress", str(plan), str(obs), "--as-of", "2023-06-30", "--format", "csv"], capsys
    )
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["status"] == "at_risk"
    assert rows[0]["latest_value"] == "2500"


def test_strict_and_text_plan(
    files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mfgpolicy.errors import ObservationError

    plan, obs = files
    with pytest.raises(ObservationError, match="2022Q9"):
        _run(["progress", str(plan), str(obs), "--as-of", "2023-06-30", "--strict"], capsys)
    missing = tmp_path / "nope.json"
    with pytest.raises(DocumentError, match="cannot read"):
        _run(["progress", str(missing), str(obs), "--as-of", "2023-06-30"], capsys)
