"""A unit's abbreviation: from a unit name to lower-case ASCII words, and shorter when needed.

Private to the naming functions and the account checks; the naming page of the documentation
describes the steps with worked examples.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterator
from typing import Final

import attrs

from ._abbreviations import ESTABLISHED, HEADS, MODIFIERS
from ._text import ascii_words, is_text, shown
from .errors import InvalidNameError
from .messages import Message
from .policy import NamingPolicy
from .units import Unit

_PARTS: Final = HEADS | MODIFIERS
_LONGEST_HEAD: Final = max(map(len, HEADS))

__all__ = [
    "MAX_UNIT_NAME",
    "Candidate",
    "Step",
    "candidates",
    "compound_parts",
    "first_fit",
    "is_derived_abbreviation",
    "shorten",
    "unit_name",
    "unit_words",
    "without_definite_ending",
]

_NOTHING_USABLE = Message(
    nb="Enhetsnavnet har ingen bokstaver eller sifre som kan brukes i et brukernavn.",
    nn="Namnet på eininga har ingen bokstavar eller siffer som kan brukast i eit brukarnamn.",
    en="The unit name has no letters or digits that a handle can use.",
)


MAX_UNIT_NAME: Final = 200
"""The longest unit name, in characters, that the naming functions take.

No platform shows a handle or a display name anywhere near this long (LinkedIn's 100 is
the most), so a longer name is a mistake (a pasted paragraph, a whole file), not a name.
"""

_TOO_LONG = Message(
    nb="Enhetsnavnet har {length} tegn; et navn kan ha høyst {limit}.",
    nn="Namnet på eininga har {length} teikn; eit namn kan ha høgst {limit}.",
    en="The unit name has {length} characters; a name may have at most {limit}.",
)


def unit_name(unit: Unit | str) -> str:
    """The unit's name, checked as :class:`Unit` checks it, and at most :data:`MAX_UNIT_NAME`.

    Raises:
        InvalidNameError: not a unit name, blank, longer than :data:`MAX_UNIT_NAME`
            characters, or holding a lone surrogate (a byte that was not text, as
            ``os.fsdecode`` leaves it).
    """
    if isinstance(unit, Unit):
        name = unit.name
    elif isinstance(unit, str) and unit.strip() and is_text(unit):
        name = unit  # the common case, without building a Unit
    else:
        name = Unit(name=unit).name  # raises the error that says what is wrong
    if len(name) > MAX_UNIT_NAME:
        raise InvalidNameError(
            f"unit name is {len(name)} characters long; at most {MAX_UNIT_NAME} are taken "
            f"(got {shown(name, 40)})",
            message=_TOO_LONG.format(length=len(name), limit=MAX_UNIT_NAME),
        )
    return name


def _without_own_names(words: list[str], policy: NamingPolicy) -> list[str]:
    if not policy.organisation.mentions_own_name(words):
        return words
    own_names = policy.organisation.own_names
    kept: list[str] = []
    index = 0
    while index < len(words):
        for names in own_names:
            if tuple(words[index : index + len(names)]) == names:
                index += len(names)
                # "Kulturskolen på Randaberg": the "på" goes with the name it introduces.
                if kept and kept[-1] in policy.filler_words:
                    kept.pop()
                break
        else:
            kept.append(words[index])
            index += 1
    # A unit called just "Randaberg" keeps its name rather than vanish.
    return kept or words


def unit_words(unit: Unit | str, policy: NamingPolicy) -> list[str]:
    """The unit's abbreviation as words, before any shortening.

    Raises:
        InvalidNameError: the name is not a unit name, or has no letters or digits.
    """
    if isinstance(unit, Unit) and unit.abbreviation is not None:
        return [unit.abbreviation]
    name = unit_name(unit)
    words = _without_own_names(ascii_words(name), policy)
    if not words:
        raise InvalidNameError(
            f"unit name has nothing usable for a handle: no letters or digits are left "
            f"(got {shown(name)})",
            message=_NOTHING_USABLE,
        )
    return words


class Step(enum.Enum):
    """The step of the engine that made a candidate, in the engine's order of preference."""

    WHOLE = "whole"
    NO_FUNCTION_WORDS = "no_function_words"
    NO_OWN_NAME = "no_own_name"
    NO_DEFINITE_ENDING = "no_definite_ending"
    ESTABLISHED = "established"
    COMPOUND = "compound"
    FIRST_WORD = "first_word"
    INITIALS = "initials"
    CUT = "cut"


@attrs.frozen
class Candidate:
    """One abbreviation the engine would offer, in its order of preference.

    Attributes:
        text: The abbreviation: lower-case ASCII letters and digits.
        cut: Whether a word is cut at an arbitrary letter (the last resort).
        step: The step that made it.
    """

    text: str
    cut: bool = False
    step: Step = Step.WHOLE


# Definite endings (bokmål and nynorsk), longest first, then the plural ones ("tjenester",
# "tenester"); a stem may get back an "e" the ending replaced ("barnehag-ane" -> "barnehage").
_ENDINGS: Final = ("ene", "ane", "en", "et", "na", "ne", "a", "n", "er", "ar", "r")
_MIN_PART: Final = 2
ACCEPTED_CUT: Final = 4
"""The fewest letters of a cut name that an account check accepts as the unit's."""


def _head_of(word: str) -> str | None:
    """The lexicon head ``word`` ends in (longest first), or ``None``."""
    for size in range(min(len(word), _LONGEST_HEAD), 1, -1):
        if word[-size:] in HEADS:
            return word[-size:]
    return None


def _known(word: str) -> bool:
    return _head_of(word) is not None or (word,) in ESTABLISHED


@functools.lru_cache(maxsize=4096)
def without_definite_ending(word: str) -> str:
    """``word`` without its definite ending, when what is left is a known unit word.

    Only a word that does not already end in a known unit word loses an ending, and only
    when the rest does: ``bassenget`` → ``basseng``, ``brannvesen`` stays.

    Examples:
        >>> [without_definite_ending(w) for w in ("bassenget", "kulturskolen", "barnehagane")]
        ['basseng', 'kulturskole', 'barnehage']
        >>> without_definite_ending("brannvesen"), without_definite_ending("voksen")
        ('brannvesen', 'voksen')
    """
    if len(word) < 4 or _known(word):
        return word
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            for form in (stem, stem + "e"):
                if _known(form):
                    return form
    return word


def compound_parts(word: str) -> list[str]:
    """``word`` split at its joints (a linking ``s`` or ``e`` dropped), or ``[word]``.

    The last part must be a head of the engine's lexicon; the first parts are lexicon words
    where they can be, and what is left before them stays one part.

    Examples:
        >>> compound_parts("ungdomsskole"), compound_parts("skolefritidsordning")
        (['ungdom', 'skole'], ['skole', 'fritid', 'ordning'])
        >>> compound_parts("bibliotek")
        ['bibliotek']
    """
    head = _head_of(word)
    if head is None or len(word) - len(head) < _MIN_PART:
        return [word]
    parts = [head]
    rest = word[: -len(head)]
    while rest:
        stems = [rest] + [rest[:-1] for link in "se" if rest.endswith(link)]
        whole = next((stem for stem in stems if stem in _PARTS), None)
        if whole is not None:
            parts.insert(0, whole)
            break
        last = next(
            (
                stem[-size:]
                for stem in stems
                for size in range(len(stem) - _MIN_PART, _MIN_PART - 1, -1)
                if stem[-size:] in _PARTS
            ),
            None,
        )
        if last is None:
            parts.insert(0, rest)
            break
        parts.insert(0, last)
        stem = next(stem for stem in stems if stem.endswith(last))
        rest = stem[: -len(last)]
    return parts


@functools.lru_cache(maxsize=4096)
def _word_forms(word: str, alone: bool) -> tuple[tuple[str, Step], ...]:
    """Shorter readable forms of one (definite-stripped) word, most telling first.

    Beside other words, a compound's bare initials read as noise ("helseot"); they are a
    form of a word that stands alone.
    """
    forms: list[tuple[str, Step]] = []
    established = ESTABLISHED.get((word,))
    if established is not None:
        forms.append((established, Step.ESTABLISHED))
    parts = compound_parts(word)
    if len(parts) > 1:
        *firsts, head = parts
        # "u-skole": the first parts by their initials, the head whole; then the first parts
        # alone ("ungdom"); then every part's initial ("us").
        forms.append(("".join(part[0] for part in firsts) + head, Step.COMPOUND))
        forms.append(("".join(firsts), Step.COMPOUND))
        if alone:
            forms.append(("".join(part[0] for part in parts), Step.COMPOUND))
    return tuple(forms)


def _generate(words: list[str], policy: NamingPolicy) -> Iterator[Candidate]:
    yield Candidate("".join(words), step=Step.WHOLE)
    # 1. Leave out function words ("og", "i", "på").
    content = [word for word in words if word not in policy.filler_words] or words
    yield Candidate("".join(content), step=Step.NO_FUNCTION_WORDS)
    # 2. A compound that begins with the organisation's own name loses it ("Randaberghallen").
    content = [_without_own_prefix(word, policy) for word in content]
    yield Candidate("".join(content), step=Step.NO_OWN_NAME)
    # 3. The definite ending goes: "bassenget" -> "basseng".
    content = [without_definite_ending(word) for word in content]
    yield Candidate("".join(content), step=Step.NO_DEFINITE_ENDING)
    # 4. An established abbreviation of the whole name ("PPT", "SFO", "HFU").
    whole = [without_definite_ending(word) for word in words]
    for key in (tuple(whole), tuple(content)):
        if key in ESTABLISHED:
            yield Candidate(ESTABLISHED[key], step=Step.ESTABLISHED)
    # 5. Each word shortened in turn, the longest first: established forms, compound parts.
    alone = len(content) == 1
    forms = [[(word, Step.WHOLE), *_word_forms(word, alone)] for word in content]
    at = [0] * len(content)
    while True:
        open_ = [i for i in range(len(content)) if at[i] + 1 < len(forms[i])]
        if not open_:
            break
        longest = max(open_, key=lambda i: (len(forms[i][at[i]][0]), -i))
        at[longest] += 1
        step = forms[longest][at[longest]][1]
        yield Candidate("".join(forms[i][at[i]][0] for i in range(len(content))), step=step)
    if len(content) > 1:
        # 6. Several words: the first word alone, then the initials ("tt"; with the
        #    function words, "bor").
        yield Candidate(content[0], step=Step.FIRST_WORD)
        yield Candidate("".join(word[0] for word in content), step=Step.INITIALS)
        yield Candidate("".join(word[0] for word in whole), step=Step.INITIALS)


def candidates(words: list[str], budget: int, policy: NamingPolicy) -> tuple[Candidate, ...]:
    """The abbreviations of ``words`` in order of preference, each distinct.

    The readable ones come first, from the whole name down (the naming page lists the
    steps); the last ones fit ``budget`` by cutting a word (``cut=True``). The first that
    fits the budget is :func:`shorten`'s answer; a plan for several units takes the next one
    when two units would collide.

    Examples:
        >>> from randaberg_some.policy import DEFAULT_POLICY
        >>> [c.text for c in candidates(["ungdomsskolen"], 7, DEFAULT_POLICY)]
        ['ungdomsskolen', 'ungdomsskole', 'uskole', 'ungdom', 'us', 'ungdoms', 'ungdo']
    """
    found: list[Candidate] = []
    seen: set[str] = set()
    for candidate in _generate(words, policy):
        if candidate.text and candidate.text not in seen:
            seen.add(candidate.text)
            found.append(candidate)
    readable = _readable(words, policy)
    for size in (budget, budget - 1, budget - 2):
        text = readable[: max(size, 1)]
        if text not in seen:
            seen.add(text)
            found.append(Candidate(text, cut=True, step=Step.CUT))
    return tuple(found)


def _readable(words: list[str], policy: NamingPolicy) -> str:
    """The name without function words, own name and definite endings: what a cut cuts."""
    content = [word for word in words if word not in policy.filler_words] or words
    return "".join(without_definite_ending(_without_own_prefix(word, policy)) for word in content)


def first_fit(words: list[str], budget: int, policy: NamingPolicy) -> Candidate:
    """The first candidate that fits ``budget`` (lazily: the later ones are not built)."""
    for candidate in _generate(words, policy):
        if candidate.text and len(candidate.text) <= budget:
            return candidate
    readable = _readable(words, policy)
    return Candidate(readable[: max(budget, 1)], cut=True, step=Step.CUT)


def shorten(words: list[str], budget: int, policy: NamingPolicy) -> str:
    """The text of the first candidate that fits ``budget``; the naming page lists the steps."""
    return first_fit(words, budget, policy).text


@functools.lru_cache(maxsize=64)
def _prefixes(own_names: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    singles = (names[0] for names in own_names if len(names) == 1 and len(names[0]) >= 3)
    return tuple(sorted(singles, key=len, reverse=True))


def _without_own_prefix(word: str, policy: NamingPolicy) -> str:
    for prefix in _prefixes(policy.organisation.own_names):
        # Only a known unit word is left standing alone ("Randaberghallen" -> "hallen"); a
        # short name such as "al" (Ål) does not cut "alderssenter".
        rest = word[len(prefix) :]
        if word.startswith(prefix) and rest and _known(without_definite_ending(rest)):
            return rest
    return word


def is_derived_abbreviation(found: str, unit: Unit, policy: NamingPolicy) -> bool:
    """Whether ``found`` is a form of the unit's name the engine produces or accepts.

    Every readable candidate counts (the definite ending dropped, compound parts, established
    abbreviations, initials), and so does the engine's own answer at ``len(found)``
    characters. A cut of the name is accepted from :data:`ACCEPTED_CUT` letters on (the
    engine suggests one only as the last resort, but a person may have chosen it); a
    made-up abbreviation is not.

    Examples:
        >>> from randaberg_some.policy import DEFAULT_POLICY
        >>> is_derived_abbreviation("basseng", Unit(name="Bassenget"), DEFAULT_POLICY)
        True
        >>> is_derived_abbreviation("ppt", Unit(name="Pedagogisk-psykologisk tjeneste"),
        ...                         DEFAULT_POLICY)
        True
        >>> is_derived_abbreviation("svomming", Unit(name="Bassenget"), DEFAULT_POLICY)
        False
    """
    try:
        words = unit_words(unit, policy)
    except InvalidNameError:
        return False
    if shorten(words, len(found), policy) == found:
        return True
    if len(found) >= ACCEPTED_CUT and _readable(words, policy).startswith(found):
        return True
    return any(candidate.text == found for candidate in _generate(words, policy))
