"""A French or German hour as a day cell's card writes it: "19h", "21h30", "14h-19h", "19 Uhr", "20.30 Uhr". Pure.

A programme may group its cards by day in an element that names the day in a data attribute (``<div
data-date="2026-09-15">``), each card giving only its hour. A card is read on its cell's day when it gives a time
(_page_iso_days.in_cell), which knew only "7:30 PM" and "19:30": a French "19h" or "14h-19h", a German "19 Uhr",
left the card undated, so it was dropped or read without its time. Those hours count too.

Not an hour: a duration ("Durée : 2h", "Dauer 2 Uhr" is no German; "2h30 de spectacle" follows its count), a figure
glued to a word or a number ("H2h", "1.19h", "24h/24" is no clock: 24 is past the day), a model name ("A4h").
"""

from __future__ import annotations

import re

# 0-23 then "h" (and its minutes) or "Uhr": "19h", "19 h 30", "21h30", "14h-19h", "20.30 Uhr", "19 Uhr".
CELL_HOUR = re.compile(
    r"(?<![\w.,:/])(?:[01]?\d|2[0-3])(?:\s?h(?:\s?[0-5]\d)?|(?:[.:][0-5]\d)?\s?uhr)(?![\w/])",
    re.IGNORECASE,
)
# A length of time written just before the figure: "Durée : 2h", "Dauer: 2 Uhr", "duration 2h", "env. 2h".
DURATION_BEFORE = re.compile(r"(?:dur[ée]e|duration|dauer|length|env\.?|environ|ca\.?|approx\.?)\W{0,3}$", re.I)
# …or just after it: "2h de spectacle", "2h of music".
DURATION_AFTER = re.compile(r"^\s?(?:de|of|d')\b", re.IGNORECASE)


def written_hour(text: str) -> bool:
    """Whether ``text`` gives a clock hour the French or German way (see the module), not a duration."""
    for match in CELL_HOUR.finditer(text[:2000]):
        before, after = text[max(0, match.start() - 20) : match.start()], text[match.end() : match.end() + 4]
        if not DURATION_BEFORE.search(before) and not DURATION_AFTER.match(after):
            return True
    return False
