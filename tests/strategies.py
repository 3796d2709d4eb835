"""Hypothesis strategies shared by the tests."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from randaberg_some import Platform

platforms = st.sampled_from(list(Platform))

# Any text a person might type or paste, surrogates excluded (they cannot be encoded).
any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=60)

# Names in Latin letters as Norwegian units write them.
norwegian_letters = "abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅéü0123456789"
norwegian_names = st.lists(
    st.text(st.sampled_from(norwegian_letters), min_size=1, max_size=14), min_size=1, max_size=5
).map(" ".join)

# Latin-1 text: every character the fast path of the name folding may take.
latin1_text = st.text(st.characters(min_codepoint=0, max_codepoint=0xFF), max_size=40)

# Time zones a receipt time may carry: Oslo itself, UTC, fixed offsets, and other zones
# whose summer time changes on other days than Norway's.
time_zones = st.one_of(
    st.sampled_from(
        [
            ZoneInfo("Europe/Oslo"),
            ZoneInfo("America/New_York"),
            ZoneInfo("Australia/Sydney"),
            timezone.utc,
        ]
    ),
    st.integers(min_value=-14 * 60, max_value=14 * 60).map(
        lambda minutes: timezone(timedelta(minutes=minutes))
    ),
)

# Aware receipt times in years the holiday calendar covers, with room for a next working day.
receipt_times = st.datetimes(
    min_value=datetime(1902, 1, 1), max_value=datetime(2099, 12, 31), timezones=time_zones
)

# Any aware datetime at all, including the ends of time and every zone hypothesis knows.
any_aware_datetimes = st.datetimes(timezones=st.timezones())

# Ends of the working day a kommune might choose.
end_times = st.times(min_value=time(6, 0), max_value=time(23, 59, 59))

# Extra closure days around the years the tests use most.
closure_days = st.frozensets(
    st.dates(min_value=date(2023, 1, 1), max_value=date(2031, 12, 31)), max_size=40
)
