"""A feed's zero stamps are no dates, for the ``rss`` adapter (issue #13, feeds80). Pure.

Site generators write a page that carries no date with the zero of their language's time type: Hugo (Go's zero
``time.Time``) gives every such item "<pubDate>Mon, 01 Jan 0001 00:00:00 +0000</pubDate>" (batch 80: a radio
society's events section, its pages dated only in their words, "Wednesday February 13, 2019 3 PM - 4:30 PM"). Read
as a publication, the stamp anchored every reading of the item's words to the year 1, and no item was an event.

A stamp (an item's or the channel's pubDate, updated or published) whose year is before MIN_YEAR is nothing a web
feed was ever written at: it is dropped, as if the item had none, and the item's words date it as any undated
item's do. Not touched: any stamp from MIN_YEAR on (Unix's zero, 1970-01-01, can be a real day an archive writes),
an item's event elements (read by their own readers), a stamp feedparser could not read (no parsed value).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

MIN_YEAR = 1900  # no web feed is older; Go's zero time is the year 1
STAMPS = ("published", "updated", "created")


def drop_zero_stamps(result: MutableMapping[str, Any]) -> None:
    """Remove from feedparser's ``result`` (its channel and each entry) every stamp dated before MIN_YEAR."""
    for record in [result.get("feed"), *(result.get("entries") or [])]:
        if isinstance(record, MutableMapping):
            _drop(record)


def _drop(record: MutableMapping[str, Any]) -> None:
    # The stored keys only (dict's own methods): feedparser's dict maps a missing "updated_parsed" to the published
    # one, with a warning.
    stored = dict(record.items()) if not isinstance(record, dict) else record
    for name in STAMPS:
        parsed = dict.get(stored, f"{name}_parsed")
        if parsed is not None and getattr(parsed, "tm_year", MIN_YEAR) < MIN_YEAR:
            record.pop(name, None)
            record.pop(f"{name}_parsed", None)
