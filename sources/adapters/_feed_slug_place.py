"""The place an item's title names after its last " at ", when the item's own page is named for the rest, for
``rss``. Pure.

A Localist calendar titles each item "NAME at PLACE" ("Heart Smart at Blackburn Center (Armour J. Blackburn University
Center)", "Howard University Men's Tennis vs HBCU National Tournament at Atlanta, GA") and names the event's page for
NAME alone (``/event/heart-smart``, ``/event/howard-university-mens-tennis-vs-hbcu-national-tournament``) (feeds76). An
" at " is as often part of a name ("Dinner at Eight", "Meet at the Library"), so the page decides: ``slug_place`` gives
the venue (a city or an address after a comma, as ``_title_place`` reads a place after "@") when the last path segment
of the item's link spells the words before the last " at " (every word of it one of theirs; a number, the site's
counter, may be added), at least two of them, and none of the place's own words; the title is then the name, as the
page's own is (the whole title was matched against the name the page gives, "Heart Smart", and missed).

Not read: a page named for the whole title ("/event/meet-at-the-library": "at" and the place are the page's words
too), a page named by a number or one word ("/posts/12345", "/event/sunset"), a place that is a date, a clock or an
online room ("at 7pm", "at Zoom": ``_title_place``), a place whose words all belong to the name, an item that states a
place of its own (only asked for when it does not). review58: a place that is an hour's number, a time of day, home
or someone's own ("Retirement Party at 4", "Bat Walk at Dusk", "Book Club at Home", "Office Hours at Your
Convenience": ``NOT_PLACES``, ``OWNERS``); read-through 58: an hour in words ("Open Mic at Eight": ``HOUR_WORDS``).

Pure and without regular expressions; the leading underscore keeps this helper module out of the adapter registry.
"""

from __future__ import annotations

import urllib.parse
from typing import Any

from sources.adapters._title_place import NOTHING, SIGN, title_place

SEPARATOR = " at "
MIN_SLUG_WORDS = 2
MAX_LINK = 2000
APOSTROPHES = "'’‘`"
# A place's whole words that say when or how, not where (review58).
NOT_PLACES = frozenset(
    "home dusk dawn sunset sunrise daybreak nightfall night twilight midday lunchtime teatime bedtime".split()
)
# An hour said in words, not where (read-through 58: "Open Mic at Eight", "Supper at Half Past Seven"); "Eight Bells"
# has a word of its own and stays a venue.
HOUR_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve noon midnight half past quarter oclock thirty "
    "fifteen fortyfive sharp".split()
)
OWNERS = frozenset("your my our his her their its".split())  # "at Your Convenience": whose, not where


def slug_place(title: str | None, link: Any) -> tuple[str | None, str | None, str | None, str | None]:
    """(name, venue, address, city): the title's words before its last " at " and the place after it, when the
    item's page is named for the name; else the title as it is and no place."""
    if not title or SEPARATOR not in title or not isinstance(link, str):
        return title, *NOTHING
    name, _, place = title.rpartition(SEPARATOR)
    slug = _slug_words(link)
    if sum(1 for word in slug if word.isalpha()) < MIN_SLUG_WORDS:
        return title, *NOTHING
    named = set(_words(name))
    own = set(_words(place)) - named  # the place's words the name does not share
    if _no_place(_words(place)):
        return title, *NOTHING
    if not own or own & set(slug) or any(word not in named and not word.isdigit() for word in slug):
        return title, *NOTHING
    venue, address, city = title_place(f"{name}{SIGN}{place}")
    return (title, *NOTHING) if venue is None else (name.strip(), venue, address, city)


def _slug_words(link: str) -> list[str]:
    """The words of the link's last path segment ("heart-smart" → heart, smart), its extension dropped."""
    try:
        path = urllib.parse.urlsplit(link.strip()[:MAX_LINK]).path
    except ValueError:
        return []
    segment = urllib.parse.unquote(next((part for part in reversed(path.split("/")) if part), ""))
    segment = segment.rsplit(".", 1)[0] if segment.endswith((".html", ".htm", ".php", ".aspx")) else segment
    return _words(segment)


def _words(text: str) -> list[str]:
    """Casefolded words: apostrophes dropped ("Men's" → mens), anything else not a letter or digit a break."""
    kept = "".join(" " if not (character.isalnum() or character in APOSTROPHES) else character for character in text)
    return ["".join(c for c in word if c not in APOSTROPHES).casefold() for word in kept.split()]


def _no_place(words: list[str]) -> bool:
    """Whether the words after " at " say when or whose, not where: no letter, a time of day, "home", "your …"."""
    return not any(word.isalpha() for word in words) or set(words) <= NOT_PLACES | HOUR_WORDS or words[0] in OWNERS
