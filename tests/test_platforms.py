"""Platforms: the declarative records and their facts (platforms.md)."""

from __future__ import annotations

import pytest

from randaberg_some import (
    RANDABERG,
    RANDABERG_PRESENCE,
    Confidence,
    Platform,
    PlatformRules,
    Presence,
    Sourced,
    UnknownPlatformError,
)


def test_six_platforms_with_lower_case_values() -> None:
    assert [p.value for p in Platform] == [
        "facebook",
        "instagram",
        "linkedin",
        "vimeo",
        "youtube",
        "tiktok",
    ]
    assert Platform("TikTok") is Platform.TIKTOK


@pytest.mark.parametrize("value", ["", "myspace", "face book", 3, None])
def test_unknown_platform_is_the_library_error(value: object) -> None:
    with pytest.raises(UnknownPlatformError, match="expected one of facebook"):
        Platform(value)


@pytest.mark.parametrize("platform", list(Platform))
def test_every_fact_has_a_source_and_a_confidence(platform: Platform) -> None:
    facts = dict(platform.rules.facts())
    assert len(facts) == 13
    for name, fact in facts.items():
        assert isinstance(fact, Sourced)
        assert fact.source.strip(), name
        assert isinstance(fact.confidence, Confidence)


@pytest.mark.parametrize("platform", list(Platform))
def test_records_are_consistent(platform: Platform) -> None:
    rules: PlatformRules = platform.rules
    assert rules.platform is platform
    assert rules.preferred_separator.value in rules.separators
    assert rules.min_length.value <= len("randabergkommune") <= rules.max_length.value
    assert rules.not_first.value <= rules.characters.value
    assert "{handle}" in rules.url_template.value
    assert rules.url_template.value.startswith("https://")


# Facts from platforms.md, restated as a table so that a change to the data shows here.
FACTS = [
    (Platform.FACEBOOK, 5, 50, ".", True),
    (Platform.INSTAGRAM, 1, 30, "_", True),
    (Platform.LINKEDIN, 3, 100, "-", False),
    (Platform.VIMEO, 3, 32, "_", False),
    (Platform.YOUTUBE, 3, 30, "_", True),
    (Platform.TIKTOK, 2, 24, "_", True),
]


@pytest.mark.parametrize(("platform", "low", "high", "separator", "at"), FACTS)
def test_facts(platform: Platform, low: int, high: int, separator: str, at: bool) -> None:
    rules = platform.rules
    assert (rules.min_length.value, rules.max_length.value) == (low, high)
    assert rules.preferred_separator.value == separator
    assert rules.shows_at.value is at


def test_facebook_rejects_the_underscore_officially() -> None:
    rules = Platform.FACEBOOK.rules
    assert "_" not in rules.characters.value
    assert rules.characters.confidence is Confidence.HIGH


def test_conflicts_are_resolved_strictly_and_say_so() -> None:
    tiktok = Platform.TIKTOK.rules.max_length
    assert tiktok.value == 24
    assert "stricter" in tiktok.note
    youtube = Platform.YOUTUBE.rules.characters
    assert "ø" not in youtube.value
    assert "stricter" in youtube.note


COMPARISONS = [
    (Platform.FACEBOOK, "john.smith55", "JohnSmith55", True),
    (Platform.FACEBOOK, "john.smith.55", "@johnsmith55", True),
    (Platform.INSTAGRAM, "john.smith", "johnsmith", False),
    (Platform.INSTAGRAM, "John_Smith", "john_smith", True),
    (Platform.YOUTUBE, "a-b", "ab", False),
]


@pytest.mark.parametrize(("platform", "first", "second", "same"), COMPARISONS)
def test_comparison(platform: Platform, first: str, second: str, same: bool) -> None:
    assert platform.rules.same_handle(first, second) is same


URLS = [
    (Platform.FACEBOOK, "https://www.facebook.com/randabergkommune"),
    (Platform.INSTAGRAM, "https://www.instagram.com/randabergkommune/"),
    (Platform.LINKEDIN, "https://www.linkedin.com/company/randabergkommune/"),
    (Platform.VIMEO, "https://vimeo.com/randabergkommune"),
    (Platform.YOUTUBE, "https://www.youtube.com/@randabergkommune"),
    (Platform.TIKTOK, "https://www.tiktok.com/@randabergkommune"),
]


@pytest.mark.parametrize(("platform", "url"), URLS)
def test_urls(platform: Platform, url: str) -> None:
    assert platform.rules.url("@randabergkommune") == url
    assert platform.rules.url("randabergkommune") == url


def test_label() -> None:
    assert Platform.LINKEDIN.label == "LinkedIn"


@pytest.mark.guideline("G1", "G2", "G3")
def test_randaberg_presence() -> None:
    assert [p.platform for p in RANDABERG_PRESENCE] == list(Platform)  # G1
    assert all(isinstance(p, Presence) for p in RANDABERG_PRESENCE)
    promoted = [p.platform for p in RANDABERG_PRESENCE if p.actively_promoted]
    assert promoted == [Platform.FACEBOOK]  # G2
    run_for = {p.platform: p.administered_for for p in RANDABERG_PRESENCE if p.administered_for}
    assert run_for == {Platform.TIKTOK: "Bassenget"}  # G3
    assert RANDABERG.presence == RANDABERG_PRESENCE
    assert RANDABERG.presence_on(Platform.VIMEO) is RANDABERG_PRESENCE[3]
