"""review54: adversarial probes of the rules batches 110/111, apis76, feeds71 and left39 brought in; each mend's test
fails on main 3face079 (docs/review54-probes.md has every probe and what it read before and after)."""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from events.pipeline.titles import clean_title
from tests.sources.helpers import json_reader, read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
START = dt.datetime(2031, 6, 1, 9)  # noqa: DTZ001 (read_page sets the zone)
read_uk = functools.partial(read_page, url="https://community.example/whats-on", zone=LONDON, start=START)
read_de = functools.partial(read_page, url="https://verein.example/termine", zone=BERLIN, start=START)
json_uk = json_reader(LONDON)


def page(body: str, heading: str = "What's On", lang: str = "en") -> str:
    return f"<html lang='{lang}'><head><title>{heading}</title></head><body><h1>{heading}</h1>{body}</body></html>"


def shown(events: list[dict]) -> list[tuple[str, str, str | None]]:
    return [(event["title"], event["start"][:10], event["venue_name"]) for event in events]


# 1. A day off beside one event: the event is the schedule's one row, not the page dated by the day off.


@pytest.mark.parametrize(
    ("body", "heading", "kept"),
    [
        (
            "<p>No classes on Monday 2 June 2031 (Bank holiday).</p><p>Saturday 7 June 2031 – Open Day</p>",
            "Timetable",
            ("Open Day", "2031-06-07"),
        ),
        (
            "<p>Friday 24 October 2031 – Half Term</p><p>Friday 31 October 2031 – Halloween Bash</p>",
            "Parties",
            ("Halloween Bash", "2031-10-31"),
        ),
    ],
)
def test_a_day_off_beside_one_event_leaves_that_event(body, heading, kept):
    assert [(event["title"], event["start"][:10]) for event in read_uk(page(body, heading))] == [kept]


def test_a_german_day_off_beside_one_event_leaves_that_event():
    body = "<p>Kein Training am Samstag, 12.07.2031 (Sommerfest)</p><p>Samstag, 19.07.2031 – Vereinsmeisterschaft</p>"
    assert [event["title"] for event in read_de(page(body, "Termine", "de"))] == ["Vereinsmeisterschaft"]


def test_days_off_alone_still_give_nothing_and_events_without_them_stay():
    days_off = "<p>No lessons on Monday 2 June 2031.</p><p><strong>HALF TERM</strong>: Monday 27 October – Friday 31 October 2031</p>"
    assert read_uk(page(days_off, "Term Dates")) == []
    events = "<p>Friday 14 March 2032 – Spring Break Party, 8pm</p><p>Saturday 15 March 2032 – Karaoke, 9pm</p>"
    assert [event["title"] for event in read_uk(page(events))] == ["Spring Break Party", "Karaoke"]


# 2. A naive clock that is its twin's wall clock in the record's zone is local.


def concerts(*rows: tuple[str, str, str]) -> dict:
    return {
        "events": [
            {"name": name, "start": start, "start_utc": utc, "timezone": "Europe/London", "venue": "Hall"}
            for name, start, utc in rows
        ]
    }


def test_local_clocks_beside_utc_twins_in_a_zone_with_summer_time_stay_local():
    events = json_uk(
        concerts(
            ("Winter concert", "2031-01-15T19:00:00", "2031-01-15T19:00:00Z"),
            ("Spring concert", "2031-03-15T19:00:00", "2031-03-15T19:00:00Z"),
            ("Summer concert", "2031-07-15T19:00:00", "2031-07-15T18:00:00Z"),
        )
    )
    assert [event["start"] for event in events] == [
        "2031-01-15T19:00:00+00:00",
        "2031-03-15T19:00:00+00:00",
        "2031-07-15T19:00:00+01:00",
    ]


# 3. Sittings are never read from a column that keeps the record's history.


def test_an_edit_log_beside_a_bare_date_gives_no_times():
    items = [
        {
            "title": "Expo",
            "start": "2031-07-12",
            "end": "2031-07-14",
            "edited": "2031-07-12T09:12:00 2031-07-12T09:40:00",
        },
        {
            "title": "Fair",
            "start": "2031-07-15",
            "end": "2031-07-15",
            "edited": "2031-07-15T08:00:00 2031-07-15T08:05:00",
        },
    ]
    assert [event["start"] for event in json_uk({"items": items})] == ["2031-07-12", "2031-07-15"]
    timetable = [
        {**item, "timetable": item.pop("edited").replace("T09:12", "T10:00").replace("T08:00", "T10:00")}
        for item in items
    ]
    assert [event["start"][11:16] for event in json_uk({"items": timetable})] == ["10:00", "10:00"]


# 4. A list under a key whose head noun is no place word is no room list.


@pytest.mark.parametrize(
    ("key", "values", "venues"),
    [
        ("locationTags", (["outdoor", "family"], ["indoor"]), [None, None]),
        ("roomTypes", (["Single", "Double"], ["Double"]), [None, None]),
        ("venues", (["Main Stage", "Tent B"], ["Main Stage"]), ["Main Stage, Tent B", "Main Stage"]),
    ],
)
def test_a_list_is_a_place_only_under_a_place_word_as_its_head(key, values, venues):
    items = [
        {"title": "Workshop", "start": "2031-07-12T10:00:00", key: values[0]},
        {"title": "Talk", "start": "2031-07-13T20:00:00", key: values[1]},
    ]
    assert [event["venue_name"] for event in json_uk({"events": items})] == venues


# 5. A title's "City, Region" is cut only when the region is in the record's country.


@pytest.mark.parametrize(
    ("title", "city", "country", "expected"),
    [
        ("Country Tour - Paris, TX", "Paris", "France", "Country Tour - Paris, TX"),
        ("Lecture Series - London, ON", "London", "GB", "Lecture Series - London, ON"),
        ("Spring Tour - Boston, MA", "Boston", "US", "Spring Tour"),
        ("Spring Tour - Toronto, ON", "Toronto", "CA", "Spring Tour"),
        ("Spring Tour - Paris, France", "Paris", "FR", "Spring Tour"),
        ("Spring Tour - Boston, MA", "Boston", None, "Spring Tour"),
    ],
)
def test_a_city_and_region_is_cut_only_in_the_records_country(title, city, country, expected):
    assert clean_title(title, city=city, country=country).title == expected


# 6. A comma's venue is the part's head noun.


def test_who_sings_or_what_is_on_after_a_comma_is_no_venue():
    body = (
        "<p>12 July 2031 – Christmas Concert, School Choir</p><p>19 July 2031 – Heritage Open Day, Church Tours</p>"
        "<p>26 July 2031 – Summer Concert, St Mary's Church</p>"
    )
    assert shown(read_uk(page(body, "Concerts"))) == [
        ("Christmas Concert, School Choir", "2031-07-12", None),
        ("Heritage Open Day, Church Tours", "2031-07-19", None),
        ("Summer Concert", "2031-07-26", "St Mary's Church"),
    ]


# 7. A biography's move with its year is no rescheduling; a notice's move is.


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The Owls live. Formed in Leeds, the band moved to Berlin in 2019.", "scheduled"),
        ("Jazz pianist Ana Ruiz. Ana moved to London in 2015 and has played everywhere.", "scheduled"),
        ("Please note: this concert has moved to the Main Hall.", "rescheduled"),
    ],
)
def test_a_move_with_its_year_is_a_biographys(text, status):
    events = read_uk(page(f"<p>Saturday 12 July 2031, 8pm</p><p>{text}</p>", "The Owls"))
    assert [event["status"] for event in events] == [status]


# 8. "ab", "vanaf", "dès" lead into a time only in lower case.


def test_a_capitalised_ab_before_a_time_is_the_titles_word():
    body = "<p>Monday 14 July 2031 Legs, Bums &amp; Ab 18:00</p><p>Tuesday 15 July 2031 Core Ab 18:00</p>"
    assert [event["title"] for event in read_uk(page(body, "Fitness timetable"))] == ["Legs, Bums & Ab", "Core Ab"]
    german = "<p>Samstag, 12.07.2031 Sommerfest ab 15 Uhr</p><p>Samstag, 19.07.2031 Grillabend ab 18 Uhr</p>"
    assert [event["title"] for event in read_de(page(german, "Termine", "de"))] == ["Sommerfest", "Grillabend"]


# 9. A card's "date · tag" is no place; "date · Place" is.


def cards(*rows: tuple[str, str]) -> str:
    return page(
        "".join(
            f"<div class='card'><h3>{t}</h3><p>{d}</p><a href='/e/{i}'>More</a></div>" for i, (t, d) in enumerate(rows)
        ),
        "Events",
    )


@pytest.mark.parametrize("tag", ["Live Music", "Family Friendly", "Booking Essential", "Jazz Series"])
def test_a_tag_after_a_cards_date_is_no_place(tag):
    events = read_uk(cards(("Art Fair", f"12 July 2031 · {tag}"), ("Craft Fair", "19 July 2031 · Town Hall")))
    assert [event["venue_name"] for event in events] == [None, "Town Hall"]


# 10. A sentence under a single page's date is no place.


@pytest.mark.parametrize(
    ("under", "place"),
    [
        ("Library closed all day", None),
        ("Raising funds for the School Library", None),
        ("St Mary's Church Hall", "St Mary's Church Hall"),
    ],
)
def test_only_a_name_under_a_single_pages_date_is_its_place(under, place):
    body = (
        f"<div class='event'><p>Saturday 12 July 2031 · 2pm – 5pm<br>{under}</p>"
        "<p>Games, cake and a tombola for all the family.</p></div>"
    )
    assert [event["venue_name"] for event in read_uk(page(body, "Summer Fete"))] == [place]


# 11. A change log's first heading naming a venue, or timed lines, is a listing.


@pytest.mark.parametrize("heading", ["Changelog Bar &amp; Kitchen", "Release Notes"])
def test_a_change_logs_heading_over_timed_lines_is_a_listing(heading):
    body = "<p>Saturday 12 July 2031, 8pm – The Owls</p><p>Saturday 19 July 2031, 8pm – Blue Notes</p>"
    assert [event["title"] for event in read_uk(page(body, heading))] == ["The Owls", "Blue Notes"]
    log = "<ol><li><time datetime='2031-07-12'>12.07.2031</time> Link fixed</li><li><time datetime='2031-07-19'>19.07.2031</time> New gallery</li></ol>"
    assert read_uk(page(log, "Changelog")) == []


# 12. A log's "event": "page_view" at each visitor's city is no event at a place.


def test_a_log_of_named_actions_at_cities_gives_no_events():
    log = {
        "events": [
            {"event": "page_view", "city": "Berlin", "date": "2031-07-12T10:00:00Z"},
            {"event": "click", "city": "Paris", "date": "2031-07-12T10:01:00Z"},
            {"event": "page_view", "city": "Rome", "date": "2031-07-12T10:02:00Z"},
        ]
    }
    assert json_uk(log) == []
    tour = {
        "events": [
            {"city": "Ottawa", "date": "2031-11-05T18:00:00-05:00"},
            {"city": "Toronto", "date": "2031-11-06T18:00:00-05:00"},
        ]
    }
    assert [event["city"] for event in json_uk(tour)] == ["Ottawa", "Toronto"]
