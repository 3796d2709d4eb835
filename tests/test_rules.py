"""The rule catalogue."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from randaberg_some import RULES, Rule, Severity
from randaberg_some.errors import RandabergSomeError, UnknownLanguageError
from randaberg_some.messages import LANGUAGES, Message

SOURCE = re.compile(r"G(1[0-4]|[1-9])(\.[1-7])?|platform|inventory|policy")


@pytest.mark.parametrize("rule", list(RULES.values()), ids=list(RULES))
def test_rule_is_well_formed(rule: Rule) -> None:
    assert re.fullmatch(r"[A-Z]\d{3}", rule.code)
    assert RULES[rule.code] is rule
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.name)
    assert SOURCE.fullmatch(rule.source)
    assert isinstance(rule.severity, Severity)
    assert rule.citation.strip()
    for lang in LANGUAGES:
        assert rule.summary.text(lang).strip()
        assert rule.message.text(lang).strip()
    # Every language fills the same fields: a field that differs by language is a Message.
    fields = {
        lang: {name for _, name, _, _ in string.Formatter().parse(rule.message.text(lang)) if name}
        for lang in LANGUAGES
    }
    assert fields["nb"] == fields["nn"] == fields["en"]


def test_names_are_unique() -> None:
    names = [rule.name for rule in RULES.values()]
    assert len(names) == len(set(names))


def test_violation_from_rule() -> None:
    violation = RULES["H104"].violation(
        field="handle", source="tiktok", platform="TikTok", length=25, limit=24
    )
    assert violation.code == "H104"
    assert violation.severity is Severity.ERROR
    assert violation.source == "tiktok"
    assert violation.text("en") == "The handle is 25 characters long; TikTok allows at most 24."
    assert violation.text("nn") == "Brukarnamnet er 25 teikn langt; TikTok godtek høgst 24."
    warned = RULES["H104"].violation(
        field="handle", severity=Severity.WARNING, platform="X", length=1, limit=0
    )
    assert warned.severity is Severity.WARNING
    assert warned.source == "platform"


def test_violation_text_checks_the_language() -> None:
    violation = RULES["H101"].violation(field="handle")
    assert violation.text() == "Brukernavnet er tomt."
    assert violation.text("nn") == "Brukarnamnet er tomt."
    with pytest.raises(UnknownLanguageError):
        violation.text("de")  # type: ignore[arg-type]


def test_a_message_parameter_is_filled_per_language() -> None:
    where = Message(nb="rad 2", nn="rad 2", en="row 2")
    violation = RULES["X903"].violation(
        field="handle", handle="@x", platform="Instagram", where=where
    )
    assert "(rad 2)" in violation.text("nb")
    assert "(row 2)" in violation.text("en")
    assert "oversikta (rad 2)" in violation.text("nn")


@pytest.mark.parametrize("value", ["x", 5, None, "ERROR"])
def test_an_unknown_severity_is_the_library_error(value: object) -> None:
    with pytest.raises(RandabergSomeError):
        Severity(value)
    assert Severity("info") is Severity.INFO


# The guideline itself lives beside the repository (shared/source), not in it: the project
# quotes it only in short citations.
GUIDELINE = Path(__file__).resolve().parents[2] / "shared/source/retningslinjer-sosiale-medier.txt"


@pytest.mark.skipif(not GUIDELINE.exists(), reason="the guideline's text is not beside the repo")
@pytest.mark.parametrize(
    "rule", [r for r in RULES.values() if r.source.startswith("G")], ids=lambda r: r.code
)
def test_citation_quotes_the_guideline_word_for_word(rule: Rule) -> None:
    source = " ".join(GUIDELINE.read_text(encoding="utf-8").split())
    # A citation may leave out words (…) and cite a table's cells ("Hovedkonto: … | …").
    fragments = [f.strip(" .()") for f in re.split(r"…|\||: ", rule.citation)]
    quoted = [" ".join(f.split()) for f in fragments if f]
    assert quoted
    assert [fragment for fragment in quoted if fragment not in source] == []
