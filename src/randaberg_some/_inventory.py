"""Inventory rows into accounts: the columns, and the conversion of one row's values.

Private to the package: every loader of the files layer builds its rows here, and
:func:`~randaberg_some.audit` builds the rows of mappings it is handed here too, so that
there is one row builder. A row's values are text (CSV, spreadsheet cells read as text) or
JSON values; each field is converted on its own, and every
problem becomes a :class:`~randaberg_some.rows.RowError` with the row's number, the field,
and the row's platform and handle (or its first cells), so that a message can say which
account it concerns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Final

from ._dates import DATE_FORMS, parse_date
from ._tables import cell_text
from ._text import shown
from .accounts import Account, AccountStatus, ProfilePicture, Purpose
from .errors import RandabergSomeError
from .messages import Message
from .platforms import Platform
from .rows import Row, RowError
from .units import Unit, UnitKind

__all__ = [
    "ALIASES",
    "COLUMNS",
    "REQUIRED_COLUMNS",
    "build",
    "column_key",
    "mapping_row",
    "whole_row",
]

# The columns, in the order of the documentation, each with its bokmål aliases.
COLUMNS: Final[Mapping[str, tuple[str, ...]]] = {
    "platform": ("plattform",),
    "handle": ("brukernavn",),
    "name": ("navn",),
    "unit": ("enhet",),
    "unit_kind": ("enhetstype",),
    "unit_abbreviation": ("enhetsforkortelse",),
    "own_visual_profile": ("egen_visuell_profil",),
    "profile_picture": ("profilbilde",),
    "purposes": ("formål", "formal"),
    "administrators": ("administratorer",),
    # Optional, for the registry (issue 13): lists in a cell, as administrators are.
    "retired_handles": ("tidligere_brukernavn",),
    "platform_ids": ("plattform_id", "plattform_ider", "platform_id"),
    # Optional, for accounts over time (issue 14).
    "status": (),
    "created": ("opprettet", "oppretta"),
    "last_reviewed": ("sist_gjennomgått", "sist_gjennomgatt"),
    "last_posted": ("sist_publisert",),
    "readiness": ("vurdering",),
}
# A CSV header must name these: without them a row does not say which account it is.
REQUIRED_COLUMNS: Final = ("platform", "handle", "name")

ALIASES: Final = {
    alias: column for column, aliases in COLUMNS.items() for alias in (column, *aliases)
}
_UNIT_FIELDS: Final = ("unit_kind", "unit_abbreviation")
_TRUE: Final = frozenset({"true", "ja", "yes", "1"})
_FALSE: Final = frozenset({"", "false", "nei", "no", "0"})
_LOGO: Final = frozenset({"official_logo", "offisiell_logo"})
_LIST_SEPARATORS: Final = re.compile(r"[;,|]")

# Look-ups for the common values; the enums' own parsing handles the rest (and the errors).
_PLATFORMS: Final[Mapping[str, Platform]] = {member.value: member for member in Platform}
_KINDS: Final[Mapping[str, UnitKind]] = {
    key: member for member in UnitKind for key in (member.value, member.label())
}
_PURPOSES: Final[Mapping[str, Purpose]] = {
    key: member for member in Purpose for key in (member.value, member.label())
}
_OFFICIAL_LOGO: Final = ProfilePicture.official_logo()

_TEXT: Final = Message(
    nb="{column} skal være tekst (fikk {got}).",
    nn="{column} skal vere tekst (fekk {got}).",
    en="{column} must be text (got {got}).",
)
_FLAG: Final = Message(
    nb="{column} skal være ja eller nei (true/false, yes/no, 1/0; fikk {got}).",
    nn="{column} skal vere ja eller nei (true/false, yes/no, 1/0; fekk {got}).",
    en="{column} must be yes or no (true/false, ja/nei, 1/0; got {got}).",
)
_LIST: Final = Message(
    nb="{column} skal være en liste med tekst (fikk {got}).",
    nn="{column} skal vere ei liste med tekst (fekk {got}).",
    en="{column} must be a list of text (got {got}).",
)
_NO_UNIT: Final = Message(
    nb="{column} er fylt ut, men {unit} er tom (uten enhet er kontoen hovedkontoen).",
    nn="{column} er fylt ut, men {unit} er tom (utan eining er kontoen hovudkontoen).",
    en="{column} is filled in, but {unit} is empty (without a unit the account is the main "
    "account).",
)
_KIND: Final = Message(
    nb="Ukjent enhetstype {got}: bruk virksomhet, tjeneste, arrangement eller kulturinstitusjon.",
    nn="Ukjend einingstype {got}: bruk virksomhet, tjeneste, arrangement eller kulturinstitusjon.",
    en="Unknown unit kind {got}: use unit, service, event or cultural_institution (or the "
    "bokmål words).",
)
_ABBREVIATION: Final = Message(
    nb="Enhetsforkortelsen {got} kan bare ha bokstavene a-z og sifre.",
    nn="Einingsforkortinga {got} kan berre ha bokstavane a-z og siffer.",
    en="The unit abbreviation {got} may hold only the letters a-z and digits.",
)
_DIGEST: Final = Message(
    nb="Sjekksummen {got} er ikke 64 heksadesimale sifre etter 'sha256:'.",
    nn="Sjekksummen {got} er ikkje 64 heksadesimale siffer etter 'sha256:'.",
    en="The digest {got} is not 64 hexadecimal digits after 'sha256:'.",
)
_NOT_OBJECT: Final = Message(
    nb="Raden er ikke et objekt (fikk {got}).",
    nn="Rada er ikkje eit objekt (fekk {got}).",
    en="The row is not an object (got {got}).",
)
_TWICE: Final = Message(
    nb="Raden har kolonnen {column} to ganger ({first} og {second}); bare én kan gjelde.",
    nn="Rada har kolonnen {column} to gonger ({first} og {second}); berre éin kan gjelde.",
    en="The row names the column {column} twice ({first} and {second}); only one can hold.",
)
_STATUS: Final = Message(
    nb="Ukjent status {got}: bruk planlagt, aktiv, hvilende eller avviklet.",
    nn="Ukjend status {got}: bruk planlagd, aktiv, kvilande eller avvikla.",
    en="Unknown status {got}: use planned, active, dormant or retired (or the bokmål words).",
)
_DATE: Final = Message(
    nb="{column} er ikke en dato (fikk {got}); skriv datoen som {forms}.",
    nn="{column} er ikkje ein dato (fekk {got}); skriv datoen som {forms}.",
    en="{column} is not a date (got {got}); write the date as {forms}.",
)
_NO_PLATFORM: Final = Message(
    nb="Plattformen mangler.", nn="Det manglar plattform.", en="The platform is missing."
)


def column_key(header: str) -> str:
    """A column's name as looked up in :data:`ALIASES` (lower case, words joined by ``_``)."""
    return "_".join(header.strip().lower().replace("-", " ").split())


def _fold_word(value: str) -> str:
    """Fold a value as ``UnitKind`` and ``Purpose`` parse it."""
    return value.strip().lower().replace(" ", "_").replace("-", "_")


class _Row:
    """Collects the problems of one row while its fields are converted."""

    __slots__ = ("names", "problems", "values")

    def __init__(self, values: Mapping[str, object], names: Mapping[str, str]) -> None:
        self.values = values
        self.names = names
        self.problems: list[tuple[str | None, Message]] = []

    def name(self, field: str) -> str:
        """The column as the file names it (``'enhetstype'``), quoted."""
        return repr(self.names.get(field, field))

    def error(self, field: str | None, message: Message) -> None:
        self.problems.append((field, message))

    def text(self, field: str) -> str:
        value = self.values.get(field)
        if value is None:
            return ""
        if isinstance(value, str):
            return value.strip()
        self.error(field, _TEXT.format(column=self.name(field), got=shown(value)))
        return ""

    def flag(self, field: str) -> bool:
        value = self.values.get(field)
        if value is None or isinstance(value, bool):
            return bool(value)
        if isinstance(value, str):
            folded = value.strip().lower()
            if folded in _TRUE:
                return True
            if folded in _FALSE:
                return False
        self.error(field, _FLAG.format(column=self.name(field), got=shown(value)))
        return False

    def items(self, field: str) -> tuple[str, ...]:
        value = self.values.get(field)
        if value is None:
            return ()
        if isinstance(value, str):
            parts: Iterable[object] = _LIST_SEPARATORS.split(value)
        elif isinstance(value, list):
            parts = value
        else:
            parts = [value]
        items: list[str] = []
        for part in parts:
            if not isinstance(part, str):
                self.error(field, _LIST.format(column=self.name(field), got=shown(value)))
                return ()
            if part.strip():
                items.append(part.strip())
        return tuple(items)


def _unit(row: _Row) -> Unit | None:
    name = row.text("unit")
    kind_text = row.text("unit_kind")
    abbreviation = row.text("unit_abbreviation")
    own = row.flag("own_visual_profile")
    if not name:
        pairs = zip(_UNIT_FIELDS, (kind_text, abbreviation), strict=True)
        given = [field for field, value in pairs if value]
        if own:
            given.append("own_visual_profile")
        for field in given:
            row.error(field, _NO_UNIT.format(column=row.name(field), unit=row.name("unit")))
        return None
    kind = UnitKind.UNIT
    ok = True
    if kind_text:
        try:
            kind = _KINDS.get(_fold_word(kind_text)) or UnitKind(kind_text)
        except RandabergSomeError:
            ok = False
            row.error("unit_kind", _KIND.format(got=shown(kind_text)))
    if abbreviation and not (abbreviation.isascii() and abbreviation.isalnum()):
        ok = False
        row.error("unit_abbreviation", _ABBREVIATION.format(got=shown(abbreviation)))
    if not ok:
        return None
    return Unit(name=name, kind=kind, abbreviation=abbreviation or None, own_visual_profile=own)


def _picture(row: _Row) -> ProfilePicture | None:
    value = row.text("profile_picture")
    if not value:
        return None
    if "_".join(value.lower().replace("-", " ").split()) in _LOGO:
        return _OFFICIAL_LOGO
    if value.lower().startswith("sha256:"):
        try:
            return ProfilePicture.from_digest(value)
        except RandabergSomeError:
            row.error("profile_picture", _DIGEST.format(got=shown(value)))
            return None
    return ProfilePicture.other(value)


def _status(row: _Row) -> AccountStatus | None:
    value = row.text("status")
    if not value:
        return None
    try:
        return AccountStatus(value)
    except RandabergSomeError:
        row.error("status", _STATUS.format(got=shown(value)))
        return None


def _date(row: _Row, field: str) -> date | None:
    value = row.text(field)
    if not value:
        return None
    day = parse_date(value)
    if day is None:
        row.error(field, _DATE.format(column=row.name(field), got=shown(value), forms=DATE_FORMS))
    return day


def _named(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def whole_row(
    number: int | str,
    line: int | None,
    problems: Iterable[tuple[str | None, Message]],
    *,
    platform: object = None,
    handle: object = None,
    cells: tuple[str, ...] = (),
) -> Row[Account]:
    """A row that gives no account, with its errors; named by platform and handle or cells."""
    named_platform, named_handle = _named(platform), _named(handle)
    if named_platform or named_handle:
        cells = ()
    errors = tuple(
        RowError(
            row=number,
            line=line,
            field=field,
            message=message,
            platform=named_platform,
            handle=named_handle,
            cells=cells,
        )
        for field, message in problems
    )
    return Row(row=number, line=line, errors=errors)


def build(
    values: Mapping[str, object],
    number: int | str,
    line: int | None,
    names: Mapping[str, str],
    cells: Sequence[object] = (),
    problems: Iterable[tuple[str | None, Message]] = (),
) -> Row[Account]:
    """Convert one row's values (text, or JSON values) into an account or its errors.

    ``names`` maps a column to its name in the file, for the messages; ``cells`` are the
    row's cells (or values), whose first non-blank ones name a row without platform and
    handle; ``problems`` are
    errors already found in the row (a column named twice).
    """
    row = _Row(values, names)
    row.problems.extend(problems)
    platform = row.text("platform")
    if not platform and "platform" not in {field for field, _ in row.problems}:
        row.error("platform", _NO_PLATFORM)
    handle = row.text("handle")
    name = row.text("name")
    unit = _unit(row)
    picture = _picture(row)
    purposes = tuple(_PURPOSES.get(_fold_word(item), item) for item in row.items("purposes"))
    administrators = row.items("administrators")
    retired = row.items("retired_handles")
    platform_ids = row.items("platform_ids")
    status = _status(row)
    created, reviewed, posted = (
        _date(row, field) for field in ("created", "last_reviewed", "last_posted")
    )
    readiness = row.text("readiness")
    if row.problems:
        return whole_row(
            number,
            line,
            row.problems,
            platform=values.get("platform"),
            handle=values.get("handle"),
            cells=tuple(shown for cell in cells if (shown := str(cell).strip()[:40]))[:3],
        )
    account = Account(
        platform=_PLATFORMS.get(platform.lower(), platform),
        name=name,
        handle=handle,
        unit=unit,
        profile_picture=picture,
        purposes=purposes,
        administrators=administrators,
        retired_handles=retired,
        platform_ids=platform_ids,
        status=status,
        created=created,
        last_reviewed=reviewed,
        last_posted=posted,
        readiness=readiness or None,
    )
    return Row(row=number, line=line, value=account)


def mapping_row(
    item: object,
    number: int | str,
    line: int | None,
    unknown: dict[str, None],
    *,
    typed: bool = False,
) -> Row[Account]:
    """Convert one mapping (a JSON object, a DataFrame's row) into an account or its errors.

    Keys are matched as a header's columns are; a key the inventory does not know is added
    to ``unknown``. With ``typed``, values typed as a spreadsheet or a DataFrame types them
    (numbers, booleans, dates, NaN) are read as the text of a CSV cell (see
    :func:`~randaberg_some._tables.cell_text`); without it (JSON) they are kept, so that a
    number where text belongs is an error.
    """
    if not isinstance(item, Mapping):
        return whole_row(number, line, [(None, _NOT_OBJECT.format(got=shown(item)))])
    values: dict[str, object] = {}
    names: dict[str, str] = {}
    problems: list[tuple[str | None, Message]] = []
    for key, value in item.items():
        written = key if isinstance(key, str) else str(key)
        column = ALIASES.get(column_key(written))
        if column is None:
            unknown.setdefault(written, None)
        elif column in names:
            twice = _TWICE.format(
                column=repr(column), first=repr(names[column]), second=repr(written)
            )
            problems.append((column, twice))
        else:
            values[column] = cell_text(value) if typed else value
            names[column] = written
    cells = [cell_text(value) for value in item.values()] if typed else list(item.values())
    return build(values, number, line, names, cells, problems)
