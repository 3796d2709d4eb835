"""Hypothesis strategies shared by the tests."""

from __future__ import annotations

from hypothesis import strategies as st

from randaberg_some import Platform

platforms = st.sampled_from(list(Platform))

# Any text a person might type or paste, surrogates excluded (they cannot be encoded).
any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=60)

# Names in Latin letters as Norwegian units write them.
norwegian_letters = "abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅéü0123456789"
norwegian_names = st.lists(
    st.text(st.sampled_from(norwegian_letters), min_size=1, max_size=14), min_size=1, max_size=5
).map(" ".join)

# Latin-1 text: every character the fast path of the name folding may take.
latin1_text = st.text(st.characters(min_codepoint=0, max_codepoint=0xFF), max_size=40)
