"""Benchmark: bulk unit conversion with convert_many vs pint per value.

Run as ``python benchmarks/bench_units.py [--n 1000000] [--naive-n 100000]``.
The naive path (``ureg.Quantity(v, unit).to(target)`` in a Python loop) is
timed on ``--naive-n`` values and scaled linearly to ``--n``; the output says so.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from mfgpolicy.units import convert_many, get_registry, parse_unit

PAIRS = [("亿元", "元"), ("万元/亩", "元/公顷")]


def main() -> None:
    """Time both paths for each pair and check that they agree."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--naive-n", type=int, default=100_000)
    args = parser.parse_args()
    ureg = get_registry()
    rng = np.random.default_rng(20240101)
    values = rng.uniform(0.0, 1.0e4, size=args.n)
    naive_n = min(args.naive_n, args.n)
    for src, dst in PAIRS:
        src_unit, dst_unit = parse_unit(src), parse_unit(dst)
        convert_many(values[:10], src, dst)  # warm the factor cache
        t0 = time.perf_counter()
        fast = convert_many(values, src, dst)
        t_fast = time.perf_counter() - t0

        subset = values[:naive_n]
        t0 = time.perf_counter()
        naive = np.array([ureg.Quantity(v, src_unit).to(dst_unit).magnitude for v in subset])
        t_naive_subset = time.perf_counter() - t0
        t_naive = t_naive_subset * args.n / naive_n

        same = np.allclose(fast[:naive_n], naive, rtol=1e-12, atol=0)
        scaled = (
            "" if naive_n == args.n else f" (timed on {naive_n:,}, scaled x{args.n / naive_n:g})"
        )
        print(f"{src} -> {dst}, n={args.n:,}")
        print(f"  convert_many : {t_fast * 1e3:10.2f} ms")
        print(f"  pint per value: {t_naive * 1e3:10.2f} ms{scaled}")
        print(f"  ratio        : {t_naive / t_fast:10.0f}x   results agree (rtol 1e-12): {same}")
        if not same:
            raise SystemExit(f"results differ for {src} -> {dst}")


if __name__ == "__main__":
    main()
