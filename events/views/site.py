"""sitemap.xml, robots.txt and /favicon.ico."""

from __future__ import annotations

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
