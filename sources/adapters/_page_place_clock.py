"""A card dated as another language writes it takes the clock a place's line gives it (left35). Pure.

review36 left this: a card whose badge is a nominative month ("Marzec 14", "14 Březen") over its linked heading and
"Klub Pod Baranami, 20:00" was read all day, where English "March 14" over "Blue Room, 20:00" is read at 20:00.
The other languages' card reader (``_page_block_reader.numeric_moments``) took a clock on the date's own line or a
line that states only when ("19:00", "Beginn: 17:30": ``_page_time_lines.card_time``). Now, when neither gives one,
the one other short line of the card that holds a clock after a name and a comma or a bullet ("Klub Pod Baranami,
20:00", "Kino Aero · 19:30", "Sala 2 – 18:00") gives it: one clock on the line, nothing after it but a range's end,
no date on the line, no deadline's or the doors' words.

Not: two such lines with different clocks (a festival's two stages), a sentence ("We open the bar at 19:00 for
drinks before"), "Einlass, 19:00" / "Doors, 19:00" (the doors), "Anmeldung bis, 12:00", a line that writes a date.

pages117: the clock may follow any word other languages lead it with ("Piazza G. Garibaldi · ore 20:00", "Teatro, a
las 21:00": _intl_names.CLOCK_LEAD_WORDS), and a line may give the clock first, then a dash or a bullet and the place
or a note ("19:30 Uhr – Vereinslokal", "18:00 Uhr – Gegner: DC Triple 20", "20h30 · Salle des fêtes"): a German darts
club's cards were read all day. Not: "19:00 – Einlass" (the doors), "12:00 - Anmeldeschluss", "19:00 – 5 €" (no word),
"19:00 – 22:00" (a range, read as before), a line that goes on after a sentence's length.
"""

from __future__ import annotations

import re

from sources.adapters._intl_names import CLOCK_LEAD_WORDS
from sources.adapters._page_dates import ClockHit, find_clock
from sources.adapters._page_words import without_deadlines

MAX_LINE = 80
MAX_LINES = 12
MAX_PLACE_WORDS = 5
# A place's name, then a comma, a bullet, a dot or a dash, then the clock, and at most its range's end after it.
_CLOCK = r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]?(?:uhr|h))?"
PLACE_THEN_CLOCK = re.compile(
    rf"^(?P<place>[^\W\d_][^\n,·•|–—]{{1,60}}?)[ \t]*(?:,|·|•|\||–|—|-)[ \t]*(?:(?:{CLOCK_LEAD_WORDS})[ \t]+)?"
    rf"(?P<clock>{_CLOCK}(?:[ \t]*[-–—][ \t]*{_CLOCK})?)[ \t]*$",
    re.IGNORECASE,
)
# The clock first ("19:30 Uhr – Vereinslokal"), then a dash, a bullet or a bar and a word: the place, or a note.
CLOCK_THEN_PLACE = re.compile(
    rf"^(?:(?:{CLOCK_LEAD_WORDS})[ \t]+)?(?P<clock>{_CLOCK})[ \t]+(?:·|•|\||–|—|-)[ \t]+(?P<place>[^\W\d_][^\n]{{1,60}})$",
    re.IGNORECASE,
)
DATE_IN = re.compile(r"\d{1,2}[./]\d{1,2}|(?<!\d)(?:19|20)\d\d(?!\d)")
NOT_START = re.compile(
    r"\b(?:doors|einlass|ovet|dørene|dörrarna|deuren|zaal\s+open|anmeld\w*|registration|deadline|bis|until|till"
    r"|sale|verkauf\w*|vorverkauf|otwarcie\s+drzwi|wejście"
    # review57: the box office's opening ("19:00 – Kasse öffnet", "Abendkasse", "Box office", "Billetterie")
    r"|\w*kasse|box\s+office|billetterie|taquilla|biglietteria)\b",
    re.IGNORECASE,
)
# A line whose words after the clock open with the end's word tells when it ends: "22:00 – Ende", "23:00 - Close",
# "Schluss, 24:00" (not a street's "Acacia Close": only the words' first).
END_FIRST = re.compile(r"^(?:ende|schluss|end|close|closing|fin|fine)\b", re.IGNORECASE)


def place_line_clock(lines: list[str], date_line: int) -> ClockHit | None:
    """The clock the card's one place line gives it (see the module), or None."""
    found: list[ClockHit] = []
    for index, line in enumerate(lines[:MAX_LINES]):
        text = " ".join(line.split())
        if index == date_line or not text or len(text) > MAX_LINE:
            continue
        match = PLACE_THEN_CLOCK.match(text) or CLOCK_THEN_PLACE.match(text)
        if match is None or NOT_START.search(match["place"]) or END_FIRST.match(match["place"]):
            continue
        if without_deadlines(text) != text:
            continue
        hit = find_clock(match["clock"])
        if hit is None or hit.start is None:
            continue
        if len(match["place"].split()) > MAX_PLACE_WORDS:
            continue  # a sentence, not a place's name
        if DATE_IN.search(match["place"]) or find_clock(match["place"]) is not None:
            continue  # "Sobota 14.03., 20:00": a date's line; "… klo 16:30-16:45": the range's start (pages119)
        found.append(hit)
    starts = {hit.start for hit in found}
    return found[0] if len(starts) == 1 else None
