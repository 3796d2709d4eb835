"""``--policy`` on every command, ``RANDABERG_SOME_POLICY``, ``policy show|check|diff``."""

from __future__ import annotations

import io
import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from randaberg_some.cli import _calendar, run
from randaberg_some.cli._policy import ENVIRONMENT

BAERUM = """\
schema = 1

[[version]]
[version.organisation]
name = "Bærum kommune"
domain = "baerum.kommune.no"
communications_email = "kommunikasjon@baerum.kommune.no"

[[version.platforms]]
platform = "facebook"
promoted = true

[version.working_day]
end = "15:00"
closures = [2025-05-02]
"""

# Two versions: the second adds TikTok, turns N206 off and moves the end of the day.
VERSIONED = (
    BAERUM
    + """
[[version]]
effective = 2025-01-01

[[version.platforms]]
platform = "facebook"
promoted = true

[[version.platforms]]
platform = "tiktok"

[version.rules]
N206 = "off"

[version.lifecycle]
review_interval_days = 30
"""
)

BROKEN = """\
schema = 1

[[version]]
[version.organisation]
name = "Bærum kommune"

[version.rules]
N999 = "off"
"""

TODAY = datetime(2025, 6, 2, 10, 0, tzinfo=timezone.utc)  # a Monday


@pytest.fixture(autouse=True)
def _today_and_no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_calendar, "now", lambda: TODAY)
    monkeypatch.delenv(ENVIRONMENT, raising=False)


def _file(tmp_path: Path, text: str, name: str = "policy.toml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(list(argv), stdout=out, stderr=err, stdin=io.StringIO(stdin))
    return status, out.getvalue(), err.getvalue()


# --policy on the naming commands ------------------------------------------------------


def test_handle_under_another_kommune(tmp_path: Path) -> None:
    baerum = _file(tmp_path, BAERUM)
    assert _run("handle", "Kulturhuset", "--policy", baerum) == (
        0,
        "@baerumkommune_kulturhuset\n",
        "",
    )
    assert _run("handle", "Kulturhuset") == (0, "@randabergkommune_kulturhuset\n", "")


def test_name_and_plan_under_another_kommune(tmp_path: Path) -> None:
    baerum = _file(tmp_path, BAERUM)
    assert _run("name", "Kulturhuset", "--policy", baerum)[1] == "Bærumkommune Kulturhuset\n"
    status, out, _ = _run(
        "plan", "-", "-p", "instagram", "--policy", baerum, "--lang", "en", stdin="Kulturhuset\n"
    )
    assert status == 0
    assert out.splitlines()[0].startswith("Bærum kommune: 1 units")
    assert "@baerumkommune_kulturhuset" in out


def test_the_environment_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENVIRONMENT, _file(tmp_path, BAERUM))
    assert _run("handle", "Kulturhuset")[1] == "@baerumkommune_kulturhuset\n"
    # --policy wins over the environment.
    randaberg = "examples/randaberg.toml"
    assert _run("handle", "Kulturhuset", "--policy", randaberg)[1] == (
        "@randabergkommune_kulturhuset\n"
    )
    # An empty value means none.
    monkeypatch.setenv(ENVIRONMENT, "")
    assert _run("handle", "Kulturhuset")[1] == "@randabergkommune_kulturhuset\n"


def test_the_version_in_force_today(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    renamed = VERSIONED.replace(
        "effective = 2025-01-01\n",
        'effective = 2025-01-01\n[version.organisation]\nname = "Asker kommune"\n'
        'domain = "asker.kommune.no"\n',
    )
    policy = _file(tmp_path, renamed)
    assert _run("handle", "X", "--policy", policy)[1] == "@askerkommune_x\n"
    monkeypatch.setattr(_calendar, "now", lambda: datetime(2024, 12, 31, 12, tzinfo=timezone.utc))
    assert _run("handle", "X", "--policy", policy)[1] == "@baerumkommune_x\n"


# the calendar and the organisation ------------------------------------------------------


def test_deadline_takes_the_policy_working_day(tmp_path: Path) -> None:
    baerum = _file(tmp_path, BAERUM)
    at = "2025-05-01T16:00"  # a public holiday; the 2nd is Bærum's closure day
    assert _run("deadline", at, "--json")[1].count("2025-05-02T15:30") == 1
    out = _run("deadline", at, "--json", "--policy", baerum)[1]
    assert json.loads(out)["deadline"] == "2025-05-05T15:00:00+02:00"
    # --end replaces the policy's end of day; --closed adds to its closure days.
    out = _run(
        "deadline", at, "--json", "--policy", baerum, "--end", "14:00", "--closed", "2025-05-05"
    )[1]
    assert json.loads(out)["deadline"] == "2025-05-06T14:00:00+02:00"


def test_registry_under_another_kommune(tmp_path: Path) -> None:
    baerum = _file(tmp_path, BAERUM)
    inventory = "platform;handle;name\nfacebook;@baerumkommune;Bærum kommune\n"
    status, out, _ = _run("registry", "-", "--json", "--policy", baerum, stdin=inventory)
    assert status == 0
    assert json.loads(out)["organisation"] == "Bærum kommune"
    status, out, _ = _run(
        "verify",
        "https://facebook.com/baerumkommune",
        "--inventory",
        "-",
        "--policy",
        baerum,
        "--lang",
        "en",
        stdin=inventory,
    )
    assert status == 0
    assert "official account of Bærum kommune" in out


def test_screen_and_responses_take_the_policy(tmp_path: Path) -> None:
    baerum = _file(tmp_path, BAERUM)
    export = "mottatt;kommentar\n2025-05-30T14:30+02:00;Hei\n"
    out = _run("screen", "-", "--json", "--policy", baerum, stdin=export)[1]
    assert "2025-05-30T15:00:00+02:00" in out
    log = "received_at,assessed_at\n2025-05-30T14:30+02:00,\n"
    out = _run("responses", "-", "--json", "--policy", baerum, stdin=log)[1]
    assert "2025-05-30T15:00:00+02:00" in out


# a broken policy file -------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["handle", "X"],
        ["name", "X"],
        ["deadline", "2025-05-02T10:00"],
        ["check", "-"],
        ["registry", "-"],
        ["policy", "show"],
        ["policy", "diff", "examples/randaberg.toml"],
    ],
    ids=lambda argv: argv[0] if argv[0] != "policy" else " ".join(argv[:2]),
)
def test_a_broken_policy_stops_every_command(tmp_path: Path, argv: list[str]) -> None:
    broken = _file(tmp_path, BROKEN, "broken.toml")
    if argv[:2] == ["policy", "diff"]:
        argv = ["policy", "diff", broken]
    else:
        argv = [*argv, "--policy", broken]
    status, out, err = _run(*argv, "--lang", "en", stdin="platform;handle;name\n")
    assert (status, out) == (2, "")
    lines = err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"randaberg-some: error: {broken}: line 4, version[1].organisation")
    assert lines[1] == (
        f"randaberg-some: error: {broken}: line 8, version[1].rules.N999: "
        'There is no rule with the code "N999".'
    )
    assert "Traceback" not in err


def test_a_policy_file_that_is_missing(tmp_path: Path) -> None:
    status, out, err = _run("handle", "X", "--policy", str(tmp_path / "none.toml"))
    assert (status, out) == (2, "")
    assert err.count("\n") == 1


# policy check -----------------------------------------------------------------------


def test_policy_check(tmp_path: Path) -> None:
    good = _file(tmp_path, VERSIONED, "good.toml")
    assert _run("policy", "check", good, "--lang", "en") == (
        0,
        f"{good}: OK (Bærum kommune, 2 versions).\n",
        "",
    )
    broken = _file(tmp_path, BROKEN, "broken.toml")
    status, out, err = _run("policy", "check", broken, "--lang", "nn")
    assert (status, err) == (1, "")
    assert out.splitlines()[1] == (
        f'{broken}: linje 8, version[1].rules.N999: Det finst ingen regel med koden "N999".'
    )
    status, out, _ = _run("policy", "check", broken, "--json")
    document = json.loads(out)
    assert (status, document["ok"], len(document["problems"])) == (1, False, 2)
    assert document["problems"][1]["line"] == 8


def test_policy_check_reads_standard_input() -> None:
    status, out, _ = _run("policy", "check", "-", "--lang", "en", stdin=BAERUM)
    assert (status, out) == (0, "-: OK (Bærum kommune, 1 version).\n")


def test_policy_check_needs_a_file() -> None:
    status, out, err = _run("policy", "check")
    assert (status, out) == (2, "")
    assert err.count("\n") == 1


# policy diff ------------------------------------------------------------------------


def test_policy_diff_one_file(tmp_path: Path) -> None:
    policy = _file(tmp_path, VERSIONED)
    status, out, err = _run("policy", "diff", policy, "--lang", "en")
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "(undated) -> 2025-01-01: 3 changes.",
        "  platforms.tiktok                TikTok was added to the platforms (not promoted).",
        "  rules.N206                      Rule N206 is turned off (it was a warning).",
        "  lifecycle.review_interval_days  The time between two reviews of an account changed "
        "from 365 to 30 days.",
    ]
    documents = json.loads(_run("policy", "diff", policy, "--json")[1])
    assert [change["key"] for change in documents[0]["changes"]] == [
        "platforms.tiktok",
        "rules.N206",
        "lifecycle.review_interval_days",
    ]
    first = _run("policy", "diff", policy, "--at", "2024-06-01", "--lang", "en")[1]
    assert (
        first
        == f"The version in force on 2024-06-01 is the first in {policy}: nothing to compare.\n"
    )
    assert _run("policy", "diff", "examples/randaberg.toml", "--lang", "en")[1] == (
        "examples/randaberg.toml has only one version: nothing to compare.\n"
    )


def test_policy_diff_two_files(tmp_path: Path) -> None:
    old = _file(tmp_path, BAERUM, "old.toml")
    new = _file(tmp_path, VERSIONED, "new.toml")
    status, out, _ = _run("policy", "diff", old, new, "--lang", "en")
    assert status == 0
    assert out.splitlines()[0] == f"{old} -> {new}: 3 changes."
    # On a day before the second version: the two are the same.
    out = _run("policy", "diff", old, new, "--at", "2024-12-31", "--lang", "en")[1]
    assert out == f"{old} -> {new}: no changes.\n"
    document = json.loads(_run("policy", "diff", "examples/randaberg.toml", old, "--json")[1])
    assert document["old"] == "examples/randaberg.toml"
    assert [change["key"] for change in document["changes"]][:3] == [
        "organisation.name",
        "organisation.domain",
        "organisation.communications_email",
    ]


def test_policy_diff_a_bad_date() -> None:
    status, _, err = _run("policy", "diff", "examples/randaberg.toml", "--at", "2024-13-01")
    assert status == 2
    assert err.count("\n") == 1


# check --at ---------------------------------------------------------------------------

DATED = (
    "platform;handle;name;status;sist_gjennomgått\n"
    "facebook;@randabergkommune;Randaberg kommune;aktiv;2024-01-15\n"
)


def test_check_at_judges_the_dates() -> None:
    out = _run("check", "-", "--lang", "en", "--at", "2024-06-01", stdin=DATED)[1]
    assert "L101" not in out
    assert out.splitlines()[0] == "Judged as of 2024-06-01."
    out = _run("check", "-", "--lang", "en", "--at", "2025-06-01", stdin=DATED)[1]
    assert "L101" in out


def test_check_without_a_date_judges_today_and_says_so_only_for_dated_accounts() -> None:
    out = _run("check", "-", "--lang", "en", stdin=DATED)[1]
    assert "L101" in out  # today (the tests' clock) is long after 2025-01-14
    assert out.splitlines()[0].startswith("Judged as of ")
    undated = "platform;handle;name\nfacebook;@randabergkommune;Randaberg kommune\n"
    out = _run("check", "-", "--lang", "en", stdin=undated)[1]
    assert "Judged" not in out
    assert not any(code in out for code in ("L101", "L102", "L103", "L104", "L105"))


def test_check_with_a_policy_judges_today(tmp_path: Path) -> None:
    policy = _file(tmp_path, VERSIONED)
    inventory = DATED.replace("@randabergkommune;Randaberg kommune", "@baerumkommune;Bærum kommune")
    out = _run("check", "-", "--lang", "en", "--policy", policy, stdin=inventory)[1]
    assert out.splitlines()[0].startswith("Judged as of 2025-06-02")
    assert "L101" in out  # a review every 30 days from 2025-01-01
    out = _run(
        "check", "-", "--lang", "en", "--policy", policy, "--at", "2024-03-01", stdin=inventory
    )[1]
    assert "L101" not in out  # the first version: every 365 days


def test_check_at_is_a_date() -> None:
    status, _, err = _run("check", "-", "--at", "yesterday", stdin=DATED)
    assert status == 2
    assert err.count("\n") == 1


# policy show --------------------------------------------------------------------------


def test_policy_show(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    baerum = _file(tmp_path, BAERUM)
    status, out, _ = _run("policy", "show", baerum, "--lang", "en")
    assert status == 0
    assert "Bærum kommune" in out
    assert "Randaberg kommune" in _run("policy", "show")[1]
    monkeypatch.setenv(ENVIRONMENT, baerum)
    assert "Bærum kommune" in _run("policy", "show")[1]
    assert json.loads(_run("policy", "show", "--json")[1])


def test_policy_show_toml_reads_back(tmp_path: Path) -> None:
    policy = _file(tmp_path, VERSIONED)
    status, written, _ = _run("policy", "show", policy, "--format", "toml")
    assert status == 0
    again = _file(tmp_path, written, "again.toml")
    assert _run("policy", "diff", policy, again, "--lang", "en")[1].endswith("no changes.\n")
    assert _run("policy", "check", again)[0] == 0
