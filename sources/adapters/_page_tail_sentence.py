"""A schedule line's second sentence, after its date and time: a remark on the event, not part of its name (held-out
batch 114). Pure.

"Christmas morning service, Wednesday 25th December at 10am. Followed by a short Communion service at 10.45." names
the service before its date; the sentence after "10am." says what comes after it. Read as the row's rest it joined
the name ("Christmas morning service, Followed by a short Communion service") and gave its clock as a place ("at
10.45." read as "at <place>"). The sentence that starts after the row's own date or time and a full stop is left out
of the name; its place is kept only when it names one ("… at 7pm. At the Crown Inn."), never a clock.

Left to other readers: a second sentence with a date of its own ("Booking closes on 20 June.", "Second show
Sunday 29 June 2031.": _page_limit_sentences and left31 keep or cut those). Not a second sentence: a stop inside the
date ("Sat. 3 May"), a lower-case word after the stop ("7 p.m. and 9 p.m."). An abbreviation's stop ("10 a.m. Doors
open at 9.30.") is the clock's own, and the sentence after it is still a remark.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_line_places import looks_like_place
from sources.adapters._page_words import meaningful, split_place, trim_separators

# The stop that ends the row's date and time and the capital that opens the next sentence.
STOP_THEN_SENTENCE = re.compile(r"[ \t]{0,3}\.[ \t]{1,3}(?=[A-Z][a-z])")
NEXT_SENTENCE = re.compile(r"[ \t]{1,3}(?=[A-Z][a-z])")
AT_LEAD = re.compile(r"^(?:at|in)[ \t]{1,3}(?:the[ \t]{1,3})?(?=[A-Z])", re.I)
_ANY_DAY = dt.date(2000, 1, 1)  # whether a text holds a date, not which


def tail_span(text: str, after: int) -> tuple[int, int] | None:
    """The span of the sentences after ``after`` (the end of the row's date or time), when a full stop ends the
    row's own sentence right there and another sentence follows; None otherwise."""
    stopped = after > 0 and text[after - 1] == "."  # the clock's span took the stop ("10am.", "10 a.m.")
    stop = (NEXT_SENTENCE if stopped else STOP_THEN_SENTENCE).match(text, after)
    if stop is None or find_dates(text[after:], year_hint=2000, today=_ANY_DAY):
        return None  # a sentence with a date of its own is a limit's or a second show's (left31): its readers'
    return (after, len(text))


def tail_place(text: str, span: tuple[int, int]) -> str | None:
    """The place the tail sentence names ("At the Crown Inn."), if it names one; never a clock or a date."""
    tail = trim_separators(text[span[0] : span[1]])
    lead = AT_LEAD.match(tail)  # "At the Crown Inn.": the whole sentence is where
    place = tail[lead.end() :] if lead is not None else split_place(tail)[1]
    place = place.rstrip(" .")
    if not meaningful(place) or find_clock(place) or not looks_like_place(place):  # split_place keeps no clock
        return None
    if find_dates(place, year_hint=2000, today=_ANY_DAY):
        return None
    return place
