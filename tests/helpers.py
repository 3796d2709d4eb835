"""Values that several test modules build the same way."""

from __future__ import annotations

import importlib
import importlib.machinery
import sys
from datetime import datetime, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

import attrs

from randaberg_some.platforms import Platform
from randaberg_some.readiness import ReadinessChecklist

OSLO = ZoneInfo("Europe/Oslo")
UTC = timezone.utc


def oslo(
    year: int,
    month: int,
    day: int,
    hour: int = 0,
    minute: int = 0,
    second: int = 0,
    microsecond: int = 0,
    *,
    fold: int = 0,
) -> datetime:
    """A wall time in Europe/Oslo (``fold=1``: the second pass of a repeated hour)."""
    return datetime(year, month, day, hour, minute, second, microsecond, tzinfo=OSLO, fold=fold)


def all_yes(**changes: Any) -> ReadinessChecklist:
    """Bassenget's checklist for Instagram with every answer yes, changed by ``changes``."""
    checklist = ReadinessChecklist(
        unit="Bassenget",
        platform=Platform.INSTAGRAM,
        own_channel_needed=True,
        has_resources=True,
        administrators=("Kari Nordmann",),
        has_staffing=True,
        has_moderation_routine=True,
        has_security_routine=True,
        manager_approved=True,
    )
    return attrs.evolve(checklist, **changes)


def parsed(message: EmailMessage) -> EmailMessage:
    """The message as a mail client reads it back."""
    result = BytesParser(policy=policy.default).parsebytes(message.as_bytes())
    assert isinstance(result, EmailMessage)
    return result


def compiled_build_hook() -> dict[str, Any]:
    """The optional compiled build's settings in pyproject.toml (its mypyc hook)."""
    document = tomllib.loads(
        (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    )
    hook: dict[str, Any] = document["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]
    return hook


def compiled_modules() -> list[str]:
    """The modules the mypyc hook compiles, as dotted names (read from pyproject.toml)."""
    paths: list[str] = compiled_build_hook()["include"]
    return [path.removeprefix("src/").removesuffix(".py").replace("/", ".") for path in paths]


def is_compiled(module: str) -> bool:
    """Whether ``module`` is imported from an extension file (a compiled build)."""
    path = str(importlib.import_module(module).__file__)
    return path.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))
