"""The town an event item's prose names with its state's code ("a festival in Bozeman, MT organized by …"), for the
``rss`` adapter (issue #13, feeds80). Pure.

A band's Hugo "Shows" feed (batch 80) says where a show is only in its prose: "Rage Against the State is a
freedom-themed festival in Bozeman, MT organized by Roger Roots …", the exact place still to be found. No place
was read: the readers look for a venue's noun, a label or a line of its own.

In a feed of events, an item no reader gave a place whose text writes "in", a town of one to three capitalised words,
a comma and a US state's or a Canadian province's code (``_page_tail_places.REGION_CODES``), the code standing
alone (no letter after it), is placed in that town: "Bozeman, MT". Only the first such town is read, and only when
the text names no second, other one (a tour's "in Boise, ID and in Reno, NV" names no one place). Not: a code that is
no region's ("in Paris, TX" is read; "in Room, AB12" is not: a letter or digit after it), a town in lower case,
"in" inside a word ("within Bozeman, MT"), a feed that does not list events. Review60: nor a part of a building
before the code ("Meet in Lobby, NE entrance": a compass point after a room's word, ``ROOM_WORDS``).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

from sources.adapters._page_tail_places import REGION_CODES

# A part of a building before the code, not a town (review60: "Meet in Lobby, NE entrance": a compass point).
ROOM_WORDS = frozenset({"lobby", "foyer", "room", "gate", "entrance", "door", "wing", "suite", "floor", "level",
                        "atrium", "corner", "side", "section"})  # fmt: skip
MAX_TEXT = 4_000  # characters of an item's text looked at
# "in", the town (capitalised words), a comma, the two-letter code standing alone. Bounded words: linear.
IN_TOWN = re.compile(
    r"(?<![^\W\d_])in[ \t]+(?P<town>[A-Z][a-z'’.-]{1,20}(?:[ \t][A-Z][a-z'’.-]{1,20}){0,2}),[ \t]?(?P<code>[A-Z]{2})"
    r"(?![\w])"
)


def state_town(text: str | None) -> str | None:
    """ "Town, ST" for the one town with its region's code the text names after "in" (see the module), or None."""
    towns = {
        f"{found['town']}, {found['code']}"
        for found in IN_TOWN.finditer((text or "")[:MAX_TEXT])
        if found["code"] in REGION_CODES and found["town"].split()[-1].casefold() not in ROOM_WORDS
    }
    return towns.pop() if len(towns) == 1 else None
