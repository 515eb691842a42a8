"""The fifty-second held-out batch, feeds (issue #13, bench/corpus/feeds/manifest-heldout52.json: a sports-data
vendor's rugby fixtures and Formula 1 calendar kept by a fantasy-sports platform, a French cinema-listings API's
showtimes of one cinema; its theatre search as a hard negative; measured once before these rules: found 48/107,
fields 2/2, three files unread), on small documents of our own.

The misses and the rules written from them:

- the cinema's showtimes were not read at all: the API names its answer's root ``<feed>``, in its own namespace
  (``<feed xmlns="http://www.allocine.net/v6/ns/">``), and a ``<feed>`` root was never the XML reader's (an Atom
  feed's). A ``<feed>`` whose declared namespace is not Atom's is data (``_feed_guard.foreign_feed_root``); the XML
  reader then finds its showings as it finds any list of events (each ``<scr d="…"><t>13:30</t>`` under its film).
- the race calendar was not read: each ``<schedule>`` has a date and a clock but no name of its own, only the
  session it is (``<session>FP1</session>``, ``QUALI``, ``RACE``). A key that names the occurrence whose short label
  says which one names the items where nothing else does (``_json_kinds.label_column``); and a ``racetrack`` (or
  ``racecourse``) is where the session is (``_json_fields.PLACE_WORDS``).

Hard negatives: an Atom feed, with its namespace or with none declared, is still a feed; the same API's theatre list
(addresses, no date) stays unread; a "session" that holds one constant value, or numbers, names nothing; a conference
"track" is no place.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._feed_guard import foreign_feed_root
from sources.adapters.base import FetchWindow
from sources.adapters.rss import FeedAdapter
from sources.adapters.xml_doc import XmlDocumentAdapter
from tests.sources.helpers import json_events, read_events

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
MAY = dt.datetime(2031, 5, 1, 9, 0, tzinfo=PARIS)
WINDOW = FetchWindow(MAY, MAY + dt.timedelta(days=365))
read_json = functools.partial(json_events, window=WINDOW, zone=PARIS)
SHOWTIMES_NS = "http://listings.example.org/v6/ns/"


def read_xml(document: str) -> list[dict]:
    return sorted(read_events(document.encode(), window=WINDOW, zone=PARIS), key=lambda event: event["start"])


def local(moment: str) -> str:
    return dt.datetime.fromisoformat(moment).astimezone(PARIS).strftime("%Y-%m-%d %H:%M")


# --- a <feed> in another namespace than Atom's --------------------------------------------------------------------


def film(code: int, title: str, *days: tuple[str, tuple[str, ...]]) -> str:
    screenings = "".join(
        f'<scr d="{day}">'
        + "".join(f'<t code="{code}{n}" p="15">{clock}</t>' for n, clock in enumerate(clocks))
        + "</scr>"
        for day, clocks in days
    )
    return (
        f'<movieShowtimes><onShow><movie code="{code}"><title>{title}</title><runtime>5400</runtime></movie></onShow>'
        f"<version>Français</version><screenings>{screenings}</screenings></movieShowtimes>"
    )  # fmt: skip


def showtimes(*films: str, root: str = f'feed xmlns="{SHOWTIMES_NS}"') -> str:
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n<{root}><updated>2031-05-01</updated><theaterShowtimes><place>'
        '<theater code="C1"><name>Cinéma du Port</name><city>Sète</city></theater></place><movieShowtimesList>'
        f"{''.join(films)}</movieShowtimesList></theaterShowtimes></{root.split()[0]}>"
    )


def test_showtimes_under_a_feed_root_in_another_namespace_are_read() -> None:
    document = showtimes(
        film(1, "La Marée haute", ("2031-05-10", ("14:00", "20:30"))),
        film(2, "Le Phare", ("2031-05-11", ("18:15",)), ("2031-05-12", ("21:00",))),
    )
    events = read_xml(document)
    assert [(event["title"], local(event["start"])) for event in events] == [
        ("La Marée haute", "2031-05-10 14:00"),
        ("La Marée haute", "2031-05-10 20:30"),
        ("Le Phare", "2031-05-11 18:15"),
        ("Le Phare", "2031-05-12 21:00"),
    ]
    assert XmlDocumentAdapter.sniff(document.encode())


def test_an_atom_feed_with_or_without_its_namespace_is_still_a_feed() -> None:
    entry = "<entry><title>Harbour talk</title><id>urn:1</id><updated>2031-05-02T10:00:00Z</updated></entry>"
    for root in (
        'feed xmlns="http://www.w3.org/2005/Atom"',
        "feed",
        'atom:feed xmlns:atom="http://www.w3.org/2005/Atom"',
    ):
        document = f'<?xml version="1.0"?>\n<{root}><title>News</title>{entry}</{root.split()[0]}>'
        assert not XmlDocumentAdapter.sniff(document.encode())
    assert FeedAdapter.sniff(b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>N</title></feed>')
    assert not foreign_feed_root("feed", "")
    assert not foreign_feed_root("feed", 'xmlns="http://purl.org/atom/ns#"')
    assert not foreign_feed_root("catalog", f'xmlns="{SHOWTIMES_NS}"')
    assert foreign_feed_root("feed", f'xmlns="{SHOWTIMES_NS}"')
    assert foreign_feed_root("x:feed", f'xmlns:x="{SHOWTIMES_NS}"')
    assert not foreign_feed_root("x:feed", f'xmlns="{SHOWTIMES_NS}"')  # the prefix's own namespace is undeclared


def test_the_same_apis_theatre_list_is_no_list_of_events() -> None:
    theatres = "".join(
        f'<theater code="C{n}"><name>Cinéma {n}</name><address>{n} quai du Port</address><postalCode>34200</postalCode>'
        f"<city>Sète</city></theater>"
        for n in (1, 2, 3)
    )
    document = f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="{SHOWTIMES_NS}"><page>1</page>{theatres}</feed>'
    assert read_xml(document) == []


# --- sessions named by the session they are ----------------------------------------------------------------------


def session(number: int, label: str, day: str, start: str, end: str, **more: str) -> dict:
    return {"id": number, "session": label, "date": day, "start": start, "end": end, "country": "France",
            "racetrack": "Circuit du Lac", "laps": "53", **more}  # fmt: skip


def test_sessions_with_no_name_are_named_by_their_session_at_their_racetrack() -> None:
    calendar = {"schedule": [
        session(1, "FP1", "09.05.2031", "10:00", "11:30"),
        session(2, "QUALI", "10.05.2031", "14:00", "15:00"),
        session(3, "RACE", "11.05.2031", "15:00", "17:00"),
    ]}  # fmt: skip
    events = read_json(calendar)
    assert [(event["title"], local(event["start"]), event["venue_name"]) for event in events] == [
        ("FP1", "2031-05-09 10:00", "Circuit du Lac"),
        ("QUALI", "2031-05-10 14:00", "Circuit du Lac"),
        ("RACE", "2031-05-11 15:00", "Circuit du Lac"),
    ]
    assert any("session" in line for line in events[0]["evidence"])


def test_a_session_of_one_constant_value_or_of_numbers_names_nothing() -> None:
    constant = {"schedule": [session(n, "Main", f"1{n}.05.2031", "10:00", "11:00") for n in (1, 2, 3)]}
    assert read_json(constant) == []
    numbered = {"schedule": [session(n, str(40 + n), f"1{n}.05.2031", "10:00", "11:00") for n in (1, 2, 3)]}
    assert read_json(numbered) == []
    flags = {"results": [{"match": "exact", "score": n, "date": f"2031-05-1{n}T10:00:00"} for n in (1, 2, 3)]}
    assert read_json(flags) == []


def test_a_named_session_keeps_its_name_and_a_conference_track_is_no_place() -> None:
    talks = {"talks": [
        {"title": f"Talk {n}", "session": f"Morning {n}", "track": "Frontend", "start": f"2031-05-1{n}T10:00:00"}
        for n in (1, 2)
    ]}  # fmt: skip
    events = read_json(talks)
    assert [event["title"] for event in events] == ["Talk 1", "Talk 2"]
    assert all(event["venue_name"] is None for event in events)
