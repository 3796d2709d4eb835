r"""A loaded file (:class:`~randaberg_some.rows.Loaded`) as text, JSON, records, HTML.

One record per data row: its row number, the value's fields (an account's platform,
handle, name, …; a response's times) and, for a row that gave no value, its errors.

Examples:
    >>> from randaberg_some.files.inventory import load_accounts
    >>> import io
    >>> loaded = load_accounts(io.BytesIO(b"platform;handle;name\nfacebook;@randabergkommune;"
    ...                        b"Randaberg kommune\nmyspace;@x;\n"))
    >>> loaded
    <Loaded csv: 2 rows, 2 values, 0 rows with errors>
    >>> [record["platform"] for record in loaded.to_records()]
    ['facebook', 'myspace']
"""

from __future__ import annotations

import html as _html
from typing import TYPE_CHECKING, Final

from ..accounts import Account
from ..messages import LANGUAGES, Lang, Message
from ..moderation import Comment
from ..platforms import Platform
from ..responses import ResponseRecord
from ._common import json_text, safe
from ._labels import field_label
from ._style import STYLE

if TYPE_CHECKING:
    import pandas

    from ..rows import Loaded, Row

__all__ = ["dataframe", "html", "records", "short", "text", "to_json"]

_ACCOUNT_COLUMNS: Final = (
    "platform", "handle", "name", "unit", "unit_kind", "profile_picture", "purposes",
    "administrators",
)  # fmt: skip
_RESPONSE_COLUMNS: Final = ("received_at", "assessed_at")
_COMMENT_COLUMNS: Final = ("received_at", "author", "url", "text")
_SUMMARY: Final = Message(
    nb="{source}: {rows} rader, {values} lest, {errors} med feil.",
    nn="{source}: {rows} rader, {values} lesne, {errors} med feil.",
    en="{source}: {rows} rows, {values} read, {errors} with errors.",
)
_HEADS: Final = {
    "row": Message(nb="rad", nn="rad", en="row"),
    "errors": Message(nb="feil", nn="feil", en="errors"),
}
_LIMIT: Final = 200


def _fields(value: object) -> dict[str, object]:
    if isinstance(value, Account):
        platform = value.platform
        unit = value.unit
        picture = value.profile_picture
        return {
            "platform": platform.value if isinstance(platform, Platform) else platform,
            "handle": value.handle,
            "name": value.name,
            "unit": None if unit is None else unit.name,
            "unit_kind": None if unit is None else unit.kind.value,
            "profile_picture": None if picture is None else picture.kind.value,
            "purposes": ", ".join(str(getattr(p, "value", p)) for p in value.purposes) or None,
            "administrators": ", ".join(value.administrators) or None,
        }
    if isinstance(value, ResponseRecord):
        return {"received_at": value.received_at, "assessed_at": value.assessed_at}
    if isinstance(value, Comment):
        from ..screening import screen_comment

        # A comment may hold personal data: it is shown as the screening masks it.
        return {
            "received_at": value.received_at,
            "author": value.author,
            "url": value.url,
            "text": screen_comment(value.text).redacted,
        }
    return {"value": None if value is None else str(value)}


def _columns(loaded: Loaded[object]) -> tuple[str, ...]:
    first = next((item for item in loaded.items), None)
    if isinstance(first, ResponseRecord):
        body: tuple[str, ...] = _RESPONSE_COLUMNS
    elif isinstance(first, Comment):
        body = _COMMENT_COLUMNS
    elif first is None or isinstance(first, Account):
        body = _ACCOUNT_COLUMNS
    else:
        body = ("value",)
    return ("row", "line", *body, "error_fields", "errors")


def _record(row: Row[object], columns: tuple[str, ...], lang: Lang | None) -> dict[str, object]:
    record: dict[str, object] = dict.fromkeys(columns)
    record.update({"row": row.row, "line": row.line})
    if row.value is not None:
        record.update(_fields(row.value))
    else:
        first = row.errors[0] if row.errors else None
        if first is not None and "platform" in record:
            record["platform"], record["handle"] = first.platform, first.handle
        record["error_fields"] = ", ".join(e.field for e in row.errors if e.field) or None
        record["errors"] = (
            "; ".join(e.text(lang) for e in row.errors)
            if lang is not None
            else {
                language: "; ".join(e.text(language) for e in row.errors) for language in LANGUAGES
            }
        )
    return {key: record.get(key) for key in columns}


def records(loaded: Loaded[object], lang: Lang) -> list[dict[str, object]]:
    """One flat dict per data row, in file order.

    Keys: ``row``, ``line``, the value's fields, ``error_fields`` and ``errors`` (the
    messages in ``lang``, ``None`` for a good row).
    """
    columns = _columns(loaded)
    return [_record(row, columns, lang) for row in loaded.rows]


def to_json(loaded: Loaded[object], *, indent: int | None = 2) -> str:
    """The rows as a JSON document; times as ISO 8601, errors in all three languages."""
    columns = _columns(loaded)
    rows = [_record(row, columns, None) for row in loaded.rows]
    for record in rows:
        for key in _RESPONSE_COLUMNS:
            moment = record.get(key)
            if moment is not None and key in record:
                record[key] = moment.isoformat()  # type: ignore[attr-defined]
    document = {
        "source": loaded.source,
        "format": loaded.format,
        "rows": rows,
        "unknown_columns": list(loaded.unknown_columns),
    }
    return json_text(document, indent)


def summary(loaded: Loaded[object], lang: Lang) -> str:
    """One sentence: the file, its rows, how many gave a value and how many did not."""
    return _SUMMARY.format(
        source=loaded.source,
        rows=loaded.data_rows,
        values=len(loaded.items),
        errors=len(loaded.error_rows),
    ).text(lang)


def text(loaded: Loaded[object], lang: Lang) -> str:
    """The summary, then one line per row error; control characters escaped."""
    lines = [safe(summary(loaded, lang))]
    lines += [
        safe(f"{_HEADS['row'].text(lang)} {error.row}: {error.text(lang)}")
        for error in loaded.errors
    ]
    return "\n".join(lines)


def html(loaded: Loaded[object], lang: Lang) -> str:
    """The summary and a table of the first 200 rows, everything escaped."""
    esc = _html.escape
    columns = _columns(loaded)
    found = records(loaded, lang)
    heads = "".join(
        f"<th>{esc(_HEADS[c].text(lang) if c in _HEADS else field_label(c, lang))}</th>"
        for c in columns
        if c != "line"
    )
    body = "".join(
        f'<tr class="{"rs-error" if record["errors"] else ""}">'
        + "".join(
            f"<td>{esc('' if record[c] is None else str(record[c]))}</td>"
            for c in columns
            if c != "line"
        )
        + "</tr>"
        for record in found[:_LIMIT]
    )
    return (
        f'<div class="randaberg-some rs-loaded">{STYLE}<p>{esc(summary(loaded, lang))}</p>'
        f"<table><thead><tr>{heads}</tr></thead><tbody>{body}</tbody></table></div>"
    )


def short(loaded: Loaded[object]) -> str:
    """A one-line repr: the format and the counts, never the contents."""
    values = len(loaded.items)
    errors = len(loaded.error_rows)
    return (
        f"<Loaded {loaded.format}: {loaded.data_rows} rows, {values} value"
        f"{'' if values == 1 else 's'}, {errors} row{'' if errors == 1 else 's'} with errors>"
    )


def dataframe(loaded: Loaded[object], lang: Lang) -> pandas.DataFrame:
    """The records as a DataFrame: rows ``Int64``, times tz-aware, text ``string``."""
    from ._frames import frame

    return frame(
        records(loaded, lang),
        _columns(loaded),
        ints=("row", "line"),
        times=_RESPONSE_COLUMNS,
    )
