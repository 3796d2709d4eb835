"""The words of :mod:`randaberg_some.policy_diff`: what changed, in bokmål, nynorsk and English."""

from __future__ import annotations

from typing import Final

from .messages import Message
from .rules import Severity

__all__ = [
    "CHANGED",
    "CLOSURE_ADDED",
    "CLOSURE_REMOVED",
    "DAYS",
    "DIGEST_ADDED",
    "DIGEST_REMOVED",
    "LISTED",
    "NOW_PROMOTED",
    "NO_LONGER_PROMOTED",
    "PLATFORM_ADDED",
    "PLATFORM_REMOVED",
    "PROMOTED",
    "RULE_CHANGED",
    "RULE_OFF",
    "RULE_ON",
    "RUN_FOR",
    "RUN_FOR_SHORT",
    "SET",
    "SEVERITY",
    "UNSET",
    "WHAT",
    "WORD_ADDED",
    "WORD_REMOVED",
]

CHANGED: Final = Message(
    nb="{what} er endret fra {old} til {new}.",
    nn="{what} er endra frå {old} til {new}.",
    en="{what} changed from {old} to {new}.",
)
SET: Final = Message(
    nb="{what} er nå {new} (var ikke satt).",
    nn="{what} er no {new} (var ikkje sett).",
    en="{what} is now {new} (was not set).",
)
UNSET: Final = Message(
    nb="{what} er fjernet (var {old}).",
    nn="{what} er fjerna (var {old}).",
    en="{what} was removed (was {old}).",
)
WHAT: Final = {
    "organisation.name": Message(
        nb="Organisasjonens navn", nn="Namnet på organisasjonen", en="The organisation's name"
    ),
    "organisation.domain": Message(
        nb="Organisasjonens domene", nn="Domenet til organisasjonen", en="The organisation's domain"
    ),
    "organisation.communications_email": Message(
        nb="Kommunikasjonsadressen (e-post)",
        nn="Kommunikasjonsadressa (e-post)",
        en="The communications e-mail address",
    ),
    "channels.postmottak": Message(
        nb="Postmottaket (e-post)", nn="Postmottaket (e-post)", en="The postmottak (e-mail)"
    ),
    "channels.edialog": Message(
        nb="Adressen til eDialog", nn="Adressa til eDialog", en="The eDialog address"
    ),
    "channels.phone": Message(
        nb="Sentralbordets telefonnummer",
        nn="Telefonnummeret til sentralbordet",
        en="The switchboard's phone number",
    ),
    "channels.unverified": Message(
        nb="Kanalene som ikke er bekreftet",
        nn="Kanalane som ikkje er stadfesta",
        en="The channels not yet confirmed",
    ),
    "naming.separator": Message(
        nb="Skilletegnet i brukernavn", nn="Skiljeteiknet i brukarnamn", en="The handle separator"
    ),
    "naming.main_account_name": Message(
        nb="Malen for hovedkontoens navn",
        nn="Malen for namnet på hovudkontoen",
        en="The main account's name template",
    ),
    "naming.unit_account_name": Message(
        nb="Malen for enhetskontoenes navn",
        nn="Malen for namnet på einingskontoane",
        en="The unit accounts' name template",
    ),
    "working_day.end": Message(
        nb="Slutten av arbeidsdagen", nn="Slutten av arbeidsdagen", en="The end of the working day"
    ),
}
RUN_FOR: Final = Message(
    nb="Enheten som {platform}-kontoen drives for",
    nn="Eininga som {platform}-kontoen blir driven for",
    en="The unit the {platform} account is run for",
)
DIGEST_ADDED: Final = Message(
    nb="Et offisielt bilde er lagt til ({value}).",
    nn="Eit offisielt bilete er lagt til ({value}).",
    en="An official image was added ({value}).",
)
DIGEST_REMOVED: Final = Message(
    nb="Et offisielt bilde er fjernet ({value}).",
    nn="Eit offisielt bilete er fjerna ({value}).",
    en="An official image was removed ({value}).",
)
PLATFORM_ADDED: Final = Message(
    nb="{platform} er lagt til blant plattformene ({how}).",
    nn="{platform} er lagd til blant plattformene ({how}).",
    en="{platform} was added to the platforms ({how}).",
)
PLATFORM_REMOVED: Final = Message(
    nb="{platform} er fjernet fra plattformene.",
    nn="{platform} er fjerna frå plattformene.",
    en="{platform} was removed from the platforms.",
)
PROMOTED: Final = Message(nb="markedsføres aktivt", nn="blir aktivt marknadsført", en="promoted")
LISTED: Final = Message(
    nb="markedsføres ikke aktivt", nn="blir ikkje aktivt marknadsført", en="not promoted"
)
RUN_FOR_SHORT: Final = Message(
    nb="drives for {unit}", nn="blir driven for {unit}", en="run for {unit}"
)
NOW_PROMOTED: Final = Message(
    nb="{platform} markedsføres nå aktivt (G2).",
    nn="{platform} blir no aktivt marknadsført (G2).",
    en="{platform} is now actively promoted (G2).",
)
NO_LONGER_PROMOTED: Final = Message(
    nb="{platform} markedsføres ikke lenger aktivt (G2).",
    nn="{platform} blir ikkje lenger aktivt marknadsført (G2).",
    en="{platform} is no longer actively promoted (G2).",
)
WORD_ADDED: Final = Message(
    nb="{word} er lagt til blant ordene som kan utelates når et navn må kortes ned.",
    nn="{word} er lagt til blant orda som kan sløyfast når eit namn må kortast ned.",
    en="{word} was added to the words left out when a name must be shortened.",
)
WORD_REMOVED: Final = Message(
    nb="{word} er ikke lenger blant ordene som kan utelates når et navn må kortes ned.",
    nn="{word} er ikkje lenger blant orda som kan sløyfast når eit namn må kortast ned.",
    en="{word} is no longer among the words left out when a name must be shortened.",
)
CLOSURE_ADDED: Final = Message(
    nb="{day} er nå en stengt dag.",
    nn="{day} er no ein stengd dag.",
    en="{day} is now a closure day.",
)
CLOSURE_REMOVED: Final = Message(
    nb="{day} er ikke lenger en stengt dag.",
    nn="{day} er ikkje lenger ein stengd dag.",
    en="{day} is no longer a closure day.",
)
SEVERITY: Final = {
    Severity.ERROR: Message(nb="en feil", nn="ein feil", en="an error"),
    Severity.WARNING: Message(nb="en advarsel", nn="ei åtvaring", en="a warning"),
    Severity.INFO: Message(nb="en merknad", nn="ein merknad", en="an info"),
}
RULE_OFF: Final = Message(
    nb="Regel {code} er slått av (var {old}).",
    nn="Regel {code} er slått av (var {old}).",
    en="Rule {code} is turned off (it was {old}).",
)
RULE_ON: Final = Message(
    nb="Regel {code} er slått på igjen, som {new}.",
    nn="Regel {code} er slått på att, som {new}.",
    en="Rule {code} is turned on again, as {new}.",
)
RULE_CHANGED: Final = Message(
    nb="Regel {code} er nå {new} (var {old}).",
    nn="Regel {code} er no {new} (var {old}).",
    en="Rule {code} is now {new} (it was {old}).",
)
DAYS: Final = {
    "lifecycle.review_interval_days": Message(
        nb="Tiden mellom to gjennomganger av en konto er endret fra {old} til {new} dager.",
        nn="Tida mellom to gjennomgangar av ein konto er endra frå {old} til {new} dagar.",
        en="The time between two reviews of an account changed from {old} to {new} days.",
    ),
    "lifecycle.dormant_after_days": Message(
        nb="En konto regnes som hvilende etter {new} dager uten innlegg (var {old}).",
        nn="Ein konto blir rekna som kvilande etter {new} dagar utan innlegg (var {old}).",
        en="An account counts as dormant after {new} days without a post (was {old}).",
    ),
}
