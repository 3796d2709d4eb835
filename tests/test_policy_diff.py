"""What changed between two versions of a guideline: each kind of change, in its order."""

from __future__ import annotations

import json
from datetime import date, time
from typing import Any

import attrs
import pytest

from randaberg_some import render
from randaberg_some.calendar import WorkingCalendar
from randaberg_some.errors import ConfigurationError
from randaberg_some.messages import LANGUAGES, Message
from randaberg_some.organisation import RANDABERG, Channels, Organisation
from randaberg_some.platforms import Platform, Presence
from randaberg_some.policy import DEFAULT_POLICY, RANDABERG_POLICY, Policy, PolicyVersion
from randaberg_some.policy_diff import (
    PolicyChange,
    PolicyDiff,
    diff_history,
    diff_policies,
    diff_versions,
)

BASE = RANDABERG_POLICY.latest
DIGEST = "a" * 64


def _with_organisation(**changes: Any) -> PolicyVersion:
    organisation = attrs.evolve(RANDABERG, **changes)
    return attrs.evolve(BASE, naming=attrs.evolve(DEFAULT_POLICY, organisation=organisation))


def _with_naming(**changes: Any) -> PolicyVersion:
    return attrs.evolve(BASE, naming=attrs.evolve(DEFAULT_POLICY, **changes))


def _presence(*kept: Presence) -> PolicyVersion:
    return _with_organisation(presence=kept)


FACEBOOK = Presence(platform=Platform.FACEBOOK, actively_promoted=True)
TIKTOK = Presence(platform=Platform.TIKTOK, administered_for="Bassenget")


# (new version, [(key, old, new)]) against BASE, Randaberg's built-in version.
CASES: list[tuple[str, PolicyVersion, list[tuple[str, str | None, str | None]]]] = [
    ("nothing", BASE, []),
    ("equal but not the same object", PolicyVersion(), []),
    (
        "name and domain",
        _with_organisation(name="Bærum kommune", domain="baerum.kommune.no"),
        [
            ("organisation.name", "Randaberg kommune", "Bærum kommune"),
            ("organisation.domain", "randaberg.kommune.no", "baerum.kommune.no"),
        ],
    ),
    (
        "no communications address",
        _with_organisation(communications_email=None),
        [("organisation.communications_email", RANDABERG.communications_email, None)],
    ),
    (
        "an official image",
        _with_organisation(official_image_digests={DIGEST}),
        [("organisation.official_image_digests", None, "aaaaaaaaaaaa…")],
    ),
    (
        "platforms removed",
        _presence(*[p for p in RANDABERG.presence if p.platform is not Platform.TIKTOK]),
        [("platforms.tiktok", "listed, run for Bassenget", None)],
    ),
    (
        "platform promoted",
        _presence(
            *[
                attrs.evolve(p, actively_promoted=True) if p.platform is Platform.TIKTOK else p
                for p in RANDABERG.presence
            ]
        ),
        [("platforms.tiktok.promoted", "false", "true")],
    ),
    (
        "run for another unit",
        _presence(
            *[
                attrs.evolve(p, administered_for="Ungdom") if p.platform is Platform.TIKTOK else p
                for p in RANDABERG.presence
            ]
        ),
        [("platforms.tiktok.administered_for", "Bassenget", "Ungdom")],
    ),
    (
        "channels",
        _with_organisation(
            channels=Channels(edialog="https://edialog.example.no", phone="51 41 41 01")
        ),
        [
            ("channels.postmottak", RANDABERG.channels.postmottak, None),
            ("channels.edialog", None, "https://edialog.example.no"),
            ("channels.phone", "51 41 41 00", "51 41 41 01"),
            ("channels.unverified", "phone, postmottak", None),
        ],
    ),
    ("separator", _with_naming(separator="."), [("naming.separator", "_", ".")]),
    (
        "templates",
        _with_naming(unit_account_name_template="{organisation} {unit}"),
        [
            (
                "naming.unit_account_name",
                "{organisation_compact} {unit}",
                "{organisation} {unit}",
            )
        ],
    ),
    (
        "filler words",
        _with_naming(filler_words=(DEFAULT_POLICY.filler_words - {"og"}) | {"hos"}),
        [("naming.filler_words", "og", None), ("naming.filler_words", None, "hos")],
    ),
    (
        "working day",
        attrs.evolve(
            BASE,
            calendar=WorkingCalendar(
                end_of_day=time(16, 0), closures=[date(2024, 12, 31), date(2024, 12, 24)]
            ),
        ),
        [
            ("working_day.end", "15:30", "16:00"),
            ("working_day.closures", None, "2024-12-24"),
            ("working_day.closures", None, "2024-12-31"),
        ],
    ),
    (
        "rules",
        attrs.evolve(BASE, rules={"N206": "off", "H101": "warning"}),
        [("rules.H101", "error", "warning"), ("rules.N206", "warning", "off")],
    ),
    (
        "lifecycle",
        attrs.evolve(BASE, review_interval=730, dormant_after=90),
        [
            ("lifecycle.review_interval_days", "365", "730"),
            ("lifecycle.dormant_after_days", "180", "90"),
        ],
    ),
    ("the day and source are not changes", attrs.evolve(BASE, source="https://x.no"), []),
]


@pytest.mark.parametrize(("case", "new", "expected"), CASES, ids=[case[0] for case in CASES])
def test_each_kind_of_change(
    case: str, new: PolicyVersion, expected: list[tuple[str, str | None, str | None]]
) -> None:
    changes = diff_versions(BASE, new)
    assert [(change.key, change.old, change.new) for change in changes] == expected
    for change in changes:
        for lang in LANGUAGES:
            assert change.message.text(lang).endswith(".")


def test_platform_added_says_how() -> None:
    old = _presence()
    new = _presence(FACEBOOK, TIKTOK)
    changes = diff_versions(old, new)
    assert [(c.key, c.new) for c in changes] == [
        ("platforms.facebook", "promoted"),
        ("platforms.tiktok", "listed, run for Bassenget"),
    ]
    assert changes[1].message.en == (
        "TikTok was added to the platforms (not promoted, run for “Bassenget”)."
    )
    assert (
        changes[0].message.nn
        == "Facebook er lagd til blant plattformene (blir aktivt marknadsført)."
    )


def test_a_rule_turned_on_again() -> None:
    off = attrs.evolve(BASE, rules={"N206": "off"})
    (change,) = diff_versions(off, BASE)
    assert (change.old, change.new) == ("off", "warning")
    assert change.message.nb == "Regel N206 er slått på igjen, som en advarsel."


def test_setting_the_catalogue_severity_is_no_change() -> None:
    assert diff_versions(BASE, attrs.evolve(BASE, rules={"H101": "error"})) == ()


def test_the_order_is_the_documented_one() -> None:
    new = attrs.evolve(
        _with_organisation(name="Bærum kommune", domain="baerum.kommune.no", presence=()),
        rules={"N206": "off"},
        review_interval=30,
        calendar=WorkingCalendar(end_of_day=time(15)),
    )
    keys = [change.key.split(".")[0] for change in diff_versions(BASE, new)]
    order = ["organisation", "platforms", "working_day", "rules", "lifecycle"]
    assert sorted(set(keys), key=order.index) == list(dict.fromkeys(keys))


def test_diff_policies_on_a_day() -> None:
    policy = Policy(
        versions=[BASE, attrs.evolve(BASE, effective=date(2025, 1, 1), dormant_after=90)]
    )
    assert diff_policies(RANDABERG_POLICY, policy, at=date(2024, 12, 31)).changes == ()
    diff = diff_policies(RANDABERG_POLICY, policy, at=date(2025, 1, 1))
    assert (diff.old_label, diff.new_label, diff.changed) == (None, "2025-01-01", True)


def test_diff_history() -> None:
    policy = Policy(
        versions=[
            BASE,
            attrs.evolve(BASE, effective=date(2024, 1, 1), review_interval=100),
            attrs.evolve(BASE, effective=date(2025, 1, 1), review_interval=100),
        ]
    )
    history = diff_history(policy)
    assert [(d.old_label, d.new_label, len(d.changes)) for d in history] == [
        (None, "2024-01-01", 1),
        ("2024-01-01", "2025-01-01", 0),
    ]
    assert diff_history(RANDABERG_POLICY) == ()


@pytest.mark.parametrize("junk", [None, "x", 3, DEFAULT_POLICY])
def test_junk_is_refused(junk: object) -> None:
    with pytest.raises(ConfigurationError):
        diff_versions(junk, BASE)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError):
        diff_history(junk)  # type: ignore[arg-type]


def test_values_are_checked() -> None:
    with pytest.raises(ConfigurationError):
        PolicyChange(key="", message=Message.same("x"))
    with pytest.raises(ConfigurationError):
        PolicyChange(key="k", old=3, message=Message.same("x"))  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError):
        PolicyDiff(changes=["x"])


def test_rendered() -> None:
    diff = diff_policies(
        BASE, attrs.evolve(BASE, effective=date(2025, 1, 1), rules={"N206": "off"})
    )
    assert render.text(diff, "en").splitlines() == [
        "(undated) -> 2025-01-01: 1 change.",
        "  rules.N206  Rule N206 is turned off (it was a warning).",
    ]
    document = json.loads(render.to_json(diff))
    assert document == {
        "old": None,
        "new": "2025-01-01",
        "changes": [
            {
                "key": "rules.N206",
                "old": "warning",
                "new": "off",
                "message": {
                    "nb": "Regel N206 er slått av (var en advarsel).",
                    "nn": "Regel N206 er slått av (var ei åtvaring).",
                    "en": "Rule N206 is turned off (it was a warning).",
                },
            }
        ],
    }
    assert render.records(diff, "nb")[0]["key"] == "rules.N206"
    assert "<code>rules.N206</code>" in render.html(diff, "en")
    assert render.short(diff) == "<PolicyDiff: None -> '2025-01-01', 1 changes>"
    many = PolicyDiff(old_label="a\x1b.toml", new_label="b.toml", changes=diff.changes * 2)
    assert render.text(many, "nb").splitlines()[0] == "a\\x1b.toml -> b.toml: 2 endringer."


def test_organisation_equal_but_rebuilt() -> None:
    same = Organisation(
        name=RANDABERG.name,
        domain=RANDABERG.domain,
        communications_email=RANDABERG.communications_email,
        presence=RANDABERG.presence,
        channels=RANDABERG.channels,
    )
    naming = attrs.evolve(DEFAULT_POLICY, organisation=same)
    assert diff_versions(BASE, attrs.evolve(BASE, naming=naming)) == ()
