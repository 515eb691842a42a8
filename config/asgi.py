"""ASGI entry points.

``application`` routes HTTP and WebSockets, so `runserver` (Daphne's, in development) serves everything
from one process. ``ws_application`` is what the WebSocket server runs in production (``python -m
config.daphne``, the compose ``ws`` service): WebSockets, plus the server-sent event streams under
/sse/ (realtime.routing); any other HTTP request gets 404, because plain HTTP belongs to gunicorn
(WSGI), which is faster for sync views and enforces the body limits the web service is tuned for.
"""

import json
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

# Django must be set up before anything imports models (consumers, auth middleware).
django_asgi_app = get_asgi_application()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from django.urls import re_path  # noqa: E402

from realtime.origins import allowed_hosts_origin_guard  # noqa: E402
from realtime.routing import sse_urlpatterns, websocket_urlpatterns  # noqa: E402

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


# The WebSocket server answers the SSE streams and nothing else over plain HTTP.
# /healthz and /metrics are Django's views, answered by this process: its live connections show in /metrics.
ws_http = URLRouter(
    [*sse_urlpatterns, re_path(r"^(healthz|metrics)$", django_asgi_app), re_path(r"", not_here)]  # type: ignore[arg-type]
)

# No AuthMiddlewareStack: it resolves every connection's session up front (about 4 KB per idle socket); the one
# topic that needs a user (moderation) reads the session cookie itself (realtime.subscriptions.session_user).
websocket_app = allowed_hosts_origin_guard(URLRouter(websocket_urlpatterns))

# Development (`make run`, Daphne's runserver): one process serves the pages, the SSE streams and WebSockets.
application = ProtocolTypeRouter(
    {"http": URLRouter([*sse_urlpatterns, re_path(r"", django_asgi_app)]), "websocket": websocket_app}  # type: ignore[arg-type]
)

ws_application = ProtocolTypeRouter({"http": ws_http, "websocket": websocket_app})
