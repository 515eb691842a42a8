"""An item's start and end read from extension elements whose names say so, whatever the names are (for ``rss``).

Event feeds put their event's moment in elements of their own namespace, under names no list can hold:
``<cal:eventStart>``, ``<event:begins>``, ``<event:starts_at>``, ``<event:when>``, ``<ev2:dateStart>``,
``<event:date_from>``/``<event:date_to>``, ``<calendar:date>`` beside ``<calendar:time>``, Trumba's
``<x-trumba:localstart tzCode="America/New_York">``, a Unix ``<event:startTimestamp>``. ``_feed_extras`` reads the
names it knows (``startdate``, ``dtstart``, ``start_date``…); this module reads the rest by what the name's words
say. A name is cut into words at case changes, underscores, hyphens and dots, and a run of lower-case letters into
the words of WORDS it is made of (``localstart`` → local, start; ``eventstart`` → event, start):

- a start: a start word (start, begin, from with a date word…), or a date word (date, when, day…) and no end word,
  when its other words are of WORDS too: "eventDate", "localdate", "when", not "availability_date" (a product's),
  "ship_date", "date_taken" (a date of something the name says, not of the event);
- an end: an end word (end, until, to with a date word…);
- a clock: a time word (time, clock) and no date word, the clock of its side's day.

What makes this safe is what is left out: an element of a namespace that states when a thing was written
(Dublin Core's ``dc:date``, Atom's, PRISM's, iTunes', WordPress's export, Media RSS…), and any name holding a
word of bookkeeping (published, modified, updated, created, expires, deadline, sale, registration, display…): a
post's dates, a ticket sale's start and a page's expiry are no event's moment. Only namespaced elements are read
(an RSS item's own ``<pubDate>``, ``<lastBuildDate>`` are RSS's), only the item's own children, and a value only
when it reads as a moment: ISO 8601 (basic too), RFC 822, a slashed date, a date in words, or Unix seconds in a
name that says so. A zone stated in the element's attributes (``tzid``, ``tzCode``, ``timezone``) or a sibling
element (``<event:timezone>``) is what a naive value means; else the feed's.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zoneinfo
from collections.abc import Callable
from typing import Any

from sources.adapters._feed_when import When, make_when, read_moment, slash_moment, text_when
from sources.adapters._xml_data import local_name, namespace_of
from sources.adapters.common import plausible, zone

# Namespaces that say when an item was written, published, changed or recorded: never its event's moment.
WRITTEN_NAMESPACES = (
    "http://purl.org/dc/",  # dc:date, dcterms:created, dcterms:modified…
    "http://www.w3.org/2005/atom",
    "http://purl.org/rss/1.0/",  # RSS 1.0 and its modules: content, syndication (sy:updateBase), slash, admin
    "http://prismstandard.org/",
    "http://www.itunes.com/",
    "https://podcastindex.org/",
    "http://search.yahoo.com/mrss",
    "http://wordpress.org/export/",
    "http://www.google.com/schemas/sitemap",
    "http://www.google.com/schemas/play-podcasts",
    "http://purl.org/syndication/",
    "http://www.w3.org/2007/app",
    "http://rssnamespace.org/feedburner",
    "http://wellformedweb.org/",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns",
)
START_WORDS = frozenset(
    {"start", "starts", "starting", "begin", "begins", "beginning", "dtstart", "commence", "commences"}
)
END_WORDS = frozenset({"end", "ends", "ending", "finish", "finishes", "until", "till", "dtend", "stop", "stops"})
# Words of a side only beside a date or time word ("date_from", "dateTo"): alone they say nothing.
SIDE_WORDS = {"from": "start", "to": "end", "through": "end", "thru": "end"}
DATE_WORDS = frozenset({"date", "dates", "datetime", "day", "when", "timestamp", "dt", "moment"})
TIME_WORDS = frozenset({"time", "times", "clock", "hour"})
# A name holding one of these is bookkeeping, or something other than the moment itself.
NOT_EVENT_WORDS = frozenset({
    "pub", "publish", "published", "publication", "publishing", "unpublish", "mod", "modified", "modify", "lastmod",
    "update", "updated", "create", "created", "creation", "expire", "expires", "expiry", "expiration", "post",
    "posted", "posting", "sale", "sales", "onsale", "reg", "registration", "register", "rsvp", "signup", "booking",
    "ticket", "tickets", "deadline", "due", "cutoff", "display", "visible", "visibility", "feature", "featured",
    "promote", "promotion", "sticky", "archive", "archived", "review", "reviewed", "edit", "edited", "entry",
    "last", "build", "built", "release", "released", "issue", "issued", "submit", "submitted", "submission",
    "record", "recorded", "import", "imported", "sync", "synced", "crawl", "crawled", "fetch", "fetched", "cache",
    "cached", "index", "indexed", "embargo", "announce", "announced", "birth", "born", "death", "died", "valid",
    "apply", "application", "close", "closing", "duration", "length", "offset", "zone", "tz", "timezone", "count",
    "id", "url", "link", "type", "status", "label", "name", "format", "pattern", "unit", "units", "sort", "order",
    "week", "weekday", "month", "year", "hours", "ticketing", "offer", "offers",
})  # fmt: skip
# The words a run of lower-case letters is cut into ("localstartdate" → local, start, date).
WORDS = (
    START_WORDS | END_WORDS | DATE_WORDS | TIME_WORDS | NOT_EVENT_WORDS | set(SIDE_WORDS)
    | {"event", "events", "local", "utc", "gmt", "iso", "unix", "epoch", "full", "first", "next", "show", "session"}
    | {"occurrence", "occurs", "formatted", "text", "all", "allday", "whole", "of", "the", "at", "on", "is"}
    | {"meeting", "match", "game", "fixture", "concert", "performance", "screening", "class", "program", "programme"}
)  # fmt: skip
ZONE_WORDS = frozenset({"tzid", "tz", "tzcode", "timezone", "time_zone", "zone", "tzname", "olson"})
MAX_WORD = max(len(word) for word in WORDS)
MAX_NAME = 60  # a longer local name is not cut into words
MAX_VALUE = 200  # a longer value is prose, not a moment
MAX_CHILDREN = 200  # an item's children looked at
_NAME_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_EPOCH = re.compile(r"\d{10}(?:\d{3})?")
# A clock alone ("19:00", "7:30 pm", "7pm"): an element named as a start or an end holding one is that side's clock.
_LONE_CLOCK = re.compile(r"\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?", re.IGNORECASE)
_EPOCH_WORDS = frozenset({"timestamp", "unix", "epoch"})


@dataclasses.dataclass(frozen=True, slots=True)
class Named:
    side: str  # "start" or "end"
    clock: bool  # a time of day only (its side's day comes from another element)
    explicit: bool  # the name says its side (start, begin…), not a date word alone
    text: str
    epoch: bool
    zone: zoneinfo.ZoneInfo | None


def name_words(name: str) -> list[str]:
    """The words of an element's local name: cut at case changes, ``_``, ``-``, ``.`` and digits, and each lower-case
    run into the words of WORDS it is made of, when it is wholly made of them."""
    if len(name) > MAX_NAME:
        return [name.lower()]
    words: list[str] = []
    for part in _NAME_PARTS.findall(name):
        words.extend(_split(part.lower()))
    return words


def _split(run: str) -> list[str]:
    """A run of letters cut into WORDS (the fewest words), or the run itself when it cannot be."""
    if run in WORDS or not run.isalpha():
        return [run]
    best: list[list[str] | None] = [[]] + [None] * len(run)
    for end in range(1, len(run) + 1):
        for start in range(max(0, end - MAX_WORD), end):
            head, word = best[start], run[start:end]
            if head is not None and word in WORDS and (best[end] is None or len(head) + 1 < len(best[end] or [])):
                best[end] = [*head, word]
    return best[len(run)] or [run]


def role(name: str) -> tuple[str, bool, bool] | None:
    """(side, is a clock only, names its side) of an element's local name, or None when it names no moment."""
    words = set(name_words(name))
    if words & NOT_EVENT_WORDS:
        return None
    dated, timed = bool(words & DATE_WORDS), bool(words & TIME_WORDS)
    sides = {SIDE_WORDS[word] for word in words & set(SIDE_WORDS)} if dated or timed else set()
    if words & START_WORDS:
        sides.add("start")
    if words & END_WORDS:
        sides.add("end")
    if len(sides) > 1:
        return None
    if sides:
        return next(iter(sides)), timed and not dated, True
    if not words <= WORDS:
        return None  # "availability_date", "ship_date": the date of another thing the name says
    if dated:
        return "start", False, False
    return ("start", True, False) if timed else None


def named_when(
    element: Any | None,
    default_zone: zoneinfo.ZoneInfo | None,
    reference: dt.datetime,
    published: dt.datetime | None = None,
) -> When | None:
    """The item's start (and end) from its namespaced children whose names say so, or None. A date-named element
    (no start word) that restates the item's pubDate, its instant or its day, is the publication's own date."""
    if element is None:
        return None
    found = _named(element, default_zone)
    starts = sorted(
        (item for item in found if item.side == "start" and not item.clock), key=lambda item: -item.explicit
    )
    for candidate in starts:
        start, written_end = _moment(candidate, reference)
        if start is None or (not candidate.explicit and _restates(start, published)):
            continue
        start_zone = candidate.zone or default_zone
        start = _with_clock(start, _first(found, "start", clock=True), start_zone, reference)
        end = _end(found, start, start_zone, reference) or written_end  # "June 20, 2031, 7 – 9pm": its own end
        return make_when(start, end, zone=start_zone, exclusive_end=False)
    return None


def named_or(
    known: Callable[[], When | None],
    element: Any | None,
    default_zone: zoneinfo.ZoneInfo | None,
    reference: dt.datetime,
    published: dt.datetime | None = None,
) -> When | None:
    """The moment the item's elements give: one that states its own zone (``<event:start timezone="Europe/Paris">``,
    a sibling ``<event:timezone>``) read here first, as that zone means it; else what ``known`` reads (the names
    ``_feed_extras`` knows, in the feed's zone); else ``named_when``."""
    if element is not None and any(item.zone is not default_zone for item in _named(element, default_zone)):
        stated = named_when(element, default_zone, reference, published)
        if stated is not None:
            return stated
    return known() or named_when(element, default_zone, reference, published)


def _restates(moment: dt.date, published: dt.datetime | None) -> bool:
    if published is None:
        return False
    if isinstance(moment, dt.datetime):
        return moment == published
    return moment == published.date()


def _end(
    found: list[Named], start: dt.date, start_zone: zoneinfo.ZoneInfo | None, reference: dt.datetime
) -> dt.date | None:
    """The end its element gives, with its clock element; or the start's day at the end clock alone."""
    ending, clock = _first(found, "end", clock=False), _first(found, "end", clock=True)
    end = _moment(ending, reference)[0] if ending is not None else None
    if end is None and clock is not None:
        day = start.date() if isinstance(start, dt.datetime) else start
        end = _with_clock(day, clock, start_zone, reference)
        return end if isinstance(end, dt.datetime) else None
    return _with_clock(end, clock, start_zone, reference) if end is not None else None


def _first(found: list[Named], side: str, *, clock: bool) -> Named | None:
    ranked = sorted(
        (item for item in found if item.side == side and item.clock == clock), key=lambda item: -item.explicit
    )
    return ranked[0] if ranked else None


def _named(element: Any, default_zone: zoneinfo.ZoneInfo | None) -> list[Named]:
    """The item's leaf children that name a moment, then those of its blocks of leaves (The Events Calendar's
    ``<ev:tribe_event_meta>`` holding ``<ev:startdate>``…), a block named as bookkeeping (a ticket sale's) left out."""
    children = _elements(element)
    sibling_zone = next((found for child in children if (found := _zone_element(child)) is not None), None)
    leaves = [child for child in children if _readable(child) and not _elements(child)]
    for block in children:
        inner = _elements(block)
        if inner and _readable(block) and not any(_elements(leaf) for leaf in inner):
            if not set(name_words(local_name(block.tag))) & NOT_EVENT_WORDS:
                leaves.extend(inner)
    named = []
    for child in leaves:
        name = local_name(child.tag)
        read = role(name)
        text = " ".join("".join(child.itertext()).split())
        if read is None or not text or len(text) > MAX_VALUE or not _readable(child):
            continue
        side, clock, explicit = read
        clock = clock or bool(_LONE_CLOCK.fullmatch(text))
        epoch = bool(set(name_words(name)) & _EPOCH_WORDS)
        named.append(Named(side, clock, explicit, text, epoch, _attribute_zone(child) or sibling_zone or default_zone))
    return named


def _elements(element: Any) -> list[Any]:
    return [child for child in list(element)[:MAX_CHILDREN] if isinstance(child.tag, str)]


def _readable(element: Any) -> bool:
    """A namespaced element outside the namespaces of publication."""
    namespace = namespace_of(element.tag).lower()
    return bool(namespace) and not namespace.startswith(WRITTEN_NAMESPACES)


def _attribute_zone(child: Any) -> zoneinfo.ZoneInfo | None:
    for key, value in child.attrib.items():
        if local_name(key).lower() in ZONE_WORDS and (found := zone(value)) is not None:
            return found
    return None


def _zone_element(child: Any) -> zoneinfo.ZoneInfo | None:
    if not namespace_of(child.tag) or local_name(child.tag).lower().replace("-", "_") not in ZONE_WORDS:
        return None
    return zone((child.text or "").strip())


def _moment(item: Named, reference: dt.datetime) -> tuple[dt.date | None, dt.date | None]:
    """The moment an element's value writes, and the end it writes with it ("June 20, 2031, 7 – 9pm")."""
    if _EPOCH.fullmatch(item.text):  # digits alone are a moment only when the name says Unix time
        if not item.epoch:
            return None, None
        moment = dt.datetime.fromtimestamp(int(item.text[:10]), tz=dt.UTC)
        return (moment if plausible(moment) else None), None
    found = read_moment(item.text, item.zone) or slash_moment(item.text, item.zone)
    if found is not None:
        return found, None
    when = text_when([item.text], zone=item.zone, reference=reference)
    return (when.start, when.end) if when is not None else (None, None)


def _with_clock(
    day: dt.date, clock: Named | None, day_zone: zoneinfo.ZoneInfo | None, reference: dt.datetime
) -> dt.date:
    """A date-only day with its side's clock element ("7:00 PM", "19:00"); the day as it was otherwise."""
    if clock is None or isinstance(day, dt.datetime):
        return day
    alone = _clock_time(clock.text)
    if alone is not None:
        return dt.datetime.combine(day, alone, tzinfo=day_zone or dt.UTC)
    when = text_when([f"{day:%B} {day.day}, {day.year} {clock.text}"], zone=day_zone, reference=reference)
    if when is None or when.all_day or not isinstance(when.start, dt.datetime) or when.start.date() != day:
        return day
    return when.start


def _clock_time(text: str) -> dt.time | None:
    """A lone clock's time of day ("19:00", "7:30 pm", "7pm", "12 am"), or None."""
    if not _LONE_CLOCK.fullmatch(text.strip()):
        return None
    digits = [int(part) for part in re.findall(r"\d+", text)]
    hour, minute = digits[0], digits[1] if len(digits) > 1 else 0
    meridiem = text.strip()[-2:].lower().replace(".", "")
    if "m" in meridiem and hour <= 12:
        hour = hour % 12 + (12 if "p" in text.lower() else 0)
    return dt.time(hour, minute) if hour < 24 and minute < 60 else None
