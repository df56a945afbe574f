"""The demo job (演示): seeds → store → extraction → progress → consistency → report.

:func:`run_demo` builds a fresh SQLite store in a directory from the five seed
documents and the illustrative observations shipped inside the package (read
with :mod:`importlib.resources`, so it works from an installed wheel), assesses
progress as of a fixed date (:data:`DEMO_AS_OF`) so the output is reproducible,
checks consistency, prints a terminal summary and writes ``report.html``.

The observations in ``mfgpolicy/data/demo/`` are ILLUSTRATIVE: made up to be
plausible, not official statistics.
"""

from __future__ import annotations

import datetime as dt
import time
from importlib import resources
from pathlib import Path
from typing import Any, Final

import attrs

from mfgpolicy.consistency import Finding, check
from mfgpolicy.extract import extract_document
from mfgpolicy.io.observations import loads_observations
from mfgpolicy.io.store import Store
from mfgpolicy.model import PolicyDocument
from mfgpolicy.progress import Assessment, Method
from mfgpolicy.report import render_html, render_terminal
from mfgpolicy.report._portfolio import assess_portfolio

__all__ = ["DEMO_AS_OF", "DEMO_NOTE", "DemoResult", "run_demo"]

#: The fixed assessment date of the demo (reproducible output).
DEMO_AS_OF: Final = dt.date(2023, 6, 30)

#: The notice shown in the demo report.
DEMO_NOTE: Final = (
    "演示数据: 观测值为示例 (ILLUSTRATIVE), 非官方统计数据; 政策文件为公开原文。"
    " Observations are illustrative, made up for the demo; not official statistics."
)

DB_NAME: Final = "mfgpolicy.db"
REPORT_NAME: Final = "report.html"


@attrs.frozen
class DemoResult:
    """What :func:`run_demo` produced.

    Attributes:
        db_path: the SQLite store.
        report_path: the HTML report.
        documents: the documents as read back from the store.
        assessments: one assessment per document id.
        findings: the consistency findings.
        observation_problems: problems reported while loading the observations.
        seconds: wall-clock run time.
    """

    db_path: Path
    report_path: Path
    documents: tuple[PolicyDocument, ...]
    assessments: dict[str, Assessment]
    findings: tuple[Finding, ...]
    observation_problems: tuple[str, ...]
    seconds: float


def _seed_files() -> list[Any]:
    seeds = resources.files("mfgpolicy.data") / "seeds"
    return sorted((p for p in seeds.iterdir() if p.name.endswith(".txt")), key=lambda p: p.name)


def _demo_files() -> list[Any]:
    demo = resources.files("mfgpolicy.data") / "demo"
    return sorted((p for p in demo.iterdir() if p.name.endswith(".csv")), key=lambda p: p.name)


def _fresh(db_path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)


def run_demo(
    directory: str | Path = ".",
    *,
    as_of: dt.date = DEMO_AS_OF,
    method: Method = "time_share",
    console: Any = None,
    quiet: bool = False,
) -> DemoResult:
    """Run the whole pipeline on the shipped seeds and illustrative observations.

    Args:
        directory: where to write ``mfgpolicy.db`` (replaced if present) and
            ``report.html``; created if missing.
        as_of: the assessment date (default :data:`DEMO_AS_OF`).
        method: the progress method.
        console: a :class:`rich.console.Console` for the summary (default: a new one).
        quiet: print nothing.

    Returns:
        A :class:`DemoResult`.
    """
    start = time.perf_counter()
    out_dir = Path(directory)
    out_dir.mkdir(parents=True, exist_ok=True)
    db_path = out_dir / DB_NAME
    _fresh(db_path)
    problems: list[str] = []
    with Store.open(db_path) as store:
        for seed in _seed_files():
            text = seed.read_text(encoding="utf-8")
            store.add_document(extract_document(text, source=seed.name), text)
        for csv_file in _demo_files():
            loaded = loads_observations(csv_file.read_text(encoding="utf-8"), source=csv_file.name)
            problems.extend(str(p) for p in loaded.problems)
            added = store.add_observations(loaded.observations)
            problems.extend(str(c) for c in added.conflicts)
        documents = tuple(store.document(row.id) for row in store.documents())
        observations = store.observations()
    assessments = assess_portfolio(documents, observations, as_of=as_of, method=method)
    findings = tuple(check(documents))
    report_path = out_dir / REPORT_NAME
    html = render_html(
        assessments,
        findings,
        documents,
        as_of=as_of,
        title="制造业政策目标进展评估 (演示) · Manufacturing policy progress (demo)",
        observations=observations,
        note=DEMO_NOTE,
    )
    report_path.write_text(html, encoding="utf-8")
    seconds = time.perf_counter() - start
    if not quiet:
        from rich.console import Console

        con = console if console is not None else Console()
        con.print(render_terminal(assessments, findings, documents, as_of=as_of))
        for p in problems:
            con.print(f"warning: {p}", style="yellow", markup=False)
        con.print(f"store: {db_path}", markup=False)
        con.print(f"report: {report_path}", markup=False)
        con.print(f"({seconds:.2f} s)", markup=False)
    return DemoResult(
        db_path=db_path,
        report_path=report_path,
        documents=documents,
        assessments=assessments,
        findings=findings,
        observation_problems=tuple(problems),
        seconds=seconds,
    )
