"""STUB (issue 13): profile URLs and bare handles to a platform and a handle; no network ever.

The agreed interface: :func:`parse_profile` returns a :class:`ProfileRef`. The URL helper
replaces this stub with the real host and path tables.
"""

from __future__ import annotations

from typing import Literal

import attrs

from .platforms import Platform

__all__ = ["ProfileKind", "ProfileRef", "parse_profile"]

ProfileKind = Literal["profile", "bare", "numeric", "person", "unverifiable", "invalid"]
"""What a pasted text is: a profile URL with a handle; a bare handle (no platform); a profile
by its stable numeric or channel ID; a person's profile (LinkedIn ``/in/``: never official); a
short, share or content link whose owner cannot be known offline; or nothing usable."""


@attrs.frozen(kw_only=True)
class ProfileRef:
    """What a pasted URL or handle names.

    Attributes:
        kind: See :data:`ProfileKind`.
        platform: The platform, when the text names one (``None`` for a bare handle or junk).
        handle: The handle as written (no ``@``, percent-decoded, NFC), when there is one.
        platform_id: A stable ID kept exactly as written (Facebook page ID, YouTube ``UC…``
            channel ID, LinkedIn numeric company ID, Vimeo ``user123``), when that is the form.
        lookalike_host: The host as pasted when it imitates a platform's domain
            (``faceb00k.com``); then ``platform`` is the platform it imitates.
        invisible: Whether invisible (format) characters were removed from the text.
    """

    kind: ProfileKind
    platform: Platform | None = None
    handle: str | None = None
    platform_id: str | None = None
    lookalike_host: str | None = None
    invisible: bool = False


def parse_profile(text: str) -> ProfileRef:
    """Parse a pasted URL or handle (STUB: only bare handles and ``https://<host>/<handle>``)."""
    text = text.strip()
    if text.startswith("@") or "/" not in text:
        handle = text.removeprefix("@")
        return ProfileRef(kind="bare", handle=handle) if handle else ProfileRef(kind="invalid")
    host, _, path = text.removeprefix("https://").removeprefix("www.").partition("/")
    for platform in Platform:
        if host == platform.value + ".com" and path:
            return ProfileRef(kind="profile", platform=platform, handle=path.strip("/@"))
    return ProfileRef(kind="invalid")
