"""Personal numbers, phone numbers and e-mail addresses in comment text.

:func:`scan_numbers` follows the research notes (``moderation.md`` §2.3):

1. **Candidates.** Digits of any script become ASCII digits, and no-break, thin and figure
   spaces and typographic dashes become a space or a hyphen, character for character, so
   that a span in the normalised text is the same span in the original. One compiled pattern
   then takes the layouts people write: eleven digits plain, ``DDMMYY nnnnn``,
   ``DD.MM.YY nnnnn`` (the last five also as ``nnn nn``), the account layout
   ``1234.56.78901``, a Norwegian IBAN; nine digits
   (an organisation number, ``NO 123 456 789 MVA``); eight digits with or without ``+47``
   (phone groupings ``123 45 678``, ``12 34 56 78``, ``1234 5678``); other numbers with a
   ``+`` country code. A candidate never touches another digit or a letter.
2. **Checks.** Fødselsnummer and D-nummer with both K1 rules and a real date
   (:mod:`.idnumbers`); kontonummer, organisasjonsnummer and IBAN with python-stdnum; phone
   numbers with ``phonenumbers`` (region NO), run only on the candidates.
3. **Context.** The nearest word of a few kinds within some forty characters before or
   twenty after the number: fødselsnummer words, account words, organisation words, KID
   words, phone words.
4. **Decision.** A fødselsnummer or D-nummer is certain unless account or KID words, or the
   account layout, point elsewhere: then it is possible, and the account reading is
   reported first on the same span (as certain when its own check holds). H-, FH- and
   synthetic numbers are reported only beside fødselsnummer words. An account number needs
   account words, the account layout or the IBAN form; an organisation number needs
   organisation words, the ``NO … MVA`` form or three groups of three; a phone number needs
   ``+47``, phone words or a phone grouping (a plain eight-digit mobile number is possible).

One span gets one hit, its best reading; the only second hit on a span is the possible
identity number under an account reading, because masking it matters more than naming it
right. The reasons say what held and which word was seen, never the digits: they are
fixed texts plus the context word, which holds no digit.

With no digit and no ``@`` in the text, the scan ends after one precompiled search;
python-stdnum and phonenumbers are imported when the first candidate needs them.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Iterator
from typing import Final

from ._hits import Hit
from ._phone_check import national as national_digits
from ._phone_check import norwegian_types, valid_norwegian
from .idnumbers import national_id_kind
from .messages import Message

__all__ = ["scan_numbers"]

_UNICODE_GATE: Final = re.compile(r"[\d@]")
_NON_ASCII_DIGIT: Final = re.compile(r"(?![0-9])\d")
_SPACES: Final = str.maketrans(
    {
        "\u00a0": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2212": "-",
    }
)

_LEFT: Final = r"(?<![^\W_])(?<![0-9][.,])"
_RIGHT: Final = r"(?![^\W_])(?![.,][0-9])"
# The lookahead first lets the regex engine skip to the characters a candidate can start with.
_CANDIDATES: Final = re.compile(
    r"(?=[0-9+N(])"
    + _LEFT
    + r"(?:"
    + r"(?P<iban>NO ?[0-9]{2}(?: ?[0-9]{4}){2} ?[0-9]{3})"
    + r"|(?P<account>[0-9]{4}[ .][0-9]{2}[ .][0-9]{5})"
    + r"|(?P<six_five>[0-9]{6}[ .\-]?[0-9]{3} ?[0-9]{2})"
    + r"|(?P<date_five>[0-9]{2}[ .\-][0-9]{2}[ .\-][0-9]{2}[ .\-][0-9]{3} ?[0-9]{2})"
    + r"|(?P<org>(?P<org_no>NO ?)?[0-9]{3}(?P<org_sep>[ .]?)[0-9]{3}[ .]?[0-9]{3}(?P<mva> ?MVA)?)"
    + r"|(?P<phone>(?P<prefix>(?:\+|00) ?47[ \-]?|\(\+47\) ?)?"
    + r"(?:[0-9]{8}|[0-9]{3} [0-9]{2} [0-9]{3}|[0-9]{2}[ .][0-9]{2}[ .][0-9]{2}[ .][0-9]{2}"
    + r"|[0-9]{4} [0-9]{4}))"
    + r"|(?P<international>\+[1-9][0-9]{0,2}(?:[ \-]?[0-9]){6,12})"
    + r")"
    + _RIGHT
)
# Where a candidate may start (as _CANDIDATES' start, the class first: the engine skips in C
# to the few places worth trying; the lookbehinds look back over the character just taken).
_STARTS: Final = re.compile(r"[0-9+N(](?<![^\W_].)(?<![0-9][.,].)")
_DOMAIN: Final = re.compile(
    r"[^\W_](?:[\w\-]*[^\W_])?(?:\.[^\W_](?:[\w\-]*[^\W_])?)*\.[^\W\d_]{2,}"
)
# The local part: the run of these characters that ends at the "@", of at most 64, read in the
# reversed text from the "@" backwards (one match where a search for "[...]{1,64}\Z" before the
# "@" would try each of the 64 places it could start).
_LOCAL: Final = re.compile(r"[\w.%+\-]{1,64}")

_CONTEXT: Final = re.compile(
    r"(?=[bdfhikmoprst])(?<![^\W_])(?:"
    r"(?P<identity>f[øo]dsels?(?:nummer\w*|nr|dato\w*)|f\.\s?nr|fnr|person(?:nummer\w*|nr)"
    r"|pers\.\s?nr|pnr|d-?nummer\w*|d-nr|identitetsnummer\w*|id-?nummer\w*|(?:f?h)-nummer\w*"
    r"|hjelpenummer\w*|født|fødd\w*)"
    # "konto" and its forms, not "kontor" (an office).
    r"|(?P<account>(?:bank)?konto(?:nummer\w*|nr|en|a|ar|er|ene)?|kto|iban|betal\w* til"
    r"|innbetal\w*)"
    r"|(?P<org>org\.?\s?nr|organisasjonsnummer\w*|foretaksnummer\w*|mva|brønnøysund\w*)"
    r"|(?P<kid>kid\w*|faktura\w*|forfall\w*)"
    r"|(?P<phone>tlf|telefon\w*|mobil\w*|ring\w*|sms)"
    r")(?![^\W_])"
)
_BEFORE: Final = 40
_AFTER: Final = 20

_ID_OLD: Final = Message(
    nb="kontrollsifrene stemmer, og de seks første sifrene er en gyldig dato",
    nn="kontrollsifra stemmer, og dei seks første sifra er ein gyldig dato",
    en="the control digits hold and the first six digits are a valid date",
)
_ID_2032: Final = Message(
    nb="kontrollsifrene stemmer etter Skatteetatens regel for nye numre fra 2032, "
    "og de seks første sifrene er en gyldig dato",
    nn="kontrollsifra stemmer etter regelen til Skatteetaten for nye nummer frå 2032, "
    "og dei seks første sifra er ein gyldig dato",
    en="the control digits hold under Skatteetaten's rule for new numbers from 2032, "
    "and the first six digits are a valid date",
)
_HELP: Final = Message(
    nb="kontrollsifrene stemmer for et hjelpenummer (H- eller FH-nummer)",
    nn="kontrollsifra stemmer for eit hjelpenummer (H- eller FH-nummer)",
    en="the control digits hold for a help number (an H or FH number)",
)
_SYNTHETIC: Final = Message(
    nb="kontrollsifrene stemmer for et syntetisk testnummer",
    nn="kontrollsifra stemmer for eit syntetisk testnummer",
    en="the control digits hold for a synthetic test number",
)
_WORD: Final = Message(
    nb="ordet «{word}» står like ved",
    nn="ordet «{word}» står like ved",
    en="the word «{word}» is nearby",
)
_BUT_WORD: Final = Message(
    nb="men ordet «{word}» like ved peker mot et annet nummer",
    nn="men ordet «{word}» like ved peikar mot eit anna nummer",
    en="but the word «{word}» nearby points to another kind of number",
)
_BUT_LAYOUT: Final = Message(
    nb="men det er skrevet som et kontonummer",
    nn="men det er skrive som eit kontonummer",
    en="but it is written as an account number",
)
_ACCOUNT_CHECK: Final = Message(
    nb="kontrollsifferet for kontonummer stemmer",
    nn="kontrollsifferet for kontonummer stemmer",
    en="the account number's control digit holds",
)
_ACCOUNT_LAYOUT: Final = Message(
    nb="det er skrevet som et kontonummer (fire, to og fem sifre)",
    nn="det er skrive som eit kontonummer (fire, to og fem siffer)",
    en="it is written as an account number (four, two and five digits)",
)
_IBAN: Final = Message(
    nb="det er skrevet som et norsk IBAN-kontonummer",
    nn="det er skrive som eit norsk IBAN-kontonummer",
    en="it is written as a Norwegian IBAN",
)
_ORG_CHECK: Final = Message(
    nb="kontrollsifferet for organisasjonsnummer stemmer",
    nn="kontrollsifferet for organisasjonsnummer stemmer",
    en="the organisation number's control digit holds",
)
_ORG_MVA: Final = Message(
    nb="det er skrevet med NO eller MVA",
    nn="det er skrive med NO eller MVA",
    en="it is written with NO or MVA",
)
_ORG_GROUPS: Final = Message(
    nb="det er skrevet i tre grupper på tre sifre",
    nn="det er skrive i tre grupper på tre siffer",
    en="it is written in three groups of three digits",
)
_PHONE: Final = Message(
    nb="det er et gyldig norsk telefonnummer",
    nn="det er eit gyldig norsk telefonnummer",
    en="it is a valid Norwegian phone number",
)
_PHONE_ABROAD: Final = Message(
    nb="det er et gyldig telefonnummer med landskode",
    nn="det er eit gyldig telefonnummer med landskode",
    en="it is a valid phone number with a country code",
)
_PHONE_PREFIX: Final = Message(
    nb="det er skrevet med landskoden for Norge",
    nn="det er skrive med landskoden for Noreg",
    en="it is written with Norway's country code",
)
_PHONE_GROUPS: Final = Message(
    nb="det er gruppert som et telefonnummer",
    nn="det er gruppert som eit telefonnummer",
    en="it is grouped as a phone number",
)
_MOBILE: Final = Message(
    nb="åtte sifre som et mobilnummer, uten ord som sier hva det er",
    nn="åtte siffer som eit mobilnummer, utan ord som seier kva det er",
    en="eight digits like a mobile number, with no word saying what it is",
)
_EMAIL: Final = Message(
    nb="det har formen navn@domene som en e-postadresse",
    nn="det har forma namn@domene som ei e-postadresse",
    en="it has the form name@domain of an e-mail address",
)


@functools.lru_cache(maxsize=256)
def _said(word: str) -> Message:
    return _WORD.format(word=word)


# The parts' identities -> (the parts, the reason). The parts are this module's constants and
# the few _said() gives (a bounded cache): looked up by identity, as hashing each Message
# costs more than the rest of the look-up. The parts are kept, so no identity is reused.
_REASONS: Final[dict[tuple[int, ...], tuple[tuple[Message, ...], Message]]] = {}


def _reason(*parts: Message) -> Message:
    key = tuple(map(id, parts))
    kept = _REASONS.get(key)
    if kept is not None and all(map(operator.is_, kept[0], parts)):
        return kept[1]
    reason = _joined_reason(parts)
    if len(_REASONS) >= 1024:
        _REASONS.clear()
    _REASONS[key] = (parts, reason)
    return reason


def _joined_reason(parts: tuple[Message, ...]) -> Message:
    def joined(texts: list[str]) -> str:
        text = texts[0]
        for more in texts[1:]:
            text += (", " if more.startswith(("men ", "but ")) else "; ") + more
        return text[:1].upper() + text[1:] + "."

    return Message(
        nb=joined([part.nb for part in parts]),
        nn=joined([part.nn for part in parts]),
        en=joined([part.en for part in parts]),
    )


def _normalised(text: str) -> str:
    """The text with ASCII digits, spaces and hyphens, of the same length as ``text``."""
    if text.isascii():
        return text
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        text = text.translate(_SPACES)
        return _NON_ASCII_DIGIT.sub(lambda match: str(int(match.group())), text)
    # Latin-1 has no digits besides ASCII's, and the no-break space is its only other space.
    return text.replace("\u00a0", " ")


def _may_hold_numbers(text: str) -> bool:
    """Whether ``text`` has a digit of any script or an ``@``, in well under a microsecond.

    ``in`` is a memchr per character, several times faster than a regex character class on
    a comment; Latin-1 (all Norwegian text) has no decimal digits besides ASCII's, so the
    regex runs only on text with other scripts or emoji.
    """
    if (
        "0" in text
        or "1" in text
        or "2" in text
        or "3" in text
        or "4" in text
        or "5" in text
        or "6" in text
        or "7" in text
        or "8" in text
        or "9" in text
        or "@" in text
    ):
        return True
    if text.isascii():
        return False
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return _UNICODE_GATE.search(text) is not None
    return False


def scan_numbers(text: str, lower: str | None = None) -> list[Hit]:
    """Return the hits for identity, account, organisation and phone numbers and e-mails.

    Args:
        text: A comment.
        lower: ``text.lower()``, if the caller has it (the case scanner needs it too).

    Returns:
        The hits in the order of the text (see the module's description for the rules).

    Examples:
        >>> [(hit.kind, hit.certain) for hit in scan_numbers("fnr 010185 12366")]
        [('national_id', True)]
        >>> scan_numbers("Hei, når åpner biblioteket?")
        []
    """
    if not _may_hold_numbers(text):
        return []
    normal = _normalised(text)
    hits: list[Hit] = []
    if "@" in normal:
        hits += _emails(normal)
    taken = [(hit.start, hit.end) for hit in hits]
    # The context words are looked for in the lower-case text, and only for a candidate whose
    # digits and layout leave the decision to them.
    around = _Around(normal, lower if lower is not None and normal is text else None)
    for match in _candidates(normal):
        start, end = match.span()
        if any(start < other_end and other_start < end for other_start, other_end in taken):
            continue
        hits += _judge(match, around)
    hits.sort(key=lambda hit: hit.start)
    return hits


def _candidates(normal: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_CANDIDATES` as ``finditer`` gives them, tried where one may start."""
    search = _STARTS.search
    match_at = _CANDIDATES.match
    start = search(normal)
    while start is not None:
        position = start.start()
        match = match_at(normal, position)
        if match is None:
            start = search(normal, position + 1)
        else:
            yield match
            start = search(normal, match.end())


class _Around:
    """The context of candidates in one text: its lower-case form made on first use."""

    __slots__ = ("lower", "normal")

    def __init__(self, normal: str, lower: str | None) -> None:
        self.normal = normal
        self.lower = lower

    def context(self, start: int, end: int) -> tuple[str, str] | None:
        lower = self.lower
        if lower is None:
            lower = self.lower = self.normal.lower()
        return _context(lower, start, end)


def _context(lower: str, start: int, end: int) -> tuple[str, str] | None:
    """The kind and text of the context word nearest the span, if any."""
    best: tuple[int, str, str] | None = None
    low = max(0, start - _BEFORE)
    for match in _CONTEXT.finditer(lower, low, start):
        distance = start - match.end()
        if best is None or distance <= best[0]:
            best = (distance, match.lastgroup or "", match.group())
    for match in _CONTEXT.finditer(lower, end, end + _AFTER):
        distance = match.start() - end
        if best is None or distance < best[0]:
            best = (distance, match.lastgroup or "", match.group())
        break
    return None if best is None else (best[1], best[2])


def _judge(match: re.Match[str], around: _Around) -> list[Hit]:
    start, end = match.span()
    if match.group("phone") is not None and match.group("org") is None:
        return _phone(match, start, end, around)  # reads its own digits
    digits = "".join(filter(str.isdigit, match.group()))
    layout = "org" if match.group("org") is not None else match.lastgroup
    if layout == "iban":
        return _iban(start, end, digits)
    if layout in ("account", "six_five", "date_five"):
        return _eleven(start, end, digits, layout, around.context(start, end))
    if layout == "org":
        return _organisation(match, start, end, digits, around)
    return _phone(match, start, end, around)


def _iban(start: int, end: int, digits: str) -> list[Hit]:
    from stdnum.no import iban  # loaded by the first candidate that needs it

    if not iban.is_valid("NO" + digits):
        return []
    why = _reason(_IBAN, _ACCOUNT_CHECK)
    return [Hit(kind="account_number", start=start, end=end, certain=True, reason=why)]


def _eleven(
    start: int, end: int, digits: str, layout: str, context: tuple[str, str] | None
) -> list[Hit]:
    word = context[0] if context else None
    said = _said(context[1]) if context else None
    kind = national_id_kind(digits)
    account = _account_valid(digits)
    elsewhere = word in ("account", "kid") or layout == "account"
    found: list[Hit] = []
    if account and (word == "account" or layout == "account"):
        why = [_ACCOUNT_CHECK, said if word == "account" and said else _ACCOUNT_LAYOUT]
        found.append(
            Hit(kind="account_number", start=start, end=end, certain=True, reason=_reason(*why))
        )
    if kind in ("national_id", "d_number"):
        check = _ID_OLD if _k1_before_2032(digits) else _ID_2032
        if elsewhere:
            but = (
                _BUT_LAYOUT
                if layout == "account" or not context
                else _BUT_WORD.format(word=context[1])
            )
            found.append(
                Hit(kind=kind, start=start, end=end, certain=False, reason=_reason(check, but))
            )
        else:
            why = [check, said] if word == "identity" and said else [check]
            found.append(Hit(kind=kind, start=start, end=end, certain=True, reason=_reason(*why)))
    elif kind is not None and word == "identity" and said:
        check = _SYNTHETIC if kind == "synthetic" else _HELP
        found.append(
            Hit(
                kind="help_number",
                start=start,
                end=end,
                certain=kind == "help_number",
                reason=_reason(check, said),
            )
        )
    return found


def _account_valid(digits: str) -> bool:
    """``stdnum.no.kontonr.is_valid`` for eleven ASCII digits, its mod-11 check written out."""
    if digits.startswith("0000"):  # stdnum reads a postgiro number here: let it decide
        from stdnum.no import kontonr

        return kontonr.is_valid(digits)
    total: int = sum(map(operator.mul, (6, 7, 8, 9, 4, 5, 6, 7, 8, 9), map(int, digits)))
    return total % 11 == int(digits[10])


def _k1_before_2032(digits: str) -> bool:
    """For a number valid under the 2032 rule: ``national_id_kind(rule="before_2032")``."""
    total: int = sum(map(operator.mul, (3, 7, 6, 1, 8, 9, 4, 5, 2, 1), map(int, digits)))
    return total % 11 == 0


def _organisation(
    match: re.Match[str], start: int, end: int, digits: str, around: _Around
) -> list[Hit]:
    from stdnum.no import orgnr

    if not orgnr.is_valid(digits):
        return []
    context = around.context(start, end)
    if context and context[0] == "org":
        why = _said(context[1])
    elif match.group("org_no") or match.group("mva"):
        why = _ORG_MVA
    elif match.group("org_sep") and context is None:
        why = _reason(_ORG_CHECK, _ORG_GROUPS)
        return [Hit(kind="organisation_number", start=start, end=end, certain=False, reason=why)]
    else:
        return []
    why = _reason(_ORG_CHECK, why)
    return [Hit(kind="organisation_number", start=start, end=end, certain=True, reason=why)]


def _phone(match: re.Match[str], start: int, end: int, around: _Around) -> list[Hit]:
    text = match.group()
    abroad = match.group("international") is not None
    if abroad:
        import phonenumbers

        try:
            parsed = phonenumbers.parse(text, None)
        except phonenumbers.NumberParseException:
            return []
        if not phonenumbers.is_valid_number(parsed):
            return []
    else:  # eight national digits: no need for the parser's work
        national = str(int(national_digits(text)))
        if norwegian_types().fullmatch(national) is None or not valid_norwegian(national):
            return []  # as phonenumbers.is_valid_number says of +47 and these digits
    if abroad:
        return [
            Hit(kind="phone", start=start, end=end, certain=True, reason=_reason(_PHONE_ABROAD))
        ]
    if match.group("prefix"):
        why = _PHONE_PREFIX
    elif (context := around.context(start, end)) is not None:
        if context[0] != "phone":
            return []  # a word of another kind is nearer
        why = _said(context[1])
    elif not text.isdigit():
        why = _PHONE_GROUPS
    elif text[0] in "49":
        return [
            Hit(kind="phone", start=start, end=end, certain=False, reason=_reason(_PHONE, _MOBILE))
        ]
    else:
        return []
    return [Hit(kind="phone", start=start, end=end, certain=True, reason=_reason(_PHONE, why))]


def _emails(normal: str) -> list[Hit]:
    found: list[Hit] = []
    backwards = normal[::-1]
    length = len(normal)
    position = normal.find("@")
    while position != -1:
        local = _LOCAL.match(backwards, length - position, length - max(0, position - 64))
        domain = _DOMAIN.match(normal, position + 1)
        if local is not None and domain is not None:
            start = position - (local.end() - local.start())
            while start < position and not normal[start].isalnum():
                start += 1
            if start < position:
                found.append(
                    Hit(
                        kind="email",
                        start=start,
                        end=domain.end(),
                        certain=True,
                        reason=_reason(_EMAIL),
                    )
                )
        position = normal.find("@", position + 1)
    return found
