"""JSON and feed misreadings earlier sessions noted and left (helper leftdata), each on a document of our own:

- a feed's UTC mark on a clock its items' words state as local ("...T20:00:00Z" beside "Beginn 20:00 Uhr");
- a real midnight in a feed that writes its days as midnight ("Midnight screening" at 00:00 as start and end);
- a feed's place that names only an online room ("Online / Zoom link to follow") is no venue: the event is online;
- an all-day-only JSON calendar with nested "start": {"date"} / "end": {"date"}, mostly one-day items written
  iCalendar's way (the end the day after) and a few longer ones;
- lists of labels and papers ("genres", "tags", "documents") a session's container holds are the session's too.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from typing import Any

from sources.adapters import _online_place
from sources.adapters._feed_stated_clock import CLOCK, END_BEFORE, MIDNIGHT_WORD, says_midnight_start, stated_clocks
from sources.adapters.base import FetchWindow, RawEvent
from sources.adapters.json_api import JsonApiAdapter
from tests.hostile import superlinear_shape
from tests.sources.helpers import EvFeed, make_adapter

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
WINDOW = FetchWindow(start=dt.datetime(2031, 1, 1, tzinfo=dt.UTC), end=dt.datetime(2032, 1, 1, tzinfo=dt.UTC))
SITE = EvFeed("https://kulturhaus.example.de/", "Kulturhaus", WINDOW, BERLIN)
feed, item, parse, local = SITE.feed, SITE.item, SITE.parse, SITE.local


# --- a UTC mark on a local clock --------------------------------------------------------------------------------


def test_a_utc_mark_on_the_clock_the_description_states_is_read_as_local_time() -> None:
    read = parse(
        feed(
            item("Jazzabend", "2031-06-14T20:00:00Z", "2031-06-14T23:00:00Z", "Beginn 20:00 Uhr, Ende 23:00 Uhr"),
            item("Lesung", "2031-06-20T19:30:00Z", None, "Einlass ab 19:00, Lesung um 19:30."),
        )
    )
    assert [(r.title, local(r)) for r in read] == [
        ("Jazzabend", dt.datetime(2031, 6, 14, 20, 0, tzinfo=BERLIN)),
        ("Lesung", dt.datetime(2031, 6, 20, 19, 30, tzinfo=BERLIN)),
    ]
    assert read[0].end == dt.datetime(2031, 6, 14, 23, 0, tzinfo=BERLIN)


def test_a_utc_instant_whose_local_clock_the_words_state_stays_an_instant() -> None:
    read = parse(
        feed(
            item("Jazzabend", "2031-06-14T18:00:00Z", None, "Beginn 20:00 Uhr"),  # 18:00Z is 20:00 in Berlin
            item("Orgelkonzert", "2031-06-15T17:00:00Z", None, "Ein Abend mit Bach."),  # no clock in the words
            item("Vortrag", "2031-06-16T18:00:00Z", None, "Von 18:00 bis 20:00"),  # both clocks named: no sign
        )
    )
    assert [local(r) for r in read] == [
        dt.datetime(2031, 6, 14, 20, 0, tzinfo=BERLIN),
        dt.datetime(2031, 6, 15, 19, 0, tzinfo=BERLIN),
        dt.datetime(2031, 6, 16, 20, 0, tzinfo=BERLIN),
    ]


def test_a_utc_mark_in_a_feed_read_in_utc_says_nothing() -> None:
    read = parse(feed(item("Talk", "2031-06-14T20:00:00Z", None, "Starts 20:00")), zone=zoneinfo.ZoneInfo("UTC"))
    assert read[0].start == dt.datetime(2031, 6, 14, 20, 0, tzinfo=dt.UTC)


def test_stated_clocks_need_a_colon_a_meridiem_or_the_word_for_oclock() -> None:
    assert stated_clocks(["20:00 Uhr", "8:30 pm", "9 a.m.", "21 Uhr", "19.30 Uhr", "18h30"]) == {
        (20, 0),
        (20, 30),
        (9, 0),
        (21, 0),
        (19, 30),
        (18, 30),
    }
    assert stated_clocks(["Room 20, 14.06.2031, tickets 12.50, 3 acts, 2031-06-14"]) == set()


# --- a real midnight -------------------------------------------------------------------------------------------


def test_an_item_that_says_it_starts_at_midnight_keeps_its_midnight() -> None:
    read = parse(
        feed(
            item("Sommerfest", "2031-06-14T00:00:00+02:00", "2031-06-14T00:00:00+02:00", "Den ganzen Tag im Hof."),
            item(
                "Midnight screening: Nosferatu",
                "2031-06-15T00:00:00+02:00",
                "2031-06-15T00:00:00+02:00",
                "Our cult classic, at midnight.",
            ),
        )
    )
    assert [(r.title, local(r), r.all_day) for r in read] == [
        ("Sommerfest", dt.date(2031, 6, 14), True),
        ("Midnight screening: Nosferatu", dt.datetime(2031, 6, 15, 0, 0, tzinfo=BERLIN), False),
    ]


def test_midnight_as_an_end_or_a_template_clock_keeps_the_day() -> None:
    read = parse(
        feed(
            item("Hoffest", "2031-06-14T00:00:00+02:00", "2031-06-14T00:00:00+02:00", "Musik bis Mitternacht"),
            item("Flohmarkt", "2031-06-15T00:00:00+02:00", "2031-06-15T00:00:00+02:00", "Datum: 15.06.2031 00:00"),
            item("Late shopping", "2031-06-16T00:00:00+02:00", "2031-06-16T00:00:00+02:00", "Open until midnight"),
        )
    )
    assert [(local(r), r.all_day) for r in read] == [
        (dt.date(2031, 6, 14), True),
        (dt.date(2031, 6, 15), True),
        (dt.date(2031, 6, 16), True),
    ]


def test_says_midnight_start_reads_the_word_not_its_end() -> None:
    assert says_midnight_start(["Mass at midnight"])
    assert says_midnight_start(["Ab Mitternacht: Tanz"])
    assert not says_midnight_start(["open till 12 midnight"])
    assert not says_midnight_start(["9pm - midnight"])


# --- a place that is only an online room -----------------------------------------------------------------------


def test_a_place_that_names_only_an_online_room_is_an_online_event_with_no_venue() -> None:
    read = parse(
        feed(
            item("Webinar A", "2031-06-14T18:00:00+02:00", location="Online / Zoom link to follow"),
            item("Webinar B", "2031-06-15T18:00:00+02:00", location="Online&lt;br&gt;Zoom link to follow"),
            item("Webinar C", "2031-06-16T18:00:00+02:00", location="Via Zoom (link sent after registration)"),
            item("Webinar D", "2031-06-17T18:00:00+02:00", location="Virtual"),
        )
    )
    assert [(r.venue_name, r.address, r.online) for r in read] == [(None, None, True)] * 4


def test_a_place_named_with_an_online_word_is_still_a_place() -> None:
    read = parse(
        feed(
            item("Quiz", "2031-06-14T18:00:00+02:00", location="Online Cafe, 12 Hauptstrasse, Berlin"),
            item("Concert", "2031-06-15T18:00:00+02:00", location="Zoom Arena, Berlin"),
            item("Hybrid talk", "2031-06-16T18:00:00+02:00", location="Rathaus, Marktplatz 1 / Online"),
        )
    )
    assert [(r.venue_name, r.online) for r in read] == [
        ("Online Cafe", False),
        ("Zoom Arena", False),
        ("Rathaus", False),
    ]


# --- JSON: nested all-day ends of several lengths --------------------------------------------------------------


def events(document: Any) -> list[RawEvent]:
    adapter = make_adapter(JsonApiAdapter, {}, window=WINDOW, default_timezone=BERLIN, base_url=None)
    return [record for record in adapter.parse(json.dumps(document).encode()) if isinstance(record, RawEvent)]


def all_day(title: str, start: str, end: str) -> dict[str, Any]:
    return {"summary": title, "start": {"date": start}, "end": {"date": end}}


def test_mostly_one_day_nested_all_day_ends_are_the_day_after_the_last() -> None:
    # (leftdata2: only in items shaped as iCalendar's events, here Google Calendar's "kind"; without that sign a
    # list of weekend festivals writes its last days the same way: tests/sources/test_left_data2.py)
    read = events(
        {
            "items": [
                {**all_day(title, start, end), "kind": "calendar#event"}
                for title, start, end in (
                    ("Holiday A", "2031-05-01", "2031-05-02"),
                    ("Holiday B", "2031-05-08", "2031-05-09"),
                    ("Book fair", "2031-05-15", "2031-05-18"),
                    ("Holiday C", "2031-06-01", "2031-06-02"),
                )
            ]
        }
    )
    assert [(r.title, r.start, r.end) for r in read] == [
        ("Holiday A", dt.date(2031, 5, 1), None),
        ("Holiday B", dt.date(2031, 5, 8), None),
        ("Book fair", dt.date(2031, 5, 15), dt.date(2031, 5, 17)),
        ("Holiday C", dt.date(2031, 6, 1), None),
    ]


def test_nested_all_day_ends_of_several_days_each_or_on_the_start_day_are_last_days() -> None:
    festivals = events(
        {
            "items": [
                all_day("Weekend fest", "2031-05-03", "2031-05-04"),
                all_day("Folk fest", "2031-05-09", "2031-05-11"),
                all_day("Film fest", "2031-05-15", "2031-05-19"),
                all_day("Jazz fest", "2031-06-06", "2031-06-08"),
            ]
        }
    )
    assert [r.end for r in festivals] == [
        dt.date(2031, 5, 4),
        dt.date(2031, 5, 11),
        dt.date(2031, 5, 19),
        dt.date(2031, 6, 8),
    ]
    inclusive = events(
        {
            "items": [
                all_day("Market", "2031-05-01", "2031-05-01"),
                all_day("Holiday", "2031-05-08", "2031-05-09"),
                all_day("Fair", "2031-05-15", "2031-05-16"),
            ]
        }
    )
    assert [r.end for r in inclusive] == [None, dt.date(2031, 5, 9), dt.date(2031, 5, 16)]


# --- JSON: a container's labels and papers ---------------------------------------------------------------------


def programme(extra: dict[str, Any]) -> dict[str, Any]:
    return {
        "shows": [
            {
                "title": title,
                "venue": {"name": "Stadthalle"},
                **{key: value(n) for key, value in extra.items()},
                "performances": [{"id": 10 * n + k, "start": f"2031-05-{10 + n + k:02d}T19:30:00"} for k in range(2)],
            }
            for n, title in enumerate(("Carmen", "Giselle", "Hamlet"))
        ]
    }


def test_a_containers_genres_tags_and_documents_are_its_sessions() -> None:
    read = events(
        programme(
            {
                "genres": lambda n: [{"id": n, "name": ("Opera", "Ballet", "Drama")[n]}],
                "tags": lambda n: [{"name": "premiere"}],
                "documents": lambda n: [{"title": "Programme notes", "url": f"https://stadthalle.example/p{n}.pdf"}],
            }
        )
    )
    assert len(read) == 6
    assert [(r.title, r.source_category, r.tags) for r in read[::2]] == [
        ("Carmen", "Opera", ["premiere"]),
        ("Giselle", "Ballet", ["premiere"]),
        ("Hamlet", "Drama", ["premiere"]),
    ]
    assert read[1].links == [{"label": "Programme notes", "url": "https://stadthalle.example/p0.pdf"}]


def test_a_containers_other_lists_of_objects_stay_its_own() -> None:
    read = events(
        programme(
            {
                "prices": lambda n: [{"name": "Adult", "amount": 30}, {"name": "Child", "amount": 10}],
                "cast": lambda n: [{"name": "A. Singer", "role": "lead"}],
                # a "tags" list of deep objects is no list of labels
                "tags": lambda n: [{"name": "x", "children": [{"name": "y"}]}],
            }
        )
    )
    assert len(read) == 6
    assert all(not r.tags and r.source_category is None and r.price_min is None for r in read)


def test_the_new_patterns_stay_linear() -> None:
    for pattern in (CLOCK, MIDNIGHT_WORD, END_BEFORE, _online_place._URL, _online_place._TAG, _online_place._WORD):
        assert superlinear_shape(pattern) is None


def test_a_json_place_that_names_only_an_online_room_is_an_online_event() -> None:
    places = ["Online / Zoom link to follow", "Virtual", "Online Cafe", "Town Hall / Online"]
    read = events(
        {"events": [{"title": f"Talk {n}", "start": f"2031-05-{10 + n:02d}T19:30:00", "location": place}
                    for n, place in enumerate(places)]}
    )  # fmt: skip
    assert [(r.venue_name, r.online) for r in read] == [
        (None, True),
        (None, True),
        ("Online Cafe", False),
        ("Town Hall / Online", False),
    ]


def test_a_meeting_address_in_an_online_place_is_kept_as_the_events_link() -> None:
    places = ["Virtual Meeting - https://us06web.zoom.us/j/89147917603", "Council Chambers, 200 E Santa Clara St"]
    read = events(
        {"events": [{"title": f"Commission {n}", "start": f"2031-05-{10 + n:02d}T19:30:00", "location": place}
                    for n, place in enumerate(places)]}
    )  # fmt: skip
    assert [(r.venue_name, r.online, r.links) for r in read] == [
        (None, True, [{"label": "Online meeting", "url": "https://us06web.zoom.us/j/89147917603"}]),
        ("Council Chambers, 200 E Santa Clara St", False, []),
    ]
