"""A unit's handle plan (:class:`~randaberg_some.HandlePlan`) as text, JSON, records and HTML.

Examples:
    >>> from randaberg_some.naming import plan_handles
    >>> from randaberg_some.render import plan
    >>> handles = plan_handles("Bassenget", ["instagram", "linkedin"])
    >>> print(plan.text(handles, "en"))
    Instagram  @randabergkommune_bassenget  https://www.instagram.com/randabergkommune_bassenget/
    LinkedIn   randabergkommune-bassenget   https://www.linkedin.com/company/randabergkommune-bassenget/
               - LinkedIn does not allow '_'; ...
               - LinkedIn does not show usernames with '@'.
    >>> plan.records(handles, "en")[0]["handle"]
    '@randabergkommune_bassenget'
"""

from __future__ import annotations

import html as _html
import json
from typing import TYPE_CHECKING

from ..messages import LANGUAGES, Lang, Message
from ._common import safe

if TYPE_CHECKING:
    import pandas

    from ..naming import HandlePlan

__all__ = ["dataframe", "document", "html", "records", "short", "text", "to_json"]


def text(report: HandlePlan, lang: Lang = "nb") -> str:
    """Return the plan as lines for a terminal: platform, handle, URL, then why it deviates.

    A plan without platforms is its canonical handle. Control characters are escaped.

    Args:
        report: The plan.
        lang: The language of the explanations.

    Returns:
        The text, without a final line break.
    """
    if not report.handles:
        return safe(report.canonical)
    width = max(len(planned.platform.label) for planned in report.handles)
    rows = [(planned, safe(planned.handle), safe(planned.url)) for planned in report.handles]
    handle_width = max(len(handle) for _, handle, _ in rows)
    lines = []
    for planned, handle, url in rows:
        lines.append(f"{planned.platform.label:<{width}}  {handle:<{handle_width}}  {url}")
        for deviation in planned.deviations:
            lines.append(f"{'':<{width}}  - {safe(deviation.message.text(lang))}")
    return "\n".join(lines)


def _languages(message: Message) -> dict[str, str]:
    return {lang: message.text(lang) for lang in LANGUAGES}


def to_json(report: HandlePlan, *, indent: int | None = 2) -> str:
    """Return the plan as a JSON document; explanations in all three languages.

    Args:
        report: The plan.
        indent: The indent of the document (``None``: one line).

    Returns:
        ``{"unit", "canonical", "abbreviation", "platforms": {platform: {"handle", "url",
        "deviations": [{"kind", "message": {"nb", "nn", "en"}}]}}}``.

    Examples:
        >>> from randaberg_some.naming import plan_handles
        >>> print(to_json(plan_handles("Bassenget", []), indent=None))
        {"unit": "Bassenget", "canonical": "@randabergkommune_bassenget", \
"abbreviation": "bassenget", "platforms": {}}
    """
    return json.dumps(document(report), ensure_ascii=False, indent=indent)


def document(report: HandlePlan) -> dict[str, object]:
    """The plan as the JSON document's object (see :func:`to_json`)."""
    return {
        "unit": report.unit,
        "canonical": report.canonical,
        "abbreviation": report.abbreviation,
        "platforms": {
            planned.platform.value: {
                "handle": planned.handle,
                "url": planned.url,
                "deviations": [
                    {"kind": deviation.kind.value, "message": _languages(deviation.message)}
                    for deviation in planned.deviations
                ],
            }
            for planned in report.handles
        },
    }


def records(report: HandlePlan, lang: Lang = "nb") -> list[dict[str, object]]:
    """Return one flat record per platform (for pandas).

    Args:
        report: The plan.
        lang: The language of the explanations.

    Returns:
        Dicts with ``unit``, ``canonical``, ``abbreviation``, ``platform``, ``handle``,
        ``url`` and ``deviations`` (the explanations joined with ``"; "``). A plan without
        platforms gives one record of its canonical handle, platform and URL ``None``.
    """
    base: dict[str, object] = {
        "unit": report.unit,
        "canonical": report.canonical,
        "abbreviation": report.abbreviation,
    }
    if not report.handles:
        return [
            {**base, "platform": None, "handle": report.canonical, "url": None, "deviations": ""}
        ]
    return [
        {
            **base,
            "platform": planned.platform.value,
            "handle": planned.handle,
            "url": planned.url,
            "deviations": "; ".join(d.message.text(lang) for d in planned.deviations),
        }
        for planned in report.handles
    ]


def html(report: HandlePlan, lang: Lang = "nb") -> str:
    """Return the plan as an HTML table, everything escaped.

    Args:
        report: The plan.
        lang: The language of the explanations.

    Returns:
        A ``<table>`` with one row per platform (or the canonical handle).

    Examples:
        >>> from randaberg_some.naming import plan_handles
        >>> html(plan_handles("Bassenget", []))
        '<table class="randaberg-some-plan"><tbody><tr><td>@randabergkommune_bassenget</td>...'
    """
    escape = _html.escape
    if not report.handles:
        body = f"<tr><td>{escape(report.canonical)}</td></tr>"
    else:
        body = "".join(
            f"<tr><th>{escape(planned.platform.label)}</th><td>{escape(planned.handle)}</td>"
            f'<td><a href="{escape(planned.url)}">{escape(planned.url)}</a></td><td>'
            + "<br>".join(escape(d.message.text(lang)) for d in planned.deviations)
            + "</td></tr>"
            for planned in report.handles
        )
    return f'<table class="randaberg-some-plan"><tbody>{body}</tbody></table>'


def short(report: HandlePlan) -> str:
    """A one-line repr: how many handles, and how many deviate."""
    deviating = sum(1 for planned in report.handles if planned.deviations)
    return f"<HandlePlan: {len(report.handles)} handles, {deviating} deviating>"


def dataframe(report: HandlePlan, lang: Lang = "nb") -> pandas.DataFrame:
    """The records as a DataFrame, every column ``string``."""
    from ._frames import frame

    columns = ("unit", "canonical", "abbreviation", "platform", "handle", "url", "deviations")
    return frame(records(report, lang), columns)
