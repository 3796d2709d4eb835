"""SKELETON: personal numbers, phone numbers and e-mail addresses in comment text."""

from __future__ import annotations

from ._hits import Hit

__all__ = ["scan_numbers"]


def scan_numbers(text: str) -> list[Hit]:
    """Return the hits for identity, account, organisation and phone numbers and e-mails."""
    return []
