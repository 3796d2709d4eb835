"""Benchmark: response deadlines for 100,000 receipt times, randaberg-some against workalendar.

Both sides do the same computation: convert the receipt time to Europe/Oslo, decide whether
it arrived on a working day before 15:30, and return the end (15:30, Europe/Oslo) of that day
or of the next working day. workalendar's Norway calendar answers the working-day questions
on the other side. The script checks that both agree on every receipt and prints the time per
receipt and the ratio.

Run: ``pip install -e '.[bench]' && python benchmarks/bench_moderation.py``.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from workalendar.europe import Norway

from randaberg_some.calendar import DEFAULT_END_OF_DAY, response_deadline

N = 100_000
REPEAT = 5
OSLO = ZoneInfo("Europe/Oslo")


def receipts(zone: timezone | ZoneInfo, seed: int = 5) -> list[datetime]:
    """N receipt times spread over 2024-2026, to the second, in ``zone``."""
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    span = 3 * 365 * 24 * 3600
    return [(start + timedelta(seconds=rng.randrange(span))).astimezone(zone) for _ in range(N)]


def workalendar_deadlines(times: Sequence[datetime]) -> list[datetime]:
    calendar = Norway()
    end = DEFAULT_END_OF_DAY
    results = []
    for received in times:
        local = received.astimezone(OSLO)
        day: date = local.date()
        if not (calendar.is_working_day(day) and local.time() < end):
            day = calendar.add_working_days(day, 1)
        results.append(datetime.combine(day, end, tzinfo=OSLO))
    return results


def ours(times: Sequence[datetime]) -> list[datetime]:
    return [response_deadline(received) for received in times]


Deadlines = Callable[[Sequence[datetime]], list[datetime]]


def best(function: Deadlines, times: Sequence[datetime]) -> float:
    """The best of REPEAT runs, in seconds."""
    timings = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        function(times)
        timings.append(time.perf_counter() - started)
    return min(timings)


def main() -> None:
    for label, zone in (("Europe/Oslo", OSLO), ("UTC", timezone.utc)):
        times = receipts(zone)
        started = time.perf_counter()
        expected = workalendar_deadlines(times)
        first_theirs = time.perf_counter() - started
        started = time.perf_counter()
        got = ours(times)
        first_ours = time.perf_counter() - started
        disagreements = sum(1 for a, b in zip(expected, got, strict=True) if a != b)
        theirs = best(workalendar_deadlines, times)
        mine = best(ours, times)
        print(f"{N:,} receipt times in {label}, 2024-2026 (best of {REPEAT}):")
        print(
            f"  workalendar     {theirs / N * 1e6:6.3f} µs/receipt (first run {first_theirs:.3f} s)"
        )
        print(f"  randaberg-some  {mine / N * 1e6:6.3f} µs/receipt (first run {first_ours:.3f} s)")
        print(f"  ratio           {theirs / mine:6.1f}x faster")
        print(f"  disagreements   {disagreements}")


if __name__ == "__main__":
    main()
