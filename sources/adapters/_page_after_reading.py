"""What the generic page adapter does with a page's records once read, knowing the whole page (html.py). Pure.

* a club's calendar of sessions (_page_session_days);
* nameless dates named after the work the page introduces them with (_page_introduced_work);
* a team's side ("home", "away") read as a place, on a page naming both sides: no place (_page_opponent_column);
* a notice that a service is not available for now: no event (_page_unavailable_notice);
* a year's chronicle: its report of the year, no events (_page_chronicle);
* a website's change log: its changes' dates, no events (_page_change_log);
* a walk titled by its heading and its leader's name: by the heading (_page_leaders_column);
* dates under "When and Where We Meet": the meeting of the body that meets (_page_body_meets);
* an obituary dated by its death ("died Sunday 30th July"): no event (_page_death_dates);
* a show titled by its list's heading ("Upcoming Shows"): its venue's name (_page_show_tables);
* a show open on two runs of days ("6–8 & 14–15 March 2026"): an event over each (_page_two_runs);
* a year-less day told under a past year's heading ("<h2>1994</h2>" over "On June 26th …"): history
  (_page_year_headed_lines).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sources.adapters._page_body_meets import body_titles
from sources.adapters._page_change_log import without_change_log
from sources.adapters._page_chronicle import without_chronicle
from sources.adapters._page_death_dates import without_deaths
from sources.adapters._page_introduced_work import introduced_work
from sources.adapters._page_leaders_column import people_titles
from sources.adapters._page_opponent_column import both_sides, side_word
from sources.adapters._page_session_days import session_calendar
from sources.adapters._page_show_tables import acts_column, venue_title
from sources.adapters._page_two_runs import page_runs
from sources.adapters._page_unavailable_notice import unavailable_notice
from sources.adapters._page_year_headed_lines import without_past_year_lines
from sources.adapters.base import ParsedRecord, RawEvent

SIDE_EVIDENCE = "place {place!r} is the side the team plays on, not a place"
VENUE_TITLE = "{title!r} only says the rows are shows: titled by the venue {venue!r}"


def after_reading(records: list[ParsedRecord], root: Any, zone: dt.tzinfo | None) -> None:
    """The page's records completed and sifted in place (see the module)."""
    session_calendar(records, root, zone)
    introduced_work(records, root)
    body_titles(records)  # "When and Where We Meet": the body its statement says meets (_page_body_meets)
    people_titles(records, root)  # "TUESDAY WALKS - Ann Batty" under "Leaders": the heading (_page_leaders_column)
    acts = acts_column([record.title for record in records if isinstance(record, RawEvent)])
    sides = both_sides([record.venue_name for record in records if isinstance(record, RawEvent)])
    for record in records:
        if sides and isinstance(record, RawEvent) and side_word(record.venue_name) and not record.address:
            record.evidence.append(SIDE_EVIDENCE.format(place=record.venue_name))
            record.venue_name = None
        # "Upcoming Shows - w/ Crazy Eyes" at the Blue Moon: titled "the Blue Moon" (_page_show_tables)
        venue = venue_title(record.title, record.venue_name, acts=acts) if isinstance(record, RawEvent) else None
        if venue is not None and isinstance(record, RawEvent):
            record.evidence.append(VENUE_TITLE.format(title=record.title, venue=venue))
            record.title = venue
    page_runs(records, " ".join(root.itertext()) if root is not None else "")  # two runs of days (_page_two_runs)
    records[:] = [
        record
        for record in without_past_year_lines(
            without_deaths(without_chronicle(without_change_log(records, root), root)), root
        )  # change log, chronicle, obituary, a past year's history
        if not (isinstance(record, RawEvent) and unavailable_notice(record.title))
    ]
