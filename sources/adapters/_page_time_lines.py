"""A line of a card that states only when: a time or a range alone ("10:00 a.m.", "20:00 Uhr", "à partir de 19h"),
and a time under the label of its part of the day ("Beginn: 17:30", "Treffen 17:00", "Ende: 19:30"): the start's
label makes its time the event's start over a meeting's or the doors' ("Treffpunkt", "Meeting point", "Einlass"),
an end's its end. Pure; split from _page_cards, which reads the rest of a card's date."""

from __future__ import annotations

import re

from sources.adapters._midnight_words import ALL_DAY_LINE
from sources.adapters._page_dates import ClockHit, find_clock
from sources.adapters._page_end_words import END_WORD, end_word
from sources.adapters._page_intl import weekday_number
from sources.adapters._page_meeting_points import time_then_place


def time_alone(line: str) -> bool:
    """A line that is a time or a range and nothing else ("10:00 a.m.", "9:00 a.m. – 1:00 p.m.", "All Day")."""
    return clock_alone(line) is not None or ALL_DAY.match(line) is not None


def clock_alone(line: str, *, dated: bool = False, limit: int | None = None) -> ClockHit | None:
    """The time a line states when it states nothing else ("10:00 a.m.", "20:00 Uhr", "à partir de 19h"; with
    ``dated``, a dotted hour under a date, "17.00"), or None."""
    found = find_clock(line, dated=dated) if len(line) <= (MAX_TIME_LINE if limit is None else limit) else None
    if found is None or found.start is None:
        return None
    rest = CLOCK_WORD.sub("", FROM_WORDS.sub("", line[: found.span[0]] + " " + line[found.span[1] :]))
    return found if not rest.strip(" ()–-:,.·|") else None  # "20:00 Uhr", "dès 21h": parts of the time


ALL_DAY = ALL_DAY_LINE  # "All Day", "Ganztägig", "Toute la journée"… alone on its line (_midnight_words)
CLOCK_WORD = re.compile(r"\b(?:uhr|h|hrs?|heures?|godz)\b", re.IGNORECASE)
# The words that lead into a time alone on its line ("à partir de 19h", "dès 20h", "ab 19 Uhr", "from 7pm"): the
# line still says only when.
FROM_WORDS = re.compile(
    r"^\W*(?:(?:à|a)\s{1,3}partir(?:\s{1,3}d[e']?)?|dès|ab|vanaf|desde(?:\s{1,3}las?)?|from|starting\s{1,3}at|starts?\s{1,3}at)\s*",
    re.IGNORECASE,
)
# A line that labels the time under it as the doors' ("Einlass", "Doors"), not the start.
DOORS_LABEL = re.compile(r"^\W*(?:doors(?:\s+open)?|einlass|admission)\W*$", re.IGNORECASE)
MAX_TIME_LINE = 40
# The label of a start's time ("Beginn: 17:30", "Anpfiff 15:00", "Start: 9:00 AM", "Kick-off 3pm"), and of a
# meeting's or the doors' time before it ("Treffen 17:00", "Treffpunkt: 14:00", "Meeting point: 8:30 AM"; a
# stadium's "Box Office opens at 2PM", "Gates open at 5PM": when the ground opens, not when the game starts). The
# label "time" itself before a time alone ("Hora:18:30h", "Time: 7pm", "Uhrzeit: 19 Uhr"; pages batch 102) is a start's;
# so is its Nordic, Finnish, Czech and Polish word ("Tid: 12:00 – 17:00", "Aika: 18.00", "Čas: 19:00"; pages119).
# Only before its colon, a digit or the line's end: "Time After Time", "Hora Mendoza" are names (review42).
START_LABEL = re.compile(
    r"^\W{0,3}(?:start(?:s|ing)?(?:[ \t]time)?|beginn|spielbeginn|anpfiff|ansto(?:ß|ss)|kick[\s-]?off|d[ée]but"
    r"|aanvang|inizio|inicio|tip[\s-]?off|face[\s-]?off|show(?:[ \t]time)?|(?:time|hora|heure|uhrzeit|ora|tijd|tid|tidspunkt|klokkeslett|aika|kellonaika|čas|czas|godzina)(?=[ \t]{0,3}(?:[:：\d]|$)))\b(?:[ \t]at\b)?[ \t]{0,3}[:：\-–]?[ \t]{0,3}",
    re.IGNORECASE,
)
MEETING_LABEL = re.compile(
    r"^\W{0,3}(?:treff(?:en|punkt|zeit)?|sammel(?:n|punkt)|abfahrt|meet(?:ing)?(?:[ \t](?:point|time|place))?"
    r"|rendez[\s-]vous|check[\s-]?in|warm[\s-]?up|aufwärmen|einlass|doors(?:[ \t]open)?"
    r"|(?:box[ \t]office|gates?)[ \t]open(?:s|ing)?)\b(?:[ \t]at\b)?"
    r"[ \t]{0,3}[:：\-–]?[ \t]{0,3}",
    re.IGNORECASE,
)
START, TIME, MEETING, END = 0, 1, 2, 3  # a line's part of the day, in the order a card's start is looked for


# review59: the Nordic, Finnish, Czech and Polish "time" labels (pages119) before a few hours written "2 h", "1,5 h":
# how long it lasts, not a clock ("Tid: 2 h", "Aika: 2 h"; a start is written "kl. 14", "klo 14.00").
LASTS = re.compile(
    r"^\W{0,3}(?:tid|tidspunkt|klokkeslett|aika|kellonaika|čas|czas|godzina)[ \t]{0,3}[:：\-–]?[ \t]{0,3}"
    r"\d(?:[.,]\d)?[ \t]{0,2}h\.?[ \t]{0,3}$",
    re.IGNORECASE,
)


def timed_line(line: str) -> tuple[int, ClockHit] | None:
    """The part of the day (START, TIME, MEETING or END) and the time of a line that states only when, or None."""
    if LASTS.match(line):
        return None  # "Tid: 2 h": a duration (review59)
    for role, label in ((START, START_LABEL), (MEETING, MEETING_LABEL)):
        found = label.match(line)
        if found is not None and found.end() < len(line) and (own := clock_alone(line[found.end() :])) is not None:
            return role, own
        # a meeting point's time, then where ("Treffpunkt: 14:00 Uhr am Bahnhof"): the meeting's time all the same
        if role == MEETING and found is not None and (met := time_then_place(line[found.end() :])) is not None:
            return role, met[0]
    word = END_WORD.match(line.lstrip(" \t-–(")) if line[:1].isalpha() else None
    if end_word(word) and word is not None and (own := clock_alone(line.lstrip(" \t-–(")[word.end() :])) is not None:
        return END, own
    own = clock_alone(line)
    if own is None:  # "Miércoles 17:00 hrs", "Sat 8pm": the day's weekday, then its time
        own = clock_alone(after_weekday(line))
    return (TIME, own) if own is not None else None


# A line's first word with its dot or comma ("Sat.", "Miércoles,"): a weekday's name, in any language, before a time.
WEEKDAY_LEAD = re.compile(r"^[ \t]{0,3}(?P<word>[^\W\d_]{2,12})\.?,?[ \t]{1,3}(?=\d)")


def after_weekday(line: str) -> str:
    """The line after a weekday's name that opens it and a digit follows, else nothing."""
    lead = WEEKDAY_LEAD.match(line)
    if lead is None:
        return ""
    return line[lead.end() :] if weekday_number(lead.group("word")) is not None else ""


def _label_role(text: str) -> int:
    """The part of the day a line that is only a label names for the time under it ("Beginn", "Treffen:", "Ende")."""
    text = text.strip()
    if end_word(END_WORD.fullmatch(text)):
        return END
    for role, label in ((START, START_LABEL), (MEETING, MEETING_LABEL)):
        found = label.match(text)
        if found is not None and found.end() == len(text):
            return role
    return TIME


def card_time(lines: list[str]) -> ClockHit | None:
    """The time a card's lines that state only when give it: a start's ("Beginn: 17:30", or "Beginn" over "17:30")
    before any other, then a time alone, then a meeting's ("Treffen 17:00"); never one under the doors' label
    ("Einlass" over "19:00 Uhr"). A later one labelled as the end ("Ende" over "20:30") is its end."""
    timed: list[tuple[int, int, ClockHit]] = []
    for index, line in enumerate(lines):
        above = lines[index - 1] if index else ""
        read = timed_line(line)
        if read is None or read[0] == TIME and index and DOORS_LABEL.match(above):
            continue
        role = _label_role(above) if read[0] == TIME and index else read[0]
        timed.append((index, role, read[1]))
    starts = sorted((item for item in timed if item[1] != END), key=lambda item: (item[1], item[0]))
    if not starts:
        return None
    index, _, found = starts[0]
    ended = next((own for at, role, own in timed if role == END and at > index), None)
    if found.end is None and ended is not None and ended.start > found.start:
        return ClockHit(found.start, ended.start, found.span)
    return found


def label_rank(text: str) -> int:
    """How a line's label ranks its time as the start: START for a start's ("Start: 9:00 AM"), MEETING for a
    meeting's or the doors' ("Meeting point: 8:30 AM at the car park"), TIME otherwise."""
    if START_LABEL.match(text) is not None:
        return START
    return MEETING if MEETING_LABEL.match(text) is not None else TIME
