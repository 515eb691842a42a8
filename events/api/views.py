"""The public API's views: read the query, call selectors, shape rows (representation.py), answer from the cache.

Anonymous and read-only: no authentication (so nothing reads a session or a token per request), AllowAny,
and an anonymous rate limit per client address. Errors are ``{"error": ..., "fields": {...}}`` (the shared
handler in moderation/api/errors.py).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import math
import time
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, JsonResponse, QueryDict
from django.urls import reverse
from django.utils import timezone
from redis.exceptions import RedisError
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.permissions import AllowAny
from rest_framework.renderers import BaseRenderer
from rest_framework.request import Request
from rest_framework.throttling import BaseThrottle
from rest_framework.views import APIView

from config.cache import count_in_window
from config.clients import client_key
from events import ranking, selectors
from events.api import caching, schema
from events.api.pagination import page_of, page_request, paginated
from events.api.representation import (
    event_dict,
    event_dict_from_event,
    event_documents,
    event_rows,
    local_iso,
    page_url_builder,
    site_url,
)
from events.filters import EventFilterSet, InvalidFiltersError, is_slug
from events.formatting import zone_label
from events.models import Category, City, Event, Organizer, Venue
from events.text import plain_text

logger = logging.getLogger(__name__)

FILTER_KEYS = frozenset(EventFilterSet.base_filters)
PAGE_KEYS = frozenset({"page", "page_size"})
MULTI_KEYS = EventFilterSet.MULTI_VALUED


RATE_PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


@functools.lru_cache(maxsize=8)
def parse_rate(rate: str) -> tuple[int, int] | None:
    """``"120/minute"`` → (120, 60): requests per window of seconds (DRF's notation); empty → None."""
    if not rate:
        return None
    count, _, period = rate.partition("/")
    return int(count), RATE_PERIODS[period.strip()[:1].lower()]


class PublicAnonThrottle(BaseThrottle):
    """Per client address, at ``settings.API_ANON_RATE`` (read per request, so a benchmark can raise it).

    A fixed-window counter: one cache key per address and window of the rate's period, incremented once per
    request (a single Redis round trip, config/cache.py), rather than DRF's list of timestamps per address,
    which is read, trimmed and written back whole on every request. At a window's edge a client can send up to
    twice the rate within one period; the budget per window is exact. Fails open when the cache is away.
    """

    scope = "public_api"
    wait_seconds: int | None = None

    def allow_request(self, request: Request, view: APIView) -> bool:
        parsed = parse_rate(settings.API_ANON_RATE)
        if parsed is None:
            return True
        return self.within(self.get_ident(request), *parsed)

    def get_ident(self, request: Request) -> str:
        """DRF's client address (API_NUM_PROXIES honoured), with IPv6 counted per /64 (config.clients)."""
        return client_key(super().get_ident(request))

    def within(self, who: str, limit: int, period: int) -> bool:
        """Count one more for ``who`` in the current window of ``period`` seconds; False past ``limit``."""
        now = time.time()
        window = int(now // period)
        key = f"throttle_{self.scope}_{who}_{window}"
        try:
            count = count_in_window(caches["default"], key, period + 1)
        except (RedisError, OSError):  # the cache is away: serve rather than fail every request
            logger.warning("%s rate limit unavailable (cache error); request allowed", self.scope, exc_info=True)
            return True
        if count <= limit:
            return True
        self.wait_seconds = max(1, math.ceil((window + 1) * period - now))
        return False

    def wait(self) -> float | None:
        return self.wait_seconds


class JSONOnly(BaseContentNegotiation):
    """Always JSON, whatever Accept says (a 406 would only hide the answer)."""

    def select_renderer(
        self, request: Request, renderers: list[BaseRenderer], format_suffix: str | None = None
    ) -> tuple[BaseRenderer, str]:
        return renderers[0], renderers[0].media_type


class PublicView(APIView):
    """Anonymous, read-only, rate-limited, JSON. A view whose GET answers come from ``caching.cached_answer``
    can say so with ``hit_query``: a stored answer is then served before DRF wraps the request (negotiation,
    authentication, permissions and the rest cost more than the hit itself), still counted by the rate limit,
    with the headers DRF would add. Misses, errors and refusals (429) go through DRF as before."""

    authentication_classes = ()
    permission_classes = (AllowAny,)
    throttle_classes = (PublicAnonThrottle,)
    content_negotiation_class = JSONOnly

    def hit_query(self, request: HttpRequest) -> list[tuple[str, str]] | None:
        """The normalised query ``get`` would key its cached answer by; None: no shortcut for this view."""
        return None

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        query = self.hit_query(request) if request.method == "GET" else None
        answer = caching.stored_answer(request, query=query) if query is not None else None
        if answer is not None:
            wait = self._throttle_wait(request)
            if wait is None:
                response = caching.respond(request, answer)
                response["Allow"] = ", ".join(self.allowed_methods)
                return response
            request.throttle_wait = wait  # type: ignore[attr-defined]  # counted once: DRF's path refuses it
        return super().dispatch(request, *args, **kwargs)

    def _throttle_wait(self, request: HttpRequest) -> float | None:
        """None when every throttle lets the request through, else the seconds to wait."""
        for throttle in self.get_throttles():
            if not throttle.allow_request(request, self):  # reads headers and META only
                return throttle.wait() or 1.0
        return None

    def check_throttles(self, request: Request) -> None:
        wait = getattr(request._request, "throttle_wait", None)
        if wait is None:
            super().check_throttles(request)
        else:
            self.throttled(request, wait)


def _invalid(errors: dict[str, list[str]]) -> ValidationError:
    return ValidationError({key: list(messages) for key, messages in errors.items()})


def _event_list(request: Request, now: dt.datetime, errors: dict[str, list[str]]) -> QuerySet[Event]:
    try:
        return selectors.event_list(filters=request.query_params, now=now)
    except InvalidFiltersError as exc:
        errors.update(exc.errors)
        return Event.objects.none()


# --- events -------------------------------------------------------------------------------------


@schema.event_list_schema
class EventList(PublicView):
    def hit_query(self, request: HttpRequest) -> list[tuple[str, str]]:
        return caching.normalised_query(request.GET, keys=FILTER_KEYS | PAGE_KEYS, multi=MULTI_KEYS)

    def get(self, request: Request) -> HttpResponse:
        query = self.hit_query(request._request)
        return caching.cached_answer(request, query=query, build=lambda: self.build(request, query))

    def build(self, request: Request, query: list[tuple[str, str]]) -> dict[str, Any]:
        errors: dict[str, list[str]] = {}
        page = page_request(request.query_params, errors)
        events = _event_list(request, timezone.now(), errors)
        if errors:
            raise _invalid(errors)
        rows, links = page_of(events, page, path=request.path, query=query)
        page_url = page_url_builder()
        return paginated([event_dict(row, page_url=page_url) for row in event_rows(rows)], links)


def _limit(query: QueryDict, default: int, maximum: int, errors: dict[str, list[str]]) -> int:
    raw = query.get("limit", "")
    if raw == "":
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        errors["limit"] = ["Give a whole number."]
        return default
    if not 1 <= value <= maximum:
        errors["limit"] = [f"Give a number from 1 to {maximum}."]
    return value


@schema.trending_schema
class TrendingEvents(PublicView):
    """The most talked-about upcoming events of the next 7 days (events/ranking.py), with the shared filters.

    Recent views move this list without a publish, so it can lag by up to settings.API_CACHE_SECONDS.
    """

    def get(self, request: Request) -> HttpResponse:
        query = caching.normalised_query(request.query_params, keys=FILTER_KEYS | {"limit"}, multi=MULTI_KEYS)
        return caching.cached_answer(request, query=query, build=lambda: self.build(request))

    def build(self, request: Request) -> dict[str, Any]:
        errors: dict[str, list[str]] = {}
        limit = _limit(request.query_params, schema.TRENDING_DEFAULT, schema.TRENDING_MAX, errors)
        events: list[Event] = []
        try:
            events = ranking.trending_events(filters=request.query_params, now=timezone.now(), limit=limit)
        except InvalidFiltersError as exc:
            errors.update(exc.errors)
        if errors:
            raise _invalid(errors)
        return {"results": [event_dict_from_event(event) for event in events]}


@schema.similar_schema
class SimilarEvents(PublicView):
    def get(self, request: Request, pk: int) -> HttpResponse:
        query = caching.normalised_query(request.query_params, keys={"limit"})
        return caching.cached_answer(request, query=query, build=lambda: self.build(request, pk))

    def build(self, request: Request, pk: int) -> dict[str, Any]:
        errors: dict[str, list[str]] = {}
        limit = _limit(request.query_params, schema.SIMILAR_DEFAULT, schema.SIMILAR_MAX, errors)
        if errors:
            raise _invalid(errors)
        event = selectors.event_get_public(pk=pk)
        if event is None:
            raise NotFound("No such event.")
        return {"results": [event_dict_from_event(other) for other in ranking.similar_events(event=event, limit=limit)]}


@schema.event_detail_schema
class EventDetail(PublicView):
    def get(self, request: Request, pk: int) -> HttpResponse:
        return caching.cached_answer(request, query=[], build=lambda: self.build(pk))

    def build(self, pk: int) -> Any:
        winner = selectors.event_merged_target(pk=pk)
        if winner is not None:
            return caching.Redirect(site_url(reverse("api:event", kwargs={"pk": winner.pk})))
        event = selectors.event_get_public(pk=pk)
        if event is None:
            raise NotFound("No such event.")
        return event_detail_dict(event), event.updated_at.timestamp()


def event_detail_dict(event: Event) -> dict[str, Any]:
    """The list representation plus description, organizer, listings, change times and documents."""
    organizer = event.organizer
    body = event_dict_from_event(event)
    body.update(
        {
            "description": plain_text(event.description),
            "organizer": None
            if organizer is None
            else {"slug": organizer.slug, "name": organizer.name, "url": organizer.url},
            "listings": [
                {
                    "source": {"slug": listing.source.slug, "name": listing.source.name},
                    "url": listing.url,
                    "is_primary": listing.is_primary,
                }
                for listing in selectors.event_listings(event=event)
            ],
            "archived": event.archived_at is not None,
            "created": local_iso(event.created_at, event.timezone),
            "updated": local_iso(event.updated_at, event.timezone),
            **event_documents(event),
        }
    )
    return body


# --- cities and categories ----------------------------------------------------------------------


def city_dict(city: City, upcoming: int) -> dict[str, Any]:
    return {
        "slug": city.slug,
        "name": city.name,
        "region": city.region,
        "country": city.country,
        "timezone": city.timezone,
        "timezone_name": zone_label(city.timezone),
        "latitude": city.latitude,
        "longitude": city.longitude,
        "upcoming_count": upcoming,
        "url": site_url(city.get_absolute_url()),
        "events": site_url(reverse("api:events")) + f"?city={city.slug}",
    }


@schema.city_list_schema
class CityList(PublicView):
    def get(self, request: Request) -> HttpResponse:
        return caching.cached_answer(request, query=[], build=self.build)

    def build(self) -> dict[str, Any]:
        cities = selectors.city_list_with_counts(now=timezone.now())
        return {"results": [city_dict(city, city.upcoming_count) for city in cities]}  # type: ignore[attr-defined]


@schema.city_detail_schema
class CityDetail(PublicView):
    def get(self, request: Request, slug: str) -> HttpResponse:
        return caching.cached_answer(request, query=[], build=lambda: self.build(slug))

    def build(self, slug: str) -> dict[str, Any]:
        city = selectors.city_list_with_counts(now=timezone.now()).filter(slug=slug).first()
        if city is None:
            raise NotFound("No such city.")
        body = city_dict(city, city.upcoming_count)  # type: ignore[attr-defined]
        body["areas"] = [{"slug": area.slug, "name": area.name} for area in city.areas.order_by("name")]
        return body


@schema.category_list_schema
class CategoryList(PublicView):
    def get(self, request: Request) -> HttpResponse:
        return caching.cached_answer(request, query=[], build=self.build)

    def build(self) -> dict[str, Any]:
        categories = list(Category.objects.order_by("position", "name"))
        children: dict[int, list[dict[str, Any]]] = {}
        for category in categories:
            if category.parent_id is not None:
                children.setdefault(category.parent_id, []).append(_category(category))
        return {
            "results": [
                {**_category(category), "children": children.get(category.pk, [])}
                for category in categories
                if category.parent_id is None
            ]
        }


def _category(category: Category) -> dict[str, Any]:
    return {"slug": category.slug, "name": category.name, "description": category.description}


# --- venues and organizers ----------------------------------------------------------------------


def venue_dict(venue: Venue) -> dict[str, Any]:
    city, area = venue.city, venue.area
    return {
        "id": venue.pk,
        "name": venue.name,
        "slug": venue.slug,
        "city": None if city is None else {"slug": city.slug, "name": city.name},
        "area": None if area is None else {"slug": area.slug, "name": area.name},
        "address": venue.address,
        "latitude": venue.latitude,
        "longitude": venue.longitude,
        "url": venue.url,
        "events": site_url(reverse("api:events")) + f"?venue={venue.pk}",
    }


@schema.venue_list_schema
class VenueList(PublicView):
    def get(self, request: Request) -> HttpResponse:
        query = caching.normalised_query(request.query_params, keys=PAGE_KEYS | {"city"})
        return caching.cached_answer(request, query=query, build=lambda: self.build(request, query))

    def build(self, request: Request, query: list[tuple[str, str]]) -> dict[str, Any]:
        errors: dict[str, list[str]] = {}
        page = page_request(request.query_params, errors)
        venues = Venue.objects.select_related("city", "area").order_by("name", "id")
        slug = request.query_params.get("city", "")
        if slug:
            city = City.objects.filter(slug=slug).first() if is_slug(slug) else None
            if city is None:
                errors["city"] = [f"Unknown city “{slug}”."]
            venues = venues.filter(city=city)
        if errors:
            raise _invalid(errors)
        rows, links = page_of(venues, page, path=request.path, query=query)
        return paginated([venue_dict(venue) for venue in rows], links)


@schema.venue_detail_schema
class VenueDetail(PublicView):
    def get(self, request: Request, pk: int) -> HttpResponse:
        return caching.cached_answer(request, query=[], build=lambda: self.build(pk))

    def build(self, pk: int) -> dict[str, Any]:
        venue = Venue.objects.select_related("city", "area").filter(pk=pk).first()
        if venue is None:
            raise NotFound("No such venue.")
        body = venue_dict(venue)
        body["upcoming_count"] = Event.objects.filter(selectors.upcoming_q(now=timezone.now()), venue=venue).count()
        return body


def organizer_dict(organizer: Organizer) -> dict[str, Any]:
    return {
        "slug": organizer.slug,
        "name": organizer.name,
        "url": organizer.url,
        "events": site_url(reverse("api:events")) + f"?organizer={organizer.slug}",
    }


@schema.organizer_list_schema
class OrganizerList(PublicView):
    def get(self, request: Request) -> HttpResponse:
        query = caching.normalised_query(request.query_params, keys=PAGE_KEYS)
        return caching.cached_answer(request, query=query, build=lambda: self.build(request, query))

    def build(self, request: Request, query: list[tuple[str, str]]) -> dict[str, Any]:
        errors: dict[str, list[str]] = {}
        page = page_request(request.query_params, errors)
        if errors:
            raise _invalid(errors)
        rows, links = page_of(Organizer.objects.order_by("name", "id"), page, path=request.path, query=query)
        return paginated([organizer_dict(organizer) for organizer in rows], links)


@schema.organizer_detail_schema
class OrganizerDetail(PublicView):
    def get(self, request: Request, slug: str) -> HttpResponse:
        return caching.cached_answer(request, query=[], build=lambda: self.build(slug))

    def build(self, slug: str) -> dict[str, Any]:
        organizer = Organizer.objects.filter(slug=slug).first()
        if organizer is None:
            raise NotFound("No such organizer.")
        body = organizer_dict(organizer)
        body["upcoming_count"] = Event.objects.filter(
            selectors.upcoming_q(now=timezone.now()), organizer=organizer
        ).count()
        return body


# --- the index and unknown addresses ------------------------------------------------------------


@schema.index_schema
class Index(PublicView):
    def get(self, request: Request) -> HttpResponse:
        return JsonResponse(
            {
                name: site_url(reverse(f"api:{name}"))
                for name in ("events", "cities", "categories", "venues", "organizers")
            }
            | {"schema": site_url(reverse("api-schema")), "docs": site_url(reverse("api-docs"))}
        )


def not_found(request: HttpRequest, rest: str = "") -> JsonResponse:
    """Any other address under /api/v1/: the API's 404, not the site's HTML page."""
    return JsonResponse({"error": "Not found.", "fields": {}}, status=404)
