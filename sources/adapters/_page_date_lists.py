"""A club's programme typed into a table layout (held-out batch 110, helper pages110). Pure.

An anglers' club lists its year as bold cells over lines of dates: "Vorstandssitzungen 2026" over "12.03. | 23.04. |
28.05. | … | 12.11.2026" and "jeweils 19:00 Uhr im Anglerheim"; "Mitgliederversammlung" over "14.03.2026 – 14:00 Uhr
im Vereinsheim Schleusingen"; "07.06.2026 – Fischerfest, Anglerheim" over "Beginn 9:00 Uhr". What each rule reads:

- *A cell classed bold is bold*: its headings are cells classed "font_11pt_bold" (_page_bold_class).
- *A list of dates that writes its year once, on the last* (``year_once``): "12.03. | 23.04. | 12.11.2026", "12.03.,
  23.04. und 12.11.2026", "March 3, April 7 and May 5, 2026" are one notation, each date a meeting; the earlier
  dates' marks are the last one's without its year. Not: a later date written otherwise with its own year ("11/27/2024
  Notice and Agenda 11.22.24": a document's date), two dates that both write a year in different notations.
- *The line under such a list says what each of them is* (``shared_below``): "jeweils 19:00 Uhr im Anglerheim",
  "Treffpunkt jeweils 8:00 Uhr am Vereinsheim", "each at 7.30pm in the Village Hall": a line in the same block that
  says "jeweils", "each", "all", "chaque fois", "telkens" gives every date its clock, and its place when the words
  after "im", "am", "in der", "at", "in the" name a venue (a hall, a school, a church, a club's "-heim"). Not: a line
  that does not say it is each date's ("Beginn 19:00 Uhr": read for a single date by the time reader), a line with a
  date of its own.
- *A line's time and place after its start word* (``start_below``): under "01.05.2026 – Anangeln an den
  Fließgewässern", "Beginn selbstständig, anschließend Treffpunkt 10:00 Uhr am Vereinsheim Fischbacher Straße";
  under "09.01.2027 – Gemütliches Beisammensein mit Ehepartnern", "in der Teutschen Schule, Beginn 18:00 Uhr": the
  clock a start word leads ("Beginn", "Treffpunkt", "Einlass", "Aanvang", "Début", "Start"), and the venue the line
  names with "im", "am", "in der". Not: a clock after a closing word ("Ende 18:00 Uhr", "Anmeldung bis 17:00 Uhr"), a
  capitalised German noun after "im" that names no venue ("im Anschluss an den Arbeitseinsatz": following it).
- *A line whose words are only its place* (``place_only``): "14.03.2026 – 14:00 Uhr im Vereinsheim Schleusingen"
  under "Mitgliederversammlung": "im Vereinsheim Schleusingen" is where, not what: no title of its own (the heading's)
  and that place. Not: a title that names something before its place ("Konzert im Kurpark").
- *A list's heading without its year* (``yearless_headings``): dates titled by the heading they stand under
  ("Vorstandssitzungen 2026", "Board meetings 2031/32") are the meetings, the year is the list's: two or more
  title-less dates under one heading drop its closing year. Not: one event under its heading ("Sommerfest 2026").
- *A name and its venue after a comma* (``comma_venue``): "07.06.2026 – Fischerfest, Anglerheim": the last part
  after the line's one comma, one to three words naming a venue (a hall, a club's "-heim", a church), is where.
  Not: a list of names ("Bach, Händel"), a name whose comma part names no venue ("Kaffee, Kuchen").
- *A payment or a return due by a date* (``due_by``): "Einzahlung Jahresbeitrag für 2027 bis 30.09.2026",
  "Membership fees due by 31 March 2031", "Renew your subscription by 1 May": the date ends the line after "bis",
  "by", "until", "avant", "vóór", and the words before it name a duty (a payment, fees, a return, an entry, a
  registration): when it is due, no event. Not: "Ausstellung bis 30.09.2026" (an exhibition until then), a line
  with a clock ("Anmeldung bis 17:00 Uhr, Konzert 30.09.2026"), a date with words after it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

from sources.adapters._page_dates import ClockHit, DateHit, find_clock, find_dates
from sources.adapters._page_place_first_lines import PLACE_WORD
from sources.adapters._page_rows import one_date_holds

NUMBER_MARKS = re.compile(r"\d([^\w\s]+)(?=\d)")
# The word that says a line is every listed date's ("jeweils 19:00 Uhr", "each at 7.30pm", "all at 7pm").
EACH_WORD = re.compile(
    r"\b(?:jeweils|each|all\s{1,3}at|always|chaque\s{1,3}fois|toujours|telkens|steeds|sempre|siempre|ogni\s{1,3}volta)\b",
    re.IGNORECASE,
)
# A start word before a clock: "Beginn 18:00 Uhr", "Treffpunkt 10:00 Uhr", "Einlass ab 19 Uhr", "Aanvang 20.00 uur".
START_WORD = re.compile(
    r"\b(?:beginn|treffpunkt|treffen|einlass|anpfiff|aanvang|verzamelen|d[ée]but|rendez-vous|start(?:s|ing)?|"
    r"meet(?:ing\s{1,3}point)?|inicio|comienzo|inizio)\b(?:\s{1,3}(?:ist|um|ab|at|à|om|jeweils|each|a\s{1,3}las|alle))?"
    r"\s{0,3}:?\s{0,3}(?=\d)",
    re.IGNORECASE,
)
CLOSING_WORD = re.compile(r"\b(?:ende|schluss|bis|until|till|by|fin|einde|deadline)\b\W{0,3}$", re.IGNORECASE)
# A place said with a preposition, its words capitalised: "im Vereinsheim Schleusingen", "am Vereinsheim Fischbacher
# Straße", "in der Teutschen Schule", "at the Village Hall", "in the Church Hall".
PLACE_PHRASE = re.compile(
    r"(?:^|(?<=[\s,]))(?:im|am|beim|in\s{1,3}der|in\s{1,3}den|at\s{1,3}the|at|in\s{1,3}the|dans\s{1,3}la|"
    r"[àa]\s{1,3}la|in\s{1,3}het|op\s{1,3}het)\s{1,3}"
    r"(?P<place>(?-i:[A-ZÄÖÜ])[\w'’.&-]{1,40}(?:\s{1,3}(?-i:[A-ZÄÖÜ0-9])[\w'’.&-]{0,40}){0,4})",
    re.IGNORECASE,
)
# A German club's house: "Vereinsheim", "Anglerheim", "Sportheim" (and a town named so is a place too).
HOME_WORD = re.compile(r"[a-zäöüß]{2,30}heim\b", re.IGNORECASE)
# A title that is only such a place: "im Vereinsheim Schleusingen", "at the Village Hall".
MAX_SHARED = 120  # a shared line is short: a clock and a place
NESTING = 2  # how far up a cell's row may be
# A closing year on a list's heading: "Vorstandssitzungen 2026", "Board meetings 2031/32", "Arbeitseinsätze 2026".
CLOSING_YEAR = re.compile(r"\s{1,3}(?:19|20)\d\d(?:\s{0,2}[/–-]\s{0,2}(?:19|20)?\d\d)?\s{0,3}$")
# The line's one comma, then one to three words: "Fischerfest, Anglerheim".
COMMA_PART = re.compile(
    r"^(?P<name>[^,]{3,80}),\s{1,3}(?P<place>[^\W\d_][\w'’.-]{1,40}(?:\s{1,3}[\w'’.-]{1,40}){0,2})$"
)
# "bis 30.09.2026", "by 31 March", "until", "avant le", "vóór", "entro il" right before a date that ends the line.
DUE_WORD = re.compile(
    r"\b(?:bis(?:\s{1,3}(?:zum|spätestens))?|spätestens|by|until|no\s{1,3}later\s{1,3}than|avant(?:\s{1,3}le)?|v[oó]{2}r|entro(?:\s{1,3}il)?)\s{0,3}$",
    re.IGNORECASE,
)
# What is due: a payment, fees, a return, an entry, a registration (German, English, French, Dutch, Italian).
DUTY_WORD = re.compile(
    r"einzahl|zahlung|[üu]berweis|beitr[äa]g|geb[üu]hr|abgabe|anmeld|r[üu]ckmeld|einreich|payment|\bpay\b|\bfees?\b|"
    r"\bdues\b|subscription|renew|\breturn|submi(?:t|ssion)|entr(?:y|ies)\b|applications?\b|regist(?:er|ration)|"
    r"paiement|cotisation|inscription|betaling|contributie|inschrijv|aanmeld|iscrizion|pagamento|quota",
    re.IGNORECASE,
)
SHARED_EVIDENCE = "time and place shared by every date of the line above: {text!r}"
START_EVIDENCE = "time read after the start word on the line under the date: {text!r}"
PLACE_EVIDENCE = "place read from the line under the date: {place!r}"
PLACE_TITLE_EVIDENCE = "the line's own words are only its place: {place!r}"
_EPOCH = dt.date(2000, 1, 1)  # any clock: only whether a text holds a date matters
YEAR_EVIDENCE = "the list's heading without the year its dates are in: {heading!r}"


def year_once(text: str, hits: list[DateHit]) -> bool:
    """Whether the line's dates are one list writing its year once, on its last date (see the module)."""
    if len(hits) < 2 or not hits[-1].year_written or any(hit.year_written for hit in hits[:-1]):
        return False
    last = NUMBER_MARKS.findall(text[hits[-1].start : hits[-1].end])
    earlier = {tuple(NUMBER_MARKS.findall(text[hit.start : hit.end])) for hit in hits[:-1]}
    return len(earlier) == 1 and list(next(iter(earlier))) == last[: len(next(iter(earlier)))]


def venue(text: str) -> str | None:
    """The first place the text names with a preposition that is a venue ("im Vereinsheim", "in der Teutschen
    Schule"), else None: "im Anschluss an …" is no place."""
    for match in PLACE_PHRASE.finditer(text):
        place = match.group("place").rstrip(".,")
        if PLACE_WORD.search(place) or HOME_WORD.search(place):
            return place
    return None


def place_only(entry: Any) -> None:
    """A title that is only its place ("im Vereinsheim Schleusingen"): no title, that place (see the module)."""
    title = (entry.title or "").strip()
    match = PLACE_PHRASE.match(title)
    if match is None or match.end() != len(title) or entry.location or not entry.heading:
        return
    place = venue(title)
    if place is None:
        return
    entry.title, entry.location = None, place
    entry.evidence.append(PLACE_TITLE_EVIDENCE.format(place=place))


def comma_venue(entry: Any) -> None:
    """A title "Name, Venue": the name, and the venue as its place (see the module)."""
    match = COMMA_PART.match((entry.title or "").strip()) if not entry.location else None
    # the venue's noun is the part's head, its last word ("St Mary's Church"; not "School Choir", "Church Tours":
    # who sings, what is on; review54), or a club's "-heim" anywhere ("Anglerheim Süd")
    if match is None or not (
        PLACE_WORD.search(match.group("place").split()[-1]) or HOME_WORD.search(match.group("place"))
    ):
        return
    entry.title, entry.location = match.group("name").strip(), match.group("place")
    entry.evidence.append(PLACE_TITLE_EVIDENCE.format(place=entry.location))


def due_by(text: str, hit: DateHit) -> bool:
    """Whether the line's date is when a payment or a return is due (see the module)."""
    if text[hit.end :].strip(" .!)") or find_clock(text) is not None:
        return False
    return DUE_WORD.search(text[: hit.start]) is not None and DUTY_WORD.search(text[: hit.start]) is not None


def _below(lines: list[Any], line: Any) -> Any | None:
    """The next line in the same block (a cell split at <br>) or a block no other date holds, or None."""
    if line.block is None or line.index + 1 >= len(lines):
        return None
    below = lines[line.index + 1]
    if below.is_heading or below.block is None:
        return None
    return below if below.block is line.block or one_date_holds(line.block, below.block) else None


def _dated(text: str) -> bool:
    return bool(find_dates(text, year_hint=2000, today=_EPOCH))


def _nested(line: Any, lines: list[Any]) -> Any | None:
    """The next line when its block and the line's are one inside the other (a cell and its row: "<td>dates<br>
    jeweils …</td>" splits so), else None."""
    if line.block is None or line.index + 1 >= len(lines) or lines[line.index + 1].block is None:
        return None
    below = lines[line.index + 1]
    inner, outer = (
        (line.block, below.block)
        if len(list(line.block.iterancestors())) > len(list(below.block.iterancestors()))
        else (below.block, line.block)
    )
    return below if inner is outer or outer in list(inner.iterancestors())[:NESTING] else None


def shared_below(found: list[Any], lines: list[Any], line: Any) -> None:
    """Every date of a list line takes the clock and place its next line says are each one's (see the module)."""
    below = _nested(line, lines) if len(found) > 1 else None
    text = below.text.strip() if below is not None else ""
    if not text or len(text) > MAX_SHARED or not EACH_WORD.search(text) or _dated(text):
        return
    clock = find_clock(text)
    if clock is None or CLOSING_WORD.search(text[: clock.span[0]]):
        return
    place = venue(text[clock.span[1] :])
    for entry in found:
        if entry.time is None:
            entry.time, entry.end_time = clock.start, clock.end
            entry.evidence.append(SHARED_EVIDENCE.format(text=text[:60]))
        if place and not entry.location:
            entry.location = place


def _start_clock(text: str) -> ClockHit | None:
    for match in START_WORD.finditer(text):
        clock = find_clock(text[match.end() :])
        if clock is not None and clock.span[0] == 0:
            return clock
    return None


def start_below(entry: Any, lines: list[Any], line: Any) -> None:
    """A dated line's time after a start word on the line under it, and the venue it names (see the module)."""
    below = _below(lines, line) if entry.time is None and not line.is_heading else None
    text = below.text.strip() if below is not None else ""
    if not text or len(text) > MAX_SHARED * 2 or _dated(text):
        return
    clock = _start_clock(text)
    if clock is None:
        return
    entry.time, entry.end_time = clock.start, clock.end
    entry.evidence.append(START_EVIDENCE.format(text=text[:60]))
    place = venue(text) if not entry.location else None
    if place:
        entry.location = place
        entry.evidence.append(PLACE_EVIDENCE.format(place=place))


def yearless_headings(entries: list[Any]) -> None:
    """Title-less dates under one heading ending in a year: the heading without it (see the module)."""
    counts = Counter(entry.heading for entry in entries if entry.title is None and entry.heading)
    for entry in entries:
        heading = entry.heading
        if entry.title is not None or not heading or counts[heading] < 2:
            continue
        bare = CLOSING_YEAR.sub("", heading)
        if bare != heading and re.search(r"[^\W\d_]{3,}", bare):
            entry.heading = bare
            entry.evidence.append(YEAR_EVIDENCE.format(heading=heading))
