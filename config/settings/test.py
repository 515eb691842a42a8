"""Settings for the test suite: fast hashing, eager tasks unless a test starts a real worker."""

import os
from urllib.parse import urlsplit

# Under pytest-xdist each worker process gets a Redis database of its own (gw0 the one REDIS_URL names, gwN the
# next N), as pytest-django gives it a test database of its own: a test that empties the cache or a channel layer
# must not empty another worker's. Written back to the environment before the base settings read it, so the
# servers and workers a test starts as child processes use the same database; they inherit the marker too, and
# do not move it again.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
if _worker.startswith("gw") and os.environ.get("REDIS_URL") and os.environ.get("WHATSON_REDIS_WORKER") != _worker:
    _redis = urlsplit(os.environ["REDIS_URL"])
    _database = int(_redis.path.strip("/") or 0) + int(_worker[2:])
    os.environ["REDIS_URL"] = _redis._replace(path=f"/{_database}").geturl()
    os.environ["WHATSON_REDIS_WORKER"] = _worker

from config.settings.base import *  # noqa: E402, F403
from config.settings.base import SECRET_KEY  # noqa: E402

SECRET_KEY = SECRET_KEY or "django-insecure-whatson-tests-only"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests call services directly; the one test that needs a real worker switches this off itself.
CELERY_TASK_ALWAYS_EAGER = True
# Counts after every change, so a test sees them at once; tests/realtime/test_moderation_counts.py turns the
# coalescing on.
REALTIME_MODERATION_COUNTS_SECONDS = 0.0
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# No collectstatic before tests: serve static files straight from the finders.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# The public pages' per-process copy (events/views/pages.py) outlives the cache the tests empty: off here.
PAGE_CACHE_LOCAL_ITEMS = 0
