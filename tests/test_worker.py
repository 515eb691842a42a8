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
from django.db import connection
from django.utils import timezone

from config.celery import app as celery_app
from events.models import Event
from sources.models import FetchRun
from sources.tasks import fetch_source
from tests.factories import CityFactory, SourceFactory

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


def database_url() -> str:
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def worker(tmp_path):
    """A real `celery worker` process on the test database and Redis, consuming the fetch and process queues."""
    log = tmp_path / "worker.log"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
        "DATABASE_URL": database_url(),
        "REDIS_URL": settings.REDIS_URL,
        "SOURCE_FILE_ROOTS": str(tmp_path),
    }
    command = [
        sys.executable, "-m", "celery", "-A", "config", "worker", "-Q", "fetch,process", "-P", "solo",
        "--without-gossip", "--without-mingle", "--without-heartbeat", "-n", f"test-{uuid.uuid4().hex[:8]}@%h", "-l", "info",
    ]  # fmt: skip
    with log.open("w") as output:
        process = subprocess.Popen(command, cwd=settings.BASE_DIR, env=env, stdout=output, stderr=subprocess.STDOUT)
    celery_app.conf.task_always_eager = False
    try:
        yield process, log
    finally:
        celery_app.conf.task_always_eager = True
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


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
