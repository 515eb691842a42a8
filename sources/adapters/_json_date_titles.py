"""A "title" that only labels a date (held-out batch apis70).

A ticketing site's GraphQL answer gives each event a block of display strings for its date:
``"datesFormatted": {"dateTitle": "Feb 14", "dateSubTitle": "Thu 7:00p", "venueDateTime": …}``. The key holds a
title word, so "dateTitle" outranked the event's own ``"name"`` and every concert was titled "Feb 14". A column whose
key or holder names a date ("date", "dates", "time", "day", "when") and whose every value is only a date's or a
time's words — month and weekday names in the languages read here, day numbers, ordinals, clocks, "am"/"pm" —
names when the item is, not what it is: it is never the title.

Not: a title beside a date word whose values hold a word of their own ("dateTitle": "Valentine's Day Dance"), a
festival's "title": "May Day" under no date key, a day's label with a name ("Day 1: Workshops").

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sources.adapters._page_dates import MONTHS
from sources.adapters._page_intl import fold, heading_month, weekday_alone, weekday_number

if TYPE_CHECKING:
    from sources.adapters._json_shapes import Column

DATE_KEY_WORDS = frozenset({"date", "dates", "time", "times", "datetime", "day", "days", "when"})
# One character class, no nesting: splitting is linear on any text.
SEPARATORS = re.compile(r"[\s,./@()|–—-]+")
NUMBER = re.compile(r"\d{1,4}(?:st|nd|rd|th|[ap]m?|h)?", re.IGNORECASE)
CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:[ap]m?)?", re.IGNORECASE)
CLOCK_WORDS = frozenset({"am", "pm", "a", "p", "at", "um", "à", "h", "uhr"})
# A day named relative to the fetch, and a date still to be told (review39): "Tonight", "Tomorrow", "TBA".
RELATIVE_DAYS = frozenset({"today", "tonight", "tomorrow", "heute", "morgen", "aujourd'hui", "demain", "ce soir",
                           "hoy", "mañana", "oggi", "domani", "stasera"})  # fmt: skip
UNTOLD = frozenset({"tba", "tbd", "tbc"})
MAX_LABEL = 40  # characters: a date's label is short; longer text is looked at no further


def date_label(column: Column) -> bool:
    """Whether the column, named for a date, holds only dates' and times' words in every item."""
    if not (set(column.key_words) | column.holder_words) & DATE_KEY_WORDS:
        return False
    strings = column.strings()
    return bool(strings) and all(_only_date(text) for text in strings)


def _weekday(token: str) -> bool:
    return weekday_number(token) is not None or weekday_alone(token)  # "Thu", "samedi", "Sa"


def _only_date(text: str) -> bool:
    if len(text) > MAX_LABEL:
        return False
    tokens = [token for token in SEPARATORS.split(text) if token]
    named = False
    for token in tokens:
        if fold(token) in MONTHS or heading_month(token) is not None or _weekday(token) or _relative(token):
            named = True
        elif not (NUMBER.fullmatch(token) or CLOCK.fullmatch(token) or token.casefold() in CLOCK_WORDS | UNTOLD):
            return False
    return named or bool(tokens) and all(token.casefold() in UNTOLD for token in tokens)


def _relative(token: str) -> bool:
    return token.casefold() in RELATIVE_DAYS
