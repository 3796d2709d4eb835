"""The abbreviation engine: readable forms in a fixed order, and a cut only as the last resort."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from randaberg_some import (
    Account,
    InvalidNameError,
    NamingPolicy,
    Organisation,
    Platform,
    ProfilePicture,
    Purpose,
    Unit,
    plan_handles,
    suggest_abbreviation,
    suggest_handle,
    validate_account,
    validate_handle,
)
from randaberg_some._abbreviate import (
    Step,
    candidates,
    compound_parts,
    first_fit,
    shorten,
    unit_words,
    without_definite_ending,
)
from randaberg_some._abbreviations import ESTABLISHED, SOURCES
from randaberg_some.naming import MAX_UNIT_NAME, DeviationKind
from randaberg_some.policy import DEFAULT_POLICY

from .strategies import norwegian_names

# Unit name, budget (characters for the abbreviation), the engine's answer.
SHORTENED = [
    ("Bassenget", 7, "basseng"),
    ("Kulturskolen", 11, "kulturskole"),
    ("Barnehagene i Randaberg", 9, "barnehage"),
    ("Frivilligsentralen", 16, "frivilligsentral"),
    ("Frivilligsentralen", 8, "fsentral"),
    ("Randaberg ungdomsskole", 7, "uskole"),
    ("Ungdomsklubben", 7, "uklubb"),
    ("Kulturskolen", 7, "kskole"),
    ("Kulturscenen", 7, "kscene"),
    ("Kulturhuset", 7, "khus"),
    ("Legevakt", 7, "lvakt"),
    ("Legevakta", 7, "lvakt"),
    ("Pedagogisk-psykologisk tjeneste", 7, "ppt"),
    ("Pedagogisk-psykologisk teneste", 13, "ppt"),
    ("Skolefritidsordningen", 7, "sfo"),
    ("Skulefritidsordninga", 7, "sfo"),
    ("Helsestasjon for ungdom", 13, "hfu"),
    ("Randaberg barnehage", 7, "bhg"),
    ("Heimetenesta", 7, "heime"),
    ("Tekniske tjenester", 7, "tt"),
    ("Teknisk etat", 7, "teknisk"),
    ("Brann og redning", 12, "brannredning"),
    ("Kulturskolen på Randaberg", 7, "kskole"),
    ("Randaberghallen", 7, "hallen"),
    ("Biblioteket", 7, "bibl"),
]


@pytest.mark.parametrize(("name", "budget", "expected"), SHORTENED)
def test_real_unit_names_shorten_readably(name: str, budget: int, expected: str) -> None:
    assert suggest_abbreviation(name, max_length=budget) == expected
    chosen = first_fit(unit_words(name, DEFAULT_POLICY), budget, DEFAULT_POLICY)
    assert not chosen.cut


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("bassenget", "basseng"),
        ("kulturskolen", "kulturskole"),
        ("barnehagene", "barnehage"),
        ("barnehagane", "barnehage"),
        ("frivilligsentralen", "frivilligsentral"),
        ("voksenopplaeringen", "voksenopplaering"),
        # Words that only look definite keep their ending.
        ("brannvesen", "brannvesen"),
        ("voksen", "voksen"),
        ("museum", "museum"),
        ("ungdom", "ungdom"),
        ("fellesrad", "fellesrad"),
    ],
)
def test_definite_endings(word: str, expected: str) -> None:
    assert without_definite_ending(word) == expected


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("ungdomsskole", ["ungdom", "skole"]),
        ("barnehage", ["barn", "hage"]),
        ("idrettshall", ["idrett", "hall"]),
        ("omsorgssenter", ["omsorg", "senter"]),
        ("skolefritidsordning", ["skole", "fritid", "ordning"]),
        ("bibliotek", ["bibliotek"]),
        ("renovasjon", ["renovasjon"]),
    ],
)
def test_compounds_split_at_their_joints(word: str, parts: list[str]) -> None:
    assert compound_parts(word) == parts


def test_candidates_are_distinct_ordered_and_cut_last() -> None:
    found = candidates(unit_words("Ungdomsklubben", DEFAULT_POLICY), 7, DEFAULT_POLICY)
    texts = [candidate.text for candidate in found]
    assert texts[:5] == ["ungdomsklubben", "ungdomsklubb", "uklubb", "ungdom", "uk"]
    assert len(set(texts)) == len(texts)
    cut = [candidate.cut for candidate in found]
    assert cut == sorted(cut)  # every cut comes after every readable form
    assert found[-1].step is Step.CUT


def test_the_cut_is_the_last_resort_and_said() -> None:
    plan = plan_handles("Renovasjon", ["tiktok"])
    assert plan.abbreviation == "renovas"
    shortened = [d for d in plan.handles[0].deviations if d.kind is DeviationKind.SHORTENED]
    assert "cut in the middle" in shortened[0].text("en")
    assert "kutta midt i" in shortened[0].text("nn")
    readable = plan_handles("Bassenget", ["tiktok"]).handles[0].deviations
    assert "cut" not in readable[0].text("en")


def test_established_abbreviations_have_sources_or_say_unverified() -> None:
    for abbreviation in set(ESTABLISHED.values()):
        assert abbreviation in SOURCES or abbreviation in {"bhg", "uskole", "uskule", "bibl"}
    assert all(source for source in SOURCES.values())


OWN_NAMES = [
    # organisation name, domain, unit name, abbreviation
    ("Nord-Fron kommune", "nord-fron.kommune.no", "NAV Nord-Fron", "nav"),
    ("Nord-Fron kommune", "nord-fron.kommune.no", "NAV Nord Fron", "nav"),
    ("Nord-Fron kommune", "nord-fron.kommune.no", "NAV Nordfron", "nav"),
    ("Ål kommune", "aal.kommune.no", "NAV Ål", "nav"),
    ("Ål kommune", "aal.kommune.no", "NAV Aal", "nav"),
    ("Ål kommune", "aal.kommune.no", "Alderssenteret", "alderssenteret"),
    ("Tysvær kommune", "tysver.kommune.no", "NAV Tysvær", "nav"),
    ("Tysvær kommune", "tysver.kommune.no", "Tysver bibliotek", "bibliotek"),
    ("Kvam herad", "kvam.no", "Teknisk vakt, Kvam herad", "tekniskvakt"),
    ("Kvæfjord kommune", "kvafjord.kommune.no", "Barnehagene i Kvæfjord", "barnehagene"),
]


@pytest.mark.parametrize(("organisation", "domain", "unit", "expected"), OWN_NAMES)
def test_the_own_name_is_dropped_in_every_form(
    organisation: str, domain: str, unit: str, expected: str
) -> None:
    policy = NamingPolicy(organisation=Organisation(name=organisation, domain=domain))
    assert suggest_abbreviation(unit, policy=policy) == expected


@pytest.mark.parametrize(
    ("name", "domain", "platforms"),
    [
        ("Kvam herad", "kvam.no", (Platform.FACEBOOK,)),
        ("Midtre Gauldal kommune", "mgk.no", (Platform.FACEBOOK,)),
        ("Hå kommune", "ha.no", (Platform.FACEBOOK, Platform.LINKEDIN, Platform.VIMEO)),
    ],
)
def test_a_short_base_gets_a_longer_one_where_needed(
    name: str, domain: str, platforms: tuple[Platform, ...]
) -> None:
    organisation = Organisation(name=name, domain=domain)
    assert set(platforms) <= set(organisation.short_base_platforms)
    policy = NamingPolicy(organisation=organisation)
    for platform in Platform:
        main = suggest_handle(None, platform, policy=policy)
        assert not validate_handle(main, platform)
        unit = suggest_handle("Biblioteket", platform, policy=policy)
        assert not validate_handle(unit, platform)
    plan = plan_handles("Biblioteket", policy=policy)
    facebook = plan.for_platform("facebook")
    assert any(d.kind is DeviationKind.BASE for d in facebook.deviations)


def test_a_long_name_is_refused_and_quoted_briefly() -> None:
    with pytest.raises(InvalidNameError) as raised:
        suggest_abbreviation("Kultur" * 2000)
    assert len(str(raised.value)) < 150
    assert raised.value.message is not None
    plan = plan_handles("Kulturx " * 24, ["tiktok"])
    for deviation in plan.handles[0].deviations:
        assert len(deviation.text("en")) < 200
    assert len("Kulturx " * 24) <= MAX_UNIT_NAME


def test_max_length_must_be_positive() -> None:
    from randaberg_some import ConfigurationError

    with pytest.raises(ConfigurationError):
        suggest_abbreviation("Bassenget", max_length=0)
    with pytest.raises(ConfigurationError):
        suggest_abbreviation("Bassenget", max_length=True)


def test_linkedin_urls_may_not_contain_linkedin() -> None:
    found = validate_handle("randabergkommune-linkedin", Platform.LINKEDIN)
    assert [violation.code for violation in found] == ["H109"]
    assert "linkedin.com/help/linkedin/answer/87" in Platform.LINKEDIN.rules.forbidden_parts.source
    # A unit named after the word still gets a handle there.
    assert suggest_handle("LinkedIn", Platform.LINKEDIN) == "randabergkommune-li"


@pytest.mark.parametrize(
    ("unit", "handle", "warned"),
    [
        ("Pedagogisk-psykologisk tjeneste", "@randabergkommune_ppt", False),
        ("Skolefritidsordningen", "@randabergkommune_sfo", False),
        ("Randaberg ungdomsskole", "@randabergkommune_uskole", False),
        ("Kulturskolen", "@randabergkommune_kskole", False),
        ("Frivilligsentralen", "@randabergkommune_fsentral", False),
        ("Pedagogisk-psykologisk tjeneste", "@randabergkommune_pxq", True),
        ("Bassenget", "@randabergkommune_svomming", True),
    ],
)
def test_real_abbreviations_draw_no_n206(unit: str, handle: str, warned: bool) -> None:
    account = Account(
        platform=Platform.INSTAGRAM,
        name="Randabergkommune " + unit,
        handle=handle,
        unit=Unit(name=unit),
        profile_picture=ProfilePicture.official_logo(),
        purposes=(Purpose.INFORMATION,),
        administrators=("Kari Nordmann", "Ola Nordmann"),
    )
    codes = [violation.code for violation in validate_account(account)]
    assert ("N206" in codes) is warned


@given(norwegian_names, st.integers(min_value=1, max_value=40))
def test_shorten_fits_and_is_a_candidate(name: str, budget: int) -> None:
    words = unit_words(name, DEFAULT_POLICY)
    chosen = first_fit(words, budget, DEFAULT_POLICY)
    assert shorten(words, budget, DEFAULT_POLICY) == chosen.text
    assert 1 <= len(chosen.text) <= budget
    found = candidates(words, budget, DEFAULT_POLICY)
    fitting = [candidate for candidate in found if len(candidate.text) <= budget]
    assert fitting[0] == chosen
    assert all(candidate.text.isascii() and candidate.text.isalnum() for candidate in found)


@given(norwegian_names)
def test_every_suggestion_validates_clean(name: str) -> None:
    for platform in Platform:
        assert not validate_handle(suggest_handle(name, platform), platform)
