"""The audit report's findings as people act on them: grouped by account, worst first.

Shared by the HTML report and the workbook (:mod:`randaberg_some.render.audit`).
"""

from __future__ import annotations

from typing import Final

from ..platforms import Platform
from ..rules import Severity

__all__ = ["RANK", "group", "platform_label"]

# The order of severities: errors first.
RANK: Final = {Severity.ERROR.value: 0, Severity.WARNING.value: 1, Severity.INFO.value: 2}

# A platform's value -> its label ("facebook" -> "Facebook"); other names as they are.
_LABELS: Final = {platform.value: platform.label for platform in Platform}


def platform_label(platform: object) -> str:
    if not isinstance(platform, str):
        return ""
    return _LABELS.get(platform, platform)


def group(
    records: list[dict[str, object]],
) -> tuple[list[list[dict[str, object]]], list[dict[str, object]]]:
    """The findings grouped by account (worst first, then by row), and the row errors.

    Within an account the findings come by severity; a sentence said twice on one account
    is kept once, with the codes of both.
    """
    groups: dict[object, list[dict[str, object]]] = {}
    errors: list[dict[str, object]] = []
    for record in records:
        if record["code"] is None:
            errors.append(record)
        else:
            groups.setdefault(record["position"], []).append(record)
    ordered: list[list[dict[str, object]]] = []
    for found in groups.values():
        found.sort(key=lambda record: RANK[str(record["severity"])])
        kept: dict[str, dict[str, object]] = {}
        for record in found:
            same = kept.get(str(record["message"]))
            if same is None:
                kept[str(record["message"])] = record
            elif record["code"] not in str(same["code"]).split(", "):
                same = kept[str(record["message"])] = dict(same)
                same["code"] = f"{same['code']}, {record['code']}"
                same["rule"] = f"{same['rule']}, {record['rule']}"
        ordered.append(list(kept.values()))

    def worst(found: list[dict[str, object]]) -> tuple[int, float, int]:
        first = found[0]
        row = first["row"]
        position = first["position"]
        assert isinstance(position, int)
        return (
            RANK[str(first["severity"])],
            float("inf") if not isinstance(row, int) else row,
            position,
        )

    ordered.sort(key=worst)
    return ordered, errors
