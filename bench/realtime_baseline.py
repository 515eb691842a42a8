"""The realtime bench's baseline: the same load through plain Channels, one group per filter set.

``application`` is what ``python -m config.daphne`` serves for the baseline run (the same server, limits and
backpressure as production): a consumer that answers ``subscribe`` by joining the group of its filters (no
validation: the baseline measures the fan-out only) and forwards whatever the group receives. ``publish``
sends each event with ``group_send`` to its group through channels_redis, the way a Channels app pushes.
"""

from __future__ import annotations

import os
from typing import Any

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings_bench")

import django

django.setup()

from channels.generic.websocket import AsyncJsonWebsocketConsumer
from channels.layers import get_channel_layer
from channels.routing import ProtocolTypeRouter, URLRouter
from django.urls import path


def group_name(filters: dict[str, Any]) -> str:
    return f"bench.{filters.get('city')}.{filters.get('category')}"


class GroupConsumer(AsyncJsonWebsocketConsumer):  # type: ignore[misc]
    async def receive_json(self, content: dict[str, Any], **kwargs: Any) -> None:
        if content.get("action") == "subscribe":
            await self.channel_layer.group_add(group_name(content.get("filters") or {}), self.channel_name)
            await self.send_json({"type": "subscribed", "id": content.get("id")})

    async def bench_push(self, event: dict[str, Any]) -> None:
        await self.send(text_data=event["text"])


application = ProtocolTypeRouter({"websocket": URLRouter([path("ws/events/", GroupConsumer.as_asgi())])})


async def publish(messages: list[tuple[dict[str, Any], str]]) -> None:
    """Each (filters, message text) to its group: one group_send per event, as a Channels app does it."""
    layer = get_channel_layer()
    for filters, text in messages:
        await layer.group_send(group_name(filters), {"type": "bench.push", "text": text})
