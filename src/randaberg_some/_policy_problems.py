"""A policy file's problems: their messages (bokmål, nynorsk, English), keys and error.

Kept apart from the reader (:mod:`randaberg_some._policy_schema`) so that each stays short;
the files layer uses the two messages about the file itself (not UTF-8, not TOML) and
:func:`policy_error`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, time
from typing import Final

from .errors import PolicyFileError
from .messages import Message
from .policy import PolicyProblem

__all__ = [
    "BAD_SCHEMA",
    "BAD_SEVERITY",
    "DUPLICATE_PLATFORM",
    "EXPECTED",
    "HINT_KNOWN",
    "HINT_NEAR",
    "IN_ALL",
    "MISSING",
    "NOT_TOML",
    "NOT_UTF8",
    "NO_EFFECTIVE",
    "NO_SCHEMA",
    "NO_VERSION",
    "OVERLAP",
    "REFUSED",
    "REFUSED_ANY",
    "UNKNOWN_KEY",
    "UNKNOWN_PLATFORM",
    "UNKNOWN_RULE",
    "WRONG_TYPE",
    "KeyPath",
    "LineOf",
    "key_text",
    "policy_error",
    "toml_value",
]

KeyPath = tuple[str | int, ...]
"""Keys and 0-based array indexes, from the top of the document."""
LineOf = Callable[[KeyPath], "int | None"]
"""Finds the 1-based line of a key path in the file, or ``None``."""

_BARE_KEY: Final = re.compile(r"[A-Za-z0-9_-]+")


def key_text(path: KeyPath) -> str:
    """A key path as people read it: dotted, with 1-based indexes.

    Examples:
        >>> key_text(("version", 1, "platforms", 0, "platform"))
        'version[2].platforms[1].platform'
    """
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            shown = part if _BARE_KEY.fullmatch(part) else '"' + part.replace('"', '\\"') + '"'
            text += ("." if text else "") + shown
    return text


def toml_value(value: object) -> str:
    """A value as TOML writes it, cut short, for a message."""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, str):
        text = '"' + value + '"'
    elif isinstance(value, (date, time)):
        text = value.isoformat()
    elif isinstance(value, Mapping):
        text = "{…}"
    elif isinstance(value, (list, tuple)):
        text = "[…]" if value else "[]"
    else:
        text = repr(value)
    return text if len(text) <= 60 else text[:59] + "…"


def policy_error(problems: Sequence[PolicyProblem], where: str | None = None) -> PolicyFileError:
    """The error for ``problems`` (one or more): the first in the file, and how many in all.

    Args:
        problems: The problems, in any order; the error holds them in the order of the file.
        where: The file's name, to begin the message with, or ``None``.
    """
    ordered = tuple(sorted(problems, key=lambda p: (p.line is None, p.line or 0)))
    first = ordered[0]
    prefix = f"{where}: " if where else ""
    message = Message(
        nb=prefix + first.text("nb"), nn=prefix + first.text("nn"), en=prefix + first.text("en")
    )
    if len(ordered) > 1:
        message += IN_ALL.format(count=len(ordered))
    return PolicyFileError(message.en, problems=ordered, message=message)


NOT_TOML: Final = Message(
    nb="Filen er ikke gyldig TOML (tolkeren sier: «{reason}»).",
    nn="Fila er ikkje gyldig TOML (tolkaren seier: «{reason}»).",
    en="The file is not valid TOML (the parser says: “{reason}”).",
)
NOT_UTF8: Final = Message(
    nb="Filen er ikke UTF-8: byten {byte} på linje {line} kan ikke leses. Lagre den som UTF-8.",
    nn="Fila er ikkje UTF-8: byten {byte} på linje {line} kan ikkje lesast. Lagre ho som UTF-8.",
    en="The file is not UTF-8: the byte {byte} on line {line} cannot be read. Save it as UTF-8.",
)
NO_SCHEMA: Final = Message(
    nb="Nøkkelen schema mangler øverst i filen; skriv schema = 1.",
    nn="Nøkkelen schema manglar øvst i fila; skriv schema = 1.",
    en="The key schema is missing at the top of the file; write schema = 1.",
)
BAD_SCHEMA: Final = Message(
    nb="Formatversjonen {value} støttes ikke; bare schema = 1 finnes.",
    nn="Formatversjonen {value} er ikkje støtta; berre schema = 1 finst.",
    en="The format version {value} is not supported; only schema = 1 exists.",
)
NO_VERSION: Final = Message(
    nb="Filen har ingen [[version]]; minst én versjon trengs.",
    nn="Fila har ingen [[version]]; minst éin versjon trengst.",
    en="The file has no [[version]]; at least one version is needed.",
)
UNKNOWN_KEY: Final = Message(
    nb="Ukjent nøkkel {key}.{hint}",
    nn="Ukjend nøkkel {key}.{hint}",
    en="Unknown key {key}.{hint}",
)
HINT_NEAR: Final = Message(
    nb=" Mente du {near}?",
    nn=" Meinte du {near}?",
    en=" Did you mean {near}?",
)
HINT_KNOWN: Final = Message(
    nb=" Kjente nøkler her: {known}.",
    nn=" Kjende nøklar her: {known}.",
    en=" Known keys here: {known}.",
)
WRONG_TYPE: Final = Message(
    nb="{key} må være {what} (fikk {got}).",
    nn="{key} må vere {what} (fekk {got}).",
    en="{key} must be {what} (got {got}).",
)
EXPECTED: Final = {
    "text": Message(nb="tekst i anførselstegn", nn="tekst i hermeteikn", en="text in quotes"),
    "int": Message(nb="et heltall", nn="eit heiltal", en="a whole number"),
    "bool": Message(nb="true eller false", nn="true eller false", en="true or false"),
    "date": Message(
        nb="en dato uten anførselstegn, f.eks. 2024-01-01",
        nn="ein dato utan hermeteikn, t.d. 2024-01-01",
        en="a date without quotes, such as 2024-01-01",
    ),
    "time": Message(
        nb='et klokkeslett, f.eks. 15:30:00 eller "15:30"',
        nn='eit klokkeslett, t.d. 15:30:00 eller "15:30"',
        en='a time of day, such as 15:30:00 or "15:30"',
    ),
    "texts": Message(nb="en liste med tekster", nn="ei liste med tekstar", en="a list of texts"),
    "dates": Message(nb="en liste med datoer", nn="ei liste med datoar", en="a list of dates"),
    "table": Message(nb="en tabell", nn="ein tabell", en="a table"),
    "tables": Message(
        nb="en liste med tabeller ([[...]])",
        nn="ei liste med tabellar ([[...]])",
        en="a list of tables ([[...]])",
    ),
}
MISSING: Final = Message(
    nb="Nøkkelen {key} mangler; den må være med.",
    nn="Nøkkelen {key} manglar; han må vere med.",
    en="The key {key} is missing; it is required.",
)
UNKNOWN_PLATFORM: Final = Message(
    nb="Plattformen {value} finnes ikke; de kjente er {known}.",
    nn="Plattforma {value} finst ikkje; dei kjende er {known}.",
    en="There is no platform {value}; the known ones are {known}.",
)
DUPLICATE_PLATFORM: Final = Message(
    nb="Plattformen {value} står to ganger i samme versjon.",
    nn="Plattforma {value} står to gonger i same versjonen.",
    en="The platform {value} is listed twice in the same version.",
)
UNKNOWN_RULE: Final = Message(
    nb="Det finnes ingen regel med koden {code}.{hint}",
    nn="Det finst ingen regel med koden {code}.{hint}",
    en="There is no rule with the code {code}.{hint}",
)
BAD_SEVERITY: Final = Message(
    nb='Alvorlighetsgraden {value} finnes ikke; skriv "off", "error", "warning" eller "info".',
    nn='Alvorsgraden {value} finst ikkje; skriv "off", "error", "warning" eller "info".',
    en='There is no severity {value}; write "off", "error", "warning" or "info".',
)
OVERLAP: Final = Message(
    nb="To versjoner trer i kraft samme dag, {day} (også {other}): de overlapper.",
    nn="To versjonar tek til å gjelde same dag, {day} (også {other}): dei overlappar.",
    en="Two versions take effect on the same day, {day} (also {other}): they overlap.",
)
NO_EFFECTIVE: Final = Message(
    nb="Bare den første versjonen kan mangle effective; denne må ha datoen den trådte i kraft.",
    nn="Berre den første versjonen kan mangle effective; denne må ha datoen han tok til å gjelde.",
    en="Only the first version may lack effective; this one needs the date it took effect.",
)
IN_ALL: Final = Message(
    nb=" ({count} problemer i alt)",
    nn=" ({count} problem i alt)",
    en=" ({count} problems in all)",
)
REFUSED_ANY: Final = Message(
    nb="Verdien {value} kan ikke brukes her.",
    nn="Verdien {value} kan ikkje brukast her.",
    en="The value {value} cannot be used here.",
)
_EMAIL: Final = Message(
    nb="{value} er ikke en e-postadresse.",
    nn="{value} er ikkje ei e-postadresse.",
    en="{value} is not an e-mail address.",
)
_TEMPLATE: Final = Message(
    nb="Malen kan bare bruke feltene {fields}, uten tillegg, og kan ikke være tom (fikk {value}).",
    nn="Malen kan berre bruke felta {fields}, utan tillegg, og kan ikkje vere tom (fekk {value}).",
    en="The template may use only the fields {fields}, each plain, and must not be blank "
    "(got {value}).",
)
_DAYS: Final = Message(
    nb="Antall dager må være et heltall fra 1 til 36600 (fikk {value}).",
    nn="Talet på dagar må vere eit heiltal frå 1 til 36600 (fekk {value}).",
    en="The number of days must be a whole number from 1 to 36600 (got {value}).",
)
REFUSED: Final = {
    "name": Message(
        nb='Navnet kan ikke være tomt; skriv f.eks. "Randaberg kommune".',
        nn='Namnet kan ikkje vere tomt; skriv t.d. "Randaberg kommune".',
        en='The name must not be blank; write e.g. "Randaberg kommune".',
    ),
    "domain": Message(
        nb="Domenet må være et domenenavn med minst to ledd og bokstaver, f.eks. "
        '"randaberg.kommune.no" (fikk {value}).',
        nn="Domenet må vere eit domenenamn med minst to ledd og bokstavar, t.d. "
        '"randaberg.kommune.no" (fekk {value}).',
        en="The domain must be a domain name with at least two labels and letters, such as "
        '"randaberg.kommune.no" (got {value}).',
    ),
    "communications_email": _EMAIL,
    "postmottak": _EMAIL,
    "official_image_digests": Message(
        nb="Hvert avtrykk må være 64 heksadesimale sifre (SHA-256) (fikk {value}).",
        nn="Kvart avtrykk må vere 64 heksadesimale siffer (SHA-256) (fekk {value}).",
        en="Each digest must be 64 hexadecimal digits (SHA-256) (got {value}).",
    ),
    "edialog": Message(
        nb="eDialog må være en https://-adresse uten mellomrom (fikk {value}).",
        nn="eDialog må vere ei https://-adresse utan mellomrom (fekk {value}).",
        en="eDialog must be an https:// address without spaces (got {value}).",
    ),
    "phone": Message(
        nb='Telefonnummeret kan bare ha sifre, mellomrom og +, f.eks. "51 41 41 00" '
        "(fikk {value}).",
        nn='Telefonnummeret kan berre ha siffer, mellomrom og +, t.d. "51 41 41 00" '
        "(fekk {value}).",
        en='The phone number may have only digits, spaces and +, such as "51 41 41 00" '
        "(got {value}).",
    ),
    "unverified": Message(
        nb="unverified kan bare nevne postmottak, edialog og phone (fikk {value}).",
        nn="unverified kan berre nemne postmottak, edialog og phone (fekk {value}).",
        en="unverified may name only postmottak, edialog and phone (got {value}).",
    ),
    "sources": Message(
        nb="Hver kilde må være en adresse som ikke er tom (fikk {value}).",
        nn="Kvar kjelde må vere ei adresse som ikkje er tom (fekk {value}).",
        en="Each source must be an address that is not empty (got {value}).",
    ),
    "separator": Message(
        nb='Skilletegnet må være "_", "." eller "-" (fikk {value}).',
        nn='Skiljeteiknet må vere "_", "." eller "-" (fekk {value}).',
        en='The separator must be "_", "." or "-" (got {value}).',
    ),
    "main_account_name": _TEMPLATE.format(
        fields="{{organisation}}, {{organisation_compact}}", value="{value}"
    ),
    "unit_account_name": _TEMPLATE.format(
        fields="{{organisation}}, {{organisation_compact}}, {{unit}}", value="{value}"
    ),
    "end": Message(
        nb='Slutten på arbeidsdagen må være et klokkeslett, f.eks. 15:30:00 eller "15:30" '
        "(fikk {value}).",
        nn='Slutten på arbeidsdagen må vere eit klokkeslett, t.d. 15:30:00 eller "15:30" '
        "(fekk {value}).",
        en='The end of the working day must be a time of day, such as 15:30:00 or "15:30" '
        "(got {value}).",
    ),
    "review_interval_days": _DAYS,
    "dormant_after_days": _DAYS,
}
