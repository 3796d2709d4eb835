"""Tests of the readiness checklist (G6), its assessment and G7's notice."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from randaberg_some import (
    QUESTIONS,
    AnswerKind,
    ConfigurationError,
    InvalidNameError,
    NamingPolicy,
    NotReadyError,
    Organisation,
    Platform,
    RandabergSomeError,
    ReadinessChecklist,
    ReadinessError,
    Unit,
    UnitKind,
    UnknownPlatformError,
    UnmetKind,
    load_checklist,
    parse_administrators,
    parse_answer,
)

SENDER = "kari.nordmann@randaberg.kommune.no"
YES_NO_FIELDS = tuple(q.field for q in QUESTIONS if q.kind is AnswerKind.YES_NO)


def all_yes(**changes: Any) -> ReadinessChecklist:
    checklist = ReadinessChecklist(
        unit="Bassenget",
        platform=Platform.INSTAGRAM,
        own_channel_needed=True,
        has_resources=True,
        administrators=("Kari Nordmann",),
        has_staffing=True,
        has_moderation_routine=True,
        has_security_routine=True,
        manager_approved=True,
    )
    return attrs.evolve(checklist, **changes)


def parsed(message: EmailMessage) -> EmailMessage:
    """The message as a mail client reads it back."""
    result = BytesParser(policy=policy.default).parsebytes(message.as_bytes())
    assert isinstance(result, EmailMessage)
    return result


def body_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    content = part.get_content()
    assert isinstance(content, str)
    return content


# The table of questions ------------------------------------------------------------------


@pytest.mark.guideline("G6", "G6.1", "G6.2", "G6.3", "G6.4", "G6.5", "G6.6", "G6.7")
def test_questions_are_g6_1_to_g6_7_in_the_order_of_the_source() -> None:
    assert [q.id for q in QUESTIONS] == [f"G6.{n}" for n in range(1, 8)]


def test_each_question_names_a_checklist_field_once() -> None:
    fields = [q.field for q in QUESTIONS]
    checklist_fields = [f.name for f in attrs.fields(ReadinessChecklist)]
    assert sorted(fields) == sorted(set(fields))
    assert checklist_fields == ["unit", "platform", *fields]


def test_only_g6_3_is_answered_with_names() -> None:
    assert [q.id for q in QUESTIONS if q.kind is AnswerKind.NAMES] == ["G6.3"]


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.id)
def test_every_question_has_its_texts_in_both_languages(question: Any) -> None:
    for text in (
        question.text,
        question.text_en,
        question.topic,
        question.topic_en,
        question.no_reason,
        question.no_reason_en,
        question.advice,
        question.advice_en,
    ):
        assert text.strip()
    assert question.text.endswith("?")
    assert question.wording("en") == question.text_en
    assert question.wording() == question.text
    assert question.text != question.text_en


@pytest.mark.guideline("G6.1")
def test_g6_1_is_worded_so_that_yes_means_an_own_channel_is_needed() -> None:
    assert QUESTIONS[0].text.startswith("Er det behov for en egen kanal")
    assert "ingen egen kanal" in QUESTIONS[0].no_reason


# The assessment ----------------------------------------------------------------------------


@pytest.mark.guideline("G6", "G7")
def test_all_yes_with_one_administrator_is_ready() -> None:
    assessment = all_yes().assess()
    assert assessment.ready is True
    assert assessment.unmet == ()
    assert assessment.unanswered == ()
    assert assessment.answered_no == ()


def test_nothing_answered_holds_back_on_all_seven_as_unanswered() -> None:
    assessment = ReadinessChecklist(unit="Bassenget", platform="tiktok").assess()
    assert not assessment.ready
    assert [item.question_id for item in assessment.unmet] == [q.id for q in QUESTIONS]
    assert all(item.kind is UnmetKind.UNANSWERED for item in assessment.unmet)


@pytest.mark.guideline("G6.1", "G6.2", "G6.4", "G6.5", "G6.6", "G6.7")
@pytest.mark.parametrize("field", YES_NO_FIELDS)
def test_a_single_no_holds_the_unit_back_on_that_question(field: str) -> None:
    question = next(q for q in QUESTIONS if q.field == field)
    assessment = all_yes(**{field: False}).assess()
    assert not assessment.ready
    assert [item.question_id for item in assessment.unmet] == [question.id]
    item = assessment.unmet[0]
    assert item.kind is UnmetKind.NO
    assert item.question is question
    assert (item.reason, item.reason_en) == (question.no_reason, question.no_reason_en)
    assert (item.advice, item.advice_en) == (question.advice, question.advice_en)
    assert assessment.answered_no == (item,)
    assert assessment.unanswered == ()


@pytest.mark.parametrize("field", [q.field for q in QUESTIONS])
def test_a_single_unanswered_question_holds_the_unit_back_as_unanswered(field: str) -> None:
    question = next(q for q in QUESTIONS if q.field == field)
    assessment = all_yes(**{field: None}).assess()
    assert not assessment.ready
    assert [item.question_id for item in assessment.unmet] == [question.id]
    item = assessment.unmet[0]
    assert item.kind is UnmetKind.UNANSWERED
    assert item.reason != question.no_reason
    assert "ikke besvart" in item.reason
    assert "not answered" in item.reason_en
    assert assessment.unanswered == (item,)
    assert assessment.answered_no == ()


@pytest.mark.guideline("G6.3")
@pytest.mark.parametrize(
    ("administrators", "kind"),
    [
        (None, UnmetKind.UNANSWERED),
        ((), UnmetKind.NO),
        (("",), UnmetKind.NO),
        (("  ", "\t"), UnmetKind.NO),
    ],
)
def test_no_administrator_named_is_not_ready(
    administrators: tuple[str, ...] | None, kind: UnmetKind
) -> None:
    assessment = all_yes(administrators=administrators).assess()
    assert not assessment.ready
    assert [(item.question_id, item.kind) for item in assessment.unmet] == [("G6.3", kind)]


@pytest.mark.guideline("G6.3")
def test_one_named_administrator_among_blanks_is_enough() -> None:
    checklist = all_yes(administrators=["", " Ola  Nordmann ", "Ola Nordmann"])
    assert checklist.administrators == ("Ola Nordmann",)
    assert checklist.assess().ready


def test_unanswered_and_no_are_told_apart_in_one_assessment() -> None:
    assessment = all_yes(has_resources=False, manager_approved=None).assess()
    assert [(i.question_id, i.kind) for i in assessment.unmet] == [
        ("G6.2", UnmetKind.NO),
        ("G6.7", UnmetKind.UNANSWERED),
    ]
    assert [i.question_id for i in assessment.answered_no] == ["G6.2"]
    assert [i.question_id for i in assessment.unanswered] == ["G6.7"]


def test_answer_looks_up_by_question_or_id() -> None:
    checklist = all_yes(has_staffing=False)
    assert checklist.answer("G6.4") is False
    assert checklist.answer(QUESTIONS[2]) == ("Kari Nordmann",)
    with pytest.raises(ReadinessError, match=r"'G6\.8'"):
        checklist.answer("G6.8")


def test_summary_names_each_unmet_question_with_reason_and_advice() -> None:
    assessment = all_yes(has_security_routine=False, administrators=None).assess()
    summary = assessment.summary()
    assert summary.startswith("Ikke klar: 2 av 7")
    assert "G6.3 Hvem er administrator(er)?" in summary
    assert QUESTIONS[5].advice in summary
    english = assessment.summary("en")
    assert english.startswith("Not ready: 2 of 7")
    assert QUESTIONS[5].advice_en in english
    assert "Answer: no." in english
    assert "Answer: not answered." in english


def test_summary_of_a_ready_unit_points_to_g7() -> None:
    assert all_yes().assess().summary().startswith("Klar: alle sju")
    assert "(G7)" in all_yes().assess().summary("en")


def test_describe_says_nobody_named_for_g6_3() -> None:
    item = all_yes(administrators=()).assess().unmet[0]
    assert "Svar: ingen navngitt." in item.describe()
    assert "Answer: nobody named." in item.describe("en")


# Construction --------------------------------------------------------------------------------


def test_a_unit_name_becomes_a_unit_and_a_platform_name_a_platform() -> None:
    checklist = ReadinessChecklist(unit="Bassenget", platform=" TikTok ")
    assert checklist.unit == Unit(name="Bassenget")
    assert checklist.platform is Platform.TIKTOK


@pytest.mark.parametrize("value", ["ja", 1, 0, "True", [True]])
@pytest.mark.parametrize("field", YES_NO_FIELDS)
def test_an_answer_must_be_true_false_or_none(field: str, value: object) -> None:
    answers: dict[str, Any] = {field: value}
    with pytest.raises(ReadinessError, match=f"'{field}' must be True") as raised:
        ReadinessChecklist(unit="Bassenget", platform="tiktok", **answers)
    assert repr(value) in str(raised.value)


@pytest.mark.parametrize("value", ["Kari Nordmann", 3, ["Kari", 3], [None]])
def test_administrators_must_be_a_sequence_of_names(value: object) -> None:
    with pytest.raises(ReadinessError, match="'administrators'"):
        ReadinessChecklist(unit="Bassenget", platform="tiktok", administrators=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("unit", ["", "   ", 42, None])
def test_a_blank_or_odd_unit_is_an_error(unit: object) -> None:
    with pytest.raises(InvalidNameError, match="'unit'"):
        ReadinessChecklist(unit=unit, platform="tiktok")  # type: ignore[arg-type]


def test_an_unknown_platform_is_an_error() -> None:
    with pytest.raises(UnknownPlatformError, match="'myspace'"):
        ReadinessChecklist(unit="Bassenget", platform="myspace")


def test_errors_are_the_librarys_and_value_errors() -> None:
    assert issubclass(NotReadyError, ReadinessError)
    assert issubclass(ReadinessError, RandabergSomeError)
    assert issubclass(RandabergSomeError, ValueError)


def test_assess_rejects_a_policy_that_is_not_one() -> None:
    with pytest.raises(ConfigurationError, match="'policy'"):
        all_yes().assess(policy="randaberg")  # type: ignore[arg-type]


# The notice (G7) -----------------------------------------------------------------------------


@pytest.mark.guideline("G7")
def test_the_email_of_a_ready_unit_goes_to_kommunikasjon_with_unit_and_platform() -> None:
    message = parsed(all_yes().assess().notification_email(sender=SENDER))
    assert message["To"] == "kommunikasjon@randaberg.kommune.no"
    assert message["From"] == SENDER
    assert message["Subject"] == "Ny konto i sosiale medier: Bassenget på Instagram"
    assert message["Date"] is None
    assert message["X-Unsent"] == "1"
    body = body_of(message)
    assert body.startswith("Til Kommunikasjonsavdelingen\n")
    for line in (
        "Plattform: Instagram",
        "Kontoens navn: Randabergkommune Bassenget",
        "Brukernavn: @randabergkommune_bassenget",
        "Profiladresse: https://www.instagram.com/randabergkommune_bassenget/",
        "Administrator(er): Kari Nordmann",
    ):
        assert line + "\n" in body
    for number, question in enumerate(QUESTIONS, start=1):
        assert f"{number}. {question.text}\n" in body
    assert body.count("   Svar: Ja\n") == 6
    assert "   Svar: Kari Nordmann\n" in body
    assert body.endswith("Med vennlig hilsen\n" + SENDER + "\n")


def test_the_email_signs_with_the_senders_display_name() -> None:
    sender = "Kari Nordmann <kari.nordmann@randaberg.kommune.no>"
    message = parsed(all_yes().assess().notification_email(sender=sender))
    assert message["From"].addresses[0].addr_spec == SENDER
    assert body_of(message).endswith("Med vennlig hilsen\nKari Nordmann\n")


def test_the_handle_is_the_one_valid_on_the_platform() -> None:
    checklist = all_yes(platform=Platform.FACEBOOK, administrators=("Kari", "Ola"))
    notice = checklist.assess().notification()
    assert notice.handle == "@randabergkommune.bassenget"
    assert "Brukernavn: @randabergkommune.bassenget\n" in notice.body
    assert "Administrator(er): Kari, Ola\n" in notice.body
    assert notice.subject.endswith("Bassenget på Facebook")


def test_an_explicit_abbreviation_names_the_handle() -> None:
    unit = Unit(name="Kulturskolen på Randaberg", kind=UnitKind.SERVICE, abbreviation="kultur")
    notice = all_yes(unit=unit, platform="tiktok").assess().notification()
    assert notice.handle == "@randabergkommune_kultur"
    assert notice.account_name == "Randabergkommune Kulturskolen på Randaberg"
    assert notice.subject == "Ny konto i sosiale medier: Kulturskolen på Randaberg på TikTok"


def test_a_date_sets_the_date_header() -> None:
    when = datetime(2025, 3, 3, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    message = parsed(all_yes().assess().notification_email(sender=SENDER, date=when))
    assert message["Date"].datetime == when


def test_a_naive_date_is_an_error() -> None:
    with pytest.raises(ReadinessError, match="'date'"):
        all_yes().assess().notification_email(sender=SENDER, date=datetime(2025, 3, 3, 9))


@pytest.mark.parametrize(
    "sender",
    [
        "",
        "kari",
        "kari@",
        "@randaberg.no",
        "kari@localhost",
        "kari@x.no\nBcc: eve@x.no",
        "a b@x.no",
    ],
)
def test_a_sender_that_is_no_address_is_an_error(sender: str) -> None:
    with pytest.raises(ReadinessError, match="'sender'") as raised:
        all_yes().assess().notification_email(sender=sender)
    assert repr(sender) in str(raised.value)


@pytest.mark.parametrize("field", [q.field for q in QUESTIONS])
def test_the_notice_of_a_unit_that_is_not_ready_is_refused_naming_what_is_missing(
    field: str,
) -> None:
    question = next(q for q in QUESTIONS if q.field == field)
    assessment = all_yes(**{field: None}).assess()
    with pytest.raises(NotReadyError, match=rf"{question.id} \({field}: unanswered\)"):
        assessment.notification_email(sender=SENDER)
    with pytest.raises(NotReadyError, match="'Bassenget' is not ready"):
        assessment.mailto_link()


def test_the_refusal_names_every_missing_answer() -> None:
    assessment = all_yes(has_resources=False, manager_approved=None).assess()
    with pytest.raises(NotReadyError) as raised:
        assessment.notification()
    assert "G6.2 (has_resources: no), G6.7 (manager_approved: unanswered)" in str(raised.value)


def test_an_organisation_without_a_communications_address_cannot_be_notified() -> None:
    baerum = NamingPolicy(
        organisation=Organisation(name="Bærum kommune", domain="baerum.kommune.no")
    )
    assessment = all_yes().assess(policy=baerum)
    assert assessment.ready
    with pytest.raises(ConfigurationError, match="'Bærum kommune' has no communications"):
        assessment.notification_email(sender=SENDER)


def test_another_kommune_is_notified_at_its_own_address_with_its_own_names() -> None:
    baerum = NamingPolicy(
        organisation=Organisation(
            name="Bærum kommune",
            domain="baerum.kommune.no",
            communications_email="kommunikasjon@baerum.kommune.no",
        )
    )
    message = parsed(all_yes().assess(policy=baerum).notification_email(sender=SENDER))
    assert message["To"] == "kommunikasjon@baerum.kommune.no"
    body = body_of(message)
    assert "Brukernavn: @baerumkommune_bassenget\n" in body
    assert "Kontoens navn: Bærumkommune Bassenget\n" in body
    assert "sosiale medier i Bærum kommune" in body


def test_the_mailto_link_is_percent_encoded_and_reads_back() -> None:
    assessment = all_yes().assess()
    link = assessment.mailto_link(sender=SENDER)
    notice = assessment.notification(sender=SENDER)
    assert link.isascii()
    assert not any(char.isspace() for char in link)
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "kommunikasjon@randaberg.kommune.no"
    query = parse_qs(parts.query, strict_parsing=True)
    assert query["subject"] == ["Ny konto i sosiale medier: Bassenget på Instagram"]
    assert query["body"] == [notice.body.replace("\n", "\r\n").removesuffix("\r\n")]
    assert "%0D%0A" in link
    assert "%C3%A5" in link  # å as UTF-8


def test_a_body_with_ampersands_and_question_marks_stays_one_parameter() -> None:
    unit = Unit(name="Lek & læring?", abbreviation="lek")
    link = all_yes(unit=unit).assess().mailto_link()
    query = parse_qs(urlsplit(link).query, strict_parsing=True)
    assert sorted(query) == ["body", "subject"]
    assert query["subject"] == ["Ny konto i sosiale medier: Lek & læring? på Instagram"]


# Parsing typed answers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("ja", True),
        ("J", True),
        (" yes ", True),
        ("Y", True),
        ("nei", False),
        ("N", False),
        ("no", False),
        ("NEI\n", False),
        ("", None),
        ("   ", None),
    ],
)
def test_parse_answer(text: str, answer: bool | None) -> None:
    assert parse_answer(text) is answer


@pytest.mark.parametrize("text", ["kanskje", "jo", "nope", "1", "true"])
def test_parse_answer_rejects_anything_else(text: str) -> None:
    with pytest.raises(ReadinessError, match=repr(text)):
        parse_answer(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kari Nordmann", ("Kari Nordmann",)),
        ("Kari Nordmann, Ola  Nordmann ,", ("Kari Nordmann", "Ola Nordmann")),
        ("", None),
        ("  ", None),
        (",", ()),
        (" , , ", ()),
    ],
)
def test_parse_administrators(text: str, names: tuple[str, ...] | None) -> None:
    assert parse_administrators(text) == names


# Loading answers files -----------------------------------------------------------------------

GOOD_TOML = """\
unit = "Bassenget"
platform = "Instagram"
own_channel_needed = true
has_resources = true
administrators = ["Kari Nordmann", "Ola Nordmann"]
has_staffing = true
has_moderation_routine = true
has_security_routine = true
manager_approved = true
"""

GOOD_DOCUMENT: dict[str, object] = {
    "unit": "Bassenget",
    "platform": "instagram",
    "own_channel_needed": True,
    "has_resources": True,
    "administrators": ["Kari Nordmann", "Ola Nordmann"],
    "has_staffing": True,
    "has_moderation_routine": True,
    "has_security_routine": True,
    "manager_approved": True,
}

EXPECTED = all_yes(administrators=("Kari Nordmann", "Ola Nordmann"))


def test_load_a_toml_file(tmp_path: Path) -> None:
    path = tmp_path / "svar.toml"
    path.write_text(GOOD_TOML, encoding="utf-8")
    assert load_checklist(path) == EXPECTED
    assert load_checklist(str(path)) == EXPECTED


def test_load_a_json_file(tmp_path: Path) -> None:
    path = tmp_path / "svar.json"
    path.write_text(json.dumps(GOOD_DOCUMENT), encoding="utf-8")
    assert load_checklist(path) == EXPECTED


def test_load_from_open_files_binary_or_text() -> None:
    assert load_checklist(io.BytesIO(GOOD_TOML.encode())) == EXPECTED
    assert load_checklist(io.StringIO(json.dumps(GOOD_DOCUMENT))) == EXPECTED
    assert load_checklist(io.StringIO(GOOD_TOML), format="toml") == EXPECTED


def test_missing_answers_and_json_null_are_unanswered() -> None:
    checklist = load_checklist(
        io.StringIO(
            '{"unit": "Bassenget", "platform": "vimeo", '
            '"has_staffing": null, "manager_approved": false}'
        )
    )
    assert checklist.has_staffing is None
    assert checklist.manager_approved is False
    assert checklist.administrators is None


def test_load_a_unit_table() -> None:
    text = (
        'platform = "tiktok"\n[unit]\nname = "Kulturskolen"\nkind = "tjeneste"\n'
        'abbreviation = "kultur"\n'
    )
    checklist = load_checklist(io.StringIO(text))
    assert checklist.unit == Unit(name="Kulturskolen", kind=UnitKind.SERVICE, abbreviation="kultur")


def test_a_byte_order_mark_is_allowed(tmp_path: Path) -> None:
    path = tmp_path / "svar.json"
    path.write_text(json.dumps(GOOD_DOCUMENT), encoding="utf-8-sig")
    assert load_checklist(path) == EXPECTED


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        ('unit = "B"\nplatform = "tiktok"\nhas_resources = "ja"\n', ["'has_resources'", "'ja'"]),
        ('unit = "B"\nplatform = "tiktok"\nmanager_approved = 1\n', ["'manager_approved'"]),
        ('unit = "B"\nplatform = "tiktok"\nadministrators = "Kari"\n', ["'administrators'"]),
        ('unit = "B"\nplatform = "tiktok"\nadministrators = ["Kari", 2]\n', ["'administrators'"]),
        (
            'unit = "B"\nplatform = "tiktok"\nhas_ressources = true\n',
            ["unknown key 'has_ressources'"],
        ),
        ('unit = "B"\nplatform = "myspace"\n', ["'platform'", "'myspace'"]),
        ('unit = "B"\nplatform = 3\n', ["'platform'"]),
        ('unit = "  "\nplatform = "tiktok"\n', ["'unit'"]),
        ('unit = 3\nplatform = "tiktok"\n', ["'unit'"]),
        ('platform = "tiktok"\n', ["'unit' is missing"]),
        ('unit = "B"\n', ["'platform' is missing"]),
        ('platform = "tiktok"\n[unit]\nkind = "unit"\n', ["'unit.name' is missing"]),
        ('platform = "tiktok"\n[unit]\nname = "B"\nfoo = 1\n', ["unknown key 'unit.foo'"]),
        ('platform = "tiktok"\n[unit]\nname = "B"\nkind = "skole"\n', ["'unit'", "'skole'"]),
        ('platform = "tiktok"\n[unit]\nname = "B"\nabbreviation = 7\n', ["'unit.abbreviation'"]),
        ('unit = "B"\nplatform = "tiktok"\nhas_resources = \n', ["bad TOML"]),
        (
            'unit = "B"\nplatform = "tiktok"\nhas_resources = true\nhas_resources = true\n',
            ["bad TOML"],
        ),
    ],
)
def test_a_bad_toml_file_says_which_field(text: str, fragments: list[str]) -> None:
    with pytest.raises(ReadinessError) as raised:
        load_checklist(io.StringIO(text), format="toml")
    for fragment in fragments:
        assert fragment in str(raised.value)


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        ('{"unit": "B", "platform": "tiktok", "has_staffing": "yes"}', ["'has_staffing'"]),
        ('{"unit": "B", "platform": "tiktok", "foo": 1}', ["unknown key 'foo'"]),
        ('{"unit": "B", "platform": "facebok"}', ["'platform'", "'facebok'"]),
        ('{"unit": "B", "platform": "tiktok",}', ["bad JSON", "line 1"]),
        ('["unit", "B"]', ["must be a table"]),
        ("", ["bad JSON"]),
    ],
)
def test_a_bad_json_file_says_which_field(text: str, fragments: list[str]) -> None:
    with pytest.raises(ReadinessError) as raised:
        load_checklist(io.StringIO(text), format="json")
    for fragment in fragments:
        assert fragment in str(raised.value)


def test_every_problem_of_a_file_is_reported_at_once(tmp_path: Path) -> None:
    path = tmp_path / "svar.json"
    path.write_text('{"platform": "myspace", "has_resources": "ja", "x": 1}', encoding="utf-8")
    with pytest.raises(ReadinessError) as raised:
        load_checklist(path)
    message = str(raised.value)
    assert message.startswith(str(path) + ": ")
    for fragment in ("'myspace'", "'has_resources'", "unknown key 'x'", "'unit' is missing"):
        assert fragment in message


def test_the_format_follows_the_suffix(tmp_path: Path) -> None:
    path = tmp_path / "svar.json"
    path.write_text(GOOD_TOML, encoding="utf-8")
    with pytest.raises(ReadinessError, match="bad JSON"):
        load_checklist(path)


def test_a_missing_file_is_the_librarys_error(tmp_path: Path) -> None:
    with pytest.raises(ReadinessError, match="cannot read answers file") as raised:
        load_checklist(tmp_path / "finnes-ikke.toml")
    assert isinstance(raised.value.__cause__, FileNotFoundError)


def test_a_file_that_is_not_utf8_is_the_librarys_error() -> None:
    with pytest.raises(ReadinessError, match="not UTF-8"):
        load_checklist(io.BytesIO(b'unit = "Bassenget \xe6"\n'))


def test_an_unknown_format_is_an_error() -> None:
    with pytest.raises(ReadinessError, match="'yaml'"):
        load_checklist(io.StringIO(GOOD_TOML), format="yaml")  # type: ignore[arg-type]


# Properties ----------------------------------------------------------------------------------

answers = st.one_of(st.none(), st.booleans())
names = st.one_of(st.none(), st.lists(st.text(), max_size=4).map(tuple))
unit_names = st.text(min_size=1).filter(str.strip)


@given(
    unit=unit_names,
    platform=st.sampled_from(Platform),
    own_channel_needed=answers,
    has_resources=answers,
    administrators=names,
    has_staffing=answers,
    has_moderation_routine=answers,
    has_security_routine=answers,
    manager_approved=answers,
)
@example(
    unit="🎉",
    platform=Platform.FACEBOOK,
    own_channel_needed=True,
    has_resources=True,
    administrators=("\u2003",),
    has_staffing=True,
    has_moderation_routine=True,
    has_security_routine=True,
    manager_approved=True,
)
def test_assess_never_raises_and_is_ready_only_when_all_seven_are_yes(
    unit: str,
    platform: Platform,
    own_channel_needed: bool | None,
    has_resources: bool | None,
    administrators: tuple[str, ...] | None,
    has_staffing: bool | None,
    has_moderation_routine: bool | None,
    has_security_routine: bool | None,
    manager_approved: bool | None,
) -> None:
    checklist = ReadinessChecklist(
        unit=unit,
        platform=platform,
        own_channel_needed=own_channel_needed,
        has_resources=has_resources,
        administrators=administrators,
        has_staffing=has_staffing,
        has_moderation_routine=has_moderation_routine,
        has_security_routine=has_security_routine,
        manager_approved=manager_approved,
    )
    assessment = checklist.assess()
    named = administrators is not None and any(name.strip() for name in administrators)
    yes_no = (
        own_channel_needed,
        has_resources,
        has_staffing,
        has_moderation_routine,
        has_security_routine,
        manager_approved,
    )
    assert assessment.ready is (named and all(answer is True for answer in yes_no))
    assert len(assessment.unmet) == sum(answer is not True for answer in yes_no) + (not named)
    for lang in ("nb", "en"):
        assert assessment.summary(lang)


@given(text=st.text())
def test_parse_answer_gives_an_answer_or_the_librarys_error(text: str) -> None:
    try:
        result = parse_answer(text)
    except ReadinessError:
        return
    assert result in (True, False, None)


@given(text=st.text())
def test_load_checklist_gives_a_checklist_or_the_librarys_error(text: str) -> None:
    for format in ("toml", "json"):
        try:
            result = load_checklist(io.StringIO(text), format=format)
        except RandabergSomeError:
            continue
        assert isinstance(result, ReadinessChecklist)


# Cheap to import ---------------------------------------------------------------------------


def test_importing_the_library_loads_no_email_json_toml_or_url_machinery() -> None:
    heavy = ["email", "json", "tomllib", "tomli", "urllib"]
    code = (
        "import sys, randaberg_some\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({heavy!r})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
