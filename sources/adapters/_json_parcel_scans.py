"""A parcel's tracking scans are no events: a list under a key path naming a tracked shipment whose items have no
name (issue #13, batch 78).

A postal service answers a tracking number with ``{"tracking_results": [{"trackable_items": [{"article_id",
"events": [{"location": "MELTON VIC", "description": "In transit", "date": "2014-08-08T15:46:58+10:00"}]}]}]}``:
the list is keyed "events" and each item has a place and a timed date, so each scan was read as an event titled
"Event" (the list's key was all its name). Carriers, parcel lockers and freight APIs write the same history under
"shipment", "parcel", "consignment", "waybill" or "tracking". A scan has a status ("In transit", "Delivered")
where an event has a name.

Refused when a key on the list's path (the list's own or a container's) holds a tracking word (``TRACK_WORDS``:
"tracking", "trackable", "shipment", "parcel", "consignment", "waybill", "courier" …) and nearly all items
(``_json_news.nearly_all``) carry no name of their own (no key saying name, title, summary, subject, headline:
``NAME_WORDS``). No happening guard (the scans are timed and placed by nature, as incidents are). Not: a
conference's "tracks" or "track" ("track" alone is no tracking word), a festival's "events" under "stages", a
shipment's list whose items are named (a shop's order lines), an analytics list of page views keyed by their
"name" (named items are left to the other readers).

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

from sources.adapters._json_news import nearly_all
from sources.adapters._json_shapes import words

__all__ = ["parcel_scans"]

TRACK_WORDS = frozenset(
    {
        "tracking", "trackable", "tracked", "shipment", "shipments", "parcel", "parcels", "consignment",
        "consignments", "waybill", "waybills", "courier", "trackings",
    }
)  # fmt: skip
NAME_WORDS = frozenset({"name", "title", "summary", "subject", "headline", "label"})
MARK = "^"  # a container's field (``_json_nested``), not the item's own
MAX_KEYS = 100  # an item's keys looked at
MAX_PATH = 1_000  # characters of the list's path read for its words


def parcel_scans(items: list[Any], path: str) -> bool:
    """Whether the list is a tracked parcel's scans: its path names tracking, its items have no name."""
    if not set(words(path[:MAX_PATH])) & TRACK_WORDS:
        return False
    return nearly_all(items, _nameless)


def _nameless(item: Mapping[Any, Any]) -> bool:
    own = (str(key)[:MAX_PATH] for key in itertools.islice(item, MAX_KEYS) if not str(key).startswith(MARK))
    return not any(set(words(key)) & NAME_WORDS for key in own)
