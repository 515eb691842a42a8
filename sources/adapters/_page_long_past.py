"""A page's one event read from a sentence far from its heading, on a day long over before the fetch (helper
pages87). Pure.

A club's history page ("Am 31.8.1990 fand in dem Wohnzimmer der Eheleute Olschewski die Gründungsversammlung
statt") has no date line under its heading; the first line starting with a date, forty lines below, is a sentence
of its story, and the page was read as one event on that day, 29 years before the fetch. Now the page's one event
is refused when its date comes from such a line (a sentence longer than a date line, not labelled "When:", not close
to the heading) and its day was
over more than six weeks before the fetch (``_feed_when.RECENT_PAST``, as ``_feed_past_prose`` does for a post's
text): a page's past told in its prose, not an event to come.

Not: a date labelled "When:"/"Datum:" or close under the heading (an archived event's own page is read as before,
whatever its day), a short date line far below it ("1/23/2019 6:00 PM" of an archived meeting's page), a day just past (within six weeks: a recap, for the quality gate to see), a day to come.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sources.adapters._feed_when import RECENT_PAST

LONG_PAST_NOTE = "the page's only date is in its prose, far from its heading, and over long before the fetch"


PROSE_CHARS = 110  # a line longer than a date line's (``_page_schedule.SHORT_LINE``): a sentence of running text


def long_past_prose(found: tuple[Any, Any, bool], heading: int, today: dt.date, close_lines: int) -> bool:
    """Whether a page's one event, its date ``found`` (line, date hit, labelled) below the heading at line index
    ``heading`` (-1: none), is its past told in prose: a long unlabelled line more than ``close_lines`` below the
    heading (or on a page with none), its day over long before the fetch."""
    line, hit, labelled = found
    close = labelled or (heading >= 0 and line.index - heading <= close_lines)
    return not close and len(line.text) > PROSE_CHARS and hit.date < today - RECENT_PAST
