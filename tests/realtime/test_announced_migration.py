"""realtime 0002 on a database that already has events (deployments upgrading, not only empty test databases), and
realtime 0003's removal of the old Redis hash.

0002 seeds one AnnouncedEvent per event the public may have seen, with the state it has now. Migrated for real:
back to 0001, events written through the historical models, forward to 0002, rows checked, back again (the
migration is reversible) and forward to the latest. Runs on the configured database: PostgreSQL with DATABASE_URL
(CI), SQLite without. The seed is one INSERT … SELECT: no event comes into Python, so memory does not grow with
the table (checked on 20,000 events).
"""

from __future__ import annotations

import datetime as dt
import importlib
import tracemalloc

import pytest
import redis
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("realtime", "0001_live_state")]
SEEDED = [("realtime", "0002_announced_event")]
seeding = importlib.import_module("realtime.migrations.0002_announced_event")
forgetting = importlib.import_module("realtime.migrations.0003_forget_pushed_hash")


def migrate(target):
    """Migrate realtime to ``target`` (None: every app's latest); the historical apps there (the other apps' latest)."""
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes()
    executor.migrate(target or latest)
    state = [node for node in latest if node[0] != "realtime"] + (target or [n for n in latest if n[0] == "realtime"])
    return MigrationExecutor(connection).loader.project_state(state).apps


@pytest.fixture
def before_seed():
    apps = migrate(BEFORE)
    try:
        yield apps
    finally:
        migrate(None)


def test_events_published_before_the_deploy_are_seeded_with_their_state(before_seed):
    apps = before_seed
    city_model, event_model = apps.get_model("events", "City"), apps.get_model("events", "Event")
    city = city_model.objects.create(
        name="Lyon", slug="lyon", country="FR", timezone="Europe/Paris", latitude=45.76, longitude=4.84
    )
    now = timezone.now()

    def event(title: str, **fields):
        fields.setdefault("moderation_status", "published")
        fields.setdefault("published_at", now - dt.timedelta(days=30))
        start = dt.datetime(2031, 6, 1, 20, tzinfo=dt.UTC)
        return event_model.objects.create(title=title, slug=title.lower(), start=start, city=city, **fields)

    live = event("Live")
    cancelled = event("Cancelled", status="cancelled")
    archived = event("Archived", archived_at=now)
    merged = event("Merged", merged_into=live)
    withdrawn = event("Withdrawn", moderation_status="held")  # published once, held since
    published_unstamped = event("Unstamped", published_at=None)  # published before published_at was kept
    event("Never", moderation_status="pending", published_at=None)
    event("Refused", moderation_status="rejected", published_at=None)

    apps = migrate(SEEDED)
    announced = dict(apps.get_model("realtime", "AnnouncedEvent").objects.values_list("event_id", "state"))
    assert announced == {
        live.pk: "live",
        cancelled.pk: "cancelled",
        archived.pk: "gone",
        merged.pk: "gone",
        withdrawn.pk: "gone",
        published_unstamped.pk: "live",
    }

    migrate(BEFORE)  # reversible: the table goes, the events stay
    assert "realtime_announcedevent" not in connection.introspection.table_names()
    assert event_model.objects.count() == 8
    apps = migrate(SEEDED)  # and forward again: the same rows
    assert dict(apps.get_model("realtime", "AnnouncedEvent").objects.values_list("event_id", "state")) == announced


def test_a_large_table_is_seeded_in_one_statement_in_bounded_memory(before_seed):
    apps = before_seed
    city_model, event_model = apps.get_model("events", "City"), apps.get_model("events", "Event")
    city = city_model.objects.create(
        name="Graz", slug="graz", country="AT", timezone="Europe/Vienna", latitude=47.07, longitude=15.44
    )
    start, stamp = dt.datetime(2031, 6, 1, 20, tzinfo=dt.UTC), timezone.now()
    total = 20_000
    event_model.objects.bulk_create(
        (
            event_model(title=f"Night {n}", slug=f"night-{n}", start=start, city=city, moderation_status="published",
                  published_at=stamp, status="cancelled" if n % 10 == 0 else "scheduled")
            for n in range(total)
        ),
        batch_size=2_000,
    )  # fmt: skip
    apps = migrate(SEEDED)
    announced_model = apps.get_model("realtime", "AnnouncedEvent")
    assert announced_model.objects.count() == total
    assert announced_model.objects.filter(state="cancelled").count() == total // 10

    announced_model.objects.all().delete()
    with connection.schema_editor(atomic=False) as editor, CaptureQueriesContext(connection) as queries:
        tracemalloc.start()
        try:
            seeding.seed(apps, editor)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert [query["sql"].split()[0] for query in queries.captured_queries] == ["INSERT"]
    assert peak < 256 * 1024, f"the seed held {peak} bytes in Python"
    assert announced_model.objects.count() == total


@pytest.mark.redis
def test_the_old_redis_hash_is_removed_once_and_harmlessly(settings):
    client = redis.Redis.from_url(settings.REDIS_URL)
    try:
        client.hset(forgetting.OLD_KEY, mapping={"1": "live", "2": "cancelled"})
        client.set("whatson:realtime:neighbour", "kept")
        assert forgetting.forget_pushed() is True
        assert not client.exists(forgetting.OLD_KEY)
        assert forgetting.forget_pushed() is False  # a second run (or a fresh deployment): nothing to do
        assert client.get("whatson:realtime:neighbour") == b"kept"
    finally:
        client.delete(forgetting.OLD_KEY, "whatson:realtime:neighbour")
        client.close()


def test_without_redis_the_removal_says_so_and_goes_on(settings, capsys):
    from tests.processes import free_port

    settings.REDIS_URL = ""
    assert forgetting.forget_pushed() is None  # the embedded mode: nothing to remove
    settings.REDIS_URL = f"redis://127.0.0.1:{free_port()}/0"
    assert forgetting.forget_pushed() is None
    assert "redis-cli -u $REDIS_URL UNLINK whatson:realtime:pushed" in capsys.readouterr().err
