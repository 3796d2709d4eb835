"""The words a case request is recognised by, bokmål and nynorsk, with their inflected forms.

A hand-written table of full forms rather than a lemmatiser or a stemmer: measured against
simplemma (``nb`` and ``nn``) and the Snowball Norwegian stemmer on a labelled table of
comments (``benchmarks/bench_case_words.py``), the table found as many case requests, fewer
false ones, and costs a dictionary look-up instead of loading two lemma dictionaries. The
word list and its grouping follow the moderation notes, §3.2 (stems attested on kommune
pages: Lom, Bykle, Sund, Ulvik, Eide, Ørsta; Digdir's LOS vocabulary for the service areas);
the forms are those of Bokmålsordboka and Nynorskordboka, with the common nynorsk variants
(``klaga``/``klagen``, ``vedtaka``, ``saka``).

A word's roles are bit flags, because one form can be several things: ``klaga`` is the
nynorsk definite noun ("the complaint") and the past of the verb ("complained").
"""

from __future__ import annotations

from typing import Final

from .messages import Message

__all__ = [
    "AREAS",
    "FIRST_PERSON",
    "INFINITIVE",
    "MODALS",
    "NOUN",
    "POSSESSIVES",
    "PRONOUNS",
    "SENSITIVE",
    "STEMS",
    "VERB",
    "WEAK",
    "classify",
]

NOUN: Final = 1
"""A case noun that points to a case of one's own when it comes with "I" (søknad, klage)."""
WEAK: Final = 2
"""A case noun that is as often the news of the day (sak, vedtak): needs a stronger cue."""
VERB: Final = 4
"""A past or present case verb that, right after "I"/"we", says one applied or complained."""
INFINITIVE: Final = 8
"""The infinitive of "complain" that follows a modal ("jeg vil klage", "eg vil klage")."""


def _forms(flags: int, *words: str) -> dict[str, int]:
    return dict.fromkeys(words, flags)


# Nouns that may close a compound (byggesøknaden, naboklagen, byggjeløyvet): forms, not stems,
# so that søknadsfristen ("the application deadline", a general question) is not one.
_COMPOUND_TAILS: Final[dict[str, int]] = {
    **_forms(NOUN, "søknad", "søknaden", "søknader", "søknadene", "søknadar", "søknadane"),
    **_forms(NOUN, "klagen", "klagene", "klagane"),
    **_forms(NOUN, "tillatelse", "tillatelsen", "tillatelser", "tillatelsene"),
    **_forms(NOUN, "løyve", "løyvet", "løyva", "løyvene", "løyvi"),
    **_forms(NOUN, "dispensasjon", "dispensasjonen", "dispensasjoner", "dispensasjonene"),
    **_forms(NOUN, "dispensasjonar", "dispensasjonane"),
    **_forms(WEAK, "vedtak", "vedtaket", "vedtaka", "vedtakene", "vedtaki"),
}

# Compounds of "sak" named one by one: årsak, hovedsak and sakte are not cases.
_CASE_COMPOUNDS: Final = ("bygge", "byggje", "barnevern", "barneverns", "nav", "trygde")
_SAK_FORMS: Final = ("sak", "saka", "saken", "saker", "sakene", "sakar")

_WORDS: Final[dict[str, int]] = {
    **_COMPOUND_TAILS,
    **_forms(NOUN | INFINITIVE, "klage"),
    **_forms(NOUN | VERB | INFINITIVE, "klaga"),
    **_forms(NOUN | VERB, "klager", "klagar"),
    **_forms(VERB, "søkt", "søkte", "søkde", "klaget", "klagd", "klagde", "klagte"),
    **_forms(NOUN, "avslag", "avslaget", "avslagene", "avslaga", "avslagi"),
    **_forms(NOUN, "enkeltvedtak", "enkeltvedtaket", "enkeltvedtaka", "enkeltvedtakene"),
    **_forms(NOUN, "ferdigattest", "ferdigattesten", "ferdigattester", "ferdigattestene"),
    **_forms(NOUN, "ferdigattestar", "ferdigattestane"),
    **_forms(NOUN, "nabovarsel", "nabovarselet", "nabovarslet", "nabovarsla", "nabovarsler"),
    **_forms(NOUN, "nabovarslene", "nabovarsli"),
    **_forms(NOUN, "saksnummer", "saksnummeret", "saksnumre", "saksnumra", "saksnr"),
    **_forms(NOUN, "innsyn", "innsynet", "innsynskrav", "innsynskravet", "innsynsbegjæring"),
    **_forms(NOUN, "arkivsak", "arkivsaka", "arkivsaken", "arkivsaker", "arkivsakene"),
    **_forms(WEAK, *_SAK_FORMS),
    **_forms(WEAK, "saksbehandler", "saksbehandleren", "saksbehandlere", "saksbehandlerne"),
    **_forms(WEAK, "sakshandsamar", "sakshandsamaren", "sakshandsamarar", "sakshandsamarane"),
    **_forms(WEAK, *(prefix + form for prefix in _CASE_COMPOUNDS for form in _SAK_FORMS)),
}

_SHORTEST_TAIL: Final = min(map(len, _COMPOUND_TAILS))

STEMS: Final = (
    "søk", "klag", "sak", "vedtak", "avslag", "tillatel", "løyv", "dispens", "ferdigattest",
    "nabovars", "innsyn",
)  # fmt: skip
"""Every word with a role holds one of these (a compound through its last part): a word
without one is not looked up (``tests/test_cases.py`` checks the table against them)."""


def classify(word: str) -> int:
    """The roles of a lower-case ``word`` (0 for none): :data:`NOUN`, :data:`WEAK`, ...

    Examples:
        >>> classify("byggjesøknaden") == NOUN
        True
        >>> classify("søknadsfristen")
        0
    """
    flags = _WORDS.get(word)
    if flags is not None:
        return flags
    if len(word) < _SHORTEST_TAIL + 3 or not (
        "søknad" in word
        or "klag" in word
        or "vedtak" in word
        or "tillatel" in word
        or "løyv" in word
        or "dispens" in word
    ):
        return 0
    # A compound: a head of at least three letters, then a case noun's form.
    for cut in range(3, len(word) - _SHORTEST_TAIL + 1):
        flags = _COMPOUND_TAILS.get(word[cut:])
        if flags is not None:
            return flags
    return 0


PRONOUNS: Final = frozenset({"jeg", "eg", "vi", "me", "æ"})
"""First person subjects, bokmål, nynorsk and the dialect ``æ``."""

POSSESSIVES: Final = frozenset({"min", "mi", "mitt", "mine", "vår", "vårt", "våre"})
"""Possessives that bind a case noun to the writer ("søknaden min", "saka mi")."""

FIRST_PERSON: Final = PRONOUNS | POSSESSIVES | {"meg", "oss"}
"""Any first person word."""

MODALS: Final = frozenset(
    {"vil", "skal", "ønsker", "ønskjer", "tenker", "tenkjer", "må", "kommer", "kjem"}
)
"""Verbs that, with "klage" after them, announce a complaint of one's own."""

SENSITIVE: Final = Message(
    nb=" Kan gjelde særlige kategorier personopplysninger.",
    nn=" Kan gjelde særlege kategoriar personopplysningar.",
    en=" May concern special categories of personal data.",
)
"""Said of a service area where comments tend to hold special categories of personal data."""


def _area(nb: str, nn: str, en: str) -> Message:
    return Message(nb=nb, nn=nn, en=en)


# Service areas (notes §3.2, after Digdir's LOS themes); the sensitive ones are those KS names
# as likely to involve very personal information (child welfare, health and care).
AREAS: Final[tuple[tuple[str, Message, bool], ...]] = (
    (
        r"bygges[øo]knad|byggjes[øo]knad|byggesak|byggjesak|byggetillatelse|byggjeløyve",
        _area(nb="byggesak", nn="byggjesak", en="building application"),
        False,
    ),
    (
        r"barnevern|bekymringsmelding",
        _area(nb="barnevern", nn="barnevern", en="child welfare"),
        True,
    ),
    (
        r"nav\b|sosialhjelp|sosialstønad|økonomisk sosialhjelp",
        _area(nb="NAV og sosialhjelp", nn="NAV og sosialhjelp", en="NAV and social assistance"),
        True,
    ),
    (
        r"startlån|bostøtte|bustøtte|kommunal bolig|kommunal bustad",
        _area(nb="startlån og bostøtte", nn="startlån og bustøtte", en="housing loans and aid"),
        False,
    ),
    (
        r"hjemmetjenest|heimetenest|hjemmesykepleie|heimesjukepleie|omsorgsbolig|"
        r"omsorgsbustad|sykehjemsplass|sjukeheimsplass|helsestasjon|fastlege|legevakt|"
        r"avlastning|brukerstyrt|brukarstyrt",
        _area(nb="helse og omsorg", nn="helse og omsorg", en="health and care"),
        True,
    ),
    (
        r"ppt\b|spesialundervisning|skoleskyss|skuleskyss|sfo\b|sfo-plass|barnehageplass",
        _area(nb="skole og barnehage", nn="skule og barnehage", en="school and kindergarten"),
        False,
    ),
    (
        r"kommunale avgift|eiendomsskatt|eigedomsskatt|renovasjon|parkeringsbot|vann og avløp",
        _area(
            nb="avgifter og eiendomsskatt",
            nn="avgifter og eigedomsskatt",
            en="fees and property tax",
        ),
        False,
    ),
    (
        r"skjenkebevilling|skjenkeløyve|salsløyve|salgsbevilling",
        _area(nb="bevillinger", nn="løyve", en="licences"),
        False,
    ),
)
"""Service areas: a pattern (lower case, from a word's start), the label, and whether the
area is one where comments tend to hold special categories of personal data."""
