"""The whole screening, scanners included: real-looking comments to findings, action, reply."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from randaberg_some import Action, Lang, archive_record, screen_comment

# comment, the kinds found (in text order), the action.
TABLE = [
    ("Hei, fnr mitt er 01018512366, kan dere sjekke?", ["national_id"], Action.HIDE_AND_REPLY),
    (
        "Når får jeg svar på byggesøknaden min? Fnr 010185 12366",
        ["case_processing", "national_id"],
        Action.ARCHIVE_BEFORE_HIDING,
    ),
    (
        "Kvifor har eg ikkje fått svar på søknaden min om barnehageplass?",
        ["case_processing"],
        Action.ANSWER,
    ),
    ("Hva skjer i sak 2023/587?", ["case_reference"], Action.ANSWER),
    ("Kontonummer 1234.56.78903 for innbetaling", ["account_number"], Action.HIDE_AND_REPLY),
    ("Ring meg på 912 34 567", ["phone"], Action.HIDE_AND_REPLY),
    ("Send til ola.nordmann@example.no", ["email"], Action.HIDE_AND_REPLY),
    ("Firmaet vårt har orgnr 974760673", ["organisation_number"], Action.NONE),
    ("Når er søknadsfristen for barnehage?", [], Action.NONE),
    ("Vedtaket i kommunestyret om skolestruktur er feil", [], Action.NONE),
    # Skatteetaten's worked examples of the 2032 rule.
    ("fnr 02013299997", ["national_id"], Action.HIDE_AND_REPLY),
    ("fnr 30108299920", ["national_id"], Action.HIDE_AND_REPLY),
    ("fnr 30108299939", ["national_id"], Action.HIDE_AND_REPLY),
    # Eleven digits that pass neither control-digit rule, with no context: nothing.
    ("Referansen er 12345678901.", [], Action.NONE),
]


def _digit_runs(comment: str, spans: list[tuple[int, int]]) -> list[str]:
    """The runs of at least four digits inside the flagged spans."""
    runs: list[str] = []
    for start, end in spans:
        digits = "".join(char for char in comment[start:end] if char.isdigit())
        if len(digits) >= 4:
            runs.append(digits)
    return runs


@pytest.mark.parametrize(("comment", "kinds", "action"), TABLE)
def test_a_comment_gets_its_findings_and_action(
    comment: str, kinds: list[str], action: Action
) -> None:
    screening = screen_comment(comment)
    assert [finding.kind.value for finding in screening.findings] == kinds
    assert screening.action is action


@pytest.mark.parametrize(("comment", "kinds", "action"), TABLE)
def test_no_flagged_number_is_repeated_anywhere(
    comment: str, kinds: list[str], action: Action
) -> None:
    screening = screen_comment(comment)
    personal = [finding.span for finding in screening.findings if finding.kind.personal]
    record = archive_record(
        screening,
        author="Kari",
        received_at=datetime(2024, 5, 15, 9, tzinfo=timezone.utc),
        url="https://www.facebook.com/randabergkommune/posts/1",
    )
    shown = [
        screening.redacted,
        repr(screening),
        screening.text("en"),
        screening.to_json(),
        screening.to_html(),
        record.to_json(),
        repr(record),
        *(screening.reply(lang) or "" for lang in ("nb", "nn", "en")),
        *(finding.masked for finding in screening.findings),
        *(
            finding.reason.text(lang)
            for finding in screening.findings
            for lang in ("nb", "nn", "en")
        ),
    ]
    for run in _digit_runs(comment, personal):
        for text in shown:
            assert run not in text, (run, text)


def test_an_identity_number_is_masked_with_its_layout() -> None:
    assert screen_comment("Fnr 010185 12366").redacted == "Fnr DDMMYY *****"


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_the_replies_point_to_one_channel_and_never_confirm_a_case(lang: Lang) -> None:
    reply = screen_comment("Når får jeg svar på byggesøknaden min? Fnr 010185 12366").reply(lang)
    assert reply is not None
    assert "51 41 41 00" in reply
    assert "12366" not in reply
    assert "010185" not in reply


_NUMBERISH = st.text(alphabet="0123456789 .-+@abcfnrkontoeg\u00a0\u2009", max_size=60)


@given(prefix=st.sampled_from(["fnr ", "kontonummer ", "ring ", "", "saka mi "]), body=_NUMBERISH)
def test_arbitrary_number_text_never_leaks_a_flagged_number(prefix: str, body: str) -> None:
    comment = prefix + body
    screening = screen_comment(comment)
    personal = [finding.span for finding in screening.findings if finding.kind.personal]
    texts = [screening.redacted, *(screening.reply(lang) or "" for lang in ("nb", "nn", "en"))]
    for run in _digit_runs(comment, personal):
        # The run may still appear where the comment has it a second time, unflagged.
        if comment.count(run) == 1:
            assert all(run not in text for text in texts)
