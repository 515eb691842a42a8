"""An event page's "Duration:" field: the end, as its start plus the length written. Pure.

A calendar program's view of one event gives its start ("Date: Wednesday, 30 September 2015", "Time: 03:00:00") and,
instead of an end, how long it lasts ("Duration: 1 hour 30 minutes"): the end is 04:30. Read only under a duration's
own label, in hours and minutes ("2 hours", "90 minutes", "1 hr 45 min"), ending the same day. Not: a course's
"Duration: 6 weeks" or a trip's "Duration: 1 day 1 hour" (days and weeks are a run's, not a sitting's), a length
that would pass midnight, a film's running time under another label.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sources.adapters._page_duration_words import LABEL  # a length's own name, then a colon
from sources.adapters._page_schedule import DURATION, MAX_DURATION


def duration_end(texts: Iterable[str], start: dt.time) -> dt.time | None:
    """The end ``start`` plus the first "Duration:" field among ``texts`` gives, on the same day; else None."""
    for text in texts:
        label = LABEL.match(text)
        if label is None:
            continue
        value = DURATION.match(text[label.end() :])
        if value is None:
            return None
        hours = int(value["h"] or value["hc"] or 0)
        minutes = int(value["m"] or value["mc"] or 0)
        length = dt.timedelta(hours=hours, minutes=minutes)
        if not dt.timedelta(0) < length <= MAX_DURATION:
            return None
        end = dt.datetime.combine(dt.date(2000, 1, 1), start) + length
        return end.time() if end.date() == dt.date(2000, 1, 1) else None
    return None
