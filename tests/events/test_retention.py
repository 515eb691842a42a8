"""The data lifecycle: old staged records go (unless needed), old organizer contacts are blanked, long-past events
are archived — each batched, logged, and a no-op the second time."""

from __future__ import annotations

import datetime as dt
import logging

import pytest
from django.apps import apps
from django.utils import timezone
from django_celery_beat.models import PeriodicTask

from events.models import Event, EventListing, Organizer, StagedEvent
from events.selectors import city_list_with_counts, event_list_upcoming
from events.services.retention import events_archive, organizers_contact_strip, staged_events_purge
from events.tasks import archive_past_events, purge_staged_events, strip_organizer_contacts
from sources.schedules import LIFECYCLE_JOBS, schedules_sync_all
from tests.factories import CityFactory, EventFactory, SourceFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

NOW = timezone.now()


def days_ago(days: int) -> dt.datetime:
    return NOW - dt.timedelta(days=days)


def staged(source, external_id: str, *, seen_days_ago: int, status=StagedEvent.Status.REJECTED, event=None):
    return StagedEvent.objects.create(
        source=source, external_id=external_id, status=status, event=event,
        first_seen_at=days_ago(seen_days_ago + 1), last_seen_at=days_ago(seen_days_ago),
    )  # fmt: skip


def test_purge_deletes_only_old_records_nothing_needs(caplog):
    source = SourceFactory()
    event = EventFactory(city=source.city)
    old_rejected = staged(source, "old-rejected", seen_days_ago=40)
    old_duplicate = staged(source, "old-dup", seen_days_ago=31, status=StagedEvent.Status.DUPLICATE)
    keep = [
        staged(source, "recent", seen_days_ago=29),
        staged(source, "held", seen_days_ago=90, status=StagedEvent.Status.HELD),
        staged(source, "pending", seen_days_ago=90, status=StagedEvent.Status.PENDING),
        staged(source, "processing", seen_days_ago=90, status=StagedEvent.Status.PROCESSING),
        # The record behind a live event, and one whose listing an event still carries.
        staged(source, "linked", seen_days_ago=90, status=StagedEvent.Status.PUBLISHED, event=event),
        staged(source, "listed", seen_days_ago=90, status=StagedEvent.Status.PUBLISHED),
    ]
    EventListing.objects.create(event=event, source=source, external_id="listed")

    with caplog.at_level(logging.INFO, logger="events.services.retention"):
        assert staged_events_purge(now=NOW, older_than_days=30, batch_size=1) == 2
    assert "deleted 2 staged records" in caplog.text
    remaining = set(StagedEvent.objects.values_list("pk", flat=True))
    assert remaining == {record.pk for record in keep}
    assert old_rejected.pk not in remaining
    assert old_duplicate.pk not in remaining

    assert staged_events_purge(now=NOW, older_than_days=30, batch_size=1) == 0  # the second run changes nothing
    assert set(StagedEvent.objects.values_list("pk", flat=True)) == remaining


def test_purge_keeps_records_the_audit_trail_names():
    """A moderation audit row keeps its staged record: found from the reverse relation, not by name."""
    try:
        audit = apps.get_model("moderation", "ModerationAction")
    except LookupError:
        pytest.skip("the moderation audit trail is not in this checkout yet")
    source = SourceFactory()
    audited = staged(source, "rejected-by-a-moderator", seen_days_ago=90)
    staged(source, "rejected-by-the-pipeline", seen_days_ago=90)
    audit.objects.create(action="reject", staged_event=audited, reason="spam")

    assert staged_events_purge(now=NOW, older_than_days=30, batch_size=100) == 1
    assert list(StagedEvent.objects.values_list("external_id", flat=True)) == ["rejected-by-a-moderator"]
    assert audit.objects.get().staged_event_id == audited.pk


def test_organizer_contacts_stripped_after_their_last_event():
    idle = Organizer.objects.create(name="Idle", slug="idle", email="idle@example.org")
    busy = Organizer.objects.create(name="Busy", slug="busy", email="busy@example.org")
    no_events = Organizer.objects.create(name="New", slug="new", email="new@example.org")
    EventFactory(organizer=idle, start=days_ago(200), end=days_ago(199))
    EventFactory(organizer=busy, start=days_ago(300))
    EventFactory(organizer=busy, start=days_ago(100))  # the last one is recent: keep the contact

    assert organizers_contact_strip(now=NOW, after_days=180, batch_size=500) == 1
    assert dict(Organizer.objects.values_list("slug", "email")) == {
        "idle": "",
        "busy": "busy@example.org",
        "new": "new@example.org",
    }
    assert organizers_contact_strip(now=NOW, after_days=180, batch_size=500) == 0
    idle.refresh_from_db()
    no_events.refresh_from_db()
    assert idle.name == "Idle"
    assert no_events.email == "new@example.org"


def test_archive_marks_long_past_events_and_listings_drop_them(client):
    city = CityFactory()
    ended = EventFactory(city=city, start=days_ago(400), end=days_ago(399), title="Long gone")
    open_ended = EventFactory(city=city, start=days_ago(366))
    last_month = EventFactory(city=city, start=days_ago(30))
    upcoming = EventFactory(city=city, start=NOW + dt.timedelta(days=3))

    assert events_archive(now=NOW, after_days=365, batch_size=1) == 2
    archived = set(Event.objects.filter(archived_at__isnull=False).values_list("pk", flat=True))
    assert archived == {ended.pk, open_ended.pk}
    assert Event.objects.get(pk=last_month.pk).archived_at is None

    first_stamp = Event.objects.get(pk=ended.pk).archived_at
    assert events_archive(now=NOW + dt.timedelta(hours=1), after_days=365, batch_size=1) == 0
    assert Event.objects.get(pk=ended.pk).archived_at == first_stamp  # not re-stamped

    # The page stays reachable, marked past.
    response = client.get(ended.get_absolute_url())
    assert response.status_code == 200
    assert b"Past event" in response.content
    assert b"Past event" not in client.get(upcoming.get_absolute_url()).content


def test_archived_events_leave_listings_even_with_future_dates():
    """Listings exclude archived events by the flag, not only by date (a moderator may archive by hand)."""
    city = CityFactory()
    kept = EventFactory(city=city, start=NOW + dt.timedelta(days=1))
    EventFactory(city=city, start=NOW + dt.timedelta(days=2), archived_at=NOW)
    assert list(event_list_upcoming(now=NOW, city=city)) == [kept]
    counts = {c.pk: c.upcoming_count for c in city_list_with_counts(now=NOW)}
    assert counts[city.pk] == 1


def test_tasks_read_the_settings(settings):
    settings.RETENTION_STAGED_DAYS = 10
    settings.RETENTION_ORGANIZER_CONTACT_DAYS = 20
    settings.ARCHIVE_AFTER_DAYS = 30
    source = SourceFactory()
    staged(source, "eleven-days", seen_days_ago=11)
    organizer = Organizer.objects.create(name="O", slug="o", email="o@example.org")
    EventFactory(organizer=organizer, start=days_ago(40))

    assert purge_staged_events.delay().get() == {"deleted": 1}
    assert strip_organizer_contacts.delay().get() == {"stripped": 1}
    assert archive_past_events.delay().get() == {"archived": 1}
    assert purge_staged_events.delay().get() == {"deleted": 0}
    assert strip_organizer_contacts.delay().get() == {"stripped": 0}
    assert archive_past_events.delay().get() == {"archived": 0}


def test_lifecycle_jobs_installed_in_beat_idempotently():
    schedules_sync_all()
    schedules_sync_all()
    for job in LIFECYCLE_JOBS:
        task = PeriodicTask.objects.get(name=job.name)
        assert task.task == job.task
        assert task.enabled
        assert (task.crontab.minute, task.crontab.hour) == (job.minute, job.hour)
    assert PeriodicTask.objects.filter(name__in=[job.name for job in LIFECYCLE_JOBS]).count() == 3
