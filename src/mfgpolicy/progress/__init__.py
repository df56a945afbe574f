"""Progress against targets (目标进展评估): status, 序时进度, projections, roll-ups.

``assess(targets, observations, as_of=...)`` gives one verdict per target by one
of four interchangeable methods (:data:`METHODS`): ``time_share`` (序时进度),
``cagr_ratio`` (Open SDG platform progress calculation), ``projection_ratio``
(UN Statistics Division, SDG Progress Chart 2023 technical note) and ``trend``.
Roll-ups group verdicts by lead department, by measure and section, and rank
jurisdictions (考核排名). :func:`assess_bulk` is the vectorised (numpy, float64)
path for national-scale portfolios. See docs/progress.md.
"""

from __future__ import annotations

from mfgpolicy.progress._assess import (
    Assessment,
    Components,
    TargetAssessment,
    YearResult,
    assess,
    assess_target,
    compare_methods,
    observation_applies,
)
from mfgpolicy.progress._bulk import STATUS_CODES, BulkInput, BulkResult, assess_bulk
from mfgpolicy.progress._methods import (
    APPROX_TOLERANCE,
    METHODS,
    Method,
    Status,
    elapsed_share,
    years_between,
)
from mfgpolicy.progress._rollup import (
    DepartmentRollup,
    GroupRollup,
    RankEntry,
    ScoringRule,
    by_department,
    by_measure,
    rank_jurisdictions,
)

__all__ = [
    "APPROX_TOLERANCE",
    "METHODS",
    "STATUS_CODES",
    "Assessment",
    "BulkInput",
    "BulkResult",
    "Components",
    "DepartmentRollup",
    "GroupRollup",
    "Method",
    "RankEntry",
    "ScoringRule",
    "Status",
    "TargetAssessment",
    "YearResult",
    "assess",
    "assess_bulk",
    "assess_target",
    "by_department",
    "by_measure",
    "compare_methods",
    "elapsed_share",
    "observation_applies",
    "rank_jurisdictions",
    "years_between",
]
