"""Progress assessment demo on two seed plans, with ILLUSTRATIVE observations.

Run: ``.venv/bin/python examples/progress_demo.py``

The targets are built in code from the seed texts (so the demo does not depend
on the extractor):

* seed 000, 绍兴市制造业企业“长高长壮”行动方案 (2021–2023): 工业增加值 2800亿元,
  规上制造业增加值率 23%, 全员劳动生产率 25万元/人, 营业收入利润率 8.0%, and
  counts of enterprises;
* seed 003, 宿州市“2321”行动计划 2023年工作要点: annual targets for 2023.

THE OBSERVATIONS (examples/data/observations_000.csv, observations_003.csv) ARE
ILLUSTRATIVE, invented to show the methods; they are not official statistics.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from mfgpolicy.io.observations import load_observations
from mfgpolicy.model.enums import Commitment, Comparator, TargetKind
from mfgpolicy.model.target import Responsibility, ResponsibleUnit, Span, Target
from mfgpolicy.progress import METHODS, by_department, compare_methods

DATA = Path(__file__).resolve().parent / "data"


def _lead(name: str) -> Responsibility:
    return Responsibility(lead=(ResponsibleUnit(as_written=name, name=name),))


def _t(  # noqa: PLR0917 (a table of targets reads best positionally)
    tid: str,
    indicator: str,
    indicator_id: str,
    kind: TargetKind,
    value: str,
    unit: str,
    *,
    start: dt.date,
    deadline: dt.date,
    comparator: Comparator = Comparator.GE,
    lead: str = "市经信局",
) -> Target:
    return Target(
        id=tid,
        indicator=indicator,
        indicator_id=indicator_id,
        kind=kind,
        comparator=comparator,
        value=Decimal(value),
        unit=unit,
        span=Span(0, 0),
        text=indicator,
        deadline=deadline,
        period_start=start,
        commitment=Commitment.STRIVE,
        responsibility=_lead(lead),
    )


# Target ids and indicator ids are those `mfgpolicy extract` gives for the seed
# texts, so the same observation files work with `mfgpolicy progress` too.


def seed_000() -> list[Target]:
    """绍兴市 targets to 2023 (period 2021-01-01 … 2023-12-31)."""
    s, d = dt.date(2021, 1, 1), dt.date(2023, 12, 31)
    lv, inc, cum = TargetKind.LEVEL, TargetKind.INCREMENT, TargetKind.CUMULATIVE
    kw = {"start": s, "deadline": d}
    return [
        _t("t1", "全市工业增加值", "industrial_value_added", lv, "2800", "亿元", **kw),
        _t(
            "t2",
            "规上制造业增加值率",
            "manufacturing_value_added_rate_above_size",
            lv,
            "23",
            "%",
            **kw,
        ),
        _t(
            "t3",
            "规上制造业全员劳动生产率",
            "manufacturing_labour_productivity_above_size",
            lv,
            "25",
            "万元/人",
            **kw,
        ),
        _t(
            "t4",
            "规上制造业营业收入利润率",
            "manufacturing_profit_margin_above_size",
            lv,
            "8.0",
            "%",
            **kw,
        ),
        _t(
            "t5",
            "年营业收入500亿元以上的领航企业",
            "enterprises_by_revenue_band",
            cum,
            "3",
            "家",
            **kw,
        ),
        _t(
            "t6",
            "年营业收入100亿元以上的头部企业",
            "enterprises_by_revenue_band",
            cum,
            "20",
            "家",
            **kw,
        ),
        _t(
            "t9",
            "国家专精特新“小巨人”企业",
            "national_little_giants",
            inc,
            "40",
            "家",
            lead="市科技局",
            **kw,
        ),
        _t("t15", "境内外上市企业", "listed_companies", inc, "20", "家", lead="市金融办", **kw),
        _t(
            "t16",
            "国家重点高新技术企业",
            "high_tech_enterprises",
            inc,
            "1000",
            "家",
            lead="市科技局",
            **kw,
        ),
    ]


def seed_003() -> list[Target]:
    """宿州市 annual targets for 2023."""
    s, d = dt.date(2023, 1, 1), dt.date(2023, 12, 31)
    lv, inc, gr = TargetKind.LEVEL, TargetKind.INCREMENT, TargetKind.GROWTH_RATE
    eq, approx = Comparator.EQ, Comparator.APPROX
    kw = {"start": s, "deadline": d}
    return [
        _t(
            "t1",
            "国家级专精特新“小巨人”企业",
            "national_little_giants",
            inc,
            "2",
            "家",
            comparator=eq,
            **kw,
        ),
        _t(
            "t3",
            "省级专精特新企业",
            "provincial_specialised_smes",
            inc,
            "15",
            "家",
            comparator=eq,
            **kw,
        ),
        _t(
            "t7",
            "市级企业技术中心",
            "enterprise_technology_centres",
            inc,
            "15",
            "家",
            comparator=eq,
            lead="市科技局",
            **kw,
        ),
        _t("t17", "工业机器人", "industrial_robots", inc, "150", "台", comparator=approx, **kw),
        _t(
            "t40",
            "新登记注册企业",
            "new_registered_enterprises",
            inc,
            "2",
            "万户",
            lead="市市场监管局",
            **kw,
        ),
        _t(
            "t41",
            "规模以上工业企业",
            "above_size_industrial_enterprises",
            inc,
            "150",
            "家",
            comparator=eq,
            **kw,
        ),
        _t("t42", "高新技术企业", "high_tech_enterprises", lv, "400", "家", lead="市科技局", **kw),
        _t(
            "t48",
            "技改投资增长",
            "technical_retrofit_investment",
            gr,
            "18",
            "%",
            comparator=eq,
            **kw,
        ),
        _t("t50", "企业与云资源深度对接", "cloud_enterprises", inc, "300", "家", **kw),
        _t("t52", "省级绿色工厂", "green_factories", inc, "2", "家", comparator=eq, **kw),
    ]


def _pct(value: object) -> str:
    return "—" if value is None else f"{float(value):6.1%}"  # type: ignore[arg-type]


def show(title: str, targets: list[Target], csv_name: str, as_of: dt.date) -> None:
    """Print the assessment of ``targets`` by every method, side by side."""
    loaded = load_observations(DATA / csv_name)
    for problem in loaded.problems:
        print("problem:", problem)
    by_method = compare_methods(targets, loaded.observations, as_of=as_of)
    base = by_method["time_share"]
    print(f"\n== {title}, as of {as_of} (ILLUSTRATIVE observations) ==")
    head = f"{'target':16} {'完成率':>7} {'序时进度':>7} {'差(点)':>7} {'需年均增速':>9}  "
    print(head + "  ".join(f"{m:16}" for m in METHODS))
    for r in base.results:
        gap = "—" if r.gap_points is None else f"{float(r.gap_points):+7.1f}"
        need = "—" if r.required_rate is None else f"{r.required_rate:9.1%}"
        statuses = "  ".join(f"{by_method[m].get(r.target.id).status.value:16}" for m in METHODS)
        print(
            f"{r.target.id:16} {_pct(r.completion):>7} {_pct(r.expected):>7} {gap:>7} "
            f"{need:>9}  {statuses}"
        )
    print("\nby lead department (worst first, time_share):")
    for dep in by_department(base):
        items = ", ".join(f"{r.target.id}={r.status.value}" for r in dep.results)
        print(f"  {dep.department}: {items}")


def main() -> None:
    """Run both demos."""
    show(
        "绍兴市 长高长壮 2021–2023 (seed 000)",
        seed_000(),
        "observations_000.csv",
        dt.date(2023, 6, 30),
    )
    show(
        "宿州市 2321 2023年工作要点 (seed 003)",
        seed_003(),
        "observations_003.csv",
        dt.date(2023, 7, 31),
    )


if __name__ == "__main__":
    main()
