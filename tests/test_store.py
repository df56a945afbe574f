"""The portfolio store: round trips, versions, queries, observations, migrations, export."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib.util
import io
import json
import pickle
import sqlite3
import tempfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mfgpolicy.errors import MfgPolicyError, StoreError, ValidationError
from mfgpolicy.io import _migrations, unstructure
from mfgpolicy.io._migrations import MIGRATIONS, SCHEMA_VERSION, migrate
from mfgpolicy.io.export import to_csv, to_dataframe, to_parquet, to_records
from mfgpolicy.io.store import (
    ENV_VAR,
    PreparedDocument,
    Store,
    default_path,
    prepare_document,
    text_sha256,
)
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
from strategies import documents, observations

SHAOXING = Jurisdiction(
    name="绍兴市", code="330600", level=AdminLevel.PREFECTURE, parent_code="330000"
)
YUYAO = Jurisdiction(name="余姚市", code="330281", level=AdminLevel.COUNTY, parent_code="330200")
JXJ = ResponsibleUnit(as_written="市经信局", name="市经济和信息化局", id="economy_and_information")
KJJ = ResponsibleUnit(as_written="市科技局", name="市科学技术局", id="science_and_technology")


def make_target(
    tid: str,
    *,
    indicator: str = "规上工业增加值",
    indicator_id: str | None = "industrial_value_added",
    value: str = "2800",
    deadline: dt.date | None = dt.date(2025, 12, 31),
    lead: tuple[ResponsibleUnit, ...] = (JXJ,),
    period_start: dt.date | None = None,
) -> Target:
    return Target(
        id=tid,
        indicator=indicator,
        kind=TargetKind.LEVEL,
        comparator=Comparator.GE,
        value=Decimal(value),
        unit="亿元",
        span=Span(0, 10),
        text=f"{indicator}达到{value}亿元",
        deadline=deadline,
        period_start=period_start,
        indicator_id=indicator_id,
        responsibility=Responsibility(lead=lead),
    )


def make_doc(
    text: str,
    targets: tuple[Target, ...] = (),
    *,
    jurisdiction: Jurisdiction | None = SHAOXING,
    source: str | None = "plan.txt",
    doc_number: str | None = None,
    title: str = "行动方案",
) -> PolicyDocument:
    sha = text_sha256(text)
    measures = (
        Measure(
            id="m1",
            path=("一",),
            title="主要目标",
            span=Span(0, 5),
            responsibility=Responsibility(lead=(JXJ,)),
            target_ids=tuple(t.id for t in targets),
        ),
    )
    return PolicyDocument(
        id=f"doc-{sha[:16]}",
        text_sha256=sha,
        title=title,
        doc_number=doc_number,
        jurisdiction=jurisdiction,
        issued=dt.date(2021, 5, 1),
        source=source,
        measures=measures,
        targets=targets,
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "store.db") as s:
        yield s


# -- round trips ----------------------------------------------------------------------------


@given(documents())
def test_document_round_trips_exactly(doc: PolicyDocument) -> None:
    with Store.open(":memory:") as s:
        result = s.add_document(doc)
        assert result.document_id == doc.id
        assert result.status == "added"
        assert s.document(doc.id) == doc
        assert s.counts()["targets"] == len(doc.targets)
        rows = s.targets()
        assert [r.target_id for r in rows] == [t.id for t in doc.targets]
        assert [r.target() for r in rows] == list(doc.targets)


@given(st.lists(observations(), max_size=8))
def test_observations_round_trip(obs: list[Observation]) -> None:
    with Store.open(":memory:") as s:
        result = s.add_observations(obs)
        assert result.added + result.duplicates + len(result.conflicts) == len(obs)
        stored = s.observations()
        assert len(stored) == result.added
        assert all(o in obs for o in stored)


def test_text_is_stored_and_must_match(store: Store) -> None:
    text = "绍兴市行动方案。到2025年，规上工业增加值达到2800亿元。"
    doc = make_doc(text, (make_target("t1"),))
    store.add_document(doc, text)
    assert store.text(doc.id) == text
    other = make_doc("另一份文件", ())
    with pytest.raises(StoreError, match="does not match"):
        store.add_document(other, "not its text")
    with pytest.raises(StoreError, match="no document 'nope'"):
        store.document("nope")


# -- identity and versions -----------------------------------------------------------------


def test_re_adding_the_same_text_is_a_no_op(store: Store) -> None:
    doc = make_doc("文本一", (make_target("t1"),))
    first = store.add_document(doc)
    again = store.add_document(doc)
    assert again.status == "unchanged"
    assert again.document_id == first.document_id
    # Same text from another file: still the same document.
    moved = store.add_document(attrs.evolve(doc, source="copy.txt"))
    assert moved.status == "unchanged"
    assert store.counts()["documents"] == 1
    assert store.counts()["targets"] == 1


def test_changed_text_from_the_same_source_is_a_new_version(store: Store) -> None:
    v1 = make_doc("第一稿", (make_target("t1", value="2800"),), source="plan.txt")
    v2 = make_doc("第二稿", (make_target("t1", value="3000"), make_target("t2")), source="plan.txt")
    assert store.add_document(v1).status == "added"
    r2 = store.add_document(v2)
    assert (r2.status, r2.version, r2.previous_id) == ("new_version", 2, v1.id)
    assert [d.id for d in store.documents()] == [v2.id]
    assert [(d.id, d.version, d.latest) for d in store.documents(all_versions=True)] == [
        (v1.id, 1, False),
        (v2.id, 2, True),
    ]
    assert [r.value for r in store.targets()] == ["3000", "2800"]
    assert len(store.targets(all_versions=True)) == 3
    # Nothing stored is lost: the old version is still there, whole.
    assert store.document(v1.id) == v1
    assert [d.version for d in store.versions(v1.id)] == [1, 2]


def test_source_path_identifies_versions(store: Store) -> None:
    a = make_doc("甲一", source="plan.txt")
    b = make_doc("甲二", source="plan.txt")
    assert store.add_document(a, source_path="/corpus/a/plan.txt").status == "added"
    # Same file name in another directory: another document.
    assert store.add_document(b, source_path="/corpus/b/plan.txt").status == "added"
    c = make_doc("甲三", source="plan.txt")
    assert store.add_document(c, source_path="/corpus/a/plan.txt").version == 2


def test_same_doc_number_and_jurisdiction_is_a_new_version(store: Store) -> None:
    number = "绍政办发〔2021〕25号"
    a = make_doc("乙一", source="a.txt", doc_number=number)
    b = make_doc("乙二", source="b.txt", doc_number=number)
    c = make_doc("乙三", source="c.txt", doc_number=number, jurisdiction=YUYAO)
    assert store.add_document(a).status == "added"
    assert store.add_document(b).status == "new_version"
    assert store.add_document(c).status == "added"  # same number, another jurisdiction


def test_unrelated_documents_start_new_series(store: Store) -> None:
    a = make_doc("丙一", source=None)
    b = make_doc("丙二", source=None)
    assert store.add_document(a).status == "added"
    assert store.add_document(b).status == "added"
    assert len(store.documents()) == 2


def test_an_id_stored_for_another_text_is_refused(store: Store) -> None:
    a = make_doc("丁一")
    store.add_document(a)
    clash = attrs.evolve(make_doc("丁二"), id=a.id)
    with pytest.raises(StoreError, match="already stored for another text"):
        store.add_document(clash)
    assert store.document(a.id) == a


def test_a_failed_write_leaves_the_store_as_it_was(store: Store) -> None:
    store.add_document(make_doc("戊一", (make_target("t1"),), source="x.txt"))
    before = store.counts()
    bad = prepare_document(make_doc("戊二", (make_target("t1"),), source="y.txt"))
    # Two targets with the same id break the primary key halfway through the insert.
    broken: PreparedDocument = attrs.evolve(bad, targets=bad.targets * 2)
    with pytest.raises(StoreError, match="nothing written"):
        store.add_prepared(broken)
    assert store.counts() == before
    assert len(store.documents()) == 1


# -- queries ---------------------------------------------------------------------------------


@pytest.fixture
def portfolio(store: Store) -> Store:
    store.add_document(
        make_doc(
            "绍兴",
            (
                make_target("t1", deadline=dt.date(2023, 12, 31)),
                make_target(
                    "t2",
                    indicator="高新技术企业数量",
                    indicator_id="high_tech_enterprises",
                    lead=(KJJ,),
                    deadline=dt.date(2025, 12, 31),
                ),
                make_target(
                    "t3",
                    indicator="数字经济核心产业增加值",
                    indicator_id=None,
                    deadline=None,
                    lead=(),
                ),
            ),
            source="sx.txt",
        )
    )
    store.add_document(
        make_doc(
            "余姚",
            (make_target("t1", value="1000", deadline=dt.date(2022, 12, 31), lead=(JXJ, KJJ)),),
            jurisdiction=YUYAO,
            source="yy.txt",
        )
    )
    return store


def _keys(rows: list[Any]) -> list[tuple[str | None, str]]:
    return [(r.jurisdiction_name, r.target_id) for r in rows]


def test_query_by_jurisdiction(portfolio: Store) -> None:
    assert _keys(portfolio.targets(jurisdiction="余姚市")) == [("余姚市", "t1")]
    assert len(portfolio.targets(jurisdiction="330600")) == 3
    assert portfolio.targets(jurisdiction="宁波市") == []


def test_query_by_indicator(portfolio: Store) -> None:
    by_id = portfolio.targets(indicator="industrial_value_added")
    assert _keys(by_id) == [("绍兴市", "t1"), ("余姚市", "t1")]
    assert _keys(portfolio.targets(indicator="数字经济")) == [("绍兴市", "t3")]


def test_query_by_lead(portfolio: Store) -> None:
    for name in ("市科学技术局", "市科技局", "science_and_technology"):
        assert _keys(portfolio.targets(lead=name)) == [("绍兴市", "t2"), ("余姚市", "t1")]
    row = portfolio.targets(jurisdiction="余姚市")[0]
    assert row.lead == ("市经济和信息化局", "市科学技术局")
    assert row.lead_ids == ("economy_and_information", "science_and_technology")


def test_query_by_deadline(portfolio: Store) -> None:
    rows = portfolio.targets(deadline_from=dt.date(2023, 1, 1))
    assert _keys(rows) == [("绍兴市", "t1"), ("绍兴市", "t2")]
    rows = portfolio.targets(deadline_to=dt.date(2023, 12, 31))
    assert _keys(rows) == [("绍兴市", "t1"), ("余姚市", "t1")]
    rows = portfolio.targets(deadline_from=dt.date(2023, 1, 1), deadline_to=dt.date(2024, 1, 1))
    assert _keys(rows) == [("绍兴市", "t1")]


def test_query_by_status(portfolio: Store) -> None:
    obs = [
        Observation(
            jurisdiction="余姚市",
            date=dt.date(2020, 12, 31),
            value=Decimal(900),
            unit="亿元",
            indicator_id="industrial_value_added",
        ),
        Observation(
            jurisdiction="余姚市",
            date=dt.date(2022, 12, 31),
            value=Decimal(1200),
            unit="亿元",
            indicator_id="industrial_value_added",
        ),
        Observation(
            jurisdiction="绍兴市",
            date=dt.date(2020, 12, 31),
            value=Decimal(2000),
            unit="亿元",
            indicator_id="industrial_value_added",
        ),
    ]
    assert portfolio.add_observations(obs).added == 3
    achieved = portfolio.targets(status="achieved", as_of=dt.date(2023, 6, 30))
    assert _keys(achieved) == [("余姚市", "t1")]
    assert achieved[0].status == "achieved"
    assessed = portfolio.targets(as_of=dt.date(2023, 6, 30))
    assert all(r.status is not None and r.status_reason for r in assessed)
    with pytest.raises(ValidationError, match="unknown status 'great'"):
        portfolio.targets(status="great")


def test_documents_listing(portfolio: Store) -> None:
    docs = portfolio.documents()
    assert [d.jurisdiction_name for d in docs] == ["绍兴市", "余姚市"]
    assert [d.n_targets for d in docs] == [3, 1]
    assert [d.jurisdiction_code for d in portfolio.documents(jurisdiction="余姚市")] == ["330281"]


# -- observations ----------------------------------------------------------------------------


def _obs(value: str, *, source: str = "统计公报", unit: str = "亿元") -> Observation:
    return Observation(
        jurisdiction="绍兴市",
        date=dt.date(2022, 12, 31),
        value=Decimal(value),
        unit=unit,
        indicator_id="industrial_value_added",
        source=source,
    )


def test_observation_duplicates_and_conflicts(store: Store) -> None:
    assert store.add_observations([_obs("2500")]).added == 1
    again = store.add_observations([_obs("2500.0", source="另一来源")])
    assert (again.added, again.duplicates, again.conflicts) == (0, 1, ())
    clash = store.add_observations([_obs("2600")])
    assert clash.added == 0
    assert len(clash.conflicts) == 1
    conflict = clash.conflicts[0]
    assert conflict.stored.value == Decimal("2500")
    assert conflict.new.value == Decimal("2600")
    assert "stored 2500 亿元, offered 2600 亿元" in str(conflict)
    assert store.add_observations([_obs("2500", unit="万元")]).conflicts
    # Never overwritten.
    assert [o.value for o in store.observations()] == [Decimal("2500")]


def test_conflicts_within_one_call(store: Store) -> None:
    result = store.add_observations([_obs("1"), _obs("2"), _obs("1")])
    assert (result.added, result.duplicates, len(result.conflicts)) == (1, 1, 1)


def test_observation_filters(store: Store) -> None:
    other = attrs.evolve(_obs("5"), jurisdiction="余姚市", date=dt.date(2021, 12, 31))
    store.add_observations([_obs("2500"), other])
    assert [o.jurisdiction for o in store.observations(jurisdiction="余姚市")] == ["余姚市"]
    assert len(store.observations(indicator_id="industrial_value_added")) == 2
    assert len(store.observations(date_from=dt.date(2022, 1, 1))) == 1
    assert len(store.observations(date_to=dt.date(2022, 1, 1))) == 1
    assert store.observations(target_id="t1") == []


# -- opening, schema, migrations ---------------------------------------------------------------


def test_default_path_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert default_path() == Path("mfgpolicy.db")
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env.db"))
    with Store.open() as s:
        assert s.path == tmp_path / "env.db"
    assert (tmp_path / "env.db").exists()


def test_new_store_is_at_the_current_version_in_wal_mode(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as s:
        assert s.schema_version == SCHEMA_VERSION == len(MIGRATIONS)
    conn = sqlite3.connect(tmp_path / "s.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


# A store written by the version-1/2 code: hand-written SQL in the old format (the
# document's JSON as TEXT, each target's JSON again, the text uncompressed).

_DUMPS = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _old_store(path: Path, version: int = 2) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, 0, MIGRATIONS[:version]) == version
    return conn


def _add_old(
    conn: sqlite3.Connection,
    doc: PolicyDocument,
    text: str | None = None,
    *,
    series: int | None = None,
    version: int = 1,
    source_path: str | None = None,
) -> int:
    """Write ``doc`` as the schema-1/2 code did; return its series."""
    data = unstructure(doc)
    p = prepare_document(doc)
    conn.execute("BEGIN")
    if series is None:
        series = int(conn.execute("INSERT INTO series DEFAULT VALUES").lastrowid or 0)
    conn.execute("UPDATE documents SET latest = 0 WHERE series = ?", (series,))
    rowid = conn.execute(
        "INSERT INTO documents (id, series, version, latest, text_sha256, title, doc_type, "
        "doc_number, jurisdiction_code, jurisdiction_name, issued, horizon_start, horizon_end, "
        "source, source_path, added_at, n_targets, n_measures, json) "
        "VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            p.id,
            series,
            version,
            p.text_sha256,
            *p.document[:8],
            p.source,
            source_path,
            "2024-05-01T08:00:00+00:00",
            *p.document[8:10],
            _DUMPS(data),
        ),
    ).lastrowid
    conn.executemany(
        "INSERT INTO targets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(rowid, *t, _DUMPS(d)) for t, d in zip(p.targets, data["targets"], strict=True)],
    )
    conn.executemany(
        "INSERT INTO target_lead VALUES (?, ?, ?, ?, ?, ?)", [(rowid, *x) for x in p.leads]
    )
    conn.executemany(
        "INSERT INTO measures VALUES (?, ?, ?, ?, ?, ?, ?)", [(rowid, *m) for m in p.measures]
    )
    if text is not None:
        conn.execute("INSERT INTO texts (doc, text) VALUES (?, ?)", (rowid, text))
    keys = [f"source:{source_path or p.source}" if (source_path or p.source) else None]
    keys.append(p.number_key)
    conn.executemany(
        "INSERT OR IGNORE INTO series_keys VALUES (?, ?)", [(k, series) for k in keys if k]
    )
    conn.execute("COMMIT")
    return series


def _old_portfolio(path: Path) -> tuple[list[PolicyDocument], dict[str, str]]:
    """A version-2 store with versions, texts, a document without text, observations."""
    conn = _old_store(path)
    texts = {
        "甲": "绍兴市制造业行动方案。到2025年，规上工业增加值达到2800亿元。" * 20,
        "甲2": "绍兴市制造业行动方案(修订)。到2025年，规上工业增加值达到3000亿元。" * 20,
        "乙": "余姚市行动方案\n" + "高新技术企业数量达到500家。" * 30,
    }
    a1 = make_doc(texts["甲"], (make_target("t1"), make_target("t2", lead=(JXJ, KJJ))))
    a2 = make_doc(texts["甲2"], (make_target("t1", value="3000"),))
    b = make_doc(
        texts["乙"],
        (make_target("t1", indicator="高新技术企业数量", indicator_id="high_tech_enterprises"),),
        jurisdiction=YUYAO,
        source="yy.txt",
        doc_number="余政办发〔2021〕5号",
    )
    c = make_doc("没有原文的文件", (), jurisdiction=None, source=None)
    series = _add_old(conn, a1, texts["甲"])
    _add_old(conn, a2, texts["甲2"], series=series, version=2)
    _add_old(conn, b, texts["乙"], source_path="/data/yy.txt")
    _add_old(conn, c)
    o = unstructure(_obs("2500"))
    conn.execute(
        "INSERT INTO observations (subject, jurisdiction, date, period_start, indicator_id, "
        "target_id, value, unit, source, note, json) VALUES (?, ?, ?, '', ?, NULL, ?, ?, ?, '', ?)",
        (
            "industrial_value_added",
            "绍兴市",
            "2022-12-31",
            "industrial_value_added",
            "2500",
            "亿元",
            "统计公报",
            _DUMPS(o),
        ),
    )
    conn.close()
    return [a1, a2, b, c], {a1.id: texts["甲"], a2.id: texts["甲2"], b.id: texts["乙"]}


def _logical(path: Path) -> tuple[int, list[str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0], list(conn.iterdump())
    finally:
        conn.close()


def test_a_version_2_store_is_migrated_and_every_document_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    docs, texts = _old_portfolio(path)
    conn = sqlite3.connect(path)
    old_rows = conn.execute(
        "SELECT id, series, version, latest, added_at, source_path FROM documents ORDER BY rowid"
    ).fetchall()
    old_leads = conn.execute("SELECT * FROM target_lead ORDER BY doc, target_id, position")
    old_leads_rows = old_leads.fetchall()
    conn.close()
    with Store.open(path) as s:
        assert s.schema_version == SCHEMA_VERSION == 3
        for doc in docs:
            assert s.document(doc.id) == doc
            assert s.text(doc.id) == texts.get(doc.id)
        rows = s.documents(all_versions=True)
        assert [
            (r.id, r.series, r.version, int(r.latest), r.added_at, r.source_path) for r in rows
        ] == old_rows
        targets = s.targets(all_versions=True)
        assert [r.target() for r in targets] == [t for d in docs for t in d.targets]
        assert s.targets(lead="市科技局", all_versions=True)[0].lead == (
            "市经济和信息化局",
            "市科学技术局",
        )
        assert [r.target_id for r in s.targets(jurisdiction="余姚市")] == ["t1"]
        assert s.observations() == [_obs("2500")]
        assert s.counts() == {
            "documents": 4,
            "targets": 4,
            "target_lead": 5,
            "measures": 4,
            "texts": 3,
            "observations": 1,
        }
        # Identity keys survive: the same text is a no-op, a changed one a new version.
        assert s.add_document(docs[2], texts[docs[2].id]).status == "unchanged"
        changed = make_doc("余姚市行动方案(2023年修订)", (), jurisdiction=YUYAO, source="yy.txt")
        result = s.add_document(changed, source_path="/data/yy.txt")
        assert (result.status, result.version) == ("new_version", 2)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        columns = {
            t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")]
            for t in ("documents", "targets", "texts")
        }
        assert "json" not in columns["documents"]
        assert "json" not in columns["targets"]
        assert columns["texts"] == ["doc", "codec", "text_z"]
        codecs = conn.execute("SELECT DISTINCT json_codec FROM documents").fetchall()
        assert codecs == [("zlib",)]
        new_leads = conn.execute("SELECT * FROM target_lead ORDER BY doc, target_id, position")
        assert new_leads.fetchall()[: len(old_leads_rows)] == old_leads_rows
    finally:
        conn.close()


@settings(max_examples=25, deadline=None)
@given(st.lists(documents(), max_size=4, unique_by=(lambda d: d.id, lambda d: d.text_sha256)))
def test_migrated_generated_documents_round_trip(docs: list[PolicyDocument]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "v2.db"
        conn = _old_store(path)
        for doc in docs:
            _add_old(conn, doc, source_path=f"/x/{doc.id}")
        conn.close()
        with Store.open(path) as s:
            assert [s.document(d.id) for d in docs] == docs
            rows = s.targets(all_versions=True)
            assert [r.target() for r in rows] == [t for d in docs for t in d.targets]


def test_a_version_1_store_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    conn = _old_store(path, version=1)
    doc = make_doc("旧版本", (make_target("t1"),))
    _add_old(conn, doc, "旧版本")
    conn.close()
    with Store.open(path) as s:
        assert s.schema_version == SCHEMA_VERSION
        assert s.document(doc.id) == doc
        assert s.text(doc.id) == "旧版本"
        assert s.add_observations([_obs("1")]).added == 1


def test_a_failed_migration_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "v2.db"
    docs, _texts = _old_portfolio(path)
    before = _logical(path)
    calls = 0

    def failing(text: str) -> bytes:
        nonlocal calls
        calls += 1
        if calls == 3:  # halfway through the documents
            raise sqlite3.OperationalError("disk I/O error (simulated)")
        return real(text)

    real = _migrations._encode_checked
    monkeypatch.setattr(_migrations, "_encode_checked", failing)
    with pytest.raises(StoreError) as info:
        Store.open(path)
    message = str(info.value)
    assert str(path) in message
    assert "from schema version 2 to 3 failed" in message
    assert "left at version 2" in message
    assert _logical(path) == before
    monkeypatch.setattr(_migrations, "_encode_checked", real)
    with Store.open(path) as s:
        assert [s.document(d.id) for d in docs] == docs


def test_stored_blobs_are_compressed_with_a_named_codec(store: Store) -> None:
    text = "绍兴市行动方案。到2025年，规上工业增加值达到2800亿元。" * 50
    doc = make_doc(text, tuple(make_target(f"t{k}") for k in range(20)))
    store.add_document(doc, text)
    conn = store._conn
    codec, blob = conn.execute("SELECT json_codec, json_z FROM documents").fetchone()
    assert codec == _migrations.CODEC_ZLIB
    assert isinstance(blob, bytes)
    assert len(blob) < len(_DUMPS(unstructure(doc)).encode()) / 4
    codec, blob = conn.execute("SELECT codec, text_z FROM texts").fetchone()
    assert codec == "zlib"
    assert _migrations.decode(blob, codec) == text
    conn.execute("UPDATE texts SET codec = 'zstd'")
    with pytest.raises(StoreError, match=r"store\.db: the text of document .*unknown codec 'zstd'"):
        store.text(doc.id)
    conn.execute("UPDATE documents SET json_z = x'0102'")
    with pytest.raises(StoreError, match=r"store\.db: document .* stored unreadably"):
        store.document(doc.id)


def test_target_rows_pickle_and_rebuild_targets(portfolio: Store) -> None:
    rows = portfolio.targets()
    again = pickle.loads(pickle.dumps(rows))
    assert again == rows
    assert [r.target() for r in again] == [r.target() for r in rows]
    assert json.loads(rows[0].json)["id"] == rows[0].target_id


def test_a_newer_version_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with Store.open(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    conn.close()
    with pytest.raises(StoreError) as info:
        Store.open(path)
    message = str(info.value)
    assert str(path) in message
    assert f"schema version {SCHEMA_VERSION + 3}" in message
    assert f"version {SCHEMA_VERSION} this mfgpolicy reads" in message


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("这不是数据库" * 200, encoding="utf-8")
    with pytest.raises(StoreError, match=r"notes\.db"):
        Store.open(path)
    assert path.read_text(encoding="utf-8") == "这不是数据库" * 200


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not an mfgpolicy store"):
        Store.open(path)


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        Store.open(tmp_path)


# -- export ----------------------------------------------------------------------------------


def test_csv_export_of_targets(portfolio: Store, tmp_path: Path) -> None:
    rows = portfolio.targets()
    path = tmp_path / "targets.csv"
    assert to_csv(rows, path) == 4
    with path.open(encoding="utf-8", newline="") as fh:
        read = list(csv.DictReader(fh))
    assert len(read) == 4
    assert "json" not in read[0]
    assert read[0]["value"] == "2800"
    assert read[0]["deadline"] == "2023-12-31"
    assert read[2]["deadline"] == ""
    assert read[3]["lead"] == "市经济和信息化局、市科学技术局"
    buf = io.StringIO()
    to_csv(portfolio.documents(), buf)
    assert buf.getvalue().splitlines()[0].startswith("id,version,latest,series")


def test_csv_export_of_observations_keeps_exact_values() -> None:
    buf = io.StringIO()
    to_csv([_obs("2500.50")], buf)
    row = next(csv.DictReader(io.StringIO(buf.getvalue())))
    assert row["value"] == "2500.50"
    assert row["period_start"] == ""


def test_csv_export_with_no_rows(tmp_path: Path) -> None:
    assert to_csv([], tmp_path / "a.csv") == 0
    assert (tmp_path / "a.csv").read_text(encoding="utf-8") == ""
    assert to_csv([], tmp_path / "b.csv", columns=["target_id"]) == 0
    assert (tmp_path / "b.csv").read_text(encoding="utf-8") == "target_id\n"


def test_csv_export_names_an_unwritable_path(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="missing"):
        to_csv([_obs("1")], tmp_path / "missing" / "x.csv")


def test_records_are_json_ready(portfolio: Store) -> None:
    records = to_records(portfolio.targets())
    json.dumps(records, ensure_ascii=False)
    assert records[0]["deadline"] == "2023-12-31"


def test_dataframe_and_parquet_need_their_extras(portfolio: Store, tmp_path: Path) -> None:
    if importlib.util.find_spec("pandas") is None:
        with pytest.raises(MfgPolicyError, match=r"mfgpolicy\[pandas\]"):
            to_dataframe(portfolio.targets())
    else:
        frame = to_dataframe(portfolio.targets())
        assert len(frame) == 4
    if importlib.util.find_spec("pyarrow") is None:
        with pytest.raises(MfgPolicyError, match=r"mfgpolicy\[parquet\]"):
            to_parquet(portfolio.targets(), tmp_path / "t.parquet")
    else:
        assert to_parquet(portfolio.targets(), tmp_path / "t.parquet") == 4


# -- the targets command ---------------------------------------------------------------------


def _run_cli(argv: list[str]) -> int:
    from mfgpolicy._cli import query

    parser = argparse.ArgumentParser(prog="mfgpolicy")
    query.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    status: int = args.func(args)
    return status


def test_targets_command_formats(portfolio: Store, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(portfolio.path)
    assert _run_cli(["targets", "--db", db, "--jurisdiction", "余姚市", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("document_id,version")
    assert len(out.splitlines()) == 2
    assert _run_cli(["targets", "--db", db, "--lead", "市科技局", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["target_id"] for d in data] == ["t2", "t1"]
    assert _run_cli(["targets", "--db", db, "--deadline-to", "2023-12-31"]) == 0
    assert "2 targets" in capsys.readouterr().out
