"""A validity date written in a news post's words, for the ``rss`` adapter's dotted dates. Pure.

A utility's, a transport company's or a town hall's news feed announces the day a price list, a timetable or a rule
takes effect: "Preisliste gültig ab 01.12.2031", "Neuer Fahrplan gilt ab 14.12.2031", "Ab dem 01.12.2031 neue
Öffnungszeiten", "Price list valid from 01.12.2031", "Nouveaux tarifs à partir du 01.12.2031", "Nieuwe tarieven
geldig vanaf 01.12.2031". That day is no event's start. ``valid_from`` says whether a date found at a position of a
text stands right after such words; the dotted reader passes over it in a feed that does not say it lists events,
as it passes over the day a news post reports (``_feed_not_event_dates``). A feed of events reads it as before: "Ab
dem 01.12.2031 täglich geöffnet" under a Christmas market is the market's first day.

Only right before the date, and only with a validity word or the joined "ab dem"/"à partir du": a bare "ab"
("Ab 01.12.2031 im Kino") or "from" starts too many events' days.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

from sources.adapters._feed_stamps import said_before

# How far before a date its validity words may stand ("Die neuen Tarife gelten ab dem ").
LEAD = 40
# A validity word and its "from" or "until" ("gültig ab", "gilt bis", "valid from", "geldig vanaf", "valable
# jusqu'au"), the joined "ab dem" and "à partir du", "effective", "in Kraft ab"; then a joining word or a colon.
_VALID = r"(?:gültig|gueltig|gilt|gelten|valid|valable|geldig|geldt|gelden|in\s++kraft)"
_FROM = r"(?:ab|bis|from|until|till|vanaf|tot|à\s++partir\s++du|a\s++partir\s++du|jusqu['’]au|du)"
VALID_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_VALID}\s++{_FROM}|ab\s++dem|à\s++partir\s++du|effective(?:\s++(?:from|as\s++of))?"
    r"|with\s++effect\s++from)(?:\s++(?:dem|den|the|le))?[\s:–—-]*+$",
    re.IGNORECASE,
)


def valid_from(text: str, start: int) -> bool:
    """Whether the date found at ``start`` of ``text`` is the day something takes effect (or ends): its validity
    words stand right before it."""
    return said_before(VALID_BEFORE, text, start, LEAD)
