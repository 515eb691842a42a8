"""A feed item's place written in lines, for the ``rss`` adapter. Pure.

City calendars (CivicPlus's ``calendarEvent:Location``) and event modules write a place as HTML lines: "Housing
Authority Building<br>1740 Avenue G<br>Plano, TX 75074", "1520 Avenue K<br>Plano, TX 75074", "<br>Plano, TX
75086". Flattened, the lines run together ("1520 Avenue K Plano, TX 75074") and the comma no longer parts the
venue from the address. Read as lines: the first is the venue's name over the rest, its address; unless the first
is the street itself (a house number, a name and a street word, or a house number over the town line): then all of
it is the address. A lone town line ("Plano, TX 75086": a town, a region's two letters and a postcode) is an
address, not a venue named "Plano". One line that is no town line is left to the one-line reading.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from typing import Any

from sources.adapters._feed_extras import local_item
from sources.adapters._feed_glued import html_lines
from sources.adapters._feed_listing import STREET_START, street_line

# "Plano, TX 75074", "Elmwood, CO 80401-1234": a town, a two-letter region and a postcode, the line's whole.
LOCALITY = re.compile(r"^[^\W\d][\w .'-]*,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?$")
MAX_LINE = 160  # a longer line is prose, not a place's


def lined_place(text: str | None) -> tuple[str | None, str | None] | None:
    """(venue, address) from a place written in lines, or None when it is one line that is no town line."""
    if not text:
        return None
    # Its lines as written, or escaped once more ("&lt;br&gt;"): html_lines (_feed_glued) breaks and flattens them.
    lines = [line for line in (part.strip(" ,") for part in html_lines(html.unescape(text))) if line]
    if not lines or any(len(line) > MAX_LINE for line in lines):
        return None
    if len(lines) == 1:
        return (None, lines[0]) if LOCALITY.match(lines[0]) else None
    first = lines[0]
    if street_line(first) or (len(lines) == 2 and STREET_START.match(first) and LOCALITY.match(lines[1])):
        return None, ", ".join(lines)
    return first, ", ".join(lines[1:])


def element_place(entry: Mapping[str, Any], names: Iterable[str]) -> tuple[str | None, str | None] | None:
    """``lined_place`` of the element ``_feed_extras.local_value`` reads (by these local names), as written."""
    found = local_item(entry, names)
    raw = entry.get(found[0]) if found is not None else None
    return lined_place(raw) if isinstance(raw, str) else None
