"""Randaberg kommune's guideline for social media, as a typed Python library.

Every public name is importable from here. The submodules load when a name of theirs is
first used, so that a script importing the package to call one function pays only for what
that function needs.

Examples:
    >>> from randaberg_some import suggest_handle
    >>> suggest_handle("Bassenget")
    '@randabergkommune_bassenget'
"""

from __future__ import annotations

from importlib import import_module

# Not typing.TYPE_CHECKING: importing typing would cost more than the rest of this module.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from .accounts import (
        Account,
        PictureKind,
        ProfilePicture,
        Purpose,
    )
    from .audit import (
        AuditReport,
        Finding,
        audit,
        iter_findings,
    )
    from .checks import (
        validate_account,
    )
    from .errors import (
        ConfigurationError,
        InvalidFileError,
        InvalidNameError,
        InvalidTimeError,
        InventoryError,
        NaiveDatetimeError,
        NotReadyError,
        RandabergSomeError,
        ReadinessError,
        UnknownPlatformError,
    )
    from .files.inventory import (
        InventoryReader,
        iter_accounts,
        load_accounts,
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
    from .organisation import (
        RANDABERG,
        Organisation,
    )
    from .platforms import (
        RANDABERG_PRESENCE,
        Confidence,
        Platform,
        PlatformRules,
        Presence,
        Sourced,
    )
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
    from .rows import (
        Loaded,
        Row,
        RowError,
    )
    from .rules import (
        RULES,
        Rule,
        Severity,
        Violation,
    )
    from .units import (
        Unit,
        UnitKind,
    )

__version__ = "0.1.0.dev0"

__all__ = [
    "DEFAULT_CALENDAR",
    "DEFAULT_END_OF_DAY",
    "DEFAULT_POLICY",
    "QUESTIONS",
    "RANDABERG",
    "RANDABERG_PRESENCE",
    "RULES",
    "Account",
    "AnswerKind",
    "AuditReport",
    "Confidence",
    "ConfigurationError",
    "Deviation",
    "DeviationKind",
    "Finding",
    "HandlePlan",
    "InvalidFileError",
    "InvalidNameError",
    "InvalidTimeError",
    "InventoryError",
    "InventoryReader",
    "Loaded",
    "NaiveDatetimeError",
    "NamingPolicy",
    "NotReadyError",
    "Notification",
    "Organisation",
    "PictureKind",
    "PlannedHandle",
    "Platform",
    "PlatformRules",
    "Presence",
    "ProfilePicture",
    "Purpose",
    "Question",
    "RandabergSomeError",
    "ReadinessAssessment",
    "ReadinessChecklist",
    "ReadinessError",
    "ResponseItem",
    "ResponseLike",
    "ResponseLog",
    "ResponseRecord",
    "ResponseReport",
    "ResponseRowError",
    "ResponseStatus",
    "Row",
    "RowError",
    "Rule",
    "Severity",
    "Sourced",
    "Unit",
    "UnitKind",
    "UnknownPlatformError",
    "UnmetItem",
    "UnmetKind",
    "Violation",
    "WorkingCalendar",
    "__version__",
    "audit",
    "is_working_day",
    "iter_accounts",
    "iter_findings",
    "load_accounts",
    "load_checklist",
    "load_responses",
    "next_working_day",
    "parse_administrators",
    "parse_answer",
    "plan_handles",
    "response_deadline",
    "response_report",
    "suggest_abbreviation",
    "suggest_account_name",
    "suggest_handle",
    "validate_account",
    "validate_handle",
]

# Where each public name lives; the submodule is imported on first use.
_MODULES = {
    "accounts": ("Account", "PictureKind", "ProfilePicture", "Purpose"),
    "checks": ("validate_account",),
    "errors": (
        "ConfigurationError",
        "InvalidFileError",
        "InvalidNameError",
        "InvalidTimeError",
        "InventoryError",
        "NaiveDatetimeError",
        "NotReadyError",
        "RandabergSomeError",
        "ReadinessError",
        "UnknownPlatformError",
    ),
    "audit": ("AuditReport", "Finding", "audit", "iter_findings"),
    "files.inventory": ("InventoryReader", "iter_accounts", "load_accounts"),
    "rows": ("Loaded", "Row", "RowError"),
    "moderation": (
        "DEFAULT_CALENDAR",
        "DEFAULT_END_OF_DAY",
        "ResponseItem",
        "ResponseLike",
        "ResponseLog",
        "ResponseRecord",
        "ResponseReport",
        "ResponseRowError",
        "ResponseStatus",
        "WorkingCalendar",
        "is_working_day",
        "load_responses",
        "next_working_day",
        "response_deadline",
        "response_report",
    ),
    "naming": (
        "DEFAULT_POLICY",
        "Deviation",
        "DeviationKind",
        "HandlePlan",
        "NamingPolicy",
        "PlannedHandle",
        "plan_handles",
        "suggest_abbreviation",
        "suggest_account_name",
        "suggest_handle",
        "validate_handle",
    ),
    "organisation": ("RANDABERG", "Organisation"),
    "platforms": (
        "RANDABERG_PRESENCE",
        "Confidence",
        "Platform",
        "PlatformRules",
        "Presence",
        "Sourced",
    ),
    "readiness": (
        "QUESTIONS",
        "AnswerKind",
        "Notification",
        "Question",
        "ReadinessAssessment",
        "ReadinessChecklist",
        "UnmetItem",
        "UnmetKind",
        "load_checklist",
        "parse_administrators",
        "parse_answer",
    ),
    "rules": ("RULES", "Rule", "Severity", "Violation"),
    "units": ("Unit", "UnitKind"),
}
_HOME = {name: module for module, names in _MODULES.items() for name in names}


def __getattr__(name: str) -> object:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
