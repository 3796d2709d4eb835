"""Case requests and case references in comment text (G4: social media is no case channel).

Two kinds of hit, per the moderation notes §3.2 (word list and sources there):

``case_reference``
    A year/sequence reference such as ``2023/587`` or ``23/1234-5`` (Vinje asks for
    "2023/587 – …" in the title of an eDialog message), and gnr/bnr property references.
    *Certain* when a case word stands right before it (``sak``, ``saksnr.``,
    ``saksnummer``, ``arkivsak``, ``ref.``, ``vår ref``/``deres ref``, ``journalpost``) or
    for gnr/bnr; *possible* for a bare ``YYYY/N`` with a year from 1990 to 2099; nothing
    for a bare two-digit form (``12/5`` is a date, ``24/7`` a slogan, ``50/50`` a share), a
    school year (``2023/24``, ``2023/2024``) or a full date (``2023/05/12``).

``case_processing``
    A sentence that asks about one's own case. Raised only when a case noun (søknad,
    klage, avslag, løyve, ...) comes with a possessive ("søknaden min", "saka mi"), with
    "I"/"we" in the same sentence, with a case reference, or with a complaint about the
    handling ("venter på svar", "fått avslag", "ikkje fått svar"); or when "I"/"we" apply
    or complain ("jeg har søkt", "eg vil klage"). *Sak* and *vedtak* are as often the
    news of the day, so they need a possessive, a reference, a complaint, or "I" together
    with a service area. A service area (byggesak, barnevern, NAV, ...) raises the
    certainty. Kept out, after the notes: a bare "søknad" or "frist" (general questions
    such as "når er søknadsfristen for barnehage?", which Lyngdal and Lindesnes still
    answer), how-to questions and opening hours, and public policy ("vedtaket i
    kommunestyret om skolestruktur").

Speed: one compiled search over the lower-cased comment decides whether any cue is there at
all; the sentence analysis runs only then. Every pattern opens with a letter (so that ``re``
skips ahead to it), the complaints are searched once per comment, with only the alternatives
whose word the comment holds (after nine guard substrings), only the sentences holding a case
word or a complaint are analysed, and there no sentence is split into words: the words with a
role are those the stems' search found, and only their neighbours are read (the word after,
and up to five before, backwards in the reversed text). "I"/"we" is one compiled search. The
words come from the hand-written table in :mod:`._case_words` (measured against simplemma and
Snowball: see that module).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Final

from ._case_words import (
    BREAK,
    FIRST_PERSON_WORD,
    GENERAL,
    INFINITIVE,
    MODALS,
    NOUN,
    POLICY,
    POSSESSIVE_WORD,
    POSSESSIVES,
    PRONOUNS,
    PROPERTY,
    REFERENCE,
    REFERENCE_LABEL,
    SENSITIVE,
    STEMS,
    TOPICAL,
    VERB,
    WEAK,
    classify,
    find_area,
    find_complaints,
    has_cue,
    may_find,
)
from ._hits import Hit
from .messages import Message

__all__ = ["Classify", "scan_cases", "scan_with"]

Classify = Callable[[str], int]
"""A lower-case word to its roles (:data:`._case_words.NOUN`, ...; 0 for none)."""


# \w+ rather than letters only: measured a third faster, and a number is no case word.
_WORD: Final = re.compile(r"\w+")


_WORD_CHARS: Final = re.compile(r"\w*")
# Words that may stand between "I" and the verb: "jeg har også søkt", "nå har vi søkt".
_BETWEEN: Final = frozenset(
    {
        "har", "hadde", "ha", "også", "og", "òg", "nettopp", "akkurat", "allerede",
        "allereie", "ikke", "ikkje", "aldri", "endelig", "endeleg", "jo", "nå", "no",
        "da", "då", "selv", "sjølv", "faktisk", "tidligere", "tidlegare", "å", "til",
    }
)  # fmt: skip

_PERFECT: Final = frozenset({"har", "hadde"})

_REFERENCE_CERTAIN: Final = Message(
    nb="Saksreferanse (år/løpenummer) rett etter et saksord som «saksnr.» eller «ref.».",
    nn="Saksreferanse (år/løpenummer) rett etter eit saksord som «saksnr.» eller «ref.».",
    en="Case reference (year/sequence number) right after a case word such as 'saksnr.' or 'ref.'.",
)
_REFERENCE_POSSIBLE: Final = Message(
    nb="Ser ut som en saksreferanse (år/løpenummer), men uten saksord foran.",
    nn="Ser ut som ein saksreferanse (år/løpenummer), men utan saksord framfor.",
    en="Looks like a case reference (year/sequence number), but no case word precedes it.",
)
_PROPERTY_REFERENCE: Final = Message(
    nb="Gårds- og bruksnummer (gnr./bnr.) peker ut en eiendom, og ofte en byggesak.",
    nn="Gards- og bruksnummer (gnr./bnr.) peikar ut ein eigedom, og ofte ei byggjesak.",
    en="Farm and title numbers (gnr./bnr.) point to a property, and often to a building case.",
)
_POSSESSIVE: Final = Message(
    nb="Et saksord med «min», «mitt» eller «vår» (som «søknaden min»): "
    "kommentaren ser ut til å gjelde en egen sak.",
    nn="Eit saksord med «min», «mi» eller «vår» (som «søknaden min»): "
    "kommentaren ser ut til å gjelde ei eiga sak.",
    en="A case word with 'my' or 'our' (such as 'søknaden min', my application): "
    "the comment seems to be about the writer's own case.",
)
_APPLIED: Final = Message(
    nb="Første person som søker eller klager (som «jeg har søkt», «jeg vil klage»): "
    "kommentaren ser ut til å gjelde en egen sak.",
    nn="Første person som søkjer eller klagar (som «eg har søkt», «eg vil klage»): "
    "kommentaren ser ut til å gjelde ei eiga sak.",
    en="The writer applies or complains (such as 'jeg har søkt', I have applied): "
    "the comment seems to be about their own case.",
)
_WITH_REFERENCE: Final = Message(
    nb="Et saksord sammen med en saksreferanse.",
    nn="Eit saksord saman med ein saksreferanse.",
    en="A case word together with a case reference.",
)
_WITH_FIRST_PERSON: Final = Message(
    nb="Et saksord (som «søknad» eller «klage») i samme setning som «jeg» eller «vi».",
    nn="Eit saksord (som «søknad» eller «klage») i same setning som «eg» eller «vi».",
    en="A case word (such as 'søknad' or 'klage') in the same sentence as 'I' or 'we'.",
)
_COMPLAINT_ABOUT_HANDLING: Final = Message(
    nb="Klage på behandlingen av en sak (som «venter på svar» eller «fått avslag»).",
    nn="Klage på handsaminga av ei sak (som «ventar på svar» eller «fått avslag»).",
    en="A complaint about how a case is handled (such as 'venter på svar', waiting for an answer).",
)
_WITH_AREA: Final = Message(
    nb="{cue} Tjenesteområde: {area}.",
    nn="{cue} Tenesteområde: {area}.",
    en="{cue} Service area: {area}.",
)


# A word with a role: (start, end, roles), a plain tuple (read by index).
_Word = tuple[int, int, int]
_START: Final = 0
_END: Final = 1
_ROLES: Final = 2


class _Context:
    """What holds for the whole comment: its references and its service area.

    The area is looked for once, when a sentence first needs it.
    """

    __slots__ = ("_area", "_backwards", "_looked", "labels", "low", "references")

    def __init__(self, low: str, references: int, labels: list[tuple[int, int]]) -> None:
        self.low = low
        self.references = references  # 0 none, 1 possible, 2 certain
        self.labels = labels  # "saksnr." before a reference: not a case noun of its own
        self._area: tuple[Message, bool] | None = None
        self._looked = False
        self._backwards = ""

    def before(self, at: int, start: int, most: int) -> list[tuple[int, int, str]]:
        r"""Up to ``most`` words of ``low[start:at]`` (as :data:`_WORD` finds them), nearest first.

        ``at`` is where a word starts, ``start`` where a sentence does (no word crosses
        either). The words are read backwards: ``\w+`` in the reversed text, from ``at`` on.
        """
        if not self._backwards:
            self._backwards = self.low[::-1]
        length = len(self.low)
        found: list[tuple[int, int, str]] = []
        for match in _WORD.finditer(self._backwards, length - at, length - start):
            found.append((length - match.end(), length - match.start(), match.group()[::-1]))
            if len(found) == most:
                break
        return found

    def area(self) -> tuple[Message, bool] | None:
        """The comment's service area, if any."""
        if not self._looked:
            self._area = find_area(self.low)
            self._looked = True
        return self._area


def scan_cases(text: str, lower: str | None = None) -> list[Hit]:
    """Return the hits for case references and case-processing requests in ``text``.

    ``lower`` is ``text.lower()``, if the caller has it (the number scanner needs it too).

    Examples:
        >>> text = "Når får jeg svar på byggesøknaden min?"
        >>> [(hit.kind, hit.certain, text[hit.start : hit.end]) for hit in scan_cases(text)]
        [('case_processing', True, 'byggesøknaden min')]
        >>> scan_cases("Når er søknadsfristen for barnehage?")
        []
    """
    return scan_with(text, classify, lower)


def scan_with(text: str, words: Classify, lower: str | None = None) -> list[Hit]:
    """:func:`scan_cases` with another word classifier (the benchmark compares three)."""
    low = _lowered(text, lower)
    if (words is classify and not may_find(text, low)) or not has_cue(low):
        return []
    hits, labels = _references(text, low)
    # A second, cheaper gate before the sentence analysis: a case word, or a complaint
    # about the handling together with "I" or "we".
    cues = _cue_words(low, words)
    # The complaints, searched once: none crosses a sentence break (they hold only word
    # characters, spaces and commas), so a sentence's first is the first that starts in it.
    complaints = find_complaints(low)  # as COMPLAINT.finditer(low)
    # Without a case word a complaint counts only with "I" or "we" (looked for last: the
    # search is dearer than the complaints' own).
    if complaints and not cues and FIRST_PERSON_WORD.search(low) is None:
        complaints = []
    if not cues and not complaints:
        return hits
    context: _Context | None = None
    references = max((2 if hit.certain else 1 for hit in hits), default=0)
    complaint_starts = [m.start() for m in complaints]
    cue_starts = sorted(cues)
    # One case_processing hit per comment: the strongest sentence's (the first of equals).
    best: tuple[int, Hit] | None = None
    bounds = [0, *map(re.Match.end, BREAK.finditer(text)), len(text)]
    # Only a sentence with a case word or a complaint can ask about a case: visit those alone,
    # in order (sentence i runs from bounds[i] to bounds[i + 1]; the breaks strictly increase).
    for index in sorted({bisect.bisect_right(bounds, at) - 1 for at in [*cues, *complaint_starts]}):
        position, end = bounds[index], bounds[index + 1]
        first = bisect.bisect_left(complaint_starts, position)
        complaint = (
            complaints[first] if first < len(complaints) and complaint_starts[first] < end else None
        )
        # Policy debate and general questions, unless something points to one's own case: such
        # a sentence asks about no case whatever else it holds. Without a possessive word no
        # case noun has one: the sentence need not be read further. With one, whether it is
        # policy is asked only when no case noun has the possessive (None: not known yet).
        policy: bool | None = False
        if references == 0 and complaint is None:
            if POSSESSIVE_WORD.search(low, position, end) is None:
                if _policy(low, position, end):
                    continue
            else:
                policy = None
        if context is None:
            context = _Context(low, references, labels)
        # The sentence's words with a role, in order; their neighbours are read where needed.
        roled = [
            (at, *cues[at])
            for at in cue_starts[
                bisect.bisect_left(cue_starts, position) : bisect.bisect_left(cue_starts, end)
            ]
        ]
        found_here = _sentence(position, end, roled, context, complaint, policy=policy)
        if found_here is not None and (best is None or found_here[0] > best[0]):
            best = found_here
    if best is not None:
        hits.append(best[1])
        hits.sort(key=lambda hit: (hit.start, hit.end))
    return hits


def _policy(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` is policy debate or a general question."""
    return (POLICY.search(low, start, end) or GENERAL.search(low, start, end)) is not None


def _cue_words(low: str, words: Classify) -> dict[int, tuple[int, int]]:
    """The start, the end and the roles of every word with a role (:data:`._case_words.NOUN`, ...).

    With the table's :func:`._case_words.classify`, only the words that hold one of its
    stems are looked up (one compiled search finds them); another classifier sees every word.
    """
    if words is not classify:
        return {
            m.start(): (m.end(), roles) for m in _WORD.finditer(low) if (roles := words(m.group()))
        }
    found: dict[int, tuple[int, int]] = {}
    backwards = ""
    for stem in STEMS:
        at = low.find(stem)  # -1, as mostly: as cheap as ``stem in low``
        while at != -1:
            # The whole word around the stem: \w runs backwards (in the reversed text) and on.
            # Mostly the stem opens the word: then the reversed text is not needed.
            if at and _is_word(low[at - 1]):
                backwards = backwards or low[::-1]
                start = len(low) - _word_end(backwards, len(low) - at)
            else:
                start = at
            end = _word_end(low, at)
            if start not in found:
                found[start] = (end, classify(low[start:end]))
            at = low.find(stem, end)
    return {start: word for start, word in found.items() if word[1]}


def _is_word(char: str) -> bool:
    r"""Whether ``char`` is a word character, as ``\w`` is (alphanumeric or ``_``)."""
    return char.isalnum() or char == "_"


def _word_end(text: str, at: int) -> int:
    """Where the run of word characters from ``at`` ends."""
    run = _WORD_CHARS.match(text, at)
    return at if run is None else run.end()


def _lowered(text: str, low: str | None = None) -> str:
    """``text.lower()`` (``low``, if given), or where that is longer, each character's first."""
    if low is None:
        low = text.lower()
    if len(low) == len(text):
        return low
    # A few characters lower to two (İ to i̇): keep the first, so that indices still agree.
    return "".join(char.lower()[0] for char in text)


def _references(text: str, low: str) -> tuple[list[Hit], list[tuple[int, int]]]:
    """The case references, and the spans of the case words that label them."""
    # Every PROPERTY match holds "gnr", "rdsn", or "g." and "nr"; every REFERENCE a slash.
    property_ = "gnr" in low or "rdsn" in low or ("g." in low and "nr" in low)
    if not property_ and "/" not in text:
        return [], []
    hits = [
        Hit(kind="case_reference", start=m.start(), end=m.end(), certain=True,
            reason=_PROPERTY_REFERENCE)
        for m in (PROPERTY.finditer(low) if property_ else ())
    ]  # fmt: skip
    taken = [(hit.start, hit.end) for hit in hits]
    labels: list[tuple[int, int]] = []
    if "/" not in text:
        return hits, labels
    for m in REFERENCE.finditer(text):
        if any(start < m.end() and m.start() < end for start, end in taken):
            continue
        label = REFERENCE_LABEL.search(low, max(0, m.start() - 40), m.start())
        certain = _reference_certainty(m.group(1), m.group(2), labelled=label is not None)
        if label is not None:
            labels.append(label.span())
        if certain is not None:
            reason = _REFERENCE_CERTAIN if certain else _REFERENCE_POSSIBLE
            hits.append(
                Hit(kind="case_reference", start=m.start(), end=m.end(), certain=certain,
                    reason=reason)
            )  # fmt: skip
    return hits, labels


def _reference_certainty(year: str, sequence: str, *, labelled: bool) -> bool | None:
    """True: certain; False: possible; None: not a case reference."""
    number = int(year)
    if len(year) == 3 or (len(year) == 4 and not 1990 <= number <= 2099):
        return None
    if labelled:
        return True
    if len(year) == 2:  # 12/5, 24/7, 50/50: dates and shares, not without a case word
        return None
    following = int(sequence)
    if len(sequence) == 4 and 1990 <= following <= 2100:  # 2023/2024: a span of years
        return None
    if len(sequence) == 2 and following == (number + 1) % 100:  # 2023/24: a school year
        return None
    return False


def _sentence(
    start: int,
    end: int,
    roled: list[_Word],
    context: _Context,
    complaint: re.Match[str] | None,
    *,
    policy: bool | None,
) -> tuple[int, Hit] | None:
    """The score and the hit of the sentence ``low[start:end]`` (``None``: it asks about no case).

    ``roled``: its words with a role, in order. ``policy``: the sentence is policy debate or
    a general question, with no reference or complaint in the comment; it asks about no case
    unless a case noun has a possessive. ``None``: not known yet (asked only when no case
    noun has a possessive).
    """
    low = context.low
    possessive = _possessive(roled, start, end, context)
    references = context.references
    if possessive is None and (_policy(low, start, end) if policy is None else policy):
        return None
    applied = _applied(roled, start, end, context)
    nouns = [word for word in roled if word[_ROLES] & NOUN]
    weak = [word for word in roled if word[_ROLES] & WEAK]
    if context.labels:  # "saksnr." before a reference: no case noun (nor a first person word)
        nouns = [word for word in nouns if not _inside(word, context.labels)]
        weak = [word for word in weak if not _inside(word, context.labels)]
    # A word of FIRST_PERSON among the sentence's words (the search finds whole words only).
    first_person = FIRST_PERSON_WORD.search(low, start, end) is not None
    triggered = (
        possessive is not None
        or applied is not None
        or (bool(nouns) and (first_person or complaint is not None or references > 0))
        or (
            bool(weak)
            and (
                references > 0
                or complaint is not None
                or (first_person and context.area() is not None)
            )
        )
        or (complaint is not None and first_person)
    )
    if not triggered:
        return None
    topical = ("behandl" in low or "handsam" in low) and TOPICAL.search(low, start, end) is not None
    area = context.area() is not None
    score = (
        2 * (possessive is not None)
        + 2 * (applied is not None)
        + references
        + (bool(nouns or weak) and references > 0)
        + (first_person and possessive is None and applied is None)
        + (complaint is not None)
        + topical
        + area
    )
    span, cue = _cue(possessive, applied, nouns or weak, complaint, references)
    reason = cue
    found_area = context.area()
    if found_area is not None:
        label, sensitive = found_area
        reason = _with_area(cue, label, sensitive=sensitive)
    hit = Hit(kind="case_processing", start=span[0], end=span[1], certain=score >= 3, reason=reason)
    return score, hit


# (cue, area) by identity -> (cue, area, reason): the cues and areas are this module's and
# _case_words' constants (a few times a few), so hashing each Message is not needed.
_AREA_REASONS: Final[dict[tuple[int, int, bool], tuple[Message, Message, Message]]] = {}


def _with_area(cue: Message, area: Message, *, sensitive: bool) -> Message:
    """The reason of a cue in a service area (a few cues times a few areas: kept)."""
    kept = _AREA_REASONS.get((id(cue), id(area), sensitive))
    if kept is not None and kept[0] is cue and kept[1] is area:
        return kept[2]
    reason = _WITH_AREA.format(cue=cue, area=area)
    if sensitive:
        reason += SENSITIVE
    if len(_AREA_REASONS) < 256:
        _AREA_REASONS[id(cue), id(area), sensitive] = (cue, area, reason)
    return reason


def _inside(word: _Word, spans: list[tuple[int, int]]) -> bool:
    return any(start <= word[_START] and word[_END] <= end for start, end in spans)


def _cue(
    possessive: tuple[int, int] | None,
    applied: tuple[int, int] | None,
    nouns: list[_Word],
    complaint: re.Match[str] | None,
    references: int,
) -> tuple[tuple[int, int], Message]:
    """The span and the reason of the strongest cue in a triggered sentence."""
    if possessive is not None:
        return possessive, _POSSESSIVE
    if applied is not None:
        return applied, _APPLIED
    if nouns:
        noun = (nouns[0][_START], nouns[0][_END])
        if references:
            return noun, _WITH_REFERENCE
        if complaint is None:
            return noun, _WITH_FIRST_PERSON
        return noun, _COMPLAINT_ABOUT_HANDLING
    # Triggered with no case noun: by a complaint with "I" or "we".
    span = complaint.span() if complaint is not None else (0, 0)
    return span, _COMPLAINT_ABOUT_HANDLING


def _possessive(
    roled: list[_Word], start: int, end: int, context: _Context
) -> tuple[int, int] | None:
    """The span of a case noun and its possessive ("søknaden min", "min sak"), if any.

    ``roled``: the words with a role of the sentence ``low[start:end]``, in order (only they
    can be case nouns).
    """
    low = context.low
    for first, last, roles in roled:
        if roles & (NOUN | WEAK):
            after = _WORD.search(low, last, end)
            if after is not None and after.group() in POSSESSIVES:
                return first, after.end()
            before = context.before(first, start, 1)
            if before and before[0][2] in POSSESSIVES:
                return before[0][0], last
    return None


def _applied(roled: list[_Word], start: int, end: int, context: _Context) -> tuple[int, int] | None:
    """The span of "I"/"we" applying or complaining ("jeg har søkt", "eg vil klage").

    The subject may be left out at the start of a sentence ("Har søkt om startlån").
    ``roled``, ``start`` and ``end``: as :func:`_possessive`.
    """
    for first, last, roles in roled:
        if not roles & (VERB | INFINITIVE):
            continue
        after = _WORD.search(context.low, last, end)
        if after is not None and after.group() == "etter":
            continue  # "vi har søkt etter frivillige": searched for, not applied
        # The four words before, nearest first, and a fifth to tell whether that is all.
        before = context.before(first, start, 5)
        subject: tuple[int, int, str] | None = None
        modal = perfect = False
        walked = 0
        for word in before[:4]:
            text = word[2]
            if text in PRONOUNS:
                subject = word
            elif text in MODALS:
                modal = True
            elif text in _BETWEEN:
                perfect = perfect or text in _PERFECT
            else:
                break
            walked += 1
        # Only such words before it, from the sentence's start: the subject is left out.
        if subject is None and perfect and walked == len(before) <= 4:
            subject = before[-1]
        if subject is None:
            continue
        if roles & VERB or (modal and roles & INFINITIVE):
            return subject[0], last
    return None
