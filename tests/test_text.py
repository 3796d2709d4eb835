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
