"""An all-day record's midnight end that its own date label names as the last day. Pure.

An all-day end written as a midnight after the first day is read the way calendars write it, as the moment the
last day ends: "2031-03-10T00:00:00" after a start on the 8th is an exhibit of the 8th and 9th
(``_json_days.day_span``). An events API that also sends the dates as its page shows them says otherwise for its
runs: ``"start_date": "2031-04-19T00:00:00", "end_date": "2031-04-25T00:00:00", "long_date_string": "Sat 19 Apr -
Fri 25 Apr"`` (and "Until Fri 25 Apr" beside it): there the midnight is the last day's own, and the run lost a day.
The same API's one-day items ("Wed 23 Apr", ending at the next midnight) are the calendars' way and stay so.

So where one of the record's own short texts (a value directly in the item) is a date label whose part after its
range joint (" - ", "–", "to", "until") is only a date (weekday, day, month name, year) naming the end's own day
and month, the end is that day, inclusive (``labelled_run``). The same label makes a record from a midnight to a
later day's last minute ("2012-10-13T00:00:00" to "2031-04-27T23:59:00", "Sat 13 Oct - Sat 27 Apr") a run of days;
without one such a record stays timed, as an API of competitions writes its events' first and last moments
(FIRST's, bench/corpus/apis b5-tba-fms-api-2015-event-list).

Not: a label naming the day before ("Sat 19 Apr - Thu 24 Apr": the calendars' reading gives the same), a label
with no joint ("Wed 23 Apr"), a joint followed by other words ("Sat 19 Apr - Thu 25 Apr tickets", "to 25 Apr at
the Hall": a sentence, not a label), words before the joint that are no date ("Booking open until Fri 25 Apr",
"Registration until 25 April": a sale's or a sign-up's last day, review45), a label naming the day with another month, an end with another clock ("21:00"), a timed start that is no midnight.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sources.adapters._json_days import DAY_END, MIDNIGHT  # DAY_END: "2031-04-27T23:59:00" ends the 27th
from sources.adapters._page_dates import MONTHS, WEEKDAYS

JOINTS = ("until", "till", "to", "-", "–", "—")  # the range's joint, as a word of its own
OPENERS = ("from", "runs", "running", "open", "on", "showing", "dates")  # "From Sat 19 Apr to Fri 25 Apr"
MAX_LABEL = 60  # a date label is short; a longer text is a description
_ORDINALS = ("st", "nd", "rd", "th")


def _words(text: str) -> list[str]:
    """The text's words, lower case; a dash between spaces or glued to words is a word of its own."""
    spaced = "".join(f" {ch} " if ch in "-–—" else (ch if ch.isalnum() else " ") for ch in text.lower())
    return spaced.split()


def _day_number(word: str) -> int | None:
    for ending in _ORDINALS:
        if word.endswith(ending) and word[: -len(ending)].isdigit():
            word = word[: -len(ending)]
    return int(word) if word.isdigit() and len(word) <= 2 else None


def _names_day(words: list[str], day: dt.date) -> bool:
    """Whether the words are only a date (weekday, day, month, year) and name ``day``'s day and month."""
    days, months = set(), set()
    for word in words:
        if (number := _day_number(word)) is not None:
            days.add(number)
        elif word in MONTHS:
            months.add(MONTHS[word])
        elif not (word in WEEKDAYS or (word.isdigit() and len(word) == len("2031") and int(word) == day.year)):
            return False
    return days == {day.day} and months == {day.month}


def _label_ends_on(text: str, day: dt.date) -> bool:
    words = _words(text)
    joints = [index for index, word in enumerate(words) if word in JOINTS]
    return bool(joints) and _names_day(words[joints[-1] + 1 :], day) and all(map(_date_word, words[: joints[-1]]))


def _date_word(word: str) -> bool:
    """A word a date label's first part is made of (review45: "Booking open until Fri 25 Apr" is a sale's, not the
    run's): a weekday, a day's number, a month, a year, a joint."""
    return (
        word in JOINTS
        or word in OPENERS
        or word in WEEKDAYS
        or word in MONTHS
        or _day_number(word) is not None
        or (word.isdigit() and len(word) == len("2031"))
    )


def labelled_run(
    item: Mapping[str, Any], start: object, end: object, *, all_day: bool
) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a record whose end (a midnight, or a day's last minute) after its first day is
    the day one of the item's own date labels names as the last; None otherwise. The start is a day, or a midnight
    (of an all-day record, or any: 00:00 to 23:59 days later is a run of days only where the label says so)."""
    if not isinstance(end, dt.datetime) or end.time().replace(second=0) not in (MIDNIGHT, DAY_END):
        return None
    first = start.date() if isinstance(start, dt.datetime) else start
    if not isinstance(first, dt.date) or end.date() <= first:
        return None
    if isinstance(start, dt.datetime) and not (all_day or start.time() == MIDNIGHT):
        return None
    labels = (value for value in item.values() if isinstance(value, str) and 0 < len(value) <= MAX_LABEL)
    return (first, end.date()) if any(_label_ends_on(label, end.date()) for label in labels) else None
