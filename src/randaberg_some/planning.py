"""One plan for all of an organisation's units: every handle valid, no two alike (G12, G14).

:func:`plan_organisation` gives each unit one abbreviation that fits all the platforms of
the plan (the tightest one decides, as :func:`~randaberg_some.plan_handles` does for one
unit), and makes sure that no two units get the same handle on any platform, as that
platform compares names (Facebook ignores case and periods), and that no unit takes a
handle that an existing account already has. Where two units want the same abbreviation,
one keeps it and the other takes its next candidate in the engine's order of preference;
only when no candidate is free does a unit get a number at the end (``kulturs2``). Every
such decision is a :class:`PlanConflict` in :attr:`OrganisationPlan.conflicts`.

The naming page of the documentation ("Planning a whole organisation") describes the
order in which units choose, with worked examples.

Examples:
    >>> from randaberg_some.planning import plan_organisation
    >>> plan = plan_organisation(
    ...     ["Randaberg kulturskole", "Kulturskolen", "Kulturscenen"], ["tiktok", "instagram"]
    ... )
    >>> [unit.unit for unit in plan.plans]
    ['Kulturscenen', 'Kulturskolen', 'Randaberg kulturskole']
    >>> len({unit.for_platform("tiktok").handle for unit in plan.plans})
    3
"""

from __future__ import annotations

import enum
import heapq
from collections.abc import Iterable
from typing import Final

import attrs

from ._abbreviate import unit_name
from ._notebook import Shown, Target
from ._planner import (
    Entry,
    clash,
    entries,
    existing_keys,
    identity,
    numbered,
    platforms_of,
    take,
)
from ._text import fold, shown
from .accounts import Account
from .errors import InvalidNameError, RandabergSomeError
from .messages import Lang, Message
from .naming import Deviation, DeviationKind, HandlePlan, PlannedHandle, plan_handles
from .platforms import Platform
from .policy import DEFAULT_POLICY, NamingPolicy, Policy, PolicyVersion, check_policy
from .rows import Loaded
from .units import Unit

__all__ = ["ConflictResolution", "OrganisationPlan", "PlanConflict", "plan_organisation"]


class ConflictResolution(enum.Enum):
    """How a unit that had to give way got its abbreviation.

    Examples:
        >>> ConflictResolution("suffix") is ConflictResolution.SUFFIX
        True
    """

    NEXT_CANDIDATE = "next_candidate"
    SUFFIX = "suffix"

    @classmethod
    def _missing_(cls, value: object) -> ConflictResolution:
        raise RandabergSomeError(
            f"unknown conflict resolution {shown(value)}: expected one of "
            + ", ".join(repr(member.value) for member in cls)
        )


_HOW: Final = {
    ConflictResolution.NEXT_CANDIDATE: Message(
        nb="(det neste forslaget i rekkefølgen)",
        nn="(det neste framlegget i rekkjefølgja)",
        en="(the next candidate in order of preference)",
    ),
    ConflictResolution.SUFFIX: Message(
        nb="(med et tall til slutt: ingen lesbar forkortelse var ledig)",
        nn="(med eit tal til slutt: inga lesbar forkorting var ledig)",
        en="(with a number at the end: no readable abbreviation was free)",
    ),
}
_BOTH_WANTED: Final = Message(
    nb="{unit} og {other} ville begge ha {wanted!r} på {platform}. {other} får den, og {unit} "
    "får {chosen!r} {how}.",
    nn="{unit} og {other} ville begge ha {wanted!r} på {platform}. {other} får ho, og {unit} "
    "får {chosen!r} {how}.",
    en="{unit} and {other} both wanted {wanted!r} on {platform}. {other} gets it, and {unit} "
    "gets {chosen!r} {how}.",
)
_EXISTS: Final = Message(
    nb="{unit} ville ha {wanted!r}, men kontoen {other} finnes allerede på {platform}. {unit} "
    "får {chosen!r} {how}.",
    nn="{unit} ville ha {wanted!r}, men kontoen {other} finst alt på {platform}. {unit} "
    "får {chosen!r} {how}.",
    en="{unit} wanted {wanted!r}, but the account {other} already exists on {platform}. "
    "{unit} gets {chosen!r} {how}.",
)
_ALSO_TRIED: Final = Message(
    nb=" Prøvde også: {tried}.", nn=" Prøvde òg: {tried}.", en=" Also tried: {tried}."
)
_CANONICAL: Final = Message(
    nb="den kanoniske formen", nn="den kanoniske forma", en="the canonical form"
)
_CHANGED: Final = Message(
    nb="Forkortelsen {full!r} er endret til {chosen!r}: {wanted!r} er allerede tatt av {other} "
    "på {platform}.",
    nn="Forkortinga {full!r} er endra til {chosen!r}: {wanted!r} er alt teken av {other} "
    "på {platform}.",
    en="The abbreviation {full!r} is changed to {chosen!r}: {wanted!r} is already taken by "
    "{other} on {platform}.",
)
_FIRST_VALID: Final = Message(
    nb="Forkortelsen {full!r} er endret til {chosen!r}: den første som gir et gyldig brukernavn "
    "på alle plattformene i planen.",
    nn="Forkortinga {full!r} er endra til {chosen!r}: den første som gir eit gyldig brukarnamn "
    "på alle plattformene i planen.",
    en="The abbreviation {full!r} is changed to {chosen!r}: the first that gives a valid "
    "handle on every platform of the plan.",
)
_NOT_IN_PLAN: Final = Message(
    nb="Planen har ingen enhet som heter {unit}.",
    nn="Planen har inga eining som heiter {unit}.",
    en="The plan has no unit called {unit}.",
)


@attrs.frozen(kw_only=True)
class PlanConflict:
    """A unit that had to give way in the plan: what it wanted, who had it, what it got.

    Attributes:
        unit: The unit that gave way.
        wanted: The abbreviation it would have had on its own.
        taken_by: The unit of the plan that got ``wanted``, or the existing account's handle.
        existing: Whether ``taken_by`` is an existing account's handle (not a unit of the plan).
        platform: The first platform of the plan where the two collide (``None`` for a plan
            without platforms, where the canonical handles collide).
        tried: Every abbreviation the unit tried and found taken, ``wanted`` first.
        chosen: The abbreviation the unit got.
        resolution: How it got it.
    """

    unit: str
    wanted: str
    taken_by: str
    existing: bool = False
    platform: Platform | None = None
    tried: tuple[str, ...] = ()
    chosen: str
    resolution: ConflictResolution = ConflictResolution.NEXT_CANDIDATE

    @property
    def units(self) -> tuple[str, ...]:
        """The units of the plan that competed: the one that kept the abbreviation first."""
        return (self.unit,) if self.existing else (self.taken_by, self.unit)

    @property
    def message(self) -> Message:
        """What happened, in bokmål, nynorsk and English."""
        template = _EXISTS if self.existing else _BOTH_WANTED
        platform = _CANONICAL if self.platform is None else Message.same(self.platform.label)
        said = template.format(
            unit=shown(self.unit),
            other=shown(self.taken_by),
            wanted=self.wanted,
            platform=platform,
            chosen=self.chosen,
            how=_HOW.get(self.resolution, _HOW[ConflictResolution.NEXT_CANDIDATE]),
        )
        others = [repr(text) for text in self.tried[1:]]
        if not others:
            return said
        return Message(
            nb=said.nb + _ALSO_TRIED.nb.format(tried=", ".join(others)),
            nn=said.nn + _ALSO_TRIED.nn.format(tried=", ".join(others)),
            en=said.en + _ALSO_TRIED.en.format(tried=", ".join(others)),
        )

    def text(self, lang: Lang = "nb") -> str:
        """What happened, in ``lang`` (``"nb"``, ``"nn"`` or ``"en"``).

        Raises:
            UnknownLanguageError: ``lang`` is not one of the three.

        Examples:
            >>> plan = plan_organisation(["Bassenget"], ["instagram"],
            ...                          existing=["@randabergkommune_bassenget"])
            >>> print(plan.conflicts[0].text("en"))  # doctest: +ELLIPSIS
            'Bassenget' wanted 'bassenget', but the account '@randabergkommune_bassenget' \
already exists on Instagram. 'Bassenget' gets ...
        """
        return self.message.text(lang)


@attrs.frozen(kw_only=True, repr=False)
class OrganisationPlan(Shown):
    """Handles for all of an organisation's units, unique on every platform.

    Attributes:
        organisation: The organisation's name.
        platforms: The platforms of the plan, in the order asked for.
        plans: One :class:`~randaberg_some.HandlePlan` per unit, by unit name.
        conflicts: Every unit that had to give way, in the order the plan decided.
    """

    organisation: str
    platforms: tuple[Platform, ...]
    plans: tuple[HandlePlan, ...]
    conflicts: tuple[PlanConflict, ...] = ()

    def for_unit(self, unit: Unit | str) -> HandlePlan:
        """Return the plan of ``unit`` (a name or a :class:`Unit`; case and spacing ignored).

        Raises:
            InvalidNameError: ``unit`` is not a unit name.
            RandabergSomeError: the plan has no such unit.

        Examples:
            >>> plan_organisation(["Bassenget"], ["tiktok"]).for_unit(" bassenget ").unit
            'Bassenget'
        """
        wanted = identity(unit_name(unit))
        for plan in self.plans:
            if identity(plan.unit) == wanted:
                return plan
        message = _NOT_IN_PLAN.format(unit=shown(unit_name(unit)))
        raise RandabergSomeError(message.en, message=message)

    def text(self, lang: Lang = "nb") -> str:
        """The plan as plain text: see :func:`randaberg_some.render.text`."""
        from . import render

        return render.text(self, lang)

    def to_json(self, *, indent: int | None = 2) -> str:
        """The plan as JSON: see :func:`randaberg_some.render.to_json`."""
        from . import render

        return render.to_json(self, indent=indent)

    def to_excel(self, path: Target, lang: Lang = "nb") -> None:
        """Write the plan as an Excel workbook in ``lang``: the handles, and the conflicts."""
        from . import render
        from .files.workbook import write_workbook

        write_workbook(path, render.sheets(self, lang))


def plan_organisation(
    units: Iterable[Unit | str] | Unit | str,
    platforms: Iterable[Platform | str] | Platform | str = tuple(Platform),
    *,
    existing: Iterable[Account | str | Loaded[Account]] | Account | str | Loaded[Account] = (),
    policy: NamingPolicy | PolicyVersion | Policy = DEFAULT_POLICY,
) -> OrganisationPlan:
    """Plan the handles of all of an organisation's units at once, every one unique.

    Each unit gets one abbreviation that fits every platform of the plan (G12). No two
    units get handles that a platform would take for the same name, and no unit gets a
    handle that an account in ``existing`` has, unless that account is the unit's own.
    The result does not depend on the order of ``units``: units choose in a fixed order
    (an explicit :attr:`Unit.abbreviation` first, then the shortest full abbreviation, then
    by name), all first choices before any second choice. Names that differ only in case
    and spacing are one unit.

    Args:
        units: Unit names or :class:`Unit` values (one name or unit is a plan of one).
        platforms: The platforms, in the order wanted; all six by default.
        existing: Handles already in use: accounts (compared on their own platform), handle
            strings (compared on every platform), or an inventory from
            :func:`~randaberg_some.load_accounts`.
        policy: The naming policy.

    Returns:
        The plan.

    Raises:
        InvalidNameError: a unit name is blank, not text or has no letters or digits, a
            unit is listed twice with different explicit abbreviations, or ``units`` is not
            a collection of units.
        UnknownPlatformError: a platform is not one of the six.
        ConfigurationError: ``policy`` is not a :class:`NamingPolicy`, or its base leaves
            no room for a unit on a platform of the plan.
        RandabergSomeError: ``existing`` holds something that is not an account or handle.

    Examples:
        >>> plan = plan_organisation(["Randaberg ungdomsskole", "Ungdomsklubben"], ["tiktok"])
        >>> sorted(unit.abbreviation for unit in plan.plans) != ["ungdoms", "ungdoms"]
        True
        >>> plan_organisation(["Bassenget"], ["instagram"],
        ...                   existing=["@randabergkommune_bassenget"]).conflicts[0].existing
        True
    """
    policy = check_policy(policy)
    chosen = platforms_of(platforms)
    listed = entries(units, chosen, policy)
    taken = existing_keys(existing, chosen, policy)
    conflicts: list[PlanConflict] = []
    results: dict[str, str] = {}
    heap = [(0, entry.order, index) for index, entry in enumerate(listed)]
    heapq.heapify(heap)
    while heap:
        rank, order, index = heapq.heappop(heap)
        entry = listed[index]
        if rank < len(entry.options):
            text = entry.options[rank]
            found = clash(text, entry, chosen, taken, policy)
            if found is not None:
                entry.lost.append((text, found))
                heapq.heappush(heap, (rank + 1, order, index))
                continue
            resolution = ConflictResolution.NEXT_CANDIDATE
        else:
            text = numbered(entry, chosen, taken, policy)
            resolution = ConflictResolution.SUFFIX
        take(text, entry, chosen, taken, policy)
        results[entry.name] = text
        if entry.lost:
            wanted, lost = entry.lost[0]
            conflicts.append(
                PlanConflict(
                    unit=entry.name,
                    wanted=wanted,
                    taken_by=lost.holder,
                    existing=lost.existing,
                    platform=lost.platform,
                    tried=tuple(text for text, _ in entry.lost),
                    chosen=text,
                    resolution=resolution,
                )
            )
    plans = tuple(
        _unit_plan(entry, results[entry.name], chosen, policy)
        for entry in sorted(listed, key=lambda entry: (fold(entry.name), entry.name))
    )
    return OrganisationPlan(
        organisation=policy.organisation.name,
        platforms=tuple(chosen),
        plans=plans,
        conflicts=tuple(conflicts),
    )


def _unit_plan(entry: Entry, text: str, chosen: list[Platform], policy: NamingPolicy) -> HandlePlan:
    """The unit's :class:`HandlePlan` with ``text`` as its abbreviation."""
    try:
        plain: HandlePlan | None = plan_handles(entry.unit, chosen, policy=policy)
    except InvalidNameError:
        plain = None
    if plain is not None and plain.abbreviation == text:
        return plain
    fixed = plan_handles(Unit(name=entry.name, abbreviation=text), chosen, policy=policy)
    canonical = "@" + policy.organisation.handle_base + policy.separator + entry.full
    if entry.lost:
        wanted, clash = entry.lost[0]
        platform = _CANONICAL if clash.platform is None else Message.same(clash.platform.label)
        message = _CHANGED.format(
            full=entry.full,
            chosen=text,
            wanted=wanted,
            other=shown(clash.holder),
            platform=platform,
        )
    else:
        message = _FIRST_VALID.format(full=entry.full, chosen=text)
    changed = Deviation(kind=DeviationKind.SHORTENED, message=message)
    handles = tuple(_with_deviation(planned, changed) for planned in fixed.handles)
    return HandlePlan(unit=entry.name, canonical=canonical, abbreviation=text, handles=handles)


def _with_deviation(planned: PlannedHandle, changed: Deviation) -> PlannedHandle:
    """``planned`` with ``changed`` in the place the naming rules give a shortening."""
    kept = [d for d in planned.deviations if d.kind is not DeviationKind.SHORTENED]
    at = next((i for i, d in enumerate(kept) if d.kind is DeviationKind.NO_AT), len(kept))
    kept.insert(at, changed)
    return attrs.evolve(planned, deviations=tuple(kept))
