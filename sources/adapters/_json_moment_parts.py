"""A moment written several ways at once is still only a date: a list of an object's times whose items spell each
moment as epoch milliseconds, a written date and its calendar parts (issue #13, held-out batch 81).

A proof-of-concept events API answers one event as ``{"url", "data": {"title": "Free event", "times":
[{"milliseconds": 1613028781634, "fullFormat": "Thu Feb 11 2021 14:33:01 GMT+0700 (WIT)", "year": 2021, "month":
1, "date": 11, "day": 1}]}}``: each item of "times" is one moment of the record, the same instant in three spellings
(a JavaScript ``Date`` as its epoch, its string and its getters). Inside a list of such records the moments read as
each record's occurrences (the record is dated by "times.0.fullFormat"); answered alone, the record's start runs
through its list, which a single object may not take as its own (``_json_one_event``), and the items were not taken
for dates either, since "milliseconds", "fullFormat" and "year" name no date the way "start" or "date" do
(``_json_infer._dates_only``). Nothing was read.

Such an item is one date of the record it sits in (read by ``_json_infer._dates_readings`` with the record's
fields): when the list's own key names dates or times ("times", "dates", "occurrences") and each of the item's own
keys names a date (``_json_infer.DATES_KEYS``) or a part or spelling of one (``PART_WORDS``: a year, a month, an
epoch's unit, a written "format"), with at least one key naming a date or a written form, and every value is a
number, a short text or null (no object, no list). Not: an item with any other key ("label": "Doors", "price"), a
list under another key ("readings", "prices"), an item holding an object or a list, an item of calendar parts alone
(nothing written to read a moment from). Read-through 59: nor an item whose written form is a label ("text":
"Booking opens", "Doors", "Dispatch": no digit, or a word of what opens, closes or is due, ``LABEL_WORDS``): one
object with a booking date and a performance is no two events. Review60: nor the record's own bookkeeping
("Published 1 May 2031", "Updated 2 May 2031", "Last modified …": ``STAMP_WORDS``): a news article's spelled
"dates" list is when it was written, not two occurrences.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

from sources.adapters._json_fields import DATE_PARTS, END_WORDS, START_WORDS, moment_words
from sources.adapters._json_nested import MARK
from sources.adapters._json_shapes import words

__all__ = ["moment_parts_item"]

# The list's own key: a record's dates or times.
LIST_WORDS = frozenset({"times", "dates", "datetimes", "occurrences", "moments", "time", "date", "datetime"})
# A date's key (as ``_json_infer.DATES_KEYS``) and how one moment is spelled: its written form, its epoch, its parts.
DATE_WORDS = frozenset({*START_WORDS, *END_WORDS, *DATE_PARTS})
WRITTEN_WORDS = frozenset({"format", "formatted", "iso", "string", "text", "full", "utc", "local"})
PART_WORDS = frozenset({"year", "month", "week", "weekday", "hour", "hours", "minute", "minutes", "second", "seconds",
                        "milliseconds", "millis", "ms", "epoch", "unix", "unixtime", "timestamp", "offset", "zone",
                        "timezone", "tz", *WRITTEN_WORDS})  # fmt: skip
# Words of a label beside a moment: what opens, closes or is due then, not the moment spelled again.
LABEL_WORDS = frozenset({"open", "opens", "opening", "close", "closes", "closing", "closed", "deadline", "deadlines",
                         "booking", "bookings", "registration", "registrations", "doors", "sale", "sales", "due",
                         "dispatch", "dispatched", "delivery"})  # fmt: skip
# ... and the record's own stamps (review60): when it was written or changed, not when anything happens.
STAMP_WORDS = frozenset({"published", "posted", "updated", "modified", "created", "edited", "revised", "issued",
                         "amended", "changed"})  # fmt: skip
MAX_KEYS = 20  # an item's keys looked at: more is no moment
MAX_TEXT = 80  # a value longer than this is no spelling of a moment
MAX_PATH = 300  # characters of the list's key read for its words


def moment_parts_item(item: Any, path: str) -> bool:
    """Whether ``item``, from the list at ``path``, is one moment of its container spelled several ways."""
    if not isinstance(item, Mapping) or not path:
        return False
    key = path.rsplit(".", 1)[-1][:MAX_PATH]
    if not set(words(key)) & LIST_WORDS:
        return False
    own = [(name, value) for name, value in itertools.islice(item.items(), MAX_KEYS + 1) if not _container(name)]
    if not own or len(own) > MAX_KEYS:
        return False
    dated = False
    for name, value in own:
        said = set(moment_words(words(str(name)[:MAX_PATH])))
        if not said or not said <= DATE_WORDS | PART_WORDS or not _scalar(value):
            return False
        if said & WRITTEN_WORDS and isinstance(value, str) and _label(value):
            return False  # "text": "Booking opens": a label, no spelling of the moment (read-through 59)
        dated = dated or bool(said & (DATE_WORDS | WRITTEN_WORDS))
    return dated


def _label(text: str) -> bool:
    """A written value that spells no moment: no digit in it ("Doors", "Performance"), or a word naming what
    happens at the moment rather than the moment ("Booking opens 1 March", "Registration deadline")."""
    return not any(character.isdigit() for character in text) or bool(set(words(text)) & (LABEL_WORDS | STAMP_WORDS))


def _container(name: Any) -> bool:
    """A container's field carried down (``_json_nested``), not the item's own."""
    return isinstance(name, str) and name.startswith(MARK)


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, int | float) or (isinstance(value, str) and len(value) <= MAX_TEXT)
