"""A card dated by a death ("Gordon Worthington died Sunday 30th July at home"): an obituary, no event. Pure.

A memorial page's cards have a heading and a date, so the card reader reads each as an event on that day. When the
record's day is the one its own text writes right after "died", "passed away", "passed on", "was born" or "born
on" (with "on" and a weekday between allowed), that day is a death's or a birth's, not a day to attend anything:
the record is dropped.

Not: a funeral, a memorial service or a celebration of a life on its day ("A service of thanksgiving will be held
on Friday 4th August"), a talk about a life ("Died 1942: the story of …" dated by its own line), a record whose
day is another date than the death's, an anniversary on the day of a birth or death in another year ("Mozart was
born on 27th January 1756" beside his birthday concert), nor (review51) a record whose text writes its day again
outside those words ("Saturday 25th January 2031, 7pm … the bard, born on 25th January": a Burns Night; a walk in
memory of someone "who died on 14th March", on Friday 14th March 2031), "born on or after 1st January" (an audience).
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_dates import find_dates
from sources.adapters.base import ParsedRecord, RawEvent

# "born on or after 1st January" is a bound on an audience's birthdays, no birth (review51).
DEATH = re.compile(
    r"\b(?:died|passed\s+away|passed\s+on|was\s+born|born\s+on)\s+(?:on\s+)?(?!or\s+(?:after|before)\b)",
    re.IGNORECASE,
)
YEAR_AFTER = re.compile(r",? {0,3}(\d{4})\b")  # a year written right after the day
AFTER = 40  # the date must start within this many characters after the words
MAX_TEXT = 20_000  # a longer description is read only this far
MAX_DEATHS = 20  # a text naming more deaths than this is not one obituary card: only the first are read
EVIDENCE = "dropped: its day {day} is a death's or a birth's ({words!r}), not an event's"


def death_day(record: RawEvent) -> str | None:
    """The words that date the record's day as a death or a birth in its own text, or None."""
    day = record.start.date() if isinstance(record.start, dt.datetime) else record.start
    text = f"{record.title}\n{record.description or ''}"[:MAX_TEXT]
    for index, found in enumerate(DEATH.finditer(text)):
        if index >= MAX_DEATHS:
            break
        tail = text[found.end() : found.end() + AFTER]
        hits = find_dates(tail, year_hint=day.year, today=day)
        # a year written after the day that is not the record's ("born on 27th January 1756" beside a birthday
        # concert on 27 January 2032; the date reader keeps no year before 2000): an anniversary, not the death's day
        year = YEAR_AFTER.match(tail, hits[0].end) if hits else None
        if year is not None and int(year[1]) != day.year:
            continue
        if hits and hits[0].start <= AFTER // 2 and hits[0].date == day:
            words = (found.start(), found.end() + hits[0].end)
            if _written_elsewhere(text, day, words):
                return None  # "Saturday 25th January 2031, 7pm … the bard, born on 25th January": the event's own line
            return text[words[0] : words[1]].strip()
    return None


def _written_elsewhere(text: str, day: dt.date, words: tuple[int, int]) -> bool:
    """Whether ``text`` writes ``day`` again outside the death's or birth's words (at ``words``): the record's own
    date line, so the day is an anniversary's event (review51: Burns Night, a memorial walk on the day of a death)."""
    return any(
        hit.date == day and (hit.end <= words[0] or hit.start >= words[1])
        for hit in find_dates(text, year_hint=day.year, today=day)
    )


def without_deaths(records: list[ParsedRecord]) -> list[ParsedRecord]:
    """The records, less those dated by a death or a birth in their own text (see the module)."""
    kept: list[ParsedRecord] = []
    for record in records:
        if isinstance(record, RawEvent) and (words := death_day(record)) is not None:
            record.evidence.append(EVIDENCE.format(day=record.start, words=words))
            continue
        kept.append(record)
    return kept
