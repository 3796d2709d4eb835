"""plan_organisation: one plan for all units, unique and valid on every platform."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from randaberg_some import (
    Account,
    InvalidNameError,
    Organisation,
    Platform,
    RandabergSomeError,
    Unit,
    load_accounts,
    validate_handle,
)
from randaberg_some.planning import (
    ConflictResolution,
    OrganisationPlan,
    PlanConflict,
    plan_organisation,
)
from randaberg_some.policy import NamingPolicy

from .strategies import norwegian_names

RANDABERG_UNITS = [
    "Randaberg kulturskole",
    "Kulturskolen",
    "Kulturscenen",
    "Randaberg ungdomsskole",
    "Ungdomsklubben",
    "Bassenget",
    "Biblioteket",
    "Randaberg bibliotek",
    "Legevakt",
    "Legevakta",
    "Frivilligsentralen",
    "Barnehagene i Randaberg",
    "NAV Randaberg",
    "Pedagogisk-psykologisk tjeneste",
    "PPT",
    "Skolefritidsordningen",
    "SFO",
    "Helsestasjon for ungdom",
    "Helsestasjonen",
]


def assert_unique_and_valid(plan: OrganisationPlan) -> None:
    """Every handle validates clean, and no two units share one under the platform's rules."""
    for platform in plan.platforms:
        keys = [
            platform.rules.comparison_key(unit.for_platform(platform).handle) for unit in plan.plans
        ]
        assert len(keys) == len(set(keys)), platform
        for unit in plan.plans:
            handle = unit.for_platform(platform).handle
            assert validate_handle(handle, platform) == (), (platform, handle)
    abbreviations = [unit.abbreviation for unit in plan.plans]
    assert len(abbreviations) == len(set(abbreviations))


@pytest.mark.parametrize(
    "group",
    [
        ["Randaberg kulturskole", "Kulturskolen", "Kulturscenen"],
        ["Randaberg ungdomsskole", "Ungdomsklubben"],
        RANDABERG_UNITS,
    ],
    ids=["kultur", "ungdom", "randaberg"],
)
@pytest.mark.parametrize("platforms", [list(Platform), [Platform.TIKTOK], [Platform.FACEBOOK]])
def test_randabergs_collisions_are_resolved(group: list[str], platforms: list[Platform]) -> None:
    plan = plan_organisation(group, platforms)
    assert sorted(unit.unit for unit in plan.plans) == sorted(group)
    assert_unique_and_valid(plan)


def test_the_tiktok_collisions_of_the_issue_say_who_gave_way() -> None:
    plan = plan_organisation(["Randaberg kulturskole", "Kulturskolen", "Kulturscenen"], ["tiktok"])
    tiktok = {unit.unit: unit.for_platform("tiktok").handle for unit in plan.plans}
    assert len(set(tiktok.values())) == 3
    for conflict in plan.conflicts:
        assert isinstance(conflict, PlanConflict)
        assert conflict.unit in tiktok
        assert conflict.chosen == plan.for_unit(conflict.unit).abbreviation
        assert conflict.wanted != conflict.chosen
        assert conflict.tried[0] == conflict.wanted
        assert not conflict.existing
        assert conflict.units == (conflict.taken_by, conflict.unit)
        for lang in ("nb", "nn", "en"):
            assert conflict.unit in conflict.text(lang)
        # The unit's own plan says why its abbreviation changed.
        deviations = plan.for_unit(conflict.unit).for_platform("tiktok").deviations
        assert any(conflict.wanted in d.text("en") for d in deviations)


def test_a_unit_without_rivals_gets_what_plan_handles_gives() -> None:
    from randaberg_some import plan_handles

    plan = plan_organisation(["Bassenget", "Kulturhuset"])
    assert plan.for_unit("Bassenget") == plan_handles("Bassenget")
    assert plan.conflicts == ()


def test_existing_handles_are_taken_except_by_their_own_unit() -> None:
    inventory = (
        "platform;handle;name;unit\n"
        "instagram;@randabergkommune_bassenget;Randabergkommune Bassenget;Bassenget\n"
        "instagram;@randabergkommune_kulturhuset;Randabergkommune Kulturhuset;Biblioteket\n"
    )
    loaded = load_accounts(io.StringIO(inventory))
    plan = plan_organisation(["Bassenget", "Kulturhuset"], ["instagram"], existing=loaded)
    assert plan.for_unit("Bassenget").abbreviation == "bassenget"
    assert plan.for_unit("Kulturhuset").abbreviation != "kulturhuset"
    (conflict,) = plan.conflicts
    assert conflict.existing
    assert conflict.taken_by == "@randabergkommune_kulturhuset"
    assert conflict.platform is Platform.INSTAGRAM
    assert conflict.units == ("Kulturhuset",)


@pytest.mark.parametrize(
    "existing",
    [
        "@Randaberg.Kommune.Bassenget",
        ["randabergkommunebassenget"],
        [Account(platform="facebook", handle="@randabergkommune.bassenget", name="x")],
    ],
)
def test_existing_handles_compare_as_facebook_does(existing: object) -> None:
    plan = plan_organisation(["Bassenget"], ["facebook"], existing=existing)  # type: ignore[arg-type]
    assert plan.for_unit("Bassenget").abbreviation != "bassenget"
    assert plan.conflicts[0].existing


def test_an_account_on_another_platform_takes_nothing_here() -> None:
    other = Account(platform="tiktok", handle="@randabergkommune_bassenget", name="x")
    plan = plan_organisation(["Bassenget"], ["instagram"], existing=[other])
    assert plan.conflicts == ()


def test_a_numbered_last_resort_when_nothing_readable_is_free() -> None:
    units = [Unit(name=f"Enhet {n}", abbreviation="kultur") for n in range(3)]
    # The same explicit abbreviation for three different units: two get a number.
    plan = plan_organisation(units, ["instagram"])
    assert_unique_and_valid(plan)
    resolutions = {conflict.resolution for conflict in plan.conflicts}
    assert ConflictResolution.SUFFIX in resolutions
    assert any(unit.abbreviation[-1].isdigit() for unit in plan.plans)


def test_duplicate_names_are_one_unit() -> None:
    plan = plan_organisation(["Bassenget", " bassenget ", Unit(name="BASSENGET")])
    assert len(plan.plans) == 1
    assert plan.conflicts == ()


def test_duplicate_names_with_different_abbreviations_are_an_error() -> None:
    units = [Unit(name="Bassenget", abbreviation="bad"), Unit(name="bassenget", abbreviation="sv")]
    with pytest.raises(InvalidNameError) as raised:
        plan_organisation(units)
    assert raised.value.message is not None
    assert "'bad'" in raised.value.text("nn")


def test_an_explicit_abbreviation_wins() -> None:
    plan = plan_organisation([Unit(name="Pedagogisk-psykologisk tjeneste", abbreviation="ppt")])
    assert plan.for_unit("Pedagogisk-psykologisk tjeneste").abbreviation == "ppt"


def test_one_name_is_a_plan_of_one() -> None:
    assert len(plan_organisation("Bassenget", "tiktok").plans) == 1


def test_no_platforms_keeps_the_canonical_handles_apart() -> None:
    plan = plan_organisation(["Bassenget", "bassenget!"], [])
    assert len(plan.plans) == 2
    assert len({unit.canonical for unit in plan.plans}) == 1  # the same full name …
    assert len({unit.abbreviation for unit in plan.plans}) == 2  # … but two abbreviations
    assert plan.conflicts[0].platform is None
    assert "den kanoniske formen" in plan.conflicts[0].text("nb")


def test_another_organisation() -> None:
    policy = NamingPolicy(
        organisation=Organisation(name="Bærum kommune", domain="baerum.kommune.no")
    )
    plan = plan_organisation(["Bærum kulturskole", "Kulturskolen"], ["tiktok"], policy=policy)
    assert plan.organisation == "Bærum kommune"
    assert all(u.for_platform("tiktok").handle.startswith("@baerumkommune") for u in plan.plans)
    assert_unique_and_valid(plan)


def test_for_unit_of_an_unknown_unit() -> None:
    plan = plan_organisation(["Bassenget"])
    with pytest.raises(RandabergSomeError) as raised:
        plan.for_unit("Kulturhuset")
    assert raised.value.message is not None
    assert "Kulturhuset" in raised.value.text("nn")


@pytest.mark.parametrize(
    ("units", "existing", "error"),
    [
        (None, (), InvalidNameError),
        (42, (), InvalidNameError),
        (b"x", (), InvalidNameError),
        ([""], (), InvalidNameError),
        (["🎉"], (), InvalidNameError),
        ([None], (), InvalidNameError),
        (["Bassenget"], [42], RandabergSomeError),
        (["Bassenget"], 42, RandabergSomeError),
    ],
)
def test_bad_input_raises_the_library_error(
    units: object, existing: object, error: type[Exception]
) -> None:
    with pytest.raises(error):
        plan_organisation(units, existing=existing)  # type: ignore[arg-type]


def test_bad_platform_and_policy() -> None:
    with pytest.raises(RandabergSomeError):
        plan_organisation(["Bassenget"], ["myspace"])
    with pytest.raises(RandabergSomeError):
        plan_organisation(["Bassenget"], policy=None)  # type: ignore[arg-type]


def test_the_plan_renders(tmp_path: Path) -> None:
    plan = plan_organisation(["Randaberg kulturskole", "Kulturskolen"], ["tiktok", "facebook"])
    assert repr(plan).startswith("<OrganisationPlan: 2 units, 2 platforms")
    assert "Kulturskolen" in plan.text("en")
    assert '"conflicts"' in plan.to_json()
    records = plan.to_records("nn")
    assert len(records) == 4
    assert {record["platform"] for record in records} == {"tiktok", "facebook"}
    target = tmp_path / "plan.xlsx"
    plan.to_excel(target)
    assert target.read_bytes()[:2] == b"PK"


unit_sets = st.lists(
    st.one_of(norwegian_names, st.sampled_from(RANDABERG_UNITS)), min_size=1, max_size=12
)
platform_sets = st.lists(st.sampled_from(list(Platform)), min_size=1, max_size=6, unique=True)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(units=unit_sets, platforms=platform_sets)
def test_a_plan_is_unique_and_valid_on_every_platform(
    units: list[str], platforms: list[Platform]
) -> None:
    try:
        plan = plan_organisation(units, platforms)
    except InvalidNameError:
        return  # a name with no letters or digits (only "0"s folded away is not possible)
    assert_unique_and_valid(plan)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(units=unit_sets, platforms=platform_sets, seed=st.integers(0, 2**32))
def test_a_plan_is_the_same_whatever_the_order_of_the_units(
    units: list[str], platforms: list[Platform], seed: int
) -> None:
    shuffled = list(units)
    random.Random(seed).shuffle(shuffled)
    try:
        first = plan_organisation(units, platforms)
    except InvalidNameError:
        return
    assert plan_organisation(shuffled, platforms) == first
    assert plan_organisation(list(reversed(units)), platforms) == first
