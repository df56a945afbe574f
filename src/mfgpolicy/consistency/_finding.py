"""Findings (检查发现) of the consistency checks and the references they carry."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs

from mfgpolicy.model import Number, PolicyDocument, Severity, Span, Target
from mfgpolicy.units import exact_decimal

__all__ = ["Compared", "Finding", "TargetRef", "target_ref"]


@attrs.frozen
class TargetRef:
    """A target as a finding quotes it (涉及的目标).

    Attributes:
        document: the document id.
        target: the target id within the document.
        indicator: the indicator phrase as written (指标).
        indicator_id: the catalog id, as extracted or as linked, else ``None``.
        kind: the target kind (``level``, ``increment`` …).
        comparator: the comparator (``ge``, ``between`` …).
        value: the value as written (exact), or ``None``.
        value_high: the upper end of a range, or ``None``.
        unit: the unit as written, or ``None``.
        deadline: the deadline, or ``None``.
        span: where the clause is in the original text (原文位置).
        text: the quoted clause (原文).
        jurisdiction: the name of the document's jurisdiction, if known.
    """

    document: str
    target: str
    indicator: str
    indicator_id: str | None
    kind: str
    comparator: str
    value: Number | None
    value_high: Number | None
    unit: str | None
    deadline: dt.date | None
    span: Span
    text: str
    jurisdiction: str | None = None


@attrs.frozen
class Compared:
    """One number a rule compared (比较的数值), exact, in the unit stated.

    Attributes:
        label: what the number is (``"first"``, ``"sum_of_children"``, ``"ratio"`` …).
        value: the exact number.
        unit: its unit (a unit expression, or ``None`` for a pure ratio).
    """

    label: str
    value: Number
    unit: str | None = None


@attrs.frozen
class Finding:
    """One consistency finding (一致性检查发现).

    Attributes:
        rule: the id of the finding (``restatement.conflict``, ``cross_level.escalation`` …);
            the part before the dot is the id of the rule that produced it.
        severity: error, warning or info (严重程度).
        message_zh: one sentence in Chinese.
        message_en: the same sentence in English.
        targets: the targets involved, in the order the message names them.
        values: the numbers compared, exact.
        comparable: for comparison rules, whether the targets could be compared
            (可比性); ``None`` where the question does not arise.
        reason: why they are (not) comparable, or a short English note.
    """

    rule: str
    severity: Severity
    message_zh: str
    message_en: str
    targets: tuple[TargetRef, ...] = ()
    values: tuple[Compared, ...] = ()
    comparable: bool | None = None
    reason: str | None = None

    @property
    def documents(self) -> tuple[str, ...]:
        """The ids of the documents involved, in order of first mention."""
        return tuple(dict.fromkeys(t.document for t in self.targets))


def target_ref(doc: PolicyDocument, t: Target, indicator_id: str | None = None) -> TargetRef:
    """Quote target ``t`` of ``doc`` for a finding."""
    return TargetRef(
        document=doc.id,
        target=t.id,
        indicator=t.indicator,
        indicator_id=t.indicator_id if t.indicator_id is not None else indicator_id,
        kind=t.kind.value,
        comparator=t.comparator.value,
        value=t.value,
        value_high=t.value_high,
        unit=t.unit,
        deadline=t.deadline,
        span=t.span,
        text=t.text,
        jurisdiction=doc.jurisdiction.name if doc.jurisdiction is not None else None,
    )


def fmt_number(value: Number | Fraction) -> str:
    """An exact number for a message: integers plainly, decimals without trailing zeros."""
    frac = Fraction(value)
    if frac.denominator == 1:
        return str(frac.numerator)
    exact = exact_decimal(frac)
    if exact is None:
        return f"{frac.numerator}/{frac.denominator}"
    text = format(exact, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
