"""Benchmark: documents per second adding a synthetic corpus to the store, jobs=1 vs jobs=2.

The corpus recombines the seed documents' top-level sections (一、二、…) under new
headers: each synthetic plan takes 3 to 6 sections from different seeds,
renumbered, with its own title and 发文字号, so every text (and hash) is new.

Usage::

    .venv/bin/python benchmarks/bench_batch.py            # 10,000 documents
    .venv/bin/python benchmarks/bench_batch.py --n 200    # a quick run

Needs the real extractor: exits with status 2 if :mod:`mfgpolicy.extract` is not usable.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "examples" / "documents").glob("0*.txt"))
NUMERALS = "一二三四五六七八九十"
HEADING = re.compile(rf"^([{NUMERALS}]+)、", re.MULTILINE)
PLACES = ("绍兴市", "余姚市", "金华市", "宿州市", "越城区", "宁波市", "嘉兴市", "湖州市")


def sections_of(text: str) -> list[str]:
    """The top-level sections of a seed, each from its heading to the next."""
    starts = [m.start() for m in HEADING.finditer(text)]
    return [
        text[a:b].rstrip() + "\n" for a, b in zip(starts, [*starts[1:], len(text)], strict=True)
    ]


def build_corpus(directory: Path, n: int, seed: int = 20240501) -> None:
    """Write ``n`` synthetic plans into ``directory``."""
    rng = random.Random(seed)
    pools = [sections_of(p.read_text(encoding="utf-8")) for p in SEEDS]
    pools = [p for p in pools if p]
    for i in range(n):
        place = rng.choice(PLACES)
        k = rng.randint(3, min(6, len(NUMERALS)))
        chosen = [rng.choice(rng.choice(pools)) for _ in range(k)]
        body = "".join(
            HEADING.sub(f"{NUMERALS[j]}、", section, count=1) for j, section in enumerate(chosen)
        )
        header = (
            f"发文字号: 政办发〔{2020 + i % 5}〕{i + 1}号\n\n"
            f"{place}人民政府办公室关于印发{place}制造业高质量发展行动方案(第{i + 1}号)的通知\n\n"
        )
        (directory / f"plan{i:05d}.txt").write_text(header + body, encoding="utf-8")


def extractor_usable() -> str | None:
    """``None`` if the extractor works on a seed, else why not."""
    try:
        from mfgpolicy.extract import extract_file

        extract_file(SEEDS[0])
    except Exception as exc:  # noqa: BLE001 - any failure means "not usable yet"
        return f"{type(exc).__name__}: {exc}"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="documents (default 10000)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="default: 1 2")
    parser.add_argument("--progress", action="store_true", help="show progress bars")
    args = parser.parse_args(argv)
    why = extractor_usable()
    if why is not None:
        print(f"the extractor is not usable yet ({why}); cannot benchmark", file=sys.stderr)
        return 2
    from mfgpolicy.batch import add_paths
    from mfgpolicy.io.store import Store

    with tempfile.TemporaryDirectory(prefix="mfgpolicy-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        t0 = time.perf_counter()
        build_corpus(corpus, args.n)
        size = sum(p.stat().st_size for p in corpus.iterdir())
        print(
            f"corpus: {args.n} documents, {size / 1e6:.1f} MB, built in "
            f"{time.perf_counter() - t0:.1f} s; {os.cpu_count()} CPUs"
        )
        rates: dict[int, float] = {}
        for jobs in args.jobs:
            db = Path(tmp) / f"store-{jobs}.db"
            with Store.open(db) as store:
                report = add_paths([corpus], store=store, jobs=jobs, progress=args.progress)
                counts = store.counts()
            rates[jobs] = report.total / report.elapsed
            print(
                f"jobs={jobs}: {report.total} files in {report.elapsed:.1f} s = "
                f"{rates[jobs]:.1f} documents/s ({report.added} added, "
                f"{report.skipped} skipped, {len(report.failed)} failed; "
                f"{counts['targets']} targets; store {db.stat().st_size / 1e6:.1f} MB)"
            )
            for failure in report.failed[:5]:
                print(f"  {failure}")
        if 1 in rates and len(rates) > 1:
            for jobs, rate in rates.items():
                if jobs != 1:
                    print(f"speed-up jobs={jobs} / jobs=1: {rate / rates[1]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
