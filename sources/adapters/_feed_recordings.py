"""A feed item that is a recording of a day it names, published after that day: no event (for ``rss``). Pure.

A podcast's or a video channel's item carries its media as an enclosure (``<enclosure type="audio/mpeg">``,
``type="video/mp4"``): the item *is* the recording. Its title often names the day recorded ("Podcasting 2.0 Dev
Meeting for May 28 2022", "Council meeting, 3 March 2031"), and the item is published after it (the recording is
put up the next morning). That day is over when the item appears: it is not an event to come, and reading it as
one lists a meeting nobody can attend any more. So an item with an audio or video enclosure whose every date lies
before its own publication (a date with no clock: on a day before the day it was published; one with a clock: before
the moment; a span by its end) is set aside with that reason.

Left as they were: a festival's trailer published while it runs (its last day after the publication), an
episode that names a day after its publication ("Live taping on June 5" posted June 1: an
event to come, its recording attached as a trailer), an item whose enclosure is an image (a poster: the item is the
announcement), and an item without a publication date (nothing to tell the day recorded from the day to come).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sources.adapters._feed_item import stamp_of
from sources.adapters._feed_when import When

RECORDED = (
    "The item is a recording (its enclosure is {media}) of a day before it was published ({published}): "
    "the day it names is over, not an event to come."
)
MEDIA_TYPES = ("audio/", "video/")


def recording_media(entry: Mapping[str, Any]) -> str | None:
    """The media type of the item's first audio or video enclosure, or None when it has none."""
    for enclosure in entry.get("enclosures") or []:
        kind = str(enclosure.get("type") or "").strip().lower() if isinstance(enclosure, Mapping) else ""
        if kind.startswith(MEDIA_TYPES):
            return kind
    return None


def recorded_before(entry: Mapping[str, Any], whens: Sequence[When], zone: dt.tzinfo | None) -> str | None:
    """Why the item's dates are a recording's (``RECORDED``), or None when they may be an event's."""
    if not whens:
        return None
    media = recording_media(entry)
    if media is None:
        return None
    published = stamp_of(entry, "published_parsed")
    if published is None:
        return None
    local = published.astimezone(zone or dt.UTC)
    if not all(_before(when, local) for when in whens):
        return None
    return RECORDED.format(media=media, published=local.isoformat())


def _before(when: When, published: dt.datetime) -> bool:
    """Whether the date is over when the item appears: its end (else its start) before the publication."""
    last = when.end if when.end is not None else when.start
    if isinstance(last, dt.datetime):
        return last < published
    return last < published.date()
