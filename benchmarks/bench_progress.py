"""Benchmark: the vectorised bulk path against the per-target API (a script, not a test).

Run: ``.venv/bin/python benchmarks/bench_progress.py [--subset 2000] [--pairs 1000000]``

A synthetic national-scale portfolio: 3,000 jurisdictions × 60 indicators ×
6 annual observations (2017–2022), level targets due 2025-12-31 for the period
2021-01-01 … 2025-12-31, assessed as of 2023-06-30; 70 % higher-is-better
(ge), 30 % lower-is-better (le); 2 % of series miss their 2020 baseline.

The per-target API is timed on a random subset (``--subset`` pairs) and the
time per pair scaled to the whole portfolio (said so in the output); the bulk
path is timed on the whole portfolio and on ``--pairs`` pairs (the portfolio
tiled). Statuses of the two paths are compared on the subset and must be
identical.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from decimal import Decimal

import numpy as np

from mfgpolicy.model.enums import Comparator, TargetKind
from mfgpolicy.model.observation import Observation
from mfgpolicy.model.target import Span, Target
from mfgpolicy.progress import BulkInput, assess_bulk, assess_target

JURISDICTIONS = 3_000
INDICATORS = 60
YEARS = (2017, 2018, 2019, 2020, 2021, 2022)
DATES = [dt.date(y, 12, 31) for y in YEARS]
START = dt.date(2021, 1, 1)
DEADLINE = dt.date(2025, 12, 31)
AS_OF = dt.date(2023, 6, 30)
METHODS = ("time_share", "cagr_ratio", "projection_ratio")


def portfolio(seed: int = 2023) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Values (n, 6) rounded to 0.1, goals (n,), higher (n,) for n = 180,000 pairs."""
    rng = np.random.default_rng(seed)
    n = JURISDICTIONS * INDICATORS
    level = rng.lognormal(4.0, 1.0, n)
    growth = rng.normal(0.05, 0.06, (n, len(YEARS)))
    values = np.round(level[:, None] * np.cumprod(1 + growth, axis=1), 1) + 0.1
    higher = rng.random(n) < 0.7
    factor = np.where(higher, rng.uniform(1.0, 1.8, n), rng.uniform(0.6, 1.0, n))
    goal = np.round(values[:, 3] * factor, 1) + 0.1
    values[rng.random(n) < 0.02, 3] = np.nan  # no 2020 baseline
    return values, goal, higher


def bulk_input(values: np.ndarray, goal: np.ndarray, higher: np.ndarray) -> BulkInput:
    """The bulk arrays of the portfolio."""
    return BulkInput.from_series(
        values, DATES, goal=goal, period_start=START, deadline=DEADLINE, as_of=AS_OF, higher=higher
    )


def per_target(
    values: np.ndarray, goal: np.ndarray, higher: np.ndarray, rows: np.ndarray, method: str
) -> tuple[list[str], float]:
    """Statuses of ``rows`` by the per-target API, and the seconds spent assessing."""
    pairs = []
    for i in rows.tolist():
        t = Target(
            id=f"t{i}",
            indicator="指标",
            kind=TargetKind.LEVEL,
            comparator=Comparator.GE if higher[i] else Comparator.LE,
            value=Decimal(str(goal[i])),
            unit="亿元",
            span=Span(0, 0),
            text="",
            deadline=DEADLINE,
            period_start=START,
        )
        obs = [
            Observation("甲", d, Decimal(str(v)), "亿元", target_id=t.id)
            for d, v in zip(DATES, values[i], strict=True)
            if not np.isnan(v)
        ]
        pairs.append((t, obs))
    t0 = time.perf_counter()
    out = [assess_target(t, obs, as_of=AS_OF, method=method).status.value for t, obs in pairs]  # type: ignore[arg-type]
    return out, time.perf_counter() - t0


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subset", type=int, default=2000)
    parser.add_argument("--pairs", type=int, default=1_000_000)
    args = parser.parse_args()

    values, goal, higher = portfolio()
    n = values.shape[0]
    print(
        f"portfolio: {JURISDICTIONS} jurisdictions × {INDICATORS} indicators × {len(YEARS)} "
        f"years = {n:,} target series, {np.count_nonzero(~np.isnan(values)):,} observations"
    )
    t0 = time.perf_counter()
    data = bulk_input(values, goal, higher)
    prep = time.perf_counter() - t0
    print(f"bulk input from the value matrix: {prep * 1e3:.1f} ms")

    reps = -(-args.pairs // n)
    big_values = np.tile(values, (reps, 1))[: args.pairs]
    big = bulk_input(
        big_values, np.tile(goal, reps)[: args.pairs], np.tile(higher, reps)[: args.pairs]
    )
    rng = np.random.default_rng(1)
    rows = rng.choice(n, size=min(args.subset, n), replace=False)

    for method in METHODS:
        t0 = time.perf_counter()
        result = assess_bulk(data, method)
        bulk_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        assess_bulk(big, method)
        big_s = time.perf_counter() - t0
        single, single_s = per_target(values, goal, higher, rows, method)
        bulk_statuses = [s.value for s in result.statuses()]
        same = all(bulk_statuses[i] == s for i, s in zip(rows.tolist(), single, strict=True))
        per_pair = single_s / len(rows)
        scaled = per_pair * n
        print(f"\n[{method}]")
        print(f"  bulk, {n:,} pairs: {bulk_s * 1e3:8.1f} ms  ({n / bulk_s:,.0f} pairs/s)")
        print(
            f"  bulk, {args.pairs:,} pairs: {big_s * 1e3:8.1f} ms  "
            f"({args.pairs / big_s:,.0f} pairs/s)"
        )
        print(
            f"  per-target API on a random subset of {len(rows):,}: {single_s:.2f} s "
            f"= {per_pair * 1e6:.0f} µs/pair; scaled to {n:,} pairs: {scaled:.1f} s "
            f"(estimate, not measured)"
        )
        print(f"  speed-up (per-pair time): {per_pair / (bulk_s / n):,.0f}×")
        print(f"  statuses identical on the subset: {same}")
        counts = {s.value: c for s, c in result.counts().items()}
        print(f"  status counts (bulk, portfolio): {counts}")
        if not same:
            raise SystemExit("statuses differ between the bulk path and the per-target API")


if __name__ == "__main__":
    main()
