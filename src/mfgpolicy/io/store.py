"""The portfolio store: plan documents, their targets and observations in one SQLite file (政策库).

``Store.open(path)`` opens (or creates) a store; the default file is
``./mfgpolicy.db``, or the path in the environment variable ``MFGPOLICY_DB``.

- Documents are kept whole (the JSON of :mod:`mfgpolicy.io`, zlib-compressed, so
  :meth:`Store.document` round-trips exactly) beside indexed columns for
  queries, with their targets (indexed columns only: a full target is rebuilt
  from its document's JSON), lead departments (``target_lead``), measures and,
  when given, the source text (compressed too).
- Re-adding a document with the same text hash is a no-op. A changed text of
  the same document (same source path, or same 发文字号 and jurisdiction) is
  stored as its next version; queries see the latest version unless asked.
- Observations are unique by (subject, jurisdiction, date, period start): an
  identical repeat is a no-op, a different value is reported as a conflict and
  never overwrites the stored one.
- Every write is one transaction (a crash leaves the store as it was before
  it); the file is in WAL mode, so readers see either the old or the new state.

The schema is versioned (``PRAGMA user_version``); see
:mod:`mfgpolicy.io._migrations` and docs/store.md.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections import deque
from collections.abc import Collection, Iterable, Iterator, Sequence
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from types import TracebackType
from typing import Any, ClassVar, Final, Literal

import attrs

from mfgpolicy.errors import MfgPolicyError, StoreError, ValidationError
from mfgpolicy.io import loads, structure, unstructure
from mfgpolicy.io._converter import format_number
from mfgpolicy.io._migrations import (
    CODEC_ZLIB,
    COMPACT_VERSION,
    MIGRATIONS,
    CodecError,
    decode,
    encode,
    migrate,
)
from mfgpolicy.model import Observation, PolicyDocument, Target

__all__ = [
    "DEFAULT_PATH",
    "ENV_VAR",
    "AddResult",
    "DocumentRow",
    "ObservationAddResult",
    "ObservationConflict",
    "Store",
    "TargetRow",
    "default_path",
    "text_sha256",
]

#: The environment variable naming the store file.
ENV_VAR: Final = "MFGPOLICY_DB"
#: The store file used when neither an argument nor :data:`ENV_VAR` names one.
DEFAULT_PATH: Final = "mfgpolicy.db"

_LIST_SEP: Final = "、"


def default_path() -> Path:
    """The store file to use: ``$MFGPOLICY_DB`` if set, else ``./mfgpolicy.db``."""
    return Path(os.environ.get(ENV_VAR) or DEFAULT_PATH)


def text_sha256(text: str) -> str:
    """The hash the extractor records as ``PolicyDocument.text_sha256`` for ``text``."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# ---------------------------------------------------------------------------------------
# Result and row types.


@attrs.frozen
class AddResult:
    """What :meth:`Store.add_document` did.

    Attributes:
        document_id: the id of the stored document (the existing one for a no-op).
        status: ``"added"`` (a new document), ``"new_version"`` (a new version of a
            stored one) or ``"unchanged"`` (the same text was already stored).
        version: the version number of ``document_id`` (1, 2, …).
        previous_id: for a new version, the id of the version it supersedes.
    """

    document_id: str
    status: Literal["added", "new_version", "unchanged"]
    version: int
    previous_id: str | None = None


@attrs.frozen
class ObservationConflict:
    """An observation refused because the store holds another value for its key (数据冲突).

    Attributes:
        stored: the observation already in the store (kept).
        new: the observation offered (not written).
    """

    stored: Observation
    new: Observation

    def __str__(self) -> str:
        subject, place, date, start = self.new.key
        period = f"{start}…{date}" if start is not None else f"{date}"
        return (
            f"{subject} in {place} for {period}: stored {format_number(self.stored.value)} "
            f"{self.stored.unit}, offered {format_number(self.new.value)} {self.new.unit}"
        )


@attrs.frozen
class ObservationAddResult:
    """What :meth:`Store.add_observations` did.

    Attributes:
        added: how many observations were written.
        duplicates: how many were already stored with the same value and unit (no-ops).
        conflicts: those refused because the stored value for their key differs.
    """

    added: int
    duplicates: int
    conflicts: tuple[ObservationConflict, ...] = ()


_NOT_EXPORTED: Final = {"export": False}

#: How many documents' decoded target lists :class:`_DocumentJson` keeps at once.
_DECODED_CACHE: Final = 8


class _DocumentJson:
    """A stored document's compressed JSON, shared by its :class:`TargetRow` s.

    Decoded only when a row's :meth:`TargetRow.target` is asked for; the decoded
    target lists of the last few documents are kept, so that going through the
    rows of a query in order decodes each document once, and memory stays bounded.
    """

    __slots__ = ("_blob", "_codec", "_targets", "where")

    _recent: ClassVar[deque[_DocumentJson]] = deque()

    def __init__(self, blob: bytes, codec: str, where: str) -> None:
        self._blob = blob
        self._codec = codec
        self._targets: list[dict[str, Any]] | None = None
        self.where = where

    def __getstate__(self) -> tuple[bytes, str, str]:
        return (self._blob, self._codec, self.where)

    def __setstate__(self, state: tuple[bytes, str, str]) -> None:
        self._blob, self._codec, self.where = state
        self._targets = None

    def data(self) -> dict[str, Any]:
        """The document's JSON data (and keep its targets for :meth:`target_data`)."""
        try:
            data: dict[str, Any] = json.loads(decode(self._blob, self._codec))
        except (CodecError, ValueError) as exc:
            raise StoreError(f"{self.where}: the stored JSON is unreadable ({exc})") from None
        self._targets = data["targets"]
        recent = _DocumentJson._recent
        recent.append(self)
        while len(recent) > _DECODED_CACHE:
            recent.popleft()._targets = None
        return data

    def target_data(self, position: int, target_id: str) -> dict[str, Any]:
        """The JSON data of the target at ``position`` (checked to be ``target_id``)."""
        targets = self._targets
        if targets is None:
            targets = self.data()["targets"]
        if 0 <= position < len(targets) and targets[position].get("id") == target_id:
            return targets[position]
        for t in targets:  # pragma: no cover - positions are written by prepare_document
            if t.get("id") == target_id:
                return t
        raise StoreError(f"{self.where}: target {target_id!r} is not in the stored JSON")


@attrs.frozen
class DocumentRow:
    """One stored document version, as listed by :meth:`Store.documents`.

    Attributes:
        id: the document id.
        version: 1 for the first text of a document, 2 for its next version, …
        latest: whether this is the latest version of its series.
        series: the internal number of the series of versions it belongs to.
        text_sha256: hash of the original text.
        title, doc_type, doc_number: metadata (标题, 文种, 发文字号).
        jurisdiction_code, jurisdiction_name: the main jurisdiction, if known.
        issued, horizon_start, horizon_end: dates.
        source: ``PolicyDocument.source`` (a file name).
        source_path: the path it was added from, if added from a file.
        added_at: when it was stored (UTC, ISO 8601).
        n_targets, n_measures: how many targets and measures it holds.
    """

    id: str
    version: int
    latest: bool
    series: int
    text_sha256: str
    title: str | None
    doc_type: str
    doc_number: str | None
    jurisdiction_code: str | None
    jurisdiction_name: str | None
    issued: dt.date | None
    horizon_start: dt.date | None
    horizon_end: dt.date | None
    source: str | None
    source_path: str | None
    added_at: str
    n_targets: int
    n_measures: int


@attrs.frozen
class TargetRow:
    """One stored target with its document's key facts, as found by :meth:`Store.targets`.

    ``value`` and ``value_high`` are the exact numbers as strings (``"2800"``,
    ``"1/3"``); :meth:`target` gives the full :class:`~mfgpolicy.model.Target`.

    Attributes:
        document_id, version, title: the document it belongs to.
        jurisdiction_code, jurisdiction_name: the document's main jurisdiction.
        target_id, indicator, indicator_id, kind, comparator, value, value_high,
            unit, deadline, text: the target's fields.
        lead: names of the lead departments (牵头单位), in order.
        lead_ids: their department catalog ids (``""`` where unresolved).
        status: the progress status when assessed (``status=`` or ``as_of=``
            given), else ``None``.
        status_reason: the assessment's one-sentence reason, when assessed.
    """

    document_id: str
    version: int
    title: str | None
    jurisdiction_code: str | None
    jurisdiction_name: str | None
    target_id: str
    indicator: str
    indicator_id: str | None
    kind: str
    comparator: str
    value: str | None
    value_high: str | None
    unit: str | None
    deadline: dt.date | None
    lead: tuple[str, ...]
    lead_ids: tuple[str, ...]
    text: str
    status: str | None = None
    status_reason: str | None = None
    _document_json: _DocumentJson | None = attrs.field(
        default=None, repr=False, eq=False, metadata=_NOT_EXPORTED, alias="document_json"
    )
    _position: int = attrs.field(default=-1, repr=False, eq=False, metadata=_NOT_EXPORTED)

    def _data(self) -> dict[str, Any]:
        if self._document_json is None:
            raise StoreError(f"target {self.target_id!r}: this row was not read from a store")
        return self._document_json.target_data(self._position, self.target_id)

    def target(self) -> Target:
        """The full target, rebuilt from its document's stored JSON.

        Raises:
            StoreError: the row was not read from a store, or the stored JSON is
                unreadable (the store is named).
        """
        result: Target = structure(self._data(), Target)
        return result

    @property
    def json(self) -> str:
        """The full target as JSON text (as :mod:`mfgpolicy.io` writes it)."""
        return json.dumps(self._data(), ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------------------------------
# Preparing a document's rows (pure; the batch runs it in worker processes).


def _num(value: Decimal | Fraction | None) -> str | None:
    return None if value is None else format_number(value)


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


@attrs.frozen
class PreparedDocument:
    """The rows of one document, computed without the store (picklable plain data).

    :func:`prepare_document` builds it; :meth:`Store.add_prepared` writes it. The
    batch prepares documents in worker processes so that the single writer only
    inserts.
    """

    id: str
    text_sha256: str
    source: str | None
    number_key: str | None
    document: tuple[Any, ...]
    targets: tuple[tuple[Any, ...], ...]
    leads: tuple[tuple[Any, ...], ...]
    measures: tuple[tuple[Any, ...], ...]


def _jurisdiction_key(doc: PolicyDocument) -> str:
    j = doc.jurisdiction
    return "" if j is None else j.key


def prepare_document(doc: PolicyDocument) -> PreparedDocument:
    """Compute the rows to store for ``doc`` (compressed JSON and indexed columns)."""
    if not isinstance(doc, PolicyDocument):
        raise ValidationError(f"a PolicyDocument is required (got {type(doc).__name__})")
    data = unstructure(doc)
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    j = doc.jurisdiction
    document = (
        doc.title,
        doc.doc_type.value,
        doc.doc_number,
        None if j is None else j.code,
        None if j is None else j.name,
        _iso(doc.issued),
        _iso(doc.horizon_start),
        _iso(doc.horizon_end),
        len(doc.targets),
        len(doc.measures),
        CODEC_ZLIB,
        encode(dumps(data), CODEC_ZLIB),
    )
    targets: list[tuple[Any, ...]] = []
    leads: list[tuple[Any, ...]] = []
    for position, t in enumerate(doc.targets):
        targets.append(
            (
                t.id,
                position,
                t.indicator,
                t.indicator_id,
                t.kind.value,
                t.comparator.value,
                _num(t.value),
                _num(t.value_high),
                t.unit,
                _iso(t.deadline),
                _iso(t.period_start),
                t.measure,
                t.text,
            )
        )
        leads.extend(
            (t.id, k, u.name, u.id, u.as_written) for k, u in enumerate(t.responsibility.lead)
        )
    measures = [
        (
            m.id,
            position,
            "/".join(m.path),
            m.title,
            m.parent,
            _LIST_SEP.join(m.responsibility.lead_names()),
        )
        for position, m in enumerate(doc.measures)
    ]
    number_key = f"number:{doc.doc_number}@{_jurisdiction_key(doc)}" if doc.doc_number else None
    return PreparedDocument(
        id=doc.id,
        text_sha256=doc.text_sha256,
        source=doc.source,
        number_key=number_key,
        document=document,
        targets=tuple(targets),
        leads=tuple(leads),
        measures=tuple(measures),
    )


# ---------------------------------------------------------------------------------------
# The store.

_DOC_COLUMNS: Final = (
    "id, version, latest, series, text_sha256, title, doc_type, doc_number, "
    "jurisdiction_code, jurisdiction_name, issued, horizon_start, horizon_end, "
    "source, source_path, added_at, n_targets, n_measures"
)


def _document_row(r: Sequence[Any]) -> DocumentRow:
    return DocumentRow(
        id=r[0],
        version=r[1],
        latest=bool(r[2]),
        series=r[3],
        text_sha256=r[4],
        title=r[5],
        doc_type=r[6],
        doc_number=r[7],
        jurisdiction_code=r[8],
        jurisdiction_name=r[9],
        issued=_date(r[10]),
        horizon_start=_date(r[11]),
        horizon_end=_date(r[12]),
        source=r[13],
        source_path=r[14],
        added_at=r[15],
        n_targets=r[16],
        n_measures=r[17],
    )


def _observation_row(o: Observation) -> tuple[Any, ...]:
    subject, place, date, start = o.key
    return (
        subject,
        place,
        date.isoformat(),
        "" if start is None else start.isoformat(),
        o.indicator_id,
        o.target_id,
        format_number(o.value),
        o.unit,
        o.source,
        o.note,
        json.dumps(unstructure(o), ensure_ascii=False, separators=(",", ":")),
    )


def _same_value(a: Observation, b: Observation) -> bool:
    return a.unit == b.unit and Fraction(a.value) == Fraction(b.value)


class Store:
    """A portfolio of plan documents and observations in one SQLite file (政策库).

    Open it with :meth:`open` and use it as a context manager::

        with Store.open("portfolio.db") as store:
            store.add_document(doc, text)
            rows = store.targets(jurisdiction="绍兴市", deadline_to=date(2025, 12, 31))

    A ``Store`` holds one connection and belongs to the thread that opened it;
    open one per thread or process (any number may read while one writes).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        """Wrap an open, migrated connection (use :meth:`open`)."""
        self._conn = conn
        self.path = path

    # -- opening and closing --------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, timeout: float = 30.0) -> Store:
        """Open the store at ``path`` (default :func:`default_path`), creating or upgrading it.

        Args:
            path: the store file; ``None`` for ``$MFGPOLICY_DB`` or ``./mfgpolicy.db``.
            timeout: seconds to wait for another writer's lock before failing.

        Raises:
            StoreError: the file is not a SQLite database, is another program's
                database, was written by a newer mfgpolicy (both schema versions
                named), or cannot be opened (the path is named in every case).
        """
        p = Path(path) if path is not None else default_path()
        return cls(_connect(p, timeout, MIGRATIONS), p)

    def close(self) -> None:
        """Close the connection (committed data is safe; nothing is pending)."""
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Store {str(self.path)!r}>"

    @property
    def schema_version(self) -> int:
        """The schema version of the open file."""
        (version,) = self._conn.execute("PRAGMA user_version").fetchone()
        return int(version)

    # -- transactions ---------------------------------------------------------------------

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot start a write ({exc})") from exc
        try:
            yield conn
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"{self.path}: write failed, nothing written ({exc})") from exc
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise StoreError(f"{self.path}: commit failed, nothing written ({exc})") from exc

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """One read transaction: every query inside sees the same snapshot."""
        conn = self._conn
        try:
            conn.execute("BEGIN")
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot read ({exc})") from exc
        try:
            yield conn
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: query failed ({exc})") from exc
        finally:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("COMMIT")

    # -- documents ------------------------------------------------------------------------

    def add_document(
        self,
        doc: PolicyDocument,
        text: str | None = None,
        *,
        source_path: str | os.PathLike[str] | None = None,
    ) -> AddResult:
        """Store ``doc`` (and its original ``text``) in one transaction.

        Identity (see docs/store.md): the same text hash is the same document
        (a no-op that returns the stored id). Otherwise a document is a new
        version of a stored series when its source (``source_path``, else
        ``doc.source``) or its 发文字号 with its jurisdiction matches a stored
        document's; else it starts a new series at version 1.

        Args:
            doc: the document.
            text: its original text, stored for later reading; must hash to
                ``doc.text_sha256``.
            source_path: the file it was read from (identifies versions better
                than ``doc.source``, which is only the file name).

        Raises:
            StoreError: ``text`` does not match the hash; ``doc.id`` is already
                stored for another text; the write failed (nothing written).
        """
        if text is not None and text_sha256(text) != doc.text_sha256:
            raise StoreError(
                f"{self.path}: the text given for document {doc.id!r} does not match its "
                f"text_sha256 {doc.text_sha256[:12]}…"
            )
        return self.add_prepared(prepare_document(doc), text, source_path=source_path)

    def add_prepared(
        self,
        prepared: PreparedDocument,
        text: str | None = None,
        *,
        source_path: str | os.PathLike[str] | None = None,
    ) -> AddResult:
        """Store a document prepared by :func:`prepare_document` (see :meth:`add_document`)."""
        src = str(source_path) if source_path is not None else prepared.source
        keys = [k for k in (f"source:{src}" if src else None, prepared.number_key) if k]
        with self._write() as conn:
            found = conn.execute(
                "SELECT rowid, id, version FROM documents WHERE text_sha256 = ?",
                (prepared.text_sha256,),
            ).fetchone()
            if found is not None:
                rowid, doc_id, version = found
                if (
                    text is not None
                    and not conn.execute("SELECT 1 FROM texts WHERE doc = ?", (rowid,)).fetchone()
                ):
                    conn.execute(
                        "INSERT INTO texts (doc, codec, text_z) VALUES (?, ?, ?)",
                        (rowid, CODEC_ZLIB, encode(text, CODEC_ZLIB)),
                    )
                return AddResult(doc_id, "unchanged", version)
            clash = conn.execute(
                "SELECT text_sha256 FROM documents WHERE id = ?", (prepared.id,)
            ).fetchone()
            if clash is not None:
                raise StoreError(
                    f"{self.path}: document id {prepared.id!r} is already stored for another "
                    f"text (hash {clash[0][:12]}…, new {prepared.text_sha256[:12]}…)"
                )
            series: int | None = None
            for key in keys:
                row = conn.execute(
                    "SELECT series FROM series_keys WHERE key = ?", (key,)
                ).fetchone()
                if row is not None:
                    series = int(row[0])
                    break
            previous: str | None = None
            if series is None:
                series = int(conn.execute("INSERT INTO series DEFAULT VALUES").lastrowid or 0)
                version = 1
            else:
                previous, last = conn.execute(
                    "SELECT id, version FROM documents WHERE series = ? "
                    "ORDER BY version DESC LIMIT 1",
                    (series,),
                ).fetchone()
                version = int(last) + 1
                conn.execute("UPDATE documents SET latest = 0 WHERE series = ?", (series,))
            d = prepared.document
            cur = conn.execute(
                "INSERT INTO documents (id, series, version, latest, text_sha256, title, "
                "doc_type, doc_number, jurisdiction_code, jurisdiction_name, issued, "
                "horizon_start, horizon_end, source, source_path, added_at, n_targets, "
                "n_measures, json_codec, json_z) "
                "VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    prepared.id,
                    series,
                    version,
                    prepared.text_sha256,
                    *d[:8],
                    prepared.source,
                    None if source_path is None else str(source_path),
                    dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    *d[8:],
                ),
            )
            rowid = cur.lastrowid
            conn.executemany(
                "INSERT INTO targets (doc, id, position, indicator, indicator_id, kind, "
                "comparator, value, value_high, unit, deadline, period_start, measure, text) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(rowid, *t) for t in prepared.targets],
            )
            conn.executemany(
                "INSERT INTO target_lead (doc, target_id, position, name, dept_id, as_written) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(rowid, *x) for x in prepared.leads],
            )
            conn.executemany(
                "INSERT INTO measures (doc, id, position, path, title, parent, lead) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(rowid, *m) for m in prepared.measures],
            )
            if text is not None:
                conn.execute(
                    "INSERT INTO texts (doc, codec, text_z) VALUES (?, ?, ?)",
                    (rowid, CODEC_ZLIB, encode(text, CODEC_ZLIB)),
                )
            conn.executemany(
                "INSERT OR IGNORE INTO series_keys (key, series) VALUES (?, ?)",
                [(k, series) for k in keys],
            )
        status: Literal["added", "new_version"] = "added" if version == 1 else "new_version"
        return AddResult(prepared.id, status, version, previous)

    def has_text(self, sha256: str) -> bool:
        """Whether a document with this text hash is stored."""
        row = self._query_one("SELECT 1 FROM documents WHERE text_sha256 = ?", (sha256,))
        return row is not None

    def text_hashes(self) -> frozenset[str]:
        """The text hashes of every stored document (to skip known files cheaply)."""
        with self._read() as conn:
            return frozenset(r[0] for r in conn.execute("SELECT text_sha256 FROM documents"))

    def document(self, document_id: str) -> PolicyDocument:
        """The stored document with this id, exactly as it was added.

        Raises:
            StoreError: no such document (the id and the store are named).
        """
        row = self._query_one(
            "SELECT json_codec, json_z FROM documents WHERE id = ?", (document_id,)
        )
        if row is None:
            raise StoreError(f"{self.path}: no document {document_id!r}")
        return loads(self._decode(row[1], row[0], f"document {document_id!r}"), PolicyDocument)

    def text(self, document_id: str) -> str | None:
        """The original text of a stored document, or ``None`` if it was added without it.

        Raises:
            StoreError: no such document.
        """
        row = self._query_one(
            "SELECT d.rowid, x.codec, x.text_z FROM documents d LEFT JOIN texts x "
            "ON x.doc = d.rowid WHERE d.id = ?",
            (document_id,),
        )
        if row is None:
            raise StoreError(f"{self.path}: no document {document_id!r}")
        if row[2] is None:
            return None
        return self._decode(row[2], row[1], f"the text of document {document_id!r}")

    def documents(
        self, *, jurisdiction: str | None = None, all_versions: bool = False
    ) -> list[DocumentRow]:
        """The stored documents, in the order they were added.

        Args:
            jurisdiction: only those of this jurisdiction: code, full or short name
                (330600, 绍兴市, 绍兴), resolved through the gazetteer.
            all_versions: include superseded versions (default: the latest only).
        """
        where, params = [], []
        if not all_versions:
            where.append("latest = 1")
        if jurisdiction is not None:
            code = _jurisdiction_code(jurisdiction)
            where.append("(jurisdiction_code = ? OR jurisdiction_name = ?)")
            params += [code, jurisdiction.strip()]
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {_DOC_COLUMNS} FROM documents{clause} ORDER BY rowid", params
            ).fetchall()
        return [_document_row(r) for r in rows]

    def versions(self, document_id: str) -> list[DocumentRow]:
        """Every version of the document ``document_id`` belongs to, oldest first.

        Raises:
            StoreError: no such document.
        """
        with self._read() as conn:
            row = conn.execute(
                "SELECT series FROM documents WHERE id = ?", (document_id,)
            ).fetchone()
            if row is None:
                raise StoreError(f"{self.path}: no document {document_id!r}")
            rows = conn.execute(
                f"SELECT {_DOC_COLUMNS} FROM documents WHERE series = ? ORDER BY version",
                (row[0],),
            ).fetchall()
        return [_document_row(r) for r in rows]

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables, all read in one snapshot."""
        tables = ("documents", "targets", "target_lead", "measures", "texts", "observations")
        with self._read() as conn:
            return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}

    # -- targets --------------------------------------------------------------------------

    def targets(
        self,
        *,
        jurisdiction: str | None = None,
        indicator: str | None = None,
        lead: str | None = None,
        deadline_from: dt.date | None = None,
        deadline_to: dt.date | None = None,
        status: str | Collection[str] | None = None,
        as_of: dt.date | None = None,
        all_versions: bool = False,
    ) -> list[TargetRow]:
        """Targets of the stored documents matching every filter given.

        Args:
            jurisdiction: the document's main jurisdiction: code, full or short name
                (330600, 绍兴市, 绍兴), resolved through the gazetteer.
            indicator: an indicator catalog id (``indicator_id``), or text that the
                indicator as written contains.
            lead: a lead department (牵头单位) by normalised name, as written, or
                catalog id.
            deadline_from, deadline_to: deadline bounds, inclusive (targets without
                a deadline are left out when either is given).
            status: keep only targets whose progress status (a
                :class:`mfgpolicy.progress.Status` value such as ``"off_track"``, or
                several) it is, assessed against the stored observations.
            as_of: the assessment date (default today); giving it also fills
                ``status`` on every row.
            all_versions: include targets of superseded document versions.

        Raises:
            StoreError: ``status`` or ``as_of`` given but :mod:`mfgpolicy.progress`
                is not available.
            ValidationError: an unknown status value.
        """
        wanted = _statuses(status)
        where: list[str] = []
        params: list[Any] = []
        if not all_versions:
            where.append("d.latest = 1")
        if jurisdiction is not None:
            code = _jurisdiction_code(jurisdiction)
            where.append("(d.jurisdiction_code = ? OR d.jurisdiction_name = ?)")
            params += [code, jurisdiction.strip()]
        if indicator is not None:
            where.append("(t.indicator_id = ? OR instr(t.indicator, ?) > 0)")
            params += [indicator, indicator]
        if lead is not None:
            where.append(
                "EXISTS (SELECT 1 FROM target_lead l WHERE l.doc = t.doc AND l.target_id = t.id "
                "AND (l.name = ? OR l.as_written = ? OR l.dept_id = ?))"
            )
            params += [lead, lead, lead]
        if deadline_from is not None:
            where.append("t.deadline >= ?")
            params.append(deadline_from.isoformat())
        if deadline_to is not None:
            where.append("t.deadline <= ?")
            params.append(deadline_to.isoformat())
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        sql = (
            "SELECT t.doc, d.id, d.version, d.title, d.jurisdiction_code, d.jurisdiction_name, "
            "t.id, t.indicator, t.indicator_id, t.kind, t.comparator, t.value, t.value_high, "
            "t.unit, t.deadline, t.text, t.position FROM targets t JOIN documents d "
            f"ON d.rowid = t.doc{clause} ORDER BY t.doc, t.position"
        )
        with self._read() as conn:
            raw = conn.execute(sql, params).fetchall()
            docs = sorted({r[0] for r in raw})
            leads: dict[tuple[int, str], list[tuple[str, str]]] = {}
            for doc, tid, name, dept in conn.execute(
                "SELECT doc, target_id, name, dept_id FROM target_lead "
                "WHERE doc IN (SELECT value FROM json_each(?)) ORDER BY doc, target_id, position",
                (json.dumps(docs),),
            ):
                leads.setdefault((doc, tid), []).append((name, dept or ""))
            blobs = {
                rowid: _DocumentJson(blob, codec, f"{self.path}: document {doc_id!r}")
                for rowid, doc_id, codec, blob in conn.execute(
                    "SELECT rowid, id, json_codec, json_z FROM documents "
                    "WHERE rowid IN (SELECT value FROM json_each(?))",
                    (json.dumps(docs),),
                )
            }
        rows = [
            TargetRow(
                document_id=r[1],
                version=r[2],
                title=r[3],
                jurisdiction_code=r[4],
                jurisdiction_name=r[5],
                target_id=r[6],
                indicator=r[7],
                indicator_id=r[8],
                kind=r[9],
                comparator=r[10],
                value=r[11],
                value_high=r[12],
                unit=r[13],
                deadline=_date(r[14]),
                lead=tuple(n for n, _ in leads.get((r[0], r[6]), ())),
                lead_ids=tuple(i for _, i in leads.get((r[0], r[6]), ())),
                text=r[15],
                document_json=blobs[r[0]],
                position=r[16],
            )
            for r in raw
        ]
        if wanted is None and as_of is None:
            return rows
        rows = self._assess(rows, [r[0] for r in raw], as_of or _today())
        if wanted is not None:
            rows = [r for r in rows if r.status in wanted]
        return rows

    def _assess(
        self, rows: list[TargetRow], doc_rowids: list[int], as_of: dt.date
    ) -> list[TargetRow]:
        try:
            from mfgpolicy.progress import assess_target
        except ImportError as exc:
            raise StoreError(
                f"filtering targets by status needs mfgpolicy.progress, which cannot be "
                f"imported here ({exc})"
            ) from None
        with self._read() as conn:
            obs_rows = conn.execute("SELECT json FROM observations ORDER BY rowid").fetchall()
        all_obs = [loads(o[0], Observation) for o in obs_rows]
        out: list[TargetRow] = []
        place_names: frozenset[str] | None = None
        last: int | None = None
        for row, rowid in zip(rows, doc_rowids, strict=True):
            if rowid != last:
                # Rows come grouped by document: decode each document's JSON once.
                last = rowid
                place_names = _place_names(row._document_json)
            target = row.target()
            relevant = [
                o
                for o in all_obs
                if (place_names is None or o.jurisdiction in place_names)
                and (
                    o.target_id == target.id
                    or (
                        o.target_id is None
                        and target.indicator_id is not None
                        and o.indicator_id == target.indicator_id
                    )
                )
            ]
            try:
                verdict = assess_target(target, relevant, as_of=as_of)
                status, reason = verdict.status.value, verdict.reason
            except MfgPolicyError as exc:
                status, reason = "not_assessable", f"assessment failed: {exc}"
            out.append(attrs.evolve(row, status=status, status_reason=reason))
        return out

    # -- observations ---------------------------------------------------------------------

    def add_observations(self, observations: Iterable[Observation]) -> ObservationAddResult:
        """Store observations in one transaction, never overwriting a stored value.

        An observation whose key (subject, jurisdiction, date, period start) is
        stored with the same value and unit is a duplicate (a no-op, whatever its
        source or note); with another value or unit it is a conflict: reported,
        not written. Conflicts among the observations given are treated the same
        way (the first one wins and the others are reported).

        Raises:
            StoreError: the write failed (nothing written).
        """
        added = duplicates = 0
        conflicts: list[ObservationConflict] = []
        with self._write() as conn:
            for o in observations:
                if not isinstance(o, Observation):
                    raise ValidationError(f"an Observation is required (got {type(o).__name__})")
                row = _observation_row(o)
                stored = conn.execute(
                    "SELECT json FROM observations WHERE subject = ? AND jurisdiction = ? "
                    "AND date = ? AND period_start = ?",
                    row[:4],
                ).fetchone()
                if stored is None:
                    conn.execute(
                        "INSERT INTO observations (subject, jurisdiction, date, period_start, "
                        "indicator_id, target_id, value, unit, source, note, json) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        row,
                    )
                    added += 1
                    continue
                old = loads(stored[0], Observation)
                if _same_value(old, o):
                    duplicates += 1
                else:
                    conflicts.append(ObservationConflict(stored=old, new=o))
        return ObservationAddResult(added, duplicates, tuple(conflicts))

    def observations(
        self,
        *,
        jurisdiction: str | None = None,
        indicator_id: str | None = None,
        target_id: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> list[Observation]:
        """Stored observations matching every filter given, in the order they were added."""
        where: list[str] = []
        params: list[Any] = []
        for column, value in (
            ("jurisdiction", jurisdiction),
            ("indicator_id", indicator_id),
            ("target_id", target_id),
        ):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        if date_from is not None:
            where.append("date >= ?")
            params.append(date_from.isoformat())
        if date_to is not None:
            where.append("date <= ?")
            params.append(date_to.isoformat())
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT json FROM observations{clause} ORDER BY rowid", params
            ).fetchall()
        return [loads(r[0], Observation) for r in rows]

    # -- helpers --------------------------------------------------------------------------

    def _decode(self, blob: bytes, codec: str, what: str) -> str:
        try:
            return decode(blob, codec)
        except CodecError as exc:
            raise StoreError(f"{self.path}: {what} is stored unreadably ({exc})") from None

    def _query_one(self, sql: str, params: Sequence[Any]) -> Any:
        try:
            return self._conn.execute(sql, params).fetchone()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: query failed ({exc})") from exc


def _place_names(doc_json: _DocumentJson | None) -> frozenset[str] | None:
    """The names of a stored document's jurisdiction (``None``: no jurisdiction)."""
    if doc_json is None:  # pragma: no cover - rows of targets() always have it
        return None
    j = doc_json.data()["document"].get("jurisdiction")
    if j is None:
        return None
    names: list[str | None] = [j.get("name"), j.get("code"), j.get("short_name")]
    names += j.get("aliases", [])
    return frozenset(n for n in names if n)


def _jurisdiction_code(name_or_code: str) -> str:
    """The code the gazetteer gives ``name_or_code``, else the text as given.

    A name the gazetteer does not know (a development zone) is matched as written.
    """
    from mfgpolicy.model.jurisdiction import Gazetteer

    key = name_or_code.strip()
    found = Gazetteer.default().resolve(key)
    return found.code if found is not None and found.code else key


def _today() -> dt.date:
    return dt.datetime.now().astimezone().date()


def _statuses(status: str | Collection[str] | None) -> frozenset[str] | None:
    if status is None:
        return None
    wanted = frozenset([status] if isinstance(status, str) else status)
    try:
        from mfgpolicy.progress import Status
    except ImportError as exc:
        raise StoreError(
            f"filtering targets by status needs mfgpolicy.progress, which cannot be "
            f"imported here ({exc})"
        ) from None
    known = {s.value for s in Status}
    unknown = sorted(wanted - known)
    if unknown:
        raise ValidationError(
            f"unknown status {', '.join(map(repr, unknown))} "
            f"(expected one of {', '.join(sorted(known))})"
        )
    return wanted


def _connect(path: Path, timeout: float, migrations: Sequence[Any]) -> sqlite3.Connection:
    """Open, check and migrate the store file at ``path``."""
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a store file")
    try:
        conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open the store ({exc})") from exc
    try:
        (version,) = conn.execute("PRAGMA user_version").fetchone()
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        if version == 0 and tables:
            raise StoreError(
                f"{path}: is a SQLite database but not an mfgpolicy store "
                f"(it has tables {', '.join(sorted(tables)[:5])} and no schema version)"
            )
        if version > len(migrations):
            raise StoreError(
                f"{path}: the store has schema version {version}, newer than the version "
                f"{len(migrations)} this mfgpolicy reads; upgrade mfgpolicy to open it"
            )
        conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL in WAL mode: a process crash never loses a committed transaction or
        # corrupts the file; only a power cut may lose the last commits.
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        if version < len(migrations) and sqlite3.sqlite_version_info < (3, 35, 0):
            raise StoreError(
                f"{path}: upgrading the store from schema version {version} to "
                f"{len(migrations)} needs SQLite 3.35 or newer (this Python has "
                f"{sqlite3.sqlite_version}); the file was left as it was"
            )
        try:
            new = migrate(conn, version, migrations)
        except (sqlite3.Error, CodecError) as exc:
            raise StoreError(
                f"{path}: upgrading the store from schema version {version} to "
                f"{len(migrations)} failed, the file was left at version {version} ({exc})"
            ) from exc
        if 0 < version < COMPACT_VERSION <= new:
            # Give the space the conversion freed back to the file system. Best effort:
            # if it fails (another connection busy) the free pages are reused by writes.
            with contextlib.suppress(sqlite3.Error):
                conn.execute("VACUUM")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except StoreError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path}: not a usable mfgpolicy store ({exc})") from exc
    return conn
