"""The twenty-fourth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout24.json: measured
once at a722f07, none of its eight files committed), each rule on a small document of our own:

1. a list whose days are dividers (an item that is only a date, then items each with a heading of its own): each
   headed item is one event of the day above it (_page_list_days.dividers_into_items);
2. a card whose start is only in a data attribute ("data-event-date-start") is dated by it (data_dates_as_times);
3. a card's detail line after its hours names the place ("8:10am - 3:10pm - Theatre"), and a line "Thru <date>"
   gives a day's card its last day (_page_card_tail);
4. a card class with a glued part of structure ("showblock") is a card's class, and a date under a class the date
   shares with the place ("showdatevenue") is not the place.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import lxml.html
import pytest

from sources.adapters import _page_card_tail, _page_list_days
from sources.adapters._page_card_tail import last_day_line, place_after_clock
from sources.adapters._page_classes import CARD_CLASS
from sources.adapters._page_list_days import dividers_into_items
from sources.adapters.base import RawEvent
from tests.hostile import module_patterns, superlinear_shape
from tests.sources.helpers import parse_page

EASTERN = zoneinfo.ZoneInfo("America/New_York")
CENTRAL = zoneinfo.ZoneInfo("America/Chicago")


def events_of(body: str, zone: zoneinfo.ZoneInfo, start: dt.datetime) -> list[RawEvent]:
    records = parse_page(body, zone=zone, base="https://school.example.org/calendar", start=start)
    return [record for record in records if isinstance(record, RawEvent)]


def local(moment: dt.date | None) -> str | None:
    if isinstance(moment, dt.datetime):
        return moment.astimezone(EASTERN).strftime("%Y-%m-%d %H:%M")
    return moment.isoformat() if moment else None


# --- 1. a list whose days are dividers -----------------------------------------------------------------------
DIVIDED = """<html><body><h1>Lower School Calendar</h1>
<ul class="calendar-day"><li class="divider"><span>May</span> <span>4</span>, <span>2027</span> - Tuesday</li>
  <li><h3>Book Fair </h3></li>
  <li><h3>Spring Concert </h3><h6>6:30pm - 8:00pm
        - Auditorium</h6></li>
</ul>
<ul class="calendar-day"><li class="divider">May 10, 2027 - Monday</li>
  <li><h3>Field Trip Week</h3><h6>
        - Thru 5/14/2027</h6></li>
  <li><h3>Parents' Coffee</h3><h6>8:00am</h6></li>
</ul></body></html>"""


def test_each_headed_item_under_a_day_divider_is_an_event_of_that_day() -> None:
    events = events_of(DIVIDED, EASTERN, dt.datetime(2027, 5, 1, tzinfo=EASTERN))

    read = [(e.title, local(e.start), local(e.end), e.venue_name) for e in events]
    assert read == [
        ("Book Fair", "2027-05-04", None, None),
        ("Spring Concert", "2027-05-04 18:30", "2027-05-04 20:00", "Auditorium"),
        ("Field Trip Week", "2027-05-10", "2027-05-14", None),
        ("Parents' Coffee", "2027-05-10 08:00", None, None),
    ]


def test_one_list_with_several_dividers_dates_each_item_by_the_divider_above_it() -> None:
    root = lxml.html.fromstring(
        "<ul><li>Friday, June 4, 2027</li><li><h4>Picnic</h4></li><li>Saturday, June 5, 2027</li>"
        "<li><h4>Car Wash</h4></li><li><h4>Bake Sale</h4></li></ul>"
    )
    dividers_into_items(root)

    items = [(item[0].text, item[1].text) for item in root.iter("li")]
    assert items == [
        ("Friday, June 4, 2027", "Picnic"),
        ("Saturday, June 5, 2027", "Car Wash"),
        ("Saturday, June 5, 2027", "Bake Sale"),
    ]


@pytest.mark.parametrize(
    "markup",
    [
        # the first item names something: no divider
        "<ul><li><h4>Welcome back</h4></li><li><h4>Picnic</h4></li></ul>",
        # an item under the divider states a date of its own: a list of dated lines, left to the schedule readers
        "<ul><li>June 4, 2027</li><li><h4>Picnic</h4> June 6, 2027</li></ul>",
        # an item under the divider has no heading: notes under a date, not events
        "<ul><li>June 4, 2027</li><li>Bring a hat</li></ul>",
    ],
)
def test_a_list_that_is_no_day_over_headed_items_is_left_as_it_is(markup: str) -> None:
    root = lxml.html.fromstring(markup)
    before = lxml.html.tostring(root)
    dividers_into_items(root)
    assert lxml.html.tostring(root) == before


# --- 2. a card dated only by a data attribute ----------------------------------------------------------------
DATA_DATED = """<html><body><div class="listing">
<div class="calendar-list__event" data-event-date-start="2027-06-12T15:00:00Z">
  <h3 class="calendar-list__event-title"><a href="/event/meet-and-greet/">Meet and Greet</a></h3>
  <div class="calendar-list__event-venue"><span>Round Rock, TX</span></div>
</div></div></body></html>"""


def test_a_card_whose_start_is_only_a_data_attribute_is_dated_by_it() -> None:
    events = events_of(DATA_DATED, CENTRAL, dt.datetime(2027, 6, 1, tzinfo=CENTRAL))

    assert len(events) == 1
    event = events[0]
    assert event.title == "Meet and Greet"
    assert event.start == dt.datetime(2027, 6, 12, 15, 0, tzinfo=dt.UTC)
    assert event.venue_name == "Round Rock, TX"
    assert event.url == "https://school.example.org/event/meet-and-greet/"


def test_a_data_attribute_that_is_no_start_or_no_date_dates_nothing() -> None:
    for attribute in ('data-end-date="2027-06-12"', 'data-date-modified="2027-06-12"', 'data-start="soon"'):
        page = (
            f'<html><body><div class="event" {attribute}><h3>Meet and Greet</h3><p>Round Rock</p></div></body></html>'
        )
        assert events_of(page, CENTRAL, dt.datetime(2027, 6, 1, tzinfo=CENTRAL)) == []


def test_a_day_cell_dated_by_an_attribute_is_no_card() -> None:
    # a month grid's cell ("<td data-date>") is the day, not an event's card: left to the grid's readers
    page = '<html><body><table><tr><td data-date="2027-06-12"><h4>Meet and Greet</h4></td></tr></table></body></html>'
    root = lxml.html.fromstring(page)
    _page_list_days.data_dates_as_times(root)
    assert next(root.iter("time"), None) is None


def test_a_card_that_shows_its_date_keeps_it_over_the_attribute() -> None:
    page = (
        '<html><body><div class="event" data-start="2027-06-12"><h3>Meet and Greet</h3>'
        "<p>June 13, 2027 10:00 am</p></div></body></html>"
    )
    (event,) = events_of(page, CENTRAL, dt.datetime(2027, 6, 1, tzinfo=CENTRAL))
    assert event.start == dt.datetime(2027, 6, 13, 10, 0, tzinfo=CENTRAL)


# --- 3. the place after the hours, the last day on a line of its own -------------------------------------------
def card(inner: str) -> object:
    return lxml.html.fromstring(f"<li><h3>Spring Concert</h3>{inner}</li>")


def test_the_words_after_a_cards_hours_are_its_place() -> None:
    assert place_after_clock(card("<h6>7:00pm - 9:00pm - Back Field</h6>")) == "Back Field"
    assert place_after_clock(card("<p>6:30 PM | Other,Theatre</p>")) == "Other,Theatre"


@pytest.mark.parametrize(
    "line",
    [
        "<h6>7:00pm - doors open</h6>",  # no name: a phrase
        "<h6>7:00pm - Free</h6>",  # the price
        "<h6>7:00pm - Doors 6:30pm</h6>",  # another time
        "<h6>7:00pm - All Ages</h6>",
        "<h6>7:00pm - $15 at the door</h6>",
        "<h6>7:00pm - Bring your own chair to the lawn behind the gym</h6>",  # a sentence
        "<h6>Theatre - 7:00pm</h6>",  # not after the hours
        "<h6>7:00pm - May 12</h6>",  # a date
    ],
)
def test_words_after_the_hours_that_are_no_place_are_left(line: str) -> None:
    assert place_after_clock(card(line)) is None


def test_a_thru_line_gives_a_days_card_its_last_day() -> None:
    start = dt.date(2027, 3, 21)
    assert last_day_line(card("<h6> - Thru 3/27/2027 </h6>"), start) == dt.date(2027, 3, 27)
    assert last_day_line(card("<p>Through March 30</p>"), start) == dt.date(2027, 3, 30)
    # not after the start, too far, or a timed start: no last day
    assert last_day_line(card("<p>Thru 3/20/2027</p>"), start) is None
    assert last_day_line(card("<p>Thru 3/27/2029</p>"), start) is None
    timed = dt.datetime(2027, 3, 21, 9, 0, tzinfo=EASTERN)
    assert last_day_line(card("<p>Thru 3/27/2027</p>"), timed) is None


# --- 4. a glued card class; a date under the place's class --------------------------------------------------
SHOW_LIST = """<html><body>
<div class="showblock"><div class="showdetails">
  <p class="showdatevenue">July 21, 2027 7:00 PM</p>
  <p class="showdatevenue">The Back Room - 12 Front Street</p></div>
  <h3>The Quartet, Second Band</h3><p class="showprice">$20</p></div>
<div class="showblock"><div class="showdetails">
  <p class="showdatevenue">August 2, 2027 8:00 PM</p>
  <p class="showdatevenue">Hall Nine - 100 Other St</p></div>
  <h3>Late Show</h3><p class="showprice">$15</p></div>
</body></html>"""


def test_blocks_classed_with_a_glued_card_word_are_cards_and_their_place_is_no_date() -> None:
    events = events_of(SHOW_LIST, EASTERN, dt.datetime(2027, 7, 1, tzinfo=EASTERN))

    read = [(e.title, local(e.start), e.venue_name, e.address) for e in events]
    # "Name - street address" is the venue and its address (helper leftpages7, _place_split)
    assert read == [
        ("The Quartet, Second Band", "2027-07-21 19:00", "The Back Room", "12 Front Street"),
        ("Late Show", "2027-08-02 20:00", "Hall Nine", "100 Other St"),
    ]


def test_the_glued_card_word_needs_a_part_of_structure() -> None:
    for classes in ("showblock", "event-box", "gigrow", "eventwrap"):
        assert CARD_CLASS.search(classes), classes
    for classes in ("showmore", "eventually", "itemprop-holder", "showcase"):
        assert not CARD_CLASS.search(classes), classes


# --- hostile text ------------------------------------------------------------------------------------------
PATTERNS = {
    **module_patterns(_page_list_days, "_page_list_days."),
    **module_patterns(_page_card_tail, "_page_card_tail."),
    "_page_classes.CARD_CLASS": CARD_CLASS,
}


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_the_new_patterns_read_hostile_text_in_linear_time(name: str) -> None:
    assert superlinear_shape(PATTERNS[name]) is None
