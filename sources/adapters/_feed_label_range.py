"""The end a labelled time's range writes, for the ``rss`` adapter (issue #13, feeds80). Pure.

``_feed_time_label`` gives a day read from an item's words the one clock written after a time label ("Date:
2025-08-21 | Time: 12:00 PM - 1:00 PM"): the start. The range's second clock, the end, was left unread, and a
union's meetings (batch 80) had their starts and no ends.

Right after the labelled clock, a dash (or "to", "until", "bis") and a second clock is the end, on the same day:
with its own meridiem ("12:00 PM - 1:00 PM", "6:30 PM to 8:00 PM"), or with neither clock having one and both
writing their minutes ("16:00 - 18:00", "16:00–18:00 Uhr"). Not read: an end before or at the start ("10:00 PM -
2:00 AM" crosses midnight: the day's end cannot be told), a second clock with no minutes and no meridiem ("7:00 -
9"), a range of numbers that are no clocks ("Time: 2 - 3 hours"), a dash followed by words ("Time: 6 PM - doors at
5:30 PM").

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re

# What joins a range's two clocks: a dash or a word, with little space around it. Bounded: linear on any text.
JOIN = re.compile(r"[ \t]{0,3}(?:-|–|—|to|until|till|bis)[ \t]{0,3}", re.IGNORECASE)
# The end's clock: hour, minutes, maybe its meridiem; nothing of a clock after it.
END_CLOCK = re.compile(
    r"(?P<hour>2[0-3]|[01]?\d)(?::(?P<minute>[0-5]\d))?(?!\d)(?:\s?(?P<tail>[ap])\.?\s?m\b\.?)?", re.IGNORECASE
)


def labelled_range_end(text: str, after_start: int, start: dt.time, start_meridiem: bool) -> dt.time | None:
    """The end the clock range gives whose first clock ends at ``after_start`` in ``text`` and reads ``start``
    (``start_meridiem``: it wrote am or pm); None when no range follows, or it cannot be read (see the module)."""
    join = JOIN.match(text, after_start)
    if join is None:
        return None
    clock = END_CLOCK.match(text, join.end())
    if clock is None:
        return None
    hour, minute, tail = int(clock["hour"]), clock["minute"], (clock["tail"] or "").lower()
    if tail:
        if not 1 <= hour <= 12 or not start_meridiem:
            return None
        hour = hour % 12 + (12 if tail == "p" else 0)
    elif start_meridiem or minute is None:
        return None  # "7:00 - 9", "12:00 PM - 1:00": no end to be sure of
    end = dt.time(hour, int(minute or 0))
    return end if end > start else None
