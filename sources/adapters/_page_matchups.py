"""Fixture tables: a league's or a club's matches, one row each, read without a header. Pure.

A sports club's calendar writes each match as a row of cells: its date, the home side, a cell that is only the
separator, the away side, and the kick-off in a cell of its own ("12-09-2026 | KV Vollezele | - | Dynamo Wijndaal |
14:00"); a played match gives its score in the time's place ("5 | - | 2"). Read row by row, such a row's title is
its first name only and its kick-off is lost (a header-less row takes its time from its date cell).

Two readings here, for rows of header-less tables:

* ``lone_clock``: a cell that is a time of day and nothing else ("14:00", "15.00 Uhr", "20h30") is the row's start,
  when the date cell gives none. Not a time inside words ("Doors open 19:00, talk at 20:00"), not a score ("2:1").
* ``day_above``: the day a line right above a header-less table names alone, for match rows that give only their
  time ("zaterdag 12 september 2026" over "15:00 | Home | (UITGESTELD) | Away"); not a fact table's rows.
* ``matchup``: a cell that is only a separator ("-", "–", "vs", "v.", ":") between two cells of names is a match,
  titled "Home - Away" as the row reads. A separator that is a word ("vs", "v", "gegen") says so itself; a dash cell
  also stands for an empty value ("Concert | - | Town Hall"), so there the two names must be shown to be sides: both link to pages of one kind that differ only in their id
  ("?view=club&id=44" / "?view=club&id=27"), or across the table's rows a name that stands on one side of the
  separator stands on the other side in another row (a team plays at home and away). A row of a title and its place
  has neither.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse
from collections.abc import Iterable, Sequence
from typing import Any

from events import statuswords
from sources.adapters._page_dates import ClockHit, DateHit, find_clock, find_dates
from sources.adapters._page_intl import weekday_number
from sources.adapters._page_words import meaningful

# A cell that separates two sides: a dash, "vs", "v", "gegen", "contre", "contra", a colon; or, in its place, the
# match's status in brackets ("(UITGESTELD)", "(postponed)").
SEPARATOR = re.compile(r"^\s*(?:-|–|—|:|vs\.?|v\.?|gegen|contre|contra|tegen)\s*$", re.IGNORECASE)
STATUS_SEPARATOR = re.compile(
    r"^\s*\(\s*(?:" + statuswords.alternation(statuswords.words()) + r")\s*\)\s*$", re.IGNORECASE
)
# A separator that is a word ("vs", "v.", "gegen", "contre"): unlike a dash, it never stands for an empty value.
WORD_SEPARATOR = re.compile(r"^(?:vs\.?|v\.?|gegen|contre|contra|tegen)$", re.IGNORECASE)
# Around a lone time, all a cell may say besides it: "Uhr", "h", "horas", "kl."; the time itself is what find_clock reads.
CLOCK_WORDS = re.compile(r"(?:kl\.?|um|à|a las)?\s{0,3}(?:uhr|h|hrs?|horas?|u)?\.?", re.IGNORECASE)
NAME_LENGTH = 80  # the longest side's name


def lone_clock(texts: Sequence[str], date_column: int) -> ClockHit | None:
    """The time of a row that a cell of its own gives ("14:00"), the cell nothing but that time."""
    for column, text in enumerate(texts):
        if column == date_column or not text.strip():
            continue
        clock = find_clock(text, dated=True)  # "15.00" beside the row's date is its time
        if clock is None or clock.start is None:
            continue
        rest = " ".join((text[: clock.span[0]] + " " + text[clock.span[1] :]).split())
        if CLOCK_WORDS.fullmatch(rest):
            return clock
    return None


def _side(text: str, today: dt.date) -> bool:
    """A cell that can be a side's name: words, short, no date, no time, no bare number (a score)."""
    text = text.strip()
    return (
        bool(text)
        and len(text) <= NAME_LENGTH
        and meaningful(text)
        and not text.replace(" ", "").isdigit()
        and find_clock(text) is None
        and not find_dates(text, year_hint=None, today=today)
    )


def separated_sides(texts: Sequence[str], date_column: int, today: dt.date) -> tuple[int, int, str] | None:
    """The columns of the two names around a separator cell, and the separator as written, or None."""
    for column in range(1, len(texts) - 1):
        if column - 1 == date_column or column + 1 == date_column:
            continue
        separator = texts[column].strip()
        if not (SEPARATOR.match(separator) or STATUS_SEPARATOR.match(separator)):
            continue
        if _side(texts[column - 1], today) and _side(texts[column + 1], today):
            return column - 1, column + 1, separator if SEPARATOR.match(separator) else "-"
    return None


def _link_kind(cell: Any) -> tuple[str, str, tuple[str, ...]] | None:
    """A cell's one link as (path, the query's keys, values besides ids): what kind of page it is."""
    links = [node.get("href") for node in cell.iter("a") if node.get("href")]
    if len(links) != 1:
        return None
    parsed = urllib.parse.urlsplit(links[0])
    query = urllib.parse.parse_qsl(parsed.query)
    same = tuple(f"{key}={value}" for key, value in query if not value.isdigit())
    return parsed.path, ",".join(sorted(key for key, _ in query)), same


def _ids_differ(left: Any, right: Any) -> bool:
    """Both cells link one page each, of one kind, the two differing only in an id ("ploegid=44" / "ploegid=27")."""
    kinds = _link_kind(left), _link_kind(right)
    if kinds[0] is None or kinds[0] != kinds[1]:
        return False
    hrefs = [next(cell.iter("a")).get("href") for cell in (left, right)]
    return hrefs[0] != hrefs[1] and re.sub(r"\d+", "#", hrefs[0]) == re.sub(r"\d+", "#", hrefs[1])


def swapping_names(rows: Iterable[Sequence[str]], today: dt.date) -> set[str]:
    """Names that stand left of a separator in one row and right of it in another: sides of matches."""
    left: set[str] = set()
    right: set[str] = set()
    for texts in rows:
        found = separated_sides(texts, -1, today)
        if found is not None:
            left.add(texts[found[0]].strip())
            right.add(texts[found[1]].strip())
    return left & right


def matchup(
    cells: Sequence[Any], texts: Sequence[str], date_column: int, swapping: set[str], today: dt.date
) -> str | None:
    """A row's match, "Home - Away" as the row reads, when its two names are shown to be sides (module doc)."""
    found = separated_sides(texts, date_column, today)
    if found is None:
        return None
    home, away, separator = found
    names = texts[home].strip(), texts[away].strip()
    if WORD_SEPARATOR.match(separator):  # "vs", "gegen": the cell itself says the two names are sides
        return f"{names[0]} {separator} {names[1]}"
    if not (names[0] in swapping or names[1] in swapping or _ids_differ(cells[home], cells[away])):
        return None
    return f"{names[0]} {separator} {names[1]}"


def _pages_of_one_kind(left: Any, right: Any) -> bool:
    """Each element links one page, the two pages differing only in their numbers ("/teams/99405/result/",
    "/teams/102845/result/"; "?view=club&id=44")."""
    hrefs = []
    for side in (left, right):
        links = [node.get("href") for node in side.iter("a") if node.get("href")]
        if len(links) != 1:
            return False
        hrefs.append(links[0])
    return hrefs[0] != hrefs[1] and re.sub(r"\d+", "#", hrefs[0]) == re.sub(r"\d+", "#", hrefs[1])


def cell_matchup(cells: Sequence[Any], date_column: int, today: dt.date) -> str | None:
    """A match written inside one cell: two elements each linking a side's page of one kind ("/teams/99405/",
    "/teams/102845/") around an element that is only a separator ("<span>Урал</span><span>–</span><span>Анжи</span>"),
    titled "Home – Away" as the cell reads (held-out batch 69). Not: two links of different kinds around a dash (a
    category and a venue), a separator with a name on one side only."""
    for column, cell in enumerate(cells):
        if column == date_column:
            continue
        for node in cell.iter():
            if not isinstance(node.tag, str) or len(node) or not SEPARATOR.match(node.text_content() or ""):
                continue
            before, after = node.getprevious(), node.getnext()
            if before is None or after is None or not _pages_of_one_kind(before, after):
                continue
            names = [" ".join((side.text_content() or "").split()) for side in (before, after)]
            if all(_side(name, today) for name in names):
                return f"{names[0]} {' '.join((node.text_content() or '').split())} {names[1]}"
    return None


DAY_LABEL = 40  # the longest label (a division's, a pitch's) between a day line and its table
LINES_ABOVE = 3  # the elements above a table looked at for its day


def day_alone(text: str, today: dt.date) -> dt.date | None:
    """The day a line names and nothing else but its weekday ("zaterdag 12 september 2026"), its year written."""
    hits = find_dates(text, year_hint=None, today=today)
    if len(hits) != 1 or not hits[0].year_written or hits[0].end_date is not None:
        return None
    rest = (text[: hits[0].start] + " " + text[hits[0].end :]).strip(" ,.:;-–\xa0")
    if rest and weekday_number(rest) is None:
        return None
    return hits[0].date


def day_above(table: Any, today: dt.date) -> dt.date | None:
    """The day a line right above the table names alone (a short label, a division's name, may stand between):
    the day of its rows that write only their time ("zaterdag 12 september 2026" / "TWEEDE AFDELING A" / a table
    of "15:00 | Home | - | Away" rows)."""
    node = table.getprevious()
    for _ in range(LINES_ABOVE):
        if node is None or not isinstance(node.tag, str):
            return None
        text = " ".join((node.text_content() or "").split())
        day = day_alone(text, today) if text else None
        if day is not None:
            return day
        if len(text) > DAY_LABEL or find_dates(text, year_hint=None, today=today) or find_clock(text):
            return None
        node = node.getprevious()
    return None


def timed_row(texts: Sequence[str], day: dt.date | None, today: dt.date) -> tuple[DateHit, int] | None:
    """A match with no date under a day line (``day_above``): that day, at the cell that is its time alone. Only a
    match's row (two sides around a separator): a fact table's "Beginn | 17:30" under an event's day is not one."""
    if day is None:
        return None
    for column, text in enumerate(texts):
        if lone_clock([text], -1) is not None and separated_sides(texts, column, today) is not None:
            return DateHit(day, 0, 0, True, None), column
    return None
