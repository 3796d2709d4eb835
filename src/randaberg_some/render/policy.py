"""A :class:`~randaberg_some.Policy` for reading: a summary, JSON, records, HTML, a file.

The summary says, per version and in the reader's language, what the guideline decides:
the organisation, its platforms (which are promoted, which run by a unit outside), the
working day, the residents' channels (marked where still to be verified), the rules that
depart from the catalogue (with the catalogue's severity, and whether the rule is the
guideline's own or a platform's or the inventory's), and the review and dormant days.

Examples:
    >>> from randaberg_some.policy import RANDABERG_POLICY
    >>> print(text(RANDABERG_POLICY, "en"))  # doctest: +ELLIPSIS
    Randaberg kommune (randaberg.kommune.no)
    Version 1 of 1, in force with no start date
      Communications: kommunikasjon@randaberg.kommune.no
      Platforms: Facebook (actively promoted; G1, G2), Instagram (G1), LinkedIn (G1), ...
    ...
"""

from __future__ import annotations

import html as _html
from typing import TYPE_CHECKING, Final

from .._policy_document import policy_document
from ..messages import Lang, Message
from ..policy import Policy, PolicyVersion
from ..rules import RULES
from ._common import json_text, safe
from ._labels import SEVERITY
from ._policy_toml import toml

if TYPE_CHECKING:
    import pandas

__all__ = ["dataframe", "html", "records", "short", "text", "to_json", "toml"]

_VERSION: Final = Message(
    nb="Versjon {number} av {count}, gjelder fra {day}",
    nn="Versjon {number} av {count}, gjeld frå {day}",
    en="Version {number} of {count}, in force from {day}",
)
_ALWAYS: Final = Message(
    nb="Versjon {number} av {count}, gjelder uten startdato",
    nn="Versjon {number} av {count}, gjeld utan startdato",
    en="Version {number} of {count}, in force with no start date",
)
_LABELS: Final = {
    "source": Message(nb="Kilde", nn="Kjelde", en="Source"),
    "email": Message(nb="Kommunikasjon", nn="Kommunikasjon", en="Communications"),
    "platforms": Message(nb="Plattformer", nn="Plattformer", en="Platforms"),
    "channels": Message(
        nb="Kanaler for innbyggere", nn="Kanalar for innbyggjarar", en="Channels for residents"
    ),
    "day": Message(nb="Arbeidsdagen", nn="Arbeidsdagen", en="Working day"),
    "naming": Message(nb="Navn", nn="Namn", en="Names"),
    "rules": Message(
        nb="Regler som avviker fra katalogen",
        nn="Reglar som avvik frå katalogen",
        en="Rules departing from the catalogue",
    ),
    "lifecycle": Message(
        nb="Kontoenes livsløp", nn="Livsløpet til kontoane", en="Account lifecycle"
    ),
}
_NONE: Final = Message(nb="ingen", nn="ingen", en="none")
_PROMOTED: Final = Message(nb="fremmes aktivt", nn="blir fremja aktivt", en="actively promoted")
_RUN_BY: Final = Message(nb="drives av {unit}", nn="blir driven av {unit}", en="run by {unit}")
_TO_VERIFY: Final = Message(nb="må bekreftes", nn="må stadfestast", en="to be verified")
_CHANNEL: Final = {
    "postmottak": Message(nb="postmottak", nn="postmottak", en="post room"),
    "edialog": Message(nb="eDialog", nn="eDialog", en="eDialog"),
    "phone": Message(nb="telefon", nn="telefon", en="phone"),
}
_DAY: Final = Message(
    nb="slutter {end}; stengte dager: {closures}",
    nn="sluttar {end}; stengde dagar: {closures}",
    en="ends at {end}; closure days: {closures}",
)
_NAMING: Final = Message(
    nb="skilletegn {separator}; hovedkonto «{main}»; enhetskonto «{unit}»",
    nn="skiljeteikn {separator}; hovudkonto «{main}»; einingskonto «{unit}»",
    en="separator {separator}; main account “{main}”; unit account “{unit}”",
)
_OFF: Final = Message(nb="av", nn="av", en="off")
_RULE: Final = Message(
    nb="{code} {name}: {setting} (katalogen: {catalogue}; {origin})",
    nn="{code} {name}: {setting} (katalogen: {catalogue}; {origin})",
    en="{code} {name}: {setting} (catalogue: {catalogue}; {origin})",
)
_ORIGIN: Final = {
    "guideline": Message(
        nb="retningslinjens egen regel, {source}",
        nn="retningslina sin eigen regel, {source}",
        en="the guideline's own rule, {source}",
    ),
    "platform": Message(nb="plattformens regel", nn="plattforma sin regel", en="a platform's rule"),
    "inventory": Message(
        nb="regel for oversikten over kontoer",
        nn="regel for oversikta over kontoar",
        en="a rule of the inventory of accounts",
    ),
}
_LIFECYCLE: Final = Message(
    nb="gjennomgås hver {review}. dag; hvilende etter {dormant} dager uten innlegg",
    nn="blir gått gjennom kvar {review}. dag; kvilande etter {dormant} dagar utan innlegg",
    en="reviewed every {review} days; dormant after {dormant} days without a post",
)


def _same(text: str) -> Message:
    """``text`` in every language; an empty one shown as two quotes (a Message has text)."""
    return Message.same(text or '""')


def _origin(source: str) -> Message:
    if source.startswith("G"):
        return _ORIGIN["guideline"].format(source=source)
    return _ORIGIN.get(source, _same(source))


def _lines(version: PolicyVersion) -> list[tuple[str, Message]]:
    """The summary of one version: (label key, value) pairs, in the order shown."""
    organisation = version.organisation
    found: list[tuple[str, Message]] = []
    if version.source is not None:
        found.append(("source", _same(str(version.source))))
    if organisation.communications_email is not None:
        found.append(("email", Message.same(organisation.communications_email)))
    platforms: list[Message] = []
    for presence in organisation.presence:
        notes = [_PROMOTED] if presence.actively_promoted else []
        if presence.administered_for is not None:
            notes.append(_RUN_BY.format(unit=presence.administered_for))
        notes.append(_same(presence.source))
        platforms.append(Message.same(presence.platform.label + " (") + _join(notes, "; ") + ")")
    found.append(("platforms", _join(platforms, ", ") if platforms else _NONE))
    channels = organisation.channels
    shown: list[Message] = []
    for name, label in _CHANNEL.items():
        value = getattr(channels, name)
        if value is not None:
            shown.append(label + f" {value}")
            if name in channels.to_verify:
                shown[-1] += Message.same(" (") + _TO_VERIFY + ")"
    found.append(("channels", _join(shown, ", ") if shown else _NONE))
    calendar = version.calendar
    closures = ", ".join(day.isoformat() for day in sorted(calendar.closures))
    end = calendar.end_of_day.isoformat(timespec="minutes")
    found.append(("day", _DAY.format(end=end, closures=closures or _NONE)))
    naming = version.naming
    found.append(
        (
            "naming",
            _NAMING.format(
                separator=naming.separator,
                main=naming.main_account_name_template,
                unit=naming.unit_account_name_template,
            ),
        )
    )
    rules: list[Message] = []
    for code, severity in version.rules.items():
        rule = RULES[code]
        rules.append(
            _RULE.format(
                code=code,
                name=rule.name,
                setting=_OFF if severity is None else SEVERITY[severity],
                catalogue=SEVERITY[rule.severity],
                origin=_origin(rule.source),
            )
        )
    found.append(("rules", _join(rules, "\n    ") if rules else _NONE))
    lifecycle = _LIFECYCLE.format(review=version.review_interval, dormant=version.dormant_after)
    found.append(("lifecycle", lifecycle))
    return found


def _join(messages: list[Message], between: str) -> Message:
    joined = messages[0]
    for message in messages[1:]:
        joined = joined + between + message
    return joined


def _heading(version: PolicyVersion, number: int, count: int) -> Message:
    if version.effective is None:
        return _ALWAYS.format(number=number, count=count)
    return _VERSION.format(number=number, count=count, day=version.effective.isoformat())


def text(policy: Policy | PolicyVersion, lang: Lang = "nb") -> str:
    """The policy as text for a person in ``lang``: every version, earliest first."""
    versions = policy.versions if isinstance(policy, Policy) else (policy,)
    organisation = versions[-1].organisation
    out = [safe(f"{organisation.name} ({organisation.domain})")]
    for number, version in enumerate(versions, start=1):
        out.append(_heading(version, number, len(versions)).text(lang))
        for key, value in _lines(version):
            if key == "rules" and version.rules:
                out.append(f"  {_LABELS[key].text(lang)}:")
                out.append("    " + safe(value.text(lang)).replace("\\n    ", "\n    "))
            else:
                out.append(f"  {_LABELS[key].text(lang)}: {safe(value.text(lang))}")
    return "\n".join(out)


def _plain(value: object) -> object:
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _as_policy(policy: Policy | PolicyVersion) -> Policy:
    return policy if isinstance(policy, Policy) else Policy(versions=(policy,))


def to_json(policy: Policy | PolicyVersion, *, indent: int | None = 2) -> str:
    """The policy as JSON, with the keys of the policy file (dates and times as ISO text)."""
    return json_text(_plain(policy_document(_as_policy(policy))), indent)


def records(policy: Policy | PolicyVersion, lang: Lang = "nb") -> list[dict[str, object]]:
    """One record per version: its date, and each part of the summary as a column."""
    found: list[dict[str, object]] = []
    versions = _as_policy(policy).versions
    for number, version in enumerate(versions, start=1):
        record: dict[str, object] = {
            "version": number,
            "effective": None if version.effective is None else version.effective.isoformat(),
            "organisation": version.organisation.name,
            "domain": version.organisation.domain,
        }
        record.update({key: value.text(lang) for key, value in _lines(version)})
        found.append(record)
    return found


_COLUMNS: Final = (
    "version",
    "effective",
    "organisation",
    "domain",
    "source",
    "email",
    "platforms",
    "channels",
    "day",
    "naming",
    "rules",
    "lifecycle",
)


def dataframe(policy: Policy | PolicyVersion, lang: Lang = "nb") -> pandas.DataFrame:
    """The records as a DataFrame: ``version`` whole numbers, the rest text."""
    from ._frames import frame

    return frame(records(policy, lang), _COLUMNS, ints=("version",))


def html(policy: Policy | PolicyVersion, lang: Lang = "nb") -> str:
    """The policy as an HTML fragment: a heading and a list per version, all escaped."""
    versions = _as_policy(policy).versions
    organisation = versions[-1].organisation
    out = [
        '<section class="rs-policy">',
        f"<h3>{_html.escape(organisation.name)} ({_html.escape(organisation.domain)})</h3>",
    ]
    for number, version in enumerate(versions, start=1):
        out.append(f"<h4>{_html.escape(_heading(version, number, len(versions)).text(lang))}</h4>")
        out.append("<ul>")
        for key, value in _lines(version):
            label = _html.escape(_LABELS[key].text(lang))
            body = _html.escape(value.text(lang)).replace("\n    ", "<br>")
            out.append(f"<li><strong>{label}:</strong> {body}</li>")
        out.append("</ul>")
    out.append("</section>")
    return "\n".join(out)


def short(policy: Policy | PolicyVersion) -> str:
    """A one-line repr: the organisation and how many versions."""
    versions = _as_policy(policy).versions
    name = versions[-1].organisation.name
    return f"<Policy: {safe(name)!r}, {len(versions)} version{'s' if len(versions) > 1 else ''}>"
