"""An empty ``<time datetime>`` given its stamp as text, so a page reader that reads words sees the date.

A single-event page may state its start only in the attribute of an element that shows nothing
(``<h1>Jane Doe Quartet</h1><time datetime="2026-03-15T19:00:00-05:00"></time>``): the card reader takes a card's
``<time datetime>``, but a page about one event is read from its lines, and an empty element gives no line. Such an
element is given its stamp as the page would write it: "2026-03-15 19:00" (the wall time as written, its offset
left to the page's zone), or "2026-03-15" for a date alone.

Left as they are: a ``<time>`` with any text of its own (the page's words are the better reading), a stamp in UTC
("…Z": its wall time is not the page's), and a value that is not a date (a duration "PT2H", a bare "19:00", a
year "2026").
"""

from __future__ import annotations

import re
from typing import Any

# "2026-03-15", "2026-03-15T19:00", "2026-03-15T19:00:00", "…T19:00:00.000-05:00", "…+0100"; not "…Z".
_STAMP = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d{1,9})?)?(?:[+-]\d{2}:?\d{2})?)?$")
MAX_TIMES = 2_000  # <time> elements looked at: a hostile page of millions costs no more


def empty_times_as_text(root: Any) -> None:
    """Write each empty ``<time>``'s stamp as its text (see the module's docstring). Mutates ``root``."""
    for count, element in enumerate(root.iter("time")):
        if count >= MAX_TIMES:
            break
        if "".join(element.itertext()).strip():
            continue
        match = _STAMP.match((element.get("datetime") or "").strip())
        if match is None:
            continue
        day, clock = match.groups()
        element.text = f"{day} {clock}" if clock else day
