"""Generated parts of the documentation, rendered from the library's own data.

``python -m tests.docgen`` rewrites them in place; ``tests/test_docs.py`` fails when a page
and the data disagree. A generated part stands between ``<!-- generated: NAME -->`` and
``<!-- end generated -->``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import attrs

from randaberg_some import (
    RULES,
    Account,
    NamingPolicy,
    Platform,
    ProfilePicture,
    Purpose,
    Sourced,
    Unit,
    UnitKind,
    Violation,
    audit,
    validate_account,
)
from randaberg_some.accounts import AccountStatus

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


# --- the rule catalogue -------------------------------------------------------------------

_BASSENGET = Unit(name="Bassenget", kind=UnitKind.SERVICE)
_CLEAN = Account(
    platform=Platform.INSTAGRAM,
    name="Randabergkommune Bassenget",
    handle="@randabergkommune_bassenget",
    unit=_BASSENGET,
    profile_picture=ProfilePicture.official_logo(),
    purposes=(Purpose.INFORMATION,),
    administrators=("Kari Nordmann",),
)
_AT = date(2025, 3, 1)
_MAIN = attrs.evolve(
    _CLEAN,
    platform=Platform.FACEBOOK,
    name="Randaberg kommune",
    handle="@randabergkommune",
    unit=None,
)


@attrs.frozen
class Example:
    """An account that breaks one rule, described by what differs from a clean account.

    A rule across accounts gets the accounts audited before it as ``others``; the example
    then shows the findings of ``audit`` that concern ``account``, the last one.
    """

    what: str
    account: Account
    policy: NamingPolicy = attrs.field(factory=NamingPolicy)
    others: tuple[Account, ...] = ()
    at: date | None = None

    def violations(self) -> tuple[Violation, ...]:
        """What the library reports about ``account`` (on ``at``, when given)."""
        if not self.others:
            return validate_account(self.account, policy=self.policy, at=self.at)
        report = audit([*self.others, self.account], policy=self.policy, at=self.at)
        last = len(self.others) + 1
        return tuple(f.violation for f in report.findings if f.position == last)


def _unit(**changes: Any) -> Account:
    return attrs.evolve(_CLEAN, **changes)


EXAMPLES: dict[str, Example] = {
    "H101": Example("handle `@` on Instagram", _unit(handle="@")),
    "H102": Example(
        "handle `@randabergkommune_bassenget` on Facebook", _unit(platform=Platform.FACEBOOK)
    ),
    "H103": Example("handle `@rk` on Facebook", _unit(platform=Platform.FACEBOOK, handle="@rk")),
    "H104": Example(
        "handle `@randabergkommune_bassenget` (26 characters) on TikTok",
        _unit(platform=Platform.TIKTOK),
    ),
    "H105": Example(
        "handle `@.randabergkommune_bassenget` on Instagram",
        _unit(handle="@.randabergkommune_bassenget"),
    ),
    "H106": Example(
        "handle `@randabergkommune_bassenget.` on Instagram",
        _unit(handle="@randabergkommune_bassenget."),
    ),
    "H107": Example(
        "handle `@randabergkommune_bassen..get` on Instagram",
        _unit(handle="@randabergkommune_bassen..get"),
    ),
    "H108": Example("handle `@2024` on TikTok", _unit(platform=Platform.TIKTOK, handle="@2024")),
    "H109": Example(
        "handle `@randabergkommune.com` for the main account on Facebook",
        attrs.evolve(_MAIN, handle="@randabergkommune.com"),
    ),
    "N201": Example(
        "handle `@bassenget_randabergkommune`", _unit(handle="@bassenget_randabergkommune")
    ),
    "N202": Example("main account called `Randaberg`", attrs.evolve(_MAIN, name="Randaberg")),
    "N203": Example(
        "main account with the handle `@randabergkommune_hoved`",
        attrs.evolve(_MAIN, handle="@randabergkommune_hoved"),
    ),
    "N204": Example(
        "unit account called `Bassenget i Randaberg kommune`",
        _unit(name="Bassenget i Randaberg kommune"),
    ),
    "N205": Example(
        "handle `@randabergkommune.bassenget` on Instagram",
        _unit(handle="@randabergkommune.bassenget"),
    ),
    "N206": Example(
        "handle `@randabergkommune_svomming` for the unit Bassenget",
        _unit(handle="@randabergkommune_svomming"),
    ),
    "O301": Example("unit account called `Bassenget`", _unit(name="Bassenget")),
    "P401": Example(
        "a service with another picture",
        _unit(profile_picture=ProfilePicture.other("photo of the pool")),
    ),
    "P402": Example("no profile picture stated", _unit(profile_picture=None)),
    "P403": Example(
        "an image known by its digest, with no official digests registered",
        _unit(profile_picture=ProfilePicture.from_digest("ab" * 32)),
    ),
    "V501": Example(
        "a cultural institution with its own visual profile and its own picture",
        _unit(
            unit=Unit(
                name="Bassenget", kind=UnitKind.CULTURAL_INSTITUTION, own_visual_profile=True
            ),
            profile_picture=ProfilePicture.other("the institution's own logo"),
        ),
    ),
    "U601": Example(
        "purposes `information; case_processing`",
        _unit(purposes=(Purpose.INFORMATION, Purpose.CASE_PROCESSING)),
    ),
    "U602": Example(
        "purposes `information; kundeservice`",
        _unit(purposes=(Purpose.INFORMATION, "kundeservice")),
    ),
    "U603": Example("no purposes", _unit(purposes=())),
    "A701": Example("no administrators", _unit(administrators=())),
    "C801": Example("platform `snapchat`", _unit(platform="snapchat")),
    "C802": Example(
        "a TikTok account for the unit Kultur",
        _unit(
            platform=Platform.TIKTOK,
            name="Randabergkommune Kultur",
            handle="@randabergkommune_kultur",
            unit=Unit(name="Kultur"),
        ),
    ),
    "X901": Example(
        "two different Facebook accounts, `@randabergkommune.bassenget` and "
        "`@RandabergKommuneBassenget` (Facebook ignores case and periods)",
        _unit(
            platform=Platform.FACEBOOK,
            handle="@RandabergKommuneBassenget",
            administrators=("Ola Nordmann",),
        ),
        others=(_unit(platform=Platform.FACEBOOK, handle="@randabergkommune.bassenget"),),
    ),
    "X902": Example(
        "Bassenget as `@randabergkommune_bassenget` on Instagram and "
        "`@randabergkommune_basseng` on YouTube",
        _unit(platform=Platform.YOUTUBE, handle="@randabergkommune_basseng"),
        others=(_CLEAN,),
    ),
    "X903": Example("the same Instagram account listed twice", _CLEAN, others=(_CLEAN,)),
    "L101": Example(
        "an active account last reviewed on 2024-01-15, audited on 2025-03-01 with the "
        "default interval of 365 days",
        _unit(status=AccountStatus.ACTIVE, last_reviewed=date(2024, 1, 15)),
        at=_AT,
    ),
    "L102": Example(
        "an active account last posted to on 2024-06-01, audited on 2025-03-01 with the "
        "default of 180 days",
        _unit(status=AccountStatus.ACTIVE, last_posted=date(2024, 6, 1)),
        at=_AT,
    ),
    "L103": Example(
        "Bassenget's Instagram account listed as retired, and again as active",
        _unit(status=AccountStatus.ACTIVE, administrators=("Ola Nordmann",)),
        others=(_unit(status=AccountStatus.RETIRED),),
        at=_AT,
    ),
    "L104": Example(
        "a planned account with no readiness reference",
        _unit(status=AccountStatus.PLANNED),
        at=_AT,
    ),
    "L105": Example(
        "an account last posted to on 2025-04-01, audited on 2025-03-01",
        _unit(status=AccountStatus.ACTIVE, last_posted=date(2025, 4, 1)),
        at=_AT,
    ),
}


def rule_catalogue() -> str:
    """One section per rule: what it demands, its source, an example and its messages."""
    parts: list[str] = []
    for rule in RULES.values():
        example = EXAMPLES[rule.code]
        found = [v for v in example.violations() if v.code == rule.code]
        violation = found[0]
        if rule.source == "platform":
            source = (
                "the platform's own rule (see "
                "[Naming accounts](naming.md#the-platforms-rules-and-their-sources))"
            )
        elif rule.source == "inventory":
            source = f"the inventory itself (see [Inventories](inventory.md)): {rule.citation}"
        elif rule.source == "policy":
            source = (
                f"the policy's own (see [Accounts over time](#accounts-over-time)): {rule.citation}"
            )
        else:
            source = f"**{rule.source}**: «{rule.citation}»"
        parts += [
            f"### {rule.code} `{rule.name}`",
            "",
            f"- **Whose rule**: {WHOSE[_whose(rule.source)]}",
            f"- **Severity**: {rule.severity.value}",
            f"- **Source**: {source}",
            f"- **Demands** (en): {rule.summary.en}",
            f"- **Demands** (nb): {rule.summary.nb}",
            f"- **Demands** (nn): {rule.summary.nn}",
            f"- **Example**: {example.what}",
            f"- **Reported** (en): {violation.message.en}",
            f"- **Reported** (nb): {violation.message.nb}",
            f"- **Reported** (nn): {violation.message.nn}",
        ]
        if violation.fix is not None:
            parts.append(f"- **Fix**: `{violation.fix}`")
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"


# Whose rule it is: what a kommune departs from when its policy turns the rule off.
WHOSE = {
    "guideline": "the guideline's own: turning it off departs from the guideline",
    "platform": "a platform's: turning it off does not change what the platform accepts",
    "inventory": "the inventory's: it keeps the inventory consistent",
    "policy": "the policy's own: the guideline says nothing of it",
}


def _whose(source: str) -> str:
    return "guideline" if source.startswith("G") else source


def rule_index() -> str:
    """The catalogue as one table."""
    lines = ["| code | name | severity | source | whose rule |", "|---|---|---|---|---|"]
    for rule in RULES.values():
        anchor = f"{rule.code.lower()}-{rule.name}"
        lines.append(
            f"| [{rule.code}](#{anchor}) | `{rule.name}` | {rule.severity.value} "
            f"| {rule.source} | {_whose(rule.source)} |"
        )
    return "\n".join(lines) + "\n"


# --- traceability ----------------------------------------------------------------------------

STATEMENTS = (
    "G1", "G2", "G3", "G4", "G5", "G6", "G6.1", "G6.2", "G6.3", "G6.4", "G6.5", "G6.6",
    "G6.7", "G7", "G8", "G9", "G10", "G11", "G12", "G13", "G14",
)  # fmt: skip

# Statements that no account rule enforces, and what in the library carries them instead.
CARRIED_BY: dict[str, str] = {
    "G1": "`RANDABERG_PRESENCE`",
    "G2": "`RANDABERG_PRESENCE` (`actively_promoted`)",
    "G3": "`RANDABERG_PRESENCE` (`administered_for`)",
    "G6": "`ReadinessChecklist`",
    "G6.1": "`ReadinessChecklist.own_channel_needed`",
    "G6.2": "`ReadinessChecklist.has_resources`",
    "G6.3": "`ReadinessChecklist.administrators`",
    "G6.4": "`ReadinessChecklist.has_staffing`",
    "G6.5": "`ReadinessChecklist.has_moderation_routine`, `response_deadline`",
    "G6.6": "`ReadinessChecklist.has_security_routine`",
    "G6.7": "`ReadinessChecklist.manager_approved`",
    "G7": "`ReadinessAssessment.notification_email`",
    "G11": "`Organisation.official_image_digests`",
    "G12": "`Organisation.handle_base`, `suggest_handle`",
    "G13": "`suggest_account_name`, `suggest_handle`",
    "G14": "`suggest_account_name`, `suggest_handle`, `plan_handles`",
}

_MARK = re.compile(
    r"@(?:pytest\.mark\.)?guideline\((?P<ids>[^)]*)\)\n.*?^def (?P<test>\w+)", re.S | re.M
)


def guideline_tests() -> dict[str, list[str]]:
    """The tests marked ``@pytest.mark.guideline(...)``, by statement id."""
    tests: dict[str, list[str]] = {}
    for path in sorted(Path(__file__).parent.glob("test_*.py")):
        for match in _MARK.finditer(path.read_text(encoding="utf-8")):
            for statement in re.findall(r"G[\d.]+", match["ids"]):
                tests.setdefault(statement, []).append(f"{path.stem}::{match['test']}")
    return tests


def traceability() -> str:
    """G-id -> rule codes -> carried by -> tests."""
    tests = guideline_tests()
    lines = [
        "| statement | rules | also carried by | tests |",
        "|---|---|---|---|",
    ]
    for statement in STATEMENTS:
        codes = [
            f"[{r.code}](rules.md#{r.code.lower()}-{r.name})"
            for r in RULES.values()
            if r.source == statement
        ]
        named = sorted(set(tests.get(statement, [])))
        lines.append(
            f"| {statement} | {', '.join(codes) or '–'} | {CARRIED_BY.get(statement, '–')} "
            f"| {'<br>'.join(f'`{t}`' for t in named) or '–'} |"
        )
    return "\n".join(lines) + "\n"


GENERATORS: dict[str, tuple[str, Callable[[], str]]] = {
    "traceability": ("guideline.md", traceability),
    "rule-index": ("rules.md", rule_index),
    "rule-catalogue": ("rules.md", rule_catalogue),
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
