"""The registry and the accounts' status: retired handles are former, planned ones not ours."""

from __future__ import annotations

import pytest

from randaberg_some import Account, AccountStatus, load_accounts
from randaberg_some.registry import Verdict, publish_registry, verify_account


def _account(handle: str, status: AccountStatus | None, platform: str = "instagram") -> Account:
    return Account(
        platform=platform, name="Randabergkommune Bassenget", handle=handle, status=status
    )


@pytest.mark.parametrize(
    ("status", "verdict"),
    [
        (None, Verdict.OFFICIAL),
        (AccountStatus.ACTIVE, Verdict.OFFICIAL),
        (AccountStatus.DORMANT, Verdict.OFFICIAL),
        (AccountStatus.RETIRED, Verdict.FORMER_OFFICIAL),
    ],
)
def test_an_accounts_status_decides_whether_its_handle_is_official(
    status: AccountStatus | None, verdict: Verdict
) -> None:
    inventory = [_account("@randabergkommune_bassenget", status)]
    found = verify_account("https://www.instagram.com/randabergkommune_bassenget/", inventory)
    assert found.verdict is verdict
    assert found.account == inventory[0]


def test_a_planned_account_is_not_official_yet() -> None:
    inventory = [_account("@randabergkommune_bassenget", AccountStatus.PLANNED)]
    found = verify_account("https://www.instagram.com/randabergkommune_bassenget/", inventory)
    assert found.verdict not in (Verdict.OFFICIAL, Verdict.OFFICIAL_EQUIVALENT)
    assert found.verdict is not Verdict.FORMER_OFFICIAL


def test_a_retired_handle_in_use_again_by_an_active_account_is_official() -> None:
    inventory = [
        _account("@randabergkommune_bassenget", AccountStatus.RETIRED),
        _account("@randabergkommune_bassenget", AccountStatus.ACTIVE),
    ]
    found = verify_account("@randabergkommune_bassenget", inventory, platform="instagram")
    assert found.verdict is Verdict.OFFICIAL
    assert found.account == inventory[1]


def test_the_published_list_has_only_the_accounts_in_use() -> None:
    inventory = [
        _account("@randabergkommune_aktiv", AccountStatus.ACTIVE),
        _account("@randabergkommune_hviler", AccountStatus.DORMANT),
        _account("@randabergkommune_ny", AccountStatus.PLANNED),
        _account("@randabergkommune_gammel", AccountStatus.RETIRED),
        _account("@randabergkommune_uten", None),
    ]
    published = publish_registry(inventory)
    assert [account.handle for account in published.accounts] == [
        "@randabergkommune_aktiv",
        "@randabergkommune_hviler",
        "@randabergkommune_uten",
    ]
    assert "gammel" not in published.html
    assert "@randabergkommune_ny" not in published.html


def test_the_status_column_of_an_inventory_file_is_read_for_the_registry() -> None:
    import io

    loaded = load_accounts(
        io.StringIO(
            "plattform;brukernavn;navn;status\n"
            "instagram;@randabergkommune;Randaberg kommune;aktiv\n"
            "facebook;@randabergkommune.gammel;Randaberg kommune;avviklet\n"
        )
    )
    assert [a.handle for a in publish_registry(loaded).accounts] == ["@randabergkommune"]
    found = verify_account("https://facebook.com/randabergkommune.gammel", loaded)
    assert found.verdict is Verdict.FORMER_OFFICIAL
