"""A schedule line's second sentence, after its date and time: a remark on the event, not part of its name (held-out
batch 114). Pure.

"Christmas morning service, Wednesday 25th December at 10am. Followed by a short Communion service at 10.45." names
the service before its date; the sentence after "10am." says what comes after it. Read as the row's rest it joined
the name ("Christmas morning service, Followed by a short Communion service") and gave its clock as a place ("at
10.45." read as "at <place>"). The sentence that starts after the row's own date or time and a full stop is left out
of the name; its place is kept only when it names one ("… at 7pm. At the Crown Inn."), never a clock.

Left to other readers: a second sentence with a date of its own ("Booking closes on 20 June.", "Second show
Sunday 29 June 2031.": _page_limit_sentences and left31 keep or cut those). Not a second sentence: a stop inside the
date ("Sat. 3 May", "14.03. Harmaa Lintu": a dotted date's own dot), a meridiem's dots ("8:30 a.m. Board of Trustees
Meeting": the name follows the clock), a lower-case word after the stop ("7 p.m. and 9 p.m.").

review56: the sentence after the date is the name when nothing names the row before its date ("Saturday 5th April
2031 at 7.30pm. Spring Concert", "Saturday 14 June 2031 at 7.30pm. Quiz night in aid of the church roof.":
``remark_span`` cuts nothing there, the line reader keeps it as it did), unless it opens as a remark does ("Followed
by …", "Doors open …", "Tickets …", "Refreshments …", "All welcome", "Please bring …": ``REMARK_LEAD``); a sentence
that is a place's name alone ("… at 7pm. Village Hall.": a place noun or an address, every word capitalised) is the
row's place as "At the Crown Inn." is.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_line_places import looks_like_place
from sources.adapters._page_place_nouns import PLACE_NOUN
from sources.adapters._page_schedule import ADDRESS
from sources.adapters._page_words import meaningful, split_place, trim_separators

# The stop that ends the row's date and time and the capital that opens the next sentence.
STOP_THEN_SENTENCE = re.compile(r"[ \t]{0,3}\.[ \t]{1,3}(?=[A-Z][a-z])")
NEXT_SENTENCE = re.compile(r"[ \t]{1,3}(?=[A-Z][a-z])")
ABBREVIATED = re.compile(r"[ap]\.[ \t]?m\.$", re.I)  # "a.m.", "p.m.": the stop is the meridiem's own
AT_LEAD = re.compile(r"^(?:at|in)[ \t]{1,3}(?:the[ \t]{1,3})?(?=[A-Z])", re.I)
# How a remark on the event opens, where a name would not: a row named by nothing else is still cut there (matched
# at the tail's start: no "^", which would anchor at the text's).
REMARK_LEAD = re.compile(
    r"[ \t.]{0,3}(?:followed|then|afterwards|doors|tickets?|booking|(?:light[ \t]{1,3})?refreshments"
    r"|all[ \t]{1,3}welcome|free[ \t]{1,3}(?:entry|admission|of[ \t]{1,3}charge)|entry|admission|please|bring)\b",
    re.IGNORECASE,
)
_ANY_DAY = dt.date(2000, 1, 1)  # whether a text holds a date, not which


def tail_span(text: str, after: int, *, clock: bool = False) -> tuple[int, int] | None:
    """The span of the sentences after ``after`` (the end of the row's date, or its time when ``clock``), when a
    full stop ends the row's own sentence right there and another sentence follows; None otherwise."""
    # the clock's span took the stop ("10am."); not a date's own dot ("14.03. Harmaa Lintu") nor "8:30 a.m. Board …"
    stopped = clock and after > 0 and text[after - 1] == "." and not ABBREVIATED.search(text, max(0, after - 6), after)
    stop = (NEXT_SENTENCE if stopped else STOP_THEN_SENTENCE).match(text, after)
    if stop is None or find_dates(text[after:], year_hint=2000, today=_ANY_DAY):
        return None  # a sentence with a date of its own is a limit's or a second show's (left31): its readers'
    return (after, len(text))


def remark_span(text: str, begin: int, after: int, *, clock: bool = False) -> tuple[int, int] | None:
    """``tail_span``, unless nothing names the row before its date (``begin``) and the sentence after it does not
    open as a remark (see the module: "Saturday 5th April 2031 at 7.30pm. Spring Concert" is named by its second
    sentence; "Monday 2 June 2031. Followed by tea." is still a remark)."""
    span = tail_span(text, after, clock=clock)
    if span is None or meaningful(text[:begin]) or REMARK_LEAD.match(text, span[0]):
        return span
    return None


def sentence_place(text: str, span: tuple[int, int]) -> str | None:
    """The place the tail sentence names ("At the Crown Inn."), if it names one; never a clock or a date."""
    tail = trim_separators(text[span[0] : span[1]])
    lead = AT_LEAD.match(tail)  # "At the Crown Inn.": the whole sentence is where
    place = tail[lead.end() :] if lead is not None else split_place(tail)[1]
    if lead is None and not place and _bare_place(tail.rstrip(" .")):
        place = tail  # "… at 7pm. Village Hall." (review56)
    place = place.rstrip(" .")
    if not meaningful(place) or find_clock(place) or not looks_like_place(place):  # split_place keeps no clock
        return None
    if find_dates(place, year_hint=2000, today=_ANY_DAY):
        return None
    return place


def _bare_place(sentence: str) -> bool:
    """Whether a whole sentence is a place's name: a place noun or an address, every word capitalised."""
    words = [word for word in re.findall(r"[^\W\d_][\w'’.]*", sentence) if word.lower() not in ("of", "the", "and")]
    if not words or len(words) > 6 or not all(word[0].isupper() for word in words):
        return False
    return bool(PLACE_NOUN.search(sentence) or ADDRESS.search(sentence))
