"""XML documents whose repeated elements are events (issue #13): custom schemas read into plain data and then
with the JSON inference, xCal read as the iCalendar it is, a time stated beside a date-only record, and an
untrusted document refused or bounded before it can cost anything."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters import _xml_data, registry
from sources.adapters._feed_guard import ENTITIES_FORBIDDEN
from sources.adapters._xml_data import RECOVERED, read_document, to_data
from sources.adapters._xml_xcal import to_icalendar
from sources.adapters.base import FetchWindow
from sources.adapters.xml_doc import XmlDocumentAdapter
from sources.extraction import ExtractionError, extract_document

NY = zoneinfo.ZoneInfo("America/New_York")
# A fixed window: every date below is absolute, so the tests read the same whatever today is.
WINDOW = FetchWindow(start=dt.datetime(2024, 1, 1, tzinfo=NY), end=dt.datetime(2025, 1, 1, tzinfo=NY))


def read(payload: bytes, **options: object) -> list[dict]:
    extraction = extract_document(payload, window=WINDOW, kind="auto", zone=NY, **options)  # type: ignore[arg-type]
    assert extraction.adapter == "xml"
    return extraction.events


def events_document(*records: str, root: str = "events", record: str = "event") -> bytes:
    body = "".join(f"<{record}>{fields}</{record}>" for fields in records)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<{root}>{body}</{root}>'.encode()


# --- element → data -----------------------------------------------------------------------------------------
def test_attributes_are_keys_repeated_children_lists_and_leaves_their_text():
    document = read_document(
        b'<calendar><meeting id="7" board="Parks"><name>Budget</name><start><date format="iso">2024-05-02</date>'
        b"</start><doc>a.pdf</doc><doc>b.pdf</doc></meeting></calendar>"
    )
    assert document.data == {
        "calendar": {
            "meeting": [  # one record, but the document's top level is its list of records
                {
                    "id": "7",
                    "board": "Parks",
                    "name": "Budget",
                    "start": {"date": {"format": "iso", "text": "2024-05-02"}},
                    "doc": ["a.pdf", "b.pdf"],
                }
            ]
        }
    }


def test_an_element_that_repeats_under_one_parent_is_a_list_under_every_parent_of_that_name():
    data = to_data(read_document(b"<m><e><k><item>1</item><item>2</item></k><k><item>3</item></k></e></m>").root)
    assert data == {"m": {"e": [{"k": [{"item": ["1", "2"]}, {"item": ["3"]}]}]}}


def test_inline_markup_and_namespaces_read_as_text_and_local_names():
    data = read_document(
        b'<x:events xmlns:x="urn:example"><x:event><x:about><p>Bring <b>boots</b>.</p><p>Free.</p></x:about>'
        b"</x:event></x:events>"
    ).data
    assert data == {"events": {"event": [{"about": "Bring boots . Free."}]}}


# --- custom schemas through the JSON inference ----------------------------------------------------------------
def test_a_custom_schema_is_read_with_an_inferred_mapping_shown_as_a_config():
    payload = events_document(
        "<title>Tree planting</title><when>2024-04-20T09:00:00</when><place>Riverside Park</place>"
        "<url>https://parks.example/e/1</url>",
        "<title>Bird walk</title><when>2024-04-27T08:00:00</when><place>Marsh Trail</place>"
        "<url>https://parks.example/e/2</url>",
    )
    extraction = extract_document(payload, window=WINDOW, zone=NY)
    assert extraction.adapter == "xml"
    assert [(event["title"], event["start"]) for event in extraction.events] == [
        ("Tree planting", "2024-04-20T09:00:00-04:00"),
        ("Bird walk", "2024-04-27T08:00:00-04:00"),
    ]
    assert extraction.inferred is not None
    assert extraction.inferred["items"] == "events.event"
    assert extraction.inferred["mapping"]["title"] == "title"
    assert extraction.inferred["mapping"]["start"] == "when"
    assert extraction.events[0]["url"] == "https://parks.example/e/1"


def test_a_given_mapping_reads_the_document_without_inference():
    payload = events_document('<label>Swap meet</label><on day="2024-06-01"/>', root="list", record="row")
    config = {
        "url": "https://x.example/feed.xml",
        "items": "list.row",
        "mapping": {"title": "label", "start": "on.day"},
    }
    extraction = extract_document(payload, window=WINDOW, kind="xml", zone=NY, config=config)
    assert [(event["title"], event["start"]) for event in extraction.events] == [("Swap meet", "2024-06-01")]
    assert extraction.inferred is None


def test_a_document_without_a_list_of_events_is_not_sniffed_as_xml():
    assert not XmlDocumentAdapter.sniff(b'<?xml version="1.0"?><config><debug>true</debug></config>')
    with pytest.raises(ExtractionError):
        extract_document(b'<?xml version="1.0"?><config><debug>true</debug></config>', window=WINDOW)


@pytest.mark.parametrize(
    "payload",
    [
        b"<!DOCTYPE html><html><head><title>Events</title></head><body><ul><li>x</li></ul></body></html>",
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>',
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>',
        b'{"events": []}',
    ],
)
def test_pages_feeds_and_json_are_never_claimed(payload):
    assert not XmlDocumentAdapter.sniff(payload)


def test_sniffed_after_the_feed_and_calendar_readers_and_before_the_page_reader():
    order = {name: registry.get(name).sniff_priority for name in ("rss", "ics", "xml", "html", "json_api")}
    assert order["rss"] < order["xml"]
    assert order["ics"] < order["xml"] < order["html"]
    assert order["xml"] < order["json_api"]


# --- a time written beside a date-only record ---------------------------------------------------------------
def test_a_time_in_the_description_with_the_record_s_own_date_completes_it():
    (event,) = read(
        events_document(
            "<name>Board of Trustees</name><date>2024-10-17</date>"
            "<description>There will be a regular meeting on Thursday, October 17, 2024 at 9:30 A.M. "
            "The next one is on November 21, 2024 at 2:00 P.M.</description>"
        )
    )
    assert (event["start"], event["all_day"]) == ("2024-10-17T09:30:00-04:00", False)
    assert any("9:30" in note and "description" in note for note in event["evidence"])
    assert event["confidence"] <= 0.8  # read from words, not stated as data


def test_a_time_with_another_date_in_the_description_is_not_taken():
    (event,) = read(
        events_document(
            "<name>Budget hearing</name><date>2024-10-17</date>"
            "<description>Minutes of the October 3, 2024 at 6 P.M. meeting are attached.</description>"
        )
    )
    assert (event["start"], event["all_day"]) == ("2024-10-17", True)


def test_a_time_at_the_end_of_the_title_is_the_start_and_is_cut_from_the_title():
    (event,) = read(events_document("<name>Board Business Meeting - 6:30 P.M</name><date>2024-01-24</date>"))
    assert event["start"] == "2024-01-24T18:30:00-05:00"
    assert event["title"] == "Board Business Meeting"
    assert event["source_title"] == "Board Business Meeting - 6:30 P.M"


def test_a_title_that_only_mentions_a_time_mid_sentence_keeps_its_date_only_start():
    (event,) = read(events_document("<name>6:30 PM Club social</name><date>2024-01-24</date>"))
    assert (event["start"], event["title"]) == ("2024-01-24", "6:30 PM Club social")


# --- xCal ---------------------------------------------------------------------------------------------------
XCAL = b"""<?xml version="1.0" encoding="utf-8"?>
<icalendar xmlns="urn:ietf:params:xml:ns:icalendar-2.0"><vcalendar>
<properties><prodid><text>-//T//EN</text></prodid><version><text>2.0</text></version></properties>
<components><vevent><properties>
 <uid><text>a1</text></uid>
 <dtstart><parameters><tzid><text>America/New_York</text></tzid></parameters><date-time>2024-03-04T18:00:00</date-time></dtstart>
 <duration><duration>PT90M</duration></duration>
 <rrule><recur><freq>WEEKLY</freq><count>3</count><byday>MO</byday></recur></rrule>
 <summary><text>Chess club; all levels, welcome</text></summary>
 <location><text>Library, Room 2</text></location>
</properties></vevent></components></vcalendar></icalendar>"""


def test_xcal_is_written_back_as_icalendar_and_read_with_its_rules():
    lines = to_icalendar(read_document(XCAL).root).splitlines()
    assert "DTSTART;TZID=America/New_York:20240304T180000" in lines
    assert "RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=MO" in lines
    assert "SUMMARY:Chess club\\; all levels\\, welcome" in lines
    events = read(XCAL)
    assert [event["start"] for event in events] == [
        "2024-03-04T18:00:00-05:00",
        "2024-03-11T18:00:00-04:00",  # the series keeps its wall-clock time across the DST change
        "2024-03-18T18:00:00-04:00",
    ]
    assert events[0]["end"] == "2024-03-04T19:30:00-05:00"
    assert events[0]["title"] == "Chess club; all levels, welcome"


def test_an_xcal_date_value_is_an_all_day_event():
    payload = XCAL.replace(
        b"<parameters><tzid><text>America/New_York</text></tzid></parameters><date-time>2024-03-04T18:00:00</date-time>",
        b"<date>2024-03-04</date>",
    ).replace(b"<duration><duration>PT90M</duration></duration>", b"")
    assert "DTSTART;VALUE=DATE:20240304" in to_icalendar(read_document(payload).root).splitlines()
    assert read(payload)[0]["start"] == "2024-03-04"


# --- untrusted input ----------------------------------------------------------------------------------------
def test_entity_declarations_are_refused_before_any_parser_sees_them():
    bomb = b'<?xml version="1.0"?><!DOCTYPE e [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><events><event>&b;</event></events>'
    with pytest.raises(ExtractionError, match="entities"):
        extract_document(bomb, window=WINDOW, kind="xml")
    assert ENTITIES_FORBIDDEN.startswith("Refusing")


def test_an_external_entity_is_never_read():
    xxe = b'<?xml version="1.0"?><!DOCTYPE e SYSTEM "file:///etc/passwd"><events><event>x</event></events>'
    data = read_document(xxe).data  # a plain external DOCTYPE is allowed, and never fetched or expanded
    assert "root:" not in str(data)


def test_a_broken_document_is_read_leniently_and_says_so():
    payload = events_document(
        "<title>Open studio</title><when>2024-05-01T18:00:00</when>",
        "<title>Print fair & swap</title><when>2024-05-08T18:00:00</when>",  # an unescaped "&"
    )
    extraction = extract_document(payload, window=WINDOW, zone=NY)
    assert extraction.adapter == "xml"
    assert len(extraction.events) == 2
    assert any(note.startswith(RECOVERED.split("(")[0]) for note in extraction.notes)


def test_size_and_element_count_are_capped(monkeypatch):
    monkeypatch.setattr(_xml_data, "MAX_ELEMENTS", 50)
    many = events_document(*["<title>t</title><when>2024-05-01</when>"] * 30)
    with pytest.raises(ExtractionError, match="more than 50 elements"):
        extract_document(many, window=WINDOW, kind="xml")
    monkeypatch.setattr(_xml_data, "MAX_BYTES", 100)
    with pytest.raises(ExtractionError, match="larger than"):
        extract_document(b"<events>" + b" " * 200 + b"</events>", window=WINDOW, kind="xml")


def test_deep_nesting_is_cut_not_followed(monkeypatch):
    monkeypatch.setattr(_xml_data, "MAX_DEPTH", 3)
    deep = b"<n1><n2><n3><n4><n5><n6>deep</n6></n5></n4></n3></n2></n1>"
    assert read_document(deep).data == {"n1": {"n2": [{"n3": {"n4": "deep"}}]}}


@pytest.mark.parametrize("payload", [b"<events>", b"<?xml version='1.0'?>", b"<<<>>>", b"\x00\xff<events/>"])
def test_garbage_is_one_line_never_a_traceback(payload):
    with pytest.raises(ExtractionError):
        extract_document(payload, window=WINDOW, kind="xml")
