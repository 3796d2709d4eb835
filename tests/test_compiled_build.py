"""The optional compiled build of the comment scanners (mypyc, pyproject.toml).

The same source is installed either way; ``HATCH_BUILD_HOOK_ENABLE_MYPYC=true pip install .``
turns the modules the hook lists into C extensions. These tests keep that list buildable, and,
where ``RANDABERG_SOME_EXPECT_COMPILED=1`` is set (CI runs the screening's tests against the
compiled build so), prove that the compiled modules are the ones imported.
"""

from __future__ import annotations

import ast
import importlib
import os
from pathlib import Path

import pytest

from .helpers import compiled_build_hook, compiled_modules, is_compiled

ROOT = Path(__file__).resolve().parents[1]


def test_the_hook_is_off_by_default() -> None:
    # A plain install needs no C compiler.
    assert compiled_build_hook()["enable-by-default"] is False


def test_the_hook_lists_the_scanners() -> None:
    assert compiled_modules() == [
        "randaberg_some._cases",
        "randaberg_some._case_words",
        "randaberg_some._numbers",
        "randaberg_some._masks",
        "randaberg_some._phone_check",
    ]


@pytest.mark.parametrize("module", compiled_modules())
def test_a_compiled_module_defines_no_attrs_class(module: str) -> None:
    # mypyc cannot compile an attrs class (the class body's fields are attrs' counters, not
    # values: importing the compiled module fails), so such classes live elsewhere (_hits).
    source = (ROOT / "src" / (module.replace(".", "/") + ".py")).read_text(encoding="utf-8")
    decorated = [
        node.name
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ClassDef)
        and any("attrs" in ast.unparse(decorator) for decorator in node.decorator_list)
    ]
    assert decorated == []


@pytest.mark.skipif(
    os.environ.get("RANDABERG_SOME_EXPECT_COMPILED") != "1",
    reason="the compiled build is checked where RANDABERG_SOME_EXPECT_COMPILED=1 (CI)",
)
@pytest.mark.parametrize("module", compiled_modules())
def test_the_compiled_module_is_the_one_imported(module: str) -> None:
    assert is_compiled(module), importlib.import_module(module).__file__
