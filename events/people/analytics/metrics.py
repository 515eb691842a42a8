"""The interaction buffer for Prometheus, read when scraped: what waits for the next flush, and the totals
flushed and dropped (kept in Redis, so any process's scrape gives the same; in the embedded mode, this
process's). Registered by config.metrics next to the business gauges."""

from __future__ import annotations

import logging
from collections.abc import Iterator

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from events.people.analytics import recording

logger = logging.getLogger(__name__)


class InteractionsCollector(Collector):
    def collect(self) -> Iterator[Metric]:
        try:
            stats = recording.stats()
        except Exception:  # a Redis outage must not turn the whole scrape into a 500
            logger.warning("interaction buffer figures unavailable", exc_info=True)
            yield GaugeMetricFamily("whatson_interactions_buffer_up", "Whether the buffer could be read.", value=0)
            return
        yield GaugeMetricFamily("whatson_interactions_buffer_up", "Whether the buffer could be read.", value=1)
        yield GaugeMetricFamily(
            "whatson_interactions_buffered",
            "Interactions waiting in the buffer for the next flush.",
            value=stats.pending,
        )
        yield CounterMetricFamily(
            "whatson_interactions_flushed", "Interactions written to the database by the flush.", value=stats.flushed
        )
        yield CounterMetricFamily(
            "whatson_interactions_dropped",
            "Interactions never written: buffer full, Redis unreachable, unreadable, or their event deleted.",
            value=stats.dropped,
        )
