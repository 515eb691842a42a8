"""The eleventh held-out batch's misses among JSON APIs and feeds (issue #13, bench/corpus/{apis,feeds}/
manifest-heldout11.json, measured once before these rules), each rule on small documents of our own:

- a feed whose XML declaration says UTF-16 over bytes that are plainly 8-bit is read as UTF-8 (it was no feed at all);
- dates written as e-mail and RSS write them ("Wed, 10 Mar 2010 21:30:00", a zone optional) are moments in JSON and
  XML values too (a Last.fm-style answer was read as a web page, its image URLs for titles);
- a record carrying its series as iCalendar recurrence lines ("rrule": "DTSTART:…\\nRRULE:FREQ=WEEKLY;…") is each of
  its occurrences in the window, not its first date only;
- an end that only the timed records carry (the all-day ones, holidays, have none) is still the end;
- the page of the object an occurrence sits in (a Localist event around its instances) is the occurrence's page.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

from sources.adapters._json_config import read_config
from sources.adapters._json_infer import infer
from sources.adapters._json_mapping import read_moment
from sources.adapters.base import AdapterContext, FetchWindow, RawEvent
from sources.adapters.json_api import JsonApiAdapter
from sources.adapters.rss import FeedAdapter
from sources.decoding import decode_document
from sources.extraction import extract_document

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
MADRID = zoneinfo.ZoneInfo("Europe/Madrid")
START = dt.datetime(2027, 2, 1, tzinfo=CHICAGO)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))
SIZE = 100_000


def json_events(document: object, zone: zoneinfo.ZoneInfo = CHICAGO) -> list[RawEvent]:
    context = AdapterContext(source="json_api", window=WINDOW, default_timezone=zone)
    records = list(JsonApiAdapter(config={}, context=context).parse(json.dumps(document).encode()))
    return [record for record in records if isinstance(record, RawEvent)]


def auto_events(payload: bytes, zone: zoneinfo.ZoneInfo = MADRID) -> list[dict]:
    return extract_document(payload, window=WINDOW, kind="auto", zone=zone).events


# --- 1. a declared UTF-16 over 8-bit bytes ---------------------------------------------------------------------
def test_a_declared_utf16_over_bytes_without_nuls_is_read_as_utf8() -> None:
    payload = '<?xml version="1.0" encoding="utf-16"?><a>Fête</a>'.encode()

    assert "<a>Fête</a>" in decode_document(payload, "utf-16")


def test_a_document_really_in_utf16_is_still_read_by_its_declaration() -> None:
    text = '<?xml version="1.0" encoding="utf-16"?><a>Fête</a>'

    assert decode_document(text.encode("utf-16-le"), "utf-16") == text  # no mark: its NULs say what it is
    assert decode_document(text.encode("utf-16"), "utf-16") == text  # a mark


def test_a_feed_labelled_utf16_but_written_in_utf8_gives_its_events() -> None:
    feed = (
        '<?xml version="1.0" encoding="utf-16"?>'
        '<rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/"><channel><title>Agenda</title>'
        "<item><title>Fête du quartier</title><link>https://town.example/fete</link><guid>fete</guid>"
        "<ev:startdate>2027-03-06T15:00:00Z</ev:startdate><ev:location>Place du marché</ev:location></item>"
        "</channel></rss>"
    )
    context = AdapterContext(source="rss", window=WINDOW, default_timezone=MADRID)

    (event,) = FeedAdapter(config={}, context=context).parse(feed.encode())

    assert isinstance(event, RawEvent)
    assert (event.title, event.start, event.venue_name) == (
        "Fête du quartier",
        dt.datetime(2027, 3, 6, 15, tzinfo=dt.UTC),
        "Place du marché",
    )


# --- 2. e-mail dates in JSON and XML ----------------------------------------------------------------------------
def test_json_events_dated_as_email_writes_dates_are_read_in_the_sources_zone() -> None:
    document = {
        "events": {
            "event": [
                {"title": "Quiz night", "startDate": "Fri, 12 Mar 2027 19:30:00", "venue": {"name": "The Anchor"}},
                {"title": "Open mic", "startDate": "Sat, 13 Mar 2027 20:00:00", "venue": {"name": "The Anchor"}},
            ]
        }
    }

    events = json_events(document, zone=MADRID)

    assert [(event.title, event.start, event.venue_name) for event in events] == [
        ("Quiz night", dt.datetime(2027, 3, 12, 19, 30, tzinfo=MADRID), "The Anchor"),
        ("Open mic", dt.datetime(2027, 3, 13, 20, 0, tzinfo=MADRID), "The Anchor"),
    ]


def test_an_email_date_with_a_zone_is_that_instant() -> None:
    assert read_moment("Sat, 13 Mar 2027 20:00:00 +0000", "rfc2822", MADRID) == dt.datetime(
        2027, 3, 13, 20, tzinfo=dt.UTC
    )
    assert read_moment("13 Mar 2027 20:00 GMT", "rfc2822", MADRID) == dt.datetime(2027, 3, 13, 20, tzinfo=dt.UTC)
    assert read_moment("Sat, 13 Mar 2027", "rfc2822", MADRID) is None  # a day alone is not this format
    spec = {
        "url": "https://x.example",
        "items": "",
        "mapping": {"title": "t", "start": {"path": "s", "format": "rfc2822"}},
    }
    assert read_config(spec).mapping["start"].format == "rfc2822"


def test_an_xml_list_of_one_event_dated_as_email_writes_dates_is_read_as_xml() -> None:
    payload = (
        b'<lfm status="ok"><events location="Madrid"><event><id>1</id><title>Entre Coche</title>'
        b"<venue><name>La Sala</name><location><city>Madrid</city></location></venue>"
        b"<startDate>Wed, 10 Mar 2027 21:30:00</startDate></event></events></lfm>"
    )

    (event,) = auto_events(payload)

    assert (event["source"], event["title"], event["start"], event["venue_name"]) == (
        "xml",
        "Entre Coche",
        "2027-03-10T21:30:00+01:00",
        "La Sala",
    )


def test_an_email_date_is_only_read_from_a_short_text() -> None:
    # The feeds' RFC 822 pattern (_feed_when._RFC822, covered by the adapters' hostile-text tests) only ever sees
    # a value a date can be: a long one is no date, whatever it holds.
    assert read_moment("Wed, 10 Mar " + " " * SIZE + "2027 21:30:00", "rfc2822", MADRID) is None
    assert read_moment("10 Mar 2027 21:30 " * (SIZE // 18), "rfc2822", MADRID) is None
    assert read_moment(" Wed,  10 Mar 2027   21:30:00 ", "rfc2822", MADRID) == dt.datetime(
        2027, 3, 10, 21, 30, tzinfo=MADRID
    )


# --- 3. a series as recurrence lines --------------------------------------------------------------------------
SERIES = "DTSTART:20270204T100000\nRRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20270304T000000\nEXDATE:20270218T100000"


def test_a_record_carrying_its_series_is_each_occurrence_in_the_window() -> None:
    document = [
        {"id": "14", "title": "Board meeting", "start": "2027-02-04T10:00:00", "end": "2027-02-04T11:30:00",
         "location": "Town Hall", "rrule": SERIES},
        {"id": "15", "title": "Budget hearing", "start": "2027-02-10T18:00:00", "end": "2027-02-10T19:00:00",
         "location": "Town Hall"},
    ]  # fmt: skip

    events = json_events(document)

    board = [event for event in events if event.title == "Board meeting"]
    assert [(event.start, event.end) for event in board] == [
        (dt.datetime(2027, 2, day, 10, tzinfo=CHICAGO), dt.datetime(2027, 2, day, 11, 30, tzinfo=CHICAGO))
        for day in (4, 11, 25)  # the 18th is an exception; 4 March falls after UNTIL
    ]
    assert len({event.external_id for event in board}) == 3
    assert all(event.external_id.startswith("14@") and event.venue_name == "Town Hall" for event in board)
    assert [event.start for event in events if event.title == "Budget hearing"] == [
        dt.datetime(2027, 2, 10, 18, tzinfo=CHICAGO)
    ]


def test_a_bare_rule_starts_at_the_records_own_start() -> None:
    document = [
        {"title": "Planning commission", "start": "2027-03-03T09:15:00", "rrule": "FREQ=MONTHLY;BYDAY=1WE;COUNT=3"},
        {"title": "Parks board", "start": "2027-03-09T18:00:00"},
    ]

    events = json_events(document)

    assert [event.start for event in events if event.title == "Planning commission"] == [
        dt.datetime(2027, month, day, 9, 15, tzinfo=CHICAGO) for month, day in ((3, 3), (4, 7), (5, 5))
    ]


def test_an_all_day_records_rule_written_at_midnight_gives_its_days() -> None:
    document = [
        {"title": "Founders' Day", "start": "2026-06-19T00:00:00", "allDay": True,
         "rrule": "DTSTART:20260619T000000\nRRULE:FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=19"},
        {"title": "Council meeting", "start": "2027-06-08T18:00:00", "allDay": False},
    ]  # fmt: skip

    events = json_events(document)

    (holiday,) = [event for event in events if event.title == "Founders' Day"]
    assert (holiday.start, holiday.all_day) == (dt.date(2027, 6, 19), True)


# --- 4. an end only the timed records carry ------------------------------------------------------------------------
def test_an_end_carried_only_by_the_timed_records_is_the_end() -> None:
    timed = [
        {"title": f"Commission meeting {day}", "start": f"2027-03-{day:02d}T10:00:00",
         "end": f"2027-03-{day:02d}T11:30:00", "allDay": False}
        for day in (4, 11)
    ]  # fmt: skip
    holidays = [{"title": name, "start": f"2027-{date}T00:00:00", "allDay": True}
                for name, date in (("Labor Day", "09-06"), ("Veterans Day", "11-11"), ("Thanksgiving", "11-25"))]  # fmt: skip

    found = infer(timed + holidays)

    assert found is not None
    assert found.config["mapping"]["end"] == "end"
    events = json_events(timed + holidays)
    assert [event.end for event in events if not event.all_day] == [
        dt.datetime(2027, 3, day, 11, 30, tzinfo=CHICAGO) for day in (4, 11)
    ]


# --- 5. the page of the event around its occurrences -----------------------------------------------------------------
def test_the_page_of_the_event_an_occurrence_sits_in_is_its_page() -> None:
    def event(name: str, days: tuple[int, ...]) -> dict:
        instances = [{"event_instance": {"start": f"2027-09-{day}T17:00:00", "end": f"2027-09-{day}T19:00:00"}}
                     for day in days]  # fmt: skip
        page = f"https://events.example.edu/event/{name.lower().replace(' ', '-')}"
        return {"event": {"title": name, "event_page_url": page, "event_instances": instances}}

    events = json_events({"events": [event("Data workshop", (14, 21)), event("Poster session", (16,))]})

    assert [(event.title, event.start.day, event.url) for event in events] == [
        ("Data workshop", 14, "https://events.example.edu/event/data-workshop"),
        ("Data workshop", 21, "https://events.example.edu/event/data-workshop"),
        ("Poster session", 16, "https://events.example.edu/event/poster-session"),
    ]


def test_the_url_of_a_title_object_is_still_not_the_events_page() -> None:
    rows = [
        {"Name": {"label": "City Council", "url": "https://city.example/Department.aspx?ID=1"},
         "Meeting Date": f"3/{day}/2027", "Meeting Time": "2:00 PM"}
        for day in (3, 10, 17)
    ]  # fmt: skip

    found = infer(rows)

    assert found is not None
    assert "url" not in found.config["mapping"]
