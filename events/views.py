"""Public, server-rendered pages. Views only read request input, call selectors and render."""

from __future__ import annotations

import zoneinfo
from itertools import groupby
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.cache import patch_cache_control
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


@require_safe
def event_detail(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    merged_into = selectors.event_merged_target(pk=pk)
    if merged_into is not None:
        # A moderator merged this duplicate away: its address now means the winner's page (301, so search
        # engines move too). A merge can be split again, so browsers must ask each time rather than cache the
        # redirect forever, which Chromium does with a bare 301.
        response = redirect(merged_into, permanent=True)
        patch_cache_control(response, no_cache=True, max_age=0)
        return response
    event = selectors.event_get_public(pk=pk)
    if event is None:
        raise Http404("No such event.")
    if slug != event.slug:
        return redirect(event, permanent=True)
    context = {"event": event, "city": event.city, "listings": list(selectors.event_listings(event=event))}
    return render(request, "events/event_detail.html", context)
