"""A series' one weekday, hours and room, stated once for its dated rows. Pure.

A department's colloquium page (batch 103) says once how every talk is held: "The … Colloquium takes place on
Tuesdays at 4:00-5:00 pm in Room 164 of the Adel Mathematics Building." Its table then lists each Tuesday's
speaker and title by date alone ("September 10 | Michael Falk | NAU | …"). The rows were read as days with no time
and no place. A seminar's, a club's or a reading group's page writes its schedule so.

When at least three of a page's events are days with no time, all on one weekday, and the page has a sentence that
names that weekday (as a plural, or after "every"/"on"/"jeden"/"chaque"/"ogni"/"cada"/"elke"…) with a clock
right after it, each such event starts at that clock (and ends at its range's end) on its own day; a place
after "in"/"at" (or "im"/"à"/"en"/"nella"…) that ends the sentence is its place when it has none.

Not: a page whose dated events fall on several weekdays (a season's fixtures); a sentence of opening hours
("The office is open on Tuesdays 9:00-5:00", "Geöffnet dienstags 10–18 Uhr"); a page stating two clocks for
that weekday ("on Tuesdays at 4 pm and on Tuesdays at 7 pm for students": which one is the row's is not said);
events that have a time already; fewer than three days.

review44: nor one day's sentence ("The first meeting is on Tuesday 9 September at 4 pm": a number between the
weekday and its clock), another year's term ("In Spring 2030 the seminar met on Tuesdays at 3 pm", the year written
nearest the weekday is none of the rows'), a deadline or a collection day ("Deadline for abstracts: Tuesdays at 5
pm"); "in the spring term", "in person and online", "at least twice a month" are no places (a place has a capital
or a digit and no word of a term, a manner or a measure).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterable

from sources.adapters._page_date_clocks import find_clock
from sources.adapters._page_intl import weekday_number
from sources.adapters._page_showings import zone_of
from sources.adapters.base import ParsedRecord, RawEvent

MIN_ROWS = 3  # days of one weekday with no time: a series, not a pair
CLOCK_REACH = 30  # characters after the weekday in which its clock must start
PLACE_REACH = 100  # characters of the place after the clock
MAX_TEXT = 200_000  # characters of the page looked at
# A weekday named as the series' day: a plural ("Tuesdays", "dienstags", "mardis", "martes"), or after a word of
# every or on ("every Tuesday", "jeden Dienstag", "chaque mardi", "ogni martedì", "cada martes", "elke dinsdag").
WEEKDAY = re.compile(
    r"\b(?:(?:every|each|on|jeden|jeweils|am|chaque|tous[ \t]{1,3}les|le|les|ogni|il|cada|los|elke|iedere|op)"
    r"[ \t]{1,3})?(?P<name>[^\W\d_]{3,12})",
    re.IGNORECASE,
)
LEAD_WORD = re.compile(r"every|each|on|jeden|jeweils|am|chaque|tous|le|les|ogni|il|cada|los|elke|iedere|op", re.I)
# Words of opening hours before the weekday: the hours a place keeps, not a series' meeting.
OPENING = re.compile(
    r"\b(?:open(?:s|ed|ing)?|hours|office|closed|ge[öo]ffnet|[öo]ffnungszeiten|ouvert(?:e|ure)?|ferm[ée]|"
    r"abierto|horario|aperto|orari|geopend|openingstijden|"
    # review44: a deadline or a collection is a weekday's clock too, not a meeting's
    r"deadlines?|due|submit\w*|submission|collect(?:ed|ion)|frist|scadenza|date[ \t]limite)\b",
    re.IGNORECASE,
)
# The place after the clock: a preposition, then words up to the sentence's end.
PLACE = re.compile(
    r"[ \t,]{0,3}(?:in|at|im|in[ \t]{1,3}der|à|au|en|nella|nel|presso|op|bij)[ \t]{1,3}"
    r"(?P<place>[^.;:!?\n]{3,100}?)(?:\.(?:[ \t]|$)|[;!?\n]|$)",
)
# A "place" after "in"/"at" that is a term, a manner or a measure: "in the spring term", "in person and online",
# "at least twice a month" (review44).
NO_PLACE = re.compile(
    r"\b(?:terms?|semesters?|trimesters?|quarters?|person|online|hybrid|zoom|teams|english|least|most|"
    r"times?|weeks?|months?|year|season|semestre|semester|trimestre|persona|presenza)\b",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
EVIDENCE = "time {clock} (and place) from the page's sentence for every {weekday}'s meeting: {sentence!r}"
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclasses.dataclass(frozen=True)
class Standing:
    """A series' stated hours: its weekday, start, end and place (None when the sentence names none)."""

    weekday: int
    start: dt.time
    end: dt.time | None
    place: str | None
    sentence: str


def _weekday(match: re.Match[str]) -> int | None:
    """The weekday a match names as a series' day: a plural, or a name after a lead word."""
    name = match["name"]
    led = match.group(0)[: match.start("name") - match.start()].strip()
    number = weekday_number(name)
    if number is not None and led and LEAD_WORD.fullmatch(led.split()[0]):
        return number
    for cut in (1, 2):  # "Tuesdays", "dienstags", "mardis", "martes" (the singular is "martes" too)
        plural = weekday_number(name[:-cut]) if name[-1:].lower() == "s" and len(name) > 4 else None
        if plural is not None and cut == 1:
            return plural
    return None


def standings(text: str) -> list[Standing]:
    """Every weekday the page names with a clock right after it (see the module), with its place."""
    found: list[Standing] = []
    for match in WEEKDAY.finditer(text[:MAX_TEXT]):
        weekday = _weekday(match)
        if weekday is None:
            continue
        after = text[match.end() : match.end() + CLOCK_REACH + 40]
        clock = find_clock(after)
        if clock is None or clock.span[0] > CLOCK_REACH or any(ch.isdigit() for ch in after[: clock.span[0]]):
            continue  # review44: "on Tuesday 9 September at 4 pm" is one day's time, not the series'
        sentence_start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        if OPENING.search(text, sentence_start, match.start()):
            continue
        rest = text[match.end() + clock.span[1] : match.end() + clock.span[1] + PLACE_REACH + 10]
        place = PLACE.match(rest)
        named = place["place"].strip() if place else None
        if named is not None and (NO_PLACE.search(named) or not any(ch.isupper() or ch.isdigit() for ch in named)):
            named = None
        sentence = text[sentence_start : match.end() + clock.span[1]].strip()
        found.append(Standing(weekday, clock.start, clock.end, named, sentence))
    return found


def series_hours(records: Iterable[ParsedRecord], page_text: Callable[[], str]) -> list[ParsedRecord]:
    """The page's records, its untimed days of one weekday timed (and placed) by the page's sentence for them."""
    kept = list(records)
    days = [r for r in kept if isinstance(r, RawEvent) and not isinstance(r.start, dt.datetime) and r.end is None]
    weekdays = {record.start.weekday() for record in days}
    if len(days) < MIN_ROWS or len(weekdays) != 1:
        return kept
    weekday = weekdays.pop()
    stated = {(s.start, s.end): s for s in standings(page_text()) if s.weekday == weekday}
    if len(stated) != 1:
        return kept
    standing = next(iter(stated.values()))
    years = YEAR.findall(standing.sentence)  # the year written nearest the weekday is the sentence's
    if years and int(years[-1]) not in {record.start.year for record in days}:
        return kept  # review44: "In Spring 2030 the seminar met on Tuesdays at 3 pm": another term's hours
    note = EVIDENCE.format(
        clock=standing.start.strftime("%H:%M"), weekday=WEEKDAY_NAMES[weekday], sentence=standing.sentence[:160]
    )
    timed: dict[int, RawEvent] = {}
    for record in days:
        zone = zone_of(record)
        if zone is None:
            continue
        start = dt.datetime.combine(record.start, standing.start, tzinfo=zone)
        end = dt.datetime.combine(record.start, standing.end, tzinfo=start.tzinfo) if standing.end else None
        timed[id(record)] = dataclasses.replace(
            record,
            start=start,
            end=end if end is not None and end > start else None,
            all_day=False,
            venue_name=record.venue_name or (standing.place if not record.address else None),
            evidence=[*record.evidence, note],
        )
    return [timed.get(id(record), record) for record in kept]
