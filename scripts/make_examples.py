"""Write ``examples/kontoer.xlsx`` from ``examples/kontoer.csv``, byte for byte the same each run.

The workbook holds the CSV's rows as a kommune would keep them: one sheet, ``Kontoer``,
every cell written as text exactly as the CSV has it (so that reading the workbook gives the
same accounts, row errors and row numbers as reading the CSV), a bold frozen header, and
column widths to fit. The creation time is fixed so that the file does not change between
runs.

Run from the repository's root::

    python scripts/make_examples.py
"""

from __future__ import annotations

import csv
import datetime
from pathlib import Path

import xlsxwriter

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "examples" / "kontoer.csv"
TARGET = ROOT / "examples" / "kontoer.xlsx"
CREATED = datetime.datetime(2024, 5, 15, 9, 0, 0)


def rows(path: Path) -> list[list[str]]:
    """The CSV's records, blank lines kept as empty records (they keep the row numbers)."""
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file, delimiter=";"))


def write(records: list[list[str]], target: Path) -> None:
    """Write ``records`` (the header first) as a one-sheet workbook, every cell as text."""
    workbook = xlsxwriter.Workbook(str(target), {"strings_to_formulas": False})
    workbook.set_properties({"created": CREATED, "author": "Randaberg kommune"})
    bold = workbook.add_format({"bold": True})
    sheet = workbook.add_worksheet("Kontoer")
    widths: dict[int, int] = {}
    for number, record in enumerate(records):
        for column, cell in enumerate(record):
            sheet.write_string(number, column, cell, bold if number == 0 else None)
            widths[column] = max(widths.get(column, 0), len(cell))
    for column, width in widths.items():
        sheet.set_column(column, column, min(width + 2, 50))
    sheet.freeze_panes(1, 0)
    workbook.close()


def main() -> None:
    """Make ``examples/kontoer.xlsx`` from ``examples/kontoer.csv``."""
    write(rows(SOURCE), TARGET)
    print(f"wrote {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
