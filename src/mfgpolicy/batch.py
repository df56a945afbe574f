"""Batch extraction of a large corpus into the portfolio store (批量入库).

:func:`add_paths` reads, hashes and extracts files in worker processes and
streams the results into a :class:`~mfgpolicy.io.store.Store`, which only the
calling process writes:

- a file whose text hash is already stored is skipped before extraction (the
  worker reads and hashes it, and compares with the hashes stored when the batch
  started; repeats within the batch are caught by the store);
- a file that fails (unreadable, not a plan, or any unexpected exception) is
  reported with its error type and message, and the batch goes on;
- memory stays bounded: paths go out in small chunks, at most a few chunks per
  worker are in flight, and each document is written (one transaction each) and
  dropped as soon as it comes back.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, Final, Literal

import attrs

from mfgpolicy.errors import DocumentError, MfgPolicyError
from mfgpolicy.io.store import PreparedDocument, Store, prepare_document, text_sha256
from mfgpolicy.model import PolicyDocument

__all__ = ["BatchReport", "Extract", "FileFailure", "add_paths", "expand_paths"]

#: An extraction function: ``(text, source_name) -> PolicyDocument``. It must be a
#: module-level function (picklable) when ``jobs > 1``.
Extract = Callable[[str, str], PolicyDocument]

#: File suffixes taken from a directory.
SUFFIXES: Final = (".txt",)

_CHUNK: Final = 4
_IN_FLIGHT_PER_JOB: Final = 3


@attrs.frozen
class FileFailure:
    """A file the batch could not add.

    Attributes:
        path: the file.
        error_type: the exception's class name (``DocumentError``, ``ParseError`` …).
        message: the exception's message.
        unexpected: ``True`` when it is not an mfgpolicy error (a bug to report).
    """

    path: str
    error_type: str
    message: str
    unexpected: bool = False

    def __str__(self) -> str:
        first = (self.message.splitlines() or [""])[0]
        return f"{self.path}: {self.error_type}: {first}"


@attrs.frozen
class BatchReport:
    """What :func:`add_paths` did.

    Attributes:
        total: files considered.
        added: new documents stored (version 1).
        new_versions: ``(path, document id, version)`` of new versions of stored documents.
        skipped: files whose text was already stored.
        failed: the files that could not be added, with why.
        elapsed: seconds taken.
    """

    total: int
    added: int
    new_versions: tuple[tuple[str, str, int], ...]
    skipped: int
    failed: tuple[FileFailure, ...]
    elapsed: float

    @property
    def ok(self) -> bool:
        """True when no file failed."""
        return not self.failed

    @property
    def per_second(self) -> float:
        """Files processed per second."""
        return self.total / self.elapsed if self.elapsed > 0 else float("inf")

    def summary(self) -> str:
        """A few lines for a person: counts, then each failure."""
        lines = [
            (
                f"{self.total} files in {self.elapsed:.1f} s: {self.added} added, "
                f"{len(self.new_versions)} new versions, {self.skipped} already stored, "
                f"{len(self.failed)} failed"
            )
        ]
        lines += [f"  new version {v} of {d}: {p}" for p, d, v in self.new_versions]
        lines += [f"  failed: {f}" for f in self.failed]
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------
# Worker side (runs in the worker processes, or inline when jobs == 1).

_Outcome = (
    tuple[Literal["skipped"], str]
    | tuple[Literal["ok"], str, PreparedDocument, str | None]
    | tuple[Literal["failed"], str, FileFailure]
)

_known: frozenset[str] = frozenset()
_extract: Extract | None = None


def _init_worker(known: frozenset[str], extract: Extract | None) -> None:
    global _known, _extract  # noqa: PLW0603 - per-process state set once by the pool
    _known = known
    _extract = extract


def _default_extract(text: str, source: str) -> PolicyDocument:
    from mfgpolicy.extract import extract_document

    return extract_document(text, source=source)


def _read(path: str) -> str:
    from mfgpolicy.extract.reading import read_document

    text, _encoding = read_document(path)
    return text


def _process(path: str, known: frozenset[str], extract: Extract | None) -> _Outcome:
    try:
        text = _read(path)
        sha = text_sha256(text)
        if sha in known:
            return ("skipped", path)
        doc = (extract or _default_extract)(text, Path(path).name)
        prepared = prepare_document(doc)
        # A stand-in extractor may hash differently; then the text is not the document's.
        return ("ok", path, prepared, text if prepared.text_sha256 == sha else None)
    except MfgPolicyError as exc:
        return ("failed", path, FileFailure(path, type(exc).__name__, str(exc)))
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
        return ("failed", path, FileFailure(path, type(exc).__name__, str(exc), unexpected=True))


def _process_chunk(paths: Sequence[str]) -> list[_Outcome]:
    return [_process(p, _known, _extract) for p in paths]


# ---------------------------------------------------------------------------------------
# Parent side.


def expand_paths(
    paths: Iterable[str | os.PathLike[str]], *, suffixes: Sequence[str] = SUFFIXES
) -> list[str]:
    """Files to add: each file as given, each directory's files (recursively, sorted).

    A path that does not exist is kept, so that the batch reports it as failed.
    """
    out: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out += sorted(
                str(f) for f in p.rglob("*") if f.is_file() and f.suffix.lower() in suffixes
            )
        else:
            out.append(str(p))
    return out


class _Tally:
    """Counts and failures, written into the store as results arrive."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.added = 0
        self.skipped = 0
        self.new_versions: list[tuple[str, str, int]] = []
        self.failed: list[FileFailure] = []

    def record(self, outcome: _Outcome) -> None:
        if outcome[0] == "skipped":
            self.skipped += 1
            return
        if outcome[0] == "failed":
            self.failed.append(outcome[2])
            return
        _, path, prepared, text = outcome
        source_path = str(Path(path).resolve())
        try:
            result = self.store.add_prepared(prepared, text, source_path=source_path)
        except MfgPolicyError as exc:
            self.failed.append(FileFailure(path, type(exc).__name__, str(exc)))
            return
        if result.status == "added":
            self.added += 1
        elif result.status == "new_version":
            self.new_versions.append((path, result.document_id, result.version))
        else:
            self.skipped += 1

    def fail_all(self, paths: Sequence[str], exc: BaseException, why: str) -> None:
        self.failed += [
            FileFailure(p, type(exc).__name__, f"{why} ({exc})", unexpected=True) for p in paths
        ]


def add_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    store: Store,
    jobs: int = 1,
    extract: Extract | None = None,
    progress: bool = True,
) -> BatchReport:
    """Extract files (or directories of ``.txt`` files) into ``store``, in parallel.

    Args:
        paths: files and directories (directories are searched recursively).
        store: the store to write; only this process writes it.
        jobs: worker processes; 1 runs everything in this process.
        extract: ``(text, source_name) -> PolicyDocument`` (default:
            :func:`mfgpolicy.extract.extract_document`); a module-level function
            when ``jobs > 1``.
        progress: show a progress bar on standard error (only when it is a terminal).

    Returns:
        The report; failures do not stop the batch and are listed there.

    Raises:
        ValueError: ``jobs`` is less than 1.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1 (got {jobs})")
    started = time.perf_counter()
    files = expand_paths(paths)
    tally = _Tally(store)
    missing = [f for f in files if not Path(f).exists()]
    for f in missing:
        tally.failed.append(FileFailure(f, DocumentError.__name__, f"{f}: no such file"))
    todo = [f for f in files if Path(f).exists()]
    known = store.text_hashes()
    with _progress_bar(progress, len(todo)) as advance:
        if jobs == 1:
            for f in todo:
                tally.record(_process(f, known, extract))
                advance(1)
        else:
            _run_pool(todo, known, extract, jobs, tally, advance)
    return BatchReport(
        total=len(files),
        added=tally.added,
        new_versions=tuple(tally.new_versions),
        skipped=tally.skipped,
        failed=tuple(tally.failed),
        elapsed=time.perf_counter() - started,
    )


def _chunks(items: Sequence[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


def _new_pool(jobs: int, known: frozenset[str], extract: Extract | None) -> cf.ProcessPoolExecutor:
    # spawn, not fork: the parent may run a progress-bar thread and holds a SQLite
    # connection, neither of which survives a fork safely.
    return cf.ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(known, extract),
    )


def _run_pool(  # noqa: PLR0917 - private helper, called once
    todo: Sequence[str],
    known: frozenset[str],
    extract: Extract | None,
    jobs: int,
    tally: _Tally,
    advance: Callable[[int], None],
) -> None:
    chunks = _chunks(todo, _CHUNK)
    limit = jobs * _IN_FLIGHT_PER_JOB
    pool = _new_pool(jobs, known, extract)
    in_flight: dict[cf.Future[list[_Outcome]], tuple[list[str], cf.ProcessPoolExecutor]] = {}

    def submit() -> None:
        chunk = next(chunks, None)
        if chunk is not None:
            in_flight[pool.submit(_process_chunk, chunk)] = (chunk, pool)

    try:
        for _ in range(limit):
            submit()
        while in_flight:
            done, _ = cf.wait(in_flight, return_when=cf.FIRST_COMPLETED)
            for fut in done:
                chunk, owner = in_flight.pop(fut)
                try:
                    outcomes = fut.result()
                except BrokenProcessPool as exc:
                    tally.fail_all(chunk, exc, "a worker process died while extracting")
                    if owner is pool:
                        pool.shutdown(wait=False, cancel_futures=True)
                        pool = _new_pool(jobs, known, extract)
                    outcomes = []
                except Exception as exc:  # noqa: BLE001 - e.g. an unpicklable result
                    tally.fail_all(chunk, exc, "the worker's result could not be received")
                    outcomes = []
                for outcome in outcomes:
                    tally.record(outcome)
                advance(len(chunk))
                submit()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class _progress_bar:  # noqa: N801 - used as a context manager function
    """A rich progress bar on standard error, or nothing when disabled or not a terminal."""

    def __init__(self, enabled: bool, total: int) -> None:
        self._bar: Any = None
        if enabled and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self._bar = Progress(
                TextColumn("adding"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            self._total = total

    def __enter__(self) -> Callable[[int], None]:
        if self._bar is None:
            return lambda _n: None
        self._bar.start()
        task = self._bar.add_task("adding", total=self._total)
        bar = self._bar
        return lambda n: bar.advance(task, n)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
