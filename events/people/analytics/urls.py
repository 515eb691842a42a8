"""Routes of events.people.analytics: pages (mounted at the site's root) and API (mounted at /api/v1/).

Ids are at most 18 digits (ids are 64-bit): a longer one answers 404 rather than overflowing the database's integer.
The staff dashboard lives under the admin (events/people/analytics/admin.py)."""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, re_path

from events.people.analytics import api, views

ID = r"(?P<pk>[0-9]{1,18})"

urlpatterns: list[URLPattern | URLResolver] = [
    re_path(rf"^events/{ID}/out/(?P<which>[a-z]{{1,20}})/$", views.click_out, name="click-out"),
    re_path(rf"^organize/events/{ID}/stats/$", views.event_stats, name="event-stats"),
]

# With and without the trailing slash, like the rest of the people API.
api_urlpatterns: list[URLPattern | URLResolver] = [
    re_path(rf"^events/{ID}/stats/?$", api.EventStatsView.as_view(), name="event-stats"),
]
