"""The hundred-and-eighth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout108.json: a
walking group's annual programme, a parish council's meeting dates, and a hard negative, the walking group's "In
Memory" page; measured once at 3e7471da), on small documents of our own:

* The programme puts each weekday's walks in a ``<section>``: an <h3> "TUESDAY WALKS" over a Date | Leaders table.
  The header's "Date" beside "Leaders" read as a card's label and value, so each section was one card dated by its
  first row (3 of 34 walks). A table's header row is no label (``_page_leaders_column.column_headers``); its rows
  were then titled "TUESDAY WALKS - Ann Batty": a leader's name is no walk's name (``people_titles``), unless the
  cell names an outing ("Bolton Abbey Coach Ramble").
* The council's dates sat under "When and Where We Meet" and were titled so; the paragraph above says who meets
  ("Hertingfordbury Parish Council meets regularly …"): that body's meeting (``_page_body_meets``).
* The memorial page's card was read as an event on the day its text says someone died (``_page_death_dates``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._page_body_meets import WHEN_WHERE, body_meets
from sources.adapters._page_leaders_column import PEOPLE_HEADER
from tests.sources.helpers import read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
read_uk = functools.partial(
    read_page,
    url="https://walkers.example/programme",
    zone=LONDON,
    start=dt.datetime(2031, 1, 2, 9),  # noqa: DTZ001
)


def programme(rows_by_day: dict[str, list[tuple[str, str]]], *, people: str = "Leaders") -> str:
    sections = "".join(
        f"<section id='{day.lower()}'><h3>{day.upper()} WALKS</h3><table><thead><tr><th>Date</th>"
        f"<th>{people}</th></tr></thead><tbody>"
        + "".join(f"<tr><td>{date}</td><td>{who}</td></tr>" for date, who in rows)
        + "</tbody></table></section>"
        for day, rows in rows_by_day.items()
    )
    return f"<html><body><main><h2>ANNUAL WALKS PROGRAMME 2031</h2><div>{sections}</div></main></body></html>"


WALKS = {
    "Tuesday": [("7th&nbsp;Jan", "Ann Batty"), ("4th&nbsp;Feb", "Marie Gelder"), ("4th&nbsp;Mar", "Nigel Robb")],
    "Wednesday": [("15th&nbsp;Jan", "Mike Wilson"), ("12th&nbsp;Feb", "Bolton Abbey Coach Ramble")],
    "Sunday": [("26th&nbsp;Jan", "Les Seaman"), ("23rd&nbsp;Feb", "Sam Butler"), ("23rd&nbsp;Mar", "Ann Batty")],
}


def titles_by_day(events: list[dict]) -> dict[str, str]:
    return {str(event["start"])[:10]: event["title"] for event in events}


def test_a_walks_programme_reads_every_row_titled_by_its_section():
    found = titles_by_day(read_uk(programme(WALKS)))
    assert found == {
        "2031-01-07": "Tuesday Walks",
        "2031-02-04": "Tuesday Walks",
        "2031-03-04": "Tuesday Walks",
        "2031-01-15": "Wednesday Walks",
        "2031-02-12": "Bolton Abbey Coach Ramble",
        "2031-01-26": "Sunday Walks",
        "2031-02-23": "Sunday Walks",
        "2031-03-23": "Sunday Walks",
    }


def test_a_column_of_what_each_row_is_still_titles_it():
    rows = {"Tuesday": [("7th Jan", "Riverside"), ("4th Feb", "Moorland Edge"), ("4th Mar", "Canal Towpath")]}
    found = titles_by_day(read_uk(programme(rows, people="Route")))
    assert found["2031-01-07"].endswith("Riverside")
    assert found["2031-02-04"].endswith("Moorland Edge")


def test_a_card_labelling_its_date_in_a_header_cell_beside_a_value_cell_is_still_one_card():
    page = (
        "<html><body><div class='event-card'><h3>Spring Fair</h3><table><tr><th>Date</th><td>Saturday 5th April"
        " 2031</td></tr><tr><th>Where</th><td>Village Hall</td></tr></table><p>Stalls and teas.</p></div>"
        "<div class='event-card'><h3>Summer Fete</h3><table><tr><th>Date</th><td>Saturday 12th July 2031</td></tr>"
        "</table></div></body></html>"
    )
    found = titles_by_day(read_uk(page))
    assert found.get("2031-04-05") == "Spring Fair"
    assert found.get("2031-07-12") == "Summer Fete"


@pytest.mark.parametrize(
    "header", ["Leaders", "Leader", "Led by", "Walk Leader", "Walk leaders", "Leader(s)", "Hosts", "Guide", "Contact"]
)
def test_people_headers(header):
    assert PEOPLE_HEADER.match(header)


@pytest.mark.parametrize("header", ["Walk", "Route", "Event", "Leaders' meeting", "Description", "Venue"])
def test_not_people_headers(header):
    assert not PEOPLE_HEADER.match(header)


def council(heading: str, statement: str) -> str:
    items = "".join(
        f"<li>{text}</li>"
        for text in (
            "No meeting in April 2031",
            "Wednesday 14th May 2031",
            "Wednesday 9th July 2031",
            "Wednesday 10th September 2031",
            "Wednesday 8th October 2031",
        )
    )
    return (
        f"<html><body><h2>{heading}</h2><div class='panelLeft'><p>{statement}</p><p>Future Dates are:</p>"
        f"<div id='meetings'><ul id='meetingDates'>{items}</ul></div></div></body></html>"
    )


STATEMENT = (
    "Ashcombe Parish Council meets regularly throughout the year in the Main Hall of Ashcombe Primary School in"
    " Birch Green at 7.00pm. All meetings are open to the public."
)


def test_dates_under_when_and_where_are_the_body_s_meetings():
    events = read_uk(council("When and Where We Meet", STATEMENT))
    assert {str(event["start"])[:16] for event in events} >= {"2031-05-14T19:00", "2031-10-08T19:00"}
    assert {event["title"] for event in events} == {"Ashcombe Parish Council meeting"}


def test_a_heading_that_names_the_meetings_keeps_its_name():
    events = read_uk(council("Planning Committee", STATEMENT))
    assert events
    assert {event["title"] for event in events} != {"Ashcombe Parish Council meeting"}


def test_a_statement_naming_no_body_keeps_the_heading():
    events = read_uk(council("When and Where We Meet", "We meet in the Main Hall at 7.00pm. All are welcome."))
    assert all(event["title"] != "Ashcombe Parish Council meeting" for event in events)


@pytest.mark.parametrize(
    "heading",
    ["When and Where We Meet", "When we meet", "Where and when we meet", "Meeting Dates", "Future dates",
     "Dates of meetings", "Schedule of Meetings", "Meeting schedule:"],
)  # fmt: skip
def test_when_where_headings(heading):
    assert WHEN_WHERE.match(heading)


@pytest.mark.parametrize("heading", ["Planning Committee", "Concerts 2031", "Where to find us", "Meetings and minutes"])
def test_not_when_where_headings(heading):
    assert not WHEN_WHERE.match(heading)


@pytest.mark.parametrize(
    ("statement", "body"),
    [
        ("Ashcombe Parish Council meets regularly on the 2nd Wednesday", "Ashcombe Parish Council"),
        ("The Society meets on the third Tuesday at 7.30pm", None),  # a body word alone names no one
        ("The Ashcombe History Society meets on Tuesdays", "Ashcombe History Society"),
        ("The Board of Trustees will meet quarterly", None),  # "of" between: not a name of capitals alone
        ("Hilltop Gardening Club usually meets at the Institute", "Hilltop Gardening Club"),
        ("We meet on Mondays", None),
        ("Meetings are held in the Main Hall", None),
        ("The hall is open from 9am", None),
        ("Members of the Ashcombe Parish Council meet monthly", None),
    ],
)
def test_body_meets(statement, body):
    assert body_meets(statement) == body


def memorial(text: str, heading: str = "GORDON WORTHINGTON - A SAD LOSS FOR OUR MEMBERS") -> str:
    return (
        "<html><body><main><h2>~ IN MEMORY ~</h2><article><div class='card sviwg-text-card sviwg-news-card'>"
        f"<div class='card-header'><h3>{heading}</h3></div><div class='card-body'><p>{text}</p></div>"
        "<div class='card-footer'>Gail.</div></div></article></main></body></html>"
    )


def test_an_obituary_dated_by_a_death_is_no_event():
    text = "I am very sorry to announce Gordon died Sunday 30th March at home with his family. We send condolences."
    assert read_uk(memorial(text)) == []


@pytest.mark.parametrize("words", ["passed away on 30th March", "passed away on Sunday 30th March"])
def test_passed_away_is_a_death_too(words):
    assert read_uk(memorial(f"Sadly Cedric {words}, aged 88.")) == []


@pytest.mark.parametrize(
    ("heading", "text", "day"),
    [
        # a service on its own day, whose text says someone died: still an event
        ("Service of Thanksgiving for Gordon", "Friday 11th April 2031 at 2pm, St Mary's Church. Gordon died last"
         " month; all are welcome.", "2031-04-11"),
        # a talk dated apart from the death it tells of
        ("Talk: The Life of Ada Lovelace", "Tuesday 8th April 2031, 7.30pm. Ada Lovelace died 27th November 1852;"
         " this talk tells her story.", "2031-04-08"),
        # an anniversary: the day and month of a birth in another year
        ("Mozart Birthday Concert", "Tuesday 27th January 2032, 7.30pm. Mozart was born on 27th January 1756; we"
         " mark the day with his music.", "2032-01-27"),
        ("Remembering Gordon: a memorial walk", "Sunday 30th March 2031, 10am. Gordon died on 30 March 2030, a year"
         " ago today.", "2031-03-30"),
    ],
)  # fmt: skip
def test_a_card_dated_apart_from_a_death_is_kept(heading, text, day):
    page = f"<html><body><div class='event-card'><h3>{heading}</h3><p>{text}</p></div></body></html>"
    assert [str(event["start"])[:10] for event in read_uk(page)] == [day]
