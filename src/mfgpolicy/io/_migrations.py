"""Schema migrations of the portfolio store (数据库迁移).

The schema version of a store file is SQLite's ``PRAGMA user_version``: the
number of migrations applied. :data:`MIGRATIONS` lists them in order; migration
``n`` (1-based) takes a file from version ``n - 1`` to version ``n``. They run
in one transaction together with the ``user_version`` update, so an interrupted
upgrade leaves the file at its old version.

Add a migration by appending a function; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import Final

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "migrate"]

Migration = Callable[[sqlite3.Connection], None]


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


#: Every migration, in order; the schema version is ``len(MIGRATIONS)``.
MIGRATIONS: Final[tuple[Migration, ...]] = (_v1_documents, _v2_observations)

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
