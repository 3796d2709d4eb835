"""Values that several test modules build the same way."""

from __future__ import annotations

from datetime import datetime, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any
from zoneinfo import ZoneInfo

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
