"""The seventy-fifth held-out batch's miss, pages (issue #13, bench/corpus/pages/manifest-heldout75.json: measured once
at 16b6e2c6), on small documents of our own:

* An institute's event page cut to its content has no <h1>, <title> or og:title: one <h2> "Harbour Talks - A Guest"
  over a paragraph whose bold line dates it, "Harbour Talks – 4 March 2031", then "6-7pm". Nothing was read: a lone
  <h2> named the page only when it was a link. Now it does when a dated line under it starts with the heading's
  lead, its words before the dash (``_page_series_heading``).
* A seminar series prints each talk as a paragraph: "<strong>3 February 2031 -- Seminar Room 5, Quay Court</strong>",
  the speaker, the talk's title in <em>. The room after the dash was read as the title. Now a room's name set off by a
  dash after a line's leading date is the place, and the title is looked for as on a date-only line
  (``_page_date_rooms``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import lxml.html

from sources.adapters._page_date_rooms import ROOM, date_led_room
from sources.adapters._page_dates import find_dates
from sources.adapters._page_series_heading import series_named
from tests.sources.helpers import read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
START = dt.datetime(2031, 2, 1, 12, 0)  # noqa: DTZ001
read = functools.partial(read_page, url="https://institute.example/events/harbour-talks", zone=LONDON, start=START)

DETAIL = (
    '<html><body><div class="content"><h2>{heading}</h2><p><strong>{line}</strong><br/><br/>'
    "A guest joins us to talk about harbour cranes.<br/><br/>6-7pm, followed by drinks<br/>"
    "Harbour Institute, Quay Street</p></div></body></html>"
)


def test_a_lone_heading_whose_series_dates_the_line_below_names_the_event() -> None:
    events = read(DETAIL.format(heading="Harbour Talks - A Guest", line="Harbour Talks – 4 March 2031"))
    assert [(e["title"], e["start"], e["end"]) for e in events] == [
        ("Harbour Talks - A Guest", "2031-03-04T18:00:00+00:00", "2031-03-04T19:00:00+00:00")
    ]


def test_a_lone_heading_sharing_no_lead_with_the_date_line_names_nothing() -> None:
    # Not: a widget's heading over a dated post ("Newsletter - Sign up" over "Posted – 4 March 2031").
    assert read(DETAIL.format(heading="Newsletter - Sign up", line="Posted – 4 March 2031")) == []


def test_the_lead_needs_a_separator_a_date_and_a_line_that_starts_with_it() -> None:
    def named(body: str) -> bool:
        root = lxml.html.fromstring(body)
        return series_named(next(root.iter("h2")))

    assert named("<div><h2>Harbour Talks - A Guest</h2><p>Harbour Talks – 4 March 2031</p></div>")
    # Not: a heading with no separator, so no lead ("Upcoming talks" over "Upcoming talks – 4 March 2031") ...
    assert not named("<div><h2>Upcoming talks</h2><p>Upcoming talks – 4 March 2031</p></div>")
    # ... a line that repeats the lead with no date ...
    assert not named("<div><h2>Harbour Talks - A Guest</h2><p>Harbour Talks – a series of evenings</p></div>")
    # ... a line where the lead is only the start of a longer word ("Harbour Talkshow") ...
    assert not named("<div><h2>Harbour Talks - A Guest</h2><p>Harbour Talkshow 4 March 2031</p></div>")
    # ... and a date line that does not start with the lead.
    assert not named("<div><h2>Harbour Talks - A Guest</h2><p>On 4 March 2031, Harbour Talks</p></div>")


def test_a_page_of_two_headings_is_still_no_single_event() -> None:
    # Not: a list's two <h2> items, each over its own series line: no one heading names the page.
    body = (
        "<html><body><div><h2>Harbour Talks - A Guest</h2><p>Harbour Talks – 4 March 2031</p>"
        "<h2>Harbour Talks - Another</h2><p>Harbour Talks – 11 March 2031</p></div></body></html>"
    )
    assert [event["start"] for event in read(body)] == ["2031-03-04", "2031-03-11"]  # two dates, no one page event


SEMINARS = (
    "<html><body><article><h1>Harbour History seminar</h1>"
    "<p><strong>{first}</strong><br><a href='/people/ada'>Ada Quay</a> (Harbour College)<br>"
    "<em>Cranes and the shape of the waterfront</em></p>"
    "<p><strong>24 February 2031</strong><br><a href='/people/bo'>Bo Pier</a> (Dock University)<br>"
    "<em>Lighthouses before electricity</em></p></article></body></html>"
)


def test_a_room_after_a_leading_date_is_the_place_not_the_title() -> None:
    events = read(SEMINARS.format(first="3 February 2031 -- Seminar Room 5, Quay Court"))
    assert [(e["title"], e["start"], e["venue_name"]) for e in events] == [
        ("Cranes and the shape of the waterfront", "2031-02-03", "Seminar Room 5, Quay Court"),
        ("Lighthouses before electricity", "2031-02-24", None),
    ]


def test_a_title_after_a_leading_date_stays_the_title() -> None:
    # Not: a talk's own name after the dash ("Harbour Lights Night") is no room.
    events = read(SEMINARS.format(first="3 February 2031 – Harbour Lights Night"))
    assert events[0]["title"] == "Harbour Lights Night"


def test_a_room_needs_a_leading_date_a_dash_and_a_room_noun_ending_its_name() -> None:
    def room(text: str) -> str | None:
        hit = find_dates(text, year_hint=None, today=dt.date(2031, 1, 1))[0]
        return date_led_room(text, hit, text[hit.end :].strip(" -–—"))

    assert room("3 February 2031 -- Seminar Room 5, Quay Court") == "Seminar Room 5, Quay Court"
    assert room("3 February 2031 – Lecture Theatre") == "Lecture Theatre"
    # Not: a meeting held in a hall (more words after the noun) ...
    assert room("3 February 2031 – Town Hall Meeting") is None
    # ... words before the date ...
    assert room("Talk: 3 February 2031 – Seminar Room 5") is None
    # ... no dash after the date.
    assert room("3 February 2031 Seminar Room 5") is None
    assert ROOM.match("Harbour Lights Night") is None
