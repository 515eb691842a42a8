"""JSON APIs of the fifth held-out batch (issue #13, bench/corpus/apis/manifest-heldout5.json) and the rules its
first measurement asked for, each on a small document of our own: one event wrapped in an API's envelope or with
its start under "dates", a series' own dates beside the occurrence's, and a length in milliseconds.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from zoneinfo import ZoneInfo

import pytest

from sources.adapters._json_infer import infer
from sources.adapters.base import AdapterError, FetchWindow
from sources.extraction import extract_document
from tests.sources.helpers import parse_json

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
WINDOW = FetchWindow(start=dt.datetime(2024, 1, 1, tzinfo=dt.UTC), end=dt.datetime(2025, 1, 1, tzinfo=dt.UTC))

parse = functools.partial(parse_json, window=WINDOW, zone=BERLIN)


# --- 1. one event object: wrapped in an envelope, or with its start under "dates" -----------------------------
WRAPPED = {
    "resultsPage": {
        "status": "ok",
        "results": {
            "event": {
                "id": 4411,
                "displayName": "Brass night at the Halle",
                "type": "Concert",
                "start": {"date": "2024-06-14", "time": "20:00:00", "datetime": "2024-06-14T20:00:00+0200"},
                "venue": {"displayName": "Halle 4", "street": "Hafenweg 2"},
                "performance": [{"displayName": "Brass Band", "billing": "headline"}],
            }
        },
    }
}
DATED = {
    "id": "zz-91",
    "name": "Chamber Quartet",
    "url": "https://tickets.example.org/event/zz-91",
    "dates": {"start": {"localDate": "2024-09-03", "localTime": "19:30:00", "dateTime": "2024-09-03T23:30:00Z"}},
    "sales": {"public": {"startDateTime": "2024-03-01T14:00:00Z", "endDateTime": "2024-09-03T21:30:00Z"}},
    "_embedded": {"venues": [{"name": "Riverside Hall", "timezone": "America/New_York"}]},
    "images": [{"url": "https://img.example.org/1.jpg", "width": 640}],
}


def test_one_event_wrapped_in_an_apis_envelope_is_read_as_that_event():
    adapter, events = parse(WRAPPED)

    assert [(event.title, event.start) for event in events] == [
        ("Brass night at the Halle", dt.datetime(2024, 6, 14, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))))
    ]
    assert events[0].venue_name == "Halle 4"
    assert adapter.inferred is not None
    assert adapter.inferred["items"] == "resultsPage.results.event"


def test_one_event_whose_start_is_under_its_dates_is_read_as_that_event():
    _, events = parse(DATED)

    assert [(event.title, event.start) for event in events] == [
        ("Chamber Quartet", dt.datetime(2024, 9, 3, 23, 30, tzinfo=dt.UTC))
    ]
    assert events[0].venue_name == "Riverside Hall"


@pytest.mark.parametrize("document", [WRAPPED, DATED])
def test_extract_auto_recognises_one_event_documents(document):
    result = extract_document(json.dumps(document).encode(), window=WINDOW, zone=BERLIN)

    assert len(result.events) == 1


@pytest.mark.parametrize(
    "document",
    [
        # a service's config: a name and a schedule's start are no event
        {"name": "nightly-export", "version": "2.1.0", "schedule": {"start": "2024-06-01T02:00:00", "every": 3600}},
        # a list of venues in an envelope: places, no dates
        {"resultsPage": {"results": {"venue": [{"displayName": "Halle 4", "street": "Hafenweg 2", "capacity": 900}]}}},
        # a user profile in an envelope: its date is when the account was made
        {"data": {"user": {"name": "Ada Byron", "location": "London", "created_at": "2024-02-01T10:00:00Z"}}},
        {"data": {"name": "Ada Byron", "location": "London", "created_at": "2024-02-01T10:00:00Z"}},
        # an error in an envelope
        {"data": {"error": {"message": "Not found"}, "event": {"name": "Lost", "start": "2024-06-01T10:00:00"}}},
    ],
)
def test_a_document_that_is_not_one_event_is_still_refused(document):
    assert infer(document) is None
    with pytest.raises(AdapterError):
        parse(document)


# --- 3. a series' own dates are not the occurrence's start ------------------------------------------------------
def test_an_occurrence_starts_at_its_own_date_not_its_series_first_one():
    # A Meetup-like occurrence of a fortnightly series: "series.start_date" (epoch ms, the series' first meeting)
    # is named more start-like than the occurrence's "local_date" + "local_time", but it is the series'.
    document = {
        "id": "m-77",
        "name": "Repair Monday",
        "created": 1700000000000,
        "local_date": "2024-11-11",
        "local_time": "19:00",
        "time": 1731369600000,
        "series": {"id": 900, "start_date": 1719266400000, "description": "every 2 weeks on Monday"},
        "venue": {"name": "Makerspace"},
        "group": {"name": "Makers", "timezone": "America/New_York"},
    }

    _, events = parse(document)

    assert [(event.title, event.start) for event in events] == [
        ("Repair Monday", dt.datetime(2024, 11, 11, 19, 0, tzinfo=NEW_YORK))
    ]


# --- 3b. a length in milliseconds ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("duration", "end"), [(5_400_000, dt.datetime(2024, 11, 11, 20, 30, tzinfo=BERLIN)), (5_400_123, None)]
)
def test_a_duration_of_whole_minutes_in_milliseconds_gives_the_end(duration, end):
    document = {"name": "Repair Monday", "start": "2024-11-11T19:00:00", "duration": duration, "venue": "Makerspace"}

    _, events = parse(document)

    assert [event.end for event in events] == [end]


# --- 2. the start/end naming family: camelCase, snake_case, glued, inflected --------------------------------------
@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("dateStart", "dateEnd"),
        ("date_begin", "date_finish"),
        ("begins_at", "finishes_at"),
        ("beginning", "ending"),
        ("starting_date", "ending_date"),
        ("started", "finished"),
        ("dateStarted", "dateEnded"),
        ("datestart", "dateend"),
        ("startdate", "enddate"),
        ("BEGINDATE", "FINISHDATETIME"),
    ],
)
def test_start_and_end_keys_of_the_date_start_begin_end_finish_family_are_read(start, end):
    document = {
        "Events": [
            {
                "name": f"Regional round {day}",
                "place": "Dome",
                start: f"2024-05-0{day}T09:00:00",
                end: f"2024-05-0{day}T17:30:00",
            }
            for day in (1, 2, 3)
        ]
    }

    found = infer(document)

    assert found is not None
    assert found.config["mapping"]["start"] == start
    assert found.config["mapping"]["end"] == end


def test_a_word_that_only_ends_like_end_is_not_an_end():
    # "weekend" (a week's end day), "legend": not the event's end, whatever their values
    document = {
        "items": [
            {"title": f"Fair {day}", "start": f"2024-05-0{day}T09:00:00", "weekend": f"2024-05-0{day + 4}T00:00:00"}
            for day in (1, 2, 3)
        ]
    }

    found = infer(document)

    assert found is not None
    assert "end" not in found.config["mapping"]


# --- 2b. a start at midnight beside an end with a time of day --------------------------------------------------------
def _tournaments(end_time: str) -> dict:
    return {
        "Events": [
            {"name": f"District round {day}", "venue": "Arena", "dateStart": f"2024-06-1{day}T00:00:00",
             "dateEnd": f"2024-06-1{day + 2}T{end_time}"}
            for day in (0, 3, 6)
        ]
    }  # fmt: skip


def test_a_midnight_start_is_a_time_when_every_end_states_one():
    _, events = parse(_tournaments("23:59:59"))

    assert [(event.start, event.end, event.all_day) for event in events][0] == (
        dt.datetime(2024, 6, 10, 0, 0, tzinfo=BERLIN),
        dt.datetime(2024, 6, 12, 23, 59, 59, tzinfo=BERLIN),
        False,
    )


def test_a_midnight_start_beside_midnight_ends_is_still_a_date():
    _, events = parse(_tournaments("00:00:00"))

    assert events[0].all_day is True
    assert events[0].start == dt.date(2024, 6, 10)


# --- 2c. Windows zone names ------------------------------------------------------------------------------------------
def test_an_items_windows_zone_name_is_read_as_its_iana_zone():
    document = {
        "Events": [
            {"name": "Hartford round", "venue": "High School", "timezone": "Eastern Standard Time",
             "dateStart": "2024-03-27T09:00:00"},
            {"name": "St. Louis finals", "venue": "Dome", "timezone": "Central Standard Time",
             "dateStart": "2024-04-22T09:00:00"},
        ]
    }  # fmt: skip

    adapter, events = parse(document)

    assert adapter.inferred is not None
    assert adapter.inferred["mapping"]["timezone"] == "timezone"
    assert [(event.start, event.timezone) for event in events] == [
        (dt.datetime(2024, 3, 27, 9, 0, tzinfo=NEW_YORK), "America/New_York"),
        (dt.datetime(2024, 4, 22, 9, 0, tzinfo=ZoneInfo("America/Chicago")), "America/Chicago"),
    ]


def test_the_draft_of_a_one_event_answer_says_so_and_works_once_saved():
    inferring, events = parse(WRAPPED)
    draft = inferring.inferred

    assert draft is not None
    assert draft["one_event"] is True
    _saved, again = parse(WRAPPED, json.loads(json.dumps(draft)))  # as the admin stores it: plain JSON
    assert [(event.title, event.start) for event in again] == [(event.title, event.start) for event in events]


def test_a_configured_listing_still_refuses_an_object_where_its_list_should_be():
    listing = {"items": "resultsPage.results.event", "mapping": {"title": "displayName", "start": "start.datetime"}}

    with pytest.raises(AdapterError, match="No list of events"):
        parse(WRAPPED, listing)
