"""Render the example audit report (examples/kontoer.csv) to HTML, and to a PNG if possible.

Usage: python scripts/screenshot_report.py [--lang nb|nn|en] [--out docs/img/audit-report.png]

Where Debian's ``chromium`` is installed, headless Chromium takes a screenshot of the page
(from a fresh profile in a temporary directory); elsewhere the script writes the HTML page
beside where the PNG would be and says so.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from randaberg_some import audit, render
from randaberg_some.files.inventory import load_accounts

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    """Write the page, then the screenshot where chromium is installed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="nb", choices=("nb", "nn", "en"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img" / "audit-report.png")
    parser.add_argument("--dark", action="store_true", help="render in the dark colour scheme")
    args = parser.parse_args()
    report = audit(load_accounts(ROOT / "examples" / "kontoer.csv"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    with tempfile.TemporaryDirectory() as profile:
        page = Path(profile) / "audit-report.html"
        page.write_text(render.page(report, args.lang), encoding="utf-8")
        if browser is None:
            kept = args.out.with_suffix(".html")
            kept.write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
            print(f"chromium is not installed (apt-get install chromium): wrote {kept} only")
            return 0
        command = [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={Path(profile) / 'profile'}",
            f"--screenshot={args.out.resolve()}",
            "--window-size=1200,1600",
            "--hide-scrollbars",
        ]
        if args.dark:
            command.append("--force-dark-mode")
        command.append(page.resolve().as_uri())
        subprocess.run(command, check=True, capture_output=True, timeout=120)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
