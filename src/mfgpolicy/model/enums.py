"""Enumerations of the model: kinds, comparators, commitments, bases, scripts.

Values are the strings of the JSON contract (TARGETS.md), so ``Kind("level")``
and ``Kind.LEVEL.value`` are the same thing a reader sees in the output.
"""

from __future__ import annotations

import enum

__all__ = [
    "Commitment",
    "Comparator",
    "DeadlineBasis",
    "DocType",
    "Per",
    "Script",
    "Severity",
    "TargetKind",
]


class TargetKind(enum.Enum):
    """What a target commits to (目标类型)."""

    LEVEL = "level"
    """达到/提高到/突破/保持在: the indicator reaches or stays at a value."""
    INCREMENT = "increment"
    """新增/新建/新培育: a number of new things over the period."""
    CUMULATIVE = "cumulative"
    """累计达到/总量突破: a stock counted since an origin."""
    GROWTH_RATE = "growth_rate"
    """年均增长/增长: average annual growth, or one year's growth."""
    REDUCTION = "reduction"
    """下降: a fall relative to the baseline."""
    MULTIPLE = "multiple"
    """翻番/倍增: a multiple of the baseline."""
    BENCHMARK = "benchmark"
    """达到宁波平均水平: a value defined by another jurisdiction or body."""
    QUALITATIVE = "qualitative"
    """保持全省领先: checkable but without a number."""


class Comparator(enum.Enum):
    """How the observed value must compare to the target value (比较方式)."""

    GE = "ge"
    """以上/不低于/不少于/至少/达到."""
    GT = "gt"
    """突破/超过."""
    LE = "le"
    """以下/以内/不超过/控制在."""
    LT = "lt"
    """低于."""
    APPROX = "approx"
    """左右/约."""
    BETWEEN = "between"
    """a range: 2-3家, 5—10亿元."""
    EQ = "eq"
    """exactly (rare: a count stated without any qualifier in a list of exact numbers)."""


class Commitment(enum.Enum):
    """How binding the target is (约束性)."""

    ENSURE = "ensure"
    """确保/必须: binding."""
    STRIVE = "strive"
    """力争/争取/争创: aspirational."""
    PLAIN = "plain"
    """stated without either."""


class DeadlineBasis(enum.Enum):
    """How a target's deadline was found (截止日期依据)."""

    STATED = "stated"
    """the clause states it (到2023年)."""
    SECTION = "section"
    """the nearest enclosing deadline in the section."""
    PLAN = "plan"
    """the plan's horizon (the end year of the plan or the year of an annual plan)."""
    RELATIVE = "relative"
    """relative to the plan's first year (三年内)."""


class Per(enum.Enum):
    """Recurrence of a target (每年…)."""

    YEAR = "year"


class Script(enum.Enum):
    """The script a document is written in (字体)."""

    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"


class DocType(enum.Enum):
    """The genre of a plan document (文种)."""

    ACTION_PLAN = "行动方案"
    IMPLEMENTATION_PLAN = "实施方案"
    ACTION_PROGRAMME = "行动计划"
    WORK_POINTS = "工作要点"
    OPINIONS = "若干意见"
    PLAN = "规划"
    NOTICE = "通知"
    OTHER = "其他"


class Severity(enum.Enum):
    """Severity of a warning or a consistency finding (严重程度)."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for info, 1 for warning, 2 for error (for filtering by minimum severity)."""
        return {"info": 0, "warning": 1, "error": 2}[self.value]
