"""Time zone names from untrusted input → ZoneInfo, never an exception. Pure.

``zoneinfo.ZoneInfo`` raises more than ZoneInfoNotFoundError: IsADirectoryError for a region folder
("America", "Asia", "Europe"), OSError for a name longer than the file system allows, ValueError for a
path-like or NUL-carrying name. A zone name read from a feed, an API or a form is data, so every caller
goes through ``zone()`` and gets its fallback instead.
"""

from __future__ import annotations

import functools
import zoneinfo

# The longest IANA name is about 30 characters; anything far longer is not a zone.
MAX_ZONE_NAME = 64


def zone(name: object, fallback: zoneinfo.ZoneInfo | None = None) -> zoneinfo.ZoneInfo | None:
    """The IANA zone of that name, else ``fallback`` (for a missing, unknown or malformed name)."""
    if not isinstance(name, str) or len(name) > MAX_ZONE_NAME:
        return fallback
    found = _named(name)
    return fallback if found is None else found


@functools.lru_cache(maxsize=1024)
def _named(name: str) -> zoneinfo.ZoneInfo | None:
    """The zone of a name of at most MAX_ZONE_NAME characters, else None; kept per name (the pipeline asks for its
    records' few zones several times each). ZoneInfo itself hands back one object per key, so a kept zone is the
    object a new call would give."""
    if not name.strip():
        return None
    try:
        return zoneinfo.ZoneInfo(name.strip())
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return None


def zone_key(name: object) -> str | None:
    """The canonical key of a valid zone name, else None."""
    found = zone(name)
    return found.key if found is not None else None


def zone_or_utc(name: object) -> zoneinfo.ZoneInfo:
    """The zone of that name, else UTC: for code that must have a zone to compute with."""
    return zone(name) or zoneinfo.ZoneInfo("UTC")
