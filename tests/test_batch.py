"""Batch extraction into the store: parallel, skipping known texts, reporting failures."""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import SEED_FILES
from mfgpolicy.batch import BatchReport, add_paths, expand_paths
from mfgpolicy.errors import ParseError
from mfgpolicy.io.store import Store, text_sha256
from mfgpolicy.model import (
    Comparator,
    PolicyDocument,
    Span,
    Target,
    TargetKind,
)


def fake_extract(text: str, source: str) -> PolicyDocument:
    """A stand-in extractor: one target per line that says 目标; fails on cue."""
    if "解析失败" in text:
        raise ParseError(text[:20], 0, expected="a plan", source=source)
    if "程序错误" in text:
        raise RuntimeError("a bug in the extractor")
    sha = text_sha256(text)
    targets = tuple(
        Target(
            id=f"t{i + 1}",
            indicator="工业增加值",
            kind=TargetKind.LEVEL,
            comparator=Comparator.GE,
            value=Decimal(i + 1),
            unit="亿元",
            span=Span(0, 1),
            text=line,
        )
        for i, line in enumerate(x for x in text.splitlines() if "目标" in x)
    )
    return PolicyDocument(
        id=f"doc-{sha[:16]}",
        text_sha256=sha,
        title=text.splitlines()[0],
        source=source,
        targets=targets,
    )


def never_extract(text: str, source: str) -> PolicyDocument:
    """Fails if called: proves that known texts are skipped before extraction."""
    raise AssertionError(f"extraction of {source} should have been skipped")


def _corpus(root: Path, n: int) -> list[Path]:
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = root / f"plan{i:03d}.txt"
        p.write_text(f"方案{i}\n" + "目标\n" * (i % 4 + 1), encoding="utf-8")
        paths.append(p)
    return paths


@pytest.mark.parametrize("jobs", [1, 2])
def test_batch_adds_skips_and_versions(tmp_path: Path, jobs: int) -> None:
    paths = _corpus(tmp_path / "corpus", 12)
    with Store.open(tmp_path / "s.db") as store:
        report = add_paths(
            [tmp_path / "corpus"], store=store, jobs=jobs, extract=fake_extract, progress=False
        )
        assert (report.total, report.added, report.skipped, report.failed) == (12, 12, 0, ())
        counts = store.counts()
        assert counts["documents"] == 12
        assert counts["targets"] == sum(i % 4 + 1 for i in range(12))
        assert counts["texts"] == 12
        # Everything known: nothing is extracted again.
        again = add_paths(paths, store=store, jobs=jobs, extract=never_extract, progress=False)
        assert (again.added, again.skipped, again.failed) == (0, 12, ())
        # A changed file is the next version of its document.
        paths[3].write_text("方案3 修订\n目标\n目标\n", encoding="utf-8")
        changed = add_paths(paths, store=store, jobs=jobs, extract=fake_extract, progress=False)
        assert changed.skipped == 11
        assert [(Path(p).name, v) for p, _, v in changed.new_versions] == [("plan003.txt", 2)]
        assert len(store.documents()) == 12
        assert len(store.documents(all_versions=True)) == 13


@pytest.mark.parametrize("jobs", [1, 2])
def test_failures_are_reported_and_the_batch_goes_on(tmp_path: Path, jobs: int) -> None:
    good = _corpus(tmp_path, 3)
    bad_parse = tmp_path / "bad_parse.txt"
    bad_parse.write_text("解析失败的文件\n", encoding="utf-8")
    bug = tmp_path / "bug.txt"
    bug.write_text("触发程序错误\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    files = [good[0], bad_parse, good[1], bug, empty, missing, good[2]]
    with Store.open(tmp_path / "s.db") as store:
        report = add_paths(files, store=store, jobs=jobs, extract=fake_extract, progress=False)
        assert report.added == 3
        assert not report.ok
        by_name = {Path(f.path).name: f for f in report.failed}
        assert set(by_name) == {"bad_parse.txt", "bug.txt", "empty.txt", "missing.txt"}
        assert by_name["bad_parse.txt"].error_type == "ParseError"
        assert not by_name["bad_parse.txt"].unexpected
        assert by_name["bug.txt"].error_type == "RuntimeError"
        assert by_name["bug.txt"].unexpected
        assert "a bug in the extractor" in by_name["bug.txt"].message
        assert by_name["empty.txt"].error_type == "DocumentError"
        assert by_name["missing.txt"].error_type == "DocumentError"
        assert "bug.txt: RuntimeError: a bug in the extractor" in report.summary()
        assert store.counts()["documents"] == 3


def test_jobs_must_be_positive(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store, pytest.raises(ValueError, match="jobs"):
        add_paths([], store=store, jobs=0)


def test_expand_paths(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a" / "y.TXT").write_text("y", encoding="utf-8")
    (tmp_path / "a" / "z.json").write_text("{}", encoding="utf-8")
    found = expand_paths([tmp_path / "a", tmp_path / "nope.txt"])
    assert [Path(f).name for f in found] == ["x.txt", "y.TXT", "nope.txt"]


def test_real_extractor_on_the_seeds(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        report = add_paths(SEED_FILES, store=store, jobs=2, progress=False)
        assert report.failed == ()
        assert report.added == len(SEED_FILES)
        for row in store.documents():
            doc = store.document(row.id)
            assert store.text(row.id) is not None
            assert text_sha256(store.text(row.id) or "") == doc.text_sha256
            assert row.n_targets == len(doc.targets)


def _run_add(argv: list[str]) -> int:
    from mfgpolicy._cli import add

    parser = argparse.ArgumentParser(prog="mfgpolicy")
    add.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    status: int = args.func(args)
    return status


def test_add_command_summary_and_exit_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "s.db")
    assert _run_add(["add", str(SEED_FILES[0]), "--db", db, "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "1 added" in out
    assert _run_add(["add", str(SEED_FILES[0]), str(tmp_path / "nope.txt"), "--db", db]) == 1
    out = capsys.readouterr().out
    assert "1 already stored" in out
    assert "nope.txt: DocumentError" in out


def test_report_rate() -> None:
    report = BatchReport(total=10, added=10, new_versions=(), skipped=0, failed=(), elapsed=2.0)
    assert report.per_second == 5.0
    assert report.ok
