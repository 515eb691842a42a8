"""iCalendar files as they are found in the wild: each malformed-but-common case and what becomes of it.

Every case has its calendar in tests/sources/calendars/; the assertions are the exact outcome, so a
change in how a case is handled shows up here.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from sources.adapters import ics
from sources.adapters.base import AdapterContext, AdapterError, FetchWindow, RawEvent, RejectedRecord
from sources.fetching import normalize_url

CALENDARS = Path(__file__).parent / "calendars"
DECEMBER = (dt.datetime(2026, 12, 1, tzinfo=dt.UTC), dt.datetime(2026, 12, 20, tzinfo=dt.UTC))


def parse(
    payload: bytes | str,
    *,
    tz: str | None = None,
    window: tuple[dt.datetime, dt.datetime] = DECEMBER,
) -> tuple[list[RawEvent], list[RejectedRecord]]:
    """Run the ics adapter on a calendar file name (or raw bytes) and split events from quarantined records."""
    data = payload if isinstance(payload, bytes) else (CALENDARS / payload).read_bytes()
    context = AdapterContext(
        source="ics",
        window=FetchWindow(start=window[0], end=window[1]),
        default_timezone=zoneinfo.ZoneInfo(tz) if tz else None,
    )
    records = list(ics.ICalendarAdapter(config={}, context=context).parse(data))
    events = [record for record in records if isinstance(record, RawEvent)]
    rejected = [record for record in records if isinstance(record, RejectedRecord)]
    return events, rejected


def as_json(events: list[RawEvent]) -> list[dict]:
    return [event.to_json() for event in events]


# --- line endings, folding, case, missing headers -------------------------------------------------


def test_crlf_lf_lone_cr_and_mixed_line_endings_all_read_the_same():
    crlf = (CALENDARS / "crlf.ics").read_bytes()
    assert b"\r\n" in crlf
    lf = crlf.replace(b"\r\n", b"\n")
    lone_cr = crlf.replace(b"\r\n", b"\r")  # classic Mac OS exports
    expected, rejected = parse(crlf)
    assert rejected == []
    for variant in (lf, lone_cr, (CALENDARS / "mixed_line_endings.ics").read_bytes()):
        assert as_json(parse(variant)[0]) == as_json(expected)
    walk, rink = expected
    assert walk.external_id == "parks-20261212-lights@springfield-parks.example"
    assert (
        walk.description == "A one-mile walk through the lit gardens. Hot cocoa at the finish line. Strollers welcome."
    )
    assert walk.start == dt.datetime(2026, 12, 12, 17, tzinfo=zoneinfo.ZoneInfo("America/Chicago"))
    assert walk.start.isoformat() == "2026-12-12T17:00:00-06:00"
    assert walk.end.isoformat() == "2026-12-12T20:00:00-06:00"
    assert (walk.venue_name, walk.address) == ("Lincoln Park Conservatory", "2391 N Stockton Dr, Springfield")
    assert walk.source_category == "Outdoors, Family"
    assert (rink.start, rink.end, rink.all_day) == (dt.date(2026, 12, 19), dt.date(2026, 12, 20), True)
    assert rink.timezone == "America/Chicago"


def test_lines_folded_with_a_tab_are_unfolded():
    (lecture,), rejected = parse("tab_folded.ics")
    assert rejected == []
    # RFC 5545 §3.1: the fold is CRLF plus ONE whitespace character (here a tab); the space after it is text.
    assert lecture.title == "Winter Lecture: The History of the London Underground"
    assert lecture.description == "Doors open at 18:00.\nFree entry, booking recommended."
    assert (lecture.venue_name, lecture.address) == ("Conway Hall", "25 Red Lion Square, London")
    # UTC times in a calendar that declares X-WR-TIMEZONE are shown in that zone.
    assert lecture.start.isoformat() == "2026-12-03T18:30:00+00:00"
    assert lecture.timezone == "Europe/London"


def test_lowercase_property_names_and_parameters_are_read():
    (techno, market), rejected = parse("lowercase_properties.ics")
    assert rejected == []
    assert techno.title == "Techno im Keller"
    assert techno.start.isoformat() == "2026-12-05T20:00:00+01:00"
    assert techno.end.isoformat() == "2026-12-05T23:00:00+01:00"
    assert techno.timezone == "Europe/Berlin"
    assert (techno.venue_name, techno.address) == ("Club Keller", "Oranienstraße 12, Berlin")
    assert techno.url == "https://tiny.example/events/keller"
    assert techno.status == "cancelled"
    assert techno.source_category == "Music, Electronic"
    assert (market.title, market.start, market.all_day, market.end) == (
        "Flohmarkt am Mauerpark",
        dt.date(2026, 12, 6),
        True,
        None,
    )


def test_missing_version_and_prodid_are_tolerated():
    (chess,), rejected = parse("no_version_prodid.ics")
    assert rejected == []
    assert chess.external_id == "chess-1@club.example"
    assert chess.start.isoformat() == "2026-12-09T19:00:00-05:00"
    assert chess.timezone == "America/Toronto"


def test_a_calendar_missing_only_end_vcalendar_is_closed():
    events, rejected = parse("unterminated.ics")
    assert rejected == []
    assert [(event.external_id, event.start.isoformat()) for event in events] == [
        ("play-1@smalltheatre.example", "2026-12-10T19:30:00-05:00"),
        ("play-2@smalltheatre.example", "2026-12-11T19:30:00-05:00"),
    ]


def test_a_calendar_cut_inside_an_event_is_still_refused():
    # Closing the VCALENDAR would not bring back the end of the event: nothing is guessed.
    with pytest.raises(AdapterError, match="no complete VCALENDAR"):
        parse("corrupt.ics")
    assert ics.close_calendar("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\n") == "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\n"


# --- time zones -----------------------------------------------------------------------------------


def test_windows_timezone_names_map_to_iana_zones():
    (board, call), rejected = parse("windows_tzid.ics")
    assert rejected == []
    # Outlook: a VTIMEZONE named "Eastern Standard Time" (quoted TZID parameter), UID folded over two lines.
    assert board.external_id == (
        "040000008200E00074C5B7101A82E00800000000A0C1D2E3F405DD01000000000000000010000000D1E2F30415263748596A7B8C9DAEBFC0"
    )
    assert board.title == "Board of Library Trustees Meeting"
    assert board.start.isoformat() == "2026-12-08T18:30:00-05:00"
    assert board.end.isoformat() == "2026-12-08T20:00:00-05:00"
    assert board.timezone == "America/New_York"
    # A Windows name with no VTIMEZONE at all.
    assert call.start.isoformat() == "2026-12-10T19:00:00+01:00"
    assert call.timezone == "Europe/Berlin"


def test_tzid_without_vtimezone_uses_the_iana_zone_and_refuses_an_unknown_one():
    events, rejected = parse("tzid_without_vtimezone.ics")
    by_id = {event.external_id: event for event in events}
    assert by_id["denver-1@hiking.example"].start.isoformat() == "2026-12-05T08:00:00-07:00"
    assert by_id["denver-1@hiking.example"].timezone == "America/Denver"
    # Evolution's "globally unique" TZID (/freeassociation.sourceforge.net/Tzfile/Europe/Paris); icalendar
    # warns while guessing it, and warnings are errors in this test suite: the adapter must not leak one.
    assert by_id["paris-1@hiking.example"].start.isoformat() == "2026-12-06T10:00:00+01:00"
    assert by_id["paris-1@hiking.example"].timezone == "Europe/Paris"
    # "Springfield Local Time" is nobody's zone and there is no calendar or source zone: quarantined.
    assert "local-1@hiking.example" not in by_id
    assert [(record.external_id, record.reason) for record in rejected] == [
        ("local-1@hiking.example", ics.UNKNOWN_TZID.format(tzid="Springfield Local Time"))
    ]


def test_unknown_tzid_is_read_in_the_source_timezone_when_there_is_one():
    events, rejected = parse("tzid_without_vtimezone.ics", tz="America/Chicago")
    assert rejected == []
    meetup = next(event for event in events if event.external_id == "local-1@hiking.example")
    assert meetup.start.isoformat() == "2026-12-07T18:30:00-06:00"
    assert meetup.timezone == "America/Chicago"
    # The source's zone does not override zones the file names correctly.
    denver = next(event for event in events if event.external_id == "denver-1@hiking.example")
    assert denver.timezone == "America/Denver"


def test_broken_vtimezone_falls_back_to_the_iana_name_or_the_calendar_zone():
    events, rejected = parse("broken_vtimezone.ics")
    assert rejected == []
    got = [(event.external_id, event.start.isoformat(), event.end.isoformat(), event.timezone) for event in events]
    assert got == [
        # TZID America/Denver with garbage offsets in its VTIMEZONE: the real America/Denver is used.
        ("broken-tz-1@lakeside.example", "2026-12-11T19:00:00-07:00", "2026-12-11T21:00:00-07:00", "America/Denver"),
        # "Lakeside Central" is not a zone anyone knows: the calendar's X-WR-TIMEZONE (America/Chicago).
        ("broken-tz-2@lakeside.example", "2026-12-12T14:00:00-06:00", "2026-12-12T16:00:00-06:00", "America/Chicago"),
        (
            "broken-tz-3@lakeside.example@2026-12-05T17:00:00Z",
            "2026-12-05T11:00:00-06:00",
            "2026-12-05T12:00:00-06:00",
            "America/Chicago",
        ),
        (
            "broken-tz-3@lakeside.example@2026-12-12T17:00:00Z",
            "2026-12-12T11:00:00-06:00",
            "2026-12-12T12:00:00-06:00",
            "America/Chicago",
        ),
        (
            "broken-tz-3@lakeside.example@2026-12-19T17:00:00Z",
            "2026-12-19T11:00:00-06:00",
            "2026-12-19T12:00:00-06:00",
            "America/Chicago",
        ),
    ]


def test_broken_vtimezone_without_any_fallback_quarantines_only_its_events():
    events, rejected = parse("broken_vtimezone_no_fallback.ics")
    assert [(event.external_id, event.start.isoformat()) for event in events] == [
        ("harbour-2@harbour.example", "2026-12-13T15:00:00+00:00")
    ]
    assert [(record.external_id, record.reason) for record in rejected] == [
        ("harbour-1@harbour.example", ics.UNKNOWN_TZID.format(tzid="Harbour Office Time"))
    ]
    # With the source's zone (its city's), the event is read there instead.
    events, rejected = parse("broken_vtimezone_no_fallback.ics", tz="Europe/Lisbon")
    assert rejected == []
    tour = next(event for event in events if event.external_id == "harbour-1@harbour.example")
    assert (tour.start.isoformat(), tour.timezone) == ("2026-12-12T10:00:00+00:00", "Europe/Lisbon")


def test_extract_prints_the_readable_events_and_skips_the_unreadable_with_its_reason():
    out, err = StringIO(), StringIO()
    call_command(
        "extract",
        str(CALENDARS / "broken_vtimezone_no_fallback.ics"),
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-20",
        stdout=out,
        stderr=err,
    )
    printed = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [event["title"] for event in printed] == ["Lighthouse Open Day"]
    assert "skipped harbour-1@harbour.example: Unknown timezone 'Harbour Office Time'" in err.getvalue()


# --- bytes, extreme dates, runaway series ---------------------------------------------------------


def test_invalid_utf8_is_replaced_and_the_rest_of_the_feed_is_kept():
    (lesung, gruss), rejected = parse("invalid_utf8.ics")
    assert rejected == []
    assert lesung.title == "Lesung im Café Central"
    assert lesung.venue_name == "Café Central"
    assert gruss.title == "Gr\ufffd\ufffde aus K\ufffdln \ufffd Abend"
    assert gruss.description == "Latin-1 bytes in a UTF-8 file: \ufffdt\ufffd"
    assert gruss.start.isoformat() == "2026-12-06T19:00:00+01:00"


TWO_CHICAGO_DAYS = (dt.datetime(2026, 12, 1, 6, tzinfo=dt.UTC), dt.datetime(2026, 12, 3, 6, tzinfo=dt.UTC))


def test_placeholder_years_stay_outside_the_window_and_old_series_expand_correctly():
    events, rejected = parse("year_extremes.ics", window=TWO_CHICAGO_DAYS)
    uids = {event.external_id.split("@legacy.example")[0] for event in events}
    # A single event in 1900 and the 9999-12-31 placeholders (date and date-time) simply do not appear.
    assert uids == {"choir", "tours", "shuttle"}
    # "From 1900 until 9999" overlaps every window: it is quarantined as a placeholder, not published.
    assert [(record.external_id, record.reason) for record in rejected] == [
        ("permanent@legacy.example", ics.IMPLAUSIBLE_END.format(year=9999))
    ]
    choir = [event.start.isoformat() for event in events if event.title.startswith("Choir")]
    assert choir == ["2026-12-02T19:30:00-06:00"]
    tours = [event.start.isoformat() for event in events if event.title.startswith("Museum")]
    assert tours == [
        "2026-12-01T10:00:00-06:00",
        "2026-12-01T10:30:00-06:00",
        "2026-12-01T11:00:00-06:00",
        "2026-12-01T11:30:00-06:00",
        "2026-12-02T10:00:00-06:00",
        "2026-12-02T10:30:00-06:00",
        "2026-12-02T11:00:00-06:00",
        "2026-12-02T11:30:00-06:00",
    ]
    # Every 15 minutes since 1900, no UNTIL: millions of steps if expanded from DTSTART; the window is
    # what bounds the work. 4 an hour for 48 hours, on the :07 phase of the original DTSTART.
    shuttle = [event for event in events if event.title.startswith("Airport")]
    assert len(shuttle) == 192
    assert [event.start.isoformat() for event in (shuttle[0], shuttle[1], shuttle[-1])] == [
        "2026-12-01T00:07:00-06:00",
        "2026-12-01T00:22:00-06:00",
        "2026-12-02T23:52:00-06:00",
    ]
    assert shuttle[0].end.isoformat() == "2026-12-01T00:12:00-06:00"
    assert shuttle[0].external_id == "shuttle@legacy.example@2026-12-01T06:07:00Z"
    assert shuttle[0].rrule == "FREQ=MINUTELY;INTERVAL=15"


def test_a_series_moved_forward_has_the_same_occurrences_as_one_that_started_recently():
    """Moving DTSTART from 1900 to just before the window must not change which occurrences there are."""
    text = (CALENDARS / "year_extremes.ics").read_text()
    recent = text
    for old, new in (
        ("19000101T100000", "20261101T100000"),  # tours
        ("19000101T102000", "20261101T102000"),
        ("19000103T193000", "20261104T193000"),  # choir (a Wednesday, like 3 January 1900)
        ("19000103T210000", "20261104T210000"),
        ("19000101T000700", "20261101T000700"),  # shuttle
        ("19000101T001200", "20261101T001200"),
    ):
        recent = recent.replace(f"America/Chicago:{old}", f"America/Chicago:{new}")
    assert recent.count("America/Chicago:2026") == 6
    old_events, _ = parse("year_extremes.ics", window=TWO_CHICAGO_DAYS)
    new_events, _ = parse(recent.encode(), window=TWO_CHICAGO_DAYS)
    assert len(old_events) == 1 + 8 + 192
    assert as_json(old_events) == as_json(new_events)


def test_occurrences_of_one_series_are_capped(monkeypatch):
    monkeypatch.setattr(ics, "MAX_OCCURRENCES", 5)
    window = (dt.datetime(2026, 12, 5, 15, tzinfo=dt.UTC), dt.datetime(2026, 12, 5, 18, tzinfo=dt.UTC))
    events, rejected = parse("every_five_minutes.ics", window=window)
    assert rejected == []
    assert [event.start.isoformat() for event in events] == [
        "2026-12-05T09:00:00-06:00",
        "2026-12-05T09:05:00-06:00",
        "2026-12-05T09:10:00-06:00",
        "2026-12-05T09:15:00-06:00",
        "2026-12-05T09:20:00-06:00",
    ]


# --- webcal ---------------------------------------------------------------------------------------


def test_webcal_urls_are_https():
    assert normalize_url("webcal://calendar.example.org/parks.ics") == "https://calendar.example.org/parks.ics"
    assert normalize_url("WEBCAL://calendar.example.org/parks.ics?x=1") == "https://calendar.example.org/parks.ics?x=1"
    assert normalize_url("http://calendar.example.org/parks.ics") == "http://calendar.example.org/parks.ics"
    assert normalize_url("https://calendar.example.org/parks.ics") == "https://calendar.example.org/parks.ics"


@pytest.mark.django_db
@pytest.mark.usefixtures("recorded_clock")  # replays responses recorded on RECORDED_NOW
def test_a_webcal_source_is_fetched_staged_and_published(recorded, monkeypatch):
    """A Source configured with a webcal:// URL, end to end through the real HTTP client.

    The HTTP client turns webcal:// into https://; the local recorded server only speaks plain HTTP, so
    the test lets the real normalization run and then points its https:// result at http://.
    """
    import sources.http as http_module
    from events.models import Event
    from events.services import staged_events_process
    from sources.models import FetchRun
    from sources.services import source_fetch
    from tests.factories import SourceFactory

    seen: list[tuple[str, str]] = []

    def normalize_for_local_server(url: str) -> str:
        normalized = normalize_url(url)
        seen.append((url, normalized))
        return normalized.replace("https://127.0.0.1", "http://127.0.0.1")

    monkeypatch.setattr(http_module, "normalize_url", normalize_for_local_server)
    recorded.add("/parks.ics", file="../calendars/crlf.ics", content_type="text/calendar; charset=utf-8")
    webcal_url = recorded.url("/parks.ics").replace("http://", "webcal://")
    source = SourceFactory(
        slug="parks", kind="calendar", adapter="ics", config={"url": webcal_url, "allow_private_network": True}
    )
    outcome = source_fetch(source=source, window=FetchWindow(start=DECEMBER[0], end=DECEMBER[1]))
    run = outcome.run
    assert seen == [(webcal_url, webcal_url.replace("webcal://", "https://"))]
    assert [request.path for request in recorded.requests] == ["/parks.ics"]
    assert (run.status, run.found, run.new, run.failed, run.requests) == (FetchRun.Status.SUCCESS, 2, 2, 0, 1)
    staged_events_process(staged_event_ids=outcome.pending_ids)
    walk = Event.objects.get(title="Holiday Lights Walk")
    assert walk.is_published
    assert walk.timezone == "America/Chicago"
    assert walk.start == dt.datetime(2026, 12, 12, 23, tzinfo=dt.UTC)
    rink = Event.objects.get(title="Ice Rink Opening Weekend")
    assert rink.all_day
