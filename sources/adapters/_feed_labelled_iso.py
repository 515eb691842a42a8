"""An item's start and end written in ISO notation after their own labels, for the ``rss`` adapter. Pure.

A feed a script writes from a calendar's API often puts the event's times in the description as labelled lines:
"Venue: Blue Nile / Starts: 2026-06-20T20:30:00.000-04:00 / Ends: 2026-06-20T23:00:00.000-04:00 / Categories: …",
and the pubDate is when the listing was last edited. The ISO reader (``_feed_iso``) reads the first ISO date it meets,
and only after the prose reader: a description that goes on with other days in words ("Dates: Saturday, September
20, Saturday, October 18, …", a list of the series' past days) had those read instead (batch 60), and the "Ends:"
line was never the end.

``labelled_iso_when`` reads the ISO date or date-time right after a start's label ("Starts:", "Start:", "Start
date:", "Begins:") as the item's start, and the one right after an end's label ("Ends:", "End:", "End date:") as its
end when it is not before the start. A label's ISO date is the item's own word for its start: it outranks days the
prose names.

Not read: an ISO date after any other label ("Updated: 2026-05-01T10:00", "Deadline: 2026-10-01"), or one a label
does not stand right before ("Starts soon, see 2026-06-20"); an end alone (no start label) gives nothing; a label's
day that is no date ("Starts: 2026-13-45") gives nothing.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re
import zoneinfo

from sources.adapters._feed_when import TEXT_SCAN_LIMIT, When, make_when, read_moment

# A start's or an end's label, a colon, then an ISO date or date-time (the same shape ``_feed_iso`` reads). Every part
# is bounded and nothing is nested: linear on any text.
LABELLED_ISO = re.compile(
    r"\b(?P<label>starts?|start\s{1,3}date|begins?|ends?|end\s{1,3}date)\s{0,3}:\s{0,3}"
    r"(?P<iso>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?![\w:+-])",
    re.IGNORECASE,
)


def labelled_iso_when(texts: list[str | None], zone: zoneinfo.ZoneInfo | None) -> When | None:
    """The start (and end) the texts write in ISO notation after a start's (and an end's) label, else None."""
    for text in texts:
        start = end = None
        for match in LABELLED_ISO.finditer((text or "")[:TEXT_SCAN_LIMIT]):
            moment = read_moment(match["iso"], zone)
            if moment is None:
                continue
            if match["label"].lower().startswith(("start", "begin")):
                start = start or moment
            elif start is not None and end is None:
                end = moment
        if start is not None:
            if end is not None and type(end) is not type(start):
                end = None
            if end is not None and end < start:
                end = None
            return make_when(start, end, zone=zone, exclusive_end=False)
    return None
