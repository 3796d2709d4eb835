"""A :class:`~randaberg_some.readiness.ReadinessAssessment` as text, JSON, records or HTML.

Examples:
    >>> from randaberg_some.readiness import ReadinessChecklist
    >>> assessment = ReadinessChecklist(unit="Bassenget", platform="tiktok").assess()
    >>> print(text(assessment, "nn").splitlines()[0])
    Ikkje klar: 7 av 7 spørsmål held Bassenget tilbake frå ein konto på TikTok.
"""

from __future__ import annotations

import html as _html
from typing import TYPE_CHECKING, Final

from ..messages import LANGUAGES, Lang, Message, check_lang
from ..questions import QUESTIONS, AnswerKind
from ..readiness import UnmetKind
from ._common import json_text, safe

if TYPE_CHECKING:
    import pandas

    from ..readiness import ReadinessAssessment, UnmetItem

__all__ = ["dataframe", "describe", "html", "records", "short", "text", "to_json"]

_KIND_WORDS: Final = {
    (UnmetKind.UNANSWERED, AnswerKind.YES_NO): Message(
        nb="ikke besvart", nn="ikkje svart på", en="not answered"
    ),
    (UnmetKind.UNANSWERED, AnswerKind.NAMES): Message(
        nb="ikke besvart", nn="ikkje svart på", en="not answered"
    ),
    (UnmetKind.NO, AnswerKind.YES_NO): Message(nb="nei", nn="nei", en="no"),
    (UnmetKind.NO, AnswerKind.NAMES): Message(
        nb="ingen navngitt", nn="ingen nemnd med namn", en="nobody named"
    ),
}
_DESCRIBE: Final = Message(
    nb="{id} {question}\n  Svar: {word}. {reason}\n  Neste steg: {advice}",
    nn="{id} {question}\n  Svar: {word}. {reason}\n  Neste steg: {advice}",
    en="{id} {question}\n  Answer: {word}. {reason}\n  Next step: {advice}",
)
_READY: Final = Message(
    nb="Klar: alle sju spørsmålene er besvart med ja for {unit} på {platform}.\n"
    "Neste steg: orienter Kommunikasjonsavdelingen skriftlig via e-post (G7).",
    nn="Klar: det er svart ja på alle dei sju spørsmåla for {unit} på {platform}.\n"
    "Neste steg: orienter kommunikasjonsavdelinga skriftleg på e-post (G7).",
    en="Ready: all seven questions are answered yes for {unit} on {platform}.\n"
    "Next step: inform Kommunikasjonsavdelingen in writing by e-mail (G7).",
)
_NOT_READY: Final = Message(
    nb="Ikke klar: {count} av 7 spørsmål holder {unit} tilbake fra en konto på {platform}.",
    nn="Ikkje klar: {count} av 7 spørsmål held {unit} tilbake frå ein konto på {platform}.",
    en="Not ready: {count} of 7 questions hold {unit} back from an account on {platform}.",
)


def _unit(assessment: ReadinessAssessment) -> str:
    return safe(" ".join(assessment.checklist.unit.name.split()))


def describe(item: UnmetItem, lang: Lang = "nb") -> str:
    """Return ``item`` as a few lines of text: question, answer, reason, advice.

    Raises:
        UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.
    """
    lang = check_lang(lang)
    return _DESCRIBE.format(
        id=item.question.id,
        question=item.question.text,
        word=_KIND_WORDS[item.kind, item.question.kind],
        reason=item.reason,
        advice=item.advice,
    ).text(lang)


def text(assessment: ReadinessAssessment, lang: Lang = "nb") -> str:
    """Return the assessment as text for a person: ready or not, and every unmet question.

    Raises:
        UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.
    """
    lang = check_lang(lang)
    unit, platform = _unit(assessment), assessment.checklist.platform.label
    if assessment.ready:
        return _READY.format(unit=unit, platform=platform).text(lang)
    head = _NOT_READY.format(count=len(assessment.unmet), unit=unit, platform=platform)
    return "\n\n".join([head.text(lang), *(describe(item, lang) for item in assessment.unmet)])


def _message(message: Message) -> dict[str, str]:
    return {lang: message.text(lang) for lang in LANGUAGES}


def to_json(assessment: ReadinessAssessment, *, indent: int | None = 2) -> str:
    """Return the assessment as a JSON document: the answers, readiness and unmet questions.

    Messages are given in all three languages (``{"nb": ..., "nn": ..., "en": ...}``).
    """
    checklist = assessment.checklist
    document: dict[str, object] = {
        "unit": checklist.unit.name,
        "platform": checklist.platform.value,
        "ready": assessment.ready,
        "answers": {question.field: checklist.answer(question) for question in QUESTIONS},
        "unmet": [
            {
                "question": item.question_id,
                "field": item.question.field,
                "kind": item.kind.value,
                "text": _message(item.question.text),
                "reason": _message(item.reason),
                "advice": _message(item.advice),
            }
            for item in assessment.unmet
        ],
    }
    if assessment.ready:
        # What G7's notice would say: the suggested name and handle, and where it goes.
        notice = assessment.notification()
        document |= {"account_name": notice.account_name, "handle": notice.handle, "to": notice.to}
    return json_text(document, indent)


def records(assessment: ReadinessAssessment, lang: Lang = "nb") -> list[dict[str, object]]:
    """Return one flat dict per question of G6, for pandas.

    Keys: ``question``, ``topic``, ``text``, ``answer``, ``met``, ``kind`` (``None``,
    ``"unanswered"`` or ``"no"``), ``reason`` and ``advice`` (``None`` when met).

    Raises:
        UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.
    """
    lang = check_lang(lang)
    unmet = {item.question_id: item for item in assessment.unmet}
    result: list[dict[str, object]] = []
    for question in QUESTIONS:
        item = unmet.get(question.id)
        answer = assessment.checklist.answer(question)
        result.append(
            {
                "question": question.id,
                "topic": question.topic.text(lang),
                "text": question.text.text(lang),
                "answer": ", ".join(answer) if isinstance(answer, tuple) else answer,
                "met": item is None,
                "kind": None if item is None else item.kind.value,
                "reason": None if item is None else item.reason.text(lang),
                "advice": None if item is None else item.advice.text(lang),
            }
        )
    return result


def html(assessment: ReadinessAssessment, lang: Lang = "nb") -> str:
    """Return the assessment as an HTML fragment in ``lang``, everything escaped.

    Raises:
        UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.
    """
    lang = check_lang(lang)
    esc = _html.escape
    unit = " ".join(assessment.checklist.unit.name.split())
    platform = assessment.checklist.platform.label
    head = (_READY if assessment.ready else _NOT_READY).format(
        count=len(assessment.unmet), unit=unit, platform=platform
    )
    parts = [f"<p>{esc(line)}</p>" for line in head.text(lang).splitlines()]
    if assessment.unmet:
        items = "".join(
            f'<li class="{item.kind.value}"><strong>{esc(item.question_id)}</strong> '
            f"{esc(item.question.text.text(lang))}<br>{esc(item.reason.text(lang))}<br>"
            f"{esc(item.advice.text(lang))}</li>"
            for item in assessment.unmet
        )
        parts.append(f"<ol>{items}</ol>")
    return '<div class="randaberg-some readiness">' + "".join(parts) + "</div>"


def short(assessment: ReadinessAssessment) -> str:
    """A one-line repr: ready or not, and how many questions hold it back."""
    if assessment.ready:
        return "<ReadinessAssessment: ready>"
    return (
        f"<ReadinessAssessment: not ready, {len(assessment.unanswered)} unanswered, "
        f"{len(assessment.answered_no)} answered no>"
    )


def dataframe(assessment: ReadinessAssessment, lang: Lang = "nb") -> pandas.DataFrame:
    """The records as a DataFrame: ``kind`` categorical, ``met`` boolean."""
    from ._frames import frame

    columns = ("question", "topic", "text", "answer", "met", "kind", "reason", "advice")
    return frame(records(assessment, lang), columns, categories={"kind": ("unanswered", "no")})
