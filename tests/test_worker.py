"""End to end through real parts: a Celery worker process on Redis, PostgreSQL, the public page."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
import uuid

import pytest
from django.conf import settings
from django.utils import timezone

from config.celery import app as celery_app
from events.models import Event
from sources.models import FetchRun
from sources.tasks import fetch_source
from tests.factories import CityFactory, SourceFactory
from tests.processes import database_url, stop

CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Whatson tests//Worker//EN
X-WR-TIMEZONE:America/New_York
BEGIN:VEVENT
UID:worker-gig@worker.example
DTSTAMP:20260101T000000Z
DTSTART;TZID=America/New_York:{day}T210000
SUMMARY:Worker-Delivered Jazz Night
LOCATION:Smalls\\, 183 W 10th St\\, New York
END:VEVENT
END:VCALENDAR
"""


def start(tmp_path, name: str, *args: str) -> tuple[subprocess.Popen, object]:
    """A real celery process (worker or beat) on the test database and Redis."""
    log = tmp_path / f"{name}.log"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
        "DATABASE_URL": database_url(),
        "REDIS_URL": settings.REDIS_URL,
        "SOURCE_FILE_ROOTS": str(tmp_path),
    }
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", *args, "-l", "info"],
            cwd=settings.BASE_DIR, env=env, stdout=output, stderr=subprocess.STDOUT,
        )  # fmt: skip
    return process, log


@pytest.fixture
def worker(tmp_path):
    """A worker consuming the fetch and process queues, and tasks sent from this process (not eager)."""
    process, log = start(
        tmp_path, "worker", "worker", "-Q", "fetch,process", "-P", "solo", "--without-gossip", "--without-mingle",
        "--without-heartbeat", "-n", f"test-{uuid.uuid4().hex[:8]}@%h",
    )  # fmt: skip
    celery_app.conf.task_always_eager = False
    try:
        yield process, log
    finally:
        celery_app.conf.task_always_eager = True
        stop(process)


@pytest.mark.postgres
@pytest.mark.redis
@pytest.mark.django_db(transaction=True)
def test_fetch_task_runs_in_a_worker_and_the_event_reaches_the_page(worker, tmp_path, client):
    process, log = worker
    day = (timezone.now() + dt.timedelta(days=4)).strftime("%Y%m%d")
    calendar = tmp_path / "worker.ics"
    calendar.write_text(CALENDAR.format(day=day))
    city = CityFactory(name="New York", slug="new-york", timezone="America/New_York")
    source = SourceFactory(slug="worker-cal", city=city, config={"path": str(calendar)})

    fetch_source.delay(source.pk)

    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and not Event.objects.filter(moderation_status="published").exists():
        assert process.poll() is None, log.read_text()
        time.sleep(0.5)
    event = Event.objects.filter(title="Worker-Delivered Jazz Night").first()
    assert event is not None, log.read_text()
    run = FetchRun.objects.get(source=source)
    assert (run.status, run.found, run.new) == ("success", 1, 1)
    page = client.get(city.get_absolute_url())
    assert b"Worker-Delivered Jazz Night" in page.content
    assert client.get(event.get_absolute_url()).status_code == 200
    worker_log = log.read_text()
    assert "sources.tasks.fetch_source" in worker_log
    assert "events.tasks.process_staged_events" in worker_log  # processing went through the broker too


def wait_for(condition, *, seconds: float, processes) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        for process, log in processes:
            assert process.poll() is None, log.read_text()
        time.sleep(1)
    return condition()


@pytest.mark.postgres
@pytest.mark.redis
@pytest.mark.django_db(transaction=True)
def test_beat_schedules_fetches_and_one_failing_source_does_not_stop_the_others(worker, tmp_path):
    """Beat (database scheduler) fires every source's cron; the worker runs them; one source is broken."""
    from sources.schedules import schedules_sync_all

    city = CityFactory(name="New York", slug="new-york", timezone="America/New_York")
    day = (timezone.now() + dt.timedelta(days=4)).strftime("%Y%m%d")
    good = []
    for index in range(3):
        calendar = tmp_path / f"venue-{index}.ics"
        calendar.write_text(CALENDAR.format(day=day).replace("worker-gig@", f"gig-{index}@").replace(
            "Worker-Delivered Jazz Night", f"Scheduled Show {index}"))  # fmt: skip
        good.append(
            SourceFactory(slug=f"venue-{index}", city=city, schedule="* * * * *", config={"path": str(calendar)})
        )
    broken = SourceFactory(
        slug="broken-feed", city=city, schedule="* * * * *", config={"path": str(tmp_path / "gone.ics")}
    )
    assert schedules_sync_all() == (4, 0)

    beat, beat_log = start(tmp_path, "beat", "beat", "--max-interval", "2", "-s", str(tmp_path / "beat-schedule"))
    try:
        ran_all = wait_for(
            lambda: (
                FetchRun.objects.exclude(status="running").values("source").distinct().count() >= 4
                and Event.objects.filter(moderation_status="published").count() >= 3
            ),
            seconds=130,
            processes=[worker, (beat, beat_log)],
        )
    finally:
        stop(beat)
    assert ran_all, beat_log.read_text()[-3000:] + worker[1].read_text()[-3000:]
    for source in good:
        assert FetchRun.objects.filter(source=source, status="success", trigger="schedule").exists()
    failed = FetchRun.objects.filter(source=broken).first()
    assert failed.status == "failed"
    assert "No such file" in failed.errors[0]["reason"]
    assert sorted(Event.objects.values_list("title", flat=True)) == [f"Scheduled Show {i}" for i in range(3)]
    assert "Scheduler: Sending due task whatson: fetch venue-0" in beat_log.read_text()
