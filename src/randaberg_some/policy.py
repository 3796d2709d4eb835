"""How an organisation names its accounts: the naming policy (G12-G14).

A :class:`NamingPolicy` holds everything the naming functions need to know about the
organisation: whose accounts they are (its name and domain), the separator of the canonical
handle, the templates of the display names and the words left out when a name must be
shortened. The defaults are Randaberg kommune's guideline (:data:`DEFAULT_POLICY`).

Examples:
    >>> from randaberg_some.policy import DEFAULT_POLICY, NamingPolicy
    >>> DEFAULT_POLICY.separator
    '_'
    >>> NamingPolicy(unit_account_name_template="{unit[0]}")
    Traceback (most recent call last):
    ...
    randaberg_some.errors.ConfigurationError: 'unit_account_name_template' may use only the \
fields {organisation}, {organisation_compact}, {unit}, each plain (got '{unit[0]}')
"""

from __future__ import annotations

import string
from collections.abc import Iterable
from typing import Final

import attrs

from ._text import shown
from .errors import ConfigurationError
from .messages import Message
from .organisation import RANDABERG, Organisation

__all__ = ["DEFAULT_POLICY", "NamingPolicy", "check_policy"]

_DEFAULT_FILLER: Final = frozenset(
    # Short Norwegian (bokmål and nynorsk) and English function words, already folded to
    # ASCII as unit names are ("på" -> "pa"). Dropped only when a name must be shortened.
    {"og", "i", "for", "pa", "av", "til", "med", "ved", "om", "the", "and", "of", "at", "in"}
)
_TEMPLATE_FIELDS: Final = {
    "main_account_name_template": ("organisation", "organisation_compact"),
    "unit_account_name_template": ("organisation", "organisation_compact", "unit"),
}
SEPARATORS: Final = frozenset("_.-")
"""The separators a canonical handle may have between base and unit."""


def _check_template(instance: NamingPolicy, attribute: attrs.Attribute[str], value: str) -> None:
    # Only plain named fields: an index, an attribute or a format spec would let a template
    # read what it should not or build a string of any size ("{unit:>999999999999}").
    fields = _TEMPLATE_FIELDS[attribute.name]
    allowed = ", ".join("{" + field + "}" for field in fields)
    problem = ConfigurationError(
        f"{attribute.name!r} may use only the fields {allowed}, each plain (got {shown(value)})",
        message=Message(
            nb=f"Malen for kontonavnet kan bare bruke feltene {allowed}, uten tillegg.",
            nn=f"Malen for kontonamnet kan berre bruke felta {allowed}, utan tillegg.",
            en=f"The account name template may use only the fields {allowed}, each plain.",
        ),
    )
    if not isinstance(value, str):
        raise problem
    try:
        parsed = list(string.Formatter().parse(value))
    except ValueError as error:  # an unmatched brace
        raise problem from error
    for _, field, spec, conversion in parsed:
        if field is not None and (field not in fields or spec or conversion is not None):
            raise problem
    if not value.format(**dict.fromkeys(fields, "x")).strip():
        raise ConfigurationError(f"{attribute.name!r} must not be blank (got {value!r})")


def _check_separator(instance: NamingPolicy, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or value not in SEPARATORS:
        raise ConfigurationError(f"'separator' must be one of '_', '.', '-' (got {shown(value)})")


def _check_organisation(
    instance: NamingPolicy, attribute: attrs.Attribute[Organisation], value: Organisation
) -> None:
    if not isinstance(value, Organisation):
        raise ConfigurationError(f"'organisation' must be an Organisation (got {shown(value)})")


def _to_words(values: Iterable[str]) -> frozenset[str]:
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise ConfigurationError(
            f"'filler_words' must be a collection of words (got {shown(values)})"
        )
    words: set[str] = set()
    for word in values:
        if not isinstance(word, str):
            raise ConfigurationError(f"a filler word must be a str (got {shown(word)})")
        words.add(word)
    return frozenset(words)


@attrs.frozen(kw_only=True)
class NamingPolicy:
    """How an organisation names its accounts.

    The defaults are Randaberg kommune's guideline. ``unit_account_name_template`` follows
    G14 literally: "Randabergkommune + Enhetsnavn", one word, unlike the main account's
    "Randaberg kommune" (see the guideline page for this reading).

    Attributes:
        organisation: The organisation that owns the accounts.
        separator: The separator of the canonical handle between base and unit (G14: ``_``).
        main_account_name_template: The main account's display name (G13); fields
            ``{organisation}`` and ``{organisation_compact}``.
        unit_account_name_template: A unit account's display name (G14); fields
            ``{organisation}``, ``{organisation_compact}`` and ``{unit}``.
        filler_words: Folded words left out when a name must be shortened.

    Raises:
        ConfigurationError: a template with other than its plain fields, another separator,
            an organisation that is not an :class:`~randaberg_some.Organisation`, or filler
            words that are not a collection of words.

    Examples:
        >>> from randaberg_some import Organisation, suggest_handle, suggest_account_name
        >>> baerum = NamingPolicy(organisation=Organisation(name="Bærum kommune",
        ...                                                 domain="baerum.kommune.no"))
        >>> suggest_handle("Kulturhuset", policy=baerum)
        '@baerumkommune_kulturhuset'
        >>> suggest_account_name("Kulturhuset", policy=baerum)
        'Bærumkommune Kulturhuset'
    """

    organisation: Organisation = attrs.field(default=RANDABERG, validator=_check_organisation)
    separator: str = attrs.field(default="_", validator=_check_separator)
    main_account_name_template: str = attrs.field(
        default="{organisation}", validator=_check_template
    )
    unit_account_name_template: str = attrs.field(
        default="{organisation_compact} {unit}", validator=_check_template
    )
    filler_words: frozenset[str] = attrs.field(default=_DEFAULT_FILLER, converter=_to_words)


DEFAULT_POLICY: Final = NamingPolicy()
"""Randaberg kommune's naming policy."""


def check_policy(policy: object) -> NamingPolicy:
    """Return ``policy`` when it is a :class:`NamingPolicy`; raise the library's error if not.

    Args:
        policy: Whatever a caller passed as ``policy=``.

    Returns:
        The policy, unchanged.

    Raises:
        ConfigurationError: ``policy`` is not a :class:`NamingPolicy` (``None``, say).

    Examples:
        >>> check_policy(DEFAULT_POLICY) is DEFAULT_POLICY
        True
    """
    if isinstance(policy, NamingPolicy):
        return policy
    raise ConfigurationError(
        f"'policy' must be a NamingPolicy (got {shown(policy)})",
        message=Message(
            nb="Navneregelen (policy) må være en NamingPolicy.",
            nn="Namneregelen (policy) må vere ein NamingPolicy.",
            en="The naming policy must be a NamingPolicy.",
        ),
    )
