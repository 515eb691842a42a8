"""The fifteenth held-out batch's misses, JSON APIs and feeds (issue #13, bench/corpus/apis/manifest-heldout15.json
and feeds/manifest-heldout15.json, measured once before these rules), each rule on small documents of our own:

- a field whose text sits one key down, under a language code ("title": {"fr": …}) or under the text node of XML
  turned into JSON ("title": {"$t": …}), is named by the key above it; "venue.id" stays an identifier; the text's
  own attributes ("type": "text" beside "$t") are no field of the event;
- a record given as its first and its last sitting (firstTiming/lastTiming) runs to the last sitting's end;
- a record with no page of its own but a registration or booking link is at that address; a status value that is a
  schema's URL is no page; a record's fields wrapped in "fields" keep their own web link;
- a feed that uses a namespace prefix it never declares has its items' own elements read all the same;
- an Atom entry with no link (feedparser hands back its id) is at the page its booking element names.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters._feed_prefixes import declared, undeclared
from sources.adapters._json_shapes import Column
from sources.adapters._json_text_keys import is_language, says_nothing
from sources.adapters.base import AdapterContext, FetchWindow, RawEvent
from sources.adapters.rss import FeedAdapter
from tests.sources.helpers import parse_json

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
START = dt.datetime(2027, 3, 1, tzinfo=PARIS)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def json_events(document: object, zone: zoneinfo.ZoneInfo = PARIS) -> list[RawEvent]:
    return parse_json(document, window=WINDOW, zone=zone)[1]  # inferred: no config


# --- 1. text one key down: a language, or a text node -----------------------------------------------------------
def by_language(title: dict, venue: dict) -> dict:
    return {
        "total": 2,
        "events": [
            {"uid": 1, "title": title, "begins": "2027-03-12T20:00:00+01:00", "place": venue},
            {"uid": 2, "title": {key: f"{value} II" for key, value in title.items()}, "begins": "2027-04-02T19:30:00+02:00",
             "place": venue},
        ],
    }  # fmt: skip


def test_a_title_given_by_language_is_read_in_the_first_language() -> None:
    events = json_events(by_language({"fr": "Nuit du conte", "en": "Storytelling night"}, {"name": "Salle Rameau"}))

    assert [(event.title, event.start) for event in events] == [
        ("Nuit du conte", dt.datetime(2027, 3, 12, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))),
        ("Nuit du conte II", dt.datetime(2027, 4, 2, 19, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))),
    ]
    assert {event.venue_name for event in events} == {"Salle Rameau"}


def test_a_text_node_of_xml_turned_into_json_is_the_field_above_it() -> None:
    feed = {
        "feed": {
            "entry": [
                {"title": {"$t": "Harvest supper", "type": "text"}, "gd$when": [{"startTime": "2027-03-20"}]},
                {"title": {"$t": "Lantern walk", "type": "text"}, "gd$when": [{"startTime": "2027-03-27"}]},
            ]
        }
    }

    events = json_events(feed)

    assert sorted((event.title, event.start) for event in events) == [
        ("Harvest supper", dt.date(2027, 3, 20)),
        ("Lantern walk", dt.date(2027, 3, 27)),
    ]
    assert {event.source_category for event in events} == {None}  # "type": "text" is the title's format, no kind


def test_language_codes_are_keys_that_say_nothing_but_english_words_are_not() -> None:
    assert [is_language(key) for key in ("fr", "pt-BR", "de_CH")] == [True, True, True]
    assert [is_language(key) for key in ("id", "no", "to", "fra")] == [False, False, False, False]
    assert [says_nothing(key) for key in ("$t", "#text", "name")] == [True, True, False]
    assert Column("title.fr", []).key_words == ["title"]
    assert Column("venue.id", []).key_words == ["id"]  # the venue's identifier, not its name


# --- 2. a run given as its first and its last sitting ------------------------------------------------------------
def sittings(first: tuple[str, str], last: tuple[str, str]) -> dict:
    return {
        "events": [
            {"title": "Posters of the Belle Époque", "firstTiming": {"begin": first[0], "end": first[1]},
             "lastTiming": {"begin": last[0], "end": last[1]}},
            {"title": "Print fair", "firstTiming": {"begin": "2027-05-08T09:00:00+02:00", "end": "2027-05-08T17:00:00+02:00"},
             "lastTiming": {"begin": "2027-05-08T09:00:00+02:00", "end": "2027-05-08T17:00:00+02:00"}},
        ]
    }  # fmt: skip


def test_a_record_runs_from_its_first_sitting_to_the_end_of_its_last() -> None:
    events = json_events(
        sittings(("2027-03-05T10:00:00+01:00", "2027-03-05T18:00:00+01:00"), ("2027-03-20T10:00:00+01:00", "2027-03-20T18:00:00+01:00"))
    )  # fmt: skip

    spans = {event.title: (event.start, event.end) for event in events}
    plus_one = dt.timezone(dt.timedelta(hours=1))
    assert spans["Posters of the Belle Époque"] == (
        dt.datetime(2027, 3, 5, 10, 0, tzinfo=plus_one),
        dt.datetime(2027, 3, 20, 18, 0, tzinfo=plus_one),
    )
    two = dt.timezone(dt.timedelta(hours=2))  # one sitting: first and last are the same, nothing changes
    assert spans["Print fair"] == (
        dt.datetime(2027, 5, 8, 9, 0, tzinfo=two),
        dt.datetime(2027, 5, 8, 17, 0, tzinfo=two),
    )


def test_an_end_under_no_first_key_is_left_as_it_is() -> None:
    document = {
        "events": [
            {"title": "Talk", "start": "2027-03-05T18:00:00+01:00", "end": "2027-03-05T19:00:00+01:00",
             "lastUpdate": {"end": "2027-06-01T00:00:00+02:00"}},
            {"title": "Walk", "start": "2027-03-06T10:00:00+01:00", "end": "2027-03-06T12:00:00+01:00",
             "lastUpdate": {"end": "2027-06-01T00:00:00+02:00"}},
        ]
    }  # fmt: skip

    assert {event.end for event in json_events(document)} == {
        dt.datetime(2027, 3, 5, 19, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        dt.datetime(2027, 3, 6, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))),
    }


# --- 3. the record's page -----------------------------------------------------------------------------------------
def test_a_record_with_only_a_registration_link_is_at_that_address() -> None:
    document = {
        "events": [
            {"title": "Bookbinding workshop", "starts": "2027-03-09T14:00:00+01:00",
             "registration": [{"type": "link", "value": "https://library.example/agenda/bookbinding"}]},
            {"title": "Zine club", "starts": "2027-03-16T14:00:00+01:00",
             "registration": [{"type": "link", "value": "https://library.example/agenda/zines"}]},
        ]
    }  # fmt: skip

    pages = {event.title: (event.url, event.ticket_url) for event in json_events(document)}

    assert pages["Bookbinding workshop"] == ("https://library.example/agenda/bookbinding",) * 2
    assert pages["Zine club"] == ("https://library.example/agenda/zines",) * 2


def test_a_page_of_its_own_is_kept_beside_the_ticket_link() -> None:
    document = [
        {"title": "Quartet", "starts": "2027-03-09T20:00:00+01:00", "url": "https://hall.example/quartet",
         "tickets": {"url": "https://tickets.example/q1"}},
        {"title": "Trio", "starts": "2027-03-10T20:00:00+01:00", "url": "https://hall.example/trio",
         "tickets": {"url": "https://tickets.example/t1"}},
    ]  # fmt: skip

    assert sorted((event.url, event.ticket_url) for event in json_events(document)) == [
        ("https://hall.example/quartet", "https://tickets.example/q1"),
        ("https://hall.example/trio", "https://tickets.example/t1"),
    ]


def test_a_status_given_as_a_schema_url_is_no_page() -> None:
    confirmed = {"value": "http://schemas.example.org/g/2005#event.confirmed"}
    document = {
        "entries": [
            {"title": "Choir", "when": "2027-03-11T19:00:00+01:00", "eventStatus": confirmed},
            {"title": "Band", "when": "2027-03-12T19:00:00+01:00", "eventStatus": confirmed},
        ]
    }

    assert {event.url for event in json_events(document)} == {None}


def test_fields_wrapped_in_one_object_keep_their_own_web_link() -> None:
    document = {
        "records": [
            {"recordid": "a", "fields": {"subject": "Open-air cinema", "start_datetime": "2027-03-13T20:00:00+01:00",
                                         "web_link": "https://city.example/events/cinema"}},
            {"recordid": "b", "fields": {"subject": "Night market", "start_datetime": "2027-03-14T18:00:00+01:00",
                                         "web_link": "https://city.example/events/market"}},
        ]
    }  # fmt: skip

    assert sorted(event.url for event in json_events(document)) == [
        "https://city.example/events/cinema",
        "https://city.example/events/market",
    ]


# --- 4. feeds: an undeclared prefix, and an entry whose only address is its id ------------------------------------
BRISBANE = zoneinfo.ZoneInfo("Australia/Brisbane")
FEED_START = dt.datetime(2027, 3, 1, tzinfo=BRISBANE)


def atom(entries: str) -> list[RawEvent]:
    document = (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns:gd="http://schemas.google.com/g/2005" '
        f'xmlns="http://www.w3.org/2005/Atom"><title>Parks</title>{entries}</feed>'
    )
    window = FetchWindow(start=FEED_START, end=FEED_START + dt.timedelta(days=365))
    context = AdapterContext(source="rss", window=window, default_timezone=BRISBANE)
    records = FeedAdapter(config={}, context=context).parse(document.encode())
    return [record for record in records if isinstance(record, RawEvent)]


def test_an_entry_whose_only_address_is_its_id_is_at_the_page_its_booking_element_names() -> None:
    events = atom(
        "<entry><id>http://uid.calendar.example/event/7</id><title>Kayak tour</title>"
        '<gd:when startTime="2027-03-06T21:00:00Z"/>'
        "<ev:bookings>Book via &lt;a href=&quot;https://bookings.example/kayak&quot;&gt;us&lt;/a&gt;</ev:bookings>"
        "</entry>"
        "<entry><id>http://uid.calendar.example/event/8</id><title>Bird walk</title>"
        '<gd:when startTime="2027-03-07T21:00:00Z"/></entry>'
    )

    pages = {event.title: (event.url, event.start) for event in events}
    assert pages["Kayak tour"] == ("https://bookings.example/kayak", dt.datetime(2027, 3, 7, 7, 0, tzinfo=BRISBANE))
    assert pages["Bird walk"][0] == "http://uid.calendar.example/event/8"  # no booking element: as before


def test_an_entry_with_a_link_of_its_own_keeps_it() -> None:
    events = atom(
        '<entry><id>tag:parks,2027:9</id><title>Tai chi</title><link rel="alternate" href="https://parks.example/taichi"/>'
        '<gd:when startTime="2027-03-08T21:00:00Z"/><ev:bookings>https://bookings.example/taichi</ev:bookings></entry>'
    )

    assert [event.url for event in events] == ["https://parks.example/taichi"]


def test_a_prefix_the_document_never_declares_is_declared_on_its_root() -> None:
    document = b'<?xml version="1.0"?>\n<!-- export -->\n<feed xmlns="http://www.w3.org/2005/Atom"><gc:venue>Park</gc:venue></feed>'

    assert undeclared(document) == [b"gc"]
    assert declared(document).startswith(
        b'<?xml version="1.0"?>\n<!-- export -->\n<feed xmlns:gc="urn:undeclared:gc" xmlns="http://www.w3.org/2005/Atom">'
    )
    declaring = b'<feed xmlns:gc="urn:x"><gc:venue>Park</gc:venue></feed>'
    assert declared(declaring) == declaring
