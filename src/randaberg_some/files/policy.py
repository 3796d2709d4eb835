"""Policy files: a kommune's guideline, written down in TOML, read into a :class:`Policy`.

The schema (every key, its default, how versions inherit) is on the docs page "The policy
file"; the reading itself is the core's (:mod:`randaberg_some._policy_schema`). This module
opens the file (through the files layer's one opener), decodes it as UTF-8 (a byte order
mark is accepted; nothing else is guessed: a policy is written once, by hand, and a wrong
guess would change a name), parses it with ``tomllib`` (``tomli`` on Python 3.10) and finds
the line of every key, so that each problem names its line.

Examples:
    >>> import io
    >>> policy = load_policy(io.StringIO('''
    ... schema = 1
    ... [[version]]
    ... [version.organisation]
    ... name = "Hå kommune"
    ... domain = "ha.kommune.no"
    ... '''))
    >>> policy.organisation.name
    'Hå kommune'
"""

from __future__ import annotations

import codecs
import re
import sys
from typing import Final

from .._policy_problems import NOT_TOML, NOT_UTF8, policy_error
from .._policy_schema import read_policy
from ..errors import InvalidFileError, PolicyFileError  # noqa: F401 (the doctest)
from ..policy import Policy, PolicyProblem
from ._source import Source, open_source
from ._toml_lines import TomlLines

__all__ = ["load_policy"]

_FILE_KEY: Final = "(file)"
"""The key of a problem with the file as a whole (its encoding, its TOML syntax)."""
_AT_LINE: Final = re.compile(r"\bline (\d+)")


def _decode(data: bytes, where: str) -> str:
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        byte = data[error.start : error.start + 1].hex().upper()
        problem = PolicyProblem(
            line=line, key=_FILE_KEY, message=NOT_UTF8.format(byte=byte, line=line)
        )
        raise policy_error([problem], where) from error


def _parse(text: str, where: str) -> dict[str, object]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        lineno = getattr(error, "lineno", None)
        reason = getattr(error, "msg", None) or str(error)
        if not isinstance(lineno, int):
            found = _AT_LINE.search(str(error))
            lineno = int(found.group(1)) if found else None
        reason = re.sub(r"\s*\(at [^)]*\)$", "", reason)
        problem = PolicyProblem(line=lineno, key=_FILE_KEY, message=NOT_TOML.format(reason=reason))
        raise policy_error([problem], where) from error
    except (ValueError, RecursionError) as error:  # a huge number, nesting too deep
        problem = PolicyProblem(
            line=None, key=_FILE_KEY, message=NOT_TOML.format(reason=type(error).__name__)
        )
        raise policy_error([problem], where) from error


def load_policy(source: Source) -> Policy:
    r"""Load a policy file: a kommune's guideline, in one or more dated versions.

    Args:
        source: A path (``str`` or ``PathLike``), ``"-"`` for standard input, or an open
            file (binary, or text already decoded). Bytes are not taken as the file's
            content (a ``bytes`` path would be ambiguous): wrap them in ``io.BytesIO``.

    Returns:
        The policy, its versions in date order.

    Raises:
        InvalidFileError: the file cannot be opened or read (missing, a folder, no
            permission), with the reason in three languages.
        PolicyFileError: the file is not UTF-8, not TOML, or breaks the schema; every
            problem is in its ``problems``, each with its line and key.

    Examples:
        >>> import io
        >>> try:
        ...     load_policy(io.BytesIO(b'schema = 1\n[[version]]\n[version.rules]\nN999 = "off"\n'))
        ... except PolicyFileError as error:
        ...     for problem in error.problems:
        ...         print(problem.text("en"))
        line 2, version[1].organisation: The key organisation is missing; it is required.
        line 4, version[1].rules.N999: There is no rule with the code "N999".
    """
    opened = open_source(source, error=InvalidFileError)
    try:
        if opened.head(4) is None:  # a text stream: decoded by its owner
            text = "".join(opened.lines())
        else:
            text = _decode(opened.read_bytes(), opened.name)
    finally:
        opened.close()
    document = _parse(text, opened.name)
    return read_policy(document, TomlLines(text), where=opened.name)
