"""ASGI entry points.

``application`` routes HTTP and WebSockets, so `runserver` (Daphne's, in development) serves everything
from one process. ``ws_application`` is what the WebSocket server runs in production (``python -m
config.daphne``, the compose ``ws`` service): WebSockets, plus HTTP only under ``WS_HTTP_PREFIXES`` (server-
sent events, when they arrive); any other HTTP request gets 404, because plain HTTP belongs to gunicorn
(WSGI), which is faster for sync views and enforces the body limits the web service is tuned for.
"""

import json
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

# Django must be set up before anything imports models (consumers, auth middleware).
django_asgi_app = get_asgi_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402

# WebSocket routes arrive with the realtime app's consumers (a later issue); until then every
# WebSocket connection is refused by the empty router.
websocket_urlpatterns: list = []

# HTTP paths the WebSocket server answers itself (long-lived streams); everything else is gunicorn's.
WS_HTTP_PREFIXES: tuple[str, ...] = ("/sse/",)
NOT_HERE = "Not found on the WebSocket server; plain HTTP is served by the web service."
_NOT_HERE_BODY = json.dumps({"error": NOT_HERE}).encode()


async def not_here(scope, receive, send):
    """404 JSON without reading the request body (Daphne has already bounded it; we don't need it)."""
    await send(
        {
            "type": "http.response.start",
            "status": 404,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(_NOT_HERE_BODY)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": _NOT_HERE_BODY})


async def ws_http(scope, receive, send):
    if scope["path"].startswith(WS_HTTP_PREFIXES):
        return await django_asgi_app(scope, receive, send)
    return await not_here(scope, receive, send)


websocket_app = AllowedHostsOriginValidator(AuthMiddlewareStack(URLRouter(websocket_urlpatterns)))

application = ProtocolTypeRouter({"http": django_asgi_app, "websocket": websocket_app})

ws_application = ProtocolTypeRouter({"http": ws_http, "websocket": websocket_app})
