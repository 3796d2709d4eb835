"""What changed between two versions of a guideline, in words a communications officer reads.

:func:`diff_versions` compares two :class:`~randaberg_some.policy.PolicyVersion` values and
returns one :class:`PolicyChange` per difference, always in the same order:

1. the organisation: name, domain, communications e-mail, official image digests;
2. the platforms (in the catalogue's order: Facebook, Instagram, LinkedIn, Vimeo, YouTube,
   TikTok): added or removed, then promoted (G2) or run for a unit (G3) changed;
3. the residents' channels: postmottak, eDialog, phone, which of them are unverified;
4. the naming: separator, the two name templates, filler words removed then added;
5. the working day: its end, closure days removed then added (by date);
6. the rules, in the catalogue's order: each whose severity in force differs (the
   catalogue's own unless the version sets it; ``off`` when it is turned off);
7. the lifecycle: the review interval, the dormant threshold.

Each change has a ``key`` as the policy file writes it (``platforms.tiktok``,
``rules.N206``, ``working_day.end``), the old and new values as short strings (``None``
where there was or is none) and a message in bokmål, nynorsk and English. What only
describes a version (the day it took effect, where it is published, the statements a
platform cites) is not a change. :func:`diff_policies` compares two policies on a day,
:func:`diff_history` each version of one policy with the one before it; both give a
:class:`PolicyDiff`, which ``render.text`` and ``render.to_json`` show.

Examples:
    >>> from datetime import date, time
    >>> from randaberg_some.calendar import WorkingCalendar
    >>> from randaberg_some.policy import PolicyVersion
    >>> old = PolicyVersion()
    >>> new = PolicyVersion(effective=date(2025, 1, 1), rules={"N206": "off"},
    ...                     calendar=WorkingCalendar(end_of_day=time(15)))
    >>> for change in diff_versions(old, new):
    ...     print(change.key, change.old, change.new, "|", change.message.text("en"))
    working_day.end 15:30 15:00 | The end of the working day changed from 15:30 to 15:00.
    rules.N206 warning off | Rule N206 is turned off (it was a warning).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Final

import attrs

from . import _policy_words as said
from ._text import shown
from .errors import ConfigurationError
from .messages import Message
from .platforms import Platform, Presence
from .policy import Policy, PolicyVersion, policy_version
from .rules import RULES, Severity

__all__ = ["PolicyChange", "PolicyDiff", "diff_history", "diff_policies", "diff_versions"]


def _short(instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise ConfigurationError(f"{attribute.name!r} must be a str or None (got {shown(value)})")


def _key(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value:
        raise ConfigurationError(f"'key' must be a non-empty str (got {shown(value)})")


def _message(instance: object, attribute: attrs.Attribute[Message], value: object) -> None:
    if not isinstance(value, Message):
        raise ConfigurationError(f"'message' must be a Message (got {shown(value)})")


@attrs.frozen(kw_only=True)
class PolicyChange:
    """One difference between two versions of a guideline.

    Attributes:
        key: What changed, as the policy file writes it: ``"platforms.tiktok"``,
            ``"platforms.tiktok.promoted"``, ``"rules.N206"``, ``"working_day.end"``.
        old: The value before, as a short string; ``None`` when there was none (a
            platform or closure day added).
        new: The value after; ``None`` when there is none (a platform removed).
        message: What changed, in bokmål, nynorsk and English.

    Examples:
        >>> from randaberg_some.messages import Message
        >>> change = PolicyChange(key="working_day.end", old="15:30", new="15:00",
        ...                       message=Message.same("15:30 -> 15:00"))
        >>> change.key
        'working_day.end'
    """

    key: str = attrs.field(validator=_key)
    old: str | None = attrs.field(default=None, validator=_short)
    new: str | None = attrs.field(default=None, validator=_short)
    message: Message = attrs.field(validator=_message)


def _label(instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise ConfigurationError(f"{attribute.name!r} must be a str or None (got {shown(value)})")


def _to_changes(values: object) -> tuple[PolicyChange, ...]:
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise ConfigurationError(f"'changes' must be PolicyChange values (got {shown(values)})")
    changes = tuple(values)
    if not all(isinstance(change, PolicyChange) for change in changes):
        raise ConfigurationError(f"'changes' must be PolicyChange values (got {shown(values)})")
    return changes


@attrs.frozen(kw_only=True)
class PolicyDiff:
    """The changes from one version of a guideline to another, with what each one is.

    Attributes:
        old_label: What the earlier side is: a file name, a date (``"2024-01-01"``), or
            ``None`` for a version in force since always.
        new_label: What the later side is, likewise.
        changes: The changes, in :func:`diff_versions`'s order; empty when none.

    Examples:
        >>> from randaberg_some import render
        >>> print(render.text(PolicyDiff(old_label="a.toml", new_label="b.toml"), "en"))
        a.toml -> b.toml: no changes.
    """

    old_label: str | None = attrs.field(default=None, validator=_label)
    new_label: str | None = attrs.field(default=None, validator=_label)
    changes: tuple[PolicyChange, ...] = attrs.field(default=(), converter=_to_changes)

    @property
    def changed(self) -> bool:
        """Whether anything changed."""
        return bool(self.changes)


_OFF: Final = "off"


def _quoted(value: str) -> Message:
    return Message(nb=f"«{value}»", nn=f"«{value}»", en=f"“{value}”")


def _value(key: str, old: str | None, new: str | None) -> Iterator[PolicyChange]:
    """One change of a single value (nothing when it is the same)."""
    if old == new:
        return
    what = said.WHAT[key]
    if old is None and new is not None:
        message = said.SET.format(what=what, new=_quoted(new))
    elif new is None and old is not None:
        message = said.UNSET.format(what=what, old=_quoted(old))
    else:
        message = said.CHANGED.format(what=what, old=_quoted(old or ""), new=_quoted(new or ""))
    yield PolicyChange(key=key, old=old, new=new, message=message)


def _organisation(old: PolicyVersion, new: PolicyVersion) -> Iterator[PolicyChange]:
    before, after = old.organisation, new.organisation
    yield from _value("organisation.name", before.name, after.name)
    yield from _value("organisation.domain", before.domain, after.domain)
    yield from _value(
        "organisation.communications_email",
        before.communications_email,
        after.communications_email,
    )
    key = "organisation.official_image_digests"
    for digest in sorted(before.official_image_digests - after.official_image_digests):
        shown_digest = digest[:12] + "…"
        message = said.DIGEST_REMOVED.format(value=shown_digest)
        yield PolicyChange(key=key, old=shown_digest, new=None, message=message)
    for digest in sorted(after.official_image_digests - before.official_image_digests):
        shown_digest = digest[:12] + "…"
        message = said.DIGEST_ADDED.format(value=shown_digest)
        yield PolicyChange(key=key, old=None, new=shown_digest, message=message)


def _how(presence: Presence) -> tuple[str, Message]:
    """A platform's standing as a short string and in words: promoted, run for a unit."""
    short = "promoted" if presence.actively_promoted else "listed"
    words = said.PROMOTED if presence.actively_promoted else said.LISTED
    if presence.administered_for is not None:
        short += f", run for {presence.administered_for}"
        words = words + ", " + said.RUN_FOR_SHORT.format(unit=_quoted(presence.administered_for))
    return short, words


def _platforms(old: PolicyVersion, new: PolicyVersion) -> Iterator[PolicyChange]:
    before = {presence.platform: presence for presence in old.organisation.presence}
    after = {presence.platform: presence for presence in new.organisation.presence}
    for platform in Platform:
        was, now = before.get(platform), after.get(platform)
        key = f"platforms.{platform.value}"
        if was is None and now is not None:
            short, words = _how(now)
            message = said.PLATFORM_ADDED.format(platform=platform.label, how=words)
            yield PolicyChange(key=key, old=None, new=short, message=message)
        elif was is not None and now is None:
            message = said.PLATFORM_REMOVED.format(platform=platform.label)
            yield PolicyChange(key=key, old=_how(was)[0], new=None, message=message)
        elif was is not None and now is not None:
            yield from _presence(key, platform, was, now)


def _presence(key: str, platform: Platform, was: Presence, now: Presence) -> Iterator[PolicyChange]:
    if was.actively_promoted != now.actively_promoted:
        template = said.NOW_PROMOTED if now.actively_promoted else said.NO_LONGER_PROMOTED
        yield PolicyChange(
            key=f"{key}.promoted",
            old=str(was.actively_promoted).lower(),
            new=str(now.actively_promoted).lower(),
            message=template.format(platform=platform.label),
        )
    if was.administered_for != now.administered_for:
        what = said.RUN_FOR.format(platform=platform.label)
        old, new = was.administered_for, now.administered_for
        if old is None:
            message = said.SET.format(what=what, new=_quoted(new or ""))
        elif new is None:
            message = said.UNSET.format(what=what, old=_quoted(old))
        else:
            message = said.CHANGED.format(what=what, old=_quoted(old), new=_quoted(new))
        yield PolicyChange(key=f"{key}.administered_for", old=old, new=new, message=message)


def _joined(values: Iterable[str]) -> str | None:
    return ", ".join(sorted(values)) or None


def _channels(old: PolicyVersion, new: PolicyVersion) -> Iterator[PolicyChange]:
    before, after = old.organisation.channels, new.organisation.channels
    yield from _value("channels.postmottak", before.postmottak, after.postmottak)
    yield from _value("channels.edialog", before.edialog, after.edialog)
    yield from _value("channels.phone", before.phone, after.phone)
    yield from _value("channels.unverified", _joined(before.unverified), _joined(after.unverified))


def _naming(old: PolicyVersion, new: PolicyVersion) -> Iterator[PolicyChange]:
    before, after = old.naming, new.naming
    yield from _value("naming.separator", before.separator, after.separator)
    yield from _value(
        "naming.main_account_name",
        before.main_account_name_template,
        after.main_account_name_template,
    )
    yield from _value(
        "naming.unit_account_name",
        before.unit_account_name_template,
        after.unit_account_name_template,
    )
    key = "naming.filler_words"
    for word in sorted(before.filler_words - after.filler_words):
        message = said.WORD_REMOVED.format(word=_quoted(word))
        yield PolicyChange(key=key, old=word, new=None, message=message)
    for word in sorted(after.filler_words - before.filler_words):
        message = said.WORD_ADDED.format(word=_quoted(word))
        yield PolicyChange(key=key, old=None, new=word, message=message)


def _working_day(old: PolicyVersion, new: PolicyVersion) -> Iterator[PolicyChange]:
    before, after = old.calendar, new.calendar
    if before.end_of_day != after.end_of_day:
        was, now = _clock(before.end_of_day), _clock(after.end_of_day)
        message = said.CHANGED.format(what=said.WHAT["working_day.end"], old=was, new=now)
        yield PolicyChange(key="working_day.end", old=was, new=now, message=message)
    changed: list[tuple[date, bool]] = [
        *((day, False) for day in before.closures - after.closures),
        *((day, True) for day in after.closures - before.closures),
    ]
    for day, added in sorted(changed):
        text = day.isoformat()
        template = said.CLOSURE_ADDED if added else said.CLOSURE_REMOVED
        yield PolicyChange(
            key="working_day.closures",
            old=None if added else text,
            new=text if added else None,
            message=template.format(day=text),
        )


def _clock(moment: object) -> str:
    text = str(moment)
    return text[:5] if text.endswith(":00") and len(text) == 8 else text


def _severity(setting: Severity | None) -> str:
    return _OFF if setting is None else setting.value


def _rules(old: PolicyVersion, new: PolicyVersion) -> Iterator[PolicyChange]:
    for code in RULES:
        was, now = old.severity_of(code), new.severity_of(code)
        if was == now:
            continue
        if now is None:
            message = said.RULE_OFF.format(code=code, old=said.SEVERITY[was] if was else "")
        elif was is None:
            message = said.RULE_ON.format(code=code, new=said.SEVERITY[now])
        else:
            message = said.RULE_CHANGED.format(
                code=code, old=said.SEVERITY[was], new=said.SEVERITY[now]
            )
        yield PolicyChange(
            key=f"rules.{code}", old=_severity(was), new=_severity(now), message=message
        )


def _lifecycle(old: PolicyVersion, new: PolicyVersion) -> Iterator[PolicyChange]:
    for key, was, now in (
        ("lifecycle.review_interval_days", old.review_interval, new.review_interval),
        ("lifecycle.dormant_after_days", old.dormant_after, new.dormant_after),
    ):
        if was != now:
            message = said.DAYS[key].format(old=was, new=now)
            yield PolicyChange(key=key, old=str(was), new=str(now), message=message)


def _version(value: object, name: str) -> PolicyVersion:
    if not isinstance(value, PolicyVersion):
        raise ConfigurationError(f"{name!r} must be a PolicyVersion (got {shown(value)})")
    return value


def diff_versions(old: PolicyVersion, new: PolicyVersion) -> tuple[PolicyChange, ...]:
    """What changed from the version ``old`` to the version ``new``.

    Args:
        old: The earlier version.
        new: The later version.

    Returns:
        One :class:`PolicyChange` per difference, in the order the module describes
        (organisation, platforms, channels, naming, working day, rules, lifecycle); empty
        when the two decide the same.

    Raises:
        ConfigurationError: ``old`` or ``new`` is not a ``PolicyVersion``.

    Examples:
        >>> from randaberg_some.policy import RANDABERG_POLICY
        >>> diff_versions(RANDABERG_POLICY.latest, RANDABERG_POLICY.latest)
        ()
    """
    before, after = _version(old, "old"), _version(new, "new")
    return (
        *_organisation(before, after),
        *_platforms(before, after),
        *_channels(before, after),
        *_naming(before, after),
        *_working_day(before, after),
        *_rules(before, after),
        *_lifecycle(before, after),
    )


def _effective(version: PolicyVersion) -> str | None:
    return None if version.effective is None else version.effective.isoformat()


def diff_policies(old: object, new: object, *, at: date | None = None) -> PolicyDiff:
    """What changed from the policy ``old`` to the policy ``new``, as in force on ``at``.

    Args:
        old: The earlier policy: a :class:`~randaberg_some.policy.Policy`, a version or a
            naming policy (as every ``policy=`` takes).
        new: The later policy, likewise.
        at: The day whose versions are compared; ``None``: each policy's latest version.

    Returns:
        The diff, labelled with the days the two versions took effect (``None`` for one
        in force since always).

    Raises:
        ConfigurationError: ``old`` or ``new`` is not a policy, or no version of one was in
            force on ``at``.

    Examples:
        >>> from randaberg_some.policy import RANDABERG_POLICY, PolicyVersion
        >>> diff = diff_policies(RANDABERG_POLICY, PolicyVersion(dormant_after=90))
        >>> [change.key for change in diff.changes]
        ['lifecycle.dormant_after_days']
    """
    before, after = policy_version(old, at), policy_version(new, at)
    return PolicyDiff(
        old_label=_effective(before),
        new_label=_effective(after),
        changes=diff_versions(before, after),
    )


def diff_history(policy: Policy) -> tuple[PolicyDiff, ...]:
    """Each version of ``policy`` against the one before it, earliest first.

    Args:
        policy: The policy.

    Returns:
        One :class:`PolicyDiff` per version after the first (empty for a policy of one
        version), each labelled with the days the two versions took effect.

    Raises:
        ConfigurationError: ``policy`` is not a ``Policy``.

    Examples:
        >>> from datetime import date
        >>> from randaberg_some.policy import Policy, PolicyVersion
        >>> policy = Policy(versions=[PolicyVersion(),
        ...                           PolicyVersion(effective=date(2025, 1, 1),
        ...                                         review_interval=730)])
        >>> [(d.old_label, d.new_label, len(d.changes)) for d in diff_history(policy)]
        [(None, '2025-01-01', 1)]
    """
    if not isinstance(policy, Policy):
        raise ConfigurationError(f"'policy' must be a Policy (got {shown(policy)})")
    versions = policy.versions
    return tuple(
        PolicyDiff(
            old_label=_effective(earlier),
            new_label=_effective(later),
            changes=diff_versions(earlier, later),
        )
        for earlier, later in itertools.pairwise(versions)
    )
