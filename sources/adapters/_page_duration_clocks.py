"""A running time is no clock: "Duration 2:30 h", "Laufzeit: 1:45", "Durée 1h30" say how long, not when (left37).

review38 kept an article footer's "Duration 2:30 h" from giving the concert's hour, but the row and single-page
readers still read such a line, alone under a date, as a start at 02:30 (``find_clock`` read the figure as a time
of day). A clock written right after a duration's word (in English, German, French, Spanish, Italian, Dutch; an
"approx."/"ca." between them allowed) and with no "am"/"pm" (nobody writes a length in the afternoon) is a length:
``find_clock`` passes over it to the next clock of the text, if any ("Duration 2:30 h · Beginn 19:30": 19:30).

Not: "Full length feature, 7:30pm" (a meridiem: a time), "Doors 19:00", a clock with no such word before it. A
"Duration:" field's length is read as the end by ``_page_duration_label``, as before. Pure.
"""

from __future__ import annotations

import re

from sources.adapters._page_duration_words import DURATION_LEAD  # the duration's word before the clock

MERIDIEM = re.compile(r"[ap]\.?\s?m\b", re.IGNORECASE)
LEAD_REACH = 40  # characters before a clock looked at: the longest lead ("Spieldauer: approximately ") fits
MAX_DURATIONS = 3  # running times passed over in one text before the reader gives up (a list of lengths)


def running_time(text: str, span: tuple[int, int]) -> bool:
    """Whether the clock at ``span`` in ``text`` is a length after a duration's word, not a time of day."""
    start, end = span
    return DURATION_LEAD.search(text, max(0, start - LEAD_REACH), start) is not None and not MERIDIEM.search(
        text, start, end
    )
