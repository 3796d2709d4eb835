"""The one door for every file the library reads: paths, streams and standard input.

:func:`open_source` turns what a caller hands a loader into an :class:`Opened` value: the
file's name, an iterator of its text lines, the encoding it was read in and the notices
about it. Every loader (inventories, response logs, checklists) reads through it, so that
all of them accept the same sources and decode the same way:

- a path (``str`` or :class:`os.PathLike`): opened here in binary mode and closed here,
  when the loader is done or fails;
- ``"-"``: standard input, read as bytes (``sys.stdin.buffer``) through the same decoding
  as a file, and never closed (it is the process's, not the loader's); a file named ``-``
  is ``"./-"``;
- a binary stream (``open(path, "rb")``, ``io.BytesIO``): decoded here, read from where it
  stands, and left open: the caller closes it;
- a text stream (``open(path, encoding=...)``, ``io.StringIO``): already decoded by the
  caller, read as it is, and left open.

Bytes are decoded as UTF-8 with or without a byte order mark, as UTF-16 with a byte order
mark (Excel's "Unicode text"), or, where they are not valid UTF-8 and no valid UTF-8
multibyte sequence came before, as Windows-1252 (Excel's "CSV (semikolondelt)" on a
Norwegian Windows machine), which is reported as a notice with the code
``"encoding-assumed"``. Decoding is incremental, a block at a time, so that a reader that
streams its rows keeps its memory flat.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import sys
from collections.abc import Iterator
from typing import IO, Final

from .._text import shown
from ..errors import InvalidFileError
from ..messages import Message
from ..rows import Notice

__all__ = ["ENCODING_ASSUMED", "Opened", "Source", "open_source", "shown_path"]

Source = str | os.PathLike[str] | IO[str] | IO[bytes]
"""What a loader reads: a path, ``"-"`` for standard input, or an open file."""

ENCODING_ASSUMED: Final = "encoding-assumed"
"""The code of the notice that says Windows-1252 was assumed."""

_BLOCK: Final = 1 << 16
_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)


def shown_path(name: object) -> str:
    """A file's name for a message: whole, as the person typed it, unless it is absurdly long."""
    return shown(name, limit=240)


_SAVE_AS: Final = Message(
    nb="Lagre filen på nytt i Excel med «Lagre som» og filtypen «CSV UTF-8 (kommadelt)».",
    nn="Lagre fila på nytt i Excel med «Lagre som» og filtypen «CSV UTF-8 (kommadelt)».",
    en='Save the file again in Excel with "Save As" and the type "CSV UTF-8 (Comma delimited)".',
)
_ASSUMED: Final = Message(
    nb="{where} er ikke UTF-8; tegnene er lest som Windows-1252, slik Excel på norsk "
    "Windows lagrer «CSV (semikolondelt)». Kontroller æ, ø og å. ",
    nn="{where} er ikkje UTF-8; teikna er lesne som Windows-1252, slik Excel på norsk "
    "Windows lagrar «CSV (semikolondelt)». Kontroller æ, ø og å. ",
    en="{where} is not UTF-8; its characters were read as Windows-1252, as Excel on "
    'Norwegian Windows saves "CSV (semikolondelt)". Check æ, ø and å. ',
)


class Opened:
    """A source opened for reading: its name, its lines, its encoding, its notices.

    Iterate :meth:`lines` for the text: whole lines, one or a block of them at a time
    (line ends kept; a line may be longer than one block). Call
    :meth:`close` when done: it closes the file only where :func:`open_source` opened it.

    Attributes:
        name: The file's name, ``"-"`` for standard input, or ``"<stream>"``.
        encoding: The encoding the text is read in (``"utf-8"``, ``"utf-8-sig"``,
            ``"utf-16-le"``, ``"utf-16-be"``, ``"cp1252"``), or the text stream's own
            encoding where the caller decoded it (``None`` when unknown).
        notices: What the reader should know about the file (an assumed encoding).
        file: The file object read from (the caller's, or the one opened here).
    """

    def __init__(
        self,
        name: str,
        file: IO[str] | IO[bytes] | None,
        *,
        owned: bool,
        error: type[InvalidFileError],
    ) -> None:
        self.name = name
        self.file = file
        self.encoding: str | None = None
        self.notices: list[Notice] = []
        self._owned = owned
        self._error = error
        self._lines_read = 0
        self._head = b""  # bytes read ahead by head(), given back first

    def fail(self, text: str, message: Message) -> InvalidFileError:
        """The loader's error (``InvalidFileError`` or ``InventoryError``) about this file."""
        return self._error(text, message=message)

    def cannot_read(self, error: BaseException) -> InvalidFileError:
        """The error for an ``OSError`` (or a closed file) met while reading."""
        reason = str(error) or type(error).__name__
        return self.fail(
            f"cannot read {self.name!r}: {reason}",
            Message(
                nb="Kan ikke lese {where}: {reason}",
                nn="Kan ikkje lese {where}: {reason}",
                en="Cannot read {where}: {reason}",
            ).format(where=shown_path(self.name), reason=reason),
        )

    def lines(self) -> Iterator[str]:
        """The text, a line or a block of whole lines at a time (line ends kept)."""
        file = self.file
        if file is None:
            return iter(())
        try:
            probe = file.read(0)
        except (OSError, ValueError) as error:  # ValueError: a closed file
            raise self.cannot_read(error) from error
        if isinstance(probe, str):
            self.encoding = getattr(file, "encoding", None)
            return self._text_lines(file)  # type: ignore[arg-type]
        if isinstance(probe, bytes):
            return self._decoded_lines(file)  # type: ignore[arg-type]
        raise self.fail(
            f"{self.name}: reading gave neither text nor bytes (got {shown(probe)})",
            Message(
                nb="{where} gir verken tekst eller byte.",
                nn="{where} gir verken tekst eller byte.",
                en="{where} gives neither text nor bytes.",
            ).format(where=shown_path(self.name)),
        )

    def head(self, size: int) -> bytes | None:
        """The first ``size`` bytes (fewer at the end) of a binary source; ``None`` for text.

        The bytes are not lost: :meth:`lines` and :meth:`read_bytes` begin with them.
        """
        file = self.file
        if file is None:
            return None
        try:
            probe = file.read(0)
        except (OSError, ValueError) as error:
            raise self.cannot_read(error) from error
        if not isinstance(probe, bytes):
            return None
        while len(self._head) < size:
            more = self._read_file(file)  # type: ignore[arg-type]
            if not more:
                break
            self._head += more
        return self._head[:size]

    def read_bytes(self) -> bytes:
        """The whole (rest of the) binary source, for a reader that needs it at once."""
        file = self.file
        parts = [self._head]
        self._head = b""
        while file is not None and (block := self._read(file)):  # type: ignore[arg-type]
            parts.append(block)
        return b"".join(parts)

    def _text_lines(self, file: IO[str]) -> Iterator[str]:
        readline = file.readline
        while True:
            try:
                line = readline()
            except (OSError, ValueError) as error:
                raise self.cannot_read(error) from error
            if not isinstance(line, str):
                raise self.cannot_read(TypeError(f"readline gave {shown(line)}"))
            if not line:
                return
            if self._lines_read == 0:
                line = line.removeprefix("\ufeff")
            self._lines_read += 1
            yield line

    def _read(self, file: IO[bytes]) -> bytes:
        if self._head:
            head, self._head = self._head, b""
            return head
        return self._read_file(file)

    def _read_file(self, file: IO[bytes]) -> bytes:
        try:
            block: object = file.read(_BLOCK)
        except (OSError, ValueError) as error:
            raise self.cannot_read(error) from error
        if block is None:  # a non-blocking stream with nothing yet: read as the end
            return b""
        if not isinstance(block, bytes):
            raise self.cannot_read(TypeError(f"read gave {shown(block)}"))
        return block

    def _decoded_lines(self, file: IO[bytes]) -> Iterator[str]:
        block = self._read(file)
        while len(block) < 4:  # enough for any byte order mark
            more = self._read(file)
            if not more:
                break
            block += more
        encoding = "utf-8"
        for bom, name, codec in _BOMS:
            if block.startswith(bom):
                encoding, block = name, block[len(bom) :]
                decoder = codecs.getincrementaldecoder(codec)()
                break
        else:
            if b"\x00" in block:
                raise self._utf16_without_bom()
            decoder = codecs.getincrementaldecoder("utf-8")()
        self.encoding = encoding
        tentative = encoding == "utf-8"  # may still turn out to be Windows-1252
        newlines = 0
        carry = ""
        while True:
            final = not block
            try:
                text = decoder.decode(block, final)
            except UnicodeDecodeError as error:
                done = error.object[: error.start]
                line = newlines + _decode_prefix(done, encoding).count("\n") + 1
                if not tentative or not done.isascii():
                    raise self._undecodable(error, line) from error
                try:
                    text = bytes(error.object).decode("cp1252")
                except UnicodeDecodeError as cp1252_error:
                    raise self._undecodable(cp1252_error, line) from cp1252_error
                decoder = codecs.getincrementaldecoder("cp1252")()
                encoding = self.encoding = "cp1252"
                tentative = False
                self.notices.append(
                    Notice(
                        code=ENCODING_ASSUMED,
                        message=_ASSUMED.format(where=shown_path(self.name)) + _SAVE_AS,
                    )
                )
            if tentative and not text.isascii():
                tentative = False  # valid UTF-8 beyond ASCII: UTF-8 it is
            if "\x00" in text and encoding in ("utf-8", "cp1252"):
                raise self._utf16_without_bom()
            newlines += text.count("\n")
            if carry:
                text = carry + text
            cut = text.rfind("\n") + 1
            carry = text[cut:]
            if cut:
                yield text[:cut]
            if final:
                if carry:
                    yield carry
                return
            block = self._read(file)

    def _utf16_without_bom(self) -> InvalidFileError:
        return self.fail(
            f"{self.name}: the file has NUL bytes: UTF-16 text without a byte order mark, or "
            f"not a text file",
            Message(
                nb="{where} har NUL-byte: det er UTF-16-tekst uten byte order mark, eller ikke "
                "en tekstfil. ",
                nn="{where} har NUL-byte: det er UTF-16-tekst utan byte order mark, eller ikkje "
                "ei tekstfil. ",
                en="{where} has NUL bytes: it is UTF-16 text without a byte order mark, or not "
                "a text file. ",
            ).format(where=shown_path(self.name))
            + _SAVE_AS,
        )

    def _undecodable(self, error: UnicodeDecodeError, line: int) -> InvalidFileError:
        byte = bytes(error.object[error.start : error.start + 1])
        return self.fail(
            f"{self.name}: not UTF-8, UTF-16 or Windows-1252 text: the byte {byte!r} on line "
            f"{line} cannot be read",
            Message(
                nb="{where} er verken UTF-8, UTF-16 eller Windows-1252: byten {byte} på linje "
                "{line} kan ikke leses. ",
                nn="{where} er verken UTF-8, UTF-16 eller Windows-1252: byten {byte} på linje "
                "{line} kan ikkje lesast. ",
                en="{where} is not UTF-8, UTF-16 or Windows-1252 text: the byte {byte} on line "
                "{line} cannot be read. ",
            ).format(where=shown_path(self.name), byte=byte.hex(" ").upper(), line=line)
            + _SAVE_AS,
        )

    def close(self) -> None:
        """Close the file where :func:`open_source` opened it; leave a caller's file open."""
        file, self.file = self.file, None
        if file is not None and self._owned:
            with contextlib.suppress(OSError):  # nothing was written: nothing is lost
                file.close()

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` has been called."""
        return self.file is None


# Why a path cannot be opened, for the commonest reasons; others keep the system's words.
_REASONS: Final[dict[type[BaseException], Message]] = {
    FileNotFoundError: Message(
        nb="filen finnes ikke", nn="fila finst ikkje", en="the file does not exist"
    ),
    IsADirectoryError: Message(nb="det er en mappe", nn="det er ei mappe", en="it is a folder"),
    PermissionError: Message(
        nb="du har ikke tilgang til filen",
        nn="du har ikkje tilgang til fila",
        en="you have no permission to read it",
    ),
    ValueError: Message(
        nb="filstien har tegn som ikke kan brukes i en filsti",
        nn="filstien har teikn som ikkje kan brukast i ein filsti",
        en="the path has characters that cannot be used in a path",
    ),
    UnicodeEncodeError: Message(
        nb="filstien har tegn som ikke kan brukes i en filsti",
        nn="filstien har teikn som ikkje kan brukast i ein filsti",
        en="the path has characters that cannot be used in a path",
    ),
}


def _decode_prefix(data: bytes, encoding: str) -> str:
    return data.decode("utf-16-le" if encoding.startswith("utf-16") else "utf-8", "replace")


def _name(source: object) -> str:
    name = getattr(source, "name", None)
    return name if isinstance(name, str) and name else "<stream>"


def open_source(source: object, *, error: type[InvalidFileError] = InvalidFileError) -> Opened:
    r"""Open ``source`` for reading; see the module's description for what is accepted.

    Args:
        source: A path (``str`` or ``PathLike``), ``"-"`` for standard input, or an open
            file in text or binary mode.
        error: The error to raise: :class:`InvalidFileError` or a subclass of it.

    Returns:
        The opened source; read its :meth:`Opened.lines`, then :meth:`Opened.close` it.

    Raises:
        InvalidFileError: (or ``error``) the path cannot be opened (missing, a directory,
            no permission, a NUL or a lone surrogate in it), standard input is closed, or
            ``source`` is neither a path nor an open file.

    Examples:
        >>> import io
        >>> opened = open_source(io.BytesIO("navn\nBø\n".encode("cp1252")))
        >>> "".join(opened.lines()), opened.encoding, [n.code for n in opened.notices]
        ('navn\nBø\n', 'cp1252', ['encoding-assumed'])
    """
    if isinstance(source, str) and source == "-":
        stdin = sys.stdin
        buffer = getattr(stdin, "buffer", None)
        file: object = buffer if buffer is not None else stdin
        if file is None or getattr(file, "closed", False):
            raise error(
                "cannot read '-': standard input is closed",
                message=Message(
                    nb="Kan ikke lese standard inn: den er lukket.",
                    nn="Kan ikkje lese standard inn: han er lukka.",
                    en="Cannot read standard input: it is closed.",
                ),
            )
        return Opened("-", file, owned=False, error=error)  # type: ignore[arg-type]
    if isinstance(source, (str, os.PathLike)):
        try:
            path = os.fspath(source)
            where = path if isinstance(path, str) else os.fsdecode(path)
        except (TypeError, ValueError) as problem:
            where, path = shown(source), None
            reason: str = str(problem)
        said: Message | None = _REASONS[ValueError]
        if path is not None:
            try:
                return Opened(where, open(path, "rb"), owned=True, error=error)
            except (OSError, ValueError) as problem:  # ValueError: a NUL or lone surrogate
                strerror = problem.strerror if isinstance(problem, OSError) else None
                reason = strerror or str(problem) or type(problem).__name__
                said = _REASONS.get(type(problem))
        where_shown = shown_path(where)
        raise error(
            f"cannot read {where!r}: {reason}",
            message=Message(
                nb="Kan ikke lese {where}: {reason}",
                nn="Kan ikkje lese {where}: {reason}",
                en="Cannot read {where}: {reason}",
            ).format(where=where_shown, reason=said or Message.same(reason)),
        )
    if not callable(getattr(source, "read", None)):
        raise error(
            f"'source' must be a path or an open file (got {shown(source)})",
            message=Message(
                nb="Kilden må være en filsti eller en åpen fil (fikk {got}).",
                nn="Kjelda må vere ein filsti eller ei open fil (fekk {got}).",
                en="The source must be a path or an open file (got {got}).",
            ).format(got=shown(source)),
        )
    if getattr(source, "closed", False) is True:
        raise error(
            f"cannot read {_name(source)!r}: the file is closed",
            message=Message(
                nb="Kan ikke lese {where}: filen er lukket.",
                nn="Kan ikkje lese {where}: fila er lukka.",
                en="Cannot read {where}: the file is closed.",
            ).format(where=shown_path(_name(source))),
        )
    return Opened(_name(source), source, owned=False, error=error)  # type: ignore[arg-type]
