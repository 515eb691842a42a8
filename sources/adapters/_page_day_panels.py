"""A month calendar of day panels named by their day in their id ("day-Oct-21-2023"), their rows timed. Pure.

A league's calendar (helper pages89: two minor-hockey leagues on one sports-site builder) prints every day of its
month as a panel, "<div class='day-details' id='day-Oct-21-2023'>", most hidden until their day is clicked; a day
with games holds one row per game: its time ("7:00 PM"), a tag, the division, the visitors over "@ home team" with
the game's number, and the rink in an element whose class says it is the location; an empty day holds only a notice
("No events for Sat, Oct 21, 2023"). The day is written nowhere but in the panel's id, so the games were lost. Here
each panel whose id ends in a day written as month, day and year ("Oct-21-2023", "day_October_21_2023") is that
day, and each of its rows with a time is an event on it at that time: titled by its names (a line that opens with
"@", "vs" or "v" joined to the line above it, the sides of a match; else the row's longest line that is none of its
links' words, its time or its place), placed where the row's venue element says (``_page_card_fields.venue_of``).

A calendar is seven such panels or more, on as many days, one of them at least with nothing timed on it (a list
whose every item is dated by its id, a blog's "post-Oct-21-2023", is none: the other readers read it). Not: ISO
days in ids (``_page_grid_cells`` reads those), a panel's row without a time (a notice, a tag), rows nested in
another panel.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from sources.adapters._page_card_fields import venue_of
from sources.adapters._page_cards import MAX_NAME_LENGTH, block_text
from sources.adapters._page_dates import MONTHS, find_clock, safe_date
from sources.adapters._page_words import meaningful
from sources.adapters.webpage import clean_text

# The panel's id ends with its day after a word: "day-Oct-21-2023", "cal_October_3_2031".
PANEL_ID = re.compile(r"[A-Za-z][\w-]{0,40}?[-_](?P<month>[A-Za-z]{3,9})[-_](?P<day>\d{1,2})[-_](?P<year>\d{4})")
PANEL_TAGS = frozenset({"div", "section", "li", "td", "article"})
MIN_PANELS = 7  # a week's days at least
MAX_PANELS = 1000  # a page's days, not a hostile page's thousands of ids
MAX_ROWS = 200  # a day's rows
SIDE_LEAD = ("@", "vs ", "vs. ", "v ", "v. ")  # the line of a match's other side


@dataclasses.dataclass(frozen=True, slots=True)
class PanelItem:
    title: str
    url: str | None
    start: dt.datetime
    end: dt.datetime | None
    evidence: str
    place: str | None


def _panels(root: Any) -> list[tuple[Any, dt.date]]:
    found: list[tuple[Any, dt.date]] = []
    for node in root.iter(*PANEL_TAGS):
        matched = PANEL_ID.fullmatch((node.get("id") or "").strip())
        month = MONTHS.get(matched.group("month")[:3].lower()) if matched is not None else None
        day = safe_date(int(matched.group("year")), month, int(matched.group("day"))) if matched and month else None
        if day is not None:
            found.append((node, day))
        if len(found) > MAX_PANELS:
            return []
    return found


def _title(lines: list[str]) -> str | None:
    for index in range(1, len(lines)):  # "West Niagara Flying Aces" over "@ Thorold Blackhawks": the match
        if lines[index].casefold().startswith(SIDE_LEAD) and meaningful(lines[index - 1]):
            return f"{lines[index - 1]} {lines[index]}"
    named = [line for line in lines if meaningful(line)]
    return max(named, key=len) if named else None


def _row_item(row: Any, day: dt.date) -> PanelItem | None:
    text = block_text(row)
    clock = find_clock(text)
    if clock is None:
        return None
    place = venue_of(row)
    links = {" ".join((anchor.text_content() or "").split()) for anchor in row.iter("a")}
    lines = [line for line in (clean_text(raw) for raw in text.split("\n")) if line]
    kept = [line for line in lines if line not in links and line != place and find_clock(line) is None]
    title = _title(kept)
    if not title or len(title) > MAX_NAME_LENGTH:
        return None
    start = dt.datetime.combine(day, clock.start)
    end = dt.datetime.combine(day, clock.end) if clock.end is not None else None
    end = end + dt.timedelta(days=1) if end is not None and end <= start else end
    return PanelItem(title, None, start, end, f"date {day} from its day panel's id, time from its row", place)


def panel_items(root: Any) -> list[PanelItem]:
    """The timed rows of the page's day panels named by their day in their id (see the module); none without them."""
    panels = _panels(root)
    if len({day for _, day in panels}) < MIN_PANELS:
        return []
    held = {id(panel) for panel, _ in panels}
    items: list[PanelItem] = []
    empty = False
    for panel, day in panels:
        if any(id(above) in held for above in panel.iterancestors()):
            continue
        found = [item for row in list(panel.iterchildren())[:MAX_ROWS] if (item := _row_item(row, day)) is not None]
        empty = empty or not found
        items.extend(found)
    return items if empty else []
