"""Schema migrations of the portfolio store (数据库迁移).

The schema version of a store file is SQLite's ``PRAGMA user_version``: the
number of migrations applied. :data:`MIGRATIONS` lists them in order; migration
``n`` (1-based) takes a file from version ``n - 1`` to version ``n``. They run
in one transaction together with the ``user_version`` update, so an interrupted
upgrade leaves the file at its old version.

Add a migration by appending a function; never edit one that has shipped.

Since version 3, documents' JSON and source texts are stored compressed: a BLOB
beside a codec column naming its format (:data:`CODEC_ZLIB`, or
:data:`CODEC_UTF8` for plain UTF-8). :func:`encode` and :func:`decode` are the
one definition of those formats.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Callable, Sequence
from typing import Final

__all__ = [
    "CODEC_UTF8",
    "CODEC_ZLIB",
    "COMPACT_VERSION",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "CodecError",
    "decode",
    "encode",
    "migrate",
]

Migration = Callable[[sqlite3.Connection], None]

#: A BLOB holding UTF-8 text compressed with zlib (RFC 1950).
CODEC_ZLIB: Final = "zlib"
#: A BLOB holding UTF-8 text as is.
CODEC_UTF8: Final = "utf-8"
_ZLIB_LEVEL: Final = 6


class CodecError(ValueError):
    """A stored BLOB cannot be decoded with its codec (the store reports it as a StoreError)."""


def encode(text: str, codec: str = CODEC_ZLIB) -> bytes:
    """``text`` as a BLOB in the format ``codec``."""
    raw = text.encode("utf-8", "surrogatepass")
    if codec == CODEC_ZLIB:
        return zlib.compress(raw, _ZLIB_LEVEL)
    if codec == CODEC_UTF8:
        return raw
    raise CodecError(f"unknown codec {codec!r} (expected {CODEC_ZLIB!r} or {CODEC_UTF8!r})")


def decode(blob: bytes, codec: str) -> str:
    """The text stored as ``blob`` in the format ``codec``.

    Raises:
        CodecError: an unknown codec, or a BLOB that is not valid in it.
    """
    try:
        if codec == CODEC_ZLIB:
            return zlib.decompress(blob).decode("utf-8", "surrogatepass")
        if codec == CODEC_UTF8:
            return bytes(blob).decode("utf-8", "surrogatepass")
    except (zlib.error, UnicodeDecodeError, TypeError) as exc:
        raise CodecError(f"a {codec} BLOB of {len(blob)} bytes cannot be decoded ({exc})") from None
    raise CodecError(f"unknown codec {codec!r} (expected {CODEC_ZLIB!r} or {CODEC_UTF8!r})")


def _v1_documents(conn: sqlite3.Connection) -> None:
    """Documents, their versions, targets, lead departments, measures and texts."""
    conn.executescript(
        """
        -- A series (文件系列) groups the versions of one document; see docs/store.md.
        CREATE TABLE series (
            id INTEGER PRIMARY KEY
        );
        -- Identity keys of a series: 'source:<path>' and 'number:<文号>@<jurisdiction>'.
        CREATE TABLE series_keys (
            key TEXT PRIMARY KEY,
            series INTEGER NOT NULL REFERENCES series(id)
        ) WITHOUT ROWID;
        CREATE TABLE documents (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            series INTEGER NOT NULL REFERENCES series(id),
            version INTEGER NOT NULL,
            latest INTEGER NOT NULL,
            text_sha256 TEXT NOT NULL UNIQUE,
            title TEXT,
            doc_type TEXT NOT NULL,
            doc_number TEXT,
            jurisdiction_code TEXT,
            jurisdiction_name TEXT,
            issued TEXT,
            horizon_start TEXT,
            horizon_end TEXT,
            source TEXT,
            source_path TEXT,
            added_at TEXT NOT NULL,
            n_targets INTEGER NOT NULL,
            n_measures INTEGER NOT NULL,
            json TEXT NOT NULL,
            UNIQUE (series, version)
        );
        CREATE INDEX documents_jurisdiction ON documents (jurisdiction_code, jurisdiction_name);
        CREATE INDEX documents_latest ON documents (latest);
        CREATE TABLE targets (
            doc INTEGER NOT NULL REFERENCES documents(rowid),
            id TEXT NOT NULL,
            position INTEGER NOT NULL,
            indicator TEXT NOT NULL,
            indicator_id TEXT,
            kind TEXT NOT NULL,
            comparator TEXT NOT NULL,
            value TEXT,
            value_high TEXT,
            unit TEXT,
            deadline TEXT,
            period_start TEXT,
            measure TEXT,
            text TEXT NOT NULL,
            json TEXT NOT NULL,
            PRIMARY KEY (doc, id)
        ) WITHOUT ROWID;
        CREATE INDEX targets_indicator ON targets (indicator_id);
        CREATE INDEX targets_deadline ON targets (deadline);
        CREATE TABLE target_lead (
            doc INTEGER NOT NULL REFERENCES documents(rowid),
            target_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            dept_id TEXT,
            as_written TEXT NOT NULL,
            PRIMARY KEY (doc, target_id, position)
        ) WITHOUT ROWID;
        CREATE INDEX target_lead_name ON target_lead (name);
        CREATE INDEX target_lead_dept ON target_lead (dept_id);
        CREATE TABLE measures (
            doc INTEGER NOT NULL REFERENCES documents(rowid),
            id TEXT NOT NULL,
            position INTEGER NOT NULL,
            path TEXT NOT NULL,
            title TEXT NOT NULL,
            parent TEXT,
            lead TEXT NOT NULL,
            PRIMARY KEY (doc, id)
        ) WITHOUT ROWID;
        CREATE TABLE texts (
            doc INTEGER PRIMARY KEY REFERENCES documents(rowid),
            text TEXT NOT NULL
        );
        """
    )


def _v2_observations(conn: sqlite3.Connection) -> None:
    """Observations (统计数据), unique by (subject, jurisdiction, date, period start)."""
    conn.executescript(
        """
        CREATE TABLE observations (
            rowid INTEGER PRIMARY KEY,
            subject TEXT NOT NULL,
            jurisdiction TEXT NOT NULL,
            date TEXT NOT NULL,
            -- '' for a stock or point value, so that the UNIQUE key sees it.
            period_start TEXT NOT NULL,
            indicator_id TEXT,
            target_id TEXT,
            value TEXT NOT NULL,
            unit TEXT NOT NULL,
            source TEXT NOT NULL,
            note TEXT NOT NULL,
            json TEXT NOT NULL,
            UNIQUE (subject, jurisdiction, date, period_start)
        );
        CREATE INDEX observations_indicator ON observations (indicator_id);
        CREATE INDEX observations_jurisdiction ON observations (jurisdiction);
        """
    )


def _encode_checked(text: str) -> bytes:
    """zlib BLOB of ``text``, checked to decode back to it (nothing stored may be lost)."""
    blob = encode(text, CODEC_ZLIB)
    if decode(blob, CODEC_ZLIB) != text:  # pragma: no cover - zlib is lossless
        raise CodecError("compressed text does not decode back to the original")
    return blob


def _v3_compact(conn: sqlite3.Connection) -> None:
    """Compact storage: compressed document JSON and texts; targets without their own JSON.

    - ``documents.json`` (TEXT) becomes ``json_z`` (BLOB) with ``json_codec``;
    - ``texts.text`` (TEXT) becomes ``text_z`` (BLOB) with ``codec``;
    - ``targets.json`` is dropped: a target is rebuilt from its document's JSON
      (``targets.position`` is its index there).

    Every value is converted in place and checked to decode back exactly.
    """
    conn.executescript(
        """
        ALTER TABLE documents ADD COLUMN json_codec TEXT NOT NULL DEFAULT 'zlib';
        ALTER TABLE documents ADD COLUMN json_z BLOB NOT NULL DEFAULT x'';
        CREATE TABLE texts_v3 (
            doc INTEGER PRIMARY KEY REFERENCES documents(rowid),
            codec TEXT NOT NULL,
            text_z BLOB NOT NULL
        );
        CREATE TABLE targets_v3 (
            doc INTEGER NOT NULL REFERENCES documents(rowid),
            id TEXT NOT NULL,
            -- the target's index in its document's JSON "targets" list
            position INTEGER NOT NULL,
            indicator TEXT NOT NULL,
            indicator_id TEXT,
            kind TEXT NOT NULL,
            comparator TEXT NOT NULL,
            value TEXT,
            value_high TEXT,
            unit TEXT,
            deadline TEXT,
            period_start TEXT,
            measure TEXT,
            text TEXT NOT NULL,
            PRIMARY KEY (doc, id)
        ) WITHOUT ROWID;
        """
    )
    rowids = [r[0] for r in conn.execute("SELECT rowid FROM documents ORDER BY rowid")]
    for rowid in rowids:
        (text,) = conn.execute("SELECT json FROM documents WHERE rowid = ?", (rowid,)).fetchone()
        conn.execute(
            "UPDATE documents SET json_codec = ?, json_z = ? WHERE rowid = ?",
            (CODEC_ZLIB, _encode_checked(text), rowid),
        )
    for rowid in [r[0] for r in conn.execute("SELECT doc FROM texts ORDER BY doc")]:
        (text,) = conn.execute("SELECT text FROM texts WHERE doc = ?", (rowid,)).fetchone()
        conn.execute(
            "INSERT INTO texts_v3 (doc, codec, text_z) VALUES (?, ?, ?)",
            (rowid, CODEC_ZLIB, _encode_checked(text)),
        )
    conn.executescript(
        """
        INSERT INTO targets_v3 SELECT doc, id, position, indicator, indicator_id, kind,
            comparator, value, value_high, unit, deadline, period_start, measure, text
            FROM targets;
        DROP TABLE targets;
        ALTER TABLE targets_v3 RENAME TO targets;
        CREATE INDEX targets_indicator ON targets (indicator_id);
        CREATE INDEX targets_deadline ON targets (deadline);
        DROP TABLE texts;
        ALTER TABLE texts_v3 RENAME TO texts;
        ALTER TABLE documents DROP COLUMN json;
        """
    )


#: Every migration, in order; the schema version is ``len(MIGRATIONS)``.
MIGRATIONS: Final[tuple[Migration, ...]] = (_v1_documents, _v2_observations, _v3_compact)

#: The first schema version with compressed documents and texts; opening an older
#: file reclaims the space the conversion frees (``VACUUM``) once it is committed.
COMPACT_VERSION: Final = 3

#: The schema version this library writes.
SCHEMA_VERSION: Final = len(MIGRATIONS)


def migrate(
    conn: sqlite3.Connection, current: int, migrations: Sequence[Migration] = MIGRATIONS
) -> int:
    """Apply ``migrations[current:]`` in one transaction; return the new version.

    ``conn`` must be in autocommit mode (``isolation_level=None``); the caller
    has checked that ``current <= len(migrations)``. ``executescript`` would
    commit an open transaction, so each migration's statements are run one by one
    inside the explicit ``BEGIN IMMEDIATE``.
    """
    target = len(migrations)
    if current >= target:
        return current
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Another process may have migrated while we waited for the lock.
        (now,) = conn.execute("PRAGMA user_version").fetchone()
        for step in migrations[now:]:
            step(_NoCommit(conn))  # type: ignore[arg-type]
        conn.execute(f"PRAGMA user_version = {target:d}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return target


class _NoCommit:
    """A connection stand-in whose ``executescript`` runs statements inside the open transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def executescript(self, script: str) -> None:
        for statement in _split(script):
            self._conn.execute(statement)

    def execute(self, sql: str, params: Sequence[object] = ()) -> sqlite3.Cursor:
        return self._conn.execute(sql, params)


def _split(script: str) -> list[str]:
    """Split a DDL script into statements (ours hold no ';' inside literals)."""
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    buf: list[str] = []
    out: list[str] = []
    for line in lines:
        buf.append(line)
        if sqlite3.complete_statement("\n".join(buf)):
            out.append("\n".join(buf).strip())
            buf = []
    rest = "\n".join(buf).strip()
    if rest:
        out.append(rest)
    return out
