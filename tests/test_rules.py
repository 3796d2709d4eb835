"""The rule catalogue."""

from __future__ import annotations

import re
import string

import pytest

from randaberg_some import RULES, Rule, Severity

SOURCE = re.compile(r"G(1[0-4]|[1-9])(\.[1-7])?|platform|inventory")


@pytest.mark.parametrize("rule", list(RULES.values()), ids=list(RULES))
def test_rule_is_well_formed(rule: Rule) -> None:
    assert re.fullmatch(r"[A-Z]\d{3}", rule.code)
    assert RULES[rule.code] is rule
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.name)
    assert SOURCE.fullmatch(rule.source)
    assert isinstance(rule.severity, Severity)
    for text in (rule.citation, rule.summary, rule.summary_en, rule.message, rule.message_en):
        assert text.strip()
    fields = {name for _, name, _, _ in string.Formatter().parse(rule.message) if name}
    fields_en = {name for _, name, _, _ in string.Formatter().parse(rule.message_en) if name}
    # An English message may take its own version of a field, named with "_en".
    assert fields == {name.removesuffix("_en") for name in fields_en}


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
    assert violation.message_en == "The handle is 25 characters long; TikTok allows at most 24."
    warned = RULES["H104"].violation(
        field="handle", severity=Severity.WARNING, platform="X", length=1, limit=0
    )
    assert warned.severity is Severity.WARNING
    assert warned.source == "platform"
