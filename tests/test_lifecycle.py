"""Accounts over time: the lifecycle rules (L101-L105), audits on a day, a policy's versions
and its rule configuration."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timedelta
from typing import Any

import attrs
import pytest

from randaberg_some import (
    RULES,
    Account,
    ConfigurationError,
    NamingPolicy,
    Organisation,
    Platform,
    ProfilePicture,
    Purpose,
    RandabergSomeError,
    Severity,
    Unit,
    audit,
    iter_findings,
    load_accounts,
    render,
    validate_account,
)
from randaberg_some.accounts import AccountStatus
from randaberg_some.policy import RANDABERG_POLICY, Policy, PolicyVersion

guideline = pytest.mark.guideline

AT = date(2025, 3, 1)
ACTIVE = AccountStatus.ACTIVE
DORMANT = AccountStatus.DORMANT
PLANNED = AccountStatus.PLANNED
RETIRED = AccountStatus.RETIRED

CLEAN = Account(
    platform=Platform.INSTAGRAM,
    name="Randabergkommune Bassenget",
    handle="@randabergkommune_bassenget",
    unit=Unit(name="Bassenget"),
    profile_picture=ProfilePicture.official_logo(),
    purposes=(Purpose.INFORMATION,),
    administrators=("Kari Nordmann",),
)


def account(**changes: Any) -> Account:
    return attrs.evolve(CLEAN, **changes)


def days_before(days: int) -> date:
    return AT - timedelta(days=days)


def codes(found: object) -> list[str]:
    return [v.code for v in found]  # type: ignore[attr-defined]


def lifecycle_codes(value: Account, at: date | None = AT, **kwargs: object) -> list[str]:
    return [
        code
        for code in codes(validate_account(value, at=at, **kwargs))  # type: ignore[arg-type]
        if code.startswith("L")
    ]


# --- L101 review-due ------------------------------------------------------------------------

REVIEW_TABLE = [
    # (what, changes, expected)
    ("reviewed exactly the interval ago", {"last_reviewed": days_before(365)}, []),
    ("reviewed one day over the interval", {"last_reviewed": days_before(366)}, ["L101"]),
    ("reviewed today", {"last_reviewed": AT}, []),
    ("created exactly the interval ago, never reviewed", {"created": days_before(365)}, []),
    ("created one day over, never reviewed", {"created": days_before(366)}, ["L101"]),
    (
        "the review counts, not the creation",
        {"created": days_before(3000), "last_reviewed": days_before(10)},
        [],
    ),
    ("active, neither date", {"status": ACTIVE}, ["L101"]),
    ("dormant, neither date", {"status": DORMANT}, ["L101"]),
    ("no status, neither date: no life kept", {}, []),
    (
        "dormant, reviewed long ago",
        {"status": DORMANT, "last_reviewed": days_before(400)},
        ["L101"],
    ),
    (
        "planned accounts are not reviewed",
        {"status": PLANNED, "created": days_before(900), "readiness": "sak 24/1"},
        [],
    ),
    ("retired accounts are not reviewed", {"status": RETIRED, "created": days_before(900)}, []),
]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [(changes, expected) for _, changes, expected in REVIEW_TABLE],
    ids=[what for what, _, _ in REVIEW_TABLE],
)
def test_review_due(changes: dict[str, object], expected: list[str]) -> None:
    assert lifecycle_codes(account(**changes)) == expected


def test_review_due_follows_the_policy_interval_and_names_it() -> None:
    reviewed = account(last_reviewed=date(2024, 12, 1))
    version = PolicyVersion(review_interval=90)
    assert lifecycle_codes(reviewed, policy=version) == []  # 2024-12-01 + 90 = 2025-03-01
    assert lifecycle_codes(reviewed, at=date(2025, 3, 2), policy=version) == ["L101"]
    found = validate_account(reviewed, at=date(2025, 3, 2), policy=version)[-1]
    assert found.text("en") == (
        "The account was last reviewed on 2024-12-01. The policy asks for a review at least "
        "every 90 days; the review was due on 2025-03-01 (judged as of 2025-03-02). Review "
        "the account, and enter the date in last_reviewed."
    )
    assert "2024-12-01" in found.text("nn")
    assert "90" in found.text("nb")
    assert found.source == "policy"
    assert found.field == "last_reviewed"


def test_review_never_made_says_so() -> None:
    found = validate_account(account(status="aktiv"), at=AT)[-1]
    assert found.code == "L101"
    assert "neither when the account was created" in found.text("en")
    assert "2025-03-01" in found.text("nb")


# --- L102 dormant ---------------------------------------------------------------------------

DORMANT_TABLE = [
    ("posted exactly the threshold ago", {"last_posted": days_before(180)}, []),
    ("posted one day over the threshold", {"last_posted": days_before(181)}, ["L102"]),
    ("active, one day over", {"status": ACTIVE, "last_posted": days_before(181)}, ["L102"]),
    ("marked dormant: known", {"status": DORMANT, "last_posted": days_before(900)}, []),
    ("retired: not posting", {"status": RETIRED, "last_posted": days_before(900)}, []),
    ("posted yesterday", {"status": ACTIVE, "last_posted": days_before(1)}, []),
]


@guideline("G6.2", "G6.4")
@pytest.mark.parametrize(
    ("changes", "expected"),
    [(changes, expected) for _, changes, expected in DORMANT_TABLE],
    ids=[what for what, _, _ in DORMANT_TABLE],
)
def test_dormant(changes: dict[str, object], expected: list[str]) -> None:
    changes = {"last_reviewed": AT, **changes}
    assert lifecycle_codes(account(**changes)) == expected


@guideline("G6.2", "G6.4")
def test_dormant_names_the_last_post_and_the_threshold() -> None:
    version = PolicyVersion(dormant_after=30)
    found = validate_account(
        account(last_reviewed=AT, last_posted=date(2025, 1, 1)), at=AT, policy=version
    )
    assert codes(found) == ["L102"]
    assert found[0].source == "G6.2"
    text = found[0].text("en")
    assert "since 2025-01-01, 59 days before 2025-03-01" in text
    assert "after 30 days" in text
    assert "sidan 2025-01-01" in found[0].text("nn")


# --- L104 planned-without-readiness and L105 date-in-future ----------------------------------


@guideline("G6")
@pytest.mark.parametrize(
    ("readiness", "expected"),
    [(None, ["L104"]), ("   ", ["L104"]), ("https://example.org/sak/24-117", []), ("24/117", [])],
)
def test_planned_without_readiness(readiness: str | None, expected: list[str]) -> None:
    planned = account(status="planlagt", readiness=readiness)
    assert lifecycle_codes(planned) == expected


@guideline("G6")
def test_planned_without_readiness_points_to_the_assessment() -> None:
    (found,) = validate_account(account(status=PLANNED), at=AT)
    assert found.fix == "randaberg-some readiness"
    assert found.source == "G6"
    assert found.field == "readiness"
    assert "randaberg-some readiness" in found.text("nn")


@pytest.mark.parametrize("field", ["created", "last_reviewed", "last_posted"])
def test_a_date_after_at_is_a_finding_not_a_crash(field: str) -> None:
    future = account(**{field: AT + timedelta(days=1)})
    found = [v for v in validate_account(future, at=AT) if v.code == "L105"]
    assert [(v.code, v.field) for v in found] == [("L105", field)]
    assert "2025-03-02, after 2025-03-01" in found[0].text("en")
    assert lifecycle_codes(account(**{field: AT})) == []


def test_no_at_no_lifecycle_rules() -> None:
    old = account(status=ACTIVE, created=date(2001, 1, 1), last_posted=date(2001, 1, 1))
    planned = account(status=PLANNED)
    assert lifecycle_codes(old, at=None) == []
    assert lifecycle_codes(planned, at=None) == []
    assert validate_account(old) == validate_account(CLEAN) == ()


def test_at_may_be_a_datetime_and_nothing_else() -> None:
    reviewed = account(last_reviewed=days_before(366))
    assert lifecycle_codes(reviewed, at=datetime(2025, 3, 1, 23, 59)) == ["L101"]
    for junk in ("2025-03-01", 20250301, object()):
        with pytest.raises(ConfigurationError, match="'at' must be a date"):
            validate_account(reviewed, at=junk)  # type: ignore[arg-type]
        with pytest.raises(RandabergSomeError):
            audit([reviewed], at=junk)  # type: ignore[arg-type]


# --- L103 retired-listed-active across accounts ----------------------------------------------


def audited_codes(*accounts: Account, at: date | None = AT) -> list[tuple[int, str]]:
    report = audit(list(accounts), at=at)
    return [(f.position, f.code) for f in report.findings]


@pytest.mark.parametrize("in_use", [ACTIVE, DORMANT, None])
def test_retired_and_in_use_in_either_order(in_use: AccountStatus | None) -> None:
    retired = account(status=RETIRED)
    running = account(status=in_use, last_reviewed=AT, administrators=("Ola",))
    assert audited_codes(retired, running) == [(2, "L103")]
    assert audited_codes(running, retired) == [(2, "L103")]
    finding = audit([running, retired], at=AT).findings[0]
    assert finding.violation.field == "status"
    assert "(row" not in finding.violation.text("en")  # accounts, not rows: by position
    assert "account 1" in finding.violation.text("en")


def test_retired_and_in_use_compared_as_the_platform_compares() -> None:
    retired = account(
        platform=Platform.FACEBOOK, handle="@Randabergkommune.Bassenget", status=RETIRED
    )
    running = account(
        platform=Platform.FACEBOOK, handle="@randabergkommunebassenget", last_reviewed=AT
    )
    assert "L103" in codes(f.violation for f in audit([retired, running], at=AT).findings)


def test_without_at_the_pair_is_a_collision_as_before() -> None:
    retired = account(status=RETIRED)
    running = account(status=ACTIVE, administrators=("Ola",))
    assert audited_codes(retired, running, at=None) == [(2, "X901")]


def test_planned_and_retired_are_no_contradiction() -> None:
    assert (
        "L103"
        in codes(
            f.violation
            for f in audit(
                [account(status=RETIRED), account(status=PLANNED, readiness="x")], at=AT
            ).findings
        )
    ) is False


def test_a_retired_handle_held_by_an_account_in_use() -> None:
    renamed = account(
        handle="@randabergkommune_basseng",
        retired_handles=("@randabergkommune_bassenget",),
        last_reviewed=AT,
    )
    holder = account(last_reviewed=AT, administrators=("Ola",))
    first = audit([renamed, holder], at=AT).findings
    assert [(f.position, f.code, f.violation.field) for f in first if f.code == "L103"] == [
        (2, "L103", "handle")
    ]
    assert "'@randabergkommune_basseng' (account 1)" in first[-1].violation.text("en")
    second = audit([holder, renamed], at=AT).findings
    assert [(f.position, f.code, f.violation.field) for f in second if f.code == "L103"] == [
        (2, "L103", "retired_handles")
    ]


def test_an_account_listing_its_own_handle_as_retired_is_not_reported() -> None:
    itself = account(retired_handles=("@randabergkommune_bassenget",), last_reviewed=AT)
    assert audited_codes(itself) == []


def test_across_false_leaves_l103_out() -> None:
    pair = [account(status=RETIRED), account(status=ACTIVE, last_reviewed=AT)]
    assert [f.code for f in audit(pair, at=AT, across=False).findings] == []


# --- rule configuration -----------------------------------------------------------------------

UNCLEAN = account(profile_picture=None, purposes=())  # P402 and U603, both warnings


def test_a_rule_turned_off_is_dropped_and_the_counts_follow() -> None:
    report = audit([UNCLEAN], policy=PolicyVersion(rules={"U603": "off"}))
    assert [f.code for f in report.findings] == ["P402"]
    assert dict(report.by_rule) == {"P402": 1}
    assert report.by_severity[Severity.WARNING] == 1


def test_a_severity_changed_is_reported_and_counted() -> None:
    version = PolicyVersion(rules={"P402": "error", "U603": Severity.INFO})
    report = audit([UNCLEAN], policy=version)
    assert [(f.code, f.severity) for f in report.findings] == [
        ("P402", Severity.ERROR),
        ("U603", Severity.INFO),
    ]
    assert {s.value: n for s, n in report.by_severity.items()} == {
        "error": 1,
        "warning": 0,
        "info": 1,
    }
    assert report.ok is False
    assert codes(validate_account(UNCLEAN, policy=version)) == ["P402", "U603"]
    assert validate_account(UNCLEAN, policy=version)[0].severity is Severity.ERROR


def test_the_configuration_applies_across_accounts_and_to_lifecycle_rules() -> None:
    other = account(platform=Platform.YOUTUBE, handle="@randabergkommune_basseng")
    assert [f.code for f in audit([CLEAN, other]).findings] == ["X902"]
    assert audit([CLEAN, other], policy=PolicyVersion(rules={"X902": "off"})).findings == ()
    planned = account(status=PLANNED, handle="@randabergkommune_svomming")
    version = PolicyVersion(rules={"L104": "error", "L101": "off", "N206": "off"})
    report = audit([planned, account(status=ACTIVE)], policy=version, at=AT)
    assert [(f.code, f.severity.value) for f in report.findings] == [("L104", "error")]


def test_iter_findings_takes_the_policy_and_the_day() -> None:
    version = PolicyVersion(rules={"U603": "off"})
    planned = account(status=PLANNED, platform=Platform.YOUTUBE)
    found = list(iter_findings([UNCLEAN, planned], policy=version, at=AT))
    assert [f.code for f in found] == ["P402", "L104"]  # type: ignore[union-attr]


# --- a policy with two versions ---------------------------------------------------------------

BOUNDARY = date(2025, 1, 1)
TWO_VERSIONS = Policy(
    versions=[
        PolicyVersion(rules={"U603": "off"}),
        PolicyVersion(effective=BOUNDARY, review_interval=90, dormant_after=30),
    ]
)


@pytest.mark.parametrize(
    ("at", "expected", "effective"),
    [
        (date(2024, 12, 31), ["P402"], None),
        (BOUNDARY, ["P402", "U603", "L101", "L102"], BOUNDARY),
        (date(2025, 6, 1), ["P402", "U603", "L101", "L102"], BOUNDARY),
    ],
)
def test_the_version_in_force_on_at_decides(
    at: date, expected: list[str], effective: date | None
) -> None:
    dated = attrs.evolve(UNCLEAN, last_reviewed=date(2024, 9, 1), last_posted=date(2024, 11, 1))
    report = audit([dated], policy=TWO_VERSIONS, at=at)
    assert [f.code for f in report.findings] == expected
    assert report.at == at
    assert report.policy_effective == effective


def test_without_at_the_latest_version_applies_without_lifecycle_rules() -> None:
    report = audit([UNCLEAN], policy=TWO_VERSIONS)
    assert [f.code for f in report.findings] == ["P402", "U603"]
    assert report.at is None
    assert report.policy_effective == BOUNDARY


def test_the_version_decides_the_naming_too() -> None:
    baerum = Organisation(name="Bærum kommune", domain="baerum.kommune.no")
    policy = Policy(
        versions=[
            PolicyVersion(),
            PolicyVersion(effective=BOUNDARY, naming=NamingPolicy(organisation=baerum)),
        ]
    )
    before = audit([CLEAN], policy=policy, at=date(2024, 12, 31))
    after = audit([CLEAN], policy=policy, at=BOUNDARY)
    assert before.findings == ()
    assert "N201" in [f.code for f in after.findings]


def test_an_audit_before_the_first_version_is_an_error() -> None:
    policy = Policy(versions=[PolicyVersion(effective=BOUNDARY)])
    with pytest.raises(ConfigurationError, match="no version of the policy"):
        audit([CLEAN], policy=policy, at=date(2024, 1, 1))


def test_junk_as_policy_is_the_library_error() -> None:
    with pytest.raises(ConfigurationError):
        audit([CLEAN], policy="randaberg")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError):
        validate_account(CLEAN, policy=None)  # type: ignore[arg-type]


# --- the report --------------------------------------------------------------------------------


def test_an_audit_over_time_says_its_day_in_text_and_json() -> None:
    dated = attrs.evolve(UNCLEAN, created=date(2024, 1, 1))
    report = audit([dated], policy=TWO_VERSIONS, at=date(2025, 2, 1))
    document = json.loads(render.to_json(report))
    assert document["at"] == "2025-02-01"
    assert document["policy_effective"] == "2025-01-01"
    lines = report.text("nn").splitlines()
    assert lines[:2] == ["Vurdert per 2025-02-01.", "Retningslinene i versjonen frå 2025-01-01."]
    assert report.text("en").splitlines()[0] == "Judged as of 2025-02-01."
    assert report.dated == 1
    undated = audit([UNCLEAN], policy=RANDABERG_POLICY, at=date(2025, 2, 1))
    assert undated.dated == 0
    assert "at" not in json.loads(render.to_json(undated))
    assert not undated.text("en").startswith("Judged")


def test_a_timeless_audit_is_as_it_was() -> None:
    loaded = load_accounts("examples/kontoer.csv")
    plain = render.to_json(audit(loaded))
    document = json.loads(plain)
    assert "at" not in document
    assert "policy_effective" not in document
    assert not [code for code in document["by_rule"] if code.startswith("L")]
    assert render.to_json(audit(loaded, policy=RANDABERG_POLICY)) == plain
    assert render.to_json(audit(loaded, policy=PolicyVersion())) == plain
    assert audit(loaded).text("nb") == audit(loaded, policy=RANDABERG_POLICY).text("nb")


def test_an_old_inventory_audited_on_a_day_gains_no_lifecycle_findings() -> None:
    loaded = load_accounts("examples/kontoer.csv")
    timeless = audit(loaded)
    dated = audit(loaded, at=AT)
    assert dated.findings == timeless.findings
    assert dated.by_rule == timeless.by_rule


# --- the inventory ------------------------------------------------------------------------------

BOKMAL = (
    "plattform;brukernavn;navn;enhet;status;opprettet;sist_gjennomgått;sist_publisert;vurdering\n"
    "instagram;@randabergkommune_bassenget;Randabergkommune Bassenget;Bassenget;aktiv;"
    "2020-05-01;15.01.2024;2025-02-20;\n"
    "tiktok;@randabergkommune_ung;Randabergkommune Ung;Ung;Planlagt;;;;\n"
    "youtube;@randabergkommune_ung;Randabergkommune Ung;Ung;avviklet;2019-01-01;;;\n"
)
ENGLISH = (
    "platform,handle,name,unit,status,created,last_reviewed,last_posted,readiness\n"
    "instagram,@randabergkommune_bassenget,Randabergkommune Bassenget,Bassenget,active,"
    "2020-05-01,2024-01-15T00:00:00,2025-02-20 00:00:00,\n"
    "tiktok,@randabergkommune_ung,Randabergkommune Ung,Ung,planned,,,,\n"
    "youtube,@randabergkommune_ung,Randabergkommune Ung,Ung,retired,01.01.2019,,,\n"
)


@pytest.mark.parametrize("text", [BOKMAL, ENGLISH], ids=["bokmål", "English"])
def test_the_columns_in_bokmal_and_english(text: str) -> None:
    loaded = load_accounts(io.StringIO(text))
    assert loaded.errors == ()
    assert loaded.unknown_columns == ()
    first, planned, retired = loaded.items
    assert (first.status, first.created, first.last_reviewed, first.last_posted) == (
        ACTIVE,
        date(2020, 5, 1),
        date(2024, 1, 15),
        date(2025, 2, 20),
    )
    assert first.readiness is None
    assert (planned.status, retired.status, retired.created) == (PLANNED, RETIRED, date(2019, 1, 1))
    report = audit(loaded, at=AT)
    assert [(f.row, f.code) for f in report.findings if f.code.startswith("L")] == [
        (2, "L101"),
        (3, "L104"),
    ]


def test_nynorsk_status_words_and_the_sist_gjennomgatt_spelling() -> None:
    text = (
        "plattform;brukernavn;navn;status;sist_gjennomgatt;oppretta\n"
        "facebook;@randabergkommune;Randaberg kommune;kvilande;2024-01-01;2019-01-01\n"
        "instagram;@randabergkommune;Randaberg kommune;avvikla;;\n"
        "linkedin;randabergkommune;Randaberg kommune;planlagd;;\n"
    )
    loaded = load_accounts(io.StringIO(text))
    assert [a.status for a in loaded.items] == [DORMANT, RETIRED, PLANNED]
    assert loaded.items[0].last_reviewed == date(2024, 1, 1)


@pytest.mark.parametrize(
    ("column", "value", "field", "words"),
    [
        ("status", "nedlagt", "status", "Unknown status 'nedlagt'"),
        ("opprettet", "05/15/2024", "created", "'opprettet' is not a date (got '05/15/2024')"),
        ("sist_publisert", "2024-02-30", "last_posted", "is not a date"),
        ("last_reviewed", "45427", "last_reviewed", "write the date as 2024-05-15, 15.05.2024"),
    ],
)
def test_a_bad_status_or_date_is_a_row_error(
    column: str, value: str, field: str, words: str
) -> None:
    header = f"plattform;brukernavn;navn;{column}\n"
    text = header + f"facebook;@randabergkommune;Randaberg kommune;{value}\n"
    loaded = load_accounts(io.StringIO(text))
    assert loaded.items == ()
    (error,) = loaded.errors
    assert error.field == field
    assert words in error.text("en")
    assert error.text("nn") != error.text("en")


def test_an_old_file_reads_as_before() -> None:
    loaded = load_accounts("examples/kontoer.csv")
    assert all(
        (a.status, a.created, a.last_reviewed, a.last_posted, a.readiness) == (None,) * 5
        for a in loaded.items
    )


def test_mappings_with_dates_are_read_like_a_spreadsheet() -> None:
    records = [
        {
            "plattform": "facebook",
            "brukernavn": "@randabergkommune",
            "navn": "Randaberg kommune",
            "status": "aktiv",
            "sist_gjennomgått": datetime(2023, 1, 1),
            "sist_publisert": date(2025, 2, 1),
        }
    ]
    report = audit(records, at=AT)
    assert [f.code for f in report.findings if f.code.startswith("L")] == ["L101"]


def test_a_dataframe_with_the_new_columns() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(
        {
            "platform": ["facebook", "instagram"],
            "handle": ["@randabergkommune", "@randabergkommune_bassenget"],
            "name": ["Randaberg kommune", "Randabergkommune Bassenget"],
            "unit": [None, "Bassenget"],
            "status": ["active", "hvilende"],
            "created": pd.to_datetime(["2019-05-01", None]),
            "last_reviewed": pd.to_datetime(["2024-06-01", "2023-06-01"]),
            "last_posted": [pd.Timestamp("2024-01-01"), pd.NaT],
            "vurdering": [None, "sak 23/55"],
        }
    )
    loaded = load_accounts(frame)
    assert loaded.errors == ()
    first, second = loaded.items
    assert (first.created, first.last_reviewed, first.last_posted) == (
        date(2019, 5, 1),
        date(2024, 6, 1),
        date(2024, 1, 1),
    )
    assert (second.status, second.created, second.last_posted, second.readiness) == (
        DORMANT,
        None,
        None,
        "sak 23/55",
    )
    report = audit(frame, at=AT)
    assert [(f.row, f.code) for f in report.findings if f.code.startswith("L")] == [
        (0, "L102"),
        (1, "L101"),
    ]


# --- the account's new fields -------------------------------------------------------------------


def test_account_reads_statuses_and_dates() -> None:
    made = Account(
        platform="facebook",
        name="x",
        handle="x",
        status="Hvilende",
        created="15.05.2024",
        last_reviewed=datetime(2024, 6, 1, 12, 0),
        last_posted="2024-07-01",
        readiness="  sak\n24/1 ",
    )
    assert made.status is DORMANT
    assert (made.created, made.last_reviewed, made.last_posted) == (
        date(2024, 5, 15),
        date(2024, 6, 1),
        date(2024, 7, 1),
    )
    assert made.readiness == "sak 24/1"


@pytest.mark.parametrize(
    "changes",
    [
        {"status": "nedlagt"},
        {"status": 3},
        {"created": "yesterday"},
        {"last_posted": 20240101},
        {"last_reviewed": "2024-13-01"},
        {"readiness": 5},
    ],
)
def test_account_refuses_what_is_no_status_or_date(changes: dict[str, object]) -> None:
    with pytest.raises(RandabergSomeError):
        Account(platform="facebook", name="x", handle="x", **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize("status", list(AccountStatus))
def test_status_words_in_every_language(status: AccountStatus) -> None:
    for lang in ("nb", "nn", "en"):
        assert AccountStatus(status.label(lang).upper()) is status


def test_the_lifecycle_rules_are_in_the_catalogue() -> None:
    assert {code: (RULES[code].name, RULES[code].source) for code in RULES if code[0] == "L"} == {
        "L101": ("review-due", "policy"),
        "L102": ("dormant", "G6.2"),
        "L103": ("retired-listed-active", "inventory"),
        "L104": ("planned-without-readiness", "G6"),
        "L105": ("date-in-future", "inventory"),
    }
