"""Whether an item is held online, by a flag whose key says so ("isOnline", "virtual", "webinar").

A flag that says the item is shown, published or sold online ("zoneIsVisibleOnline", Deciplus's rooms;
"bookableOnline", "onlineSale") is about the website, not where the event is held: it is not read as online.

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from sources.adapters._json_shapes import Column, flag_column

ONLINE_WORDS = frozenset({"online", "virtual", "remote", "webinar", "zoom", "livestream"})
SHOWN_WORDS = frozenset({"visible", "visibility", "shown", "published", "bookable", "booking", "sale", "sales"})
MIN_SHARE = 0.5


def online_column(column: Column) -> bool:
    """A flag saying whether each item is held online (not whether it is shown or sold online)."""
    names = set(column.key_words)
    return flag_column(column) and bool(names & ONLINE_WORDS) and not names & SHOWN_WORDS and column.share >= MIN_SHARE
