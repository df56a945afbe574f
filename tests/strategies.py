"""Hypothesis strategies for every model class (one place, as STYLE.md asks).

Strategies build valid objects by construction (validators are richer than
``instance_of``), so ``st.builds`` is used only where the validators allow any
value of the field type.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import attrs
from hypothesis import strategies as st

from mfgpolicy.model import (
    AdminLevel,
    Commitment,
    Comparator,
    DeadlineBasis,
    DocType,
    DocumentWarning,
    Jurisdiction,
    Measure,
    Observation,
    Per,
    PolicyDocument,
    Responsibility,
    ResponsibleUnit,
    Script,
    Severity,
    Span,
    Target,
    TargetKind,
)

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
cjk_text = st.text(CJK, min_size=1, max_size=12)
plain_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30
)
ids = st.from_regex(r"[a-z][a-z0-9_]{0,10}", fullmatch=True)

decimals = st.decimals(
    min_value=Decimal("-1e12"),
    max_value=Decimal("1e12"),
    allow_nan=False,
    allow_infinity=False,
    places=4,
).map(lambda d: d.normalize() if d == d.to_integral_value() else d)
positive_decimals = st.decimals(
    min_value=Decimal("0"),
    max_value=Decimal("1e9"),
    allow_nan=False,
    allow_infinity=False,
    places=3,
)
fractions = st.fractions(min_value=0, max_value=1000, max_denominator=50)
numbers = st.one_of(positive_decimals, fractions)
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31))

# Units from the documents' genre, with a value range that passes Target validation.
UNITS = [
    "亿元",
    "万元",
    "万元/人",
    "万元/亩",
    "家",
    "个",
    "项",
    "台",
    "亿美元",
    "万吨标准煤",
    "倍",
    "万亩",
]


@st.composite
def spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(min_value=0, max_value=100_000))
    return Span(start, start + draw(st.integers(min_value=0, max_value=500)))


responsible_units = st.builds(
    ResponsibleUnit,
    as_written=cjk_text,
    name=cjk_text,
    id=st.none() | ids,
)
responsibilities = st.builds(
    Responsibility,
    lead=st.lists(responsible_units, max_size=2).map(tuple),
    support=st.lists(responsible_units, max_size=3).map(tuple),
    leaders=st.lists(cjk_text, max_size=2).map(tuple),
    accountable=st.lists(cjk_text, max_size=2).map(tuple),
)


@st.composite
def targets(draw: st.DrawFn, target_id: str | None = None) -> Target:
    """A valid target of any kind and comparator."""
    kind = draw(st.sampled_from(TargetKind))
    valueless = kind in (TargetKind.QUALITATIVE, TargetKind.BENCHMARK)
    comparator = draw(st.sampled_from(Comparator))
    unit: str | None
    if valueless and draw(st.booleans()):
        value = value_high = None
        unit = None
        if comparator is Comparator.BETWEEN:
            comparator = Comparator.GE
    else:
        unit = draw(st.sampled_from([*UNITS, "%"]))
        if unit == "%":
            value = draw(st.decimals(min_value=0, max_value=100, places=2))
        else:
            value = draw(numbers)
        value_high = None
        if comparator is Comparator.BETWEEN:
            extra = draw(st.decimals(min_value=0, max_value=50, places=1))
            value_high = value + (Fraction(extra) if isinstance(value, Fraction) else extra)
            if unit == "%" and value_high > 100:
                value_high = Decimal(100)
                value = min(value, value_high)
    start = draw(st.none() | dates)
    deadline = draw(st.none() | dates)
    if start is not None and deadline is not None and deadline <= start:
        deadline = start + dt.timedelta(days=draw(st.integers(1, 4000)))
    return Target(
        id=target_id or draw(ids),
        indicator=draw(cjk_text),
        kind=kind,
        comparator=comparator,
        value=value,
        value_high=value_high,
        unit=unit,
        span=draw(spans()),
        text=draw(plain_text),
        per=draw(st.none() | st.just(Per.YEAR)),
        deadline=deadline,
        deadline_basis=draw(st.sampled_from(DeadlineBasis)),
        period_start=start,
        commitment=draw(st.sampled_from(Commitment)),
        indicator_id=draw(st.none() | ids),
        responsibility=draw(responsibilities),
    )


@st.composite
def jurisdictions(draw: st.DrawFn) -> Jurisdiction:
    """A valid jurisdiction: only a zone may lack a code."""
    level = draw(st.sampled_from(AdminLevel))
    code_st = st.from_regex(r"[1-6]\d{5}", fullmatch=True)
    code = draw(st.none() | code_st) if level is AdminLevel.ZONE else draw(code_st)
    parent = draw(st.none() | code_st.filter(lambda c: c != code))
    return Jurisdiction(
        name=draw(cjk_text),
        code=code,
        level=level,
        parent_code=parent,
        short_name=draw(st.none() | cjk_text),
        aliases=tuple(draw(st.lists(cjk_text, max_size=2))),
    )


document_warnings = st.builds(
    DocumentWarning,
    code=ids,
    message=cjk_text,
    span=st.none() | spans(),
    severity=st.sampled_from(Severity),
)


@st.composite
def documents(draw: st.DrawFn) -> PolicyDocument:
    """A valid document whose parent/restates/measure references are consistent."""
    n = draw(st.integers(min_value=0, max_value=5))
    ts = [draw(targets(target_id=f"t{i + 1}")) for i in range(n)]
    # Link some later targets to earlier ones.
    linked = []
    for i, t in enumerate(ts):
        if i and draw(st.booleans()):
            ref = f"t{draw(st.integers(1, i))}"
            field = draw(st.sampled_from(["parent", "restates"]))
            t = attrs.evolve(t, **{field: ref})
        linked.append(t)
    m = draw(st.integers(min_value=0, max_value=3))
    measures = []
    for j in range(m):
        owned = tuple(t.id for k, t in enumerate(linked) if k % max(m, 1) == j)
        measures.append(
            Measure(
                id=f"m{j + 1}",
                path=(str(j + 1),),
                title=draw(cjk_text),
                span=draw(spans()),
                parent=f"m{j}" if j and draw(st.booleans()) else None,
                responsibility=draw(responsibilities),
                target_ids=owned,
            )
        )
    hs = draw(st.none() | dates)
    he = draw(st.none() | dates)
    if hs is not None and he is not None and he < hs:
        hs, he = he, hs
    return PolicyDocument(
        id=draw(ids),
        text_sha256=draw(st.from_regex(r"[0-9a-f]{64}", fullmatch=True)),
        title=draw(st.none() | cjk_text),
        doc_type=draw(st.sampled_from(DocType)),
        doc_number=draw(st.none() | cjk_text),
        index_number=draw(st.none() | ids),
        issuer=draw(st.none() | cjk_text),
        jurisdiction=draw(st.none() | jurisdictions()),
        other_jurisdictions=tuple(draw(st.lists(jurisdictions(), max_size=1))),
        issued=draw(st.none() | dates),
        published=draw(st.none() | dates),
        effective=draw(st.none() | dates),
        horizon_start=hs,
        horizon_end=he,
        script=draw(st.sampled_from(Script)),
        source=draw(st.none() | plain_text),
        measures=tuple(measures),
        targets=tuple(linked),
        warnings=tuple(draw(st.lists(document_warnings, max_size=2))),
    )


@st.composite
def observations(draw: st.DrawFn) -> Observation:
    date = draw(dates)
    start = draw(st.none() | st.dates(max_value=date, min_value=dt.date(1980, 1, 1)))
    by_target = draw(st.booleans())
    return Observation(
        jurisdiction=draw(cjk_text),
        date=date,
        value=draw(st.one_of(decimals, fractions)),
        unit=draw(st.sampled_from([*UNITS, "%"])),
        period_start=start,
        indicator_id=None if by_target else draw(ids),
        target_id=draw(ids) if by_target else draw(st.none() | ids),
        source=draw(plain_text),
        note=draw(plain_text),
    )


__all__ = [
    "Fraction",
    "dates",
    "decimals",
    "document_warnings",
    "documents",
    "jurisdictions",
    "numbers",
    "observations",
    "responsibilities",
    "responsible_units",
    "spans",
    "targets",
]
