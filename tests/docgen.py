"""Generated parts of the documentation, rendered from the library's own data.

``python -m tests.docgen`` rewrites them in place; ``tests/test_docs.py`` fails when a page
and the data disagree. A generated part stands between ``<!-- generated: NAME -->`` and
``<!-- end generated -->``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

from randaberg_some import Platform, Sourced

DOCS = Path(__file__).resolve().parent.parent / "docs"

_FACT_LABELS = {
    "characters": "characters",
    "preferred_separator": "separator",
    "min_length": "min length",
    "max_length": "max length",
    "not_first": "not first",
    "not_last": "not last",
    "not_doubled": "not doubled",
    "needs_letter": "needs a letter",
    "forbidden_parts": "forbidden parts",
    "case_insensitive": "ignores case",
    "ignored_in_comparison": "ignored when comparing",
    "url_template": "profile URL",
    "shows_at": "shown with @",
}


def _value(fact: Sourced[object]) -> str:
    value = fact.value
    if isinstance(value, frozenset):
        letters = {c for c in value if c.isalnum()}
        others = "".join(sorted(value - letters))
        text = ("A-Z a-z 0-9 " if letters else "") + " ".join(others)
        return "`" + (text.strip() or "none") + "`" if text.strip() else "none"
    if isinstance(value, tuple):
        return ", ".join(f"`{part}`" for part in value) or "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return f"`{value}`"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def platform_facts() -> str:
    """One table per platform: each fact, its value, source, confidence and note."""
    parts: list[str] = []
    for platform in Platform:
        rules = platform.rules
        parts.append(f"### {rules.label}\n")
        parts.append("| fact | value | source | confidence | note |")
        parts.append("|---|---|---|---|---|")
        for name, fact in rules.facts():
            row = [
                _FACT_LABELS[name],
                _value(fact),
                fact.source,
                fact.confidence.value,
                fact.note,
            ]
            parts.append("| " + " | ".join(_cell(cell) for cell in row) + " |")
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"


def platform_summary() -> str:
    """The platforms side by side: lengths, separator, room left for the unit."""
    lines = [
        "| platform | length | separator | room for the unit | shown with @ | example |",
        "|---|---|---|---|---|---|",
    ]
    from randaberg_some import suggest_handle

    for platform in Platform:
        rules = platform.rules
        room = rules.max_length.value - len("randabergkommune") - 1
        lines.append(
            f"| {rules.label} | {rules.min_length.value}–{rules.max_length.value} "
            f"| `{rules.preferred_separator.value}` | {room} "
            f"| {'yes' if rules.shows_at.value else 'no'} "
            f"| `{suggest_handle('Bassenget', platform)}` |"
        )
    return "\n".join(lines) + "\n"


GENERATORS: dict[str, tuple[str, Callable[[], str]]] = {
    "platform-summary": ("naming.md", platform_summary),
    "platform-facts": ("naming.md", platform_facts),
}

_BLOCK = re.compile(
    r"(<!-- generated: (?P<name>[a-z-]+) -->\n)(?P<body>.*?)(<!-- end generated -->)", re.S
)


def render(text: str) -> str:
    """Return ``text`` with every generated block rendered anew."""

    def replace(match: re.Match[str]) -> str:
        _, generate = GENERATORS[match["name"]]
        return match[1] + "\n" + generate() + "\n" + match[4]

    return _BLOCK.sub(replace, text)


def pages() -> list[Path]:
    """The pages that hold generated blocks."""
    return sorted({DOCS / page for page, _ in GENERATORS.values()})


def main() -> int:
    """Rewrite every page's generated blocks."""
    for page in pages():
        text = page.read_text(encoding="utf-8")
        page.write_text(render(text), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
