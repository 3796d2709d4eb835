"""Turn any text into lower-case ASCII words: the common machinery of names and handles.

A name written in Norwegian or another language in Latin letters takes a fast path: one
``str.translate`` pass and a split. Anything else goes through NFKC normalisation, a Unicode
word split (``regex``) and transliteration (``anyascii``), both imported only then.
Both paths give the same words for the text the fast path accepts (a test holds them to it).
"""

from __future__ import annotations

import string
import unicodedata
from typing import Final

__all__ = ["ascii_words", "fold", "is_text", "shown"]

# æ, ø and å as Norwegian kommune domains and handles write them (Bærum -> baerum,
# Tromsø -> tromso, Ålesund -> alesund); the same as anyascii.
_SPECIAL: Final = {"æ": "ae", "ø": "o", "ß": "ss", "ð": "d", "þ": "th"}


def _fast_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(128):
        char = chr(code)
        if char in string.ascii_uppercase:
            table[code] = char.lower()
        elif char in string.ascii_lowercase or char in string.digits:
            # Identity entries keep str.translate from a failed look-up per character.
            table[code] = char
        else:
            table[code] = " "
    # Latin-1 letters: NFKC leaves them as they are, so the fast path may take them.
    for code in range(0xC0, 0x100):
        char = chr(code)
        if not char.isalpha():
            continue  # × and ÷ are not letters; they go the slow path.
        lower = char.lower()
        if lower in _SPECIAL:
            table[code] = _SPECIAL[lower]
            continue
        decomposition = unicodedata.decomposition(char).split()
        if decomposition and not decomposition[0].startswith("<"):
            table[code] = chr(int(decomposition[0], 16)).lower()
    # Common no-break and typographic spaces and dashes between words.
    for char in "\u00a0\u2013\u2014\u2019\u00ab\u00bb":
        table[ord(char)] = " "
    return table


_FAST_TABLE: Final = _fast_table()
_ASCII_TABLE: Final = {code: _FAST_TABLE[code] for code in range(128)}


def _slow_words(text: str) -> list[str]:
    import regex
    from anyascii import anyascii

    normalised = unicodedata.normalize("NFKC", text)
    spaced = regex.sub(r"[^\p{L}\p{M}\p{N}]+", " ", normalised)
    # anyascii may render a letter or digit as ASCII punctuation; the table turns it into a
    # word break, as it does for ASCII punctuation typed by a person.
    folded = anyascii(spaced).translate(_FAST_TABLE)
    return folded.split()


def ascii_words(text: str) -> list[str]:
    """Split ``text`` into lower-case ASCII words of letters and digits.

    Punctuation, symbols and spaces separate words; emoji and other symbols vanish.

    Examples:
        >>> ascii_words("Kultur- og fritidstjenesten 🎉")
        ['kultur', 'og', 'fritidstjenesten']
        >>> ascii_words("Tromsø Ålesund Bærum")
        ['tromso', 'alesund', 'baerum']
        >>> ascii_words("Ｓｋｏｌｅ ①")
        ['skole', '1']
    """
    # The common case first: lower-case, then the three Norwegian letters by plain replace
    # (much cheaper than a translate over non-ASCII text).
    folded = text.lower()
    if not folded.isascii():
        folded = folded.replace("æ", "ae").replace("ø", "o").replace("å", "a")
        if not folded.isascii():
            folded = folded.translate(_FAST_TABLE)
            if not folded.isascii():
                return _slow_words(text)
    words = folded.split()
    if "".join(words).isalnum():
        return words
    return folded.translate(_ASCII_TABLE).split()


def fold(text: str) -> str:
    """Return ``text`` as one lower-case ASCII word (its words joined).

    Examples:
        >>> fold("Nord-Aurdal")
        'nordaurdal'
    """
    return "".join(ascii_words(text))


def shown(value: object, limit: int = 60) -> str:
    """``repr(value)`` cut to ``limit`` characters, for an error message that echoes input.

    Examples:
        >>> shown("x" * 100, limit=8)
        "'xxxxxx…"
    """
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_text(value: str) -> bool:
    """Whether ``value`` can be written as UTF-8: no lone surrogates.

    ``os.fsdecode`` and ``surrogateescape`` leave a byte that was not text as a lone
    surrogate; such a string cannot be printed or saved.

    Examples:
        >>> is_text("Grødem"), is_text("Gr" + chr(0xDCF8) + "dem")
        (True, False)
    """
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
