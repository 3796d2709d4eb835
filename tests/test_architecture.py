"""The tree shows the architecture: a pure core, one edge, imports pointing one way.

- The pure core (every module outside ``files/``, ``render/`` and ``cli/``) imports nothing
  that reads or writes: no ``os``, ``io``, ``csv``, ``json``, ``html``, ``sys``.
- Imports point one way: core <- files, render <- cli.
- No name is used across modules unless it is public or lives in a ``_``-prefixed module.
- The public names are written once, in ``__init__.py``'s import block.
- No module grows past about 500 lines, declarative data tables excepted.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import randaberg_some

PACKAGE = Path(randaberg_some.__file__).parent
EDGE = ("files", "render", "cli")
FORBIDDEN_IN_CORE = frozenset({"os", "io", "csv", "json", "html", "sys", "pathlib", "shutil"})
# Modules that are mostly declarative data (rule catalogue, platform facts, the questions).
DATA_TABLES = frozenset({"rules", "platforms"})
MAX_LINES = 550


def _modules() -> list[tuple[str, Path]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        found.append((".".join(parts), path))
    return found


def _layer(module: str) -> str:
    top = module.split(".")[0]
    return top if top in EDGE else "core"


def _resolve(module: str, node: ast.ImportFrom) -> str:
    """The imported module's name relative to the package, or '' for another package."""
    if node.level == 0:
        name = node.module or ""
        return name.removeprefix("randaberg_some.") if name.startswith("randaberg_some") else ""
    base = module.split(".")
    is_package = (PACKAGE / Path(*base) / "__init__.py").exists() or module.endswith("__init__")
    parent = base if is_package else base[:-1]
    parent = [part for part in parent if part != "__init__"]
    if node.level > 1:
        parent = parent[: len(parent) - (node.level - 1)]
    return ".".join([*parent, *(node.module.split(".") if node.module else [])])


def _top_level_imports(tree: ast.Module) -> list[ast.stmt]:
    """Imports executed when the module loads (not those inside functions or TYPE_CHECKING)."""
    found: list[ast.stmt] = []
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
        elif isinstance(node, ast.Try):
            found.extend(n for n in node.body if isinstance(n, (ast.Import, ast.ImportFrom)))
    return found


MODULES = _modules()


@pytest.mark.parametrize(("module", "path"), MODULES, ids=[m for m, _ in MODULES])
def test_the_pure_core_does_no_io(module: str, path: Path) -> None:
    if _layer(module) != "core" or module in ("__init__", "__main__"):
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name.split(".")[0] for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module.split(".")[0]]
        bad = FORBIDDEN_IN_CORE.intersection(names)
        assert not bad, f"{module} (line {node.lineno}) imports {sorted(bad)}"  # type: ignore[attr-defined]


ORDER = {"core": 0, "files": 1, "render": 1, "cli": 2}


@pytest.mark.parametrize(("module", "path"), MODULES, ids=[m for m, _ in MODULES])
def test_imports_point_one_way(module: str, path: Path) -> None:
    if module in ("__init__", "__main__"):
        return
    layer = _layer(module)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in _top_level_imports(tree):
        if not isinstance(node, ast.ImportFrom):
            continue
        target = _resolve(module, node)
        if not target:
            continue
        other = _layer(target)
        if other == layer:
            continue
        assert ORDER[other] < ORDER[layer], (
            f"{module} ({layer}) imports {target} ({other}) at line {node.lineno}"
        )


@pytest.mark.parametrize(("module", "path"), MODULES, ids=[m for m, _ in MODULES])
def test_no_private_name_crosses_modules(module: str, path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom):
            continue
        target = _resolve(module, node)
        if not target:
            continue
        if any(part.startswith("_") for part in target.split(".") if part != "__init__"):
            continue  # a private module is shared on purpose
        folder = PACKAGE / Path(*target.split(".")) if target else PACKAGE
        private = [
            a.name
            for a in node.names
            if a.name.startswith("_")
            and not (folder / f"{a.name}.py").exists()  # a private module of the package
        ]
        assert not private, f"{module} imports private {private} from {target}"


@pytest.mark.parametrize(("module", "path"), MODULES, ids=[m for m, _ in MODULES])
def test_modules_stay_small(module: str, path: Path) -> None:
    if module in DATA_TABLES:
        return
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{module} has {lines} lines; split it by concept"


def test_public_names_are_written_once_and_read_right() -> None:
    """The runtime's reading of the import block agrees with Python's own parser."""
    tree = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    block = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
    )
    parsed = {
        alias.name: (node.module or "")
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    for node in block.body:
        assert isinstance(node, ast.ImportFrom)
        assert all(alias.asname == alias.name for alias in node.names), "write 'X as X'"
    assert parsed == randaberg_some._HOME
    assert sorted(randaberg_some.__all__) == sorted([*parsed, "__version__"])


@pytest.mark.parametrize("name", sorted(randaberg_some.__all__))
def test_every_public_name_is_public_in_its_module(name: str) -> None:
    value = getattr(randaberg_some, name)
    if name == "__version__":
        assert isinstance(value, str)
        return
    if randaberg_some._HOME[name] == "":  # a namespace
        assert value.__name__ == f"randaberg_some.{name}"
        return
    module = __import__(f"randaberg_some.{randaberg_some._HOME[name]}", fromlist=["__all__"])
    assert name in module.__all__


def test_no_public_name_is_shadowed_by_a_submodule() -> None:
    """Importing a submodule binds its name on the package: it must not hide a public name."""
    submodules = {path.stem for path in PACKAGE.glob("*.py")} | {
        path.name for path in PACKAGE.iterdir() if (path / "__init__.py").exists()
    }
    namespaces = {name for name, module in randaberg_some._HOME.items() if module == ""}
    assert (set(randaberg_some.__all__) & submodules) - namespaces == set()
