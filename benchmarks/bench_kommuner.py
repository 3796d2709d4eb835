"""Benchmark: the naming rules over every kommune in Norway (issue 11, item 6).

Every kommune in ``benchmarks/data/kommuner.csv`` (357 kommuner, 2024 structure; sources and
licences in ``benchmarks/data/README.md``) becomes an ``Organisation(name=..., domain=...)``.
Each gets the common unit names of the research notes (bokmål and nynorsk, "X" replaced by
the kommune's place name) and its main account, on the six platforms, two ways:

- ``suggest_handle`` per unit and platform (each unit alone, as a unit leader asks);
- ``plan_organisation`` per kommune (all units at once, as the communications office plans).

Run with ``python benchmarks/bench_kommuner.py``. Prints figures; asserts nothing. Every
exception is caught and counted by type, with an example. The targets of issue 11: 0
invalid handles, 0 exceptions, 0 collisions within a kommune's plan, at most 5 % arbitrary
cuts on TikTok and none on Facebook, Instagram, LinkedIn and YouTube where a whole-word
form fits.
"""

from __future__ import annotations

import collections
import csv
import time
from collections.abc import Iterator
from pathlib import Path

from randaberg_some import (
    NamingPolicy,
    Organisation,
    Platform,
    RandabergSomeError,
    suggest_handle,
    validate_handle,
)
from randaberg_some._abbreviate import candidates, unit_words
from randaberg_some._handles import abbreviation_in, budget
from randaberg_some.planning import plan_organisation

DATA = Path(__file__).parent / "data" / "kommuner.csv"

# /work/research11/units.md (issue 11): the names kommuner write, X = the kommune's name.
# "X kirkelige fellesråd" is left out: it is not a municipal unit.
UNITS_BOKMAL = [
    "Barnehagene i X",
    "X barnehage",
    "X bibliotek",
    "Biblioteket",
    "Kulturskolen",
    "X kulturskole",
    "Kulturhuset",
    "Kulturscenen",
    "Frivilligsentralen",
    "X frivilligsentral",
    "Legevakt",
    "X legevakt",
    "NAV X",
    "X ungdomsskole",
    "X barneskole",
    "Ungdomsklubben",
    "Helsestasjon for ungdom",
    "Helsestasjonen",
    "Pedagogisk-psykologisk tjeneste",
    "PPT",
    "Skolefritidsordningen",
    "SFO",
    "Bassenget",
    "Svømmehallen",
    "Idrettshallen",
    "Teknisk etat",
    "Tekniske tjenester",
    "Brann og redning",
    "X brannvesen",
    "X sykehjem",
    "X omsorgssenter",
    "Hjemmetjenesten",
    "Barnevernet",
    "Renovasjon",
    "X kino",
    "X museum",
    "Voksenopplæringen",
    "Flyktningtjenesten",
    "Servicetorget",
    "Ungdomsrådet",
]
UNITS_NYNORSK = [
    "Barnehagane i X",
    "X folkebibliotek",
    "Kulturskulen",
    "X ungdomsskule",
    "X barneskule",
    "Pedagogisk-psykologisk teneste",
    "Skulefritidsordninga",
    "Symjehallen",
    "Teknisk eining",
    "Heimetenesta",
    "Legevakta",
]
UNITS = UNITS_BOKMAL + UNITS_NYNORSK
# A kommune's plan holds each of its units once: the same unit written two ways ("PPT" and
# "Pedagogisk-psykologisk tjeneste", "Legevakt" and "X legevakt", bokmål and nynorsk forms)
# would be two accounts for one unit. These thirty are distinct units, as one kommune has them.
PLAN_UNITS = [
    "Barnehagene i X",
    "X bibliotek",
    "X kulturskole",
    "Kulturhuset",
    "Kulturscenen",
    "X frivilligsentral",
    "X legevakt",
    "NAV X",
    "X ungdomsskole",
    "X barneskole",
    "Ungdomsklubben",
    "Helsestasjon for ungdom",
    "Helsestasjonen",
    "Pedagogisk-psykologisk tjeneste",
    "Skolefritidsordningen",
    "Svømmehallen",
    "Idrettshallen",
    "Tekniske tjenester",
    "X brannvesen",
    "X sykehjem",
    "X omsorgssenter",
    "Hjemmetjenesten",
    "Barnevernet",
    "Renovasjon",
    "X kino",
    "X museum",
    "Voksenopplæringen",
    "Flyktningtjenesten",
    "Servicetorget",
    "Ungdomsrådet",
]
MAIN = "(hovedkonto)"


def kommuner() -> Iterator[tuple[str, str, str]]:
    """(name, place, domain) of every kommune in the data file."""
    with DATA.open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            name = row["name"]
            place = name.removesuffix(" kommune").removesuffix(" herad")
            yield name, place, row["domain"]


class Tally:
    """Counts for one way of naming (per unit, or the plan)."""

    def __init__(self) -> None:
        self.handles = collections.Counter[Platform]()
        self.invalid = collections.Counter[Platform]()
        self.invalid_examples: list[str] = []
        self.cut = collections.Counter[Platform]()
        self.numbered = collections.Counter[Platform]()
        self.errors = collections.Counter[str]()
        self.error_examples: dict[str, str] = {}
        self.collisions = collections.Counter[Platform]()
        self.collision_examples: list[str] = []
        self.shortest: list[tuple[int, str, str, str, str]] = []

    def error(self, error: Exception, where: str) -> None:
        kind = type(error).__name__
        self.errors[kind] += 1
        self.error_examples.setdefault(kind, f"{where}: {str(error)[:90]}")

    def handle(
        self,
        handle: str,
        platform: Platform,
        policy: NamingPolicy,
        where: str,
        unit: str | None,
        room: int | None = None,
    ) -> None:
        self.handles[platform] += 1
        if validate_handle(handle, platform):
            self.invalid[platform] += 1
            if len(self.invalid_examples) < 5:
                self.invalid_examples.append(f"{where} on {platform.value}: {handle}")
        if unit is None:
            return
        found = abbreviation_in(handle, platform, policy)
        if found is None:
            return
        self.shortest.append((len(found), found, where, unit, platform.value))
        if room is None:
            room = budget(platform.rules, policy)
        if is_cut(found, unit, room, policy):
            self.cut[platform] += 1
        if found[-1].isdigit() and not unit_words(unit, policy)[-1][-1:].isdigit():
            self.numbered[platform] += 1


def is_cut(found: str, unit: str, room: int, policy: NamingPolicy) -> bool:
    """Whether the engine marks ``found`` as a word cut at an arbitrary letter.

    A numbered last resort (``kultur2``) counts as cut when its stem is a cut.
    """
    words = unit_words(unit, policy)
    for offered in candidates(words, room, policy):
        if offered.text == found:
            return offered.cut
    stem = found.rstrip("0123456789")
    return any(c.cut and c.text.startswith(stem) for c in candidates(words, room, policy))


def per_unit(tally: Tally, policy: NamingPolicy, kommune: str, units: list[str]) -> None:
    for platform in Platform:
        seen: dict[str, str] = {}
        for unit in [None, *units]:
            where = f"{kommune} / {unit or MAIN}"
            try:
                handle = suggest_handle(unit, platform, policy=policy)
            except (RandabergSomeError, Exception) as error:
                tally.error(error, f"{where} on {platform.value}")
                continue
            tally.handle(handle, platform, policy, kommune, unit)
            key = platform.rules.comparison_key(handle)
            if key in seen and unit is not None:
                tally.collisions[platform] += 1
                if len(tally.collision_examples) < 8:
                    tally.collision_examples.append(
                        f"{kommune} on {platform.value}: {seen[key]!r} and {unit!r} -> {handle}"
                    )
            seen.setdefault(key, unit or MAIN)


def planned(tally: Tally, policy: NamingPolicy, kommune: str, units: list[str]) -> int:
    """Plan the kommune; return its number of conflicts (-1 when planning failed)."""
    try:
        plan = plan_organisation(units, policy=policy)
    except Exception as error:
        tally.error(error, kommune)
        return -1
    # The plan shortens once, to the tightest platform: cuts are judged against that budget.
    room = min(budget(platform.rules, policy) for platform in plan.platforms)
    for platform in plan.platforms:
        seen: dict[str, str] = {}
        for unit in plan.plans:
            handle = unit.for_platform(platform).handle
            tally.handle(handle, platform, policy, kommune, unit.unit, room)
            key = platform.rules.comparison_key(handle)
            if key in seen:
                tally.collisions[platform] += 1
                if len(tally.collision_examples) < 8:
                    tally.collision_examples.append(
                        f"{kommune} on {platform.value}: {seen[key]!r} and {unit.unit!r}"
                    )
            seen.setdefault(key, unit.unit)
    return len(plan.conflicts)


def report(title: str, tally: Tally) -> None:
    print(f"\n## {title}\n")
    total = sum(tally.handles.values())
    print(
        f"handles: {total}; invalid: {sum(tally.invalid.values())}; "
        f"exceptions: {sum(tally.errors.values())}; "
        f"collisions: {sum(tally.collisions.values())}"
    )
    print(
        "\n| platform | handles | invalid | collisions | cut at an arbitrary letter "
        "| numbered (last resort) |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for platform in Platform:
        count = tally.handles[platform]
        share = 100 * tally.cut[platform] / count if count else 0.0
        print(
            f"| {platform.label} | {count} | {tally.invalid[platform]} | "
            f"{tally.collisions[platform]} | {tally.cut[platform]} ({share:.1f} %) | "
            f"{tally.numbered[platform]} |"
        )
    if tally.errors:
        print("\nexceptions by type:")
        for kind, count in tally.errors.most_common():
            print(f"- {kind}: {count}, e.g. {tally.error_examples[kind]}")
    for example in tally.invalid_examples:
        print(f"- invalid: {example}")
    for example in tally.collision_examples:
        print(f"- collision: {example}")
    first: dict[str, tuple[int, str, str, str, str]] = {}
    for entry in sorted(tally.shortest):
        first.setdefault(entry[1], entry)
    print("\nshortest abbreviations (one example each):")
    for length, found, kommune, unit, platform in sorted(first.values())[:12]:
        print(f"- {length}: {found!r} ({kommune} / {unit} on {platform})")


def main() -> None:
    by_unit, by_plan = Tally(), Tally()
    conflicts: list[int] = []
    started = time.perf_counter()
    count = 0
    for name, place, domain in kommuner():
        count += 1
        try:
            policy = NamingPolicy(organisation=Organisation(name=name, domain=domain))
        except Exception as error:
            by_unit.error(error, name)
            by_plan.error(error, name)
            continue
        units = sorted({unit.replace("X", place) for unit in UNITS})
        per_unit(by_unit, policy, name, units)
        plan_units = sorted({unit.replace("X", place) for unit in PLAN_UNITS})
        conflicts.append(planned(by_plan, policy, name, plan_units))
    elapsed = time.perf_counter() - started
    print(f"# {count} kommuner x {len(set(UNITS))} unit names (+ the main account) x 6 platforms")
    print(f"({elapsed:.1f} s)")
    report("suggest_handle, each unit alone", by_unit)
    report(f"plan_organisation, each kommune at once ({len(PLAN_UNITS)} distinct units)", by_plan)
    done = [n for n in conflicts if n >= 0]
    if done:
        print(
            f"\nplan conflicts resolved: {sum(done)} in {len(done)} kommuner "
            f"(most in one kommune: {max(done)})"
        )


if __name__ == "__main__":
    main()
