"""Whether an item is held online, by a flag whose key says so ("isOnline", "virtual", "webinar").

A flag that says the item is shown, published or sold online ("zoneIsVisibleOnline", Deciplus's rooms;
"bookableOnline", "onlineSale") is about the website, not where the event is held: it is not read as online.
Neither is a setting of the online meeting ("zoom_join_before_host": whether guests may join before the host) nor
a flag in one element of a list beside the event ("Prices.0.IsOnline": whether that price is sold online), unless
the list is the event's places ("locations.0.is_online").

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from sources.adapters._json_owned import in_place_list, list_element_field
from sources.adapters._json_shapes import Column, flag_column

ONLINE_WORDS = frozenset({"online", "virtual", "remote", "webinar", "zoom", "livestream"})
SHOWN_WORDS = frozenset({"visible", "visibility", "shown", "published", "bookable", "booking", "sale", "sales"})
SETTING_WORDS = frozenset({"join", "host", "before", "allow", "auto", "record", "recording", "password", "mute", "waiting",
                           "attendance", "sync", "synced"})  # fmt: skip
MIN_SHARE = 0.5


def online_column(column: Column) -> bool:
    """A flag saying whether each item is held online (not whether it is shown or sold online)."""
    names = set(column.key_words)
    if names & SHOWN_WORDS or names & SETTING_WORDS or (list_element_field(column) and not in_place_list(column)):
        return False
    return flag_column(column) and bool(names & ONLINE_WORDS) and column.share >= MIN_SHARE
