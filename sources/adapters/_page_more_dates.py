"""A single event's page that lists its further dates under a label ("Additional Dates", "More dates", "Weitere
Termine"): each dated line under the label is another occurrence of the same event, on its own day and at its own
time (else the first occurrence's). Pure.

Only lines that start with a date count, and the list ends at the first line that does not: what follows the
dates (the venue, the description) is the event's, not more occurrences. A further date written as a range ("Apr 17,
2027 - Apr 18, 2027") ends on its last day.

Past editions listed under a label of their own ("Previous editions", "Past events", "Archive", "Frühere Ausgaben",
"Éditions précédentes") below the page's own event are not its occurrences, nor a schedule (``past_editions_below``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from events import statuswords
from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_lines import Line
from sources.adapters._page_ranges import joined_ranges
from sources.adapters._page_schedule import DATE_LEADS_WITHIN, Entry

MORE_DATES = re.compile(
    r"^\s*(?:(?:additional|more|other|further|upcoming)\s+(?:event\s+)?"
    r"(?:dates|days|showings|screenings|performances|sessions|occurrences|times)"
    r"|also\s+on|weitere\s+termine|autres\s+dates|otras\s+fechas|altre\s+date|andere\s+data)\s*(?::\s*)?$",
    re.I,
)
# What a dated line says after its date and time, when it names somewhere ("– Lindqvist Club, Bergen"): a tour's
# further dates are at their own places, not at the first date's.
_SEPARATORS = " \t,;:|/–—-"
MAX_PLACE = 150  # a place's name and town, not a paragraph
_CAPITAL = re.compile(r"\b[^\W\d_a-z]")
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$", re.I)
# What a date's line may say of its tickets rather than its place.
_TICKETS = re.compile(
    r"^(?:sold[\s-]*out|(?:few|last|limited)\s+(?:tickets|seats)\b|tickets?\b|free\b|wait[\s-]*list)", re.I
)
MAX_MORE = 60  # dated lines read under one label: a year of weekly dates is the most a page lists this way
LOOK_AHEAD = 30  # lines after the event's own date line where the label may be
# A date this long before the page's own event is a past edition of it, not one of its occurrences: a tournament's
# or a festival's "Other dates" list prints last year's beside this year's (an earlier night of a run is days or
# weeks before, and is kept). Its name would be this edition's ("2026 Erzgebirgs-Cup" on 13 September 2025).
PAST_EDITION = dt.timedelta(days=183)
# A label over a single event's earlier editions, in the languages the further dates' label knows.
PAST_LABEL = re.compile(
    r"^\s*(?:(?:previous|past|earlier|former|prior)\s+(?:editions?|events?|dates|years|shows|performances|festivals|concerts|gigs)"
    r"|(?:(?:events?|exhibitions?)\s+)?archives?|archiv|archivo|archivio|archief|arquivo"
    r"|(?:frühere|vergangene|bisherige|vorherige)\s+(?:ausgaben|termine|veranstaltungen|editionen|jahre|events|treffen|konzerte|auftritte)"
    r"|(?:éditions|dates|événements|concerts|manifestations)\s+(?:précédent(?:e?s)|passé(?:e?s)|antérieur(?:e?s))"
    r"|(?:ediciones|fechas|eventos)\s+(?:anteriores|pasadas|pasados)"
    r"|(?:edizioni|date|eventi)\s+(?:precedenti|passate|passati)"
    r"|(?:eerdere|vorige|afgelopen)\s+(?:edities|evenementen|data|concerten|optredens|activiteiten)"
    r"|(?:edições|datas)\s+(?:anteriores|passadas))\s*:?\s*$",
    re.I,
)
_DIGIT = re.compile(r"\d")


def further_dates(lines: list[Line], single: Entry, *, today: dt.date, past_editions: bool = False) -> list[Entry]:
    """The occurrences a labelled list of further dates adds to ``single`` (its line is the first date's); with
    ``past_editions``, also the dates of its earlier editions the list prints (whether the page lists any dates)."""
    after = [line for line in lines if single.line < line.index <= single.line + LOOK_AHEAD]
    label = next((position for position, line in enumerate(after) if MORE_DATES.match(line.text)), None)
    if label is None:
        return []
    found: list[Entry] = []
    for line in (line for line in lines if line.index > after[label].index):
        hits = joined_ranges(line.text, find_dates(line.text, year_hint=single.day.year, today=today))
        if not hits or hits[0].start > DATE_LEADS_WITHIN or len(found) >= MAX_MORE:
            break
        hit = hits[0]
        rest = line.text[hit.end :]
        clock = find_clock(rest, dated=True)
        place = own_place(rest[clock.span[1] :] if clock else rest)
        if hit.date == single.day and (clock.start if clock else single.time) == single.time:
            continue  # the first date again
        if hit.date < single.day - PAST_EDITION and not past_editions:
            continue  # last year's edition, not this event's
        found.append(
            dataclasses.replace(
                single,
                day=hit.date,
                end_day=hit.end_date,  # "Apr 17, 2027 - Apr 18, 2027": its range's last day
                time=clock.start if clock else single.time,
                end_time=clock.end if clock else single.end_time if single.time else None,
                location=place or single.location,
                text=line.text,
                line=line.index,
                weekday_agrees=hit.weekday_agrees,
                links=list(single.links),
                evidence=[
                    *single.evidence,
                    f"a further date of the event, under {after[label].text!r}: {line.text!r}",
                    *([f"at the place its line names: {place!r}"] if place else []),
                ],
                sessions=[],
            )
        )
    return found


def past_editions_below(lines: list[Line], single: Entry, entries: list[Entry]) -> bool:
    """Whether every row the schedule readers found (``entries``) stands under a label of past editions ("Previous
    editions", "Past events", "Archive") below the page's own event (``single``): then the page is that event's and
    the list its earlier editions, not a schedule. The rows are the label's own section (their nearest heading is
    the label, or one under it that names a year: "2025"; no other heading stands between); a page with no event above the label is an archive of
    events, each its own, and a schedule elsewhere on the page is still one."""
    label = next((line for line in lines if line.index > single.line and PAST_LABEL.match(line.text)), None)
    if label is None or not entries:
        return False
    by_index = {line.index: line for line in lines}

    def under(entry: Entry) -> bool:
        heading = by_index.get(entry.heading_line) if entry.heading_line is not None else None
        if entry.line <= label.index:
            return False
        if heading is None or heading.index <= label.index:  # the label itself, or a plain line with no heading since
            return True
        return _DIGIT.search(heading.text) is not None  # a year's heading under the label ("2025")

    return all(under(entry) for entry in entries)


def own_place(rest: str) -> str | None:
    """The place a further date's line names after its date and time, if it names one: a name (a capital), not a
    weekday, a word on tickets or a status ("Saturday", "Sold out", "cancelled")."""
    place = rest.strip().lstrip(_SEPARATORS).rstrip(" .;,")
    if (
        not place
        or len(place) > MAX_PLACE
        or "\n" in place
        or not place[0].isalpha()
        or not _CAPITAL.search(place)
        or _WEEKDAY.match(place)
        or _TICKETS.match(place)
        or statuswords.status_of(place)
    ):
        return None
    return place
