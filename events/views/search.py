"""Search (/search/?q=): ranked, highlighted results with the shared filters (city, when, …) and pages."""

from __future__ import annotations

import math
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from events.filters import WHEN_CHOICES, EventFilterSet, InvalidFiltersError
from events.models import City
from events.search import MAX_TEXT, RANK_WINDOW, SearchResults, search_events

RESULTS_PER_PAGE = 20
MAX_PAGE = RANK_WINDOW // RESULTS_PER_PAGE  # search ranks the soonest RANK_WINDOW matches of a broad query
# Filter keys the form shows itself; any other valid filter in the URL rides along as a hidden field.
FORM_KEYS = frozenset({"q", "city", "when", "page"})


def _page_number(raw: str | None) -> int:
    try:
        return min(max(int(raw or 1), 1), MAX_PAGE)
    except ValueError:
        return 1


def _carried(query: QueryDict) -> list[tuple[str, str]]:
    """(key, value) of the filters in the URL the form has no control for (category, free, …)."""
    known = set(EventFilterSet.base_filters)
    return [(key, value) for key in query if key in known and key not in FORM_KEYS for value in query.getlist(key)]


def _link(query: QueryDict, **changes: str | int | None) -> str:
    params = query.copy()
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = str(value)
    return "?" + params.urlencode() if params else "?"


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    query = request.GET
    text = (query.get("q") or "").strip()[:MAX_TEXT]
    page = _page_number(query.get("page"))
    context: dict[str, object] = {
        "q": text,
        "cities": City.objects.filter(is_active=True).order_by("name"),
        "when_choices": WHEN_CHOICES,
        "selected_city": query.get("city") or "",
        "selected_when": query.get("when") or "",
        "carried": _carried(query),
        "errors": {},
        "clear_filters_url": reverse("events:search") + ("?" + urlencode({"q": text}) if text else ""),
    }
    try:
        results = search_events(
            text=text,
            filters=query,
            now=timezone.now(),
            limit=RESULTS_PER_PAGE,
            offset=(page - 1) * RESULTS_PER_PAGE,
        )
    except InvalidFiltersError as error:
        context["errors"] = error.errors
        return render(request, "events/search.html", context, status=400)
    if results.total and not results.hits and page > 1:  # past the last page: show the last one
        page = max(1, math.ceil(results.total / RESULTS_PER_PAGE))
        results = search_events(
            text=text, filters=query, now=timezone.now(), limit=RESULTS_PER_PAGE, offset=(page - 1) * RESULTS_PER_PAGE
        )
    context.update(_results_context(query, results, page))
    return render(request, "events/search.html", context)


def _results_context(query: QueryDict, results: SearchResults, page: int) -> dict[str, object]:
    pages = min(MAX_PAGE, max(1, math.ceil(results.total / RESULTS_PER_PAGE)))
    did_you_mean_url = None
    if results.did_you_mean:
        did_you_mean_url = _link(query, q=results.did_you_mean, page=None)
    return {
        "results": results,
        "page": page,
        "pages": pages,
        "previous_url": _link(query, page=page - 1 if page > 2 else None) if page > 1 else None,
        "next_url": _link(query, page=page + 1) if page < pages else None,
        "did_you_mean_url": did_you_mean_url,
        "first_shown": results.offset + 1,
        "last_shown": results.offset + len(results.hits),
    }


urlpatterns: list[URLPattern] = [
    path("search/", search, name="search"),
]
