"""The name folding's two paths agree."""

from __future__ import annotations

from hypothesis import given

from randaberg_some._text import _slow_words, ascii_words

from .strategies import latin1_text


@given(text=latin1_text)
def test_fast_path_agrees_with_the_general_path(text: str) -> None:
    assert ascii_words(text) == _slow_words(text)


def test_norwegian_letters() -> None:
    assert ascii_words("ÆØÅ æøå") == ["aeoa", "aeoa"]


def test_fast_path_agrees_for_every_character_of_the_basic_plane() -> None:
    # Exhaustive: each character alone and between letters, so that a character the fast
    # path lowers or folds differently from NFKC + anyascii cannot hide.
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        for text in (char, f"a{char}b", f"A {char.upper()} b"):
            assert ascii_words(text) == _slow_words(text), (hex(code), text)
