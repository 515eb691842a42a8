"""One meeting's afternoon of talks: its day, hours and place in a labelled table, its talks as timed headings. Pure.

A free-software meetup's page (batch 103, Swedish) states its meeting in a small table of labels ("Datum: tisdag 1:a
april 2014", "Klockan: 16:00 - 20:00", "Var: DSV (i Kista)") and then lists the afternoon as headings that open with
their time: "16:00 Välkomna", "16:10 HTTP2", "17:00 Open Streetmap", "17:45 paus", "18:00 MeraKrypto", "18:20
systemd", "20:00 Schlutt". No heading holds a date, and the dated <h1> the night programme reader asks for
(_page_night_programme) is not there: nothing was read.

Here: the page has one table row (or definition) labelled as its date ("Datum", "Date", "Wann", "Quand", "Fecha",
"Data", "Dato", "When") whose value is one day with its year, and one labelled as its hours ("Klockan", "Tid",
"Time", "Zeit", "Uhrzeit", "Heure", "Hora", "Orario", "Tijd") that is a range. At least MIN_ROWS headings open with a
time inside that range and go on with a name and no date: each is an event on that day at its time, at the place a
row labelled "Var", "Where", "Wo", "Ort", "Lieu", "Dónde", "Lugar", "Luogo", "Waar", "Venue" or "Location" gives.
A slot that is a welcome, a break, a meal or the doors ("Välkomna", "paus", "Lunch", "Coffee break", "Doors") is
no talk, nor the one at the range's end (the day's close: "20:00 Schlutt").

Not: a live blog's timed headings (no labelled date and hours); headings whose times fall outside the stated
hours (another day's timetable); a page with two labelled dates (two meetings); fewer than MIN_ROWS talks; rows
that all bear one name (a timetable's service, review40).

review44: a place labelled "Plats", "Lokal" or "Address" is read too, and clocks written with a dot ("16.10 HTTP2",
"16.00–20.00"); pizza, drinks and a mingle are no talks; a label "Hours" is a day's opening hours (a sale's), not
a meeting's, and no longer reads a programme.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_slot_grid import SlotItem, text_of
from sources.adapters._page_words import meaningful

ROW_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
MIN_ROWS = 3  # talks: fewer timed headings are an aside
MAX_ROWS = 200
MAX_HEADINGS = 400
MAX_LABEL_ROWS = 200  # table rows looked at for the labels
MAX_VALUE = 120  # characters of a label's value
MIN_TITLE = 2
_LABEL_END = r"[ \t]{0,3}:?"
DATE_LABEL = re.compile(rf"(?:datum|date|wann|quand|fecha|data|dato|when|dag|day){_LABEL_END}", re.IGNORECASE)
HOURS_LABEL = re.compile(
    rf"(?:klockan|kl\.?|tid|time|times|zeit|uhrzeit|heure|horaire|hora|horario|orario|ora|tijd){_LABEL_END}",
    re.IGNORECASE,
)
PLACE_LABEL = re.compile(
    rf"(?:var|where|wo|ort|lieu|o[uù]|d[oó]nde|lugar|luogo|dove|waar|plaats|venue|location|place|sted|paikka|"
    rf"plats|lokal|adress|address|adresse|indirizzo|direcci[oó]n)"
    rf"{_LABEL_END}",
    re.IGNORECASE,
)
# A slot that is no talk: a welcome, a break, a meal, the doors, a registration, the close.
NO_TALK = re.compile(
    r"(?:v[äa]lkomna|v[äa]lkommen|welcome|willkommen|bienvenue|bienvenidos?|benvenuti|welkom|tervetuloa|"
    r"(?:coffee|tea|lunch|fika|kaffe)?[ \t]?(?:paus|pause|break|pauze|descanso)|lunch|fika|coffee|kaffee|dinner|"
    r"middag|doors(?:[ \t]open)?|registration|registrering|anmeldung|inscription|end|slut|schluss|fin|ende|"
    r"closing|avslutning|"
    # review44: the food and the drinks of a meetup's evening are no talks either
    r"pizza|snacks|food|mat|drinks|beer|öl|mingel|mingle|networking|apero|apéro|aperitivo)\W{0,3}",
    re.IGNORECASE,
)
# A clock written with a dot ("16.10 HTTP2", "16.00–20.00"), as Nordic and German pages do: read as with a colon
# (review44).
DOTTED_CLOCK = re.compile(r"(?<![\d.])([01]?\d|2[0-3])\.([0-5]\d)(?![\d.])")
EVIDENCE = "a programme slot {clock!r} on the page's labelled day {day} (hours {hours})"


def _labelled(root: Any) -> dict[str, list[str]]:
    """The values of the page's two-cell table rows and definition pairs by label kind: date, hours, place."""
    found: dict[str, list[str]] = {"date": [], "hours": [], "place": []}
    pairs: list[tuple[str, str]] = []
    for index, row in enumerate(root.iter("tr")):
        if index >= MAX_LABEL_ROWS:
            break
        cells = [cell for cell in row if isinstance(cell.tag, str) and cell.tag in ("td", "th")]
        if len(cells) == 2:
            pairs.append((text_of(cells[0]), text_of(cells[1])))
    for kind, pattern in (("date", DATE_LABEL), ("hours", HOURS_LABEL), ("place", PLACE_LABEL)):
        found[kind] = [value for label, value in pairs if pattern.fullmatch(label) and 0 < len(value) <= MAX_VALUE]
    return found


def _day(values: list[str], today: dt.date) -> dt.date | None:
    if len(values) != 1:
        return None
    hits = find_dates(values[0], year_hint=None, today=today)
    if len(hits) != 1 or not hits[0].year_written or hits[0].end_date is not None:
        return None
    return hits[0].date


def _colons(text: str) -> str:
    return DOTTED_CLOCK.sub(r"\1:\2", text)


def _hours(values: list[str]) -> tuple[dt.time, dt.time] | None:
    clock = find_clock(_colons(values[0])) if len(values) == 1 else None
    if clock is None or clock.end is None or clock.end <= clock.start:
        return None
    return clock.start, clock.end


def _row(heading: Any, hours: tuple[dt.time, dt.time], today: dt.date) -> tuple[dt.time, str, str] | None:
    """(time, title, the heading's words) of a heading that opens with a time inside the hours and names a talk."""
    words = _colons(text_of(heading))
    clock = find_clock(words)
    if clock is None or clock.span[0] != 0 or not hours[0] <= clock.start < hours[1]:
        return None
    title = words[clock.span[1] :].strip(" -–—|:,·•")
    if len(title) < MIN_TITLE or not meaningful(title) or find_dates(title, year_hint=None, today=today):
        return None
    if NO_TALK.fullmatch(title):
        return None
    return clock.start, title, words


def labelled_programme(root: Any, today: dt.date) -> list[SlotItem]:
    """The talks of one meeting's labelled day (see the module's docstring); [] otherwise."""
    labels = _labelled(root)
    day, hours = _day(labels["date"], today), _hours(labels["hours"])
    if day is None or hours is None:
        return []
    place = labels["place"][0] if len(labels["place"]) == 1 else None
    rows: list[tuple[dt.time, str, str]] = []
    for index, heading in enumerate(root.iter(*ROW_HEADINGS)):
        if index >= MAX_HEADINGS or len(rows) >= MAX_ROWS:
            break
        row = _row(heading, hours, today)
        if row is not None:
            rows.append(row)
    if len(rows) < MIN_ROWS or len({title.casefold() for _, title, _ in rows}) == 1:
        return []
    span = f"{hours[0].strftime('%H:%M')}-{hours[1].strftime('%H:%M')}"
    return [
        SlotItem(
            title,
            None,
            dt.datetime.combine(day, clock),
            None,
            place,
            EVIDENCE.format(clock=words[:60], day=day.isoformat(), hours=span),
        )
        for clock, title, words in rows
    ]
