"""Write the example audit report (examples/kontoer.csv) as a workbook, and picture it.

Usage: python scripts/screenshot_workbook.py [--out docs/img/workbook.png]

The picture is the workbook as LibreOffice Calc opens it: ``soffice --headless`` converts the
workbook to PDF, and ``pdftoppm`` (poppler) turns the first page, the findings sheet, into a
PNG. Debian's packages ``libreoffice-calc-nogui`` and ``poppler-utils`` provide both; where
either is missing the script keeps the workbook and says so.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from randaberg_some import audit
from randaberg_some.files.inventory import load_accounts

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    """Write the workbook, convert it to PDF with LibreOffice, and its first page to PNG."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="nb", choices=("nb", "nn", "en"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img" / "workbook.png")
    args = parser.parse_args()
    report = audit(load_accounts(ROOT / "examples" / "kontoer.csv"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    office, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    with tempfile.TemporaryDirectory() as work:
        book = Path(work) / "funn.xlsx"
        report.to_excel(book, args.lang)
        if office is None or pdftoppm is None:
            kept = args.out.with_suffix(".xlsx")
            shutil.copyfile(book, kept)
            print(f"LibreOffice or pdftoppm is missing: the workbook is in {kept}")
            return 0
        profile = Path(work) / "profile"
        subprocess.run(
            [
                office,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                work,
                str(book),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        stem = Path(work) / "page"
        subprocess.run(
            # The top of the first page at 220 dpi: the findings sheet's rows, readable.
            [
                *(pdftoppm, "-png", "-r", "220", "-f", "1", "-l", "1", "-singlefile"),
                *("-x", "120", "-y", "150", "-W", "2200", "-H", "420"),
                *(str(book.with_suffix(".pdf")), str(stem)),
            ],
            check=True,
            timeout=60,
        )
        shutil.copyfile(stem.with_suffix(".png"), args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
