"""Score extracted targets against hand-checked gold annotations (抽取评测).

A predicted target **matches** a gold target when its value(s) and unit are the
same (units compared after simplified normalisation; a value/unit pair equals
another that denotes the same canonical quantity, so 2.5 万台 = 25000 台) and
their spans overlap. Matching is one-to-one and of maximum size: pairs are first
taken greedily by largest overlap, then augmenting paths re-pair them wherever that
matches more targets (a gold span covering two predicted conjuncts must not take the
one another gold target can only match).
Among the matches we count the accuracy of kind, comparator, deadline year and
lead units (set equality of lead names as written, or of resolved department
ids when both sides resolve).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import lru_cache
from pathlib import Path
from typing import Any

import attrs

from mfgpolicy.errors import MfgPolicyError, UnitError, ValidationError
from mfgpolicy.model import DepartmentCatalog, PolicyDocument, Target
from mfgpolicy.model._common import Number
from mfgpolicy.text import to_simplified
from mfgpolicy.units import canonical_unit, convert, parse_unit, ureg

__all__ = ["GoldTarget", "Scores", "combine", "evaluate", "load_gold", "render_table", "score"]


@attrs.frozen
class GoldTarget:
    """The fields of a gold target that scoring reads."""

    id: str
    value: Number | None
    value_high: Number | None
    unit: str | None
    start: int
    end: int
    kind: str
    comparator: str
    deadline_year: int | None
    lead: tuple[str, ...]
    text: str = ""


@attrs.frozen
class Scores:
    """Counts and rates for one document (or the sum over several)."""

    document: str
    gold: int
    predicted: int
    matched: int
    kind: int
    comparator: int
    deadline: int
    lead: int
    missed: tuple[str, ...] = ()
    spurious: tuple[str, ...] = ()
    wrong: tuple[str, ...] = ()

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def _acc(self, n: int) -> float:
        return n / self.matched if self.matched else 1.0

    @property
    def kind_accuracy(self) -> float:
        return self._acc(self.kind)

    @property
    def comparator_accuracy(self) -> float:
        return self._acc(self.comparator)

    @property
    def deadline_accuracy(self) -> float:
        return self._acc(self.deadline)

    @property
    def lead_accuracy(self) -> float:
        return self._acc(self.lead)


def _number(s: object) -> Number | None:
    if s is None:
        return None
    text = str(s).strip()
    try:
        if "/" in text:
            return Fraction(text)
        return Decimal(text)
    except (InvalidOperation, ValueError, ZeroDivisionError):
        return None


def load_gold(path: str | Path) -> tuple[str, list[GoldTarget]]:
    """Read a gold file: ``(document file name, targets)``."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for t in data.get("targets", []):
        deadline = t.get("deadline")
        out.append(
            GoldTarget(
                id=str(t.get("id")),
                value=_number(t.get("value")),
                value_high=_number(t.get("value_high")),
                unit=t.get("unit"),
                start=int(t["span"][0]),
                end=int(t["span"][1]),
                kind=str(t.get("kind")),
                comparator=str(t.get("comparator")),
                deadline_year=int(deadline[:4]) if deadline else None,
                lead=tuple(t.get("lead") or ()),
                text=str(t.get("text", "")),
            )
        )
    return str(data.get("document", Path(path).stem)), out


_ALT_MEASURE = re.compile(r"\([^()]{1,3}\)$")


@lru_cache(maxsize=1024)
def _unit_key(unit: str | None) -> tuple[str, Number] | None:
    """(canonical unit, factor) of a unit, or None when unreadable."""
    if unit is None:
        return None
    from mfgpolicy.extract.pipeline import unit_for_model

    u = unit_for_model(to_simplified(unit))
    if u is None:
        return None
    try:
        target = canonical_unit(u)
        factor = convert(ureg.Quantity(Decimal(1), parse_unit(u)), target).magnitude
    except (UnitError, ValidationError, ValueError, TypeError):
        return None
    return target, factor


def _same_quantity(v1: Number | None, u1: str | None, v2: Number | None, u2: str | None) -> bool:
    # Only a None unit is unitless (a value written without a unit: 三分之一).
    if v1 is None or v2 is None:
        return v1 is None and v2 is None and (u1 is None) == (u2 is None)
    if u1 is None or u2 is None:
        return u1 is None and u2 is None and Fraction(v1) == Fraction(v2)
    # 家(个): a measure word with its alternative is the first measure word.
    s1, s2 = (_ALT_MEASURE.sub("", to_simplified(u)) for u in (u1, u2))
    if s1 == s2:
        return Fraction(v1) == Fraction(v2)
    k1, k2 = _unit_key(s1), _unit_key(s2)
    if k1 is None or k2 is None or k1[0] != k2[0]:
        return False
    return Fraction(v1) * Fraction(k1[1]) == Fraction(v2) * Fraction(k2[1])


def _values_match(p: Target, g: GoldTarget) -> bool:
    if not _same_quantity(p.value, p.unit, g.value, g.unit):
        return False
    if p.value_high is None and g.value_high is None:
        return True
    return _same_quantity(p.value_high, p.unit, g.value_high, g.unit)


@lru_cache(maxsize=1)
def _departments() -> DepartmentCatalog | None:
    try:
        return DepartmentCatalog.default()
    except (MfgPolicyError, OSError):  # pragma: no cover - catalog missing or broken
        return None


@lru_cache(maxsize=4096)
def _dept_id(name: str) -> str | None:
    cat = _departments()
    if cat is None:
        return None
    try:
        return cat.resolve(name).department_id
    except ValidationError:  # an empty name
        return None


def _lead_match(p: Target, g: GoldTarget) -> bool:
    written = {to_simplified(u.as_written) for u in p.responsibility.lead}
    gold = {to_simplified(x) for x in g.lead}
    if written == gold:
        return True
    pid = {u.id or _dept_id(u.as_written) for u in p.responsibility.lead}
    gid = {_dept_id(x) for x in gold}
    return None not in pid and None not in gid and pid == gid


def _describe(t: Target | GoldTarget) -> str:
    if isinstance(t, Target):
        return f"{t.id} [{t.span.start},{t.span.end}) {t.value} {t.unit} {t.text!r}"
    return f"{t.id} [{t.start},{t.end}) {t.value} {t.unit} {t.text!r}"


def score(pred: PolicyDocument, gold: Sequence[GoldTarget], *, document: str = "") -> Scores:
    """Score one extracted document against its gold targets."""
    pairs: list[tuple[int, int, int]] = []
    preds = list(pred.targets)
    for gi, g in enumerate(gold):
        for pi, p in enumerate(preds):
            overlap = min(p.span.end, g.end) - max(p.span.start, g.start)
            if overlap > 0 and _values_match(p, g):
                pairs.append((overlap, gi, pi))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    g_of_p: dict[int, int] = {}
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g_of_p[pi] = gi
    adj: dict[int, list[int]] = {}
    for _, gi, pi in pairs:  # by overlap, largest first
        adj.setdefault(gi, []).append(pi)

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in adj.get(gi, ()):
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in g_of_p or augment(g_of_p[pi], seen):
                g_of_p[pi] = gi
                return True
        return False

    for gi in range(len(gold)):
        if gi not in used_g and gi in adj and augment(gi, set()):
            used_g.add(gi)
    used_p = set(g_of_p)
    matches = [(gold[gi], preds[pi]) for pi, gi in sorted(g_of_p.items(), key=lambda x: x[1])]
    kind = comparator = deadline = lead = 0
    wrong: list[str] = []
    for g, p in matches:
        ok_k = p.kind.value == g.kind
        ok_c = p.comparator.value == g.comparator
        ok_d = (p.deadline.year if p.deadline else None) == g.deadline_year
        ok_l = _lead_match(p, g)
        kind += ok_k
        comparator += ok_c
        deadline += ok_d
        lead += ok_l
        if not (ok_k and ok_c and ok_d and ok_l):
            bad = []
            if not ok_k:
                bad.append(f"kind {p.kind.value}≠{g.kind}")
            if not ok_c:
                bad.append(f"cmp {p.comparator.value}≠{g.comparator}")
            if not ok_d:
                bad.append(f"year {p.deadline.year if p.deadline else None}≠{g.deadline_year}")
            if not ok_l:
                bad.append(f"lead {[u.as_written for u in p.responsibility.lead]}≠{list(g.lead)}")
            wrong.append(f"{_describe(g)}: {'; '.join(bad)}")
    return Scores(
        document=document or (pred.source or pred.id),
        gold=len(gold),
        predicted=len(preds),
        matched=len(matches),
        kind=kind,
        comparator=comparator,
        deadline=deadline,
        lead=lead,
        missed=tuple(_describe(g) for i, g in enumerate(gold) if i not in used_g),
        spurious=tuple(_describe(p) for i, p in enumerate(preds) if i not in used_p),
        wrong=tuple(wrong),
    )


def evaluate(pred: PolicyDocument, gold_path: str | Path) -> Scores:
    """Score an extracted document against the gold file at ``gold_path``."""
    name, gold = load_gold(gold_path)
    return score(pred, gold, document=name)


def combine(scores: Iterable[Scores], *, document: str = "overall") -> Scores:
    """Micro-averaged sum of several documents' scores."""
    items = list(scores)
    return Scores(
        document=document,
        gold=sum(s.gold for s in items),
        predicted=sum(s.predicted for s in items),
        matched=sum(s.matched for s in items),
        kind=sum(s.kind for s in items),
        comparator=sum(s.comparator for s in items),
        deadline=sum(s.deadline for s in items),
        lead=sum(s.lead for s in items),
        missed=tuple(m for s in items for m in s.missed),
        spurious=tuple(m for s in items for m in s.spurious),
        wrong=tuple(m for s in items for m in s.wrong),
    )


_COLUMNS = ("document", "gold", "pred", "match", "P", "R", "F1", "kind", "cmp", "year", "lead")


def _row(s: Scores) -> list[str]:
    return [
        s.document,
        str(s.gold),
        str(s.predicted),
        str(s.matched),
        f"{s.precision:.3f}",
        f"{s.recall:.3f}",
        f"{s.f1:.3f}",
        f"{s.kind_accuracy:.3f}",
        f"{s.comparator_accuracy:.3f}",
        f"{s.deadline_accuracy:.3f}",
        f"{s.lead_accuracy:.3f}",
    ]


def render_table(scores: Sequence[Scores], *, overall: bool = True) -> str:
    """A plain-text table, one row per document plus the overall row."""
    rows = [list(_COLUMNS)] + [_row(s) for s in scores]
    if overall and len(scores) > 1:
        rows.append(_row(combine(scores)))
    widths = [max(_width(r[i]) for r in rows) for i in range(len(_COLUMNS))]
    lines = []
    for n, r in enumerate(rows):
        cells = [
            c + " " * (widths[i] - _width(c)) if i == 0 else " " * (widths[i] - _width(c)) + c
            for i, c in enumerate(r)
        ]
        lines.append("  ".join(cells))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _width(s: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)


def _as_any(x: Any) -> Any:  # pragma: no cover - keeps mypy quiet about re-exports
    return x
