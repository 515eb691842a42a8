"""A podcast's feed: its items' dates are episodes' releases, not events' days, for ``rss``. Pure.

A community radio station publishes each show as a podcast feed; one show is called "EVENTS" (feeds76: "EVENTS
Podcasts | RSS Feed", "All Podcasts from EVENTS"), its episodes recordings made at occasions ("Auckland City
Councillors Accept The Roger Award 22 May, 2010", "Midwinter Dip Interviews"), each an mp3 enclosure dated by its
release. The feed's name and its dates ahead of the fetch made its pubDates read as a programme's starts
(``_feed_date_signs.pubdate_programme``): nine episodes printed as events, and a tenth from its teaser's day ("On
Saturday October the 2nd, as part of Auckland's Heritage Week"), the very day it was released.

``podcast_feed``: every dated item (two at least) carries an audio or video enclosure (``_feed_recordings``) and the
feed says it is a podcast (review58: a podcast namespace, an item's ``itunes:`` field, or "podcast" in the channel's
name or description; a cinema's feed with a trailer on every screening, a venue's with a sample of every act, is an
events feed). Its pubDates are no programme, and only its items are asked ``day_stamp_recording``. ``day_stamp_recording``: an item with such an enclosure, released at a midnight that is a
day stamp ("Sat, 02 Oct 2010 00:00:00 GMT": no clock of its own), whose every date lies on or before that day, is the
recording of the day it names: ``_feed_recordings`` sets aside one whose dates are before its release, and a day
stamp does not say whether the day was over.

Not changed: a feed with one item without such an enclosure (an events feed attaching a trailer to one event), an
item released at a clock ("Fri, 01 Jun 2029 09:30:00 GMT": ``_feed_recordings`` compares the moment), an episode
naming a day after its release ("Live taping on June 5", released June 1: an event to come).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import email.utils
from collections.abc import Mapping, Sequence
from typing import Any

from sources.adapters._feed_recordings import RECORDED, recording_media
from sources.adapters._feed_when import When

MIN_ITEMS = 2
MAX_TEXT = 64
MAX_SIGN_TEXT = 2000  # of the channel's name and description
# Podcast vocabularies' namespaces: Apple's, Google Play's, the Podcast Index's.
PODCAST_NAMESPACES = ("itunes.com/dtds/podcast", "google.com/schemas/play-podcasts", "podcastindex.org/namespace")
PODCAST_KEYS = ("itunes_", "googleplay_", "podcast_")


def podcast_feed(entries: Sequence[Mapping[str, Any]], result: Mapping[str, Any] | None = None) -> bool:
    """Whether every dated item of the feed (two at least) carries an audio or video enclosure, in a feed that says
    it is a podcast (``result``: feedparser's whole answer, for its namespaces and its channel)."""
    dated = [entry for entry in entries if isinstance(entry, Mapping) and entry.get("published")]
    if len(dated) < MIN_ITEMS or not all(recording_media(entry) is not None for entry in dated):
        return False
    return _says_podcast(dated, result or {})


def _says_podcast(dated: Sequence[Mapping[str, Any]], result: Mapping[str, Any]) -> bool:
    """Whether the feed names itself a podcast: its namespaces, an item's podcast field, its channel's words."""
    namespaces = result.get("namespaces")
    if isinstance(namespaces, Mapping) and any(
        sign in str(uri) for uri in namespaces.values() for sign in PODCAST_NAMESPACES
    ):
        return True
    if any(str(key).startswith(PODCAST_KEYS) for entry in dated for key in entry):
        return True
    channel = result.get("feed")
    words = [channel.get(key) for key in ("title", "subtitle", "description")] if isinstance(channel, Mapping) else []
    return any(isinstance(text, str) and "podcast" in text[:MAX_SIGN_TEXT].lower() for text in words)


def day_stamp_recording(entry: Mapping[str, Any], whens: Sequence[When]) -> str | None:
    """Why the item is a recording of the day its day-stamp release names (``RECORDED``), or None."""
    if not whens:
        return None
    media = recording_media(entry)
    released = _day_stamp(entry.get("published"))
    if media is None or released is None:
        return None
    if not all(_last_day(when) <= released for when in whens):
        return None
    return RECORDED.format(media=media, published=released.isoformat())


def _day_stamp(text: Any) -> dt.date | None:
    """The day an RFC 822 pubDate at exactly midnight in its own offset stamps; None for any other."""
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
        return None
    try:
        moment = email.utils.parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return moment.date() if moment.time() == dt.time() else None


def _last_day(when: When) -> dt.date:
    last = when.end if when.end is not None else when.start
    return last.date() if isinstance(last, dt.datetime) else last
