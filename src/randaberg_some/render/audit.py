r"""The audit report (:class:`~randaberg_some.audit.AuditReport`) as text, JSON, records, HTML.

Every piece of data from an inventory (a platform, a handle, a message that quotes a cell,
a column's name) goes through :func:`~randaberg_some.render._common.safe` in the text, so
that a cell holding a line break or a terminal's escape codes can neither forge a line of
the report nor drive the terminal; HTML escapes everything.

Examples:
    >>> from randaberg_some import Account, audit, render
    >>> report = audit([Account(platform="myspace", name="Randaberg kommune",
    ...                         handle="@randabergkommune\nrad 9  ok", administrators=["Kari"],
    ...                         purposes=["information"])])
    >>> print(render.text(report, "en").splitlines()[0][:48])
    account 1  myspace  @randabergkommune\nrad 9  ok
"""

from __future__ import annotations

import html as _html
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Final

from .._tables import row_key
from ..messages import LANGUAGES, Lang, Message
from ..platforms import Platform
from ..rules import RULES, Severity
from ._common import json_text, safe, whole_or_none
from ._grouping import group, platform_label
from ._labels import SEVERITY, field_label, fix_text
from ._sheet import Sheet
from ._style import STYLE

if TYPE_CHECKING:
    import pandas

    from ..auditing import AuditReport, Finding
    from ..rows import RowError

__all__ = ["dataframe", "html", "records", "sheets", "short", "summary", "text", "to_json"]

_SUMMARY: Final = Message(
    nb="{accounts} kontoer, {rows} rader som ikke kunne leses: {error} feil, {warning} "
    "advarsler, {info} merknader.",
    nn="{accounts} kontoar, {rows} rader som ikkje kunne lesast: {error} feil, {warning} "
    "åtvaringar, {info} merknader.",
    en="{accounts} accounts, {rows} unreadable rows: {error} errors, {warning} warnings, "
    "{info} info.",
)
_UNKNOWN: Final = Message(
    nb="Merk: ukjente kolonner er hoppet over: {names}",
    nn="Merk: ukjende kolonnar er hoppa over: {names}",
    en="Note: unknown columns were ignored: {names}",
)
_NOTICE: Final = Message(nb="Merk: {text}", nn="Merk: {text}", en="Note: {text}")
_AT: Final = Message(nb="Vurdert per {at}.", nn="Vurdert per {at}.", en="Judged as of {at}.")
_EFFECTIVE: Final = Message(
    nb="Retningslinjene i versjonen fra {effective}.",
    nn="Retningslinene i versjonen frå {effective}.",
    en="The policy in its version of {effective}.",
)
_ROW: Final = Message(nb="rad {row}", nn="rad {row}", en="row {row}")
_ACCOUNT: Final = Message(nb="konto nr. {n}", nn="konto nr. {n}", en="account {n}")
_UNREADABLE: Final = Message(
    nb="rad som ikke kan leses", nn="rad som ikkje kan lesast", en="unreadable row"
)


def summary(report: AuditReport, lang: Lang) -> str:
    """One sentence with the counts, in ``lang``."""
    counts = report.by_severity
    error, warning, info = (counts.get(severity, 0) for severity in Severity)
    return _SUMMARY.format(
        accounts=report.accounts, rows=report.error_rows, error=error, warning=warning, info=info
    ).text(lang)


def _finding(finding: Finding, lang: Lang | None) -> dict[str, object]:
    account = finding.account
    violation = finding.violation
    platform = account.platform
    message: object = (
        violation.text(lang)
        if lang is not None
        else {language: violation.text(language) for language in LANGUAGES}
    )
    return {
        "row": finding.row,
        "position": finding.position,
        "platform": platform.value if isinstance(platform, Platform) else platform,
        "handle": account.handle,
        "name": account.name,
        "unit": None if account.unit is None else account.unit.name,
        "code": violation.code,
        "rule": RULES[violation.code].name if violation.code in RULES else None,
        "severity": violation.severity.value,
        "field": violation.field,
        "message": message,
        "source": violation.source,
        "fix": violation.fix,
        "cells": None,
    }


def _error(error: RowError, lang: Lang | None) -> dict[str, object]:
    message: object = (
        error.text(lang)
        if lang is not None
        else {language: error.text(language) for language in LANGUAGES}
    )
    return {
        "row": error.row,
        "position": error.row,
        "platform": error.platform,
        "handle": error.handle,
        "name": None,
        "unit": None,
        "code": None,
        "rule": "row-error",
        "severity": Severity.ERROR.value,
        "field": error.field,
        "message": message,
        "source": None,
        "fix": None,
        "cells": " | ".join(error.cells) or None,
    }


def _records(report: AuditReport, lang: Lang | None) -> list[dict[str, object]]:
    ordered: list[tuple[tuple[int, int], int, dict[str, object]]] = []
    for order, error in enumerate(report.row_errors):
        ordered.append((row_key(error.row), order, _error(error, lang)))
    offset = len(ordered)
    for order, finding in enumerate(report.findings, start=offset):
        ordered.append((row_key(finding.row), order, _finding(finding, lang)))
    ordered.sort(key=lambda item: (item[0], item[1]))
    return [record for _, _, record in ordered]


def records(report: AuditReport, lang: Lang) -> list[dict[str, object]]:
    """One flat dict per finding and per row error, in row order, for ``pandas.DataFrame``.

    The keys: ``row`` (the spreadsheet's row, or ``None``), ``position``, ``platform``,
    ``handle``, ``name``, ``unit``, ``code`` (``None`` for a row error), ``rule``
    (``"row-error"`` for a row error), ``severity``, ``field``, ``message`` (in ``lang``),
    ``source``, ``fix``, and ``cells`` (a row error's first cells, joined by ``" | "``,
    where it has neither platform nor handle; else ``None``).
    """
    return _records(report, lang)


def to_json(report: AuditReport, *, indent: int | None = 2) -> str:
    """The report as a JSON document: ``ok``, the counts, notices and ``records``.

    Each record's ``message`` is an object with the text in ``nb``, ``nn`` and ``en``. An
    audit over time (``at=``) adds ``at`` and ``policy_effective`` (ISO dates or ``null``).
    """
    document = {
        "ok": report.ok,
        "accounts": report.accounts,
        "error_rows": report.error_rows,
        "by_severity": {severity.value: count for severity, count in report.by_severity.items()},
        "by_rule": dict(report.by_rule),
        "unknown_columns": list(report.unknown_columns),
        "notices": [
            {"code": notice.code, "message": {lang: notice.text(lang) for lang in LANGUAGES}}
            for notice in report.notices
        ],
        "records": _records(report, None),
    }
    # Only an audit over time says its day, so that a timeless audit's document is as it was.
    if (report.at is not None and report.dated) or report.policy_effective is not None:
        document["at"] = _day(report.at)
        document["policy_effective"] = _day(report.policy_effective)
    return json_text(document, indent)


def _day(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _dated(report: AuditReport, lang: Lang) -> list[str]:
    """The day of an audit over time and its policy version's date, each a line."""
    lines = []
    if report.at is not None and report.dated:
        lines.append(_AT.format(at=report.at.isoformat()).text(lang))
    if report.policy_effective is not None:
        lines.append(_EFFECTIVE.format(effective=report.policy_effective.isoformat()).text(lang))
    return lines


def _who(record: dict[str, object]) -> str:
    """The account a record concerns: its platform and handle, or a row error's cells."""
    named = [safe(str(record[key])) for key in ("platform", "handle") if record[key]]
    if named:
        return "  ".join(named)
    cells = record["cells"]
    return safe(cells) if isinstance(cells, str) else ""


def text(report: AuditReport, lang: Lang) -> str:
    """The report as plain text, one line per finding and row error, then the counts."""
    lines = [_NOTICE.format(text=notice.message).text(lang) for notice in report.notices]
    lines = [*_dated(report, lang), *(safe(line) for line in lines)]
    if report.unknown_columns:
        names = ", ".join(safe(repr(name)) for name in report.unknown_columns)
        lines.append(_UNKNOWN.format(names=names).text(lang))
    for record in _records(report, lang):
        row = record["row"]
        where = (
            _ROW.format(row=row) if row is not None else _ACCOUNT.format(n=record["position"])
        ).text(lang)
        message = safe(str(record["message"]))
        who = _who(record)
        if record["code"] is None:
            field = f" ({safe(str(record['field']))})" if record["field"] else ""
            prefix = f"{where}  {who}" if who else where
            lines.append(f"{prefix}  {_UNREADABLE.text(lang)}{field}: {message}")
            continue
        severity = SEVERITY[Severity(record["severity"])].text(lang)
        lines.append(f"{where}  {who}  {record['code']} {severity}: {message}")
    lines.append(summary(report, lang))
    return "\n".join(lines)


_COUNTS: Final = (
    (
        Message(nb="konto", nn="konto", en="account"),
        Message(nb="kontoer", nn="kontoar", en="accounts"),
    ),
    (Message(nb="feil", nn="feil", en="error"), Message(nb="feil", nn="feil", en="errors")),
    (
        Message(nb="advarsel", nn="åtvaring", en="warning"),
        Message(nb="advarsler", nn="åtvaringar", en="warnings"),
    ),
    (
        Message(nb="merknad", nn="merknad", en="info"),
        Message(nb="merknader", nn="merknader", en="info"),
    ),
    (
        Message(nb="rad som ikke kan leses", nn="rad som ikkje kan lesast", en="unreadable row"),
        Message(
            nb="rader som ikke kan leses", nn="rader som ikkje kan lesast", en="unreadable rows"
        ),
    ),
)
_HEADS: Final = (
    Message(nb="Alvor", nn="Alvor", en="Severity"),
    Message(nb="Felt", nn="Felt", en="Field"),
    Message(nb="Melding", nn="Melding", en="Message"),
    Message(nb="Retting", nn="Retting", en="Fix"),
    Message(nb="Regel", nn="Regel", en="Rule"),
)
_ERROR_HEADS: Final = (
    Message(nb="Rad", nn="Rad", en="Row"),
    Message(nb="Plattform", nn="Plattform", en="Platform"),
    Message(nb="Brukernavn eller celler", nn="Brukarnamn eller celler", en="Handle or cells"),
    Message(nb="Felt", nn="Felt", en="Field"),
    Message(nb="Melding", nn="Melding", en="Message"),
)
_UNREADABLE_ROWS: Final = Message(
    nb="Rader som ikke kan leses", nn="Rader som ikkje kan lesast", en="Unreadable rows"
)
_MORE: Final = Message(
    nb="… og {more} funn til (se to_records() eller to_excel())",
    nn="… og {more} funn til (sjå to_records() eller to_excel())",
    en="… and {more} more findings (see to_records() or to_excel())",
)
_NO_FINDINGS: Final = Message(nb="Ingen funn.", nn="Ingen funn.", en="No findings.")


def _counts(report: AuditReport, lang: Lang) -> list[tuple[int, str, str]]:
    """(count, word, class) for the counts on top of the report."""
    by = report.by_severity
    numbers = (
        (report.accounts, ""),
        (by.get(Severity.ERROR, 0), "rs-error"),
        (by.get(Severity.WARNING, 0), "rs-warning"),
        (by.get(Severity.INFO, 0), "rs-info"),
        (report.error_rows, "rs-error"),
    )
    return [
        (count, words[count != 1].text(lang), css)
        for (count, css), words in zip(numbers, _COUNTS, strict=True)
    ]


def _cell(value: object, css: str = "") -> str:
    klass = f' class="{css}"' if css else ""
    return f"<td{klass}>{_html.escape('' if value is None else str(value))}</td>"


def _badge(severity: str, lang: Lang) -> str:
    word = _html.escape(SEVERITY[Severity(severity)].text(lang))
    return f'<td><span class="rs-badge">{word}</span></td>'


def _account_html(found: list[dict[str, object]], lang: Lang) -> list[str]:
    first = found[0]
    row = first["row"]
    where = _ROW.format(row=row) if row is not None else _ACCOUNT.format(n=first["position"])
    who = " · ".join(
        _html.escape(str(part))
        for part in (platform_label(first["platform"]), first["handle"], first["name"])
        if part
    )
    unit = f" · {_html.escape(str(first['unit']))}" if first["unit"] else ""
    heads = "".join(f"<th>{_html.escape(head.text(lang))}</th>" for head in _HEADS)
    parts = [
        '<section class="rs-account">',
        f'<h4><span class="rs-who">{who}</span>'
        f'<span class="rs-muted">{unit} · {_html.escape(where.text(lang))}</span></h4>',
        f"<table><thead><tr>{heads}</tr></thead><tbody>",
    ]
    for record in found:
        severity = str(record["severity"])
        field = record["field"] if isinstance(record["field"], str) else None
        fix = record["fix"] if isinstance(record["fix"], str) else None
        rule = f"{record['code']} ({record['source']})" if record["source"] else record["code"]
        parts.append(
            f'<tr class="rs-{severity}">'
            + _badge(severity, lang)
            + _cell(field_label(field, lang))
            + _cell(record["message"])
            + _cell(fix_text(fix, field, lang))
            + f"<td><code>{_html.escape(str(rule))}</code></td>"
            + "</tr>"
        )
    parts.append("</tbody></table></section>")
    return parts


def _errors_html(errors: list[dict[str, object]], lang: Lang) -> list[str]:
    heads = "".join(f"<th>{_html.escape(head.text(lang))}</th>" for head in _ERROR_HEADS)
    parts = [
        '<section class="rs-unreadable">',
        f"<h4>{_html.escape(_UNREADABLE_ROWS.text(lang))}</h4>",
        f"<table><thead><tr>{heads}</tr></thead><tbody>",
    ]
    for record in errors:
        field = record["field"] if isinstance(record["field"], str) else None
        parts.append(
            '<tr class="rs-error">'
            + _cell(record["row"])
            + _cell(platform_label(record["platform"]))
            + _cell(record["handle"] or record["cells"])
            + _cell(field_label(field, lang))
            + _cell(record["message"])
            + "</tr>"
        )
    parts.append("</tbody></table></section>")
    return parts


def html(report: AuditReport, lang: Lang, *, limit: int | None = 200) -> str:
    """The report as an HTML fragment for the people who act on it; everything escaped.

    The counts on top; then the findings grouped by account (the accounts with errors
    first, then by row), each with its severity as a word on a coloured badge, the field
    as a person names it, the message, the fix spelled out and the rule; a sentence said
    twice on one account is shown once; then the rows that could not be read.

    Args:
        report: The report.
        lang: The language of the messages and headings.
        limit: At most this many findings are shown, and a note says how many more there
            are; ``None`` shows every finding. Unreadable rows are always shown.
    """
    limit = whole_or_none(limit, "limit")
    groups, errors = group(_records(report, lang))
    counts = "".join(
        f'<li class="{css}"><strong>{count}</strong>{_html.escape(word)}</li>'
        for count, word, css in _counts(report, lang)
    )
    parts = [
        '<div class="randaberg-some rs-audit">',
        STYLE,
        f'<ul class="rs-counts">{counts}</ul>',
    ]
    notes = [_NOTICE.format(text=notice.message).text(lang) for notice in report.notices]
    if report.unknown_columns:
        names = ", ".join(repr(name) for name in report.unknown_columns)
        notes.append(_UNKNOWN.format(names=names).text(lang))
    parts += [f'<p class="rs-notice">{_html.escape(note)}</p>' for note in notes]
    left = limit
    hidden = 0
    for found in groups:
        if left is not None and left <= 0:
            hidden += len(found)
            continue
        shown = found if left is None else found[:left]
        hidden += len(found) - len(shown)
        if left is not None:
            left -= len(shown)
        parts += _account_html(shown, lang)
    if not groups and not errors:
        parts.append(f"<p>{_html.escape(_NO_FINDINGS.text(lang))}</p>")
    if hidden:
        parts.append(
            f'<p class="rs-muted">{_html.escape(_MORE.format(more=hidden).text(lang))}</p>'
        )
    if errors:
        parts += _errors_html(errors, lang)
    parts.append("</div>")
    return "\n".join(parts)


def short(report: AuditReport) -> str:
    """A one-line repr: the counts, never the contents."""
    by = report.by_severity
    return (
        f"<AuditReport: {report.accounts} accounts, {report.error_rows} unreadable rows, "
        f"{by.get(Severity.ERROR, 0)} errors, {by.get(Severity.WARNING, 0)} warnings, "
        f"{by.get(Severity.INFO, 0)} info>"
    )


_COLUMNS: Final = (
    "row", "position", "platform", "handle", "name", "unit", "code", "rule", "severity",
    "field", "message", "source", "fix", "cells",
)  # fmt: skip


def dataframe(report: AuditReport, lang: Lang) -> pandas.DataFrame:
    """The records as a DataFrame: ``row``/``position`` Int64, ``severity`` ordered."""
    from ._frames import frame

    return frame(
        _records(report, lang),
        _COLUMNS,
        ints=("row", "position"),
        categories={"severity": [severity.value for severity in Severity]},
    )


_SHEET_NAMES: Final = (
    Message(nb="Funn", nn="Funn", en="Findings"),
    Message(nb="Rader som ikke kan leses", nn="Rader som ikkje kan lesast", en="Unreadable rows"),
    Message(nb="Sammendrag", nn="Samandrag", en="Summary"),
)
_SHEET_HEADS: Final = (
    (Message(nb="Alvor", nn="Alvor", en="Severity"), 11),
    (Message(nb="Rad", nn="Rad", en="Row"), 6),
    (Message(nb="Plattform", nn="Plattform", en="Platform"), 11),
    (Message(nb="Brukernavn", nn="Brukarnamn", en="Handle"), 30),
    (Message(nb="Kontonavn", nn="Kontonamn", en="Account name"), 30),
    (Message(nb="Enhet", nn="Eining", en="Unit"), 18),
    (Message(nb="Kode", nn="Kode", en="Code"), 7),
    (Message(nb="Regel", nn="Regel", en="Rule"), 24),
    (Message(nb="Retningslinje", nn="Retningsline", en="Guideline"), 12),
    (Message(nb="Felt", nn="Felt", en="Field"), 14),
    (Message(nb="Melding", nn="Melding", en="Message"), 70),
    (Message(nb="Retting", nn="Retting", en="Fix"), 34),
)
_SUMMARY_HEADS: Final = (
    (Message(nb="Hva", nn="Kva", en="What"), 30),
    (Message(nb="Antall", nn="Tal", en="Count"), 10),
)


def sheets(report: AuditReport, lang: Lang) -> list[Sheet]:
    """The report as three sheets: the findings, the unreadable rows and the counts."""
    findings: list[Sequence[object]] = []
    styles: list[str | None] = []
    groups, errors = group(_records(report, lang))
    words = {severity.value: SEVERITY[severity].text(lang) for severity in Severity}
    for found in groups:
        for record in found:
            field = record["field"] if isinstance(record["field"], str) else None
            fix = record["fix"] if isinstance(record["fix"], str) else None
            severity = str(record["severity"])
            styles.append(severity)
            findings.append(
                (
                    words[severity],
                    record["row"] if record["row"] is not None else f"#{record['position']}",
                    platform_label(record["platform"]),
                    record["handle"],
                    record["name"],
                    record["unit"],
                    record["code"],
                    record["rule"],
                    record["source"],
                    field_label(field, lang) or None,
                    record["message"],
                    fix_text(fix, field, lang) or None,  # an empty cell is not written
                )
            )
    unreadable = [
        (
            record["row"],
            platform_label(record["platform"]),
            record["handle"] or record["cells"],
            field_label(record["field"] if isinstance(record["field"], str) else None, lang),
            record["message"],
        )
        for record in errors
    ]
    summed = [(word, count) for count, word, _ in _counts(report, lang)]
    return [
        Sheet(
            name=_SHEET_NAMES[0].text(lang),
            headings=tuple(head.text(lang) for head, _ in _SHEET_HEADS),
            rows=findings,  # type: ignore[arg-type]
            widths=tuple(width for _, width in _SHEET_HEADS),
            styles=styles,
            styled=0,
        ),
        Sheet(
            name=_SHEET_NAMES[1].text(lang),
            headings=tuple(head.text(lang) for head in _ERROR_HEADS),
            rows=unreadable,  # type: ignore[arg-type]
            widths=(6, 11, 30, 14, 70),
            styles=["error"] * len(unreadable),
            styled=None,
        ),
        Sheet(
            name=_SHEET_NAMES[2].text(lang),
            headings=tuple(head.text(lang) for head, _ in _SUMMARY_HEADS),
            rows=summed,
            widths=tuple(width for _, width in _SUMMARY_HEADS),
        ),
    ]
