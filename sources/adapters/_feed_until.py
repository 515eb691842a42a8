"""A series' last day written in an item's words, for the ``rss`` adapter's prose dates. Pure.

A calendar feed describes a recurring event as "The first Tuesday of the month (until 26 December 2017)" and then
"Next on Tuesday 3rd of January 2017": the day right after "until" is where the series stops, not when it next
happens. ``until_bound`` says whether a date found at a position of a text stands right after such a word; the prose
reader then tries every other date of the item first, and reads that day only when there is none ("On until
26 December" alone still dates the item as before).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

from sources.adapters._feed_stamps import said_before

LEAD = 20  # "(until ", "running till the "
UNTIL_BEFORE = re.compile(
    r"(?<![\w-])(?:until|till|untill|bis\s++(?:zum|einschließlich)|jusqu['’]au|tot\s++en\s++met)"
    r"(?:\s++the)?[\s:–—-]*+$",
    re.IGNORECASE,
)


def until_bound(text: str, start: int) -> bool:
    """Whether the date found at ``start`` of ``text`` is a series' last day: "until" stands right before it."""
    return said_before(UNTIL_BEFORE, text, start, LEAD)
