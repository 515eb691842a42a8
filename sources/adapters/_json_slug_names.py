"""Items named by a title or, where none is written, by their own slug (held-out batch apis70).

A conference's schedule data lists its plenary slots with a ``"title"`` ("Opening Remarks", "Lunch") and its talks
with only the talk's slug (``"talk": "https-for-the-rest-of-us"``, the key of the talk's own page, whose title is
those words). Neither key is in enough items to be the title alone; together they name every item, one each. The
twin-title reader (``_json_twin_titles``) merges two title keys that never meet in one item; a slug column counts
for the second of the pair here, read as its words ("https for the rest of us"), as a page address's last part is.

A slug name is lower-case words of letters and digits joined by hyphens, three parts at least, two of them words of
letters, each item's own (no two alike), and no address: a key that names a link, an id, a type or a category
("class": "main-stage-talk", "id": "evt-2031-001") is never one, nor a person's, an organisation's or a layout's
(``"presenter": "ada-lovelace-king"``, ``"layout": "two-column-wide"``: review39).

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sources.adapters._json_text_values import SLUG

if TYPE_CHECKING:
    from sources.adapters._json_shapes import Column

# Bounded parts, no overlap between them: linear on any text (hostile cases in tests/sources/hostile_patterns_more.py).
SLUG_NAME = re.compile(r"[a-z][a-z0-9]{0,39}(?:-[a-z0-9]{1,40}){2,20}")
MIN_WORDS = 2  # parts of letters only, two letters or more ("for", "us"): words, not codes
# Keys whose values are never an item's name, whatever they look like.
NOT_NAME_KEYS = frozenset({"id", "uid", "uuid", "guid", "key", "url", "link", "href", "permalink", "path", "type",
                           "kind", "class", "category", "categories", "status", "state", "tag", "tags", "track",
                           "tracks", "format", "level", "image", "icon", "file", "color", "colour", "style",
                           "theme", "room", "location", "venue", "speaker", "speakers", "author", "lang",
                           "language", "locale", "code", "ref", "hash", "token",
                           # a person's, an organisation's or a page part's slug (review39): not the item's name
                           "handle", "user", "username", "email", "presenter", "presenters", "host", "hosts",
                           "organizer", "organizers", "organiser", "organisers", "sponsor", "sponsors", "company",
                           "organization", "organisation", "org", "layout", "template", "anchor", "region",
                           "zone", "timezone", "tz"})  # fmt: skip


def slug_name_column(column: Column) -> bool:
    """Whether the column holds each item's own slug, its name's words joined by hyphens."""
    if set(column.key_words) & NOT_NAME_KEYS:
        return False
    present = column.present
    if not present or not all(isinstance(value, str) for value in present):
        return False
    strings = [value.strip() for value in present]
    return len(set(strings)) == len(strings) and all(_slug_name(text) for text in strings)


def _slug_name(text: str) -> bool:
    if len(text) > 200 or SLUG_NAME.fullmatch(text) is None:
        return False
    return sum(1 for part in text.split("-") if part.isalpha() and len(part) >= 2) >= MIN_WORDS


def slug_format(column: Column) -> str | None:
    """The mapping format that reads the column's values as words (``SLUG``) when they are slug names."""
    return SLUG if slug_name_column(column) else None
