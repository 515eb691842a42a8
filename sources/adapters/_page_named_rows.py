"""A list item that names its event and place before its date, longer than a schedule line (held-out batch 114).
Pure.

A line is a schedule's row when its date comes early or the line is short: a date deep in prose is not a row. A
churches' list writes one service with its place before the date: "Joint Christmas morning service at Fareham
Methodist Church (King's Road, PO16 0NU), Wednesday 25th December at 10.30am" (118 characters, the date at 85). It
is still a row: a list item whose words before the date are one clause ending in a comma (a name, "at" a place, an
address in brackets; no sentence's stop), with little after the date (its time). Not a row: prose in a list item
("We met on Sunday. The choir sang … on 25th December"), a date after a word other than a comma ("… until 25th
December"), a long tail after the date, a line longer than MAX_ROW.
"""

from __future__ import annotations

import re

from sources.adapters._page_dates import DateHit
from sources.adapters._page_lines import Line

MAX_ROW = 200
MAX_LEAD_WORDS = 20
MAX_AFTER = 40  # "at 10.30am", "from 7 – 9pm (doors 6.30pm)"
# A sentence's stop inside the lead: after a word of three small letters or more ("today. The"), or "!" / "?".
SENTENCE_STOP = re.compile(r"[a-z]{3}\.\s|[!?]\s")


def named_row(line: Line, hits: list[DateHit]) -> bool:
    """Whether a long list item is one event's row: a one-clause name (and place) before its date, set off by a
    comma, and only a time or so after it."""
    if line.kind != "item" or not hits or len(line.text) > MAX_ROW:
        return False
    lead, after = line.text[: hits[0].start].rstrip(), line.text[hits[0].end :]
    if not lead.endswith(",") or SENTENCE_STOP.search(lead) or len(lead.split()) > MAX_LEAD_WORDS:
        return False
    return len(after.strip()) <= MAX_AFTER
