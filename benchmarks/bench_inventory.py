"""Benchmark: loading and auditing a large account inventory, and streaming memory.

Run with ``pip install -e . && python benchmarks/bench_inventory.py``. Prints figures;
asserts nothing (targets are judged by a person reading them).

Targets (issue 6): the audit of 100,000 accounts costs at most 3 times loading the same CSV
file into accounts; a streamed audit's peak memory stays flat as the file grows (10,000
against 100,000 rows) for the per-account rules, while the rules across accounts keep only
a comparison key per handle and an abbreviation per unit.

The CSV files are generated in a temporary directory: each unit has accounts on Facebook,
Instagram and YouTube; about one row in fifty breaks a rule (a missing administrator, an
abbreviation that differs between platforms, a duplicate row, an unknown unit kind).
"""

from __future__ import annotations

import gc
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from randaberg_some.auditing import audit
from randaberg_some.files.inventory import iter_accounts, load_accounts

PLACES = ["Grødem", "Harestad", "Tungenes", "Vistnes", "Goa", "Bø", "Rygg", "Viste", "Mølle"]
KINDS = [
    ("skole", "skole"),
    ("barnehage", "bhg"),
    ("bibliotek", "bibl"),
    ("helsestasjon", "helse"),
    ("kulturhus", "kultur"),
    ("ungdomsklubb", "ungdom"),
]
HEADER = (
    "plattform;brukernavn;navn;enhet;enhetstype;enhetsforkortelse;egen_visuell_profil;"
    "profilbilde;formål;administratorer"
)
PLATFORMS = (("facebook", "."), ("instagram", "_"), ("youtube", "_"))


def row(number: int) -> str:
    unit_number, platform_index = divmod(number, len(PLATFORMS))
    platform, separator = PLATFORMS[platform_index]
    kind, short = KINDS[unit_number % len(KINDS)]
    place = PLACES[unit_number % len(PLACES)]
    unit = f"{place} {kind} {unit_number}"
    abbreviation = f"{short}{unit_number}"
    administrators = "Kari Nordmann, Ola Hansen"
    unit_kind = "tjeneste"
    if number % 97 == 0:
        administrators = ""
    if number % 89 == 2:
        abbreviation = f"x{short}{unit_number}"
    if number % 211 == 5:
        unit_kind = "skole"  # a row error
    return (
        f"{platform};@randabergkommune{separator}{abbreviation};Randabergkommune {unit};{unit};"
        f"{unit_kind};{abbreviation};nei;official_logo;informasjon, profilering;{administrators}"
    )


def write_inventory(directory: Path, rows: int) -> Path:
    path = directory / f"kontoer-{rows}.csv"
    lines = [HEADER]
    for number in range(rows):
        lines.append(row(number))
        if number % 150 == 1:
            lines.append(row(number))  # a duplicate entry
    path.write_text("\ufeff" + "\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def best_of(repeat: int, call: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def peak_memory(call: Callable[[], object]) -> float:
    """Peak memory allocated by Python during ``call``, in MiB."""
    gc.collect()
    tracemalloc.start()
    try:
        call()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 2**20


def streamed_audit(path: Path) -> object:
    with iter_accounts(path) as rows:
        return audit(rows, keep_findings=False)


def streamed_audit_per_account(path: Path) -> object:
    with iter_accounts(path) as rows:
        return audit(rows, keep_findings=False, across=False)


def streamed_counts_only(path: Path) -> object:
    """Read every row and keep nothing: the floor of any streamed pass."""
    with iter_accounts(path) as rows:
        return sum(1 for _ in rows)


def main() -> int:
    with tempfile.TemporaryDirectory() as directory:
        small = write_inventory(Path(directory), 10_000)
        large = write_inventory(Path(directory), 100_000)
        print(f"Python {sys.version.split()[0]}")
        print(
            f"files: {small.name} {small.stat().st_size / 2**20:.1f} MiB, "
            f"{large.name} {large.stat().st_size / 2**20:.1f} MiB"
        )

        loaded = load_accounts(large)
        print(
            f"{large.name}: {loaded.data_rows} data rows, {len(loaded.items)} accounts, "
            f"{len(loaded.error_rows)} row errors"
        )
        load_time = best_of(3, lambda: load_accounts(large))
        audit_time = best_of(3, lambda: audit(loaded))
        stream_time = best_of(3, lambda: streamed_audit(large))
        report = audit(loaded)
        print(f"findings: {len(report.findings)}; by rule: {dict(report.by_rule)}")
        print()
        print(f"load_accounts                    {load_time:6.2f} s")
        print(f"audit(loaded)                    {audit_time:6.2f} s")
        print(f"ratio audit / load               {audit_time / load_time:6.2f}   (target <= 3)")
        print(f"streamed load + audit, counts    {stream_time:6.2f} s")
        print()

        print("peak memory (tracemalloc, MiB)       10,000 rows   100,000 rows")
        for label, call in (
            ("read rows, keep nothing", streamed_counts_only),
            ("streamed audit, per-account rules", streamed_audit_per_account),
            ("streamed audit, all rules", streamed_audit),
            ("load_accounts (everything held)", load_accounts),
        ):
            figures = [
                peak_memory(lambda path=path, call=call: call(path))  # type: ignore[misc]
                for path in (small, large)
            ]
            print(f"{label:<36} {figures[0]:8.1f}   {figures[1]:12.1f}")
        print(
            "(with all rules, the audit keeps a comparison key per handle and one abbreviation "
            "per unit for the rules across accounts)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
