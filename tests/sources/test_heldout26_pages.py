"""The twenty-sixth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout26.json: measured
once at 087b613), each rule on a small document of our own:

1. a card that gives only its time ("2:00 PM", "All Day") inside a day cell naming its ISO day in a ``data-date``
   attribute (a library calendar's day grid, a month grid's cell) is on that day (_page_iso_days.cell_day,
   _page_day_cells);
2. a dated line labelled as a registration's or a sign-up's opening, closing or deadline ("Registration Close: Jan
   10, 2025") says when something else happens: it is no event of the page's schedule (_page_other_dates);
3. the line right under a card's date line that is a place by its own noun ("Seattle Program Center") is the card's
   place, with the street address under it (_page_card_fields.place_under_date).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import lxml.html
import pytest

from sources.adapters import _page_iso_days, _page_other_dates
from sources.adapters._page_card_fields import place_under_date
from sources.adapters._page_iso_days import cell_day, in_cell
from sources.adapters.base import RawEvent
from tests.hostile import module_patterns, superlinear_shape
from tests.sources.helpers import local_minute as local
from tests.sources.helpers import page_events

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
SEATTLE = zoneinfo.ZoneInfo("America/Los_Angeles")


def events_of(body: str, zone: zoneinfo.ZoneInfo, start: dt.datetime) -> list[RawEvent]:
    return page_events(body, zone=zone, start=start, base="https://branch.example.org/calendar")


# --- 1. cards in a day cell ----------------------------------------------------------------------------------
def day_cell(day: str, *cards: tuple[str, str]) -> str:
    inner = "".join(
        f'<article class="item"><h3><a href="/event/{name.lower().replace(" ", "-")}">{name}</a></h3>'
        f'<div class="when">{when}</div></article>'
        for name, when in cards
    )
    return f'<div class="day" data-date="{day}">{inner}</div>'


GRID = (
    "<html><body><h1>Events this week</h1>"
    + day_cell("2027-03-02", ("Toddler Rhymes", "10:30 AM"), ("Chess Club", "4:00 PM - 5:30 PM"))
    + day_cell("2027-03-03", ("Seed Library Open House", "All Day"))
    + "</body></html>"
)


def test_cards_take_their_day_cells_day() -> None:
    events = events_of(GRID, CHICAGO, dt.datetime(2027, 3, 1, tzinfo=CHICAGO))
    assert [(event.title, local(event.start, CHICAGO)) for event in events] == [
        ("Toddler Rhymes", "2027-03-02 10:30"),
        ("Chess Club", "2027-03-02 16:00"),
        ("Seed Library Open House", "2027-03-03"),
    ]
    assert local(events[1].end, CHICAGO) == "2027-03-02 17:30"
    assert events[0].url == "https://branch.example.org/event/toddler-rhymes"


def test_a_cards_own_day_wins_over_its_cells() -> None:
    body = (
        '<html><body><div data-date="2027-03-02">'
        '<article class="item"><h3>Author Talk</h3><p>Friday, March 5, 2027 at 7 PM</p></article>'
        '<article class="item"><h3>Poetry Night</h3><p>Saturday, March 6, 2027 at 8 PM</p></article>'
        "</div></body></html>"
    )
    events = events_of(body, CHICAGO, dt.datetime(2027, 3, 1, tzinfo=CHICAGO))
    assert [local(event.start, CHICAGO) for event in events] == ["2027-03-05 19:00", "2027-03-06 20:00"]


@pytest.mark.parametrize(
    ("html", "day"),
    [
        ('<div data-date="2027-03-02"><article><h3>A</h3><p>2 PM</p></article></div>', "2027-03-02"),
        ('<article data-date="2027-03-02"><h3>A</h3><p>2 PM</p></article>', "2027-03-02"),
        ('<div data-date="032527"><article><h3>A</h3><p>2 PM</p></article></div>', None),  # no ISO day
        ('<div data-date="2027-03-02T10:00"><article><h3>A</h3><p>2 PM</p></article></div>', None),
        (  # too far above the card: the page's frame, not its day cell
            '<div data-date="2027-03-02"><div><div><div><div><div><article><h3>A</h3><p>2 PM</p></article>'
            "</div></div></div></div></div></div>",
            None,
        ),
    ],
)
def test_cell_day(html: str, day: str | None) -> None:
    article = next(lxml.html.fromstring(html).iter("article"))
    assert cell_day(article) == day


def test_a_title_alone_in_a_cell_is_no_card() -> None:
    article = lxml.html.fromstring('<div data-date="2027-03-02"><article><h3>Book Sale</h3></article></div>')
    card = next(article.iter("article"))
    assert in_cell(card, "Book Sale") is None
    assert in_cell(card, "Book Sale\nAll Day") == "2027-03-02"


# --- 2. registration dates beside a trip's day ---------------------------------------------------------------
TRIP = """<html><body>
<h1>Ridge Loop Day Hike</h1>
<h2>Day Hiking</h2>
<ul class="facts">
  <li>Sunday, Apr 18, 2027</li>
  <li><b>Difficulty:</b> Moderate</li>
  <li><b>Registration Opens:</b> Mar 1, 2027</li>
  <li><b>Registration Closes:</b> Apr 14, 2027</li>
  <li><b>Branch:</b> Foothills</li>
</ul>
<p>Meet at the trailhead; bring water.</p>
</body></html>"""


def test_registration_dates_are_no_events() -> None:
    events = events_of(TRIP, SEATTLE, dt.datetime(2027, 2, 1, tzinfo=SEATTLE))
    assert [(event.title, local(event.start, SEATTLE)) for event in events] == [("Ridge Loop Day Hike", "2027-04-18")]


def test_a_schedule_keeps_its_rows_beside_a_sign_up_deadline() -> None:
    body = """<html><body><h1>Volunteer trail days</h1><ul>
      <li>Trail work at Cedar Flats: May 8, 2027</li>
      <li>Trail work at Eagle Point: May 22, 2027</li>
      <li>Sign-up deadline: May 1, 2027</li>
    </ul></body></html>"""
    events = events_of(body, SEATTLE, dt.datetime(2027, 4, 1, tzinfo=SEATTLE))
    assert [local(event.start, SEATTLE) for event in events] == ["2027-05-08", "2027-05-22"]


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Registration Open: Dec 1, 2024", True),
        ("Registration closes: Jan 10, 2025", True),
        ("Online registration opens on: March 3", True),
        ("Sign-up deadline: May 1", True),
        ("Early-bird registration ends: June 1", True),
        ("Ticket sales open: June 1", True),
        ("Registration: 8:00 AM", False),  # the event's own check-in
        ("Open House: June 1", False),
        ("Closing reception: June 1", False),
    ],
)
def test_other_date_label(text: str, other: bool) -> None:
    assert bool(_page_other_dates.OTHER_DATE_LABEL.match(text)) is other


# --- 3. the place under a card's date ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lines", "place"),
    [
        (
            ["Bird Walk", "May 2, 2027 8:00 AM", "Nature Center", "1200 Lake Shore Dr"],
            "Nature Center, 1200 Lake Shore Dr",
        ),
        (["Bird Walk", "May 2, 2027 8:00 AM", "Riverside Nature Center"], "Riverside Nature Center"),
        (["Bird Walk", "May 2, 2027 8:00 AM", "Bring binoculars and water."], None),  # a remark
        (["Bird Walk", "May 2, 2027 8:00 AM", "Ages 8 and up"], None),
        (["Bird Walk", "Nature Center", "May 2, 2027 8:00 AM"], None),  # above the date: not read here
        (["Bird Walk", "May 2, 2027 8:00 AM", "Free for members of the Audubon Society chapter"], None),
    ],
)
def test_place_under_date(lines: list[str], place: str | None) -> None:
    assert place_under_date(lines) == place


def test_a_results_cards_place_under_its_date() -> None:
    def card(name: str, when: str, *side: str) -> str:
        lines = "".join(f"<div>{line}</div>" for line in side)
        return f'<div class="result-item"><h2><a href="/e/{len(name)}">{name}</a></h2><div>{when}</div><div>{lines}</div></div>'

    body = (
        "<html><body><div>2 results</div>"
        + card("Owl Prowl", "Oct 9, 2027 07:00 PM to 09:00 PM", "Hillside Nature Center", "480 Ridge Rd")
        + card("Pond Study", "Oct 16, 2027 10:00 AM to 12:00 PM", "Hillside Nature Center")
        + "</body></html>"
    )
    events = events_of(body, SEATTLE, dt.datetime(2027, 10, 1, tzinfo=SEATTLE))
    assert [event.venue_name for event in events] == ["Hillside Nature Center, 480 Ridge Rd", "Hillside Nature Center"]


PATTERNS = {
    **module_patterns(_page_iso_days, "_page_iso_days."),
    **module_patterns(_page_other_dates, "_page_other_dates."),
}


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_patterns_stay_linear(name: str) -> None:
    assert superlinear_shape(PATTERNS[name]) is None


def test_a_heading_under_the_days_line_is_the_name_not_the_place() -> None:
    lines = ["May 10, 2027 - Monday", "Field Trip Week", "- Thru 5/14/2027"]
    assert place_under_date(lines, "Field Trip Week") is None
    assert place_under_date(["Owl Prowl", "Oct 9, 2027 7 PM", "Hillside Nature Center"], "Owl Prowl") == (
        "Hillside Nature Center"
    )
