"""A writing mark right before a card's date: when a post was written, not an event (helper pages59). Pure.

A hiker's trail journal lists its posts as cards, each a link over "✍️ Apr 19, 2026 · Mile 265" and the post's
title: the writing hand before the date says the day is when the entry was written. Such cards were read as
day-long events titled "Mile 265". Now a card whose first date follows a writing mark (writing hand, pencil, pen,
memo: ✍ ✏ ✒ 🖊 🖋 📝), with nothing but spaces between, is a post and gives no event.

Not: a mark elsewhere on the card ("📝 Sign-up closes" under the event's date), another sign before the date
("🎵 12 May", "📅 12 May": a calendar's mark says when the event is).
"""

from __future__ import annotations

import re

from sources.adapters._page_cards import _EPOCH
from sources.adapters._page_dates import find_dates

WRITING_MARK = re.compile("[\u270d\u270f\u2712\U0001f4dd\U0001f58a\U0001f58b]\ufe0f?[ \t\u00a0]*$")
LOOK_BACK = 8  # characters before the date: the mark and its spaces


def post_stamped(text: str) -> bool:
    """Whether the first date in a card's text follows a writing mark (see the module)."""
    hits = find_dates(text, year_hint=_EPOCH.year, today=_EPOCH)
    if not hits:
        return False
    before = text[max(0, hits[0].start - LOOK_BACK) : hits[0].start]
    return WRITING_MARK.search(before) is not None
