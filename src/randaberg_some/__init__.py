"""Randaberg kommune's guideline for social media, as a typed Python library.

>>> from randaberg_some import suggest_handle
>>> suggest_handle("Bassenget")
'@randabergkommune_bassenget'
"""

from __future__ import annotations

from .errors import (
    ConfigurationError,
    InvalidFileError,
    InvalidNameError,
    InvalidTimeError,
    NaiveDatetimeError,
    RandabergSomeError,
    UnknownPlatformError,
)
from .moderation import (
    DEFAULT_CALENDAR,
    DEFAULT_END_OF_DAY,
    ResponseItem,
    ResponseLike,
    ResponseLog,
    ResponseRecord,
    ResponseReport,
    ResponseRowError,
    ResponseStatus,
    WorkingCalendar,
    is_working_day,
    load_responses,
    next_working_day,
    response_deadline,
    response_report,
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
from .rules import RULES, Rule, Severity, Violation
from .units import Unit, UnitKind

__version__ = "0.1.0.dev0"

__all__ = [
    "DEFAULT_CALENDAR",
    "DEFAULT_END_OF_DAY",
    "DEFAULT_POLICY",
    "RANDABERG",
    "RULES",
    "Confidence",
    "ConfigurationError",
    "Deviation",
    "DeviationKind",
    "HandlePlan",
    "InvalidFileError",
    "InvalidNameError",
    "InvalidTimeError",
    "NaiveDatetimeError",
    "NamingPolicy",
    "Organisation",
    "PlannedHandle",
    "Platform",
    "PlatformRules",
    "RandabergSomeError",
    "ResponseItem",
    "ResponseLike",
    "ResponseLog",
    "ResponseRecord",
    "ResponseReport",
    "ResponseRowError",
    "ResponseStatus",
    "Rule",
    "Severity",
    "Sourced",
    "Unit",
    "UnitKind",
    "UnknownPlatformError",
    "Violation",
    "WorkingCalendar",
    "__version__",
    "is_working_day",
    "load_responses",
    "next_working_day",
    "plan_handles",
    "response_deadline",
    "response_report",
    "suggest_abbreviation",
    "suggest_account_name",
    "suggest_handle",
    "validate_handle",
]
