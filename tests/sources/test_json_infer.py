"""JSON nobody configured (issue #13): the list of events found wherever it is, a json_api config inferred from
key names and value shapes, and that config as good as one an operator would save.

Real responses from other projects' fixtures (bench/corpus/apis, with their provenance in its manifest) prove
the shapes councils' systems publish; small inline documents prove each rule on its own.
"""

from __future__ import annotations

import datetime as dt
import json
from io import StringIO
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from sources.adapters import registry
from sources.adapters._json_config import read_config
from sources.adapters._json_infer import NO_EVENTS, infer, words
from sources.adapters.base import AdapterContext, AdapterError, FetchWindow, RawEvent
from sources.adapters.json_api import JsonApiAdapter
from sources.extraction import ExtractionError, default_window, extract_document

CORPUS = Path(__file__).resolve().parents[2] / "bench" / "corpus" / "apis" / "files"
RECORDED = Path(__file__).parent / "recorded"
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
CHICAGO = ZoneInfo("America/Chicago")
WINDOW = FetchWindow(start=dt.datetime(2024, 1, 1, tzinfo=dt.UTC), end=dt.datetime(2025, 1, 1, tzinfo=dt.UTC))


def read(payload: bytes | dict | list, zone: ZoneInfo | None = CHICAGO) -> list[RawEvent]:
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    context = AdapterContext(source="json_api", window=WINDOW, default_timezone=zone)
    return [record for record in JsonApiAdapter(config={}, context=context).parse(body) if isinstance(record, RawEvent)]


def mapping_of(data: dict | list) -> dict:
    found = infer(data)
    assert found is not None
    return found.config["mapping"]


# --- real responses -----------------------------------------------------------------------------------
def test_a_legistar_grid_reads_its_split_us_date_and_time_and_its_documents():
    # City of Culver City's Legistar calendar as City Bureau's scraper receives it (washabstract/city-scrapers-ca).
    result = extract_document(
        (CORPUS / "culver_city.json").read_bytes(),
        window=default_window(dt.datetime(2022, 2, 4, tzinfo=LOS_ANGELES)),
        zone=LOS_ANGELES,
    )

    first = result.events[0]
    assert (result.adapter, len(result.events)) == ("json_api", 10)
    assert first["title"].casefold() == "committee on permits and licenses"
    assert dt.datetime.fromisoformat(first["start"]) == dt.datetime(2022, 2, 9, 11, 0, tzinfo=LOS_ANGELES)
    assert {"label": "Agenda", "url": "https://culver-city.legistar.com/View.ashx?M=A&ID=930142&GUID=051FCF61-EDBF-4E7A-A0FF-BE874BF039DF"} in first["links"]  # fmt: skip
    assert first["url"].startswith("https://culver-city.legistar.com/MeetingDetail.aspx?ID=930142")
    assert result.inferred["mapping"]["start"] == {
        "path": ["Meeting Date", "Meeting Time"],
        "format": ["%m/%d/%Y %I:%M %p", "%m/%d/%Y"],
    }


def test_a_location_that_is_text_in_some_rows_and_an_object_in_others_is_read_in_both():
    # LA Metro's Legistar rows: "Meeting Location" is {label, url} in some rows, plain text in others.
    events = read((CORPUS / "la_metro.json").read_bytes(), LOS_ANGELES)

    by_title = {event.title: event for event in events}
    assert by_title["Board of Directors - Regular Board Meeting"].venue_name.startswith("Watch online:")
    assert by_title["Planning and Programming Committee (SAP)"].venue_name.startswith("One Gateway Plaza")
    assert by_title["LA SAFE (SAP)"].venue_name is None  # an empty location stays empty


def test_an_events_feed_with_place_and_webinar_lists_and_string_flags():
    # The State of Illinois' AEM events feed (City-Bureau/city-scrapers, il_adcrc).
    found = infer(json.loads((CORPUS / "il_adcrc.json").read_text()))
    events = read((CORPUS / "il_adcrc.json").read_bytes())

    assert found is not None
    assert found.config["items"] == "eventFeedItemList"
    assert found.config["mapping"]["status"]["path"] == "canceledEvent"  # "false" as text, not a boolean
    assert len(events) == 10
    assert (events[0].start, events[0].end) == (
        dt.datetime(2024, 2, 15, 10, 0, tzinfo=CHICAGO),
        dt.datetime(2024, 2, 15, 12, 0, tzinfo=CHICAGO),
    )
    assert events[0].venue_name == "In-Person: State of Illinois Office Building"
    assert events[0].address.startswith("555 W. Monroe")
    assert {"label": "Virtual: WebEx", "url": "https://illinois.webex.com/illinois/j.php?MTID=ma9837fecab2aeef910300add0019513c"} in events[0].links  # fmt: skip
    assert {event.status for event in events} == {"scheduled"}


def test_an_all_day_flag_makes_dates():
    # Atlanta Public Schools' Schoolwires calendar: "AllDay": true on holidays written as midnight to 23:59.
    events = read((CORPUS / "atl_boe.json").read_bytes(), ZoneInfo("America/New_York"))

    memorial = next(event for event in events if event.title == "Memorial Day")
    assert (memorial.all_day, memorial.start, memorial.end) == (True, dt.date(2024, 5, 27), None)
    assert events[0].external_id == "261399"


# --- finding the list -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("document", "items", "title"),
    [
        ({"hits": {"total": 1, "hits": [{"_id": "a", "_source": {"name": "Jazz", "date": "2024-05-01T19:00"}}]}},
         "hits.hits", "_source.name"),
        ({"data": {"events": {"edges": [{"node": {"title": "Jazz", "startsAt": "2024-05-01T19:00:00Z"}}]}}},
         "data.events.edges", "node.title"),
        ({"_embedded": {"events": [{"name": "Jazz", "start": "2024-05-01T19:00:00"}]}, "page": {"size": 1}},
         "_embedded.events", "name"),
        ({"@context": "https://schema.org", "@graph": [{"@type": "Event", "name": "Jazz", "startDate": "2024-05-01"}]},
         "@graph", "name"),
        ([{"subject": "Jazz", "when": "2024-05-01 19:00"}], "", "subject"),
    ],
    ids=["elasticsearch", "graphql", "hal", "json-ld-graph", "bare-list"],
)  # fmt: skip
def test_the_list_of_events_is_found_wherever_it_is(document, items, title):
    found = infer(document)

    assert found is not None
    assert (found.config["items"], found.config["mapping"]["title"]) == (items, title)


def test_among_several_lists_the_one_whose_objects_have_titles_and_dates_wins():
    document = {
        "categories": [{"name": "Music"}, {"name": "Art"}, {"name": "Talks"}],
        "featured": [{"name": "Gala", "published": "2024-01-02T10:00:00Z"}],
        "results": [{"title": f"Show {n}", "start_time": f"2024-05-0{n}T20:00:00"} for n in range(1, 6)],
    }

    assert infer(document).config["items"] == "results"


@pytest.mark.parametrize(
    "document",
    [
        {"users": [{"name": "Ann", "email": "a@example.org"}]},
        [{"title": "No date here", "body": "text"}],
        [1, 2, 3],
        {"count": 0, "events": []},
        {"a": {"b": {"c": {"d": {"e": {"f": {"g": [{"title": "Too deep", "date": "2024-01-01"}]}}}}}}},
    ],
)
def test_no_list_of_events_is_no_reading(document):
    assert infer(document) is None
    with pytest.raises(AdapterError, match="No list of event-like objects"):
        read(document)
    assert not JsonApiAdapter.sniff(json.dumps(document).encode())


def test_a_document_that_is_not_json_is_not_sniffed_and_not_read():
    assert not JsonApiAdapter.sniff(b"<html><h1>Events</h1></html>")
    with pytest.raises(ExtractionError, match="not JSON"):
        extract_document(b"{oops", window=WINDOW, kind="json_api")


# --- fields -----------------------------------------------------------------------------------------------
def test_key_names_are_split_into_words():
    assert words("MM_MeetingTitle") == ["mm", "meeting", "title"]
    assert words("Meeting Date") == ["meeting", "date"]
    assert words("startDateTime") == ["start", "date", "time"]
    assert words("address1") == ["address", "1"]


@pytest.mark.parametrize(
    ("values", "start"),
    [
        ([1714590000, 1714676400], dt.datetime(2024, 5, 1, 19, 0, tzinfo=dt.UTC)),  # epoch seconds
        ([1714590000000, 1714676400000], dt.datetime(2024, 5, 1, 19, 0, tzinfo=dt.UTC)),  # epoch milliseconds
        (["2024-05-01 14:00", "2024-05-02 14:00"], dt.datetime(2024, 5, 1, 14, 0, tzinfo=CHICAGO)),
        (["05/01/2024 02:00 PM", "05/02/2024 02:00 PM"], dt.datetime(2024, 5, 1, 14, 0, tzinfo=CHICAGO)),
        (["07/11/2024 - 01:00 PM", "07/12/2024 - 01:00 PM"], dt.datetime(2024, 7, 11, 13, 0, tzinfo=CHICAGO)),
        (["Wednesday, May 1, 2024", "Thursday, May 2, 2024"], dt.date(2024, 5, 1)),
        (["2024-05-01T00:00:00", "2024-05-02T00:00:00"], dt.date(2024, 5, 1)),  # a date written as midnight
    ],
    ids=["epoch", "epoch-ms", "space", "us", "dash", "weekday", "midnight"],
)
def test_a_start_is_recognised_by_the_shape_of_its_values(values, start):
    items = [{"eventName": f"Meeting {n}", "eventStartTime": value, "id": n} for n, value in enumerate(values)]

    events = read(items)

    assert events[0].start == start
    assert events[0].all_day is not isinstance(start, dt.datetime)


def test_a_date_field_and_a_time_field_are_read_together_and_a_blank_time_gives_the_date():
    items = [
        {"EventName": "Board", "EventDate": "2024-05-01", "EventTime": "7:00 PM"},
        {"EventName": "Retreat", "EventDate": "2024-05-04", "EventTime": ""},
    ]

    board, retreat = read(items)

    assert board.start == dt.datetime(2024, 5, 1, 19, 0, tzinfo=CHICAGO)
    assert (retreat.start, retreat.all_day) == (dt.date(2024, 5, 4), True)


def test_dates_that_are_not_the_event_are_not_taken_for_its_start():
    items = [
        {"name": f"Talk {n}", "created_at": "2024-01-01T10:00:00Z", "updated_at": "2024-01-02T10:00:00Z",
         "publishStart": "2024-01-03T10:00:00Z", "begins": f"2024-06-0{n}T18:00:00-05:00"}
        for n in range(1, 4)
    ]  # fmt: skip

    assert mapping_of(items)["start"] == "begins"


def test_a_naive_utc_time_beside_a_local_one_is_not_taken():
    items = [{"title": "Game", "datetime_utc": "2024-05-02T00:00:00", "datetime_local": "2024-05-01T19:00:00"}]

    assert mapping_of(items)["start"] == "datetime_local"


def test_titles_are_not_taken_from_categories_venues_or_files():
    items = [
        {"categoryName": "Council", "venue": {"name": "City Hall"}, "mediaFileName": "a.mp4",
         "eventName": f"Budget hearing {n}", "startDateTime": f"2024-05-0{n}T18:00:00"}
        for n in range(1, 4)
    ]  # fmt: skip

    assert mapping_of(items)["title"] == "eventName"


def test_a_nested_place_becomes_venue_address_city_and_country():
    items = [
        {"name": "Jazz", "start": "2024-05-01T19:00:00",
         "venue": {"name": "Blue Room", "address": {"street": "1 Main St", "city": "Springfield", "zip": "62701",
                                                    "country": "US"}}},
    ]  # fmt: skip

    (event,) = read(items)

    assert (event.venue_name, event.address, event.city, event.country) == (
        "Blue Room",
        "1 Main St, Springfield, 62701",
        "Springfield",
        "US",
    )


@pytest.mark.parametrize(
    ("key", "ordinary", "other", "status"),
    [
        ("cancelled", False, True, "cancelled"),
        ("isCanceled", "false", "true", "cancelled"),
        ("status", "Scheduled", "CANCELLED", "cancelled"),
        ("eventStatus", "Scheduled", "Postponed", "postponed"),
    ],
)
def test_a_cancelled_flag_or_status_sets_the_status(key, ordinary, other, status):
    items = [
        {"title": "Swim", "start": "2024-05-01T09:00:00", key: ordinary},
        {"title": "Run", "start": "2024-05-02T09:00:00", key: other},
    ]

    swim, run = read(items)

    assert (swim.status, run.status) == ("scheduled", status)


def test_url_id_image_description_and_documents():
    items = [
        {"id": n, "title": f"Talk {n}", "start": f"2024-05-0{n}T18:00:00", "permalink": f"/events/{n}",
         "image": {"url": f"https://cdn.example.org/{n}.jpg"}, "description": "A long description of the talk, in words.",
         "agenda_url": f"https://example.org/agenda/{n}.pdf",
         "attachments": [{"name": "Minutes", "url": f"https://example.org/minutes/{n}.pdf"}]}
        for n in range(1, 4)
    ]  # fmt: skip
    context = AdapterContext(
        source="json_api", window=WINDOW, default_timezone=CHICAGO, base_url="https://example.org/api/"
    )
    adapter = JsonApiAdapter(config={}, context=context)

    first = next(iter(adapter.parse(json.dumps(items).encode())))

    assert (first.external_id, first.url, first.image_url) == (
        "1",
        "https://example.org/events/1",
        "https://cdn.example.org/1.jpg",
    )
    assert first.description == "A long description of the talk, in words."
    assert [link["url"] for link in first.links] == [
        "https://example.org/agenda/1.pdf",
        "https://example.org/minutes/1.pdf",
    ]


# --- what the inference gives ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name", ["atl_boe.json", "culver_city.json", "la_metro.json", "san_diego_county.json", "il_adcrc.json"]
)
def test_the_inferred_config_is_a_json_api_config_that_reads_the_same_events(name):
    payload = (CORPUS / name).read_bytes()
    found = infer(json.loads(payload))
    assert found is not None
    JsonApiAdapter.check_config(found.config)  # what the admin would save passes the Source form's check
    read_config(found.config)
    context = AdapterContext(source="json_api", window=WINDOW, default_timezone=CHICAGO)

    saved = list(JsonApiAdapter(config=json.loads(json.dumps(found.config)), context=context).parse(payload))
    guessed = read(payload)

    assert [(event.title, event.start) for event in saved] == [(event.title, event.start) for event in guessed]
    assert all(event.confidence is None and not event.evidence for event in saved)  # a saved config is stated


def test_records_read_with_an_inferred_config_carry_its_confidence_and_evidence():
    (event,) = read([{"title": "Jazz", "start": "2024-05-01T19:00:00"}])

    assert 0.5 <= event.confidence <= 0.95
    assert "title ← title" in event.evidence[0]


def test_known_apis_keep_their_own_adapters():
    for name in ("eventbrite/organization_events_page1.json", "ticketmaster/events_page0.json",
                 "meetup/graphql_group_events_page1.json", "seatgeek/events_page1.json", "yelp/events_offset0.json",
                 "luma/list_events_page1.json", "facebook/page_events_1.json"):  # fmt: skip
        assert registry.sniff((RECORDED / name).read_bytes()) is not JsonApiAdapter, name


def test_a_large_hostile_list_is_sampled_not_read_whole():
    items = [
        {"title": f"Event {n}", "start": "2024-05-01T19:00:00", "x": {"y": {"z": {"w": {"v": {"u": n}}}}}}
        for n in range(5000)
    ]
    wide = {f"k{n}": n for n in range(2000)}

    found = infer([{**items[0], **wide}, *items[1:]])

    assert found is not None
    assert found.items == 5000
    assert len(read(items)) == 5000


# --- the command --------------------------------------------------------------------------------------------
def test_extract_shows_the_inferred_mapping_on_stderr_or_prints_only_it():
    path = str(CORPUS / "san_diego_county.json")
    out, err = StringIO(), StringIO()
    call_command("extract", path, "--tz", "America/Los_Angeles", "--show-mapping", stdout=out, stderr=err)
    assert len(out.getvalue().splitlines()) == 2
    shown = json.loads(err.getvalue().splitlines()[0].removeprefix("mapping: "))

    only = StringIO()
    call_command("extract", path, "--mapping-only", stdout=only, stderr=StringIO())

    assert json.loads(only.getvalue()) == shown
    assert shown["mapping"]["title"] == "Name"


def test_extract_reads_with_a_given_config(tmp_path):
    config = tmp_path / "draft.json"
    config.write_text(json.dumps({"items": "", "mapping": {"title": "Meeting Location", "start": "x"}}))
    out, err = StringIO(), StringIO()

    call_command(
        "extract",
        str(CORPUS / "san_diego_county.json"),
        "--kind",
        "json_api",
        "--config",
        str(config),
        stdout=out,
        stderr=err,
    )

    assert out.getvalue() == ""
    assert "no readable start" in err.getvalue()  # the config said start is at "x": every record is skipped
    with pytest.raises(CommandError) as excinfo:
        call_command("extract", str(CORPUS / "san_diego_county.json"), "--config", str(tmp_path / "missing.json"))
    assert excinfo.value.returncode == 2


def test_no_events_message_is_one_line():
    assert "\n" not in NO_EVENTS


def test_placeholder_dates_mean_absent_not_unreadable():
    # CivicClerk writes "1900-01-01T00:00:00Z" for "no end time".
    items = [
        {"eventName": "Work session", "startDateTime": "2024-12-02T18:00:00", "meetingEndTime": "2024-12-02T20:00:00"},
        {"eventName": "Planning", "startDateTime": "2024-12-05T18:00:00", "meetingEndTime": "1900-01-01T00:00:00Z"},
        {"eventName": "Authority", "startDateTime": "2024-12-10T17:30:00", "meetingEndTime": "1900-01-01T00:00:00Z"},
    ]

    work, planning, _ = read(items)

    assert mapping_of(items)["end"] == "meetingEndTime"
    assert (work.end, planning.end) == (dt.datetime(2024, 12, 2, 20, 0, tzinfo=CHICAGO), None)


def test_a_midnight_date_field_and_a_time_field_are_read_together():
    items = [
        {"title": "Planning board", "date": "2025-09-25T00:00:00", "time": "4:30 PM"},
        {"title": "Charter board", "date": "2026-01-21T00:00:00", "time": ""},
    ]

    planning, charter = read(items)

    assert planning.start == dt.datetime(2025, 9, 25, 16, 30, tzinfo=CHICAGO)
    assert (charter.start, charter.all_day) == (dt.date(2026, 1, 21), True)


@pytest.mark.parametrize("value_format", [["%H:%M %H"], ["%Q"], "%Y%", [], ["%Y-%m-%d", 3]])
def test_a_format_strptime_cannot_use_is_refused_with_the_config(value_format):
    config = {"items": "", "mapping": {"title": "t", "start": {"path": "s", "format": value_format}}}

    with pytest.raises(AdapterError, match="Unreadable format"):
        read_config(config)


# --- review findings: an end borrowing the start's date, the day-month order ---------------------------------
@pytest.mark.parametrize("day", ["02/09/2024", "2024-02-09", "2024-02-09T00:00:00"], ids=["us", "iso", "midnight"])
def test_an_end_time_reads_the_start_s_date_field_in_the_start_s_format(day):
    # Legistar's grid: "Meeting Date" + "Meeting Time", and an "End Time" with no date of its own.
    rows = [
        {"Meeting Name": f"Council {n}", "Meeting Date": day, "Meeting Time": "11:00 AM", "End Time": "1:00 PM"}
        for n in range(3)
    ]

    event = read(rows)[0]

    assert (event.start, event.end) == (
        dt.datetime(2024, 2, 9, 11, tzinfo=CHICAGO),
        dt.datetime(2024, 2, 9, 13, tzinfo=CHICAGO),
    )


def dated(days: list[str], **document: object) -> dict:
    return {**document, "events": [{"title": f"Talk {n}", "date": day} for n, day in enumerate(days)]}


def test_the_format_that_reads_the_whole_column_wins_not_the_one_that_reads_its_first_value():
    days = ["05/01/2024", "06/01/2024", "07/01/2024", "25/01/2024"]  # 25 rules month-first out

    found = infer(dated(days), zone_name="America/Chicago")
    events = read(dated(days))

    assert found is not None
    assert found.config["mapping"]["start"] == {"path": "date", "format": "%d/%m/%Y"}
    assert [event.start for event in events] == [dt.date(2024, 1, day) for day in (5, 6, 7, 25)]
    assert not any("either order" in line for line in found.evidence)


@pytest.mark.parametrize(
    ("zone_name", "document_zone", "value_format"),
    [
        ("America/Chicago", None, "%m/%d/%Y"),
        ("Europe/Berlin", None, "%d/%m/%Y"),
        (None, None, "%d/%m/%Y"),
        (None, "America/New_York", "%m/%d/%Y"),  # the document's own zone counts
        ("America/Chicago", "Europe/London", "%d/%m/%Y"),  # and is preferred
    ],
)
def test_dates_that_read_both_ways_round_follow_the_zone_and_say_so(zone_name, document_zone, value_format):
    stated = {"timeZone": document_zone} if document_zone else {}
    ambiguous = infer(dated(["05/01/2024", "06/02/2024", "07/03/2024"], **stated), zone_name=zone_name)
    clear = infer(dated(["05/13/2024", "06/14/2024", "07/15/2024"], **stated), zone_name=zone_name)

    assert ambiguous is not None
    assert clear is not None
    assert ambiguous.config["mapping"]["start"] == {"path": "date", "format": value_format}
    assert clear.config["mapping"]["start"] == {"path": "date", "format": "%m/%d/%Y"}  # whatever the zone
    assert any("either order" in line for line in ambiguous.evidence)
    assert not any("either order" in line for line in clear.evidence)
    assert ambiguous.confidence < clear.confidence


def test_a_date_and_time_in_one_text_that_read_both_ways_round_follow_the_zone():
    days = ["05/01/2024 - 07:00 PM", "06/02/2024 - 06:30 PM", "07/03/2024 - 05:00 PM"]

    chicago, berlin = (infer(dated(days), zone_name=name) for name in ("America/Chicago", "Europe/Berlin"))

    assert chicago is not None
    assert berlin is not None
    assert chicago.config["mapping"]["start"]["format"] == "%m/%d/%Y - %I:%M %p"
    assert berlin.config["mapping"]["start"]["format"] == "%d/%m/%Y - %I:%M %p"
    assert any("either order" in line for line in berlin.evidence)
    assert read(dated(days))[0].start == dt.datetime(2024, 5, 1, 19, tzinfo=CHICAGO)  # the adapter's zone
