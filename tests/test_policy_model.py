"""The policy as one value: versions in force by day, rule settings, what policy= accepts."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

import pytest

from randaberg_some import (
    DEFAULT_POLICY,
    RULES,
    ConfigurationError,
    NamingPolicy,
    Organisation,
    Severity,
    suggest_account_name,
    suggest_handle,
)
from randaberg_some.calendar import DEFAULT_CALENDAR, WorkingCalendar
from randaberg_some.policy import (
    DEFAULT_DORMANT_AFTER,
    DEFAULT_REVIEW_INTERVAL,
    RANDABERG_POLICY,
    Policy,
    PolicyProblem,
    PolicyVersion,
    check_policy,
    policy_version,
)
from randaberg_some.readiness import ReadinessChecklist

BAERUM = NamingPolicy(organisation=Organisation(name="Bærum kommune", domain="baerum.kommune.no"))


def _two_versions() -> tuple[Policy, PolicyVersion, PolicyVersion]:
    old = PolicyVersion(rules={"N206": "off"})
    new = PolicyVersion(effective=date(2025, 3, 1), naming=BAERUM)
    return Policy(versions=[new, old]), old, new


def test_the_default_is_randabergs_guideline_with_the_librarys_lifecycle_defaults() -> None:
    version = RANDABERG_POLICY.latest
    assert RANDABERG_POLICY.versions == (version,)
    assert version.effective is None
    assert version.naming is DEFAULT_POLICY
    assert version.calendar is DEFAULT_CALENDAR
    assert dict(version.rules) == {}
    assert (version.review_interval, version.dormant_after) == (
        DEFAULT_REVIEW_INTERVAL,
        DEFAULT_DORMANT_AFTER,
    )
    assert RANDABERG_POLICY.organisation.name == "Randaberg kommune"
    assert RANDABERG_POLICY.calendar.end_of_day == time(15, 30)


@pytest.mark.parametrize(
    ("day", "which"),
    [
        (date(1900, 1, 1), "old"),
        (date(2025, 2, 28), "old"),
        (date(2025, 3, 1), "new"),
        (date(2025, 3, 2), "new"),
        (datetime(2025, 2, 28, 23, 59, tzinfo=timezone.utc), "old"),
        (datetime(2025, 3, 1, 0, 0), "new"),
    ],
)
def test_a_version_is_in_force_from_its_day_until_the_next_ones(day: date, which: str) -> None:
    policy, old, new = _two_versions()
    assert policy.versions == (old, new)
    assert policy.at(day) is (old if which == "old" else new)


def test_before_the_first_dated_version_no_version_is_in_force() -> None:
    policy = Policy(versions=[PolicyVersion(effective=date(2024, 1, 1))])
    assert policy.at(date(2024, 1, 1)) is policy.latest
    with pytest.raises(
        ConfigurationError,
        match="no version of the policy was in force on "
        "2023-12-31; the first took effect on 2024-01-01",
    ) as caught:
        policy.at(date(2023, 12, 31))
    assert caught.value.message is not None
    assert "tok til å gjelde 2024-01-01" in caught.value.text("nn")


@pytest.mark.parametrize("day", [None, "2024-01-01", 20240101])
def test_a_day_that_is_not_a_date_is_a_configuration_error(day: object) -> None:
    with pytest.raises(ConfigurationError, match="'day' must be a date"):
        RANDABERG_POLICY.at(day)  # type: ignore[arg-type]


def test_two_versions_on_the_same_day_overlap() -> None:
    day = date(2025, 1, 1)
    with pytest.raises(ConfigurationError, match="same day, 2025-01-01: they overlap") as caught:
        Policy(versions=[PolicyVersion(effective=day), PolicyVersion(effective=day)])
    assert "overlappar" in caught.value.text("nn")
    with pytest.raises(ConfigurationError, match="only the first version"):
        Policy(versions=[PolicyVersion(), PolicyVersion()])


@pytest.mark.parametrize("versions", [[], (), "x", None, [NamingPolicy()], {"a": 1}])
def test_versions_must_be_one_or_more_versions(versions: object) -> None:
    with pytest.raises(ConfigurationError, match="'versions' must be"):
        Policy(versions=versions)


def test_rule_settings_turn_a_rule_off_or_change_its_severity() -> None:
    version = PolicyVersion(rules={"U603": "error", "N206": "off", "H104": Severity.INFO})
    assert list(version.rules) == ["H104", "N206", "U603"]
    assert version.severity_of("N206") is None
    assert version.severity_of("U603") is Severity.ERROR
    assert version.severity_of("H101") is RULES["H101"].severity
    found = RULES["U603"].violation(field="purposes")
    adjusted = version.adjust(found)
    assert found.severity is Severity.WARNING
    assert adjusted is not None
    assert adjusted.severity is Severity.ERROR
    assert adjusted.message == found.message
    assert adjusted.code == "U603"
    assert (
        version.adjust(
            RULES["N206"].violation(
                field="handle", expected="a", found="b", platform="Facebook", unit="U"
            )
        )
        is None
    )
    untouched = RULES["H101"].violation(field="handle", severity=Severity.WARNING)
    assert version.adjust(untouched) is untouched


@pytest.mark.parametrize(
    ("rules", "match"),
    [
        ({"Z999": "off"}, "names no rule of the catalogue: 'Z999'"),
        ({1: "off"}, "names no rule"),
        ({"N206": "loud"}, "unknown severity 'loud'"),
        (["N206"], "'rules' must map rule codes"),
    ],
)
def test_a_bad_rule_setting_is_refused(rules: object, match: str) -> None:
    with pytest.raises(Exception, match=match):
        PolicyVersion(rules=rules)


@pytest.mark.parametrize(
    ("field", "value", "match"),
    [
        ("review_interval", 0, "'review_interval' must be a whole number of days"),
        ("dormant_after", True, "'dormant_after' must be a whole number of days"),
        ("dormant_after", 1.5, "'dormant_after' must be"),
        ("naming", RANDABERG_POLICY, "'naming' must be a NamingPolicy"),
        ("calendar", None, "'calendar' must be a WorkingCalendar"),
        ("effective", "2024-01-01", "'effective' must be a date"),
        ("effective", datetime(2024, 1, 1), "'effective' must be a date"),
    ],
)
def test_a_version_checks_its_parts(field: str, value: object, match: str) -> None:
    with pytest.raises(ConfigurationError, match=match):
        PolicyVersion(**{field: value})  # type: ignore[arg-type]


def test_versions_compare_by_value() -> None:
    calendar = WorkingCalendar(end_of_day=time(16, 0))
    assert PolicyVersion(calendar=calendar, rules={"N206": "off"}) == PolicyVersion(
        calendar=WorkingCalendar(end_of_day=time(16, 0)), rules={"N206": None}
    )
    assert PolicyVersion(rules={"N206": "off"}) != PolicyVersion()


def test_every_policy_taker_accepts_a_policy_a_version_and_a_naming_policy() -> None:
    policy = Policy(versions=[PolicyVersion(naming=BAERUM)])
    for given in (policy, policy.latest, BAERUM):
        assert suggest_handle("Kulturhuset", policy=given) == "@baerumkommune_kulturhuset"
        assert suggest_account_name("Kulturhuset", policy=given) == "Bærumkommune Kulturhuset"
        assert check_policy(given) is BAERUM
    checklist = ReadinessChecklist(unit="Kulturhuset", platform="instagram")
    assert checklist.assess(policy=policy).policy is BAERUM


def test_policy_version_picks_the_version_in_force() -> None:
    policy, old, new = _two_versions()
    assert policy_version(policy) is new
    assert policy_version(policy, date(2025, 1, 1)) is old
    assert policy_version(old, date(1999, 1, 1)) is old
    assert policy_version(DEFAULT_POLICY) is RANDABERG_POLICY.latest
    assert policy_version(BAERUM).naming is BAERUM
    with pytest.raises(ConfigurationError, match="'policy' must be a Policy") as caught:
        policy_version("randaberg")
    assert "ein Policy" in caught.value.text("nn")


def test_a_problem_reads_as_one_line_in_each_language() -> None:
    from randaberg_some.messages import Message

    problem = PolicyProblem(
        line=12,
        key="version[1].rules.N999",
        message=Message(nb="Ukjent regel.", nn="Ukjend regel.", en="Unknown rule."),
    )
    assert problem.text() == "linje 12, version[1].rules.N999: Ukjent regel."
    assert problem.text("en") == "line 12, version[1].rules.N999: Unknown rule."
    nowhere = PolicyProblem(line=None, key="schema", message=problem.message)
    assert nowhere.text("nn") == "schema: Ukjend regel."
