"""The documentation agrees with the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import randaberg_some

from .docgen import (
    CARRIED_BY,
    DOCS,
    EXAMPLES,
    GENERATORS,
    STATEMENTS,
    guideline_tests,
    pages,
    render,
)


@pytest.mark.parametrize("page", pages(), ids=lambda page: page.name)
def test_generated_blocks_are_up_to_date(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    assert render(text) == text, f"run 'python -m tests.docgen' to update {page.name}"


def test_every_generator_has_its_block() -> None:
    for name, (page, _) in GENERATORS.items():
        assert f"<!-- generated: {name} -->" in (DOCS / page).read_text(encoding="utf-8")


def test_every_public_name_is_documented_with_an_example() -> None:
    text = "\n".join(path.read_text(encoding="utf-8") for path in DOCS.glob("*.md"))
    api = (DOCS / "api.md").read_text(encoding="utf-8")
    # The reference has a section for every module that defines a public name.
    for module in set(randaberg_some._HOME.values()):
        assert f"::: randaberg_some.{module}\n" in api or not module, module
    missing = [
        name
        for name in randaberg_some.__all__
        if name != "__version__" and not re.search(rf"\b{re.escape(name)}\b", text)
    ]
    assert missing == []


@pytest.mark.parametrize("code", list(randaberg_some.RULES))
def test_every_rule_has_an_example_that_breaks_it(code: str) -> None:
    example = EXAMPLES[code]
    assert code in [violation.code for violation in example.violations()]


def test_every_statement_is_traced_to_code_and_tests() -> None:
    codes_by_source = {rule.source for rule in randaberg_some.RULES.values()}
    tests = guideline_tests()
    for statement in STATEMENTS:
        assert statement in codes_by_source or statement in CARRIED_BY, statement
        assert tests.get(statement), f"no test is marked guideline({statement!r})"
    assert set(tests) <= set(STATEMENTS)
