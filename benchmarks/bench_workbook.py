"""Benchmark: writing the findings workbook of a 100,000-row inventory, beside the audit.

Usage: python benchmarks/bench_workbook.py [ROWS]

Issue 10 asks that writing the workbook cost at most twice the audit itself; both are
measured here side by side, in one run, and printed.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from randaberg_some import audit, load_accounts

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    """Build the inventory by repeating the example's rows, then time each step."""
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    lines = (ROOT / "examples" / "kontoer.csv").read_text(encoding="utf-8-sig").splitlines()
    header, body = lines[0], lines[1:]
    with tempfile.TemporaryDirectory() as folder:
        inventory = Path(folder) / "kontoer.csv"
        repeated = (body * (rows // len(body) + 1))[:rows]
        inventory.write_text("\n".join([header, *repeated]) + "\n", encoding="utf-8")
        loaded = load_accounts(inventory)
        start = time.perf_counter()
        report = audit(loaded)
        audited = time.perf_counter() - start
        start = time.perf_counter()
        report.to_excel(Path(folder) / "funn.xlsx")
        written = time.perf_counter() - start
    findings = sum(report.by_severity.values())
    print(f"{rows} rows, {findings} findings, {report.error_rows} unreadable rows")
    print(f"audit:          {audited:7.2f} s")
    print(f"workbook:       {written:7.2f} s  ({written / audited:.2f}x the audit)")
    return 0 if written <= 2 * audited else 1


if __name__ == "__main__":
    sys.exit(main())
