"""Dates as JavaScript writes a Date turned into text, read as the RFC 2822 dates they say. Pure.

``String(new Date(…))`` (``Date.prototype.toString``) gives "Sat Aug 12 2017 01:00:00 GMT+0000 (UTC)": the weekday,
the month's abbreviation, the day, the year, the clock, "GMT" and the offset, then the zone's name in brackets
(which browsers and Node write differently, or not at all). A JavaScript app that stores or passes its dates as
text leaves them so in the JSON it serves (batch 60: a calendar service's GraphQL answer, every start and end so
written). The inference tried ISO 8601, RFC 2822 and strptime formats, none of which reads this order (the month
before the day, the year after it), so the document read as nothing at all.

``rfc_text`` rewrites such a text as the RFC 2822 date it is ("Sat, 12 Aug 2017 01:00:00 +0000"), which the JSON
inference's "rfc2822" format then reads (``_json_mapping.read_moment``); any other text comes back unchanged. The
offset is the instant's: the zone's name in brackets only repeats it in words and is dropped.

The pattern sees only a short text (the caller's 64 characters at most) and has no quantifier that can backtrack
on another (tests/sources/test_adapters_hostile_text.py).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

# "Sat Aug 12 2017 01:00:00 GMT+0000 (UTC)", "Sun Nov 05 2017 21:05:00 GMT-0800 (Pacific Standard Time)"; the
# bracketed name is optional, the seconds too ("… 19:30 GMT+0200" as some libraries shorten it).
SCRIPT_DATE = re.compile(
    r"(?P<weekday>[A-Za-z]{3}) (?P<month>[A-Za-z]{3}) (?P<day>\d{1,2}) (?P<year>\d{4}) "
    r"(?P<clock>\d{1,2}:\d{2}(?::\d{2})?) GMT(?P<offset>[+-]\d{4})(?: \([^()]{0,48}\))?"
)


def rfc_text(text: str) -> str:
    """The RFC 2822 form of a JavaScript Date's text ("Sat, 12 Aug 2017 01:00:00 +0000"); other text unchanged."""
    match = SCRIPT_DATE.fullmatch(text)
    if match is None:
        return text
    return f"{match['weekday']}, {match['day']} {match['month']} {match['year']} {match['clock']} {match['offset']}"
