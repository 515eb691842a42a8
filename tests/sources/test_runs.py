"""Every run ends in a terminal state: database refusals, concurrent fetches and refused cancellations included."""

from __future__ import annotations

import threading

import pytest
from django.db import connection
from django.urls import reverse

from events.models import StagedEvent
from sources.models import FetchRun, Source
from sources.services import ALREADY_RUNNING, source_fetch
from tests.factories import SourceFactory
from tests.sources.helpers import no_wait
from tests.sources.test_lifecycle import TEN, calendar, fetch_and_process

ONE_EVENT = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Whatson tests//Runs//EN
BEGIN:VEVENT
UID:{uid}@runs.example
DTSTAMP:20260101T000000Z
DTSTART:20261205T200000Z
SUMMARY:{title}
END:VEVENT
END:VCALENDAR
"""


@pytest.fixture
def refusing_trigger(django_db_blocker):
    """PostgreSQL itself refuses one title, as it refused NUL bytes: a real DataError mid-staging."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            CREATE FUNCTION h6_refuse() RETURNS trigger AS $$
            BEGIN
                IF NEW.raw->>'title' = 'Refused by the database' THEN
                    RAISE EXCEPTION 'invalid byte sequence' USING ERRCODE = '22021';
                END IF;
                RETURN NEW;
            END $$ LANGUAGE plpgsql;
            CREATE TRIGGER h6_refuse BEFORE INSERT OR UPDATE ON events_stagedevent
                FOR EACH ROW EXECUTE FUNCTION h6_refuse();
            """
        )


@pytest.mark.postgres
@pytest.mark.django_db
@pytest.mark.usefixtures("recorded_clock")  # its calendar is dated December 2026 (tests/clock.py)
def test_a_database_error_while_staging_fails_the_run_and_updates_the_source(tmp_path, refusing_trigger):
    path = tmp_path / "refused.ics"
    path.write_text(ONE_EVENT.format(uid="refused", title="Refused by the database"))
    source = SourceFactory(config={"path": str(path)})

    outcome = source_fetch(source=source)

    run = FetchRun.objects.get(pk=outcome.run.pk)
    source.refresh_from_db()
    assert run.status == FetchRun.Status.FAILED
    assert "DataError" in run.errors[0]["reason"]
    assert run.finished_at is not None
    assert (source.health, source.consecutive_failures) == (Source.Health.FAILING, 1)
    assert "DataError" in source.last_error
    assert not StagedEvent.objects.filter(source=source).exists()  # the staging step was undone whole
    assert outcome.pending_ids == []


@pytest.mark.django_db
def test_a_refused_mass_cancellation_is_its_own_terminal_status_and_shows_in_admin(tmp_path, admin_client):
    source = SourceFactory(slug="venue", config={"path": str(calendar(tmp_path / "v.ics", TEN))})
    assert fetch_and_process(source).status == FetchRun.Status.SUCCESS
    calendar(tmp_path / "v.ics", {k: v for k, v in TEN.items() if k not in {"e1", "e2", "e3"}})

    run = fetch_and_process(source)

    assert run.status == FetchRun.Status.REFUSED
    assert source.health == Source.Health.DEGRADED
    page = admin_client.get(reverse("admin:sources_fetchrun_changelist"), {"status__exact": "refused"})
    assert page.status_code == 200
    assert "Refused (would cancel too many events)" in page.content.decode()
    assert "Refused to cancel 3 of 10" in page.content.decode()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("recorded_clock")  # its calendar is dated December 2026 (tests/clock.py)
def test_a_second_fetch_of_a_running_source_is_skipped_not_an_integrity_error(recorded):
    """Two real connections fetch one source at once: one stages, the other says it is already running."""
    asked, release = threading.Event(), threading.Event()

    def slow_calendar(_seen):
        asked.set()
        release.wait(timeout=30)
        return recorded.reply(body=ONE_EVENT.format(uid="same", title="Same show"), content_type="text/calendar")

    recorded.add("/cal.ics", slow_calendar)
    source = SourceFactory(config={"url": recorded.url("/cal.ics"), "allow_private_network": True})
    first: dict[str, FetchRun] = {}

    def fetch_in_thread() -> None:
        try:
            first["run"] = source_fetch(source=Source.objects.get(pk=source.pk), sleep=no_wait).run
        finally:
            connection.close()

    thread = threading.Thread(target=fetch_in_thread)
    thread.start()
    try:
        assert asked.wait(timeout=30)
        second = source_fetch(source=Source.objects.get(pk=source.pk), sleep=no_wait).run
    finally:
        release.set()
        thread.join(timeout=60)

    assert second.status == FetchRun.Status.SKIPPED
    assert second.errors == [{"reason": ALREADY_RUNNING}]
    assert first["run"].status == FetchRun.Status.SUCCESS
    assert len(recorded.requests) == 1  # the skipped fetch read nothing
    assert StagedEvent.objects.filter(source=source).count() == 1
    source.refresh_from_db()
    assert source.health == Source.Health.HEALTHY
    # The lock is released once the first fetch ends: the next one runs.
    assert source_fetch(source=source, sleep=no_wait).run.status == FetchRun.Status.SUCCESS
