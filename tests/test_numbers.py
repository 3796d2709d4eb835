"""Personal numbers, phone numbers and e-mail addresses in comments: what is found, how sure."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from randaberg_some._hits import Hit
from randaberg_some._numbers import scan_numbers
from randaberg_some.messages import LANGUAGES

from .strategies import any_text
from .test_idnumbers import complete

FNR = "01018512366"  # control digits hold under the rule before 2032
FNR_2032 = "30108299939"  # Skatteetaten's example, valid only from 2032
D_NUMBER = "41018512430"
H_NUMBER = "01418512349"
FH_NUMBER = "90000000220"
SYNTHETIC = "01818512321"
ACCOUNT = "15037845695"  # also a valid fødselsnummer: 15.03.78
ACCOUNT_ONLY = "12345678903"  # a kontonummer whose first digits are no date
ORGNR = "974760673"


def found(text: str) -> list[tuple[str, str, bool]]:
    """(kind, covered text, certain) for every hit."""
    return [(hit.kind, text[hit.start : hit.end], hit.certain) for hit in scan_numbers(text)]


# --- comments with personal numbers, in bokmål and nynorsk ---------------------------------

CERTAIN_IDENTITY = [
    (f"Hei! Fødselsnummeret mitt er {FNR}, kan dere sjekke saka?", FNR),
    ("Mitt fnr er 010185 12366. Hvorfor har jeg ikke fått svar?", "010185 12366"),
    ("Personnummer: 010185-12366", "010185-12366"),
    ("Fødselsdato og personnr. 010185 123 66", "010185 123 66"),
    ("Eg er fødd 01.01.85 123 66 og vil vite kva som skjer", "01.01.85 123 66"),
    ("fnr 01 01 85 12366 takk", "01 01 85 12366"),
    ("Fødselsnummer 010185\u00a012366 (med hardt mellomrom)", "010185\u00a012366"),
    ("Fødselsnummer 010185\u202f12366", "010185\u202f12366"),
    ("fnr: ０１０１８５１２３６６", "０１０１８５１２３６６"),
    ("fnr: ٠١٠١٨٥١٢٣٦٦", "٠١٠١٨٥١٢٣٦٦"),
    (f"Eg har fått nytt nummer: {FNR_2032}", FNR_2032),
    (f"{FNR}", FNR),  # no context at all: missing one costs more than a false alarm
]


@pytest.mark.parametrize(("text", "covered"), CERTAIN_IDENTITY)
def test_identity_numbers_are_certain(text: str, covered: str) -> None:
    assert found(text) == [("national_id", covered, True)]


def test_d_number() -> None:
    assert found(f"D-nummeret mitt er {D_NUMBER}") == [("d_number", D_NUMBER, True)]
    assert found(f"Her er nummeret {D_NUMBER}") == [("d_number", D_NUMBER, True)]


@pytest.mark.parametrize(
    ("number", "certain"), [(H_NUMBER, True), (FH_NUMBER, True), (SYNTHETIC, False)]
)
def test_help_and_test_numbers_only_beside_identity_words(number: str, certain: bool) -> None:
    assert found(f"Hjelpenummeret er {number}") == [("help_number", number, certain)]
    assert found(f"Fødselsnummer {number}") == [("help_number", number, certain)]
    assert found(f"Ordrenummer {number}") == []
    assert found(f"{number}") == []


def test_the_2032_rule_is_named_in_the_reason() -> None:
    (hit,) = scan_numbers(f"fnr {FNR_2032}")
    assert "2032" in hit.reason.en
    assert "Skatteetaten" in hit.reason.nb
    (old,) = scan_numbers(f"fnr {FNR}")
    assert "2032" not in old.reason.en
    assert "«fnr»" in old.reason.en


# --- numbers that look alike ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("Betal til kontonummer 1503.78.45695 innen fredag", "1503.78.45695"),
        ("Kontonr 1503 78 45695", "1503 78 45695"),
        (f"Innbetaling til konto {ACCOUNT}", ACCOUNT),
        ("Kto. 1503.78.45695", "1503.78.45695"),
        ("Gåva kan betalast til 1503.78.45695", "1503.78.45695"),  # the layout alone
    ],
)
def test_an_account_number_that_is_also_a_valid_fodselsnummer(text: str, covered: str) -> None:
    # The account reading first, certain; the identity reading kept as possible.
    assert found(text) == [("account_number", covered, True), ("national_id", covered, False)]


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("Kontonummeret til innsamlinga er 1234.56.78903", "1234.56.78903"),
        (f"Kontonummer {ACCOUNT_ONLY}", ACCOUNT_ONLY),
        ("Gi gjerne til NO93 8601 1117 947!", "NO93 8601 1117 947"),
    ],
)
def test_account_numbers(text: str, covered: str) -> None:
    assert found(text) == [("account_number", covered, True)]


@pytest.mark.parametrize(
    "text",
    [
        f"Ordrenummeret er {ACCOUNT_ONLY}",  # passes the account check, but nothing says so
        "Kontonummer 1234.56.78901",  # control digit wrong
        "Bestillingsnummer 12345678901",
    ],
)
def test_eleven_digits_that_are_nothing(text: str) -> None:
    assert found(text) == []


def test_kid_lowers_an_identity_number_to_possible() -> None:
    assert found(f"KID-nummer {FNR} på fakturaen") == [("national_id", FNR, False)]
    assert found(f"Fakturaen har KID {ACCOUNT_ONLY}") == []


@pytest.mark.parametrize(
    ("text", "covered", "certain"),
    [
        ("Org.nr. 974 760 673", "974 760 673", True),
        (f"organisasjonsnummer {ORGNR}", ORGNR, True),
        ("Randaberg kommune, NO 974 760 673 MVA", "NO 974 760 673 MVA", True),
        ("Sjå 974 760 673", "974 760 673", False),
    ],
)
def test_organisation_numbers(text: str, covered: str, certain: bool) -> None:
    assert found(text) == [("organisation_number", covered, certain)]


@pytest.mark.parametrize("text", [f"Vi har {ORGNR} kroner", "Org.nr. 974 760 674"])
def test_nine_digits_that_are_no_organisation_number(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "covered", "certain"),
    [
        ("Ring meg på 987 65 432", "987 65 432", True),
        ("Ring meg på 98765432", "98765432", True),
        ("Tlf: 51 41 42 00", "51 41 42 00", True),
        ("Send sms til +47 987 65 432", "+47 987 65 432", True),
        ("Nummeret mitt er +4798765432", "+4798765432", True),
        ("mobil 0047 98765432", "0047 98765432", True),
        ("Kontakt meg: 98 76 54 32", "98 76 54 32", True),
        ("Eg er på 98765432 heile dagen", "98765432", False),  # a bare mobile number
        ("Ring +46 70 123 45 67", "+46 70 123 45 67", True),
        ("Ring kontoret på 51 41 42 00", "51 41 42 00", True),  # kontor is no account
    ],
)
def test_phone_numbers(text: str, covered: str, certain: bool) -> None:
    assert found(text) == [("phone", covered, certain)]


@pytest.mark.parametrize(
    "text",
    [
        "Møtet er 17.05.2024 kl. 10.30",
        "Det kostar 12 500 kroner",
        "Saksnummer 2023/587",
        "Vi var 12345678 til saman",  # eight digits, no mobile and no word
        "Kontonummer 98765432",  # eight digits beside an account word
        "Tallet pi er 3,14159265358979",
        "Ring 11223344",  # not a Norwegian number
        "Gnr. 74, bnr. 64",
    ],
)
def test_numbers_that_are_not_personal(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("Send det til ola.nordmann@example.no", "ola.nordmann@example.no"),
        ("E-post: kari+kommune@døme.no.", "kari+kommune@døme.no"),
        ("<per_1985@firma-navn.com>", "per_1985@firma-navn.com"),
    ],
)
def test_email_addresses(text: str, covered: str) -> None:
    assert found(text) == [("email", covered, True)]


@pytest.mark.parametrize("text", ["@randabergkommune", "Hei @Kari!", "a@b", "x@y.z", "@@"])
def test_no_email_address(text: str) -> None:
    assert found(text) == []


def test_digits_touching_letters_are_no_candidate() -> None:
    assert found(f"id{FNR}") == []
    assert found(f"{FNR}abc") == []
    assert found(f"1{FNR}") == []


def test_several_findings_in_order() -> None:
    text = (
        f"Hei, fnr {FNR}, kontonummer 1234.56.78903, ring 987 65 432 eller skriv til "
        "kari@example.no"
    )
    assert [kind for kind, _, _ in found(text)] == [
        "national_id",
        "account_number",
        "phone",
        "email",
    ]


def test_the_nearest_context_word_decides() -> None:
    text = f"Kontonummer 1234.56.78903 og fnr {FNR}"
    assert found(text) == [
        ("account_number", "1234.56.78903", True),
        ("national_id", FNR, True),
    ]


def test_nothing_without_digits_or_at() -> None:
    assert scan_numbers("Når opnar symjehallen igjen etter ferien?") == []
    assert scan_numbers("") == []
    assert scan_numbers("🎉 Gratulerer med dagen, Randaberg! 🎉") == []


# --- what is never echoed ------------------------------------------------------------------

LAYOUTS = [
    lambda n: n,
    lambda n: f"{n[:6]} {n[6:]}",
    lambda n: f"{n[:2]}.{n[2:4]}.{n[4:6]} {n[6:]}",
    lambda n: f"{n[:4]}.{n[4:6]}.{n[6:]}",
    lambda n: f"{n[:6]}\u00a0{n[6:]}",
]
WORDS = ["fnr", "fødselsnummer", "konto", "KID", "tlf", "org.nr", "ring", "hei", "eg er fødd"]


def digit_runs(text: str) -> list[str]:
    normal = "".join(str(int(c)) if c.isdecimal() else c for c in text)
    return re.findall(r"[0-9]+", normal)


def assert_no_echo(text: str, hits: list[Hit]) -> None:
    for hit in hits:
        assert 0 <= hit.start < hit.end <= len(text)
        for lang in LANGUAGES:
            reason = hit.reason.text(lang)
            for run in digit_runs(text[hit.start : hit.end]):
                assert run not in reason, (run, reason)
        assert text[hit.start : hit.end] not in repr(hit)


@settings(max_examples=300, deadline=None)
@given(
    nine=st.text("0123456789", min_size=9, max_size=9),
    layout=st.sampled_from(LAYOUTS),
    word=st.sampled_from(WORDS),
    before=any_text,
    after=any_text,
)
@example(nine="010185123", layout=LAYOUTS[0], word="fnr", before="", after="")
def test_no_reason_holds_a_flagged_digit_run(
    nine: str, layout: object, word: str, before: str, after: str
) -> None:
    number = complete(nine) or nine + "00"
    written = layout(number)  # type: ignore[operator]
    text = f"{before} {word} {written} {after}"
    assert_no_echo(text, scan_numbers(text))


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(exclude_categories=["Cs"]), max_size=200))
@example("+47 +47 +47 0047 (+47) NO NO93 MVA @@ a@b.cd 1.2.3.4.5.6.7.8.9.0")
@example("\u00a0" * 5 + "١٢٣٤٥٦٧٨٩٠١" + "@" * 3)
def test_any_text_gives_hits_within_bounds(text: str) -> None:
    hits = scan_numbers(text)
    assert_no_echo(text, hits)
    assert [hit.start for hit in hits] == sorted(hit.start for hit in hits)


@settings(max_examples=200, deadline=None)
@given(st.text("0123456789 .-+@NOMVAkontfr\u00a0", max_size=80))
def test_digit_heavy_text_gives_hits_within_bounds(text: str) -> None:
    assert_no_echo(text, scan_numbers(text))


def test_spans_map_back_to_the_original_text() -> None:
    text = "fnr ٠١٠١٨٥\u2009١٢٣٦٦ og tlf ９８７ ６５ ４３２"
    assert found(text) == [
        ("national_id", "٠١٠١٨٥\u2009١٢٣٦٦", True),
        ("phone", "９８７ ６５ ４３２", True),
    ]


# --- cheap when there is nothing to find --------------------------------------------------


def test_stdnum_and_phonenumbers_load_only_for_a_candidate_that_needs_them() -> None:
    code = (
        "import sys\n"
        "from randaberg_some._numbers import scan_numbers\n"
        "heavy = {'stdnum', 'phonenumbers'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
        "scan_numbers('Når opnar biblioteket? Send til kari@example.no')\n"
        "print(sorted(heavy & set(sys.modules)))\n"
        "scan_numbers('fnr 01018512366, tlf 98765432')\n"
        "print(sorted(heavy & set(sys.modules)))\n"
        "scan_numbers('IBAN NO93 8601 1117 947')\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # An identity number is checked without stdnum; an IBAN (or organisation number) needs it.
    assert done.stdout.splitlines() == [
        "[]",
        "[]",
        "['phonenumbers']",
        "['phonenumbers', 'stdnum']",
    ]


@settings(max_examples=300)
@given(st.text(alphabet="0123456789", min_size=10, max_size=10))
@example("0000123456")
@example("0000000000")
@example("1234567890")
def test_the_inline_account_check_agrees_with_stdnum(first: str) -> None:
    from stdnum.no import kontonr

    from randaberg_some._numbers import _account_valid

    for last in "0123456789":
        assert _account_valid(first + last) is kontonr.is_valid(first + last)


@settings(max_examples=300)
@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_the_inline_old_k1_rule_agrees_with_national_id_kind(first: str) -> None:
    from randaberg_some._numbers import _k1_before_2032
    from randaberg_some.idnumbers import national_id_kind

    for ending in (f"{k1}{k2}" for k1 in range(10) for k2 in range(10)):
        number = first + ending
        if national_id_kind(number) in ("national_id", "d_number"):
            old = national_id_kind(number, rule="before_2032") is not None
            assert _k1_before_2032(number) is old


@settings(max_examples=500)
@given(st.integers(min_value=0, max_value=99_999_999))
@example(41234567)
@example(42345678)
@example(79123456)
@example(2000)
def test_the_phone_pre_check_only_turns_away_numbers_phonenumbers_rejects(national: int) -> None:
    import phonenumbers

    from randaberg_some._phone_check import norwegian_types, valid_norwegian

    number = phonenumbers.PhoneNumber(country_code=47, national_number=national)
    valid = phonenumbers.is_valid_number(number)
    assert valid_norwegian(str(national)) is valid
    if norwegian_types().fullmatch(str(national)) is None:
        assert not valid


def test_the_phone_check_agrees_with_phonenumbers_over_every_short_number_and_a_sample() -> None:
    import phonenumbers

    from randaberg_some._phone_check import valid_norwegian

    numbers = [*range(100_000), *range(10**5, 10**8, 9_973), *range(40_000_000, 50_000_000, 997)]
    for national in numbers:
        number = phonenumbers.PhoneNumber(country_code=47, national_number=national)
        assert valid_norwegian(str(national)) is phonenumbers.is_valid_number(number), national


@settings(max_examples=300)
@given(
    text=st.one_of(
        any_text,
        st.lists(st.sampled_from(["kari", ".", "_", "-", "+", "%", " ", "@", "é", "x" * 70])).map(
            "".join
        ),
    )
)
def test_an_email_local_part_is_the_run_a_search_ending_at_the_at_sign_finds(text: str) -> None:
    """_emails reads the local part backwards: the same start as searching ``[...]{1,64}\\Z``."""
    from randaberg_some._numbers import _LOCAL

    plain = re.compile(r"[\w.%+\-]{1,64}\Z")
    backwards = text[::-1]
    for position in (index for index, char in enumerate(text) if char == "@"):
        searched = plain.search(text, max(0, position - 64), position)
        run = _LOCAL.match(backwards, len(text) - position, len(text) - max(0, position - 64))
        assert (None if run is None else position - (run.end() - run.start())) == (
            None if searched is None else searched.start()
        )
