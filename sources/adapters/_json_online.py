"""Whether an item is held online, by a flag whose key says so ("isOnline", "virtual", "webinar").

An item's own kind says so too, where a text column holds a few kinds of item ("event_type": "virtual" | "in_person"
| "hybrid"): the kinds naming online, virtual, remote or webinar are online; "hybrid" is also held in its place.

A flag that says the item is shown, published or sold online ("zoneIsVisibleOnline", Deciplus's rooms;
"bookableOnline", "onlineSale") is about the website, not where the event is held: it is not read as online.
Neither is a setting of the online meeting ("zoom_join_before_host": whether guests may join before the host) nor
a flag in one element of a list beside the event ("Prices.0.IsOnline": whether that price is sold online), unless
the list is the event's places ("locations.0.is_online").

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from sources.adapters._json_other_words import OTHER_ONLINE_WORDS
from sources.adapters._json_owned import in_place_list, list_element_field
from sources.adapters._json_shapes import Column, flag_column, text_column, words

ONLINE_WORDS = frozenset({"online", "virtual", "remote", "webinar", "zoom", "livestream"}) | OTHER_ONLINE_WORDS
SHOWN_WORDS = frozenset({"visible", "visibility", "shown", "published", "bookable", "booking", "sale", "sales"})
SETTING_WORDS = frozenset({"join", "host", "before", "allow", "auto", "record", "recording", "password", "mute", "waiting",
                           "attendance", "sync", "synced"})  # fmt: skip
MIN_SHARE = 0.5
# The keys that name an item's kind or how it is attended ("event_type", "format", "attendance_mode").
KIND_WORDS = frozenset({"type", "kind", "format", "mode", "attendance", "modality", "delivery"})
# A kind that is also attended in a place is not online-only ("hybrid", "online and in person").
PLACE_KIND_WORDS = frozenset({"hybrid", "person", "inperson", "onsite", "offline", "physical", "venue", "blended"})
MAX_KINDS = 8


def online_column(column: Column) -> bool:
    """A flag saying whether each item is held online (not whether it is shown or sold online)."""
    names = set(column.key_words)
    if names & SHOWN_WORDS or names & SETTING_WORDS or (list_element_field(column) and not in_place_list(column)):
        return False
    return flag_column(column) and bool(names & ONLINE_WORDS) and column.share >= MIN_SHARE


def online_kinds(column: Column) -> dict[str, str]:
    """Each kind a column of a few repeated kinds holds mapped to whether it is online ("true"/"false"), when one of
    them names online; else nothing. Free text (every value its own) is not a set of kinds."""
    if not set(column.key_words) & KIND_WORDS or not text_column(column) or column.share < MIN_SHARE:
        return {}
    strings = column.strings()
    seen = set(strings)
    if len(seen) > MAX_KINDS or len(seen) >= len(strings) or any(len(text) > 40 for text in seen):
        return {}
    lookup: dict[str, str] = {}
    for text in seen:
        said = set(words(text))
        lookup[text] = "true" if said & ONLINE_WORDS and not said & PLACE_KIND_WORDS else "false"
    return lookup if "true" in lookup.values() else {}
