"""The twentieth held-out batch's misses, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout20.json, each file
measured once before these rules), on small documents of our own:

- records with a start and no name at all, each saying in a type field what it is ("_type": "Showtime": a ticketing
  API's showtimes of one show), are named by that kind; a type that names no occurrence on a calendar ("Ticket"),
  or differs from record to record, still leaves the list unread;
- dates written with dashes day or month first ("01-01-2026", "17-06-2031": setlist.fm's eventDate) are dates, and
  read the way round the values allow (a day above 12 settles it; else the zone decides, as for slashes);
- a record with no title of its own (a concert: its date, its artist, its venue, its set of songs) is named by its
  performer at its own level ("artist.name"), not by the first name a list inside it holds (a song of the set).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters._json_infer import infer
from sources.adapters.base import AdapterError, FetchWindow
from tests.sources.helpers import parse_json

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
LISBON = zoneinfo.ZoneInfo("Europe/Lisbon")
START = dt.datetime(2031, 1, 1, tzinfo=dt.UTC)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def showtime(number: int, when: str, kind: str = "Showtime", seats: int = 40) -> dict:
    return {"_type": kind, "id": 7100 + number, "datetime": when, "seatsLeft": seats, "price": {"value": 55}}


def test_records_with_no_name_are_named_by_the_occurrence_their_type_says_they_are() -> None:
    document = {
        "code": 200,
        "data": [
            showtime(1, "2031-03-06T19:30:00.000-05:00"),
            showtime(2, "2031-03-07T14:00:00.000-05:00", seats=0),
            showtime(3, "2031-03-07T19:30:00.000-05:00"),
        ],
    }

    events = parse_json(document, window=WINDOW, zone=NEW_YORK)[1]
    inference = infer(document, zone_name="America/New_York")

    assert [(event.title, event.start) for event in events] == [
        ("Showtime", dt.datetime(2031, 3, 6, 19, 30, tzinfo=NEW_YORK)),
        ("Showtime", dt.datetime(2031, 3, 7, 14, 0, tzinfo=NEW_YORK)),
        ("Showtime", dt.datetime(2031, 3, 7, 19, 30, tzinfo=NEW_YORK)),
    ]
    assert inference is not None
    assert inference.config["mapping"]["title"] == "_type"
    assert any("kind of occurrence" in line for line in inference.evidence)


def test_a_type_that_names_no_calendar_occurrence_or_differs_names_nothing() -> None:
    tickets = {"data": [showtime(1, "2031-03-06T19:30:00-05:00", kind="Ticket"),
                        showtime(2, "2031-03-07T19:30:00-05:00", kind="Ticket")]}  # fmt: skip
    mixed = {"data": [showtime(1, "2031-03-06T19:30:00-05:00", kind="Performance"),
                      showtime(2, "2031-03-07T19:30:00-05:00", kind="Screening")]}  # fmt: skip

    assert infer(tickets) is None
    assert infer(mixed) is None


def test_a_records_own_name_still_wins_over_its_type() -> None:
    document = {"data": [{**showtime(1, "2031-03-06T19:30:00-05:00"), "name": "The Lighthouse Keeper"},
                         {**showtime(2, "2031-03-07T19:30:00-05:00"), "name": "The Lighthouse Keeper"}]}  # fmt: skip

    events = parse_json(document, window=WINDOW, zone=NEW_YORK)[1]

    assert [event.title for event in events] == ["The Lighthouse Keeper", "The Lighthouse Keeper"]


def concert(artist: str, day: str, venue: str) -> dict:
    return {"id": f"{artist}-{day}", "eventDate": day, "name": f"{artist} live", "venue": {"name": venue}}


def test_dates_written_with_dashes_read_day_first_when_a_day_says_so() -> None:
    document = [
        concert("Tide Singers", "17-06-2031", "Casa da Música"),
        concert("Tide Singers", "03-07-2031", "Coliseu"),
    ]

    events = parse_json(document, window=WINDOW, zone=NEW_YORK)[1]  # an American zone, but 17 is no month

    assert [(event.title, event.start) for event in events] == [
        ("Tide Singers live", dt.date(2031, 6, 17)),
        ("Tide Singers live", dt.date(2031, 7, 3)),
    ]


def test_dates_written_with_dashes_that_read_both_ways_follow_the_zone() -> None:
    document = [concert("Harbour Band", "02-01-2031", "Coliseu"), concert("Harbour Band", "05-01-2031", "Coliseu")]

    european = parse_json(document, window=WINDOW, zone=LISBON)[1]
    american = parse_json(document, window=WINDOW, zone=NEW_YORK)[1]

    assert [event.start for event in european] == [dt.date(2031, 1, 2), dt.date(2031, 1, 5)]
    assert [event.start for event in american] == [dt.date(2031, 2, 1), dt.date(2031, 5, 1)]


def setlist(artist: str, day: str, venue: str, songs: tuple[str, ...]) -> dict:
    return {
        "id": f"{artist}-{day}".replace(" ", "-").lower(),
        "eventDate": day,
        "artist": {"name": artist, "mbid": "0000"},
        "venue": {"name": venue, "city": {"name": "Porto", "country": {"name": "Portugal"}}},
        "sets": {"set": [{"song": [{"name": song} for song in songs]}]},
        "url": f"https://setlists.example/{artist.replace(' ', '-').lower()}-{day}.html",
    }


def test_a_concert_with_no_title_is_named_by_its_performer_not_the_first_song_of_its_set() -> None:
    document = {
        "type": "setlists",
        "total": 2,
        "setlist": [
            setlist("Tide Singers", "17-06-2031", "Coliseu", ("Low Water", "Salt")),
            setlist("Harbour Band", "03-07-2031", "Casa da Música", ("Gulls", "Ropes")),
        ],
    }

    events = parse_json(document, window=WINDOW, zone=LISBON)[1]
    inference = infer(document, zone_name="Europe/Lisbon")

    assert [(event.title, event.start, event.venue_name) for event in events] == [
        ("Tide Singers", dt.date(2031, 6, 17), "Coliseu"),
        ("Harbour Band", dt.date(2031, 7, 3), "Casa da Música"),
    ]
    assert inference is not None
    assert inference.config["mapping"]["title"] == "artist.name"
    assert any("named by its performer" in line for line in inference.evidence)


def test_a_records_own_title_still_wins_over_its_performer() -> None:
    records = [
        {**setlist("Tide Singers", "17-06-2031", "Coliseu", ("Salt",)), "title": "Midsummer Harbour Night"},
        {**setlist("Harbour Band", "03-07-2031", "Coliseu", ("Gulls",)), "title": "River Festival Opening"},
    ]

    events = parse_json(records, window=WINDOW, zone=LISBON)[1]

    assert [event.title for event in events] == ["Midsummer Harbour Night", "River Festival Opening"]


def test_a_performers_id_or_page_address_is_not_the_performers_name() -> None:
    # Review: "artistId" and "artist_url" are the performer's, but name nobody; "artistName" does.
    def gig(number: int, day: str) -> dict:
        return {
            "artistId": f"a-{number}x9",
            "artist_url": f"https://gigs.example/artists/{number}",
            "artistName": f"Harbour Band {number}",
            "eventDate": day,
            "venue": {"name": "Coliseu"},
        }

    document = {"gigs": [gig(1, "2031-03-06T20:00:00+00:00"), gig(2, "2031-03-07T20:00:00+00:00")]}

    events = parse_json(document, window=WINDOW, zone=LISBON)[1]

    assert [event.title for event in events] == ["Harbour Band 1", "Harbour Band 2"]
    unnamed = {"gigs": [{key: value for key, value in gig(n, d).items() if key != "artistName"}
                        for n, d in ((1, "2031-03-06T20:00:00+00:00"), (2, "2031-03-07T20:00:00+00:00"))]}  # fmt: skip
    with pytest.raises(AdapterError, match="No list of event-like objects"):
        parse_json(unnamed, window=WINDOW, zone=LISBON)
