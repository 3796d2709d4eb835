"""The rendering layer: every report the library returns, as text, JSON, records or HTML.

The core's reports (:class:`~randaberg_some.AuditReport`,
:class:`~randaberg_some.ResponseReport`, :class:`~randaberg_some.HandlePlan`,
:class:`~randaberg_some.ReadinessAssessment`) hold data only. This package turns them into
what a person or a program reads:

- :func:`text`: plain text for a terminal, in the chosen language, with every control
  character in the data shown escaped so that a cell cannot forge a line or drive the
  terminal;
- :func:`to_json`: a JSON document (messages in all three languages);
- :func:`records`: a list of flat dicts, one per finding or item, for pandas;
- :func:`html`: an HTML fragment, everything escaped.

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
from typing import Final

from ..errors import RandabergSomeError
from ..messages import Lang, check_lang

__all__ = ["html", "records", "text", "to_json"]

# The module of this package that renders each kind of report, by the report's class name.
_MODULES: Final = {
    "AuditReport": "audit",
    "ResponseReport": "responses",
    "HandlePlan": "plan",
    "ReadinessAssessment": "readiness",
}


def _renderer(report: object) -> ModuleType:
    name = _MODULES.get(type(report).__name__)
    if name is None:
        raise RandabergSomeError(
            "'report' must be an AuditReport, ResponseReport, HandlePlan or "
            f"ReadinessAssessment (got {type(report).__name__})"
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
