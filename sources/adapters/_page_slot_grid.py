"""A conference's schedule by time slot: each slot's heading is only its hours, over one column per day, each column a
day's line over that slot's sessions (held-out batch 69, helper pages69). Pure.

``<div class="slot"><h1>5:00pm - 5:20pm</h1><div class="day1"><p>Monday October 20</p><ul class="sess"><li><a
href="speakers/x.html#session">Data Structures</a></li><li>Speaker: …</li><li>Room: E-135</li></ul>…</div><div
class="day2"><p>Tuesday October 21</p><ul class="sess">…</ul>…</div></div>``. Read line by line, a day's line took
its first session as its name and the others as its documents, at no time. Here: where a heading is only a time of
day or its range, and a sibling block after it starts with a line that is only a day ("Monday October 20", with or
without its year) followed by blocks that each name a session (a link's words, or the block's first line), each such
block is a session on that day at the heading's hours: its name, its link (the session's page), and its place when a
line of it is labelled so ("Room: E-131", "Location:", "Salle :", "Raum:").

Not: a heading with words beside its time ("Doors 7pm"); a block whose first line is no day ("Monday - Friday":
opening hours); a day's line with nothing named under it; fewer than two sessions on the page.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters.common import absolute_url

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
MAX_HEADINGS = 400  # headings looked at: a hostile page of many costs no more
MAX_SESSIONS = 400
MIN_SESSIONS = 2
NAME = 200  # the longest session name
PLACE_LINE = re.compile(
    r"^(?:room|location|venue|where|place|hall|salle|lieu|raum|ort|sala|lugar|zaal)\s{0,3}:\s{0,3}(?P<place>\S.{0,80})$",
    re.I,
)


@dataclasses.dataclass
class SlotItem:
    title: str
    url: str | None
    start: dt.datetime
    end: dt.datetime | None
    place: str | None
    evidence: str


def text_of(element: Any) -> str:
    return " ".join((element.text_content() or "").split())


def hours_only(text: str) -> tuple[dt.time, dt.time | None] | None:
    clock = find_clock(text)
    if clock is None or re.search(r"\w", text[: clock.span[0]] + text[clock.span[1] :]):
        return None
    return clock.start, clock.end


def _day_only(text: str, today: dt.date) -> dt.date | None:
    hits = find_dates(text, year_hint=None, today=today)
    if len(hits) != 1 or re.search(r"\w", text[: hits[0].start] + text[hits[0].end :]):
        return None
    return hits[0].date


def block_lines(block: Any) -> list[str]:
    """The block's lines: its items' or paragraphs' texts, else its own."""
    parts = [text_of(child) for child in block if isinstance(child.tag, str)]
    return [part for part in parts if part] or ([text_of(block)] if text_of(block) else [])


def _session(block: Any, base: str | None) -> tuple[str, str | None, str | None] | None:
    """A session block's name, page and place; None when it names nothing."""
    anchor = next((node for node in block.iter("a") if text_of(node)), None)
    lines = block_lines(block)
    name = text_of(anchor) if anchor is not None else (lines[0] if lines else "")
    if not name or len(name) > NAME or PLACE_LINE.match(name):
        return None
    url = absolute_url(anchor.get("href"), base) if anchor is not None else None
    place = next((found.group("place") for line in lines if (found := PLACE_LINE.match(line))), None)
    return name, url, place


def _day_column(column: Any, hours: tuple[dt.time, dt.time | None], base: str | None, today: dt.date) -> list[SlotItem]:
    children = [child for child in column if isinstance(child.tag, str)]
    if len(children) < 2:
        return []
    day = _day_only(text_of(children[0]), today)
    if day is None:
        return []
    found = []
    for block in children[1:]:
        session = _session(block, base)
        if session is None:
            continue
        name, url, place = session
        start = dt.datetime.combine(day, hours[0])
        end = dt.datetime.combine(day, hours[1]) if hours[1] is not None and hours[1] > hours[0] else None
        evidence = f"a session under the time slot {hours[0]:%H:%M} and the day line {text_of(children[0])!r}"
        found.append(SlotItem(name, url, start, end, place, evidence))
    return found


def slot_grid_items(root: Any, base: str | None, today: dt.date) -> list[SlotItem]:
    """The sessions of a schedule by time slot (see the module's docstring); [] when the page has none."""
    items: list[SlotItem] = []
    for index, heading in enumerate(root.iter(*HEADINGS)):
        if index >= MAX_HEADINGS or len(items) >= MAX_SESSIONS:
            break
        hours = hours_only(text_of(heading))
        if hours is None:
            continue
        for column in heading.itersiblings():
            if not isinstance(column.tag, str) or column.tag in HEADINGS:
                break
            items.extend(_day_column(column, hours, base, today))
    return items[:MAX_SESSIONS] if len(items) >= MIN_SESSIONS else []
