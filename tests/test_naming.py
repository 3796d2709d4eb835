"""Naming: abbreviations, handles, display names, plans (G12, G13, G14)."""

from __future__ import annotations

import enum
import re
from collections.abc import Callable

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from randaberg_some import (
    RANDABERG,
    Account,
    Confidence,
    ConfigurationError,
    DeviationKind,
    InvalidNameError,
    NamingPolicy,
    Organisation,
    PictureKind,
    Platform,
    Purpose,
    RandabergSomeError,
    Severity,
    Unit,
    UnitKind,
    UnknownPlatformError,
    plan_handles,
    suggest_abbreviation,
    suggest_account_name,
    suggest_handle,
    validate_account,
    validate_handle,
)
from randaberg_some.naming import MAX_UNIT_NAME

from .strategies import any_text, norwegian_names, platforms

# Real-looking unit names and the abbreviation the guideline's naming gives them.
ABBREVIATIONS = [
    ("Bassenget", "bassenget"),
    ("Randaberg bibliotek", "bibliotek"),
    ("NAV Randaberg", "nav"),
    ("Randaberghallen", "randaberghallen"),
    ("Kulturskolen på Randaberg", "kulturskolen"),
    ("Ungdomsrådet i Randaberg", "ungdomsradet"),
    ("Randaberg kommune, teknisk avdeling", "tekniskavdeling"),
    ("Grødem skole", "grodemskole"),
    ("Harestad barnehage", "harestadbarnehage"),
    ("Åpen barnehage", "apenbarnehage"),
    ("Kultur- og fritidsetaten", "kulturogfritidsetaten"),
    ("Helse- og omsorgstjenester", "helseogomsorgstjenester"),
    ("Tungenes fyr", "tungenesfyr"),
    ("Ærlig talt!", "aerligtalt"),
    ("Sommerfest 2025 🎉", "sommerfest2025"),
    ("Smørbukk & Co.", "smorbukkco"),
    ("St. Olav", "stolav"),
    ("O'Neill", "oneill"),
    ("  PPT  ", "ppt"),
    ("Ｓｋｏｌｅ", "skole"),  # full-width letters: NFKC
    ("Łódź", "lodz"),
    ("Ελληνικά", "ellinika"),
    ("Московский клуб", "moskovskiyklub"),
    ("Randaberg", "randaberg"),  # only the organisation's name: kept, not emptied
]


@pytest.mark.guideline("G14")
@pytest.mark.parametrize(("name", "abbreviation"), ABBREVIATIONS)
def test_abbreviation_of_real_names(name: str, abbreviation: str) -> None:
    assert suggest_abbreviation(name) == abbreviation
    assert suggest_handle(name) == "@randabergkommune_" + abbreviation


@pytest.mark.guideline("G13", "G14")
def test_the_issue_example() -> None:
    assert suggest_handle("Bassenget") == "@randabergkommune_bassenget"
    assert suggest_account_name("Bassenget") == "Randabergkommune Bassenget"
    assert suggest_account_name() == "Randaberg kommune"


def test_a_separator_that_makes_a_forbidden_part_is_left_out() -> None:
    assert suggest_handle("Com", Platform.FACEBOOK) == "@randabergkommunecom"
    assert suggest_handle("Net 2", Platform.FACEBOOK) == "@randabergkommunenet2"
    assert suggest_handle("Com", Platform.INSTAGRAM) == "@randabergkommune_com"
    (planned,) = plan_handles("Com", [Platform.FACEBOOK]).handles
    assert [d.kind for d in planned.deviations] == [DeviationKind.SEPARATOR]
    assert "written together" in planned.deviations[0].text("en")
    assert "skrivne saman" in planned.deviations[0].text("nn")


def test_explicit_abbreviation_wins() -> None:
    unit = Unit(name="Pedagogisk-psykologisk tjeneste", kind=UnitKind.SERVICE, abbreviation="PPT")
    assert suggest_handle(unit) == "@randabergkommune_ppt"
    assert suggest_handle(unit, Platform.FACEBOOK) == "@randabergkommune.ppt"


@pytest.mark.guideline("G13")
def test_main_account_handle() -> None:
    assert suggest_handle(None) == "@randabergkommune"
    for platform in Platform:
        handle = suggest_handle(None, platform)
        assert handle.removeprefix("@") == "randabergkommune"
        assert validate_handle(handle, platform) == ()


# The closest valid handle on each platform.
PLATFORM_HANDLES = [
    ("Bassenget", Platform.FACEBOOK, "@randabergkommune.bassenget"),
    ("Bassenget", Platform.INSTAGRAM, "@randabergkommune_bassenget"),
    ("Bassenget", Platform.LINKEDIN, "randabergkommune-bassenget"),
    ("Bassenget", Platform.VIMEO, "randabergkommune_bassenget"),
    ("Bassenget", Platform.YOUTUBE, "@randabergkommune_bassenget"),
    ("Bassenget", Platform.TIKTOK, "@randabergkommune_basseng"),
    ("Kultur", Platform.TIKTOK, "@randabergkommune_kultur"),
    ("Teknisk", Platform.TIKTOK, "@randabergkommune_teknisk"),
    ("Helse og omsorg", Platform.TIKTOK, "@randabergkommune_helse"),
    ("Kultur og idrett", Platform.INSTAGRAM, "@randabergkommune_kulturidrett"),
    ("Randaberghallen", Platform.TIKTOK, "@randabergkommune_hallen"),
    ("Harestad barnehage", Platform.INSTAGRAM, "@randabergkommune_harestadbhg"),
]


@pytest.mark.parametrize(("name", "platform", "handle"), PLATFORM_HANDLES)
def test_platform_handles(name: str, platform: Platform, handle: str) -> None:
    assert suggest_handle(name, platform=platform) == handle
    assert validate_handle(handle, platform) == ()


@pytest.mark.parametrize(("name", "abbreviation"), ABBREVIATIONS)
@pytest.mark.parametrize("platform", list(Platform))
def test_every_suggestion_is_valid(name: str, abbreviation: str, platform: Platform) -> None:
    assert validate_handle(suggest_handle(name, platform=platform), platform) == ()


@pytest.mark.parametrize("platform", list(Platform))
def test_length_limits_are_not_exceeded(platform: Platform) -> None:
    handle = suggest_handle("Kulturx " * 25, platform).removeprefix("@")
    assert len(handle) <= platform.rules.max_length.value
    assert not validate_handle(handle, platform)


def test_a_name_over_the_limit_is_refused_and_quoted_briefly() -> None:
    with pytest.raises(InvalidNameError) as raised:
        suggest_handle("Kultur " * 1500)
    assert len(str(raised.value)) < 150
    assert suggest_handle("k" * MAX_UNIT_NAME).endswith("k" * MAX_UNIT_NAME)


@pytest.mark.parametrize("name", ["", "   ", "🎉🎉", "!!!", "—", "\u200b", "\x00"])
def test_nothing_usable_raises_the_library_error(name: str) -> None:
    with pytest.raises(InvalidNameError, match=re.escape(repr(name))):
        suggest_handle(name)
    for platform in Platform:
        with pytest.raises(InvalidNameError):
            suggest_handle(name, platform)


def test_bad_arguments_raise_the_library_error() -> None:
    with pytest.raises(InvalidNameError, match="42"):
        suggest_handle(42)  # type: ignore[arg-type]
    with pytest.raises(UnknownPlatformError, match="'myspace'"):
        suggest_handle("Bassenget", "myspace")
    with pytest.raises(RandabergSomeError, match="must be a str"):
        validate_handle(None, Platform.TIKTOK)  # type: ignore[arg-type]


def test_platform_names_parse() -> None:
    assert suggest_handle("Bassenget", "Facebook") == "@randabergkommune.bassenget"


# --- the properties -------------------------------------------------------------------


@given(name=any_text, platform=platforms)
@example(name="ß" * 40, platform=Platform.TIKTOK)
@example(name="Randaberg Randaberg kommune", platform=Platform.FACEBOOK)
@example(name="\u0300", platform=Platform.INSTAGRAM)
@example(name="COM", platform=Platform.FACEBOOK)
def test_suggestion_is_valid_or_the_library_error(name: str, platform: Platform) -> None:
    try:
        handle = suggest_handle(name, platform=platform)
    except InvalidNameError:
        return
    assert validate_handle(handle, platform) == ()


@given(name=any_text)
def test_canonical_form_has_one_separator_and_ascii_unit(name: str) -> None:
    try:
        handle = suggest_handle(name)
    except InvalidNameError:
        return
    assert re.fullmatch(r"@randabergkommune_[a-z0-9]+", handle)


@given(name=any_text, platform=st.none() | platforms)
def test_suggestion_is_deterministic(name: str, platform: Platform | None) -> None:
    try:
        first = suggest_handle(name, platform)
    except InvalidNameError:
        return
    assert suggest_handle(name, platform) == first


@given(name=norwegian_names, platform=platforms)
def test_platform_handle_is_shortened_only_when_needed(name: str, platform: Platform) -> None:
    full = suggest_abbreviation(name)
    handle = suggest_handle(name, platform).removeprefix("@")
    base, rest = handle[:16], handle[16:]
    # Base and unit are written together where a separator would break a rule (".com").
    unit = rest[1:] if rest[:1] in ("_", ".", "-") else rest
    assert base == "randabergkommune"
    assert unit
    assert set(unit) <= set("abcdefghijklmnopqrstuvwxyz0123456789")
    if any(part in full for part in platform.rules.forbidden_parts.value):
        assert not validate_handle(handle, platform)
    elif 17 + len(full) <= platform.rules.max_length.value:
        assert unit == full
    else:
        assert len(unit) < len(full)


# --- display names ----------------------------------------------------------------------


def test_account_name_keeps_the_name_as_written() -> None:
    assert suggest_account_name("Grødem  skole") == "Randabergkommune Grødem skole"
    assert suggest_account_name(Unit(name="Bassenget")) == "Randabergkommune Bassenget"


def test_account_name_template_is_policy() -> None:
    policy = NamingPolicy(unit_account_name_template="{organisation} – {unit}")
    assert suggest_account_name("Bassenget", policy=policy) == "Randaberg kommune – Bassenget"
    with pytest.raises(ConfigurationError, match=re.escape("'{enhet}'")):
        NamingPolicy(unit_account_name_template="{enhet}")
    with pytest.raises(ConfigurationError, match="separator"):
        NamingPolicy(separator="+")


def test_blank_unit_name_for_display_raises() -> None:
    with pytest.raises(InvalidNameError):
        suggest_account_name("  ")


@pytest.mark.guideline("G12")
def test_another_kommune() -> None:
    policy = NamingPolicy(
        organisation=Organisation(name="Tromsø kommune", domain="tromso.kommune.no")
    )
    assert suggest_handle("Tromsø bibliotek", policy=policy) == "@tromsokommune_bibliotek"
    assert suggest_account_name(policy=policy) == "Tromsø kommune"
    assert suggest_account_name("Bibliotek", policy=policy) == "Tromsøkommune Bibliotek"


def test_a_base_too_long_for_a_platform_is_a_configuration_error() -> None:
    long = Organisation(name="Aurskog-Høland kommune", domain="aurskoghoelandkommune.kommune.no")
    policy = NamingPolicy(organisation=long)
    with pytest.raises(ConfigurationError, match="TikTok"):
        suggest_handle("Bibliotek", Platform.TIKTOK, policy=policy)
    assert suggest_handle("Bibliotek", Platform.INSTAGRAM, policy=policy).startswith("@aurskog")


# --- plans ----------------------------------------------------------------------------------


@pytest.mark.guideline("G12")
def test_plan_shares_one_abbreviation() -> None:
    plan = plan_handles("Bassenget")
    assert plan.canonical == "@randabergkommune_bassenget"
    assert plan.abbreviation == "basseng"
    assert [p.platform for p in plan.handles] == list(Platform)
    assert {p.handle.removeprefix("@")[17:] for p in plan.handles} == {"basseng"}
    for planned in plan.handles:
        assert validate_handle(planned.handle, planned.platform) == ()
        assert planned.url == planned.platform.rules.url(planned.handle)


def test_plan_explains_each_deviation() -> None:
    plan = plan_handles("Bassenget", [Platform.INSTAGRAM, Platform.LINKEDIN, Platform.TIKTOK])
    kinds = {p.platform: [d.kind for d in p.deviations] for p in plan.handles}
    assert kinds[Platform.INSTAGRAM] == [DeviationKind.SHORTENED]
    assert kinds[Platform.LINKEDIN] == [
        DeviationKind.SEPARATOR,
        DeviationKind.SHORTENED,
        DeviationKind.NO_AT,
    ]
    assert kinds[Platform.TIKTOK] == [DeviationKind.SHORTENED]
    instagram = plan.for_platform("instagram").deviations[0]
    assert "TikTok" in instagram.text("en")
    assert "G12" in instagram.text()
    assert "same forkorting på alle kontoane" in instagram.text("nn")


def test_plan_without_shortening_has_no_deviation_on_instagram() -> None:
    plan = plan_handles("Kultur", [Platform.INSTAGRAM, Platform.TIKTOK])
    assert all(p.deviations == () for p in plan.handles)


def test_plan_of_no_platforms_and_unknown_lookup() -> None:
    plan = plan_handles("Bassenget", [])
    assert plan.handles == ()
    assert plan.abbreviation == "bassenget"
    with pytest.raises(RandabergSomeError, match="does not cover"):
        plan.for_platform(Platform.VIMEO)


def test_plan_ignores_repeated_platforms() -> None:
    plan = plan_handles("Kultur", ["tiktok", Platform.TIKTOK])
    assert len(plan.handles) == 1


# --- validate_handle ----------------------------------------------------------------------


def codes(handle: str, platform: Platform) -> list[str]:
    return [violation.code for violation in validate_handle(handle, platform)]


VALIDATION = [
    ("@randabergkommune_bassenget", Platform.FACEBOOK, ["H102"]),
    ("randabergkommune_bassenget", Platform.FACEBOOK, ["H102"]),
    ("@randabergkommune.bassenget", Platform.FACEBOOK, []),
    ("@", Platform.INSTAGRAM, ["H101"]),
    ("", Platform.TIKTOK, ["H101"]),
    ("abcd", Platform.FACEBOOK, ["H103"]),
    ("a" * 25, Platform.TIKTOK, ["H104"]),
    ("a" * 24, Platform.TIKTOK, []),
    ("a" * 31, Platform.INSTAGRAM, ["H104"]),
    (".randaberg", Platform.INSTAGRAM, ["H105"]),
    ("randaberg.", Platform.TIKTOK, ["H106"]),
    ("randaberg_", Platform.INSTAGRAM, []),  # '_' may end an Instagram name
    ("randa..berg", Platform.INSTAGRAM, ["H107"]),
    ("12345678", Platform.TIKTOK, ["H108"]),
    ("12345678", Platform.INSTAGRAM, []),
    ("randaberg.com", Platform.FACEBOOK, ["H109"]),
    ("Randaberg Kommune", Platform.YOUTUBE, ["H102"]),
    ("RandabergKommune", Platform.YOUTUBE, []),  # case does not matter
    ("randabergkommune-ø", Platform.YOUTUBE, ["H102"]),
    ("_..", Platform.TIKTOK, ["H105", "H106", "H107", "H108"]),
]


@pytest.mark.parametrize(("handle", "platform", "expected"), VALIDATION)
def test_validate_handle(handle: str, platform: Platform, expected: list[str]) -> None:
    assert codes(handle, platform) == expected


def test_every_problem_is_reported_not_only_the_first() -> None:
    found = validate_handle("_randaberg kommune_bassenget_sommerfest.", Platform.TIKTOK)
    assert [v.code for v in found] == ["H102", "H104", "H105", "H106"]
    assert all(v.source == "tiktok" and v.field == "handle" for v in found)


def test_messages_in_three_languages() -> None:
    (violation,) = validate_handle("a" * 25, Platform.TIKTOK)
    assert violation.message.nb == "Brukernavnet er 25 tegn langt; TikTok tillater høyst 24."
    assert violation.message.nn == "Brukarnamnet er 25 teikn langt; TikTok godtek høgst 24."
    assert violation.message.en == "The handle is 25 characters long; TikTok allows at most 24."
    assert violation.text("en") == violation.message.en
    assert violation.text("nn") == violation.message.nn
    assert violation.text() == violation.message.nb


def test_fix_for_a_forbidden_separator() -> None:
    (violation,) = validate_handle("@randabergkommune_bassenget", Platform.FACEBOOK)
    assert violation.fix == "@randabergkommune.bassenget"
    (violation,) = validate_handle("randabergkommune_bassenget", Platform.LINKEDIN)
    assert violation.fix == "randabergkommune-bassenget"
    (violation,) = validate_handle("randaberg kommune", Platform.FACEBOOK)
    assert violation.fix is None


def test_unverified_rules_warn_instead_of_failing() -> None:
    # LinkedIn's page slug characters are undocumented (low confidence).
    (violation,) = validate_handle("randabergkommune_bassenget", Platform.LINKEDIN)
    assert violation.severity is Severity.WARNING
    # TikTok's length limit is documented by several validators (medium): an error.
    (violation,) = validate_handle("a" * 25, Platform.TIKTOK)
    assert violation.severity is Severity.ERROR


@given(handle=any_text, platform=platforms)
def test_validate_handle_never_raises_on_text(handle: str, platform: Platform) -> None:
    found = validate_handle(handle, platform)
    assert isinstance(found, tuple)
    assert (found == ()) == (validate_handle("@" + handle.removeprefix("@"), platform) == ())


# --- the contract: the library's error, never AttributeError, TypeError or MemoryError -----


POLICY_TAKERS: list[Callable[[object], object]] = [
    lambda policy: suggest_handle("Bassenget", policy=policy),  # type: ignore[arg-type]
    lambda policy: suggest_handle("Bassenget", "tiktok", policy=policy),  # type: ignore[arg-type]
    lambda policy: suggest_handle(None, policy=policy),  # type: ignore[arg-type]
    lambda policy: suggest_account_name("Bassenget", policy=policy),  # type: ignore[arg-type]
    lambda policy: suggest_account_name(policy=policy),  # type: ignore[arg-type]
    lambda policy: suggest_abbreviation("Bassenget", policy=policy),  # type: ignore[arg-type]
    lambda policy: plan_handles("Bassenget", policy=policy),  # type: ignore[arg-type]
    lambda policy: validate_account(
        Account(platform="instagram", name="x", handle="x"),
        policy=policy,  # type: ignore[arg-type]
    ),
]


@pytest.mark.parametrize("call", POLICY_TAKERS)
@pytest.mark.parametrize("policy", [None, "randaberg", RANDABERG])
def test_a_policy_that_is_not_a_naming_policy_is_a_configuration_error(
    call: Callable[[object], object], policy: object
) -> None:
    with pytest.raises(
        ConfigurationError, match="'policy' must be a Policy, a PolicyVersion or a NamingPolicy"
    ):
        call(policy)


@pytest.mark.parametrize(
    "template",
    [
        "{unit[a]}",
        "{unit.upper}",
        "{organisation:>999999999999}",
        "{organisation!r}",
        "{0}",
        "{}",
        "{kommune}",
        "{organisation",
        "organisation}",
        "{unit:{organisation}}",
    ],
)
def test_a_template_with_more_than_plain_fields_is_refused(template: str) -> None:
    with pytest.raises(ConfigurationError, match="each plain"):
        NamingPolicy(unit_account_name_template=template)
    with pytest.raises(ConfigurationError):
        NamingPolicy(main_account_name_template=template)


def test_a_template_may_escape_braces() -> None:
    policy = NamingPolicy(unit_account_name_template="{{{unit}}} {organisation}")
    assert suggest_account_name("Bassenget", policy=policy) == "{Bassenget} Randaberg kommune"


@pytest.mark.parametrize("words", [None, 5, "og", ["og", 5], [["og"]]])
def test_filler_words_must_be_a_collection_of_words(words: object) -> None:
    with pytest.raises(ConfigurationError, match="filler"):
        NamingPolicy(filler_words=words)  # type: ignore[arg-type]


@pytest.mark.parametrize("separator", [None, 5, "", "__", "/"])
def test_a_separator_must_be_one_of_three(separator: object) -> None:
    with pytest.raises(ConfigurationError):
        NamingPolicy(separator=separator)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["Gr\udcf8dem skole", "\ud800", "Bassenget\udc80"])
@pytest.mark.parametrize(
    "call",
    [
        suggest_handle,
        lambda name: suggest_handle(name, "tiktok"),
        suggest_account_name,
        suggest_abbreviation,
        plan_handles,
        lambda name: Unit(name=name),
    ],
)
def test_a_unit_name_with_a_lone_surrogate_is_an_invalid_name(
    call: Callable[[str], object], name: str
) -> None:
    with pytest.raises(InvalidNameError, match="lone surrogate") as caught:
        call(name)
    assert caught.value.text("nn") == "Namnet på eininga inneheld noko som ikkje er tekst."


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        (DeviationKind, "x"),
        (DeviationKind, None),
        (Severity, "x"),
        (Severity, 5),
        (Platform, 5),
        (Platform, None),
        (UnitKind, "x"),
        (UnitKind, 5),
        (Confidence, "x"),
        (PictureKind, "x"),
        (PictureKind, 5),
        (Purpose, "x"),
        (Purpose, None),
    ],
)
def test_an_unknown_enum_value_is_the_library_error(kind: type[enum.Enum], value: object) -> None:
    with pytest.raises(RandabergSomeError) as caught:
        kind(value)
    assert isinstance(caught.value, ValueError)


def test_enums_still_parse_their_values() -> None:
    assert Platform("instagram") is Platform(" Instagram ") is Platform.INSTAGRAM
    assert Severity("error") is Severity.ERROR
    assert Confidence("high") is Confidence.HIGH
    assert PictureKind("other") is PictureKind.OTHER
    assert DeviationKind("shortened") is DeviationKind.SHORTENED
    with pytest.raises(UnknownPlatformError) as caught:
        Platform("x")
    assert caught.value.text("nn").startswith("Ukjend plattform 'x'")


def test_a_huge_value_is_echoed_cut_short() -> None:
    with pytest.raises(UnknownPlatformError) as caught:
        Platform("x" * 10_000)
    assert len(str(caught.value)) < 200


def test_plan_handles_takes_one_platform_as_well_as_several() -> None:
    assert (
        plan_handles("Bassenget", "tiktok").handles == plan_handles("Bassenget", ["tiktok"]).handles
    )
    with pytest.raises(UnknownPlatformError):
        plan_handles("Bassenget", 5)  # type: ignore[arg-type]
