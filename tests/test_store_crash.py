"""The store survives a process killed mid-import, and readers never see half a write.

A child process imports a long run of documents into one store and reports each
committed document on a pipe; the parent kills it (SIGKILL) at random points,
some while a document's transaction is open. After every kill the store must
open, pass ``PRAGMA integrity_check`` and hold exactly a prefix of the run, each
document complete with all its targets, lead departments and measures.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from decimal import Decimal
from pathlib import Path

import pytest

from mfgpolicy.io.store import Store, text_sha256
from mfgpolicy.model import (
    AdminLevel,
    Comparator,
    Jurisdiction,
    Measure,
    Observation,
    PolicyDocument,
    Responsibility,
    ResponsibleUnit,
    Span,
    Target,
    TargetKind,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")

TESTS = Path(__file__).resolve().parent
RUN_LENGTH = 400
PLACE = Jurisdiction(name="绍兴市", code="330600", level=AdminLevel.PREFECTURE)
LEAD = ResponsibleUnit(as_written="市经信局", name="市经济和信息化局", id="economy_and_information")


def n_targets(i: int) -> int:
    """Documents differ in size, so that a count mismatch cannot hide."""
    return 40 + (i * 7) % 23


def text_of(i: int) -> str:
    return f"第{i}号行动方案\n" + "。".join(f"目标{k}" for k in range(n_targets(i)))


def make_document(i: int) -> PolicyDocument:
    text = text_of(i)
    sha = text_sha256(text)
    targets = tuple(
        Target(
            id=f"t{k + 1}",
            indicator=f"指标{k}",
            kind=TargetKind.LEVEL,
            comparator=Comparator.GE,
            value=Decimal(k + i),
            unit="亿元",
            span=Span(k, k + 1),
            text=f"目标{k}",
            deadline=dt.date(2025, 12, 31),
            indicator_id=f"ind_{k}",
            responsibility=Responsibility(lead=(LEAD,) * (1 + k % 2)),
        )
        for k in range(n_targets(i))
    )
    measures = tuple(
        Measure(id=f"m{j + 1}", path=(str(j + 1),), title=f"任务{j}", span=Span(0, 1))
        for j in range(5)
    )
    return PolicyDocument(
        id=f"doc-{sha[:16]}",
        text_sha256=sha,
        title=f"第{i}号行动方案",
        jurisdiction=PLACE,
        source=f"plan{i:04d}.txt",
        targets=targets,
        measures=measures,
    )


def child_main(db: str, start_observations: bool = False) -> None:
    """The importer run in the child: adds the run in order, printing each committed index."""
    with Store.open(db) as store:
        if start_observations:
            obs = (
                Observation(
                    jurisdiction="绍兴市",
                    date=dt.date(2000, 1, 1) + dt.timedelta(days=k),
                    value=Decimal(k),
                    unit="亿元",
                    indicator_id="big_batch",
                )
                for k in range(60_000)
            )
            sys.stdout.write("observations\n")
            sys.stdout.flush()
            store.add_observations(obs)
            sys.stdout.write("observations done\n")
            sys.stdout.flush()
            return
        for i in range(RUN_LENGTH):
            store.add_document(make_document(i), text_of(i))
            sys.stdout.write(f"{i + 1}\n")
            sys.stdout.flush()


def _spawn(db: Path, *, observations: bool = False) -> subprocess.Popen[str]:
    code = (
        f"import sys; sys.path.insert(0, {str(TESTS)!r}); "
        f"from test_store_crash import child_main; child_main({str(db)!r}, {observations!r})"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, bufsize=1
    )


def _check_prefix(db: Path, at_least: int, seed: int) -> int:
    """Assert the store is sound and holds documents 0..k-1 completely; return k."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], seed
    finally:
        conn.close()
    with Store.open(db) as store:
        rows = store.documents(all_versions=True)
        k = len(rows)
        assert k >= at_least, f"seed {seed}: {k} documents, but {at_least} were committed"
        assert [r.id for r in rows] == [make_document(i).id for i in range(k)], seed
        for i, row in enumerate(rows):
            assert row.n_targets == n_targets(i)
        conn = store._conn
        per_doc = dict(conn.execute("SELECT doc, count(*) FROM targets GROUP BY doc").fetchall())
        leads = dict(conn.execute("SELECT doc, count(*) FROM target_lead GROUP BY doc").fetchall())
        measures = dict(conn.execute("SELECT doc, count(*) FROM measures GROUP BY doc").fetchall())
        texts = conn.execute("SELECT count(*) FROM texts").fetchone()[0]
        rowids = [r[0] for r in conn.execute("SELECT rowid FROM documents ORDER BY rowid")]
        for i, rowid in enumerate(rowids):
            n = n_targets(i)
            assert per_doc.get(rowid) == n, f"seed {seed}: document {i} has missing targets"
            assert leads.get(rowid) == sum(1 + k % 2 for k in range(n)), seed
            assert measures.get(rowid) == 5, seed
        assert texts == k
        assert set(per_doc) <= set(rowids), f"seed {seed}: targets without a document"
        if k:
            last = store.document(rows[-1].id)
            assert last == make_document(k - 1)
    return k


def test_killed_import_leaves_a_prefix_of_complete_documents(tmp_path: Path) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    db = tmp_path / "crash.db"
    committed = 0
    kills = 0
    # At least 5 kills at different points, each resuming the run where the store is.
    for trial in range(7):
        wait_for = committed + rng.randint(1, 25)
        delay = [0.0, 0.0005, 0.001, 0.002, 0.004, 0.008, 0.015][trial]
        child = _spawn(db)
        assert child.stdout is not None
        seen = committed
        while seen < wait_for:
            line = child.stdout.readline()
            if not line:
                break
            seen = int(line)
        if delay:
            time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        kills += 1
        committed = _check_prefix(db, seen, seed)
    assert kills >= 5
    assert committed > 0


def test_killed_observation_import_is_all_or_nothing(tmp_path: Path) -> None:
    db = tmp_path / "obs.db"
    with Store.open(db):
        pass
    child = _spawn(db, observations=True)
    assert child.stdout is not None
    assert child.stdout.readline() == "observations\n"
    time.sleep(0.3)  # well inside the one transaction of 60,000 rows
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    with Store.open(db) as store:
        assert store.counts()["observations"] in (0, 60_000)


def test_readers_see_the_old_or_the_new_state(tmp_path: Path) -> None:
    db = tmp_path / "live.db"
    with Store.open(db):
        pass
    total = 60
    expected = [0]
    for i in range(total):
        expected.append(expected[-1] + n_targets(i))
    errors: list[BaseException] = []

    def write() -> None:
        try:
            with Store.open(db) as writer:
                for i in range(total):
                    writer.add_document(make_document(i))
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    thread = threading.Thread(target=write)
    seen: set[int] = set()
    with Store.open(db) as reader:
        thread.start()
        while thread.is_alive():
            counts = reader.counts()  # one read transaction: one snapshot
            docs = counts["documents"]
            assert counts["targets"] == expected[docs], f"torn read at {docs} documents"
            seen.add(docs)
        thread.join()
        final = reader.counts()
    assert not errors, errors
    assert final["documents"] == total
    assert final["targets"] == expected[total]
    assert len(seen) > 1, "the reader never ran during the write"


MIGRATION_DOCS = 150


def _v2_template(path: Path) -> None:
    """A version-2 store of documents 0..MIGRATION_DOCS-1 with their texts, in the old format."""
    from test_store import _add_old, _old_store

    conn = _old_store(path)
    for i in range(MIGRATION_DOCS):
        _add_old(conn, make_document(i), text_of(i))
    conn.close()


def _dump(path: Path) -> tuple[int, list[str]]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return conn.execute("PRAGMA user_version").fetchone()[0], list(conn.iterdump())
    finally:
        conn.close()


def _spawn_open(db: Path) -> subprocess.Popen[str]:
    code = (
        "import sys; from mfgpolicy.io.store import Store; "
        "print('opening', flush=True); "
        f"Store.open({str(db)!r}).close(); print('done', flush=True)"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, bufsize=1
    )


def test_a_killed_migration_leaves_the_old_store_or_the_new_one(tmp_path: Path) -> None:
    template = tmp_path / "template.db"
    _v2_template(template)
    old = _dump(template)
    assert old[0] == 2
    # How long a whole upgrade takes here, to kill inside it.
    first = tmp_path / "timed.db"
    first.write_bytes(template.read_bytes())
    child = _spawn_open(first)
    assert child.stdout is not None
    assert child.stdout.readline() == "opening\n"
    started = time.perf_counter()
    assert child.stdout.readline() == "done\n"
    duration = time.perf_counter() - started
    child.wait()
    child.stdout.close()
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    outcomes = set()
    for trial in range(6):
        db = tmp_path / f"kill{trial}.db"
        db.write_bytes(template.read_bytes())
        child = _spawn_open(db)
        assert child.stdout is not None
        assert child.stdout.readline() == "opening\n"
        time.sleep(rng.uniform(0.0, duration * 1.1))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        version, dump = _dump(db)
        assert version in (2, 3), f"seed {seed}: version {version}"
        outcomes.add(version)
        if version == 2:
            assert dump == old[1], f"seed {seed}: an interrupted upgrade changed the file"
        with Store.open(db) as store:
            assert store.schema_version == 3
            rows = store.documents(all_versions=True)
            assert [r.id for r in rows] == [make_document(i).id for i in range(MIGRATION_DOCS)]
            for i in (0, MIGRATION_DOCS // 2, MIGRATION_DOCS - 1):
                assert store.document(rows[i].id) == make_document(i), seed
                assert store.text(rows[i].id) == text_of(i), seed
            assert store.counts()["targets"] == sum(n_targets(i) for i in range(MIGRATION_DOCS))
    assert outcomes, seed


def reader_main(db: str, stop: str, total: int) -> None:
    """A reader in its own process: snapshot counts until ``stop`` exists; print what it saw.

    Every snapshot must be a whole number of documents with exactly their targets
    (the old state or the new one); a torn read prints ``torn`` and exits 1.
    """
    expected = [0]
    for i in range(total):
        expected.append(expected[-1] + n_targets(i))
    seen: set[int] = set()
    with Store.open(db) as reader:
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        while True:
            finished = Path(stop).exists()  # read before the snapshot: the last one is final
            counts = reader.counts()
            docs = counts["documents"]
            if docs > total or counts["targets"] != expected[docs]:
                sys.stdout.write(f"torn {docs} {counts['targets']}\n")
                sys.stdout.flush()
                sys.exit(1)
            seen.add(docs)
            if finished:
                break
    sys.stdout.write(" ".join(map(str, sorted(seen))) + "\n")
    sys.stdout.flush()


def test_reader_processes_see_the_old_or_the_new_state(tmp_path: Path) -> None:
    """Two reader PROCESSES snapshot the store while this process writes it."""
    db = tmp_path / "live-mp.db"
    stop = tmp_path / "stop"
    total = 80
    with Store.open(db):
        pass
    code = (
        f"import sys; sys.path.insert(0, {str(TESTS)!r}); "
        f"from test_store_crash import reader_main; "
        f"reader_main({str(db)!r}, {str(stop)!r}, {total})"
    )
    readers = [
        subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    try:
        for r in readers:
            assert r.stdout is not None
            assert r.stdout.readline() == "ready\n"
        with Store.open(db) as writer:
            for i in range(total):
                writer.add_document(make_document(i), text_of(i))
                time.sleep(0.002)  # give the readers snapshots between commits
        stop.touch()
        outputs = [r.communicate(timeout=60)[0] for r in readers]
    finally:
        for r in readers:
            if r.poll() is None:
                r.kill()
                r.wait()
    for r, out in zip(readers, outputs, strict=True):
        assert r.returncode == 0, f"a reader process saw a torn state: {out!r}"
        seen = [int(x) for x in out.split()]
        assert seen[-1] == total, out  # the last snapshot, after the write, is the new state
        assert len(seen) > 2, f"the reader never ran during the write: {out!r}"
