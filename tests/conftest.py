"""Test configuration: hypothesis profiles, and a guard against stale compiled modules."""

from __future__ import annotations

import os
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("default", max_examples=200, deadline=None)
settings.register_profile(
    "ci", max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# HYPOTHESIS_PROFILE chooses explicitly (CI's second run, on the oldest Python, checks
# compatibility and takes the default profile); otherwise CI searches harder.
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "default")
)

SOURCE = Path(__file__).resolve().parents[1] / "src"
_EXTENSIONS = tuple(EXTENSION_SUFFIXES)


def pytest_configure(config: pytest.Config) -> None:
    # A compiled build (HATCH_BUILD_HOOK_ENABLE_MYPYC=true pip install .) leaves its extension
    # modules in src/, where an editable install imports them instead of the edited source.
    stale = sorted(path.name for path in SOURCE.rglob("*") if path.name.endswith(_EXTENSIONS))
    if stale:
        pytest.exit(
            f"compiled modules in src/ would be tested instead of the source: {', '.join(stale)}."
            " Remove them (git clean -fX src) and run again.",
            returncode=pytest.ExitCode.USAGE_ERROR,
        )
