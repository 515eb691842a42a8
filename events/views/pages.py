"""Public, server-rendered list pages: home and city. Views only read request input, call selectors and render."""

from __future__ import annotations

import zoneinfo
from itertools import groupby
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import path
from django.utils import timezone
from django.views.decorators.http import require_safe

from events import selectors
from events.models import Category, City

EVENTS_PER_PAGE = 20


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    cities = list(selectors.city_list_with_counts(now=timezone.now()))
    context = {"cities": cities, "total_upcoming": sum(city.upcoming_count for city in cities)}  # type: ignore[attr-defined]
    return render(request, "events/home.html", context)


@require_safe
def city_detail(request: HttpRequest, slug: str) -> HttpResponse:
    city = get_object_or_404(City, slug=slug, is_active=True)
    now = timezone.now()
    areas = list(city.areas.all())
    selected_area = next((area for area in areas if area.slug == request.GET.get("area")), None)
    selected_category = Category.objects.filter(slug=request.GET.get("category") or "", parent__isnull=True).first()
    events = selectors.event_list_upcoming(
        now=now, city=city, category=selected_category, area_slug=selected_area.slug if selected_area else None
    )
    page_obj = Paginator(events, EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    zone = zoneinfo.ZoneInfo(city.timezone)
    days = [
        {"date": day, "events": list(day_events)}
        for day, day_events in groupby(page_obj.object_list, key=lambda event: event.start.astimezone(zone).date())
    ]
    filters = {
        "area": selected_area.slug if selected_area else None,
        "category": selected_category.slug if selected_category else None,
    }
    query = urlencode({key: value for key, value in filters.items() if value})
    context = {
        "city": city,
        "areas": areas,
        "selected_area": selected_area,
        "categories": list(selectors.categories_in_use(now=now, city=city)),
        "selected_category": selected_category,
        "days": days,
        "page_obj": page_obj,
        "is_paginated": page_obj.paginator.num_pages > 1,
        "querystring_base": f"{query}&" if query else "",
    }
    return render(request, "events/city.html", context)


urlpatterns = [
    path("", home, name="home"),
    path("cities/<slug:slug>/", city_detail, name="city"),
]
