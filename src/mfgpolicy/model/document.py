"""Plan documents (政策文件), their measures (任务举措) and extraction warnings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import attrs

from mfgpolicy.model._common import date_or_none, fail, nonempty_str, to_tuple, typed
from mfgpolicy.model.enums import DocType, Script, Severity
from mfgpolicy.model.jurisdiction import Jurisdiction
from mfgpolicy.model.target import Responsibility, Span, Target

__all__ = ["DocumentWarning", "Measure", "PolicyDocument"]


def _tuple_of(cls: type) -> Any:
    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple) or not all(isinstance(v, cls) for v in value):
            raise fail(inst, attribute.name, f"must be a tuple of {cls.__name__} (got {value!r})")

    return check


@attrs.frozen
class DocumentWarning:
    """Something the extractor noticed and could not settle (提示).

    Attributes:
        code: a stable short code (``title_missing``, ``unknown_unit`` …).
        message: one sentence for a person.
        span: where in the original text, if anywhere.
        severity: how much it matters.
    """

    code: str = attrs.field(validator=nonempty_str)
    message: str = attrs.field(validator=nonempty_str)
    span: Span | None = attrs.field(default=None, validator=typed(Span, optional=True))
    severity: Severity = attrs.field(default=Severity.WARNING, validator=typed(Severity))


@attrs.frozen
class Measure:
    """A numbered heading or task of the section tree (任务举措), with its responsibility.

    Attributes:
        id: stable id within the document (``m1``, ``m2`` … in document order).
        path: the numbering path as written, outermost first
            (``("四", "(一)", "1")``).
        title: the heading text (the lead sentence of the task).
        span: the whole section or task in the original text.
        parent: the id of the enclosing measure, or ``None`` at the top.
        responsibility: who carries it, after 下同 inheritance.
        target_ids: the ids of the targets stated within it.
    """

    id: str = attrs.field(validator=nonempty_str)
    path: tuple[str, ...] = attrs.field(converter=to_tuple, validator=_tuple_of(str))
    title: str = attrs.field(validator=typed(str))
    span: Span = attrs.field(validator=typed(Span))
    parent: str | None = attrs.field(default=None, validator=typed(str, optional=True))
    responsibility: Responsibility = attrs.field(
        factory=Responsibility, validator=typed(Responsibility)
    )
    target_ids: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=_tuple_of(str)
    )

    @property
    def depth(self) -> int:
        """1 for a top-level section (一、), 2 for (一), 3 for 1. …"""
        return len(self.path)


@attrs.frozen
class PolicyDocument:
    """A plan document with its metadata, measures and targets (政策文件).

    Attributes:
        id: stable id (from the text hash).
        title: the title, or ``None`` when the text has lost it.
        doc_type: the genre (行动方案, 工作要点 …).
        doc_number: 发文字号 (绍政办发〔2021〕25号).
        index_number: 索引号.
        issuer: 发布机构 / the signing body.
        jurisdiction: the jurisdiction the plan governs.
        other_jurisdictions: further jurisdictions it also governs (越城区 + 滨海新区).
        issued, published, effective: dates (成文, 发布, 施行).
        horizon_start, horizon_end: the plan period.
        script: the script of the original text.
        source: where the text came from (a file name), if known.
        text_sha256: hash of the original text.
        measures: the section tree, flattened in document order.
        targets: the targets in document order; a target's ``measure``, when
            set, names a measure whose ``target_ids`` list it.
        warnings: what the extractor could not settle.
    """

    id: str = attrs.field(validator=nonempty_str)
    text_sha256: str = attrs.field(validator=typed(str))
    title: str | None = attrs.field(default=None, validator=typed(str, optional=True))
    doc_type: DocType = attrs.field(default=DocType.OTHER, validator=typed(DocType))
    doc_number: str | None = attrs.field(default=None, validator=typed(str, optional=True))
    index_number: str | None = attrs.field(default=None, validator=typed(str, optional=True))
    issuer: str | None = attrs.field(default=None, validator=typed(str, optional=True))
    jurisdiction: Jurisdiction | None = attrs.field(
        default=None, validator=typed(Jurisdiction, optional=True)
    )
    other_jurisdictions: tuple[Jurisdiction, ...] = attrs.field(
        default=(), converter=to_tuple, validator=_tuple_of(Jurisdiction)
    )
    issued: dt.date | None = attrs.field(default=None, validator=date_or_none)
    published: dt.date | None = attrs.field(default=None, validator=date_or_none)
    effective: dt.date | None = attrs.field(default=None, validator=date_or_none)
    horizon_start: dt.date | None = attrs.field(default=None, validator=date_or_none)
    horizon_end: dt.date | None = attrs.field(default=None, validator=date_or_none)
    script: Script = attrs.field(default=Script.SIMPLIFIED, validator=typed(Script))
    source: str | None = attrs.field(default=None, validator=typed(str, optional=True))
    measures: tuple[Measure, ...] = attrs.field(
        default=(), converter=to_tuple, validator=_tuple_of(Measure)
    )
    targets: tuple[Target, ...] = attrs.field(
        default=(), converter=to_tuple, validator=_tuple_of(Target)
    )
    warnings: tuple[DocumentWarning, ...] = attrs.field(
        default=(), converter=to_tuple, validator=_tuple_of(DocumentWarning)
    )

    def __attrs_post_init__(self) -> None:
        if (
            self.horizon_start is not None
            and self.horizon_end is not None
            and self.horizon_end < self.horizon_start
        ):
            raise fail(
                self,
                "horizon_end",
                f"must not precede horizon_start (got {self.horizon_end} < {self.horizon_start})",
            )
        ids = [t.id for t in self.targets]
        if len(set(ids)) != len(ids):
            dup = next(i for i in ids if ids.count(i) > 1)
            raise fail(self, "targets", f"must have unique ids (got {dup!r} twice)")
        known = set(ids)
        for t in self.targets:
            for ref_name in ("parent", "restates"):
                ref = getattr(t, ref_name)
                if ref is not None and ref not in known:
                    raise fail(
                        self,
                        "targets",
                        f"target {t.id!r} has {ref_name} {ref!r} that is not a target",
                    )
        mids = {m.id for m in self.measures}
        if len(mids) != len(self.measures):
            raise fail(self, "measures", "must have unique ids")
        for m in self.measures:
            if m.parent is not None and m.parent not in mids:
                raise fail(self, "measures", f"measure {m.id!r} has unknown parent {m.parent!r}")
            for tid in m.target_ids:
                if tid not in known:
                    raise fail(self, "measures", f"measure {m.id!r} lists unknown target {tid!r}")
        listed = {(m.id, tid) for m in self.measures for tid in m.target_ids}
        for t in self.targets:
            if t.measure is not None and (t.measure, t.id) not in listed:
                what = "is not a measure" if t.measure not in mids else "does not list it"
                raise fail(
                    self,
                    "targets",
                    f"target {t.id!r} has measure {t.measure!r} that {what}",
                )

    def target(self, target_id: str) -> Target:
        """The target with this id (``LookupError`` if there is none)."""
        for t in self.targets:
            if t.id == target_id:
                return t
        raise LookupError(f"document {self.id!r} has no target {target_id!r}")

    def measure(self, measure_id: str) -> Measure:
        """The measure with this id (``LookupError`` if there is none)."""
        for m in self.measures:
            if m.id == measure_id:
                return m
        raise LookupError(f"document {self.id!r} has no measure {measure_id!r}")

    def children(self, measure_id: str | None) -> Iterator[Measure]:
        """The measures directly under ``measure_id`` (``None``: the top level)."""
        return (m for m in self.measures if m.parent == measure_id)

    @property
    def jurisdictions(self) -> tuple[Jurisdiction, ...]:
        """The main jurisdiction followed by the others."""
        main = (self.jurisdiction,) if self.jurisdiction is not None else ()
        return main + self.other_jurisdictions
