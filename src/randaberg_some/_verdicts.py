"""The words of the registry's verdicts: labels, reasons and the messages a person forwards.

Private to :mod:`randaberg_some.registry`: data only (three languages each), kept apart so
that the module with the logic stays small.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from .messages import Message

__all__ = [
    "AMBIGUOUS",
    "FORMER",
    "INVALID",
    "LABELS",
    "LOOKALIKE",
    "LOOKALIKE_HOST",
    "NUMERIC",
    "OFFICIAL",
    "OFFICIAL_EQUIVALENT",
    "PERSON",
    "REASON_LABELS",
    "RULE_CASE",
    "RULE_CASE_AND",
    "UNRELATED",
    "UNVERIFIABLE",
]

# By the verdict's value (the enum lives in registry.py).
LABELS: Final[Mapping[str, Message]] = {
    "official": Message(nb="offisiell", nn="offisiell", en="official"),
    "official_equivalent": Message(
        nb="samme som en offisiell", nn="same som ein offisiell", en="same as an official"
    ),
    "former_official": Message(
        nb="tidligere offisiell", nn="tidlegare offisiell", en="formerly official"
    ),
    "lookalike": Message(nb="etterligning", nn="etterlikning", en="look-alike"),
    "unrelated": Message(nb="ikke offisiell", nn="ikkje offisiell", en="not official"),
    "unverifiable": Message(
        nb="kan ikke sjekkes uten å åpne lenken",
        nn="kan ikkje sjekkast utan å opne lenka",
        en="cannot be checked without opening the link",
    ),
    "invalid": Message(nb="ugyldig", nn="ugyldig", en="invalid"),
}

# By the reason code of ``_lookalike.REASONS``.
REASON_LABELS: Final[Mapping[str, Message]] = {
    "homoglyph": Message(
        nb="tegn som ser ut som andre tegn",
        nn="teikn som ser ut som andre teikn",
        en="characters that look like others",
    ),
    "mixed_script": Message(
        nb="bokstaver fra flere alfabeter",
        nn="bokstavar frå fleire alfabet",
        en="letters from several scripts",
    ),
    "invisible": Message(nb="usynlige tegn", nn="usynlege teikn", en="invisible characters"),
    "separator": Message(nb="andre skilletegn", nn="andre skiljeteikn", en="other separators"),
    "diacritic": Message(nb="aksenttegn", nn="aksentteikn", en="accents"),
    "full_width": Message(nb="breie tegn", nn="breie teikn", en="full-width characters"),
    "typo": Message(nb="en skrivefeil", nn="ein skrivefeil", en="a typo"),
    "affix": Message(nb="et ekstra ord", nn="eit ekstra ord", en="an added word"),
    "unregistered_prefix": Message(
        nb="kommunens navn foran et brukernavn som ikke er registrert",
        nn="namnet til kommunen framfor eit brukarnamn som ikkje er registrert",
        en="the kommune's name before a handle that is not registered",
    ),
    "platform_domain": Message(
        nb="en adresse som etterligner plattformens",
        nn="ei adresse som etterliknar adressa til plattforma",
        en="an address that imitates the platform's",
    ),
}

OFFICIAL: Final = Message(
    nb="{given} er en offisiell konto for {organisation}: {account}.",
    nn="{given} er ein offisiell konto for {organisation}: {account}.",
    en="{given} is an official account of {organisation}: {account}.",
)
OFFICIAL_EQUIVALENT: Final = Message(
    nb="{given} er den samme kontoen som den offisielle kontoen {account} for "
    "{organisation}: {rule}",
    nn="{given} er den same kontoen som den offisielle kontoen {account} for "
    "{organisation}: {rule}",
    en="{given} is the same account as {organisation}'s official account {account}: {rule}",
)
RULE_CASE: Final = Message(
    nb="{platform} skiller ikke mellom store og små bokstaver i brukernavn.",
    nn="{platform} skil ikkje mellom store og små bokstavar i brukarnamn.",
    en="{platform} ignores case in usernames.",
)
RULE_CASE_AND: Final = Message(
    nb="{platform} skiller ikke mellom store og små bokstaver og ser bort fra {chars} i "
    "brukernavn.",
    nn="{platform} skil ikkje mellom store og små bokstavar og ser bort frå {chars} i brukarnamn.",
    en="{platform} ignores case and {chars} in usernames.",
)
FORMER: Final = Message(
    nb="{given} var tidligere en offisiell konto for {organisation} på {platform}. Kommunen "
    "bruker ikke brukernavnet lenger, og det kan nå tilhøre noen andre. Den offisielle "
    "kontoen er {account}.",
    nn="{given} var tidlegare ein offisiell konto for {organisation} på {platform}. Kommunen "
    "bruker ikkje brukarnamnet lenger, og det kan no høyre til nokon andre. Den offisielle "
    "kontoen er {account}.",
    en="{given} was formerly an official account of {organisation} on {platform}. The "
    "kommune no longer uses the handle, and it may now belong to someone else. The official "
    "account is {account}.",
)
LOOKALIKE: Final = Message(
    nb="{given} er ikke en offisiell konto for {organisation}, men ligner på den offisielle "
    "kontoen {account} ({reasons}). Vær varsom, og si gjerne fra til kommunen.",
    nn="{given} er ikkje ein offisiell konto for {organisation}, men liknar på den offisielle "
    "kontoen {account} ({reasons}). Ver varsam, og sei gjerne frå til kommunen.",
    en="{given} is not an official account of {organisation}, but looks like its official "
    "account {account} ({reasons}). Be careful, and please tell the kommune.",
)
LOOKALIKE_HOST: Final = Message(
    nb="{given} er ikke en adresse på {platform}: adressen etterligner plattformens "
    "({host}). Ikke åpne lenken og ikke logg inn der.",
    nn="{given} er ikkje ei adresse på {platform}: adressa etterliknar adressa til "
    "plattforma ({host}). Ikkje opne lenka og ikkje logg inn der.",
    en="{given} is not an address on {platform}: it imitates the platform's address "
    "({host}). Do not open the link and do not log in there.",
)
UNRELATED: Final = Message(
    nb="{given} er ikke en av de offisielle kontoene til {organisation} på {platform}, og "
    "ligner ikke på noen av dem.",
    nn="{given} er ikkje ein av dei offisielle kontoane til {organisation} på {platform}, og "
    "liknar ikkje på nokon av dei.",
    en="{given} is not one of {organisation}'s official accounts on {platform}, and does "
    "not look like one of them.",
)
PERSON: Final = Message(
    nb="{given} er en persons profil på {platform}, aldri en offisiell konto for "
    "{organisation}: kommunens kontoer der er sider. Utgir profilen seg for å være "
    "kommunen, si gjerne fra.",
    nn="{given} er profilen til ein person på {platform}, aldri ein offisiell konto for "
    "{organisation}: kontoane til kommunen der er sider. Gir profilen seg ut for å vere "
    "kommunen, sei gjerne frå.",
    en="{given} is a person's profile on {platform}, never an official account of "
    "{organisation}: the kommune's accounts there are pages. If the profile claims to be "
    "the kommune, please tell us.",
)
UNVERIFIABLE: Final = Message(
    nb="{given} er en delings-, kort- eller innholdslenke som ikke viser hvem som eier "
    "kontoen. Åpne lenken, gå til kontoens profil og lim inn adressen til profilen.",
    nn="{given} er ei delings-, kort- eller innhaldslenke som ikkje viser kven som eig "
    "kontoen. Opne lenka, gå til profilen til kontoen og lim inn adressa til profilen.",
    en="{given} is a share, short or content link that does not show who owns the account. "
    "Open it, go to the account's profile and paste the profile's address.",
)
NUMERIC: Final = Message(
    nb="{given} viser til en konto på {platform} med ID-en {id}, som ikke står i kommunens "
    "liste. Åpne lenken og lim inn adressen med kontoens brukernavn.",
    nn="{given} viser til ein konto på {platform} med ID-en {id}, som ikkje står i lista til "
    "kommunen. Opne lenka og lim inn adressa med brukarnamnet til kontoen.",
    en="{given} points to an account on {platform} with the ID {id}, which is not in the "
    "kommune's list. Open it and paste the address with the account's username.",
)
INVALID: Final = Message(
    nb="{given} er verken en profillenke eller et brukernavn på plattformene {organisation} "
    "bruker ({platforms}).",
    nn="{given} er verken ei profillenke eller eit brukarnamn på plattformene {organisation} "
    "bruker ({platforms}).",
    en="{given} is neither a profile link nor a username on the platforms {organisation} "
    "uses ({platforms}).",
)
AMBIGUOUS: Final = Message(
    nb="{given} har ingen plattform, så det er sjekket på alle: {results}. Se etter hvilken "
    "plattform kontoen er på.",
    nn="{given} har inga plattform, så det er sjekka på alle: {results}. Sjå etter kva "
    "plattform kontoen er på.",
    en="{given} names no platform, so it was checked on all of them: {results}. See which "
    "platform the account is on.",
)
