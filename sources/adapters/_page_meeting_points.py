"""A meeting point's line: its label, then when and where to meet ("Treffpunkt: 14:00 Uhr am Bahnhof", "Meeting point:
10am at the car park", "Rendez-vous : 9h devant la mairie"). The time is the meeting's, the words after it the
place; a value with no time ("Treffpunkt: Marktplatz") is the place whole, one with only a time ("Meeting point:
8:30 AM") none. Pure."""

from __future__ import annotations

import re

from sources.adapters._page_dates import ClockHit, find_clock
from sources.adapters._page_not_places import says_only_when

# The label, in the languages whose walks and tours write one: a colon (or a dash) after it, so that "Meeting point
# of two rivers" is no label.
_MEETING_WORDS = (
    r"(?:treffpunkt|sammelpunkt|meeting[ \t](?:point|place)|(?:point[ \t]de[ \t])?rendez[\s-]vous"
    r"|punto[ \t]de[ \t]encuentro|punto[ \t]d['’]incontro|ritrovo|verzamelpunt|ponto[ \t]de[ \t]encontro"
    r"|mødested|mötesplats|møtested|zbiórka|sraz)"
)
MEETING_POINT = re.compile(rf"^\W{{0,3}}{_MEETING_WORDS}[ \t]{{0,3}}[:：\-–][ \t]{{0,3}}", re.IGNORECASE)
# The same word opening a sentence's name without its colon ("Treffpunkt Bahnhof Bern, Bern.": _feed_closing_place).
MEETING_WORD = re.compile(rf"{_MEETING_WORDS}(?:[ \t]{{1,3}}(?=\w)|$)", re.IGNORECASE)
# What joins the time to the place after it: a separator, then "at" as English writes it ("10am at the car park";
# German "am Bahnhof" and French "devant la mairie" say where, and stay).
_JOIN = re.compile(r"[ \t]{0,3}[,;|·\-–—]?[ \t]{0,3}(?:at[ \t]{1,3})?", re.IGNORECASE)
# What joins a time to a range's end that find_clock leaves unread ("10 am - noon", "7 pm to midnight"): that end is
# no part of the place after it.
_RANGE_JOIN = re.compile(r"[ \t]{0,3}(?:[-–—]|\b(?:to|until|till|bis)\b)[ \t]{0,3}", re.IGNORECASE)
# How long the walk or the tour takes, after the place or instead of it ("14 Uhr, Dauer ca. 2 Stunden", "10am at the
# car park, approx. 2 hours", "9h devant la mairie (durée 3h)"): a duration's word, or a number of hours or minutes,
# at the value's start or after a separator. It is no part of the place ("Gate 3 Hours Lane" has no separator).
DURATION = re.compile(
    r"(?:^|[,;|·(])[ \t]{0,3}"
    r"(?:(?:dauer|duration|durée|durata|duración|duração|duur|länge|längd|varighed|varighet|trvání|kesto)\b"
    r"|(?:(?:ca|circa|approx|approximately|about|environ|etwa|ungefähr|rund)\.?[ \t]{1,3}|~[ \t]{0,3})?"
    r"\d{1,3}(?:[.,]\d{1,2})?[ \t]{0,3}(?:[-–][ \t]{0,3}\d{1,3}[ \t]{0,3})?"
    r"(?:h(?:[0-5]\d)?|std|stunden?|hours?|hrs?|minuten|minutes?|mins?|heures?|ore|horas?|uur|timer?|timmar)\b)",
    re.IGNORECASE,
)
_TIME_AHEAD = 3  # the most characters before the time in the value ("ab 14 Uhr" is no meeting point's time)


def time_then_place(value: str) -> tuple[ClockHit, str] | None:
    """The time a meeting point's value starts with and the place after it ("14:00 Uhr am Bahnhof": 14:00, "am
    Bahnhof"; "14 Uhr, Dauer ca. 2 Stunden": 14:00, ""); None when the value does not start with a time or names
    nothing after it."""
    clock = find_clock(value, dated=True)
    if clock is None or clock.span[0] > _TIME_AHEAD or value[: clock.span[0]].strip(" \t:"):
        return None
    at = clock.span[1]
    dash = _RANGE_JOIN.match(value, at)
    until = find_clock(value[dash.end() :], dated=True) if dash else None
    if dash and until is not None and until.span[0] == 0:
        at = dash.end() + until.span[1]
    join = _JOIN.match(value, at)
    rest = value[join.end() if join else at :].strip(" \t.,;")
    if not rest or not any(character.isalpha() for character in rest) or says_only_when(rest):
        return None
    place = without_duration(rest)  # "14 Uhr, Dauer ca. 2 Stunden": the meeting's time, and no place
    return clock, (place if not says_only_when(place) else "")


def meeting_place(line: str) -> str | None:
    """The place a meeting point's line names ("Treffpunkt: 14:00 Uhr am Bahnhof": "am Bahnhof"; "Treffpunkt:
    Marktplatz": "Marktplatz"), or None when it is no such line or says only when."""
    label = MEETING_POINT.match(line)
    if label is None:
        return None
    return place_of(line[label.end() :])


def place_of(value: str) -> str | None:
    """A place's value without the meeting's time it starts with ("14:00 Uhr am Bahnhof": "am Bahnhof"); the value
    whole when it starts with no time, None when it is only a time."""
    value = value.strip()
    found = time_then_place(value)
    if found is not None:
        return found[1] or None
    value = without_duration(value)
    return value if value and not says_only_when(value) else None


def without_duration(place: str) -> str:
    """A meeting point's place without how long the walk takes after it ("am Bahnhof, Dauer ca. 2 Stunden": "am
    Bahnhof"; "Dauer ca. 2 Stunden": "")."""
    duration = DURATION.search(place)
    return (place[: duration.start()] if duration else place).strip(" \t.,;")
