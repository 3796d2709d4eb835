"""Randaberg kommune's guideline for social media, as a typed Python library.

Examples:
    >>> from randaberg_some import suggest_handle
    >>> suggest_handle("Bassenget")
    '@randabergkommune_bassenget'
"""

from __future__ import annotations

from .errors import ConfigurationError, InvalidNameError, RandabergSomeError, UnknownPlatformError
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
    "DEFAULT_POLICY",
    "RANDABERG",
    "RULES",
    "Confidence",
    "ConfigurationError",
    "Deviation",
    "DeviationKind",
    "HandlePlan",
    "InvalidNameError",
    "NamingPolicy",
    "Organisation",
    "PlannedHandle",
    "Platform",
    "PlatformRules",
    "RandabergSomeError",
    "Rule",
    "Severity",
    "Sourced",
    "Unit",
    "UnitKind",
    "UnknownPlatformError",
    "Violation",
    "__version__",
    "plan_handles",
    "suggest_abbreviation",
    "suggest_account_name",
    "suggest_handle",
    "validate_handle",
]
