"""The policy files in examples/: a second kommune's guideline, written from its pages.

``examples/vestre-toten.toml`` is Vestre Toten kommune's guideline as far as its published
pages say (the sources are in the file's header). The tests hold the file to what the pages
say: its platforms are the three the page names, its handles build on the kommune's domain,
and every value in it says where it comes from.
"""

from __future__ import annotations

import re
import sys
from datetime import time
from pathlib import Path

import pytest

from randaberg_some import (
    Channels,
    NamingPolicy,
    Organisation,
    Platform,
    Presence,
    suggest_account_name,
    suggest_handle,
)
from randaberg_some.calendar import WorkingCalendar
from randaberg_some.files.policy import load_policy
from randaberg_some.policy import Policy, PolicyVersion

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
VESTRE_TOTEN = EXAMPLES / "vestre-toten.toml"
GUIDELINE = (
    "https://www.vestre-toten.kommune.no/politikk-og-innsyn/retningslinjer-for-sosiale-medier/"
)
_KEY = re.compile(r"\s*[A-Za-z_0-9]+\s*=")
CONTACT = "https://www.vestre-toten.kommune.no/snarvei/sporsmal-og-svar/"

# What the file says, written out by hand: the table the loaded file must equal.
EXPECTED = Policy(
    versions=[
        PolicyVersion(
            source=GUIDELINE,
            naming=NamingPolicy(
                organisation=Organisation(
                    name="Vestre Toten kommune",
                    domain="vestre-toten.kommune.no",
                    presence=(
                        Presence(
                            platform=Platform.FACEBOOK,
                            actively_promoted=True,
                            source="Vestre Toten, Formål (Facebook)",
                        ),
                        Presence(
                            platform=Platform.INSTAGRAM, source="Vestre Toten, Formål (Instagram)"
                        ),
                        Presence(
                            platform=Platform.YOUTUBE, source="Vestre Toten, Formål (Youtube)"
                        ),
                    ),
                    channels=Channels(phone="61 15 33 00", sources=(CONTACT,)),
                ),
            ),
            calendar=WorkingCalendar(end_of_day=time(15, 0)),
            rules=dict.fromkeys(["U602", "U603", "P401", "P402", "P403", "C802"], "off"),
        )
    ]
)


def test_the_file_is_toml_of_the_schema() -> None:
    document = tomllib.loads(VESTRE_TOTEN.read_text(encoding="utf-8"))
    assert document["schema"] == 1
    (version,) = document["version"]
    assert version["source"] == GUIDELINE
    assert "effective" not in version  # the page carries no date


def test_the_file_loads_as_the_expected_policy() -> None:
    assert load_policy(VESTRE_TOTEN) == EXPECTED


def test_its_platforms_are_the_three_the_page_names() -> None:
    # The guideline's "Formål" gives the purpose of Facebook, Instagram and Youtube, no more.
    presence = EXPECTED.organisation.presence
    assert [p.platform for p in presence] == [
        Platform.FACEBOOK,
        Platform.INSTAGRAM,
        Platform.YOUTUBE,
    ]


@pytest.mark.parametrize(
    ("unit", "handle", "name"),
    [
        ("Kulturhuset", "@vestretotenkommune_kulturhuset", "Vestretotenkommune Kulturhuset"),
        ("Raufoss bibliotek", "@vestretotenkommune_raufossbibliotek", None),
        (None, "@vestretotenkommune", "Vestre Toten kommune"),
    ],
)
def test_names_build_on_the_kommunes_domain(
    unit: str | None, handle: str, name: str | None
) -> None:
    # The handle base is the page's own hashtag, #vestretotenkommune.
    assert suggest_handle(unit, policy=EXPECTED) == handle
    if name is not None:
        assert suggest_account_name(unit, policy=EXPECTED) == name


def test_a_handle_on_each_of_its_platforms() -> None:
    assert [
        suggest_handle("Kulturhuset", p.platform, policy=EXPECTED)
        for p in EXPECTED.organisation.presence
    ] == [
        "@vestretotenkommune.kulturhuset",
        "@vestretotenkommune_kulturhuset",
        "@vestretotenkommune_kulturhuset",
    ]


def test_the_departures_from_randabergs_guideline() -> None:
    version = EXPECTED.latest
    assert version.severity_of("U602") is None  # its purposes are not Randaberg's G5
    assert version.severity_of("P401") is None  # G10 and G11 are Randaberg's own image
    assert version.severity_of("U601") is not None  # kept: the library's default


def test_every_value_says_where_it_comes_from() -> None:
    # A value is cited by a comment on its line or just above it (above a run of values
    # that share one reason); a "source" key is itself a citation.
    lines = VESTRE_TOTEN.read_text(encoding="utf-8").splitlines()
    uncited = []
    for number, line in enumerate(lines):
        if not _KEY.match(line) or "#" in line or line.startswith("source"):
            continue
        above = number - 1
        while above >= 0 and _KEY.match(lines[above]) and "#" not in lines[above]:
            above -= 1
        if above < 0 or not lines[above].lstrip().startswith("#"):
            uncited.append(number + 1)
    assert uncited == []


def test_both_pages_are_cited_in_the_header() -> None:
    text = VESTRE_TOTEN.read_text(encoding="utf-8")
    assert GUIDELINE in text
    assert CONTACT in text
    assert "NOT found" in text
