"""Review of today's generic reading rules (helper review23): ordinary documents they must not misread.

Each test is a hard negative written in the shape of an ordinary document a rule misread, beside the case the rule
was written for, which still reads as it did.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import zoneinfo
from unittest import mock

from sources.adapters import _json_nested, _page_flat_runs
from sources.adapters._json_afternoon_clocks import afternoon_clocks
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events, read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
NOW = dt.datetime(2031, 3, 1, 12, 0, tzinfo=LONDON)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))
events = functools.partial(json_events, window=WINDOW, zone=LONDON)


# --- a day's afternoon on a 12-hour clock (_json_afternoon_clocks) --------------------------------------------------

DAY_MAPPING = {"title": "title", "start": {"path": ["date", "time"]}}


def workshop(title: str, time: str) -> dict:
    return {"title": title, "date": "2031-04-05", "time": time}


def test_a_mornings_workshops_listed_by_name_stay_in_the_morning() -> None:
    items = [workshop("Art club", "10:00"), workshop("Baking", "11:30"), workshop("Chess", "09:00")]
    assert afternoon_clocks(items, DAY_MAPPING) is items
    assert [event["start"][11:16] for event in events({"events": items})] == ["10:00", "11:30", "09:00"]


def test_an_afternoon_after_a_morning_on_a_12_hour_clock_is_still_read_in_the_afternoon() -> None:
    items = [workshop("Registration", "08:00"), workshop("Keynote", "09:00"), workshop("Lunch", "01:00"),
             workshop("Panel", "02:30")]  # fmt: skip
    assert [item["time"] for item in afternoon_clocks(items, DAY_MAPPING)] == ["08:00", "09:00", "13:00", "14:30"]


# --- epochs counting the wall clock as UTC (_json_wall_epochs) ------------------------------------------------------


def gig(day: int, clock_key: str) -> dict:
    epoch = calendar.timegm((2031, 6, day, 18, 0, 0))  # 18:00 UTC: 19:00 in London's summer
    return {"name": f"Gig {day}", "start": epoch, clock_key: "18:00"}


def test_epochs_beside_a_clock_said_to_be_utc_are_instants() -> None:
    found = events({"events": [gig(day, "start_time_utc") for day in (10, 11, 12)]})
    assert [event["start"] for event in found] == [f"2031-06-{day}T19:00:00+01:00" for day in (10, 11, 12)]


def test_epochs_beside_a_plain_written_clock_are_still_wall_clocks() -> None:
    found = events({"events": [gig(day, "formatted_start_time") for day in (10, 11, 12)]})
    assert [event["start"] for event in found] == [f"2031-06-{day}T18:00:00+01:00" for day in (10, 11, 12)]


# --- a station board's departures (_json_departures) ----------------------------------------------------------------


def walk(day: int, hill: str) -> dict:
    return {"destination": {"name": hill}, "date": f"2031-04-{day:02d}T09:15:00", "train": "09:15 from Waterloo",
            "route": "12 km loop"}  # fmt: skip


def test_walks_named_by_where_they_go_with_their_train_and_route_are_read() -> None:
    found = events({"walks": [walk(5, "Box Hill"), walk(12, "Leith Hill"), walk(19, "Devil's Dyke")]})
    assert [event["title"] for event in found] == ["Box Hill", "Leith Hill", "Devil's Dyke"]


def test_a_board_of_buses_by_headsign_with_their_platform_is_still_no_events() -> None:
    document = {"departures": [{"headsign": town, "time": f"2031-04-05T{hour}:10:00", "route": "X5", "platform": "B"}
                               for town, hour in (("Oxford", 10), ("Cambridge", 11))]}  # fmt: skip
    assert events(document) == []


# --- a bookmaker's link is no url (_json_owned) ---------------------------------------------------------------------


def concert(day: int, key: str, url: str) -> dict:
    return {"name": f"Concert {day}", "start": f"2031-05-{day:02d}T19:30:00", key: url}


def test_a_ticket_sellers_affiliate_link_is_the_events_url() -> None:
    found = events({"events": [concert(day, "affiliate_url", f"https://tickets.example/e/{day}") for day in (3, 4)]})
    assert [event["url"] for event in found] == ["https://tickets.example/e/3", "https://tickets.example/e/4"]


def test_a_bookmakers_affiliate_link_is_still_no_url() -> None:
    found = events(
        {"events": [concert(day, "link", f"https://affiliates.bet-at-home.example/{day}") for day in (3, 4)]}
    )
    assert [event["url"] for event in found] == [None, None]


# --- a deep title the same in every item (_json_tab_titles) ---------------------------------------------------------


def test_a_productions_deep_title_stays_every_performances_title() -> None:
    document = {"performances": [{"id": day, "name": name, "start": f"2031-05-{day:02d}T19:30:00",
                                  "production": {"details": {"title": "Hamlet"}}}
                                 for day, name in ((3, "Preview"), (4, "Opening night"), (5, "Matinee"))]}  # fmt: skip
    assert [event["title"] for event in events(document)] == ["Hamlet"] * 3


# --- a flat run of sibling meeting blocks (_page_flat_runs) ---------------------------------------------------------

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")
read_meetings = functools.partial(read_page, url="https://city.example/meetings", zone=LONDON, start=NOW)


def flat_meetings(count: int) -> str:
    rows = "".join(f'<div class="mtgdate">{MONTHS[index % 10]} {1 + index // 10}, 2031</div>'
                   '<div class="mtgtype">Regular Meeting of the Music Commission</div>'
                   f'<div class="doc"><a href="/agenda{index}.pdf">Agenda</a></div>' for index in range(count))  # fmt: skip
    return f"<html><head><title>Meetings</title></head><body><h1>Music Commission</h1><div>{rows}</div></body></html>"


def test_a_flat_run_of_meetings_looks_at_each_date_blocks_neighbours_only() -> None:
    calls = []
    for count in (6, 12):
        with mock.patch.object(_page_flat_runs, "_dated", wraps=_page_flat_runs._dated) as spy:
            found = read_meetings(flat_meetings(count))
        assert [event["title"] for event in found] == ["Regular Meeting of the Music Commission"] * count
        calls.append(spy.call_count)
    assert calls[1] <= 2 * calls[0] + 4  # linear in the dates (every sibling for every date block: 36, then 144)


# --- a production's labelled dates (_page_labelled_dates) -----------------------------------------------------------

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
read_tour = functools.partial(read_page, url="https://museum.example/tour", zone=BERLIN, start=NOW)


def tour_page(*lines: str) -> str:
    dates = "".join(f"<p>{line}</p>" for line in lines)
    return (f"<html><head><title>Public Tour - City Museum</title></head><body><h1>Public Tour</h1><h3>Dates</h3>"
            f"{dates}</body></html>")  # fmt: skip


def test_a_tours_languages_under_its_dates_are_no_places() -> None:
    page = tour_page("Sat 05.04.2031 14:00 English", "Sat 05.04.2031 15:00 German", "Sat 12.04.2031 14:00 English",
                     "Sat 12.04.2031 15:00 German")  # fmt: skip
    found = [(event["title"], event["venue_name"]) for event in read_tour(page)]
    assert found == [("Public Tour (English)", None), ("Public Tour (German)", None)] * 2


def test_a_tours_houses_under_its_dates_are_still_its_places() -> None:
    page = tour_page("05.04.2031 14:00 Schiffbau", "12.04.2031 14:00 Schiffbau", "19.04.2031 14:00 Pfauen",
                     "26.04.2031 14:00 Schiffbau")  # fmt: skip
    found = [(event["title"], event["venue_name"]) for event in read_tour(page)]
    assert found == [("Public Tour", "Schiffbau"), ("Public Tour", "Schiffbau"), ("Public Tour", "Pfauen"),
                     ("Public Tour", "Schiffbau")]  # fmt: skip


# --- an object keyed by day beside a few plain fields (_json_nested._day_aside) -------------------------------------


def test_an_object_of_many_plain_fields_is_looked_at_once_for_days_aside() -> None:
    document = {"labels": {f"label_{index}": f"Text {index}" for index in range(200)}}
    with mock.patch.object(_json_nested, "_day_aside", wraps=_json_nested._day_aside) as spy:
        assert list(_json_nested._keyed_objects(document)) == []
    assert spy.call_count <= 2  # once per object (the document, its labels), not once per key (201 before)


def test_a_flat_runs_linked_name_is_its_title_and_page_not_a_document() -> None:
    shows = (("March 3, 2031", "Jazz Night", "Blue Room"), ("March 10, 2031", "Folk Session", "Back Bar"))
    rows = "".join(f'<div class="date">{day}</div><div class="title"><a href="/e/{index}">{name}</a></div>'
                   f'<div class="venue">{room}</div>' for index, (day, name, room) in enumerate(shows))  # fmt: skip
    page = f"<html><head><title>What's on</title></head><body><h1>What's on</h1><div>{rows}</div></body></html>"
    found = [(event["title"], event["url"], event["links"]) for event in read_meetings(page)]
    assert found == [("Jazz Night", "https://city.example/e/0", []), ("Folk Session", "https://city.example/e/1", [])]
