"""The hundred-and-fifteenth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout115.json: a
Luxembourg football club's fixtures, a research group's online seminar listing, an Oakland band's Shows page, a
children's theatre's "next up" page, and a Czech spa's opening hours as the hard negative; measured once at
2c44b227), on small documents of our own:

* A band's show lines gave few places: "… playing at the Lake Merritt Gazebo in Oakland, CA" was split at "in", "…
  at the Awaken Cafe, Oakland" not at all, "Horror Cave Beach Show, Sutro Baths, San Francisco, CA" and "Stork Club,
  Oakland, CA with Jesse R Berlin" had no word to split at (``_page_tail_places``).
* "May 7 & 8 - 7pm" was read as the 7th from 8 am to 7 pm and the 8th was lost: a day listed after a month-first
  date is the event's too, at the line's clock (``_page_listed_days``).
* A spa's "Běžný provoz od 14. 9. 2026" (regular operation from …) over a table of weekdays' hours, and "Letní provoz
  2027" over "14.6.-5.9.2027", were read as events: a Czech or Slovak season of operation is a place's hours
  (``_page_hours_sections``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._page_dates import find_dates
from sources.adapters._page_hours_sections import hours_section
from sources.adapters._page_listed_days import listed_day
from sources.adapters._page_tail_places import at_the_place, tail_place
from tests.sources.helpers import read_page

PACIFIC = zoneinfo.ZoneInfo("America/Los_Angeles")
PRAGUE = zoneinfo.ZoneInfo("Europe/Prague")
MARCH = dt.datetime(2031, 3, 1, 9)  # noqa: DTZ001  (wall-clock, in each reader's zone)
read_us = functools.partial(read_page, url="https://band.example/shows", zone=PACIFIC, start=MARCH)
read_cz = functools.partial(read_page, url="https://lazne.example/provoz", zone=PRAGUE, start=MARCH)


def page(body: str, title: str = "Shows") -> str:
    """``body`` in a page of its own under an <h1> ``title``."""
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"


def place_of(event: dict) -> str:
    """Where an event is, as the reader printed it: its venue, address and city."""
    return ", ".join(filter(None, (event.get("venue_name"), event.get("address"), event.get("city"))))


SHOWS = page(
    '<h2>Upcoming Shows</h2>\n<p class="show">8/23/2031: <a href="/a">Stork Club, Oakland, CA</a> &nbsp with '
    '<a href="/b">Jesse R Berlin</a></p>\n'
    '<p class="show">8/15/2031: <a href="/c">The Town\'s Half Marathon</a> playing at the Lake Merritt Gazebo in '
    "Oakland, CA, 8:00-10:00am</p>\n"
    '<p class="show">4/4/2031: New Sun Company with Safety Talk + Dave Deporis at the <a href="/d">Awaken Cafe</a>, '
    "Oakland</p>\n"
    '<p class="show">3/21/2031: <a href="/e">Horror Cave Beach Show,</a> &nbsp Sutro Baths, San Francisco, CA</p>\n'
    '<p class="show">3/7/2031: <a href="/f">Generator Jamz in the Park!,</a> &nbsp Golden Gate Park / Baker Beach, '
    "San Francisco, CA</p>\n"
)


def test_a_show_lines_place_in_the_shapes_listings_write_it() -> None:
    events = sorted(read_us(SHOWS), key=lambda event: event["start"])
    by_day = {event["start"][:10]: event for event in events}
    assert by_day["2031-03-21"]["title"] == "Horror Cave Beach Show"
    assert "Sutro Baths" in place_of(by_day["2031-03-21"])
    assert by_day["2031-03-07"]["title"] == "Generator Jamz in the Park!"
    assert "Golden Gate Park / Baker Beach" in place_of(by_day["2031-03-07"])
    assert by_day["2031-04-04"]["title"] == "New Sun Company with Safety Talk + Dave Deporis"
    assert "Awaken Cafe" in place_of(by_day["2031-04-04"])
    assert by_day["2031-08-15"]["title"] == "The Town's Half Marathon"
    assert "Lake Merritt Gazebo" in place_of(by_day["2031-08-15"])
    assert "Stork Club" in place_of(by_day["2031-08-23"])


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        ("The Town's Half Marathon playing at the Lake Merritt Gazebo in Oakland, CA", ("The Town's Half Marathon", "Lake Merritt Gazebo, Oakland, CA")),
        ("New Sun Company with Safety Talk at the Awaken Cafe, Oakland", ("New Sun Company with Safety Talk", "Awaken Cafe, Oakland")),
        ("Spring Recital at the Grange Hall, Ottawa, ON", ("Spring Recital", "Grange Hall, Ottawa, ON")),
        ("The Band performing at the Fillmore, San Francisco", ("The Band", "Fillmore, San Francisco")),
    ],
)  # fmt: skip
def test_a_name_at_the_venue_and_its_town(rest: str, expected: tuple[str, str]) -> None:
    assert at_the_place(rest) == expected


@pytest.mark.parametrize(
    "rest",
    [
        "Night at the Museum",  # no town after the venue: a film's name
        "Party at the Palace, London",  # one word before "at the": a show's name
        "A Night at the Opera, Act One",  # not a town: the act's words
        "Dinner at the Grange Hall, Springfield, XY",  # no state's code
        "Concert at the Hall, Opening Night",  # an occasion's words
        "Meet at the Library and then walk to the park",  # no town, a sentence
    ],
)
def test_no_place_at_the_venue(rest: str) -> None:
    assert at_the_place(rest) is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Horror Cave Beach Show, Sutro Baths, San Francisco, CA", ("Horror Cave Beach Show", "Sutro Baths, San Francisco, CA")),
        ("Generator Jamz in the Park!, Golden Gate Park / Baker Beach, San Francisco, CA", ("Generator Jamz in the Park!", "Golden Gate Park / Baker Beach, San Francisco, CA")),
        ("Stork Club, Oakland, CA with Jesse R Berlin", ("Stork Club, Oakland, CA with Jesse R Berlin", "Stork Club, Oakland, CA")),
        ("Stork Club, Oakland, CA", ("Stork Club, Oakland, CA", "Stork Club, Oakland, CA")),
        ("Winter Market, Town Hall, Halifax, NS", ("Winter Market", "Town Hall, Halifax, NS")),
    ],
)  # fmt: skip
def test_a_venue_a_town_and_a_code(title: str, expected: tuple[str, str]) -> None:
    assert tail_place(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Smith, John",  # a name
        "Songs of Love, Hope, Faith, Georgia",  # a region written whole: no listing's code
        "Opening Night, Act One, Scene Two, CA",  # the programme's words
        "Pembroke, Ontario",  # a town and its province (_page_row_places reads that under a date)
        "Rock, Paper, Scissors, GO",  # no state's code
        "Stork Club, Oakland, CA, and then the after-party",  # the code does not end the line nor open a bill
        "Ab, Cd, Ef, CA",  # the name before the place is too short to title the event
    ],
)
def test_no_venue_town_and_code(title: str) -> None:
    assert tail_place(title) is None


def test_a_day_listed_after_a_month_first_date_is_the_events_too() -> None:
    events = read_us(page("<h2>Our Town</h2><ul><li>May 7 &amp; 8 - 7pm</li><li>May 9 - 1pm &amp; 7pm</li></ul>"))
    starts = sorted(event["start"][:16] for event in events)
    assert starts == ["2031-05-07T19:00", "2031-05-08T19:00", "2031-05-09T13:00", "2031-05-09T19:00"]
    assert {event["title"] for event in events} == {"Our Town"}


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("May 7 & 8 - 7pm", dt.date(2031, 5, 8)),
        ("May 7 and 8, 7:30pm", dt.date(2031, 5, 8)),
        ("May 7 & 12 at 7pm", dt.date(2031, 5, 12)),
        ("May 30 + 31 - 2pm", dt.date(2031, 5, 31)),
    ],
)
def test_listed_day(text: str, listed: dt.date) -> None:
    hit = find_dates(text, year_hint=2031, today=dt.date(2031, 3, 1))[0]
    found = listed_day(text, hit)
    assert found is not None
    assert found.day == listed
    assert found.hit.date == hit.date
    assert found.hit.end > hit.end


@pytest.mark.parametrize(
    "text",
    [
        "May 7 & 8pm",  # a clock
        "May 7 & 8:30",  # a clock
        "May 7 and 8 a.m.",  # a clock
        "May 7 & 8 guests",  # a count
        "May 30 & 1 June",  # another month's day, written day first
        "May 7 & 5",  # not after the date's day
        "June 30 & 31",  # past the month's end
        "7 & 8 May",  # day first: _page_joined_days
        "May 7 & 8 (matinee)",  # no clock: one event over both days (_page_day_pairs)
        "May 7 & 8, 10am – 5pm",  # a day's hours: a run from the first opening to the last close (left30)
        "June 3 & 24",  # days apart, no clock: left as read
    ],
)
def test_no_listed_day(text: str) -> None:
    hits = find_dates(text, year_hint=2031, today=dt.date(2031, 3, 1))
    assert not hits or listed_day(text, hits[0]) is None


def test_the_day_list_keeps_a_clock_after_its_second_day() -> None:
    events = read_us(page("<h2>Recital</h2><ul><li>May 7 &amp; 8pm</li></ul>"))
    assert [event["start"][:16] for event in events] == ["2031-05-07T20:00"]


SPA = page(
    "<main><section><h2>Běžný provoz od 14. 9. 2031</h2><table><tbody>"
    "<tr><td></td><td><strong>Bazén</strong></td><td><strong>Wellness</strong></td></tr>"
    "<tr><td>Pondělí</td><td>10:00 &#8211; 20:45</td><td>14:00 &#8211; 20:45, společné sauny</td></tr>"
    "<tr><td>Úterý</td><td>06:00 &#8211; 20:45</td><td>10:00 &#8211; 18:30 pánská sauna</td></tr>"
    "</tbody></table><h2>Letní provoz 2032</h2><p>14.6.-5.9.2032</p><table><tbody>"
    "<tr><td>Pondělí</td><td>10:00 &#8211; 20:15</td><td><span>17:00-20:15</span></td></tr>"
    "</tbody></table></section></main>",
    title="Provoz",
)


def test_a_czech_season_of_operation_is_a_places_hours() -> None:
    assert read_cz(SPA) == []


@pytest.mark.parametrize(
    ("heading", "hours"),
    [
        ("Běžný provoz od 14. 9. 2031", True),
        ("Letní provoz 2032", True),
        ("Zimná prevádzka", True),
        ("Provoz", True),
        ("Provoz bazénu o Vánocích a ukončení", False),  # more words than a season's name
        ("Koncert v kostele", False),
        ("Letní kino 2032", False),  # a summer cinema: a programme
    ],
)
def test_hours_section_reads_czech_seasons(heading: str, hours: bool) -> None:
    assert hours_section(heading) is hours
