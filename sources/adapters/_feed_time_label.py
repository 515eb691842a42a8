"""The clock an item's "Time:" label gives the day its words name, for the ``rss`` adapter. Pure.

An event's details are often written as labelled fields in its description, the day under one label and the clock
under another: "Date: Thursday June 12, 2031 Time: 4:00 pm", "Fecha: jueves 11 de junio de 2031 Hora: 16:00 h
CEST", "Datum: 12. Juni 2031, Uhrzeit: 19:00", "Date : jeudi 12 juin 2031 Heure : 19h30". The prose readers find the
day and, the clock not being written with it, read the event as all day. ``labelled_clock`` gives such a lone day
the clock written after a time label (English, Spanish, Catalan, French, German, Italian, Portuguese, Dutch, the
Nordic languages, Polish, Czech), when the item's words write exactly one such clock, in a text that labels its day
too ("Date:", "Fecha:", "Datum:", "When:" …): the two are a form's fields.

Not changed: a day read with its clock or its end (a span of days, "del 12 al 14 de junio"), a label followed by no
clock ("Time: TBA", "Hora: por confirmar", "Time: 2 hours": a number, no clock), an item whose labels write two
different clocks (two sessions: which is the day's cannot be told), a clock with no label ("Doors 19:00"), and a
time label in a text that does not label its day ("From June 12, 2031 buses leave every 15 minutes. Time: 7:45 am
first departure": a timetable's sentence), and a length of time under its label (review27): "Running time: 2:08",
"Journey time: 1:45", "Cook time: 1:15", "Winning time: 0:31:12" (a duration to the second).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zoneinfo
from collections.abc import Sequence

from sources.adapters._feed_label_range import labelled_range_end
from sources.adapters._feed_stated_clock import CLOCK
from sources.adapters._feed_when import TEXT_SCAN_LIMIT, When

MAX_LABELS = 8  # labels looked at per text: a description is not a timetable
CLOCK_REACH = 16  # characters after a label its clock is read from
END_REACH = 24  # characters after that clock its range's end is read from
# The label, its colon, then the clock (CLOCK, matched right after). Bounded: linear on any text.
TIME_LABEL = re.compile(
    r"(?<![^\W\d_])(?:time|start\s?time|starts|hora|horari|horario|heure|horaire|uhrzeit|beginn|ora|orario|"
    r"horário|tijd|aanvang|tid|klokkeslett|kellonaika|klo|godzina|čas|začátek)[ \t]{0,2}:[ \t]{0,3}",
    re.IGNORECASE,
)
# The day's own label, which the same text must write too: the fields are a form's ("Date: … Time: …"), not a clock
# a sentence mentions ("From June 12 buses leave every 15 minutes. Time: 7:45 am first departure").
DATE_LABEL = re.compile(
    r"(?<![^\W\d_])(?:dates?|fecha|data|datum|dato|datation|when|cu[aá]ndo|quand|wann|d[ií]a|jour|tag|dag)[ \t]{0,2}:",
    re.IGNORECASE,
)

# What makes "time" a length, not a clock of day: "Running time:", "Journey time:", "Cook time:", "Winning time:".
DURATION_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:running|run|cook(?:ing)?|prep(?:aration)?|total|winning|finish(?:ing)?|journey|travel(?:ling)?|"
    r"trip|target|record|best|lap|race|chip|gun|wait(?:ing)?|reading|flight|drive|driving|walk(?:ing)?|ride|riding|"
    r"screen|play(?:ing)?|bak(?:e|ing)|rest(?:ing)?|delivery|response|lead|transit|cycle)[ \t-]$",
    re.IGNORECASE,
)
SECONDS = re.compile(r":[0-5]\d")  # "0:31:12": a clock's seconds after it, a duration


def labelled_clock(when: When, texts: Sequence[str | None], zone: zoneinfo.ZoneInfo | None) -> When:
    """``when``'s lone day at the one clock the texts write after a time label; else ``when`` itself."""
    if not when.all_day or when.end is not None or isinstance(when.start, dt.datetime):
        return when
    read = [
        pair for text in texts if DATE_LABEL.search((text or "")[:TEXT_SCAN_LIMIT]) for pair in _labelled(text or "")
    ]
    clocks = {time_of_day for time_of_day, _ in read}
    if len(clocks) != 1:
        return when
    (time_of_day,) = clocks
    start = dt.datetime.combine(when.start, time_of_day, tzinfo=zone)
    ends = {end for _, end in read}  # "Time: 12:00 PM - 1:00 PM": the range's end (_feed_label_range)
    (last,) = ends if len(ends) == 1 else (None,)
    end = dt.datetime.combine(when.start, last, tzinfo=zone) if last is not None else None
    return dataclasses.replace(when, start=start, end=end, all_day=False)


def _labelled(text: str) -> list[tuple[dt.time, dt.time | None]]:
    found: list[tuple[dt.time, dt.time | None]] = []
    for count, label in enumerate(TIME_LABEL.finditer(text[:TEXT_SCAN_LIMIT])):
        if count >= MAX_LABELS:
            break
        if DURATION_BEFORE.search(text[max(0, label.start() - 16) : label.start()]):
            continue  # "Running time: 2:08": a length (review27)
        after = text[label.end() : label.end() + CLOCK_REACH]
        clock = CLOCK.match(after)  # "Hora:16:00" too
        time_of_day = None if clock is None or SECONDS.match(after, clock.end()) else _time(clock)
        if time_of_day is not None and clock is not None:
            tail = (clock["tail"] or "").lower().replace(".", "").replace(" ", "")
            reach = text[label.end() : label.end() + clock.end() + END_REACH]
            found.append((time_of_day, labelled_range_end(reach, clock.end(), time_of_day, tail in ("am", "pm"))))
    return found


def _time(clock: re.Match[str]) -> dt.time | None:
    minute = clock["minute"] or clock["dotted"] or clock["hminute"]
    tail = (clock["tail"] or "").lower().replace(".", "").replace(" ", "")
    if minute is None and not tail:
        return None  # "Time: 2 hours": a number, no clock
    hour = int(clock["hour"])
    if tail in ("am", "pm"):
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if tail == "pm" else 0)
    return dt.time(hour, int(minute or 0))
