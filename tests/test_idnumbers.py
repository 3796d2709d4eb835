"""Fødselsnummer and D-nummer: both K1 rules, the kinds, and python-stdnum as the oracle."""

from __future__ import annotations

import random
from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from stdnum.no import fodselsnummer

from randaberg_some.errors import RandabergSomeError
from randaberg_some.idnumbers import ControlRule, is_national_id, national_id_kind

K1_WEIGHTS = (3, 7, 6, 1, 8, 9, 4, 5, 2)
K2_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def complete(nine: str, remainder: int = 0) -> str | None:
    """The number with K1 giving ``remainder`` (0 before 2032; 0-3 from 2032) and its K2."""
    digits = [int(char) for char in nine]
    k1 = (remainder - sum(w * d for w, d in zip(K1_WEIGHTS, digits, strict=True))) % 11
    if k1 == 10:
        return None
    digits.append(k1)
    k2 = -sum(w * d for w, d in zip(K2_WEIGHTS, digits, strict=True)) % 11
    return None if k2 == 10 else nine + str(k1) + str(k2)


# --- Skatteetaten's worked examples ("Nytt fødselsnummer fra 2032") --------------------------


@pytest.mark.parametrize(
    ("number", "new_rule", "old_rule"),
    [
        ("02013299997", True, True),  # born 02.01.2032, individnummer 999, remainder 0
        ("30108299920", True, True),  # 1982, individnummer 999, remainder 0
        ("30108299939", True, False),  # the same nine digits, remainder 1
    ],
)
def test_skatteetatens_examples(number: str, new_rule: bool, old_rule: bool) -> None:
    assert is_national_id(number) is new_rule
    assert is_national_id(number, rule="before_2032") is old_rule
    assert national_id_kind(number) == "national_id"


def test_skatteetatens_new_numbers_fail_in_stdnum() -> None:
    # Why the check is written here: stdnum 2.2 knows only the rule before 2032.
    assert not fodselsnummer.is_valid("30108299939")
    assert is_national_id("30108299939")


@pytest.mark.parametrize("remainder", [1, 2, 3])
def test_k1_remainders_one_to_three_only_from_2032(remainder: int) -> None:
    for nine in ["010185123", "150378456", "300182999", "290200500"]:
        number = complete(nine, remainder)
        if number is None:
            continue
        assert is_national_id(number)
        assert not is_national_id(number, rule="before_2032")


def test_k1_remainder_four_is_never_valid() -> None:
    number = complete("150378456", 4)
    assert number is not None
    assert national_id_kind(number) is None


def test_k2_is_unchanged_from_2032() -> None:
    number = "30108299939"
    wrong = number[:10] + str((int(number[10]) + 1) % 10)
    assert not is_national_id(wrong)


# --- kinds ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        ("01018512366", "national_id"),
        ("41018512430", "d_number"),  # first digit + 4
        ("01418512349", "help_number"),  # month + 40: H-nummer (or NAV Dolly)
        ("01818512321", "synthetic"),  # month + 80: Skatteetaten's Tenor
        ("90000000220", "help_number"),  # first digit 8 or 9: FH-nummer, no date
        ("01018512367", None),  # K2 wrong
        ("00018512300", None),
        ("12345678901", None),
    ],
)
def test_kinds(number: str, kind: str | None) -> None:
    assert national_id_kind(number) == kind
    assert is_national_id(number) is (kind in ("national_id", "d_number"))


def test_fh_numbers_use_the_rule_before_2032() -> None:
    later = complete("900000002", 1)
    assert later is not None
    assert national_id_kind(later) is None


@pytest.mark.parametrize(
    ("nine", "valid"),
    [
        ("290200123", True),  # yy % 4 == 0: leap day, as Skatteetaten's validator
        ("290296123", True),
        ("290201123", False),
        ("300200123", False),
        ("310400123", False),
        ("311200123", True),
        ("001200123", False),
        ("011300123", False),
        ("690200123", True),  # D-nummer, 29.02
        ("710185123", True),  # D-nummer, day 31
        ("720185123", False),
        ("400185123", False),  # D offset on day 0
    ],
)
def test_real_dates(nine: str, valid: bool) -> None:
    numbers = [n for r in range(4) if (n := complete(nine, r)) is not None]
    assert numbers
    for number in numbers:
        assert is_national_id(number) is valid


def test_no_century_and_no_future_rule() -> None:
    # Born 1935 and given 999 in 2032: stdnum reads 2035 and says "not born yet".
    number = complete("010135999", 0)
    assert number is not None
    assert is_national_id(number)
    assert not fodselsnummer.is_valid(number)


# --- how a person writes it ----------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "01018512366",
        "010185 12366",
        "010185-12366",
        "01.01.85 123 66",
        "01 01 85 12366",
        "010185\u00a012366",  # no-break space
        "010185\u200912366",  # thin space
        " 010185 12366 ",
        "٠١٠١٨٥١٢٣٦٦",  # Arabic-Indic digits
        "０１０１８５１２３６６",  # full-width digits
    ],
)
def test_separators_and_digits_of_any_script(written: str) -> None:
    assert is_national_id(written)
    assert national_id_kind(written) == "national_id"


@pytest.mark.parametrize(
    "junk",
    ["", "0101851236", "010185123660", "01018512366x", "0101851236a", "¹01018512366", "0" * 500],
)
def test_junk_text_is_no_number(junk: str) -> None:
    assert not is_national_id(junk)
    assert national_id_kind(junk) is None


@pytest.mark.parametrize("junk", [None, 1018512366, 1.5, b"01018512366", ["01018512366"]])
def test_not_text(junk: object) -> None:
    assert is_national_id(junk) is False  # type: ignore[arg-type]
    with pytest.raises(RandabergSomeError) as raised:
        national_id_kind(junk)  # type: ignore[arg-type]
    assert raised.value.message is not None
    assert {raised.value.text(lang) for lang in ("nb", "nn", "en")} == {
        "et identitetsnummer må gis som tekst",
        "eit identitetsnummer må givast som tekst",
        "an identity number must be given as text",
    }
    assert "1018512366" not in str(raised.value)


@pytest.mark.parametrize("rule", ["2031", None, ["2032"]])
def test_unknown_rule(rule: object) -> None:
    assert is_national_id("01018512366", rule=rule) is False  # type: ignore[arg-type]
    with pytest.raises(RandabergSomeError) as raised:
        national_id_kind("01018512366", rule=rule)  # type: ignore[arg-type]
    assert raised.value.message is not None


# --- python-stdnum as the oracle for the rule before 2032 ----------------------------------

TODAY = date.today()


def stdnum_decides_alike(number: str) -> bool:
    """Whether stdnum's rules beyond ours (FH, +80, century, future dates) leave it alone."""
    day, month, yy, individ = int(number[:2]), int(number[2:4]), int(number[4:6]), int(number[6:9])
    if day >= 80 or month > 80:
        return False
    if individ < 500:
        year = 1900 + yy
    elif individ < 750 and yy >= 54:
        year = 1800 + yy
    elif yy < 40:
        year = 2000 + yy
    elif individ >= 900:
        year = 1900 + yy
    else:
        return False  # stdnum: "century cannot be determined"
    if year >= TODAY.year:
        return False  # stdnum: "not born yet", depending on the day the tests run
    real_day, real_month = day - 40 if day > 40 else day, month - 40 if month > 40 else month
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    # Ours, as Skatteetaten's: 29.02 when yy % 4 == 0, whatever the century.
    return not (real_day == 29 and real_month == 2 and yy % 4 == 0 and not leap)


def agrees_with_stdnum(number: str) -> None:
    ours = national_id_kind(number, rule="before_2032") in (
        "national_id",
        "d_number",
        "help_number",
    )
    if stdnum_decides_alike(number):
        assert ours is fodselsnummer.is_valid(number), number
    elif fodselsnummer.is_valid(number):
        assert ours, number  # stdnum never accepts what we reject


def sample(count: int) -> list[str]:
    """Numbers with valid control digits (of plausible dates and not), and near misses."""
    chance = random.Random(2032)
    found: list[str] = []
    while len(found) < count:
        day = chance.choice([chance.randint(1, 31), chance.randint(41, 71), chance.randint(0, 99)])
        month = chance.choice(
            [chance.randint(1, 12), chance.randint(41, 52), chance.randint(0, 99)]
        )
        nine = f"{day:02}{month:02}{chance.randint(0, 99):02}{chance.randint(0, 999):03}"
        number = complete(nine)
        if number is None:
            continue
        found += [
            number,
            number[:10] + str(chance.randint(0, 9)),
            nine + f"{chance.randint(0, 99):02}",
        ]
    return found


def test_agrees_with_stdnum_on_a_large_sample() -> None:
    numbers = sample(100_000)
    compared = [number for number in numbers if stdnum_decides_alike(number)]
    assert len(compared) > 65_000
    assert sum(fodselsnummer.is_valid(number) for number in compared) > 18_000
    for number in numbers:
        agrees_with_stdnum(number)


def test_agrees_with_stdnum_on_every_day_of_two_years() -> None:
    for year in (1984, 2000):
        for ordinal in range(date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal() + 1):
            day = date.fromordinal(ordinal)
            for offset in (0, 40):
                nine = f"{day.day + offset:02}{day.month:02}{year % 100:02}" + (
                    "123" if year < 2000 else "555"
                )
                number = complete(nine)
                if number is not None:
                    agrees_with_stdnum(number)
                    assert is_national_id(number)


@given(st.text("0123456789", min_size=11, max_size=11))
@example("29020012345")
@example("01018512366")
def test_agrees_with_stdnum_on_any_eleven_digits(number: str) -> None:
    agrees_with_stdnum(number)


@given(st.text("0123456789", min_size=9, max_size=9), st.integers(0, 3))
def test_agrees_with_stdnum_on_completed_numbers(nine: str, remainder: int) -> None:
    number = complete(nine, remainder)
    if number is not None:
        agrees_with_stdnum(number)
        if remainder == 0:
            assert national_id_kind(number) == national_id_kind(number, rule="before_2032")
        else:
            assert not fodselsnummer.is_valid(number)


@given(st.text(max_size=30))
def test_any_text_is_true_or_false(text: str) -> None:
    assert is_national_id(text) in (True, False)
    assert national_id_kind(text) in (None, "national_id", "d_number", "help_number", "synthetic")


@given(st.text("0123456789", min_size=11, max_size=11), st.sampled_from([" ", "-", ".", "\u00a0"]))
def test_separators_change_nothing(number: str, separator: str) -> None:
    written = f"{number[:6]}{separator}{number[6:]}"
    assert national_id_kind(written) == national_id_kind(number)
    assert is_national_id(written) is is_national_id(number)


@given(
    st.text(alphabet="0123456789", min_size=11, max_size=11),
    st.sampled_from(["2032", "before_2032"]),
)
@example("01018512366", "2032")
@example("30108299939", "2032")
@example("30108299939", "before_2032")
def test_plain_digits_and_written_groups_read_alike(number: str, rule: ControlRule) -> None:
    # Eleven plain ASCII digits take a fast path; the same digits with separators or in
    # another script take the general one: both must give the same answer.
    spaced = f"{number[:6]} {number[6:]}"
    arabic = "".join(chr(0x0660 + int(char)) for char in number)
    kind = national_id_kind(number, rule=rule)
    assert national_id_kind(spaced, rule=rule) == kind
    assert national_id_kind(arabic, rule=rule) == kind
