"""The consistency checks on the extractor's own output for the five seeds.

tests/test_consistency.py checks the rules on documents built from the gold
annotations; here the same facts must hold end to end: text → extract → check.
Targets are identified by what they say (indicator, value, unit), not by id,
so that the test does not depend on the extractor's numbering.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from conftest import SEED_FILES
from mfgpolicy import PolicyDocument, Severity
from mfgpolicy.consistency import Finding, check
from mfgpolicy.extract import extract_file


@pytest.fixture(scope="module")
def extracted() -> dict[str, PolicyDocument]:
    return {p.name[:3]: extract_file(p) for p in SEED_FILES}


@pytest.fixture(scope="module")
def findings(extracted: dict[str, PolicyDocument]) -> list[Finding]:
    return check(extracted.values())


def _values(f: Finding) -> set[tuple[Decimal | None, str | None]]:
    return {(None if t.value is None else Decimal(str(t.value)), t.unit) for t in f.targets}


def _restatements(findings: list[Finding], rule: str, doc: PolicyDocument) -> list[Finding]:
    return [f for f in findings if f.rule == rule and f.targets[0].document == doc.id]


def test_001_conflicts_are_found(
    findings: list[Finding], extracted: dict[str, PolicyDocument]
) -> None:
    conflicts = _restatements(findings, "restatement.conflict", extracted["001"])
    assert all(f.severity is Severity.ERROR for f in conflicts)
    seen = [_values(f) for f in conflicts]
    assert {(Decimal(7), "%"), (Decimal(8), "%")} in seen  # industrial investment growth
    assert any({Decimal(6), Decimal(10)} <= {v for v, _ in s} for s in seen)  # pilots 6 vs 10
    # Every conflict quotes both mentions with their spans.
    for f in conflicts:
        assert len(f.targets) == 2
        assert all(t.text and t.span for t in f.targets)


def test_001_narrowings_are_info(
    findings: list[Finding], extracted: dict[str, PolicyDocument]
) -> None:
    narrowings = _restatements(findings, "restatement.narrowing", extracted["001"])
    indicators = " ".join(t.indicator for f in narrowings for t in f.targets)
    assert "制造业创新中心" in indicators  # 1-2 vs 1
    assert "企业研究院" in indicators  # 2-3 vs 3
    assert all(f.severity is Severity.INFO for f in narrowings)


def test_001_deadline_of_2020_in_a_plan_issued_2020_10_26(
    findings: list[Finding], extracted: dict[str, PolicyDocument]
) -> None:
    doc = extracted["001"]
    hits = [
        f for f in findings if f.rule.startswith("deadline") and f.targets[0].document == doc.id
    ]
    assert any(t.deadline is not None and t.deadline.year == 2020 for f in hits for t in f.targets)


@pytest.mark.parametrize("seed", ["002", "004"])
def test_agreeing_restatements_give_no_conflict(
    seed: str, findings: list[Finding], extracted: dict[str, PolicyDocument]
) -> None:
    doc = extracted[seed]
    assert not _restatements(findings, "restatement.conflict", doc)


def test_cross_level_004_against_000_states_comparability(
    findings: list[Finding], extracted: dict[str, PolicyDocument]
) -> None:
    city, district = extracted["000"].id, extracted["004"].id
    comp = [
        f
        for f in findings
        if f.rule == "cross_level.comparability"
        and {t.document for t in f.targets} == {city, district}
    ]
    assert comp, "no shared indicator between 越城区 and 绍兴市 was compared"
    for f in comp:
        assert f.comparable is not None
        assert f.reason
