"""A month grid whose day cells carry their ISO day in their id. Pure.

Drupal's Calendar view (and other month grids) writes each day as a cell named by its day, "<td
id='calendar-2012-04-04' class='wed has-events'>", holding the day's number (" 4 ") and one item per event, a link
to the event's page ("<a href='/content/ibiza-white-experience'>Ibiza White Experience</a>") with a line or two
beside it (the artists, a time). Read as a table, the grid was rows of day numbers under the month's heading: the
week-number column's "14" was a day, and the row's first link its title. Here each cell with an ISO day at the end
of its id is that day, and each link in it to a page (not a document, a map or a call to action; its text a name,
not the day's number) is an event on it, at the time its item gives ("7:30 pm") or all day. A grid is seven such
cells or more, on as many different days, one of them at least with nothing on (a list whose every item is dated
by its id, a blog's "post-2027-02-01", is no grid); a page with fewer (a list's "event-2026-04-04" anchors) is left to the
other readers, and so is a grid whose cells name their day in data-date (read by _page_day_cells).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from sources.adapters._page_cards import NOT_A_TITLE
from sources.adapters._page_dates import find_clock
from sources.adapters._page_joined_text import joined_text
from sources.adapters._page_nav_links import names_no_event
from sources.adapters._page_single_place import is_map_link
from sources.adapters._page_words import is_document_link, meaningful
from sources.adapters.common import absolute_url

# The cell's id ends with its day, after a word and a separator: "calendar-2012-04-04", "day_2026-07-11".
CELL_ID = re.compile(r"[A-Za-z][\w-]{0,40}?[-_](?P<day>\d{4}-\d{2}-\d{2})")
CELL_TAGS = frozenset({"td", "th", "div", "li"})
MIN_CELLS = 7  # a week's cells at least: fewer is a list's anchors, not a grid
MAX_CELLS = 1000  # a page's grids, not a hostile page's thousands of ids
MAX_ITEM_TEXT = 300  # an item's own lines, not the cell's
MAX_TITLE = 200


@dataclasses.dataclass(frozen=True, slots=True)
class GridItem:
    title: str
    url: str
    start: dt.date | dt.datetime  # naive: the page's local time
    end: dt.datetime | None
    evidence: str


def _cells(root: Any) -> list[tuple[Any, dt.date]]:
    found: list[tuple[Any, dt.date]] = []
    for node in root.iter(*CELL_TAGS):
        matched = CELL_ID.fullmatch((node.get("id") or "").strip())
        if matched is None:
            continue
        try:
            found.append((node, dt.date.fromisoformat(matched.group("day"))))
        except ValueError:
            continue
        if len(found) > MAX_CELLS:
            return []
    return found


def _text(node: Any) -> str:
    return joined_text(node)  # "music at 8" + ":30PM" split by an inline element is one time


def _item_of(anchor: Any, cell: Any) -> Any:
    """The largest element around ``anchor`` inside ``cell`` that holds no other link: the event's item."""
    item = anchor
    parent = anchor.getparent()
    while parent is not None and parent is not cell and sum(1 for _ in parent.iter("a")) == 1:
        item, parent = parent, parent.getparent()
    return item


def _cell_items(cell: Any, day: dt.date, base: str | None) -> list[GridItem]:
    items: list[GridItem] = []
    for anchor in cell.iter("a"):
        title, url = _text(anchor), absolute_url(anchor.get("href"), base)
        if url is None or not title or len(title) > MAX_TITLE or not meaningful(title):
            continue  # the day's or the week's number, a bare icon
        if is_document_link(title, url) or is_map_link(url) or NOT_A_TITLE.match(title):
            continue
        if names_no_event(title, url):  # "View all events", "+3 more", "More info", a tag's or a category's link
            continue
        item_text = _text(_item_of(anchor, cell))[:MAX_ITEM_TEXT]
        clock = find_clock(item_text.replace(title, " ", 1))
        if clock is None:
            items.append(GridItem(title, url, day, None, f"date {day} from its grid cell's id"))
            continue
        start = dt.datetime.combine(day, clock.start)
        end = dt.datetime.combine(day, clock.end) if clock.end is not None else None
        end = end + dt.timedelta(days=1) if end is not None and end <= start else end
        items.append(GridItem(title, url, start, end, f"date {day} from its grid cell's id, time from its item"))
    return items


def grid_items(root: Any, base: str | None) -> list[GridItem]:
    """The events of the page's month grid whose cells name their ISO day in their id; none without such a grid."""
    cells = _cells(root)
    if len({day for _, day in cells}) < MIN_CELLS:
        return []
    held = {id(cell) for cell, _ in cells}  # the cells are held in ``cells``: their proxies stay the same objects
    items: list[GridItem] = []
    empty = False
    for cell, day in cells:
        if any(id(above) in held for above in cell.iterancestors()):
            continue  # a cell inside another: the outer one reads it
        found = _cell_items(cell, day, base)
        empty = empty or not found
        items.extend(found)
    # A month's grid names every day, some with nothing on; a list whose every item is dated by its id (a blog's
    # posts "post-2027-02-01", an agenda's items) is no grid: the other readers read it.
    return items if empty else []
