"""The abbreviation engine's data: established abbreviations and the lexicon of word parts.

The table of established abbreviations gives each one's source; the small lexicon of
unit-word parts is what compound words are split at. Private to :mod:`._abbreviate`.
All words are folded as unit names are (lower-case ASCII,
``æ`` → ``ae``, ``ø`` → ``o``, ``å`` → ``a``).
"""

from __future__ import annotations

from typing import Final

__all__ = ["ESTABLISHED", "HEADS", "MODIFIERS", "SOURCES"]

_PPT: Final = (
    "Nordre Follo kommune, 'Pedagogisk-psykologisk tjeneste (PPT)': https://www.nordrefollo."
    "kommune.no/tjenester/barnehage/helsetjenester-og-ppt/pedagogisk-psykologisk-tjeneste/ ; "
    "Bjornafjorden kommune's writing guide gives PPT as an initialism"
)
_SFO: Final = (
    "Salangen kommune, 'barnehage og SFO': "
    "http://www.salangen.kommune.no/oekning-i-betaligssatser-for-barnehage-og-sfo-fra-010116"
)
_HFU: Final = (
    "Helsedirektoratet, 'helsestasjon for ungdom (HFU)': https://helsedirektoratet.no/nyheter/"
    "341-kommuner-hadde-i-2017-et-tilbud-om-helsestasjon-for-ungdom-hfu"
)
_VGS: Final = "school domains under vgs.no (nesbru.vgs.no); common usage"
_UNVERIFIED: Final = "common usage, unverified"

SOURCES: Final = {"ppt": _PPT, "sfo": _SFO, "hfu": _HFU, "vgs": _VGS}
"""Where each established abbreviation is attested; any other form is common usage, unverified."""

ESTABLISHED: Final[dict[tuple[str, ...], str]] = {
    # Whole names (words after the definite ending is dropped), with their evidence above.
    ("pedagogisk", "psykologisk", "tjeneste"): "ppt",
    ("pedagogisk", "psykologisk", "teneste"): "ppt",
    ("pedagogiskpsykologisk", "tjeneste"): "ppt",
    ("pedagogiskpsykologisk", "teneste"): "ppt",
    ("skolefritidsordning",): "sfo",
    ("skulefritidsordning",): "sfo",
    ("helsestasjon", "for", "ungdom"): "hfu",
    ("videregaende", "skole"): "vgs",
    ("vidaregaande", "skule"): "vgs",
    # Common usage, unverified (abbreviations.md found no stored source for these).
    ("barnehage",): "bhg",
    ("ungdomsskole",): "uskole",
    ("ungdomsskule",): "uskule",
    ("bibliotek",): "bibl",
}
"""Established abbreviations of whole unit names or words; ``SOURCES`` says where each is
attested, and one not listed there is common usage, unverified."""

HEADS: Final = frozenset(
    {
        # The last part of a compound unit word (bokmål and nynorsk): the engine's own lexicon.
        "skole", "skule", "hage", "senter", "sentral", "tjeneste", "teneste", "hall", "bad",
        "klubb", "vakt", "stasjon", "hus", "scene", "bibliotek", "kontor", "ordning", "torg",
        "rad", "vern", "vesen", "hjem", "heim", "opplaering", "etat", "eining", "klinikk",
        "basseng", "sentrum", "park", "gard", "kor", "korps", "lag", "gruppe", "museum", "kino",
        "tun", "avdeling", "omsorg", "tilbud", "bolig", "bustad", "plass", "arena",
    }
)  # fmt: skip
"""Unit-word heads a compound may end in (the engine's own lexicon)."""

MODIFIERS: Final = frozenset(
    {
        # First parts seen in unit words, without their linking s or e.
        "barn", "ungdom", "kultur", "frivillig", "helse", "lege", "idrett", "svomme", "symje",
        "fritid", "skole", "skule", "hjemme", "heime", "flyktning", "voksen", "service", "omsorg",
        "sykehjem", "folke", "bo", "aktivitet", "senior", "tann", "friluft", "brann", "musikk",
        "speider", "natur", "kirke", "eldre", "dag", "natt", "by", "bygd", "miljo",
    }
)  # fmt: skip
"""Modifiers a compound may begin with (the engine's own lexicon)."""
