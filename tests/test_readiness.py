"""Tests of the readiness checklist (G6) and its assessment."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from randaberg_some import render
from randaberg_some.errors import (
    ConfigurationError,
    InvalidNameError,
    NotReadyError,
    RandabergSomeError,
    ReadinessError,
    UnknownLanguageError,
    UnknownPlatformError,
)
from randaberg_some.messages import LANGUAGES
from randaberg_some.platforms import Platform
from randaberg_some.questions import QUESTIONS, AnswerKind
from randaberg_some.readiness import (
    ReadinessChecklist,
    UnmetKind,
    parse_administrators,
    parse_answer,
)
from randaberg_some.units import Unit, UnitKind

from .helpers import all_yes

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

YES_NO_FIELDS = tuple(q.field for q in QUESTIONS if q.kind is AnswerKind.YES_NO)


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
def test_every_question_has_its_texts_in_all_three_languages(question: Any) -> None:
    for message in (question.text, question.topic, question.no_reason, question.advice):
        for lang in LANGUAGES:
            assert message.text(lang).strip()
    assert question.text.nb.endswith("?")
    assert question.text.nn.endswith("?")
    assert question.wording("en") == question.text.en
    assert question.wording("nn") == question.text.nn
    assert question.wording() == question.text.nb
    assert question.text.nb != question.text.en
    assert question.text.nn != question.text.nb  # real nynorsk, not bokmål copied
    with pytest.raises(UnknownLanguageError):
        question.wording("de")


@pytest.mark.guideline("G6.1")
def test_g6_1_is_worded_so_that_yes_means_an_own_channel_is_needed() -> None:
    assert QUESTIONS[0].text.nb.startswith("Er det behov for en egen kanal")
    assert "ingen egen kanal" in QUESTIONS[0].no_reason.nb
    assert QUESTIONS[0].text.nn.startswith("Er det behov for ein eigen kanal")


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
    assert (item.reason.nb, item.reason.en) == (question.no_reason.nb, question.no_reason.en)
    assert (item.advice.nb, item.advice.en) == (question.advice.nb, question.advice.en)
    assert (item.reason, item.advice) == (question.no_reason, question.advice)
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
    assert "ikke besvart" in item.reason.nb
    assert "not answered" in item.reason.en
    assert "ikkje svart på" in item.reason.nn
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
    assert QUESTIONS[5].advice.nb in summary
    english = assessment.summary("en")
    assert english.startswith("Not ready: 2 of 7")
    assert QUESTIONS[5].advice.en in english
    assert "Answer: no." in english
    assert "Answer: not answered." in english


def test_summary_in_nynorsk() -> None:
    assessment = all_yes(has_security_routine=False, administrators=None).assess()
    nynorsk = assessment.summary("nn")
    assert nynorsk.startswith("Ikkje klar: 2 av 7 spørsmål held Bassenget tilbake")
    assert "G6.3 Kven er administrator(ar)?" in nynorsk
    assert QUESTIONS[5].advice.nn in nynorsk
    assert "Svar: nei." in nynorsk
    assert "Svar: ikkje svart på." in nynorsk
    assert (
        all_yes()
        .assess()
        .summary("nn")
        .startswith("Klar: det er svart ja på alle dei sju spørsmåla")
    )
    with pytest.raises(UnknownLanguageError):
        assessment.summary("de")  # type: ignore[arg-type]


def test_summary_of_a_ready_unit_points_to_g7() -> None:
    assert all_yes().assess().summary().startswith("Klar: alle sju")
    assert "(G7)" in all_yes().assess().summary("en")


def test_describe_says_nobody_named_for_g6_3() -> None:
    item = all_yes(administrators=()).assess().unmet[0]
    assert "Svar: ingen navngitt." in item.describe()
    assert "Answer: nobody named." in item.describe("en")
    assert "Svar: ingen nemnd med namn." in item.describe("nn")


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


# Answers documents (the files layer reads the file) -----------------------------------

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


def toml(text: str) -> object:
    return tomllib.loads(text)


def test_from_a_toml_document() -> None:
    assert ReadinessChecklist.from_mapping(toml(GOOD_TOML)) == EXPECTED


def test_from_a_json_document() -> None:
    assert ReadinessChecklist.from_mapping(json.loads(json.dumps(GOOD_DOCUMENT))) == EXPECTED
    assert ReadinessChecklist.from_mapping(GOOD_DOCUMENT, where="svar.json") == EXPECTED


def test_missing_answers_and_json_null_are_unanswered() -> None:
    checklist = ReadinessChecklist.from_mapping(
        json.loads(
            '{"unit": "Bassenget", "platform": "vimeo", '
            '"has_staffing": null, "manager_approved": false}'
        )
    )
    assert checklist.has_staffing is None
    assert checklist.manager_approved is False
    assert checklist.administrators is None


def test_a_unit_table() -> None:
    text = (
        'platform = "tiktok"\n[unit]\nname = "Kulturskolen"\nkind = "tjeneste"\n'
        'abbreviation = "kultur"\n'
    )
    checklist = ReadinessChecklist.from_mapping(toml(text))
    assert checklist.unit == Unit(name="Kulturskolen", kind=UnitKind.SERVICE, abbreviation="kultur")


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
    ],
)
def test_a_bad_toml_document_says_which_field(text: str, fragments: list[str]) -> None:
    with pytest.raises(ReadinessError) as raised:
        ReadinessChecklist.from_mapping(toml(text), where="svar.toml")
    assert str(raised.value).startswith("svar.toml: ")
    for fragment in fragments:
        assert fragment in str(raised.value)
    assert raised.value.message is not None
    for lang in LANGUAGES:
        assert raised.value.text(lang).startswith("svar.toml: ")


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        ('{"unit": "B", "platform": "tiktok", "has_staffing": "yes"}', ["'has_staffing'"]),
        ('{"unit": "B", "platform": "tiktok", "foo": 1}', ["unknown key 'foo'"]),
        ('{"unit": "B", "platform": "facebok"}', ["'platform'", "'facebok'"]),
        ('["unit", "B"]', ["must be a table"]),
    ],
)
def test_a_bad_json_document_says_which_field(text: str, fragments: list[str]) -> None:
    with pytest.raises(ReadinessError) as raised:
        ReadinessChecklist.from_mapping(json.loads(text))
    for fragment in fragments:
        assert fragment in str(raised.value)


def test_every_problem_of_a_document_is_reported_at_once() -> None:
    document = json.loads('{"platform": "myspace", "has_resources": "ja", "x": 1}')
    with pytest.raises(ReadinessError) as raised:
        ReadinessChecklist.from_mapping(document, where="svar.json")
    message = str(raised.value)
    assert message.startswith("svar.json: ")
    for fragment in ("'myspace'", "'has_resources'", "unknown key 'x'", "'unit' is missing"):
        assert fragment in message
    nynorsk = raised.value.text("nn")
    for fragment in ("'myspace'", "'has_resources' må vere", "ukjend nøkkel 'x'", "manglar"):
        assert fragment in nynorsk


def test_a_where_that_is_not_text_is_the_librarys_error() -> None:
    with pytest.raises(ReadinessError, match="'where'"):
        ReadinessChecklist.from_mapping(GOOD_DOCUMENT, where=None)  # type: ignore[arg-type]


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
    for lang in LANGUAGES:
        assert assessment.summary(lang)


@given(text=st.text())
def test_parse_answer_gives_an_answer_or_the_librarys_error(text: str) -> None:
    try:
        result = parse_answer(text)
    except ReadinessError:
        return
    assert result in (True, False, None)


KEYS = ["unit", "platform", *(q.field for q in QUESTIONS), "x"]
values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(), st.sampled_from(["tiktok"])),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


@given(
    document=st.one_of(
        st.dictionaries(st.sampled_from(KEYS), values, max_size=10),
        st.dictionaries(st.sampled_from(["name", "kind", "abbreviation", "x"]), values).map(
            lambda unit: {"unit": unit, "platform": "tiktok"}
        ),
        values,
    )
)
def test_from_mapping_gives_a_checklist_or_the_librarys_error(document: object) -> None:
    failure: ReadinessError | None = None
    try:
        result = ReadinessChecklist.from_mapping(document)
    except ReadinessError as error:
        failure = error
    if failure is None:
        assert isinstance(result, ReadinessChecklist)
    else:
        assert str(failure).startswith("<answers>")
        assert failure.message is not None


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


# Rendering ----------------------------------------------------------------------------------


def test_json_holds_the_answers_and_every_unmet_question_in_three_languages() -> None:
    assessment = all_yes(has_resources=False, administrators=None).assess()
    document = json.loads(assessment.to_json())
    assert document == json.loads(render.to_json(assessment))
    assert (document["unit"], document["platform"], document["ready"]) == (
        "Bassenget",
        "instagram",
        False,
    )
    assert document["answers"]["has_resources"] is False
    assert document["answers"]["administrators"] is None
    assert [(item["question"], item["kind"]) for item in document["unmet"]] == [
        ("G6.2", "no"),
        ("G6.3", "unanswered"),
    ]
    assert document["unmet"][0]["reason"] == {
        "nb": QUESTIONS[1].no_reason.nb,
        "nn": QUESTIONS[1].no_reason.nn,
        "en": QUESTIONS[1].no_reason.en,
    }
    assert json.loads(all_yes().assess().to_json(indent=None))["unmet"] == []


def test_records_are_one_row_per_question() -> None:
    assessment = all_yes(has_staffing=False).assess()
    rows = assessment.to_records("nn")
    assert rows == render.records(assessment, "nn")
    assert [row["question"] for row in rows] == [q.id for q in QUESTIONS]
    assert [row["met"] for row in rows] == [True, True, True, False, True, True, True]
    assert rows[2]["answer"] == "Kari Nordmann"
    assert rows[3]["kind"] == "no"
    assert rows[3]["reason"] == QUESTIONS[3].no_reason.nn
    assert rows[3]["topic"] == "Bemanning"
    assert rows[0]["reason"] is None


def test_html_escapes_the_unit_and_lists_what_holds_it_back() -> None:
    unit = Unit(name="<b>Lek & læring</b>", abbreviation="lek")
    assessment = all_yes(unit=unit, manager_approved=None).assess()
    html = assessment.to_html("en")
    assert html == render.html(assessment, "en")
    assert "<b>" not in html
    assert "&lt;b&gt;Lek &amp; læring&lt;/b&gt;" in html
    assert '<li class="unanswered"><strong>G6.7</strong>' in html
    assert assessment._repr_html_() == assessment.to_html()
    ready = all_yes().assess().to_html("nn")
    assert "<ol>" not in ready
    assert "Klar: det er svart ja på alle dei sju spørsmåla" in ready


def test_text_escapes_control_characters_in_the_unit_name() -> None:
    unit = Unit(name="Bassenget\x1b[31m", abbreviation="bassenget")
    text = all_yes(unit=unit, has_resources=False).assess().text("en")
    assert "\x1b" not in text
    assert "Bassenget\\x1b[31m" in text


@pytest.mark.parametrize("lang", ["de", "", None, "NB"])
def test_an_unknown_language_is_the_librarys_error(lang: object) -> None:
    assessment = all_yes(has_resources=False).assess()
    for call in (
        lambda: assessment.summary(lang),  # type: ignore[arg-type]
        lambda: assessment.to_records(lang),  # type: ignore[arg-type]
        lambda: assessment.to_html(lang),  # type: ignore[arg-type]
        lambda: assessment.unmet[0].describe(lang),  # type: ignore[arg-type]
        lambda: render.text(assessment, lang),  # type: ignore[arg-type]
    ):
        with pytest.raises(UnknownLanguageError):
            call()


@pytest.mark.parametrize(
    ("unit", "fragment"),
    [
        ({"name": 3}, "'unit.name' must be a string"),
        ({"name": "B", "own_visual_profile": "ja"}, "'unit.own_visual_profile' must be true"),
        ({"name": "B", "kind": 1}, "'unit.kind' must be a string"),
        ([], "'unit' must be a unit name or a table"),
    ],
)
def test_a_bad_unit_table_says_which_key(unit: object, fragment: str) -> None:
    with pytest.raises(ReadinessError, match=fragment) as raised:
        ReadinessChecklist.from_mapping({"unit": unit, "platform": "tiktok"})
    assert "unit" in raised.value.text("nn")


@pytest.mark.parametrize("call", [parse_answer, parse_administrators])
def test_typed_answers_must_be_text(call: Any) -> None:
    with pytest.raises(ReadinessError):
        call(None)
