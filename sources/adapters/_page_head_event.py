"""An event's own page named in its title, beside structured events that are other pages'. Pure.

A venue's event page may mark up only the shows it cross-links ("More shows": hCalendar vevents or JSON-LD Events,
each with the URL of its own page) and leave its own show in plain HTML, split into styled fragments (one span per
word, a date without a year, "Aanvang: 21:00 uur" in a definition list). Its title says it whole: "Morphine - Vapors
of - donderdag 17 november 2016 om 21:00". When every structured event of a page is another page's, and the page's
og:title (else its <title>) holds one date with its year and a clock after it, the words before the date name the
page's own event, which starts then. Not when a structured event is the page itself (that one is its event), and
not from a title with no clock or with two dates (a listing's "Agenda 1 - 31 oktober"), nor from one whose date is
about something else: when the page was posted or updated ("Review … | Posted 9 October 2026, 14:30"), a listing's
("Events - …"), a clock far from the date ("… | Box office opens 10:00"), a news page's.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from urllib.parse import urlsplit

from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_info import meta_content
from sources.adapters._page_words import GENERIC_HEADING, NEWS_PATH
from sources.adapters.base import ParsedRecord, RawEvent
from sources.adapters.webpage import html_tree

MAX_TITLE = 300  # a page's title, not a paragraph: longer text is not read
SEPARATORS = " -–—|:·•»,"  # what stands between a title's name and its date
# The words that make the date after them the page's own ("… | Posted 9 October 2026, 14:30"): right before it, so
# that a band called "Due Process" keeps its name.
STAMPED = re.compile(r"\b(?:posted|updated|published|revised|modified|as\s+of)(?:\s+on)?\W*$|©\W*$", re.I)
CLOCK_AHEAD = 6  # the most characters between the date and its clock (" om ", ", ", " at ", " - ")
HEAD_EVIDENCE = "the page's own event, named with its date and time in the page's title ({title!r}); its marked-up events are other pages'"


def head_event(title: str, *, today: dt.date) -> tuple[str, dt.date, dt.time] | None:
    """(name, day, clock) from a title that names an event, then its one date with the year written, then a time
    ("The Lantern Duo - vrijdag 9 oktober 2026 om 20:30"); None when any of them is missing."""
    if len(title) > MAX_TITLE:
        return None
    dates = find_dates(title, year_hint=None, today=today)
    if len(dates) != 1 or not dates[0].year_written or dates[0].end_date is not None:
        return None
    hit = dates[0]
    clock = find_clock(title[hit.end :], dated=True)
    name = " ".join(title[: hit.start].strip(SEPARATORS).split())
    if clock is None or clock.span[0] > CLOCK_AHEAD or not name or not any(character.isalpha() for character in name):
        return None
    if STAMPED.search(title[: hit.start]) or GENERIC_HEADING.match(name):  # "Posted 9 October…", "Events - 9 October…"
        return None
    return name, hit.date, clock.start


def _page_key(url: str | None) -> tuple[str, str] | None:
    """A page's host and path, without the query, the fragment or a trailing slash: what makes it the same page."""
    if not url:
        return None
    parts = urlsplit(url)
    return parts.netloc.casefold().removeprefix("www."), parts.path.rstrip("/")


def own_head_event(
    text: str, records: list[ParsedRecord], *, page_url: str | None, source: str, zone: dt.tzinfo, today: dt.date
) -> RawEvent | None:
    """The page's own event from the title of the page ``text``, when every structured event of ``records`` is
    another page's (see the module docstring); None otherwise, or when one of them already is that event (same
    name, same day)."""
    events = [record for record in records if isinstance(record, RawEvent)]
    page = _page_key(page_url)
    if (
        page is None
        or NEWS_PATH.search(page[1])
        or not events
        or any(_page_key(event.url) in (None, page) for event in events)
    ):
        return None
    root = html_tree(text)  # only now: most pages' structured events include their own
    title = meta_content(root, "og:title") or _document_title(root)
    found = head_event(title, today=today) if title else None
    if found is None:
        return None
    name, day, clock = found
    start = dt.datetime.combine(day, clock, tzinfo=zone)
    if any(event.title.casefold() == name.casefold() and _day(event.start) == day for event in events):
        return None
    return RawEvent(
        source=source,
        external_id=page_url or name,
        title=name,
        start=start,
        timezone=getattr(zone, "key", None),
        url=page_url,
        evidence=[HEAD_EVIDENCE.format(title=title)],
    )


def _document_title(root: Any) -> str | None:
    title = root.find(".//title")
    if title is None:
        return None
    return " ".join((title.text_content() or "").split()) or None


def _day(moment: dt.date) -> dt.date:
    return moment.date() if isinstance(moment, dt.datetime) else moment
