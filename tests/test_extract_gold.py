"""The extractor against the hand-checked gold annotations of the five seeds.

Thresholds (per document and overall): target precision ≥ 0.97, recall ≥ 0.95;
kind, comparator, deadline-year and lead-unit accuracy ≥ 0.95 among matches.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from functools import cache
from pathlib import Path

import pytest

from mfgpolicy.extract import Scores, combine, evaluate, extract_file, render_table

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "examples" / "documents").glob("0*.txt"))
GOLD = ROOT / "tests" / "data" / "gold"

PRECISION = 0.97
RECALL = 0.95
ACCURACY = 0.95


@cache
def _score(stem: str) -> Scores:
    doc = extract_file(ROOT / "examples" / "documents" / f"{stem}.txt")
    return evaluate(doc, GOLD / f"{stem}.json")


def _check(s: Scores) -> None:
    detail = "\n".join(
        [render_table([s])]
        + [f"missed: {m}" for m in s.missed]
        + [f"spurious: {m}" for m in s.spurious]
        + [f"wrong: {m}" for m in s.wrong]
    )
    assert s.precision >= PRECISION, detail
    assert s.recall >= RECALL, detail
    assert s.kind_accuracy >= ACCURACY, detail
    assert s.comparator_accuracy >= ACCURACY, detail
    assert s.deadline_accuracy >= ACCURACY, detail
    assert s.lead_accuracy >= ACCURACY, detail


def test_every_seed_has_gold() -> None:
    assert len(SEEDS) == 5
    for p in SEEDS:
        assert (GOLD / f"{p.stem}.json").is_file()


@pytest.mark.parametrize("stem", [p.stem for p in SEEDS])
def test_seed_meets_thresholds(stem: str) -> None:
    _check(_score(stem))


def test_overall_meets_thresholds() -> None:
    overall = combine(_score(p.stem) for p in SEEDS)
    assert overall.gold > 250
    _check(overall)


def test_restatements_point_to_first_mention() -> None:
    doc = extract_file(ROOT / "examples" / "documents" / "001_806e68aa9b0976bc.txt")
    ids = {t.id: t for t in doc.targets}
    restating = [t for t in doc.targets if t.restates is not None]
    assert len(restating) >= 5
    for t in restating:
        first = ids[t.restates]
        assert first.span.start < t.span.start
        assert first.restates is None


def test_parts_name_their_whole() -> None:
    doc = extract_file(ROOT / "examples" / "documents" / "004_edc70f5a27395571.txt")
    parts = [t for t in doc.targets if t.parent is not None]
    assert len(parts) >= 4
    by_id = {t.id: t for t in doc.targets}
    for t in parts:
        whole = by_id[t.parent]
        assert whole.unit == t.unit
        assert whole.value is not None
        assert t.value is not None
        assert t.value <= whole.value


def test_spans_quote_the_original_text() -> None:
    for p in SEEDS:
        text = p.read_text(encoding="utf-8")
        doc = extract_file(p)
        for t in doc.targets:
            assert text[t.span.start : t.span.end] == t.text
            assert t.text.strip()
        ids = [t.id for t in doc.targets]
        assert ids == [f"t{i}" for i in range(1, len(ids) + 1)]


def test_ids_are_stable() -> None:
    p = SEEDS[0]
    a, b = extract_file(p), extract_file(p)
    assert a == b


def test_evaluate_extraction_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    from mfgpolicy._cli import evaluate as command
    from mfgpolicy.io import dumps

    pred = tmp_path / "002_02c9ae12c867dcdd.json"
    doc = extract_file(SEEDS[2])
    pred.write_text(dumps(doc), encoding="utf-8")
    parser = argparse.ArgumentParser()
    command.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(
        ["evaluate-extraction", str(SEEDS[0]), str(pred), "--gold", str(GOLD), "--details"]
    )
    assert args.func(args) == 0
    out = capsys.readouterr().out
    assert "000_d5fc791e7d16acfa" in out
    assert "002_02c9ae12c867dcdd" in out
    assert "overall" in out


def test_evaluate_matches_equal_quantities_in_other_units() -> None:
    from mfgpolicy.extract.evaluate import _same_quantity

    assert _same_quantity(Decimal("2.5"), "万台", Decimal(25000), "台")
    assert _same_quantity(Decimal(2800), "亿元", Decimal("280000000000"), "元")
    assert _same_quantity(Decimal(3), "大", Decimal(3), "个")
    assert _same_quantity(Fraction(1, 3), None, Fraction(1, 3), None)
    assert not _same_quantity(Fraction(1, 3), "%", Fraction(1, 3), None)
    assert not _same_quantity(Decimal(3), "家", Decimal(3), "项")
    assert not _same_quantity(Decimal(20), "万元", Decimal(20), "万元/人")


def test_matching_is_of_maximum_size() -> None:
    # Gold g1 spans both conjuncts (A和B均突破…), g2 only the second. A greedy pairing by
    # largest overlap gives g1 the second prediction and leaves g2 unmatched; the
    # maximum matching pairs g1 with the first and g2 with the second.
    from mfgpolicy.extract import extract_document
    from mfgpolicy.extract.evaluate import GoldTarget, score

    text = "到2025年,新能源和不锈钢产业规模均突破2000亿元。"
    doc = extract_document(text)
    assert len(doc.targets) == 2
    first, second = doc.targets
    assert first.span.end <= second.span.start  # each conjunct has its own span

    def gold(gid: str, start: int) -> GoldTarget:
        return GoldTarget(
            id=gid,
            value=Decimal(2000),
            value_high=None,
            unit="亿元",
            start=start,
            end=len(text) - 1,
            kind="level",
            comparator="gt",
            deadline_year=2025,
            lead=(),
        )

    s = score(doc, [gold("g1", first.span.start), gold("g2", second.span.start)])
    assert (s.matched, s.missed, s.spurious) == (2, (), ())
