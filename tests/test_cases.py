"""Case requests and case references in comments: tables of real-looking comments.

Each row: the comment, then what the scanner must say about case processing and about a
case reference: ``"certain"``, ``"possible"`` or ``None`` (nothing). The negatives are the
false positives the moderation notes (§3.2) name: general questions about deadlines and
opening hours, and public policy debate. ``benchmarks/bench_case_words.py`` measures the
word matchers on the same tables.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from randaberg_some._case_words import NOUN, WEAK, classify, has_cue
from randaberg_some._cases import _lowered, scan_cases
from randaberg_some.messages import LANGUAGES

Row = tuple[str, str | None, str | None]

C, P = "certain", "possible"

BOKMAL: list[Row] = [
    # Case processing: a case noun with "my", "I applied", complaints about the handling.
    ("Når får jeg svar på byggesøknaden min? Sendte den i mars.", C, None),
    ("Hvorfor er søknaden min om startlån ikke behandlet ennå?", C, None),
    ("Jeg har søkt om barnehageplass for datteren vår, men ingen har svart.", C, None),
    ("Saken min hos NAV har ligget i tre måneder nå. Hva skjer?", C, None),
    ("Jeg vil klage på vedtaket om skoleskyss for sønnen min.", C, None),
    ("Vi fikk avslag på søknaden om SFO-plass og lurer på hvorfor.", C, None),
    ("Jeg har ventet på ferdigattesten i over et halvt år.", P, None),
    ("Naboen har klaget på byggesaken vår, og vi har ikke hørt noe fra dere siden.", C, None),
    ("Jeg sendte inn klage på eiendomsskatten i januar og har fortsatt ikke fått svar.", C, None),
    ("Hei! Jeg har søkt dispensasjon for garasjen, når kan jeg regne med svar?", C, None),
    ("Min søknad om omsorgsbolig for mor ble avslått. Hvem kan jeg snakke med?", C, None),
    ("Hvor lenge er saksbehandlingstiden på klagen min?", C, None),
    ("Jeg har purret tre ganger på søknaden om bostøtte uten å få svar.", C, None),
    ("Saksbehandleren min i barnevernet svarer ikke på e-post.", C, None),
    ("Jeg fikk avslag på byggesøknaden og vil klage. Hvordan gjør jeg det?", C, None),
    ("Har søkt om sykehjemsplass for far og venter fortsatt på svar.", C, None),
    ("Sendte byggesøknad for åtte uker siden, ingen har svart meg.", C, None),
    ("Vedtaket mitt om hjemmetjeneste ble endret uten at noen sa fra.", C, None),
    ("Kan noen se på søknaden min om spesialundervisning? Det haster.", C, None),
    ("Vi venter fortsatt på svar på klagen vår om parkeringsboten.", C, None),
    ("Jeg har klaget på renovasjonsgebyret to ganger uten å få svar.", C, None),
    ("Søknaden vår om skjenkebevilling har ligget hos dere siden februar!", C, None),
    ("Dere har fortsatt ikke behandlet søknaden min.", C, None),
    ("Jeg sendte en søknad om bostøtte i mars.", P, None),
    # Case references.
    ("Viser til saksnr. 2023/587, når kommer svaret på klagen?", C, C),
    ("Vår ref 24/1234 – vi venter fortsatt på vedtak.", C, C),
    ("Viser til sak 2023/587 og ber om innsyn.", C, C),
    ("Gjelder gnr. 12 bnr. 345 på Tungenes, når kommer ferdigattesten?", C, C),
    ("Se arkivsak 2022/1432-7 om reguleringen av Goa sentrum.", None, C),
    ("Det står i dokument 2021/1432 i postlisten.", None, P),
    # General questions and opening hours (notes §3.2: answered in public, not case work).
    ("Når er søknadsfristen for barnehage?", None, None),
    ("Når åpner servicetorget etter påske?", None, None),
    ("Hva er åpningstidene på biblioteket i sommer?", None, None),
    ("Hvordan søker man om barnehageplass?", None, None),
    ("Hvordan klager jeg på et vedtak?", None, None),
    ("Hvor finner jeg søknadsskjema for startlån?", None, None),
    ("Hva er fristen for å klage på eiendomsskatten?", None, None),
    ("Jeg lurer på når fristen er for å søke om SFO til høsten?", None, None),
    ("Er det mulig å få en oversikt over saksbehandlingstiden for byggesaker?", None, None),
    ("Søknader om kulturmidler behandles i kulturutvalget i mai.", None, None),
    # Public policy debate and the news of the day.
    ("Vedtaket i kommunestyret om skolestruktur er helt feil.", None, None),
    ("Jeg er uenig i vedtaket i kommunestyret om skolestruktur.", None, None),
    ("Budsjettvedtaket i formannskapet viser at politikerne ikke prioriterer skolene.", None, None),
    ("Så flott at saken om ny skole endelig er vedtatt!", None, None),
    ("Jeg synes saken om bompenger fortjener mer oppmerksomhet.", None, None),
    # Ordinary comments, and numbers with a slash that are not case references.
    ("Takk for svar, det var til stor hjelp!", None, None),
    ("Flott arrangement i går, barna koste seg masse!", None, None),
    ("Hvem har ansvar for brøyting i min gate?", None, None),
    ("Besøk oss på biblioteket, vi har søkt etter frivillige lenge!", None, None),
    ("Skoleåret 2023/24 starter 21. august.", None, None),
    ("Åpent 24/7 i påsken, og 50/50 fordeling av plassene.", None, None),
    ("Møtet er 12/5 klokka 18 i kommunestyresalen.", None, None),
    ("Datoen er 12/05/2023, og planen gjelder 2023/2024.", None, None),
]

NYNORSK: list[Row] = [
    ("Når får eg svar på byggjesøknaden min?", C, None),
    ("Saka mi hos barnevernet har teke altfor lang tid.", C, None),
    ("Kvifor har eg ikkje fått svar på klaga mi?", C, None),
    ("Eg har søkt om byggjeløyve og ventar framleis på svar.", C, None),
    ("Eg vil klage på vedtaket om skuleskyss.", C, None),
    ("Me fekk avslag på søknaden om bustøtte.", C, None),
    ("Eg sende klage på eigedomsskatten i januar og har ikkje høyrt noko sidan.", C, None),
    ("Søknaden vår om sjukeheimsplass til far er framleis ikkje handsama.", C, None),
    ("Har søkt om startlån, kor lang er sakshandsamingstida?", C, None),
    ("Sakshandsamaren min i NAV svarar ikkje på e-post.", C, None),
    ("Eg har klaga på vedtaket, men ingen har svart meg.", C, None),
    ("Vedtaket mitt om heimeteneste vart endra utan at nokon sa frå.", C, None),
    ("Eg har venta i fire månader på ferdigattesten.", P, None),
    ("Dispensasjonssøknaden vår ligg framleis hos kommunen.", P, None),
    ("Viser til saksnummer 23/1234. Kva tid får eg svar?", C, C),
    ("Kva er søknadsfristen for barnehageplass i haust?", None, None),
    ("Når opnar symjehallen att etter sommarferien?", None, None),
    ("Kva er opningstidene til biblioteket i jula?", None, None),
    ("Korleis søkjer ein om plass i SFO?", None, None),
    ("Korleis klagar eg på eit vedtak?", None, None),
    ("Kor finn eg søknadsskjemaet for startlån?", None, None),
    ("Kva er fristen for å klage på eigedomsskatten?", None, None),
    ("Vedtaket i kommunestyret om skulestruktur er heilt feil.", None, None),
    ("Eg er usamd i vedtaket i kommunestyret om skulestrukturen.", None, None),
    ("Eg meiner budsjettvedtaket i formannskapet er urettferdig mot skulane.", None, None),
    ("Så flott at saka om ny skule endeleg er avgjort!", None, None),
    ("Takk for svar, det hjelpte mykje!", None, None),
    ("Kjempefint arrangement i går, ungane kosa seg!", None, None),
    ("Skuleåret 2024/25 byrjar 19. august.", None, None),
]

TABLE = [*BOKMAL, *NYNORSK]


def _said(text: str, kind: str) -> str | None:
    hits = [hit for hit in scan_cases(text) if hit.kind == kind]
    if not hits:
        return None
    return C if any(hit.certain for hit in hits) else P


def test_the_tables_are_large_enough() -> None:
    assert len(BOKMAL) >= 40
    assert len(NYNORSK) >= 20
    for table in (BOKMAL, NYNORSK):
        assert sum(row[1] is not None for row in table) >= 10
        assert sum(row[1] is None for row in table) >= 10


@pytest.mark.parametrize(("text", "processing", "reference"), TABLE, ids=[r[0][:40] for r in TABLE])
def test_case_requests_are_recognised_and_general_questions_are_not(
    text: str, processing: str | None, reference: str | None
) -> None:
    assert (_said(text, "case_processing"), _said(text, "case_reference")) == (
        processing,
        reference,
    )


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Når får jeg svar på søknaden min?", "søknaden min"),
        ("Saka mi hos barnevernet er ikkje avslutta.", "Saka mi"),
        ("I går skrev jeg: Min sak hos NAV er ikke ferdig.", "Min sak"),
        ("Nå har jeg søkt om startlån og venter på svar.", "jeg søkt"),
        ("Eg vil klage på vedtaket om skuleskyss.", "Eg vil klage"),
        ("Vi venter på svar fra dere om eiendomsskatten.", "venter på svar"),
        ("Viser til saksnr. 2023/587.", "2023/587"),
        ("Det gjelder gnr/bnr 40/123 på Grødem.", "gnr/bnr 40/123"),
    ],
)
def test_the_span_covers_the_cue(text: str, cue: str) -> None:
    covered = {text[hit.start : hit.end] for hit in scan_cases(text)}
    assert cue in covered


def test_a_comment_gets_one_case_processing_hit_from_its_strongest_sentence() -> None:
    text = "Viser til saksnr. 2023/587. Når får jeg svar? Søknaden min er fra mars."
    hits = scan_cases(text)
    assert [hit.kind for hit in hits].count("case_processing") == 1
    assert [hit.kind for hit in hits].count("case_reference") == 1


def test_a_service_area_is_named_in_the_reason_and_sensitive_areas_say_so() -> None:
    (hit,) = scan_cases("Saka mi hos barnevernet er ikkje avslutta.")
    assert "barnevern" in hit.reason.nn
    assert "særlege kategoriar" in hit.reason.nn
    assert "special categories" in hit.reason.en
    (hit,) = scan_cases("Når får jeg svar på byggesøknaden min?")
    assert "byggesak" in hit.reason.nb
    assert "byggjesak" in hit.reason.nn
    assert "building application" in hit.reason.en


@pytest.mark.parametrize(("text", "processing", "reference"), TABLE, ids=[r[0][:40] for r in TABLE])
def test_reasons_quote_no_digits_of_the_comment(
    text: str, processing: str | None, reference: str | None
) -> None:
    for hit in scan_cases(text):
        for lang in LANGUAGES:
            assert not re.search(r"\d", hit.reason.text(lang))


@pytest.mark.parametrize(
    ("word", "roles"),
    [
        ("søknaden", NOUN),
        ("søknadene", NOUN),
        ("byggesøknaden", NOUN),
        ("byggjeløyvet", NOUN),
        ("klaga", NOUN),
        ("vedtaka", WEAK),
        ("saka", WEAK),
        ("byggesaken", WEAK),
        ("søknadsfristen", 0),
        ("årsaken", 0),
        ("sakte", 0),
        ("søknadsskjema", 0),
    ],
)
def test_inflected_forms_and_compounds(word: str, roles: int) -> None:
    assert classify(word) & (NOUN | WEAK) == roles


# --- the fast path ------------------------------------------------------------------------

ORDINARY = [
    "Så flott! Gleder meg til å se det nye biblioteket på Randaberg i helgen 😊",
    "Når åpner svømmehallen igjen etter sommerferien? Vi har prøvd å ringe flere ganger.",
    "Kjempefint arrangement i går, ungane kosa seg masse. Håpar det blir gjentatt!",
    "Det er mørkt i Kvernevikveien om kvelden, kan gatelysene fikses?",
    "Gratulerer med dagen til alle mødre! 🌷",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_comments_stop_at_the_first_search(text: str) -> None:
    assert not has_cue(_lowered(text))
    assert scan_cases(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hvem har ansvar for gatelysene? Vi lurer på det.",
        "Takk for svar, og takk for et flott besøk i barnehagen!",
        "Se https://www.randaberg.kommune.no/ for mer.",
    ],
)
def test_comments_that_pass_the_first_search_by_chance_give_nothing(text: str) -> None:
    assert has_cue(_lowered(text))
    assert scan_cases(text) == []


def test_lowering_keeps_the_indices() -> None:
    text = "İİİ Når får jeg svar på SØKNADEN MIN?"
    assert len(_lowered(text)) == len(text)
    covered = {text[hit.start : hit.end] for hit in scan_cases(text)}
    assert covered == {"SØKNADEN MIN"}


# --- properties ---------------------------------------------------------------------------

_pieces = st.sampled_from(
    [
        "søknaden min",
        "saka mi",
        "jeg har søkt",
        "eg vil klage",
        "venter på svar",
        "saksnr.",
        "2023/587",
        "12/5",
        "gnr. 12 bnr. 3",
        "barnevernet",
        "kommunestyret",
        "hvordan",
        ". ",
        "? ",
        "\n",
        " ",
        "İ",
    ]
)
_comments = st.lists(st.one_of(_pieces, st.text(max_size=8)), max_size=12).map("".join)


@given(text=st.one_of(st.text(), _comments))
@example(text="2023/587-")
@example(text="İ saka mi")
def test_no_exception_and_spans_within_the_text(text: str) -> None:
    for hit in scan_cases(text):
        assert 0 <= hit.start < hit.end <= len(text)
        assert hit.kind in {"case_processing", "case_reference"}
        for lang in LANGUAGES:
            assert hit.reason.text(lang)


def test_every_word_of_the_table_holds_a_stem() -> None:
    """Words without a stem are never looked up: the table must not have any."""
    from randaberg_some import _case_words

    words = [*_case_words._WORDS, *_case_words._COMPOUND_TAILS]
    assert [word for word in words if not any(stem in word for stem in _case_words.STEMS)] == []


def test_every_compound_tail_opens_with_an_opening_classify_looks_for() -> None:
    """classify tries only the cuts where an opening stands: every tail must open with one."""
    from randaberg_some import _case_words

    openings = _case_words._TAIL_OPENINGS
    assert [tail for tail in _case_words._COMPOUND_TAILS if not tail.startswith(openings)] == []


@given(word=st.text(alphabet="søknadklagevtilsyp", max_size=24))
@example(word="xxxvedtaksøknaden")
@example(word="byggesøknadsøknad")
def test_classify_agrees_with_trying_every_cut(word: str) -> None:
    """The compound rule: the first cut from the third letter on that leaves a known tail."""
    from randaberg_some import _case_words

    expected = _case_words._WORDS.get(word)
    if expected is None:
        expected = next(
            (
                flags
                for cut in range(3, len(word))
                if (flags := _case_words._COMPOUND_TAILS.get(word[cut:])) is not None
            ),
            0,
        )
    assert classify(word) == expected


@given(text=st.one_of(st.text(), _comments), start=st.integers(0, 40))
@example(text="saka mine", start=0)
@example(text="min. mi", start=4)
def test_the_possessive_search_finds_a_possessive_word_as_the_words_would(
    text: str, start: int
) -> None:
    """A sentence starts after a break (or at 0): POSSESSIVE_WORD sees the words split sees."""
    from randaberg_some._case_words import POSSESSIVE_WORD, POSSESSIVES

    low = _lowered(text)
    start = min(start, len(low))
    if start and re.match(r"\w", low[start - 1]):
        start = 0
    words = re.findall(r"\w+", low[start:])
    found = POSSESSIVE_WORD.search(low, start) is not None
    assert found is not POSSESSIVES.isdisjoint(words)


_COMPLAINT_TEXT = st.lists(
    st.sampled_from(
        [
            "ikke", "ikkje", "fått", "svar", "venter", "på", "vent", "avslag", "fikk", "avslått",
            "innvilget", "aldri", "hørt", "noe", "ingen", "svart", "når", "får", "jeg", "kva",
            "tid", "eg", "regne", "med", "forventa", "har", "purret", "er", "purra", "behandlet",
            ",", ".", "x", "min", "søknad", "ferdig", "tilbakemelding", "et",
        ]
    ),
    max_size=30,
).map(" ".join)  # fmt: skip


@given(text=st.one_of(_COMPLAINT_TEXT, st.text(), _comments))
@example(text="ikke fått svar ikkje behandlet når får jeg svar")
@example(text="har purret purret er purra")
def test_the_complaints_are_found_as_the_whole_pattern_finds_them(text: str) -> None:
    from randaberg_some import _case_words
    from randaberg_some._case_words import COMPLAINT

    low = text.lower()
    expected = [match.span() for match in COMPLAINT.finditer(low)]
    assert [match.span() for match in _case_words.find_complaints(low)] == expected
