"""Words for people, in bokmål, nynorsk and English: one value per message.

Every text the library shows a person (a finding, a row error, a notice, a label, a report's
heading) is a :class:`Message`: the same statement in Norwegian bokmål (``"nb"``, the
default), nynorsk (``"nn"``) and English (``"en"``). A message is written once, where it is
used, with its three languages side by side, so that no language can be forgotten (the
constructor refuses an empty one) and no caller chooses between parallel fields.

A template is a message whose texts have ``str.format`` fields; :meth:`Message.format` fills
them. A field may itself be a :class:`Message` (a label, a reason): each language then gets
the field in its own language.

Why values rather than gettext catalogues: the library's messages are few (a few hundred),
each belongs to one rule or one report, and the rule catalogue already is the catalogue.
Keeping the three languages beside each other lets a test hold every message to all three
languages, lets the rules page show them together, and needs no build step or ``.mo``
files in the wheel.

Examples:
    >>> from randaberg_some.messages import Message
    >>> hello = Message(nb="Hei, {name}!", nn="Hei, {name}!", en="Hello, {name}!")
    >>> hello.format(name="Kari").text("en")
    'Hello, Kari!'
    >>> days = Message(nb="{n} dager", nn="{n} dagar", en="{n} days")
    >>> Message(nb="om {d}", nn="om {d}", en="in {d}").format(d=days.format(n=2)).text("nn")
    'om 2 dagar'
    >>> hello.text("de")
    Traceback (most recent call last):
    ...
    randaberg_some.errors.UnknownLanguageError: 'lang' must be 'nb', 'nn' or 'en' (got 'de')
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Final, Literal

import attrs

from .errors import RandabergSomeError, UnknownLanguageError

__all__ = ["LANGUAGES", "Lang", "Message", "check_lang", "check_lang_error"]

Lang = Literal["nb", "nn", "en"]
"""A language for messages: ``"nb"`` (bokmål, the default), ``"nn"`` (nynorsk), ``"en"``."""

LANGUAGES: Final[tuple[Lang, ...]] = ("nb", "nn", "en")
"""The languages every message is written in, the default first."""


def check_lang(lang: object) -> Lang:
    """Return ``lang`` when it is one of :data:`LANGUAGES`; raise the library's error if not.

    Raises:
        UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.

    Examples:
        >>> check_lang("nn")
        'nn'
    """
    if lang == "nb" or lang == "nn" or lang == "en":
        return lang
    raise check_lang_error(lang)


def check_lang_error(lang: object) -> UnknownLanguageError:
    """The error for a language that is not one of :data:`LANGUAGES`."""
    shown = repr(lang)
    if len(shown) > 40:
        shown = shown[:39] + "…"
    return UnknownLanguageError(f"'lang' must be 'nb', 'nn' or 'en' (got {shown})")


def _text(instance: Message, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value:
        from ._text import shown

        raise RandabergSomeError(
            f"Message.{attribute.name} must be non-empty text (got {shown(value)})"
        )


@attrs.frozen
class Message:
    """One statement in the three languages.

    Attributes:
        nb: The text in bokmål.
        nn: The text in nynorsk.
        en: The text in English.
    """

    nb: str = attrs.field(validator=_text)
    nn: str = attrs.field(validator=_text)
    en: str = attrs.field(validator=_text)

    @classmethod
    def same(cls, text: str) -> Message:
        """A message that reads the same in every language (a name, a number, a handle).

        Examples:
            >>> Message.same("@randabergkommune").text("en")
            '@randabergkommune'
        """
        return cls(nb=text, nn=text, en=text)

    def text(self, lang: Lang = "nb") -> str:
        """Return the text in ``lang``.

        Raises:
            UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.
        """
        if lang == "nb":
            return self.nb
        if lang == "nn":
            return self.nn
        if lang == "en":
            return self.en
        raise check_lang_error(lang)

    def format(self, **params: object) -> Message:
        """Fill the template's fields; a :class:`Message` field is filled per language.

        Examples:
            >>> Message(nb="{a}", nn="{a}", en="{a}!").format(a=1).en
            '1!'
        """
        return Message(
            nb=self.nb.format_map(_In("nb", params)),
            nn=self.nn.format_map(_In("nn", params)),
            en=self.en.format_map(_In("en", params)),
        )

    def __add__(self, other: Message | str) -> Message:
        """Join two messages language by language (a ``str`` is added to each)."""
        if isinstance(other, str):
            other = Message.same(other)
        if not isinstance(other, Message):
            return NotImplemented
        return Message(nb=self.nb + other.nb, nn=self.nn + other.nn, en=self.en + other.en)

    def __str__(self) -> str:
        return self.nb


class _In(Mapping[str, object]):
    """The parameters of a template as seen in one language."""

    __slots__ = ("_lang", "_params")

    def __init__(self, lang: Lang, params: Mapping[str, object]) -> None:
        self._lang = lang
        self._params = params

    def __getitem__(self, key: str) -> object:
        value = self._params[key]
        return value.text(self._lang) if isinstance(value, Message) else value

    def __iter__(self) -> Iterator[str]:
        return iter(self._params)

    def __len__(self) -> int:
        return len(self._params)
