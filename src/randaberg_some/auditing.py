"""The audit of an inventory: every account against the guideline, and across accounts.

:func:`audit` checks every account (:func:`~randaberg_some.validate_account`) and the
accounts against each other (handles that collide, a unit whose abbreviation differs
between platforms, an account listed twice), and returns an :class:`AuditReport`: data,
which :mod:`randaberg_some.render` shows as text, JSON, records or HTML (the report's own
``text()``, ``to_json()``, ``to_records()`` and ``to_html()`` forward there).
:func:`iter_findings` does the same one account at a time, for files too large to hold.

Examples:
    >>> from randaberg_some import Account, Unit
    >>> from randaberg_some.auditing import audit
    >>> unit = Unit(name="Bassenget")
    >>> accounts = [
    ...     Account(platform="instagram", handle="@randabergkommune_bassenget",
    ...             name="Randabergkommune Bassenget", unit=unit),
    ...     Account(platform="tiktok", handle="@randabergkommune_basseng",
    ...             name="Randabergkommune Bassenget", unit=unit),
    ... ]
    >>> report = audit(accounts)
    >>> [finding.violation.code for finding in report.findings if finding.position == 2]
    ['P402', 'U603', 'A701', 'X902']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import Any, Final

import attrs

from ._across import Across
from ._inventory import mapping_row
from ._lifecycle import Retirements, check_at
from ._notebook import Shown, Target
from ._tables import Frame, is_blank_row, is_frame, table_items
from ._text import shown
from .accounts import Account
from .checks import account_findings
from .errors import RandabergSomeError
from .messages import Lang
from .policy import DEFAULT_POLICY, NamingPolicy, Policy, PolicyVersion, policy_version
from .rows import Notice, Row, RowError
from .rules import RULES, Severity, Violation

__all__ = ["AuditReport", "Finding", "audit", "iter_findings"]

_HTML_LIMIT: Final = 200


@attrs.frozen(kw_only=True)
class Finding:
    """One finding of an audit, with the account it concerns.

    Attributes:
        violation: What is wrong.
        account: The account it concerns.
        row: The account's data row in its file (a DataFrame's index label), when it came
            from one.
        position: The account's 1-based position among the audited rows or accounts.
    """

    violation: Violation
    account: Account
    row: int | str | None = None
    position: int

    @property
    def code(self) -> str:
        """The rule's code, e.g. ``"N205"``."""
        return self.violation.code

    @property
    def severity(self) -> Severity:
        """The finding's severity."""
        return self.violation.severity


@attrs.frozen(kw_only=True, repr=False)
class AuditReport(Shown):
    """The result of :func:`audit`: every finding with its account, and the counts.

    The report is data; :mod:`randaberg_some.render` shows it (``render.text(report,
    "nn")``), and the methods below forward there for convenience.

    Attributes:
        findings: Every finding, in the order of the accounts (empty when the audit was
            asked not to keep them).
        row_errors: The errors of the rows that gave no account (empty likewise).
        accounts: How many accounts were audited.
        error_rows: How many rows gave no account.
        by_rule: How many findings each rule has, by code, in catalogue order.
        by_severity: How many findings each severity has (every severity, zero included).
        unknown_columns: Columns that were ignored, when the audit read an inventory.
        notices: What the reader should know about the inventory's file (an assumed
            encoding), when the audit read one.
        at: The day the accounts were judged by, when the audit was given one (``at=``).
        dated: How many accounts carry a status or a date (``created``, ``last_reviewed``,
            ``last_posted``): the ones the lifecycle rules can judge. The renderings name
            the day ``at`` only when there is one, so that an inventory without them reads
            as it did before accounts had dates.
        policy_effective: The day the policy version the audit applied took effect, when
            it has one (``None`` for a version in force since always).
    """

    findings: tuple[Finding, ...]
    row_errors: tuple[RowError, ...] = ()
    accounts: int
    error_rows: int = 0
    by_rule: Mapping[str, int]
    by_severity: Mapping[Severity, int]
    unknown_columns: tuple[str, ...] = ()
    notices: tuple[Notice, ...] = ()
    at: date | None = None
    policy_effective: date | None = None
    dated: int = 0

    @property
    def ok(self) -> bool:
        """Whether no finding is an error and every row gave an account."""
        return self.by_severity.get(Severity.ERROR, 0) == 0 and self.error_rows == 0

    def summary(self, lang: Lang = "nb") -> str:
        """One sentence with the counts, in ``lang``.

        Examples:
            >>> audit([]).summary("nn")
            '0 kontoar, 0 rader som ikkje kunne lesast: 0 feil, 0 åtvaringar, 0 merknader.'
        """
        from .messages import check_lang
        from .render import audit as rendered

        return rendered.summary(self, check_lang(lang))

    def text(self, lang: Lang = "nb") -> str:
        """The report as plain text: see :func:`randaberg_some.render.text`."""
        from . import render

        return render.text(self, lang)

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as JSON: see :func:`randaberg_some.render.to_json`."""
        from . import render

        return render.to_json(self, indent=indent)

    def to_records(self, lang: Lang = "nb") -> list[dict[str, object]]:
        """The report as flat records: see :func:`randaberg_some.render.records`."""
        from . import render

        return render.records(self, lang)

    def to_html(self, lang: Lang = "nb", *, limit: int | None = _HTML_LIMIT) -> str:
        """The report as an HTML table of at most ``limit`` rows (``None``: all of them)."""
        from .messages import check_lang
        from .render import audit as rendered

        return rendered.html(self, check_lang(lang), limit=limit)

    def to_excel(self, path: Target, lang: Lang = "nb") -> None:
        """Write the report as an Excel workbook in ``lang``: findings, unreadable rows, counts.

        Written with xlsxwriter by :func:`randaberg_some.files.workbook.write_workbook`;
        every text cell stays text (a cell starting with ``=`` is never a formula).
        """
        from . import render
        from .files.workbook import write_workbook

        write_workbook(path, render.sheets(self, lang))


Audited = Iterable[Account | Row[Account] | Mapping[Any, Any]] | Frame
"""What :func:`audit` reads: accounts, an inventory's rows, mappings, or a DataFrame."""


AnyPolicy = Policy | PolicyVersion | NamingPolicy
"""What ``policy=`` takes: a whole policy, one of its versions, or a naming policy alone."""


def iter_findings(
    accounts: Audited,
    *,
    policy: AnyPolicy = DEFAULT_POLICY,
    across: bool = True,
    at: date | None = None,
) -> Iterator[Finding | RowError]:
    """Audit accounts one at a time: yield each finding, and each row error, as it is found.

    The per-account rules keep nothing; the rules across accounts keep a comparison key
    per handle and one abbreviation per unit, so memory grows with the number of distinct
    handles (a few hundred bytes each), not with the accounts' contents.

    Args:
        accounts: What :func:`audit` reads.
        policy: The policy; the version in force on ``at`` (else the latest) applies.
        across: ``False`` leaves out the rules across accounts (``X901``-``X903``,
            ``L103``), so that memory stays flat however large the inventory.
        at: The day to judge the accounts' dates by: see :func:`audit`.

    Yields:
        A :class:`Finding` per violation, and each :class:`RowError` of a row that gave no
        account, in the order of the accounts.

    Raises:
        RandabergSomeError: an item is neither an account nor an inventory row.
        ConfigurationError: ``policy`` is not a policy, ``at`` is not a date, or no
            version of the policy was in force on ``at``.

    Examples:
        >>> from randaberg_some import Account
        >>> facebook = Account(platform="facebook", name="Randaberg kommune",
        ...                    handle="@randabergkommune")
        >>> twin = Account(platform="facebook", name="Randaberg kommune",
        ...                handle="@Randaberg.Kommune")
        >>> [f.code for f in iter_findings([facebook, twin]) if f.code.startswith("X")]
        ['X901']
    """
    _check_iterable(accounts)
    auditor = _Auditor(policy, at, across=across)
    for position, item in _items(accounts, {}):
        yield from auditor.feed(item, position)


def _items(accounts: Audited, unknown: dict[str, None]) -> Iterator[tuple[int, object]]:
    """The audited items and their positions; a mapping (a DataFrame's row) becomes a row.

    Mappings go through the inventory's one row builder, as ``load_accounts`` reads them;
    their unknown keys are added to ``unknown``.
    """
    if is_frame(accounts):
        for position, (label, record) in enumerate(table_items(accounts), start=1):
            if not is_blank_row(record):
                yield position, mapping_row(record, label, None, unknown, typed=True)
        return
    rows: Iterable[object] = accounts  # type: ignore[assignment]
    for position, item in enumerate(rows, start=1):
        if is_blank_row(item):
            continue  # an empty row, as in a CSV file
        if isinstance(item, Mapping):
            item = mapping_row(item, position, None, unknown, typed=True)
        yield position, item


def _check_iterable(accounts: object) -> None:
    if (
        isinstance(accounts, (str, bytes))
        or hasattr(accounts, "__fspath__")
        or not isinstance(accounts, Iterable)
    ):
        raise RandabergSomeError(
            f"'accounts' must be accounts or inventory rows, for example from load_accounts "
            f"(got {shown(accounts)})"
        )


class _Auditor:
    """Audits one item at a time with one policy version; counts the accounts."""

    def __init__(self, policy: object, at: object, *, across: bool) -> None:
        self.at = check_at(at)
        self.version = policy_version(policy, self.at)
        lifecycle = self.at is not None
        self._across = Across(self.version.naming, lifecycle=lifecycle) if across else None
        self._retirements = Retirements() if across and lifecycle else None
        self.accounts = 0
        self.dated = 0

    def feed(self, item: object, position: int) -> Iterator[Finding | RowError]:
        if isinstance(item, Row):
            if not isinstance(item.value, Account):
                yield from item.errors
                return
            account, row = item.value, item.row
        elif isinstance(item, Account):
            account, row = item, None
        else:
            raise RandabergSomeError(
                f"an audited item must be an Account, an inventory's Row or a mapping "
                f"(got {shown(item)})"
            )
        self.accounts += 1
        if (
            account.status is not None
            or account.created
            or account.last_reviewed
            or (account.last_posted)
        ):
            self.dated += 1
        for violation in account_findings(account, self.version, self.at):
            yield Finding(violation=violation, account=account, row=row, position=position)
        for violation in self._across_findings(account, row, position):
            adjusted = self.version.adjust(violation)
            if adjusted is not None:
                yield Finding(violation=adjusted, account=account, row=row, position=position)

    def _across_findings(
        self, account: Account, row: int | str | None, position: int
    ) -> Iterator[Violation]:
        if self._across is not None:
            yield from self._across.check(account, row, position)
        if self._retirements is not None:
            yield from self._retirements.check(account, row, position)


def audit(
    accounts: Audited,
    *,
    policy: AnyPolicy = DEFAULT_POLICY,
    keep_findings: bool = True,
    across: bool = True,
    at: date | None = None,
) -> AuditReport:
    """Audit accounts: each against the guideline, and all of them against each other.

    Each account gets the findings of :func:`~randaberg_some.validate_account`. Across the
    accounts: two handles that the platform treats as the same (``X901``; Facebook ignores
    case and periods), an account listed twice with the same details (``X903``, instead of
    ``X901``), and a unit whose handles carry different abbreviations on different
    platforms (``X902``, G12). These findings concern the later of the two accounts and
    name the earlier one.

    Given ``at``, the day to judge by, the audit also reports the accounts' life over time
    (the ``L`` rules: a review due, a dormant account, a retired account listed as in use,
    a planned account without a readiness assessment, a date after ``at``), and applies
    the policy version in force on ``at``. Every finding passes through that version's
    rule configuration (a rule turned off is dropped, a severity changed is changed), and
    the counts follow.

    Args:
        accounts: Accounts, an inventory as ``load_accounts`` gives it (a
            :class:`~randaberg_some.rows.Loaded`), an ``InventoryReader``, any iterable
            of :class:`~randaberg_some.Account` and :class:`~randaberg_some.rows.Row`
            values, mappings with the inventory's columns (``df.to_dict("records")``,
            read as ``load_accounts`` reads them), or a pandas DataFrame. Rows give the
            findings their row numbers, and their errors count; an
            inventory also gives its unknown columns and notices.
        policy: The policy (a :class:`~randaberg_some.Policy`, one of its versions, or a
            naming policy alone): the version in force on ``at`` (else the latest) decides
            the naming, the presence and which rules apply at what severity.
        keep_findings: ``False`` keeps only the counts (for a file too large to hold its
            findings); ``findings`` and ``row_errors`` are then empty.
        across: ``False`` leaves out the rules across accounts, whose memory grows with the
            number of distinct handles (see :func:`iter_findings`).
        at: The day to judge the accounts' dates by; ``None`` (the default) leaves the
            lifecycle rules out. The library reads no clock: pass ``date.today()``.

    Returns:
        The report.

    Raises:
        RandabergSomeError: ``accounts`` is not an iterable of accounts or rows.
        ConfigurationError: ``policy`` is not a policy, ``at`` is not a date, or no
            version of the policy was in force on ``at``.

    Examples:
        >>> from randaberg_some import Account, Platform, Unit
        >>> def account(platform, handle):
        ...     return Account(platform=platform, name="Randabergkommune Bassenget",
        ...                    handle=handle, unit=Unit(name="Bassenget"))
        >>> report = audit([account("instagram", "@randabergkommune_bassenget"),
        ...                 account("youtube", "@randabergkommune_basseng")])
        >>> [f.violation.fix for f in report.findings if f.code == "X902"]
        ['@randabergkommune_bassenget']
    """
    _check_iterable(accounts)
    auditor = _Auditor(policy, at, across=across)
    findings: list[Finding] = []
    row_errors: list[RowError] = []
    by_rule = dict.fromkeys(RULES, 0)
    by_severity = dict.fromkeys(Severity, 0)
    error_rows = 0
    seen: dict[str, None] = {}
    for position, item in _items(accounts, seen):
        if isinstance(item, Row) and item.errors:
            error_rows += 1
        for found in auditor.feed(item, position):
            if isinstance(found, RowError):
                if keep_findings:
                    row_errors.append(found)
                continue
            by_rule[found.code] += 1
            by_severity[found.severity] += 1
            if keep_findings:
                findings.append(found)
    unknown, notices = _about(accounts)
    return AuditReport(
        unknown_columns=unknown or tuple(seen),
        findings=tuple(findings),
        row_errors=tuple(row_errors),
        accounts=auditor.accounts,
        error_rows=error_rows,
        by_rule={code: count for code, count in by_rule.items() if count},
        by_severity=by_severity,
        notices=notices,
        at=auditor.at,
        policy_effective=auditor.version.effective,
        dated=auditor.dated,
    )


def _about(accounts: object) -> tuple[tuple[str, ...], tuple[Notice, ...]]:
    """The unknown columns and notices of an inventory (a Loaded or a reader read through)."""
    unknown = getattr(accounts, "unknown_columns", ())
    notices = getattr(accounts, "notices", ())
    if not (isinstance(unknown, tuple) and all(isinstance(name, str) for name in unknown)):
        unknown = ()
    if not (isinstance(notices, tuple) and all(isinstance(n, Notice) for n in notices)):
        notices = ()
    return unknown, notices
