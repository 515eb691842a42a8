"""The feed rules the real corpus showed (issue #13), each on a minimal document: a Google Calendar series given
only as gd:recurrence lines, and the bounds on what those lines may put into the calendar they are read as."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters import rss
from sources.adapters._record_series import recurrence_calendar
from sources.adapters._recurrence import FILE_OCCURRENCES
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document

LA = zoneinfo.ZoneInfo("America/Los_Angeles")
# A fixed window: the dates below are absolute, so the tests read the same whatever today is.
WINDOW = FetchWindow(start=dt.datetime(2024, 3, 1, tzinfo=LA), end=dt.datetime(2024, 5, 1, tzinfo=LA))


def gdata(entries: str) -> bytes:
    return (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom' "
        "xmlns:gd='http://schemas.google.com/g/2005' xmlns:gCal='http://schemas.google.com/gCal/2005'>"
        "<title>Club</title><gCal:timezone value='America/Los_Angeles'/>" + entries + "</feed>"
    ).encode()


def entry(title: str, body: str, ident: str = "e1") -> str:
    return f"<entry><id>http://cal.example/{ident}</id><title type='text'>{title}</title>{body}</entry>"


SERIES = (
    "<gd:recurrence>DTSTART;TZID=America/Los_Angeles:20240301T190000\n"
    "    DTEND;TZID=America/Los_Angeles:20240301T200000\n"
    "    RRULE:FREQ=WEEKLY;COUNT=3\n"
    "    EXDATE;TZID=America/Los_Angeles:20240308T190000\n"
    "    BEGIN:VTIMEZONE TZID:America/Los_Angeles X-LIC-LOCATION:America/Los_Angeles END:VTIMEZONE"
    "</gd:recurrence>"
)


def test_a_series_given_only_as_recurrence_lines_is_its_occurrences_in_the_window():
    events = extract_document(gdata(entry("Choir practice", SERIES)), window=WINDOW, zone=LA).events
    assert [event["start"] for event in events] == ["2024-03-01T19:00:00-08:00", "2024-03-15T19:00:00-07:00"]
    assert all(event["end"][11:16] == "20:00" for event in events)  # EXDATE took 8 March out
    assert {event["title"] for event in events} == {"Choir practice"}
    assert events[0]["external_id"] != events[1]["external_id"]
    assert events[0]["rrule"] == "FREQ=WEEKLY;COUNT=3"


def test_an_entry_with_a_when_is_one_event_even_if_it_also_has_recurrence_lines():
    when = "<gd:when startTime='2024-03-05T10:00:00.000-08:00' endTime='2024-03-05T11:00:00.000-08:00'/>"
    (event,) = extract_document(gdata(entry("Instance", when + SERIES)), window=WINDOW, zone=LA).events
    assert (event["start"], event["rrule"]) == ("2024-03-05T10:00:00-08:00", None)


def test_a_series_entirely_outside_the_window_yields_nothing_rather_than_a_dateless_record():
    past = SERIES.replace("20240301", "20200301").replace("20240308", "20200308")
    extraction = extract_document(gdata(entry("Old series", past)), window=WINDOW, zone=LA)
    assert (extraction.events, extraction.skipped) == ([], [])


def test_recurrence_lines_cannot_add_components_or_other_properties():
    text = (
        "DTSTART:20240301T190000Z\nSUMMARY:injected\nRRULE:FREQ=DAILY;COUNT=2\n"
        "END:VEVENT\nBEGIN:VEVENT\nUID:x\nDTSTART:20240302T190000Z"
    )
    calendar = recurrence_calendar(text, "uid-1\r\nX-INJECTED:1")
    assert calendar is not None
    lines = calendar.splitlines()
    assert lines.count("BEGIN:VEVENT") == 1
    assert "SUMMARY:injected" not in lines
    assert "UID:uid-1 X-INJECTED:1" in lines  # folded into one line: no property of its own
    assert recurrence_calendar("RRULE:FREQ=DAILY", "u") is None  # no DTSTART, no series


def hourly_entries(count: int) -> str:
    series = "<gd:recurrence>DTSTART:20240301T190000Z\nRRULE:FREQ=HOURLY;COUNT=100</gd:recurrence>"
    return "".join(entry(f"Series {n}", series, ident=f"s{n}") for n in range(count))


def test_every_series_of_a_feed_spends_one_occurrence_cap_for_the_document(monkeypatch):
    """Each series used to get a budget of its own: 50 hourly items (6 KB) were 100,000 events."""
    monkeypatch.setattr(rss, "MAX_FEED_OCCURRENCES", 250)
    extraction = extract_document(gdata(hourly_entries(5)), window=WINDOW, zone=LA)
    # 100 occurrences each, 500 in all: the cap is reached in the third series and the rest are not expanded.
    assert len(extraction.events) == 250
    titles = [event["title"] for event in extraction.events]
    assert [titles.count(f"Series {n}") for n in range(5)] == [100, 100, 50, 0, 0]
    assert [note for note in extraction.notes if "occurrences" in note] == [FILE_OCCURRENCES.format(count=250)]


def test_below_the_cap_every_series_is_read():
    extraction = extract_document(gdata(hourly_entries(5)), window=WINDOW, zone=LA)
    assert (len(extraction.events), extraction.notes) == (500, [])
