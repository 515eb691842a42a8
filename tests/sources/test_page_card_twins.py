"""A card printed twice (its caption and a detail panel inside the same card) is one event."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sources.adapters.base import RawEvent
from tests.sources.helpers import page_events

ZONE = ZoneInfo("America/New_York")


def card(title: str, when: str, detail: str = "") -> str:
    return (
        f'<article class="event"><div class="event-text"><h3>{title}</h3><p><span class="date">{when}</span> A short summary.'
        f"</p></div>{detail}</article>"
    )


def panel(title: str, when: str) -> str:
    return (
        f'<div class="event-detail"><h4>{title}<span class="sr"> Details</span></h4><p><span class="date">{when}</span></p>'
        '<p>Town Hall, 12 Oak Street, Springfield</p><p><a href="/events/more/1">Read more</a></p></div>'
    )


def read(body: str) -> list[RawEvent]:
    page = f"<h2>Upcoming events</h2><div class='list'>{body}</div>"
    return page_events(page, zone=ZONE, start=dt.datetime(2027, 1, 2, tzinfo=ZONE), base="https://example.org/events/")


def test_caption_and_detail_panel_of_one_card_are_one_event() -> None:
    body = "".join(
        card(t, w, panel(t, w))
        for t, w in [
            ("Board of Trustees Meeting", "March 8, 2027, 8:30 a.m."),
            ("Planning Committee", "March 9, 2027, 9:15 a.m."),
            ("Garden Workshop", "March 12, 2027, 10 a.m."),
        ]
    )
    events = read(body)
    assert [e.title for e in events] == ["Board of Trustees Meeting", "Planning Committee", "Garden Workshop"]
    assert events[0].start == dt.datetime(2027, 3, 8, 8, 30, tzinfo=ZONE)
    assert events[0].url == "https://example.org/events/more/1"
    assert events[0].venue_name == "Town Hall, 12 Oak Street, Springfield"


def test_two_events_of_one_day_in_two_cards_stay_two() -> None:
    body = card("Board Meeting", "March 8, 2027, 8:30 a.m.") + card("Budget Hearing", "March 8, 2027, 8:30 a.m.")
    body += card("Garden Workshop", "March 12, 2027, 10 a.m.")
    assert len(read(body)) == 3


def test_two_sessions_of_one_card_at_different_times_stay_two() -> None:
    twice = card("Board Meeting", "March 8, 2027, 8:30 a.m.", panel("Board Meeting", "March 8, 2027, 6:00 p.m."))
    events = read(twice + card("Garden Workshop", "March 12, 2027, 10 a.m.") + card("Zoo Day", "March 14, 2027"))
    assert sorted(e.start.isoformat()[11:16] for e in events if e.title.startswith("Board")) == ["08:30", "18:00"]


def test_early_and_late_show_of_one_title_in_one_card_stay_two() -> None:
    show = (
        '<article class="event"><div class="event-text"><h3>Jazz Night</h3><p>March 10, 2027, 7:00 p.m.</p></div>'
        '<div class="event-text"><h3>Jazz Night</h3><p>March 10, 2027, 9:30 p.m.</p></div></article>'
    )
    events = read(show + card("Garden Workshop", "March 12, 2027, 10 a.m.") + card("Zoo Day", "March 14, 2027"))
    assert sorted(e.start.isoformat()[11:16] for e in events if e.title == "Jazz Night") == ["19:00", "21:30"]


def split_card(title: str, when: str) -> str:
    """The caption's heading sits beside its dated summary, not in it (the dated block has no heading)."""
    return (
        f'<article class="event"><div class="event-text"><div class="event-head"><h3>{title}</h3></div>'
        f'<div class="event-caption"><div class="event-summary"><span class="date">{when}</span> The monthly meeting'
        f" will be held on {when}.</div></div></div>{panel(title, when)}</article>"
    )


def test_caption_whose_heading_sits_beside_its_date_is_one_event_with_its_detail() -> None:
    body = split_card("Board of Trustees Meeting", "March 8, 2027, 8:30 a.m.")
    body += split_card("Planning Committee", "March 9, 2027, 9:15 a.m.")
    events = read(body + split_card("Garden Workshop", "March 12, 2027, 10 a.m."))
    assert [e.title for e in events] == ["Board of Trustees Meeting", "Planning Committee", "Garden Workshop"]
    assert events[1].venue_name == "Town Hall, 12 Oak Street, Springfield"
