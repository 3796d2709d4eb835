"""Units and their kinds (G10, G14)."""

from __future__ import annotations

import pytest

from randaberg_some import InvalidNameError, Unit, UnitKind
from randaberg_some.errors import UnknownLanguageError

LABELS = [
    (UnitKind.UNIT, "virksomhet", "verksemd", "unit"),
    (UnitKind.SERVICE, "tjeneste", "teneste", "service"),
    (UnitKind.EVENT, "arrangement", "arrangement", "event"),
    (
        UnitKind.CULTURAL_INSTITUTION,
        "kulturinstitusjon",
        "kulturinstitusjon",
        "cultural institution",
    ),
]


@pytest.mark.parametrize(("kind", "label", "label_nn", "label_en"), LABELS)
def test_labels_and_parsing(kind: UnitKind, label: str, label_nn: str, label_en: str) -> None:
    assert kind.label() == label
    assert kind.label("nn") == label_nn
    assert kind.label("en") == label_en
    assert UnitKind(label) is kind
    assert UnitKind(label.upper()) is kind
    assert UnitKind(label_nn) is kind
    assert UnitKind(kind.value) is kind


def test_a_label_in_an_unknown_language_is_the_library_error() -> None:
    with pytest.raises(UnknownLanguageError):
        UnitKind.UNIT.label("de")  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["x", 5, None, "\udc80"])
def test_an_unknown_kind_is_the_library_error(value: object) -> None:
    with pytest.raises(InvalidNameError):
        UnitKind(value)


def test_a_name_with_a_lone_surrogate_is_an_invalid_name() -> None:
    with pytest.raises(InvalidNameError):
        Unit(name="Gr\udcf8dem skole")


def test_cultural_institution_parses_with_space() -> None:
    assert UnitKind("Cultural institution") is UnitKind.CULTURAL_INSTITUTION


def test_unknown_kind() -> None:
    with pytest.raises(InvalidNameError, match=r"'skole'.*virksomhet"):
        UnitKind("skole")


def test_defaults_and_conversion() -> None:
    unit = Unit(name="Bassenget", kind="tjeneste", abbreviation=" UNG ")
    assert unit.kind is UnitKind.SERVICE
    assert unit.abbreviation == "ung"
    assert unit.own_visual_profile is False
    assert Unit(name="Bassenget").kind is UnitKind.UNIT


@pytest.mark.parametrize(
    "fields",
    [
        {"name": ""},
        {"name": "  \n"},
        {"name": None},
        {"name": "Bassenget", "abbreviation": ""},
        {"name": "Bassenget", "abbreviation": "bas_senget"},
        {"name": "Bassenget", "abbreviation": "bæsenget"},
        {"name": "Bassenget", "own_visual_profile": "ja"},
    ],
)
def test_invalid_units(fields: dict[str, object]) -> None:
    with pytest.raises(InvalidNameError, match="must be"):
        Unit(**fields)  # type: ignore[arg-type]
