"""The hosts and path words of the six platforms' profile URLs, and look-alike hosts (issue 13).

Sources: the project's research notes (``impersonation.md`` §1.2, which consolidates Ghost's
social-URL utils and their table-driven test, lorey/social-media-profiles-regexs, yt-dlp's
extractors, danbooru's ``Source::URL`` classes and the U.S. Digital Registry). Every word here
is compared against a WHOLE path segment, lower-cased, never as a prefix (lorey's prefix guard
rejects ``facebook.com/meredith`` because it starts with ``me``).

Two kinds of reserved words per platform:

- ``CONTENT``: a post, video, share link, group or event. Its owner is not in the URL, so the
  parser says ``unverifiable``: a person opens the link and looks.
- ``SITE``: the platform's own pages (log-in, search, settings, explore). They name no account
  at all, so the parser says ``invalid``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

import regex

from .platforms import Platform

__all__ = [
    "BRANDS",
    "CONTENT",
    "DOMAINS",
    "HOMOGLYPHS",
    "IGNORABLE",
    "LOCALE_SUBDOMAIN",
    "PROFILE_SUBDOMAINS",
    "SHORT_LINK_HOSTS",
    "SITE",
    "TRACKING_PARAMETERS",
    "fold_host_label",
    "imitated_platform",
]

_FB, _IG, _LI = Platform.FACEBOOK, Platform.INSTAGRAM, Platform.LINKEDIN
_YT, _TT, _VI = Platform.YOUTUBE, Platform.TIKTOK, Platform.VIMEO

DOMAINS: Final[Mapping[str, Platform]] = MappingProxyType(
    {
        "facebook.com": _FB,
        "fb.com": _FB,
        "fb.me": _FB,
        "fb.watch": _FB,
        "instagram.com": _IG,
        "instagr.am": _IG,
        "linkedin.com": _LI,
        "lnkd.in": _LI,
        "youtube.com": _YT,
        "youtu.be": _YT,
        "youtube-nocookie.com": _YT,
        "tiktok.com": _TT,
        "vimeo.com": _VI,
    }
)
"""Each platform's registered domains. A host is the platform's when it equals one of these or
ends with ``"." + domain`` (never a bare suffix: ``notfacebook.com`` is not Facebook's)."""

PROFILE_SUBDOMAINS: Final[Mapping[str, frozenset[str]]] = MappingProxyType(
    {
        # m. and mbasic. are the mobile sites; web. and touch. older mobile hosts (§1.2).
        "facebook.com": frozenset({"", "www", "m", "mbasic", "web", "touch", "mobile"}),
        "fb.com": frozenset({"", "www", "m"}),
        "instagram.com": frozenset({"", "www", "m"}),
        "instagr.am": frozenset({"", "www"}),
        # Any two-letter country subdomain (no.linkedin.com) is allowed besides these.
        "linkedin.com": frozenset({"", "www", "m"}),
        "youtube.com": frozenset({"", "www", "m", "music"}),
        "tiktok.com": frozenset({"", "www", "m"}),
        "vimeo.com": frozenset({"", "www"}),
    }
)
"""The subdomains (the part before the domain; ``""`` for none) that serve profile pages.
Another subdomain of a platform's domain (``developers.facebook.com``) names no profile."""

LOCALE_SUBDOMAIN: Final = regex.compile(r"[a-z]{2}-[a-z]{2}")
"""Facebook's locale hosts, ``nb-no.facebook.com`` (mikesaidani/social-url-to-username)."""

SHORT_LINK_HOSTS: Final = frozenset(
    {"fb.me", "fb.watch", "lnkd.in", "youtu.be", "youtube-nocookie.com", "vm.tiktok.com",
     "vt.tiktok.com", "player.vimeo.com"}
)  # fmt: skip
"""Hosts whose links lead somewhere only through the network (a redirect or a player):
``unverifiable`` offline, whatever the path."""

CONTENT: Final[Mapping[Platform, frozenset[str]]] = MappingProxyType(
    {
        _FB: frozenset(
            {"share", "reel", "reels", "watch", "groups", "events", "story.php", "photo.php",
             "photo", "photos", "video.php", "videos", "media", "stories", "notes", "posts",
             "permalink.php", "pages", "gaming"}
        ),
        _IG: frozenset({"p", "reel", "reels", "tv", "stories"}),
        _LI: frozenset({"posts", "feed", "events", "pulse", "embed", "groups", "newsletters"}),
        _YT: frozenset(
            {"watch", "w", "v", "embed", "e", "live", "shorts", "clip", "playlist", "post",
             "watch_popup", "attribution_link", "shared"}
        ),
        _TT: frozenset({"t", "v", "embed", "video", "share", "live"}),
        _VI: frozenset(
            {"channels", "showcase", "album", "groups", "ondemand", "event", "video", "review"}
        ),
    }
)  # fmt: skip
"""Per platform, the first path segments that name content, not an account."""

SITE: Final[Mapping[Platform, frozenset[str]]] = MappingProxyType(
    {
        _FB: frozenset(
            {"marketplace", "login", "login.php", "logout.php", "help", "settings", "home.php",
             "search", "friends", "messages", "notifications", "privacy", "policies",
             "policy.php", "terms", "business", "ads", "bookmarks", "saved", "memories",
             "fundraisers", "legal", "about", "careers", "l.php", "sharer", "sharer.php",
             "dialog", "hashtag", "recover", "r.php", "reg", "signup", "plugins", "tr",
             "profile.php", "people", "profile", "pg", "p"}
        ),
        _IG: frozenset(
            {"explore", "accounts", "direct", "about", "legal", "developer", "web",
             "challenge", "emails", "session", "privacy", "terms", "directory", "graphql",
             "api", "_n", "_u", "oauth", "press", "lite"}
        ),
        _LI: frozenset(
            {"jobs", "login", "signup", "help", "legal", "learning", "search", "messaging",
             "notifications", "mynetwork", "premium", "sales", "talent", "checkpoint",
             "uas", "authwall", "company", "showcase", "school", "in", "pub", "mwlite",
             "psettings", "about", "news", "directory"}
        ),
        _YT: frozenset(
            {"results", "search", "hashtag", "trending", "explore", "feed", "feeds", "browse",
             "oembed", "get_video_info", "iframe_api", "s", "source", "storefront", "oops",
             "index", "account", "about", "upload", "signin", "logout", "premium", "gaming",
             "kids", "t", "redirect", "movies", "channel", "c", "user", "channels",
             "howyoutubeworks", "creators", "ads", "music"}
        ),
        _TT: frozenset(
            {"tag", "music", "discover", "explore", "foryou", "following", "login", "signup",
             "search", "legal", "about", "business", "creators", "upload", "setting",
             "settings", "messages", "friends", "place", "effect", "topics"}
        ),
        _VI: frozenset(
            {"watchlater", "log_in", "join", "upgrade", "features", "search", "blog", "help",
             "categories", "watch", "about", "enterprise", "solutions", "create", "stock",
             "privacy", "terms", "settings", "home", "explore", "integrations", "apps",
             "ott", "upload", "manage", "live", "purchase", "cookie_policy", "for-hire",
             "user"}
        ),
    }
)  # fmt: skip
"""Per platform, the first path segments that are the platform's own pages (never an account).
Prefix words that the parser reads before consulting this table (``profile.php``, ``pg``,
``company``, ``channel`` ...) are listed too, so that they never pass as a handle when their
form is broken."""

TRACKING_PARAMETERS: Final = frozenset(
    {"ref", "fref", "fbclid", "mibextid", "rdid", "sfnsn", "igsh", "igshid", "hl", "_t", "_r",
     "lang", "is_from_webapp", "sender_device", "si", "feature", "trk", "originalsubdomain",
     "utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term"}
)  # fmt: skip
"""Query parameters seen in real pastes (§1.2, danbooru's comments). The parser reads only the
parameters that carry an identity (``profile.php?id=``, ``permalink.php?id=``, ``watch?v=``)
and ignores every other one, these included; the set is here for the tests and the docs."""

IGNORABLE: Final = frozenset(
    "\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0" + "".join(map(chr, range(0xFE00, 0xFE10)))
)
"""Invisible characters that are not of category ``Cf`` but are Unicode default-ignorable
(combining grapheme joiner, Hangul fillers, Khmer inherent vowels, variation selectors):
removed with the ``Cf`` characters."""

BRANDS: Final[Mapping[str, Platform]] = MappingProxyType(
    {
        "facebook": _FB,
        "instagram": _IG,
        "linkedin": _LI,
        "youtube": _YT,
        "tiktok": _TT,
        "vimeo": _VI,
    }
)
"""The names in the platforms' domains that a look-alike host imitates. The short domains
(``fb``, ``instagr``, ``youtu``, ``lnkd``) are left out: one edit turns two letters into
almost any other host."""

HOMOGLYPHS: Final[Mapping[str, str]] = MappingProxyType(
    {
        # Digits people and phishers use for letters.
        "0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t",
        # Cyrillic letters that look Latin (UTS #39 confusables.txt, the common ones).
        "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
        "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
        "ԛ": "q", "ԝ": "w", "ь": "b", "ӏ": "l", "ո": "n", "ս": "u", "հ": "h",
        # Greek.
        "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
        "τ": "t", "υ": "u", "χ": "x", "γ": "y",
        # Latin letters that look like others.
        "ı": "i", "ɡ": "g", "ɩ": "i", "ʟ": "l", "ℓ": "l",
    }
)  # fmt: skip
"""A confusables-style fold for host labels, character by character (after NFKD, dropping
combining marks, and case folding). Sequences are folded after it: ``rn`` → ``m``,
``vv`` → ``w``. Deliberately small: it only decides whether a host imitates one of six
brand names, not whether two arbitrary strings are confusable."""


def fold_host_label(label: str) -> str:
    """Fold a host label for the look-alike comparison: a small confusables skeleton.

    NFKD without combining marks, case folding, the characters of
    :data:`~randaberg_some._url_HOMOGLYPHS` (``0`` → ``o``, ``1`` → ``l``, Cyrillic
    and Greek look-alikes), then ``rn`` → ``m``, ``vv`` → ``w`` and ``l`` → ``i`` (so that
    ``l``, ``I``, ``1`` and ``i`` are one letter).

    Examples:
        >>> fold_host_label("faceb00k"), fold_host_label("instagrarn"), fold_host_label("L1NKEDIN")
        ('facebook', 'instagram', 'iinkedin')
    """
    if not label.isascii():
        decomposed = unicodedata.normalize("NFKD", label)
        label = "".join(char for char in decomposed if not unicodedata.combining(char))
    folded = label.casefold().translate(_HOMOGLYPH_TABLE)
    return folded.replace("rn", "m").replace("vv", "w").replace("l", "i")


_HOMOGLYPH_TABLE: Final = str.maketrans(dict(HOMOGLYPHS))


_BRAND_KEYS: Final = tuple(
    (fold_host_label(brand), brand, platform) for brand, platform in BRANDS.items()
)
_TYPO_MIN_LENGTH: Final = 6
"""A brand of this many letters or more may be one edit away (``facebok``); ``vimeo`` may not:
one edit turns it into ``video``."""

_REASONS: Final = ("domain", "homoglyph", "separator", "typo", "affix")


def imitated_platform(host: str) -> tuple[Platform, str] | None:
    """The platform whose domain ``host`` imitates, and how; ``None`` when it imitates none.

    ``host`` is a lower-cased host, IDNA-decoded, that is none of the platforms' own. Each
    label but the last (the top-level domain) is compared with the six brand names (see
    :data:`~randaberg_some._url_BRANDS`), strongest reason first:

    - ``domain``: the name itself on another domain (``facebook.com.example.net``,
      ``instagram.no``);
    - ``homoglyph``: equal after :func:`fold_host_label` (``faceb00k``, ``instagrarn``,
      Cyrillic ``fаcebook``);
    - ``separator``: equal once hyphens and underscores are removed (``face-book``);
    - ``typo``: optimal string alignment distance 1 (one letter left out, added, changed, or
      two swapped) on the folded label, for brand names of six letters or more;
    - ``affix``: the folded label holds the brand name and more (``facebook-login``).

    Examples:
        >>> imitated_platform("faceb00k.com")
        (<Platform.FACEBOOK: 'facebook'>, 'homoglyph')
        >>> imitated_platform("instagarm.com")
        (<Platform.INSTAGRAM: 'instagram'>, 'typo')
        >>> imitated_platform("randaberg.kommune.no") is None
        True
    """
    labels = host.split(".")[:-1]  # a host of one label is no domain anyone registered
    best: tuple[int, Platform, str] | None = None
    for label in labels:
        if not label:
            continue
        for reason, platform in _label_reasons(label):
            rank = _REASONS.index(reason)
            if best is None or rank < best[0]:
                best = (rank, platform, reason)
    return None if best is None else (best[1], best[2])


def _label_reasons(label: str) -> list[tuple[str, Platform]]:
    folded = fold_host_label(label)
    joined = folded.replace("-", "").replace("_", "")
    found: list[tuple[str, Platform]] = []
    for key, brand, platform in _BRAND_KEYS:
        if label == brand:
            found.append(("domain", platform))
        elif folded == key:
            found.append(("homoglyph", platform))
        elif joined == key:
            found.append(("separator", platform))
        elif len(brand) >= _TYPO_MIN_LENGTH and _one_edit(joined, key):
            found.append(("typo", platform))
        elif key in joined:
            found.append(("affix", platform))
    return found


def _one_edit(first: str, second: str) -> bool:
    """Whether the optimal string alignment distance is exactly 1 (rapidfuzz, lazily)."""
    if abs(len(first) - len(second)) > 1:
        return False
    from rapidfuzz.distance import OSA

    return OSA.distance(first, second, score_cutoff=1) == 1
