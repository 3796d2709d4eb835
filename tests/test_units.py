"""Units and their kinds (G10, G14)."""

from __future__ import annotations

import pytest

from randaberg_some import InvalidNameError, Unit, UnitKind

LABELS = [
    (UnitKind.UNIT, "virksomhet", "unit"),
    (UnitKind.SERVICE, "tjeneste", "service"),
    (UnitKind.EVENT, "arrangement", "event"),
    (UnitKind.CULTURAL_INSTITUTION, "kulturinstitusjon", "cultural institution"),
]


@pytest.mark.parametrize(("kind", "label", "label_en"), LABELS)
def test_labels_and_parsing(kind: UnitKind, label: str, label_en: str) -> None:
    assert kind.label == label
    assert kind.label_en == label_en
    assert UnitKind(label) is kind
    assert UnitKind(label.upper()) is kind
    assert UnitKind(kind.value) is kind


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
