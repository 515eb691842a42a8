"""The fifty-fifth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout55.json: measured
once at e73ad7a3), on small documents of our own:

* A climbing club's trip list links each trip with its place after an at sign ("02/28/20 - 03/01/20" | "Joshua Tree
  Indian Cove [G] @ Joshua Tree Indian Cove"): the trips were read, titled with the whole link, no place. Now an
  event that states no place takes the one its title names after " @ " (_page_finish.places_from_titles, with the
  feeds' and APIs' _title_place). Not: a place the event states already, "@ 8pm", "@ Zoom", "Drinks @ 7", an
  e-mail address.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._page_finish import places_from_titles
from sources.adapters.base import RawEvent
from tests.sources.helpers import read_page

LA = zoneinfo.ZoneInfo("America/Los_Angeles")
FEBRUARY = dt.datetime(2027, 2, 20)  # noqa: DTZ001 - a wall-clock time read_page places in the zone
read = functools.partial(read_page, url="https://climbers.example.org/events/list", zone=LA, start=FEBRUARY)


def row(days: str, slug: str, name: str, summary: str) -> str:
    return (
        f'<tr><td><b><a href="/events/{slug}">{days}</a></b></td>'
        f'<td><b><a href="/events/{slug}">{name}</a></b></td></tr>'
        f"<tr><td>&nbsp;</td><td>{summary}</td></tr><tr><td colspan='2'>&nbsp;</td></tr>"
    )


TRIPS = (
    "<html><head><title>Club Trips</title></head><body><h3>Upcoming Trips and Events</h3><table>"
    + row(
        "03/05/27&nbsp;-&nbsp;03/07/27",
        "pinnacles-1",
        "Pinnacles [G] &nbsp;@&nbsp;Pinnacles Campground",
        "Climbing at Pinnacles NP",
    )
    + row(
        "03/13/27&nbsp;-&nbsp;03/14/27",
        "safety-course-2",
        "Safety Course #2 &nbsp;@&nbsp;Stoney Point, Chatsworth",
        "Rock Climbing Safety Course",
    )
    + row("03/20/27&nbsp;-&nbsp;03/20/27", "evaluation-3", "Quarterly Evaluation &nbsp;@&nbsp;", "Safety Evaluation")
    + "</table></body></html>"
)


def test_a_trip_list_names_each_trips_place_after_an_at_sign() -> None:
    places = {event["start"]: (event.get("venue_name"), event.get("city")) for event in read(TRIPS)}
    assert places["2027-03-05"] == ("Pinnacles Campground", None)
    assert places["2027-03-13"] == ("Stoney Point", "Chatsworth")
    assert places["2027-03-20"] == (None, None)  # an at sign with nothing after it names no place


def event(title: str, **place: str) -> RawEvent:
    return RawEvent(source="web", external_id="trip-1", title=title, start=dt.date(2027, 3, 5), **place)


def named(title: str, **place: str) -> tuple[str | None, str | None, str | None]:
    records: list = [event(title, **place)]
    places_from_titles(records)
    return records[0].venue_name, records[0].address, records[0].city


def test_an_at_sign_names_a_place_only_for_an_event_that_states_none() -> None:
    assert named("Jazz Trio @ The Blue Room") == ("The Blue Room", None, None)
    assert named("Jazz Trio @ The Blue Room", venue_name="Town Hall") == ("Town Hall", None, None)
    assert named("Jazz Trio @ The Blue Room", city="Oakland") == (None, None, "Oakland")


def test_an_hour_an_online_room_or_an_address_after_an_at_sign_is_no_place() -> None:
    assert named("Book club @ 8pm") == (None, None, None)
    assert named("Book club @ 19:30") == (None, None, None)
    assert named("Webinar @ Zoom") == (None, None, None)
    assert named("Drinks @ 7") == (None, None, None)
    assert named("Write to events@club.example.org") == (None, None, None)
    assert named("Talk @ Sat Mar 6 2027") == (None, None, None)
