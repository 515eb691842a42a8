"""The WebSocket origin check: Channels' rules (``ALLOWED_HOSTS``; in DEBUG with none set, localhost), but a
refused handshake is answered by :class:`realtime.consumers.RefuseConsumer`.

Channels' own ``WebsocketDenier`` is a consumer on the default channel layer: each refused handshake opened a
blocking Redis read (BZPOPMIN) that lived until the client went away, and redis-py's default 5-second socket
timeout, equal to channels_redis' 5-second block, made that read fail now and then with "Timeout reading
from Redis", logged as an error. Our refusal touches no channel layer. An Origin header ``urlparse`` cannot
read (``http://[``) is refused like a foreign one instead of raising inside the application.
"""

from __future__ import annotations

from urllib.parse import ParseResult, urlparse

from channels.security.websocket import OriginValidator
from django.conf import settings

from realtime.consumers import RefuseConsumer

_refuse = RefuseConsumer.as_asgi()


def _origin(scope) -> ParseResult | None:
    for name, value in scope.get("headers", []):
        if name == b"origin":
            try:
                return urlparse(value.decode("latin1"))
            except ValueError:
                return None
    return None


class OriginGuard(OriginValidator):
    async def __call__(self, scope, receive, send):
        if scope["type"] != "websocket":
            raise ValueError("OriginGuard only guards WebSocket connections")
        if self.valid_origin(_origin(scope)):
            return await self.application(scope, receive, send)
        return await _refuse(scope, receive, send)


def allowed_hosts_origin_guard(application) -> OriginGuard:
    allowed = settings.ALLOWED_HOSTS
    if settings.DEBUG and not allowed:
        allowed = ["localhost", "127.0.0.1", "[::1]"]
    return OriginGuard(application, allowed)
