"""Answers documents: a mapping of answers (read from TOML or JSON) to a checklist.

Private to the package: :meth:`randaberg_some.ReadinessChecklist.from_mapping` forwards
here, and the files layer reads the file.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from ._text import shown as _shown
from .errors import InvalidNameError, ReadinessError, UnknownPlatformError
from .messages import Message
from .platforms import as_platform
from .questions import QUESTIONS, AnswerKind
from .readiness import ReadinessChecklist
from .units import Unit

__all__ = ["checklist_from_mapping"]

# Answers documents: the keys are the ReadinessChecklist fields.
_ANSWER_KEYS: Final = tuple(q.field for q in QUESTIONS if q.kind is AnswerKind.YES_NO)
_KEYS: Final = ("unit", "platform", *(q.field for q in QUESTIONS))
_UNIT_KEYS: Final = ("name", "kind", "abbreviation", "own_visual_profile")


_TYPE_NAMES: Final = {
    bool: Message(nb="en sannhetsverdi", nn="ein sanningsverdi", en="a boolean"),
    str: Message(nb="en tekst", nn="ein tekst", en="a string"),
    int: Message(nb="et heltall", nn="eit heiltal", en="an integer"),
    float: Message(nb="et tall", nn="eit tal", en="a number"),
    list: Message(nb="en liste", nn="ei liste", en="a list"),
    dict: Message(nb="en tabell", nn="ein tabell", en="a table"),
    type(None): Message.same("null"),
}


def _type_name(value: object) -> Message:
    return _TYPE_NAMES.get(type(value)) or Message.same(type(value).__name__)


def _problem(nb: str, nn: str, en: str, **params: object) -> Message:
    return Message(nb=nb, nn=nn, en=en).format(**params)


def _key_problem(key: object, value: object) -> Message | None:
    """What is wrong with one top-level key and its value, or ``None``."""
    if key not in _KEYS:
        return _problem(
            "ukjent nøkkel {key} (ventet en av {keys})",
            "ukjend nøkkel {key} (venta ein av {keys})",
            "unknown key {key} (expected one of {keys})",
            key=_shown(key),
            keys=", ".join(_KEYS),
        )
    if key in _ANSWER_KEYS and not (value is None or isinstance(value, bool)):
        return _problem(
            "{key} må være true eller false, eller utelates når det ikke er besvart "
            "(fikk {type}: {value})",
            "{key} må vere true eller false, eller utelatast når det ikkje er svart på "
            "(fekk {type}: {value})",
            "{key} must be true or false, or left out when not answered (got {type}: {value})",
            key=_shown(key),
            type=_type_name(value),
            value=_shown(value),
        )
    if key == "administrators" and not (
        value is None or (isinstance(value, list) and all(isinstance(n, str) for n in value))
    ):
        return _problem(
            "'administrators' må være en liste med navn som [\"Kari Nordmann\"] "
            "(fikk {type}: {value})",
            "'administrators' må vere ei liste med namn som [\"Kari Nordmann\"] "
            "(fekk {type}: {value})",
            "'administrators' must be a list of names such as [\"Kari Nordmann\"] "
            "(got {type}: {value})",
            type=_type_name(value),
            value=_shown(value),
        )
    if key == "platform" and not isinstance(value, str):
        return _problem(
            "'platform' må være navnet på en plattform, som \"instagram\" (fikk {type}: {value})",
            "'platform' må vere namnet på ei plattform, som \"instagram\" (fekk {type}: {value})",
            "'platform' must be a platform's name such as \"instagram\" (got {type}: {value})",
            type=_type_name(value),
            value=_shown(value),
        )
    return None


def checklist_from_mapping(document: object, where: str) -> ReadinessChecklist:
    """Build a checklist from ``document``; see :meth:`ReadinessChecklist.from_mapping`."""
    if not isinstance(where, str):
        raise ReadinessError(f"'where' must be a str (got {where!r})")
    if not isinstance(document, Mapping):
        raise ReadinessError(
            f"{where}: the answers must be a table of keys (got {_type_name(document).en})",
            message=_problem(
                "{where}: svarene må være en tabell med nøkler (fikk {type})",
                "{where}: svara må vere ein tabell med nøklar (fekk {type})",
                "{where}: the answers must be a table of keys (got {type})",
                where=where,
                type=_type_name(document),
            ),
        )
    problems: list[Message] = []
    values: dict[str, object] = {}
    for key, value in document.items():
        problem = _key_problem(key, value)
        if problem is not None:
            problems.append(problem)
        elif key == "platform":
            try:
                values[key] = as_platform(value)
            except UnknownPlatformError as error:
                problems.append(Message.same("'platform': ") + _error_message(error))
        elif key == "unit":
            unit, unit_problems = _unit_from(value)
            values[key] = unit
            problems.extend(unit_problems)
        else:
            values[key] = value
    for key in ("unit", "platform"):
        if key not in document:
            problems.append(
                _problem("{key} mangler", "{key} manglar", "{key} is missing", key=repr(key))
            )
    if problems:
        # One line: each problem without its closing full stop, joined by semicolons.
        parts = [
            Message(nb=p.nb.rstrip("."), nn=p.nn.rstrip("."), en=p.en.rstrip(".")) for p in problems
        ]
        joined = parts[0]
        for part in parts[1:]:
            joined = joined + "; " + part
        message = Message.same(f"{where}: ") + joined
        raise ReadinessError(message.en, message=message)
    return ReadinessChecklist(**values)  # type: ignore[arg-type]


def _error_message(error: Exception) -> Message:
    message = getattr(error, "message", None)
    return message if isinstance(message, Message) else Message.same(str(error))


def _unit_from(value: object) -> tuple[Unit | None, list[Message]]:
    if isinstance(value, str):
        if not value.strip():
            return None, [
                _problem(
                    "'unit' må være et navn på en enhet (fikk {value})",
                    "'unit' må vere namnet på ei eining (fekk {value})",
                    "'unit' must be a non-empty unit name (got {value})",
                    value=_shown(value),
                )
            ]
        return Unit(name=value), []
    if not isinstance(value, Mapping):
        return None, [
            _problem(
                "'unit' må være navnet på en enhet eller en tabell med 'name' "
                "(fikk {type}: {value})",
                "'unit' må vere namnet på ei eining eller ein tabell med 'name' "
                "(fekk {type}: {value})",
                "'unit' must be a unit name or a table with 'name' (got {type}: {value})",
                type=_type_name(value),
                value=_shown(value),
            )
        ]
    problems = [
        _problem(
            "ukjent nøkkel 'unit.{key}' (ventet en av {keys})",
            "ukjend nøkkel 'unit.{key}' (venta ein av {keys})",
            "unknown key 'unit.{key}' (expected one of {keys})",
            key=key,
            keys=", ".join(_UNIT_KEYS),
        )
        for key in value
        if key not in _UNIT_KEYS
    ]
    if "name" not in value:
        problems.append(
            Message(nb="'unit.name' mangler", nn="'unit.name' manglar", en="'unit.name' is missing")
        )
    for key, wanted, expected in (
        ("name", str, Message(nb="en tekst", nn="ein tekst", en="a string")),
        ("kind", str, Message(nb="en tekst", nn="ein tekst", en="a string")),
        ("abbreviation", str, Message(nb="en tekst", nn="ein tekst", en="a string")),
        (
            "own_visual_profile",
            bool,
            Message(nb="true eller false", nn="true eller false", en="true or false"),
        ),
    ):
        if key in value and not isinstance(value[key], wanted):
            problems.append(
                _problem(
                    "'unit.{key}' må være {expected} (fikk {type}: {value})",
                    "'unit.{key}' må vere {expected} (fekk {type}: {value})",
                    "'unit.{key}' must be {expected} (got {type}: {value})",
                    key=key,
                    expected=expected,
                    type=_type_name(value[key]),
                    value=_shown(value[key]),
                )
            )
    if problems:
        return None, problems
    try:
        return Unit(**{key: value[key] for key in _UNIT_KEYS if key in value}), []
    except InvalidNameError as error:
        return None, [Message.same("'unit': ") + _error_message(error)]
