"""review38: left34's, feeds64's and apis69's rules, and batch 99's Ukrainian, tried both ways; the misfires fixed.

- A meeting about a downtime ("to discuss the planned outage") made its page a maintenance notice, refused whole;
  a downtime's own line ("Our booking system will be unavailable on 13 June 2031 due to a system upgrade.") was an
  event beside the page's talk (``_page_notice_dates``: ``SUBJECT_LEAD``, ``downtime_line``).
- "Skatabend – Freitag, 20. Juni 2031, 19 Uhr, Gemeindehaus" kept the date's separators ("Skatabend –,,
  Gemeindehaus") when its name is one word (``_page_mid_dates``).
- Ukrainian labels ("Місце:", "Дата", "Час") were no labels; "п’ятниця" (a typographic apostrophe) no weekday.
- A JSON answer's events section in German or French ("Veranstaltungen", "Événements à venir") was not read; a
  section titled "Events" offering a venue for hire gave an event named "Events" (``_json_page_bodies``).
- A meal plan's "Day 2" with two "sides" was titled "Fries vs Salad"; German "Spieltag 1" with two "mannschaften"
  was not titled by them (``_json_listed_sides``).
- A bare ``<where>TBA</where>`` was the place (``_feed_bare_where``); a score's or a running time's figure after a
  restated day ("Ergebnis 16.11. 3:12", "16.11. – 3:30 h Laufzeit") was a midnight pubDate's clock
  (``_feed_day_clock``).
Dates are 2031.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import Any

import lxml.etree
import pytest

from sources.adapters._feed_bare_where import bare_where
from sources.adapters._feed_day_clock import day_at_clock
from sources.adapters._feed_when import make_when
from sources.adapters._page_dates import find_dates
from sources.adapters._page_notice_dates import downtime_line
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events, one_event, read_page
from tests.sources.test_left32 import _wp

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
START = dt.datetime(2031, 1, 2, 12, tzinfo=BERLIN)
read = functools.partial(read_page, url="https://hall.example/whats-on/", zone=BERLIN, start=START)
read_json = functools.partial(json_events, window=FetchWindow(START, START + dt.timedelta(days=365)), zone=BERLIN)


def _single(title: str, *lines: str) -> str:
    return f"<html><body><main><h1>{title}</h1>" + "".join(f"<p>{line}</p>" for line in lines) + "</main></body></html>"


def _list(title: str, *rows: str) -> str:
    return (
        f"<html><body><main><h1>{title}</h1><ul>"
        + "".join(f"<li>{row}</li>" for row in rows)
        + "</ul></main></body></html>"
    )


# --- a downtime ------------------------------------------------------------------------------------------------------


def test_a_meeting_about_a_downtime_is_read() -> None:
    page = _single(
        "Public meeting",
        "Join us on Thursday 12 June 2031 at 7pm in the Village Hall to discuss the planned outage; the network will be"
        " down on 20 June 2031 for planned maintenance.",
    )
    event = one_event(read(page))
    assert (event["title"], event["start"][:16]) == ("Public meeting", "2031-06-12T19:00")


def test_a_downtimes_own_line_is_no_event_beside_a_talk() -> None:
    page = _single(
        "Cyber security talk",
        "Saturday 14 June 2031, 10:00, Library Hall: a talk on keeping your systems safe.",
        "Our booking system will be unavailable on 13 June 2031 due to a system upgrade.",
    )
    assert [event["start"][:10] for event in read(page)] == ["2031-06-14"]


@pytest.mark.parametrize(
    ("line", "downtime"),
    [
        ("Our booking system will be unavailable on 13 June 2031 due to a system upgrade.", True),
        ("Wegen Wartungsarbeiten ist das Portal am 14. Juni 2031 nicht erreichbar.", True),
        ("Repair Café: Saturday 14 June 2031, 10:00 — our website will be down for planned maintenance", False),
        ("Talk on 12 June 2031 to discuss the planned outage; the site will be down later.", False),
        ("Bike maintenance workshop on 14 June 2031", False),
    ],
)
def test_a_downtimes_line(line: str, downtime: bool) -> None:
    assert downtime_line(line) is downtime


# --- a name, a date, a clock and a tail -----------------------------------------------------------------------------


def test_a_one_word_names_line_keeps_no_separators() -> None:
    events = read(
        _list(
            "Termine",
            "Skatabend – Freitag, 20. Juni 2031, 19 Uhr, Gemeindehaus",
            "Loto – Samstag, 28. Juni 2031, 20 Uhr, Pfarrsaal",
        )
    )
    assert [event["title"] for event in events] == ["Skatabend – Gemeindehaus", "Loto – Pfarrsaal"]


def test_no_full_titles_line_is_titled_without_separators_and_gives_no_place() -> None:
    # left34 left "Quiz – Friday 20 June 2031, 7pm, Village Hall" as the line reader had it: "Quiz –,, Village Hall"
    events = read(
        _list(
            "What's on",
            "Quiz – Friday 20 June 2031, 7pm, Village Hall",
            "Loto – Saturday 28 June 2031, 8pm, Church Hall",
        )
    )
    assert [(event["title"], event["venue_name"]) for event in events] == [
        ("Quiz – Village Hall", None),
        ("Loto – Church Hall", None),
    ]


def test_a_full_titles_line_still_gives_its_place() -> None:
    events = read(
        _list(
            "What's on",
            "Book club – Tuesday 17 June 2031, 7pm, Room 2, Central Library",
            "Knit and natter – Thursday 19 June 2031, 2pm, Community Centre",
        )
    )
    assert [(event["title"], event["venue_name"]) for event in events] == [
        ("Book club", "Room 2, Central Library"),
        ("Knit and natter", "Community Centre"),
    ]


# --- Ukrainian ------------------------------------------------------------------------------------------------------


def test_ukrainian_labels_and_a_typographic_apostrophe() -> None:
    page = (
        "<html><body><main><h1>Вечір поезії</h1><p>П’ятниця, 12 грудня 2031</p><dl><dt>Час</dt><dd>18:00</dd>"
        "<dt>Місце</dt><dd>Бібліотека ім. Франка</dd></dl></main></body></html>"
    )
    event = one_event(read(page))
    assert (event["start"][:16], event["venue_name"]) == ("2031-12-12T18:00", "Бібліотека ім. Франка")
    hit = find_dates("п’ятниця, 12 грудня 2031", year_hint=2031, today=dt.date(2031, 1, 2))[0]
    assert hit.start == 0  # the weekday read with its date


# --- JSON pages and sections titled as events ------------------------------------------------------------------------

HALL = "<p>Friday 20 June 2031, 7pm — Quiz night</p><p>Saturday 28 June 2031, 10am — Summer fete</p>"


def _home(*sections: dict[str, Any]) -> dict[str, Any]:
    return {**_wp(2, "Home", "home", "<p>Welcome to the hall.</p>"), "sections": list(sections)}


@pytest.mark.parametrize("heading", ["Veranstaltungen", "Événements à venir", "Kommende Termine", "Eventos"])
def test_an_events_section_in_another_language_is_read(heading: str) -> None:
    events = read_json([_home({"heading": heading, "html": HALL})])
    assert [event["title"] for event in events] == ["Quiz night", "Summer fete"]


def test_hard_negative_a_venue_hire_offer_is_no_event() -> None:
    offer = "<p>Host your event with us! Weddings, parties and conferences from £500. Enquire for dates from 1 June 2031.</p>"
    assert read_json([_home({"heading": "Events", "html": offer})]) == []


def test_hard_negative_an_agenda_page_is_not_an_events_page() -> None:
    agenda = "<p>Item 1: Minutes of the meeting of 3 June 2031</p><p>Item 2: Budget for 1 July 2031</p>"
    assert read_json([_home({"heading": "Agenda", "html": agenda})]) == []


# --- two listed sides -------------------------------------------------------------------------------------------------


def _days(key: str, title: str, sides_key: str, sides: tuple[str, str], **outer: str) -> dict[str, Any]:
    items = [
        {"title" if not outer else outer["title_key"]: f"{title} {day}", "date": f"2031-06-{10 + day}T15:00:00",
         sides_key: [{"name": sides[0]}, {"name": sides[1]}]}
        for day in range(1, 4)
    ]  # fmt: skip
    return {key: items}


def test_hard_negative_a_meals_two_sides_are_no_game() -> None:
    events = read_json(_days("meals", "Day", "sides", ("Fries", "Salad")))
    assert [event["title"] for event in events] == ["Day 1", "Day 2", "Day 3"]


def test_german_teams_title_a_matchday() -> None:
    events = read_json(_days("spiele", "Spieltag", "mannschaften", ("Trier", "Mainz"), title_key="titel"))
    assert {event["title"] for event in events} == {"Trier vs Mainz"}


def test_english_teams_still_title_a_week() -> None:
    events = read_json(_days("matches", "Week", "teams", ("Rovers", "United")))
    assert {event["title"] for event in events} == {"Rovers vs United"}


# --- feeds ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("xml", "place"),
    [
        ("<item><where>Room 4</where></item>", "Room 4"),
        ("<item><where>TBA</where></item>", None),
        ("<item><where>To be confirmed</where></item>", None),
        ("<item><where>Sold out</where></item>", None),
    ],
)
def test_a_bare_where(xml: str, place: str | None) -> None:
    assert bare_where(lxml.etree.fromstring(xml)) == place


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("Sonntag, 16.11. | 20:00", (20, 0)),
        ("Samstag, 16.11. I 20.00 h", (20, 0)),
        ("Ergebnis 16.11. 3:12 nach Verlängerung", None),
        ("16.11. – 3:30 h Laufzeit", None),
        ("Endstand 16.11. 2:10", None),
    ],
)
def test_a_midnight_days_clock_is_no_score_nor_running_time(text: str, clock: tuple[int, int] | None) -> None:
    when = day_at_clock(make_when(dt.date(2031, 11, 16), None, zone=BERLIN, exclusive_end=False), [text], BERLIN)
    start = when.start
    assert ((start.hour, start.minute) if isinstance(start, dt.datetime) else None) == clock
