"""Profile URLs and bare handles to a platform and a handle, offline (issue 13).

:func:`parse_profile` reads whatever a person pastes (a profile link from a phone's share
sheet, a link with tracking parameters, a bare ``@handle``) and says what it names, as a
:class:`ProfileRef`. Nothing is fetched: a short or share link, whose owner only a redirect
would tell, is ``unverifiable``.

The parsing order (research notes ``impersonation.md`` §5):

1. Trim whitespace, quotes and ``<>`` (and a sentence's final ``.,;!?``); remove invisible
   (format, ``Cf``, and other default-ignorable) characters and record that there were some.
2. Add ``https://`` when the scheme is missing; only ``http`` and ``https`` are URLs.
3. Split the URL; lower-case the host (NFKC first, as browsers do), drop a trailing dot, the
   port and any user name.
4. Find the platform: the host equals one of its domains or ends with ``"." + domain``
   (:data:`~randaberg_some._url_shapes.DOMAINS`), on a subdomain that serves profiles.
5. Percent-decode and NFC each path segment; drop empty segments. Query parameters are read
   only where they carry the identity (``profile.php?id=``); all others (tracking) are ignored.
6. Apply the platform's path rules; reserved words are compared with the WHOLE segment.
7. A host of no platform is checked for imitating one
   (:func:`~randaberg_some._url_shapes.imitated_platform`), after IDNA
   decoding of its ``xn--`` labels.

Text without a scheme or a slash is a bare handle unless its host is a platform's (or
imitates one): ``randabergkommune.bib`` is a Facebook-style handle, ``facebook.com`` a URL.

Examples:
    >>> from randaberg_some._urls import parse_profile
    >>> ref = parse_profile("https://m.facebook.com/Randaberg.Kommune?ref=bookmarks")
    >>> ref.kind, ref.platform.value, ref.handle
    ('profile', 'facebook', 'Randaberg.Kommune')
    >>> parse_profile("https://www.facebook.com/profile.php?id=100064&mibextid=ZbWKwL").platform_id
    '100064'
    >>> parse_profile("vm.tiktok.com/ZMabc123/").kind
    'unverifiable'
    >>> parse_profile("@randabergkommune")
    ProfileRef(kind='bare', platform=None, handle='randabergkommune', ...)
    >>> ref = parse_profile("https://faceb00k.com/randabergkommune")
    >>> ref.kind, ref.platform.value, ref.lookalike_host, ref.form
    ('invalid', 'facebook', 'faceb00k.com', 'host_homoglyph')
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from typing import Final, Literal, NamedTuple
from urllib.parse import parse_qsl, unquote, urlsplit

import attrs
import regex

from . import _url_shapes as shapes
from ._text import shown
from ._url_shapes import imitated_platform
from .errors import InvalidNameError
from .messages import Message
from .platforms import Platform

__all__ = [
    "FORMS",
    "ProfileKind",
    "ProfileRef",
    "parse_profile",
]

ProfileKind = Literal["profile", "bare", "numeric", "person", "unverifiable", "invalid"]
"""What a pasted text is: a profile URL with a handle; a bare handle (no platform); a profile
by its stable numeric or channel ID; a person's profile (LinkedIn ``/in/``: never official); a
short, share or content link whose owner cannot be known offline; or nothing usable."""

FORMS: Final[Mapping[str, str]] = {
    "handle": "profile: the platform's plain profile path (/<u>, /@<u>, a tab, a post under it)",
    "user": "profile: YouTube /user/<name>, the legacy user name (its own namespace)",
    "c": "profile: YouTube /c/<name>, the legacy custom URL (its own namespace)",
    "vanity": "profile: YouTube /<name>, a legacy vanity URL (ambiguous)",
    "company": "profile: LinkedIn /company/<slug>",
    "showcase": "profile: LinkedIn /showcase/<slug>",
    "school": "profile: LinkedIn /school/<slug>",
    "id": "numeric: a Facebook or LinkedIn ID (profile.php?id=, /profile/, /people/, /p/, "
    "/pages/, a vanity name ending in -<ID>, or digits alone)",
    "post_owner": "numeric: the owner's ID in a Facebook permalink.php or story.php link",
    "channel": "numeric: a YouTube channel ID (UC + 22 characters), case kept",
    "user_id": "numeric: a Vimeo default account name, user<digits>",
    "in": "person: LinkedIn /in/<slug>",
    "pub": "person: LinkedIn /pub/<slug>/...",
    "bare": "bare: a handle without a platform",
    "short_link": "unverifiable: a short, share or player link (needs a redirect)",
    "content": "unverifiable: a post, video, group or event whose owner is not in the URL",
    "empty": "invalid: nothing left after trimming (or more than 4,096 characters)",
    "scheme": "invalid: a scheme other than http or https",
    "root": "invalid: a platform's home page, no path",
    "site": "invalid: a platform's own page (log-in, search, explore, ...)",
    "not_a_handle": "invalid: the place of the handle holds something no handle can be",
    "other_host": "invalid: a platform's host that serves no profiles (developers.facebook.com)",
    "unknown_host": "invalid: a host of no platform, and not a look-alike of one",
    "host_domain": "look-alike host: a platform's name on a domain that is not the platform's",
    "host_homoglyph": "look-alike host: look-alike characters (faceb00k, instagrarn, Cyrillic)",
    "host_separator": "look-alike host: the name split by a hyphen (face-book.com)",
    "host_typo": "look-alike host: one letter left out, added, changed or swapped",
    "host_affix": "look-alike host: the name with a word added (facebook-login.com)",
    "host_userinfo": "look-alike host: a platform's domain as the user name (facebook.com@x.io)",
}
"""The stable codes of :attr:`ProfileRef.form`: which shape of the table matched, and why."""


@attrs.frozen(kw_only=True)
class ProfileRef:
    """What a pasted URL or handle names.

    Attributes:
        kind: See :data:`ProfileKind`.
        platform: The platform, when the text names one (``None`` for a bare handle or junk).
        handle: The handle as written (no ``@``, percent-decoded, NFC), when there is one.
        platform_id: A stable ID kept exactly as written (Facebook page ID, YouTube ``UC…``
            channel ID, LinkedIn numeric company ID, Vimeo ``user123``), when that is the form.
        lookalike_host: The host when it imitates a platform's domain (``faceb00k.com``); then
            ``platform`` is the platform it imitates. Lower-cased, and in its ASCII (``xn--``)
            form when it has other letters, so that a person can see the difference.
        invisible: Whether invisible (format) characters were removed from the text.
        form: Which shape matched, one of the codes of :data:`FORMS` (``"user"`` for YouTube
            ``/user/<name>``, ``"host_typo"`` for ``facebok.com``, ...).
    """

    kind: ProfileKind
    platform: Platform | None = None
    handle: str | None = None
    platform_id: str | None = None
    lookalike_host: str | None = None
    invisible: bool = False
    form: str = ""


class _Shape(NamedTuple):
    """What a platform's path rules found."""

    kind: ProfileKind
    form: str
    handle: str | None = None
    platform_id: str | None = None


_MAX_LENGTH: Final = 4096
_QUOTES: Final = " \t\r\n\"'`<>«»“”„‘’‚‹›"
_TRAILING: Final = ".,;!?"
_SCHEME: Final = regex.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://")
_NOT_IN_HANDLES: Final = frozenset(" !\"#$%&'()*+,/:;<=>?@[\\]^`{|}~")
_INVISIBLE: Final = regex.compile("[\\p{Cf}" + "".join(sorted(shapes.IGNORABLE)) + "]")
_QUERY_OR_FRAGMENT: Final = regex.compile(r"[?#]")
_DIGITS: Final = regex.compile(r"[0-9]+")
_VANITY_ID: Final = regex.compile(r".+-(?P<id>[0-9]{5,})")
_CHANNEL_ID: Final = regex.compile(r"UC[0-9A-Za-z_\-]{22}")
_VIMEO_USER: Final = regex.compile(r"user[0-9]+", regex.IGNORECASE)
_COUNTRY: Final = regex.compile(r"[a-z]{2}")
_DOTS: Final = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})
_FAILED: Final = (UnicodeError, ValueError, IndexError)


def parse_profile(text: str) -> ProfileRef:
    """Say what a pasted URL or handle names: platform, handle or ID, and of what kind.

    Never fetches anything and never raises on text: what cannot be read is ``invalid``.

    Args:
        text: A profile URL (with or without ``https://``), a content or short link, or a
            bare handle (``@randabergkommune``).

    Returns:
        The :class:`ProfileRef`.

    Raises:
        InvalidNameError: ``text`` is not a ``str``.

    Examples:
        >>> parse_profile("instagram.com/randabergkommune/reels/?igsh=abc").handle
        'randabergkommune'
        >>> parse_profile("https://www.linkedin.com/in/kari-nordmann/").kind
        'person'
    """
    if not isinstance(text, str):
        raise InvalidNameError(
            f"'text' must be a str (got {shown(text)})",
            message=Message(
                nb=f"Lenken eller brukernavnet må være tekst (fikk {shown(text)}).",
                nn=f"Lenka eller brukarnamnet må vere tekst (fekk {shown(text)}).",
                en=f"The link or username must be text (got {shown(text)}).",
            ),
        )
    cleaned, invisible = _clean(text)
    if not cleaned or len(cleaned) > _MAX_LENGTH:
        return ProfileRef(kind="invalid", invisible=invisible, form="empty")
    if cleaned.startswith("@") or not _is_url(cleaned):
        handle = cleaned.removeprefix("@")
        if _is_handle(handle):
            return ProfileRef(kind="bare", handle=handle, invisible=invisible, form="bare")
        return ProfileRef(kind="invalid", invisible=invisible, form="not_a_handle")
    return attrs.evolve(_parse_url(cleaned), invisible=invisible)


def _clean(text: str) -> tuple[str, bool]:
    """The text trimmed, without invisible characters; whether there were any."""
    kept = text if text.isascii() else _INVISIBLE.sub("", text)
    invisible = len(kept) != len(text)
    previous = None
    while previous != kept:
        previous = kept
        kept = kept.strip().strip(_QUOTES).rstrip(_TRAILING)
    return kept, invisible


def _is_handle(text: str) -> bool:
    """Whether ``text`` could be a handle: no space, control or URL punctuation in it.

    ``str.isprintable`` is false for every character of the categories "Other" (control,
    format, surrogate, unassigned) and "Separator" but the ASCII space.
    """
    return bool(text) and text.isprintable() and _NOT_IN_HANDLES.isdisjoint(text)


def _is_url(text: str) -> bool:
    """Whether ``text`` is meant as a URL rather than a bare handle."""
    if _SCHEME.match(text) or text.startswith("//") or "/" in text:
        return True
    if "." not in text:
        return False
    host = _normal_host(_QUERY_OR_FRAGMENT.split(text, maxsplit=1)[0].rpartition("@")[2])
    return _domain(host) is not None or imitated_platform(_decoded(host)) is not None


def _normal_host(hostport: str) -> str:
    """The host lower-cased, NFKC (full-width letters), without port and trailing dot."""
    host = unquote(hostport.partition(":")[0], errors="replace")
    host = unicodedata.normalize("NFKC", host).translate(_DOTS).lower()
    return host.rstrip(".")


def _decoded(host: str) -> str:
    """``host`` with each ``xn--`` label IDNA-decoded (left as is where it does not decode)."""
    return ".".join(_punycode(label, decode=True) for label in host.split("."))


def _ascii(host: str) -> str:
    """``host`` with each non-ASCII label in its ``xn--`` form, for a person to read."""
    return ".".join(_punycode(label, decode=False) for label in host.split("."))


def _punycode(label: str, *, decode: bool) -> str:
    try:
        if decode and label.startswith("xn--"):
            return label[4:].encode("ascii").decode("punycode").lower()
        if not decode and not label.isascii():
            return "xn--" + label.encode("punycode").decode("ascii")
    except _FAILED:
        pass
    return label


def _domain(host: str) -> str | None:
    """The platform domain ``host`` is on (equal or a dot-suffix), or ``None``."""
    labels = host.split(".")
    for start in range(max(0, len(labels) - 3), len(labels) - 1):
        candidate = ".".join(labels[start:])
        if candidate in shapes.DOMAINS:
            return candidate
    return None


def _serves_profiles(domain: str, subdomain: str) -> bool:
    if subdomain in shapes.PROFILE_SUBDOMAINS.get(domain, frozenset()):
        return True
    if domain == "facebook.com":
        return shapes.LOCALE_SUBDOMAIN.fullmatch(subdomain) is not None
    return domain == "linkedin.com" and _COUNTRY.fullmatch(subdomain) is not None


def _parse_url(text: str) -> ProfileRef:
    if text.startswith("//"):
        text = "https:" + text
    elif not _SCHEME.match(text):
        text = "https://" + text
    try:
        parts = urlsplit(text)
    except ValueError:
        return ProfileRef(kind="invalid", form="unknown_host")
    if parts.scheme.lower() not in ("http", "https"):
        return ProfileRef(kind="invalid", form="scheme")
    userinfo, _, hostport = parts.netloc.rpartition("@")
    if hostport.startswith("["):
        return ProfileRef(kind="invalid", form="unknown_host")
    host = _normal_host(hostport)
    segments = [
        unicodedata.normalize("NFC", unquote(segment, errors="replace"))
        for segment in parts.path.split("/")
    ]
    segments = [segment for segment in segments if segment]
    query = _query(parts.query)
    domain = _domain(host)
    if domain is None:
        return _foreign(host, userinfo, segments, query, parts.fragment)
    platform = shapes.DOMAINS[domain]
    if host in shapes.SHORT_LINK_HOSTS or domain in shapes.SHORT_LINK_HOSTS:
        return ProfileRef(kind="unverifiable", platform=platform, form="short_link")
    if not _serves_profiles(domain, host[: -len(domain)].rstrip(".")):
        return ProfileRef(kind="invalid", platform=platform, form="other_host")
    shape = _PATHS[platform](segments, query, parts.fragment)
    return ProfileRef(
        kind=shape.kind,
        platform=platform,
        handle=shape.handle,
        platform_id=shape.platform_id,
        form=shape.form,
    )


def _query(query: str) -> dict[str, str]:
    """The query's parameters, the first value of each (only ``id`` and ``v`` are read)."""
    found: dict[str, str] = {}
    for name, value in parse_qsl(query, keep_blank_values=True):
        found.setdefault(name.lower(), value)
    return found


def _foreign(
    host: str, userinfo: str, segments: list[str], query: dict[str, str], fragment: str
) -> ProfileRef:
    """A host of no platform: a look-alike of one (with the path read by its rules), or junk."""
    found = imitated_platform(_decoded(host))
    if found is None and userinfo:
        user = imitated_platform(_decoded(_normal_host(userinfo)) + ".x")
        found = None if user is None else (user[0], "userinfo")
    if found is None:
        return ProfileRef(kind="invalid", form="unknown_host")
    platform, reason = found
    shape = _PATHS[platform](segments, query, fragment)
    return ProfileRef(
        kind="invalid",
        platform=platform,
        handle=shape.handle,
        platform_id=shape.platform_id,
        lookalike_host=_ascii(host) or None,
        form="host_" + reason,
    )


# --- each platform's path rules ---------------------------------------------------------------

_Rules = Callable[[Sequence[str], Mapping[str, str], str], _Shape]


def _owner(handle: str, form: str = "handle") -> _Shape:
    """A profile by ``handle``, unless it cannot be one."""
    if _is_handle(handle):
        return _Shape("profile", form, handle=handle)
    return _Shape("invalid", "not_a_handle")


def _reserved(platform: Platform, first: str) -> _Shape | None:
    """The answer for a reserved first segment (the whole segment, lower-cased), if it is."""
    word = first.lower()
    if word in shapes.CONTENT[platform]:
        return _Shape("unverifiable", "content")
    if word in shapes.SITE[platform]:
        return _Shape("invalid", "site")
    return None


def _digits(text: str) -> bool:
    return _DIGITS.fullmatch(text) is not None


def _facebook(segments: Sequence[str], query: Mapping[str, str], fragment: str) -> _Shape:
    fb = Platform.FACEBOOK
    if not segments and fragment.startswith("!/"):
        # The legacy "#!/<username>" form: the path is in the fragment.
        path, _, inner = fragment[2:].partition("?")
        return _facebook([s for s in path.split("/") if s], _query(inner), "")
    if not segments:
        return _Shape("invalid", "root")
    first, rest = segments[0].lower(), segments[1:]
    if first in ("profile.php", "permalink.php", "story.php"):
        owner = query.get("id", "")
        if _digits(owner):
            return _Shape("numeric", "id" if first == "profile.php" else "post_owner", None, owner)
        return _Shape("invalid", "not_a_handle") if first == "profile.php" else _content()
    numeric = _facebook_id(first, rest)
    if numeric is not None:
        return _Shape("numeric", "id", platform_id=numeric)
    if first == "pg" and rest:
        first, rest = rest[0].lower(), rest[1:]
        segments = segments[1:]
    reserved = _reserved(fb, first)
    if reserved is not None:
        return reserved
    if _digits(first):
        return _Shape("numeric", "id", platform_id=first)
    vanity = _VANITY_ID.fullmatch(segments[0])
    if vanity is not None:
        return _Shape("numeric", "id", platform_id=vanity["id"])
    return _owner(segments[0])


def _content() -> _Shape:
    return _Shape("unverifiable", "content")


def _facebook_id(first: str, rest: Sequence[str]) -> str | None:
    """The ID of ``/profile/<n>``, ``/people/<Name>/<n>``, ``/p/<Name>-<n>``, ``/pages/...``."""
    if first == "profile" and rest and _digits(rest[0]):
        return rest[0]
    if first == "people" and len(rest) >= 2 and _digits(rest[1]):
        return rest[1]
    if first == "p" and rest:
        vanity = _VANITY_ID.fullmatch(rest[0])
        return None if vanity is None else vanity["id"]
    if first == "pages" and len(rest) >= 3 and rest[0].lower() == "category":
        vanity = _VANITY_ID.fullmatch(rest[2])
        return None if vanity is None else vanity["id"]
    if first == "pages" and len(rest) >= 2 and _digits(rest[1]):
        return rest[1]
    return None


def _instagram(segments: Sequence[str], query: Mapping[str, str], fragment: str) -> _Shape:
    ig = Platform.INSTAGRAM
    if not segments:
        return _Shape("invalid", "root")
    first = segments[0].lower()
    if first in ("_u", "stories") and len(segments) >= 2:
        if segments[1].lower() == "highlights":
            return _content()
        return _owner(segments[1].removeprefix("@"))
    reserved = _reserved(ig, first)
    if reserved is not None:
        return reserved
    return _owner(segments[0].removeprefix("@"))


def _linkedin(segments: Sequence[str], query: Mapping[str, str], fragment: str) -> _Shape:
    li = Platform.LINKEDIN
    if segments and segments[0].lower() == "mwlite":
        segments = segments[1:]
    if not segments:
        return _Shape("invalid", "root")
    first = segments[0].lower()
    if first in ("company", "showcase", "school", "in", "pub"):
        if len(segments) < 2:
            return _Shape("invalid", "not_a_handle")
        slug = segments[1]
        if first in ("in", "pub"):
            if not _is_handle(slug):
                return _Shape("invalid", "not_a_handle")
            return _Shape("person", first, handle=slug)
        if _digits(slug):
            return _Shape("numeric", "id", platform_id=slug)
        return _owner(slug, first)
    if first in shapes.CONTENT[li]:
        return _content()
    return _Shape("invalid", "site")


def _youtube(segments: Sequence[str], query: Mapping[str, str], fragment: str) -> _Shape:
    yt = Platform.YOUTUBE
    if not segments:
        return _Shape("invalid", "root")
    if segments[0].startswith("@"):
        return _owner(segments[0][1:])
    first = segments[0].lower()
    if first == "channel" and len(segments) >= 2 and _CHANNEL_ID.fullmatch(segments[1]):
        return _Shape("numeric", "channel", platform_id=segments[1])
    if first in ("user", "c") and len(segments) >= 2:
        return _owner(segments[1], first)
    reserved = _reserved(yt, first)
    if reserved is not None:
        return reserved
    return _owner(segments[0], "vanity")


def _tiktok(segments: Sequence[str], query: Mapping[str, str], fragment: str) -> _Shape:
    tt = Platform.TIKTOK
    if not segments:
        return _Shape("invalid", "root")
    if segments[0].startswith("@"):
        return _owner(segments[0][1:])
    reserved = _reserved(tt, segments[0])
    # TikTok serves profiles only under "/@<user>"; "/<user>" is no page of its.
    return reserved if reserved is not None else _Shape("invalid", "not_a_handle")


def _vimeo(segments: Sequence[str], query: Mapping[str, str], fragment: str) -> _Shape:
    vi = Platform.VIMEO
    if not segments:
        return _Shape("invalid", "root")
    first = segments[0]
    if _digits(first):
        return _content()  # a video: vimeo.com/<digits>
    if _VIMEO_USER.fullmatch(first):
        return _Shape("numeric", "user_id", platform_id=first)
    reserved = _reserved(vi, first)
    return reserved if reserved is not None else _owner(first)


_PATHS: Final[Mapping[Platform, _Rules]] = {
    Platform.FACEBOOK: _facebook,
    Platform.INSTAGRAM: _instagram,
    Platform.LINKEDIN: _linkedin,
    Platform.YOUTUBE: _youtube,
    Platform.TIKTOK: _tiktok,
    Platform.VIMEO: _vimeo,
}
