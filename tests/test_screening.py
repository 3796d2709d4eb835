"""Screening a comment: findings joined, masks, the action table, replies, archive records.

The scanners (``_numbers.scan_numbers``, ``_cases.scan_cases``) are replaced here by small
fakes that return :class:`~randaberg_some._hits.Hit` values, so that these tests hold the
screening's own logic whatever the scanners find.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from randaberg_some import _cases, _numbers
from randaberg_some._hits import Hit
from randaberg_some.archiving import ARCHIVE_DUTY, ArchiveRecord, LegalBasis, archive_record
from randaberg_some.errors import (
    ConfigurationError,
    NaiveDatetimeError,
    RandabergSomeError,
    UnknownLanguageError,
)
from randaberg_some.messages import LANGUAGES, Lang, Message
from randaberg_some.organisation import (
    NO_CHANNELS,
    RANDABERG,
    RANDABERG_CHANNELS,
    Channels,
    Organisation,
)
from randaberg_some.platforms import Platform
from randaberg_some.screening import (
    Action,
    Certainty,
    FindingKind,
    Screening,
    ScreeningFinding,
    screen_comment,
)

from .strategies import any_text

REASON = Message(nb="fordi", nn="fordi", en="because")
BAERUM = Organisation(name="Bærum kommune", domain="baerum.kommune.no")
EDIALOG = "https://kommune.example/edialog"
SECURE = Organisation(
    name="Eksempel kommune", domain="eksempel.kommune.no", channels=Channels(edialog=EDIALOG)
)
OSLO = timezone(timedelta(hours=2))


# --- fake scanners -----------------------------------------------------------------------------

_ID = re.compile(r"\d{6}[ .]?\d{5}")
_ACCOUNT = re.compile(r"\d{4}\.\d{2}\.\d{5}")
_PHONE = re.compile(r"(?:\+47 ?)?\b\d{8}\b")
_EMAIL = re.compile(r"[\w.]+@[\w.]+\.\w+")
_ORG = re.compile(r"org(?:nr)? (\d{9})")
_REFERENCE = re.compile(r"\b\d{4}/\d{1,6}\b")
_CASE = re.compile(r"byggesøknaden min|saka mi|klagen min|my application", re.IGNORECASE)


def _hits(pattern: re.Pattern[str], text: str, kind: str, certain: bool = True) -> list[Hit]:
    return [
        Hit(kind=kind, start=m.start(m.lastindex or 0), end=m.end(m.lastindex or 0),
            certain=certain, reason=REASON)
        for m in pattern.finditer(text)
    ]  # fmt: skip


def fake_numbers(text: str, lower: str | None = None) -> list[Hit]:
    found = _hits(_ACCOUNT, text, "account_number")
    found += [h for h in _hits(_ID, text, "national_id") if not _inside(h, found)]
    found += [h for h in _hits(_PHONE, text, "phone") if not _inside(h, found)]
    found += _hits(_EMAIL, text, "email") + _hits(_ORG, text, "organisation_number")
    if "kanskje" in text.lower():  # a possible identity number, for the moderator to judge
        found = [Hit(kind=h.kind, start=h.start, end=h.end, certain=False, reason=REASON)
                 for h in found]  # fmt: skip
    return found


def fake_cases(text: str, lower: str | None = None) -> list[Hit]:
    certain = "kanskje" not in text.lower()
    return _hits(_CASE, text, "case_processing", certain) + _hits(
        _REFERENCE, text, "case_reference", certain
    )


def _inside(hit: Hit, others: list[Hit]) -> bool:
    return any(o.start < hit.end and hit.start < o.end for o in others)


@pytest.fixture
def scanners(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_numbers, "scan_numbers", fake_numbers)
    monkeypatch.setattr(_cases, "scan_cases", fake_cases)
    return


def given_hits(monkeypatch: pytest.MonkeyPatch, hits: list[Hit]) -> None:
    monkeypatch.setattr(_numbers, "scan_numbers", lambda text, lower=None: list(hits))
    monkeypatch.setattr(_cases, "scan_cases", lambda text, lower=None: [])


def finding(kind: str, start: int, end: int, certain: bool = True) -> ScreeningFinding:
    return ScreeningFinding(
        kind=FindingKind(kind),
        start=start,
        end=end,
        certainty=Certainty.CERTAIN if certain else Certainty.POSSIBLE,
        reason=REASON,
        masked="*" * (end - start),
    )


# --- channels ----------------------------------------------------------------------------------


def test_randaberg_channels_are_marked_to_be_verified() -> None:
    assert RANDABERG.channels is RANDABERG_CHANNELS
    assert RANDABERG_CHANNELS.postmottak == "postmottak@randaberg.kommune.no"
    assert RANDABERG_CHANNELS.phone == "51 41 41 00"
    assert RANDABERG_CHANNELS.edialog is None
    assert RANDABERG_CHANNELS.to_verify == ("postmottak", "phone")
    assert RANDABERG_CHANNELS.sources == ()
    # G7's address is for staff creating accounts, never a residents' channel.
    assert RANDABERG_CHANNELS.postmottak != RANDABERG.communications_email


def test_another_organisation_has_no_channels_by_default() -> None:
    assert BAERUM.channels is NO_CHANNELS
    assert not NO_CHANNELS.configured
    assert RANDABERG_CHANNELS.configured
    assert Channels(phone="22 00 00 00", unverified=["phone", "edialog"]).to_verify == ("phone",)


@pytest.mark.parametrize(
    "fields",
    [
        {"postmottak": "postmottak"},
        {"postmottak": "post mottak@x.no"},
        {"edialog": "http://kommune.example/edialog"},
        {"edialog": "https://"},
        {"edialog": "https://x.no/a b"},
        {"phone": "ring 51 41 41 00"},
        {"phone": "12"},
        {"phone": 51414100},
        {"unverified": ["fax"]},
        {"unverified": 3},
        {"sources": [""]},
    ],
)
def test_malformed_channels_are_configuration_errors(fields: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError):
        Channels(**fields)  # type: ignore[arg-type]


def test_organisation_channels_must_be_channels() -> None:
    with pytest.raises(ConfigurationError):
        Organisation(name="X kommune", domain="x.kommune.no", channels="x")  # type: ignore[arg-type]


# --- findings, masks, overlaps -------------------------------------------------------------------


@pytest.mark.usefixtures("scanners")
@pytest.mark.parametrize(
    ("comment", "redacted"),
    [
        ("fnr 01019012345 takk", "fnr DDMMYY***** takk"),
        ("fnr 010190 12345.", "fnr DDMMYY *****."),
        ("fnr 010190.12345", "fnr DDMMYY.*****"),
        ("konto 1234.56.78903", "konto ****.**.*****"),
        ("ring +47 91234567", "ring +** ********"),
        ("mail ola.nordmann@example.no", "mail ***.********@*******.**"),
        ("org 974760673 er vår", "org 974760673 er vår"),  # not personal: left as it is
        ("sak 2023/587", "sak 2023/587"),
    ],
)
def test_redacted_masks_every_personal_finding(comment: str, redacted: str) -> None:
    assert screen_comment(comment).redacted == redacted


@pytest.mark.parametrize(
    ("hits", "kinds"),
    [
        # Two personal hits that overlap become one, masked over their union.
        ([("phone", 4, 12), ("national_id", 4, 15)], [("national_id", 4, 15)]),
        ([("national_id", 0, 8), ("phone", 4, 15)], [("phone", 0, 15)]),
        # An organisation number or case reference inside personal data is left out.
        ([("national_id", 4, 15), ("organisation_number", 4, 13)], [("national_id", 4, 15)]),
        ([("case_reference", 0, 8), ("phone", 5, 13)], [("phone", 5, 13)]),
        # A case request (a phrase) is kept beside the numbers in it.
        (
            [("case_processing", 0, 20), ("national_id", 4, 15)],
            [("case_processing", 0, 20), ("national_id", 4, 15)],
        ),
        # Spans are cut to the text; empty ones are dropped.
        (
            [("email", -3, 2), ("phone", 18, 99), ("phone", 7, 7)],
            [("email", 0, 2), ("phone", 18, 20)],
        ),
    ],
)
def test_overlapping_hits_are_joined(
    monkeypatch: pytest.MonkeyPatch,
    hits: list[tuple[str, int, int]],
    kinds: list[tuple[str, int, int]],
) -> None:
    given_hits(
        monkeypatch, [Hit(kind=k, start=s, end=e, certain=True, reason=REASON) for k, s, e in hits]
    )
    screening = screen_comment("abc 01019012345 xyzw")
    assert [(f.kind.value, f.start, f.end) for f in screening.findings] == kinds


def test_the_surest_hit_names_a_joined_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    given_hits(
        monkeypatch,
        [
            Hit(kind="national_id", start=0, end=11, certain=False, reason=REASON),
            Hit(kind="account_number", start=0, end=11, certain=True, reason=REASON),
        ],
    )
    (only,) = screen_comment("12345678903").findings
    assert only.kind is FindingKind.ACCOUNT_NUMBER
    assert only.certainty is Certainty.CERTAIN


def test_masks_hold_no_digit_or_letter_of_the_number(monkeypatch: pytest.MonkeyPatch) -> None:
    comment = "id 0101-90 123 45 og x1y2z3w4v5u"
    given_hits(
        monkeypatch,
        [
            Hit(kind="national_id", start=3, end=17, certain=True, reason=REASON),
            Hit(kind="help_number", start=21, end=32, certain=True, reason=REASON),
        ],
    )
    first, second = screen_comment(comment).findings
    assert first.masked == "DDMM-YY *** **"
    assert second.masked == "***********"  # letters among the digits: no DDMMYY layout
    for found in (first, second):
        covered = comment[found.start : found.end]
        assert not set(found.masked) & {c for c in covered if c.isalnum()}


def test_a_scanner_with_an_unknown_kind_is_a_library_error(monkeypatch: pytest.MonkeyPatch) -> None:
    given_hits(monkeypatch, [Hit(kind="shoe_size", start=0, end=2, certain=True, reason=REASON)])
    with pytest.raises(RandabergSomeError):
        screen_comment("42")


@pytest.mark.parametrize("value", [None, 12345678901, b"fnr", ["a"]])
def test_a_comment_that_is_not_text_is_refused_in_three_languages(value: object) -> None:
    with pytest.raises(RandabergSomeError) as caught:
        screen_comment(value)  # type: ignore[arg-type]
    assert caught.value.message is not None
    assert {caught.value.text(lang) for lang in LANGUAGES} == {
        f"En kommentar må være tekst (fikk {type(value).__name__}).",
        f"Ein kommentar må vere tekst (fekk {type(value).__name__}).",
        f"A comment must be text (got {type(value).__name__}).",
    }


def test_the_organisation_must_be_an_organisation() -> None:
    with pytest.raises(ConfigurationError):
        screen_comment("hei", organisation="Randaberg")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "fields",
    [
        {"comment": 5},
        {"findings": "x"},
        {"findings": [1]},
        {"findings": (finding("phone", 0, 99),)},
        {"organisation": None},
    ],
)
def test_a_screening_built_by_hand_is_checked(fields: dict[str, object]) -> None:
    values: dict[str, object] = {"comment": "hei", "findings": ()} | fields
    with pytest.raises(RandabergSomeError):
        Screening(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "fields",
    [{"kind": "x"}, {"certainty": "sure"}, {"start": -1}, {"end": True}, {"start": 5, "end": 5},
     {"reason": "because"}, {"masked": None}],
)  # fmt: skip
def test_a_finding_built_by_hand_is_checked(fields: dict[str, object]) -> None:
    values: dict[str, object] = {
        "kind": "phone", "start": 0, "end": 3, "certainty": "certain", "reason": REASON,
        "masked": "***",
    } | fields  # fmt: skip
    with pytest.raises(RandabergSomeError):
        ScreeningFinding(**values)  # type: ignore[arg-type]


def test_overlapping_findings_built_by_hand_are_still_masked_whole() -> None:
    comment = "01019012345678"
    screening = Screening(
        comment=comment,
        findings=(finding("national_id", 0, 11), finding("phone", 6, 14)),
    )
    assert screening.redacted == "*" * 14
    leaky = ScreeningFinding(
        kind="phone", start=0, end=4, certainty="certain", reason=REASON, masked="0101"
    )
    assert Screening(comment="0101 hei", findings=(leaky,)).redacted == "**** hei"


# --- the action table ---------------------------------------------------------------------------


@pytest.mark.usefixtures("scanners")
@pytest.mark.parametrize(
    ("comment", "action", "review"),
    [
        ("Takk for svaret!", Action.NONE, False),
        ("Firmaet har org 974760673.", Action.NONE, False),
        ("Når får jeg svar på byggesøknaden min?", Action.ANSWER, False),
        ("Hva skjer med sak 2023/587?", Action.ANSWER, False),
        ("Kanskje byggesøknaden min er borte?", Action.ANSWER, True),
        ("Ring meg på 91234567", Action.HIDE_AND_REPLY, False),
        ("Fnr 01019012345, kanskje", Action.HIDE_AND_REPLY, True),
        ("Kvar er saka mi? Fnr 01019012345", Action.ARCHIVE_BEFORE_HIDING, False),
        ("Klagen min, konto 1234.56.78903", Action.ARCHIVE_BEFORE_HIDING, False),
    ],
)
def test_the_action_follows_the_table(comment: str, action: Action, review: bool) -> None:
    screening = screen_comment(comment)
    assert screening.action is action
    assert screening.needs_review is review
    assert (screening.reply() is None) is (action is Action.NONE)


def test_a_possible_finding_counts_but_asks_for_review() -> None:
    screening = Screening(
        comment="x 01019012345 byggesøknaden min",
        findings=(finding("national_id", 2, 13, certain=False), finding("case_processing", 14, 31)),
    )
    assert screening.action is Action.ARCHIVE_BEFORE_HIDING
    assert screening.needs_review


def test_actions_are_ranked() -> None:
    assert [action.rank for action in Action] == [0, 1, 2, 3]


# --- replies -------------------------------------------------------------------------------------


def _screening(kinds: list[str], organisation: Organisation = RANDABERG) -> Screening:
    comment = "x" * (10 * len(kinds) + 1)
    found = tuple(finding(kind, 10 * i, 10 * i + 9) for i, kind in enumerate(kinds))
    return Screening(comment=comment, findings=found, organisation=organisation)


REPLIES: dict[tuple[str, ...], dict[Lang, str]] = {
    ("case_processing",): {
        "nb": "Hei! Vi kan dessverre ikke behandle eller kommentere enkeltsaker her i sosiale "
        "medier, og du bør ikke skrive personopplysninger i kommentarfeltet. Send henvendelsen "
        "din på e-post til postmottak@randaberg.kommune.no, så får du svar fra riktig avdeling. "
        "Ikke send fødselsnummer eller andre sensitive opplysninger på e-post.",
        "nn": "Hei! Vi kan dessverre ikkje handsame eller kommentere enkeltsaker her i sosiale "
        "medium, og du bør ikkje skrive personopplysningar i kommentarfeltet. Send "
        "førespurnaden din på e-post til postmottak@randaberg.kommune.no, så får du svar frå "
        "rett avdeling. Ikkje send fødselsnummer eller andre sensitive opplysningar på e-post.",
        "en": "Hello! We cannot deal with or comment on individual cases here on social media, "
        "and please do not write personal details in the comments. Send your enquiry by e-mail "
        "to postmottak@randaberg.kommune.no, and the right department will answer you. Do not "
        "send your national ID number or other sensitive details by e-mail.",
    },
    ("national_id", "phone"): {
        "nb": "Hei! Vi har skjult kommentaren din fordi den inneholdt personopplysninger "
        "(identitetsnummer og telefonnummer). Det gjør vi for å beskytte deg og andre. Ring oss "
        "på 51 41 41 00, så får du svar fra riktig avdeling.",
        "nn": "Hei! Vi har gøymt kommentaren din fordi han inneheldt personopplysningar "
        "(identitetsnummer og telefonnummer). Det gjer vi for å verne deg og andre. Ring oss på "
        "51 41 41 00, så får du svar frå rett avdeling.",
        "en": "Hello! We have hidden your comment because it contained personal details "
        "(identity number and phone number). We do this to protect you and others. Call us on "
        "51 41 41 00, and the right department will answer you.",
    },
    ("case_reference", "help_number"): {
        "nb": "Hei! Vi har skjult kommentaren din fordi den inneholdt personopplysninger "
        "(identitetsnummer). Det gjør vi for å beskytte deg og andre. Vi kan heller ikke "
        "behandle eller kommentere enkeltsaker her i sosiale medier. Ring oss på 51 41 41 00, "
        "så får du svar fra riktig avdeling.",
        "nn": "Hei! Vi har gøymt kommentaren din fordi han inneheldt personopplysningar "
        "(identitetsnummer). Det gjer vi for å verne deg og andre. Vi kan heller ikkje "
        "handsame eller kommentere enkeltsaker her i sosiale medium. Ring oss på 51 41 41 00, "
        "så får du svar frå rett avdeling.",
        "en": "Hello! We have hidden your comment because it contained personal details "
        "(identity number). We do this to protect you and others. Nor can we deal with or "
        "comment on individual cases here on social media. Call us on 51 41 41 00, and the "
        "right department will answer you.",
    },
}


@pytest.mark.parametrize("kinds", list(REPLIES), ids="+".join)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_standard_replies_in_three_languages(kinds: tuple[str, ...], lang: Lang) -> None:
    assert _screening(list(kinds)).reply(lang) == REPLIES[kinds][lang]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    "kinds",
    [
        ["case_processing"],
        ["email"],
        ["account_number", "d_number", "email"],
        ["case_reference", "phone"],
    ],
)
def test_every_reply_points_to_one_channel(kinds: list[str], lang: Lang) -> None:
    secure = _screening(kinds, SECURE).reply(lang)
    assert secure is not None
    assert secure.count(EDIALOG) == 1
    assert "ID-porten" in secure
    assert "@" not in secure
    assert not re.search(r"\d", secure)
    generic = _screening(kinds, BAERUM).reply(lang)
    assert generic is not None
    assert generic.count("Bærum kommune") == 1
    assert "postmottak" in generic
    assert "@" not in generic
    randaberg = _screening(kinds, RANDABERG).reply(lang)
    assert randaberg is not None
    personal = any(FindingKind(kind).personal for kind in kinds)
    # Personal data never goes by e-mail: the phone instead, when there is no eDialog.
    assert ("51 41 41 00" in randaberg) is personal
    assert ("postmottak@randaberg.kommune.no" in randaberg) is (not personal)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_reply_never_confirms_a_case_nor_names_a_health_number(lang: Lang) -> None:
    for kinds in (["case_processing"], ["help_number", "case_reference"], ["d_number"]):
        reply = _screening(kinds).reply(lang)
        assert reply is not None
        lowered = reply.lower()
        for phrase in (
            "saken din",
            "saka di",
            "your case",
            "hjelpenummer",
            "help number",
            "d-nummer",
        ):
            assert phrase not in lowered


def test_no_reply_for_nothing_or_an_organisation_number() -> None:
    assert _screening([]).reply() is None
    assert _screening(["organisation_number"]).reply("en") is None
    assert _screening(["organisation_number"]).reply_message() is None


@pytest.mark.parametrize(
    ("platform", "nb", "en"),
    [
        (Platform.FACEBOOK, "her på Facebook", "here on Facebook"),
        ("instagram", "her på Instagram", "here on Instagram"),
        (" Snapchat ", "her på Snapchat", "here on Snapchat"),
    ],
)
def test_a_reply_may_name_the_platform(platform: object, nb: str, en: str) -> None:
    screening = _screening(["case_processing"])
    assert nb in (screening.reply("nb", platform=platform) or "")  # type: ignore[arg-type]
    assert en in (screening.reply("en", platform=platform) or "")  # type: ignore[arg-type]


@pytest.mark.parametrize("platform", ["", "x" * 41, "a\nb", 3, ["facebook"]])
def test_a_platform_that_is_no_name_is_refused(platform: object) -> None:
    with pytest.raises(RandabergSomeError):
        _screening(["phone"]).reply(platform=platform)  # type: ignore[arg-type]


def test_a_reply_in_an_unknown_language_is_refused() -> None:
    with pytest.raises(UnknownLanguageError):
        _screening(["phone"]).reply("de")  # type: ignore[arg-type]
    with pytest.raises(UnknownLanguageError):
        _screening([]).reply("de")  # type: ignore[arg-type]


# --- archive records ----------------------------------------------------------------------------

WHEN = datetime(2026, 3, 2, 9, 15, tzinfo=OSLO)


@pytest.mark.usefixtures("scanners")
def test_an_archive_record_masks_the_text_by_default() -> None:
    screening = screen_comment("Kvar er saka mi? Fnr 01019012345")
    record = archive_record(
        screening,
        author="Kari N.",
        received_at=WHEN,
        captured_at=WHEN + timedelta(minutes=20),
        url="https://www.facebook.com/randabergkommune/posts/1?comment_id=2",
        platform=Platform.FACEBOOK,
    )
    document = record.to_dict()
    assert document["text"] == "Kvar er saka mi? Fnr DDMMYY*****"
    assert document["text_is_original"] is False
    assert document["action"] == "archive_before_hiding"
    assert document["platform"] == "Facebook"
    assert document["organisation"] == "Randaberg kommune"
    assert document["received_at"] == "2026-03-02T09:15:00+02:00"
    assert document["captured_at"] == "2026-03-02T09:35:00+02:00"
    kinds = [(f["kind"], f["start"], f["end"], f["certainty"]) for f in document["findings"]]  # type: ignore[attr-defined]
    assert kinds == [("case_processing", 8, 15, "certain"), ("national_id", 21, 32, "certain")]
    basis = document["legal_basis"]
    assert isinstance(basis, list)
    assert len(basis) == len(ARCHIVE_DUTY)
    assert [point["verified"] for point in basis] == [True, True, True, False]
    assert all(point["sources"] for point in basis)
    assert "01019012345" not in repr(record)
    assert "01019012345" not in record.to_json()
    assert json.loads(record.to_json(indent=None)) == document


@pytest.mark.usefixtures("scanners")
def test_the_original_text_only_on_request() -> None:
    screening = screen_comment("Fnr 01019012345")
    record = archive_record(screening, original=True, action="hide_and_reply")
    assert record.text == "Fnr 01019012345"
    assert record.text_is_original
    assert record.action is Action.HIDE_AND_REPLY
    assert "01019012345" not in repr(record)  # the repr never shows the text


def test_an_archive_record_needs_only_a_screening() -> None:
    record = archive_record(_screening(["case_processing"]), platform="Snapchat")
    assert isinstance(record, ArchiveRecord)
    assert record.author is None
    assert record.to_dict()["received_at"] is None
    assert record.platform == "Snapchat"
    assert isinstance(ARCHIVE_DUTY[0], LegalBasis)


@pytest.mark.parametrize(
    ("name", "value", "error"),
    [
        ("received_at", datetime(2026, 3, 2, 9, 15), NaiveDatetimeError),
        ("captured_at", "2026-03-02", RandabergSomeError),
        ("url", "www.facebook.com/x", RandabergSomeError),
        ("url", "https://x.no/a\nb", RandabergSomeError),
        ("author", "  ", RandabergSomeError),
        ("author", 7, RandabergSomeError),
        ("action", "delete", RandabergSomeError),
        ("original", "yes", RandabergSomeError),
        ("platform", 3, RandabergSomeError),
    ],
)
def test_archive_record_checks_its_values(name: str, value: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        archive_record(_screening(["phone"]), **{name: value})  # type: ignore[arg-type]
    with pytest.raises(RandabergSomeError):
        archive_record("Fnr 01019012345")  # type: ignore[arg-type]


def test_the_json_indent_is_checked() -> None:
    with pytest.raises(RandabergSomeError):
        archive_record(_screening([])).to_json(indent=99)


# --- properties ---------------------------------------------------------------------------------

KINDS = [kind.value for kind in FindingKind]
hit_lists = st.lists(
    st.tuples(
        st.sampled_from(KINDS),
        st.integers(min_value=-3, max_value=70),
        st.integers(min_value=-3, max_value=70),
        st.booleans(),
    ),
    max_size=6,
)


@settings(max_examples=300, deadline=None)
@given(text=any_text, hits=hit_lists)
def test_any_text_and_any_hits_give_a_screening(
    text: str, hits: list[tuple[str, int, int, bool]]
) -> None:
    made = [Hit(kind=k, start=s, end=e, certain=c, reason=REASON) for k, s, e, c in hits]
    with pytest.MonkeyPatch.context() as patch:
        given_hits(patch, made)
        screening = screen_comment(text)
    redacted = screening.redacted
    assert len(redacted) == len(text)
    for hit in made:
        if FindingKind(hit.kind).personal:
            for index in range(max(hit.start, 0), min(hit.end, len(text))):
                assert not redacted[index].isdigit()
                assert redacted[index] != text[index] or not text[index].isalnum()
    for found in screening.findings:
        assert not any(char.isdigit() for char in found.masked)
    for lang in LANGUAGES:
        screening.reply(lang)
    archive_record(screening).to_dict()


@given(text=any_text)
def test_the_real_scanners_take_any_text(text: str) -> None:
    screening = screen_comment(text)
    assert screening.action in Action
    archive_record(screening).to_dict()


# Text whose every digit run the fake scanner flags: nothing shown may hold a digit.
_WORDS = st.sampled_from(["fnr", "ring", "konto", "byggesøknaden min", "Hei", ".", ",", "-", "/"])
_NUMBER = st.text(st.sampled_from("0123456789"), min_size=1, max_size=13)
flagged_texts = st.lists(st.one_of(_WORDS, _NUMBER), max_size=10).map(" ".join)


def flag_every_digit_run(kind: str) -> Callable[[str, str | None], list[Hit]]:
    def scan(text: str, lower: str | None = None) -> list[Hit]:
        return [Hit(kind=kind, start=m.start(), end=m.end(), certain=False, reason=REASON)
                for m in re.finditer(r"\d+(?:[ ./-]\d+)*", text)]  # fmt: skip

    return scan


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@settings(max_examples=200, deadline=None)
@given(text=flagged_texts, kind=st.sampled_from([k.value for k in FindingKind if k.personal]))
def test_no_flagged_digit_is_ever_shown(text: str, kind: str) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_numbers, "scan_numbers", flag_every_digit_run(kind))
        patch.setattr(_cases, "scan_cases", fake_cases)
        screening = screen_comment(text, organisation=SECURE)
    shown = [screening.redacted, *(f.masked for f in screening.findings)]
    shown += [screening.reply(lang) or "" for lang in LANGUAGES]
    record = archive_record(screening, author="Kari", url="https://kommune.example/innlegg")
    document = record.to_dict()
    del document["legal_basis"]  # fixed text with its sources' addresses
    shown += list(_strings(document))
    assert repr(record) == (
        f"<ArchiveRecord: {len(record.findings)} findings, action {record.action.value}, "
        "masked text>"
    )
    shown += [str(error) for error in _errors(screening)]
    for value in shown:
        assert not any(char.isdigit() for char in value), value


def _errors(screening: Screening) -> list[Exception]:
    found: list[Exception] = []
    wrong: list[Callable[[], object]] = [
        lambda: screening.reply("xx"),  # type: ignore[arg-type]
        lambda: screening.reply(platform=[screening.comment]),  # type: ignore[arg-type]
        lambda: archive_record(screening, author=[screening.comment]),  # type: ignore[arg-type]
        lambda: archive_record(screening, received_at=screening.comment),  # type: ignore[arg-type]
        lambda: archive_record(screening, url=screening.comment + " x"),
    ]
    for call in wrong:
        try:
            call()
        except RandabergSomeError as error:
            found.append(error)
    return found


# --- junk: a result or the library's error (until these names join test_contract) ---------------

junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    any_text,
    st.binary(max_size=5),
    st.lists(st.one_of(st.text(max_size=3), st.integers()), max_size=3),
    st.sampled_from(list(Platform)),
    st.datetimes(),
    st.datetimes(timezones=st.just(timezone.utc)),
    st.builds(object),
)

JUNK_CALLS: list[Callable[[object], object]] = [
    lambda x: screen_comment(x),  # type: ignore[arg-type]
    lambda x: screen_comment("hei", organisation=x),  # type: ignore[arg-type]
    lambda x: Channels(postmottak=x),  # type: ignore[arg-type]
    lambda x: Channels(edialog=x),  # type: ignore[arg-type]
    lambda x: Channels(phone=x),  # type: ignore[arg-type]
    lambda x: Channels(unverified=x),
    lambda x: Channels(sources=x),
    lambda x: Screening(comment=x),  # type: ignore[arg-type]
    lambda x: Screening(comment="hei", findings=x),
    lambda x: _screening(["phone", "case_processing"]).reply(x),  # type: ignore[arg-type]
    lambda x: _screening(["phone"]).reply(platform=x),  # type: ignore[arg-type]
    lambda x: _screening(["phone"]).reply_message(platform=x),  # type: ignore[arg-type]
    lambda x: archive_record(x),  # type: ignore[arg-type]
    lambda x: archive_record(_screening(["phone"]), author=x),  # type: ignore[arg-type]
    lambda x: archive_record(_screening(["phone"]), received_at=x),  # type: ignore[arg-type]
    lambda x: archive_record(_screening(["phone"]), captured_at=x),  # type: ignore[arg-type]
    lambda x: archive_record(_screening(["phone"]), url=x),  # type: ignore[arg-type]
    lambda x: archive_record(_screening(["phone"]), platform=x),  # type: ignore[arg-type]
    lambda x: archive_record(_screening(["phone"]), action=x),  # type: ignore[arg-type]
    lambda x: archive_record(_screening(["phone"]), original=x),  # type: ignore[arg-type]
    lambda x: archive_record(_screening([])).to_json(indent=x),  # type: ignore[arg-type]
    lambda x: FindingKind(x),
    lambda x: Certainty(x),
    lambda x: Action(x),
]


@pytest.mark.parametrize("call", JUNK_CALLS)
@settings(max_examples=40, deadline=None)
@given(value=junk)
def test_junk_gives_a_result_or_the_library_error(
    call: Callable[[object], object], value: object
) -> None:
    with contextlib.suppress(RandabergSomeError):
        call(value)


def test_stars_hides_what_isalnum_calls_a_letter_or_digit_in_every_code_point() -> None:
    import sys

    from randaberg_some._masks import stars

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert stars(every) == "".join("*" if char.isalnum() else char for char in every)
    latin = every[:256]  # Latin-1 text takes the byte table
    assert stars(latin) == "".join("*" if char.isalnum() else char for char in latin)
