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

# The public names, written once: the imports below are what type checkers and the API
# reference read; at run time this block is read as text (see _public_names) and each name is
# imported from its module on first use. Not typing.TYPE_CHECKING: importing typing would
# cost more than the rest of this module.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from . import (
        render as render,
    )
    from .accounts import (
        Account as Account,
        AccountStatus as AccountStatus,
        PictureKind as PictureKind,
        ProfilePicture as ProfilePicture,
        Purpose as Purpose,
    )
    from .archiving import (
        ARCHIVE_DUTY as ARCHIVE_DUTY,
        ArchiveRecord as ArchiveRecord,
        LegalBasis as LegalBasis,
        archive_record as archive_record,
    )
    from .auditing import (
        AuditReport as AuditReport,
        Finding as Finding,
        audit as audit,
        iter_findings as iter_findings,
    )
    from .calendar import (
        DEFAULT_CALENDAR as DEFAULT_CALENDAR,
        DEFAULT_END_OF_DAY as DEFAULT_END_OF_DAY,
        WorkingCalendar as WorkingCalendar,
        is_working_day as is_working_day,
        next_working_day as next_working_day,
        response_deadline as response_deadline,
    )
    from .checks import (
        validate_account as validate_account,
    )
    from .errors import (
        ConfigurationError as ConfigurationError,
        InvalidFileError as InvalidFileError,
        InvalidNameError as InvalidNameError,
        InvalidTimeError as InvalidTimeError,
        InventoryError as InventoryError,
        MissingDependencyError as MissingDependencyError,
        NaiveDatetimeError as NaiveDatetimeError,
        NotReadyError as NotReadyError,
        PolicyFileError as PolicyFileError,
        RandabergSomeError as RandabergSomeError,
        ReadinessError as ReadinessError,
        UnknownLanguageError as UnknownLanguageError,
        UnknownPlatformError as UnknownPlatformError,
    )
    from .files.checklist import (
        load_checklist as load_checklist,
    )
    from .files.comments import (
        load_comments as load_comments,
    )
    from .files.inventory import (
        InventoryReader as InventoryReader,
        iter_accounts as iter_accounts,
        load_accounts as load_accounts,
    )
    from .files.policy import (
        load_policy as load_policy,
    )
    from .files.responses import (
        load_responses as load_responses,
    )
    from .idnumbers import (
        is_national_id as is_national_id,
        national_id_kind as national_id_kind,
    )
    from .messages import (
        Lang as Lang,
        Message as Message,
    )
    from .moderation import (
        Comment as Comment,
        ModerationQueue as ModerationQueue,
        QueueItem as QueueItem,
        screen_comments as screen_comments,
    )
    from .naming import (
        MAX_UNIT_NAME as MAX_UNIT_NAME,
        Deviation as Deviation,
        DeviationKind as DeviationKind,
        HandlePlan as HandlePlan,
        PlannedHandle as PlannedHandle,
        plan_handles as plan_handles,
        suggest_abbreviation as suggest_abbreviation,
        suggest_account_name as suggest_account_name,
        suggest_handle as suggest_handle,
        validate_handle as validate_handle,
    )
    from .notice import (
        Notification as Notification,
        draft_notice as draft_notice,
    )
    from .organisation import (
        NO_CHANNELS as NO_CHANNELS,
        RANDABERG as RANDABERG,
        RANDABERG_CHANNELS as RANDABERG_CHANNELS,
        Channels as Channels,
        Organisation as Organisation,
    )
    from .planning import (
        ConflictResolution as ConflictResolution,
        OrganisationPlan as OrganisationPlan,
        PlanConflict as PlanConflict,
        plan_organisation as plan_organisation,
    )
    from .platforms import (
        RANDABERG_PRESENCE as RANDABERG_PRESENCE,
        Confidence as Confidence,
        Platform as Platform,
        PlatformRules as PlatformRules,
        Presence as Presence,
        Sourced as Sourced,
    )
    from .policy import (
        DEFAULT_POLICY as DEFAULT_POLICY,
        RANDABERG_POLICY as RANDABERG_POLICY,
        NamingPolicy as NamingPolicy,
        Policy as Policy,
        PolicyProblem as PolicyProblem,
        PolicyVersion as PolicyVersion,
        policy_version as policy_version,
    )
    from .policy_diff import (
        PolicyChange as PolicyChange,
        PolicyDiff as PolicyDiff,
        diff_history as diff_history,
        diff_policies as diff_policies,
        diff_versions as diff_versions,
    )
    from .questions import (
        QUESTIONS as QUESTIONS,
        AnswerKind as AnswerKind,
        Question as Question,
    )
    from .readiness import (
        ReadinessAssessment as ReadinessAssessment,
        ReadinessChecklist as ReadinessChecklist,
        UnmetItem as UnmetItem,
        UnmetKind as UnmetKind,
        parse_administrators as parse_administrators,
        parse_answer as parse_answer,
    )
    from .responses import (
        ResponseItem as ResponseItem,
        ResponseLike as ResponseLike,
        ResponseRecord as ResponseRecord,
        ResponseReport as ResponseReport,
        ResponseStatus as ResponseStatus,
        parse_time as parse_time,
        response_report as response_report,
    )
    from .registry import (
        Evidence as Evidence,
        LookalikeReport as LookalikeReport,
        PublishedRegistry as PublishedRegistry,
        Verdict as Verdict,
        Verification as Verification,
        find_lookalikes as find_lookalikes,
        publish_registry as publish_registry,
        verify_account as verify_account,
    )
    from .rows import (
        Loaded as Loaded,
        Notice as Notice,
        Row as Row,
        RowError as RowError,
    )
    from .rules import (
        RULES as RULES,
        Rule as Rule,
        Severity as Severity,
        Violation as Violation,
    )
    from .screening import (
        Action as Action,
        Certainty as Certainty,
        FindingKind as FindingKind,
        Screening as Screening,
        ScreeningFinding as ScreeningFinding,
        screen_comment as screen_comment,
    )
    from .units import (
        Unit as Unit,
        UnitKind as UnitKind,
    )

# END OF PUBLIC NAMES

__version__ = "0.1.0.dev0"


def _public_names() -> dict[str, str]:
    """Map each public name to its module, read from the import block above.

    A plain text scan rather than ``ast``: importing ``ast`` would cost more than the whole
    package. The test of the package's names checks the result against ``ast``.
    """
    # This file itself (importlib.resources would cost ten times the package's import).
    with open(__file__, encoding="utf-8") as file:
        source = file.read()
    block = source[source.index("if TYPE_CHECKING:") : source.index("# END OF PUBLIC NAMES")]
    home: dict[str, str] = {}
    module = ""
    for line in block.splitlines():
        words = line.split()
        if words[:1] == ["from"]:
            module = words[1].lstrip(".")
        elif len(words) == 3 and words[1] == "as":
            home[words[0]] = module
    return home


_HOME = _public_names()
# Constants, then classes, then functions, each group in alphabetical order.
__all__ = sorted([*_HOME, "__version__"], key=lambda n: (not n.isupper(), not n[:1].isupper(), n))


def __getattr__(name: str) -> object:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if module:
        value = getattr(import_module(f".{module}", __name__), name)
    else:  # a namespace: "from . import (render as render)"
        value = import_module(f".{name}", __name__)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
