"""ICS and RSS/Atom feeds for any filter combination, and one event's .ics."""

from __future__ import annotations

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
