"""Units of the kommune that may run their own accounts (G10, G14).

>>> from randaberg_some import Unit, UnitKind
>>> Unit(name="Bassenget", kind=UnitKind.SERVICE)
Unit(name='Bassenget', kind=<UnitKind.SERVICE: 'service'>, abbreviation=None,
     own_visual_profile=False)
>>> UnitKind("kulturinstitusjon") is UnitKind.CULTURAL_INSTITUTION
True
>>> UnitKind.EVENT.label
'arrangement'
"""

from __future__ import annotations

import enum
import string
from typing import Final

import attrs

from .errors import InvalidNameError

__all__ = ["Unit", "UnitKind"]


class UnitKind(enum.Enum):
    """What kind of unit an account belongs to, in the guideline's words (G10).

    Values are English; parsing also accepts the bokmål labels and ignores case.
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
                if folded in (member.value, _LABELS[member][0]):
                    return member
        expected = ", ".join(f"{m.value} ({_LABELS[m][0]})" for m in cls)
        raise InvalidNameError(f"unknown unit kind {value!r}: expected one of {expected}")

    @property
    def label(self) -> str:
        """The bokmål word the guideline uses, e.g. ``"tjeneste"``."""
        return _LABELS[self][0]

    @property
    def label_en(self) -> str:
        """The English word, e.g. ``"service"``."""
        return _LABELS[self][1]


_LABELS: Final = {
    UnitKind.UNIT: ("virksomhet", "unit"),
    UnitKind.SERVICE: ("tjeneste", "service"),
    UnitKind.EVENT: ("arrangement", "event"),
    UnitKind.CULTURAL_INSTITUTION: ("kulturinstitusjon", "cultural institution"),
}

_ABBREVIATION_CHARS: Final = frozenset(string.ascii_lowercase + string.digits)


def _check_name(instance: Unit, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidNameError(f"'name' must be a non-empty unit name (got {value!r})")


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
            f"(got {value!r})"
        )


def _check_flag(instance: Unit, attribute: attrs.Attribute[bool], value: bool) -> None:
    if not isinstance(value, bool):
        raise InvalidNameError(f"'{attribute.name}' must be True or False (got {value!r})")


@attrs.frozen(kw_only=True)
class Unit:
    """A unit (virksomhet), service, event or cultural institution of the kommune.

    Attributes:
        name: The unit's name as people write it, e.g. ``"Bassenget"`` (G14's Enhetsnavn).
        kind: What kind of unit it is; a :class:`UnitKind` or its value or bokmål label.
        abbreviation: The unit abbreviation for handles (G14's enhetsforkortelse), or
            ``None`` to derive it from the name. Upper case is lowered; anything but ASCII
            letters and digits is an error.
        own_visual_profile: Whether the unit has a visual profile of its own, which
            exempts cultural institutions and events from the logo rule (G10).

    Raises:
        InvalidNameError: a blank name, an unknown kind or an abbreviation with other
            characters than ASCII letters and digits.
    """

    name: str = attrs.field(validator=_check_name)
    kind: UnitKind = attrs.field(default=UnitKind.UNIT, converter=_to_kind)
    abbreviation: str | None = attrs.field(
        default=None, converter=_to_abbreviation, validator=_check_abbreviation
    )
    own_visual_profile: bool = attrs.field(default=False, validator=_check_flag)
