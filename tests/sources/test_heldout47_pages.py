"""The forty-seventh held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout47.json: measured
once at 138e00f), each rule on a small document of our own:

1. a booking box's words under a performance's date ("Buy", "Select your seats", "Sold out!") name nothing: the
   row is the page's show, its button the performance's page (_page_booking_words, _page_nav_links); a heading
   that only asks to pick a date ("Choose a date and time") names nothing either (html.schedule_name).
2. a performance titled by the site's name beside performances titled by the page's own is the page's show
   (_page_site_titles).
3. "Sep 18 ~ Sep 27" is a run of days (the wave dash joins them, _page_card_dates), and a year-less run that is on
   now is this year's, not next year's (_page_ongoing_runs, _page_ranges).
4. "04-May-26" is a date (an ASP.NET calendar's two-digit year), and "Ends: 05-May-26 15:00" under "Starts:
   04-May-26 09:00" is the event's end on the next day (_page_dates, _page_single).
5. a month grid's day number is named by the lines of its cell under it, not by the line above it (the month
   link "Jun", the previous cell's event) (_page_cell_names, _page_booking_words.month_link).
6. a card's place classed "location" with its "venue" beside it is the hall in the place (_page_card_fields).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters import _page_booking_words
from sources.adapters._page_dates import find_dates
from sources.adapters._page_ongoing_runs import ongoing_run
from sources.adapters._page_ranges import joined_ranges
from tests.hostile import superlinear_shape
from tests.sources.helpers import local_minute, read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
JUNE = dt.datetime(2027, 6, 1)  # noqa: DTZ001 - a wall-clock time read_page places in the zone
read_london = functools.partial(
    read_page, url="https://cinema.example.org/film/harbour-lights", zone=LONDON, start=JUNE
)


def shown(events: list[dict], zone: zoneinfo.ZoneInfo = LONDON) -> list[tuple[str, str | None]]:
    """(start as the page shows it, title) of each event, in order of start."""
    return sorted(
        (
            event["start"]
            if len(event["start"]) == len("2027-06-01")
            else local_minute(dt.datetime.fromisoformat(event["start"]), zone) or "",
            event["title"],
        )
        for event in events
    )


# 1. A booking box's words.

BOOKING_ROWS = """<html><head><title>Harbour Lights | Example Cinema</title></head><body><main>
<h1>Harbour Lights (35mm)</h1><div class="results">
<div class="row"><div class="when"><span>Friday 16 July 2027 18:30</span></div>
<div class="act"><a href="book.asp?perf=11">Buy</a></div></div>
<div class="row"><div class="when"><span>Saturday 17 July 2027 20:45</span></div>
<div class="act"><span>Sold out!</span></div></div>
<div class="row"><div class="when"><span>Sunday 18 July 2027 14:00</span></div>
<div class="act"><a href="book.asp?perf=12">Select your seats</a></div></div>
</div></main></body></html>"""


def test_a_booking_button_under_a_date_is_no_name_but_the_performances_page():
    events = read_london(BOOKING_ROWS)
    assert shown(events) == [
        ("2027-07-16 18:30", "Harbour Lights (35mm)"),
        ("2027-07-17 20:45", "Harbour Lights (35mm)"),
        ("2027-07-18 14:00", "Harbour Lights (35mm)"),
    ]
    first = min(events, key=lambda event: event["start"])
    assert first["url"] == "https://cinema.example.org/film/book.asp?perf=11"


PICK_A_DATE = """<html><head><title>Harbour Lights | Example Cinema</title></head><body><main><article>
<h1>Harbour Lights</h1><p>A restored print of the 1952 classic.</p>
<div class="performances"><h2>Choose a date and time</h2><ul>
<li><span>Fri 16 Jul 2027, 19:30</span> <a href="/seats?performance=1">Buy tickets</a></li>
<li><span>Sat 17 Jul 2027, 14:00</span> <a href="/seats?performance=2">Select your seats</a></li>
</ul></div></article></main></body></html>"""


def test_a_heading_that_asks_to_pick_a_date_is_no_name():
    assert shown(read_london(PICK_A_DATE)) == [
        ("2027-07-16 19:30", "Harbour Lights"),
        ("2027-07-17 14:00", "Harbour Lights"),
    ]


@pytest.mark.parametrize(
    "text",
    ["Buy", "Sold out!", "SOLD OUT", "Select your seats", "Few tickets left", "Join the waitlist", "Ausverkauft"],
)
def test_booking_words(text):
    assert _page_booking_words.booking_word(text)


@pytest.mark.parametrize(
    "text", ["Sold Out Tour 2027", "Book Club", "Buy Now Pay Later Comedy Night", "Soldier On", "Waiting for Godot"]
)
def test_names_that_hold_a_booking_word_stay_names(text):
    assert not _page_booking_words.booking_word(text)


def test_a_named_row_keeps_its_name_beside_a_buy_button():
    page = """<html><body><h1>What's on</h1><div class="list">
<div class="row"><div><span>Friday 16 July 2027 18:30</span></div><div><a href="/e/quartet">The Quartet</a></div>
<div><a href="/buy/1">Buy</a></div></div>
<div class="row"><div><span>Saturday 17 July 2027 20:45</span></div><div><a href="/e/trio">Late Trio</a></div>
<div><a href="/buy/2">Buy</a></div></div></div></body></html>"""
    assert shown(read_london(page)) == [("2027-07-16 18:30", "The Quartet"), ("2027-07-17 20:45", "Late Trio")]


@pytest.mark.parametrize("text", ["Choose a date and time", "Select a performance", "Dates & times", "Showtimes"])
def test_booking_prompts(text):
    assert _page_booking_words.booking_prompt(text)


@pytest.mark.parametrize("text", ["Jazz Quartet", "Date Night Comedy", "Times Square Walk", "Choose Love"])
def test_headings_that_are_names_are_no_booking_prompts(text):
    assert not _page_booking_words.booking_prompt(text)


# 2. The site's name on one performance.

SITE_NAMED = """<html><head><title>Buy tickets for Harbour Lights | Example Cinema</title></head><body><main>
<h1>Harbour Lights</h1><div class="results">
<div class="row"><div class="when"><span>Friday 16 July 2027 00:01</span></div><div class="where">Example Cinema</div>
<div class="act"><span>Sold out!</span></div></div>
<div class="row"><div class="when"><span>Friday 16 July 2027 16:15</span></div>
<div class="act"><a href="default.asp?article=harbour">Harbour Lights</a></div></div>
<div class="row"><div class="when"><span>Friday 16 July 2027 20:15</span></div>
<div class="act"><a href="default.asp?article=harbour">Harbour Lights</a></div></div>
</div></main></body></html>"""


def test_a_performance_titled_by_the_sites_name_is_the_pages_show():
    assert [title for _, title in shown(read_london(SITE_NAMED))] == ["Harbour Lights"] * 3


def test_the_sites_name_stays_when_no_event_carries_the_pages_name():
    page = """<html><head><title>Programme | Riverside Fest</title></head><body><h1>Programme</h1><ul>
<li><a href="/e/opening">Riverside Fest</a><br>Friday 16 July 2027 18:00</li>
<li><a href="/e/choir">Harbour Choir</a><br>Saturday 17 July 2027 15:00</li></ul></body></html>"""
    assert [title for _, title in shown(read_london(page))] == ["Riverside Fest", "Harbour Choir"]


# 3. A wave dash between two days; a run that is on now.

RUNS = """<html><body><ul>
<li><article class="card"><div class="box"><div class="date">Sep 13</div><div class="tilde">~</div>
<div class="date">Sep 27</div></div><h3 class="card__title"><a href="/events/sumo/">Autumn Sumo Tournament</a></h3>
<p>The year's fifth tournament.</p></article></li>
<li><article class="card"><div class="box"><div class="date">Oct 2</div><div class="tilde">~</div>
<div class="date">Oct 4</div></div><h3 class="card__title"><a href="/events/fair/">Autumn Craft Fair</a></h3>
<p>Crafts.</p><div class="attr"><span>10:00am &ndash; 5:00pm</span></div></article></li>
<li><article class="card"><div class="box"><div class="date">Sep 1</div><div class="tilde">~</div>
<div class="date">Sep 10</div></div><h3 class="card__title"><a href="/events/lantern/">Lantern Walk</a></h3>
<p>Evening walks.</p></article></li>
</ul></body></html>"""


def test_a_wave_dash_joins_two_days_and_a_run_on_now_is_this_years():
    events = read_page(RUNS, url="https://tokyo.example.org/events/", zone=TOKYO, start=dt.datetime(2026, 9, 15))  # noqa: DTZ001
    spans = {event["title"]: (event["start"][:16], (event["end"] or "")[:16]) for event in events}
    assert spans["Autumn Sumo Tournament"] == ("2026-09-13", "2026-09-27")  # began two days ago: this year's
    assert spans["Autumn Craft Fair"] == ("2026-10-02T10:00", "2026-10-04T17:00")  # each day's hours
    assert spans["Lantern Walk"] == ("2027-09-01", "2027-09-10")  # over: its next time


def test_a_year_less_range_in_a_line_is_on_now():
    today = dt.date(2026, 9, 15)
    text = "Sep 13 - Sep 27"
    [hit] = joined_ranges(text, find_dates(text, year_hint=None, today=today))
    assert (hit.date, hit.end_date) == (dt.date(2026, 9, 13), dt.date(2026, 9, 27))
    text = "Sep 1 - Sep 10"
    [hit] = joined_ranges(text, find_dates(text, year_hint=None, today=today))
    assert (hit.date, hit.end_date) == (dt.date(2027, 9, 1), dt.date(2027, 9, 10))


def test_ongoing_run():
    today = dt.date(2026, 12, 30)
    assert ongoing_run(dt.date(2027, 12, 28), dt.date(2028, 1, 3), today) == (
        dt.date(2026, 12, 28),
        dt.date(2027, 1, 3),
    )
    assert ongoing_run(dt.date(2027, 12, 1), dt.date(2027, 12, 20), today) == (
        dt.date(2027, 12, 1),
        dt.date(2027, 12, 20),
    )
    assert ongoing_run(dt.date(2027, 1, 5), dt.date(2027, 1, 9), today) == (dt.date(2027, 1, 5), dt.date(2027, 1, 9))


# 4. Two-digit years written after a month's abbreviation; an end on the next day.

DETAIL = """<html><body><div class="EventDetail">
<div class="ColLabel">Event:</div><div class="EventTitle"><span>Staff Training Day (School Closed)</span></div>
<div class="EventTime"><div class="ColLabel">Starts:</div><div class="Starts"><span>08-Mar-27</span> <span>09:00</span></div>
<div class="ColLabel">Ends:</div><div class="Ends"><span>09-Mar-27</span> <span>15:00</span></div></div>
<div class="ColLabel">About:</div><div><span>No pupils in school.</span></div></div></body></html>"""


def test_a_two_digit_year_after_a_months_abbreviation_and_an_end_the_next_day():
    [event] = read_page(DETAIL, url="https://school.example.org/Calendar", zone=LONDON, start=dt.datetime(2027, 3, 1))  # noqa: DTZ001
    assert event["title"] == "Staff Training Day (School Closed)"
    assert local_minute(dt.datetime.fromisoformat(event["start"]), LONDON) == "2027-03-08 09:00"
    assert local_minute(dt.datetime.fromisoformat(event["end"]), LONDON) == "2027-03-09 15:00"


def test_an_end_months_away_is_no_end():
    page = DETAIL.replace("09-Mar-27", "09-Jun-27")
    [event] = read_page(page, url="https://school.example.org/Calendar", zone=LONDON, start=dt.datetime(2027, 3, 1))  # noqa: DTZ001
    assert event["end"] is None


@pytest.mark.parametrize(("text", "day"), [("04-May-26", dt.date(2026, 5, 4)), ("12-Mar-2005", dt.date(2005, 3, 12))])
def test_dashed_day_month_year(text, day):
    assert [hit.date for hit in find_dates(text, year_hint=None, today=dt.date(2026, 1, 1))] == [day]


def test_a_room_and_a_month_is_no_date():
    assert find_dates("Room 3-May", year_hint=None, today=dt.date(2026, 1, 1)) == []


# 5. A month grid's day cells.

MONTH_GRID = """<html><body><form><div class="calendar">
<div class="head"><div class="prev"><a href="javascript:prev()">Apr</a></div>
<div class="current"><span>May 2027</span></div><div class="next"><a href="javascript:next()">Jun</a></div></div>
<div class="day"><a class="daydate" href="javascript:day(3)">3</a>
<div class="events"><a class="eventlink" href="javascript:show(1)">Early May Bank Holiday (School Closed)</a></div></div>
<div class="day"><a class="daydate" href="javascript:day(15)">15</a>
<div class="events"><a class="eventlink" href="javascript:show(2)">Summer Fair</a></div></div>
</div></form></body></html>"""


def test_a_day_number_is_named_by_its_cell():
    may = dt.datetime(2027, 5, 1)  # noqa: DTZ001 - a wall time, as the other tests pass it
    events = read_page(MONTH_GRID, url="https://school.example.org/Calendar", zone=LONDON, start=may)
    assert shown(events) == [("2027-05-03", "Early May Bank Holiday (School Closed)"), ("2027-05-15", "Summer Fair")]


@pytest.mark.parametrize("text", ["Jun", "« May", "June 2027 »", "Next month"])
def test_month_links(text):
    assert _page_booking_words.month_link(text)


@pytest.mark.parametrize("text", ["June Carter Tribute", "May Day Parade", "Marching Band"])
def test_names_with_a_month_are_no_month_links(text):
    assert not _page_booking_words.month_link(text)


# 6. A hall in its place.

HALLS = """<html><body><div class="eventCard"><h3 class="title">Evening Recital</h3><div><span class="start">17 Jul 2027</span>
</div><div class="location">Riverside Arts Centre, Oxford</div><div class="venue">Studio Theatre</div></div>
<div class="eventCard"><h3 class="title">Print Fair</h3><div><span class="start">18 Jul 2027</span></div>
<div class="location">Riverside Arts Centre, Oxford</div></div></body></html>"""


def test_a_venue_beside_its_location_is_the_hall_in_the_place():
    events = read_page(HALLS, url="https://arts.example.org/whats-on", zone=LONDON, start=dt.datetime(2027, 7, 1))  # noqa: DTZ001
    places = {event["title"]: event["venue_name"] for event in events}
    assert places == {
        "Evening Recital": "Studio Theatre, Riverside Arts Centre, Oxford",
        "Print Fair": "Riverside Arts Centre, Oxford",
    }


@pytest.mark.parametrize(
    "pattern",
    [
        _page_booking_words.BOOKING_WORDS,
        _page_booking_words.BOOKING_PROMPT,
        _page_booking_words.MONTH_LINK,
    ],
)
def test_the_new_patterns_stay_linear(pattern):
    assert superlinear_shape(pattern) is None
