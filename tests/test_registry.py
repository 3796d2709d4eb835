"""The registry: verdicts against the inventory, look-alike ranking, the published list.

The tests use links and handles that both the stub parser and the real one read alike
(``https://facebook.com/<handle>``, ``@<handle>``); what only the real parser or detector
can say (short links, look-alike hosts, invisible characters) comes through a patched
parse result, so that the verdict logic is tested on its own.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from randaberg_some import _verify
from randaberg_some._lookalike import Evidence, LookalikeIndex
from randaberg_some._urls import ProfileRef
from randaberg_some.accounts import Account
from randaberg_some.errors import RandabergSomeError
from randaberg_some.files.inventory import load_accounts
from randaberg_some.messages import LANGUAGES
from randaberg_some.platforms import Platform
from randaberg_some.registry import (
    LookalikeReport,
    PublishedRegistry,
    Verdict,
    Verification,
    find_lookalikes,
    publish_registry,
    verify_account,
)

MAIN = Account(
    platform=Platform.FACEBOOK,
    name="Randaberg kommune",
    handle="@randabergkommune",
    retired_handles=("randabergkommunen",),
    platform_ids=("100064",),
)
LIBRARY = Account(platform="instagram", name="Biblioteket", handle="@randabergkommune_biblio")
INVENTORY = (MAIN, LIBRARY)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("https://facebook.com/randabergkommune", Verdict.OFFICIAL),
        ("https://www.facebook.com/randabergkommune/", Verdict.OFFICIAL),
        ("https://facebook.com/RandabergKommune", Verdict.OFFICIAL_EQUIVALENT),
        ("https://facebook.com/Randaberg.Kommune", Verdict.OFFICIAL_EQUIVALENT),
        ("https://facebook.com/randabergkommunen", Verdict.FORMER_OFFICIAL),
        ("https://facebook.com/RandabergKommunen", Verdict.FORMER_OFFICIAL),
        ("https://facebook.com/stavangerkommune", Verdict.UNRELATED),
        ("https://instagram.com/randabergkommune_biblio", Verdict.OFFICIAL),
        ("https://instagram.com/RANDABERGKOMMUNE_BIBLIO", Verdict.OFFICIAL_EQUIVALENT),
        # Instagram counts "." and "_" as different: a look-alike of the library's account.
        ("https://instagram.com/randabergkommune.biblio", Verdict.LOOKALIKE),
        ("https://example.org/randabergkommune", Verdict.INVALID),
        ("", Verdict.INVALID),
        ("@", Verdict.INVALID),
    ],
)
def test_verdict_of_a_link(text: str, verdict: Verdict) -> None:
    assert verify_account(text, INVENTORY).verdict is verdict


def test_official_names_the_account_and_the_platform() -> None:
    answer = verify_account("https://facebook.com/randabergkommune", INVENTORY)
    assert (answer.platform, answer.handle, answer.account) == (
        Platform.FACEBOOK,
        "randabergkommune",
        MAIN,
    )
    assert answer.reasons == ()
    assert "@randabergkommune" in answer.message.text("en")


def test_equivalent_explains_the_platforms_rule() -> None:
    answer = verify_account("https://facebook.com/Randaberg.Kommune", INVENTORY)
    assert answer.account == MAIN
    assert "ignores case and '.'" in answer.message.text("en")
    instagram = verify_account("https://instagram.com/RANDABERGKOMMUNE_BIBLIO", INVENTORY)
    assert instagram.message.text("en").endswith("Instagram ignores case in usernames.")


def test_former_official_warns_and_names_the_current_handle() -> None:
    answer = verify_account("https://facebook.com/randabergkommunen", INVENTORY)
    text = answer.message.text("en")
    assert "may now belong to someone else" in text
    assert "@randabergkommune " in text
    assert answer.verdict.needs_review


def test_a_retired_handle_in_use_again_is_the_current_account() -> None:
    moved = Account(platform="facebook", name="x", handle="ny", retired_handles=("gammel",))
    current = Account(platform="facebook", name="y", handle="gammel")
    answer = verify_account("https://facebook.com/gammel", [moved, current])
    assert (answer.verdict, answer.account) == (Verdict.OFFICIAL, current)


def test_a_bare_handle_is_checked_on_every_platform() -> None:
    answer = verify_account("@randabergkommune", INVENTORY)
    assert answer.verdict is Verdict.OFFICIAL
    assert answer.platform is None
    assert [one.platform for one in answer.per_platform] == list(Platform)
    by_platform = {one.platform: one.verdict for one in answer.per_platform}
    assert by_platform[Platform.FACEBOOK] is Verdict.OFFICIAL
    assert by_platform[Platform.TIKTOK] is Verdict.UNRELATED
    assert "Facebook" in answer.message.text("en")


def test_a_bare_handle_on_one_platform() -> None:
    answer = verify_account("@randabergkommune", INVENTORY, platform="instagram")
    assert (answer.verdict, answer.platform, answer.per_platform) == (
        Verdict.UNRELATED,
        Platform.INSTAGRAM,
        (),
    )


def _patched(monkeypatch: pytest.MonkeyPatch, ref: ProfileRef) -> None:
    monkeypatch.setattr(_verify, "parse_profile", lambda text: ref)


def test_unverifiable_asks_for_the_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    _patched(monkeypatch, ProfileRef(kind="unverifiable", platform=Platform.TIKTOK))
    answer = verify_account("https://vm.tiktok.com/ZM123/", INVENTORY)
    assert answer.verdict is Verdict.UNVERIFIABLE
    assert "paste the profile's address" in answer.message.text("en")


def test_numeric_id_recorded_is_official(monkeypatch: pytest.MonkeyPatch) -> None:
    _patched(
        monkeypatch, ProfileRef(kind="numeric", platform=Platform.FACEBOOK, platform_id="100064")
    )
    answer = verify_account("https://facebook.com/profile.php?id=100064", INVENTORY)
    assert (answer.verdict, answer.account) == (Verdict.OFFICIAL, MAIN)


def test_numeric_id_not_recorded_is_unverifiable(monkeypatch: pytest.MonkeyPatch) -> None:
    _patched(monkeypatch, ProfileRef(kind="numeric", platform=Platform.FACEBOOK, platform_id="999"))
    answer = verify_account("https://facebook.com/profile.php?id=999", INVENTORY)
    assert answer.verdict is Verdict.UNVERIFIABLE
    assert "999" in answer.message.text("en")


def test_a_persons_profile_is_never_official(monkeypatch: pytest.MonkeyPatch) -> None:
    company = Account(platform="linkedin", name="Randaberg kommune", handle="randabergkommune")
    _patched(
        monkeypatch,
        ProfileRef(kind="person", platform=Platform.LINKEDIN, handle="randabergkommune"),
    )
    answer = verify_account("https://linkedin.com/in/randabergkommune", [company])
    assert answer.verdict is Verdict.UNRELATED
    assert "a person's profile" in answer.message.text("en")


def test_a_lookalike_host_is_a_lookalike(monkeypatch: pytest.MonkeyPatch) -> None:
    ref = ProfileRef(
        kind="profile",
        platform=Platform.FACEBOOK,
        handle="randabergkommune",
        lookalike_host="faceb00k.com",
    )
    _patched(monkeypatch, ref)
    answer = verify_account("https://faceb00k.com/randabergkommune", INVENTORY)
    assert answer.verdict is Verdict.LOOKALIKE
    assert [e.code for e in answer.reasons] == ["platform_domain"]
    assert answer.account == MAIN
    assert "faceb00k.com" in answer.message.text("en")


def test_invisible_characters_make_an_official_handle_a_lookalike(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ref = ProfileRef(
        kind="profile", platform=Platform.FACEBOOK, handle="randabergkommune", invisible=True
    )
    _patched(monkeypatch, ref)
    answer = verify_account("https://facebook.com/randabergkommune\u200b", INVENTORY)
    assert answer.verdict is Verdict.LOOKALIKE
    assert answer.reasons[0].code == "invisible"
    assert answer.given.endswith("\\u200b")


def test_a_match_of_the_index_is_a_lookalike_with_its_reasons(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from randaberg_some._lookalike import Match

    def nearest(self: object, platform: Platform | None, handle: str) -> Match:
        return Match(Platform.FACEBOOK, "randabergkommune", (Evidence("typo", "omission"),), 70.0)

    monkeypatch.setattr(LookalikeIndex, "nearest", nearest)
    answer = verify_account("https://facebook.com/randabergkomune", INVENTORY)
    assert (answer.verdict, answer.account, answer.score) == (Verdict.LOOKALIKE, MAIN, 70.0)
    assert "a typo: omission" in answer.message.text("en")


def test_the_input_is_shown_escaped_and_short() -> None:
    answer = verify_account("https://facebook.com/" + "x" * 100 + "\x1b[31m", INVENTORY)
    assert len(answer.given) == 60
    assert "\x1b" not in answer.given
    assert "\x1b" not in answer.message.text("nb")


def test_messages_in_three_languages() -> None:
    answer = verify_account("https://facebook.com/randabergkommunen", INVENTORY)
    texts = {lang: answer.message.text(lang) for lang in LANGUAGES}
    assert len(set(texts.values())) == 3


def test_inventory_rows_and_loaded_files_work() -> None:
    loaded = load_accounts(
        io.StringIO(
            "plattform;brukernavn;navn;tidligere_brukernavn;plattform_id\n"
            "facebook;@randabergkommune;Randaberg kommune;randaberg, rkommune;100064\n"
            ";broken;\n"
        )
    )
    assert loaded.items[0].retired_handles == ("randaberg", "rkommune")
    assert loaded.items[0].platform_ids == ("100064",)
    assert verify_account("https://facebook.com/rkommune", loaded).verdict is (
        Verdict.FORMER_OFFICIAL
    )


def test_old_inventories_keep_working() -> None:
    loaded = load_accounts(Path("examples/kontoer.csv"))
    assert all(a.retired_handles == () and a.platform_ids == () for a in loaded.items)


@pytest.mark.parametrize("bad", [None, 3, "facebook", [object()]])
def test_an_inventory_that_is_not_accounts_is_an_error(bad: object) -> None:
    with pytest.raises(RandabergSomeError):
        verify_account("@x", bad)  # type: ignore[arg-type]


def test_find_lookalikes_ranks_what_to_review_first(monkeypatch: pytest.MonkeyPatch) -> None:
    report = find_lookalikes(
        [
            "https://facebook.com/randabergkommune",
            "https://facebook.com/stavangerkommune",
            "https://facebook.com/randabergkommunen",
            "nonsense/x",
        ],
        INVENTORY,
    )
    assert [item.verdict for item in report.items] == [
        Verdict.FORMER_OFFICIAL,
        Verdict.INVALID,
        Verdict.UNRELATED,
        Verdict.OFFICIAL,
    ]
    assert [item.verdict for item in report.to_review] == [Verdict.FORMER_OFFICIAL]
    assert report.count("official") == 1
    assert json.loads(report.to_json())["counts"]["former_official"] == 1
    assert repr(report) == "<LookalikeReport: 4 candidates, 1 to review>"


def test_find_lookalikes_refuses_a_lone_string() -> None:
    with pytest.raises(RandabergSomeError):
        find_lookalikes("@randabergkommune", INVENTORY)


def test_published_registry_lists_each_account_once_by_platform() -> None:
    twice = Account(platform="facebook", name="Randaberg kommune", handle="Randaberg.Kommune")
    other = Account(platform="snapchat", name="x", handle="x")
    published = publish_registry([LIBRARY, MAIN, twice, other])
    assert published.accounts == (MAIN, LIBRARY)
    document = json.loads(published.to_json())
    assert document["accounts"][0] == {
        "platform": "facebook",
        "platform_label": "Facebook",
        "name": "Randaberg kommune",
        "handle": "@randabergkommune",
        "url": "https://www.facebook.com/randabergkommune",
        "unit": None,
    }


def test_published_registry_writes_its_html(tmp_path: Path) -> None:
    published = publish_registry(INVENTORY, lang="nn")
    target = tmp_path / "kontoar.html"
    published.to_html(target)
    assert target.read_text(encoding="utf-8") == published.html + "\n"
    assert 'lang="nn"' in published.html


def test_html_escapes_and_encodes_handles() -> None:
    evil = Account(platform="facebook", name="<b>x</b>", handle='a"b<script>')
    html = publish_registry([evil]).html
    assert "<script>" not in html
    assert "<b>" not in html
    assert "a%22b%3Cscript%3E" in html


def test_constructors_check_their_fields() -> None:
    with pytest.raises(RandabergSomeError):
        Verification(given=1, verdict=Verdict.OFFICIAL, message=MAIN)  # type: ignore[arg-type]
    with pytest.raises(RandabergSomeError):
        LookalikeReport(items=["x"])
    with pytest.raises(RandabergSomeError):
        PublishedRegistry(organisation="x", accounts=())  # type: ignore[arg-type]
    with pytest.raises(RandabergSomeError):
        Verdict("maybe")


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=80))
def test_any_text_gets_a_verdict(text: str) -> None:
    answer = verify_account(text, INVENTORY)
    assert isinstance(answer.verdict, Verdict)
    assert len(answer.given) <= 60
    assert answer.given.isprintable()


def test_renderings_of_a_verification_and_a_report() -> None:
    from randaberg_some import render

    answer = verify_account("@randabergkommune", INVENTORY)
    assert render.records(answer, "en")[0]["verdict"] == "official"
    assert "<table>" in render.html(answer, "en")
    assert json.loads(answer.to_json())["per_platform"][0]["platform"] == "facebook"
    assert repr(answer) == "<Verification official on -: '@randabergkommune'>"
    report = find_lookalikes(["https://facebook.com/randabergkommunen"], INVENTORY)
    assert render.records(report, "nn")[0]["label"] == "tidlegare offisiell"
    assert 'lang="nb"' in render.html(report, "nb")
    published = publish_registry(INVENTORY)
    assert [r["platform"] for r in render.records(published, "nb")] == ["facebook", "instagram"]
    assert repr(published) == "<PublishedRegistry: 2 accounts>"
    assert publish_registry([]).text("en") == "No accounts are registered."


def test_dataframes() -> None:
    pytest.importorskip("pandas")
    report = find_lookalikes(["https://facebook.com/randabergkommunen"], INVENTORY)
    assert list(report.to_dataframe()["verdict"]) == ["former_official"]
    assert list(publish_registry(INVENTORY).to_dataframe()["handle"]) == [
        "@randabergkommune",
        "@randabergkommune_biblio",
    ]
