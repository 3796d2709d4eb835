"""Benchmark: suggest_handle against python-slugify, and the cost of importing the package.

Run with ``pip install -e '.[bench]' && python benchmarks/bench_naming.py``. Prints figures;
asserts nothing (targets are judged by a person reading them).

Targets (issue 2): at least 2 times as fast as python-slugify on 100,000 distinct Norwegian
unit names; ``import randaberg_some`` at most 1.5 times ``import attrs``; import plus one
``suggest_handle`` call at most 2 times ``import attrs``.
"""

from __future__ import annotations

import itertools
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

PLACES = [
    "Grødem",
    "Harestad",
    "Tungenes",
    "Vistnes",
    "Sande",
    "Goa",
    "Bø",
    "Rygg",
    "Viste",
    "Mølle",
    "Håland",
    "Austre Åmøy",
    "Søre",
    "Randaberg",
    "Dusavik",
    "Leikvoll",
    "Torvmyr",
    "Bøhagen",
    "Kvernevik",
    "Hålandsvatnet",
    "Fjøløy",
    "Alsvik",
    "Sørbø",
    "Nordbø",
]
KINDS = [
    "skole",
    "barnehage",
    "bibliotek",
    "helsestasjon",
    "idrettslag",
    "kulturhus",
    "ungdomsklubb",
    "sykehjem",
    "bo- og aktivitetssenter",
    "svømmehall",
    "fritidsklubb",
    "kirkekor",
    "musikkorps",
    "speidergruppe",
    "legekontor",
    "tannklinikk",
    "NAV-kontor",
    "Kultur- og fritidsetaten",
    "helse og omsorg",
    "friluftsråd",
    "seniorsenter",
]
EXTRAS = ["", "avdeling øst", "avdeling vest", "SFO", "for ungdom", "på Randaberg"]


def unit_names(count: int) -> list[str]:
    """``count`` distinct unit names such as people type them."""
    names: list[str] = []
    for number in itertools.count(1):
        for place, kind, extra in itertools.product(PLACES, KINDS, EXTRAS):
            names.append(f"{place} {kind} {extra} {number}".replace("  ", " ").strip())
            if len(names) == count:
                return names
    raise AssertionError("unreachable")


def per_name(function: Callable[[str], str], names: list[str], repeat: int = 5) -> float:
    """The best of ``repeat`` runs over ``names``, in microseconds per name."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for name in names:
            function(name)
        best = min(best, time.perf_counter() - start)
    return best / len(names) * 1e6


def bench_suggest(count: int) -> None:
    from slugify import slugify

    from randaberg_some import suggest_handle

    replacements = [["æ", "ae"], ["Æ", "Ae"], ["ø", "o"], ["Ø", "O"], ["å", "a"], ["Å", "A"]]

    def with_slugify(name: str) -> str:
        # The nearest equivalent job: the same folding of æ/ø/å, the kommune's own name
        # dropped as a stop word, words joined, and the base in front.
        slug = slugify(name, separator="", replacements=replacements, stopwords=["randaberg"])
        return "@randabergkommune_" + slug

    names = unit_names(count)
    assert len(set(names)) == count
    ours = per_name(suggest_handle, names)
    theirs = per_name(with_slugify, names)
    print(f"suggest_handle over {count:,} distinct Norwegian unit names")
    print(f"  randaberg_some.suggest_handle  {ours:6.2f} µs/name")
    print(f"  python-slugify (same job)      {theirs:6.2f} µs/name")
    print(f"  ratio (slugify / ours)         {theirs / ours:6.2f}x   target >= 2")
    agree = sum(suggest_handle(n) == with_slugify(n) for n in names[:2000])
    print(f"  same result on {agree} of the first 2,000 names")


_IMPORT_SNIPPETS = {
    "import attrs": "import attrs",
    "import randaberg_some": "import randaberg_some",
    "import + suggest_handle": "import randaberg_some\n"
    "randaberg_some.suggest_handle('Grødem skole')",
}


def _timed(snippet: str) -> float:
    code = f"import time\nt = time.perf_counter()\n{snippet}\nprint(time.perf_counter() - t)\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout)


def bench_import(runs: int) -> None:
    """Median cost of each snippet in fresh interpreters, interpreter start excluded.

    The snippets take turns, so that a busy moment of the machine falls on all of them.
    """
    samples: dict[str, list[float]] = {label: [] for label in _IMPORT_SNIPPETS}
    for _ in range(runs):
        for label, snippet in _IMPORT_SNIPPETS.items():
            samples[label].append(_timed(snippet) * 1e3)
    print(f"\nimport cost, median of {runs} fresh interpreters (interpreter start excluded)")
    base = statistics.median(samples["import attrs"])
    targets = {"import randaberg_some": 1.5, "import + suggest_handle": 2.0}
    for label, values in samples.items():
        cost = statistics.median(values)
        target = f"target <= {targets[label]}" if label in targets else ""
        print(f"  {label:<26} {cost:6.2f} ms  {cost / base:5.2f}x attrs  {target}")


def main() -> None:
    bench_suggest(100_000)
    bench_import(40)


if __name__ == "__main__":
    main()
