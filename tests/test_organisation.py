"""Organisation: the handle base from the domain (G12)."""

from __future__ import annotations

import pytest

from randaberg_some import RANDABERG, RANDABERG_PRESENCE, ConfigurationError, Organisation

BASES = [
    ("Randaberg kommune", "randaberg.kommune.no", "randabergkommune"),
    ("Bærum kommune", "baerum.kommune.no", "baerumkommune"),
    ("Tromsø kommune", "tromso.kommune.no", "tromsokommune"),
    ("Nord-Aurdal kommune", "nord-aurdal.kommune.no", "nordaurdalkommune"),
    ("Bærum kommune", "bærum.kommune.no", "baerumkommune"),
    ("Bærum kommune", "xn--brum-voa.kommune.no", "baerumkommune"),
    ("Oslo kommune", "oslo.kommune.no", "oslokommune"),
    ("Stavanger kommune", "Stavanger.kommune.no", "stavangerkommune"),
]


@pytest.mark.guideline("G12")
@pytest.mark.parametrize(("name", "domain", "base"), BASES)
def test_handle_base_from_domain(name: str, domain: str, base: str) -> None:
    assert Organisation(name=name, domain=domain).handle_base == base


def test_randaberg() -> None:
    assert RANDABERG.name == "Randaberg kommune"
    assert RANDABERG.domain == "randaberg.kommune.no"
    assert RANDABERG.handle_base == "randabergkommune"
    assert RANDABERG.communications_email == "kommunikasjon@randaberg.kommune.no"
    assert RANDABERG.compact_name == "Randabergkommune"


def test_other_kommune_has_no_guessed_address() -> None:
    assert Organisation(name="Sola kommune", domain="sola.kommune.no").communications_email is None


def test_equality_ignores_derived_fields() -> None:
    again = Organisation(
        name="Randaberg kommune",
        domain="randaberg.kommune.no",
        communications_email="kommunikasjon@randaberg.kommune.no",
        presence=RANDABERG_PRESENCE,
        channels=RANDABERG.channels,
    )
    assert again == RANDABERG
    assert hash(again) == hash(RANDABERG)


BAD = [
    {"name": "", "domain": "randaberg.kommune.no"},
    {"name": "Randaberg kommune", "domain": "randaberg"},
    {"name": "Randaberg kommune", "domain": "randaberg..no"},
    {"name": "Randaberg kommune", "domain": " randaberg.no"},
    {"name": "Randaberg kommune", "domain": "🎉.no"},
    {"name": "Randaberg kommune", "domain": 5},
    {"name": "X", "domain": "x.no", "communications_email": "not an address"},
    {"name": "X", "domain": "x.no", "communications_email": "a@b"},
]


@pytest.mark.parametrize("fields", BAD)
def test_bad_organisation_is_a_configuration_error(fields: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError, match=r"must (be|have)"):
        Organisation(**fields)  # type: ignore[arg-type]


def test_official_image_digests_are_normalised() -> None:
    digest = "AB" * 32
    organisation = Organisation(
        name="X kommune", domain="x.kommune.no", official_image_digests="sha256:" + digest
    )
    assert organisation.official_image_digests == frozenset({"ab" * 32})


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("official_image_digests", ["not a digest"], "official_image_digests"),
        ("official_image_digests", [42], "official_image_digests"),
        ("presence", ["facebook"], "Presence values"),
    ],
)
def test_bad_configuration_values(field: str, value: object, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        Organisation(name="X kommune", domain="x.kommune.no", **{field: value})  # type: ignore[arg-type]


def test_a_punycode_label_that_does_not_decode_is_kept() -> None:
    assert Organisation(name="X", domain="xn--zz.kommune.no").handle_base == "xnzzkommune"


@pytest.mark.parametrize("presence", [5, None, "facebook", [5], b"x"])
def test_presence_must_be_presence_values(presence: object) -> None:
    with pytest.raises(ConfigurationError, match="'presence'"):
        Organisation(name="X kommune", domain="x.kommune.no", presence=presence)


def test_one_presence_is_taken_as_a_tuple() -> None:
    organisation = Organisation(
        name="X kommune", domain="x.kommune.no", presence=RANDABERG_PRESENCE[0]
    )
    assert organisation.presence == (RANDABERG_PRESENCE[0],)


@pytest.mark.parametrize("digests", [5, None, [5]])
def test_digests_must_be_digests(digests: object) -> None:
    with pytest.raises(ConfigurationError, match="official_image_digests"):
        Organisation(name="X kommune", domain="x.kommune.no", official_image_digests=digests)  # type: ignore[arg-type]
