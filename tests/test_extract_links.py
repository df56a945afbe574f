"""Target ↔ measure links on the seeds, and the one Chinese-numeral reader."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from mfgpolicy.consistency._rules import threshold_of
from mfgpolicy.extract import extract_document
from mfgpolicy.model import Comparator, Measure, PolicyDocument, Span, Target, TargetKind
from mfgpolicy.numerals import whole_number


def test_seed_targets_name_their_innermost_measure(seed_texts: dict[str, str]) -> None:
    linked = 0
    for stem, text in seed_texts.items():
        doc = extract_document(text, source=stem)
        listing = {tid: m for m in doc.measures for tid in m.target_ids}
        for t in doc.targets:
            m = listing.get(t.id)
            # Every target inside a numbered task (section) names that task …
            if m is not None:
                assert t.measure == m.id, (stem, t.id, t.measure, m.id)
                # … the innermost one: no child of it starts before the target.
                kids = [c for c in doc.children(m.id) if c.span.start <= t.span.start]
                assert not [c for c in kids if t.span.start < c.span.end], (stem, t.id)
                linked += 1
            else:
                assert t.measure is None, (stem, t.id)
        # Both directions agree.
        for m in doc.measures:
            for tid in m.target_ids:
                assert doc.target(tid).measure == m.id
    assert linked > 100


def test_target_measure_must_be_listed_by_that_measure() -> None:
    t1 = Target(
        id="t1",
        indicator="工业增加值",
        kind=TargetKind.LEVEL,
        comparator=Comparator.GE,
        value=Decimal("2800"),
        unit="亿元",
        span=Span(0, 1),
        text="x",
        measure="m1",
    )
    listed = Measure(id="m1", path=("一",), title="目标", span=Span(0, 1), target_ids=("t1",))
    PolicyDocument(id="d", text_sha256="0", targets=(t1,), measures=(listed,))
    bare = Measure(id="m1", path=("一",), title="目标", span=Span(0, 1))
    with pytest.raises(ValueError, match="does not list it"):
        PolicyDocument(id="d", text_sha256="0", targets=(t1,), measures=(bare,))
    with pytest.raises(ValueError, match="is not a measure"):
        PolicyDocument(id="d", text_sha256="0", targets=(t1,))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("三", 3),
        ("两", 2),
        ("十", 10),
        ("十二", 12),
        ("三十五", 35),
        ("百", 100),
        ("二〇二三", 2023),
        ("二○二三", 2023),
        ("5", 5),
        ("1.5", None),
        ("三分之一", None),
        ("百分之五", None),
        ("", None),
        ("年", None),
    ],
)
def test_whole_number(text: str, value: int | None) -> None:
    assert whole_number(text) == value


def test_thresholds_read_through_numerals() -> None:
    assert threshold_of("10亿元以上制造业项目") == (Fraction(10**9), "\0制造业项目")
    assert threshold_of("亿元以上项目") == (Fraction(10**8), "\0项目")
    assert threshold_of("百亿元以上企业") == (Fraction(10**10), "\0企业")
    assert threshold_of("五千万元以上项目") == (Fraction(5 * 10**7), "\0项目")
    assert threshold_of("二十亿元以上项目") == (Fraction(2 * 10**9), "\0项目")
