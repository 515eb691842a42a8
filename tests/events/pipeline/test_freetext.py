"""Free text → title, start/end, venue, price, with a confidence that says how much was found."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from events.pipeline.freetext import HOLD_BELOW, extract_from_text, find_when, parse_times

NOW = dt.datetime(2026, 11, 20, 6, 30, tzinfo=dt.UTC)  # a Friday
KOLKATA = zoneinfo.ZoneInfo("Asia/Kolkata")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")


def at(zone: zoneinfo.ZoneInfo, *parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=zone)


def test_a_social_post_with_everything():
    found = extract_from_text(
        "Jazz night at Blue Lantern on Sat Dec 5 from 8pm - 11pm. Tickets ₹499 onwards",
        tz="Asia/Kolkata",
        now=NOW,
        languages=("en", "hi", "kn"),
        date_order="DMY",
    )
    assert (found.title, found.venue_name, found.price_text) == ("Jazz night", "Blue Lantern", "₹499 onwards")
    assert (found.start, found.end) == (at(KOLKATA, 2026, 12, 5, 20, 0), at(KOLKATA, 2026, 12, 5, 23, 0))
    assert found.confidence == 1.0
    assert not found.needs_review
    assert found.reasons == (
        "date found: 'Sat Dec 5'",
        "time found: '8pm - 11pm'",
        "venue found: 'Blue Lantern'",
        "price found: '₹499 onwards'",
    )


def test_relative_dates_overnight_ranges_and_numeric_dates():
    brunch = extract_from_text(
        "Sunday Brunch Club — this Sunday 11am–2pm at The Permit Room", tz="Asia/Kolkata", now=NOW
    )
    assert (brunch.title, brunch.venue_name) == ("Sunday Brunch Club", "The Permit Room")
    assert (brunch.start, brunch.end) == (at(KOLKATA, 2026, 11, 22, 11, 0), at(KOLKATA, 2026, 11, 22, 14, 0))
    assert brunch.confidence == 0.9
    techno = extract_from_text(
        "Late night techno 22:00-04:00 on 5/12/2026 at Club Verve. Free entry",
        tz="Asia/Kolkata",
        now=NOW,
        date_order="DMY",
    )
    assert (techno.start, techno.end) == (at(KOLKATA, 2026, 12, 5, 22, 0), at(KOLKATA, 2026, 12, 6, 4, 0))
    assert (techno.title, techno.price_text) == ("Late night techno", "Free entry")
    open_mic = extract_from_text("Open mic 12/5 8-11pm @ The Bitter End, $10", tz="America/New_York", now=NOW)
    assert (open_mic.title, open_mic.venue_name, open_mic.price_text) == ("Open mic", "The Bitter End", "$10")
    assert (open_mic.start, open_mic.end) == (at(NEW_YORK, 2026, 12, 5, 20, 0), at(NEW_YORK, 2026, 12, 5, 23, 0))


def test_confidence_falls_with_what_is_missing():
    no_venue = extract_from_text("Workshop: 12 December 2026, 10:00-13:00, Indiranagar", tz="Asia/Kolkata", now=NOW)
    assert (no_venue.title, no_venue.confidence, no_venue.needs_review) == ("Workshop: Indiranagar", 0.75, True)
    date_only = extract_from_text("Diwali Mela on 8 Nov 2027", tz="Asia/Kolkata", now=NOW)
    assert (date_only.start, date_only.end, date_only.confidence) == (dt.date(2027, 11, 8), None, 0.55)
    assert "no time found: read as an all-day event" in date_only.reasons
    nothing = extract_from_text("Nothing to see here", tz="Asia/Kolkata", now=NOW)
    assert (nothing.title, nothing.start, nothing.confidence) == ("Nothing to see here", None, 0.1)
    assert nothing.reasons == ("no date found", "no venue found")
    empty = extract_from_text("   ", tz="Asia/Kolkata", now=NOW)
    assert (empty.title, empty.confidence) == (None, 0.0)
    assert HOLD_BELOW == 0.85


def test_without_a_zone_a_time_cannot_be_placed():
    found = extract_from_text("Open mic 12/5 8-11pm @ The Bitter End", tz=None, now=NOW)
    assert (found.start, found.end) == (dt.date(2026, 12, 5), None)
    assert "time found but no timezone: read as an all-day event" in found.reasons


def test_hindi_dates_through_dateparser_search():
    found = extract_from_text("शनिवार 5 दिसंबर शाम कबीर संगीत", tz="Asia/Kolkata", now=NOW, languages=("en", "hi", "kn"))
    assert (found.start, found.title, found.confidence) == (dt.date(2026, 12, 5), "शाम कबीर संगीत", 0.45)
    assert found.reasons[0] == "date found by a loose search: 'शनिवार 5 दिसंबर'"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8pm", (dt.time(20, 0), None)),
        ("7:30 PM – 9 PM", (dt.time(19, 30), dt.time(21, 0))),
        ("8-11pm", (dt.time(20, 0), dt.time(23, 0))),
        ("11-1pm", (dt.time(11, 0), dt.time(13, 0))),
        ("10:00-13:00", (dt.time(10, 0), dt.time(13, 0))),
        ("11am to noon", (dt.time(11, 0), dt.time(12, 0))),
        ("noon", (dt.time(12, 0), None)),
        ("late", (None, None)),
    ],
)
def test_times(text, expected):
    assert parse_times(text) == expected


def test_find_when_for_normalize():
    when = find_when("Doors open tomorrow 7pm", tz="America/New_York", now=NOW)
    assert when is not None
    assert (when.start, when.end, when.date_text) == (at(NEW_YORK, 2026, 11, 21, 19, 0), None, "tomorrow")
    assert find_when("Just words about music", tz="UTC", now=NOW) is None
