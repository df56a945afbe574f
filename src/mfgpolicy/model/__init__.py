"""The typed domain model: frozen, slotted attrs classes; no parsing, no I/O.

Plans (:class:`PolicyDocument`) hold measures (:class:`Measure`) and targets
(:class:`Target`); targets name indicators of the :class:`IndicatorCatalog` and
responsible units of the :class:`DepartmentCatalog`; observations
(:class:`Observation`) are the statistics they are assessed against;
jurisdictions come from the :class:`Gazetteer`.
"""

from __future__ import annotations

from mfgpolicy.model._common import Number
from mfgpolicy.model.department import Department, DepartmentCatalog, DepartmentRef
from mfgpolicy.model.document import DocumentWarning, Measure, PolicyDocument
from mfgpolicy.model.enums import (
    Commitment,
    Comparator,
    DeadlineBasis,
    DocType,
    Per,
    Script,
    Severity,
    TargetKind,
)
from mfgpolicy.model.indicator import Aggregation, Direction, Indicator, IndicatorCatalog
from mfgpolicy.model.jurisdiction import AdminLevel, Gazetteer, Jurisdiction
from mfgpolicy.model.observation import Observation
from mfgpolicy.model.target import Responsibility, ResponsibleUnit, Span, Target
from mfgpolicy.model.timing import (
    five_year_plan,
    relative_deadline,
    year_end,
    year_start,
    yearly_deadlines,
)

__all__ = [
    "AdminLevel",
    "Aggregation",
    "Commitment",
    "Comparator",
    "DeadlineBasis",
    "Department",
    "DepartmentCatalog",
    "DepartmentRef",
    "Direction",
    "DocType",
    "DocumentWarning",
    "Gazetteer",
    "Indicator",
    "IndicatorCatalog",
    "Jurisdiction",
    "Measure",
    "Number",
    "Observation",
    "Per",
    "PolicyDocument",
    "Responsibility",
    "ResponsibleUnit",
    "Script",
    "Severity",
    "Span",
    "Target",
    "TargetKind",
    "five_year_plan",
    "relative_deadline",
    "year_end",
    "year_start",
    "yearly_deadlines",
]
