"""Is this account official? Verify a link or handle, find look-alikes, publish the list.

The kommune's account inventory is its registry. :func:`verify_account` answers for one
pasted link or handle with a :class:`Verification`: a :class:`Verdict`, the matched or
nearest official account, the reasons with their evidence, and a message a person can
forward. :func:`find_lookalikes` screens many candidates and ranks what a person should
review first (a :class:`LookalikeReport`). :func:`publish_registry` gives the "our official
accounts" page (a :class:`PublishedRegistry`), generated from the inventory so that the page
cannot drift from it.

Nothing is fetched from the network: a short or share link is ``unverifiable``, and a person
decides what a ``lookalike`` is.

Examples:
    >>> from randaberg_some import Account
    >>> from randaberg_some.registry import verify_account
    >>> inventory = [Account(platform="facebook", name="Randaberg kommune",
    ...                      handle="@randabergkommune")]
    >>> verify_account("https://facebook.com/randabergkommune", inventory).verdict.value
    'official'
    >>> verify_account("https://facebook.com/RandabergKommune", inventory).verdict.value
    'official_equivalent'
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from importlib import import_module
from types import ModuleType
from typing import Any, Final

import attrs

from . import _verdicts as words
from ._lookalike import Evidence
from ._notebook import Shown, Target
from ._text import shown
from .accounts import Account, in_use
from .errors import RandabergSomeError
from .messages import Lang, Message, check_lang
from .organisation import RANDABERG, Organisation
from .platforms import Platform
from .rows import Row

__all__ = [
    "Evidence",
    "LookalikeReport",
    "PublishedRegistry",
    "Verdict",
    "Verification",
    "find_lookalikes",
    "publish_registry",
    "verify_account",
]


class Verdict(enum.Enum):
    """What a link or handle is, measured against the inventory.

    ``OFFICIAL``: the platform and handle (as written, up to the ``@``) or the platform ID
    are an inventory account's. ``OFFICIAL_EQUIVALENT``: written differently, but the
    platform treats it as the same account (Facebook ignores case and periods).
    ``FORMER_OFFICIAL``: a handle the inventory records as retired, as a former handle or
    as the handle of an account whose status is retired (it may now belong to someone
    else). ``LOOKALIKE``: not the kommune's, and at least one reason says it imitates
    an official account or the platform's domain. ``UNRELATED``: a profile that is not the
    kommune's and looks like none of its accounts (a person's LinkedIn profile included).
    ``UNVERIFIABLE``: a short, share or content link, or a numeric ID the inventory does not
    record, whose owner cannot be known offline. ``INVALID``: neither a profile link nor a
    handle.
    """

    OFFICIAL = "official"
    OFFICIAL_EQUIVALENT = "official_equivalent"
    FORMER_OFFICIAL = "former_official"
    LOOKALIKE = "lookalike"
    UNRELATED = "unrelated"
    UNVERIFIABLE = "unverifiable"
    INVALID = "invalid"

    @classmethod
    def _missing_(cls, value: object) -> Verdict:
        expected = ", ".join(member.value for member in cls)
        raise RandabergSomeError(f"unknown verdict {shown(value)}: expected one of {expected}")

    def label(self, lang: Lang = "nb") -> str:
        """The verdict in words, in ``lang``.

        Raises:
            UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.

        Examples:
            >>> Verdict.LOOKALIKE.label("en")
            'look-alike'
        """
        return words.LABELS[self.value].text(check_lang(lang))

    @property
    def needs_review(self) -> bool:
        """Whether a person should look at it: a look-alike, a former or an unknown owner."""
        return self in _REVIEW


_REVIEW: Final = frozenset({Verdict.LOOKALIKE, Verdict.FORMER_OFFICIAL, Verdict.UNVERIFIABLE})
# What a person reviews first in a look-alike report.
_REVIEW_ORDER: Final = {
    verdict: rank
    for rank, verdict in enumerate(
        (
            Verdict.LOOKALIKE,
            Verdict.FORMER_OFFICIAL,
            Verdict.UNVERIFIABLE,
            Verdict.INVALID,
            Verdict.UNRELATED,
            Verdict.OFFICIAL_EQUIVALENT,
            Verdict.OFFICIAL,
        )
    )
}


_Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _render_module() -> ModuleType:
    return import_module("randaberg_some.render.registry")


def _typed(kind: type, what: str, *, optional: bool = False) -> _Validator:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if (optional and value is None) or isinstance(value, kind):
            return
        raise RandabergSomeError(f"'{attribute.name}' must be {what} (got {shown(value)})")

    return check


def _to_tuple(kind: type, what: str) -> Callable[[Any], tuple[Any, ...]]:
    def convert(values: object) -> tuple[Any, ...]:
        if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
            raise RandabergSomeError(f"must be a sequence of {what} (got {shown(values)})")
        items = tuple(values)
        for item in items:
            if not isinstance(item, kind):
                raise RandabergSomeError(f"each must be {what} (got {shown(item)})")
        return items

    return convert


def _score(instance: object, attribute: attrs.Attribute[float], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
        raise RandabergSomeError(f"'score' must be a number from 0 to 100 (got {shown(value)})")


def _to_evidence(values: object) -> tuple[Evidence, ...]:
    return _to_tuple(Evidence, "Evidence")(values)


def _to_verifications(values: object) -> tuple[Verification, ...]:
    return _to_tuple(Verification, "a Verification")(values)


@attrs.frozen(kw_only=True, repr=False)
class Verification(Shown):
    r"""The answer for one pasted link or handle.

    Attributes:
        given: The input as given, shown safely: invisible and control characters escaped
            (``\u200b``), cut to 60 characters.
        verdict: What it is.
        message: What a person can forward, in three languages.
        platform: The platform it names (``None`` for a bare handle or junk).
        handle: The handle it names, bare (no ``@``), when there is one.
        account: The matched official account (official, equivalent, former), or the one
            it imitates or is nearest to; ``None`` when there is none.
        reasons: Why it looks like an official account, each with its evidence.
        score: For ranking only: higher is more alarming (0-100).
        per_platform: For a bare handle, the verification on each platform; empty
            otherwise.

    Raises:
        RandabergSomeError: a field of the wrong type.
    """

    given: str = attrs.field(validator=_typed(str, "text"))
    verdict: Verdict = attrs.field(validator=_typed(Verdict, "a Verdict"))
    message: Message = attrs.field(validator=_typed(Message, "a Message"))
    platform: Platform | None = attrs.field(
        default=None,
        validator=_typed(Platform, "a Platform or None", optional=True),
    )
    handle: str | None = attrs.field(
        default=None,
        validator=_typed(str, "text or None", optional=True),
    )
    account: Account | None = attrs.field(
        default=None,
        validator=_typed(Account, "an Account or None", optional=True),
    )
    reasons: tuple[Evidence, ...] = attrs.field(
        default=(),
        converter=_to_evidence,
    )
    score: float = attrs.field(default=0.0, validator=_score)
    per_platform: tuple[Verification, ...] = attrs.field(
        default=(),
        converter=_to_verifications,
    )

    def text(self, lang: Lang = "nb") -> str:
        """The verification as plain text in ``lang``: the verdict, the message, the reasons."""
        result: str = _render_module().text(self, check_lang(lang))
        return result

    def to_json(self, *, indent: int | None = 2) -> str:
        """The verification as a JSON document (messages in all three languages)."""
        result: str = _render_module().to_json(self, indent=indent)
        return result


@attrs.frozen(kw_only=True, repr=False)
class LookalikeReport(Shown):
    """Candidates screened against the inventory, what a person should review first.

    Attributes:
        items: One verification per candidate, ranked: look-alikes (most alarming first),
            former official handles, links that cannot be checked, invalid input, the
            unrelated, then the official ones; candidates of equal rank keep their order.

    Raises:
        RandabergSomeError: items that are not :class:`Verification` values.
    """

    items: tuple[Verification, ...] = attrs.field(converter=_to_verifications)

    @property
    def to_review(self) -> tuple[Verification, ...]:
        """The items a person should look at (:attr:`Verdict.needs_review`), in rank order."""
        return tuple(item for item in self.items if item.verdict.needs_review)

    def count(self, verdict: Verdict | str) -> int:
        """How many candidates got ``verdict`` (a :class:`Verdict` or its value).

        Raises:
            RandabergSomeError: ``verdict`` is no verdict.
        """
        wanted = Verdict(verdict)
        return sum(1 for item in self.items if item.verdict is wanted)

    def text(self, lang: Lang = "nb") -> str:
        """The report as plain text in ``lang``, one line per candidate."""
        result: str = _render_module().text(self, check_lang(lang))
        return result

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as a JSON document (messages in all three languages)."""
        result: str = _render_module().to_json(self, indent=indent)
        return result


def _to_accounts(values: object) -> tuple[Account, ...]:
    return _to_tuple(Account, "an Account")(values)


@attrs.frozen(kw_only=True, repr=False)
class PublishedRegistry(Shown):
    """The organisation's official accounts, for its website ("our official accounts").

    Attributes:
        organisation: Whose accounts they are.
        accounts: The official accounts, by platform (in the order of :class:`Platform`),
            each platform's in the inventory's order, each account once.
        lang: The language of :attr:`html`.

    Raises:
        RandabergSomeError: a field of the wrong type, or an unknown language.
    """

    organisation: Organisation = attrs.field(validator=_typed(Organisation, "an Organisation"))
    accounts: tuple[Account, ...] = attrs.field(converter=_to_accounts)
    lang: Lang = attrs.field(default="nb", converter=check_lang)

    @property
    def html(self) -> str:
        """An accessible HTML fragment in :attr:`lang`: a heading, a list per platform."""
        result: str = _render_module().html(self, self.lang)
        return result

    def text(self, lang: Lang = "nb") -> str:
        """The accounts as plain text in ``lang``, one line each."""
        result: str = _render_module().text(self, check_lang(lang))
        return result

    def to_json(self, *, indent: int | None = 2) -> str:
        """The accounts as a JSON document: platform, display name, handle and URL."""
        result: str = _render_module().to_json(self, indent=indent)
        return result

    def to_html(self, path: Target) -> None:
        """Write :attr:`html` (the fragment, UTF-8) to the file ``path``, replacing it.

        Raises:
            RandabergSomeError: ``path`` is not a file name, or the file cannot be written.
        """
        from .files.workbook import write_bytes

        write_bytes(path, (self.html + "\n").encode("utf-8"))


def verify_account(
    url_or_handle: str,
    inventory: Iterable[Account | Row[Account]],
    *,
    platform: Platform | str | None = None,
    organisation: Organisation = RANDABERG,
) -> Verification:
    """Say whether a pasted link or handle is one of the organisation's official accounts.

    A bare handle (``@randabergkommune``) names no platform: it is checked on every
    platform (or only on ``platform`` when given). The answer is then one
    :class:`Verification` whose :attr:`~Verification.per_platform` holds the answer on
    each platform, and whose verdict is the best of them (official before equivalent,
    former, look-alike, unverifiable, unrelated, invalid), with a message that lists them.

    Args:
        url_or_handle: A profile link as pasted (any host form, tracking parameters and
            all) or a handle.
        inventory: The official accounts: :class:`~randaberg_some.Account` values or an
            inventory as ``load_accounts`` gives it (rows that gave no account are left
            out). Accounts on other platforms than :class:`~randaberg_some.Platform`'s, or
            without a handle, are not official anywhere; nor is a planned account (not
            created yet), and a retired account's handle is a former one.
        platform: The platform a bare handle is on, when known.
        organisation: Whose accounts they are (for the messages and the handle base).

    Returns:
        The verification.

    Raises:
        RandabergSomeError: ``url_or_handle`` is not text, ``inventory`` holds no accounts
            or rows, ``platform`` names no platform.

    Examples:
        >>> from randaberg_some import Account
        >>> inventory = [Account(platform="instagram", name="Randaberg kommune",
        ...                      handle="@randabergkommune", retired_handles=("randaberg",))]
        >>> answer = verify_account("@randabergkommune", inventory)
        >>> answer.verdict.value, [v.platform.value for v in answer.per_platform][:2]
        ('official', ['facebook', 'instagram'])
        >>> verify_account("https://instagram.com/randaberg", inventory).verdict.value
        'former_official'
    """
    from ._verify import Registry

    chosen = None if platform is None else _platform(platform)
    return Registry(inventory, organisation).verify(url_or_handle, chosen)


def _platform(value: object) -> Platform:
    if isinstance(value, Platform):
        return value
    if isinstance(value, str):
        return Platform(value)
    raise RandabergSomeError(f"'platform' must be a Platform or a name (got {shown(value)})")


def find_lookalikes(
    candidates: Iterable[str],
    inventory: Iterable[Account | Row[Account]],
    *,
    organisation: Organisation = RANDABERG,
) -> LookalikeReport:
    """Screen candidate handles or links and rank what a person should review.

    Each candidate is verified as :func:`verify_account` does; the report ranks the
    look-alikes first, the most alarming (highest score) at the top.

    Raises:
        RandabergSomeError: ``candidates`` is not a sequence of text, or ``inventory``
            holds no accounts or rows.

    Examples:
        >>> from randaberg_some import Account
        >>> inventory = [Account(platform="facebook", name="Randaberg kommune",
        ...                      handle="randabergkommune", retired_handles=("randaberg",))]
        >>> report = find_lookalikes(["https://facebook.com/randabergkommune",
        ...                           "https://facebook.com/randaberg"], inventory)
        >>> [item.verdict.value for item in report.items]
        ['former_official', 'official']
    """
    if isinstance(candidates, (str, bytes)) or not isinstance(candidates, Iterable):
        raise RandabergSomeError(
            f"'candidates' must be a sequence of handles or links (got {shown(candidates)})"
        )
    from ._verify import Registry

    registry = Registry(inventory, organisation)
    answers: dict[str, Verification] = {}  # a candidate that comes again is answered once
    found: list[Verification] = []
    for candidate in candidates:
        if type(candidate) is str and candidate in answers:
            found.append(answers[candidate])
            continue
        answer = registry.verify(candidate)
        if type(candidate) is str:
            answers[candidate] = answer
        found.append(answer)
    order = sorted(
        range(len(found)),
        key=lambda i: (_REVIEW_ORDER[found[i].verdict], -found[i].score, i),
    )
    return LookalikeReport(items=tuple(found[i] for i in order))


def publish_registry(
    inventory: Iterable[Account | Row[Account]],
    *,
    organisation: Organisation = RANDABERG,
    lang: Lang = "nb",
) -> PublishedRegistry:
    """The organisation's official accounts, for its website, generated from the inventory.

    Every account the inventory lists on one of the platforms with a handle is published,
    unless its status says it is planned (not created yet) or retired: active and dormant
    accounts, and accounts with no status, are the organisation's. Two rows that the
    platform treats as the same account are published once.

    Raises:
        RandabergSomeError: ``inventory`` holds no accounts or rows, or ``lang`` is not
            ``"nb"``, ``"nn"`` or ``"en"``.

    Examples:
        >>> from randaberg_some import Account
        >>> published = publish_registry([Account(platform="youtube", name="Randaberg kommune",
        ...                                       handle="@randabergkommune")], lang="en")
        >>> print(published.text("en"))
        YouTube  @randabergkommune  Randaberg kommune  https://www.youtube.com/@randabergkommune
    """
    if not isinstance(organisation, Organisation):
        raise RandabergSomeError(
            f"'organisation' must be an Organisation (got {shown(organisation)})"
        )
    from ._verify import accounts_of, bare_handle

    accounts = [account for account in accounts_of(inventory) if in_use(account.status)]
    seen: set[tuple[Platform, str]] = set()
    chosen: list[Account] = []
    for platform in Platform:
        for account in accounts:
            if account.platform is not platform:
                continue
            key = (platform, platform.rules.comparison_key(bare_handle(account.handle)))
            if key not in seen:
                seen.add(key)
                chosen.append(account)
    return PublishedRegistry(organisation=organisation, accounts=tuple(chosen), lang=lang)
