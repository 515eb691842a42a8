"""Page misreadings the last session noticed and left (helper leftpages7), each on a small document of our own
that the page reader misread before its rule, with a look-alike where the rule must not fire:

1. a card's day span on one line and its hours on another ("12/03/2025 - 14/03/2025" over "19:00 - 21:00"): the
   first day at the first hour to the last day at the last (_page_daily_hours), as the schedule readers read it;
2. a place written "Name | 12 High Street, Town" or "Name – 4 Mill Lane" is the venue's name and its address
   (_place_split, in webpage.finalize);
3. a table with no header row whose one column reads as places by its words (a street address, a venue's noun)
   gives each row its place (_page_place_column);
4. a gig card whose date cell is empty, the day written by the card above it or by a day heading over it, is read
   on that day, not dropped (_page_empty_dates, _page_heading_days);
5. a run of bare links in the body, one per event ("<a class="eventitem">Jazz Night – 12 March 2025</a>"), is one
   event per link, not one event under the page's heading (_page_link_runs);
6. "Doors at 7, show at 8" with no meridiem: the show's hour in the evening (_page_doors.bare_doors_show, asked by
   _page_dates.find_clock);
7. a card's "<dt>Room</dt><dd>204</dd>" is "Room 204", and with a building labelled beside it "City Hall, Room 204"
   (_page_card_fields._room_labelled, _place_labels.room_alone_named);
8. an end that is the start's own instant (an add-to-calendar link's "dates=…T200000Z/…T200000Z") is no end, not a
   zero-length event (webpage.finalize, every page reader's);
10. a page whose title or main heading names a transport timetable reads as no events at all, its table of dated
   departures too, and the run's notes say why (html.page_records, _page_weekly_transit.TRANSPORT_PAGE).

Left, with the reason: 9 (a subtitle naming the venue with no venue noun): see the docs' section.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import lxml.html
import pytest

from sources.adapters import _page_doors, _page_empty_dates, _page_link_runs, _place_labels, _place_split
from sources.adapters._page_dates import find_clock
from sources.adapters._page_link_runs import links_into_lines
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document
from tests.hostile import superlinear_shape

LONDON = zoneinfo.ZoneInfo("Europe/London")
NOW = dt.datetime(2025, 1, 1, tzinfo=LONDON)


def read(body: str, *, url: str = "https://venue.example.org/events/") -> list:
    window = FetchWindow(NOW - dt.timedelta(days=30), NOW + dt.timedelta(days=365))
    return extract_document(body.encode(), window=window, page_url=url, zone=LONDON).events


def by_title(events: list) -> dict[str, dict]:
    return {event["title"]: event for event in events}


@pytest.mark.parametrize(
    ("module", "name"),
    [
        (_place_split, "MARK"),
        (_place_split, "STREET_THEN_NUMBER"),
        (_page_empty_dates, "DATE_CLASS"),
        (_page_link_runs, "BETWEEN"),
        (_page_doors, "BARE_DOORS_SHOW"),
        (_place_labels, "ROOM_ALONE"),
    ],
)
def test_patterns_stay_linear(module: object, name: str) -> None:
    assert superlinear_shape(getattr(module, name)) is None


# 1. Events Manager's list: the span on one meta line, the daily hours on the next.
SPAN_CARDS = """<html><body><h1>Events</h1><div class="em-events-list">
<div class="em-item em-event"><h3 class="em-item-title"><a href="/events/jazz-week/">Jazz Week</a></h3>
<div class="em-event-meta"><div class="em-item-meta-line em-event-date">12/03/2025 - 14/03/2025</div>
<div class="em-item-meta-line em-event-time">19:00 - 21:00</div>
<div class="em-item-meta-line em-event-location"><a href="/locations/hall/">Town Hall</a></div></div></div>
<div class="em-item em-event"><h3 class="em-item-title"><a href="/events/folk-fest/">Folk Fest</a></h3>
<div class="em-event-meta"><div class="em-item-meta-line em-event-date">March 20 - 22, 2025</div>
<div class="em-item-meta-line em-event-time">10 am - 8 pm</div></div></div>
{third}
</div></body></html>"""
ONE_DAY = """<div class="em-item em-event"><h3 class="em-item-title"><a href="/events/folk/">Folk Night</a></h3>
<div class="em-event-meta"><div class="em-item-meta-line em-event-date">28/03/2025</div>
<div class="em-item-meta-line em-event-time">20:00 - 22:30</div></div></div>"""
ONE_TIME = """<div class="em-item em-event"><h3 class="em-item-title"><a href="/events/fair/">Craft Fair</a></h3>
<div class="em-event-meta"><div class="em-item-meta-line em-event-date">April 4 - 6, 2025</div>
<div class="em-item-meta-line em-event-time">8 pm</div></div></div>"""


def test_a_day_span_takes_the_hours_of_its_own_line() -> None:
    events = by_title(read(SPAN_CARDS.format(third=ONE_DAY)))
    assert (events["Jazz Week"]["start"], events["Jazz Week"]["end"]) == (
        "2025-03-12T19:00:00+00:00",
        "2025-03-14T21:00:00+00:00",
    )
    assert (events["Folk Fest"]["start"], events["Folk Fest"]["end"]) == (
        "2025-03-20T10:00:00+00:00",
        "2025-03-22T20:00:00+00:00",
    )
    assert (events["Folk Night"]["start"], events["Folk Night"]["end"]) == (
        "2025-03-28T20:00:00+00:00",
        "2025-03-28T22:30:00+00:00",
    )


def test_a_day_span_with_one_time_stays_its_days() -> None:
    """A single hour over three days says neither when each day ends nor when the run does: the days stand."""
    events = by_title(read(SPAN_CARDS.format(third=ONE_TIME)))
    assert (events["Craft Fair"]["start"], events["Craft Fair"]["end"]) == ("2025-04-04", "2025-04-06")


# 2. A place element holding the venue's name and its street address, set apart by a bar or a spaced dash.
PLACE_CARDS = """<html><body><h1>Events</h1><ul>
<li class="event"><h3><a href="/e/1">Jazz Night</a></h3><p class="date">March 12, 2025 7:30 pm</p>
<p class="location">The Crown | 12 High Street, Oxford</p></li>
<li class="event"><h3><a href="/e/2">Folk Night</a></h3><p class="date">March 14, 2025 8 pm</p>
<p class="location">Old Bell – 4 Mill Lane, Oxford</p></li>
<li class="event"><h3><a href="/e/3">Poetry Slam</a></h3><p class="date">March 18, 2025 8 pm</p>
<p class="location">Town Hall – Main Bar</p></li>
<li class="event"><h3><a href="/e/4">Blues Jam</a></h3><p class="date">March 20, 2025 8 pm</p>
<p class="location">12 High Street | Oxford</p></li>
</ul></body></html>"""


def test_a_place_and_its_street_address_are_split() -> None:
    events = by_title(read(PLACE_CARDS))
    assert (events["Jazz Night"]["venue_name"], events["Jazz Night"]["address"]) == (
        "The Crown",
        "12 High Street, Oxford",
    )
    assert (events["Folk Night"]["venue_name"], events["Folk Night"]["address"]) == ("Old Bell", "4 Mill Lane, Oxford")


def test_a_place_with_a_part_that_is_no_street_stays_whole() -> None:
    """A room after its building, and a street before its town, are no name and address."""
    events = by_title(read(PLACE_CARDS))
    assert (events["Poetry Slam"]["venue_name"], events["Poetry Slam"]["address"]) == ("Town Hall – Main Bar", None)
    assert events["Blues Jam"]["address"] is None
    assert "12 High Street" in events["Blues Jam"]["venue_name"]


# 3. A gig table with no header: date, act, place.
HEADERLESS = """<html><body><h1>Gigs</h1><table>
<tr><td>March 12, 2025</td><td>{first}</td><td>The Lanterns</td></tr>
<tr><td>March 14, 2025</td><td>{second}</td><td>Marsh Kings</td></tr>
<tr><td>March 20, 2025</td><td>{third}</td><td>Blue Owls</td></tr>
</table></body></html>"""


def test_a_headerless_column_of_places_is_the_place() -> None:
    page = HEADERLESS.format(first="Back Room, 12 High Street", second="Corn Exchange", third="The Village Hall")
    events = by_title(read(page))
    assert set(events) == {"The Lanterns", "Marsh Kings", "Blue Owls"}
    assert events["The Lanterns"]["venue_name"] == "Back Room, 12 High Street"  # a comma is not split (rule 2)
    assert events["Blue Owls"]["venue_name"] == "The Village Hall"
    assert events["Marsh Kings"]["venue_name"] == "Corn Exchange"  # its column's, though its own words name no place


def test_a_headerless_column_of_names_is_no_place() -> None:
    """A second column of acts, one of which has a hall in its name, is the acts' names."""
    page = HEADERLESS.format(first="Hall and Oates tribute", second="The Rivals", third="Swing Band")
    events = read(page)
    assert all(event["venue_name"] is None for event in events)
    assert [event["title"] for event in events] == ["Hall and Oates tribute", "The Rivals", "Swing Band"]


# 4. A second act of the night leaves its date cell empty.
EMPTY_DATE = """<html><body><h1>Gigs</h1>
{lead}
<div class="gig"><div class="date">Sat 12 April 2025</div><h3>The Lanterns</h3><div class="time">8pm</div></div>
<div class="gig"><div class="date"></div><h3>Marsh Kings</h3><div class="time">10pm</div></div>
<h2>Sunday 13 April 2025</h2>
<div class="gig"><div class="date"></div><h3>Blue Owls</h3><div class="time">7pm</div></div>
<div class="gig"><div class="date"></div><h3>Night Owls</h3><div class="time">9pm</div></div>
</body></html>"""


def test_an_empty_date_cell_takes_the_day_above_it() -> None:
    events = by_title(read(EMPTY_DATE.format(lead="")))
    assert events["Marsh Kings"]["start"] == "2025-04-12T22:00:00+01:00"
    # under a day heading, never the day of the card before the heading
    assert events["Blue Owls"]["start"] == "2025-04-13T19:00:00+01:00"
    assert events["Night Owls"]["start"] == "2025-04-13T21:00:00+01:00"
    assert len(events) == 4


def test_a_first_card_with_an_empty_date_cell_gets_no_day() -> None:
    """Nothing above it says its day: it stays unread, not dated by a card below it."""
    lead = '<div class="gig"><div class="date"></div><h3>Mystery Act</h3><div class="time">6pm</div></div>'
    events = by_title(read(EMPTY_DATE.format(lead=lead)))
    assert "Mystery Act" not in events
    assert events["Marsh Kings"]["start"] == "2025-04-12T22:00:00+01:00"


# 5. Bare links, one per event, with only spaces between them.
LINK_RUN = """<html><body><h1>What's on</h1><div class="content">
<a class="eventitem" href="/e/1">Jazz Night – 12 March 2025</a>
<a class="eventitem" href="/e/2">Folk Club – 14 March 2025</a>
<a class="eventitem" href="/e/3">Poetry Slam – 20 March 2025</a>
</div></body></html>"""


def test_a_run_of_dated_links_is_an_event_each() -> None:
    events = read(LINK_RUN)
    assert [(event["title"], event["start"], event["url"]) for event in events] == [
        ("Jazz Night", "2025-03-12", "https://venue.example.org/e/1"),
        ("Folk Club", "2025-03-14", "https://venue.example.org/e/2"),
        ("Poetry Slam", "2025-03-20", "https://venue.example.org/e/3"),
    ]


@pytest.mark.parametrize(
    "markup",
    [
        # links inside a sentence
        '<p>See <a href="/e/1">Jazz Night – 12 March 2025</a> and <a href="/e/2">Folk Club – 14 March 2025</a></p>',
        # a calendar's bare day links: no words of their own
        '<div><a href="/d/1">12 March 2025</a> <a href="/d/2">14 March 2025</a></div>',
        # one link
        '<div><a href="/e/1">Jazz Night – 12 March 2025</a></div>',
    ],
)
def test_links_that_are_no_run_of_events_stay_as_written(markup: str) -> None:
    root = lxml.html.fromstring(f"<html><body>{markup}</body></html>")
    before = lxml.html.tostring(root)
    links_into_lines(root)
    assert lxml.html.tostring(root) == before


# 6. The doors' and the show's bare hours.
DOORS_PAGE = """<html><body><h1>Gigs</h1><ul>
<li><h3>The Lanterns</h3><p>Saturday 12 April 2025. Doors at 7, show at 8</p></li>
<li><h3>Marsh Kings</h3><p>Sunday 13 April 2025. Doors 7:30 / Show 8:30</p></li>
</ul></body></html>"""


def test_bare_doors_and_show_hours_are_the_evening_show() -> None:
    events = by_title(read(DOORS_PAGE))
    assert events["The Lanterns"]["start"] == "2025-04-12T20:00:00+01:00"
    assert events["Marsh Kings"]["start"] == "2025-04-13T20:30:00+01:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Doors at 7, show at 8", dt.time(20)),
        ("doors 6.30, first band on at 7.15", dt.time(19, 15)),
        ("Doors at 7, show at 8pm", dt.time(20)),  # the show's meridiem: read as ever
        ("Doors at 8, show at 7", None),  # a show before its doors: not this shape
        ("Doors 7, tickets 8", None),  # no show's word
        ("Show at 8", None),  # a bare hour alone is no time
        ("Doors at 7 and show at 8 with support", dt.time(20)),
        ("Doors at 7, show at 8 h", dt.time(8)),  # another notation's hour: read as that notation reads it
        ("Doors at 7, show at 8 days a week", None),  # a count of days, not an hour
        ("Doors 7 nights a week, show at 9", None),
        ("Doors at 7, show at 8, days out on Sundays", dt.time(20)),  # a comma parts the hour from the noun
    ],
)
def test_bare_doors_and_show_hours_as_a_clock(text: str, expected: dt.time | None) -> None:
    hit = find_clock(text)
    assert (hit.start if hit else None) == expected


# 7. A meeting card's room in a definition list.
ROOM_CARDS = """<html><body><h1>Meetings</h1><ul>
<li class="event"><h3>Planning Board</h3><dl><dt>Date</dt><dd>March 12, 2025 7:00 PM</dd><dt>Room</dt><dd>204</dd>
</dl></li>
<li class="event"><h3>Library Board</h3><dl><dt>Date</dt><dd>March 19, 2025 7:00 PM</dd><dt>Location</dt>
<dd>City Hall</dd><dt>Room</dt><dd>110</dd></dl></li>
<li class="event"><h3>Arts Board</h3><dl><dt>Date</dt><dd>March 26, 2025 7:00 PM</dd><dt>Location</dt>
<dd>Arts Centre</dd><dt>Seats</dt><dd>40</dd></dl></li>
</ul></body></html>"""


def test_a_room_label_element_keeps_its_word_and_its_building() -> None:
    events = by_title(read(ROOM_CARDS))
    assert events["Planning Board"]["venue_name"] == "Room 204"
    assert events["Library Board"]["venue_name"] == "City Hall, Room 110"


def test_a_number_under_another_label_is_no_room() -> None:
    assert by_title(read(ROOM_CARDS))["Arts Board"]["venue_name"] == "Arts Centre"


# 8. Add-to-calendar links whose end is their start.
CALENDAR_LINKS = """<html><body><h1>Events</h1>
<p><a href="https://calendar.google.com/calendar/render?action=TEMPLATE&text=Folk+Night&dates={folk}">Add</a></p>
<p><a href="https://calendar.google.com/calendar/render?action=TEMPLATE&text=Jazz+Night&dates={jazz}">Add</a></p>
</body></html>"""


def test_an_end_at_the_start_is_no_end() -> None:
    page = CALENDAR_LINKS.format(folk="20250314T200000Z/20250314T200000Z", jazz="20250315T200000Z/20250315T220000Z")
    events = by_title(read(page))
    assert (events["Folk Night"]["start"], events["Folk Night"]["end"]) == ("2025-03-14T20:00:00+00:00", None)
    assert any("is the start itself" in note for note in events["Folk Night"]["evidence"])
    # an end later than the start stays
    assert events["Jazz Night"]["end"] == "2025-03-15T22:00:00+00:00"


# 10. A bus route's dated departures.
TRANSPORT = """<html><head><title>{title}</title></head><body><h1>{title}</h1>
<table><tr><th>Date</th><th>Time</th><th>Stop</th></tr>
<tr><td>12 March 2025</td><td>06:10</td><td>Central Station</td></tr>
<tr><td>12 March 2025</td><td>06:40</td><td>Airport</td></tr>
<tr><td>13 March 2025</td><td>06:10</td><td>Central Station</td></tr>
</table>{aside}</body></html>"""


def test_a_transport_timetable_page_is_no_events_and_says_so() -> None:
    window = FetchWindow(NOW - dt.timedelta(days=30), NOW + dt.timedelta(days=365))
    page = TRANSPORT.format(title="Route 5 timetable", aside="")
    result = extract_document(page.encode(), window=window, page_url="https://bus.example.org/route-5", zone=LONDON)
    assert result.events == []
    assert any("transport timetable" in note and "Route 5 timetable" in note for note in result.notes)


@pytest.mark.parametrize(
    ("title", "aside"),
    [
        ("Route 66 Rock Night", ""),  # a night named for a road
        ("Upcoming gigs", "<h3>Bus times</h3><p>The 12 stops outside.</p>"),  # a heading deeper in the page
    ],
)
def test_a_page_only_mentioning_transport_keeps_its_events(title: str, aside: str) -> None:
    assert len(read(TRANSPORT.format(title=title, aside=aside))) >= 2
