"""Whether eight national digits are a valid Norwegian phone number, as ``phonenumbers`` says.

:func:`valid_norwegian` gives what ``phonenumbers.is_valid_number`` gives for the number
``+47`` and the national digits, without its per-call work (a ``PhoneNumber`` object, a
region look-up, a regex cache look-up per type of number): the same metadata, read once at
first use, and the same steps. ``phonenumbers.is_valid_number`` picks the region among those
under +47 (the first whose leading digits match, or, without leading digits, whose patterns
know the number), then asks whether that region's metadata gives the number a type; a
number has a type when it fits the general description and the description of one type.
A description fits when it allows the number's length (or lists no length) and its
national pattern matches the whole number. ``tests/test_numbers.py`` holds the two to the
same answer over many numbers.

:func:`norwegian_types` is one pattern of every type of number under +47: a number none of
its alternatives matches whole is invalid, whatever the rest says (a quick first test).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import Any, Final

__all__ = ["national", "norwegian_types", "valid_norwegian"]

_PHONE_TYPES: Final = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number")
_PHONE_TYPES_MORE: Final = ("pager", "uan", "voicemail", "fixed_line", "mobile")

Fits = Callable[[str], bool]


@functools.cache
def norwegian_types() -> re.Pattern[str]:
    """Every pattern phonenumbers' metadata holds for a type of number under +47, as one."""
    # is_valid_number holds no number valid that none of them matches whole; phonenumbers
    # still decides every number one of them matches.
    import phonenumbers
    from phonenumbers.phonemetadata import PhoneMetadata

    patterns = []
    for region in phonenumbers.COUNTRY_CODE_TO_REGION_CODE[47]:
        metadata = PhoneMetadata.metadata_for_region(region)
        if metadata is None:
            continue
        for name in _PHONE_TYPES + _PHONE_TYPES_MORE:
            desc = getattr(metadata, name)
            if desc is not None and desc.national_number_pattern:
                patterns.append(desc.national_number_pattern)
    return re.compile(_alternation(patterns) or r"(?!)")


def national(text: str) -> str:
    """The eight national digits of a Norwegian phone candidate."""
    return "".join(filter(str.isdigit, text))[-8:]


def _fits(desc: Any) -> Fits | None:
    """``phonenumbers``' ``_is_number_matching_desc`` for one description, or None: never."""
    if desc is None or not desc.national_number_pattern:
        return None
    lengths = frozenset(desc.possible_length)
    whole = re.compile(desc.national_number_pattern).fullmatch
    if not lengths:
        return lambda number: whole(number) is not None
    return lambda number: len(number) in lengths and whole(number) is not None


def _typed(metadata: Any) -> Fits:
    """Whether ``_number_type_helper`` gives a number a type other than UNKNOWN."""
    general = _fits(metadata.general_desc)
    names = [*_PHONE_TYPES, *_PHONE_TYPES_MORE[:-1]]  # fixed_line last of these
    if not metadata.same_mobile_and_fixed_line_pattern:
        names.append("mobile")
    descs = [getattr(metadata, name) for name in names]
    descs = [desc for desc in descs if desc is not None and desc.national_number_pattern]
    # Whether one of the types fits a number of a length: the patterns of the types that allow
    # that length (or list none) as one, matched whole: what any() over each type's fit gives,
    # in one match instead of one per type.
    by_length = {
        length: _any_of(
            desc for desc in descs if not desc.possible_length or length in desc.possible_length
        )
        for length in {length for desc in descs for length in desc.possible_length}
    }
    other = _any_of(desc for desc in descs if not desc.possible_length)

    def typed(number: str) -> bool:
        if general is None or not general(number):
            return False
        fits = by_length.get(len(number), other)
        return fits is not None and fits(number) is not None

    return typed


def _any_of(descs: Iterable[Any]) -> Callable[[str], object] | None:
    """One whole-number match of the descriptions' patterns together, or None: there are none."""
    patterns = _alternation(desc.national_number_pattern for desc in descs)
    return re.compile(patterns).fullmatch if patterns else None


def _alternation(patterns: Iterable[str]) -> str:
    """The patterns as one: each in a group of its own, joined by ``|`` ("" for none)."""
    return "|".join(f"(?:{pattern})" for pattern in patterns)


_Region = tuple[Callable[[str], object] | None, Fits, bool]


@functools.cache
def _regions() -> tuple[bool, tuple[_Region, ...]]:
    """Whether +47 has one region, and its regions (those with metadata) in order.

    Per region: its leading digits, whether it gives a number a type, whether it is valid.
    """
    import phonenumbers
    from phonenumbers.phonemetadata import PhoneMetadata

    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE[47]
    found = []
    for region in regions:
        metadata = PhoneMetadata.metadata_for_region(region.upper(), None)
        if metadata is None:
            continue
        leading = None
        if metadata.leading_digits is not None:
            leading = re.compile(metadata.leading_digits).match
        valid_region = metadata.country_code == 47  # country_code_for_valid_region
        found.append((leading, _typed(metadata), valid_region))
    return len(regions) == 1, tuple(found)


def valid_norwegian(digits: str) -> bool:
    """``phonenumbers.is_valid_number`` for +47 and ``digits`` (ASCII, no leading zero)."""
    single, regions = _regions()
    for leading, typed, valid_region in regions:
        # The only region is taken without a look at the number; another by its leading
        # digits, or, without them, when it gives the number a type (not asked again).
        if single or (leading is not None and leading(digits) is not None):
            return valid_region and typed(digits)
        if leading is None and typed(digits):
            return valid_region
    return False
