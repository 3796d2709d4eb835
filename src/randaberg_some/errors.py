"""The library's errors: one root, a few precise subclasses.

Errors are for input that cannot be interpreted at all. Data that merely breaks the guideline
is reported as :class:`~randaberg_some.Violation` values, never raised.

Every error is a :class:`ValueError`, so ``except ValueError`` also works for callers who do
not want to import this module.

Examples:
    >>> from randaberg_some import suggest_handle, RandabergSomeError
    >>> try:
    ...     suggest_handle("🎉🎉")
    ... except RandabergSomeError as error:
    ...     print(error)
    unit name has nothing usable for a handle: no letters or digits are left (got '🎉🎉')
"""

from __future__ import annotations

__all__ = [
    "ConfigurationError",
    "InvalidFileError",
    "InvalidNameError",
    "InvalidTimeError",
    "InventoryError",
    "MissingDependencyError",
    "NaiveDatetimeError",
    "NotReadyError",
    "PolicyFileError",
    "RandabergSomeError",
    "ReadinessError",
    "UnknownLanguageError",
    "UnknownPlatformError",
]

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .messages import Message
    from .policy import PolicyProblem


class RandabergSomeError(ValueError):
    """Root of every error this library raises on purpose.

    ``str(error)`` is for developers, in English. An error that a person using the command
    line or a notebook may meet (a file that cannot be read, a time that does not exist)
    also carries :attr:`message`, the same in bokmål, nynorsk and English.

    Attributes:
        message: The error for a person, in three languages, or ``None``.
    """

    message: Message | None

    def __init__(self, *args: object, message: Message | None = None) -> None:
        super().__init__(*args)
        self.message = message

    def text(self, lang: str = "nb") -> str:
        """The error in ``lang`` where it has :attr:`message`, else ``str(error)``."""
        if self.message is None:
            return str(self)
        from .messages import check_lang

        return self.message.text(check_lang(lang))


class InvalidNameError(RandabergSomeError):
    """A unit name, abbreviation or handle cannot be used to build a name."""


class UnknownLanguageError(RandabergSomeError):
    """A language for messages that is not ``"nb"``, ``"nn"`` or ``"en"``."""


class UnknownPlatformError(RandabergSomeError):
    """A platform name that is not one of the kommune's six platforms."""


class ConfigurationError(RandabergSomeError):
    """An organisation or policy that is inconsistent (a bad domain, template or limit)."""


class ReadinessError(RandabergSomeError):
    """A readiness answer, answers file or notice that cannot be used.

    For example an answer that is not yes, no or unanswered, an unknown key in an answers
    file, or a sender that is not an e-mail address.
    """


class NotReadyError(ReadinessError):
    """The G7 notice was asked for, but not every question of G6 is answered yes."""


class InvalidTimeError(RandabergSomeError):
    """A time or date that cannot be used: not a datetime, or outside the supported years."""


class NaiveDatetimeError(InvalidTimeError):
    """A naive datetime (one without a UTC offset) where an aware one is required.

    The library never guesses the time zone of a naive datetime: attach one, e.g.
    ``datetime(2024, 5, 16, 16, 0, tzinfo=ZoneInfo("Europe/Oslo"))``.
    """


class InvalidFileError(RandabergSomeError):
    """A file that cannot be read at all as the expected format (encoding, header, syntax).

    A single bad row is not such an error: the loaders report it with its row number and
    go on.
    """


class InventoryError(InvalidFileError):
    """An account inventory that cannot be read at all.

    For example a missing file, text that is not UTF-8, a CSV file without a header or
    without the columns that identify an account, or a JSON document that is not a list.
    A single bad row is not an error: loading reports it with its row number and goes on.
    """


class PolicyFileError(InvalidFileError):
    """A policy file with problems: every problem is in :attr:`problems`, with its line.

    ``str(error)`` and :attr:`message` name the first problem and how many there are.

    Attributes:
        problems: Every problem found, in the order of the file.
    """

    problems: tuple[PolicyProblem, ...]

    def __init__(
        self,
        *args: object,
        problems: tuple[PolicyProblem, ...] = (),
        message: Message | None = None,
    ) -> None:
        super().__init__(*args, message=message)
        self.problems = problems


class MissingDependencyError(RandabergSomeError):
    """An optional library that a function needs is not installed.

    The message names the package to install, e.g. ``pip install pandas`` for
    ``to_dataframe()``.
    """
