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

import re
from typing import Final

from .messages import Message

__all__ = [
    "AREA",
    "AREAS",
    "AREA_GUARDS",
    "BREAK",
    "COMPLAINT",
    "COMPLAINTS",
    "COMPLAINT_GUARDS",
    "COMPLAINT_WORDS",
    "FIRST_PERSON",
    "FIRST_PERSON_WORD",
    "GENERAL",
    "INFINITIVE",
    "MODALS",
    "NOUN",
    "POLICY",
    "POSSESSIVES",
    "POSSESSIVE_WORD",
    "PRONOUNS",
    "PROPERTY",
    "REFERENCE",
    "REFERENCE_LABEL",
    "SENSITIVE",
    "STEMS",
    "TOPICAL",
    "VERB",
    "WEAK",
    "classify",
    "find_area",
    "find_complaints",
    "has_cue",
    "may_find",
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
    if len(word) < _SHORTEST_TAIL + 3:
        return 0
    # A compound: a head of at least three letters, then a case noun's form. Every form
    # opens with one of the tails' openings, so only the cuts where one stands are tried,
    # the leftmost first (as trying every cut from the third letter on would find).
    cuts = [
        at for opening in _TAIL_OPENINGS if opening in word for at in _occurrences(word, opening, 3)
    ]
    for cut in sorted(cuts):
        flags = _COMPOUND_TAILS.get(word[cut:])
        if flags is not None:
            return flags
    return 0


# How every form of _COMPOUND_TAILS opens (``tests/test_cases.py`` checks it).
_TAIL_OPENINGS: Final = ("søknad", "klag", "vedtak", "tillatel", "løyv", "dispens")


def _occurrences(word: str, part: str, start: int) -> list[int]:
    """Where ``part`` starts in ``word`` from ``start`` on."""
    found = []
    at = word.find(part, start)
    while at != -1:
        found.append(at)
        at = word.find(part, at + 1)
    return found


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


# --- the patterns of the case scanner (:mod:`._cases`) ---

# Speed: Python's ``re`` skips ahead only to a pattern's first character (a literal or a
# set); a pattern that opens with ``\b`` or a lookbehind is tried at every position. So the
# word boundary is checked right after a word's first letter: ``s(?<!\w.)ak`` is ``\bsak``.
_STARTS_WORD: Final = r"(?<!\w.)"


def _words(*words: str) -> str:
    """An alternation of plain words (letters and spaces), each from a word's start."""
    return "|".join(word[0] + _STARTS_WORD + word[1:] for word in words)


# A sentence ends at ! ? … or a line break, or at a full stop before a capital or the end
# (not at "saksnr. 2023/587" nor "f.eks. at").
BREAK: Final = re.compile(r"[!?…\n.](?:(?<=[!?…\n])[!?…\n]*|(?<=\.)(?=\s+[A-ZÆØÅ]|\s*$))")

# The year's first digit, then the check that no word character, slash, dot, comma or dash
# stands before it: (?<![\w/.,-])(\d{2,4})/..., with a first character to skip ahead to.
REFERENCE: Final = re.compile(r"(\d(?<![\w/.,-]\d)\d{1,3})/(\d{1,6})(?:-\d{1,4})?(?![\w/]|[.,]\d)")
_LABEL_WORDS: Final = (
    "sak", "saka", "saken", "saks", "saksnr", "saksnummer", "saksnummeret", "saksreferanse",
    "saksref", "arkivsak", "arkivsaksnr", "arkivsaksnummer", "ref", "referanse",
    "referansenummer", "journalpost", "journalpostnr", "jnr", "dokumentnr",
)  # fmt: skip
REFERENCE_LABEL: Final = re.compile(
    f"(?:{_words(*_LABEL_WORDS)})" + r"\.?\s*(?:nr|nummer|no|id)?\.?\s*[:#]?\s*$"
)
PROPERTY: Final = re.compile(
    r"g(?<!\w.)(?:nr|\.\s?nr|årdsnr|ardsnr|årdsnummer|ardsnummer)\.?"
    r"(?:\s*(?:/|og)\s*(?:bnr|b\.\s?nr|bruksnr|bruksnummer)\.?)?\s*:?\s*\d{1,4}"
    r"(?:\s*[/,]\s*\d{1,5}|,?\s*(?:og\s+)?(?:bnr|b\.\s?nr|bruksnr|bruksnummer)\.?\s*:?\s*\d{1,5})?"
)

# Complaints about the handling of one's own case.
# Written out so that every alternative opens with a letter (see _STARTS_WORD), in the order
# of: \bvent(?:er|...)..., \b(?:fått|fikk|fekk)..., \bavslått\b, \binnvilg(?:et|a)\b,
# \b(?:ikke|ikkje|aldri)\b...(fått|hørt|høyrt)...(svar|noe|...), \bingen\b...svar(t|a|er|ar),
# \b(?:når|kva tid) får (jeg|...) svar, \b(?:regne med|rekne med|forvente|forventa)...svar,
# \b(?:har |er )?purr(?:et|a|te)\b, \b(?:ikke|ikkje)\b...(ferdig )?(behandlet|handsama|...).
_NOT_HEARD: Final = (
    r"\b[\w ,]{0,12}?\b(?:fått|hørt|høyrt)\b[\w ,]{0,12}?\b(?:svar|noe|noko|tilbakemelding)\b"
)
_WHEN_ANSWER: Final = r" får (?:jeg|eg|vi|me) (?:et |eit )?svar\b"
_EXPECT_ANSWER: Final = r"\b[\w ,]{0,10}?\bsvar\b"
_PURRED: Final = r"urr(?:et|a|te)\b"
_HEARD: Final = ("fått", "hørt", "høyrt")
# Each alternative with a word that every match of it holds: the comment is searched with
# the alternatives whose word it has (in their order), which finds what all of them would.
# Then the words of which every match holds one further in (None: none such): without any of
# them the alternative is not tried.
COMPLAINTS: Final[tuple[tuple[str, str, tuple[str, ...] | None], ...]] = (
    ("vent", r"v(?<!\w.)ent(?:er|ar|a|et|de|ande|ende)\b[\w ,]{0,24}?"
             r"\bpå (?:et |eit )?(?:svar|tilbakemelding)", None),
    ("avslag", r"f(?<!\w.)(?:ått|ikk|ekk)\b[\w ,]{0,16}?\bavslag", None),
    ("avslått", r"a(?<!\w.)vslått\b", None),
    ("innvilg", r"i(?<!\w.)nnvilg(?:et|a)\b", None),
    ("ikk", rf"i(?<!\w.)kk(?:e|je){_NOT_HEARD}", _HEARD),
    ("aldri", rf"a(?<!\w.)ldri{_NOT_HEARD}", _HEARD),
    ("ingen", r"i(?<!\w.)ngen\b[\w ,]{0,10}?\bsvar(?:t|a|er|ar)\b", None),
    ("når får", rf"n(?<!\w.)år{_WHEN_ANSWER}", None),
    ("kva tid får", rf"k(?<!\w.)va tid{_WHEN_ANSWER}", None),
    ("regne med", rf"r(?<!\w.)egne med{_EXPECT_ANSWER}", None),
    ("rekne med", rf"r(?<!\w.)ekne med{_EXPECT_ANSWER}", None),
    ("forvent", rf"f(?<!\w.)orvent(?:e|a){_EXPECT_ANSWER}", None),
    ("har purr", rf"h(?<!\w.)ar p{_PURRED}", None),
    ("er purr", rf"e(?<!\w.)r p{_PURRED}", None),
    ("purr", rf"p(?<!\w.){_PURRED}", None),
    ("ikk", r"i(?<!\w.)kk(?:e|je)\b[\w ,]{0,12}?\b(?:ferdig ?)?(?:behandlet|handsama|handsamt)\b",
     ("behandlet", "handsam")),
)  # fmt: skip
COMPLAINT_WORDS: Final = tuple(word for word, _, _ in COMPLAINTS)
COMPLAINT: Final = re.compile("|".join(pattern for _, pattern, _ in COMPLAINTS))
# Every word of COMPLAINT_WORDS holds one of these (fewer tests when, as mostly, none is there).
COMPLAINT_GUARDS: Final = (
    "vent", "avsl", "innvilg", "ikk", "aldri", "ingen", " får", "e med", "purr",
)  # fmt: skip
# A whole word of FIRST_PERSON, as FIRST_PERSON.intersection(re.findall(r"\w+", low)) would find
# it: each opens with its letter (see :data:`_STARTS_WORD`), no \w on either side.
FIRST_PERSON_WORD: Final = re.compile(
    "(?:" + "|".join(word[0] + r"(?<!\w.)" + word[1:] for word in sorted(FIRST_PERSON)) + r")(?!\w)"
)

# A whole word of POSSESSIVES, as FIRST_PERSON_WORD.
POSSESSIVE_WORD: Final = re.compile(
    "(?:" + "|".join(word[0] + r"(?<!\w.)" + word[1:] for word in sorted(POSSESSIVES)) + r")(?!\w)"
)

# The handling in general: raises the certainty, decides nothing alone.
_TOPICAL_WORDS: Final = (
    "saksbehandlingstid", "behandlingstid", "sakshandsamingstid", "handsamingstid",
    "saksbehandler", "sakshandsamar",
)  # fmt: skip
TOPICAL: Final = re.compile(_words(*_TOPICAL_WORDS))
# Public policy: decisions of elected bodies are debate, not a case of one's own.
_POLICY_WORDS: Final = (
    "kommunestyre", "formannskap", "bystyre", "fylkesting", "politiker", "politikar", "politisk",
    "skolestruktur", "skulestruktur", "budsjett", "høring", "høyring", "planutval", "hovedutval",
    "ordfører", "ordførar", "flertall", "fleirtal",
)  # fmt: skip
POLICY: Final = re.compile(_words(*_POLICY_WORDS))
# General questions: how to apply, deadlines, opening hours.
_GENERAL_WORDS: Final = (
    "hvordan", "korleis", "kordan", "åpningstid", "opningstid", "frist", "søknadsfrist",
    "klagefrist", "kan man", "kan ein", "kan en", "hvem kan", "kven kan",
)  # fmt: skip
GENERAL: Final = re.compile(_words(*_GENERAL_WORDS))


# The literal start of every alternative of every area: without one, no search is made.
_AREA_PARTS: Final = tuple(
    sorted(
        {
            re.split(r"[\[\\(?*+{]", part)[0]
            for pattern, _, _ in AREAS
            for part in pattern.split("|")
        }
    )
)


def _guards(parts: tuple[str, ...]) -> tuple[str, ...]:
    """The parts with the same first four letters, each group as its common prefix.

    Fewer literals to look for: a match starts where a part does, so where one of these does,
    and trying the pattern at a few more places finds the same leftmost match.
    """
    groups: dict[str, list[str]] = {}
    for part in parts:
        groups.setdefault(part[:4], []).append(part)
    return tuple(_common_prefix(min(group), max(group)) for group in groups.values())


def _common_prefix(first: str, last: str) -> str:
    same = 0
    while same < min(len(first), len(last)) and first[same] == last[same]:
        same += 1
    return first[:same]


AREA_GUARDS: Final = _guards(_AREA_PARTS)
AREA: Final = re.compile(
    "|".join(rf"\b(?P<a{index}>{pattern})" for index, (pattern, _, _) in enumerate(AREAS))
)


def find_area(low: str) -> tuple[Message, bool] | None:
    """The label of the first service area in a lower-case comment, and whether it is sensitive."""
    parts = list(filter(low.__contains__, AREA_GUARDS))
    if not parts:
        return None
    # What AREA.search finds, without trying the pattern at every position: every match
    # starts where one of the parts does, so try it there, and keep the leftmost.
    found: re.Match[str] | None = None
    for part in parts:
        at = low.find(part)
        while at != -1 and (found is None or at < found.start()):
            match = AREA.match(low, at)
            if match is not None:
                found = match
                break
            at = low.find(part, at + 1)
    if found is None or found.lastgroup is None:
        return None
    _, label, sensitive = AREAS[int(found.lastgroup[1:])]
    return label, sensitive


# --- the cheap gates and the complaints' search of the case scanner ---


def has_cue(low: str) -> bool:
    """Whether a lower-case comment holds a stem that every cue below contains.

    The fast path: most comments hold none. One substring test per stem (each a C-level
    search) was measured at about half the cost of one compiled alternation of the same
    stems, and less than the bare regex pass the issue's benchmark takes as its floor
    (``benchmarks/bench_case_words.py``).
    """
    return (
        "søk" in low
        or "sak" in low
        or "klag" in low
        or "svar" in low
        or "vedtak" in low
        or "avsl" in low
        or "behandl" in low
        or "handsam" in low
        or "løyve" in low
        or "tillatel" in low
        or "dispens" in low
        or "innvilg" in low
        or "innsyn" in low
        or "ferdigattest" in low
        or "nabovarsel" in low
        or "purr" in low
        or "/" in low  # year/sequence references
        or "nr" in low  # gnr/bnr, saksnr
        or "rdsn" in low  # gårdsnummer, gardsnummer
    )


def may_find(text: str, low: str) -> bool:
    """Whether ``low`` (the lower-case ``text``) holds a stem, a complaint's word or a reference.

    Without any, the case scanner finds nothing: no word has a role (each holds one of
    :data:`STEMS`), no complaint can match (each holds one of :data:`COMPLAINT_GUARDS`) and
    no reference can (each holds a slash or a property word). Most comments stop here: one
    substring test per word (a compiled alternation of the same words was measured at about
    four times the cost).
    """
    return (
        "søk" in low
        or "klag" in low
        or "sak" in low
        or "vedtak" in low
        or "avslag" in low
        or "tillatel" in low
        or "løyv" in low
        or "dispens" in low
        or "ferdigattest" in low
        or "nabovars" in low
        or "innsyn" in low
        or "vent" in low
        or "avsl" in low
        or "innvilg" in low
        or "ikk" in low
        or "aldri" in low
        or "ingen" in low
        or " får" in low
        or "e med" in low
        or "purr" in low
        or "/" in text
        or "gnr" in low
        or "rdsn" in low
        or ("g." in low and "nr" in low)
    )


# Each alternative of COMPLAINT alone, and the word every match of it opens with (None: the
# word stands further in, and the alternative is searched for).
_ALONE: Final = tuple(re.compile(pattern) for _, pattern, _ in COMPLAINTS)
_OPENS: Final = tuple(
    word if pattern.replace(r"(?<!\w.)", "", 1).startswith(word) else None
    for word, pattern, _ in COMPLAINTS
)
# Each alternative with its word and the guard that word holds.
_GUARDED: Final = tuple(
    (index, word, next(at for at, guard in enumerate(COMPLAINT_GUARDS) if guard in word))
    for index, word in enumerate(COMPLAINT_WORDS)
)
_NEEDED: Final = tuple(needed for _, _, needed in COMPLAINTS)


def find_complaints(low: str) -> list[re.Match[str]]:
    """What ``COMPLAINT.finditer(low)`` finds.

    Only the alternatives whose guard (:data:`COMPLAINT_GUARDS`) the comment holds are tried,
    and one that opens with its word only where the word stands. Then the leftmost match
    first, of the first alternative that matches there, then on from its end: each
    alternative's next match is kept, and looked for again only when the one taken overlaps it.
    """
    guards = [guard in low for guard in COMPLAINT_GUARDS]
    if not any(guards):
        return []
    pending = [
        (match.start(), index, match)
        for index, word, guard in _GUARDED
        if guards[guard]
        and (_OPENS[index] is not None or word in low)  # else the search would fail, dearer
        and ((needed := _NEEDED[index]) is None or any(part in low for part in needed))
        and (match := _next_complaint(low, index, 0)) is not None
    ]
    found: list[re.Match[str]] = []
    while pending:
        taken = min(pending)[2]  # (start, index) differ between entries: no match is compared
        found.append(taken)
        end = taken.end()
        later: list[tuple[int, int, re.Match[str]]] = []
        for start, index, match in pending:
            if start < end:
                again = _next_complaint(low, index, end)
                if again is None:
                    continue
                start, match = again.start(), again
            later.append((start, index, match))
        pending = later
    return found


def _next_complaint(low: str, index: int, position: int) -> re.Match[str] | None:
    """``_ALONE[index].search(low, position)``, tried only where the alternative's word is."""
    word = _OPENS[index]
    if word is None:
        return _ALONE[index].search(low, position)
    at = low.find(word, position)
    while at != -1:
        match = _ALONE[index].match(low, at)
        if match is not None:
            return match
        at = low.find(word, at + 1)
    return None
