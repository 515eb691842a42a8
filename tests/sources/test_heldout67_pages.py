"""The sixty-seventh held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout67.json: measured
once at f4c5732a), on small documents of our own:

* A call-for-papers aggregator's item writes "<p>CFPs Due: <time datetime=2019-06-30></p>" above "<p>Conference
  Date: <time datetime=2020-02-07></p>": the conference was read as a run from the call's deadline to its day, on
  the deadline. Now a call for papers' (or its submissions') closing, opening or due date is another date's label
  (``_page_other_dates.OTHER_DATE_LABEL``), and a card's ``<time>`` or line so labelled (a registration's too) is
  neither its start nor its end when another date remains (``_page_card_other_dates``).
* Another writes "<h4><strong>Event Dates:</strong> January 23, 2019, January 24, 2019, …</h4>" under the
  conference's heading: each day was titled "Event Dates". Now a line's words that are only a field's label, written
  with its colon ("Event Dates:", "When:", "Fecha:"), name nothing, and the days take their section's name
  (``_page_date_labels``).

Left (the manifest's figures.after): that card's days take the nearest heading, which there is the conference's web
address (an <h4> link), not its name; its "CFP closes at | November 04, 2018 23:11 UTC" table row (no colon) and its
local copy are still read as two events; "SnowCamp - Grenoble, France" and a table's "City, Country" column are not
split into name and place; a JSON-LD event's visible "CFP closes October 26" link is not kept as a link.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._page_card_other_dates import without_other_lines
from sources.adapters._page_date_labels import date_label
from sources.adapters._page_other_dates import OTHER_DATE_LABEL
from tests.sources.helpers import read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
MARCH = dt.datetime(2026, 3, 1, 9, 0)  # noqa: DTZ001 - a wall-clock time read_page places in the zone

read_list = functools.partial(read_page, url="https://confs.example/open-calls", zone=LONDON, start=MARCH)


def starts_and_titles(events: list[dict]) -> list[tuple[str, str]]:
    return [(str(event["start"])[:16], event["title"]) for event in events]


def conference_item(first: str, second: str) -> str:
    return (
        '<html><body><ul class="calls"><li class="call"><h3><a href="/c/pydata-leeds">PyData Leeds 2026</a></h3>'
        f"<p>{first}</p><p>{second}</p><p><strong>Location:</strong> Leeds, UK</p></li></ul></body></html>"
    )


# --- 1. a call's deadline beside the conference's day ---------------------------------------------------------
@pytest.mark.parametrize(
    "label",
    ["<strong>CFPs Due:</strong>", "<strong>Registration closes:</strong>", "Call for papers closes:"],
)
def test_a_deadlines_time_beside_the_conferences_is_neither_start_nor_end(label: str) -> None:
    body = conference_item(
        f'{label} <time datetime="2026-04-30">2026-04-30</time>',
        '<strong>Conference Date:</strong> <time datetime="2026-06-07">2026-06-07</time>',
    )
    [event] = read_list(body)
    assert (str(event["start"]), event.get("end")) == ("2026-06-07", None)
    assert event["title"] == "PyData Leeds 2026"


def test_a_deadline_line_beside_the_conferences_is_neither_start_nor_end() -> None:
    body = conference_item("Submissions due: 30 April 2026", "Date: 7 June 2026")
    [event] = read_list(body)
    assert str(event["start"]) == "2026-06-07"


def test_a_card_whose_only_date_is_labelled_a_deadline_keeps_it() -> None:
    # Nothing else dates it: the labelled day stays the card's (a sign-up drive's own day, say).
    body = conference_item(
        '<strong>Registration closes:</strong> <time datetime="2026-04-30">2026-04-30</time>', "Free for members"
    )
    assert [str(event["start"]) for event in read_list(body)] == ["2026-04-30"]


def test_a_cards_own_start_and_end_times_are_kept() -> None:
    # Not: two <time>s of the event itself ("Starts:" and "Ends:" are its own labels).
    body = conference_item(
        '<strong>Starts:</strong> <time datetime="2026-06-07">7 June</time>',
        '<strong>Ends:</strong> <time datetime="2026-06-09">9 June</time>',
    )
    [event] = read_list(body)
    assert (str(event["start"]), str(event["end"])) == ("2026-06-07", "2026-06-09")


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("CFPs Due: 2019-06-30", True),
        ("CFP closes: November 4", True),
        ("Call for papers closes at: 4 November", True),
        ("Call for proposals deadline: May 1", True),
        ("Submissions due: April 30", True),
        ("Abstracts due date: April 30", True),
        ("Conference Date: 2020-02-07", False),
        ("Submissions: 3 tracks", False),  # the conference's own words, no deadline
        ("Call for Code Day: June 3", False),  # an event named so
    ],
)
def test_a_call_for_papers_deadline_is_another_dates_label(text: str, other: bool) -> None:
    assert bool(OTHER_DATE_LABEL.match(text)) is other


def test_lines_labelled_another_date_are_left_out_only_when_a_date_remains() -> None:
    assert without_other_lines("PyData Leeds\nCFPs Due: 30 April 2026\nDate: 7 June 2026") == (
        "PyData Leeds\nDate: 7 June 2026"
    )
    alone = "PyData Leeds\nCFPs Due: 30 April 2026\nLeeds, UK"
    assert without_other_lines(alone) == alone


# --- 2. a field's label is no title ---------------------------------------------------------------------------
def test_days_listed_under_a_field_label_take_their_headings_name() -> None:
    body = (
        '<html><body><div class="panel"><h3 class="event__title"><a href="/c/snow">SnowCamp - Grenoble</a></h3>'
        '<div class="body"><h4><strong>Event Dates:</strong> June 23, 2026, June 24, 2026, June 25, 2026</h4>'
        "</div></div></body></html>"
    )
    assert {event["title"] for event in read_list(body)} == {"SnowCamp - Grenoble"}


@pytest.mark.parametrize(
    ("title", "line", "label"),
    [
        ("Event Dates", "Event Dates: June 23, 2026, June 24, 2026", True),
        ("When", "When : June 3", True),
        ("Fecha", "Fecha: 3 de junio", True),
        ("Conference dates", "Conference dates: June 3-5", True),
        ("Date Night", "Date Night: June 3", False),  # a name that begins with a field's word
        ("Dates", "Dates June 3 at the Roxy", False),  # no colon: a band called Dates
        ("Event", "Event: June 3", False),  # what it dates, and no field
    ],
)
def test_a_field_label(title: str, line: str, label: bool) -> None:
    assert date_label(title, line) is label


# --- 3. a table's "City, Country" column is the rows' place ---------------------------------------------------
CALLS_TABLE = """<html><body><article><table>
  <thead><tr><th>CFP end</th><th>Conference Date</th><th>{town}</th><th>Name</th></tr></thead>
  <tbody>
    <tr><td>2026.04.02</td><td>2026.06.27-29</td><td>Leeds, UK</td><td><a href="https://a.example">RustLeeds</a></td></tr>
    <tr><td>2026.05.02</td><td>2026.07.10</td><td>York, UK</td><td><a href="https://b.example">PyYork</a></td></tr>
  </tbody></table></article></body></html>"""


@pytest.mark.parametrize("town", ["City, Country", "City / Country", "Town, County"])
def test_a_column_headed_by_the_town_and_its_country_places_the_rows(town: str) -> None:
    events = read_list(CALLS_TABLE.format(town=town))
    assert [(event["title"], event.get("venue_name")) for event in events] == [
        ("RustLeeds", "Leeds, UK"),
        ("PyYork", "York, UK"),
    ]


def test_a_column_headed_city_council_places_nothing() -> None:
    # Not: a column about a council ("City Council" is who meets, not where).
    events = read_list(CALLS_TABLE.format(town="City Council"))
    assert len(events) == 2
    assert all(event.get("venue_name") != "Leeds, UK" for event in events)


# --- 4. a heading that is only the event's web address names no section ---------------------------------------
def test_a_web_address_heading_under_the_name_is_no_section() -> None:
    body = (
        '<html><body><div class="panel"><h3><a href="/c/snow">SnowCamp - Grenoble</a></h3>'
        '<h4><a href="https://snowcamp.example">https://snowcamp.example</a></h4>'
        "<h4><strong>Event Dates:</strong> June 23, 2026, June 24, 2026</h4></div></body></html>"
    )
    assert {event["title"] for event in read_list(body)} == {"SnowCamp - Grenoble"}


def test_a_heading_with_words_and_an_address_is_still_a_section() -> None:
    body = (
        "<html><body><h3>Other dates</h3><h4>Tickets at https://box.example</h4>"
        "<h4><strong>Event Dates:</strong> June 23, 2026, June 24, 2026</h4></body></html>"
    )
    assert {event["title"] for event in read_list(body)} == {"Tickets at https://box.example"}
