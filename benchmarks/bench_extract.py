"""Throughput and cold-start cost of the extractor on the five seed documents.

Run: ``python benchmarks/bench_extract.py`` (plain script, no plugins).

Reports characters and megabytes (UTF-8) of text extracted per second after
import (repeating the five seeds for about five seconds on one core), and the
cost of ``import mfgpolicy.extract`` plus the first ``extract_file`` measured in
a fresh interpreter. Targets: ≥ 1 MB/s; import + first extraction < 1 s.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "examples" / "documents").glob("0*.txt"))


def throughput(seconds: float = 5.0) -> tuple[float, float, int]:
    from mfgpolicy.extract import extract_document

    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    chars = sum(len(t) for t in texts)
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    for t in texts:  # warm caches (catalogs, compiled patterns)
        extract_document(t)
    rounds = 0
    t0 = time.perf_counter()
    while True:
        for t in texts:
            extract_document(t)
        rounds += 1
        elapsed = time.perf_counter() - t0
        if elapsed >= seconds:
            break
    return rounds * chars / elapsed, rounds * nbytes / elapsed / 1e6, rounds


def cold_start(path: Path) -> float:
    code = (
        "import time; t=time.perf_counter(); import mfgpolicy.extract as e; "
        f"e.extract_file({str(path)!r}); print(time.perf_counter()-t)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> int:
    colds = [cold_start(SEEDS[1]) for _ in range(3)]
    cps, mbps, rounds = throughput()
    print(f"seeds: {len(SEEDS)} documents, {rounds} rounds")
    print(f"throughput: {cps:,.0f} chars/s, {mbps:.2f} MB/s (UTF-8)   target >= 1 MB/s")
    print(
        f"cold import + first extract_file: best {min(colds):.3f} s, "
        f"worst {max(colds):.3f} s   target < 1 s"
    )
    return 0 if mbps >= 1.0 and min(colds) < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
