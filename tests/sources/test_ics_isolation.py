"""One bad VEVENT is one rejected record with its reason; the rest of the calendar is read.

Each case used to fail the whole source run ("Internal error"), disable the source when repeated, and make
`extract` exit 1 with a traceback. The calendars are built here with dates relative to today, so the
suite passes whatever the date.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from sources.adapters import _ical_time, ics
from sources.adapters.base import AdapterContext, FetchWindow, RawEvent, RejectedRecord

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
# A day well inside the default window (yesterday to a year ahead): next month, whatever today is.
SOON = (NOW + dt.timedelta(days=30)).date()
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))


def stamp(day: dt.date, hour: int = 19) -> str:
    return f"{day:%Y%m%d}T{hour:02d}0000"


GOOD = f"UID:good@example.org\r\nSUMMARY:Good concert\r\nDTSTART:{stamp(SOON)}Z\r\nDTEND:{stamp(SOON, 21)}Z"


def calendar(*events: str, head: str = "") -> bytes:
    """A VCALENDAR with these VEVENT bodies (CRLF lines, as RFC 5545 writes them)."""
    body = "".join(f"BEGIN:VEVENT\r\n{event}\r\nEND:VEVENT\r\n" for event in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{head}{body}END:VCALENDAR\r\n".encode()


def event(uid: str, *lines: str) -> str:
    return "\r\n".join([f"UID:{uid}", f"SUMMARY:{uid}", *lines])


def parse(
    payload: bytes, *, tz: str | None = None
) -> tuple[ics.ICalendarAdapter, list[RawEvent], list[RejectedRecord]]:
    context = AdapterContext(source="ics", window=WINDOW, default_timezone=zoneinfo.ZoneInfo(tz) if tz else None)
    adapter = ics.ICalendarAdapter(config={}, context=context)
    records = list(adapter.parse(payload))
    events = [record for record in records if isinstance(record, RawEvent)]
    rejected = [record for record in records if isinstance(record, RejectedRecord)]
    return adapter, events, rejected


LONG_TZID = "Area/" + "x" * 300
# The long name folded over several lines, as any RFC 5545 writer does past 75 octets.
FOLDED_LONG_TZID = f"DTSTART;TZID={LONG_TZID}:{stamp(SOON)}"
FOLDED_LONG_TZID = "\r\n ".join(FOLDED_LONG_TZID[i : i + 70] for i in range(0, len(FOLDED_LONG_TZID), 70))

HOSTILE = {
    # zoneinfo raises IsADirectoryError for a folder of the tz database, OSError for a name too long.
    "tzid-folder": (f"DTSTART;TZID=Europe:{stamp(SOON)}", ics.UNKNOWN_TZID.format(tzid="Europe")),
    "tzid-quoted-folder": (f'DTSTART;TZID="America":{stamp(SOON)}', ics.UNKNOWN_TZID.format(tzid="America")),
    "tzid-300-chars": (FOLDED_LONG_TZID, ics.UNKNOWN_TZID.format(tzid=LONG_TZID)),
    "tzid-unknown": (f"DTSTART;TZID=Europe/Atlantis:{stamp(SOON)}", ics.UNKNOWN_TZID.format(tzid="Europe/Atlantis")),
    "feb-30": (
        f"DTSTART:{SOON.year + 1}0230T190000Z",
        ics.INVALID_DATE.format(name="DTSTART", value=f"{SOON.year + 1}0230T190000Z"),
    ),
    "month-13": (
        f"DTSTART:{SOON.year + 1}1301T190000Z",
        ics.INVALID_DATE.format(name="DTSTART", value=f"{SOON.year + 1}1301T190000Z"),
    ),
    "hour-25": (
        f"DTSTART:{SOON:%Y%m%d}T250000Z",
        ics.INVALID_DATE.format(name="DTSTART", value=f"{SOON:%Y%m%d}T250000Z"),
    ),
    "bad-dtend": (
        f"DTSTART:{stamp(SOON)}Z\r\nDTEND:{SOON:%Y%m}32T210000Z",
        ics.INVALID_DATE.format(name="DTEND", value=f"{SOON:%Y%m}32T210000Z"),
    ),
    "interval-huge": (f"DTSTART:{stamp(SOON)}Z\r\nRRULE:FREQ=DAILY;INTERVAL={'9' * 30}", "Cannot expand this series: "),
    "interval-big": (f"DTSTART:{stamp(SOON)}Z\r\nRRULE:FREQ=YEARLY;INTERVAL=999999", "The series has INTERVAL=999999"),
    "interval-zero": (f"DTSTART:{stamp(SOON)}Z\r\nRRULE:FREQ=DAILY;INTERVAL=0", "The series has INTERVAL=0"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_one_hostile_event_is_one_rejected_record_and_the_rest_is_read(case):
    line, reason = HOSTILE[case]
    _, events, rejected = parse(calendar(event("bad@example.org", line), GOOD))
    assert [record.external_id for record in events] == ["good@example.org"]
    assert [record.external_id for record in rejected] == ["bad@example.org"]
    assert rejected[0].reason.startswith(reason)


def test_a_folder_named_as_the_calendar_timezone_is_ignored():
    """X-WR-TIMEZONE:America is not a zone: the calendar reads as if it had none."""
    _, events, rejected = parse(calendar(GOOD, head="X-WR-TIMEZONE:America\r\n"))
    assert rejected == []
    (good,) = events
    assert good.start == dt.datetime.combine(SOON, dt.time(19), tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("line", "feed_zone"),
    [
        ("DTSTART;TZID=Europe/Paris:00010101T000000", None),
        ("DTSTART:00010101T000000Z", "America/New_York"),  # into the feed's zone: below datetime.min
        ("DTSTART:00010101T000000Z\r\nRRULE:FREQ=YEARLY", "America/New_York"),
        ("DTSTART;TZID=Pacific/Kiritimati:00010101T000000\r\nRRULE:FREQ=DAILY", None),
    ],
)
def test_year_one_in_a_zone_never_fails_the_calendar(line, feed_zone):
    head = f"X-WR-TIMEZONE:{feed_zone}\r\n" if feed_zone else ""
    _, events, rejected = parse(calendar(event("ancient@example.org", line), GOOD, head=head))
    assert "good@example.org" in [record.external_id for record in events]
    # Outside the window (like a 1900 placeholder), or refused with a reason; a yearly rule may still occur.
    assert all(record.external_id == "ancient@example.org" and record.reason for record in rejected)


def test_a_vtimezone_with_a_folder_name_still_gives_its_offsets():
    """A VTIMEZONE may call itself anything; renaming the unreadable name keeps it tied to its events."""
    vtimezone = (
        "BEGIN:VTIMEZONE\r\nTZID:Europe\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
        "TZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    )
    _, events, rejected = parse(
        calendar(event("local@example.org", f"DTSTART;TZID=Europe:{stamp(SOON)}"), head=vtimezone)
    )
    assert rejected == []
    (local,) = events
    assert local.start.utcoffset() == dt.timedelta(hours=3)
    assert (local.start.hour, local.start.date()) == (19, SOON)


def test_only_parameters_are_renamed_never_text_that_looks_like_one():
    description = "DESCRIPTION:Bring a map;TZID=Europe:yes\\, really"
    windows = f'DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern":{stamp(SOON)}'
    _, events, rejected = parse(calendar(event("text@example.org", f"DTSTART:{stamp(SOON)}Z", description), GOOD))
    assert rejected == []
    assert events[0].description == "Bring a map;TZID=Europe:yes, really"
    content, renamed = _ical_time.defuse_tzids(f'{windows}\nDTEND;TZID=Europe;X-A="b:c":{stamp(SOON)}\n')
    assert content.startswith(windows)  # quoted, with a colon inside: read, and not a folder
    assert list(renamed.values()) == ["Europe"]


def test_the_tzid_guard_never_reaches_the_file_system_with_a_bad_name():
    assert _ical_time.zone_or_none("Europe") is None
    assert _ical_time.zone_or_none("x" * 300) is None
    assert _ical_time.zone_or_none("../../etc/passwd") is None
    assert _ical_time.zone_or_none(" Europe/Paris ") == zoneinfo.ZoneInfo("Europe/Paris")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_calendars_in_utf16_and_utf32_with_a_byte_order_mark_are_decoded(encoding):
    text = calendar(
        event("café@example.org", f"DTSTART:{stamp(SOON)}Z", "LOCATION:Café Zürich\\, Bahnhofstrasse 1")
    ).decode()
    payload = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # these codecs write no mark: add it, as Windows tools do
        payload = ("\ufeff" + text).encode(encoding)
    assert ics.ICalendarAdapter.sniff(payload)
    _, events, rejected = parse(payload)
    assert rejected == []
    (cafe,) = events
    assert (cafe.external_id, cafe.title, cafe.venue_name) == ("café@example.org", "café@example.org", "Café Zürich")


def test_extract_prints_the_good_events_and_lists_the_bad_ones(tmp_path: Path):
    bad = [event(f"{case}@example.org", line) for case, (line, _) in sorted(HOSTILE.items())]
    path = tmp_path / "hostile.ics"
    path.write_bytes(calendar(*bad, GOOD, head="X-WR-TIMEZONE:America\r\n"))
    stdout, stderr = StringIO(), StringIO()
    call_command("extract", str(path), stdout=stdout, stderr=stderr)  # raises (exit 2) or crashes otherwise
    printed = stdout.getvalue().splitlines()
    assert len(printed) == 1
    assert '"external_id": "good@example.org"' in printed[0]
    skipped = stderr.getvalue().splitlines()
    assert sorted(line.split(":")[0] for line in skipped) == sorted(f"skipped {case}@example.org" for case in HOSTILE)


@pytest.mark.django_db
def test_a_source_run_over_a_hostile_calendar_is_partial_not_failed(tmp_path: Path, settings):
    from sources.models import FetchRun
    from sources.services import source_fetch
    from tests.factories import SourceFactory

    settings.SOURCE_FILE_ROOTS = [tmp_path]
    path = tmp_path / "hostile.ics"
    path.write_bytes(calendar(*(event(f"{case}@example.org", line) for case, (line, _) in HOSTILE.items()), GOOD))
    source = SourceFactory(slug="hostile", kind="calendar", adapter="ics", config={"path": str(path)})
    run = source_fetch(source=source, window=WINDOW).run
    assert run.status == FetchRun.Status.PARTIAL
    # The source's city has a timezone: the four events with an unreadable TZID are read in it, as any
    # unknown TZID is; the seven others are quarantined with their reasons.
    assert (run.found, run.new, run.failed) == (1 + len(HOSTILE), 1 + 4, len(HOSTILE) - 4)
    assert sorted(error["reason"].split(":")[0] for error in run.errors) == sorted(
        reason.split(":")[0] for case, (_, reason) in HOSTILE.items() if not case.startswith("tzid-")
    )
    source.refresh_from_db()
    assert source.is_active
