"""Comparison keys and look-alike reasons between a handle and the official ones.

A :class:`LookalikeIndex` is built once over the official handles; :meth:`LookalikeIndex.nearest`
answers one handle, :meth:`LookalikeIndex.screen` many. Tiers, strongest first:

1. **Equivalent**: the platform's own comparison (``Platform.X.rules.comparison_key``: case,
   and Facebook's periods) makes the handle an official one: ``Match.equivalent``, no reason.
2. **Skeleton equal** (dictionary lookup): NFKC (full-width letters), default-ignorable
   characters removed, then the UTS #39 skeleton and case folding to a fixed point
   (``confusables.txt`` 17.0.0): ``homoglyph`` (``rn``/``m``, ``1``/``l``/``I``, ``0``/``O``,
   Cyrillic and Greek letters), ``mixed_script``, ``invisible``, ``full_width``.
3. **Separators removed** (``.`` ``_`` ``-``): ``separator``, where the platform itself does not
   ignore them.
4. **Diacritics removed** (combining marks, ``ø`` → ``o``): ``diacritic``, the weakest tier.
5. **Affix words** around an official handle or its stem (``_official``, ``offisiell.``,
   ``.no``, ``ekte_``, ``support`` ...): ``affix``; an unknown word before the stem, too.
6. **Typo**: OSA (restricted Damerau) distance with ``rapidfuzz`` on the folded form with
   look-alike letters mapped one to one but *without* the ``m`` → ``rn`` expansion, against
   officials of similar length only (blocks by length ±2 and the first two letters, or the
   two letters before ``kommune``; see ``_handle_keys.blocks``). Allowed:
   one edit when the distinctive part of the official handle (the handle without
   ``kommune``, e.g. ``randaberg`` or ``randabergbassenget``) has 5-8 characters, two from 9,
   none below 5, and never more than a quarter of it: ``typo`` with its kind (omission,
   insertion, repetition, transposition, substitution).
7. **Unregistered prefix**: the kommune's stem followed by anything not in the inventory
   (``randabergkommune_bib``): ``unregistered_prefix``, the rest as the detail.

Anything else is unrelated (``None``). The thresholds are those of the typosquatting tools in
the research notes (twyn, sakimori: one edit for short names, two for long ones, OSA since
transpositions are the commonest typo) and are held by ``tests/test_lookalike.py``: every
variant its generator makes of the example inventory is found (1,811 variants: 100 %), and no
handle of another kommune, no ordinary Norwegian word, and not ``randabergil`` is (10,451
negatives: 0 % false alarms).

Examples:
    >>> from randaberg_some.platforms import Platform
    >>> index = LookalikeIndex([(Platform.INSTAGRAM, "randabergkommune")], base="randabergkommune")
    >>> index.nearest(Platform.INSTAGRAM, "randabergk0mmune").reasons
    (Evidence(code='homoglyph', detail='0→o'),)
    >>> index.nearest(None, "randabergkommune_info").reasons
    (Evidence(code='affix', detail='info'),)
    >>> index.nearest(Platform.INSTAGRAM, "stavangerkommune") is None
    True
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from . import _confusables
from . import _handle_keys as _hk
from .platforms import Platform

__all__ = ["AFFIX_WORDS", "CONFUSABLES_VERSION", "REASONS", "Evidence", "LookalikeIndex", "Match"]

REASONS = (
    "homoglyph",
    "mixed_script",
    "invisible",
    "separator",
    "diacritic",
    "full_width",
    "typo",
    "affix",
    "unregistered_prefix",
    "platform_domain",
)
"""The stable reason codes, in order of weight."""

CONFUSABLES_VERSION = _confusables.VERSION
"""The version of Unicode's ``confusables.txt`` behind the skeletons."""

AFFIX_WORDS = frozenset(
    {
        "official", "offical", "offisiell", "offisielt", "offisielle", "ekte", "real", "the",
        "info", "informasjon", "no", "norge", "norway", "nytt", "nyheter", "news",
        "support", "hjelp", "kundeservice", "kontakt", "service", "team", "admin", "page",
        "side", "siden", "hq", "app", "fan", "fans", "verified", "verifisert",
    }
)  # fmt: skip
"""Words that impersonators add to an official handle (combosquatting)."""

_WEIGHT = {
    "homoglyph": 95.0,
    "mixed_script": 96.0,
    "invisible": 97.0,
    "full_width": 94.0,
    "separator": 88.0,
    "affix": 85.0,
    "diacritic": 80.0,
    "unregistered_prefix": 75.0,
    "typo": 70.0,
}
_Blocks = dict[str, tuple[list[str], list[int]]]
_Comparison = tuple[Platform, bool, tuple[str, ...], dict[str, str]]
_EDGE = 5  # roots are at least this long: their first and last letters, a quick test
_LONG = 12  # roots this long are looked up by this many first or last letters
_ORDER = {code: rank for rank, code in enumerate(REASONS)}
_GENERIC = _hk.GENERIC[0]
_NOWHERE: tuple[dict[int, Any], list[Any]] = ({}, [])  # a platform without officials
_Reason = tuple[str, str]  # (code, detail): a reason before it becomes an Evidence


def _rank(reason: _Reason) -> int:
    return _ORDER[reason[0]]


@attrs.frozen
class Evidence:
    """One reason a handle looks like an official one.

    Attributes:
        code: One of :data:`REASONS`.
        detail: What exactly: the typo's kind (``"omission"``, ``"transposition"``, ...),
            the affix word, the characters swapped; short, never the whole input.
    """

    code: str
    detail: str = ""


@attrs.frozen
class Match:
    """The official handle a candidate is nearest to, and why it looks like it.

    Attributes:
        platform: The official account's platform.
        official: The official handle, bare (no ``@``), as the inventory has it.
        reasons: Why the candidate looks like it; empty when it is merely the nearest.
        score: For ranking only: higher is more alarming (0-100).
        equivalent: The platform itself treats the candidate as this very account (its own
            comparison: case, and periods on Facebook); then ``reasons`` is empty.
    """

    platform: Platform
    official: str
    reasons: tuple[Evidence, ...]
    score: float
    equivalent: bool = False


class LookalikeIndex:
    """The official handles, indexed by their comparison keys.

    Args:
        officials: ``(platform, handle)`` pairs, handles with or without ``@``.
        base: The kommune's stem (``randabergkommune``): the unregistered-prefix rule's root.
    """

    def __init__(self, officials: Iterable[tuple[Platform, str]], *, base: str) -> None:
        self._officials = [
            (platform, handle.removeprefix("@"))
            for platform, handle in officials
            if isinstance(platform, Platform) and isinstance(handle, str) and handle.strip("@")
        ]
        self._base = base if isinstance(base, str) else ""
        self._platforms = tuple(dict.fromkeys(platform for platform, _ in self._officials))
        self._by_platform_key: dict[Platform, dict[str, str]] = {p: {} for p in self._platforms}
        self._tiers: tuple[dict[str, list[int]], ...] = ({}, {}, {})
        self._keys: list[_hk.Keys] = []
        self._allowed: list[int] = []
        self._roots: dict[str, list[int]] = {}
        self._stems: set[str] = set()
        self._buckets: dict[tuple[Platform | None, int, str, int], list[int]] = {}
        for number, (platform, handle) in enumerate(self._officials):
            self._add(number, platform, handle)
        stem = _hk.keys_of(self._base.removeprefix("@")).bare if self._base.strip("@") else ""
        if len(stem) >= 5:
            self._stems.add(stem)
            self._roots.setdefault(stem, []).extend(
                n for n, keys in enumerate(self._keys) if keys.bare.startswith(stem)
            )
        self._affixes = sorted(
            {_hk.keys_of(word).bare for word in AFFIX_WORDS}, key=len, reverse=True
        )
        self._affix_start: dict[str, list[str]] = {}
        for word in self._affixes:
            self._affix_start.setdefault(word[:2], []).append(word)
        # A root's size under its first (last) _LONG letters if it has that many, else under
        # its first (last) _EDGE: a key's roots, longest first, are the sizes under its
        # first (last) _LONG letters, then under its _EDGE ones.
        ends: tuple[dict[str, set[int]], ...] = ({}, {}, {}, {})
        for root in self._roots:
            at = 0 if len(root) >= _LONG else 2
            ends[at].setdefault(root[:_LONG] if at == 0 else root[:_EDGE], set()).add(len(root))
            tail = root[-_LONG:] if at == 0 else root[-_EDGE:]
            ends[at + 1].setdefault(tail, set()).add(len(root))
        self._heads, self._tails, self._short_heads, self._short_tails = (
            {end: sorted(sizes, reverse=True) for end, sizes in each.items()} for each in ends
        )
        comparisons = [
            (
                each,
                each.rules.case_insensitive.value,
                tuple(each.rules.ignored_in_comparison.value),
                self._by_platform_key[each],
            )
            for each in self._platforms
        ]
        self._flat_keys = set(self._tiers[1]) | set(self._tiers[2])
        # per platform (None: any): length -> per block (the first letters, the letters
        # before kommune): block letters -> (typo keys, officials)
        typos: dict[Platform | None, dict[int, tuple[_Blocks, _Blocks]]] = {None: {}}
        for (owner, near, char, end), members in self._buckets.items():
            sized = typos.setdefault(owner, {}).setdefault(near, ({}, {}))
            sized[end][char] = ([self._keys[n].typo for n in members], members)
        # id(platform) -> (its typo index, its comparisons): an enum hashes slowly
        self._comparing: dict[int, tuple[dict[int, tuple[_Blocks, _Blocks]], list[_Comparison]]]
        self._comparing = {id(None): (typos[None], comparisons)}
        for comparison in comparisons:
            self._comparing[id(comparison[0])] = (typos.get(comparison[0], {}), [comparison])
        self._plains = [_hk.plain(keys.fold) for keys in self._keys]
        self._separators = [_hk.separators(keys.fold) for keys in self._keys]
        self._ignored = [each.rules.ignored_in_comparison.value for each, _ in self._officials]

    def _add(self, number: int, platform: Platform, handle: str) -> None:
        keys = _hk.keys_of(handle)
        self._keys.append(keys)
        self._allowed.append(_hk.allowed_edits(keys.typo))
        self._by_platform_key[platform].setdefault(platform.rules.comparison_key(handle), handle)
        for tier, key in zip(self._tiers, (keys.skeleton, keys.flat, keys.bare), strict=True):
            tier.setdefault(key, []).append(number)
        stem = _hk.keys_of(handle.removeprefix("@").split("_")[0].split(".")[0].split("-")[0]).bare
        for root in {keys.bare, stem}:
            if len(root) >= 5:
                self._roots.setdefault(root, []).append(number)
        if stem != keys.bare and len(stem) >= 5:
            self._stems.add(stem)
        if not self._allowed[number]:
            return
        size = len(keys.typo)
        for owner in (platform, None):
            for near in range(size - 2, size + 3):
                for end, char in enumerate(_hk.blocks(keys.typo)):
                    self._buckets.setdefault((owner, near, char, end), []).append(number)

    def nearest(self, platform: Platform | None, handle: str) -> Match | None:
        """The official handle ``handle`` looks like on ``platform`` (any platform if None).

        Never raises: anything but a non-empty ``str`` is unrelated (``None``).
        """
        candidate: object = handle
        if not isinstance(candidate, str) or (
            platform is not None and not isinstance(platform, Platform)
        ):
            return None
        bare = candidate.strip().removeprefix("@")
        if not bare or not self._officials:
            return None
        lowered = bare.lower()
        typos, comparisons = self._comparing.get(id(platform), _NOWHERE)
        for each, lower, ignored, table in comparisons:
            key = lowered if lower else bare
            for char in ignored:
                key = key.replace(char, "")
            found = table.get(key)
            if found is not None:
                return Match(each, found, (), 100.0, equivalent=True)
        # Most handles are ASCII and unrelated: their keys without separators (equal ones
        # have equal keys without separators) and the typo key say so; all keys only when
        # a tier could match.
        quick = _confusables.ascii_keys(bare, lowered) if bare.isascii() else None
        keys: _hk.Keys | None = None
        first, second, third = self._tiers
        if quick is None:
            keys = _hk.keys_of(bare)
            surface = _hk.surface(bare)
            key, typo, fold, upper = keys.bare, keys.typo, keys.fold, keys.cased
            could = (
                keys.skeleton in first
                or keys.flat in second
                or key in third
                or upper[0] in first
                or upper[1] in second
                or upper[2] in third
            )
        else:
            key, typo, cased = quick
            fold, surface = lowered, ()
            flat = self._flat_keys  # the second and third tiers' keys: alike on ASCII
            could = key in flat or (cased != key and cased in flat)
        if could:
            keys = keys or _hk.keys_of(bare)
            equal = self._equal(platform, keys, surface)
            if equal is not None:
                return equal
        maybe = (
            key[:_LONG] in self._heads
            or key[:_EDGE] in self._short_heads
            or key[:2] in self._affix_start
        )
        prefixes = self._prefixes(key) if maybe else []
        ends = key[-_LONG:] in self._tails or key[-_EDGE:] in self._short_tails
        suffixes = self._suffixes(platform, key) if ends else []
        if prefixes or suffixes:
            found_affix = self._affix(platform, prefixes, suffixes, surface)
            if found_affix is not None:
                return found_affix
        best = self._nearest_typo(typos, typo)
        if best is not None:
            return self._typo(best, fold, typo, surface)
        if prefixes or suffixes:
            return self._prefix(platform, keys or _hk.keys_of(bare), prefixes, suffixes, surface)
        return None

    def screen(self, items: Iterable[tuple[Platform | None, str]]) -> list[Match | None]:
        """:meth:`nearest` for each ``(platform, handle)``, in the same order.

        A handle that comes again (exports repeat accounts) is answered once.
        """
        # Keyed by the platform's identity: a Platform member is a singleton, and hashing an
        # enum member runs Python code, hashing its id does not.
        answers: dict[tuple[int, str], Match | None] = {}
        found: list[Match | None] = []
        for platform, handle in items:
            text: object = handle
            if not isinstance(text, str) or not isinstance(platform, (Platform, type(None))):
                found.append(None)
                continue
            key = (id(platform), text)
            if key not in answers:
                answers[key] = self.nearest(platform, text)
            found.append(answers[key])
        return found

    def _on(self, platform: Platform | None, numbers: Sequence[int]) -> int | None:
        for number in numbers:
            if platform is None or self._officials[number][0] is platform:
                return number
        return None

    def _match(self, number: int, reasons: Sequence[_Reason], minus: float = 0.0) -> Match:
        """The match on official ``number``: its reasons as (code, detail) pairs until here."""
        if len(reasons) == 1:  # the common case: nothing to order
            code, detail = reasons[0]
            unique: tuple[Evidence, ...] = (Evidence(code, detail),)
            score = _WEIGHT.get(code, 50.0)
        else:
            pairs = sorted(dict.fromkeys(reasons), key=_rank)
            unique = tuple([Evidence(code, detail) for code, detail in pairs])
            score = max((_WEIGHT.get(code, 50.0) for code, _ in pairs), default=50.0)
        official_platform, official = self._officials[number]
        return Match(official_platform, official, unique, score - minus)

    def _equal(
        self, platform: Platform | None, keys: _hk.Keys, surface: tuple[_Reason, ...]
    ) -> Match | None:
        for tier, key, cased in zip(
            range(3), (keys.skeleton, keys.flat, keys.bare), keys.cased, strict=True
        ):
            number = self._on(platform, self._tiers[tier].get(key, ()))
            if number is None and cased != key:
                number = self._on(platform, self._tiers[tier].get(cased, ()))
            if number is None:
                continue
            reasons = list(surface)
            mine, theirs = _hk.plain(keys.fold), self._plains[number]
            if mine != theirs:
                reasons.append(("homoglyph", _hk.letter_swaps(mine, theirs)))
            if tier:
                mine, theirs = _hk.separators(keys.fold), self._separators[number]
                if mine != theirs and not set(mine + theirs) <= self._ignored[number]:
                    reasons.append(("separator", f"{theirs or '∅'}→{mine or '∅'}"))
            if tier == 2:
                marked = [c for c in keys.fold if c not in _hk.strip_marks(c) or not c.isascii()]
                reasons.append(("diacritic", "".join(dict.fromkeys(marked))[:20]))
            return self._match(number, reasons or [("homoglyph", "case")])
        return None

    def _prefixes(self, key: str) -> list[tuple[str, str, str]]:
        """(leading affix word, root, rest) for each official root ``key`` starts with."""
        leads = [""] + [word for word in self._affix_start.get(key[:2], ()) if key.startswith(word)]
        found = []
        roots = self._roots
        for lead in leads:
            tail = key[len(lead) :]
            sizes = self._heads.get(tail[:_LONG], [])
            for size in sizes + self._short_heads.get(tail[:_EDGE], []):
                fits = size < len(tail) or (lead and size == len(tail))
                if fits and tail[:size] in roots:
                    found.append((lead, tail[:size], tail[size:]))
        return found

    def _words(self, rest: str) -> list[str] | None:
        """``rest`` split into affix words, or None."""
        if not rest:
            return []
        for word in self._affix_start.get(rest[:2], ()):  # (words are 2 letters or more)
            if rest.startswith(word):
                tail = self._words(rest[len(word) :])
                if tail is not None:
                    return [word, *tail]
        return None

    def _affix(
        self,
        platform: Platform | None,
        prefixes: list[tuple[str, str, str]],
        suffixes: list[tuple[int, str]],
        surface: tuple[_Reason, ...],
    ) -> Match | None:
        """Affix words before or after an official handle or its stem."""
        for lead, root, rest in prefixes:
            words = self._words(rest)
            number = self._on(platform, self._roots[root])
            if words is not None and number is not None:
                detail = "+".join(word for word in (lead, *words) if word)
                return self._match(number, [*surface, ("affix", detail)])
        for number, rest in suffixes:
            if self._words(rest) is not None:
                detail = "+".join(self._words(rest) or ())
                return self._match(number, [*surface, ("affix", detail)])
        return None

    def _suffixes(self, platform: Platform | None, key: str) -> list[tuple[int, str]]:
        found = []
        sizes = self._tails.get(key[-_LONG:], [])
        for size in sizes + self._short_tails.get(key[-_EDGE:], []):
            root = key[-size:]
            if size < len(key) and root in self._roots:
                number = self._on(platform, self._roots[root])
                if number is not None:
                    found.append((number, key[:-size]))
        return found

    def _typo(
        self, best: tuple[int, int], fold: str, typo: str, surface: tuple[_Reason, ...]
    ) -> Match:
        """The typo tier's match: ``fold`` and ``typo`` are the candidate's keys."""
        number, distance = best
        if distance == 0:
            return self._match(number, surface or [("homoglyph", "")])
        official = self._keys[number]
        reasons = list(surface)
        plain = fold.replace(".", "").replace("_", "").replace("-", "")  # as _hk.plain
        if not fold.isascii():
            flat, plain = plain, _hk.strip_marks(plain)
            if flat != plain:
                reasons.append(("diacritic", ""))
        if typo != plain:
            reasons.append(("homoglyph", _hk.letter_swaps(plain, typo)))
        reasons.append(("typo", _hk.typo_kind(typo, official.typo)))
        return self._match(number, reasons, 10.0 * (distance - 1))

    def _nearest_typo(
        self, typos: dict[int, tuple[_Blocks, _Blocks]], typo: str
    ) -> tuple[int, int] | None:
        """(official, distance): the nearest within its allowed edits in either block.

        The first of the nearest, the first block's before the second's: both blocks'
        officials in one list, searched once.
        """
        sized = typos.get(len(typo))
        if sized is None:
            return None
        at = typo.find(_GENERIC)  # the blocks, as _hk.blocks
        first, second = (
            sized[0].get(typo[:2]),
            sized[1].get(typo[at - 2 : at] if at >= 2 else typo[-2:]),
        )
        if first is None:
            if second is None:
                return None
            choices, members = second
        elif second is None:
            choices, members = first
        else:
            choices, members = first[0] + second[0], first[1] + second[1]
        distance_of, extract_one = _hk.rapidfuzz_osa()
        if len(choices) > 2:
            hit = extract_one(typo, choices, scorer=distance_of, score_cutoff=2)
            if hit is None:
                return None
            number, distance = members[hit[2]], int(hit[1])
        else:  # as extractOne does (the first of the nearest), without its overhead
            number, distance = -1, 3
            for at, choice in enumerate(choices):
                found = distance_of(typo, choice, score_cutoff=2)
                if found < distance:
                    number, distance = members[at], found
            if number < 0:
                return None
        if distance > self._allowed[number]:
            number, distance = self._fallback(typo, members)
        return None if number < 0 else (number, distance)

    def _fallback(self, typo: str, members: list[int]) -> tuple[int, int]:
        from rapidfuzz.distance import OSA

        best = (-1, 99)
        for number in members:
            allowed = _hk.allowed_edits(self._keys[number].typo)
            distance = OSA.distance(typo, self._keys[number].typo, score_cutoff=allowed)
            if distance <= allowed and distance < best[1]:
                best = (number, distance)
        return best

    def _prefix(
        self,
        platform: Platform | None,
        keys: _hk.Keys,
        prefixes: list[tuple[str, str, str]],
        suffixes: list[tuple[int, str]],
        surface: tuple[_Reason, ...],
    ) -> Match | None:
        """The stem followed by anything not in the inventory; or any word before a handle."""
        if not prefixes and not suffixes:
            return None
        plain = _hk.plain(keys.fold)
        hits = [(root, rest) for lead, root, rest in prefixes if not lead]
        for root, rest in sorted(hits, key=lambda hit: len(hit[0])):
            number = self._on(platform, self._roots[root])
            if number is not None and root in self._stems:
                detail = _hk.readable(plain, rest, tail=True)
                return self._match(number, [*surface, ("unregistered_prefix", detail)])
        for number, rest in suffixes:
            detail = _hk.readable(plain, rest, tail=False)
            return self._match(number, [*surface, ("affix", detail)], 10.0)
        return None
