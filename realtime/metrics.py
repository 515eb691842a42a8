"""Live-connection figures for Prometheus, collected from this process's hubs when scraped.

They mean something on the WebSocket server (``/metrics`` there is the same view as on the web service: its
access rules, plus these): open connections and subscriptions, and the totals since the process started of
bus entries read, deliveries (one per matching connection per entry) and slow clients dropped. A process
without live connections (a gunicorn worker) reports nothing here.
"""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from realtime.hub import STATS, all_hubs

TOTALS = (
    ("entries", "whatson_realtime_bus_entries", "Bus entries this process read."),
    ("deliveries", "whatson_realtime_deliveries", "Messages handed to connections (one per connection per entry)."),
    ("dropped", "whatson_realtime_dropped_clients", "Connections dropped for falling behind (sent resync)."),
    ("gaps", "whatson_realtime_bus_gaps", "Gaps on the bus (pushes possibly lost): every connection was sent resync."),
)


class RealtimeCollector(Collector):
    def collect(self) -> Iterator[Metric]:
        hubs = all_hubs()
        if not hubs and not STATS:
            return
        yield GaugeMetricFamily(
            "whatson_realtime_connections", "Open WebSocket and SSE connections.", sum(hub.connections for hub in hubs)
        )
        yield GaugeMetricFamily(
            "whatson_realtime_subscriptions",
            "Subscriptions on open connections.",
            sum(hub.subscriptions for hub in hubs),
        )
        for key, name, documentation in TOTALS:
            yield CounterMetricFamily(name, documentation, STATS[key])
