"""Targets survive the damage of copying from web pages and PDFs; nothing crashes."""

from __future__ import annotations

import random
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mfgpolicy.errors import ParseError
from mfgpolicy.extract import extract_document
from mfgpolicy.model import PolicyDocument

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "examples" / "documents").glob("0*.txt"))
TEXTS = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS}


# -- mutations ---------------------------------------------------------------------------


def spaces_in_quantities(text: str) -> str:
    """'5200亿元' → '5200 亿元', '15家' → '15 家' (PDF copy)."""
    return re.sub(r"(\d)(亿|万|家|个|项|台|%)", r"\1 \2", text)


def hard_wrap(text: str, width: int = 31) -> str:
    """Break every long line at a fixed width, as a PDF copy does."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return "\n".join(out)


_FULL = str.maketrans({**{chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}})


def full_width(text: str) -> str:
    """ASCII digits and punctuation → full-width forms."""
    return text.translate(_FULL)


def page_marks(text: str) -> str:
    """A page footer line every 25 lines."""
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines, 1):
        out.append(line)
        if i % 25 == 0:
            out.append(f"— {i // 25} —")
    return "\n".join(out)


def stray_quotes(text: str) -> str:
    """Unbalanced quotation marks at some line ends (web copy)."""
    lines = text.split("\n")
    return "\n".join(line + ("”" if i % 7 == 3 else "") for i, line in enumerate(lines))


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


MUTATIONS: dict[str, Callable[[str], str]] = {
    "spaces_in_quantities": spaces_in_quantities,
    "hard_wrap": hard_wrap,
    "full_width": full_width,
    "page_marks": page_marks,
    "stray_quotes": stray_quotes,
    "crlf": crlf,
}


def _facts(doc: PolicyDocument) -> Counter[tuple[object, ...]]:
    return Counter(
        (str(t.value), str(t.value_high), t.unit, t.kind.value, t.comparator.value)
        for t in doc.targets
    )


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
@pytest.mark.parametrize("stem", sorted(TEXTS))
def test_targets_survive_mutation(stem: str, mutation: str) -> None:
    original = TEXTS[stem]
    mutated = MUTATIONS[mutation](original)
    base = _facts(extract_document(original))
    doc = extract_document(mutated)
    got = _facts(doc)
    kept = sum((base & got).values())
    extra = sum((got - base).values())
    total = sum(base.values())
    assert kept >= 0.9 * total, (mutation, kept, total, base - got)
    assert extra <= 0.05 * total + 1, (mutation, got - base)
    for t in doc.targets:
        assert mutated[t.span.start : t.span.end] == t.text


# -- never crash, never hang -------------------------------------------------------------

_CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF)
_GENRE = st.sampled_from(
    [
        *"0123456789.,,、;;。:：%—-~()（）“”《》\n ",
        *("年", "家", "个", "项", "亿元", "万元", "以上", "左右", "达到", "突破", "新增"),
        *("其中", "每年", "力争", "确保", "全覆盖", "翻番", "到2025年", "零突破", "前10强"),
    ]
)


def _check(text: str) -> None:
    t0 = time.perf_counter()
    try:
        doc = extract_document(text)
    except ParseError:
        return
    assert isinstance(doc, PolicyDocument)
    for t in doc.targets:
        assert 0 <= t.span.start <= t.span.end <= len(text)
    assert time.perf_counter() - t0 < 5


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode(text: str) -> None:
    _check(text)


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.one_of(_GENRE, _CJK), max_size=300).map("".join))
def test_genre_soup(text: str) -> None:
    _check(text)


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None, max_examples=30)
@given(
    st.sampled_from(sorted(TEXTS)),
    st.lists(st.sampled_from(["delete", "duplicate", "shuffle"]), min_size=1, max_size=4),
    st.integers(min_value=0, max_value=2**32 - 1),
)
def test_mutated_seed_lines(stem: str, ops: list[str], seed: int) -> None:
    rng = random.Random(seed)
    lines = TEXTS[stem].split("\n")
    for op in ops:
        if not lines:
            break
        i = rng.randrange(len(lines))
        if op == "delete":
            del lines[i : i + rng.randint(1, 5)]
        elif op == "duplicate":
            lines[i:i] = lines[i : i + rng.randint(1, 5)]
        else:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
    _check("\n".join(lines))


def test_not_a_string_is_a_parse_error() -> None:
    with pytest.raises(ParseError):
        extract_document(b"bytes")  # type: ignore[arg-type]


def test_pathological_inputs_are_fast() -> None:
    for text in (
        "1" * 200_000,
        "1、" * 50_000,
        "新增" + "1家、" * 20_000,
        "“" * 100_000,
        "(" * 50_000 + "牵头单位:市经信局",
        "到2025年," * 20_000,
        "全覆盖," * 20_000,
    ):
        t0 = time.perf_counter()
        _check(text)
        assert time.perf_counter() - t0 < 5, text[:20]
