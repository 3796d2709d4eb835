"""How :func:`~randaberg_some.registry.verify_account` reaches its verdict.

Private to :mod:`randaberg_some.registry` (which imports it on first use): the inventory's
accounts indexed by exact handle, by the platform's comparison key, by retired handle and by
platform ID, and the look-alike index over the official handles. The order of the checks:

1. a look-alike platform domain: ``lookalike`` (reason ``platform_domain``);
2. a short, share or content link: ``unverifiable``;
3. no platform, or nothing usable: ``invalid``;
4. a platform ID the inventory records: ``official``; one it does not: ``unverifiable``;
5. the handle as written (up to the ``@``): ``official``; the same by the platform's
   comparison: ``official_equivalent``; a retired handle: ``former_official`` (a person's
   profile is never any of these, and invisible characters make them look-alikes);
6. a match of the look-alike index with reasons: ``lookalike``; else ``unrelated``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from . import _verdicts as words
from ._lookalike import Evidence, LookalikeIndex, Match
from ._text import shown
from ._urls import ProfileRef, parse_profile
from .accounts import Account, AccountStatus, in_use
from .errors import RandabergSomeError
from .messages import Message
from .organisation import Organisation
from .platforms import Platform
from .registry import Verdict, Verification
from .rows import Row

__all__ = ["Registry", "accounts_of", "bare_handle", "shown_input"]

_SHOWN_MOST: Final = 60  # characters of the input a message or a report shows

# A bare handle's verdict is its best one across the platforms, in this order.
_BEST: Final = (
    Verdict.OFFICIAL,
    Verdict.OFFICIAL_EQUIVALENT,
    Verdict.FORMER_OFFICIAL,
    Verdict.LOOKALIKE,
    Verdict.UNVERIFIABLE,
    Verdict.UNRELATED,
    Verdict.INVALID,
)


def bare_handle(handle: str) -> str:
    return handle.strip().removeprefix("@")


class Registry:
    """The inventory's accounts indexed for verification."""

    def __init__(self, inventory: object, organisation: Organisation) -> None:
        if not isinstance(organisation, Organisation):
            raise RandabergSomeError(
                f"'organisation' must be an Organisation (got {shown(organisation)})"
            )
        self.organisation = organisation
        listed = accounts_of(inventory)
        # Official: the accounts in use (active, dormant, or with no status). A retired
        # account's handle is a former handle; a planned account is not the kommune's yet.
        self.accounts = tuple(account for account in listed if in_use(account.status))
        self.exact: dict[tuple[Platform, str], Account] = {}
        self.keys: dict[tuple[Platform, str], Account] = {}
        self.retired: dict[tuple[Platform, str], Account] = {}
        self.ids: dict[tuple[Platform, str], Account] = {}
        for account in self.accounts:
            platform = account.platform
            assert isinstance(platform, Platform)  # _accounts_of keeps only these
            rules = platform.rules
            bare = bare_handle(account.handle)
            self.exact.setdefault((platform, bare), account)
            self.keys.setdefault((platform, rules.comparison_key(bare)), account)
            for identifier in account.platform_ids:
                self.ids.setdefault((platform, identifier.strip()), account)
        for account in listed:
            platform = account.platform
            assert isinstance(platform, Platform)
            if account.status is AccountStatus.PLANNED:
                continue
            former = account.retired_handles
            if account.status is AccountStatus.RETIRED:
                former = (account.handle, *former)
            for retired in former:
                key = (platform, platform.rules.comparison_key(bare_handle(retired)))
                if key not in self.keys:  # a handle in use again is the current account's
                    self.retired.setdefault(key, account)
        self.index = LookalikeIndex(self.exact, base=organisation.handle_base)

    def verify(self, text: object, platform: Platform | None = None) -> Verification:
        if not isinstance(text, str):
            raise RandabergSomeError(f"a link or handle must be a str (got {shown(text)})")
        given = shown_input(text)
        ref = parse_profile(text)
        if ref.kind == "bare" and ref.handle and ref.lookalike_host is None:
            platforms = (platform,) if platform is not None else tuple(Platform)
            results = tuple(self._judge(given, ref, one, ref.handle) for one in platforms)
            if len(results) == 1:
                return results[0]
            return self._every_platform(given, ref.handle, results)
        return self._judge(given, ref, ref.platform, ref.handle)

    def _every_platform(
        self, given: str, handle: str, results: tuple[Verification, ...]
    ) -> Verification:
        best = min(results, key=lambda result: _BEST.index(result.verdict))
        grouped: dict[Verdict, list[str]] = {}
        for result in results:
            assert result.platform is not None
            grouped.setdefault(result.verdict, []).append(result.platform.label)
        parts = [
            words.LABELS[verdict.value] + Message.same(" (" + ", ".join(labels) + ")")
            for verdict, labels in sorted(grouped.items(), key=lambda item: _BEST.index(item[0]))
        ]
        summary = parts[0]
        for part in parts[1:]:
            summary = summary + "; " + part
        return Verification(
            given=given,
            verdict=best.verdict,
            message=words.AMBIGUOUS.format(given=_quoted(given), results=summary),
            handle=handle,
            account=best.account,
            reasons=best.reasons,
            score=max(result.score for result in results),
            per_platform=results,
        )

    def _judge(
        self, given: str, ref: ProfileRef, platform: Platform | None, handle: str | None
    ) -> Verification:
        organisation = self.organisation.name
        quoted = _quoted(given)
        if ref.lookalike_host is not None:
            return self._lookalike_host(given, ref, platform, handle)
        if ref.kind == "unverifiable":
            return Verification(
                given=given,
                verdict=Verdict.UNVERIFIABLE,
                message=words.UNVERIFIABLE.format(given=quoted),
                platform=platform,
            )
        if platform is None or ref.kind == "invalid" or not (handle or ref.platform_id):
            platforms = ", ".join(member.label for member in Platform)
            return Verification(
                given=given,
                verdict=Verdict.INVALID,
                message=words.INVALID.format(
                    given=quoted, organisation=organisation, platforms=platforms
                ),
                platform=platform,
                handle=handle or None,
            )
        if ref.platform_id is not None:
            account = self.ids.get((platform, ref.platform_id))
            if account is not None:
                return self._official(given, platform, handle, account)
            if not handle:
                return Verification(
                    given=given,
                    verdict=Verdict.UNVERIFIABLE,
                    message=words.NUMERIC.format(
                        given=quoted, platform=platform.label, id=shown_input(ref.platform_id)
                    ),
                    platform=platform,
                )
        assert handle is not None
        return self._by_handle(given, ref, platform, handle)

    def _by_handle(
        self, given: str, ref: ProfileRef, platform: Platform, handle: str
    ) -> Verification:
        organisation = self.organisation.name
        quoted = _quoted(given)
        invisible = (Evidence("invisible"),) if ref.invisible else ()
        person = ref.kind == "person"
        bare = bare_handle(handle)
        key = platform.rules.comparison_key(bare)
        account = None if person else self.exact.get((platform, bare))
        if account is not None and not invisible:
            return self._official(given, platform, bare, account)
        account = None if person else account or self.keys.get((platform, key))
        if account is not None and not invisible:
            return Verification(
                given=given,
                verdict=Verdict.OFFICIAL_EQUIVALENT,
                message=words.OFFICIAL_EQUIVALENT.format(
                    given=quoted,
                    organisation=organisation,
                    account=_named(account, platform),
                    rule=_rule(platform),
                ),
                platform=platform,
                handle=bare,
                account=account,
            )
        former = None if person or invisible else self.retired.get((platform, key))
        if former is not None:
            return Verification(
                given=given,
                verdict=Verdict.FORMER_OFFICIAL,
                message=words.FORMER.format(
                    given=quoted,
                    organisation=organisation,
                    platform=platform.label,
                    account=_named(former, platform),
                ),
                platform=platform,
                handle=bare,
                account=former,
                score=50.0,
            )
        match = self.index.nearest(platform, bare)
        nearest = self._account_of(match) or account
        reasons = _merge(invisible, match.reasons if match is not None else ())
        if reasons and nearest is not None:
            return Verification(
                given=given,
                verdict=Verdict.LOOKALIKE,
                message=words.LOOKALIKE.format(
                    given=quoted,
                    organisation=organisation,
                    account=_named(nearest, platform),
                    reasons=_reason_words(reasons),
                ),
                platform=platform,
                handle=bare,
                account=nearest,
                reasons=reasons,
                score=max(match.score if match is not None else 0.0, 90.0 if invisible else 0.0),
            )
        template = words.PERSON if person else words.UNRELATED
        return Verification(
            given=given,
            verdict=Verdict.UNRELATED,
            message=template.format(
                given=quoted, organisation=organisation, platform=platform.label
            ),
            platform=platform,
            handle=bare,
            account=nearest,
            score=match.score if match is not None else 0.0,
        )

    def _official(
        self, given: str, platform: Platform, handle: str | None, account: Account
    ) -> Verification:
        return Verification(
            given=given,
            verdict=Verdict.OFFICIAL,
            message=words.OFFICIAL.format(
                given=_quoted(given),
                organisation=self.organisation.name,
                account=_named(account, platform),
            ),
            platform=platform,
            handle=bare_handle(handle) if handle else None,
            account=account,
        )

    def _lookalike_host(
        self, given: str, ref: ProfileRef, platform: Platform | None, handle: str | None
    ) -> Verification:
        host = ref.lookalike_host or ""
        evidence = (Evidence("platform_domain", shown_input(host)[:40]),)
        account = None
        if platform is not None and handle:
            key = platform.rules.comparison_key(bare_handle(handle))
            account = self.keys.get((platform, key)) or self._account_of(
                self.index.nearest(platform, bare_handle(handle))
            )
        name = platform.label if platform is not None else "?"
        return Verification(
            given=given,
            verdict=Verdict.LOOKALIKE,
            message=words.LOOKALIKE_HOST.format(
                given=_quoted(given), platform=name, host=shown_input(host)
            ),
            platform=platform,
            handle=bare_handle(handle) if handle else None,
            account=account,
            reasons=evidence,
            score=100.0,
        )

    def _account_of(self, match: Match | None) -> Account | None:
        if match is None:
            return None
        return self.exact.get((match.platform, bare_handle(match.official)))


def _merge(*groups: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
    return tuple(dict.fromkeys(evidence for group in groups for evidence in group))


def accounts_of(inventory: object) -> tuple[Account, ...]:
    """The accounts of an inventory on one of the platforms, with a handle."""
    if isinstance(inventory, (str, bytes)) or not isinstance(inventory, Iterable):
        raise RandabergSomeError(
            "'inventory' must be accounts or an inventory as load_accounts gives it "
            f"(got {shown(inventory)})"
        )
    accounts: list[Account] = []
    for item in inventory:
        account = item.value if isinstance(item, Row) else item
        if account is None:
            continue  # a row that gave no account (its errors are the loader's report)
        if not isinstance(account, Account):
            raise RandabergSomeError(f"'inventory' must hold accounts (got {shown(item)})")
        if isinstance(account.platform, Platform) and bare_handle(account.handle):
            accounts.append(account)
    return tuple(accounts)


def shown_input(text: str) -> str:
    escaped = "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text
    )
    return escaped if len(escaped) <= _SHOWN_MOST else escaped[: _SHOWN_MOST - 1] + "…"


def _quoted(given: str) -> Message:
    return Message(nb=f"«{given}»", nn=f"«{given}»", en=f"“{given}”")


def _named(account: Account, platform: Platform) -> str:
    display = platform.rules.display(bare_handle(account.handle))
    name = account.name.strip()
    return f"{platform.label} {display}" + (f" ({name})" if name else "")


def _rule(platform: Platform) -> Message:
    rules = platform.rules
    ignored = sorted(rules.ignored_in_comparison.value)
    if ignored:
        chars = " ".join(f"'{char}'" for char in ignored)
        return words.RULE_CASE_AND.format(platform=platform.label, chars=chars)
    return words.RULE_CASE.format(platform=platform.label)


def _reason_words(reasons: tuple[Evidence, ...]) -> Message:
    parts: list[Message] = []
    for evidence in reasons:
        label = words.REASON_LABELS.get(evidence.code, Message.same(evidence.code))
        detail = shown_input(evidence.detail)[:40] if evidence.detail else ""
        parts.append(label + f": {detail}" if detail else label)
    joined = parts[0]
    for part in parts[1:]:
        joined = joined + "; " + part
    return joined
