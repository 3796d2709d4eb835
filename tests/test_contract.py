"""The contract: any input to a public function gives a result or the library's own error."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import randaberg_some
from randaberg_some import (
    Account,
    Platform,
    ProfilePicture,
    Purpose,
    RandabergSomeError,
    ReadinessChecklist,
    Unit,
    audit,
    is_working_day,
    load_accounts,
    next_working_day,
    parse_administrators,
    parse_answer,
    plan_handles,
    response_deadline,
    response_report,
    suggest_abbreviation,
    suggest_account_name,
    suggest_handle,
    validate_account,
    validate_handle,
)

from .strategies import any_text

# Anything a script might pass by mistake, as well as any text.
junk = st.one_of(
    any_text,
    st.none(),
    st.integers(),
    st.floats(allow_nan=True),
    st.binary(max_size=10),
    st.lists(st.text(max_size=3), max_size=3),
    st.sampled_from(list(Platform)),
    st.datetimes(),
    st.datetimes(timezones=st.timezones()),
    st.dates(),
)

CALLS: list[Callable[[object, object], object]] = [
    lambda a, b: suggest_handle(a, b),  # type: ignore[arg-type]
    lambda a, b: suggest_handle(a),  # type: ignore[arg-type]
    lambda a, b: suggest_account_name(a),  # type: ignore[arg-type]
    lambda a, b: suggest_abbreviation(a),  # type: ignore[arg-type]
    lambda a, b: validate_handle(a, b),  # type: ignore[arg-type]
    lambda a, b: plan_handles(a, [b]),  # type: ignore[arg-type, list-item]
    lambda a, b: Platform(a),
    lambda a, b: validate_account(a),  # type: ignore[arg-type]
    lambda a, b: Account(platform=a, name=b, handle=b),  # type: ignore[arg-type]
    lambda a, b: Unit(name=a, kind=b),  # type: ignore[arg-type]
    lambda a, b: ProfilePicture.from_digest(a),  # type: ignore[arg-type]
    lambda a, b: Purpose(a),
    lambda a, b: is_working_day(a),  # type: ignore[arg-type]
    lambda a, b: next_working_day(a),  # type: ignore[arg-type]
    lambda a, b: response_deadline(a),  # type: ignore[arg-type]
    lambda a, b: response_report([(a, b)], at=a),  # type: ignore[arg-type, list-item]
    lambda a, b: ReadinessChecklist(unit=a, platform=b).assess(),  # type: ignore[arg-type]
    lambda a, b: parse_answer(a),  # type: ignore[arg-type]
    lambda a, b: parse_administrators(a),  # type: ignore[arg-type]
    lambda a, b: load_accounts(a),  # type: ignore[arg-type]
    lambda a, b: audit(a),  # type: ignore[arg-type]
    lambda a, b: audit([a, b]),  # type: ignore[list-item]
]


@pytest.mark.parametrize("call", CALLS)
@given(first=junk, second=junk)
def test_result_or_the_library_error(
    call: Callable[[object, object], object], first: object, second: object
) -> None:
    with contextlib.suppress(RandabergSomeError):
        call(first, second)


def test_all_is_sorted_and_importable() -> None:
    names = randaberg_some.__all__
    # Constants, then classes, then functions, each group in alphabetical order.
    assert names == sorted(names, key=lambda n: (not n.isupper(), not n[:1].isupper(), n))
    for name in names:
        assert hasattr(randaberg_some, name), name


def test_import_does_not_load_heavy_dependencies() -> None:
    code = (
        "import sys, randaberg_some\n"
        "heavy = {'regex', 'anyascii', 'holidays', 'cattrs', 'json', 'csv', 'email', "
        "'tomllib', 'argparse'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
        "randaberg_some.suggest_handle('Grødem skole')\n"
        "print(sorted({'regex', 'anyascii'} & set(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["[]", "[]"]
