"""Realtime's HTTP API, under /api/v1/ (the WebSocket and SSE routes are ASGI routes: realtime.routing).

No trailing slash: events.api.urls, included first, answers every other address ending in "/" with its 404.
"""

from django.urls import URLPattern, path, re_path
from django.views.decorators.csrf import csrf_exempt

from events.api.views import not_found
from realtime import api

app_name = "realtime"

urlpatterns: list[URLPattern] = [
    path("venues/<int:pk>/status", api.VenueStatus.as_view(), name="venue-status"),
    path("venues/<int:pk>/reports", api.VenueReports.as_view(), name="venue-reports"),
    # Any other id ("-3", "abc"): the API's JSON 404, not APPEND_SLASH's redirect (nor, for a POST, CSRF's 403).
    re_path(r"^venues/[^/]+/(?:status|reports)$", csrf_exempt(not_found)),
]
