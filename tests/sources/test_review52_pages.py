"""review52: pages109's sentence rule (``_page_sentence_times``) probed both ways (docs/review52-probes.md), on small
documents of our own read by the real extractor. What misfired and is mended here:

* the hour said with "at" was the outing's start whatever it was the hour of: "Tickets go on sale at 09.00hrs",
  "Online booking opens at 10.00hrs", "The coach returns at 23.30hrs", "Lights out at 22.00hrs", "We should be back
  at 23.00hrs", "The previous quiz at 20.00hrs raised £200". A sale's, a booking's, the return's or another
  occasion's hour is no start now (the words in the time's own clause, as closing words are);
* a capitalised word after "at" was the place whatever it named: "at Dusk", "at Sunset", "at Whitsun", "at BST",
  "at GMT", "at Home". A time of day, a feast, a clock's zone and a fixture's side alone are no place;
* "at The Crown" (a capital "The") gave no place at all: it is the Crown.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from tests.sources.helpers import read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
read_social = functools.partial(
    read_page,
    url="https://shuttles.example/social",
    zone=LONDON,
    start=dt.datetime(2031, 9, 1, 9),  # noqa: DTZ001
)
QUIZ = ("Quiz Night Sunday 28th September 2031", "Club Quiz Night at 20.00hrs at the Portsmouth Arms in Hatchwarren.")


def social(*items: tuple[str, str]) -> str:
    body = "".join(f"<span class='newsheading'><br>{head}</span><br>{say}<br>" for head, say in items)
    return (
        "<html><head><title>Riverside Badminton Club</title></head><body><table><tr><td><span class='heading'>"
        f"Riverside Social</span></td></tr><tr><td><p class='newsinfo'>{body}</p></td></tr></table></body></html>"
    )


def curry(say: str) -> tuple[str, str | None]:
    events = read_social(social(("Curry Night Friday 10th October 2031", say), QUIZ))
    (event,) = [event for event in events if event["title"] == "Curry Night"]
    return str(event["start"]), event["venue_name"]


@pytest.mark.parametrize(
    "say",
    [
        "Tickets go on sale at 09.00hrs on Monday, be quick as they sell out.",
        "Online booking opens at 10.00hrs, places are limited.",
        "Ticket sales at 09.00hrs from the club bar only.",
        "The coach returns at 23.30hrs to the club car park.",
        "We should be back at 23.00hrs at the latest.",
        "Lights out at 22.00hrs, breakfast provided in the morning.",
        "The previous quiz at 20.00hrs at the Swan raised £200 for charity.",
    ],
)
def test_a_sales_a_bookings_or_the_returns_hour_is_no_start(say: str) -> None:
    assert curry(say) == ("2031-10-10", None)


@pytest.mark.parametrize(
    ("say", "start"),
    [
        ("Meet at 20.00hrs at Dusk by the gate for the bat walk.", "2031-10-10T20:00:00+01:00"),
        ("Meet at 20.00hrs at Sunset for a barbecue on the beach.", "2031-10-10T20:00:00+01:00"),
        ("Our walk at Whitsun at 10.00hrs from the club, bring a packed lunch.", "2031-10-10T10:00:00+01:00"),
        ("The call starts at 19.30hrs at BST, join online.", "2031-10-10T19:30:00+01:00"),
        ("Kick off at 15.00hrs at GMT on the club screen.", "2031-10-10T15:00:00+01:00"),
        ("We play at Home at 19.40hrs against Kingsmead.", "2031-10-10T19:40:00+01:00"),
    ],
)
def test_a_time_of_day_a_feast_a_zone_or_a_side_after_at_is_no_place(say: str, start: str) -> None:
    assert curry(say) == (start, None)


@pytest.mark.parametrize(
    ("say", "place"),
    [
        ("We are meeting at The Crown at 19.00hrs for drinks.", "Crown"),
        ("Meet at The Swan in Oakley at 19.00hrs, bring a friend.", "Swan, Oakley"),
        ("Tea at 19.00hrs at Dawn's Tea Rooms after the walk.", "Dawn's Tea Rooms"),  # a name, not the dawn
        ("We play Rovers at 19.00hrs at Home Park.", "Home Park"),  # a ground's name, not the side
        ("Carols at 19.00hrs at Advent Lutheran Church.", "Advent Lutheran Church"),
    ],
)
def test_a_place_after_a_capital_the_or_named_for_a_person_is_read(say: str, place: str) -> None:
    assert curry(say) == ("2031-10-10T19:00:00+01:00", place)


@pytest.mark.parametrize(
    "say",
    [
        "Doors open at 19.00hrs, first band on stage at 20.00hrs.",  # a door's opening is the evening's start
        "The coach leaves at 19.00hrs from the club car park.",
        "Registration at 19.00hrs, the quiz starts at 19.30hrs.",
    ],
)
def test_the_hour_the_outing_begins_is_still_read(say: str) -> None:
    assert curry(say)[0] == "2031-10-10T19:00:00+01:00"


@pytest.mark.parametrize(
    ("head", "say", "start", "place"),
    [
        (
            "Bake Sale Friday 10th October 2031",
            "Our bake sale starts at 14.00hrs at the Village Hall.",
            14,
            "Village Hall",
        ),
        ("Car Boot Sale Friday 10th October 2031", "The car boot sale opens at 08.00hrs at Home Farm.", 8, "Home Farm"),
        (
            "Back to School Disco Friday 10th October 2031",
            "Back to school disco at 19.00hrs at the Scout Hut.",
            19,
            "Scout Hut",
        ),
        ("Bingo Friday 10th October 2031", "Bingo returns at 20.00hrs at the Legion.", 20, "Legion"),
        ("Festival of Lights Friday 10th October 2031", "The Festival of Lights at 18.00hrs at the Quay.", 18, "Quay"),
    ],
)
def test_an_outing_named_by_a_sale_a_return_or_lights_keeps_its_hour(
    head: str, say: str, start: int, place: str
) -> None:
    """The lead's mend of the words above: a sale, a return, lights or "back" that name the outing itself."""
    events = read_social(social((head, say), QUIZ))
    event = next(event for event in events if event["title"] == head.split(" Friday")[0])
    assert (event["start"], event["venue_name"]) == (f"2031-10-10T{start:02d}:00:00+01:00", place)
