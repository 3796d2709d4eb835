"""A :class:`~randaberg_some.Policy` as a policy file's document, the reverse of reading.

The document has the shape ``tomllib`` gives for a policy file; the rendering layer writes
it as TOML (``render.toml``), and :func:`randaberg_some._policy_schema.read_policy` reads it
back equal.
"""

from __future__ import annotations

from typing import Final

from ._policy_schema import SCHEMA, SECTIONS
from .policy import Policy, PolicyVersion

__all__ = ["policy_document"]

_OFF: Final = "off"
_DEFAULT_SOURCE: Final = "policy"


_CHANNEL_ORDER: Final = ("postmottak", "edialog", "phone")
# Sections the first version writes even when they hold only the defaults, for a reader.
_ALWAYS: Final = frozenset({"organisation", "naming", "working_day", "lifecycle"})


def _sections(version: PolicyVersion) -> dict[str, object]:
    organisation = version.organisation
    org: dict[str, object] = {"name": organisation.name, "domain": organisation.domain}
    if organisation.communications_email is not None:
        org["communications_email"] = organisation.communications_email
    if organisation.official_image_digests:
        org["official_image_digests"] = sorted(organisation.official_image_digests)
    channels = organisation.channels
    chan: dict[str, object] = {
        name: getattr(channels, name)
        for name in _CHANNEL_ORDER
        if getattr(channels, name) is not None
    }
    if channels.unverified:
        chan["unverified"] = [name for name in _CHANNEL_ORDER if name in channels.unverified]
    if channels.sources:
        chan["sources"] = list(channels.sources)
    platforms: list[dict[str, object]] = []
    for presence in organisation.presence:
        entry: dict[str, object] = {
            "platform": presence.platform.value,
            "promoted": presence.actively_promoted,
        }
        if presence.administered_for is not None:
            entry["administered_for"] = presence.administered_for
        if presence.source != _DEFAULT_SOURCE:
            entry["source"] = presence.source
        platforms.append(entry)
    naming = version.naming
    calendar = version.calendar
    return {
        "organisation": org,
        "channels": chan,
        "platforms": platforms,
        "naming": {
            "separator": naming.separator,
            "main_account_name": naming.main_account_name_template,
            "unit_account_name": naming.unit_account_name_template,
            "filler_words": sorted(naming.filler_words),
        },
        "working_day": {"end": calendar.end_of_day, "closures": sorted(calendar.closures)},
        "rules": {
            code: _OFF if severity is None else severity.value
            for code, severity in sorted(version.rules.items())
        },
        "lifecycle": {
            "review_interval_days": version.review_interval,
            "dormant_after_days": version.dormant_after,
        },
    }


def policy_document(policy: Policy) -> dict[str, object]:
    """``policy`` as a policy file's document: what :func:`read_policy` reads back equal.

    A later version writes only the sections that differ from the version before it (the
    others are inherited); the first writes its organisation, naming, working day and
    lifecycle, and its channels, platforms and rules where it has any.

    Examples:
        >>> from randaberg_some._policy_schema import read_policy
        >>> from randaberg_some.policy import RANDABERG_POLICY
        >>> read_policy(policy_document(RANDABERG_POLICY)) == RANDABERG_POLICY
        True
    """
    versions: list[dict[str, object]] = []
    previous: dict[str, object] | None = None
    for version in policy.versions:
        sections = _sections(version)
        table: dict[str, object] = {}
        if version.effective is not None:
            table["effective"] = version.effective
        if version.source is not None:
            table["source"] = str(version.source)
        for name in SECTIONS:
            value = sections[name]
            if previous is None:
                if value or name in _ALWAYS:
                    table[name] = value
            elif value != previous[name]:
                table[name] = value
        versions.append(table)
        previous = sections
    return {"schema": SCHEMA, "version": versions}
