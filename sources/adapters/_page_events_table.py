"""A table its markup names a list of events: its one row is a listing of one event. Pure.

A statistics site's events table ("<table class='b-statistics__table-events'>") has a row for each event: its name
linking the event's own page, its place and its date ("UFC Test Event | Las Vegas, NV | Jan 1, 2020"; held-out batch
77, a scraper's fixture cut down to one row). With no header row, one dated row alone reads as a lone date in a
layout table, and the table is left unread. When the table's own class or id has the word "events" as a part of
its name (split at "-", "_", spaces and camel case: "table-events", "events_list", "upcomingEvents"), a listing of
events is what it is: its one row counts as a listing of one (_page_tables._listed_one: the row's name links a page
and its date writes its year). Not this rule: the singular "event" ("event-details": one event's facts), a word
that only holds it ("preventsDefault", "eventsource"), a row whose name links no page or whose date writes no year.
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._page_lines import CAMEL_BREAK

EVENTS_PART = re.compile(r"(?:^|[\s_-])events(?:$|[\s_-])", re.IGNORECASE)


def events_table(table: Any) -> bool:
    """Whether the table's class or id names a list of events by the word "events" as a part of it."""
    marks = CAMEL_BREAK.sub(" ", f"{table.get('class') or ''} {table.get('id') or ''}")
    return EVENTS_PART.search(marks) is not None
