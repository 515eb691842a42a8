"""An empty ``<time datetime>`` given its stamp as text, so a page reader that reads words sees the date.

A single-event page may state its start only in the attribute of an element that shows nothing
(``<h1>Jane Doe Quartet</h1><time datetime="2026-03-15T19:00:00-05:00"></time>``): the card reader takes a card's
``<time datetime>``, but a page about one event is read from its lines, and an empty element gives no line. Such an
element is given its stamp as the page would write it: "2026-03-15 19:00", or "2026-03-15" for a date alone.
The text is read in the page's zone, so a stamp with an offset is written only when that offset is the page's zone's
own at that wall time ("2026-03-15T19:00:00-04:00" on a New York page in March): its wall time is then the page's.

Left as they are: a ``<time>`` with any text of its own (the page's words are the better reading), a stamp whose
offset is not the page's zone's at that time ("2026-12-15T00:30:00+00:00" or "…Z" on a New York page: a machine's
UTC value, or a server set to another zone; written as text it would be read hours, even a day, off), and a value
that is not a date (a duration "PT2H", a bare "19:00", a year "2026").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

# "2026-03-15", "2026-03-15T19:00", "2026-03-15T19:00:00", "…T19:00:00.000-05:00", "…+0100", "…Z".
_STAMP = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d{1,9})?)?([+-]\d{2}:?\d{2}|Z)?)?$", re.I)
MAX_TIMES = 2_000  # <time> elements looked at: a hostile page of millions costs no more


def _offset(text: str) -> dt.timedelta:
    """The offset a stamp states: "Z" is none, "-05:00" and "-0500" five hours behind."""
    if text.upper() == "Z":
        return dt.timedelta(0)
    digits = text[1:].replace(":", "")
    size = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return -size if text[0] == "-" else size


def _zones_own(day: str, clock: str, offset: str, zone: dt.tzinfo) -> bool:
    """Whether ``offset`` is ``zone``'s own at that wall time (its wall time is then the page's)."""
    try:
        wall = dt.datetime.fromisoformat(f"{day}T{clock}")
    except ValueError:
        return False
    return wall.replace(tzinfo=zone).utcoffset() == _offset(offset)


def empty_times_as_text(root: Any, zone: dt.tzinfo | None = None) -> None:
    """Write each empty ``<time>``'s stamp as its text (see the module's docstring), read in ``zone`` (UTC when
    none is given). Mutates ``root``."""
    for count, element in enumerate(root.iter("time")):
        if count >= MAX_TIMES:
            break
        if "".join(element.itertext()).strip():
            continue
        match = _STAMP.match((element.get("datetime") or "").strip())
        if match is None:
            continue
        day, clock, offset = match.groups()
        if clock and offset and not _zones_own(day, clock, offset, zone or dt.UTC):
            continue  # another zone's wall time: written as text it would be read in the page's
        element.text = f"{day} {clock}" if clock else day
