"""A card's run of days that names the one weekday it meets on, with a time: a weekly series (pages119). Pure.

A Helsinki chess club's card "Gambiitin vartit Areenalla Keskiviikkoisin" (… on Wednesdays) reads "Ajankohta:
04.09.2024-18.12.2024" and "Kierrokset: Viisi kierrosta alkaen klo 18.15": an evening every Wednesday of that autumn.
It was read as one all-day event from 4 September to 18 December. Now a card whose run spans a week or more, whose
words name one weekday as the one it recurs on ("Keskiviikkoisin", "mittwochs", "onsdagar", "Wednesdays", "every
Wednesday", "varje onsdag", "jeden Mittwoch", "tous les mercredis", "cada miércoles"…), and whose lines give a time
(``_page_time_lines.card_time``, ``_page_clock_word_lines``), is that weekly series: one event each such weekday of the
run at that time, each carrying the rule (FREQ=WEEKLY, the weekday, UNTIL the run's last day) and the series' id.

Not: a run with no time (an exhibition's days: its span stands), a run shorter than a week, a card that names two
weekdays or none, a weekday named in passing ("Wednesday 4 September", a date's own weekday: not a recurring form),
opening hours ("Open Wednesdays 10–18": a place's hours are no card's time, read as before). review59: nor a weekday
the card names as its closing day ("Closed Mondays.", "Montags geschlossen", "Maanantaisin suljettu") or an exception,
a plural weekday in a side remark that gives no time nor date ("Free entry on Sundays.", "Family day on Saturdays":
an exhibition's or a festival's every day is still its own), nor a name ("Fridays for Future"): the plural form
counts in the card's title or on a line with a digit, "every Wednesday" on any line, a closing line never.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zoneinfo
from typing import Any

from sources.adapters._page_cards import block_text
from sources.adapters._page_clock_word_lines import clock_word_line
from sources.adapters._page_intl import weekday_number
from sources.adapters._page_time_lines import card_time
from sources.adapters.base import RawEvent

WEEKLY_RUN_EVIDENCE = "one of the weekly {weekday}s of the card's run ({first} to {last}), at {time}"
BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
MIN_DAYS = 7  # a run shorter than a week has no weekly rhythm
MAX_WEEKS = 60  # a run's weeks read at the most
# Weekdays in the forms that say "on every such day": Finnish "-isin" (keskiviikkoisin), German "-s" (mittwochs),
# Swedish "-ar", Norwegian and Danish "-er", English "-s" (the stem is checked with weekday_number).
_STEM = {
    "maanantaisin": 0, "tiistaisin": 1, "keskiviikkoisin": 2, "torstaisin": 3, "perjantaisin": 4,
    "lauantaisin": 5, "sunnuntaisin": 6,
}  # fmt: skip
PLURAL_WEEKDAY = re.compile(r"(?<!\w)(?P<word>[^\W\d_]{5,20})(?!\w)")  # each word, checked by _weekday
EVERY_WEEKDAY = re.compile(
    r"(?<!\w)(?:every|each|varje|hver|jeden|elke|chaque|tous[ \t]les|todos[ \t]los|cada|ogni)[ \t]{1,3}"
    r"(?P<word>[^\W\d_]{3,16})(?!\w)",
    re.IGNORECASE,
)
PLURAL_ENDINGS = ("ar", "er", "s")
# A line that says when the place is closed, what is excepted or what entry costs (review59): its weekday is no
# meeting's ("Closed Mondays", "Free entry every Sunday").
CLOSED_WORDS = re.compile(
    r"(?<!\w)(?:closed?|closing|except|geschlossen|ruhetag|au(?:ß|ss)er|ferm[ée]e?s?|fermeture|sauf|cerrad[oa]s?"
    r"|excepto|chius[oa]|tranne|gesloten|behalve|suljettu|suljettuna|paitsi|st[äa]ngt|utom|stengt|unntatt|lukket"
    r"|undtagen|zamkni[eę]te|zav[řr]eno|kromě"
    r"|entry|admission|eintritt|entr[ée]e|entrada|ingresso|toegang|entr[ée]|sis[äa][äa]np[äa][äa]sy|wst[ęe]p|vstup)(?!\w)",
    re.IGNORECASE,
)
# A plural weekday that begins a name: "Fridays for Future".
NAMED_AFTER = re.compile(
    r"[ \t]{1,3}for(?!\w)", re.IGNORECASE
)  # onsdagar → onsdag, onsdager → onsdag, Wednesdays/mittwochs/mercredis → …


def _weekday(word: str) -> int | None:
    """The weekday a recurring form names ("keskiviikkoisin", "mittwochs", "onsdagar", "Wednesdays"), or None."""
    folded = word.casefold()
    if folded in _STEM:
        return _STEM[folded]
    for ending in PLURAL_ENDINGS:
        if folded.endswith(ending) and (day := weekday_number(folded[: -len(ending)])) is not None:
            return day
    return None


def recurring_weekday(text: str) -> int | None:
    """The one weekday ``text`` names as the one it recurs on, or None (none, or two different ones)."""
    days = _every_days(text) | _plural_days(text)
    return days.pop() if len(days) == 1 else None


def card_weekday(title: str | None, lines: list[str]) -> int | None:
    """The one weekday a card names as the one it meets on (review59): "every Wednesday" on any of its lines, the
    plural form ("Wednesdays", "mittwochs") in its title or on a line with a digit; a closing line's never."""
    days: set[int] = set()
    for text in [title or "", *lines]:
        if CLOSED_WORDS.search(text):
            continue
        days |= _every_days(text)
        if text is title or any(character.isdigit() for character in text):
            days |= _plural_days(text)
    return days.pop() if len(days) == 1 else None


def _every_days(text: str) -> set[int]:
    return {day for match in EVERY_WEEKDAY.finditer(text) if (day := weekday_number(match["word"])) is not None}


def _plural_days(text: str) -> set[int]:
    return {
        day
        for match in PLURAL_WEEKDAY.finditer(text)
        if (day := _weekday(match["word"])) is not None and not NAMED_AFTER.match(text, match.end())
    }


def weekly_run(block: Any, record: RawEvent) -> list[RawEvent] | None:
    """One event per weekly meeting of a card's run (see the module), or None."""
    first, last = record.start, record.end
    if isinstance(first, dt.datetime) or not isinstance(last, dt.date) or isinstance(last, dt.datetime):
        return None
    if (last - first).days < MIN_DAYS or not record.timezone:
        return None
    text = block_text(block)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    weekday = card_weekday(record.title, lines)
    clock = card_time(lines) or clock_word_line(lines) if weekday is not None else None
    if weekday is None or clock is None or clock.start is None:
        return None
    try:
        zone = zoneinfo.ZoneInfo(record.timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
    rule = f"FREQ=WEEKLY;BYDAY={BYDAY[weekday]};UNTIL={last:%Y%m%d}"
    note = WEEKLY_RUN_EVIDENCE.format(weekday=BYDAY[weekday], first=first, last=last, time=f"{clock.start:%H:%M}")
    found: list[RawEvent] = []
    while day <= last and len(found) < MAX_WEEKS:
        start = dt.datetime.combine(day, clock.start, tzinfo=zone)
        end = dt.datetime.combine(day, clock.end, tzinfo=zone) if clock.end and clock.end > clock.start else None
        found.append(
            dataclasses.replace(
                record,
                external_id=f"{record.external_id}@{start.isoformat()}",
                start=start,
                end=end,
                all_day=False,
                rrule=rule,
                evidence=[*record.evidence, note],
            )
        )
        day += dt.timedelta(days=7)
    return found or None
