"""Page-number pagination whose count is not a fresh COUNT(*) per request.

``?page=N&page_size=M`` (M ≤ 100, default 20). The total is counted once per (list, filters, public generation)
and kept in the cache beside the answers, so paging through a list counts it once, and a cached page costs
no query at all. ``next`` and ``previous`` are absolute URLs (settings.SITE_URL) with the same filters.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import QuerySet
from django.http import QueryDict
from rest_framework.exceptions import NotFound

from events.api import caching
from events.links import site_url

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
PAGE_KEYS = ("page", "page_size")


@dataclass(frozen=True)
class PageRequest:
    number: int
    size: int

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size


def _positive(query: QueryDict, key: str, default: int, maximum: int | None, errors: dict[str, list[str]]) -> int:
    raw = query.get(key, "")
    if raw == "":
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        errors[key] = ["Give a whole number."]
        return default
    if value < 1:
        errors[key] = ["Give a number of 1 or more."]
    elif maximum is not None and value > maximum:
        errors[key] = [f"At most {maximum}."]
    return value


def page_request(query: QueryDict, errors: dict[str, list[str]]) -> PageRequest:
    """The page asked for; problems are added to ``errors`` (the caller answers 400 with every field)."""
    number = _positive(query, "page", 1, None, errors)
    size = _positive(query, "page_size", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, errors)
    return PageRequest(number=number, size=size)


def cached_count(queryset: QuerySet[Any], *, path: str, filters: list[tuple[str, str]]) -> int:
    key = caching.cache_key("count", path, urlencode(filters))
    count = caching.cache_get(key)
    if not isinstance(count, int):
        count = queryset.count()
        if caching.cacheable():
            caching.cache_set(key, count, settings.API_CACHE_SECONDS)
    return count


def page_of(
    queryset: QuerySet[Any],
    page: PageRequest,
    *,
    path: str,
    query: list[tuple[str, str]],
) -> tuple[QuerySet[Any], dict[str, Any]]:
    """(the page's slice of ``queryset``, the page's links and count) — 404 past the last page."""
    filters = [(key, value) for key, value in query if key not in PAGE_KEYS]
    count = cached_count(queryset.order_by(), path=path, filters=[(k, v) for k, v in filters if k != "ordering"])
    pages = max(1, math.ceil(count / page.size))
    if page.number > pages:
        raise NotFound(f"Page {page.number} does not exist; there {'is' if pages == 1 else 'are'} {pages}.")
    links = {
        "count": count,
        "next": _link(path, filters, page, page.number + 1) if page.number < pages else None,
        "previous": _link(path, filters, page, page.number - 1) if page.number > 1 else None,
    }
    return queryset[page.offset : page.offset + page.size], links


def _link(path: str, filters: list[tuple[str, str]], page: PageRequest, number: int) -> str:
    pairs = list(filters)
    if number > 1:
        pairs.append(("page", str(number)))
    if page.size != DEFAULT_PAGE_SIZE:
        pairs.append(("page_size", str(page.size)))
    return site_url(path) + ("?" + urlencode(pairs) if pairs else "")


def paginated(results: list[Any], links: Mapping[str, Any]) -> dict[str, Any]:
    return {"count": links["count"], "next": links["next"], "previous": links["previous"], "results": results}
