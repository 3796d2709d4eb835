"""Look-alike handles: the confusables table, the keys, a dnstwist-style generator, negatives.

Run as a script to print the detection and false-alarm rates for the docs::

    PYTHONPATH=src python -m tests.test_lookalike
"""

from __future__ import annotations

import csv
import json
import unicodedata
from collections import Counter
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from randaberg_some import Platform
from randaberg_some._confusables import VERSION, folded_skeleton, prototypes, skeleton, swaps
from randaberg_some._lookalike import (
    AFFIX_WORDS,
    CONFUSABLES_VERSION,
    REASONS,
    Evidence,
    LookalikeIndex,
    Match,
)
from randaberg_some.files.inventory import load_accounts

from .strategies import any_text, platforms

ROOT = Path(__file__).resolve().parent.parent
BASE = "randabergkommune"


def official_handles() -> list[tuple[Platform, str]]:
    """Every handle of the example inventory on a known platform, bare, once."""
    loaded = load_accounts(ROOT / "examples" / "kontoer.csv")
    pairs = {
        (account.platform, account.handle.removeprefix("@"))
        for account in loaded.items
        if isinstance(account.platform, Platform)
    }
    return sorted(pairs, key=lambda pair: (pair[0].value, pair[1]))


OFFICIALS = official_handles()
INDEX = LookalikeIndex(OFFICIALS, base=BASE)

# --- the generator (dnstwist's fuzzers, for handles) -----------------------------------------

CYRILLIC = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "k": "к"}
GREEK = {"o": "ο", "a": "α", "v": "ν", "i": "ι", "n": "η"}
INVISIBLE = ("\u200b", "\u200d", "\u2060", "\u00ad")
AFFIXES = ("{}_official", "offisiell.{}", "{}.no", "ekte_{}", "{}_support", "{}hjelp", "{}_info")
SEPARATORS = "._-"


def _letters(handle: str) -> Iterator[int]:
    return (i for i, char in enumerate(handle) if char.isalpha())


def variants(handle: str) -> Iterator[tuple[str, str, frozenset[str]]]:
    """(fuzzer, variant, reason codes any of which is right) for one official handle."""
    typo, glyph = frozenset({"typo"}), frozenset({"homoglyph", "mixed_script"})
    for i in _letters(handle):
        yield "omission", handle[:i] + handle[i + 1 :], typo
        yield "repetition", handle[:i] + handle[i] + handle[i:], typo
        if i + 1 < len(handle) and handle[i + 1].isalpha() and handle[i] != handle[i + 1]:
            swapped = handle[:i] + handle[i + 1] + handle[i] + handle[i + 2 :]
            yield "transposition", swapped, typo
    for old, new, fuzzer in (("m", "rn", "rn/m"), ("l", "1", "l/1"), ("l", "I", "l/I")):
        for i, char in enumerate(handle):
            if char == old:
                yield fuzzer, handle[:i] + new + handle[i + 1 :], glyph
    for i, char in enumerate(handle):
        if char in "oO":
            yield "0/O", handle[:i] + "0" + handle[i + 1 :], glyph
        for table, fuzzer in ((CYRILLIC, "cyrillic"), (GREEK, "greek")):
            if char in table:
                yield fuzzer, handle[:i] + table[char] + handle[i + 1 :], glyph
    middle = len(handle) // 2
    for mark in INVISIBLE:
        for at in (0, middle, len(handle)):
            yield "invisible", handle[:at] + mark + handle[at:], frozenset({"invisible"})
    wide = "".join(chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char for char in handle)
    yield "full-width", wide, frozenset({"full_width"})
    sep = frozenset({"separator"})
    for i, char in enumerate(handle):
        if char in SEPARATORS:
            yield "separator-removed", handle[:i] + handle[i + 1 :], sep
            for other in SEPARATORS.replace(char, ""):
                yield "separator-swapped", handle[:i] + other + handle[i + 1 :], sep
    if handle.casefold().startswith(BASE):
        for other in "._":
            yield "separator-added", handle[:9] + other + handle[9:], sep
    for pattern in AFFIXES:
        yield "affix", pattern.format(handle), frozenset({"affix"})


def generated() -> Iterator[tuple[Platform, str, str, str, frozenset[str]]]:
    """(platform, official, fuzzer, variant, right reasons) for every official handle."""
    seen: set[tuple[Platform, str]] = set()
    officials = {(platform, platform.rules.comparison_key(h)) for platform, h in OFFICIALS}
    for platform, handle in OFFICIALS:
        for fuzzer, variant, reasons in variants(handle):
            if (platform, variant) in seen:
                continue
            seen.add((platform, variant))
            if (platform, platform.rules.comparison_key(variant)) in officials:
                reasons = frozenset({"equivalent"})  # the platform's own rule: not a look-alike
            yield platform, handle, fuzzer, variant, reasons


def detected(match: Match | None, reasons: frozenset[str]) -> bool:
    if match is None:
        return False
    if match.equivalent:
        return "equivalent" in reasons
    return bool(reasons & {evidence.code for evidence in match.reasons})


# --- the negatives -----------------------------------------------------------------------------

NORWEGIAN_WORDS = (
    "kommune", "bibliotek", "kulturskole", "kulturhuset", "helsestasjon", "sykehjem",
    "barnehage", "skole", "ungdomsskole", "idrettslag", "fotball", "handball", "svommehall",
    "basseng", "festival", "konsert", "turlag", "nyheter", "informasjon", "hjelp", "velkommen",
    "politiet", "brannvesen", "legevakt", "tannhelse", "frivillig", "menighet", "kirke",
    "sparebank", "butikk", "kafe", "bakeri", "fiskebil", "havn", "fyr", "strand", "tungenes",
    "grodem", "harestad", "vistnes", "goa", "dusavik", "mekjarvik", "bokn", "kvitsoy",
    "jaeren", "rogaland", "stavanger", "sandnes", "sola", "nordsjo", "fjord", "sommer",
    "vinter", "hostferie", "russ", "speider", "korps", "teater", "kino", "mat", "bondegard",
)  # fmt: skip
LOCAL = ("randabergil", "randaberg_il", "randabergil_fotball", "randabergkyrkje", "randaberg")


def _kommune_key(name: str) -> str:
    stem = name.removesuffix(" kommune").removesuffix(" herad").casefold()
    return "".join(char for char in stem if char.isalnum())


def other_kommuner() -> list[str]:
    """Handles of every other kommune in the benchmark list, in four shapes each."""
    with (ROOT / "benchmarks" / "data" / "kommuner.csv").open(encoding="utf-8") as file:
        names = [row["name"] for row in csv.DictReader(file)]
    handles = ["stavangerkommune", "sandneskommune_kulturskole"]
    for name in names:
        key = _kommune_key(name)
        if key == "randaberg" or not key:
            continue
        handles += [
            f"{key}kommune",
            f"{key}_kommune",
            f"{key}kommune_kulturskole",
            f"{key}kommune.bibliotek",
        ]
    return handles


def negatives() -> list[tuple[Platform | None, str]]:
    handles = [*other_kommuner(), *NORWEGIAN_WORDS, *LOCAL]
    return [(platform, handle) for handle in handles for platform in (None, *Platform)]


def rates() -> dict[str, float]:
    """Detection rate over the generated variants, false-alarm rate over the negatives."""
    rows = list(generated())
    hits = [detected(INDEX.nearest(p, variant), good) for p, _, _, variant, good in rows]
    negs = negatives()
    alarms = [INDEX.nearest(p, handle) is not None for p, handle in negs]
    return {
        "variants": len(rows),
        "detection": sum(hits) / len(rows),
        "negatives": len(negs),
        "false_alarms": sum(alarms) / len(negs),
    }


# --- the confusables table ---------------------------------------------------------------------


def test_the_table_is_the_pinned_source_entry_for_entry() -> None:
    source = json.loads(
        (ROOT / "scripts" / "data" / "confusables-17.0.0-prototypes.json").read_text("utf-8")
    )
    table = prototypes()
    assert len(table) == len(source) == 6565
    for key, prototype in source.items():
        assert table[int(key)] == unicodedata.normalize("NFD", prototype), key


def test_the_table_keeps_its_version_and_licence_and_ships_in_the_package() -> None:
    text = files("randaberg_some").joinpath("data/confusables.tsv").read_text(encoding="utf-8")
    assert "confusables.txt Version: 17.0.0" in text
    assert "UNICODE LICENSE V3" in text
    assert "Permission is hereby granted" in text
    assert VERSION == CONFUSABLES_VERSION == "17.0.0"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("m", "rn"),
        ("1", "l"),
        ("I", "l"),
        ("0", "O"),
        ("а", "a"),  # Cyrillic
        ("ο", "o"),  # Greek
        ("a\u200bb", "ab"),
    ],
)
def test_skeleton_maps_the_known_confusables(text: str, key: str) -> None:
    assert skeleton(text) == key


def test_the_folded_skeleton_is_a_fixed_point() -> None:
    for text in ("RandabergKommune", "I1l|", "ΡΑΝΔΑ", "ｒａｎｄａｂｅｒｇ", "Grødem"):
        key = folded_skeleton(text)
        assert folded_skeleton(key) == key


def test_the_distance_key_does_not_expand_m() -> None:
    assert ord("m") not in swaps()
    assert swaps()[ord("0")] == "o"


# --- the index ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("platform", "handle", "code", "detail"),
    [
        (Platform.INSTAGRAM, "randabergk0mmune", "homoglyph", "0→o"),
        (Platform.INSTAGRAM, "randabergkornmune", "homoglyph", "rn→m"),
        (None, "rаndabergkommune", "mixed_script", "Latin+Cyrillic"),
        (None, "randabergkommune\u200b", "invisible", "U+200B"),
        (None, "ｒａｎｄａｂｅｒｇｋｏｍｍｕｎｅ", "full_width", "U+FF52 U+FF41 U+FF4E …"),
        (Platform.INSTAGRAM, "randaberg.kommune", "separator", "∅→."),
        (Platform.INSTAGRAM, "randabérgkommune", "diacritic", "é"),
        (Platform.FACEBOOK, "randabergkommune.grødemskole", "diacritic", "ø"),
        (Platform.INSTAGRAM, "randabergkomune", "typo", "omission"),
        (Platform.INSTAGRAM, "randabregkommune", "typo", "transposition"),
        (Platform.INSTAGRAM, "randabergkommmune", "typo", "repetition"),
        (Platform.INSTAGRAM, "randabergkommunen", "typo", "insertion"),
        (Platform.INSTAGRAM, "randabergkonmune", "typo", "substitution"),
        (None, "randabergkommune_official", "affix", "official"),
        (None, "offisiell.randabergkommune", "affix", "offisiell"),
        (None, "ekte_randabergkommune_no", "affix", "ekte+no"),
        (Platform.INSTAGRAM, "randabergkommune_bib", "unregistered_prefix", "bib"),
        (Platform.INSTAGRAM, "randabergkommunebibliotek", "unregistered_prefix", "bibliotek"),
    ],
)
def test_each_reason_with_its_evidence(
    platform: Platform | None, handle: str, code: str, detail: str
) -> None:
    match = INDEX.nearest(platform, handle)
    assert match is not None
    assert Evidence(code, detail) in match.reasons
    assert 0 < match.score <= 100
    assert not match.equivalent


def test_the_platform_s_own_rule_is_equivalence_not_a_look_alike() -> None:
    match = INDEX.nearest(Platform.FACEBOOK, "Randaberg.Kommune")
    assert match == Match(Platform.FACEBOOK, "randabergkommune", (), 100.0, equivalent=True)
    # Periods count on Instagram: a separator variant there.
    instagram = INDEX.nearest(Platform.INSTAGRAM, "randaberg.kommune")
    assert instagram is not None
    assert not instagram.equivalent
    # Facebook's unit pages: the period is ignored, so this is the library's page itself.
    unit = INDEX.nearest(Platform.FACEBOOK, "randabergkommunebibliotek")
    assert unit is not None
    assert unit.official == "randabergkommune.bibliotek"
    assert unit.equivalent


def test_a_handle_is_checked_on_the_platform_asked_for() -> None:
    match = INDEX.nearest(Platform.TIKTOK, "randabergkommune_bassenget")
    assert match is not None
    assert match.platform is Platform.TIKTOK
    assert INDEX.nearest(None, "randabergkommune_bassenget") == Match(
        Platform.INSTAGRAM, "randabergkommune_bassenget", (), 100.0, equivalent=True
    )


def test_screen_answers_many_in_order() -> None:
    junk: list[tuple[Platform | None, str]] = [(None, 42), ("tiktok", "x")]  # type: ignore[list-item]
    assert INDEX.screen(junk) == [None, None]
    twice = [(Platform.INSTAGRAM, "randabergk0mmune")] * 2
    assert INDEX.screen(twice) == [INDEX.nearest(*twice[0])] * 2
    answers = INDEX.screen([(None, "randabergil"), (Platform.INSTAGRAM, "randabergk0mmune")])
    assert answers[0] is None
    assert answers[1] is not None


def test_reason_codes_are_stable() -> None:
    assert REASONS[:3] == ("homoglyph", "mixed_script", "invisible")
    assert {"official", "offisiell", "info", "no", "ekte", "support", "hjelp"} <= AFFIX_WORDS


def test_every_generated_variant_is_flagged_with_its_reason() -> None:
    missed = [
        (platform.value, fuzzer, variant, INDEX.nearest(platform, variant))
        for platform, _, fuzzer, variant, good in generated()
        if not detected(INDEX.nearest(platform, variant), good)
    ]
    assert missed == []


def test_the_generator_covers_every_fuzzer_and_every_handle() -> None:
    rows = list(generated())
    fuzzers = Counter(fuzzer for _, _, fuzzer, _, _ in rows)
    assert set(fuzzers) >= {
        "omission", "repetition", "transposition", "rn/m", "l/1", "l/I", "0/O", "cyrillic",
        "greek", "invisible", "full-width", "separator-removed", "separator-swapped",
        "separator-added", "affix",
    }  # fmt: skip
    assert {(platform, handle) for platform, handle, *_ in rows} == set(OFFICIALS)


def test_other_kommuner_ordinary_words_and_local_clubs_are_unrelated() -> None:
    alarms = [(p, handle) for p, handle in negatives() if INDEX.nearest(p, handle) is not None]
    assert alarms == []


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.none(), platforms), st.one_of(any_text, st.text(max_size=40)))
def test_never_raises_on_arbitrary_text(platform: Platform | None, text: str) -> None:
    match = INDEX.nearest(platform, text)
    assert match is None or 0 <= match.score <= 100


def test_junk_is_unrelated_and_an_empty_index_finds_nothing() -> None:
    assert INDEX.nearest(None, "") is None
    assert INDEX.nearest(None, 42) is None  # type: ignore[arg-type]
    assert INDEX.nearest("facebook", "randabergkommune") is None  # type: ignore[arg-type]
    assert LookalikeIndex([], base=BASE).nearest(None, "randabergk0mmune") is None


if __name__ == "__main__":
    figures = rates()
    print(
        f"{figures['variants']:.0f} variants, detection {figures['detection']:.1%}; "
        f"{figures['negatives']:.0f} negatives, false alarms {figures['false_alarms']:.1%}"
    )
