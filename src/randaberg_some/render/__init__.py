"""The rendering layer: every report the library returns, as text, JSON, records or HTML.

The core's reports (:class:`~randaberg_some.AuditReport`,
:class:`~randaberg_some.ResponseReport`, :class:`~randaberg_some.HandlePlan`,
:class:`~randaberg_some.ReadinessAssessment`, the screening of a comment, the
moderation queue, the registry's verifications and published list) hold data only. This
package turns them into what a person or a program reads:

- :func:`text`: plain text for a terminal, in the chosen language, with every control
  character in the data shown escaped so that a cell cannot forge a line or drive the
  terminal;
- :func:`to_json`: a JSON document (messages in all three languages);
- :func:`records`: a list of flat dicts, one per finding or item, for pandas;
- :func:`html`: an HTML fragment, everything escaped, styled for a notebook's light and
  dark themes; :func:`page`: the same as a whole HTML document;
- :func:`dataframe`: the records as a typed ``pandas.DataFrame`` (pandas imported then);
- :func:`sheets`: the sheets of a workbook, for ``to_excel`` (the two reports);
- :func:`short`: a one-line ``repr`` with the counts;
- :func:`toml`: a :class:`~randaberg_some.Policy` as the text of a policy file.

Each kind of report has its own module here; the functions below pick it by the report's
type and import it on first use.

Examples:
    >>> from randaberg_some import plan_handles, render
    >>> print(render.text(plan_handles("Bassenget", ["facebook"]), "en"))
    Facebook  @randabergkommune.bassenget  https://www.facebook.com/randabergkommune.bassenget
              - Facebook does not allow '_'; ...
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Final

from ..errors import RandabergSomeError
from ..messages import Lang, Message, check_lang

if TYPE_CHECKING:
    import pandas

    from ._sheet import Sheet

__all__ = [
    "dataframe",
    "html",
    "page",
    "records",
    "sheets",
    "short",
    "text",
    "to_json",
    "toml",
]

# The module of this package that renders each kind of report, by the report's class name.
_MODULES: Final = {
    "AuditReport": "audit",
    "ResponseReport": "responses",
    "HandlePlan": "plan",
    "OrganisationPlan": "organisation_plan",
    "ReadinessAssessment": "readiness",
    "Loaded": "loaded",
    "Screening": "screening",
    "ModerationQueue": "screening",
    "Verification": "registry",
    "LookalikeReport": "registry",
    "PublishedRegistry": "registry",
    "Policy": "policy",
    "PolicyVersion": "policy",
    "PolicyDiff": "policy_diff",
}


def _renderer(report: object) -> ModuleType:
    name = _MODULES.get(type(report).__name__)
    if name is None:
        raise RandabergSomeError(
            "'report' must be an AuditReport, ResponseReport, HandlePlan, OrganisationPlan, "
            "ReadinessAssessment, Loaded, Screening, ModerationQueue, Verification, "
            "LookalikeReport, PublishedRegistry, Policy, PolicyVersion or PolicyDiff "
            f"(got {type(report).__name__})"
        )
    return import_module(f".{name}", __name__)


def text(report: object, lang: Lang = "nb") -> str:
    """Return ``report`` as plain text in ``lang``, control characters escaped."""
    checked = check_lang(lang)
    result: str = _renderer(report).text(report, checked)
    return result


def to_json(report: object, *, indent: int | None = 2) -> str:
    """Return ``report`` as a JSON document (messages in all three languages)."""
    result: str = _renderer(report).to_json(report, indent=indent)
    return result


def toml(policy: object) -> str:
    """Return ``policy`` (a Policy or PolicyVersion) as the text of a policy file (TOML).

    The text reads back equal with :func:`~randaberg_some.files.policy.load_policy`; a
    later version writes only the sections that changed.

    Raises:
        RandabergSomeError: ``policy`` is not a Policy or a PolicyVersion.

    Examples:
        >>> from randaberg_some import render
        >>> from randaberg_some.policy import RANDABERG_POLICY
        >>> print(render.toml(RANDABERG_POLICY).splitlines()[2])
        schema = 1
    """
    from ..policy import Policy, PolicyVersion

    if isinstance(policy, PolicyVersion):
        policy = Policy(versions=(policy,))
    if not isinstance(policy, Policy):
        raise RandabergSomeError(
            f"'policy' must be a Policy or a PolicyVersion (got {type(policy).__name__})"
        )
    from ._policy_toml import toml as write

    return write(policy)


def records(report: object, lang: Lang = "nb") -> list[dict[str, object]]:
    """Return ``report`` as flat records (one dict per finding or item), for pandas."""
    checked = check_lang(lang)
    result: list[dict[str, object]] = _renderer(report).records(report, checked)
    return result


def html(report: object, lang: Lang = "nb") -> str:
    """Return ``report`` as an HTML fragment in ``lang``, everything escaped."""
    checked = check_lang(lang)
    result: str = _renderer(report).html(report, checked)
    return result


def short(report: object) -> str:
    """Return a one-line ``repr`` of ``report``: its kind and counts, never its contents."""
    result: str = _renderer(report).short(report)
    return result


def dataframe(report: object, lang: Lang = "nb") -> pandas.DataFrame:
    """Return :func:`records` as a ``pandas.DataFrame`` with typed columns.

    Row numbers are ``Int64``, a severity or status an ordered categorical, times tz-aware
    (Europe/Oslo), text ``string``.

    Raises:
        MissingDependencyError: pandas is not installed (``pip install pandas``).
    """
    checked = check_lang(lang)
    result: pandas.DataFrame = _renderer(report).dataframe(report, checked)
    return result


def sheets(report: object, lang: Lang = "nb") -> list[Sheet]:
    """Return the sheets of ``report``'s workbook (an audit or response report), in ``lang``.

    Raises:
        RandabergSomeError: ``report`` is not an AuditReport or a ResponseReport.
    """
    checked = check_lang(lang)
    module = _renderer(report)
    if not hasattr(module, "sheets"):
        raise RandabergSomeError(
            "only an AuditReport, a ResponseReport, a ModerationQueue or an OrganisationPlan "
            f"has a workbook (got {type(report).__name__})"
        )
    result: list[Sheet] = module.sheets(report, checked)
    return result


_TITLE: Final = {
    "AuditReport": Message(nb="Kontroll av kontoer", nn="Kontroll av kontoar", en="Account audit"),
    "ResponseReport": Message(nb="Svarfrister", nn="Svarfristar", en="Response deadlines"),
    "ModerationQueue": Message(nb="Moderasjonskø", nn="Moderasjonskø", en="Moderation queue"),
    "OrganisationPlan": Message(
        nb="Plan for brukernavn", nn="Plan for brukarnamn", en="Plan of handles"
    ),
    "Screening": Message(
        nb="Gjennomgått kommentar", nn="Gjennomgått kommentar", en="Screened comment"
    ),
    "PublishedRegistry": Message(
        nb="Offisielle kontoer", nn="Offisielle kontoar", en="Official accounts"
    ),
    "LookalikeReport": Message(
        nb="Mulige etterligninger", nn="Moglege etterlikningar", en="Possible look-alikes"
    ),
    "Verification": Message(
        nb="Er kontoen offisiell?", nn="Er kontoen offisiell?", en="Is the account official?"
    ),
    "PolicyDiff": Message(
        nb="Endringer i retningslinjene",
        nn="Endringar i retningslinene",
        en="Changes to the guideline",
    ),
}


def page(report: object, lang: Lang = "nb") -> str:
    """Return ``report`` as a whole HTML document (for ``--out report.html``)."""
    import html as _html

    checked = check_lang(lang)
    title = _TITLE.get(type(report).__name__, Message.same("randaberg-some")).text(checked)
    return (
        f'<!DOCTYPE html>\n<html lang="{checked}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light dark">\n'
        f"<title>{_html.escape(title)}</title>\n</head>\n<body>\n<h1>{_html.escape(title)}</h1>\n"
        f"{html(report, checked)}\n</body>\n</html>\n"
    )
