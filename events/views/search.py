"""Search (/search/?q=): ranked, highlighted results with the shared filters (city, when, …) and pages."""

from __future__ import annotations

import math
import time
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import URLPattern, path, reverse
from django.utils import timezone, translation
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_safe

from events import selectors
from events.filters import WHEN_CHOICES, EventFilterSet, InvalidFiltersError
from events.models import City
from events.search import MAX_TEXT, RANK_WINDOW, SearchResults, search_events
from events.views import pages

RESULTS_PER_PAGE = 20
MAX_PAGE = RANK_WINDOW // RESULTS_PER_PAGE  # search ranks the soonest RANK_WINDOW matches of a broad query
# Filter keys the form shows itself; any other valid filter in the URL rides along as a hidden field.
FORM_KEYS = frozenset({"q", "city", "when", "page"})
# A page of results is kept this long within a public generation (a publish, edit or merge starts a new one):
# long enough for the popular words, short enough that "today" and the soonest matches move on with the clock.
SEARCH_CACHE_SECONDS = selectors.PUBLIC_CACHE_SECONDS


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


def _search_key(text: str, query: QueryDict, offset: int) -> str:
    """The cache key of one page of results: the text, the filters that count (unknown keys are ignored by the
    search, so they do not split the cache; values in a fixed order) and the page, under the public generation."""
    known = EventFilterSet.base_filters
    filters = sorted(
        (key, sorted(query.getlist(key)) if key in EventFilterSet.MULTI_VALUED else query.getlist(key))
        for key in query
        if key in known and key != "q"
    )
    return selectors.public_cache_key(
        "search-page", text, repr(filters), str(offset), str(RESULTS_PER_PAGE), translation.get_language() or ""
    )


def _search(text: str, query: QueryDict, page: int) -> tuple[SearchResults, SafeString]:
    """One page of results and its list of hits as HTML, from the cache when this page was searched within
    SEARCH_CACHE_SECONDS (and nothing public changed since). Raises InvalidFiltersError, never cached."""
    offset = (page - 1) * RESULTS_PER_PAGE
    key = _search_key(text, query, offset)
    cached = selectors.cache_get(key)
    if isinstance(cached, tuple) and isinstance(cached[0], SearchResults):
        return cached[0], mark_safe(cached[1])  # noqa: S308 - rendered (and escaped) by our template below
    results = search_events(text=text, filters=query, now=timezone.now(), limit=RESULTS_PER_PAGE, offset=offset)
    hits_html = render_to_string("events/_search_hits.html", {"results": results}) if results.hits else ""
    selectors.cache_set(key, (results, str(hits_html)), SEARCH_CACHE_SECONDS)
    return results, mark_safe(hits_html)  # noqa: S308 - rendered by our template


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    """The search page, kept whole (it holds nothing about the visitor: a GET form, no token, no account) per exact
    set of filters and page for SEARCH_CACHE_SECONDS under the public generation, in this process (as the list pages are)
    and in the shared cache. Only complete 200 pages are kept; a miss is built from the cached results below."""
    # Keyed by the filters that count (junk parameters such as utm_* dropped) and the page, so that arbitrary
    # extra parameters cannot multiply the copies of one search in the cache.
    pairs = pages.filter_pairs(request.GET)
    number = (request.GET.get("page") or "").strip()
    key = selectors.public_cache_key("search-html", request.get_host(), request.path, repr(pairs), number)
    page = pages.local_pages.get(key)
    if page is None:
        page = selectors.cache_get(key)
        if isinstance(page, tuple):
            pages.local_pages.put(key, page)
    if isinstance(page, tuple):
        return pages.cached_response(page, "hit")
    response = _search_page(request)
    if response.status_code == 200:
        page = (response["Content-Type"], response.content, time.time())
        selectors.cache_set(key, page, SEARCH_CACHE_SECONDS)
        pages.local_pages.put(key, page)
    response[pages.CACHE_HEADER] = "miss"
    return response


def _search_page(request: HttpRequest) -> HttpResponse:
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
        results, hits_html = _search(text, query, page)
    except InvalidFiltersError as error:
        context["errors"] = error.errors
        return render(request, "events/search.html", context, status=400)
    if results.total and not results.hits and page > 1:  # past the last page: show the last one
        page = max(1, math.ceil(results.total / RESULTS_PER_PAGE))
        results, hits_html = _search(text, query, page)
    context.update(_results_context(query, results, page), hits_html=hits_html)
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
