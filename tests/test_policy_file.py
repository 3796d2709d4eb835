"""Policy files: the example equals the built-in default, every schema problem has its line."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from randaberg_some.errors import InvalidFileError, PolicyFileError
from randaberg_some.files.policy import load_policy
from randaberg_some.messages import LANGUAGES
from randaberg_some.policy import RANDABERG_POLICY, Policy

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "randaberg.toml"

HEAD = (
    'schema = 1\n[[version]]\n[version.organisation]\nname = "Hå kommune"\n'
    'domain = "ha.kommune.no"\n'
)


def load_text(text: str) -> Policy:
    return load_policy(io.BytesIO(text.encode("utf-8")))


def problems_of(text: str) -> list[tuple[int | None, str]]:
    with pytest.raises(PolicyFileError) as caught:
        load_text(text)
    return [(problem.line, problem.key) for problem in caught.value.problems]


def test_the_example_is_the_built_in_default() -> None:
    assert load_policy(EXAMPLE) == RANDABERG_POLICY
    assert load_policy(str(EXAMPLE)) == RANDABERG_POLICY


def test_a_minimal_file_takes_the_defaults() -> None:
    policy = load_text(HEAD)
    version = policy.latest
    assert version.effective is None
    assert version.organisation.presence == ()
    assert version.organisation.channels.configured is False
    assert version.review_interval == 365
    assert version.dormant_after == 180
    assert version.naming.separator == "_"


def test_a_missing_file_is_an_invalid_file_in_three_languages(tmp_path: Path) -> None:
    with pytest.raises(InvalidFileError) as caught:
        load_policy(tmp_path / "nowhere.toml")
    assert not isinstance(caught.value, PolicyFileError)
    message = caught.value.message
    assert message is not None
    assert {message.nb, message.nn, message.en} == {message.text(lang) for lang in LANGUAGES}
    assert "finnes ikke" in message.nb
    assert "finst ikkje" in message.nn


def test_versions_resolve_on_their_boundary_dates() -> None:
    policy = load_text(
        HEAD + '[version.rules]\nN206 = "off"\n'
        "[[version]]\neffective = 2025-01-01\n[version.lifecycle]\nreview_interval_days = 90\n"
    )
    old, new = policy.versions
    assert policy.at(date(2024, 12, 31)) is old
    assert policy.at(date(2025, 1, 1)) is new
    assert new.severity_of("N206") is None  # rules inherited whole
    assert new.review_interval == 90
    assert old.review_interval == 365
