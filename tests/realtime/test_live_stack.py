"""The whole live path through real processes: a partner's signed webhook → the web app stages it and queues it →
a Celery worker runs the pipeline and publishes the event → the Redis stream → the WebSocket server
(``python -m config.daphne``) → the sockets and SSE streams whose filters match it, and no others.

Every process shares this test's PostgreSQL database and Redis db. The webhook is posted with Django's test
client in this process (the web app), with tasks sent to the broker instead of run inline; the worker is the
only one that processes them. The clients run in a thread of their own (tests/realtime/live_clients.py).

"Nothing reached the non-matching clients" is shown without sleeping on a guess: after the event, a sentinel
event that does match them is published; the bus is one ordered stream and each connection's queue keeps that
order, so a client that gets the sentinel without the event before it never got the event.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from config.celery import app as celery_app
from events.models import Category, Event, StagedEvent
from events.services.changes import events_changed
from sources.models import SourceKind
from tests.factories import CityFactory, EventFactory, SourceFactory
from tests.processes import WS_SERVER, database_url, server_process, stop
from tests.realtime.live_clients import LiveClients
from tests.sources.webhook_helpers import SECRET, partner_event, post
from tests.test_worker import start, wait_for

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres, pytest.mark.redis]

START_SECONDS = 60  # readiness of a process: generous, two cores are shared with other suites
DELIVERY_SECONDS = 90  # webhook → broker → worker → pipeline → stream → server → client
GALA = "Harbour Jazz Gala"
FORGED = "Forged Midnight Rave"
SENTINEL = "Harbour Five-a-side"
CLIENTS = ("music_here", "sport_here", "elsewhere", "sse_here", "sse_elsewhere")


class Process:
    def __init__(self, name: str, process: subprocess.Popen, log: Path) -> None:
        self.name, self.process, self.log = name, process, log

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    @property
    def pair(self) -> tuple[subprocess.Popen, Path]:
        """(process, log), as tests/test_worker.py's wait_for checks them."""
        return self.process, self.log

    def alive(self) -> None:
        if self.process.poll() is not None:
            pytest.fail(f"{self.name} exited ({self.process.returncode}):\n{self.text()[-5000:]}")


@pytest.fixture
def world(settings):
    """Harbour City (where the partner's webhook source files its events) and a second city, Inland."""
    settings.WEBHOOK_SECRETS = {"partner": SECRET}
    harbour = CityFactory(name="Harbour City", slug="harbour-city", timezone="America/Chicago")
    inland = CityFactory(name="Inland", slug="inland", timezone="America/Chicago")
    SourceFactory(slug="partner", kind=SourceKind.WEBHOOK, adapter="webhook", city=harbour, rate_limit_per_minute=100)
    return {"harbour": harbour, "inland": inland}


@pytest.fixture
def worker(world, tmp_path) -> Iterator[Process]:
    """A Celery worker on the processing queue; this process sends tasks to the broker instead of running them."""
    name = f"live-{uuid.uuid4().hex[:8]}@%h"
    process, log = start(tmp_path, "worker", "worker", "-Q", "process", "-P", "solo", "--without-gossip",
                         "--without-mingle", "--without-heartbeat", "-n", name)  # fmt: skip
    celery_app.conf.task_always_eager = False
    handle = Process("celery worker", process, cast(Path, log))
    try:
        ready = wait_for(lambda: "ready." in handle.text(), seconds=START_SECONDS, processes=[handle.pair])
        assert ready, handle.text()
        yield handle
    finally:
        celery_app.conf.task_always_eager = True
        stop(process)


@pytest.fixture
def ws_server(world, tmp_path) -> Iterator[tuple[str, Process]]:
    """The WebSocket server as compose runs it, on this test's database and Redis; its base URL."""
    log = tmp_path / "daphne.log"
    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": database_url(),
        "REDIS_URL": settings.REDIS_URL,
    }
    with server_process(WS_SERVER, log, env) as (port, process):
        yield f"http://127.0.0.1:{port}", Process("daphne", process, log)


@pytest.fixture
def clients(ws_server) -> Iterator[LiveClients]:
    base, _ = ws_server
    live = LiveClients(base)
    try:
        yield live
    finally:
        live.close()


def events(items: list[dict]) -> list[tuple[str, str]]:
    """(type, title) of each event message, in the order received."""
    return [(item["type"], item["event"]["title"]) for item in items if str(item.get("type", "")).startswith("event.")]


def stream_events(clients: LiveClients, name: str) -> list[dict]:
    return [json.loads(message["data"]) for message in clients.messages(name) if message.get("id")]


def publish_sentinel(city, category: Category) -> None:
    """A published event in ``city`` and ``category``, announced the way every change is (after commit)."""
    with transaction.atomic():
        sentinel = cast(Event, EventFactory(city=city, category=category, title=SENTINEL, published_at=timezone.now()))
        events_changed([sentinel.pk])


def test_a_signed_webhook_reaches_matching_sockets_and_streams_only(world, worker, ws_server, clients, client):
    _, daphne = ws_server

    def received(*names: str) -> dict[str, list[tuple[str, str]]]:
        return {name: events(clients.frames(name)) for name in names if not name.startswith("sse")} | {
            name: events(stream_events(clients, name)) for name in names if name.startswith("sse")
        }

    def until(condition, what: str) -> None:
        if not wait_for(condition, seconds=DELIVERY_SECONDS, processes=[daphne.pair, worker.pair]):
            pytest.fail(f"{what}: {received(*CLIENTS)}\nworker:\n{worker.text()[-5000:]}\ndaphne:\n{daphne.text()}")

    harbour, inland = world["harbour"], world["inland"]
    clients.socket("music_here", {"s1": {"city": harbour.slug, "category": "music"}, "s2": {"city": harbour.slug}})
    clients.socket("sport_here", {"s1": {"city": harbour.slug, "category": "sports_fitness"}})
    clients.socket("elsewhere", {"s1": {"city": inland.slug}})
    clients.stream("sse_here", f"city={harbour.slug}")
    clients.stream("sse_elsewhere", f"city={inland.slug}")

    # A forged delivery: refused at the door, nothing staged, so nothing for the worker or the sockets.
    forged = post(client, partner_event(external_id="forged-1", title=FORGED), secret="not-the-partner-secret")
    assert forged.status_code == 401
    assert forged.json() == {"error": "Signature does not match."}
    assert not StagedEvent.objects.exists()

    begins = (timezone.now() + dt.timedelta(days=3)).replace(hour=20, minute=0, second=0, microsecond=0)
    gala = partner_event(
        external_id="gala-1",
        title=GALA,
        start=begins.isoformat(),
        source_category="Music / Jazz",
        venue_name="Pier Hall",
        description="A jazz concert on the pier: big band, then a late jam session.",
    )
    accepted = post(client, gala)
    assert accepted.status_code == 202, accepted.content
    assert accepted.json()["new"] == 1
    published = ("event.published", GALA)
    until(lambda: published in received("music_here")["music_here"] and published in received("sse_here")["sse_here"],
          "the published event never reached the matching clients")  # fmt: skip

    event = Event.objects.get(title=GALA)
    assert (event.city_id, event.category.slug if event.category else None) == (harbour.pk, "music")
    assert event.is_published
    # One frame for the socket whose two subscriptions both match, naming both; the API's representation.
    [pushed] = [frame for frame in clients.frames("music_here") if frame["type"].startswith("event.")]
    assert sorted(pushed["subscriptions"]) == ["s1", "s2"]
    assert pushed["event"]["id"] == event.pk
    assert pushed["event"]["url"].endswith(event.get_absolute_url())
    [streamed] = [message for message in clients.messages("sse_here") if message.get("id")]
    assert streamed["event"] == "event.published"
    assert json.loads(streamed["data"])["event"]["id"] == event.pk

    # The partner cancels it: the same record again, with its new status, through the same path.
    cancelled = post(client, {**gala, "status": "cancelled"})
    assert cancelled.status_code == 202, cancelled.content
    assert cancelled.json()["updated"] == 1
    until(lambda: ("event.cancelled", GALA) in received("music_here")["music_here"], "no event.cancelled pushed")

    # Sentinels that do match the other clients: each gets its sentinel with nothing before it, so it never got
    # the gala (nor the forged event, which would have been processed first).
    publish_sentinel(harbour, Category.objects.get(slug="sports_fitness"))
    publish_sentinel(inland, Category.objects.get(slug="music"))
    until(lambda: all(any(title == SENTINEL for _, title in got) for got in received(*CLIENTS).values()),
          "the sentinels did not reach every client")  # fmt: skip
    sentinel = ("event.published", SENTINEL)
    assert received(*CLIENTS) == {
        "music_here": [published, ("event.cancelled", GALA), sentinel],  # s2: every event in Harbour City
        "sport_here": [sentinel],
        "elsewhere": [sentinel],
        "sse_here": [published, ("event.cancelled", GALA), sentinel],  # Harbour's sentinel, not Inland's
        "sse_elsewhere": [sentinel],
    }

    worker_log = worker.text()
    assert "events.tasks.process_staged_events" in worker_log
    assert "Traceback" not in worker_log, worker_log
    assert "Traceback" not in daphne.text(), daphne.text()


def test_refused_handshakes_are_quiet(ws_server, clients):
    """A foreign Origin or an unknown path: 403 at the handshake, not a 500, and nothing in the server's log."""
    base, daphne = ws_server
    assert clients.handshake("/ws/events/", origin="https://evil.example") == 403
    assert clients.handshake("/ws/nowhere/", origin=base) == 403
    assert clients.handshake("/ws/events/", origin=base) == 101
    daphne.alive()
    assert "Traceback" not in daphne.text(), daphne.text()
    assert " 500 " not in daphne.text(), daphne.text()
