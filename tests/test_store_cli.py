"""The store from the command line: the --db option and $MFGPOLICY_DB for every command
that touches the store, report --jurisdiction through the gazetteer, and a killed
``mfgpolicy add`` leaving a sound store."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

import pytest

from mfgpolicy.cli import main
from mfgpolicy.io.store import ENV_VAR, Store

SEEDS = sorted(
    (Path(str(p)) for p in (resources.files("mfgpolicy.data") / "seeds").iterdir()),
    key=lambda p: p.name,
)
SEED_FILES = [p for p in SEEDS if p.name.endswith(".txt")]


def _doc_count(db: Path) -> int:
    with Store.open(db) as s:
        return len(s.documents())


def test_env_var_and_option_for_every_store_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    env_db = tmp_path / "env.db"
    monkeypatch.setenv(ENV_VAR, str(env_db))
    # add: the environment variable names the store
    assert main(["add", str(SEED_FILES[0]), str(SEED_FILES[1]), "--no-progress"]) == 0
    assert _doc_count(env_db) == 2
    assert not (work / "mfgpolicy.db").exists()
    # add: --db wins over the environment
    opt_db = tmp_path / "opt.db"
    assert main(["add", str(SEED_FILES[2]), "--db", str(opt_db), "--no-progress"]) == 0
    assert _doc_count(opt_db) == 1
    assert _doc_count(env_db) == 2
    capsys.readouterr()
    # targets: the environment, then --db
    assert main(["targets", "--format", "csv"]) == 0
    env_rows = capsys.readouterr().out.splitlines()
    assert main(["targets", "--format", "csv", "--db", str(opt_db)]) == 0
    opt_rows = capsys.readouterr().out.splitlines()
    with Store.open(env_db) as s:
        assert len(env_rows) == 1 + len(s.targets())
    with Store.open(opt_db) as s:
        assert len(opt_rows) == 1 + len(s.targets())
    assert env_rows[1:] != opt_rows[1:]
    # report: the environment, then --db
    assert main(["report", "--out", "env.md", "--format", "md", "--as-of", "2023-06-30"]) == 0
    assert main(["report", "--db", str(opt_db), "--out", "opt.md", "--format", "md"]) == 0
    assert "2 份文件 documents" in (work / "env.md").read_text(encoding="utf-8")
    assert "1 份文件 documents" in (work / "opt.md").read_text(encoding="utf-8")
    assert not (work / "mfgpolicy.db").exists()
    # demo --dir: its own fresh store in DIR; never the $MFGPOLICY_DB store, which it
    # would otherwise replace
    assert main(["demo", "--dir", str(tmp_path / "demo")]) == 0
    assert _doc_count(tmp_path / "demo" / "mfgpolicy.db") == 5
    assert (tmp_path / "demo" / "report.html").exists()
    assert _doc_count(env_db) == 2


def test_missing_store_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "none.db"))
    assert main(["report", "--out", str(tmp_path / "r.html")]) == 2
    err = capsys.readouterr().err
    assert "none.db: no such store" in err
    assert not (tmp_path / "none.db").exists()


@pytest.fixture(scope="module")
def two_places(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the 绍兴市 seed and the 余姚市 seed."""
    db = tmp_path_factory.mktemp("places") / "s.db"
    shaoxing = next(p for p in SEED_FILES if "绍兴市制造业企业" in p.read_text(encoding="utf-8"))
    yuyao = next(p for p in SEED_FILES if "余姚市" in p.read_text(encoding="utf-8")[:200])
    assert main(["add", str(shaoxing), str(yuyao), "--db", str(db), "--no-progress"]) == 0
    return db


@pytest.mark.parametrize("name", ["绍兴", "绍兴市", "330600", "紹興市"])
def test_report_jurisdiction_by_name_short_name_or_code(
    two_places: Path, tmp_path: Path, name: str
) -> None:
    out = tmp_path / "r.md"
    argv = ["report", "--db", str(two_places), "--format", "md", "--out", str(out)]
    assert main([*argv, "--jurisdiction", name]) == 0
    md = out.read_text(encoding="utf-8")
    assert "1 份文件 documents" in md
    assert "| 绍兴市 |" in md
    assert "| 余姚市 |" not in md


def test_report_jurisdiction_unknown_is_an_error(
    two_places: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.html"
    argv = ["report", "--db", str(two_places), "--out", str(out), "--jurisdiction", "宁波"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "no document of 宁波" in err
    assert "绍兴市" in err
    assert "余姚市" in err
    assert not out.exists()
    assert main([*argv[:-1], "鼓楼区"]) == 2
    assert "ambiguous" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["绍兴", "绍兴市", "330600"])
def test_query_jurisdiction_by_name_short_name_or_code(two_places: Path, name: str) -> None:
    with Store.open(two_places) as s:
        rows = s.targets(jurisdiction=name)
        assert rows
        assert {r.jurisdiction_name for r in rows} == {"绍兴市"}
        assert [d.jurisdiction_name for d in s.documents(jurisdiction=name)] == ["绍兴市"]


def test_targets_status_filter_from_the_command_line(
    two_places: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["targets", "--db", str(two_places), "--format", "csv", "--as-of", "2023-06-30"]
    assert main(base) == 0
    assert main([*base, "--status", "no_data"]) == 0
    all_rows, no_data = (
        part.splitlines() for part in capsys.readouterr().out.split("document_id,")[1:]
    )
    assert 1 < len(no_data) <= len(all_rows)
    with pytest.raises(SystemExit) as exc:
        main([*base, "--status", "late"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'late'" in err
    assert "off_track" in err


# -- a killed `mfgpolicy add` ------------------------------------------------------------


def _corpus(directory: Path, n: int) -> None:
    """``n`` distinct plans: the seeds with a numbered header (each its own hash and source)."""
    texts = [p.read_text(encoding="utf-8") for p in SEED_FILES]
    for i in range(n):
        body = texts[i % len(texts)]
        (directory / f"plan{i:03d}.txt").write_text(f"（第{i}号）\n{body}", encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")
def test_killed_add_command_leaves_a_sound_store(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    n = 150
    _corpus(corpus, n)
    db = tmp_path / "s.db"
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    env = {**os.environ, ENV_VAR: str(db)}
    stored = kills = 0
    for _trial in range(4):
        child = subprocess.Popen(
            [sys.executable, "-m", "mfgpolicy.cli", "add", str(corpus), "--jobs", "2"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # the workers too, as a killed terminal session would
        )
        # Wait until this run has committed something, then kill at a random moment.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and child.poll() is None:
            if db.exists() and _count(db) > stored:
                break
            time.sleep(0.02)
        time.sleep(rng.uniform(0.0, 0.15))
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
        child.wait()
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], seed
            orphans = conn.execute(
                "SELECT count(*) FROM targets WHERE doc NOT IN (SELECT rowid FROM documents)"
            ).fetchone()[0]
            assert orphans == 0, seed
            short = conn.execute(
                "SELECT d.id, d.n_targets, count(t.id) FROM documents d "
                "LEFT JOIN targets t ON t.doc = d.rowid GROUP BY d.rowid "
                "HAVING d.n_targets != count(t.id)"
            ).fetchall()
            assert short == [], f"seed {seed}: half-written documents {short}"
            texts = conn.execute("SELECT count(*) FROM texts").fetchone()[0]
        finally:
            conn.close()
        now = _count(db)
        assert now >= stored, seed
        assert texts == now, seed
        stored = now
        kills += stored < n
    assert kills >= 2, f"seed {seed}: the batch finished before it could be killed"
    # Resuming finishes the batch: every file once, none twice.
    done = subprocess.run(
        [sys.executable, "-m", "mfgpolicy.cli", "add", str(corpus), "--jobs", "2"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{stored} already stored" in done.stdout
    assert _count(db) == n


def _count(db: Path) -> int:
    conn = sqlite3.connect(db, timeout=30)
    try:
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:  # the schema is not created yet
        return 0
    finally:
        conn.close()
