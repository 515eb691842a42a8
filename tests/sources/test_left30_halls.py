"""Left30: two screenings of one film at one minute in two halls were merged into one (``webpage.finalize`` kept one
record per title and instant in one offset; pages batch 90's DOK Leipzig "Betrug" page: "CineStar 8" and "CineStar 6"
both at 30.10. 19:00). Two places named in one offset are two events when neither's words stand inside the other's
(``_page_other_runs.halls_apart``). Not: one event described twice naming its place more fully the second time ("The
Crown" and "The Crown, 12 High Street, Oxford"), once with no place, or twice with the same place.

The same held one step earlier for a listing's rows (``_page_schedule.merge_same_meeting`` keeps one meeting per day,
section, title and time): a quiz night at 20:00 at "The Crown, Oxford" and at "The Swan, Witney" was one. Rows whose
places are apart are kept out of that merge (``_page_places_apart``).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import zoneinfo

import pytest

from sources.adapters import _page_other_runs, _page_places_apart
from tests.sources.helpers import read_page

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
START = dt.datetime(2031, 9, 1, tzinfo=BERLIN)
read = functools.partial(read_page, url="https://festival.example/film/?ID=7", zone=BERLIN, start=START)


def _film_page(rows: list[tuple[str, str, str]]) -> str:
    items = "".join(
        f"<div class='event-item'><label style='font-weight: bold'>{hall}</label><br>"
        f"<label>{day}</label> / <label>{time}</label></div>"
        for hall, day, time in rows
    )
    return (
        "<html><head><title>Betrug (Betrug) | Example Festival</title></head><body><h1>Betrug</h1>"
        "<p class='film-info-top'><label>Germany | 2031 | Documentary | 90 min.</label></p>"
        f"<div class='screenings'>{items}</div><div id='credits'><p>Director: Ada Example</p></div></body></html>"
    )


ROWS = [
    ("CineStar 8", "30.10.2031", "19:00"),
    ("CineStar 6", "30.10.2031", "19:00"),
    ("Hauptbahnhof Osthalle", "30.10.2031", "19:30"),
    ("CineStar 4", "01.11.2031", "16:15"),
]


def _shown(events: list[dict]) -> list[tuple[str, str, str | None]]:
    return [(event["title"], str(event["start"])[:16], event.get("venue_name")) for event in events]


def test_one_films_screenings_at_one_minute_in_two_halls_are_two() -> None:
    events = read(_film_page(ROWS))
    assert _shown(events) == [
        ("Betrug", "2031-10-30T19:00", "CineStar 8"),
        ("Betrug", "2031-10-30T19:00", "CineStar 6"),
        ("Betrug", "2031-10-30T19:30", "Hauptbahnhof Osthalle"),
        ("Betrug", "2031-11-01T16:15", "CineStar 4"),
    ]
    assert len({event["external_id"] for event in events}) == 4


def test_without_the_rule_the_two_halls_were_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_other_runs, "halls_apart", lambda first, second: False)
    assert [place for _, _, place in _shown(read(_film_page(ROWS)))] == [
        "CineStar 8",
        "Hauptbahnhof Osthalle",
        "CineStar 4",
    ]


def _linked_data(*events: tuple[str, str, str | None]) -> str:
    scripts = "".join(
        '<script type="application/ld+json">'
        + json.dumps(
            {"@context": "https://schema.org", "@type": "Event", "name": name, "startDate": start}
            | ({"location": {"@type": "Place", "name": place}} if place else {})
        )
        + "</script>"
        for name, start, place in events
    )
    return f"<html><head><title>Gig</title>{scripts}</head><body><h1>Listings</h1></body></html>"


@pytest.mark.parametrize(
    ("second", "count"),
    [
        ("The Crown, 12 High Street, Oxford", 1),  # the same place written more fully
        ("the crown", 1),  # the same place, another case
        (None, 1),  # once with no place
        ("The Crown", 1),  # twice the same
        ("Old Fire Station", 2),  # two places: two events
    ],
)
def test_one_event_described_twice_stays_one(second: str | None, count: int) -> None:
    start = "2031-06-12T20:00:00+02:00"
    events = read(_linked_data(("Jazz night", start, "The Crown"), ("Jazz night", start, second)))
    assert len(events) == count


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        ("cinestar 8", "cinestar 6", True),
        ("the crown", "the crown, 12 high street", False),
        ("12 high street", "the crown, 12 high street, oxford", False),
        ("crown", "the crowning glory hall", True),  # words, not letters
        ("", "the crown", False),
        ("—", "the crown", False),  # no word at all
    ],
)
def test_halls_apart(first: str, second: str, apart: bool) -> None:
    assert _page_other_runs.halls_apart(first, second) is apart


# --- a listing's rows of one title, day and time at two places (_page_places_apart) --------------------------------
listing = functools.partial(read_page, url="https://pubs.example/quiz", zone=BERLIN, start=START)


def _quiz_page(*places: str) -> str:
    rows = "".join(f"<li>Quiz night – Thursday 16 October 2031, 20:00 – {place}</li>" for place in places)
    rows += "<li>Quiz night – Thursday 23 October 2031, 20:00 – The Crown, Oxford</li>"
    return f"<html><head><title>Quiz nights</title></head><body><h1>Quiz nights</h1><ul>{rows}</ul></body></html>"


def test_a_listings_one_night_at_two_pubs_is_two_events() -> None:
    events = listing(_quiz_page("The Crown, Oxford", "The Swan, Witney"))
    assert [(str(event["start"])[:10], event["venue_name"]) for event in events] == [
        ("2031-10-16", "The Crown, Oxford"),
        ("2031-10-16", "The Swan, Witney"),
        ("2031-10-23", "The Crown, Oxford"),
    ]
    assert len({event["external_id"] for event in events}) == 3


def test_without_the_rule_the_two_pubs_were_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_places_apart, "halls_apart", lambda first, second: False)
    assert len(listing(_quiz_page("The Crown, Oxford", "The Swan, Witney"))) == 2


@pytest.mark.parametrize(
    "places",
    [("The Crown", "The Crown, Oxford"), ("The Crown, Oxford", "the crown, oxford")],
    ids=["more-fully", "case"],
)
def test_one_place_written_twice_reads_as_without_the_rule(
    places: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    on = [(event["start"], event["venue_name"]) for event in listing(_quiz_page(*places))]
    monkeypatch.setattr(_page_places_apart, "halls_apart", lambda first, second: False)
    assert on == [(event["start"], event["venue_name"]) for event in listing(_quiz_page(*places))]
