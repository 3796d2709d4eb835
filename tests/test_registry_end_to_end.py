"""The whole verification, URL parser and look-alike index included, on real-looking links."""

from __future__ import annotations

import pytest

from randaberg_some import Account, Platform, Verdict, find_lookalikes, verify_account

MAIN = Account(
    platform="facebook",
    name="Randaberg kommune",
    handle="@randabergkommune",
    retired_handles=("randabergkommunen",),
    platform_ids=("100064",),
)
INSTAGRAM = Account(platform="instagram", name="Randaberg kommune", handle="@randabergkommune")
LIBRARY = Account(platform="instagram", name="Biblioteket", handle="@randabergkommune_biblio")
LINKEDIN = Account(platform="linkedin", name="Randaberg kommune", handle="randabergkommune")
INVENTORY = (MAIN, INSTAGRAM, LIBRARY, LINKEDIN)

# link or handle, verdict, a reason code that must be among the reasons (or None).
TABLE = [
    ("https://m.facebook.com/Randaberg.Kommune?ref=bookmarks", Verdict.OFFICIAL_EQUIVALENT, None),
    ("https://nb-no.facebook.com/randabergkommune/", Verdict.OFFICIAL, None),
    ("facebook.com/randabergkommune?fbclid=IwAR0abc", Verdict.OFFICIAL, None),
    ("https://www.facebook.com/profile.php?id=100064", Verdict.OFFICIAL, None),
    ("https://www.facebook.com/profile.php?id=999", Verdict.UNVERIFIABLE, None),
    ("https://vm.tiktok.com/ZMabc123/", Verdict.UNVERIFIABLE, None),
    ("https://www.facebook.com/share/1AbCdEf/", Verdict.UNVERIFIABLE, None),
    ("https://youtu.be/dQw4w9WgXcQ", Verdict.UNVERIFIABLE, None),
    ("https://www.linkedin.com/company/randabergkommune/about/", Verdict.OFFICIAL, None),
    ("https://www.linkedin.com/in/randabergkommune", Verdict.UNRELATED, None),
    ("https://faceb00k.com/randabergkommune", Verdict.LOOKALIKE, "platform_domain"),
    ("https://www.instagram.com/r\u0430ndabergkommune/", Verdict.LOOKALIKE, "homoglyph"),
    ("https://www.instagram.com/randabergkornmune/", Verdict.LOOKALIKE, "homoglyph"),
    ("https://www.instagram.com/randabergkomune/", Verdict.LOOKALIKE, "typo"),
    ("https://www.instagram.com/randabergkommune_official/", Verdict.LOOKALIKE, "affix"),
    ("https://www.instagram.com/randabergkommune_xyz/", Verdict.LOOKALIKE, "unregistered_prefix"),
    ("https://www.instagram.com/randaberg\u200bkommune/", Verdict.LOOKALIKE, "invisible"),
    ("https://www.instagram.com/randabergil/", Verdict.UNRELATED, None),
    ("https://www.facebook.com/stavangerkommune", Verdict.UNRELATED, None),
]


@pytest.mark.parametrize(("text", "verdict", "reason"), TABLE)
def test_a_link_gets_its_verdict_and_reason(
    text: str, verdict: Verdict, reason: str | None
) -> None:
    found = verify_account(text, INVENTORY)
    assert found.verdict is verdict
    if reason is not None:
        assert reason in [evidence.code for evidence in found.reasons]


def test_a_bare_handle_is_checked_on_every_platform() -> None:
    found = verify_account("@randabergkommune", INVENTORY)
    assert found.verdict is Verdict.OFFICIAL
    by_platform = {item.platform: item.verdict for item in found.per_platform}
    assert by_platform[Platform.FACEBOOK] is Verdict.OFFICIAL
    assert by_platform[Platform.INSTAGRAM] is Verdict.OFFICIAL


def test_look_alikes_are_ranked_before_the_rest() -> None:
    report = find_lookalikes(
        ["https://www.instagram.com/randabergkornmune/", "@stavangerkommune", "@randabergkommune"],
        INVENTORY,
    )
    assert report.items[0].verdict is Verdict.LOOKALIKE
