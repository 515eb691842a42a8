"""A canteen's or a restaurant's menu of the week, dated by the menu's own words (helper pages62). Pure.

A university canteen's page writes its week as "Kalenderwoche 50 / Menüplan vom 11. - 15. Dezember 2017" over a
table of dishes by weekday (MO … FR, two dishes and their prices a day). The card reader took the page's block for
an event: its heading (a note on this week's soup) over the week's dates, 11 to 15 December. Those dates are the
days the menu is served, not an event's: a date that a menu's word introduces ("Menüplan vom", "Speiseplan für",
"Weekly menu:", "Menu de la semaine du", "Lunchmeny vecka", "Ruokalista") is no event's date, and a card whose date
is such a line's gives no event (``menu_dated``).

Not: a dinner or a tasting that is an event ("Menü-Abend am 12. Dezember, 19 Uhr", "Christmas menu tasting on Dec
12, 7pm": no menu-of-the-week word), a word joined to another ("Speiseplan-Workshop am 12.12."), a menu word far
from the date, or a card whose own date is another day than the menu line's.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_dates import find_dates
from sources.adapters._page_ranges import joined_ranges

# A menu of the week's or the day's name, in the languages the readers know; not joined to another word.
MENU_WORD = re.compile(
    r"\b(?:men[uü]plan|speiseplan|speisekarte|wochenkarte|wochenmen[uü]|mittagsmen[uü]|mittagstisch|mensaplan|"
    r"essensplan|weekly\s+menu|lunch\s+menu|menu\s+(?:of|for)\s+the\s+week|menu\s+de\s+la\s+semaine|"
    r"men[uú]\s+(?:semanal|de\s+la\s+semana)|menu\s+settimanale|weekmenu|veckans\s+meny|lunchmeny|ukens\s+meny|"
    r"ugens\s+menu|ruokalista|lounaslista|jad[łl]ospis|j[ií]deln[ií]\s+l[ií]stek)(?![\w-])",
    re.IGNORECASE,
)
GAP = 24  # what may stand between the menu's word and its date: "vom", "for the week of", "KW 50:"
MAX_LINE = 160  # a menu's date line, not a paragraph


def menu_dated(text: str, start: dt.date) -> bool:
    """Whether a line of ``text`` has a menu's word right before a date, and that date is ``start``'s day (the
    card's date is the menu's week, not an event's)."""
    day = start.date() if isinstance(start, dt.datetime) else start
    for line in text.splitlines():
        if len(line) > MAX_LINE:
            continue
        for word in MENU_WORD.finditer(line):
            after = line[word.end() : word.end() + GAP + MAX_LINE]
            hits = joined_ranges(after, find_dates(after, year_hint=day.year, today=day))  # "11. - 15. Dezember"
            if hits and hits[0].start <= GAP and (hits[0].date == day or hits[0].end_date == day):
                return True
    return False
