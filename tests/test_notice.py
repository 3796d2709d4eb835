"""Tests of G7's notice: the e-mail a ready unit drafts to the communications department."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from randaberg_some.errors import (
    ConfigurationError,
    InvalidNameError,
    NotReadyError,
    ReadinessError,
    UnknownLanguageError,
)
from randaberg_some.naming import NamingPolicy
from randaberg_some.notice import Notification, draft_notice, sender_name
from randaberg_some.organisation import Organisation
from randaberg_some.platforms import Platform
from randaberg_some.questions import QUESTIONS
from randaberg_some.units import Unit, UnitKind

from .helpers import all_yes, parsed

SENDER = "kari.nordmann@randaberg.kommune.no"


def body_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    content = part.get_content()
    assert isinstance(content, str)
    return content


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
        assert f"{number}. {question.text.nb}\n" in body
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


# Three languages ----------------------------------------------------------------------------


def test_the_email_in_nynorsk_and_english() -> None:
    nynorsk = parsed(all_yes().assess().notification_email(sender=SENDER, lang="nn"))
    assert nynorsk["Subject"] == "Ny konto i sosiale medium: Bassenget på Instagram"
    body = body_of(nynorsk)
    assert "Bassenget vil opprette ein konto på Instagram." in body
    assert "Namnet på kontoen: Randabergkommune Bassenget\n" in body
    assert "Brukarnamn: @randabergkommune_bassenget\n" in body
    assert "Administrator(ar): Kari Nordmann\n" in body
    for number, question in enumerate(QUESTIONS, start=1):
        assert f"{number}. {question.text.nn}\n" in body
    assert body.endswith("Med venleg helsing\n" + SENDER + "\n")
    english = parsed(all_yes().assess().notification_email(sender=SENDER, lang="en"))
    assert english["Subject"] == "New social media account: Bassenget on Instagram"
    body = body_of(english)
    assert "Handle: @randabergkommune_bassenget\n" in body
    assert body.count("   Answer: Yes\n") == 6
    assert body.endswith("Kind regards\n" + SENDER + "\n")


def test_an_unknown_language_is_the_librarys_error() -> None:
    with pytest.raises(UnknownLanguageError):
        all_yes().assess().notification(lang="de")  # type: ignore[arg-type]
    with pytest.raises(UnknownLanguageError):
        all_yes().assess().mailto_link(lang="")  # type: ignore[arg-type]


def test_the_refusal_speaks_three_languages() -> None:
    with pytest.raises(NotReadyError) as raised:
        all_yes(has_resources=False).assess().notification()
    assert "ikkje klar" in raised.value.text("nn")
    assert "ikke klar" in raised.value.text("nb")
    assert "G6.2 (has_resources: no)" in raised.value.text("en")


# Contract holes: whatever a person types, an e-mail or the library's error ------------------


@pytest.mark.parametrize(
    "sender",
    [
        "Kari\u2028Nordmann <kari.nordmann@randaberg.kommune.no>",
        "Kari\x0cNordmann <kari.nordmann@randaberg.kommune.no>",
        "Kari\nBcc: eve@example.no <kari.nordmann@randaberg.kommune.no>",
        "Kari\u2029 <kari.nordmann@randaberg.kommune.no>",
        "Kari\x85 <kari.nordmann@randaberg.kommune.no>",
        "Kari \ud800 <kari.nordmann@randaberg.kommune.no>",
        "kari.nordmann@randaberg.kommune.no\x0b",
    ],
)
def test_a_sender_with_a_line_separator_or_surrogate_is_the_librarys_error(sender: str) -> None:
    assessment = all_yes().assess()
    for call in (
        lambda: assessment.notification_email(sender=sender),
        lambda: assessment.mailto_link(sender=sender),
        lambda: assessment.notification(sender=sender),
        lambda: sender_name(sender),
    ):
        with pytest.raises(ReadinessError, match="'sender'") as raised:
            call()
        assert raised.value.message is not None
    notice = assessment.notification()
    with pytest.raises(ReadinessError, match="'sender'"):
        notice.as_email(sender=sender)


@pytest.mark.parametrize("name", ["Basse\ud800nget", "\udcff Bassenget", "Bassenget \udfff"])
def test_a_unit_name_with_a_lone_surrogate_is_the_librarys_error(name: str) -> None:
    # The unit refuses such a name itself, so no notice can carry one.
    with pytest.raises(InvalidNameError) as raised:
        all_yes(unit=Unit(name=name, abbreviation="bassenget"))
    assert "surrogate" in str(raised.value)
    assert raised.value.text("nn") != raised.value.text("en")


@pytest.mark.parametrize("name", ["Basse\u2028nget", "Bassenget\x0c", "Bassenget\n\nBcc"])
def test_a_unit_name_with_line_separators_gives_one_line_subjects(name: str) -> None:
    assessment = all_yes(unit=Unit(name=name, abbreviation="bassenget")).assess()
    message = parsed(assessment.notification_email(sender=SENDER))
    assert "\n" not in message["Subject"]
    assert "\u2028" not in message["Subject"]
    assert assessment.mailto_link().isascii()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("to", "kommunikasjon@randaberg.kommune.no\nBcc: eve@example.no"),
        ("subject", "Ny konto\u2028Bcc: eve@example.no"),
        ("subject", "Ny konto \ud800"),
        ("body", "Hei \udfff"),
        ("handle", "@x\x0c"),
        ("account_name", 42),
    ],
)
def test_a_notification_that_no_email_can_carry_is_the_librarys_error(
    field: str, value: object
) -> None:
    fields: dict[str, object] = {
        "to": "kommunikasjon@randaberg.kommune.no",
        "subject": "Ny konto",
        "body": "Hei\n",
        "account_name": "x",
        "handle": "@x",
        field: value,
    }
    with pytest.raises(ReadinessError, match=f"'{field}'"):
        Notification(**fields)  # type: ignore[arg-type]


def test_draft_notice_is_what_the_assessment_forwards_to() -> None:
    assessment = all_yes().assess()
    assert draft_notice(assessment, sender=SENDER, lang="nn") == assessment.notification(
        sender=SENDER, lang="nn"
    )
    with pytest.raises(ReadinessError, match="'assessment'"):
        draft_notice(all_yes())  # type: ignore[arg-type]
