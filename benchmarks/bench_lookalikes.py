"""Screening many candidate handles against many official accounts: the look-alike index.

An inventory of 1,000 official accounts (the kommuner of ``data/kommuner.csv`` × a main account
on two platforms and three unit accounts) and 100,000 candidate handles: a realistic mix of
look-alikes made by the test generator's fuzzers (typos, homoglyphs, Cyrillic letters,
invisible and full-width characters, separators, affix words), official handles as written
and unrelated handles (people, clubs, shops, words). The index answers each with
``LookalikeIndex.nearest``; the target is at least 50,000 candidates a second.

Beside it, a naive pairwise loop: ``rapidfuzz``'s OSA distance between every candidate and
every official, in Python. It is timed on a sample of candidates and extrapolated (said so
in the output), since the whole loop would take minutes. The naive loop does less than the
index (no skeletons, no affixes, no reasons) and is still far slower.

Run from the repository's root::

    PYTHONPATH=src python benchmarks/bench_lookalikes.py
"""

from __future__ import annotations

import csv
import os
import random
import time
from collections import Counter
from pathlib import Path

from rapidfuzz.distance import OSA

from randaberg_some import Platform
from randaberg_some._lookalike import LookalikeIndex

DATA = Path(__file__).resolve().parent / "data" / "kommuner.csv"
CANDIDATES = 100_000
OFFICIALS = 1_000
SAMPLE = 1_000
UNITS = ("bibliotek", "kulturskolen", "helsestasjonen", "bassenget", "kulturhuset", "nav")
CYRILLIC = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с"}
WORDS = (
    "ola", "kari", "nordmann", "hansen", "berg", "fotball", "il", "handball", "kafe", "bakeri",
    "foto", "design", "musikk", "kor", "turlag", "speider", "butikk", "frisor", "bilverksted",
    "hytte", "fjord", "hav", "sol", "natt", "reise", "mat", "trening", "yoga", "hund", "katt",
)  # fmt: skip


def kommune_keys() -> list[str]:
    with DATA.open(encoding="utf-8") as file:
        names = [row["name"] for row in csv.DictReader(file)]
    keys = []
    for name in names:
        stem = name.removesuffix(" kommune").casefold()
        keys.append("".join(char for char in stem if char.isascii() and char.isalnum()))
    return [key for key in dict.fromkeys(keys) if len(key) >= 3]


def inventory(rng: random.Random) -> list[tuple[Platform, str]]:
    officials: list[tuple[Platform, str]] = []
    for key in kommune_keys():
        officials += [(Platform.FACEBOOK, f"{key}kommune"), (Platform.INSTAGRAM, f"{key}kommune")]
        for unit in rng.sample(UNITS, 3):
            officials.append((Platform.INSTAGRAM, f"{key}kommune_{unit}"))
    return officials[:OFFICIALS]


def lookalike(handle: str, rng: random.Random) -> str:
    at = rng.randrange(1, len(handle) - 1)
    fuzzer = rng.randrange(9)
    if fuzzer == 0:
        return handle[:at] + handle[at + 1 :]
    if fuzzer == 1:
        return handle[:at] + handle[at] + handle[at:]
    if fuzzer == 2:
        return handle[:at] + handle[at + 1] + handle[at] + handle[at + 2 :]
    if fuzzer == 3:
        return handle.replace("m", "rn", 1).replace("o", "0", 1)
    if fuzzer == 4:
        return "".join(CYRILLIC.get(char, char) if rng.random() < 0.3 else char for char in handle)
    if fuzzer == 5:
        return handle[:at] + "\u200b" + handle[at:]
    if fuzzer == 6:
        return "".join(chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char for char in handle)
    if fuzzer == 7:
        return handle[:at] + rng.choice("._") + handle[at:]
    return rng.choice(("{}_official", "offisiell.{}", "{}.no", "ekte_{}", "{}_info")).format(handle)


def unrelated(rng: random.Random) -> str:
    words = rng.sample(WORDS, rng.randrange(1, 4))
    tail = str(rng.randrange(100)) if rng.random() < 0.4 else ""
    return rng.choice(("", ".", "_")).join(words) + tail


def candidates(officials: list[tuple[Platform, str]], rng: random.Random) -> list[str]:
    mix: list[str] = []
    for _ in range(CANDIDATES):
        roll = rng.random()
        handle = rng.choice(officials)[1]
        if roll < 0.3:
            mix.append(lookalike(handle, rng))
        elif roll < 0.4:
            mix.append(handle)
        else:
            mix.append(unrelated(rng))
    return mix


def main() -> None:
    rng = random.Random(13)
    officials = inventory(rng)
    mix = candidates(officials, rng)
    started = time.perf_counter()
    index = LookalikeIndex(officials, base="randabergkommune")
    built = time.perf_counter() - started

    started, cpu = time.perf_counter(), time.process_time()
    answers = [index.nearest(Platform.INSTAGRAM, handle) for handle in mix]
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu

    started, screen_cpu = time.perf_counter(), time.process_time()
    screened = index.screen([(Platform.INSTAGRAM, handle) for handle in mix])
    screen_wall = time.perf_counter() - started
    screen_cpu = time.process_time() - screen_cpu
    assert screened == answers

    sample = mix[:SAMPLE]
    plain = [handle for _, handle in officials]
    naive_cpu = time.process_time()
    for handle in sample:
        folded = handle.casefold()
        best = min(OSA.distance(folded, official) for official in plain)
        del best
    naive = (time.process_time() - naive_cpu) / len(sample) * len(mix)

    found = Counter(
        "equivalent" if answer.equivalent else answer.reasons[0].code
        for answer in answers
        if answer is not None
    )
    print(f"inventory: {len(officials):,} official accounts; index built in {built * 1000:.0f} ms")
    print(
        f"candidates: {len(mix):,} (30% look-alikes, 10% official, 60% unrelated; "
        f"{len(set(mix)):,} distinct)"
    )
    print(f"load average while running: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(
        f"index, one by one (nearest): {cpu:.2f} s CPU = {len(mix) / cpu:,.0f} candidates/s "
        f"({elapsed:.2f} s wall = {len(mix) / elapsed:,.0f}/s); target 50,000/s"
    )
    print(
        f"index, screen (repeats answered once): {screen_cpu:.2f} s CPU = "
        f"{len(mix) / screen_cpu:,.0f} candidates/s ({screen_wall:.2f} s wall = "
        f"{len(mix) / screen_wall:,.0f}/s)"
    )
    print(
        f"naive pairwise rapidfuzz OSA loop: {naive:.1f} s CPU for all candidates "
        f"(timed on {len(sample):,} candidates × {len(plain):,} officials, extrapolated); "
        f"the index is {naive / cpu:.0f}× faster one by one, {naive / screen_cpu:.0f}× with screen"
    )
    print("answers:", ", ".join(f"{code} {count:,}" for code, count in found.most_common()))
    print(f"unrelated: {sum(answer is None for answer in answers):,}")


if __name__ == "__main__":
    main()
