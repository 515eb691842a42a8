"""Whether a feed lists events, and whether its pubDates are its events' starts, for the ``rss`` adapter: its
own page, a namespace it declares, its items' pages or their pubDates well in the future say it lists events
(``is_event_feed``); pubDates to come in date order or in a feed that names itself a list of events are a
programme's starts (``pubdate_programme``); pubDates each paired with a later end element are starts
(``pubdate_ends``). Which of an item's dates is its event's is ``_feed_dates``'s, which re-exports these. Pure.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import urllib.parse
import zoneinfo
from collections.abc import Mapping
from typing import Any

from sources.adapters._feed_compound_pages import compound_event_segment
from sources.adapters._feed_extras import END_NAMES, START_NAMES, local_value
from sources.adapters._feed_item import Programme, stamp_of
from sources.adapters._feed_news import says_news
from sources.adapters._feed_page_suffix import page_stem
from sources.adapters._feed_podcast import podcast_feed
from sources.adapters._feed_post_stamps import post_stamped
from sources.adapters._feed_release_series import release_series
from sources.adapters._feed_when import read_moment

# Most items dated this far after the fetch: a feed of events (a local clock labelled GMT is off by 14 h at most).
FUTURE_MARGIN = dt.timedelta(hours=14)
# ... and in the languages the prose readers read: "/eventi/" (Hugo's Italian section), "/veranstaltungen/", "/akce/"
# (Czech, feeds81: a library's events), "/agenda/" is left out (a council's meeting papers as often as a programme).
EVENT_SEGMENTS = frozenset({
    "event", "events", "calendar", "calendars", "eventi", "eventos", "evenements", "événements", "évènements",
    "evenementen", "veranstaltungen", "evenemang", "arrangementer", "wydarzenia", "udalosti", "tapahtumat",
    "termine", "akce", "meetups", "gigs", "concerts", "shows",
})  # fmt: skip
# A blog's tag pages: the segment after one names a tag, not a section ("/tag/veranstaltungen/feed/").
TAG_SEGMENTS = frozenset({"tag", "tags", "schlagwort", "schlagworte", "stichwort", "etiqueta", "etiquetas", "tagged"})
_EVENT_QUERY = re.compile(r"(?:^|&)post_type=[\w-]*events?\b", re.IGNORECASE)
_EVENT_NAMESPACE = re.compile(r"trumba|calendar|event", re.IGNORECASE)
# The W3C's XML Events (DOM event handlers), which a CMS declares as "ev" beside its news (feeds68): no calendar's.
NOT_CALENDAR_NAMESPACES = frozenset({"http://www.w3.org/2001/xml-events"})
# A feed whose items' pubDates are a programme of events (a TYPO3 or CMS events list writing each event's start
# there): most pubDates later than the fetch and the feed's build time, and at least one more sign of a programme.
# Words a feed of events names itself with, in its title, description or link ("Veranstaltungen", "Agenda").
EVENT_WORDS = re.compile(
    r"\b(?:events?|veranstaltung(?:en)?|agenda|programm?e?s?|calendars?|kalender|konzerte?|concerts?|spielplan"
    r"|termine|[ée]v[ée]nements?|eventi|eventos|gigs|what'?s on)\b",
    re.IGNORECASE,
)
# Fewer pubDates than this say nothing about their order.
PROGRAMME_MIN_ITEMS = 3
PROGRAMME_FUTURE = "{future} of its {count} pubDates are later than the fetch"
PROGRAMME_ORDER = "they run in date order, as a programme's do, where a blog's run newest first"
PROGRAMME_WORDS = "the feed calls itself {word!r}"
# An item that gives its event's end (LiveWhale's livewhale:ends) and no start: the pubDate beside it is the start.
PAIRED_END_NAMES = ("ends", *END_NAMES)
# How long after its pubDate an end may come (an exhibition runs months) and still be read as that pubDate's end.
MAX_PAIRED_SPAN = dt.timedelta(days=366)
PAIRED_EVIDENCE = (
    "start read from the item's pubDate ({published}): {pairs} of the feed's items give an end element after "
    "their pubDate and none before it, so its pubDates are its events' starts"
)
# A deals or a polls feed pairs each item's pubDate with the day it closes the same way: sure only in a feed that
# says it lists events.
PAIRED_DOUBT = "; held: the feed does not say it lists events, and an offer's closing date pairs with its pubDate so"


def is_event_feed(result: Mapping[str, Any], now: dt.datetime) -> bool:
    """Whether the feed says it lists events: its own page or self link is an events page (/events/feed/), a
    namespace it declares is a calendar's (x-trumba, gCal), most items' guids or links are event pages
    (?post_type=tribe_events, /event/<id>), or most items' pubDates are well in the future (later than any
    clock written in local time but labelled GMT could put them)."""
    channel = result.get("feed") or {}
    pages = [
        channel.get("link"),
        *(link.get("href") for link in channel.get("links") or [] if isinstance(link, Mapping)),
    ]
    if any(event_page(page) for page in pages):
        return True
    namespaces = (result.get("namespaces") or {}).values()
    if any(_EVENT_NAMESPACE.search(str(uri)) and uri not in NOT_CALENDAR_NAMESPACES for uri in namespaces):
        return True
    entries = [entry for entry in result.get("entries") or [] if isinstance(entry, Mapping)]
    marked = sum(1 for entry in entries if event_page(entry.get("id")) or event_page(entry.get("link")))
    published = [stamp for stamp in (stamp_of(entry, "published_parsed") for entry in entries) if stamp is not None]
    future = sum(1 for stamp in published if stamp > now + FUTURE_MARGIN)
    # Future pubDates alone say nothing in a feed that calls itself news or a blog (_feed_news).
    return 2 * marked > len(entries) > 0 or (
        2 * future > len(published) > 0 and not says_news(result, feed_word(result)) and not release_series(entries)
    )  # nor in a feed of a course's lessons put out on a timetable (_feed_release_series)


def event_page(address: Any) -> bool:
    """Whether a URL's path has an "event(s)"/"calendar" segment, a page so named ("events.html"), or one such as
    "new-events" (_feed_compound_pages), or its query names an events post type."""
    if not isinstance(address, str):
        return False
    try:
        parts = urllib.parse.urlsplit(address.strip()[:2000])
    except ValueError:
        return False
    # a static site's page names its section with a page suffix ("/events.html": _feed_page_suffix)
    path = [page_stem(segment.lower()) for segment in parts.path.split("/")]
    # a blog's tag named "veranstaltungen" lists posts about events, not a section of them (review43)
    segments = {segment for before, segment in zip(["", *path], path, strict=False) if before not in TAG_SEGMENTS}
    if segments & EVENT_SEGMENTS or _EVENT_QUERY.search(parts.query):
        return True
    section = next((segment for segment in path if segment), "")  # the site's section: "/new-events/…"
    return compound_event_segment(section, EVENT_SEGMENTS)


def feed_word(result: Mapping[str, Any]) -> str | None:
    """The word by which the feed's title, subtitle or link calls it a list of events ("Events", "Spielplan")."""
    channel = result.get("feed") or {}
    named = (channel.get(key) for key in ("title", "subtitle", "link"))
    return next((found.group(0) for text in named if (found := EVENT_WORDS.search(str(text or "")[:500]))), None)


def pubdate_programme(result: Mapping[str, Any], now: dt.datetime, built: dt.datetime | None) -> Programme | None:
    """Whether the feed's pubDates are its events' starts: most of them later than the fetch and the feed's own
    build time (no feed publishes an article dated in the future), with the feed calling itself a list of events
    or its pubDates running in date order (a programme's; a blog's run newest first). Both signs: sure; one:
    held. None for anything else: dates to come alone are ``_feed_dates.scheduled_when``'s case."""
    entries = [entry for entry in result.get("entries") or [] if isinstance(entry, Mapping)]
    stamps = [stamp for stamp in (stamp_of(entry, "published_parsed") for entry in entries) if stamp is not None]
    # lessons' release times (_feed_release_series), a podcast's episodes (_feed_podcast)
    if len(stamps) < PROGRAMME_MIN_ITEMS or release_series(entries) or podcast_feed(entries, result):
        return None
    if post_stamped(entries):  # stamped at odd seconds: when the items were written (_feed_post_stamps)
        return None
    future = sum(1 for stamp in stamps if stamp > max(now, built or now) + FUTURE_MARGIN)
    if 2 * future <= len(stamps):
        return None
    signs = [PROGRAMME_FUTURE.format(future=future, count=len(stamps))]
    if all(one <= other for one, other in itertools.pairwise(stamps)) and stamps[0] < stamps[-1]:
        signs.append(PROGRAMME_ORDER)
    word = feed_word(result)
    if word is not None:
        signs.append(PROGRAMME_WORDS.format(word=word))
    if len(signs) < 2:
        return None
    return Programme("; ".join(signs), sure=len(signs) > 2)


def pubdate_ends(result: Mapping[str, Any], zone: zoneinfo.ZoneInfo | None, *, event_feed: bool) -> Programme | None:
    """Evidence that a feed's pubDates are its events' starts because its items pair each with a later end element
    and give no start element (LiveWhale's RSS: pubDate and livewhale:ends); None when no item does, or when one
    gives an end before its pubDate (or a year after it): then an end is not what those elements are. Sure when
    the feed says it lists events (``event_feed``, or its name does), else held."""
    entries = [entry for entry in result.get("entries") or [] if isinstance(entry, Mapping)]
    pairs = 0
    for entry in entries:
        if local_value(entry, START_NAMES) is not None:
            continue
        published, end_text = stamp_of(entry, "published_parsed"), local_value(entry, PAIRED_END_NAMES)
        end = read_moment(end_text, zone) if published is not None and end_text else None
        if not isinstance(end, dt.datetime) or published is None:
            continue
        if not published <= end <= published + MAX_PAIRED_SPAN:
            return None
        pairs += 1
    if not pairs >= min(2, len(entries)) > 0:
        return None
    evidence = PAIRED_EVIDENCE.replace("{pairs}", str(pairs))
    sure = event_feed or feed_word(result) is not None
    return Programme(evidence, sure=True) if sure else Programme(evidence + PAIRED_DOUBT, sure=False)
