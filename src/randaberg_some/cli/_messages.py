"""Messages of the command as a whole (not of one command), in bokmål, nynorsk and English."""

from __future__ import annotations

from typing import Final

from ..messages import Message

__all__ = [
    "DESCRIPTION",
    "EOF_AT_PROMPT",
    "INTERRUPTED",
    "NO_MEMORY",
    "UNEXPECTED_OS",
    "UNIT_NAME",
    "VERSION",
]

DESCRIPTION: Final = Message(
    nb="Randaberg kommunes retningslinjer for sosiale medier, fra kommandolinjen. "
    "Skriv «randaberg-some KOMMANDO --help» for hjelp til en kommando.",
    nn="Randaberg kommune sine retningsliner for sosiale medium, frå kommandolinja. "
    "Skriv «randaberg-some KOMMANDO --help» for hjelp til ein kommando.",
    en="Randaberg kommune's guideline for social media, from the shell. "
    "Type 'randaberg-some COMMAND --help' for help on a command.",
)
VERSION: Final = Message(
    nb="vis versjonen og avslutt",
    nn="vis versjonen og avslutt",
    en="show the version and exit",
)
INTERRUPTED: Final = Message(
    nb="avbrutt (Ctrl-C)", nn="avbrote (Ctrl-C)", en="interrupted (Ctrl-C)"
)
EOF_AT_PROMPT: Final = Message(
    nb="avsluttet med Ctrl-D før alle spørsmålene var besvart",
    nn="avslutta med Ctrl-D før alle spørsmåla var svara på",
    en="ended with Ctrl-D before every question was answered",
)
NO_MEMORY: Final = Message(
    nb="ikke nok minne til å gjøre ferdig",
    nn="ikkje nok minne til å gjere ferdig",
    en="not enough memory to finish",
)
UNEXPECTED_OS: Final = Message(
    nb="operativsystemet sa nei: {reason}",
    nn="operativsystemet sa nei: {reason}",
    en="the operating system refused: {reason}",
)
UNIT_NAME: Final = Message(
    nb="enhetens navn, f.eks. Bassenget eller Åsen barnehage (anførselstegn trengs ikke)",
    nn="namnet på eininga, t.d. Bassenget eller Åsen barnehage (hermeteikn trengst ikkje)",
    en="the unit's name, e.g. Bassenget or Åsen barnehage (no quotes needed)",
)
CANNOT_READ: Final = Message(
    nb="kan ikke lese standard inndata: {reason}",
    nn="kan ikkje lese standard inndata: {reason}",
    en="cannot read standard input: {reason}",
)
