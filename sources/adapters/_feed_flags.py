"""A feed item's own yes/no elements that say it is called off, for the ``rss`` adapter. Pure.

A library's events feed keeps a cancelled programme in the feed and says so in an element of its own:
BiblioCommons's ``<bc:is_cancelled>true</bc:is_cancelled>`` beside the programme's unchanged dates, a CMS export's
``<cancelled>yes</cancelled>``. Such an item is listed as cancelled, as GData's ``gd:eventStatus`` makes one. Found
by local name whatever the namespace prefix (feedparser keeps ``prefix_localname``), and only when it says true:
``<bc:is_cancelled>false</bc:is_cancelled>`` (every item of such a feed carries one) says the item takes place; a
``<cancellation_policy>``, a ``<cancelled_by>`` or a ``<refund_if_cancelled>`` is no flag, and an empty element
is a field left blank.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._feed_fields import item_deleted
from sources.adapters._feed_item import FeedInfo

CANCELLED_NAMES = ("is_cancelled", "is_canceled", "iscancelled", "iscanceled", "cancelled", "canceled")
TRUE_WORDS = frozenset({"true", "yes", "1"})


def item_called_off(entry: Mapping[str, Any]) -> bool:
    """Whether one of the item's elements named for a cancellation says true."""
    for key, value in entry.items():
        if not isinstance(key, str) or not isinstance(value, str):
            continue
        if any(key == name or _prefixed(key, name) for name in CANCELLED_NAMES):
            if value.strip().lower() in TRUE_WORDS:
                return True
    return False


def _prefixed(key: str, name: str) -> bool:
    """Whether ``key`` is ``name`` under a namespace's prefix ("bc_is_cancelled"), not a longer element's name that
    ends with it ("refund_if_cancelled": a policy, review31)."""
    prefix = key[: -len(name) - 1] if key.endswith(f"_{name}") else ""
    return bool(prefix) and "_" not in prefix


def item_gone(entry: Mapping[str, Any], info: FeedInfo) -> bool:
    """Deleted (``_feed_fields.item_deleted``: a tombstone element) or called off by a flag of its own."""
    return item_deleted(entry, info) or item_called_off(entry)
