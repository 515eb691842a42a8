"""A single event's page that lists its further dates under a label ("Additional Dates", "More dates", "Weitere
Termine"): each dated line under the label is another occurrence of the same event, on its own day and at its own
time (else the first occurrence's). Pure.

Only lines that start with a date count, and the list ends at the first line that does not: what follows the
dates (the venue, the description) is the event's, not more occurrences.
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
        place = _own_place(rest[clock.span[1] :] if clock else rest)
        if hit.date == single.day and (clock.start if clock else single.time) == single.time:
            continue  # the first date again
        if hit.date < single.day - PAST_EDITION and not past_editions:
            continue  # last year's edition, not this event's
        found.append(
            dataclasses.replace(
                single,
                day=hit.date,
                end_day=None,
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


def _own_place(rest: str) -> str | None:
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
