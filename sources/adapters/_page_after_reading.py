"""What the generic page adapter does with a page's records once read, knowing the whole page (html.py). Pure.

* a club's calendar of sessions (_page_session_days);
* nameless dates named after the work the page introduces them with (_page_introduced_work);
* a team's side ("home", "away") read as a place, on a page naming both sides: no place (_page_opponent_column);
* a notice that a service is not available for now: no event (_page_unavailable_notice).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sources.adapters._page_introduced_work import introduced_work
from sources.adapters._page_opponent_column import both_sides, side_word
from sources.adapters._page_session_days import session_calendar
from sources.adapters._page_unavailable_notice import unavailable_notice
from sources.adapters.base import ParsedRecord, RawEvent

SIDE_EVIDENCE = "place {place!r} is the side the team plays on, not a place"


def after_reading(records: list[ParsedRecord], root: Any, zone: dt.tzinfo | None) -> None:
    """The page's records completed and sifted in place (see the module)."""
    session_calendar(records, root, zone)
    introduced_work(records, root)
    sides = both_sides([record.venue_name for record in records if isinstance(record, RawEvent)])
    for record in records:
        if sides and isinstance(record, RawEvent) and side_word(record.venue_name) and not record.address:
            record.evidence.append(SIDE_EVIDENCE.format(place=record.venue_name))
            record.venue_name = None
    records[:] = [
        record for record in records if not (isinstance(record, RawEvent) and unavailable_notice(record.title))
    ]
