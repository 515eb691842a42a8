"""/metrics: request counters, business gauges against the database, queue depths against Redis, access control."""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import time

import httpx
import pytest
import redis
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils import timezone
from prometheus_client.parser import text_string_to_metric_families

from config.celery import app as celery_app
from config.metrics import celery_queue_names
from events.models import Category, Event, EventListing, StagedEvent
from sources.models import FetchRun
from tests.factories import EventFactory, SourceFactory
from tests.processes import stop

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.django_db]

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def parse(text: str) -> Samples:
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def scrape(client, **headers) -> Samples:
    response = client.get("/metrics", **headers)
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("text/plain")
    return parse(response.content.decode())


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def by_label(samples: Samples, name: str, label: str) -> dict[str, float]:
    return {dict(labels)[label]: number for (sample, labels), number in samples.items() if sample == name}


# --- HTTP traffic ---------------------------------------------------------------------------------------------------


def test_requests_are_counted_by_view_name_and_status_class(client):
    before = scrape(client)
    client.get("/healthz")
    client.get("/healthz")
    client.get("/no/such/page/at/all")
    after = scrape(client)

    ok = {"method": "GET", "view": "healthz", "status": "2xx"}
    assert value(after, "whatson_http_requests_total", **ok) - value(before, "whatson_http_requests_total", **ok) == 2
    missing = {"method": "GET", "view": "<unmatched>", "status": "4xx"}
    assert (
        value(after, "whatson_http_requests_total", **missing) - value(before, "whatson_http_requests_total", **missing)
        == 1
    )
    # Raw paths never become labels: the number of series stays bounded whatever gets requested.
    assert not any("/no/such" in str(labels) for _, labels in after)
    histogram = {"method": "GET", "view": "healthz"}
    count = "whatson_http_request_duration_seconds_count"
    assert value(after, count, **histogram) - value(before, count, **histogram) == 2
    assert value(after, "whatson_http_request_duration_seconds_bucket", le="+Inf", **histogram) >= 2
    # The scrape before counts too (a metrics request is a request like any other).
    assert value(after, "whatson_http_requests_total", method="GET", view="metrics", status="2xx") >= 1


def _database_url() -> str:
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


CHILD = """
import django
django.setup()
from django.test import Client
from django.test.utils import setup_test_environment
setup_test_environment()
client = Client()
for _ in range({n}):
    assert client.get("/healthz").status_code == 200
"""


def test_several_processes_add_up_in_multiprocess_mode(client, tmp_path, monkeypatch):
    """What gunicorn workers do with PROMETHEUS_MULTIPROC_DIR: each writes its counts, any scrape sums them."""
    directory = tmp_path / "prometheus"
    directory.mkdir()
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(directory), "DJANGO_SETTINGS_MODULE": "config.settings.test",
           "DATABASE_URL": _database_url(), "REDIS_URL": settings.REDIS_URL}  # fmt: skip
    for n in (2, 3):
        subprocess.run([sys.executable, "-c", CHILD.format(n=n)], cwd=settings.BASE_DIR, env=env, check=True)

    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(directory))
    samples = scrape(client)
    assert value(samples, "whatson_http_requests_total", method="GET", view="healthz", status="2xx") == 5
    assert value(samples, "whatson_http_request_duration_seconds_count", method="GET", view="healthz") == 5
    # The business gauges are there in this mode too.
    assert value(samples, "whatson_metrics_up", part="database") == 1


# --- Business gauges -------------------------------------------------------------------------------------------


def test_published_events_by_category_and_source_match_the_database(client):
    music, food = Category.objects.filter(parent__isnull=True).order_by("slug")[:2]
    one, two = SourceFactory(slug="metrics-one"), SourceFactory(slug="metrics-two")
    shown = [EventFactory(category=music), EventFactory(category=music), EventFactory(category=food), EventFactory()]
    # Not upcoming-and-public: none of these count.
    held = EventFactory(category=music, moderation_status=Event.ModerationStatus.HELD)
    EventFactory(category=music, archived_at=timezone.now())
    EventFactory(category=food, start=timezone.now() - dt.timedelta(days=3), end=timezone.now() - dt.timedelta(days=2))
    EventFactory(category=food, merged_into=shown[2])
    for index, event in enumerate(shown):
        EventListing.objects.create(event=event, source=one, external_id=f"one-{index}", is_primary=True)
    EventListing.objects.create(event=shown[0], source=two, external_id="two-0")
    EventListing.objects.create(event=held, source=two, external_id="two-held")

    samples = scrape(client)
    categories = by_label(samples, "whatson_events_published_by_category", "category")
    assert categories[music.slug] == 2
    assert categories[food.slug] == 1
    assert categories["uncategorized"] == 1
    top_level = set(Category.objects.filter(parent__isnull=True).values_list("slug", flat=True))
    assert set(categories) == top_level | {"uncategorized"}
    assert sum(categories.values()) == Event.objects.filter(pk__in=[event.pk for event in shown]).count()
    sources = by_label(samples, "whatson_events_published_by_source", "source")
    assert (sources["metrics-one"], sources["metrics-two"]) == (4, 1)


def test_staged_records_duplicate_rate_and_fetch_failures(client):
    source = SourceFactory(slug="metrics-staged")
    SourceFactory(slug="metrics-quiet")
    now = timezone.now()
    statuses = ["published", "published", "duplicate", "held", "pending"]
    for index, status in enumerate(statuses):
        StagedEvent.objects.create(
            source=source, external_id=f"s-{index}", status=status, processed_at=None if status == "pending" else now
        )
    # Processed two days ago: in the status counts, not in the last day's rate.
    StagedEvent.objects.create(
        source=source, external_id="old", status="duplicate", processed_at=now - dt.timedelta(days=2)
    )
    for started, status in [(now, "failed"), (now - dt.timedelta(hours=3), "failed"), (now, "success"),
                            (now - dt.timedelta(days=2), "failed")]:  # fmt: skip
        FetchRun.objects.create(source=source, started_at=started, status=status)

    samples = scrape(client)
    staged = by_label(samples, "whatson_staged_records", "status")
    assert staged == {"pending": 1, "processing": 0, "published": 2, "held": 1, "rejected": 0, "duplicate": 2}
    processed = by_label(samples, "whatson_staged_processed_24h", "status")
    assert (processed["published"], processed["duplicate"], processed["held"], processed["pending"]) == (2, 1, 1, 0)
    assert value(samples, "whatson_duplicate_rate_24h") == pytest.approx(1 / 4)
    failures = by_label(samples, "whatson_fetch_failures_24h", "source")
    assert (failures["metrics-staged"], failures["metrics-quiet"]) == (2, 0)


def test_digest_subscriptions_sends_and_suppressions(client):
    from tests.digests.factories import (
        ActiveSubscriptionFactory,
        DigestSendFactory,
        SubscriptionFactory,
        SuppressionFactory,
    )

    pending, active, other = SubscriptionFactory(), ActiveSubscriptionFactory(), ActiveSubscriptionFactory()
    DigestSendFactory(subscription=active, status="sent")
    DigestSendFactory(subscription=other, status="bounced")
    # Claimed two days ago: in no count of the last day.
    DigestSendFactory(subscription=other, status="sent", claimed_at=timezone.now() - dt.timedelta(days=2))
    SuppressionFactory()

    samples = scrape(client)
    subscriptions = by_label(samples, "whatson_digest_subscriptions", "status")
    assert subscriptions == {"pending": 1, "active": 2, "paused": 0, "unsubscribed": 0}
    assert pending.status == "pending"
    sends = by_label(samples, "whatson_digest_sends_24h", "status")
    assert (sends["sent"], sends["bounced"], sends["claimed"]) == (1, 1, 0)
    assert value(samples, "whatson_digest_suppressed_addresses") == 1


def test_database_numbers_are_cached_between_scrapes(client, settings):
    settings.METRICS_CACHE_SECONDS = 30
    category = Category.objects.filter(parent__isnull=True).order_by("slug").first()
    EventFactory(category=category)
    first = by_label(scrape(client), "whatson_events_published_by_category", "category")
    EventFactory(category=category)
    second = scrape(client)
    assert by_label(second, "whatson_events_published_by_category", "category") == first
    assert value(second, "whatson_business_metrics_age_seconds") >= 0
    cache.clear()
    third = by_label(scrape(client), "whatson_events_published_by_category", "category")
    assert third[category.slug] == first[category.slug] + 1


@pytest.fixture
def broker():
    """The real Redis broker of the test settings, with the project's queues emptied before and after."""
    client = redis.Redis.from_url(celery_app.conf.broker_url)
    keys = [
        f"{queue}{suffix}" for queue in celery_queue_names() for suffix in ("", "\x06\x163", "\x06\x166", "\x06\x169")
    ]
    client.delete(*keys)
    try:
        yield client
    finally:
        client.delete(*keys)
        client.close()


def test_queue_depths_match_redis_llen(client, broker):
    assert set(celery_queue_names()) == {"default", "fetch", "process", "transactional", "email"}
    broker.lpush("fetch", *[f"message-{n}" for n in range(3)])
    broker.lpush("fetch\x06\x163", "a higher-priority message")  # kombu keeps each priority in its own list
    broker.lpush("email", "digest")

    depths = by_label(scrape(client), "whatson_celery_queue_length", "queue")
    assert depths == {
        "fetch": broker.llen("fetch") + broker.llen("fetch\x06\x163"),
        "email": broker.llen("email"),
        "default": 0,
        "process": 0,
        "transactional": 0,
    }
    assert depths["fetch"] == 4


def test_a_dead_broker_leaves_the_rest_of_the_scrape(client):
    saved = celery_app.conf["broker_url"]
    celery_app.conf["broker_url"] = "redis://127.0.0.1:1/0"
    try:
        samples = scrape(client)
    finally:
        celery_app.conf["broker_url"] = saved
    assert value(samples, "whatson_metrics_up", part="queues") == 0
    assert value(samples, "whatson_metrics_up", part="database") == 1
    assert not by_label(samples, "whatson_celery_queue_length", "queue")


# --- Access control -----------------------------------------------------------------------------------------------


def test_a_token_is_required_when_one_is_set(client, settings):
    settings.METRICS_TOKEN = "scrape-me-0123456789"
    missing = client.get("/metrics")
    assert missing.status_code == 401
    assert missing["WWW-Authenticate"].startswith("Bearer")
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer wrong-token").status_code == 401
    assert client.get("/metrics", HTTP_AUTHORIZATION="Basic scrape-me-0123456789").status_code == 401
    scrape(client, HTTP_AUTHORIZATION="Bearer scrape-me-0123456789")
    # With a token, where the request comes from no longer matters.
    scrape(client, HTTP_AUTHORIZATION="Bearer scrape-me-0123456789", REMOTE_ADDR="203.0.113.9")


def test_without_a_token_only_direct_private_requests_are_answered(client, settings):
    settings.METRICS_TOKEN = ""
    scrape(client, REMOTE_ADDR="127.0.0.1")
    scrape(client, REMOTE_ADDR="10.1.2.3")
    scrape(client, REMOTE_ADDR="192.168.0.7")
    scrape(client, REMOTE_ADDR="::1")
    scrape(client, REMOTE_ADDR="::ffff:172.18.0.4")  # a Docker network address seen by a dual-stack socket
    for public in ("203.0.113.9", "8.8.8.8", "2001:db8::1", "172.32.0.1", "not-an-address"):
        assert client.get("/metrics", REMOTE_ADDR=public).status_code == 403, public
    # Through a proxy every client looks local: refused unless a token is used.
    assert client.get("/metrics", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 403


def test_metrics_are_never_cached_and_only_read(client):
    response = client.get("/metrics")
    assert "no-cache" in response["Cache-Control"]
    assert client.post("/metrics").status_code == 405


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def gunicorn(tmp_path):
    """Real gunicorn, two worker processes, multiprocess metrics (config/gunicorn.py) on the test database."""
    directory = tmp_path / "prometheus"
    directory.mkdir()
    (directory / "counter_999999.db").write_bytes(b"left over from a previous run")
    port = _free_port()
    log = tmp_path / "gunicorn.log"
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(directory), "DJANGO_SETTINGS_MODULE": "config.settings.test",
           "DATABASE_URL": _database_url(), "REDIS_URL": settings.REDIS_URL}  # fmt: skip
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.py", "config.wsgi:application",
             "--bind", f"127.0.0.1:{port}", "--workers", "2"],
            cwd=settings.BASE_DIR, env=env, stdout=output, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert process.poll() is None, log.read_text()
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}", directory
    finally:
        stop(process)


@pytest.mark.django_db(transaction=True)
def test_gunicorn_workers_share_one_count(gunicorn):
    base, directory = gunicorn
    assert not (directory / "counter_999999.db").exists()  # the master started from an empty directory
    with httpx.Client(base_url=base, timeout=60) as http:  # the first answers wait for Django to load
        for _ in range(12):
            assert http.get("/healthz").status_code == 200
        samples = parse(http.get("/metrics").text)
    assert value(samples, "whatson_http_requests_total", method="GET", view="healthz", status="2xx") == 12
    assert len(list(directory.glob("counter_*.db"))) >= 1
