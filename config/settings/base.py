"""Settings shared by every environment.

Every environment variable is read here, once, through django-environ. The environment modules
(local, production, test) only derive from these values; they never read the environment again.
See README.md ("Configuration") for the table of variables.
"""

import datetime as dt
from pathlib import Path
from urllib.parse import urlsplit

import environ

from config.db_keepalive import keepalive_options

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
# A .env file is a convenience for local runs; real deployments pass real environment variables.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

# --- Core --------------------------------------------------------------------------------------
# Debug mode is the environment module's choice (local: on; production, test: off), not a variable.
DEBUG = False
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")
# Production only: whether the site is served over HTTPS (redirects, HSTS, secure cookies).
HTTPS = env.bool("HTTPS", default=True)
HSTS_SECONDS = env.int("HSTS_SECONDS", default=60 * 60 * 24 * 365)
# Largest request body any server accepts (gunicorn through Django, Daphne through config.daphne): a
# webhook of 500 events fits easily. Larger bodies get 413 before they are buffered.
DATA_UPLOAD_MAX_MEMORY_SIZE = env.int("REQUEST_MAX_BYTES", default=2_621_440)

# --- Services ----------------------------------------------------------------------------------
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'whatson.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite in the embedded mode: WAL lets the dev server read while an ingest writes.
    if DATABASES["default"]["NAME"] not in ("", ":memory:"):
        Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A vanished worker machine's session, and the advisory locks it holds, end within idle + interval × count
    # seconds instead of the OS's hours of TCP keepalive (config/db_keepalive.py).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        keepalive_options(
            idle=env.int("DB_KEEPALIVE_IDLE_SECONDS", default=60),
            interval=env.int("DB_KEEPALIVE_INTERVAL_SECONDS", default=10),
            count=env.int("DB_KEEPALIVE_COUNT", default=6),
        )
    )

REDIS_URL = env.str("REDIS_URL", default="")
# Without Redis, Whatson runs embedded: in-memory channel layer, local-memory cache, inline tasks.
EMBEDDED = not REDIS_URL

# --- Email -------------------------------------------------------------------------------------
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Whatson <events@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Any other backend by dotted path (an ESP through django-anymail: "anymail.backends.postmark.EmailBackend"), with
# its settings in ANYMAIL below; EMAIL_URL's SMTP (Mailpit in compose) otherwise.
EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="") or EMAIL_CONFIG["EMAIL_BACKEND"]
# Seconds an SMTP connection may block: a hung server must not outlast a digest claim's lease.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=30)
ANYMAIL = {
    # Basic-auth secret ("user:password") the ESP's webhooks must send; the ESP-specific keys sign them.
    "WEBHOOK_SECRET": env.str("ANYMAIL_WEBHOOK_SECRET", default="") or None,
    "MAILGUN_API_KEY": env.str("MAILGUN_API_KEY", default=""),
    "MAILGUN_SENDER_DOMAIN": env.str("MAILGUN_SENDER_DOMAIN", default=""),
    "MAILGUN_WEBHOOK_SIGNING_KEY": env.str("MAILGUN_WEBHOOK_SIGNING_KEY", default=""),
    "POSTMARK_SERVER_TOKEN": env.str("POSTMARK_SERVER_TOKEN", default=""),
    "AMAZON_SES_CLIENT_PARAMS": {},
}
# Who gets operations alerts (comma-separated addresses); when empty, active staff users with an email.
ADMINS = [(address, address) for address in env.list("ADMIN_EMAILS", default=[]) if address]

# --- Ingestion ---------------------------------------------------------------------------------
# Local files a Source may read ({"path": ...} in its config); anything outside is refused.
SOURCE_FILE_ROOTS = [
    Path(p) for p in env.list("SOURCE_FILE_ROOTS", default=[str(BASE_DIR / "sources" / "demo"), str(VAR_DIR)])
]
# A source that fails this many runs in a row is switched off and shown as disabled.
SOURCE_MAX_CONSECUTIVE_FAILURES = env.int("SOURCE_MAX_CONSECUTIVE_FAILURES", default=5)
# How far ahead recurring series are materialised, in days.
RECURRENCE_HORIZON_DAYS = env.int("RECURRENCE_HORIZON_DAYS", default=365)
# Wall-clock budget for expanding the recurring series of one calendar file; the rest becomes a run note.
RECURRENCE_BUDGET_SECONDS = env.float("RECURRENCE_BUDGET_SECONDS", default=5.0)
FETCH_TIMEOUT_SECONDS = env.float("FETCH_TIMEOUT_SECONDS", default=20.0)
FETCH_MAX_BYTES = env.int("FETCH_MAX_BYTES", default=10 * 1024 * 1024)
FETCH_MAX_RETRIES = env.int("FETCH_MAX_RETRIES", default=3)
# Backoff base for retries: base × 2^attempt plus jitter of up to the same again.
FETCH_BACKOFF_SECONDS = env.float("FETCH_BACKOFF_SECONDS", default=1.0)
# A server asking (Retry-After) for a longer wait than this fails the run instead; beat retries later.
FETCH_MAX_RETRY_AFTER_SECONDS = env.float("FETCH_MAX_RETRY_AFTER_SECONDS", default=120.0)
# Wall-clock bounds (FETCH_TIMEOUT_SECONDS is per socket read): one request, its redirects, retries and
# waits included, and all the requests of one fetch run. The run's budget stays under the Celery soft
# time limit so a slow source fails with a clear reason instead of being killed mid-run.
FETCH_REQUEST_DEADLINE_SECONDS = env.float("FETCH_REQUEST_DEADLINE_SECONDS", default=120.0)
FETCH_RUN_DEADLINE_SECONDS = env.float("FETCH_RUN_DEADLINE_SECONDS", default=240.0)
PIPELINE_BATCH_SIZE = env.int("PIPELINE_BATCH_SIZE", default=500)
# An event missing from a complete listing is cancelled, unless this share of the source's upcoming
# events would go at once: then nothing is cancelled and the source is flagged for a human.
SOURCE_MAX_CANCEL_FRACTION = env.float("SOURCE_MAX_CANCEL_FRACTION", default=0.2)

# --- Pipeline (events/pipeline; see README "Pipeline") -------------------------------------------------
# Quality: a weighted 0–1 score over five gates. Below the floor a record is rejected; each trust level
# publishes from its own score (untrusted sources never publish without a moderator).
QUALITY_WEIGHTS = {"completeness": 0.3, "format": 0.15, "business": 0.25, "geography": 0.1, "content": 0.2}
QUALITY_REJECT_BELOW = env.float("QUALITY_REJECT_BELOW", default=0.4)
PUBLISH_AT_BY_TRUST = {
    "official": env.float("PUBLISH_AT_OFFICIAL", default=0.5),
    "trusted": env.float("PUBLISH_AT_TRUSTED", default=0.6),
    "standard": env.float("PUBLISH_AT_STANDARD", default=0.7),
}
# De-duplication: at or above MERGE a record joins the event it duplicates; between REVIEW and MERGE a
# moderator decides, with the per-field scores.
DEDUP_MERGE_THRESHOLD = env.float("DEDUP_MERGE_THRESHOLD", default=0.85)
DEDUP_REVIEW_THRESHOLD = env.float("DEDUP_REVIEW_THRESHOLD", default=0.65)
DEDUP_WEIGHTS = {"title": 0.5, "time": 0.2, "venue": 0.15, "geo": 0.15}
# Two listings whose coordinates are this far apart are different events, whatever their titles say
# (two sources' geocodes of one venue differ by far less; a market chain's branches do not).
DEDUP_MAX_DISTANCE_KM = env.float("DEDUP_MAX_DISTANCE_KM", default=3.0)
# Content checks: links to these hosts (suffix match) reject a record; these are never "suspicious".
CONTENT_BLOCKED_HOSTS = env.list("CONTENT_BLOCKED_HOSTS", default=[])
CONTENT_ALLOWED_HOSTS = env.list("CONTENT_ALLOWED_HOSTS", default=[])
# How long a worker keeps its cities, venues, categorizer and configs before reloading them.
PIPELINE_STATE_TTL_SECONDS = env.int("PIPELINE_STATE_TTL_SECONDS", default=300)
# PostgreSQL advisory-lock namespace for (city, day) blocks, so concurrent batches cannot double-create.
PIPELINE_LOCK_NAMESPACE = 7_207

# API credentials for source adapters, from the environment only. A Source's config may name its own
# (e.g. for two Eventbrite organisations), but the environment is the place for secrets.
SOURCE_CREDENTIALS = {
    "ticketmaster": {"api_key": env.str("TICKETMASTER_API_KEY", default="")},
    "eventbrite": {"token": env.str("EVENTBRITE_TOKEN", default="")},
    "meetup": {"token": env.str("MEETUP_TOKEN", default="")},
    "seatgeek": {
        "client_id": env.str("SEATGEEK_CLIENT_ID", default=""),
        "client_secret": env.str("SEATGEEK_CLIENT_SECRET", default=""),
    },
    "luma": {"api_key": env.str("LUMA_API_KEY", default="")},
    "yelp": {"api_key": env.str("YELP_API_KEY", default="")},
    "facebook": {"access_token": env.str("FACEBOOK_ACCESS_TOKEN", default="")},
    "google_places": {"api_key": env.str("GOOGLE_PLACES_API_KEY", default="")},
    # The generic JSON adapter's named secrets, "name=value,name2=value2", used as "{credential:name}".
    "json_api": env.dict("JSON_API_CREDENTIALS", default={}),
}
# Shared secrets of inbound webhooks, per source slug: "partner-a=secret1,partner-b=secret2".
WEBHOOK_SECRETS = env.dict("WEBHOOK_SECRETS", default={})
# How old a webhook's signed timestamp may be, in seconds (replay window).
WEBHOOK_MAX_AGE_SECONDS = env.int("WEBHOOK_MAX_AGE_SECONDS", default=300)
# Browser used to render JavaScript pages (Playwright drives it; nothing is downloaded).
CHROMIUM_PATH = env.str("CHROMIUM_PATH", default="/usr/bin/chromium")
DEMO_ADMIN_PASSWORD = env.str("DEMO_ADMIN_PASSWORD", default="")

# --- Applications ------------------------------------------------------------------------------
INSTALLED_APPS = [
    # daphne first: its runserver serves HTTP and WebSockets in development.
    "daphne",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "channels",
    "django_celery_beat",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "events",
    "sources",
    "moderation",
    "realtime",
    "anymail",
    "digests",
    # People (events/people): accounts through allauth, JWT for API clients with a refresh-token blacklist.
    "allauth",
    "allauth.account",
    "rest_framework_simplejwt.token_blacklist",
    "events.people",
    # Last: what setup loaded is frozen out of the cyclic collector's reach once every app is ready (config/apps.py).
    "config.apps.StartupConfig",
]

MIDDLEWARE = [
    # First: counts and times every response for /metrics, redirects and static files included.
    "config.metrics.MetricsMiddleware",
    # A view that failed because the database is unreachable answers 503 with Retry-After, not 500 (config/outage.py).
    "config.outage.DatabaseOutageMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Above WhiteNoise so static files (SVG can carry script) get the policy too.
    "config.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
]

# Where browsers open live connections (WebSocket and SSE) when the WebSocket server is not on the site's own
# origin (compose: http://localhost:8001). Empty: the page's own host.
REALTIME_PUBLIC_URL = env.str("REALTIME_PUBLIC_URL", default="")


def _live_origins(url: str) -> list[str]:
    """The origins a page may connect to for live updates: the WebSocket server's, as ws(s) and http(s)."""
    if not url:
        return []
    parts = urlsplit(url)
    secure = parts.scheme in ("https", "wss")
    return [f"{'wss' if secure else 'ws'}://{parts.netloc}", f"{'https' if secure else 'http'}://{parts.netloc}"]


# Sent on every response by config.csp. No inline script or style anywhere (templates link static files),
# so no 'unsafe-inline'; connect-src adds the WebSocket server when it has its own origin.
CONTENT_SECURITY_POLICY: dict[str, list[str]] = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", *_live_origins(REALTIME_PUBLIC_URL)],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}

# The admin REST API (moderation/api): staff only, by session (with CSRF) or by token; JSON only here,
# local.py adds the browsable renderer for development. Errors are {"error": ..., "fields": {...}}.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Token first: its WWW-Authenticate header is what makes an anonymous request a 401, not a 403.
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAdminUser"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["config.parsers.SafeJSONParser"],
    "EXCEPTION_HANDLER": "moderation.api.errors.exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # Throttles key on the client address; behind N proxies, the Nth address from the right of X-Forwarded-For
    # (0: REMOTE_ADDR only, so a client cannot pick its own key).
    "NUM_PROXIES": env.int("API_NUM_PROXIES", default=0),
}

# The public API (events/api, docs/api.md): anonymous rate limit per client address ("120/minute"; empty: none),
# how long an answer is kept in the cache (seconds; the public generation makes publishes visible at once),
# and the max-age clients and proxies may reuse it for.
API_ANON_RATE = env.str("API_ANON_RATE", default="120/minute")
API_CACHE_SECONDS = env.int("API_CACHE_SECONDS", default=60)
# ...and in each worker's memory (seconds; 0: off): a hot answer then costs no Redis round trip.
API_LOCAL_CACHE_SECONDS = env.int("API_LOCAL_CACHE_SECONDS", default=5)
API_MAX_AGE = env.int("API_MAX_AGE", default=60)

SPECTACULAR_SETTINGS = {
    "TITLE": "Whatson public API",
    "DESCRIPTION": (
        "Upcoming events city by city, as JSON. Reading is anonymous; accounts take a JWT from POST /api/v1/auth/token "
        "(docs/people.md lists RSVPs, saves, follows and submissions)."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "PREPROCESSING_HOOKS": ["events.api.schema.public_endpoints_only"],
    "SERVE_AUTHENTICATION": [],
    # Swagger UI's files from the drf-spectacular-sidecar package, served as our own static files.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

AUTHENTICATION_BACKENDS = [
    # Staff sign in to the admin with their username; everyone else with their email address (allauth).
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and channel layer -------------------------------------------------------------------
CHANNEL_LAYERS: dict[str, dict[str, object]]
if EMBEDDED:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
else:
    # config/cache.py: Django's RedisCache with one redis-py client per process, not one per operation.
    CACHES = {"default": {"BACKEND": "config.cache.RedisCache", "LOCATION": REDIS_URL}}
    # Our consumers use no channel layer (realtime.bus instead); this one is for anything that does. Its reads
    # block up to 5 s (channels_redis), so the socket timeout must outlast them: redis-py's default is also 5 s.
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {"hosts": [{"address": REDIS_URL, "socket_timeout": 15}]},
        },
    }

# --- Realtime (WebSocket and SSE pushes; docs/realtime.md) ----------------------------------------
# Each WebSocket server process reads one Redis stream (REALTIME_STREAM, bounded to REALTIME_REPLAY_MAXLEN
# entries: also the SSE replay buffer) and matches subscriptions in memory; embedded mode uses an in-process bus.
REALTIME_REPLAY_MAXLEN = env.int("REALTIME_REPLAY_MAXLEN", default=10_000)
REALTIME_MAX_SUBSCRIPTIONS = env.int("REALTIME_MAX_SUBSCRIPTIONS", default=20)
REALTIME_MAX_SOCKETS_PER_IP = env.int("REALTIME_MAX_SOCKETS_PER_IP", default=50)
REALTIME_MAX_FRAME_BYTES = env.int("REALTIME_MAX_FRAME_BYTES", default=16_384)
# Messages waiting for one slow client before it gets "resync" and is dropped.
REALTIME_SEND_QUEUE = env.int("REALTIME_SEND_QUEUE", default=200)
# How long a dropped client has to take its "resync" message before the socket is closed without it.
REALTIME_BEHIND_GRACE_SECONDS = env.float("REALTIME_BEHIND_GRACE_SECONDS", default=5.0)
# The moderation queue's counts go out at most once per this many seconds (and once more after the last change);
# 0: after every change (realtime.services.moderation_broadcast).
REALTIME_MODERATION_COUNTS_SECONDS = env.float("REALTIME_MODERATION_COUNTS_SECONDS", default=1.0)
REALTIME_SSE_HEARTBEAT_SECONDS = env.float("REALTIME_SSE_HEARTBEAT_SECONDS", default=15.0)
OPENWEATHERMAP_API_KEY = env.str("OPENWEATHERMAP_API_KEY", default="")

# --- Celery ------------------------------------------------------------------------------------
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
# Embedded mode has no worker: tasks run inline, in the caller's process.
CELERY_TASK_ALWAYS_EAGER = EMBEDDED
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=300)
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=360)
CELERY_TASK_ACKS_LATE = True
# A pool process killed mid-task (OOM killer, kill -9) hands its message back instead of acking it, so the
# batch is redelivered. Safe because processing is idempotent (redelivery never made one record two events).
CELERY_TASK_REJECT_ON_WORKER_LOST = True
# Redis hands an unacked message to another worker once it has gone this many seconds without its worker renewing
# it (config/broker_lease.py: every BROKER_LEASE_RENEW_SECONDS, for every message a live worker holds, running or
# waiting for its countdown). So this is how long a killed worker's tasks wait, not a bound on task length; below
# half a minute a stalled worker (or one cut off from Redis) would have its tasks run twice too easily.
BROKER_VISIBILITY_TIMEOUT = env.int("BROKER_VISIBILITY_TIMEOUT", default=60)
BROKER_LEASE_RENEW_SECONDS = env.float("BROKER_LEASE_RENEW_SECONDS", default=BROKER_VISIBILITY_TIMEOUT / 4)
# A second delivery of a message whose first is still running (a stalled worker's) looks again this much later
# (config/celery.py, WhatsonTask).
TASK_BUSY_RETRY_SECONDS = env.float("TASK_BUSY_RETRY_SECONDS", default=30.0)
# Workers look for such messages every 10 s (kombu's default scans only every 100 s); a scan's lock expires after
# 30 s, not 5 min, should a worker die holding it.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": BROKER_VISIBILITY_TIMEOUT,
    "unacked_restore_interval": 10,
    "unacked_restore_throttle": 1,
    "unacked_mutex_expire": 30,
}
# The sweeper (beat, every SWEEP_EVERY_MINUTES): records left `pending` this long are queued again, at most
# SWEEP_MAX_RECORDS a sweep; runs still `running` past the hard time limit are closed as failed.
SWEEP_EVERY_MINUTES = env.int("SWEEP_EVERY_MINUTES", default=5)
SWEEP_PENDING_AFTER_SECONDS = env.int("SWEEP_PENDING_AFTER_SECONDS", default=600)
SWEEP_MAX_RECORDS = env.int("SWEEP_MAX_RECORDS", default=20_000)
# Data lifecycle (beat, nightly; events/services/retention.py). Staged records unseen this many days are
# deleted unless something still needs them; organizers lose their contact details this long after their
# last event; events that ended this long ago are archived (page kept, out of listings). Rows per statement.
RETENTION_STAGED_DAYS = env.int("RETENTION_STAGED_DAYS", default=30)
RETENTION_ORGANIZER_CONTACT_DAYS = env.int("RETENTION_ORGANIZER_CONTACT_DAYS", default=180)
ARCHIVE_AFTER_DAYS = env.int("ARCHIVE_AFTER_DAYS", default=365)
RETENTION_BATCH_SIZE = env.int("RETENTION_BATCH_SIZE", default=5_000)
# Alert rules (sources/alerts.py) are evaluated every ALERT_EVERY_MINUTES; a rule that mailed stays quiet
# for ALERT_COOLDOWN_MINUTES even while its condition holds.
ALERT_EVERY_MINUTES = env.int("ALERT_EVERY_MINUTES", default=5)
ALERT_COOLDOWN_MINUTES = env.int("ALERT_COOLDOWN_MINUTES", default=60)
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TASK_ROUTES = {
    "sources.tasks.*": {"queue": "fetch"},
    "events.tasks.*": {"queue": "process"},
    # Confirmation mails have a queue of their own, served by the same mailer: a subscriber waits for at most
    # the digest batch in hand, not behind every batch of a long run.
    "digests.tasks.send_confirmation": {"queue": "transactional"},
    "digests.tasks.*": {"queue": "email"},
    # People: mails one person waits for (a verification, a seat freed from the waitlist) next to the digests'
    # confirmations; reminders with the digests; the rest (analytics) on the default queue.
    "events.people.*.tasks.notify_*": {"queue": "transactional"},
    "events.people.rsvps.tasks.send_reminders": {"queue": "email"},
}
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True

# --- Metrics (config/metrics.py, docs/operations.md) -------------------------------------------
# With a token, /metrics wants "Authorization: Bearer <token>"; without one it answers only direct requests
# from loopback and private addresses.
METRICS_TOKEN = env.str("METRICS_TOKEN", default="")
# How long the database-backed gauges are cached between scrapes (shared by every process).
METRICS_CACHE_SECONDS = env.int("METRICS_CACHE_SECONDS", default=20)
# Healthy /healthz probes reach the access log once per this many seconds (failures always; 0: every probe).
HEALTHZ_LOG_EVERY_SECONDS = env.float("HEALTHZ_LOG_EVERY_SECONDS", default=600.0)

# --- Logging -----------------------------------------------------------------------------------
LOG_LEVEL = env.str("LOG_LEVEL", default="INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # httpx logs every request URL at INFO, and some APIs take their key in the query string.
        "httpx": {"level": "WARNING"},
        "httpcore": {"level": "WARNING"},
    },
}

# --- Digests (digests/, docs/digests.md) --------------------------------------------------------
# A confirmation link works this long (hours); manage and unsubscribe links never expire.
DIGEST_CONFIRM_HOURS = env.int("DIGEST_CONFIRM_HOURS", default=48)
# A sign-up never confirmed is deleted this many days after its last confirmation mail (nightly).
DIGEST_UNCONFIRMED_DAYS = env.int("DIGEST_UNCONFIRMED_DAYS", default=7)
# When digests go out, on each subscriber's city clock: daily at DIGEST_DAILY_HOUR, weekly on
# DIGEST_WEEKLY_WEEKDAY (0 = Monday … 3 = Thursday) at DIGEST_WEEKLY_HOUR.
DIGEST_DAILY_HOUR = env.int("DIGEST_DAILY_HOUR", default=7)
DIGEST_WEEKLY_WEEKDAY = env.int("DIGEST_WEEKLY_WEEKDAY", default=3)
DIGEST_WEEKLY_HOUR = env.int("DIGEST_WEEKLY_HOUR", default=9)
# Messages handed to the mail backend per second by one sending worker (an ESP's or relay's limit); 0 = no limit.
DIGEST_SEND_RATE = env.float("DIGEST_SEND_RATE", default=50.0)
# A claimed digest not marked sent after this long (a killed worker) is sent by the next run.
DIGEST_CLAIM_LEASE_SECONDS = env.int("DIGEST_CLAIM_LEASE_SECONDS", default=600)
# Sign-ups: per client address and per email address, per hour.
DIGEST_SIGNUPS_PER_IP_HOUR = env.int("DIGEST_SIGNUPS_PER_IP_HOUR", default=10)
DIGEST_SIGNUPS_PER_ADDRESS_HOUR = env.int("DIGEST_SIGNUPS_PER_ADDRESS_HOUR", default=3)
# Where List-Unsubscribe's mailto: points (an inbound route of your ESP into /anymail/<esp>/inbound/); empty:
# unsubscribe@ the DEFAULT_FROM_EMAIL domain.
DIGEST_UNSUBSCRIBE_MAILTO = env.str("DIGEST_UNSUBSCRIBE_MAILTO", default="")
# Extra domains refused at sign-up (comma-separated), on top of digests/disposable_domains.txt.
DIGEST_BLOCKED_DOMAINS = env.list("DIGEST_BLOCKED_DOMAINS", default=[])

# --- People: accounts, organizers, RSVPs (events/people, docs/people.md) ---------------------------------------
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "people:me"
# allauth: people sign in with their email address and must confirm it before they can sign in. Messages never
# say whether an address has an account (a sign-up with a known address mails its owner instead).
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = 3
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_EMAIL_SUBJECT_PREFIX = "Whatson: "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if urlsplit(SITE_URL).scheme == "https" else "http"
ACCOUNT_ADAPTER = "events.people.accounts.adapter.AccountAdapter"
# Sign-up asks for a name too (optional; it goes to Profile.name).
ACCOUNT_FORMS = {"signup": "events.people.accounts.forms.SignupForm"}
# Failed sign-ins, sign-ups and reset mails per client and per address (allauth's limits, kept in the cache).
ACCOUNT_RATE_LIMITS = {
    "login_failed": env.str("ACCOUNT_LOGIN_FAILED_RATE", default="10/m/ip,5/5m/key"),
    "signup": env.str("ACCOUNT_SIGNUP_RATE", default="20/m/ip"),
    "reset_password": env.str("ACCOUNT_RESET_RATE", default="20/m/ip,5/m/key"),
    "confirm_email": "1/3m/key",
}

# JWT for API clients (POST /api/v1/auth/token): short-lived access tokens, refresh tokens rotated on use and
# blacklisted on rotation and logout. Signed with SECRET_KEY unless JWT_SIGNING_KEY is set.
SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": dt.timedelta(minutes=env.int("JWT_ACCESS_MINUTES", default=15)),
    "REFRESH_TOKEN_LIFETIME": dt.timedelta(days=env.int("JWT_REFRESH_DAYS", default=14)),
    "ROTATE_REFRESH_TOKENS": True,
    "BLACKLIST_AFTER_ROTATION": True,
    "UPDATE_LAST_LOGIN": True,
    "AUTH_HEADER_TYPES": ("Bearer",),
}
# Without JWT_SIGNING_KEY simplejwt signs with the final SECRET_KEY (local.py and test.py set theirs after this).
JWT_SIGNING_KEY = env.str("JWT_SIGNING_KEY", default="")
if JWT_SIGNING_KEY:
    SIMPLE_JWT["SIGNING_KEY"] = JWT_SIGNING_KEY
# Token requests per client address per minute (failed or not); failed ones per email address from one client per 5
# minutes (from all clients together: ten times that), so a stranger cannot lock the owner out.
AUTH_TOKEN_RATE_PER_IP = env.int("AUTH_TOKEN_RATE_PER_IP", default=20)
AUTH_TOKEN_FAILURES_PER_ADDRESS = env.int("AUTH_TOKEN_FAILURES_PER_ADDRESS", default=5)
# API sign-ups (POST /api/v1/auth/register) per client address and per email address, per hour.
AUTH_REGISTER_PER_IP_HOUR = env.int("AUTH_REGISTER_PER_IP_HOUR", default=10)
AUTH_REGISTER_PER_ADDRESS_HOUR = env.int("AUTH_REGISTER_PER_ADDRESS_HOUR", default=3)
# Organizer submissions and edits per user per hour; RSVP changes per user per minute.
SUBMISSIONS_PER_HOUR = env.int("SUBMISSIONS_PER_HOUR", default=30)
RSVP_CHANGES_PER_MINUTE = env.int("RSVP_CHANGES_PER_MINUTE", default=30)
# Analytics: raw interactions (views, saves, RSVPs, shares, click-outs) are kept this many days, then folded into
# per-event daily counts and deleted (beat, nightly).
ANALYTICS_RAW_DAYS = env.int("ANALYTICS_RAW_DAYS", default=30)
# At most this many interactions wait in the buffer between flushes; past it new ones are dropped and counted.
ANALYTICS_BUFFER_MAX = env.int("ANALYTICS_BUFFER_MAX", default=1_000_000)
