"""A :class:`~randaberg_some.policy_diff.PolicyDiff` as text, JSON, records or HTML.

The text is a heading line (the two sides and the number of changes), then one line per
change: the key as the policy file writes it, and what changed in words.

Examples:
    >>> from datetime import date
    >>> from randaberg_some.policy import PolicyVersion
    >>> from randaberg_some.policy_diff import diff_policies
    >>> diff = diff_policies(PolicyVersion(),
    ...                      PolicyVersion(effective=date(2025, 1, 1), rules={"N206": "info"}))
    >>> print(text(diff, "nn"))
    (utan dato) -> 2025-01-01: 1 endring.
      rules.N206  Regel N206 er no ein merknad (var ei åtvaring).
"""

from __future__ import annotations

import html as _html
from typing import TYPE_CHECKING, Final

from ..messages import LANGUAGES, Lang, Message, check_lang
from ._common import json_text, safe

if TYPE_CHECKING:
    import pandas

    from ..policy_diff import PolicyDiff

__all__ = ["dataframe", "html", "records", "short", "text", "to_json"]

_UNDATED: Final = Message(nb="(uten dato)", nn="(utan dato)", en="(undated)")
_HEAD: Final = Message(
    nb="{old} -> {new}: {count}.", nn="{old} -> {new}: {count}.", en="{old} -> {new}: {count}."
)
_NONE: Final = Message(nb="ingen endringer", nn="ingen endringar", en="no changes")
_ONE: Final = Message(nb="1 endring", nn="1 endring", en="1 change")
_MANY: Final = Message(nb="{n} endringer", nn="{n} endringar", en="{n} changes")


def _side(label: str | None) -> Message:
    return _UNDATED if label is None else Message.same(safe(label))


def heading(diff: PolicyDiff, lang: Lang = "nb") -> str:
    """The first line (``a.toml -> b.toml: 2 changes.``)."""
    count = len(diff.changes)
    counted = _NONE if count == 0 else _ONE if count == 1 else _MANY.format(n=count)
    return _HEAD.format(old=_side(diff.old_label), new=_side(diff.new_label), count=counted).text(
        check_lang(lang)
    )


def text(diff: PolicyDiff, lang: Lang = "nb") -> str:
    """Return the diff as plain text in ``lang``: a heading, then a line per change."""
    lang = check_lang(lang)
    lines = [heading(diff, lang)]
    width = max((len(change.key) for change in diff.changes), default=0)
    lines.extend(
        f"  {safe(change.key).ljust(width)}  {safe(change.message.text(lang))}"
        for change in diff.changes
    )
    return "\n".join(lines)


def document(diff: PolicyDiff) -> dict[str, object]:
    """The diff as a JSON-ready dict (messages in all three languages)."""
    return {
        "old": diff.old_label,
        "new": diff.new_label,
        "changes": [
            {
                "key": change.key,
                "old": change.old,
                "new": change.new,
                "message": {lang: change.message.text(lang) for lang in LANGUAGES},
            }
            for change in diff.changes
        ],
    }


def to_json(diff: PolicyDiff, *, indent: int | None = 2) -> str:
    """Return the diff as a JSON document: ``{"old", "new", "changes": [...]}``."""
    return json_text(document(diff), indent)


def records(diff: PolicyDiff, lang: Lang = "nb") -> list[dict[str, object]]:
    """Return one flat dict per change: ``key``, ``old``, ``new``, ``message``.

    Raises:
        UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.
    """
    lang = check_lang(lang)
    return [
        {
            "key": change.key,
            "old": change.old,
            "new": change.new,
            "message": change.message.text(lang),
        }
        for change in diff.changes
    ]


def html(diff: PolicyDiff, lang: Lang = "nb") -> str:
    """Return the diff as an HTML fragment in ``lang``, everything escaped."""
    lang = check_lang(lang)
    esc = _html.escape
    items = "".join(
        f"<li><code>{esc(change.key)}</code> {esc(change.message.text(lang))}</li>"
        for change in diff.changes
    )
    listed = f"<ul>{items}</ul>" if items else ""
    return (
        f'<div class="randaberg-some policy-diff"><p>{esc(heading(diff, lang))}</p>{listed}</div>'
    )


def short(diff: PolicyDiff) -> str:
    """A one-line repr: the two sides and the number of changes."""
    return f"<PolicyDiff: {diff.old_label!r} -> {diff.new_label!r}, {len(diff.changes)} changes>"


def dataframe(diff: PolicyDiff, lang: Lang = "nb") -> pandas.DataFrame:
    """The records as a DataFrame of text columns."""
    from ._frames import frame

    return frame(records(diff, lang), ("key", "old", "new", "message"))
