"""The place an item's opening sentence writes between its own name and its date, for the ``rss`` adapter (issue
#13, feeds80). Pure.

A project's "Upcoming events" RSS (batch 80: the FreeBSD site's) has no place or date element: each description
opens with the event's name, its site in brackets, its place and its days, then a sentence about it: "MeetBSD 2018
(https://www.meetbsd.com/), Intel Campus, Santa Clara, CA, United States 19 - 20 October, 2018. MeetBSD 2018 is a
mixed unConference …". The days were read, the place was not.

When the item's text opens with its title, maybe a bracketed aside after it (the site, "(online)"), then a comma,
the words from there to the first date are the place when they are a place's shape: at most MAX_PARTS parts
between commas, each opening with a capital or a digit and of at most MAX_WORDS words, no sentence's mark in them,
MAX_PLACE characters at most. Not: an opening that is not the title ("Join us for MeetBSD, Intel Campus …"), prose
between the title and the date ("MeetBSD 2018, which returns to Santa Clara on 19 October": a word in lower case
opens a part), a date right after the title's comma (nothing between), no date at all. Review60: nor one part that
names no place ("Messiah, Bristol Choral Society, Saturday 13 December", "Open Day, All Welcome, 21 June": a
performer, a note), nor a list of names ("Spring Concert, Bach, Handel and Mozart, …"): a place of one part needs a
place's noun (``_page_place_nouns.PLACE_NOUN``, a German compound's tail), and no part joins names by "and" or "&"
unless it names a place.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._json_organiser_home import COMPOUND_TAILS
from sources.adapters._page_dates import find_dates
from sources.adapters._page_place_nouns import PLACE_NOUN

MAX_TEXT = 400  # characters of the opening looked at
MAX_ASIDE = 120  # a bracketed aside after the title
MAX_PLACE = 100
MAX_PARTS = 5
MAX_WORDS = 6
JOINED = re.compile(r"[ \t](?:and|&|und|et|y|e)[ \t]", re.IGNORECASE)  # names listed: "Handel and Mozart"
# Each from a run of spaces' first only (no space before it): linear on any text.
ASIDE = re.compile(rf"(?<![ \t])[ \t]*\([^()\n]{{1,{MAX_ASIDE}}}\)")
COMMA = re.compile(r"(?<![ \t])[ \t]*,[ \t]*")
PART = re.compile(r"[A-Z0-9][^\s.!?;:,()]*(?:[ \t][^\s.!?;:,()]+)*")
_ANY_YEAR = dt.date(2000, 1, 1)


def title_place(text: str | None, title: str | None) -> str | None:
    """The place between the item's title and its first date at the opening of ``text`` (see the module)."""
    name = (title or "").strip()
    opening = (text or "").lstrip()[:MAX_TEXT]
    if not name or not opening.startswith(name):
        return None
    at = len(name)
    aside = ASIDE.match(opening, at)
    at = aside.end() if aside else at
    comma = COMMA.match(opening, at)
    if comma is None:
        return None
    rest = opening[comma.end() :]
    hits = find_dates(rest, year_hint=None, today=_ANY_YEAR)
    if not hits:
        return None
    place = rest[: hits[0].start].strip(" \t,")
    return place if _place_shape(place) else None


def _place_shape(place: str) -> bool:
    parts = COMMA.split(place)
    if not place or len(place) > MAX_PLACE or len(parts) > MAX_PARTS:
        return False
    if not all(PART.fullmatch(part) and len(part.split()) <= MAX_WORDS for part in parts):
        return False
    if any(JOINED.search(part) and not _names_place(part) for part in parts):
        return False  # "Bach, Handel and Mozart": names listed (review60)
    return len(parts) >= 2 or _names_place(place)  # "Bristol Choral Society", "All Welcome": no place (review60)


def _names_place(text: str) -> bool:
    return bool(PLACE_NOUN.search(text)) or any(word.casefold().endswith(COMPOUND_TAILS) for word in text.split())
