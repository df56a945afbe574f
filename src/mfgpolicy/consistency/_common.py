"""Shared machinery of the rules: the check context, indicator keys, exact bounds.

Nothing here makes a finding; the rules in :mod:`._rules` do.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from fractions import Fraction
from typing import Final

import attrs

from mfgpolicy.errors import UnitError
from mfgpolicy.model import (
    Aggregation,
    Direction,
    Gazetteer,
    Indicator,
    IndicatorCatalog,
    PolicyDocument,
    Target,
    TargetKind,
)
from mfgpolicy.model.indicator import normalize_phrase
from mfgpolicy.units import canonical_unit, conversion_factor, dimensionality_of

__all__ = [
    "CheckContext",
    "Located",
    "bounds",
    "comparable_factor",
    "deadline_year",
    "phrase_key",
]

#: Kinds that carry a number of their own.
VALUED: Final = frozenset(
    {
        TargetKind.LEVEL,
        TargetKind.INCREMENT,
        TargetKind.CUMULATIVE,
        TargetKind.GROWTH_RATE,
        TargetKind.REDUCTION,
        TargetKind.MULTIPLE,
    }
)
#: Kinds that state a stock at a date (存量): 达到 and 累计达到 compare with each other.
STOCK_KINDS: Final = frozenset({TargetKind.LEVEL, TargetKind.CUMULATIVE})
#: Kinds that are rates or multiples: never summed across jurisdictions.
RATE_KINDS: Final = frozenset({TargetKind.GROWTH_RATE, TargetKind.REDUCTION, TargetKind.MULTIPLE})

# Wording that does not change what is counted: brackets, separators, 的, and the
# two spellings of an average growth rate (年均增长 / 年均增速).
_KEY_DROP: Final = re.compile(r"[()（）/、,，·\-—–_]|的")
_KEY_SYNONYMS: Final = (("年均增长", "年均增速"), ("增长率", "增速"), ("全部工业", "工业"))
_KEY_LEADING: Final = re.compile(r"^(?:全部|全区|全市|全县)(?=..)")


def phrase_key(phrase: str) -> str:
    """The normalised indicator phrase used to find the same indicator (指标短语键).

    :func:`mfgpolicy.model.indicator.normalize_phrase` (script, quotes, 规模以上 →
    规上, leading 全市/新增 …), then brackets, separators and 的 removed and
    年均增长 read as 年均增速, so that "数字化车间(智能工厂)试点项目" and
    "数字化车间/智能工厂试点项目" have one key.
    """
    key = normalize_phrase(phrase)
    key = _KEY_DROP.sub("", key)
    for old, new in _KEY_SYNONYMS:
        key = key.replace(old, new)
    return _KEY_LEADING.sub("", key)


def deadline_year(t: Target) -> int | None:
    """The year of the target's deadline, or ``None``."""
    return t.deadline.year if t.deadline is not None else None


# --- units ---------------------------------------------------------------------------------


def _dims(unit: str) -> dict[str, Fraction]:
    return {k: Fraction(v) for k, v in dict(dimensionality_of(unit).items()).items() if v}


_NON_COUNT: Final = frozenset(
    {
        "[currency_cny]",
        "[currency_usd]",
        "[mass]",
        "[length]",
        "[time]",
        "[percentage_point]",
        "[multiple]",
        "[boiler_capacity]",
    }
)


def is_count(unit: str) -> bool:
    """Whether ``unit`` counts things (家, 个, 项, 台, 万台 …): one count dimension."""
    try:
        dims = _dims(unit)
    except UnitError:
        return False
    return len(dims) == 1 and next(iter(dims.values())) == 1 and next(iter(dims)) not in _NON_COUNT


def comparable_factor(
    unit_a: str, unit_b: str, *, classifiers_agree: bool = False
) -> Fraction | None:
    """The exact factor that turns a value in ``unit_a`` into ``unit_b``, or ``None``.

    Args:
        unit_a: the unit of the first value.
        unit_b: the unit of the second value.
        classifiers_agree: read two counts with different classifiers (量词: 家 vs 个)
            as counts of the same thing; right only when the targets are known to
            count one thing (a restatement, a part of a whole).

    Returns:
        The factor, or ``None`` when the dimensions differ (万元/人 vs 亿元).
    """
    try:
        return conversion_factor(unit_a, unit_b)
    except UnitError:
        pass
    if classifiers_agree and is_count(unit_a) and is_count(unit_b):
        try:
            return conversion_factor(unit_a, canonical_unit(unit_a)) / conversion_factor(
                unit_b, canonical_unit(unit_b)
            )
        except UnitError:  # pragma: no cover - canonical units always convert
            return None
    return None


def differ_by_year(unit_a: str, unit_b: str) -> bool:
    """Whether ``unit_b`` is ``unit_a`` per year (万元/人 vs 万元/人·年), or the reverse."""
    try:
        a, b = _dims(unit_a), _dims(unit_b)
    except UnitError:
        return False
    for x, y in ((a, b), (b, a)):
        z = dict(x)
        z["[time]"] = z.get("[time]", Fraction(0)) - 1
        if {k: v for k, v in z.items() if v} == y:
            return True
    return False


def bounds(t: Target) -> tuple[Fraction, Fraction] | None:
    """The stated value of ``t`` as an exact interval in its unit (``2-3家`` → (2, 3))."""
    if t.value is None:
        return None
    low = Fraction(t.value)
    high = Fraction(t.value_high) if t.value_high is not None else low
    return low, high


# --- context -------------------------------------------------------------------------------


@attrs.frozen
class Located:
    """A target with its document and its resolved catalog entry (if any)."""

    doc: PolicyDocument
    target: Target
    indicator: Indicator | None

    @property
    def key(self) -> str:
        """The phrase key of the target's indicator."""
        return phrase_key(self.target.indicator)


@attrs.frozen
class CheckContext:
    """What every rule sees (检查上下文): the documents and the catalogs.

    Attributes:
        documents: the documents to check, in the order given.
        gazetteer: the jurisdiction gazetteer (行政区划名录), for parents and children.
        catalog: the indicator catalog (指标目录), or ``None`` to match by phrase only.
    """

    documents: tuple[PolicyDocument, ...]
    gazetteer: Gazetteer
    catalog: IndicatorCatalog | None
    _links: dict[str, Indicator | None] = attrs.field(factory=dict, eq=False, repr=False)

    def indicator(self, t: Target) -> Indicator | None:
        """The catalog entry of ``t``: its ``indicator_id``, else the phrase linked."""
        if self.catalog is None:
            return None
        if t.indicator_id is not None:
            return self.catalog.get(t.indicator_id)
        if t.indicator not in self._links:
            self._links[t.indicator] = self.catalog.link(t.indicator)
        return self._links[t.indicator]

    def indicator_id(self, t: Target) -> str | None:
        """The catalog id of ``t`` (as extracted, else as linked), or ``None``."""
        if t.indicator_id is not None:
            return t.indicator_id
        ind = self.indicator(t)
        return ind.id if ind is not None else None

    def located(self, doc: PolicyDocument) -> Iterator[Located]:
        """The targets of ``doc`` with their catalog entries."""
        for t in doc.targets:
            yield Located(doc, t, self.indicator(t))

    def same_indicator(self, a: Located, b: Located) -> bool:
        """Whether two targets measure the same thing (同一指标).

        The same phrase key; or the same specific catalog id (:meth:`specific_id`) with
        the same qualifiers around the longest catalog wording both phrases contain.
        Catalog aliases may carry qualifiers (市级企业技术中心), so the wording is the one
        common to both: 市级企业技术中心 and 省级企业技术中心 share 企业技术中心 and differ
        in 市级/省级; 市长质量奖企业 and 省政府质量奖企业 both link to one entry but differ.
        """
        if a.key == b.key:
            return True
        sid = self.specific_id(a)
        if sid is None or sid != self.specific_id(b) or a.indicator is None:
            return False
        best = ""
        for wording in a.indicator.wordings:
            w = phrase_key(wording)
            if w and w in a.key and w in b.key and len(w) > len(best):
                best = w
        if not best:
            return False
        return a.key.replace(best, "\0", 1) == b.key.replace(best, "\0", 1)

    def specific_id(self, loc: Located) -> str | None:
        """The catalog id when it names one thing, ``None`` for a family entry.

        Family entries (``patterns``: revenue bands, investment bands) gather many
        different things under one id, so the id alone never matches two targets.
        """
        if loc.indicator is None or loc.indicator.patterns:
            return None
        return loc.indicator.id

    def aggregation(self, loc: Located) -> Aggregation:
        """Whether the indicator adds up across jurisdictions (可加性).

        The catalog says so; otherwise rates and multiples never add, and an
        amount or a count (亿元, 家) adds while a ratio or a per-unit value does not.
        """
        if loc.target.kind in RATE_KINDS:
            return Aggregation.NONE
        if loc.indicator is not None:
            return loc.indicator.aggregation
        unit = loc.target.unit
        if unit is None:
            return Aggregation.NONE
        try:
            dims = _dims(unit)
        except UnitError:
            return Aggregation.NONE
        if len(dims) == 1 and next(iter(dims.values())) == 1:
            return Aggregation.SUM if next(iter(dims)) != "[percentage_point]" else Aggregation.NONE
        return Aggregation.NONE

    def direction(self, loc: Located) -> Direction | None:
        """Which way is more demanding: the catalog's direction; a reduction or a rate of
        growth is more demanding when higher; ``None`` when unknown."""
        if loc.target.kind is TargetKind.REDUCTION:
            return Direction.HIGHER
        if loc.indicator is not None:
            return loc.indicator.direction
        if loc.target.kind in (TargetKind.GROWTH_RATE, TargetKind.INCREMENT, TargetKind.MULTIPLE):
            return Direction.HIGHER
        return None


def period(doc: PolicyDocument, t: Target) -> tuple[dt.date, dt.date] | None:
    """The period a target measures: ``period_start`` (else the plan's start) to deadline."""
    if t.deadline is None:
        return None
    start = t.period_start or doc.horizon_start
    if start is None or start >= t.deadline:
        start = dt.date(t.deadline.year, 1, 1)
    return start, t.deadline


def years_in(start: dt.date, end: dt.date) -> int:
    """Whole calendar years from ``start`` to ``end`` inclusive (2021-01-01..2023-12-31 → 3)."""
    return max(1, end.year - start.year + 1)
