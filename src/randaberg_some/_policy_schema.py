"""A policy file's document read into a :class:`~randaberg_some.Policy`, and written back.

The document is the mapping ``tomllib`` gives for a policy file (tables as dicts, arrays as
lists, and str, int, bool, date and time values); the schema is on the docs page "The policy
file". Reading is pure: the files layer parses the file and passes ``line_of``, which finds
the line of a key path, so that every problem names its line.

A key path is a tuple of keys and 0-based array indexes, as the document nests:
``("version", 1, "rules", "N999")``. People read it with 1-based indexes,
``version[2].rules.N999`` (:func:`key_text`).

Every problem is collected, not only the first: a section with a problem is not built, and
nothing that depends on it is judged, so that one mistake gives one problem.

Examples:
    >>> policy = read_policy({"schema": 1, "version": [
    ...     {"organisation": {"name": "Hå kommune", "domain": "ha.kommune.no"}}]})
    >>> policy.organisation.handle_base
    'hakommune'
    >>> read_policy({"schema": 1, "version": [{"organisation": {"name": "Hå kommune"}}]})
    Traceback (most recent call last):
    ...
    randaberg_some.errors.PolicyFileError: version[1].organisation.domain: The key domain is \
missing; it is required.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time
from typing import Final, TypeVar

from ._policy_problems import (
    BAD_SCHEMA,
    BAD_SEVERITY,
    DUPLICATE_PLATFORM,
    EXPECTED,
    HINT_KNOWN,
    HINT_NEAR,
    MISSING,
    NO_EFFECTIVE,
    NO_SCHEMA,
    NO_VERSION,
    OVERLAP,
    REFUSED,
    REFUSED_ANY,
    UNKNOWN_KEY,
    UNKNOWN_PLATFORM,
    UNKNOWN_RULE,
    WRONG_TYPE,
    KeyPath,
    LineOf,
    key_text,
    policy_error,
    toml_value,
)
from .calendar import WorkingCalendar
from .errors import RandabergSomeError
from .messages import Message
from .organisation import Channels, Organisation
from .platforms import Platform, Presence
from .policy import NamingPolicy, Policy, PolicyProblem, PolicyVersion
from .rules import RULES

__all__ = [
    "SCHEMA",
    "SECTIONS",
    "read_policy",
]

SCHEMA: Final = 1
"""The only format version of the policy file so far."""
SECTIONS: Final = (
    "organisation",
    "channels",
    "platforms",
    "naming",
    "working_day",
    "rules",
    "lifecycle",
)
"""The sections of a version, each inherited whole by the next version that leaves it out."""

_KNOWN: Final[dict[str, tuple[str, ...]]] = {
    "": ("schema", "version"),
    "version": ("effective", "source", *SECTIONS),
    "organisation": ("name", "domain", "communications_email", "official_image_digests"),
    "channels": ("postmottak", "edialog", "phone", "unverified", "sources"),
    "platforms": ("platform", "promoted", "administered_for", "source"),
    "naming": ("separator", "main_account_name", "unit_account_name", "filler_words"),
    "working_day": ("end", "closures"),
    "lifecycle": ("review_interval_days", "dormant_after_days"),
}
_OFF: Final = "off"
_SETTINGS: Final = (_OFF, "error", "warning", "info")
_DEFAULT_SOURCE: Final = "policy"
_TEMPLATES: Final = {
    "main_account_name": "main_account_name_template",
    "unit_account_name": "unit_account_name_template",
}
_LIFECYCLE: Final = {
    "review_interval_days": "review_interval",
    "dormant_after_days": "dormant_after",
}
# A stand-in organisation for checking one field of an Organisation at a time.
_NAME: Final = "Randaberg kommune"
_DOMAIN: Final = "randaberg.kommune.no"

T = TypeVar("T")


class _Failed:
    """A section or value that had a problem (reported): nothing is built from it."""


_FAILED: Final = _Failed()


def _is_date(value: object) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


_KINDS: Final[dict[str, Callable[[object], bool]]] = {
    "text": lambda v: isinstance(v, str),
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "bool": lambda v: isinstance(v, bool),
    "date": _is_date,
    "time": lambda v: isinstance(v, (time, str)),
    "texts": lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v),
    "dates": lambda v: isinstance(v, list) and all(_is_date(x) for x in v),
    "table": lambda v: isinstance(v, Mapping),
    "tables": lambda v: isinstance(v, list) and all(isinstance(x, Mapping) for x in v),
}


class _Reader:
    """Reads a document, collecting every problem with its line and key."""

    def __init__(self, line_of: LineOf | None) -> None:
        self.problems: list[PolicyProblem] = []
        self._line_of = line_of

    def line(self, path: KeyPath) -> int | None:
        """The line of ``path``, else of the nearest table around it."""
        if self._line_of is None:
            return None
        for end in range(len(path), -1, -1):
            line = self._line_of(path[:end])
            if line is not None:
                return line
        return None

    def report(self, path: KeyPath, message: Message) -> None:
        self.problems.append(
            PolicyProblem(line=self.line(path), key=key_text(path), message=message)
        )

    def unknown(self, table: Mapping[str, object], path: KeyPath, section: str) -> None:
        known = _KNOWN[section]
        for key in table:
            if key in known:
                continue
            name = str(key)
            near = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
            hint = (
                HINT_NEAR.format(near=near[0])
                if near
                else HINT_KNOWN.format(known=", ".join(known))
            )
            self.report((*path, name), UNKNOWN_KEY.format(key=name, hint=hint))

    def get(
        self,
        table: Mapping[str, object],
        path: KeyPath,
        key: str,
        kind: str,
        *,
        required: bool = False,
    ) -> object:
        """The value of ``key``, or ``None`` when absent, or ``_FAILED`` (reported)."""
        if key not in table:
            if required:
                self.report((*path, key), MISSING.format(key=key))
                return _FAILED
            return None
        value = table[key]
        if not _KINDS[kind](value):
            self.report(
                (*path, key), WRONG_TYPE.format(key=key, what=EXPECTED[kind], got=toml_value(value))
            )
            return _FAILED
        return value

    def attempt(self, path: KeyPath, value: object, make: Callable[[], T]) -> T | _Failed:
        """``make()``, or ``_FAILED`` with the constructor's refusal reported on ``path``."""
        try:
            return make()
        except RandabergSomeError as error:
            key = str(path[-1])
            message = REFUSED.get(key, REFUSED_ANY).format(value=toml_value(value))
            if key not in REFUSED and error.message is not None:
                message = error.message
            self.report(path, message)
            return _FAILED

    def fields(
        self,
        table: Mapping[str, object],
        path: KeyPath,
        spec: Sequence[tuple[str, str, str, bool]],
        check: Callable[[str, object], object],
    ) -> dict[str, object] | _Failed:
        """The fields of ``spec`` (key, kind, constructor's name, required), each checked.

        ``check(name, value)`` builds something from that one field, so that a refused
        value is reported on its own key.
        """
        fields: dict[str, object] = {}
        failed = False
        for key, kind, name, required in spec:
            got = self.get(table, path, key, kind, required=required)
            if got is not None and not isinstance(got, _Failed):
                made = self.attempt((*path, key), got, _bind(check, name, got))
                got = _FAILED if isinstance(made, _Failed) else got
            if isinstance(got, _Failed):
                failed = True
            elif got is not None:
                fields[name] = got
        return _FAILED if failed else fields

    def section(self, value: object, path: KeyPath, name: str) -> Mapping[str, object] | None:
        """``value`` as the table of section ``name``, its unknown keys reported; else ``None``."""
        if not isinstance(value, Mapping):
            what = EXPECTED["table"]
            self.report(path, WRONG_TYPE.format(key=path[-1], what=what, got=toml_value(value)))
            return None
        if name in _KNOWN:
            self.unknown(value, path, name)
        return value

    # The sections: each gives what to build from, or _FAILED.

    def organisation(self, value: object, path: KeyPath) -> dict[str, object] | _Failed:
        table = self.section(value, path, "organisation")
        if table is None:
            return _FAILED
        spec = (
            ("name", "text", "name", True),
            ("domain", "text", "domain", True),
            ("communications_email", "text", "communications_email", False),
            ("official_image_digests", "texts", "official_image_digests", False),
        )
        return self.fields(
            table,
            path,
            spec,
            lambda name, got: _make(Organisation, {"name": _NAME, "domain": _DOMAIN, name: got}),
        )

    def channels(self, value: object, path: KeyPath) -> Channels | _Failed:
        table = self.section(value, path, "channels")
        if table is None:
            return _FAILED
        spec = [(key, "text", key, False) for key in ("postmottak", "edialog", "phone")]
        spec += [(key, "texts", key, False) for key in ("unverified", "sources")]
        fields = self.fields(table, path, spec, lambda name, got: _make(Channels, {name: got}))
        if isinstance(fields, _Failed):
            return _FAILED
        return self.attempt(path, table, _bind_all(Channels, fields))

    def platforms(self, value: object, path: KeyPath) -> tuple[Presence, ...] | _Failed:
        if not _KINDS["tables"](value):
            what = EXPECTED["tables"]
            self.report(path, WRONG_TYPE.format(key=path[-1], what=what, got=toml_value(value)))
            return _FAILED
        assert isinstance(value, list)
        presence: list[Presence] = []
        seen: set[Platform] = set()
        failed = False
        for index, table in enumerate(value):
            here = (*path, index)
            self.unknown(table, here, "platforms")
            name = self.get(table, here, "platform", "text", required=True)
            promoted = self.get(table, here, "promoted", "bool")
            unit = self.get(table, here, "administered_for", "text")
            source = self.get(table, here, "source", "text")
            platform: Platform | None = None
            if isinstance(name, str):
                try:
                    platform = Platform(name)
                except RandabergSomeError:
                    known = ", ".join(p.value for p in Platform)
                    message = UNKNOWN_PLATFORM.format(value=toml_value(name), known=known)
                    self.report((*here, "platform"), message)
                if platform in seen:
                    message = DUPLICATE_PLATFORM.format(value=toml_value(name))
                    self.report((*here, "platform"), message)
                    platform = None
            if platform is None or any(isinstance(x, _Failed) for x in (promoted, unit, source)):
                failed = True
                continue
            seen.add(platform)
            presence.append(
                Presence(
                    platform=platform,
                    actively_promoted=promoted is True,
                    administered_for=unit if isinstance(unit, str) else None,
                    source=source if isinstance(source, str) else _DEFAULT_SOURCE,
                )
            )
        return _FAILED if failed else tuple(presence)

    def naming(self, value: object, path: KeyPath) -> dict[str, object] | _Failed:
        table = self.section(value, path, "naming")
        if table is None:
            return _FAILED
        spec = (
            ("separator", "text", "separator", False),
            ("main_account_name", "text", "main_account_name_template", False),
            ("unit_account_name", "text", "unit_account_name_template", False),
            ("filler_words", "texts", "filler_words", False),
        )
        return self.fields(table, path, spec, lambda name, got: _make(NamingPolicy, {name: got}))

    def working_day(self, value: object, path: KeyPath) -> WorkingCalendar | _Failed:
        table = self.section(value, path, "working_day")
        if table is None:
            return _FAILED
        spec = (("end", "time", "end_of_day", False), ("closures", "dates", "closures", False))
        fields = self.fields(table, path, spec, _calendar_field)
        if isinstance(fields, _Failed):
            return _FAILED
        if isinstance(fields.get("end_of_day"), str):
            fields["end_of_day"] = _time(fields["end_of_day"])
        return self.attempt(path, table, _bind_all(WorkingCalendar, fields))

    def rules(self, value: object, path: KeyPath) -> dict[str, str] | _Failed:
        table = self.section(value, path, "rules")
        if table is None:
            return _FAILED
        rules: dict[str, str] = {}
        failed = False
        for code, setting in table.items():
            here = (*path, str(code))
            if code not in RULES:
                near = difflib.get_close_matches(str(code).upper(), list(RULES), n=1, cutoff=0.6)
                hint: Message | str = HINT_NEAR.format(near=near[0]) if near else ""
                self.report(here, UNKNOWN_RULE.format(code=toml_value(str(code)), hint=hint))
            elif not isinstance(setting, str):
                what = Message.same(", ".join(f'"{s}"' for s in _SETTINGS))
                self.report(here, WRONG_TYPE.format(key=code, what=what, got=toml_value(setting)))
            elif setting.strip().lower() not in _SETTINGS:
                self.report(here, BAD_SEVERITY.format(value=toml_value(setting)))
            else:
                rules[code] = setting.strip().lower()
                continue
            failed = True
        return _FAILED if failed else rules

    def lifecycle(self, value: object, path: KeyPath) -> dict[str, object] | _Failed:
        table = self.section(value, path, "lifecycle")
        if table is None:
            return _FAILED
        spec = (
            ("review_interval_days", "int", "review_interval", False),
            ("dormant_after_days", "int", "dormant_after", False),
        )
        return self.fields(table, path, spec, lambda name, got: _make(PolicyVersion, {name: got}))

    def version(self, value: Mapping[str, object], index: int) -> _Raw:
        path: KeyPath = ("version", index)
        self.unknown(value, path, "version")
        effective = self.get(value, path, "effective", "date")
        source = self.get(value, path, "source", "text")
        sections: dict[str, object] = {}
        for name in SECTIONS:
            if name in value:
                sections[name] = getattr(self, name)(value[name], (*path, name))
        return _Raw(index, effective, source, sections)

    def read(self, document: Mapping[str, object]) -> Policy | None:
        self.unknown(document, (), "")
        schema = self.get(document, (), "schema", "int")
        if schema is None:
            self.report(("schema",), NO_SCHEMA)
        elif not isinstance(schema, _Failed) and schema != SCHEMA:
            self.report(("schema",), BAD_SCHEMA.format(value=toml_value(schema)))
        if not document.get("version"):
            self.report(("version",), NO_VERSION)
            return None
        tables = self.get(document, (), "version", "tables")
        if not isinstance(tables, list):
            return None
        raws = [self.version(table, index) for index, table in enumerate(tables)]
        self.judge_dates(raws)
        raws.sort(key=lambda raw: (raw.effective is not None, raw.effective or date.min))
        first = raws[0]
        if "organisation" not in first.sections:
            self.report(
                ("version", first.index, "organisation"), MISSING.format(key="organisation")
            )
        if self.problems:
            return None
        return self.assemble(raws)

    def judge_dates(self, raws: Sequence[_Raw]) -> None:
        """A later version without its date, and two versions on the same day."""
        seen: dict[date, int] = {}
        for raw in raws:
            here = ("version", raw.index, "effective")
            if raw.effective is None and raw.index > 0:
                self.report(here, NO_EFFECTIVE)
            elif isinstance(raw.effective, date):
                if raw.effective in seen:
                    other = key_text(("version", seen[raw.effective]))
                    day = raw.effective.isoformat()
                    self.report(here, OVERLAP.format(day=day, other=other))
                else:
                    seen[raw.effective] = raw.index

    def assemble(self, raws: Sequence[_Raw]) -> Policy | None:
        """The versions, in date order, each section inherited whole where left out."""
        carried: dict[str, object] = {
            "channels": Channels(),
            "platforms": (),
            "naming": {},
            "working_day": WorkingCalendar(),
            "rules": {},
            "lifecycle": {},
        }
        versions: list[PolicyVersion] = []
        for raw in raws:
            carried.update(raw.sections)
            path: KeyPath = ("version", raw.index)
            organisation = self.attempt(
                (*path, "organisation"),
                carried["organisation"],
                _bind_all(
                    Organisation,
                    {
                        **carried["organisation"],  # type: ignore[dict-item]
                        "presence": carried["platforms"],
                        "channels": carried["channels"],
                    },
                ),
            )
            if isinstance(organisation, _Failed):
                return None
            fields: dict[str, object] = {
                "effective": raw.effective,
                "naming": NamingPolicy(organisation=organisation, **carried["naming"]),  # type: ignore[arg-type]
                "calendar": carried["working_day"],
                "rules": carried["rules"],
                "source": raw.source,
                **carried["lifecycle"],  # type: ignore[dict-item]
            }
            version = self.attempt(path, None, _bind_all(PolicyVersion, fields))
            if isinstance(version, _Failed):
                return None
            versions.append(version)
        made = self.attempt(("version",), None, _bind_all(Policy, {"versions": versions}))
        return None if isinstance(made, _Failed) else made


class _Raw:
    """One version as read: its index in the file, its date and source, its sections."""

    def __init__(
        self, index: int, effective: object, source: object, sections: dict[str, object]
    ) -> None:
        self.index = index
        self.effective = effective if isinstance(effective, date) else None
        self.source = source if isinstance(source, str) else None
        self.sections = sections


def _bind(check: Callable[[str, object], object], name: str, value: object) -> Callable[[], object]:
    return lambda: check(name, value)


def _bind_all(make: Callable[..., T], fields: Mapping[str, object]) -> Callable[[], T]:
    return lambda: make(**fields)


def _make(make: Callable[..., T], fields: Mapping[str, object]) -> T:
    return make(**fields)


def _time(value: object) -> object:
    """A time written as a string ("15:30"), as a time; anything else as it is."""
    if isinstance(value, str):
        try:
            return time.fromisoformat(value.strip())
        except ValueError:
            return value  # refused by the calendar
    return value


def _calendar_field(name: str, value: object) -> object:
    if name == "end_of_day" and isinstance(value, str):
        parsed = _time(value)
        if isinstance(parsed, str):
            raise RandabergSomeError(f"not a time of day: {value!r}")
        value = parsed
    return _make(WorkingCalendar, {name: value})


def read_policy(
    document: Mapping[str, object], line_of: LineOf | None = None, *, where: str | None = None
) -> Policy:
    """Read a policy file's document (as ``tomllib`` gives it) into a :class:`Policy`.

    Args:
        document: The parsed file.
        line_of: Finds the line of a key path (0-based indexes), or ``None`` when not known.
        where: The file's name, for the error's message.

    Returns:
        The policy.

    Raises:
        PolicyFileError: the document has problems; all of them are in its ``problems``.
    """
    reader = _Reader(line_of)
    policy = reader.read(document) if isinstance(document, Mapping) else None
    if policy is None:
        if not reader.problems:
            reader.report(
                (), WRONG_TYPE.format(key="", what=EXPECTED["table"], got=toml_value(document))
            )
        raise policy_error(reader.problems, where)
    return policy
