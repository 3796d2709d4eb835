r"""The line of every key of a TOML file, for the problems of a policy file.

``tomllib`` (and ``tomli``) give the parsed document but no positions, and a problem that
says "version[2].rules.N999" without a line leaves a person searching. This is a small
scanner, written for that one purpose: it does not parse values, it only follows the
structure. It reads table headers (``[a.b]``), array-of-tables headers (``[[version]]``,
``[[version.platforms]]``, each counted so that the third one is index 2) and ``key =``
lines with bare, quoted and dotted keys, and it steps over values that span lines
(multi-line strings, arrays and inline tables) so that what is inside them is never taken
for a key. Keys inside an inline table or a multi-line array are not located: the caller
falls back to the line of the key that holds them.

It runs only after ``tomllib`` has accepted the file, so it may assume valid TOML.

Examples:
    >>> lines = TomlLines('schema = 1\n[[version]]\n[version.rules]\nN206 = "off"\n'
    ...                   '[[version]]\neffective = 2025-01-01\n')
    >>> lines(("version", 0, "rules", "N206")), lines(("version", 1, "effective"))
    (4, 6)
"""

from __future__ import annotations

import json
import re
from typing import Final

__all__ = ["TomlLines"]

Path = tuple[str | int, ...]

_BARE: Final = re.compile(r"[A-Za-z0-9_-]+")


def _string_end(text: str, start: int) -> int:
    """The index after the one-line string that begins at ``start`` (its quote)."""
    quote = text[start]
    pos = start + 1
    while pos < len(text):
        char = text[pos]
        if char == "\\" and quote == '"':
            pos += 2
            continue
        if char == quote:
            return pos + 1
        pos += 1
    return len(text)


def _keys(text: str, pos: int) -> tuple[list[str], int] | None:
    """The dotted key that begins at ``pos``, and the index after it; ``None`` if none."""
    keys: list[str] = []
    while True:
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        if pos >= len(text):
            return None
        char = text[pos]
        if char in "\"'":
            end = _string_end(text, pos)
            raw = text[pos:end]
            if char == "'":
                keys.append(raw[1:-1])
            else:
                try:
                    keys.append(str(json.loads(raw)))
                except ValueError:
                    keys.append(raw[1:-1])
            pos = end
        else:
            match = _BARE.match(text, pos)
            if match is None:
                return None
            keys.append(match.group())
            pos = match.end()
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        if pos < len(text) and text[pos] == ".":
            pos += 1
            continue
        return keys, pos


class TomlLines:
    """The 1-based line of each key path of a TOML text (0-based array indexes).

    Call it with a key path; it answers the line of the key, or of the table header, or
    ``None`` where the path is not in the file as a key or header. The empty path (the
    whole file) is line 1.
    """

    def __init__(self, text: str) -> None:
        self._found: dict[Path, int] = {}
        self._arrays: dict[Path, int] = {}
        self._lines = [line.removesuffix("\r") for line in text.split("\n")]
        self._scan()

    def __call__(self, path: Path) -> int | None:
        if not path:
            return 1
        return self._found.get(path)

    def _resolve(self, keys: list[str]) -> Path:
        """A header's keys as a path: each array of tables on the way is at its last element."""
        path: Path = ()
        for key in keys:
            path = (*path, key)
            count = self._arrays.get(path)
            if count:
                path = (*path, count - 1)
        return path

    def _record(self, path: Path, line: int) -> None:
        for end in range(1, len(path) + 1):
            self._found.setdefault(path[:end], line)

    def _scan(self) -> None:
        current: Path = ()
        index = 0
        lines = self._lines
        while index < len(lines):
            text = lines[index]
            number = index + 1
            start = len(text) - len(text.lstrip(" \t"))
            if start >= len(text) or text[start] == "#":
                index += 1
                continue
            if text.startswith("[[", start):
                found = _keys(text, start + 2)
                if found:
                    keys = found[0]
                    array = (*self._resolve(keys[:-1]), keys[-1])
                    self._arrays[array] = self._arrays.get(array, 0) + 1
                    current = (*array, self._arrays[array] - 1)
                    self._record(current, number)
            elif text[start] == "[":
                found = _keys(text, start + 1)
                if found:
                    current = self._resolve(found[0])
                    self._record(current, number)
            else:
                found = _keys(text, start)
                if found and found[1] < len(text) and text[found[1]] == "=":
                    self._record((*current, *found[0]), number)
                    index = self._value_end(index, found[1] + 1)
            index += 1

    def _value_end(self, index: int, pos: int) -> int:
        """The index of the last line of the value that begins at ``pos`` on line ``index``."""
        lines = self._lines
        text = lines[index]
        depth = 0
        while True:
            while pos < len(text):
                char = text[pos]
                if text.startswith(('"""', "'''"), pos):
                    index, text, pos = self._multiline_end(index, pos + 3, text[pos : pos + 3])
                    if index >= len(lines):
                        return index
                    continue
                if char in "\"'":
                    pos = _string_end(text, pos)
                    continue
                if char == "#":
                    break
                if char in "[{":
                    depth += 1
                elif char in "]}":
                    depth -= 1
                pos += 1
            if depth <= 0 or index + 1 >= len(lines):
                return index
            index += 1
            text, pos = lines[index], 0

    def _multiline_end(self, index: int, pos: int, quote: str) -> tuple[int, str, int]:
        """Where a multi-line string that began before ``pos`` ends: line, its text, index."""
        lines = self._lines
        text = lines[index]
        while True:
            while pos < len(text):
                if quote[0] == '"' and text[pos] == "\\":
                    pos += 2
                    continue
                if text.startswith(quote, pos):
                    pos += 3
                    while pos < len(text) and text[pos] == quote[0]:
                        pos += 1  # up to two quotes may end the string's content
                    return index, text, pos
                pos += 1
            index += 1
            if index >= len(lines):
                return index, "", 0
            text, pos = lines[index], 0
