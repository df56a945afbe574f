"""``mfgpolicy extract``: JSON, JSON Lines, table, and one-line errors."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from conftest import SEED_FILES
from mfgpolicy._cli import extract as extract_cli
from mfgpolicy.errors import DocumentError
from mfgpolicy.extract.reading import read_document


def _main(argv: Sequence[str]) -> int:
    """``mfgpolicy.cli.main`` once extract is registered there, else our own parser."""
    from mfgpolicy import cli

    if "extract" in cli._COMMAND_MODULES:
        return cli.main(list(argv))
    parser = argparse.ArgumentParser(prog="mfgpolicy")
    extract_cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(argv))
    status: int = args.func(args)
    return status


def test_json_for_one_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert _main(["extract", str(SEED_FILES[0])]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"schema", "document", "targets", "measures", "warnings"}
    assert data["document"]["doc_number"] == "绍政办发〔2021〕25号"


def test_json_lines_for_several(capsys: pytest.CaptureFixture[str]) -> None:
    assert _main(["extract", str(SEED_FILES[0]), str(SEED_FILES[3])]) == 0
    lines = capsys.readouterr().out.strip().split("\n")
    assert len(lines) == 2
    assert json.loads(lines[1])["document"]["doc_type"] == "工作要点"


def test_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert _main(["extract", "--format", "table", str(SEED_FILES[4])]) == 0
    out = capsys.readouterr().out
    assert "330602" in out
    assert "encoding" in out
    assert "utf-8" in out


def test_gb18030_file_is_read_and_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes(SEED_FILES[0].read_text(encoding="utf-8").encode("gb18030"))
    assert _main(["extract", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert any(w["code"] == "encoding" and "gb18030" in w["message"] for w in data["warnings"])


@pytest.mark.parametrize("kind", ["missing", "directory", "empty", "blank", "binary"])
def test_errors_are_one_line(kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "doc.txt"
    if kind == "directory":
        path = tmp_path
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "blank":
        path.write_text(" \n\t\n", encoding="utf-8")
    elif kind == "binary":
        path.write_bytes(b"\xff\xfe\xfd\x80\x81" * 3 + b"\xff")
        path.write_bytes(b"\x81\x30\xff\xff\x00\xff")
    assert _main(["extract", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert err.startswith(f"mfgpolicy extract: error: {path}: ")


def test_read_document_keeps_crlf_and_strips_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "一、目标\r\n".encode())
    assert read_document(path) == ("一、目标\r\n", "utf-8-sig")
    path.write_bytes("一、目标\n".encode("gb18030"))
    assert read_document(path) == ("一、目标\n", "gb18030")


def test_read_document_names_the_encodings_tried(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\x81\x30\xff\xff")
    with pytest.raises(DocumentError, match=r"utf-8, gb18030"):
        read_document(path)
