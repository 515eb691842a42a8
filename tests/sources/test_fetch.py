"""`manage.py fetch` and the services behind it: staging, publishing, failures, health."""

from __future__ import annotations

import datetime as dt
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from events.models import Event, EventListing, StagedEvent
from sources.models import FetchRun, Source
from tests.factories import SourceFactory

CALENDARS = Path(__file__).parent / "calendars"
FUTURE_CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Whatson tests//Fetch//EN
BEGIN:VEVENT
UID:gig-1@fetch.example
DTSTAMP:20260101T000000Z
DTSTART;TZID=America/Chicago:{start}T200000
DTEND;TZID=America/Chicago:{start}T230000
SUMMARY:{title}
LOCATION:The Empty Bottle\\, 1035 N Western Ave\\, Chicago
URL:https://bottle.example/gig-1
END:VEVENT
BEGIN:VEVENT
UID:market@fetch.example
DTSTAMP:20260101T000000Z
DTSTART;VALUE=DATE:{start}
SUMMARY:Winter Market
END:VEVENT
END:VCALENDAR
"""


def write_calendar(path: Path, *, title: str = "Late Show", start: str | None = None) -> Path:
    day = start or (timezone.localdate() + dt.timedelta(days=3)).strftime("%Y%m%d")
    path.write_text(FUTURE_CALENDAR.format(title=title, start=day))
    return path


def fetch(*args: str) -> str:
    out = StringIO()
    call_command("fetch", *args, "--no-progress", stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def good_source(tmp_path):
    return SourceFactory(slug="good", config={"path": str(write_calendar(tmp_path / "good.ics"))})


@pytest.mark.django_db
def test_fetch_stages_publishes_and_records_a_run(good_source):
    output = fetch("--source", "good")
    assert "✓ good: 2 found, 2 new" in output
    run = FetchRun.objects.get(source=good_source)
    assert (run.status, run.found, run.new, run.updated, run.unchanged, run.failed) == ("success", 2, 2, 0, 0, 0)
    assert run.duration_ms is not None
    assert run.finished_at >= run.started_at
    assert set(StagedEvent.objects.values_list("status", flat=True)) == {"published"}
    gig = Event.objects.get(title="Late Show")
    assert gig.is_published
    assert gig.published_at is not None
    assert gig.city == good_source.city
    assert gig.venue.name == "The Empty Bottle"
    assert gig.timezone == "America/Chicago"
    assert gig.local_start.hour == 20
    assert gig.verification == Event.Verification.SOURCE
    assert EventListing.objects.get(event=gig).url == "https://bottle.example/gig-1"
    market = Event.objects.get(title="Winter Market")
    assert market.all_day
    assert market.local_end is None  # one day
    assert (market.end - market.start).days == 1
    good_source.refresh_from_db()
    assert good_source.health == Source.Health.HEALTHY
    assert good_source.last_success_at is not None


@pytest.mark.django_db
def test_refetch_of_unchanged_calendar_writes_nothing_new(good_source):
    fetch("--source", "good")
    fetch("--source", "good")
    second = FetchRun.objects.filter(source=good_source).first()
    assert (second.new, second.updated, second.unchanged) == (0, 0, 2)
    assert Event.objects.count() == 2


@pytest.mark.django_db
def test_changed_record_updates_the_event_but_not_fields_a_moderator_edited(good_source, tmp_path):
    from moderation.actions import event_moderator_edit

    fetch("--source", "good")
    gig = Event.objects.get(title="Late Show")
    gig.description = "Doors at 7. Written by a moderator."
    event_moderator_edit(acting_user=None, event=gig, changed_fields=["description"])
    write_calendar(tmp_path / "good.ics", title="Late Show (new support act)")
    fetch("--source", "good")
    gig.refresh_from_db()
    assert gig.title == "Late Show (new support act)"
    assert gig.description == "Doors at 7. Written by a moderator."
    assert gig.edited_fields == ["description"]
    run = FetchRun.objects.filter(source=good_source).first()
    assert (run.updated, run.unchanged) == (1, 1)
    assert Event.objects.count() == 2


@pytest.mark.django_db
def test_untrusted_source_is_held_for_moderation(tmp_path):
    SourceFactory(
        slug="shady", trust_level=Source.Trust.UNTRUSTED, config={"path": str(write_calendar(tmp_path / "s.ics"))}
    )
    fetch("--source", "shady")
    assert set(Event.objects.values_list("moderation_status", flat=True)) == {"held"}
    assert set(StagedEvent.objects.values_list("status", flat=True)) == {"held"}
    assert all("untrusted" in staged.reasons[0] for staged in StagedEvent.objects.all())


@pytest.mark.django_db
def test_rejected_moderation_sticks_when_the_source_updates(good_source, tmp_path):
    from moderation.actions import events_moderate

    fetch("--source", "good")
    gig = Event.objects.get(title="Late Show")
    events_moderate(
        acting_user=None, event_ids=[gig.pk], status=Event.ModerationStatus.REJECTED, reason="Not an event."
    )
    write_calendar(tmp_path / "good.ics", title="Late Show!")
    fetch("--source", "good")
    gig.refresh_from_db()
    assert gig.moderation_status == Event.ModerationStatus.REJECTED


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("setup", "reason"),
    [
        (lambda tmp: str(tmp / "missing.ics"), "No such file"),
        (lambda tmp: _empty(tmp), "empty"),
        (lambda tmp: str(shutil.copy(CALENDARS / "corrupt.ics", tmp / "corrupt.ics")), "no complete VCALENDAR"),
        (lambda tmp: "/etc/hostname", "outside SOURCE_FILE_ROOTS"),
    ],
    ids=["missing", "empty", "corrupt", "outside-roots"],
)
def test_broken_source_records_a_failed_run_and_others_still_run(tmp_path, good_source, setup, reason):
    broken = SourceFactory(slug="broken", priority=10, config={"path": setup(tmp_path)})
    with pytest.raises(CommandError, match="1 of 2 sources failed: broken"):
        fetch("--all")
    run = FetchRun.objects.get(source=broken)
    assert run.status == FetchRun.Status.FAILED
    assert reason in run.errors[0]["reason"]
    broken.refresh_from_db()
    assert broken.health == Source.Health.FAILING
    assert broken.consecutive_failures == 1
    assert reason in broken.last_error
    # The healthy source ran after the broken one (higher priority first) and published.
    assert FetchRun.objects.get(source=good_source).status == FetchRun.Status.SUCCESS
    assert Event.objects.filter(moderation_status="published").count() == 2


def _empty(tmp: Path) -> str:
    path = tmp / "empty.ics"
    path.write_bytes(b"")
    return str(path)


@pytest.mark.django_db
def test_bad_records_are_quarantined_and_the_run_is_partial(tmp_path):
    source = SourceFactory(
        slug="mixed", config={"path": str(shutil.copy(CALENDARS / "mixed_bad.ics", tmp_path / "m.ics"))}
    )
    import datetime as dt

    from sources.adapters.base import FetchWindow
    from sources.services import source_fetch

    window = FetchWindow(start=dt.datetime(2026, 10, 1, tzinfo=dt.UTC), end=dt.datetime(2027, 4, 1, tzinfo=dt.UTC))
    outcome = source_fetch(source=source, window=window)
    assert outcome.run.status == FetchRun.Status.PARTIAL
    assert outcome.run.failed == 2
    quarantined = StagedEvent.objects.filter(source=source, status="rejected")
    assert {staged.external_id for staged in quarantined} == {"bad-rule@mixed.example", "untitled@mixed.example"}
    assert any("SUMMARY" in reason for staged in quarantined for reason in staged.reasons)
    source.refresh_from_db()
    assert source.health == Source.Health.DEGRADED


@pytest.mark.django_db
def test_source_is_disabled_after_repeated_failures(settings, tmp_path):
    settings.SOURCE_MAX_CONSECUTIVE_FAILURES = 3
    source = SourceFactory(slug="dead", config={"path": str(tmp_path / "gone.ics")})
    for _ in range(3):
        with pytest.raises(CommandError):
            fetch("--source", "dead")
    source.refresh_from_db()
    assert source.is_active is False
    assert source.health == Source.Health.DISABLED
    assert "Disabled after 3 failed runs" in source.last_error
    assert "dead" not in fetch("--all")


@pytest.mark.django_db
def test_fetch_needs_sources_and_rejects_unknown_slugs():
    with pytest.raises(CommandError, match="--all"):
        fetch()
    with pytest.raises(CommandError, match="No source with slug: nope"):
        fetch("--source", "nope")


@pytest.mark.django_db
def test_unknown_adapter_fails_the_run_with_a_reason(tmp_path):
    source = SourceFactory(
        slug="odd", adapter="carrier-pigeon", config={"path": str(write_calendar(tmp_path / "o.ics"))}
    )
    with pytest.raises(CommandError):
        fetch("--source", "odd")
    assert "No adapter named 'carrier-pigeon'" in FetchRun.objects.get(source=source).errors[0]["reason"]


@pytest.mark.django_db
def test_venues_are_placed_in_the_area_that_contains_them(tmp_path, client):
    from events.models import Area
    from tests.factories import CityFactory

    # Where Bengaluru is: the event's own coordinates place it (a city elsewhere would leave it outside).
    bengaluru = CityFactory(
        name="Bengaluru", slug="bengaluru", timezone="Asia/Kolkata", country="IN", latitude=12.9716, longitude=77.5946
    )
    Area.objects.create(city=bengaluru, name="Indiranagar", slug="indiranagar", latitude=12.9784, longitude=77.6408)
    day = timezone.localdate() + dt.timedelta(days=5)
    (tmp_path / "blr.ics").write_text(
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\nBEGIN:VEVENT\nUID:fest@blr.example\nDTSTAMP:20260101T000000Z\n"
        f"DTSTART;TZID=Asia/Kolkata:{day:%Y%m%d}T183000\nSUMMARY:Indiranagar Food Festival\n"
        "LOCATION:Toit\\, 298 100 Feet Rd\\, Bengaluru\nGEO:12.9719;77.6412\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    SourceFactory(slug="blr", city=bengaluru, config={"path": str(tmp_path / "blr.ics")})
    fetch("--source", "blr")
    event = Event.objects.get()
    assert event.venue.area.slug == "indiranagar"
    page = client.get(bengaluru.get_absolute_url(), {"area": "indiranagar"})
    assert b"Indiranagar Food Festival" in page.content
