"""Build a small plan in code, save it as JSON, load it back and print it.

The plan is a two-target excerpt of a prefecture's three-year action plan
(行动方案): a level target for industrial value added (工业增加值达到2800亿元以上)
and an increment target for enterprises (新增国家专精特新“小巨人”企业40家以上),
with its lead and supporting units. Values are exact (Decimal), spans point
into the plan text below, and the JSON written is the ``mfgpolicy/1`` form that
``mfgpolicy extract`` prints (see docs/extraction.md).

Run: ``python examples/build_plan.py``.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from decimal import Decimal
from pathlib import Path

from mfgpolicy import (
    AdminLevel,
    Commitment,
    Comparator,
    DeadlineBasis,
    DocType,
    Gazetteer,
    IndicatorCatalog,
    Jurisdiction,
    Measure,
    PolicyDocument,
    Responsibility,
    ResponsibleUnit,
    Span,
    Target,
    TargetKind,
    year_end,
)
from mfgpolicy.io import dumps, loads

PLAN_TEXT = (
    "一、主要目标\n"
    "到2023年,力争全市工业增加值达到2800亿元以上。\n"
    "二、重点任务\n"
    "(一)培育优质企业。新增国家专精特新“小巨人”企业40家以上。"
    "(责任单位:市经信局、市科技局)\n"
)


def span_of(clause: str) -> Span:
    """The ``[start, end)`` span of ``clause`` in the plan text."""
    start = PLAN_TEXT.index(clause)
    return Span(start, start + len(clause))


def build_plan() -> PolicyDocument:
    """A small plan built from the model classes."""
    # The jurisdiction comes from the shipped gazetteer when it knows it.
    shaoxing = Gazetteer.default().resolve("绍兴市") or Jurisdiction(
        name="绍兴市", code="330600", level=AdminLevel.PREFECTURE, parent_code="330000"
    )
    # The indicator catalog links a phrase to its id (指标目录).
    giants = IndicatorCatalog.default().link("国家专精特新“小巨人”企业")
    value_added_clause = "全市工业增加值达到2800亿元以上"
    giants_clause = "新增国家专精特新“小巨人”企业40家以上"
    responsibility = Responsibility(
        lead=[ResponsibleUnit("市经信局", "市经济和信息化局", "economy_and_information")],
        support=[ResponsibleUnit("市科技局", "市科学技术局", "science_and_technology")],
    )
    targets = [
        Target(
            id="t1",
            indicator="全市工业增加值",
            indicator_id="industrial_value_added",
            kind=TargetKind.LEVEL,
            comparator=Comparator.GE,
            value=Decimal("2800"),
            unit="亿元",
            span=span_of(value_added_clause),
            text=value_added_clause,
            deadline=year_end(2023),
            deadline_basis=DeadlineBasis.STATED,
            period_start=dt.date(2021, 1, 1),
            commitment=Commitment.STRIVE,
        ),
        Target(
            id="t2",
            indicator="国家专精特新“小巨人”企业",
            indicator_id=giants.id if giants is not None else None,
            kind=TargetKind.INCREMENT,
            comparator=Comparator.GE,
            value=Decimal("40"),
            unit="家",
            span=span_of(giants_clause),
            text=giants_clause,
            deadline=year_end(2023),
            deadline_basis=DeadlineBasis.PLAN,
            period_start=dt.date(2021, 1, 1),
            measure="m2",
            responsibility=responsibility,
        ),
    ]
    section = "二、重点任务"
    task = "(一)培育优质企业。"
    measures = [
        Measure(id="m1", path=["二"], title="重点任务", span=span_of(section)),
        Measure(
            id="m2",
            path=["二", "(一)"],
            title="培育优质企业",
            span=Span(PLAN_TEXT.index(task), len(PLAN_TEXT) - 1),
            parent="m1",
            responsibility=responsibility,
            target_ids=["t2"],
        ),
    ]
    return PolicyDocument(
        id="example-plan",
        text_sha256="",
        title="绍兴市制造业企业“长高长壮”行动方案(节选)",
        doc_type=DocType.ACTION_PLAN,
        jurisdiction=shaoxing,
        horizon_start=dt.date(2021, 1, 1),
        horizon_end=dt.date(2023, 12, 31),
        measures=measures,
        targets=targets,
    )


def main() -> None:
    plan = build_plan()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "plan.json"
        path.write_text(dumps(plan), encoding="utf-8")
        size = path.stat().st_size
        loaded = loads(path.read_text(encoding="utf-8"), PolicyDocument)
    if loaded != plan:
        raise SystemExit("the JSON round trip did not give back the same plan")

    where = loaded.jurisdiction.name if loaded.jurisdiction else "?"
    print(f"{loaded.title} ({where}, {loaded.horizon_start} – {loaded.horizon_end})")
    print(f"saved and loaded back {size} bytes of JSON: identical")
    for target in loaded.targets:
        quantity = target.quantity()
        canonical = f" = {quantity[0]} {quantity[1]}" if quantity else ""
        lead = "、".join(target.responsibility.lead_names()) or "-"
        print(
            f"  {target.id} {target.kind.value:<9} {target.indicator} "
            f"{target.comparator.value} {target.value} {target.unit}{canonical} "
            f"by {target.deadline} [{target.commitment.value}] lead: {lead}"
        )
        print(f"     span {target.span.start}-{target.span.end}: {target.span.quote(PLAN_TEXT)}")
    for measure in loaded.measures:
        print(
            f"  measure {measure.id} {'/'.join(measure.path)} {measure.title}: {measure.target_ids}"
        )


if __name__ == "__main__":
    main()
