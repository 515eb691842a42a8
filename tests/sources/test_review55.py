"""review55: adversarial probes of the rules pages112, pages113 and apis77 brought in; each mend's test fails on main
8ec003fd (docs/review55-probes.md has every probe and what it read before and after)."""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._page_fact_runs import fact_run_place
from sources.adapters._page_held_places import held_place
from sources.adapters._page_meet_names import meet_named
from sources.adapters._page_prose_titles import prose_title
from sources.adapters._page_row_places import under_date_place
from tests.sources.helpers import json_reader, read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
START = dt.datetime(2031, 1, 10, 9)  # noqa: DTZ001 (read_page sets the zone)
read_uk = functools.partial(read_page, url="https://club.example/events", zone=LONDON, start=START)
read_us = functools.partial(read_page, url="https://library.example/calendar", zone=CHICAGO, start=START)
json_ny = json_reader(zoneinfo.ZoneInfo("America/New_York"))


def page(body: str, heading: str = "Events") -> str:
    return f"<html lang='en'><head><title>{heading}</title></head><body><h1>{heading}</h1>{body}</body></html>"


def shown(events: list[dict]) -> list[tuple[str, str, str | None]]:
    return [(str(event["start"])[:16], event["title"], event.get("venue_name")) for event in events]


# 1. "held at"/"held in" after a thing kept, or before an abstract state, is no place (_page_held_places).


def calendar(sentence: str) -> str:
    return page(
        f"<h2>Upcoming</h2><h3>May 2, 7:00pm - Book Club</h3><p>Monthly discussion. {sentence}</p>"
        "<h3>May 10, 10:00am - Story Time</h3><p>For ages 3-5.</p>",
        "Calendar",
    )


@pytest.mark.parametrize(
    "sentence", ["Tickets will be held at Will Call.", "Your details are held in Confidence.", "Held in Trust."]
)
def test_a_thing_kept_or_a_state_held_in_is_no_place(sentence):
    assert [event.get("venue_name") for event in read_us(calendar(sentence))] == [None, None]
    assert held_place(sentence) is None


def test_an_event_held_in_a_room_keeps_its_place():
    assert [event.get("venue_name") for event in read_us(calendar("Held in the Board Room."))] == ["Board Room", None]
    assert held_place("Books Club meetings will be held at Riverside Park.") == "Riverside Park"


# 2. A fact run's place label before a remark or an online room names no place (_page_fact_runs).


@pytest.mark.parametrize(
    "line",
    [
        "Doors: 1pm, Location: see website, Tickets: £5",
        "Doors: 1pm, Location: online, Tickets: £5",
        "Beginn: 13 Uhr, Ort: wird noch bekannt gegeben. Eintritt: frei.",
    ],
)
def test_a_fact_runs_remark_or_online_room_is_no_place(line):
    assert fact_run_place(line) is None


def test_a_fact_runs_named_place_stays():
    assert fact_run_place("Start: 10 Uhr, Treffpunkt: am Rathaus. Dauer: 2 Stunden") == "am Rathaus"
    card = "<article class='news-card'><h3>Summer Fair</h3><p>Saturday 14 June 2031. Doors: 1pm, Location: {}</p></article>"
    assert [event.get("venue_name") for event in read_uk(page(card.format("online, Tickets: £5"), "News"))] == [None]
    assert [event.get("venue_name") for event in read_uk(page(card.format("Old Mill Hall, Tickets: £5"), "News"))] == [
        "Old Mill Hall"
    ]


# 3. An italic after a bold date that is a quotation, a status or a clock is no name (_page_date_led_lines).


def readings(*rows: str) -> str:
    return page("".join(f"<p>{row}</p>" for row in rows), "Author Readings")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("<i>“The best talk all year,” said one member.</i> All About Trees", "<i>Sold out</i> Focus on Wellness"),
        ("<i>Cancelled</i> All About Trees", "<i>new!</i> Focus on Wellness"),
        ("<i>7pm</i> All About Trees", "<i>Postponed</i> Focus on Wellness"),
    ],
)
def test_an_italic_that_is_no_name_leaves_the_line_its_title(first, second):
    events = read_us(readings(f"<b>March 8, 2031:</b> {first}", f"<b>April 13, 2031:</b> {second}"))
    assert all(event["title"].endswith(("All About Trees", "Focus on Wellness")) for event in events), events
    named = read_us(
        readings("<b>March 8, 2031:</b> <i>All About Trees</i> Joel E.", "<b>April 13, 2031:</b> <i>Focus</i> A.")
    )
    assert [event["title"] for event in named] == ["All About Trees", "Focus"]


def test_two_following_listed_days_are_one_event_not_a_run_and_its_last_day():
    events = read_us(
        readings("<b>Nov 14 &amp; Nov 15, 2031:</b> <i>Craft Fair</i>", "<b>Dec 6, 2031:</b> <i>Carols</i>")
    )
    assert [(event["start"][:10], str(event.get("end") or "")[:10], event["title"]) for event in events] == [
        ("2031-11-14", "2031-11-15", "Craft Fair"),
        ("2031-12-06", "", "Carols"),
    ]


# 4. A <nav> pager a script drives is navigation (_page_linkless_navs).


@pytest.mark.parametrize(
    "nav",
    [
        "<span class='prev' onclick='go(-1)'>‹ 1 March 2031</span> <span class='next' onclick='go(1)'>1 May 2031 ›</span>",
        "<span role='button'>1 March 2031</span> <span role='button'>1 May 2031</span>",
        "<span class='pager-prev'>1 March 2031</span> <span class='pager-next'>1 May 2031</span>",
    ],
)
def test_a_scripted_pager_nav_stays_navigation(nav):
    assert read_uk(page(f"<nav>{nav}</nav><p>Nothing on this month.</p>", "April 2031")) == []


def test_a_linkless_nav_of_entries_is_still_a_listing():
    items = "".join(
        f"<div class='event-item'><span>{day} April 2031</span><p>{name}</p><p>10:00 - 12:00</p></div>"
        for day, name in (("06", "AGM"), ("30", "Plant Swap"))
    )
    assert [event["title"] for event in read_uk(page(f"<nav aria-label='Dates 2031'>{items}</nav>"))] == [
        "AGM",
        "Plant Swap",
    ]


# 5. Numbers after a counted thing's word are no two days (_page_joined_days via _page_slashed_days.MEASURE_WORD).


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Under 9 and 10 May 2031 tournament", "2031-05-10"),
        ("Chapter 1 and 2 May 2031 reading", "2031-05-02"),
        ("Groups 4 + 5 May 2031 trip", "2031-05-05"),
        ("Platform 2 and 3 June 2031 closures", "2031-06-03"),
    ],
)
def test_numbers_after_a_counted_things_word_are_no_run(line, day):
    events = read_uk(page(f"<p>{line}</p><p>Saturday 12 July 2031 – Open Day</p>", "News"))
    assert (events[0]["start"][:10], events[0].get("end")) == (day, None)


def test_two_days_joined_before_a_month_are_still_a_run():
    events = read_uk(page("<p>Regatta 29th and 30th March 2031</p><p>Saturday 12 July 2031 – Open Day</p>", "News"))
    assert (events[0]["start"][:10], events[0]["end"][:10], events[0]["title"]) == (
        "2031-03-29",
        "2031-03-30",
        "Regatta",
    )


# 6. An occasion before a region that is also a name is no town (_page_row_places).


def season(line: str) -> str:
    return page(
        f"<h3>Opening Gala</h3><p>Sunday, October 26, 2031, 3:30pm<br>{line}</p>"
        "<h3>Carol Concert</h3><p>Sunday, December 14, 2031, 3:30pm<br>St. Joseph's Parish, 174 Wilbrod Street</p>",
        "Season",
    )


@pytest.mark.parametrize("line", ["Opening Night, Victoria", "Requiem, Georgia", "Gala Concert, Virginia"])
def test_an_occasion_and_a_region_named_performer_is_no_place(line):
    assert under_date_place(line) is False
    assert read_us(season(line))[0].get("venue_name") is None


def test_a_town_and_its_region_under_a_date_stay_a_place():
    assert [under_date_place(line) for line in ("Pembroke, Ontario", "Ballarat, Victoria", "Washington, DC")] == [
        True,
        True,
        True,
    ]


# 7. A lower-case name that opens with a brand is no prose (_page_prose_titles).


@pytest.mark.parametrize(
    "title",
    [
        "iPhone photography for beginners and improvers at the library.",
    ],
)
def test_a_lower_case_name_is_no_prose(title):
    assert prose_title(title) is False
    events = read_us(page(f"<p>Saturday 12 July 2031 – {title}</p><p>Saturday 19 July 2031 – Karaoke</p>", "Gigs"))
    assert events[0]["title"] == title


def test_prose_after_a_date_is_still_no_title():
    assert prose_title("the Capital Chamber Choir presented its Christmas programme, Un instant mystique.") is True


# 8. "Meet the Artist", "Meet & Greet": one event's name, not the page's meeting time (_page_meet_names).


@pytest.mark.parametrize("sentence", ["Meet the Artist at 7pm in the gallery.", "Meet & Greet from 6 pm."])
def test_a_named_meet_gives_its_time_to_no_other_event(sentence):
    assert meet_named(sentence) is True
    body = (
        "<h3>Saturday 6 December 2031</h3><p>Holiday Display opens.</p>"
        f"<h3>Saturday 10 January 2032</h3><p>{sentence}</p>"
    )
    assert [len(event["start"]) for event in read_us(page(body, "Club Events"))] == [10, 10]


@pytest.mark.parametrize(
    "sentence", ["Members Meet at 7 pm in the clubhouse.", "Members Meet the First Monday at 7 pm.", "We meet at 7pm."]
)
def test_a_body_that_meets_still_states_the_time(sentence):
    assert meet_named(sentence) is False


# 9. A place icon named "off" marks no place (_page_place_icons).


def test_a_pin_off_icon_marks_no_place():
    card = "<div class='card'><h3>{}</h3><p>{} March 2031, 7pm</p><div><span data-icon='{}'></span> {}</div></div>"
    body = card.format("Quiz", 12, "mdi:pin-off", "Unpinned") + card.format(
        "Ceilidh", 19, "mdi:map-marker-off", "Hidden"
    )
    assert [event.get("venue_name") for event in read_uk(page(body))] == [None, None]
    body = card.format("Quiz", 12, "mdi:map-marker", "Old Mill Hall") + card.format("Ceilidh", 19, "mdi:pin", "Barn")
    assert [event.get("venue_name") for event in read_uk(page(body))] == ["Old Mill Hall", "Barn"]


# 10. Codes under a "home…" key that names no side of a game name no match (_json_sides).


@pytest.mark.parametrize(("home", "away"), [("homeOffice", "awayOffice"), ("homeAirport", "awayAirport")])
def test_codes_under_home_keys_of_no_side_name_no_game(home, away):
    rows = [{"date": f"2031-05-0{day}T15:00:00Z", home: {"code": "NYC"}, away: {"code": "SFO"}} for day in range(1, 4)]
    assert json_ny({"rows": rows}) == []


def test_team_codes_under_side_keys_still_name_the_game():
    rows = [
        {"kickoff": f"2031-05-0{day}T15:00:00Z", "home": {"code": "ARS"}, "away": {"code": "CHE"}}
        for day in range(1, 4)
    ]
    assert [event["title"] for event in json_ny({"fixtures": rows})] == ["ARS vs CHE"] * 3
