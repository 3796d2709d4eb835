"""An organisation's plan as text, JSON, records, HTML and a workbook.

The plan is :class:`~randaberg_some.planning.OrganisationPlan`.

Examples:
    >>> from randaberg_some.planning import plan_organisation
    >>> from randaberg_some.render import organisation_plan
    >>> plan = plan_organisation(["Bassenget"], ["instagram"])
    >>> print(organisation_plan.text(plan, "en").splitlines()[0])
    Randaberg kommune: 1 units on 1 platforms, 0 conflicts.
    >>> organisation_plan.records(plan, "en")[0]["handle"]
    '@randabergkommune_bassenget'
"""

from __future__ import annotations

import html as _html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from ..messages import LANGUAGES, Lang, Message
from . import plan as unit_plan
from ._common import json_text, safe
from ._sheet import Sheet

if TYPE_CHECKING:
    import pandas

    from ..planning import OrganisationPlan, PlanConflict

__all__ = ["dataframe", "html", "records", "sheets", "short", "summary", "text", "to_json"]

_SUMMARY: Final = Message(
    nb="{organisation}: {units} enheter på {platforms} plattformer, {conflicts} konflikter.",
    nn="{organisation}: {units} einingar på {platforms} plattformer, {conflicts} konfliktar.",
    en="{organisation}: {units} units on {platforms} platforms, {conflicts} conflicts.",
)
_CONFLICTS: Final = Message(
    nb="Enheter som måtte vike:", nn="Einingar som måtte vike:", en="Units that gave way:"
)
_COLUMNS: Final = (
    "unit",
    "canonical",
    "abbreviation",
    "platform",
    "handle",
    "url",
    "deviations",
    "conflict",
)
_PLAN_HEADS: Final = (
    (Message(nb="Enhet", nn="Eining", en="Unit"), 28),
    (Message(nb="Forkortelse", nn="Forkorting", en="Abbreviation"), 14),
    (Message(nb="Plattform", nn="Plattform", en="Platform"), 11),
    (Message(nb="Brukernavn", nn="Brukarnamn", en="Handle"), 32),
    (Message(nb="Adresse", nn="Adresse", en="URL"), 48),
    (Message(nb="Avvik", nn="Avvik", en="Deviations"), 70),
)
_CONFLICT_HEADS: Final = (
    (Message(nb="Enhet", nn="Eining", en="Unit"), 28),
    (Message(nb="Ville ha", nn="Ville ha", en="Wanted"), 14),
    (Message(nb="Tatt av", nn="Teken av", en="Taken by"), 30),
    (Message(nb="Fikk", nn="Fekk", en="Got"), 14),
    (Message(nb="Hva skjedde", nn="Kva skjedde", en="What happened"), 80),
)
_SHEET_NAMES: Final = (
    Message(nb="Plan", nn="Plan", en="Plan"),
    Message(nb="Konflikter", nn="Konfliktar", en="Conflicts"),
)


def summary(report: OrganisationPlan, lang: Lang = "nb") -> str:
    """One sentence with the counts, in ``lang``."""
    return _SUMMARY.format(
        organisation=report.organisation,
        units=len(report.plans),
        platforms=len(report.platforms),
        conflicts=len(report.conflicts),
    ).text(lang)


def text(report: OrganisationPlan, lang: Lang = "nb") -> str:
    """Return the plan as text: the counts, each unit's handles, then who gave way and why.

    Control characters in the data are escaped.
    """
    lines = [safe(summary(report, lang))]
    for plan in report.plans:
        lines.append("")
        lines.append(f"{safe(plan.unit)}: {safe(plan.abbreviation)}")
        lines.extend("  " + line for line in unit_plan.text(plan, lang).splitlines())
    if report.conflicts:
        lines.append("")
        lines.append(_CONFLICTS.text(lang))
        lines.extend(f"- {safe(conflict.text(lang))}" for conflict in report.conflicts)
    return "\n".join(lines)


def _conflict(conflict: PlanConflict) -> dict[str, object]:
    return {
        "unit": conflict.unit,
        "wanted": conflict.wanted,
        "taken_by": conflict.taken_by,
        "existing": conflict.existing,
        "platform": None if conflict.platform is None else conflict.platform.value,
        "tried": list(conflict.tried),
        "chosen": conflict.chosen,
        "resolution": conflict.resolution.value,
        "message": {lang: conflict.text(lang) for lang in LANGUAGES},
    }


def to_json(report: OrganisationPlan, *, indent: int | None = 2) -> str:
    """Return the plan as a JSON document; explanations in all three languages.

    Returns:
        ``{"organisation", "platforms": [...], "units": [each unit's plan as
        :func:`randaberg_some.render.plan.to_json` writes it], "conflicts": [{"unit",
        "wanted", "taken_by", "existing", "platform", "tried", "chosen", "resolution",
        "message": {"nb", "nn", "en"}}]}``.

    Raises:
        RandabergSomeError: ``indent`` is not a whole number from 0 to 16, or ``None``.
    """
    document = {
        "organisation": report.organisation,
        "platforms": [platform.value for platform in report.platforms],
        "units": [unit_plan.document(plan) for plan in report.plans],
        "conflicts": [_conflict(conflict) for conflict in report.conflicts],
    }
    return json_text(document, indent)


def _conflict_texts(report: OrganisationPlan, lang: Lang) -> dict[str, str]:
    return {conflict.unit: conflict.text(lang) for conflict in report.conflicts}


def records(report: OrganisationPlan, lang: Lang = "nb") -> list[dict[str, object]]:
    """Return one flat record per unit and platform (for pandas).

    Returns:
        The records of :func:`randaberg_some.render.plan.records` for each unit, each with
        ``conflict``: why the unit gave way, or ``""``.
    """
    said = _conflict_texts(report, lang)
    return [
        {**record, "conflict": said.get(plan.unit, "")}
        for plan in report.plans
        for record in unit_plan.records(plan, lang)
    ]


def html(report: OrganisationPlan, lang: Lang = "nb") -> str:
    """Return the plan as an HTML table (one row per unit and platform), everything escaped."""
    escape = _html.escape
    rows = []
    for record in records(report, lang):
        cells = (record["unit"], record["abbreviation"], record["handle"], record["deviations"])
        platform = record["platform"] or ""
        rows.append(
            "<tr>"
            + f"<td>{escape(str(cells[0]))}</td><td>{escape(str(cells[1]))}</td>"
            + f"<td>{escape(str(platform))}</td><td>{escape(str(cells[2]))}</td>"
            + f"<td>{escape(str(cells[3]))}</td><td>{escape(str(record['conflict']))}</td>"
            + "</tr>"
        )
    head = "".join(
        f"<th>{escape(title.text(lang))}</th>"
        for title in (
            _PLAN_HEADS[0][0],
            _PLAN_HEADS[1][0],
            _PLAN_HEADS[2][0],
            _PLAN_HEADS[3][0],
            _PLAN_HEADS[5][0],
            _SHEET_NAMES[1],
        )
    )
    return (
        f'<p>{escape(summary(report, lang))}</p><table class="randaberg-some-plan">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def short(report: OrganisationPlan) -> str:
    """A one-line repr: how many units, platforms and conflicts."""
    return (
        f"<OrganisationPlan: {len(report.plans)} units, {len(report.platforms)} platforms, "
        f"{len(report.conflicts)} conflicts>"
    )


def dataframe(report: OrganisationPlan, lang: Lang = "nb") -> pandas.DataFrame:
    """The records as a DataFrame, every column ``string``."""
    from ._frames import frame

    return frame(records(report, lang), _COLUMNS)


def sheets(report: OrganisationPlan, lang: Lang) -> list[Sheet]:
    """The plan as two sheets: the handles, and the units that gave way."""
    planned: list[Sequence[str | None]] = [
        (
            str(record["unit"]),
            str(record["abbreviation"]),
            str(record["platform"] or ""),
            str(record["handle"]),
            str(record["url"] or ""),
            str(record["deviations"]) or None,
        )
        for record in records(report, lang)
    ]
    conflicts: list[Sequence[str | None]] = [
        (conflict.unit, conflict.wanted, conflict.taken_by, conflict.chosen, conflict.text(lang))
        for conflict in report.conflicts
    ]
    return [
        Sheet(
            name=_SHEET_NAMES[0].text(lang),
            headings=tuple(head.text(lang) for head, _ in _PLAN_HEADS),
            rows=planned,
            widths=tuple(width for _, width in _PLAN_HEADS),
        ),
        Sheet(
            name=_SHEET_NAMES[1].text(lang),
            headings=tuple(head.text(lang) for head, _ in _CONFLICT_HEADS),
            rows=conflicts,
            widths=tuple(width for _, width in _CONFLICT_HEADS),
        ),
    ]
