"""The WebSocket server's /metrics shows its live connections and what it delivered."""

from __future__ import annotations

import pytest
from asgiref.sync import async_to_sync, sync_to_async
from prometheus_client import generate_latest

from config.metrics import exposition_registry
from realtime.bus import Entry
from realtime.hub import STATS, get_hub
from tests.factories import CityFactory
from tests.realtime.test_robustness import weather_socket

pytestmark = pytest.mark.django_db(transaction=True)


async def scrape() -> str:
    """What /metrics shows from this process (the WebSocket server routes /metrics to the same view)."""
    return (await sync_to_async(generate_latest)(exposition_registry())).decode()


def figure(text: str, name: str) -> float:
    [line] = [line for line in text.splitlines() if line.startswith(name + " ")]
    return float(line.split()[1])


def test_metrics_count_connections_subscriptions_and_deliveries():
    CityFactory(slug="austin")
    delivered_before = STATS["deliveries"]

    async def scenario():
        ws = await weather_socket()
        entry = Entry(id="1-1", topic="weather", type="weather", key="austin", facts=None, message='{"type":"weather"}')
        get_hub().deliver([entry])
        await ws.receive_json_from(timeout=5)
        text = await scrape()
        assert figure(text, "whatson_realtime_connections") == 1
        assert figure(text, "whatson_realtime_subscriptions") == 1
        assert figure(text, "whatson_realtime_deliveries_total") == delivered_before + 1
        await ws.disconnect()
        assert figure(await scrape(), "whatson_realtime_connections") == 0

    async_to_sync(scenario)()
