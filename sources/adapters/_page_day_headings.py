"""A card's heading that says only its day, perhaps after the word for "day" ("DÍA 18 ENERO", "Day 12 June", "Tag
12. Mai"), names no event (pages batch 102, a village festival's timeline: ``<h5>DÍA 18 ENERO</h5><hr><h6>FIESTA DE
LOS NIÑOS<br>Lugar:<b>…</b><br>Hora:<b>18:30h</b></h6>``). The card's name is the first line of its next heading that
names something and is neither a date nor a label's line ("Lugar: …", "Hora: …"); a card with no such heading keeps
its day's, as before.

A heading that writes its day as "the Saturday after 21 January" ("Sábado tras 21 Enero", "Samstag nach dem 21.
Januar") names a day it does not date: the date in it is the day the card's day is counted from, so the card is no
event of that date (``after_day``). Pure."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_round_headings import headings_after
from sources.adapters._page_words import meaningful, residue

# The word for "day" before a date in a heading ("Día 7 Enero", "Day 12 June", "Tag 12. Mai", "Jour 3 juin").
DAY_WORD = re.compile(r"^[ \t]{0,3}(?:d[ií]a|day|tag|jour|dag|giorno|dzień)[ \t]{1,3}(?=\d)", re.IGNORECASE)
# A weekday counted from a date: "Sábado tras 21 Enero", "Saturday after 21 January", "samedi après le 21 janvier",
# "Samstag nach dem 21. Januar", "sabato dopo il 21 gennaio", "zaterdag na 21 januari".
WEEKDAYS = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    r"sonntag|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|maandag|dinsdag|woensdag|"
    r"donderdag|vrijdag|zaterdag|zondag"
)
AFTER_DAY = re.compile(
    rf"^[ \t]{{0,3}}(?:(?:the|el|le|der|il|de)[ \t]{{1,3}})?(?:first[ \t]{{1,3}}|primer[ \t]{{1,3}})?(?:{WEEKDAYS})"
    r"[ \t]{1,3}(?:after|before|following|tras|despu[ée]s[ \t]{1,3}del?|antes[ \t]{1,3}del?|apr[èe]s(?:[ \t]{1,3}le)?|"
    r"avant(?:[ \t]{1,3}le)?|nach(?:[ \t]{1,3}dem)?|vor(?:[ \t]{1,3}dem)?|dopo(?:[ \t]{1,3}il)?|"
    r"prima[ \t]{1,3}del|na|voor)[ \t]{1,3}(?:the[ \t]{1,3})?\d",
    re.IGNORECASE,
)
# A line that is a label and its value ("Lugar: Plaza Mayor", "Hora: 18:30h", "Where: Town Hall"): no name.
LABEL_LINE = re.compile(r"^[ \t]{0,3}[^\W\d_]{2,20}(?:[ \t]{1,3}[^\W\d_]{2,20})?[ \t]{0,3}:")
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
MAX_NAME = 120  # a name's most characters: a longer first line is prose
_ANY_DAY = dt.date(2000, 1, 1)


def day_heading(title: str) -> bool:
    """Whether a heading says nothing but its day (and time), perhaps after the word for "day"."""
    word = DAY_WORD.match(title)
    return only_when(title[word.end() :] if word else title)


def only_when(title: str) -> bool:
    """Whether a heading says nothing but when ("Mittwoch, 22. Dezember 2021, 09:30 Uhr", "Tue 3 May 2027 6pm"): a
    date, a time and weekdays, no word of a name."""
    hits = find_dates(title, year_hint=_ANY_DAY.year, today=_ANY_DAY)
    if not hits:
        return False
    clock = find_clock(title)
    spans = [(hit.start, hit.end) for hit in hits] + ([clock.span] if clock is not None else [])
    return not meaningful(residue(title, spans, []))


def after_day(title: str) -> bool:
    """Whether a heading counts its day from a date it names and says nothing else ("Sábado tras 21 Enero"; not
    "Saturday after the 4th: Quiz" nor "Sunday after 21 January Walk", a name after it: review42)."""
    found = AFTER_DAY.match(title) if len(title) <= MAX_NAME else None
    return found is not None and only_when(title[found.end() - 1 :])


def _first_line(element: Any) -> str:
    """The element's words up to its first line break."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "br":
            break
        parts.append(" ".join(child.itertext()))
        if "\n" in (child.tail or "").strip():
            break
        parts.append(child.tail or "")
    return " ".join(" ".join(parts).split())


def name_after_day(block: Any, heading: Any) -> str | None:
    """The first line of the card's next heading after its day's that names something, is no date and no label's
    line; None when there is none."""
    for other in headings_after(block, heading):
        line = _first_line(other)
        if not line or len(line) > MAX_NAME or not meaningful(line) or LABEL_LINE.match(line):
            continue
        if not find_dates(line, year_hint=_ANY_DAY.year, today=_ANY_DAY) and not day_heading(line):
            return line
    return None


# A heading that names a part of the day ("MADRUGADA", "Mañana", "Tarde", "Morning", "Vormittag", "Soirée"): a
# section of the card's day, which the card's own heading above it names (the festival's day card holds its rites
# under "MADRUGADA", "MAÑANA" and "TARDE" headings ranked above the day's own <h5>).
PART_OF_DAY = re.compile(
    r"^[ \t]{0,3}(?:madrugada|mañana|tarde|noche|mediod[ií]a|morning|afternoon|evening|night|midday|vormittag|"
    r"nachmittag|abend|nacht|morgen|mittag|matin(?:ée)?|après-midi|soir(?:ée)?|nuit|mattina|pomeriggio|sera|notte|"
    r"ochtend|middag|avond)[ \t]{0,3}:?[ \t]{0,3}$",
    re.IGNORECASE,
)


def part_of_day(title: str) -> bool:
    """Whether a heading names only a part of the day."""
    return PART_OF_DAY.match(title) is not None


def first_heading(block: Any, heading: Any) -> Any:
    """The card's first heading in reading order when it comes before ``heading`` (the card's part-of-day heading);
    None otherwise."""
    for other in block.iter(*HEADINGS):
        return other if other is not heading else None
    return None
