"""Routes of events.people.organizers: pages (mounted at the site's root) and API (mounted at /api/v1/)."""

from __future__ import annotations

from django.urls import URLPattern, URLResolver

urlpatterns: list[URLPattern | URLResolver] = []
api_urlpatterns: list[URLPattern | URLResolver] = []
