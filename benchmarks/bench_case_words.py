"""Measure and choose: how case requests' words are matched in their inflected forms.

Three word classifiers run inside the same case scanner (``_cases.scan_with``), so that only
the matching of words differs:

* ``table``: the hand-written table of full forms in ``randaberg_some._case_words`` (the
  choice), with compounds matched by their last part (byggesøknaden, byggjeløyvet).
* ``simplemma``: simplemma 2 lemmatises each word with its bokmål (``nb``) and its nynorsk
  (``nn``) dictionary; a word has the roles of either lemma (and of a compound's last part).
* ``snowball``: the Snowball Norwegian stemmer (snowballstemmer); a word has the roles of
  its stem (and of a compound's last part).

On the labelled comments of ``tests/test_cases.py`` (bokmål and nynorsk; the table was tuned
on them) and on a held-out set below (written before the first measurement, never tuned on),
the script prints precision and recall for "is this comment a case request", the share of
exact labels (certain / possible / nothing), the time per comment and per word, and what the
first use costs. Then the fast path: the scanner over ordinary comments of realistic length
against one bare compiled-regex pass for 11-digit runs (the floor of the issue's benchmark).

Run: ``python benchmarks/bench_case_words.py`` (needs simplemma and snowballstemmer).
Prints figures; asserts nothing.
"""

from __future__ import annotations

import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.test_cases import TABLE  # noqa: E402

from randaberg_some import _case_words as words  # noqa: E402
from randaberg_some._cases import Classify, scan_cases, scan_with  # noqa: E402

C, P = "certain", "possible"

# Written before the first measurement and never tuned on: how the matchers fare on new text.
HELD_OUT: list[tuple[str, str | None]] = [
    ("Hei, jeg har søkt om avlastning for sønnen vår og lurer på når vi får svar.", C),
    ("Klagen min på parkeringsboten er fortsatt ikke behandlet.", C),
    ("Eg fekk avslag på søknaden om omsorgsbustad, kven kan eg ringje?", C),
    ("Vi har ventet på svar på søknaden om ferdigattest siden juni.", C),
    ("Kor lenge må eg vente på vedtaket mitt frå NAV?", C),
    ("Min klage på skolebyttet har ikke fått svar på seks uker.", C),
    ("Har sendt inn nabovarsel og søknad, men hører ingenting fra byggesak.", C),
    ("Søknadene våre om tilrettelegging i SFO blir ikkje svara på.", C),
    ("Når er fristen for å søke om kulturmidler i år?", None),
    ("Hvor søker man om parkeringstillatelse for bevegelseshemmede?", None),
    ("Kommunestyret sitt vedtak om ny barnehage er bra!", None),
    ("Eg synest saka om ny bru burde vore på sakskartet tidlegare.", None),
    ("Kva tid opnar biblioteket på laurdag?", None),
    ("Gode svar fra ordføreren i debatten i går.", None),
    ("Jeg søker etter hittegods, noen som har funnet en blå jakke?", None),
    ("Vi har fått mange søknader til sommerjobbene, takk til alle!", None),
]

NOUN, WEAK, VERB, INF = words.NOUN, words.WEAK, words.VERB, words.INFINITIVE

# The same word list as the table, as lemmas (simplemma) and as stems (Snowball).
LEMMAS: dict[str, int] = {
    "søknad": NOUN,
    "klage": NOUN | VERB | INF,
    "klaga": NOUN | VERB | INF,
    "avslag": NOUN,
    "enkeltvedtak": NOUN,
    "dispensasjon": NOUN,
    "tillatelse": NOUN,
    "løyve": NOUN,
    "ferdigattest": NOUN,
    "nabovarsel": NOUN,
    "saksnummer": NOUN,
    "saksnr": NOUN,
    "arkivsak": NOUN,
    "innsyn": NOUN,
    "sak": WEAK,
    "vedtak": WEAK,
    "saksbehandler": WEAK,
    "sakshandsamar": WEAK,
    "søke": VERB,
    "søkje": VERB,
    "søkja": VERB,
    "søka": VERB,
}
LEMMA_TAILS = ("søknad", "klage", "tillatelse", "løyve", "dispensasjon", "vedtak")
STEMS: dict[str, int] = {
    "søknad": NOUN,
    "klag": NOUN | VERB | INF,
    "klagd": VERB,
    "avslag": NOUN,
    "enkeltvedtak": NOUN,
    "dispensasjon": NOUN,
    "tillat": NOUN,
    "løyv": NOUN,
    "ferdigattest": NOUN,
    "nabovarsel": NOUN,
    "saksnumm": NOUN,
    "saksnr": NOUN,
    "arkivsak": NOUN,
    "innsyn": NOUN,
    "sak": WEAK,
    "vedtak": WEAK,
    "saksbehandl": WEAK,
    "saksbehandler": WEAK,
    "sakshandsam": WEAK,
    "sakshandsamar": WEAK,
    "søkt": VERB,
    "søk": VERB,
    "søkj": VERB,
}
STEM_TAILS = ("søknad", "klag", "tillat", "løyv", "dispensasjon", "vedtak")
SAK_COMPOUNDS = {"byggesak", "byggjesak", "barnevernssak", "barnevernsak", "navsak", "trygdesak"}


def _roles(key: str, table: dict[str, int], tails: Sequence[str]) -> int:
    roles = table.get(key, 0)
    if roles:
        return roles
    if key in SAK_COMPOUNDS:
        return WEAK
    for tail in tails:
        if len(key) > len(tail) + 2 and key.endswith(tail):
            return table[tail] & (NOUN | WEAK)
    return 0


def simplemma_classifier() -> Classify:
    import simplemma

    def classify(word: str) -> int:
        return _roles(simplemma.lemmatize(word, lang="nb"), LEMMAS, LEMMA_TAILS) | _roles(
            simplemma.lemmatize(word, lang="nn"), LEMMAS, LEMMA_TAILS
        )

    return classify


def snowball_classifier() -> Classify:
    import snowballstemmer

    stemmer = snowballstemmer.stemmer("norwegian")

    def classify(word: str) -> int:
        return _roles(stemmer.stemWord(word), STEMS, STEM_TAILS)

    return classify


def label(text: str, classify: Classify) -> str | None:
    hits = [hit for hit in scan_with(text, classify) if hit.kind == "case_processing"]
    if not hits:
        return None
    return C if any(hit.certain for hit in hits) else P


def quality(rows: Sequence[tuple[str, str | None]], classify: Classify) -> dict[str, object]:
    said = [label(text, classify) for text, _ in rows]
    truth = [expected for _, expected in rows]
    tp = sum(s is not None and t is not None for s, t in zip(said, truth, strict=True))
    fp = sum(s is not None and t is None for s, t in zip(said, truth, strict=True))
    fn = sum(s is None and t is not None for s, t in zip(said, truth, strict=True))
    return {
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "exact": sum(s == t for s, t in zip(said, truth, strict=True)) / len(rows),
        "wrong": [
            text for (text, t), s in zip(rows, said, strict=True) if (s is None) != (t is None)
        ],
    }


def best_of(function: Callable[[], object], repeat: int = 5) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        timings.append(time.perf_counter() - start)
    return min(timings)


ORDINARY_SENTENCES = [
    "Så flott! Gleder meg til å se det nye biblioteket på Randaberg i helgen.",
    "Når åpner svømmehallen igjen etter sommerferien?",
    "Kjempefint arrangement i går, barna koste seg masse.",
    "Håper det blir gjentatt neste år også, kanskje med flere aktiviteter.",
    "Tusen takk til alle frivillige som stilte opp på dugnaden!",
    "Kjem det fleire benkar langs turvegen ved Tungenes fyr?",
    "Det er mørkt langs Kvernevikveien om kvelden, kan gatelysene fikses?",
    "Fantastisk utsikt fra Randabergfjellet i dag 😍",
    "Gratulerer til alle konfirmantane!",
    "Er det åpent på biblioteket i påsken?",
    "Bra tiltak, men parkeringa ved skolen er et problem.",
    "Takk for eit flott arrangement på Bø i går kveld.",
]


def comments(count: int, seed: int = 12) -> list[str]:
    """Ordinary comments of realistic length (one to three sentences, about 100-150 chars)."""
    rng = random.Random(seed)
    return [" ".join(rng.sample(ORDINARY_SENTENCES, rng.randint(1, 3))) for _ in range(count)]


def main() -> None:
    table = [(text, processing) for text, processing, _ in TABLE]
    start = time.perf_counter()
    lemma = simplemma_classifier()
    lemma("søknaden")  # simplemma loads its dictionaries on first use
    lemma_load = time.perf_counter() - start
    start = time.perf_counter()
    stem = snowball_classifier()
    stem("søknaden")
    stem_load = time.perf_counter() - start
    matchers: list[tuple[str, Classify, float]] = [
        ("table", words.classify, 0.0),
        ("simplemma", lemma, lemma_load),
        ("snowball", stem, stem_load),
    ]
    sample = [m.group() for text, _ in table for m in re.finditer(r"[^\W\d_]+", text.lower())]
    print(f"{len(table)} labelled comments (tuned on), {len(HELD_OUT)} held out; "
          f"{len(sample)} words")  # fmt: skip
    print(f"{'matcher':<10} {'set':<9} {'precision':>9} {'recall':>7} {'exact':>6} "
          f"{'µs/comment':>11} {'µs/word':>8} {'first use':>10}")  # fmt: skip
    for name, classify, load in matchers:
        per_comment = best_of(lambda c=classify: [label(t, c) for t, _ in table]) / len(table)
        per_word = best_of(lambda c=classify: [c(w) for w in sample]) / len(sample)
        for set_name, rows in (("tuned", table), ("held out", HELD_OUT)):
            q = quality(rows, classify)
            print(f"{name:<10} {set_name:<9} {q['precision']:>9.2f} {q['recall']:>7.2f} "
                  f"{q['exact']:>6.2f} {per_comment * 1e6:>11.1f} {per_word * 1e6:>8.2f} "
                  f"{load:>9.2f}s")  # fmt: skip
    for name, classify, _ in matchers:
        for set_name, rows in (("tuned", table), ("held out", HELD_OUT)):
            for text in quality(rows, classify)["wrong"]:  # type: ignore[attr-defined]
                print(f"  {name} wrong ({set_name}): {text}")

    texts = comments(100_000)
    floor = re.compile(r"\d{11}")
    bare = best_of(lambda: [floor.findall(t) for t in texts], repeat=3)
    ours = best_of(lambda: [scan_cases(t) for t in texts], repeat=3)
    woken = sum(scan_cases(t) != [] for t in texts)
    length = sum(map(len, texts)) / len(texts)
    print(f"\nfast path, {len(texts):,} ordinary comments of {length:.0f} characters on average:")
    print(f"  bare regex floor {bare / len(texts) * 1e6:.2f} µs/comment; scan_cases "
          f"{ours / len(texts) * 1e6:.2f} µs/comment ({ours / bare:.2f}× the floor); "
          f"{woken} with a hit")  # fmt: skip


if __name__ == "__main__":
    main()
