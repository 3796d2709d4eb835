"""Norwegian identity numbers: fødselsnummer and D-nummer, under both control-digit rules.

A fødselsnummer has eleven digits: the birth date ``DDMMYY``, a three-digit individnummer and
two control digits, K1 and K2 (mod 11). A D-nummer adds 4 to the first digit. Health care's
H-nummer adds 40 to the month, and an FH-nummer starts with 8 or 9 and holds no date.
Synthetic test numbers add 80 to the month (Skatteetaten's Tenor / Test-Norge); NAV's
Dolly numbers add 40, like an H-nummer, and cannot be told apart from one.

From 1 January 2032 Skatteetaten issues new numbers under a changed K1 rule: the weighted
sum of the first nine digits plus K1 may leave a remainder of 0, 1, 2 or 3 modulo 11, where
the rule before 2032 allowed only 0. K2 is unchanged. Existing numbers stay valid, so a check
must accept both rules at once; :func:`is_national_id` does, by default.
Source: Skatteetaten, "Nytt fødselsnummer fra 2032",
https://skatteetaten.github.io/folkeregisteret-api-dokumentasjon/nytt-fodselsnummer-fra-2032/ .
python-stdnum 2.2 (``stdnum.no.fodselsnummer``) applies only the rule before 2032, so the
check here is written out; the tests hold it to stdnum on every number under the old rule.

The check is structural, as Skatteetaten's own reference validator: two control digits and a
day and month that exist (29 February when the two-digit year is divisible by 4). It reads no
clock and applies no century rule, so a number issued from 2032 to a person born before 2032
is accepted, and nothing is rejected for lying "in the future". Whether a number was ever
issued only the Folkeregister can tell.

Examples:
    >>> from randaberg_some.idnumbers import is_national_id, national_id_kind
    >>> is_national_id("301082 99939")  # valid only under the rule from 2032
    True
    >>> is_national_id("301082 99939", rule="before_2032")
    False
    >>> national_id_kind("410185 12430"), national_id_kind("not a number")
    ('d_number', None)
"""

from __future__ import annotations

from typing import Final, Literal

from .errors import RandabergSomeError
from .messages import Message

__all__ = [
    "ControlRule",
    "NationalIdKind",
    "is_national_id",
    "national_id_kind",
]

NationalIdKind = Literal["national_id", "d_number", "help_number", "synthetic"]
"""What an identity number is: ``"national_id"`` (fødselsnummer), ``"d_number"``,
``"help_number"`` (H-nummer, month + 40, and FH-nummer, first digit 8 or 9) or
``"synthetic"`` (a test number, month + 80)."""

ControlRule = Literal["2032", "before_2032"]
"""Which K1 rule to accept: ``"2032"`` (remainder 0–3, which includes every number valid
before 2032) or ``"before_2032"`` (remainder 0 only, as python-stdnum)."""

# The weights, written out in _kind: K1 3 7 6 1 8 9 4 5 2 1 over the first ten digits,
# K2 5 4 3 2 7 6 5 4 3 2 1 over all eleven.
# Remainders of (S1 + K1) mod 11 each rule accepts (Skatteetaten, "Nytt fødselsnummer fra 2032").
_K1_REMAINDERS: Final[dict[str, frozenset[int]]] = {
    "2032": frozenset({0, 1, 2, 3}),
    "before_2032": frozenset({0}),
}
# Days per month; February has 29 when the two-digit year is divisible by 4 (as Skatteetaten's
# reference validator, which assumes the 2000s).
_MONTH_DAYS: Final = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# How a person writes the groups apart: spaces (also no-break and thin), hyphens and dots.
_SEPARATORS: Final = frozenset(" \t\u00a0\u2007\u2009\u202f-.\u2010\u2011\u2012\u2013\u2212")
_LONGEST: Final = 40  # more characters than this is not one number as a person writes it

_NOT_TEXT: Final = Message(
    nb="et identitetsnummer må gis som tekst",
    nn="eit identitetsnummer må givast som tekst",
    en="an identity number must be given as text",
)


def is_national_id(number: str, *, rule: ControlRule = "2032") -> bool:
    """Return whether ``number`` is a valid fødselsnummer or D-nummer; never raises.

    Eleven digits, written with or without spaces (also no-break and thin spaces), hyphens
    and dots between them; digits of any script count. Both control digits must hold under
    ``rule`` and the first six digits must be a real date after the D-nummer offset.
    H-numbers, FH-numbers and synthetic test numbers are not fødselsnumre: see
    :func:`national_id_kind`. Anything that is not text is not a number (``False``).

    Args:
        number: The number as a person writes it.
        rule: ``"2032"`` (the default) accepts numbers under both K1 rules;
            ``"before_2032"`` only those valid before Skatteetaten's 2032 change.

    Returns:
        ``True`` for a fødselsnummer or D-nummer.

    Examples:
        >>> is_national_id("02013299997"), is_national_id("020132 99998"), is_national_id(None)
        (True, False, False)
        >>> is_national_id("30.10.82 999 39"), is_national_id("30108299939", rule="before_2032")
        (True, False)
    """
    given: object = number  # a caller's mistake is not a number: False, never an error
    if not isinstance(given, str) or (rule != "2032" and rule != "before_2032"):
        return False
    kind = _kind(given, rule)
    return kind == "national_id" or kind == "d_number"


def national_id_kind(number: str, *, rule: ControlRule = "2032") -> NationalIdKind | None:
    """Return what kind of identity number ``number`` is, or ``None`` if it is none.

    The control digits must hold (under ``rule`` for every kind but the FH-nummer, which
    Norsk Helsenett issues outside the Folkeregister and which is checked with the rule
    before 2032), and the date must be real after the offsets: first digit + 4 for a
    D-nummer, month + 40 for an H-nummer (also NAV's Dolly test numbers), month + 80 for a
    synthetic test number (Skatteetaten's Tenor). A number may carry both a D and a month
    offset; the month offset then decides. An FH-nummer (first digit 8 or 9) has no date.

    Args:
        number: The number as a person writes it (see :func:`is_national_id`).
        rule: ``"2032"`` (the default) or ``"before_2032"``.

    Returns:
        ``"national_id"``, ``"d_number"``, ``"help_number"``, ``"synthetic"`` or ``None``.

    Raises:
        RandabergSomeError: ``number`` is not a ``str`` (the error never shows the value),
            or ``rule`` is not one of the two rules.

    Examples:
        >>> national_id_kind("02013299997"), national_id_kind("41018512430")
        ('national_id', 'd_number')
        >>> national_id_kind("01418512349"), national_id_kind("01818512321")
        ('help_number', 'synthetic')
        >>> national_id_kind(20132999)
        Traceback (most recent call last):
        ...
        randaberg_some.errors.RandabergSomeError: 'number' must be a str (got int)
    """
    if not isinstance(number, str):
        raise RandabergSomeError(
            f"'number' must be a str (got {type(number).__name__})", message=_NOT_TEXT
        )
    if rule != "2032" and rule != "before_2032":
        raise RandabergSomeError(
            f"'rule' must be '2032' or 'before_2032' (got {type(rule).__name__})",
            message=Message(
                nb="regelen må være '2032' eller 'before_2032'",
                nn="regelen må vere '2032' eller 'before_2032'",
                en="the rule must be '2032' or 'before_2032'",
            ),
        )
    return _kind(number, rule)


def _kind(number: str, rule: str) -> NationalIdKind | None:
    if len(number) == 11 and number.isascii() and number.isdigit():  # the common case, fast
        digits = list(map(int, number))
    else:
        if len(number) > _LONGEST:
            return None
        kept = [char for char in number if char not in _SEPARATORS]
        if len(kept) != 11 or not all(char.isdecimal() for char in kept):
            return None
        digits = [int(char) for char in kept]
    d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10 = digits
    k2 = 5 * d0 + 4 * d1 + 3 * d2 + 2 * d3 + 7 * d4 + 6 * d5 + 5 * d6 + 4 * d7 + 3 * d8 + 2 * d9
    if (k2 + d10) % 11 != 0:
        return None
    k1 = 3 * d0 + 7 * d1 + 6 * d2 + d3 + 8 * d4 + 9 * d5 + 4 * d6 + 5 * d7 + 2 * d8 + d9
    remainder = k1 % 11
    if digits[0] >= 8:  # FH-nummer: random digits, the old control digits
        return "help_number" if remainder == 0 else None
    if remainder not in _K1_REMAINDERS[rule]:
        return None
    return _dated_kind(digits)


def _dated_kind(digits: list[int]) -> NationalIdKind | None:
    day = digits[0] * 10 + digits[1]
    month = digits[2] * 10 + digits[3]
    kind: NationalIdKind = "national_id"
    if day > 40:
        day -= 40
        kind = "d_number"
    if month > 80:
        month -= 80
        kind = "synthetic"
    elif month > 40:
        month -= 40
        kind = "help_number"
    if not 1 <= month <= 12:
        return None
    days = 29 if month == 2 and (digits[4] * 10 + digits[5]) % 4 == 0 else _MONTH_DAYS[month - 1]
    return kind if 1 <= day <= days else None
