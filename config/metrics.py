"""Prometheus metrics: ``/metrics`` in the text exposition format (prometheus-client).

Two kinds of numbers:

- HTTP traffic, counted by ``MetricsMiddleware`` in the process that served each request: requests by method,
  view (the URL pattern's name, never the raw path, so the number of series stays bounded) and status class,
  and a latency histogram by method and view. With several gunicorn workers, set ``PROMETHEUS_MULTIPROC_DIR``
  (see docs/operations.md): each process then writes its numbers to files there and any process's scrape adds
  them all up. Without it the numbers are the serving process's own.
- Business gauges, computed when scraped (``BusinessCollector``), so they are right whichever process answers:
  upcoming published events by source and by category, staged records by status, the duplicate rate and fetch
  failures of the last 24 hours from a few grouped queries cached ``METRICS_CACHE_SECONDS`` in the shared cache,
  and the Celery queue depths read live from the Redis broker.

Access: with ``METRICS_TOKEN`` set, a scrape needs ``Authorization: Bearer <token>``. Without it, only direct
requests from loopback or private addresses are answered (a request that came through a proxy, i.e. carries
X-Forwarded-For or Forwarded, is refused: behind a proxy every client would look private).
"""

from __future__ import annotations

import datetime as dt
import hmac
import ipaddress
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from django.conf import settings
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from prometheus_client import REGISTRY, CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.exposition import choose_encoder
from prometheus_client.registry import Collector

logger = logging.getLogger(__name__)

# --- HTTP traffic ----------------------------------------------------------------------------------------------

METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
UNMATCHED = "<unmatched>"

HTTP_REQUESTS = Counter(
    "whatson_http_requests",
    "HTTP requests answered, by method, view (URL pattern name) and status class.",
    ["method", "view", "status"],
)
HTTP_LATENCY = Histogram(
    "whatson_http_request_duration_seconds",
    "Time from the first middleware to the response, by method and view.",
    ["method", "view"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)


def view_label(request: HttpRequest) -> str:
    """The matched URL pattern's name (``events:detail``); ``static`` or ``<unmatched>`` when none matched."""
    match = getattr(request, "resolver_match", None)
    if match is not None:
        return match.view_name  # the dotted path of the view when the pattern has no name
    if request.path.startswith(settings.STATIC_URL or "/static/"):
        return "static"
    return UNMATCHED


class MetricsMiddleware:
    """Counts and times every response. First in MIDDLEWARE, so redirects and static files count too."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        elapsed = time.perf_counter() - started
        method = request.method if request.method in METHODS else "other"
        view = view_label(request)
        HTTP_REQUESTS.labels(method, view, f"{response.status_code // 100}xx").inc()
        HTTP_LATENCY.labels(method, view).observe(elapsed)
        return response


# --- Business gauges ---------------------------------------------------------------------------------------------

SNAPSHOT_CACHE_KEY = "metrics:business:v1"
UNCATEGORIZED = "uncategorized"


def database_snapshot(now: dt.datetime | None = None) -> dict[str, Any]:
    """The numbers behind the business gauges, from a handful of grouped queries."""
    from events.models import Category, Event, StagedEvent
    from events.selectors import upcoming_q
    from sources.models import FetchRun, Source

    now = now or timezone.now()
    since = now - dt.timedelta(hours=24)

    by_category = dict.fromkeys(Category.objects.filter(parent__isnull=True).values_list("slug", flat=True), 0)
    grouped = Event.objects.filter(upcoming_q(now=now)).values("category__slug").annotate(n=Count("id"))
    for category_row in grouped.order_by():
        key = category_row["category__slug"] or UNCATEGORIZED
        by_category[key] = by_category.get(key, 0) + category_row["n"]

    listed = upcoming_q(now=now, prefix="listings__event__")
    by_source = dict(
        Source.objects.annotate(n=Count("listings__event", filter=listed, distinct=True))
        .order_by()
        .values_list("slug", "n")
    )

    failures = dict(
        Source.objects.annotate(
            n=Count("runs", filter=Q(runs__status=FetchRun.Status.FAILED, runs__started_at__gte=since))
        )
        .order_by()
        .values_list("slug", "n")
    )

    staged = dict.fromkeys(StagedEvent.Status.values, 0)
    processed = dict.fromkeys(StagedEvent.Status.values, 0)
    rows = (
        StagedEvent.objects.order_by()
        .values("status")
        .annotate(total=Count("id"), recent=Count("id", filter=Q(processed_at__gte=since)))
    )
    for row in rows:
        staged[row["status"]] = row["total"]
        processed[row["status"]] = row["recent"]

    from digests.models import DigestSend, Subscription, Suppression

    subscriptions = dict.fromkeys(Subscription.Status.values, 0)
    for status, count in Subscription.objects.order_by().values_list("status").annotate(n=Count("id")):
        subscriptions[status] = count
    sends = dict.fromkeys(DigestSend.Status.values, 0)
    recent_sends = DigestSend.objects.filter(claimed_at__gte=since).order_by().values_list("status")
    for status, count in recent_sends.annotate(n=Count("id")):
        sends[status] = count

    return {
        "computed_at": now.timestamp(),
        "subscriptions_by_status": subscriptions,
        "digest_sends_24h_by_status": sends,
        "suppressed_addresses": Suppression.objects.count(),
        "events_by_category": by_category,
        "events_by_source": by_source,
        "fetch_failures_24h": failures,
        "staged_by_status": staged,
        "processed_24h_by_status": processed,
    }


def cached_database_snapshot() -> dict[str, Any]:
    """The snapshot from the shared cache, or a fresh one: every worker's scrape shares one computation."""
    from events.selectors import cache_get, cache_set

    snapshot = cache_get(SNAPSHOT_CACHE_KEY)
    if snapshot is None:
        snapshot = database_snapshot()
        cache_set(SNAPSHOT_CACHE_KEY, snapshot, settings.METRICS_CACHE_SECONDS)
    return snapshot


def celery_queue_names() -> list[str]:
    """The default queue and every queue a task route sends to (config/settings/base.py)."""
    from config.celery import app

    names = {str(app.conf.task_default_queue)}
    routes = app.conf.task_routes or {}
    if isinstance(routes, dict):
        names.update(str(route["queue"]) for route in routes.values() if isinstance(route, dict) and "queue" in route)
    return sorted(names)


def redis_queue_keys(queue: str, transport_options: dict[str, Any]) -> list[str]:
    """The Redis lists kombu keeps one queue in: one per priority step (0 is the bare name), with any key prefix."""
    prefix = str(transport_options.get("global_keyprefix", ""))
    separator = str(transport_options.get("sep", "\x06\x16"))
    steps = transport_options.get("priority_steps") or (0, 3, 6, 9)
    return [f"{prefix}{queue}{separator}{step}" if step else f"{prefix}{queue}" for step in steps]


def celery_queue_depths() -> dict[str, int] | None:
    """Messages waiting in each queue (Redis LLEN), None when the broker is not Redis (embedded: nothing waits)."""
    import redis

    from config.celery import app

    url = str(app.conf.broker_url or "")
    if not url.startswith(("redis://", "rediss://", "unix://")):
        return None
    options = dict(app.conf.broker_transport_options or {})
    queues = celery_queue_names()
    client = redis.Redis.from_url(url, socket_timeout=1.0, socket_connect_timeout=1.0)
    try:
        pipe = client.pipeline(transaction=False)
        keys = {queue: redis_queue_keys(queue, options) for queue in queues}
        for queue in queues:
            for key in keys[queue]:
                pipe.llen(key)
        lengths = iter(pipe.execute())
        return {queue: sum(int(next(lengths)) for _ in keys[queue]) for queue in queues}
    finally:
        client.close()


def _gauge(name: str, documentation: str, label: str, values: Mapping[str, int | float]) -> GaugeMetricFamily:
    family = GaugeMetricFamily(name, documentation, labels=[label])
    for key, value in sorted(values.items()):
        family.add_metric([key], value)
    return family


def snapshot_metrics(snapshot: dict[str, Any], now: float) -> Iterator[Metric]:
    yield _gauge(
        "whatson_events_published_by_category",
        "Upcoming published events (not archived or merged) by top-level category.",
        "category",
        snapshot["events_by_category"],
    )
    yield _gauge(
        "whatson_events_published_by_source",
        "Upcoming published events listed by each source (an event two sources list counts for both).",
        "source",
        snapshot["events_by_source"],
    )
    yield _gauge(
        "whatson_staged_records", "Staged source records by pipeline status.", "status", snapshot["staged_by_status"]
    )
    yield _gauge(
        "whatson_staged_processed_24h",
        "Staged records the pipeline processed in the last 24 hours, by the status they reached.",
        "status",
        snapshot["processed_24h_by_status"],
    )
    processed = sum(snapshot["processed_24h_by_status"].values())
    linked = snapshot["processed_24h_by_status"].get("duplicate", 0)
    yield GaugeMetricFamily(
        "whatson_duplicate_rate_24h",
        "Share of the records processed in the last 24 hours that were linked to an existing event (0 when none).",
        value=linked / processed if processed else 0.0,
    )
    yield _gauge(
        "whatson_fetch_failures_24h",
        "Fetch runs that failed in the last 24 hours, by source.",
        "source",
        snapshot["fetch_failures_24h"],
    )
    yield _gauge(
        "whatson_digest_subscriptions",
        "Email digest subscriptions by status (pending confirmation, active, paused, unsubscribed).",
        "status",
        snapshot.get("subscriptions_by_status", {}),
    )
    yield _gauge(
        "whatson_digest_sends_24h",
        "Digests claimed in the last 24 hours by what became of them (sent, empty, suppressed, bounced, ...).",
        "status",
        snapshot.get("digest_sends_24h_by_status", {}),
    )
    yield GaugeMetricFamily(
        "whatson_digest_suppressed_addresses",
        "Addresses no mail goes to (hard bounces, complaints, repeated soft bounces, operators' blocks).",
        value=snapshot.get("suppressed_addresses", 0),
    )
    yield GaugeMetricFamily(
        "whatson_business_metrics_age_seconds",
        "How old the database numbers are (they are cached between scrapes).",
        value=max(0.0, now - snapshot["computed_at"]),
    )


class BusinessCollector(Collector):
    """Gauges computed at scrape time; a dependency that cannot answer shows as ``whatson_metrics_up`` 0."""

    def collect(self) -> Iterable[Metric]:
        up = GaugeMetricFamily(
            "whatson_metrics_up", "Whether each part of the scrape could be computed (1) or not (0).", labels=["part"]
        )
        try:
            snapshot = cached_database_snapshot()
        except Exception:  # a database outage must not turn the whole scrape into a 500
            logger.warning("business metrics: the database numbers could not be computed", exc_info=True)
            up.add_metric(["database"], 0)
        else:
            up.add_metric(["database"], 1)
            yield from snapshot_metrics(snapshot, time.time())
        try:
            depths = celery_queue_depths()
        except Exception:  # a broker outage must not turn the whole scrape into a 500
            logger.warning("business metrics: the Celery queue depths could not be read", exc_info=True)
            up.add_metric(["queues"], 0)
        else:
            up.add_metric(["queues"], 1)
            if depths is not None:
                yield _gauge("whatson_celery_queue_length", "Messages waiting in each Celery queue.", "queue", depths)
        yield up


# --- Exposition ---------------------------------------------------------------------------------------------------


class _ProcessRegistry(Collector):
    """This process's own metrics (the default registry: HTTP traffic, process and Python collectors)."""

    def collect(self) -> Iterable[Metric]:
        return REGISTRY.collect()


def exposition_registry() -> CollectorRegistry:
    """What a scrape shows: every process's traffic (multiprocess mode) or this process's, plus the gauges."""
    registry = CollectorRegistry(auto_describe=False)
    directory = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if directory:
        from prometheus_client.multiprocess import MultiProcessCollector

        MultiProcessCollector(registry, path=directory)
    else:
        registry.register(_ProcessRegistry())
    registry.register(BusinessCollector())
    from realtime.metrics import RealtimeCollector  # the WebSocket server's live connections (if any here)

    registry.register(RealtimeCollector())
    from events.people.analytics.metrics import InteractionsCollector  # the analytics buffer (waiting, totals)

    registry.register(InteractionsCollector())
    return registry


# Loopback and the private ranges (RFC 1918, IPv6 unique local): where a scraper inside the deployment connects
# from. Spelled out rather than ``ip_address.is_private``, which also counts documentation and reserved ranges.
PRIVATE_NETWORKS = tuple(
    ipaddress.ip_network(network)
    for network in ("127.0.0.0/8", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "::1/128", "fc00::/7")
)


def _from_private_network(request: HttpRequest) -> bool:
    if "x-forwarded-for" in request.headers or "forwarded" in request.headers:
        return False
    try:
        address = ipaddress.ip_address(request.META.get("REMOTE_ADDR", ""))
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return any(address in network for network in PRIVATE_NETWORKS)


def access_denied(request: HttpRequest) -> HttpResponse | None:
    """None when the scrape may proceed; otherwise the answer to give (401 with a token set, else 403)."""
    token = str(getattr(settings, "METRICS_TOKEN", "") or "")
    if token:
        scheme, _, given = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode()):
            return None
        response = HttpResponse("A bearer token is required.\n", status=401, content_type="text/plain")
        response["WWW-Authenticate"] = 'Bearer realm="metrics"'
        return response
    if _from_private_network(request):
        return None
    return HttpResponse(
        "Metrics are served to private addresses only (set METRICS_TOKEN).\n", status=403, content_type="text/plain"
    )


@never_cache
@require_safe
def metrics(request: HttpRequest) -> HttpResponse:
    denied = access_denied(request)
    if denied is not None:
        return denied
    encoder, content_type = choose_encoder(request.headers.get("Accept", ""))
    return HttpResponse(encoder(exposition_registry()), content_type=content_type)
