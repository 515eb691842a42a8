"""Review26: ordinary documents that the rules of batches pages81, pages82, apis57 and feeds54 read wrong, each fixed
with its hard negative (the document the rule was written for).

- a fragment's lone heading over "When:" or a bold first line over labelled fields named the event even when it is
  a section's heading ("Event details", "Save the date", "You're invited", "Our next event"), a greeting ("Hi Ann,")
  or a venue's name over a "What:" field that names the event itself (``_page_labelled_heading``); an invitation's
  heading and a calendar view's bold name over Location / Date / Time still name theirs.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from tests.sources.helpers import read_page

UTC = zoneinfo.ZoneInfo("UTC")
read = functools.partial(read_page, url=None, zone=UTC, start=dt.datetime(2031, 4, 30, 12, 0))  # noqa: DTZ001

INVITE = (
    "<html><head><title></title></head><body><div><h2>{heading}</h2><table>"
    "<tr><td>When:</td><td>Saturday 10 May 2031 19:00 - 21:00</td></tr><tr><td>Where:</td><td>Town Hall</td></tr>"
    "</table><p>Bring a book, take a book.</p></div></body></html>"
)
BOLD = "<html><body><table><tr><td><b>{bold}</b></td></tr>{rows}</table></body></html>"
ROWS = "<tr><td>Date:</td><td>Saturday 10 May 2031</td></tr><tr><td>Time:</td><td>8pm</td></tr>"
WHAT = "<tr><td>What:</td><td>Jazz Night</td></tr>"


@pytest.mark.parametrize(
    "heading", ["Event details", "Details", "Save the date", "You're invited", "Join us!", "Our next event"]
)
def test_a_sections_heading_over_when_names_no_event(heading: str) -> None:
    assert [event["title"] for event in read(INVITE.format(heading=heading))] == []


@pytest.mark.parametrize("heading", ["Spring Book Swap", "Hello Kitty Party", "Next Wave Jazz Night"])
def test_an_events_heading_over_when_still_names_it(heading: str) -> None:
    assert [event["title"] for event in read(INVITE.format(heading=heading))] == [heading]


@pytest.mark.parametrize(("bold", "rows"), [("Riverside Arts Centre", WHAT + ROWS), ("Hi Ann,", ROWS)])
def test_a_venues_name_or_a_greeting_in_bold_names_no_event(bold: str, rows: str) -> None:
    assert [event["title"] for event in read(BOLD.format(bold=bold, rows=rows))] == []


def test_a_bold_name_over_location_date_and_time_still_names_it() -> None:
    rows = "<tr><td>Location:</td><td>Room 3</td></tr>" + ROWS
    events = read(BOLD.format(bold="Planning meeting", rows=rows))
    assert [(event["title"], event["start"]) for event in events] == [("Planning meeting", "2031-05-10T20:00:00+00:00")]
