"""A programme's dark days: a dated row whose whole name says nothing is on that day.

A theatre's or a club's month programme often lists every day and writes the days with nothing on in the name's
place: "04.10. | keine Vorstellung | -", "Mo 05.10. – Ruhetag", "vendredi 2 octobre – relâche", "7 ottobre — riposo",
"ingen forestilling". Such a row is no event (the house is dark), so the schedule drops it.

Only a row whose name is that phrase and nothing else, with no time of day and no page of its own: a show called
"Keine Vorstellung ohne dich", Satie's ballet "Relâche" at 20:00 with its ticket link, a band called "No Show" are
events. A meeting called off ("No meeting", "Cancelled") is a cancelled meeting, read elsewhere (events.statuswords);
a closure or hours notice ("Library Closed") is held as a notice (_page_words.reads_as_closure). A school's days
off ("No lessons on …", "Half term: …") are dropped the same way (_page_break_days), and so is a meeting
schedule's untimed row named only by a public holiday ("happy independence day!": _page_holiday_rows, left42).
"""

from __future__ import annotations

import re

from sources.adapters._page_break_days import SCHOOL_WORD, break_day, seasonal
from sources.adapters._page_holiday_rows import holiday_row
from sources.adapters._page_schedule import Entry

# The whole name of a dark day, in the languages programmes are written in. Bare "dark", "closed" and "no show"
# are left out: a film, a notice and a band can be called that.
DARK_DAY = re.compile(
    r"(?:(?:heute|today|tonight|aujourd'hui|vandaag|oggi|hoy|i\s?dag)\s+)?(?:"
    # German
    r"keine\s+(?:vorstellung|veranstaltung|aufführung|auffuehrung)(?:en)?|kein\s+(?:programm|konzert|spielbetrieb)"
    r"|ruhetag|spielfrei|vorstellungsfrei"
    # English
    r"|no\s+(?:performances?|shows?\s+(?:today|tonight)|events?\s+(?:today|tonight|scheduled))"
    r"|nothing\s+(?:on|scheduled)"
    # French
    r"|relâche|relache|pas\s+de\s+(?:représentation|representation|spectacle|séance|seance)s?"
    # Dutch
    r"|geen\s+(?:voorstelling(?:en)?|programma|activiteit(?:en)?)|speelvrij"
    # Italian, Spanish
    r"|riposo|nessuno\s+spettacolo|nessuna\s+rappresentazione"
    r"|sin\s+funci(?:ón|on|ones)|no\s+hay\s+funci(?:ón|on)"
    # Danish, Norwegian, Swedish
    r"|ingen\s+(?:forestilling(?:er)?|arrangementer|föreställning|föreställningar)|inga\s+föreställningar"
    # Japanese: no performance (day), closed to performances
    r"|休演日?|公演なし"
    r")(?:\s+(?:today|tonight|heute|aujourd'hui|ce\s+soir|vandaag|oggi|hoy|i\s?dag))?",
    re.IGNORECASE,
)

EDGES = " \t\n\xa0.,;:!?-–—*()[]\"'«»„“”"  # around a name: "Ruhetag.", "– relâche –", "(keine Vorstellung)"
WORD = re.compile(r"[^\W\d_]{3}")  # a cell with a word in it (not a date's, a dash's or an empty cell's)


def dark_day(entry: Entry) -> bool:
    """Whether a schedule row is a dark day: its name (its own title, else the cell that tells it from the other
    rows) is only a no-performance phrase, and it has no time of day and no page of its own."""
    if break_day(entry.title, entry.text, timed=entry.time is not None, linked=bool(entry.url)):
        return True  # "No lessons on …", "CHRISTMAS HOLIDAY: …": a school's day off (_page_break_days)
    if entry.time is not None or entry.url:
        return False
    name = entry.title or entry.qualifier
    if name is None:  # a table row named by no cell of its own: its cells besides the date
        cells = [cell.strip(EDGES) for cell in entry.text.split(" | ")]
        return any(DARK_DAY.fullmatch(cell) for cell in cells[1:]) and all(
            DARK_DAY.fullmatch(cell) or not WORD.search(cell) for cell in cells[1:]
        )
    return DARK_DAY.fullmatch(name.strip(EDGES)) is not None


def days_on(*entries: Entry) -> tuple[list[Entry], int]:
    """The schedule's rows (a lone date is none) without its dark days, and how many dark days were dropped when a
    row is left (0 when none is): a term's "No lessons on …" beside its "Open Day" is a schedule of two rows, one of
    them a day off, so the open day is read as the schedule's one row, not the page as one event dated by the day
    off (review54)."""
    rows = [entry for entry in entries if entry.structure != "lone"]
    dark = [dark_day(entry) for entry in rows]
    if sum(dark) == 1 and not any(SCHOOL_WORD.search(f"{entry.text} {entry.heading or ''}") for entry in rows):
        # a season's break alone on a schedule that says nothing of a school: a show or a party ("Summer Holiday")
        dark = [off and not seasonal(entry.title) for entry, off in zip(rows, dark, strict=True)]
    if any(entry.time is not None for entry in rows):  # a meeting schedule's week off: "happy independence day!"
        dark = [off or holiday_row(entry) for entry, off in zip(rows, dark, strict=True)]  # (_page_holiday_rows)
    kept = [entry for entry, off in zip(rows, dark, strict=True) if not off]
    return kept, len(rows) - len(kept) if kept else 0
