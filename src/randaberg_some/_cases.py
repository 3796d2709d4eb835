"""SKELETON: case requests and case references in comment text."""

from __future__ import annotations

from ._hits import Hit

__all__ = ["scan_cases"]


def scan_cases(text: str) -> list[Hit]:
    """Return the hits for case requests (case_processing) and case references."""
    return []
