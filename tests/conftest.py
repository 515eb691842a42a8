"""Shared fixtures and the service policy.

Tests that need PostgreSQL, Redis or Chromium carry a marker. Without the service they skip with a
reason; with REQUIRE_SERVICES=1 (CI) a missing service fails them instead.

Tests must pass whatever the date: see tests/clock.py (relative dates, or the ``recorded_clock`` fixture).
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import time_machine
from django.conf import settings

from tests.clock import RECORDED_NOW
from tests.ordering import deal
from tests.run_once import SHARED_TMP

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"


def _database_is_postgres() -> bool:
    return settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


def _redis_answers() -> bool:
    if not settings.REDIS_URL:
        return False
    parts = urlsplit(settings.REDIS_URL)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 6379), timeout=2) as conn:
            conn.sendall(b"PING\r\n")
            return conn.recv(16).startswith(b"+PONG")
    except OSError:
        return False


SERVICES = {
    "postgres": (_database_is_postgres, "PostgreSQL is not configured (set DATABASE_URL=postgres://…)"),
    "redis": (_redis_answers, "Redis is not reachable (set REDIS_URL=redis://…)"),
    "chromium": (lambda: shutil.which("chromium") is not None, "Chromium is not installed (/usr/bin/chromium)"),
}


def pytest_configure(config: pytest.Config) -> None:
    if hasattr(config, "workerinput") and config.option.basetemp:
        # an xdist worker: its base temp is <the run's>/popen-gwN; the run's is shared by its workers
        os.environ[SHARED_TMP] = str(Path(config.option.basetemp).parent)
    if REQUIRE_SERVICES:
        missing = [reason for check, reason in SERVICES.values() if not check()]
        if missing:
            raise pytest.UsageError("REQUIRE_SERVICES=1 but: " + "; ".join(missing))


@pytest.hookimpl(trylast=True)  # after pytest-django's own order (database tests, transactional ones, the others)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    workerinput = getattr(config, "workerinput", None)
    if workerinput is not None:  # an xdist worker: the long tests start first, one share per worker (tests/ordering.py)
        items[:] = deal(items, int(workerinput["workercount"]))


def pytest_runtest_setup(item: pytest.Item) -> None:
    for name, (check, reason) in SERVICES.items():
        if item.get_closest_marker(name) and not check():
            if REQUIRE_SERVICES:
                pytest.fail(f"{name} required: {reason}")
            pytest.skip(reason)


@pytest.fixture(scope="session")
def _test_folders(tmp_path_factory) -> Iterator[Path]:
    """Each test's own folder, named but not made: the code that writes under VAR_DIR makes what it needs."""
    root = tmp_path_factory.mktemp("each-test")
    return (root / str(number) for number in itertools.count())


@pytest.fixture(autouse=True)
def _isolated_var_dir(request, settings, _test_folders):
    """Each test writes demo output and credentials under its own folder, never the developer's var/: its tmp_path
    where it asks for one (files it writes there are inside SOURCE_FILE_ROOTS), else a folder made only if written
    to (pytest's tmp_path makes a folder and a symlink for every test: a millisecond each, on 19,000 tests)."""
    folder = request.getfixturevalue("tmp_path") if "tmp_path" in request.fixturenames else next(_test_folders)
    settings.VAR_DIR = folder / "var"
    settings.SOURCE_FILE_ROOTS = [folder, settings.BASE_DIR / "sources" / "demo", settings.BASE_DIR / "tests"]


@pytest.fixture(autouse=True)
def _fresh_pipeline_state():
    """Each test's cities and venues, not a previous test's: the pipeline caches them per process."""
    from digests.filters import names_forget
    from events.services.state import pipeline_state_reset

    pipeline_state_reset()
    names_forget()
    yield
    pipeline_state_reset()
    names_forget()


@pytest.fixture(autouse=True)
def _empty_cache():
    """Cached page fragments belong to one test's data."""
    from django.core.cache import cache

    from events.services import changes

    cache.clear()
    changes.generation_forget()  # what a process remembers for a second belonged to the cleared cache


@pytest.fixture
def recorded_clock():
    """The clock at RECORDED_NOW, ticking on from there: for in-process tests that replay responses recorded then.

    Without it, a recorded event becomes "over" as the real calendar passes it and the pipeline rejects it.
    """
    with time_machine.travel(RECORDED_NOW, tick=True) as traveller:
        yield traveller


# pytest-django's fixtures that give a test the database, the most thorough first.
DATABASE_FIXTURES = ("live_server", "transactional_db", "django_db_reset_sequences", "db")


def _uses_database(request: pytest.FixtureRequest) -> bool:
    """Whether the test uses the test database, which is then set up: by the django_db mark's own autouse fixture,
    or here, a fixture it asks for by name set up ahead of this one (never a query before the test database is)."""
    if request.node.get_closest_marker("django_db") is not None:
        return True
    for name in DATABASE_FIXTURES:
        if name in request.fixturenames:
            request.getfixturevalue(name)
            return True
    return False


def restore_seed_rows() -> None:
    """Load again what the data migrations load (the category taxonomy, the Moderators group) where a flush took it."""
    import importlib

    from django.apps import apps as global_apps
    from django.contrib.auth.models import Group

    from events.models import Category

    if not Category.objects.exists():
        importlib.import_module("events.migrations.0003_category_taxonomy").load_taxonomy(global_apps, None)
    if not Group.objects.filter(name="Moderators").exists():
        importlib.import_module("moderation.migrations.0002_moderators_group").create_group(global_apps, None)
        importlib.import_module("moderation.migrations.0005_moderators_review_claims").grant(global_apps, None)


@pytest.fixture(autouse=True)
def _data_migrations_survive_flushes(request, django_db_blocker):
    """Rows that data migrations load (the category taxonomy, the Moderators group) are there for every test that
    uses the database. A transactional test flushes every table at its end; pytest-django runs those after the
    others, but under xdist's work stealing a worker that has run one can take plain database tests from another's
    queue, which would then run against a site with no categories (events get no category, pages no chips). Checked
    as the test starts: one query where nothing was flushed."""
    if _uses_database(request):
        with django_db_blocker.unblock():
            restore_seed_rows()
