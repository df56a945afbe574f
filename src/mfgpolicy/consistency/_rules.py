"""The consistency rules (一致性规则), each a small named function, and THE list of them.

A rule takes the :class:`CheckContext` (the documents, the gazetteer, the catalog)
and yields :class:`Finding` objects. To add a rule, write the function here and add
it to :data:`RULES`; nothing else changes.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from fractions import Fraction
from typing import Final

import attrs

from mfgpolicy.consistency._common import (
    RATE_KINDS,
    STOCK_KINDS,
    VALUED,
    CheckContext,
    Located,
    bounds,
    comparable_factor,
    deadline_year,
    differ_by_year,
    period,
    years_in,
)
from mfgpolicy.consistency._finding import Compared, Finding, fmt_number, target_ref
from mfgpolicy.model import (
    Aggregation,
    Direction,
    Measure,
    Per,
    PolicyDocument,
    Severity,
    Target,
    TargetKind,
)
from mfgpolicy.numerals import whole_number

__all__ = ["RULES", "Rule"]

RuleFunction = Callable[[CheckContext], Iterable[Finding]]


@attrs.frozen
class Rule:
    """A registered rule: its id, what it checks, and the function.

    Attributes:
        id: the rule id, the prefix of the ids of its findings.
        title: one line saying what it checks.
        func: the function from the check context to findings.
    """

    id: str
    title: str
    func: RuleFunction


def _show(t: Target) -> str:
    """A target's value as written: ``2-3家``, ``≥7%``."""
    if t.value is None:
        return "—"
    unit = t.unit or ""
    if t.value_high is not None:
        return f"{fmt_number(t.value)}-{fmt_number(t.value_high)}{unit}"
    sign = {"ge": "≥", "gt": ">", "le": "≤", "lt": "<", "approx": "≈"}.get(t.comparator.value, "")
    return f"{sign}{fmt_number(t.value)}{unit}"


def _finding(  # noqa: PLR0917  (rule, severity, two sentences, targets, values read in order)
    rule: str,
    severity: Severity,
    zh: str,
    en: str,
    locs: Iterable[Located] = (),
    /,
    values: Iterable[Compared] = (),
    *,
    comparable: bool | None = None,
    reason: str | None = None,
) -> Finding:
    return Finding(
        rule=rule,
        severity=severity,
        message_zh=zh,
        message_en=en,
        targets=tuple(
            target_ref(x.doc, x.target, x.indicator.id if x.indicator else None) for x in locs
        ),
        values=tuple(values),
        comparable=comparable,
        reason=reason,
    )


def _kinds_compatible(a: TargetKind, b: TargetKind) -> bool:
    return a is b or (a in STOCK_KINDS and b in STOCK_KINDS)


# =========================================================================================
# 1. Restatements (重复表述): one indicator stated twice in one document.


def _same_indicator(ctx: CheckContext, a: Located, b: Located) -> bool:
    if b.target.restates == a.target.id or a.target.restates == b.target.id:
        return True
    ta, tb = a.target, b.target
    if ta.parent == tb.id or tb.parent == ta.id:
        return False  # a part and its whole
    if ta.per is not tb.per or not _kinds_compatible(ta.kind, tb.kind):
        return False
    if deadline_year(ta) != deadline_year(tb):
        return False
    return ctx.same_indicator(a, b)


def restatements(ctx: CheckContext) -> Iterator[Finding]:
    """Restatement conflict (重复表述不一致): the same target stated twice with other values.

    Two mentions in one document are the same target when the later names the earlier
    in ``restates``, or when they have the same indicator (same normalised phrase, or
    the same specific catalog id with the same qualifiers), compatible kinds, the same
    recurrence and the same deadline year. Values are compared exactly in one unit; a
    comparator difference (≥3 vs 3, 达到 vs 以上) is agreement. Two different values
    (7% vs 8%; 6 vs 10) are a conflict (error); a range and a value or range inside it
    (1-2 vs 1; 2-3 vs 3) is a narrowing (info); equal values give no finding.
    """
    for doc in ctx.documents:
        locs = [
            x for x in ctx.located(doc) if x.target.kind in VALUED and x.target.value is not None
        ]
        by_id = {x.target.id: x for x in locs}
        seen: set[tuple[str, str]] = set()
        for i, b in enumerate(locs):
            firsts = [by_id[b.target.restates]] if b.target.restates in by_id else []
            firsts += [a for a in locs[:i] if a not in firsts and _same_indicator(ctx, a, b)]
            for a in firsts:
                pair = (a.target.id, b.target.id)
                if pair in seen:
                    continue
                seen.add(pair)
                finding = _compare_mentions(a, b)
                if finding is not None:
                    yield finding
                    break  # one finding per later mention: against its nearest first


def _compare_mentions(a: Located, b: Located) -> Finding | None:
    ta, tb = a.target, b.target
    if ta.unit is None or tb.unit is None:
        return None
    factor = comparable_factor(tb.unit, ta.unit, classifiers_agree=True)
    ba, bb = bounds(ta), bounds(tb)
    if factor is None or ba is None or bb is None:
        return None
    lo_b, hi_b = bb[0] * factor, bb[1] * factor
    lo_a, hi_a = ba
    values: tuple[Compared, ...] = (
        Compared("first", ba[0], ta.unit),
        Compared("restated", bb[0], tb.unit),
    )
    if ta.value_high is not None:
        values += (Compared("first_high", ta.value_high, ta.unit),)
    if tb.value_high is not None:
        values += (Compared("restated_high", tb.value_high, tb.unit),)
    where = f"{a.doc.id}"
    if (lo_a, hi_a) == (lo_b, hi_b):
        return None
    if (lo_a <= lo_b and hi_b <= hi_a) or (lo_b <= lo_a and hi_a <= hi_b):
        return _finding(
            "restatement.narrowing",
            Severity.INFO,
            f"“{ta.indicator}”先写{_show(ta)}，后写{_show(tb)}：后者在前者范围之内（收窄）。",
            f"{where}: '{ta.indicator}' is stated as {_show(ta)} and again as {_show(tb)}: "
            "one lies within the other (a narrowing, not a conflict).",
            (a, b),
            values,
            comparable=True,
            reason="range and value within it",
        )
    return _finding(
        "restatement.conflict",
        Severity.ERROR,
        f"同一文件中“{ta.indicator}”先写{_show(ta)}，后写{_show(tb)}，两个目标值不能同时成立。",
        f"{where}: '{ta.indicator}' is stated as {_show(ta)} and again as {_show(tb)}: "
        "two different target values for the same indicator and deadline.",
        (a, b),
        values,
        comparable=True,
        reason="different stated values",
    )


# =========================================================================================
# 2. Deadlines (时限): before issue, in the year of issue, outside the horizon.


def deadlines(ctx: CheckContext) -> Iterator[Finding]:
    """Deadline anomalies (时限异常).

    - a deadline before the document was issued (error);
    - a deadline in the year of issue of a plan whose horizon runs beyond that year
      (到2020年 in a 2020–2022 plan issued 2020-10-26: the year had mostly passed;
      warning);
    - a deadline outside the plan's horizon (warning);
    - a per-year target (每年) whose years run outside the horizon (warning).
    """
    for doc in ctx.documents:
        for loc in ctx.located(doc):
            t = loc.target
            if t.deadline is None:
                continue
            issued = doc.issued
            if issued is not None and t.deadline < issued:
                yield _finding(
                    "deadline.before_issue",
                    Severity.ERROR,
                    f"“{t.indicator}”的时限{t.deadline.isoformat()}早于成文日期{issued.isoformat()}。",
                    f"'{t.indicator}' is due {t.deadline} but the plan was issued {issued}.",
                    (loc,),
                    reason="deadline < issued",
                )
                continue
            if (
                issued is not None
                and t.deadline.year == issued.year
                and doc.horizon_end is not None
                and doc.horizon_end.year > issued.year
            ):
                days = (t.deadline - issued).days
                yield _finding(
                    "deadline.in_issue_year",
                    Severity.WARNING,
                    f"“{t.indicator}”要求到{t.deadline.year}年完成，而文件{issued.isoformat()}才印发"
                    f"（仅剩{days}天），规划期至{doc.horizon_end.year}年，时限可疑。",
                    f"'{t.indicator}' is due by {t.deadline.year}, the year the plan was issued "
                    f"({issued}, {days} days before the deadline) in a plan running to "
                    f"{doc.horizon_end.year}: a stale or mistaken year.",
                    (loc,),
                    (Compared("days_after_issue", Fraction(days), "d"),),
                    reason="deadline year = year of issue",
                )
            lo, hi = doc.horizon_start, doc.horizon_end
            if (hi is not None and t.deadline > hi) or (lo is not None and t.deadline < lo):
                yield _finding(
                    "deadline.outside_horizon",
                    Severity.WARNING,
                    f"“{t.indicator}”的时限{t.deadline.isoformat()}不在规划期{lo}至{hi}之内。",
                    f"'{t.indicator}' is due {t.deadline}, outside the plan period {lo} to {hi}.",
                    (loc,),
                    reason="deadline outside horizon",
                )
            elif (
                t.per is Per.YEAR
                and t.period_start is not None
                and lo is not None
                and t.period_start < lo
            ):
                yield _finding(
                    "deadline.per_year_outside_horizon",
                    Severity.WARNING,
                    f"每年目标“{t.indicator}”自{t.period_start.year}年起，早于规划期起始{lo.year}年。",
                    f"The per-year target '{t.indicator}' starts in {t.period_start.year}, before "
                    f"the plan period starts in {lo.year}.",
                    (loc,),
                    reason="per-year period outside horizon",
                )


# =========================================================================================
# 3. Part and whole (其中): a part larger than its whole; parts summing beyond it.


def _floor(t: Target) -> Fraction | None:
    b = bounds(t)
    return b[0] if b is not None else None


def _ceiling(t: Target) -> Fraction | None:
    b = bounds(t)
    return b[1] if b is not None else None


def parts_and_wholes(ctx: CheckContext) -> Iterator[Finding]:
    """Part exceeds whole (部分大于整体).

    A target whose ``parent`` is another target is a part of it (新增100家优质企业，其中
    上市企业20家). A part whose stated value exceeds the whole's (in one unit, exactly)
    is an error; parts whose values sum beyond the whole are a warning (they exceed it
    if they are disjoint, which the text does not always say). Only parts with the same
    kind, recurrence and a convertible unit are compared (counts with different
    classifiers, 家 and 个, count one thing here).
    """
    for doc in ctx.documents:
        locs = {x.target.id: x for x in ctx.located(doc)}
        children: dict[str, list[tuple[Located, Fraction]]] = {}
        for loc in locs.values():
            t = loc.target
            whole = locs.get(t.parent) if t.parent is not None else None
            if whole is None or t.unit is None or whole.target.unit is None:
                continue
            w = whole.target
            if t.kind is not w.kind or t.per is not w.per:
                continue
            factor = comparable_factor(t.unit, w.unit, classifiers_agree=True)  # type: ignore[arg-type]
            part_low, whole_high = _floor(t), _ceiling(w)
            if factor is None or part_low is None or whole_high is None:
                continue
            part_in_whole = part_low * factor
            children.setdefault(w.id, []).append((loc, part_in_whole))
            if part_in_whole > whole_high:
                yield _finding(
                    "part_whole.part_exceeds",
                    Severity.ERROR,
                    f"部分“{t.indicator}”{_show(t)}大于整体“{w.indicator}”{_show(w)}。",
                    f"The part '{t.indicator}' ({_show(t)}) exceeds its whole "
                    f"'{w.indicator}' ({_show(w)}).",
                    (whole, loc),
                    (
                        Compared("part", part_in_whole, w.unit),
                        Compared("whole", whole_high, w.unit),
                    ),
                    comparable=True,
                )
        for wid, parts in children.items():
            if len(parts) < 2:
                continue
            whole = locs[wid]
            total = sum((p for _, p in parts), Fraction(0))
            whole_high = _ceiling(whole.target)
            if whole_high is not None and total > whole_high:
                w = whole.target
                yield _finding(
                    "part_whole.parts_exceed",
                    Severity.WARNING,
                    f"“{w.indicator}”的{len(parts)}个组成部分合计{fmt_number(total)}{w.unit}，"
                    f"超过整体{_show(w)}（若各部分互不重叠）。",
                    f"The {len(parts)} parts of '{w.indicator}' sum to "
                    f"{fmt_number(total)}{w.unit}, "
                    f"beyond the whole ({_show(w)}) if they are disjoint.",
                    (whole, *(p for p, _ in parts)),
                    (
                        Compared("sum_of_parts", total, w.unit),
                        Compared("whole", whole_high, w.unit),
                    ),
                    comparable=True,
                    reason="parts assumed disjoint",
                )


# =========================================================================================
# 4. Nested thresholds (门槛嵌套): ≥10亿元 projects are among ≥1亿元 projects.

_THRESHOLD_RE: Final = re.compile(
    r"(?P<num>\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)?(?P<mult>万|亿)元?(?:及)?以上"
)


def threshold_of(key: str) -> tuple[Fraction, str] | None:
    """The qualifier threshold in a phrase key and the phrase without it.

    ``10亿元以上制造业项目`` → (10⁹, ``"\\0制造业项目"``); ``亿元以上项目`` → (10⁸, …).
    ``None`` when the phrase has no "N万/亿元以上" qualifier (or more than one).
    """
    matches = list(_THRESHOLD_RE.finditer(key))
    if len(matches) != 1:
        return None
    m = matches[0]
    written = m.group("num") or ""
    if written and written[0].isdigit():
        num = Fraction(written)
    elif (n := whole_number(written or "一")) is not None:
        num = Fraction(n)
    else:
        return None
    scale = 10**4 if m.group("mult") == "万" else 10**8
    rest = key[: m.start()] + "\0" + key[m.end() :]
    return num * scale, rest


def nested_thresholds(ctx: CheckContext) -> Iterator[Finding]:
    """Nested thresholds (门槛嵌套矛盾).

    Things above a higher threshold are a subset of those above a lower one: every
    10亿元以上项目 is a 亿元以上项目. Within one document, two targets whose phrases
    differ only in an "N亿元以上" qualifier, with the same kind, recurrence, deadline
    year and a convertible unit, contradict when the target for the higher threshold
    exceeds the one for the lower (warning; error when the lower one is an upper
    bound or an exact number: eq, le, lt, approx, between).
    """
    for doc in ctx.documents:
        cands: list[tuple[Located, Fraction, str]] = []
        for loc in ctx.located(doc):
            th = threshold_of(loc.key)
            if th is not None and loc.target.value is not None and loc.target.unit is not None:
                cands.append((loc, th[0], th[1]))
        for (a, ta_th, rest_a), (b, tb_th, rest_b) in itertools.combinations(cands, 2):
            if rest_a != rest_b or ta_th == tb_th:
                continue
            high, low = (a, b) if ta_th > tb_th else (b, a)
            th_, tl = high.target, low.target
            if th_.kind is not tl.kind or th_.per is not tl.per:
                continue
            if deadline_year(th_) != deadline_year(tl):
                continue
            factor = comparable_factor(th_.unit, tl.unit, classifiers_agree=True)  # type: ignore[arg-type]
            hi_floor, lo_ceiling = _floor(th_), _ceiling(tl)
            if factor is None or hi_floor is None or lo_ceiling is None:
                continue
            if hi_floor * factor <= lo_ceiling:
                continue
            bounded = tl.comparator.value in {"eq", "le", "lt", "approx", "between"}
            yield _finding(
                "nested_threshold.contradiction",
                Severity.ERROR if bounded else Severity.WARNING,
                f"门槛更高的“{th_.indicator}”目标{_show(th_)}多于门槛更低的"
                f"“{tl.indicator}”目标{_show(tl)}，而前者是后者的一部分。",
                f"'{th_.indicator}' ({_show(th_)}) is a subset of '{tl.indicator}' "
                f"({_show(tl)}) yet has the larger target.",
                (high, low),
                (
                    Compared("higher_threshold_target", hi_floor * factor, tl.unit),
                    Compared("lower_threshold_target", lo_ceiling, tl.unit),
                ),
                comparable=True,
            )


# =========================================================================================
# 5. Cross-level (上下级): a child jurisdiction's targets against its parent's.


def _pairable(ctx: CheckContext, doc: PolicyDocument) -> dict[str, list[Located]]:
    """Targets of ``doc`` by specific catalog id, first mentions only."""
    out: dict[str, list[Located]] = {}
    for loc in ctx.located(doc):
        sid = ctx.specific_id(loc)
        if sid is None or loc.target.restates is not None or loc.target.parent is not None:
            continue
        out.setdefault(sid, []).append(loc)
    return out


@attrs.frozen
class _Comparison:
    comparable: bool
    reason_zh: str
    reason_en: str
    parent_value: Fraction | None = None
    child_value: Fraction | None = None
    unit: str | None = None


def _yes(zh: str, en: str, vp: Fraction, vc: Fraction, unit: str | None) -> _Comparison:
    return _Comparison(
        comparable=True, reason_zh=zh, reason_en=en, parent_value=vp, child_value=vc, unit=unit
    )


def _not(zh: str, en: str) -> _Comparison:
    return _Comparison(comparable=False, reason_zh=zh, reason_en=en)


def _years(p: tuple[dt.date, dt.date]) -> str:
    return f"{p[0].year}–{p[1].year}"


def compare_targets(pa: Located, ch: Located) -> _Comparison:
    """Whether two targets of one indicator in two plans compare, and their values.

    Both values are brought to ``pa``'s unit exactly; increments over different but
    overlapping periods are compared per year (annualised), and the reason says so.
    """
    tp, tc = pa.target, ch.target
    if tp.value is None or tc.value is None or tp.unit is None or tc.unit is None:
        return _not("至少一方没有数值目标（定性或对标）", "one side has no numeric target")
    if not _kinds_compatible(tp.kind, tc.kind):
        k = f"{tp.kind.value} vs {tc.kind.value}"
        return _not(f"目标类型不同（{k}）", f"kinds differ ({k})")
    factor = comparable_factor(tc.unit, tp.unit)
    if factor is None:
        u = f"{tp.unit} vs {tc.unit}"
        return _not(f"单位量纲不同（{u}）", f"units of different dimensions ({u})")
    pp, pc = period(pa.doc, tp), period(ch.doc, tc)
    if pp is None or pc is None:
        return _not("缺少时限", "a deadline is missing")
    both = f"{_years(pp)} vs {_years(pc)}"
    if pp[1] < pc[0] or pc[1] < pp[0]:
        return _not(f"时期不重叠（{both}）", f"periods do not overlap ({both})")
    vp, vc = Fraction(tp.value), Fraction(tc.value) * factor
    if tp.kind in STOCK_KINDS or tp.kind is TargetKind.MULTIPLE:
        if pp[1].year != pc[1].year:
            at = f"end of {pp[1].year} vs end of {pc[1].year}"
            return _not(f"存量目标的时点不同（{at}）", f"levels at different dates ({at})")
        return _yes("同一时点的目标值", "levels at the same date", vp, vc, tp.unit)
    if tp.kind in RATE_KINDS:
        if _years(pp) == _years(pc):
            zh, en = "同期年均速度", "average annual rates over the same period"
        else:
            zh = f"年均速度，时期部分重叠（{both}）"
            en = f"average annual rates over overlapping periods ({both})"
        return _yes(zh, en, vp, vc, tp.unit)
    if tp.per is None and tc.per is None and _years(pp) == _years(pc):
        return _yes("同期新增量", "increments over the same period", vp, vc, tp.unit)
    ap = vp if tp.per is Per.YEAR else vp / years_in(*pp)
    ac = vc if tc.per is Per.YEAR else vc / years_in(*pc)
    zh = f"时期不同，按年均新增量比较（{both}）"
    en = f"periods differ: compared as increments per year ({both})"
    return _yes(zh, en, ap, ac, f"{tp.unit}/年")


def cross_level(ctx: CheckContext) -> Iterator[Finding]:
    """Cross-level comparison (上下级目标比较, 层层加码).

    For each document whose jurisdiction's parent (in the gazetteer) governs another
    document, every indicator both state (same specific catalog id) gets one info
    finding saying whether the two targets compare and why. When they compare:

    - additive indicators (总量, counts): the children's targets are summed and set
      against the parent's, flagged as partial when not every child jurisdiction has
      a document; a sum beyond the parent's target is escalation (层层加码, warning),
      and a complete sum below it is a shortfall (warning);
    - intensive indicators and rates: the escalation ratio child/parent; above 1 for
      a higher-is-better indicator (below 1 for lower-is-better) is 层层加码 (warning).
    """
    by_key = {d.jurisdiction.key: d for d in ctx.documents if d.jurisdiction is not None}
    for parent_doc in ctx.documents:
        pj = parent_doc.jurisdiction
        if pj is None:
            continue
        child_docs = [
            d
            for d in ctx.documents
            if d.jurisdiction is not None and d.jurisdiction.parent_code == pj.code and pj.code
        ]
        if not child_docs:
            continue
        all_children = ctx.gazetteer.children(pj)
        present = [c for c in all_children if c.key in by_key]
        parent_targets = _pairable(ctx, parent_doc)
        sums: dict[str, list[tuple[Located, Located, _Comparison]]] = {}
        for child_doc in child_docs:
            child_targets = _pairable(ctx, child_doc)
            for iid in sorted(set(parent_targets) & set(child_targets)):
                pa, ch = _best_pair(parent_targets[iid], child_targets[iid])
                cmp = compare_targets(pa, ch)
                cj = child_doc.jurisdiction.name if child_doc.jurisdiction else child_doc.id
                verdict_zh = "可比" if cmp.comparable else "不可比"
                verdict_en = "comparable" if cmp.comparable else "not comparable"
                values: tuple[Compared, ...] = ()
                if cmp.parent_value is not None and cmp.child_value is not None:
                    values = (
                        Compared("parent", cmp.parent_value, cmp.unit),
                        Compared("child", cmp.child_value, cmp.unit),
                    )
                yield _finding(
                    "cross_level.comparability",
                    Severity.INFO,
                    f"指标{iid}：{cj}“{ch.target.indicator}”{_show(ch.target)}与{pj.name}"
                    f"“{pa.target.indicator}”{_show(pa.target)}{verdict_zh}：{cmp.reason_zh}。",
                    f"Indicator {iid}: {cj} '{ch.target.indicator}' ({_show(ch.target)}) and "
                    f"{pj.name} '{pa.target.indicator}' ({_show(pa.target)}) are {verdict_en}: "
                    f"{cmp.reason_en}.",
                    (pa, ch),
                    values,
                    comparable=cmp.comparable,
                    reason=cmp.reason_en,
                )
                if not cmp.comparable:
                    continue
                if (
                    ctx.aggregation(pa) is Aggregation.SUM
                    and ctx.aggregation(ch) is Aggregation.SUM
                ):
                    sums.setdefault(iid, []).append((pa, ch, cmp))
                else:
                    yield from _escalation(ctx, pa, ch, cmp, cj=cj, pj=pj.name)
        for iid, rows in sums.items():
            yield from _sum_vs_parent(iid, rows, len(present), len(all_children), pj.name)


def _best_pair(ps: list[Located], cs: list[Located]) -> tuple[Located, Located]:
    for p in ps:
        for c in cs:
            if _kinds_compatible(p.target.kind, c.target.kind) and p.target.value is not None:
                return p, c
    return ps[0], cs[0]


def _escalation(
    ctx: CheckContext, pa: Located, ch: Located, cmp: _Comparison, *, cj: str, pj: str
) -> Iterator[Finding]:
    if cmp.parent_value is None or cmp.child_value is None or cmp.parent_value == 0:
        return
    ratio = cmp.child_value / cmp.parent_value
    direction = ctx.direction(pa)
    escalates = (direction is Direction.HIGHER and ratio > 1) or (
        direction is Direction.LOWER and ratio < 1
    )
    if not escalates:
        return
    yield _finding(
        "cross_level.escalation",
        Severity.WARNING,
        f"层层加码：{cj}“{ch.target.indicator}”{_show(ch.target)}高于上级{pj}"
        f"“{pa.target.indicator}”{_show(pa.target)}，倍数{fmt_number(ratio)}。",
        f"Escalation (层层加码): {cj} sets '{ch.target.indicator}' at {_show(ch.target)}, "
        f"more demanding than {pj}'s {_show(pa.target)} (ratio {float(ratio):.3g}).",
        (pa, ch),
        (
            Compared("parent", cmp.parent_value, cmp.unit),
            Compared("child", cmp.child_value, cmp.unit),
            Compared("ratio", ratio, None),
        ),
        comparable=True,
        reason=cmp.reason_en,
    )


def _sum_vs_parent(
    iid: str,
    rows: list[tuple[Located, Located, _Comparison]],
    n_present: int,
    n_children: int,
    pj: str,
) -> Iterator[Finding]:
    pa, _, first = rows[0]
    if first.parent_value is None:
        return
    total = sum((c.child_value or Fraction(0) for _, _, c in rows), Fraction(0))
    complete = n_children > 0 and n_present >= n_children
    locs = (pa, *(ch for _, ch, _ in rows))
    values = (
        Compared("parent", first.parent_value, first.unit),
        Compared("sum_of_children", total, first.unit),
        Compared("children_present", Fraction(n_present), None),
        Compared("children_total", Fraction(n_children), None),
    )
    if total > first.parent_value:
        yield _finding(
            "cross_level.sum_exceeds_parent",
            Severity.WARNING,
            f"指标{iid}：下级目标合计{fmt_number(total)}{first.unit}已超过{pj}目标"
            f"{fmt_number(first.parent_value)}{first.unit}（{n_present}/{n_children}个下级有文件），层层加码。",
            f"Indicator {iid}: the children's targets sum to {fmt_number(total)} {first.unit}, "
            f"beyond {pj}'s {fmt_number(first.parent_value)} ({n_present} of {n_children} children "
            "present): escalation (层层加码).",
            locs,
            values,
            comparable=True,
            reason=first.reason_en + ("" if complete else "; partial sum"),
        )
    elif complete and total < first.parent_value:
        yield _finding(
            "cross_level.sum_short_of_parent",
            Severity.WARNING,
            f"指标{iid}：全部下级目标合计{fmt_number(total)}{first.unit}，低于{pj}目标"
            f"{fmt_number(first.parent_value)}{first.unit}。",
            f"Indicator {iid}: all children together commit to {fmt_number(total)} {first.unit}, "
            f"short of {pj}'s {fmt_number(first.parent_value)}.",
            locs,
            values,
            comparable=True,
            reason=first.reason_en,
        )
    elif not complete:
        yield _finding(
            "cross_level.partial_sum",
            Severity.INFO,
            f"指标{iid}：仅{n_present}/{n_children}个下级有文件，合计{fmt_number(total)}{first.unit}，"
            f"不足以判断是否覆盖{pj}目标{fmt_number(first.parent_value)}{first.unit}。",
            f"Indicator {iid}: only {n_present} of {n_children} children have a plan; their sum "
            f"{fmt_number(total)} {first.unit} cannot settle {pj}'s "
            f"{fmt_number(first.parent_value)}.",
            locs,
            values,
            comparable=True,
            reason=first.reason_en + "; partial sum",
        )


# =========================================================================================
# 6. Successive plans (前后两轮规划): backtracking and dropped indicators.


def _order_key(d: PolicyDocument) -> dt.date:
    return d.issued or d.horizon_start or dt.date.min


def successive_plans(ctx: CheckContext) -> Iterator[Finding]:
    """Successive plans of one jurisdiction (前后规划衔接).

    For two plans of the same jurisdiction, the earlier (by issue date, else start
    of horizon) and the later: a target for the same indicator and deadline year that
    the later plan sets lower (higher for lower-is-better) is backtracking (退坡,
    warning); an indicator with a numeric target in the earlier plan that the later
    plan does not mention at all is dropped (info).
    """
    groups: dict[str, list[PolicyDocument]] = {}
    for d in ctx.documents:
        if d.jurisdiction is not None:
            groups.setdefault(d.jurisdiction.key, []).append(d)
    for docs in groups.values():
        docs = sorted(docs, key=_order_key)
        for early, late in itertools.pairwise(docs):
            if _order_key(early) == _order_key(late):
                continue
            yield from _backtracking(ctx, early, late)


def _indicator_keys(ctx: CheckContext, loc: Located) -> set[str]:
    sid = ctx.specific_id(loc)
    return {loc.key} | ({f"id:{sid}"} if sid is not None else set())


def _backtracking(
    ctx: CheckContext, early: PolicyDocument, late: PolicyDocument
) -> Iterator[Finding]:
    late_locs = list(ctx.located(late))
    late_keys = set().union(*(_indicator_keys(ctx, x) for x in late_locs)) if late_locs else set()
    dropped_seen: set[str] = set()
    for e in ctx.located(early):
        te = e.target
        if te.kind not in VALUED or te.restates is not None:
            continue
        keys = _indicator_keys(ctx, e)
        if not keys & late_keys:
            if e.key not in dropped_seen:
                dropped_seen.add(e.key)
                yield _finding(
                    "successive.dropped",
                    Severity.INFO,
                    f"前一轮规划的指标“{te.indicator}”在后一轮规划中未再出现。",
                    f"'{te.indicator}' of the earlier plan {early.id} is not in the later "
                    f"plan {late.id}.",
                    (e,),
                )
            continue
        for lt in late_locs:
            tl = lt.target
            if not keys & _indicator_keys(ctx, lt) or tl.restates is not None:
                continue
            if not _kinds_compatible(te.kind, tl.kind) or te.per is not tl.per:
                continue
            if deadline_year(te) != deadline_year(tl) or te.unit is None or tl.unit is None:
                continue
            factor = comparable_factor(tl.unit, te.unit)
            if factor is None or te.value is None or tl.value is None:
                continue
            ve, vl = Fraction(te.value), Fraction(tl.value) * factor
            direction = ctx.direction(e)
            back = (direction is Direction.HIGHER and vl < ve) or (
                direction is Direction.LOWER and vl > ve
            )
            if back:
                yield _finding(
                    "successive.backtracking",
                    Severity.WARNING,
                    f"后一轮规划把{te.deadline.year if te.deadline else ''}年“{te.indicator}”目标从"
                    f"{_show(te)}降为{_show(tl)}（退坡）。",
                    f"The later plan lowers the {te.deadline.year if te.deadline else ''} target "
                    f"'{te.indicator}' from {_show(te)} to {_show(tl)} (backtracking).",
                    (e, lt),
                    (Compared("earlier", ve, te.unit), Compared("later", vl, te.unit)),
                    comparable=True,
                )


# =========================================================================================
# 7. Units (单位与口径): dimension mismatches, percent vs percentage points.

_SHARE_WORDS: Final = ("比重", "占比", "比例", "率")


def units_and_scope(ctx: CheckContext) -> Iterator[Finding]:
    """Unit or dimension mismatch (单位/口径不一致) and percent vs percentage points.

    - one indicator (same specific catalog id, or same phrase) with the same kind in
      several documents, in units of different dimensions (万元/人 vs 亿元: warning;
      万元/人 vs 万元/人·年, the same annual statistic with and without 年: info);
    - a share (比重, 占比, 比例, …率) raised "by N%" (kind increment in %): percent or
      percentage points? (warning); a level stated in 个百分点 (warning).
    """
    all_locs: list[Located] = []
    for doc in ctx.documents:
        for loc in ctx.located(doc):
            t = loc.target
            if t.unit is None:
                continue
            all_locs.append(loc)
            if (
                t.kind is TargetKind.INCREMENT
                and t.unit == "%"
                and any(w in t.indicator for w in _SHARE_WORDS)
            ):
                v = fmt_number(t.value) if t.value is not None else "?"
                yield _finding(
                    "unit.percent_vs_points",
                    Severity.WARNING,
                    f"“{t.indicator}”是比重类指标，“提高{v}%”应是百分点还是百分比？",
                    f"'{t.indicator}' is a share raised by {v}%: percent or percentage points?",
                    (loc,),
                )
            if t.kind in STOCK_KINDS and t.unit in ("个百分点", "百分点"):
                yield _finding(
                    "unit.percent_vs_points",
                    Severity.WARNING,
                    f"“{t.indicator}”是水平目标，单位却是个百分点（应为%）。",
                    f"'{t.indicator}' is a level but its unit is percentage points (expected %).",
                    (loc,),
                )
    reported: set[tuple[str, str]] = set()
    for a, b in itertools.combinations(all_locs, 2):
        ta, tb = a.target, b.target
        if a.doc.id == b.doc.id or ta.kind is not tb.kind or ta.unit is None or tb.unit is None:
            continue
        if comparable_factor(ta.unit, tb.unit, classifiers_agree=True) is not None:
            continue
        pair = (a.doc.id + a.key, b.doc.id + b.key)
        if pair in reported or not ctx.same_indicator(a, b):
            continue
        reported.add(pair)
        annual = differ_by_year(ta.unit, tb.unit)
        zh_tail = (
            "（同一年度统计，一个写明“年”一个未写）。" if annual else "，量纲不同，口径不一致。"
        )
        en_tail = (
            " (the same annual statistic, with and without 'per year')."
            if annual
            else ": different dimensions (口径)."
        )
        yield _finding(
            "unit.dimension_mismatch",
            Severity.INFO if annual else Severity.WARNING,
            f"同一指标“{ta.indicator}”在不同文件中单位为{ta.unit}与{tb.unit}" + zh_tail,
            f"The indicator '{ta.indicator}' is in {ta.unit} in one document and {tb.unit} in "
            "another" + en_tail,
            (a, b),
            comparable=annual,
            reason="differ by per-year only" if annual else "different dimensions",
        )


# =========================================================================================
# 8. Responsibility (责任分工): measures without a lead, unknown unit names.


def responsibility(ctx: CheckContext) -> Iterator[Finding]:
    """Responsibility gaps (责任缺位).

    - a measure stating targets with no lead unit (牵头单位) on itself or any enclosing
      measure (after 下同 inheritance) — warning;
    - a responsible unit whose name the department alias catalog does not resolve
      (``ResponsibleUnit.id is None``) — info, once per name per document.
    """
    for doc in ctx.documents:
        by_id = {m.id: m for m in doc.measures}
        for m in doc.measures:
            if not m.target_ids:
                continue
            cur: Measure | None = m
            lead = False
            while cur is not None:
                if cur.responsibility.lead:
                    lead = True
                    break
                cur = by_id.get(cur.parent) if cur.parent is not None else None
            if not lead:
                targets = [x for x in ctx.located(doc) if x.target.id in m.target_ids]
                yield _finding(
                    "responsibility.no_lead",
                    Severity.WARNING,
                    f"任务“{m.title[:30]}”（{'.'.join(m.path)}）有{len(m.target_ids)}个目标，但没有牵头单位。",
                    f"Measure {'.'.join(m.path)} '{m.title[:30]}' states {len(m.target_ids)} "
                    "target(s) but names no lead unit.",
                    targets,
                    reason=f"measure {m.id}",
                )
        seen: set[str] = set()
        units = [
            u for m in doc.measures for u in (*m.responsibility.lead, *m.responsibility.support)
        ]
        units += [
            u for t in doc.targets for u in (*t.responsibility.lead, *t.responsibility.support)
        ]
        for u in units:
            if u.id is None and u.as_written not in seen:
                seen.add(u.as_written)
                yield _finding(
                    "responsibility.unresolved_unit",
                    Severity.INFO,
                    f"{doc.id}：责任单位“{u.as_written}”在部门别名目录中找不到。",
                    f"{doc.id}: the responsible unit '{u.as_written}' is not in the "
                    "department alias catalog.",
                    reason=u.as_written,
                )


#: THE list of rules, in the order they run. Adding a rule: write it above, add it here.
RULES: Final[tuple[Rule, ...]] = (
    Rule("restatement", "same target stated twice with different values", restatements),
    Rule("deadline", "deadlines before issue or outside the horizon", deadlines),
    Rule("part_whole", "a part larger than its whole", parts_and_wholes),
    Rule("nested_threshold", "targets on nested sets that contradict", nested_thresholds),
    Rule("cross_level", "a child jurisdiction against its parent", cross_level),
    Rule("successive", "an earlier and a later plan of one jurisdiction", successive_plans),
    Rule("unit", "unit or dimension mismatch for one indicator", units_and_scope),
    Rule("responsibility", "measures without a lead, unresolved unit names", responsibility),
)
