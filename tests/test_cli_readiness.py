"""Tests of ``randaberg-some readiness``: the questions asked, answers files, exit statuses."""

from __future__ import annotations

import io
import json
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest

from randaberg_some.cli import run

SENDER = "kari.nordmann@randaberg.kommune.no"

# Unit, platform, then G6.1-G6.7 in order.
ALL_YES = "Bassenget\ninstagram\nja\nja\nKari Nordmann\nja\nja\nja\nja\n"


def readiness(*args: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(["readiness", *args], stdout=out, stderr=err, stdin=io.StringIO(stdin))
    return status, out.getvalue(), err.getvalue()


def read_eml(path: Path) -> EmailMessage:
    message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    assert isinstance(message, EmailMessage)
    return message


# Asked interactively ------------------------------------------------------------------------


def test_all_yes_asked_interactively_is_ready_with_status_0() -> None:
    status, out, err = readiness(stdin=ALL_YES)
    assert (status, err) == (0, "")
    assert "Enhetens navn: " in out
    assert "1. Er det behov for en egen kanal" in out
    assert "3. Hvem er administrator(er)? (navn, skilt med komma)" in out
    assert "7. Har lederen din godkjent opprettelse av kontoen? [ja/nei]" in out
    assert "Klar: alle sju spørsmålene er besvart med ja for Bassenget på Instagram." in out
    assert "Brukernavn: @randabergkommune_bassenget\n" in out
    assert "Send e-posten til kommunikasjon@randaberg.kommune.no" in out


def test_the_questions_in_english() -> None:
    status, out, _ = readiness("--lang", "en", stdin=ALL_YES.replace("ja", "yes"))
    assert status == 0
    assert "The unit's name: " in out
    assert "2. Do you have enough resources to run the account? [yes/no]" in out
    assert "Ready: all seven questions are answered yes for Bassenget on Instagram." in out


def test_a_no_is_not_ready_with_status_1_and_names_the_question() -> None:
    stdin = "Bassenget\ntiktok\nja\nnei\nKari\nja\nja\nja\nja\n"
    status, out, _ = readiness(stdin=stdin)
    assert status == 1
    assert "Ikke klar: 1 av 7" in out
    assert "G6.2 Har du nok ressurser til å drifte kontoen?\n  Svar: nei." in out


def test_an_empty_line_leaves_the_question_unanswered() -> None:
    stdin = "Bassenget\ntiktok\nja\nja\nKari\nja\nja\nja\n\n"
    status, out, _ = readiness(stdin=stdin)
    assert status == 1
    assert "G6.7 Har lederen din godkjent opprettelse av kontoen?\n  Svar: ikke besvart." in out


def test_an_empty_administrators_line_is_unanswered_and_commas_only_name_nobody() -> None:
    status, out, _ = readiness(stdin=ALL_YES.replace("Kari Nordmann", ""))
    assert status == 1
    assert "G6.3 Hvem er administrator(er)?\n  Svar: ikke besvart." in out
    status, out, _ = readiness(stdin=ALL_YES.replace("Kari Nordmann", " , "))
    assert status == 1
    assert "G6.3 Hvem er administrator(er)?\n  Svar: ingen navngitt." in out


def test_several_administrators_separated_by_commas(tmp_path: Path) -> None:
    target = tmp_path / "varsel.eml"
    stdin = ALL_YES.replace("Kari Nordmann", "Kari Nordmann, Ola Nordmann")
    status, _, _ = readiness("--out", str(target), "--from", SENDER, stdin=stdin)
    assert status == 0
    body = read_eml(target).get_body(preferencelist=("plain",))
    assert body is not None
    # The file has CRLF line ends, as RFC 5322 wants; the content keeps them.
    content = body.get_content().replace("\r\n", "\n")
    assert "Administrator(er): Kari Nordmann, Ola Nordmann\n" in content


def test_an_unclear_answer_is_asked_again() -> None:
    stdin = "Bassenget\ninstagram\nkanskje\nja\nja\nKari\nja\nja\nja\nja\n"
    status, out, _ = readiness(stdin=stdin)
    assert status == 0
    assert out.count("1. Er det behov for en egen kanal") == 2
    assert "Svar ja eller nei, eller trykk Enter for å hoppe over." in out


def test_an_unknown_platform_is_asked_again() -> None:
    status, out, _ = readiness(stdin=ALL_YES.replace("instagram", "myspace\nInstagram"))
    assert status == 0
    assert "Ukjent plattform 'myspace'" in out
    assert out.count("Plattform (") == 2


def test_a_blank_unit_name_is_asked_again() -> None:
    status, out, _ = readiness(stdin="  \n" + ALL_YES)
    assert status == 0
    assert out.count("Enhetens navn: ") == 2


def test_input_that_ends_early_leaves_the_rest_unanswered() -> None:
    status, out, _ = readiness(stdin="Bassenget\ninstagram\nja\n")
    assert status == 1
    assert "Ikke klar: 6 av 7" in out


@pytest.mark.parametrize("stdin", ["", "Bassenget\n"])
def test_input_that_ends_before_unit_or_platform_is_status_2(stdin: str) -> None:
    status, _, err = readiness(stdin=stdin)
    assert status == 2
    assert "randaberg-some: error: ingen" in err


def test_unit_and_platform_given_as_options_are_not_asked() -> None:
    status, out, _ = readiness(
        "--unit", "Bassenget", "--platform", "facebook", stdin=ALL_YES.split("\n", 2)[2]
    )
    assert status == 0
    assert "Enhetens navn" not in out
    assert "Plattform (" not in out
    assert "Brukernavn: @randabergkommune.bassenget\n" in out


# The drafted e-mail -----------------------------------------------------------------------


def test_out_writes_the_drafted_email(tmp_path: Path) -> None:
    target = tmp_path / "varsel.eml"
    status, out, err = readiness("--out", str(target), "--from", SENDER, stdin=ALL_YES)
    assert (status, err) == (0, "")
    assert str(target) in out
    message = read_eml(target)
    assert message["To"] == "kommunikasjon@randaberg.kommune.no"
    assert message["From"] == SENDER
    assert message["Subject"] == "Ny konto i sosiale medier: Bassenget på Instagram"
    assert message["Date"] is None
    assert b"\r\n" in target.read_bytes()


def test_out_without_from_is_status_2_before_any_question() -> None:
    status, out, err = readiness("--out", "varsel.eml", "--lang", "en", stdin=ALL_YES)
    assert status == 2
    assert "--out needs --from" in err
    assert out == ""


def test_a_from_that_is_no_address_is_status_2() -> None:
    status, _, err = readiness("--out", "x.eml", "--from", "kari", stdin=ALL_YES)
    assert status == 2
    assert "Avsenderen må være en e-postadresse" in err


def test_out_when_not_ready_writes_nothing_and_says_so(tmp_path: Path) -> None:
    target = tmp_path / "varsel.eml"
    stdin = ALL_YES.replace("Kari Nordmann", "")
    status, _, err = readiness("--out", str(target), "--from", SENDER, stdin=stdin)
    assert status == 1
    assert not target.exists()
    assert "ingen e-post laget" in err


def test_an_unwritable_out_is_status_2(tmp_path: Path) -> None:
    target = tmp_path / "finnes-ikke" / "varsel.eml"
    status, _, err = readiness(
        "--out", str(target), "--from", SENDER, "--lang", "en", stdin=ALL_YES
    )
    assert status == 2
    assert "cannot write" in err


def test_mailto_prints_the_link() -> None:
    status, out, _ = readiness("--mailto", stdin=ALL_YES)
    assert status == 0
    link = out.splitlines()[-1]
    assert link.startswith("mailto:kommunikasjon@randaberg.kommune.no?subject=Ny%20konto")


# Answers files ----------------------------------------------------------------------------

GOOD = {
    "unit": "Bassenget",
    "platform": "instagram",
    "own_channel_needed": True,
    "has_resources": True,
    "administrators": ["Kari Nordmann"],
    "has_staffing": True,
    "has_moderation_routine": True,
    "has_security_routine": True,
    "manager_approved": True,
}


def toml_of(document: dict[str, object]) -> str:
    lines = []
    for key, value in document.items():
        lines.append(f"{key} = {json.dumps(value)}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_a_good_answers_file_is_ready_with_status_0(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"svar{suffix}"
    path.write_text(json.dumps(GOOD) if suffix == ".json" else toml_of(GOOD), encoding="utf-8")
    status, out, err = readiness("--answers", str(path))
    assert (status, err) == (0, "")
    assert "Klar:" in out
    assert "Enhetens navn" not in out


@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_an_answers_file_with_a_no_is_status_1(tmp_path: Path, suffix: str) -> None:
    document = {**GOOD, "has_security_routine": False}
    path = tmp_path / f"svar{suffix}"
    text = json.dumps(document) if suffix == ".json" else toml_of(document)
    path.write_text(text, encoding="utf-8")
    status, out, _ = readiness("--answers", str(path), "--lang", "en")
    assert status == 1
    assert "G6.6 Do you have good enough security routines" in out


@pytest.mark.parametrize(
    ("name", "text", "fragment"),
    [
        ("svar.toml", 'unit = "B"\nplatform = "tiktok"\nhas_staffing = "ja"\n', "'has_staffing'"),
        ("svar.toml", 'unit = "B"\nplatform = "tiktok"\nfoo = true\n', "ukjent nøkkel 'foo'"),
        ("svar.toml", 'unit = "B"\nplatform = "myspace"\n', "Ukjent plattform 'myspace'"),
        ("svar.toml", 'unit = "B"\nplatform = \n', "ikke gyldig TOML"),
        ("svar.json", '{"unit": "B", "platform": "tiktok", "has_staffing": 1}', "'has_staffing'"),
        ("svar.json", '{"unit": "B", "platform": "tiktok", "foo": true}', "ukjent nøkkel 'foo'"),
        ("svar.json", '{"unit": "B", "platform": "myspace"}', "Ukjent plattform 'myspace'"),
        ("svar.json", '{"unit": "B", "platform": "tiktok"', "ikke gyldig JSON"),
    ],
)
def test_a_bad_answers_file_is_status_2_with_the_field(
    tmp_path: Path, name: str, text: str, fragment: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    status, out, err = readiness("--answers", str(path))
    assert status == 2
    assert out == ""
    assert err.startswith("randaberg-some: error: ")
    assert fragment in err


def test_a_missing_answers_file_is_status_2(tmp_path: Path) -> None:
    status, _, err = readiness("--answers", str(tmp_path / "nei.toml"))
    assert status == 2
    assert "Kan ikke lese" in err
    assert "nei.toml" in err


def test_answers_from_standard_input() -> None:
    status, out, _ = readiness("--answers", "-", stdin=json.dumps(GOOD))
    assert status == 0
    assert "Klar:" in out
    status, _, _ = readiness("--answers", "-", stdin=toml_of({**GOOD, "has_staffing": False}))
    assert status == 1


def test_answers_with_unit_or_platform_options_is_status_2(tmp_path: Path) -> None:
    path = tmp_path / "svar.json"
    path.write_text(json.dumps(GOOD), encoding="utf-8")
    status, _, err = readiness("--answers", str(path), "--unit", "Bassenget", "--lang", "en")
    assert status == 2
    assert "--unit and --platform" in err


def test_a_bad_option_is_status_2() -> None:
    status, _, err = readiness("--platform", "myspace")
    assert status == 2
    assert "Ukjent plattform 'myspace'" in err


def test_run_keeps_working_without_stdin_for_other_commands() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run(["handle", "Bassenget"], stdout=out, stderr=err) == 0
    assert out.getvalue() == "@randabergkommune_bassenget\n"


def test_json_when_ready_and_when_not() -> None:
    # The questions go to standard error: standard output is the JSON document alone.
    status, out, err = readiness("--json", stdin=ALL_YES)
    assert status == 0
    assert "1. Er det behov for en egen kanal" in err
    document = json.loads(out)
    assert document["ready"] is True
    assert document["handle"] == "@randabergkommune_bassenget"
    assert document["unmet"] == []
    status, out, _ = readiness("--json", stdin=ALL_YES.replace("Kari Nordmann", ""))
    assert status == 1
    document = json.loads(out)
    assert document["ready"] is False
    assert [{k: item[k] for k in ("question", "field", "kind")} for item in document["unmet"]] == [
        {"question": "G6.3", "field": "administrators", "kind": "unanswered"}
    ]


def test_unit_names_need_no_quotes() -> None:
    status, out, _ = readiness(
        "--unit", "Åsen", "barnehage", "--platform", "instagram", stdin=ALL_YES.split("\n", 2)[2]
    )
    assert status == 0
    assert "Brukernavn: @randabergkommune_asenbarnehage\n" in out
