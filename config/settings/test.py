"""Settings for the test suite: fast hashing, eager tasks unless a test starts a real worker."""

from config.settings.base import *  # noqa: F403
from config.settings.base import SECRET_KEY

SECRET_KEY = SECRET_KEY or "django-insecure-whatson-tests-only"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests call services directly; the one test that needs a real worker switches this off itself.
CELERY_TASK_ALWAYS_EAGER = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# No collectstatic before tests: serve static files straight from the finders.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# The public pages' per-process copy (events/views/pages.py) outlives the cache the tests empty: off here.
PAGE_CACHE_LOCAL_ITEMS = 0
