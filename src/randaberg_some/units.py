"""Units of the kommune that may run their own accounts (G10, G14).

Examples:
    >>> from randaberg_some import Unit, UnitKind
    >>> Unit(name="Bassenget", kind=UnitKind.SERVICE)
    Unit(name='Bassenget', kind=<UnitKind.SERVICE: 'service'>, abbreviation=None,
         own_visual_profile=False)
    >>> UnitKind("kulturinstitusjon") is UnitKind.CULTURAL_INSTITUTION
    True
    >>> UnitKind.EVENT.label(), UnitKind.EVENT.label("en")
    ('arrangement', 'event')
"""

from __future__ import annotations

import enum
import string
from typing import Final

import attrs

from ._text import is_text, shown
from .errors import InvalidNameError
from .messages import Lang, Message

__all__ = ["Unit", "UnitKind"]


class UnitKind(enum.Enum):
    """What kind of unit an account belongs to, in the guideline's words (G10).

    Values are English; parsing also accepts the bokmål and nynorsk labels and ignores
    case. Anything else raises :class:`~randaberg_some.InvalidNameError`.
    """

    UNIT = "unit"
    SERVICE = "service"
    EVENT = "event"
    CULTURAL_INSTITUTION = "cultural_institution"

    @classmethod
    def _missing_(cls, value: object) -> UnitKind:
        if isinstance(value, str):
            folded = value.strip().lower().replace(" ", "_").replace("-", "_")
            for member in cls:
                label = _LABELS[member]
                if folded in (member.value, label.nb, label.nn):
                    return member
        expected = ", ".join(f"{m.value} ({_LABELS[m].nb})" for m in cls)
        raise InvalidNameError(f"unknown unit kind {shown(value)}: expected one of {expected}")

    def label(self, lang: Lang = "nb") -> str:
        """The word for the kind in ``lang``; in bokmål the guideline's, e.g. ``"tjeneste"``.

        Raises:
            UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.

        Examples:
            >>> UnitKind.UNIT.label("nn")
            'verksemd'
        """
        return _LABELS[self].text(lang)


_LABELS: Final = {
    UnitKind.UNIT: Message(nb="virksomhet", nn="verksemd", en="unit"),
    UnitKind.SERVICE: Message(nb="tjeneste", nn="teneste", en="service"),
    UnitKind.EVENT: Message(nb="arrangement", nn="arrangement", en="event"),
    UnitKind.CULTURAL_INSTITUTION: Message(
        nb="kulturinstitusjon", nn="kulturinstitusjon", en="cultural institution"
    ),
}

_ABBREVIATION_CHARS: Final = frozenset(string.ascii_lowercase + string.digits)


_NO_NAME: Final = Message(
    nb="Enhetsnavnet kan ikke være tomt.",
    nn="Namnet på eininga kan ikkje vere tomt.",
    en="The unit name must not be empty.",
)

_NOT_TEXT: Final = Message(
    nb="Enhetsnavnet inneholder noe som ikke er tekst.",
    nn="Namnet på eininga inneheld noko som ikkje er tekst.",
    en="The unit name holds something that is not text.",
)


def _check_name(instance: Unit, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidNameError(
            f"'name' must be a non-empty unit name (got {shown(value)})", message=_NO_NAME
        )
    if not is_text(value):
        raise InvalidNameError(
            f"'name' must be text, without lone surrogates (got {shown(value)})",
            message=_NOT_TEXT,
        )


def _to_kind(value: UnitKind | str) -> UnitKind:
    return value if isinstance(value, UnitKind) else UnitKind(value)


def _to_abbreviation(value: str | None) -> str | None:
    return value.strip().lower() if isinstance(value, str) else value


def _check_abbreviation(
    instance: Unit, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not value or not set(value) <= _ABBREVIATION_CHARS:
        raise InvalidNameError(
            f"'abbreviation' must be ASCII letters and digits only, such as 'bassenget' "
            f"(got {shown(value)})"
        )


def _check_flag(instance: Unit, attribute: attrs.Attribute[bool], value: bool) -> None:
    if not isinstance(value, bool):
        raise InvalidNameError(f"'{attribute.name}' must be True or False (got {shown(value)})")


@attrs.frozen(kw_only=True)
class Unit:
    """A unit (virksomhet), service, event or cultural institution of the kommune.

    Attributes:
        name: The unit's name as people write it, e.g. ``"Bassenget"`` (G14's Enhetsnavn).
        kind: What kind of unit it is; a :class:`UnitKind`, its value or its label.
        abbreviation: The unit abbreviation for handles (G14's enhetsforkortelse), or
            ``None`` to derive it from the name. Upper case is lowered; anything but ASCII
            letters and digits is an error.
        own_visual_profile: Whether the unit has a visual profile of its own, which
            exempts cultural institutions and events from the logo rule (G10).

    Raises:
        InvalidNameError: a blank name or one that is not text (a lone surrogate), an
            unknown kind or an abbreviation with other characters than ASCII letters and
            digits.
    """

    name: str = attrs.field(validator=_check_name)
    kind: UnitKind = attrs.field(default=UnitKind.UNIT, converter=_to_kind)
    abbreviation: str | None = attrs.field(
        default=None, converter=_to_abbreviation, validator=_check_abbreviation
    )
    own_visual_profile: bool = attrs.field(default=False, validator=_check_flag)
