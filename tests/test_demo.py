"""``mfgpolicy demo``: the whole pipeline on the shipped seeds, in a temporary directory."""

from __future__ import annotations

import sqlite3
import time
from collections import Counter
from importlib import resources
from pathlib import Path

from mfgpolicy.cli import main
from mfgpolicy.demo import run_demo
from mfgpolicy.extract import extract_document
from mfgpolicy.io.observations import loads_observations
from mfgpolicy.model import PolicyDocument
from mfgpolicy.progress import observation_applies


def test_demo_builds_store_and_report(tmp_path: Path) -> None:
    start = time.perf_counter()
    result = run_demo(tmp_path, quiet=True)
    elapsed = time.perf_counter() - start
    print(f"demo took {elapsed:.2f} s")  # the time is reported, not asserted
    assert (tmp_path / "mfgpolicy.db").exists()
    assert (tmp_path / "report.html").exists()
    assert len(result.documents) == 5
    assert not result.observation_problems
    with sqlite3.connect(tmp_path / "mfgpolicy.db") as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 5
        assert conn.execute("SELECT count(*) FROM observations").fetchone()[0] > 50
    statuses = Counter(r.status.value for a in result.assessments.values() for r in a.results)
    for status in ("achieved", "on_track", "at_risk", "off_track", "regressing", "no_data"):
        assert statuses[status] > 0, statuses
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "ILLUSTRATIVE" in html


def test_demo_is_reproducible_and_fresh(tmp_path: Path) -> None:
    first = run_demo(tmp_path, quiet=True).report_path.read_text(encoding="utf-8")
    second = run_demo(tmp_path, quiet=True).report_path.read_text(encoding="utf-8")
    assert first == second


def test_demo_observations_match_extracted_targets() -> None:
    # Illustrative rows are keyed by indicator id; each key must find exactly one target
    # (with its restatements) of the document, else the demo would silently assess
    # nothing or the wrong target. A kept target_id must still name a target of its
    # indicator, and says why it is kept.
    data = resources.files("mfgpolicy.data")
    seeds = {p.name[:3]: p for p in (data / "seeds").iterdir() if p.name.endswith(".txt")}
    by_indicator = by_target = 0
    for f in (data / "demo").iterdir():
        if not f.name.endswith(".csv"):
            continue
        doc = extract_document(seeds[f.name[-7:-4]].read_text(encoding="utf-8"))

        def first(tid: str, doc: PolicyDocument = doc) -> str:
            t = doc.target(tid)
            while t.restates is not None:
                t = doc.target(t.restates)
            return t.id

        loaded = loads_observations(f.read_text(encoding="utf-8"), source=f.name)
        assert loaded.ok, loaded.problems
        for o in loaded.observations:
            assert "ILLUSTRATIVE" in o.source
            assert o.indicator_id is not None, (f.name, o)
            if o.target_id is None:
                hits = {first(t.id) for t in doc.targets if observation_applies(t, o)}
                assert len(hits) == 1, (f.name, o.indicator_id, sorted(hits))
                by_indicator += 1
            else:
                assert doc.target(o.target_id).indicator_id == o.indicator_id, (f.name, o)
                assert "target_id kept" in o.note, (f.name, o)
                by_target += 1
    assert by_indicator > 4 * by_target


def test_cli_demo_and_report(tmp_path: Path, capsys: object) -> None:
    from mfgpolicy.cli import build_parser

    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    out = tmp_path / "bulletin.md"
    runs = [
        ["demo", "--dir", str(tmp_path)],
        [
            "report",
            "--db",
            str(tmp_path / "mfgpolicy.db"),
            "--as-of",
            "2023-06-30",
            "--jurisdiction",
            "绍兴市",
            "--out",
            str(out),
            "--format",
            "md",
        ],
    ]
    if "demo" in commands:
        for argv in runs:
            assert main(argv) == 0
    else:  # registration is the lead's (cli.py): run the two commands directly
        import argparse

        from mfgpolicy._cli import demo, report

        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        demo.register(sub)
        report.register(sub)
        for argv in runs:
            args = parser.parse_args(argv)
            assert args.func(args) == 0
    md = out.read_text(encoding="utf-8")
    assert "绍兴市" in md
    assert "金华市" not in md.split("## 一致性检查")[0]
