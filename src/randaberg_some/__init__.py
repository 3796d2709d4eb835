"""Randaberg kommune's guideline for social media, as a typed Python library.

>>> from randaberg_some import suggest_handle
>>> suggest_handle("Bassenget")
'@randabergkommune_bassenget'
"""

from __future__ import annotations

from .errors import (
    ConfigurationError,
    InvalidNameError,
    NotReadyError,
    RandabergSomeError,
    ReadinessError,
    UnknownPlatformError,
)
from .naming import (
    DEFAULT_POLICY,
    Deviation,
    DeviationKind,
    HandlePlan,
    NamingPolicy,
    PlannedHandle,
    plan_handles,
    suggest_abbreviation,
    suggest_account_name,
    suggest_handle,
    validate_handle,
)
from .organisation import RANDABERG, Organisation
from .platforms import Confidence, Platform, PlatformRules, Sourced
from .readiness import (
    QUESTIONS,
    AnswerKind,
    Notification,
    Question,
    ReadinessAssessment,
    ReadinessChecklist,
    UnmetItem,
    UnmetKind,
    load_checklist,
    parse_administrators,
    parse_answer,
)
from .rules import RULES, Rule, Severity, Violation
from .units import Unit, UnitKind

__version__ = "0.1.0.dev0"

__all__ = [
    "DEFAULT_POLICY",
    "QUESTIONS",
    "RANDABERG",
    "RULES",
    "AnswerKind",
    "Confidence",
    "ConfigurationError",
    "Deviation",
    "DeviationKind",
    "HandlePlan",
    "InvalidNameError",
    "NamingPolicy",
    "NotReadyError",
    "Notification",
    "Organisation",
    "PlannedHandle",
    "Platform",
    "PlatformRules",
    "Question",
    "RandabergSomeError",
    "ReadinessAssessment",
    "ReadinessChecklist",
    "ReadinessError",
    "Rule",
    "Severity",
    "Sourced",
    "Unit",
    "UnitKind",
    "UnknownPlatformError",
    "UnmetItem",
    "UnmetKind",
    "Violation",
    "__version__",
    "load_checklist",
    "parse_administrators",
    "parse_answer",
    "plan_handles",
    "suggest_abbreviation",
    "suggest_account_name",
    "suggest_handle",
    "validate_handle",
]
