"""A :class:`~randaberg_some.Policy` written as a policy file: TOML, for this schema only.

A small writer, not a general one: it writes the document of
:func:`randaberg_some._policy_document.policy_document` (tables of str, int, bool, date,
time and lists of them), in the order of the schema, each section under a comment that
says what it decides and which statements of the guideline it serves. The output is
deterministic (the same policy gives the same bytes) and reads back equal with
``load_policy``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, time
from typing import Final

from .._policy_document import policy_document
from .._policy_schema import SECTIONS
from ..policy import Policy

__all__ = ["toml"]

_WIDTH: Final = 92
_COMMENTS: Final = {
    "organisation": "# The organisation (G12: names build on its domain; G7: units write to the "
    "communications address).",
    "channels": "# Where residents send case matters; the moderators' replies point here.\n"
    "# unverified: channels still to be checked against the organisation's own pages.",
    "platforms": "# The platforms (G1), which are actively promoted (G2), and which are run "
    "by a unit\n# outside the organisation (G3). source: the statements that say so.",
    "naming": "# Names and handles (G12-G14): the separator of a handle, the display-name "
    "templates,\n# and the words left out when a name must be shortened.",
    "working_day": "# The working day (G6.5): when it ends, and the closure days besides "
    "weekends and\n# public holidays.",
    "rules": '# Departures from the rule catalogue: "off", "error", "warning" or "info".',
    "lifecycle": "# Days between two reviews of an account, and days without a post before an "
    "active\n# account counts as dormant.",
}
_ESCAPES: Final = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n"}
_ESCAPES.update({"\f": "\\f", "\r": "\\r"})


def _string(value: str) -> str:
    out = []
    for char in value:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F or 0xD800 <= ord(char) <= 0xDFFF:
            out.append(f"\\u{ord(char):04X}" if not 0xD800 <= ord(char) <= 0xDFFF else "\ufffd")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, Sequence):
        items = [_value(item) for item in value]
        return "[" + ", ".join(items) + "]"
    raise TypeError(f"no TOML for {value!r}")  # pragma: no cover - the document has none


def _key_value(key: str, value: object) -> list[str]:
    line = f"{key} = {_value(value)}"
    if len(line) <= _WIDTH or not isinstance(value, Sequence) or isinstance(value, str):
        return [line]
    rows = [f"{key} = ["]
    for item in value:
        written = _value(item) + ","
        if len(rows) > 1 and len(rows[-1]) + 1 + len(written) <= _WIDTH:
            rows[-1] += " " + written
        else:
            rows.append("    " + written)
    return [*rows, "]"]


def _table(header: str, table: Mapping[str, object]) -> list[str]:
    lines = [header]
    for key, value in table.items():
        lines.extend(_key_value(key, value))
    return lines


def toml(policy: Policy) -> str:
    """``policy`` as the text of a policy file.

    Examples:
        >>> from randaberg_some.policy import RANDABERG_POLICY
        >>> text = toml(RANDABERG_POLICY)
        >>> print(text.splitlines()[2])
        schema = 1
    """
    document = policy_document(policy)
    versions = document["version"]
    assert isinstance(versions, list)
    lines = [
        f"# The guideline of {policy.organisation.name}, as a policy file (randaberg-some).",
        "",
        f"schema = {document['schema']}",
    ]
    for number, version in enumerate(versions, start=1):
        lines += ["", f"# Version {number} of {len(versions)}."]
        lines.append("[[version]]")
        for key in ("effective", "source"):
            if key in version:
                lines.extend(_key_value(key, version[key]))
        if version.get("platforms") == []:
            lines.append("platforms = []")
        for name in SECTIONS:
            if name not in version:
                continue
            section = version[name]
            if name == "platforms":
                if not section:
                    continue
                lines += ["", _COMMENTS[name]]
                for entry in section:
                    lines += [*_table("[[version.platforms]]", entry), ""]
                lines.pop()
            else:
                lines += ["", _COMMENTS[name], *_table(f"[version.{name}]", section)]
    return "\n".join(lines) + "\n"
