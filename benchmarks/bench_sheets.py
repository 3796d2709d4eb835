"""Benchmark: loading a 100,000-row inventory from .xlsx against the same rows as CSV.

Run with ``pip install -e . && python benchmarks/bench_sheets.py [rows]``. Prints both
figures and their ratio; asserts nothing (targets are judged by a person reading them).

Target (issue 10): loading the ``.xlsx`` inventory costs at most 2 times loading the same
rows as CSV, measured side by side in one run (best of three, after one warm-up each so
that neither pays for first imports). Both go through the same row builder; the workbook
is read with python-calamine.
"""

from __future__ import annotations

import gc
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import xlsxwriter  # type: ignore[import-untyped]

from randaberg_some.files.inventory import load_accounts

HEADER = [
    "plattform",
    "brukernavn",
    "navn",
    "enhet",
    "enhetstype",
    "enhetsforkortelse",
    "egen_visuell_profil",
    "profilbilde",
    "formål",
    "administratorer",
]
PLATFORMS = [("facebook", "."), ("instagram", "_"), ("youtube", "_")]


def records(count: int) -> list[list[str]]:
    rows = []
    for number in range(count):
        platform, separator = PLATFORMS[number % 3]
        unit = f"Enhet {number // 3}"
        short = f"enhet{number // 3}"
        rows.append(
            [
                platform,
                f"@randabergkommune{separator}{short}",
                f"Randabergkommune {unit}",
                unit,
                "tjeneste",
                "",
                "nei",
                "official_logo",
                "informasjon",
                "Kari Nordmann" if number % 50 else "",
            ]
        )
    return rows


def write_csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write(";".join(HEADER) + "\n")
        for row in rows:
            file.write(";".join(row) + "\n")


def write_xlsx(path: Path, rows: list[list[str]]) -> None:
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = workbook.add_worksheet("Kontoer")
    sheet.write_row(0, 0, HEADER)
    for number, row in enumerate(rows, start=1):
        sheet.write_row(number, 0, row)
    workbook.close()


def best(run: Callable[[], object], repeat: int = 3) -> float:
    run()  # warm-up: imports, caches
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    rows = records(count)
    with tempfile.TemporaryDirectory() as folder:
        csv_path, xlsx_path = Path(folder, "kontoer.csv"), Path(folder, "kontoer.xlsx")
        write_csv(csv_path, rows)
        write_xlsx(xlsx_path, rows)
        from_csv, from_xlsx = load_accounts(csv_path), load_accounts(xlsx_path)
        assert from_csv.items == from_xlsx.items, "the two files must give the same accounts"
        csv_time = best(lambda: load_accounts(csv_path))
        xlsx_time = best(lambda: load_accounts(xlsx_path))
        size_csv, size_xlsx = csv_path.stat().st_size, xlsx_path.stat().st_size
    print(f"rows: {count:,} ({len(from_csv.items):,} accounts, {len(from_csv.errors)} row errors)")
    print(f"load_accounts(.csv):  {csv_time:7.3f} s  ({size_csv / 1e6:.1f} MB)")
    print(f"load_accounts(.xlsx): {xlsx_time:7.3f} s  ({size_xlsx / 1e6:.1f} MB)")
    print(f"ratio xlsx / csv:     {xlsx_time / csv_time:7.2f}  (target <= 2.00)")


if __name__ == "__main__":
    main()
