"""A card whose big day label is one end of a run its own line writes in numbers: a tourist office's agenda item
shows "september" over "11" (the day its list is sorted by) and, on a line of its own, "10-09-2016  t/m
11-09-2016" or "28-08-2016  t/m  11-09-2016". The label's day alone dated the run by its last day; the event is
the run, from its first day to its last.

So, when a card's first date is a year-less day and month with no time of its own, and the card writes two
numeric dates with years joined by a range word ("-", "–", "t/m", "tot en met", "to", "until", "bis", "au",
"al", "até", "hasta") of which one reading (day first, else month first) runs forward for at most a year and
starts or ends on the label's month and day, the card's moments are that run's days.

Not: a run none of whose readings has the label's day at an end ("Kaartverkoop 01-08-2031 t/m 10-09-2031" under
"11 september": a sale's days, the label stays); one numeric date alone ("11-09-2031": no run); a label with a
time ("September 11, 8pm": read as it is); a run backwards or over a year; a run a ticket sale's or a
registration's word leads into ("Voorverkoop 01-08-2031 t/m 11-09-2031" under "11 september": the sale ends on the
event's day, SALE_LEAD). Pure."""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_dates import safe_date

_PART = r"(?P<{a}>[12]\d|3[01]|0?[1-9])(?P<{s}>[-./])(?P<{b}>[12]\d|3[01]|0?[1-9])(?P={s})(?P<{y}>(?:19|20)\d\d)"
NUMERIC_RUN = re.compile(
    r"(?<![\d/-])(?<!\d\.)"  # a sentence's full stop may touch it ("verkopen.10-09-2016"), a number's may not
    + _PART.format(a="a1", s="s1", b="b1", y="y1")
    + r"[ \t]{0,3}(?:-|–|—|t/m|tot en met|tot|to|until|through|bis|au|al|até|hasta)[ \t]{0,3}"
    + _PART.format(a="a2", s="s2", b="b2", y="y2")
    + r"(?![\d/-]|\.\d)",
    re.IGNORECASE,
)
MAX_RUNS = 8  # runs looked at in one card
# A ticket sale's or a registration's run, named just before it ("Voorverkoop 01-08-2031 t/m 11-09-2031", "Tickets on
# sale 01/08/2031 - 11/09/2031", "Anmeldung …"): it ends on the event's day as often as not, and is no run of the
# event's (review24). Looked for in the SALE_WINDOW characters before the run, within its sentence.
SALE_LEAD = re.compile(
    r"\b(?:voorverkoop|kaartverkoop|verkoop|kaarten|tickets?|ticketverkoop|pre-?sale|on\s{1,3}sale|booking|bookings|"
    r"registration|register|inschrijving|inschrijven|aanmelden|vorverkauf|kartenvorverkauf|anmeldung|inscriptions?|"
    r"inscripciones|prevendita|iscrizioni|billetterie)\b[^.\n]{0,30}$",
    re.IGNORECASE,
)
SALE_WINDOW = 48
MAX_RUN_DAYS = 366  # a season's run, not two unrelated dates


def _day(match: re.Match[str], end: str, *, day_first: bool) -> dt.date | None:
    first, second = int(match.group(f"a{end}")), int(match.group(f"b{end}"))
    day, month = (first, second) if day_first else (second, first)
    return safe_date(int(match.group(f"y{end}")), month, day) if month <= 12 else None


def labelled_run(label: dt.date, text: str) -> tuple[dt.date, dt.date] | None:
    """The run of days ``text`` writes in numbers with the year-less ``label`` day (its month and day) at one end,
    or None."""
    wanted = (label.month, label.day)
    for count, match in enumerate(NUMERIC_RUN.finditer(text)):
        if count >= MAX_RUNS:
            break
        if SALE_LEAD.search(text[max(0, match.start() - SALE_WINDOW) : match.start()]):
            continue
        for day_first in (True, False):
            first, last = _day(match, "1", day_first=day_first), _day(match, "2", day_first=day_first)
            if first is None or last is None or not first < last <= first + dt.timedelta(days=MAX_RUN_DAYS):
                continue
            if wanted in ((first.month, first.day), (last.month, last.day)):
                return first, last
    return None
