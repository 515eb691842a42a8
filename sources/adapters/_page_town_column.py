"""A header-less table's column of towns, known by its names coming back: "17 Gennaio | Pesaro | Cerreto Gravel".
Pure.

A cycling club's season calendar (batch 103) lists its rides as "date | town | ride" with no header row and no
place nouns: "Pesaro", "Fano", "Fano", "Pesaro", "Mondolfo", "Fano". The column of places known by its words
(_page_place_column) saw no street and no hall in it, so each row was titled by its first cell of words, the town,
and had no place. A league's fixtures, a choir's tour and a club's rides are written so: the places come back from
row to row, while each row's name is its own.

So, in a header-less table of at least four rows, a column whose every cell is a short proper name (one to three
capitalised words, a linking particle allowed: "Porto Recanati", "S. Giorgio di Pesaro"), one at least written
twice, no event's, kind's or document's word, no digit, no date or time, is the rows' place, when it is the only
such column and another column names every row with a name of its own (no two rows alike).

review44: nor a column of weekdays or months, of a fixture's sides ("Home", "Away"), of statuses ("Cancelled",
"Sold Out") or placeholders ("TBA"); nor one whose names are mostly two words or more ("Anna Rossi", "Blue Notes":
performers coming back; a town is mostly one word).

Not: a column of kinds ("Concert", "Talk", "Family", "Kids", "Music", "Film": words of a programme's categories);
a column of people written twice ("Derek Sonderegger" speaking twice: a person's first and last name are two
capitalised words too, so a speaker's column is told apart by its header, and a header-less table of speakers with
no name column besides it keeps its reading); a table whose other columns repeat too; three rows or fewer.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_dates import MONTHS, find_clock, find_dates
from sources.adapters._page_genre_places import GENRE_WORDS
from sources.adapters._page_intl import heading_month, weekday_number
from sources.adapters._page_words import DOCUMENT_WORD, EVENT_WORDS

MIN_ROWS = 4  # rows of the table: a calendar, not a pair of lines
MAX_TOWN = 30  # characters of a town's name
# One to three capitalised words, a particle ("di", "del", "de", "la", "an der", "sur", "am") or an initial between.
TOWN = re.compile(
    r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]{0,20})"
    r"(?:[ \t](?:(?:di|del|della|de|des|du|la|le|los|las|am|an|der|im|sur|sul|upon|on|en|van|von|y|e)[ \t])?"
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]{0,20}){0,2}"
)
# A programme's kinds and audiences, which a listing's second column gives as often as its town.
KIND = re.compile(
    r"\b(?:kids?|children|family|families|youth|teens?|adults?|seniors?|members?|beginners?|advanced|music|musik|"
    r"musica|film|films|cinema|kino|theat(?:re|er)|teatro|dance|danza|tanz|art|arts|arte|kunst|comedy|sports?|"
    r"sport|literature|books?|outdoors?|online|free|new|special|workshops?|family[ \t]day|all[ \t]ages|"
    # review44: a fixture's side and a listing's status or placeholder come back from row to row too
    r"home|away|heim|ausw[äa]rts|casa|trasferta|cancel+ed|postponed|rescheduled|sold[ \t]out|full|waitlist|"
    r"abgesagt|annullato|annul[ée]e?|tba|tbc|tbd)\b",
    re.IGNORECASE,
)


def _town(text: str, today: dt.date) -> bool:
    return (
        len(text) <= MAX_TOWN
        and TOWN.fullmatch(text) is not None
        and not any(ch.isdigit() for ch in text)
        and text.casefold() not in GENRE_WORDS
        and not (EVENT_WORDS.search(text) or KIND.search(text) or DOCUMENT_WORD.search(text) or find_clock(text))
        and not find_dates(text, year_hint=today.year, today=today)
        and weekday_number(text) is None
        and heading_month(text) is None
        and text.casefold().rstrip(".") not in MONTHS
    )


def _towns_not_people(values: list[str]) -> bool:
    """Whether at least half of a column's names are one word: towns mostly are ("Pesaro", "Fano"), while a person
    ("Anna Rossi") or a band ("Blue Notes") is two words or more (review44)."""
    names = set(values)
    return 2 * sum(1 for name in names if len(name.split()) == 1) >= len(names)


def town_column(rows: list[list[str]], today: dt.date) -> int | None:
    """The column of a header-less table's rows (cell texts) that is its towns (see the module), or None."""
    if len(rows) < MIN_ROWS:
        return None
    width = min((len(row) for row in rows), default=0)
    found: list[int] = []
    named: list[int] = []
    for column in range(width):
        values = [row[column].strip() for row in rows]
        if not all(values):
            continue
        towns = all(_town(value, today) for value in values) and _towns_not_people(values)
        if towns and len(set(values)) < len(values):
            found.append(column)
        elif len(set(values)) == len(values) and not all(
            find_dates(value, year_hint=today.year, today=today) for value in values
        ):
            named.append(column)
    return found[0] if len(found) == 1 and named else None
