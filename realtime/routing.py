"""ASGI routes of the realtime app: the WebSocket endpoint and the SSE streams (wired in config/asgi.py)."""

from django.urls import path, re_path

from realtime.consumers import EventsConsumer, RefuseConsumer
from realtime.sse import events_stream, weather_stream

websocket_urlpatterns = [
    path("ws/events/", EventsConsumer.as_asgi()),
    # Any other path: refused at the handshake (403), instead of Channels' "No route found" error.
    re_path(r"", RefuseConsumer.as_asgi()),
]

# Channels' URLRouter takes ASGI applications; django-stubs types path() for views only.
sse_urlpatterns = [
    path("sse/events/", events_stream),  # type: ignore[arg-type]
    path("sse/weather/", weather_stream),  # type: ignore[arg-type]
]
