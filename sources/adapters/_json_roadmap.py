"""A software roadmap's changes are no events: a list whose items are changes planned for a product's releases,
each naming the release it ships in by its version and the package it changes (batch 63, APIs).

An operating system's roadmap answers its "upcoming changes" as ``[{"name": "Add Node.js to RHEL9 AppStream",
"type": "addition", "package": ["nodejs", "npm"], "release": "9.7", "date": "2025-08-01", "details": {...}}]``: a
name and a date, as an all-day event has. But the date is the day a release is due, and the record says which
release by its version number ("9.7", "10.1", "8.10.z", "v2.3.0") and which package or component the change is
to: a change to software, not something that happens for anyone to go to.

A list is one of roadmap changes when nearly all its items have a key naming a release, a milestone or a fixed
or target version (RELEASE_WORDS) holding a version number (VERSION: two to four dotted numbers, the first
without a leading zero, the last may be "x", "z" or "*"; a leading "v"), AND a key naming a package, a component
or a module (PACKAGE_WORDS) holding text or a list of texts; nearly all and the keys looked at as for news
(``_json_news.nearly_all``, ``said_keys``).

Not: a film list's "release": "2031-05-01" (a date, not a version); a dotted day ("01.05.31": a leading zero);
a record's own "version": 3 revision beside no package; a festival's ticket "package": "VIP" beside no versioned
release; a software conference ("PyCon 3.14 release party") whose items carry neither key.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sources.adapters._json_news import nearly_all, said_keys

__all__ = ["roadmap_items"]

# The keys naming the release a change ships in ("release", "fixVersion", "targetVersion", "milestone").
RELEASE_WORDS = frozenset({"release", "releases", "milestone", "fixversion", "fixversions"})
VERSION_PAIRS = frozenset({"fix", "target", "planned", "affects", "affected"})  # "fix_version", "targetVersion"
# The keys naming what is changed ("package", "packages", "component", "module").
PACKAGE_WORDS = frozenset({"package", "packages", "component", "components", "module", "modules"})
VERSION = re.compile(r"v?(?:0|[1-9]\d{0,2})(?:\.\d{1,3}){1,3}(?:\.[xXzZ*])?")
MAX_VERSION = 24  # characters of a version looked at
MAX_PARTS = 20  # texts of a package list looked at


def roadmap_items(items: list[Any]) -> bool:
    """Whether the list's items are a roadmap's planned changes (see the module's docstring)."""
    return nearly_all(items, _change)


def _change(item: Mapping[Any, Any]) -> bool:
    versioned = packaged = False
    for said, value in said_keys(item):
        if _names_release(said) and isinstance(value, str) and len(value) <= MAX_VERSION:
            versioned = versioned or VERSION.fullmatch(value.strip()) is not None
        if said & PACKAGE_WORDS:
            packaged = packaged or _text(value)
    return versioned and packaged


def _names_release(said: set[str]) -> bool:
    """Whether a key's words name a release: "release", "milestone", or a version that is fixed or targeted."""
    return bool(said & RELEASE_WORDS) or ("version" in said and bool(said & VERSION_PAIRS))


def _text(value: Any) -> bool:
    """Whether a package's value is a name: a text, or a list of texts."""
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return any(isinstance(part, str) and part.strip() for part in value[:MAX_PARTS])
    return False
