"""What every command shares: the parser, the common options, the streams, the messages.

The parser never exits on its own: a usage error becomes :class:`UsageError` (one line,
status 2), ``--help`` and ``--version`` write through the :class:`Console`. The console is
the only way a command writes: it escapes what the output's encoding cannot carry instead
of failing, and turns a failing or closed stream into :class:`OutputError`.
"""

from __future__ import annotations

import argparse
import codecs
import textwrap
from collections.abc import Callable, Iterable, Sequence
from typing import IO, TYPE_CHECKING, Any, Final, TextIO

from ..errors import RandabergSomeError
from ..messages import LANGUAGES, Lang, Message
from ..platforms import Platform

__all__ = [
    "EXIT_FINDINGS",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_PIPE",
    "EXIT_PROBLEM",
    "LANG_HELP",
    "POLICY_HELP",
    "PROG",
    "Console",
    "Handler",
    "HelpExit",
    "OutputError",
    "Parser",
    "Reported",
    "UsageError",
    "command_parser",
    "common_options",
    "exit_codes",
    "joined",
    "platform_type",
    "problem",
    "requested_lang",
]

PROG: Final = "randaberg-some"

EXIT_OK: Final = 0
EXIT_FINDINGS: Final = 1
EXIT_PROBLEM: Final = 2
EXIT_INTERRUPTED: Final = 130
# 128 + SIGPIPE: what the shell reports for a C program (cat, grep, git) whose reader left.
EXIT_PIPE: Final = 141

_EXIT_CODES: Final = Message(
    nb="""avslutningsstatus:
  0    alt i orden
  1    funn: en feil i kontolisten, enheten er ikke klar, en frist er brutt,
       en kommentar krever handling
  2    et problem med inndata eller omgivelser: en fil som ikke kan leses, feil bruk,
       lukket inndata, lukket eller full utdata
  130  avbrutt (Ctrl-C)
  141  leseren av utdata gikk (| head -1): avslutter stille""",
    nn="""avslutningsstatus:
  0    alt i orden
  1    funn: ein feil i kontolista, eininga er ikkje klar, ein frist er broten,
       ein kommentar krev handling
  2    eit problem med inndata eller omgjevnader: ei fil som ikkje kan lesast, feil bruk,
       lukka inndata, lukka eller full utdata
  130  avbrote (Ctrl-C)
  141  lesaren av utdata gjekk (| head -1): avsluttar stille""",
    en="""exit status:
  0    all well
  1    findings: an error in the inventory, the unit is not ready, a deadline missed,
       a comment to act on
  2    a problem with the input or the environment: a file that cannot be read, wrong
       usage, closed input, closed or full output
  130  interrupted (Ctrl-C)
  141  the reader of the output went away (| head -1): ends quietly""",
)
_USAGE: Final = Message(
    nb="{detail} (se «{prog} --help»)",
    nn="{detail} (sjå «{prog} --help»)",
    en="{detail} (see '{prog} --help')",
)
LANG_HELP: Final = Message(
    nb="språket for meldinger: nb (bokmål), nn (nynorsk) eller en (engelsk)",
    nn="språket for meldingar: nb (bokmål), nn (nynorsk) eller en (engelsk)",
    en="the language of messages: nb (bokmål), nn (nynorsk) or en (English)",
)
_JSON_HELP: Final = Message(
    nb="skriv resultatet som JSON", nn="skriv resultatet som JSON", en="print the result as JSON"
)
POLICY_HELP: Final = Message(
    nb="retningslinjene (TOML-fil) som gjelder; standard: miljøvariabelen "
    "RANDABERG_SOME_POLICY, ellers Randaberg kommunes",
    nn="retningslinene (TOML-fil) som gjeld; standard: miljøvariabelen "
    "RANDABERG_SOME_POLICY, elles Randaberg kommune sine",
    en="the policy (a TOML file) to apply; default: the environment variable "
    "RANDABERG_SOME_POLICY, else Randaberg kommune's",
)
_USAGE_PREFIX: Final = Message(nb="bruk: ", nn="bruk: ", en="usage: ")
_POSITIONALS: Final = Message(nb="argumenter", nn="argument", en="arguments")
_OPTIONALS: Final = Message(nb="valg", nn="val", en="options")
_HELP: Final = Message(
    nb="vis denne hjelpen og avslutt",
    nn="vis denne hjelpa og avslutt",
    en="show this help and exit",
)
_CLOSED_OUT: Final = Message(
    nb="standard utdata er lukket: ingen steder å skrive resultatet",
    nn="standard utdata er lukka: ingen stad å skrive resultatet",
    en="standard output is closed: nowhere to write the result",
)
_CANNOT_WRITE: Final = Message(
    nb="kan ikke skrive til standard utdata: {reason}",
    nn="kan ikkje skrive til standard utdata: {reason}",
    en="cannot write to standard output: {reason}",
)
_CLOSED_IN: Final = Message(
    nb="standard inndata er lukket: ingenting å lese",
    nn="standard inndata er lukka: ingenting å lese",
    en="standard input is closed: nothing to read",
)


def problem(message: Message) -> RandabergSomeError:
    """An error for a person: ``message`` in three languages (``str()`` is the English).

    Examples:
        >>> problem(Message(nb="nei", nn="nei", en="no")).text("nn")
        'nei'
    """
    return RandabergSomeError(message.en, message=message)


def exit_codes(lang: Lang) -> str:
    """The exit codes, for the end of every ``--help``.

    Examples:
        >>> exit_codes("en").splitlines()[1]
        '  0    all well'
    """
    return _EXIT_CODES.text(lang)


def requested_lang(argv: Sequence[str]) -> Lang:
    """The language asked for with ``--lang`` anywhere in ``argv``, else ``"nb"``.

    The parser speaks this language before it has parsed anything (help, usage errors).

    Examples:
        >>> requested_lang(["handle", "x", "--lang=nn"]), requested_lang(["--lang", "de"])
        ('nn', 'nb')
    """
    found: Lang = "nb"
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        value = arg[len("--lang=") :] if arg.startswith("--lang=") else None
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        for lang in LANGUAGES:
            if value == lang:
                found = lang
    return found


def joined(words: Sequence[str]) -> str:
    """A name given as several words on the command line, as one (``Åsen barnehage``).

    Examples:
        >>> joined(["Åsen", "barnehage"])
        'Åsen barnehage'
    """
    return " ".join(words)


class UsageError(Exception):
    """Raised instead of argparse's own exit, so that the command prints one line."""

    def __init__(self, detail: str, prog: str = PROG) -> None:
        super().__init__(detail)
        self.detail = detail
        self.prog = prog

    def text(self, lang: Lang) -> str:
        """The error in ``lang``, with a pointer to ``--help``."""
        return _USAGE.format(detail=self.detail, prog=self.prog).text(lang)


class OutputError(Exception):
    """Standard output is closed or cannot take what is written (a full disk, a bad fd)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.en)
        self.message = message


class Reported(Exception):
    """The problems are already written on standard error: end with ``status``."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class HelpExit(Exception):
    """``--help`` or ``--version`` was printed: end with ``status``."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def _json_escape(error: UnicodeError) -> tuple[str, int]:
    # Only inside JSON strings can a character be unencodable (the syntax is ASCII), and a
    # \u escape of four hex digits is valid there: a lone surrogate stays what it was.
    if not isinstance(error, UnicodeEncodeError):
        raise error
    escaped = []
    for char in error.object[error.start : error.end]:
        code = ord(char)
        if code > 0xFFFF:
            code -= 0x10000
            escaped.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            escaped.append(f"\\u{code:04x}")
    return "".join(escaped), error.end


codecs.register_error("randaberg-some-json", _json_escape)


def _escaped_write(stream: TextIO, text: str, errors: str) -> None:
    """Write ``text``; what the stream's encoding cannot carry is escaped by ``errors``."""
    try:
        stream.write(text)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "utf-8"
        stream.write(text.encode(encoding, errors).decode(encoding))


class Console:
    """The streams of one run, and the language it speaks.

    Attributes:
        lang: The language of messages.
        out: Standard output (``None`` when it is closed).
        err: Standard error (``None`` when it is closed).
        inp: Standard input (``None`` when it is closed).
        failed: Whether writing to ``out`` failed (the caller then stops writing to it).
    """

    def __init__(
        self, out: TextIO | None, err: TextIO | None, inp: TextIO | None, lang: Lang
    ) -> None:
        self.out, self.err, self.inp, self.lang = out, err, inp, lang
        self.failed = False

    def write(self, text: str) -> None:
        """Write ``text``; what the output's encoding cannot carry is shown escaped.

        Raises:
            OutputError: standard output is closed or the write failed.
            BrokenPipeError: the reader went away.
        """
        self._write(text, "backslashreplace")

    def write_json(self, document: str) -> None:
        r"""Write a JSON document and a line end; unencodable characters become ``\\u`` escapes."""
        self._write(document + "\n", "randaberg-some-json")

    def _write(self, text: str, errors: str) -> None:
        out = self.out
        if out is None:
            raise OutputError(_CLOSED_OUT)
        self._guard(lambda: _escaped_write(out, text, errors))

    def flush(self) -> None:
        """Flush standard output (a full disk shows here); see :meth:`write`."""
        if self.out is not None and not self.failed:
            self._guard(self.out.flush)

    def _guard(self, action: Callable[[], object]) -> None:
        try:
            action()
        except BrokenPipeError:
            self.failed = True
            raise
        except (OSError, ValueError) as error:
            self.failed = True
            reason = getattr(error, "strerror", None) or str(error)
            raise OutputError(_CANNOT_WRITE.format(reason=reason)) from error

    def check_out(self) -> None:
        """Raise :class:`OutputError` when standard output is closed."""
        if self.out is None:
            raise OutputError(_CLOSED_OUT)

    def stdin(self) -> TextIO:
        """Standard input as text (what prompts read).

        Raises:
            RandabergSomeError: standard input is closed.
        """
        if self.inp is None:
            raise problem(_CLOSED_IN)
        return self.inp

    def stdin_bytes(self) -> IO[bytes] | TextIO:
        """Standard input as bytes where it has them (a file argument ``-``).

        Raises:
            RandabergSomeError: standard input is closed.
        """
        inp = self.stdin()
        buffer: IO[bytes] | None = getattr(inp, "buffer", None)
        return inp if buffer is None else buffer

    def error(self, text: str) -> None:
        """Write ``randaberg-some: error: text`` as one line on standard error, if it can."""
        line = f"{PROG}: error: " + " ".join(text.split("\n")) + "\n"
        self.note(line)

    def note(self, line: str) -> None:
        """Write ``line`` on standard error; a closed or failing stderr is left silent."""
        err = self.err
        if err is None:
            return
        try:
            _escaped_write(err, line, "backslashreplace")
            err.flush()
        except (OSError, ValueError):
            pass


# argparse's own messages (Python 3.10-3.13), in the three languages; the values they name
# (an option, a choice) are kept as argparse writes them.
_ARGPARSE: Final = (
    (
        r"the following arguments are required: (?P<names>.+)",
        Message(
            nb="disse argumentene mangler: {names}",
            nn="desse argumenta manglar: {names}",
            en="the following arguments are required: {names}",
        ),
    ),
    (
        r"unrecognized arguments: (?P<names>.+)",
        Message(
            nb="ukjente argumenter: {names}",
            nn="ukjende argument: {names}",
            en="unrecognized arguments: {names}",
        ),
    ),
    (
        r"invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)",
        Message(
            nb="ugyldig valg: {value} (velg blant {choices})",
            nn="ugyldig val: {value} (vel mellom {choices})",
            en="invalid choice: {value} (choose from {choices})",
        ),
    ),
    (
        r"expected one argument",
        Message(nb="venter ett argument", nn="ventar eitt argument", en="expected one argument"),
    ),
    (
        r"ambiguous option: (?P<option>\S+) could match (?P<choices>.+)",
        Message(
            nb="flertydig valg: {option} kan være {choices}",
            nn="fleirtydig val: {option} kan vere {choices}",
            en="ambiguous option: {option} could match {choices}",
        ),
    ),
)
_ARGUMENT: Final = Message(
    nb="argumentet {name}: {detail}",
    nn="argumentet {name}: {detail}",
    en="argument {name}: {detail}",
)


def argparse_message(message: str, lang: Lang) -> str:
    """Argparse's message ``message`` in ``lang``, where it is one of those argparse writes.

    A message of the library's own (an unknown platform) is already in ``lang`` and stays.

    Examples:
        >>> argparse_message("argument FILE: expected one argument", "nn")
        'argumentet FILE: ventar eitt argument'
        >>> argparse_message("unrecognized arguments: --bogus", "nb")
        'ukjente argumenter: --bogus'
    """
    import re

    name, detail = None, message
    argument = re.fullmatch(r"argument (?P<name>[^:]+): (?P<detail>.*)", message, re.DOTALL)
    if argument is not None:
        name, detail = argument["name"], argument["detail"]
    for pattern, template in _ARGPARSE:
        found = re.fullmatch(pattern, detail, re.DOTALL)
        if found is not None:
            detail = template.format(**found.groupdict()).text(lang)
            break
    if name is None:
        return detail
    return _ARGUMENT.format(name=name, detail=detail).text(lang)


class Parser(argparse.ArgumentParser):
    """An argument parser that raises instead of exiting and prints through a console.

    Its help is in the console's language: the headings, ``-h``, and the description
    wrapped to 78 columns (the exit codes in the epilog keep their lines).
    """

    def __init__(self, *args: Any, console: Console, **kwargs: Any) -> None:
        lang = console.lang
        with_help = kwargs.pop("add_help", True)
        description = kwargs.pop("description", None)
        if description:
            kwargs["description"] = textwrap.fill(description, width=78)
        parents: Sequence[argparse.ArgumentParser] = kwargs.pop("parents", ())
        kwargs.setdefault("formatter_class", _formatter(lang))
        kwargs["add_help"] = False  # its own -h below, in the console's language
        super().__init__(*args, **kwargs)
        self.console = console
        # The headings first, so that the parents' options join this parser's own.
        self._positionals.title = _POSITIONALS.text(lang)
        self._optionals.title = _OPTIONALS.text(lang)
        if with_help:
            self.add_argument("-h", "--help", action="help", help=_HELP.text(lang))
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def error(self, message: str) -> Any:  # argparse's is NoReturn
        raise UsageError(argparse_message(message, self.console.lang), self.prog)

    def exit(self, status: int = 0, message: str | None = None) -> Any:
        if message:
            self.console.note(message)
        raise HelpExit(status)

    def _print_message(self, message: str, file: object = None) -> None:
        if message:
            self.console.write(message)


def _formatter(lang: Lang) -> type[argparse.HelpFormatter]:
    class Formatter(argparse.RawDescriptionHelpFormatter):
        def add_usage(
            self,
            usage: str | None,
            actions: Iterable[argparse.Action],
            groups: Iterable[argparse._MutuallyExclusiveGroup],
            prefix: str | None = None,
        ) -> None:
            # argparse asks with prefix "" for a sub-command's name: keep that.
            heading = _USAGE_PREFIX.text(lang) if prefix is None else prefix
            super().add_usage(usage, actions, groups, heading)

    return Formatter


Handler = Callable[[argparse.Namespace, Console], int]


def common_options(console: Console) -> Parser:
    """The parent parser of every command: ``--lang``, ``--json`` and ``--policy``."""
    lang = console.lang
    common = Parser(add_help=False, console=console)
    common.add_argument("--lang", choices=LANGUAGES, default="nb", help=LANG_HELP.text(lang))
    common.add_argument("--json", action="store_true", help=_JSON_HELP.text(lang))
    common.add_argument("--policy", metavar="FILE", help=POLICY_HELP.text(lang))
    return common


def command_parser(
    commands: Commands,
    name: str,
    *,
    help: Message,
    description: Message,
    common: Parser,
    console: Console,
) -> Parser:
    """Add the sub-command ``name``, with its help in the console's language.

    It gets the common options, and the exit codes at the end of its ``--help``. Each command
    module's ``add_command(commands, common, console)`` calls it with the same three values.

    Args:
        commands: The sub-commands of the ``randaberg-some`` parser.
        name: The command's name.
        help: The one line that ``randaberg-some --help`` shows for it.
        description: What ``randaberg-some NAME --help`` says first.
        common: The parent parser with the options of every command.
        console: The run's streams and language (the help is in its language).
    """
    lang = console.lang
    parser: Parser = commands.add_parser(
        name,
        help=help.text(lang),
        description=description.text(lang),
        epilog=exit_codes(lang),
        parents=[common],
        console=console,
    )
    return parser


def platform_type(lang: Lang) -> Callable[[str], Platform]:
    """The type of a platform argument: an unknown platform is a usage error in ``lang``."""

    def platform(value: str) -> Platform:
        try:
            return Platform(value)
        except RandabergSomeError as error:
            raise argparse.ArgumentTypeError(error.text(lang)) from error

    return platform


if TYPE_CHECKING:
    from typing import TypeAlias

    # The object that add_parser is called on.
    Commands: TypeAlias = argparse._SubParsersAction[Parser]
