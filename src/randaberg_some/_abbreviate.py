"""A unit's abbreviation: from a unit name to lower-case ASCII words, and shorter when needed.

Private to the naming functions and the account checks; the naming page of the documentation
describes the steps with worked examples.
"""

from __future__ import annotations

import attrs

from ._text import ascii_words, is_text, shown
from .errors import InvalidNameError
from .messages import Message
from .policy import NamingPolicy
from .units import Unit

__all__ = [
    "Candidate",
    "candidates",
    "is_derived_abbreviation",
    "shorten",
    "unit_name",
    "unit_words",
]

_NOTHING_USABLE = Message(
    nb="Enhetsnavnet har ingen bokstaver eller sifre som kan brukes i et brukernavn.",
    nn="Namnet på eininga har ingen bokstavar eller siffer som kan brukast i eit brukarnamn.",
    en="The unit name has no letters or digits that a handle can use.",
)


def unit_name(unit: Unit | str) -> str:
    """The unit's name, checked as :class:`Unit` checks it.

    Raises:
        InvalidNameError: not a unit name, blank, or holding a lone surrogate (a byte that
            was not text, as ``os.fsdecode`` leaves it).
    """
    if isinstance(unit, Unit):
        return unit.name
    if isinstance(unit, str) and unit.strip() and is_text(unit):
        return unit  # the common case, without building a Unit
    return Unit(name=unit).name  # raises the error that says what is wrong


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


@attrs.frozen
class Candidate:
    """One abbreviation the engine would offer, in its order of preference.

    Attributes:
        text: The abbreviation: lower-case ASCII letters and digits.
        cut: Whether a word is cut at an arbitrary letter (the last resort).
    """

    text: str
    cut: bool = False


def candidates(words: list[str], budget: int, policy: NamingPolicy) -> tuple[Candidate, ...]:
    """The abbreviations of ``words`` in order of preference, each distinct.

    The readable ones come first, from the whole name down; the last ones fit ``budget`` by
    cutting a word (``cut=True``). The first that fits the budget is :func:`shorten`'s answer;
    a plan for several units takes the next one when two units would collide.
    """
    found: list[Candidate] = []

    def add(text: str, cut: bool = False) -> None:
        if text and all(candidate.text != text for candidate in found):
            found.append(Candidate(text, cut))

    add("".join(words))
    # 1. Leave out function words ("og", "i", "på").
    content = [word for word in words if word not in policy.filler_words] or words
    add("".join(content))
    # 2. A compound that begins with the organisation's own name loses it: the base already
    #    says it ("Randaberghallen" -> "hallen").
    content = [_without_own_prefix(word, policy) for word in content]
    add("".join(content))
    # 3. Cut the rest to the budget.
    add("".join(content)[: max(budget, 1)], cut=True)
    return tuple(found)


def shorten(words: list[str], budget: int, policy: NamingPolicy) -> str:
    """Shorten the words to ``budget`` characters; the naming page documents the steps."""
    options = candidates(words, budget, policy)
    for candidate in options:
        if len(candidate.text) <= budget:
            return candidate.text
    return options[-1].text


def _without_own_prefix(word: str, policy: NamingPolicy) -> str:
    singles = (names[0] for names in policy.organisation.own_names if len(names) == 1)
    for prefix in sorted(singles, key=len, reverse=True):
        if word.startswith(prefix) and len(word) > len(prefix):
            return word[len(prefix) :]
    return word


def is_derived_abbreviation(found: str, unit: Unit, policy: NamingPolicy) -> bool:
    """Whether ``found`` is the unit's abbreviation or a shortening the naming rules produce.

    Shortening to a budget gives a result no longer than the budget, and shortening that
    result's own length gives it again; so one shortening, to ``len(found)``, decides.

    Examples:
        >>> from randaberg_some.policy import DEFAULT_POLICY
        >>> is_derived_abbreviation("basseng", Unit(name="Bassenget"), DEFAULT_POLICY)
        True
        >>> is_derived_abbreviation("svomming", Unit(name="Bassenget"), DEFAULT_POLICY)
        False
    """
    try:
        words = unit_words(unit, policy)
    except InvalidNameError:
        return False
    return shorten(words, len(found), policy) == found
