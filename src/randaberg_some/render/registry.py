"""The registry's results for reading: a verification, a look-alike report, the published list.

The published list's HTML is a fragment for the organisation's website: a ``<section>``
with a ``lang`` attribute, a heading, one heading and list per platform, and links whose
text says the platform, the handle and the account's name (no "click here"). Everything is
escaped; a handle in a URL is percent-encoded.

Examples:
    >>> from randaberg_some import Account
    >>> from randaberg_some.registry import publish_registry
    >>> published = publish_registry([Account(platform="facebook", name="Randaberg kommune",
    ...                                       handle="@randabergkommune")], lang="en")
    >>> print(published.html)  # doctest: +NORMALIZE_WHITESPACE
    <section class="rs-registry" lang="en" aria-labelledby="rs-registry-heading">
    <h2 id="rs-registry-heading">Official accounts of Randaberg kommune</h2>
    <p>These are Randaberg kommune's official accounts on social media. Other accounts
    that use its name are not the kommune's.</p>
    <h3>Facebook</h3>
    <ul>
    <li><a href="https://www.facebook.com/randabergkommune">Facebook: @randabergkommune
    (Randaberg kommune)</a></li>
    </ul>
    </section>
"""

from __future__ import annotations

import html as _html
from typing import TYPE_CHECKING, Final
from urllib.parse import quote

from ..accounts import Account
from ..messages import LANGUAGES, Lang, Message
from ..platforms import Platform
from ..registry import LookalikeReport, PublishedRegistry, Verdict, Verification
from ._common import json_text, safe
from ._style import STYLE

if TYPE_CHECKING:
    import pandas

__all__ = ["dataframe", "html", "records", "short", "text", "to_json"]

Report = Verification | LookalikeReport | PublishedRegistry

_HEADING: Final = Message(
    nb="Offisielle kontoer for {organisation}",
    nn="Offisielle kontoar for {organisation}",
    en="Official accounts of {organisation}",
)
_INTRO: Final = Message(
    nb="Dette er de offisielle kontoene til {organisation} i sosiale medier. Andre kontoer "
    "som bruker navnet, er ikke kommunens.",
    nn="Dette er dei offisielle kontoane til {organisation} i sosiale medium. Andre kontoar "
    "som bruker namnet, er ikkje kommunen sine.",
    en="These are {organisation}'s official accounts on social media. Other accounts that "
    "use its name are not the kommune's.",
)
_NONE: Final = Message(
    nb="Ingen kontoer er registrert.",
    nn="Ingen kontoar er registrerte.",
    en="No accounts are registered.",
)
_VERDICT: Final = Message(nb="Vurdering", nn="Vurdering", en="Verdict")
_REVIEW: Final = Message(
    nb="{n} av {total} bør ses på av en person.",
    nn="{n} av {total} bør sjåast på av ein person.",
    en="{n} of {total} should be looked at by a person.",
)
_COLUMNS: Final = (
    Message(nb="vurdering", nn="vurdering", en="verdict"),
    Message(nb="plattform", nn="plattform", en="platform"),
    Message(nb="oppgitt", nn="oppgitt", en="given"),
    Message(nb="ligner på", nn="liknar på", en="looks like"),
    Message(nb="hvorfor", nn="kvifor", en="why"),
)


def _url(account: Account, platform: Platform) -> str:
    bare = account.handle.strip().removeprefix("@")
    return platform.rules.url(quote(bare, safe="@._-"))


def _display(account: Account, platform: Platform) -> str:
    return platform.rules.display(account.handle.strip().removeprefix("@"))


def _platform_of(account: Account) -> Platform:
    platform = account.platform
    assert isinstance(platform, Platform)  # the registry keeps only these
    return platform


def _account_json(account: Account | None) -> dict[str, object] | None:
    if account is None:
        return None
    platform = _platform_of(account)
    return {
        "platform": platform.value,
        "platform_label": platform.label,
        "name": account.name,
        "handle": _display(account, platform),
        "url": _url(account, platform),
        "unit": None if account.unit is None else account.unit.name,
    }


def _message(message: Message) -> dict[str, str]:
    return {lang: message.text(lang) for lang in LANGUAGES}


def _verification_json(item: Verification) -> dict[str, object]:
    return {
        "given": item.given,
        "verdict": item.verdict.value,
        "platform": None if item.platform is None else item.platform.value,
        "handle": item.handle,
        "account": _account_json(item.account),
        "reasons": [{"code": e.code, "detail": e.detail} for e in item.reasons],
        "score": item.score,
        "message": _message(item.message),
        "per_platform": [_verification_json(one) for one in item.per_platform],
    }


def _reasons(item: Verification) -> str:
    return ", ".join(f"{e.code}: {e.detail}" if e.detail else e.code for e in item.reasons)


def _looks_like(item: Verification) -> str:
    if item.account is None:
        return ""
    platform = _platform_of(item.account)
    return f"{platform.label} {_display(item.account, platform)}"


def _verification_text(item: Verification, lang: Lang) -> str:
    lines = [f"{_VERDICT.text(lang)}: {item.verdict.label(lang)}", safe(item.message.text(lang))]
    if item.reasons:
        lines.append("- " + safe(_reasons(item)))
    for one in item.per_platform:
        assert one.platform is not None
        lines.append(f"  {one.platform.label}: {one.verdict.label(lang)}")
    return "\n".join(lines)


def _published_lines(report: PublishedRegistry) -> list[str]:
    lines = []
    for account in report.accounts:
        platform = _platform_of(account)
        cells = (platform.label, _display(account, platform), account.name, _url(account, platform))
        lines.append("  ".join(safe(cell) for cell in cells if cell))
    return lines


def text(report: Report, lang: Lang) -> str:
    """The result as plain text in ``lang``, control characters escaped."""
    if isinstance(report, Verification):
        return _verification_text(report, lang)
    if isinstance(report, PublishedRegistry):
        return "\n".join(_published_lines(report)) or _NONE.text(lang)
    lines = [
        f"{item.verdict.label(lang)}  {safe(item.given)}  {safe(_looks_like(item))}  "
        f"{safe(_reasons(item))}".rstrip()
        for item in report.items
    ]
    lines.append(_REVIEW.format(n=len(report.to_review), total=len(report.items)).text(lang))
    return "\n".join(lines)


def to_json(report: Report, *, indent: int | None = 2) -> str:
    """The result as a JSON document (messages in all three languages)."""
    if isinstance(report, Verification):
        return json_text(_verification_json(report), indent)
    if isinstance(report, PublishedRegistry):
        document: dict[str, object] = {
            "organisation": report.organisation.name,
            "accounts": [_account_json(account) for account in report.accounts],
        }
        return json_text(document, indent)
    return json_text(
        {
            "counts": {verdict.value: report.count(verdict) for verdict in Verdict},
            "items": [_verification_json(item) for item in report.items],
        },
        indent,
    )


def records(report: Report, lang: Lang) -> list[dict[str, object]]:
    """One flat dict per verification (or per published account), for pandas."""
    if isinstance(report, PublishedRegistry):
        found: list[dict[str, object]] = []
        for account in report.accounts:
            record = _account_json(account)
            assert record is not None
            found.append(record)
        return found
    items = (report,) if isinstance(report, Verification) else report.items
    return [
        {
            "given": item.given,
            "verdict": item.verdict.value,
            "label": item.verdict.label(lang),
            "platform": None if item.platform is None else item.platform.value,
            "handle": item.handle,
            "looks_like": _looks_like(item) or None,
            "reasons": _reasons(item) or None,
            "score": item.score,
            "message": item.message.text(lang),
        }
        for item in items
    ]


def _esc(value: str) -> str:
    return _html.escape(value, quote=False)


def _published_html(report: PublishedRegistry, lang: Lang) -> str:
    esc = _esc
    name = report.organisation.name
    parts = [
        f'<section class="rs-registry" lang="{lang}" aria-labelledby="rs-registry-heading">',
        f'<h2 id="rs-registry-heading">{esc(_HEADING.format(organisation=name).text(lang))}</h2>',
        f"<p>{esc(_INTRO.format(organisation=name).text(lang))}</p>",
    ]
    if not report.accounts:
        parts.append(f"<p>{esc(_NONE.text(lang))}</p>")
    for platform in Platform:
        accounts = [account for account in report.accounts if account.platform is platform]
        if not accounts:
            continue
        parts += [f"<h3>{esc(platform.label)}</h3>", "<ul>"]
        for account in accounts:
            label = f"{platform.label}: {_display(account, platform)}"
            if account.name.strip():
                label += f" ({account.name.strip()})"
            parts.append(
                f'<li><a href="{_html.escape(_url(account, platform))}">{esc(label)}</a></li>'
            )
        parts.append("</ul>")
    parts.append("</section>")
    return "\n".join(parts)


def html(report: Report, lang: Lang) -> str:
    """The result as an HTML fragment in ``lang``, everything escaped."""
    if isinstance(report, PublishedRegistry):
        return _published_html(report, lang)
    esc = _html.escape
    items = (report,) if isinstance(report, Verification) else report.items
    head = "".join(f"<th>{esc(word.text(lang))}</th>" for word in _COLUMNS)
    body = "".join(
        f"<tr><td>{esc(item.verdict.label(lang))}</td>"
        f"<td>{esc(item.platform.label if item.platform else '')}</td>"
        f"<td><code>{esc(item.given)}</code></td>"
        f"<td>{esc(_looks_like(item))}</td>"
        f"<td>{esc(item.message.text(lang))}</td></tr>"
        for item in items
    )
    return (
        f'<div class="randaberg-some rs-registry" lang="{lang}">{STYLE}'
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
    )


def short(report: Report) -> str:
    """A one-line repr: the verdict or the counts."""
    if isinstance(report, Verification):
        platform = report.platform.value if report.platform else "-"
        return f"<Verification {report.verdict.value} on {platform}: {report.given!r}>"
    if isinstance(report, PublishedRegistry):
        return f"<PublishedRegistry: {len(report.accounts)} accounts>"
    return f"<LookalikeReport: {len(report.items)} candidates, {len(report.to_review)} to review>"


def dataframe(report: Report, lang: Lang = "nb") -> pandas.DataFrame:
    """The records as a DataFrame, ``verdict`` an ordered categorical."""
    from ._frames import frame

    found = records(report, lang)
    if isinstance(report, PublishedRegistry):
        return frame(found, ("platform", "platform_label", "name", "handle", "url", "unit"))
    columns = ("given", "verdict", "label", "platform", "handle", "looks_like", "reasons")
    return frame(
        found,
        (*columns, "score", "message"),
        categories={"verdict": [verdict.value for verdict in Verdict]},
    )
