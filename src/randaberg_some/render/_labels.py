"""Words a person reads instead of the library's names: fields, fixes, severities.

A finding's ``field`` is the English column name (``profile_picture``); a report shows
«profilbilde». A fix that is a code (``official_logo``) is spelled out; a fix that is a
value (a handle, a name) is shown as what to use.

Examples:
    >>> field_label("profile_picture", "nn"), field_label("unit_kind", "en")
    ('profilbilete', 'unit kind')
    >>> fix_text("official_logo", "profile_picture", "nb")
    'bruk den offisielle logoen'
    >>> fix_text("@randabergkommune", "handle", "en")
    'use the handle @randabergkommune'
"""

from __future__ import annotations

from typing import Final

from ..messages import Lang, Message
from ..rules import Severity

__all__ = ["SEVERITY", "field_label", "fix_text"]

SEVERITY: Final = {
    Severity.ERROR: Message(nb="feil", nn="feil", en="error"),
    Severity.WARNING: Message(nb="advarsel", nn="åtvaring", en="warning"),
    Severity.INFO: Message(nb="merknad", nn="merknad", en="info"),
}

_FIELDS: Final = {
    "platform": Message(nb="plattform", nn="plattform", en="platform"),
    "handle": Message(nb="brukernavn", nn="brukarnamn", en="handle"),
    "name": Message(nb="navn", nn="namn", en="name"),
    "unit": Message(nb="enhet", nn="eining", en="unit"),
    "unit_kind": Message(nb="enhetstype", nn="einingstype", en="unit kind"),
    "unit_abbreviation": Message(
        nb="enhetsforkortelse", nn="einingsforkorting", en="unit abbreviation"
    ),
    "own_visual_profile": Message(
        nb="egen visuell profil", nn="eigen visuell profil", en="own visual profile"
    ),
    "profile_picture": Message(nb="profilbilde", nn="profilbilete", en="profile picture"),
    "purposes": Message(nb="formål", nn="føremål", en="purposes"),
    "administrators": Message(nb="administratorer", nn="administratorar", en="administrators"),
    "status": Message(nb="status", nn="status", en="status"),
    "created": Message(nb="opprettet", nn="oppretta", en="created"),
    "last_reviewed": Message(nb="sist gjennomgått", nn="sist gjennomgått", en="last reviewed"),
    "last_posted": Message(nb="sist publisert", nn="sist publisert", en="last posted"),
    "readiness": Message(nb="vurdering", nn="vurdering", en="readiness assessment"),
    "received_at": Message(nb="mottatt", nn="motteke", en="received"),
    "assessed_at": Message(nb="vurdert", nn="vurdert", en="assessed"),
}

_FIX_CODES: Final = {
    "official_logo": Message(
        nb="bruk den offisielle logoen",
        nn="bruk den offisielle logoen",
        en="use the official logo",
    ),
    "randaberg-some readiness": Message(
        nb="gjør vurderingen med randaberg-some readiness",
        nn="gjer vurderinga med randaberg-some readiness",
        en="make the assessment with randaberg-some readiness",
    ),
}
_USE_FIELD: Final = Message(
    nb="bruk {field} {fix}", nn="bruk {field} {fix}", en="use the {field} {fix}"
)
_USE: Final = Message(nb="bruk {fix}", nn="bruk {fix}", en="use {fix}")


def field_label(field: str | None, lang: Lang) -> str:
    """The field's name as a person reads it in ``lang``; an unknown name as it is."""
    if field is None:
        return ""
    label = _FIELDS.get(field)
    return field if label is None else label.text(lang)


def fix_text(fix: str | None, field: str | None, lang: Lang) -> str:
    """The fix spelled out in ``lang``: a code in words, a value as what to use."""
    if fix is None:
        return ""
    spelled = _FIX_CODES.get(fix)
    if spelled is not None:
        return spelled.text(lang)
    if field in ("handle", "name"):
        return _USE_FIELD.format(field=field_label(field, lang), fix=fix).text(lang)
    return _USE.format(fix=fix).text(lang)
