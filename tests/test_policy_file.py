"""Policy files: the example equals the built-in default, every schema problem has its line."""

from __future__ import annotations

import io
import json
from datetime import date, time
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from randaberg_some import render
from randaberg_some.calendar import WorkingCalendar
from randaberg_some.errors import InvalidFileError, PolicyFileError
from randaberg_some.files.policy import load_policy
from randaberg_some.messages import LANGUAGES
from randaberg_some.organisation import Channels, Organisation
from randaberg_some.platforms import Platform, Presence
from randaberg_some.policy import RANDABERG_POLICY, NamingPolicy, Policy, PolicyVersion
from randaberg_some.rules import Severity

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "randaberg.toml"

ORG = '[version.organisation]\nname = "Hå kommune"\ndomain = "ha.kommune.no"\n'
HEAD = "schema = 1\n[[version]]\n" + ORG


def load_text(text: str) -> Policy:
    return load_policy(io.BytesIO(text.encode("utf-8")))


def problems_of(text: str) -> list[tuple[int | None, str]]:
    with pytest.raises(PolicyFileError) as caught:
        load_text(text)
    return [(problem.line, problem.key) for problem in caught.value.problems]


def test_the_example_is_the_built_in_default() -> None:
    assert load_policy(EXAMPLE) == RANDABERG_POLICY
    assert load_policy(str(EXAMPLE)) == RANDABERG_POLICY


def test_a_minimal_file_takes_the_defaults() -> None:
    policy = load_text(HEAD)
    version = policy.latest
    assert version.effective is None
    assert version.organisation.presence == ()
    assert version.organisation.channels.configured is False
    assert version.review_interval == 365
    assert version.dormant_after == 180
    assert version.naming.separator == "_"


def test_a_missing_file_is_an_invalid_file_in_three_languages(tmp_path: Path) -> None:
    with pytest.raises(InvalidFileError) as caught:
        load_policy(tmp_path / "nowhere.toml")
    assert not isinstance(caught.value, PolicyFileError)
    message = caught.value.message
    assert message is not None
    assert {message.nb, message.nn, message.en} == {message.text(lang) for lang in LANGUAGES}
    assert "finnes ikke" in message.nb
    assert "finst ikkje" in message.nn


def test_versions_resolve_on_their_boundary_dates() -> None:
    policy = load_text(
        HEAD + '[version.rules]\nN206 = "off"\n'
        "[[version]]\neffective = 2025-01-01\n[version.lifecycle]\nreview_interval_days = 90\n"
    )
    old, new = policy.versions
    assert policy.at(date(2024, 12, 31)) is old
    assert policy.at(date(2025, 1, 1)) is new
    assert new.severity_of("N206") is None  # rules inherited whole
    assert new.review_interval == 90
    assert old.review_interval == 365


# Each broken file: its text (after HEAD, a valid first version, unless it starts with "!"),
# the key and the line of the first problem.
BROKEN: list[tuple[str, str, str, int | None]] = [
    ("syntax", "!schema = 1\n[[version]]\nname = \n", "(file)", 3),
    ("no-schema", '![[version]]\n[version.organisation]\nname = "x"\n', "schema", 1),
    ("unsupported-schema", "!schema = 2\n" + HEAD.removeprefix("schema = 1\n"), "schema", 1),
    ("schema-not-a-number", '!schema = "1"\n' + HEAD.removeprefix("schema = 1\n"), "schema", 1),
    ("no-version", "!schema = 1\n", "version", 1),
    (
        "unknown-top-key",
        "!schema = 1\nversions = 1\n" + HEAD.removeprefix("schema = 1\n"),
        "versions",
        2,
    ),
    ("unknown-key", "nmae = 1\n", "version[1].organisation.nmae", 6),
    (
        "wrong-type",
        '[version.lifecycle]\nreview_interval_days = "a year"\n',
        "version[1].lifecycle.review_interval_days",
        7,
    ),
    (
        "missing-required",
        '![[version]]\n[version.organisation]\nname = "x"\n'.replace("![[", "!schema = 1\n[["),
        "version[1].organisation.domain",
        3,
    ),
    ("no-organisation", '!schema = 1\n[[version]]\nsource = "x"\n', "version[1].organisation", 2),
    (
        "unknown-platform",
        '[[version.platforms]]\nplatform = "myspace"\n',
        "version[1].platforms[1].platform",
        7,
    ),
    (
        "platform-twice",
        '[[version.platforms]]\nplatform = "tiktok"\n[[version.platforms]]\nplatform = "TikTok"\n',
        "version[1].platforms[2].platform",
        9,
    ),
    ("unknown-rule", '[version.rules]\nN999 = "off"\n', "version[1].rules.N999", 7),
    ("bad-severity", '[version.rules]\nN206 = "loud"\n', "version[1].rules.N206", 7),
    (
        "overlap",
        "!schema = 1\n[[version]]\neffective = 2024-01-01\n"
        + ORG
        + "[[version]]\neffective = 2024-01-01\n",
        "version[2].effective",
        8,
    ),
    ("later-without-effective", '[[version]]\nsource = "x"\n', "version[2].effective", 6),
    (
        "bad-domain",
        "!" + HEAD.replace("ha.kommune.no", "localhost"),
        "version[1].organisation.domain",
        5,
    ),
    (
        "bad-email",
        'communications_email = "nobody"\n',
        "version[1].organisation.communications_email",
        6,
    ),
    (
        "bad-template",
        '[version.naming]\nunit_account_name = "{unit[0]}"\n',
        "version[1].naming.unit_account_name",
        7,
    ),
    ("bad-separator", '[version.naming]\nseparator = "/"\n', "version[1].naming.separator", 7),
    (
        "bad-end",
        '[version.working_day]\nend = "half past three"\n',
        "version[1].working_day.end",
        7,
    ),
    ("bad-phone", '[version.channels]\nphone = "call us"\n', "version[1].channels.phone", 7),
    (
        "bad-days",
        "[version.lifecycle]\ndormant_after_days = 0\n",
        "version[1].lifecycle.dormant_after_days",
        7,
    ),
    (
        "effective-as-text",
        '!schema = 1\n[[version]]\neffective = "2024-01-01"\n' + ORG,
        "version[1].effective",
        3,
    ),
    (
        "inline-platforms-wrong",
        '!schema = 1\n[[version]]\nplatforms = "facebook"\n' + ORG,
        "version[1].platforms",
        3,
    ),
    (
        "multiline-string-skipped",
        '!schema = 1\n[[version]]\nsource = """\nname = 1\n"""\nnmae = 2\n' + ORG,
        "version[1].nmae",
        6,
    ),
]


@pytest.mark.parametrize(
    ("text", "key", "line"),
    [(text, key, line) for _, text, key, line in BROKEN],
    ids=[name for name, *_ in BROKEN],
)
def test_every_problem_has_its_key_and_line_in_three_languages(
    text: str, key: str, line: int | None
) -> None:
    whole = text[1:] if text.startswith("!") else HEAD + text
    with pytest.raises(PolicyFileError) as caught:
        load_text(whole)
    first = caught.value.problems[0]
    assert (first.key, first.line) == (key, line)
    texts = {lang: first.message.text(lang) for lang in LANGUAGES}
    assert all(texts.values())
    assert texts["nb"] != texts["en"]
    assert caught.value.message is not None
    assert str(caught.value) == caught.value.message.en


def test_every_problem_is_collected_in_the_order_of_the_file() -> None:
    found = problems_of(
        'schema = 1\nextra = 1\n[[version]]\n[version.organisation]\nname = "x"\n'
        'domain = "x.no"\n[version.rules]\nN999 = "off"\nN206 = "loud"\n'
    )
    assert found == [
        (2, "extra"),
        (8, "version[1].rules.N999"),
        (9, "version[1].rules.N206"),
    ]


def test_the_error_names_the_first_problem_and_the_count(tmp_path: Path) -> None:
    path = tmp_path / "kommune.toml"
    path.write_text(HEAD + '[version.rules]\nN999 = "off"\nN998 = "off"\n', encoding="utf-8")
    with pytest.raises(PolicyFileError) as caught:
        load_policy(path)
    message = caught.value.message
    assert message is not None
    assert message.en.startswith(f"{path}: line 7, version[1].rules.N999: ")
    assert message.en.endswith("(2 problems in all)")
    assert message.nn.endswith("(2 problem i alt)")


def test_an_unknown_key_suggests_the_nearest() -> None:
    with pytest.raises(PolicyFileError) as caught:
        load_text(HEAD + "[version.lifecycle]\nreview_intervall_days = 30\n")
    assert "review_interval_days" in caught.value.problems[0].message.en


def test_a_file_that_is_not_utf8() -> None:
    data = HEAD.encode("utf-8") + 'communications_email = "post@bø.no"\n'.encode("cp1252")
    with pytest.raises(PolicyFileError) as caught:
        load_policy(io.BytesIO(data))
    (problem,) = caught.value.problems
    assert (problem.line, problem.key) == (6, "(file)")
    assert "UTF-8" in problem.message.nn
    assert "F8" in problem.message.en


def test_a_byte_order_mark_is_accepted() -> None:
    assert load_policy(io.BytesIO(b"\xef\xbb\xbf" + EXAMPLE.read_bytes())) == RANDABERG_POLICY


def test_a_text_stream_is_read_as_it_is() -> None:
    assert load_policy(io.StringIO(EXAMPLE.read_text(encoding="utf-8"))) == RANDABERG_POLICY


def _round_trip(policy: Policy) -> Policy:
    return load_text(render.toml(policy))


def test_the_built_in_default_round_trips() -> None:
    assert _round_trip(RANDABERG_POLICY) == RANDABERG_POLICY
    assert load_text(render.toml(RANDABERG_POLICY.latest)) == RANDABERG_POLICY


KVAM = Organisation(
    name="Kvam herad",
    domain="kvam.no",
    official_image_digests=["ab" * 32],
    presence=(Presence(platform=Platform.YOUTUBE, source='G1 "sitat"'),),
    channels=Channels(edialog="https://kvam.no/edialog", sources=["https://kvam.no/kontakt"]),
)
MULTI = Policy(
    versions=(
        PolicyVersion(
            naming=NamingPolicy(organisation=KVAM, separator=".", filler_words=["og"]),
            calendar=WorkingCalendar(end_of_day=time(15, 45, 30), closures={date(2024, 12, 24)}),
            rules={"N206": "off", "C801": "info"},
            source="https://kvam.no/retningsliner\tfor «sosiale medium»",
        ),
        PolicyVersion(
            effective=date(2024, 1, 1),
            naming=NamingPolicy(organisation=attrs.evolve(KVAM, presence=(), channels=Channels())),
            dormant_after=30,
        ),
        PolicyVersion(
            effective=date(2025, 6, 1),
            naming=NamingPolicy(organisation=KVAM, unit_account_name_template="{unit}"),
            review_interval=730,
        ),
    )
)


def test_a_policy_of_several_versions_round_trips() -> None:
    text = render.toml(MULTI)
    assert load_text(text) == MULTI
    assert "platforms = []" in text  # the second version drops what the first had
    assert render.toml(load_text(text)) == text  # deterministic


@given(
    source=st.text(max_size=30) | st.none(),
    unit=st.text(max_size=20) | st.none(),
    days=st.integers(min_value=1, max_value=36_600),
    day=st.dates(),
)
def test_texts_dates_and_numbers_round_trip(
    source: str | None, unit: str | None, days: int, day: date
) -> None:
    organisation = attrs.evolve(
        KVAM,
        presence=(Presence(platform=Platform.TIKTOK, administered_for=unit, source="x"),),
    )
    policy = Policy(
        versions=(
            PolicyVersion(naming=NamingPolicy(organisation=organisation), source=source),
            PolicyVersion(effective=day, review_interval=days),
        )
    )
    assert _round_trip(policy) == policy


def test_versions_resolve_on_boundary_dates_of_a_written_policy() -> None:
    loaded = _round_trip(MULTI)
    assert loaded.at(date(2023, 12, 31)).rules == {"N206": None, "C801": Severity.INFO}
    assert loaded.at(date(2024, 1, 1)).organisation.presence == ()
    assert loaded.at(date(2024, 1, 1)).rules == {}  # written as an empty [version.rules]
    assert loaded.at(date(2025, 5, 31)).review_interval == 365
    assert loaded.at(date(2025, 6, 1)).review_interval == 730
    assert loaded.at(date(2025, 6, 1)).dormant_after == 180


def test_the_summary_names_what_departs_in_each_language() -> None:
    nn = render.text(MULTI, "nn")
    assert "N206 unit-abbreviation-unexpected: av (katalogen: åtvaring; retningslina" in nn
    assert "Versjon 3 av 3, gjeld frå 2025-06-01" in nn
    en = render.text(RANDABERG_POLICY, "en")
    assert "phone 51 41 41 00 (to be verified)" in en
    assert "TikTok (run by Bassenget; G1, G3)" in en
    assert json.loads(render.to_json(MULTI))["version"][1]["effective"] == "2024-01-01"
    assert len(render.records(MULTI)) == 3
    assert render.short(MULTI) == "<Policy: 'Kvam herad', 3 versions>"
    assert "<section" in render.html(MULTI, "nb")
