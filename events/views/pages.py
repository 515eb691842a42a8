"""Public, server-rendered list pages: home, a city (and its category and area pages), a venue, an organizer.

Views only read request input, call selectors and render. Every list goes through ``selectors.event_list`` with
the shared filter keys (events/filters.py); a value it cannot use is a 400 with the message next to the field,
never a silently wider list. Anonymous GET answers are cached whole, keyed by the public generation (it moves on
every publish, after commit) and the normalised query string, so a hit runs no SQL at all.
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
import time
import zoneinfo
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlencode

from django.conf import settings
from django.core.paginator import EmptyPage
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, path, reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from events import selectors
from events.filters import ORDERING_CHOICES, TRUE_WORDS, WHEN_CHOICES, EventFilterSet, InvalidFiltersError
from events.models import City, Event
from events.zones import zone_or_utc

EVENTS_PER_PAGE = 20
FILTER_KEYS = frozenset(EventFilterSet.base_filters)
MULTI_VALUED = EventFilterSet.MULTI_VALUED
# Orderings under which a list reads as a calendar (day headings); the others are one flat list with dates.
BY_DAY = frozenset({"", "start", "-start"})
# Long fields an event card never shows (templates/events/_event_card.html): not fetched for a list.
CARD_UNUSED = ("description", "edited_fields", "rrule", "source_category", "address")
# Feeds another module serves; until its routes exist the literal paths are linked.
FEEDS = (
    ("events:feed-ics", "/feeds/events.ics", "Subscribe (ICS)", "text/calendar"),
    ("events:feed-rss", "/feeds/events.rss", "RSS", "application/rss+xml"),
    ("events:feed-atom", "/feeds/events.atom", "Atom", "application/atom+xml"),
)
Pairs = list[tuple[str, str]]


# --- request input --------------------------------------------------------------------------------


def filter_pairs(data: QueryDict, *, fixed: Mapping[str, str] | None = None) -> Pairs:
    """The filters of a query string as sorted (key, value) pairs: known keys only (utm_* and friends dropped),
    blank values dropped, one value per key (the last, as forms read it) except multi-valued keys, and the keys a
    page fixes by its URL (the city, the category…) taken from ``fixed`` whatever the query says."""
    fixed = fixed or {}
    pairs: Pairs = []
    for key in (FILTER_KEYS & data.keys()) - fixed.keys():
        values = [value.strip() for value in data.getlist(key)]
        values = sorted(set(values)) if key in MULTI_VALUED else values[-1:]
        pairs.extend((key, value) for value in values if value)
    pairs.extend(fixed.items())
    return sorted(pairs)


def page_number(data: QueryDict) -> int:
    """The asked page; junk or a number below 1 is the first page (a link mangled by a chat app still works)."""
    try:
        return max(int(data.get("page", "1")), 1)
    except ValueError:
        return 1


def querystring(pairs: Iterable[tuple[str, str]], *, without: Iterable[str] = ()) -> str:
    skip = set(without)
    return urlencode([(key, value) for key, value in pairs if key not in skip])


def with_query(url: str, query: str) -> str:
    return f"{url}?{query}" if query else url


# --- the cache ------------------------------------------------------------------------------------


class LocalPages:
    """The pages this process served lately, in memory, under the same keys as the shared cache (so under the
    generation too: a publish makes them unreachable, in other processes within GENERATION_TTL). A hit here
    skips even the Redis round trip. Each page expires when its shared copy does (it carries its birth time)."""

    def __init__(self) -> None:
        self._items: OrderedDict[str, CachedPage] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> CachedPage | None:
        with self._lock:
            page = self._items.get(key)
            if page is None:
                return None
            if time.time() - page[2] >= selectors.PUBLIC_CACHE_SECONDS:
                del self._items[key]
                return None
            self._items.move_to_end(key)
            return page

    def put(self, key: str, page: CachedPage) -> None:
        size = int(getattr(settings, "PAGE_CACHE_LOCAL_ITEMS", LOCAL_PAGES_DEFAULT))
        if size <= 0:
            return
        with self._lock:
            self._items[key] = page
            self._items.move_to_end(key)
            while len(self._items) > size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


# (content type, body, time.time() when built)
CachedPage = tuple[str, bytes, float]
# Pages kept per process unless settings.PAGE_CACHE_LOCAL_ITEMS says otherwise (0: off, as in the tests, whose
# cache is emptied between tests while this process memory is not). ~25 kB each.
LOCAL_PAGES_DEFAULT = 256
local_pages = LocalPages()
CACHE_HEADER = "X-Whatson-Cache"
FREE_TEXT_KEYS = frozenset({"q", "tag"})


def cached_page(request: HttpRequest, build: Callable[[], HttpResponse]) -> HttpResponse:
    """``build()``'s answer, served from the cache for the same page, filters and page number under the same
    generation. Only complete 200 answers are kept (errors, redirects and 404s are built each time).

    When the generation moves (a publish) every page is rebuilt on its next request. So that a busy page is not
    rebuilt by every worker at once, one request takes a short lock and rebuilds while the others answer with
    the last page built (for the few milliseconds the rebuild takes); without a last page, each builds."""
    if request.method != "GET":
        return build()
    query, number = querystring(filter_pairs(request.GET)), str(page_number(request.GET))
    parts = ("page", request.get_host(), request.path, query, number)
    key = selectors.public_cache_key(*parts)
    page = local_pages.get(key)
    if page is not None:
        return cached_response(page, "hit")
    page = selectors.cache_get(key)
    if page is not None:
        local_pages.put(key, page)
        return cached_response(page, "hit")
    last_key = selectors.lasting_cache_key(*parts)
    lock_key = f"{last_key}:building"
    locked = selectors.cache_add(lock_key, 1, selectors.REBUILD_LOCK_SECONDS)
    if not locked:
        last = selectors.cache_get(last_key)
        if last is not None:
            return cached_response(last, "stale")
    try:
        response = build()
    finally:
        if locked:
            selectors.cache_delete(lock_key)
    if response.status_code == 200 and not response.streaming:
        page = (response["Content-Type"], response.content, time.time())
        selectors.cache_set(key, page, selectors.PUBLIC_CACHE_SECONDS)
        if not FREE_TEXT_KEYS & {name for name, _ in filter_pairs(request.GET)}:
            # The long-lived copy is for the pages many visitors share; free text makes a page nearly unique,
            # and keeping each for LAST_ANSWER_SECONDS would let random queries fill the cache.
            selectors.cache_set(last_key, page, selectors.LAST_ANSWER_SECONDS)
        local_pages.put(key, page)
    response[CACHE_HEADER] = "miss"
    return response


def cached_response(page: CachedPage, how: str) -> HttpResponse:
    response = HttpResponse(page[1], content_type=page[0])
    response[CACHE_HEADER] = how
    return response


# --- listing --------------------------------------------------------------------------------------


@dataclass
class Listing:
    """One page of a filtered list, or the reasons the filters could not be used."""

    pairs: Pairs
    fixed: Mapping[str, str]
    errors: dict[str, list[str]] = field(default_factory=dict)
    paginator: Any = None
    page: Any = None
    days: list[dict[str, Any]] = field(default_factory=list)
    by_day: bool = True

    @property
    def status(self) -> int:
        return 400 if self.errors else 200

    @property
    def values(self) -> dict[str, Any]:
        """What the visitor asked for, as typed (also when invalid, so the form shows what to fix)."""
        values: dict[str, Any] = {}
        for key, value in self.pairs:
            if key in MULTI_VALUED:
                values.setdefault(key, []).append(value)
            else:
                values[key] = value
        return values

    @property
    def query(self) -> str:
        """The filters the page's URL does not fix (for pagination and chips)."""
        return querystring(self.pairs, without=self.fixed)

    @property
    def querystring_base(self) -> str:
        return f"{self.query}&" if self.query else ""

    @property
    def error_messages(self) -> dict[str, str]:
        return {key: " ".join(messages) for key, messages in self.errors.items()}


def list_events(
    request: HttpRequest, *, fixed: Mapping[str, str], zone: zoneinfo.ZoneInfo | None, now: dt.datetime
) -> Listing:
    """The page of events a list page shows for the request's filters (``fixed`` ones from its URL)."""
    pairs = filter_pairs(request.GET, fixed=fixed)
    listing = Listing(pairs=pairs, fixed=fixed)
    query = QueryDict(mutable=True)
    for key, value in pairs:
        query.appendlist(key, value)
    try:
        events = selectors.event_list(filters=query, now=now)
    except InvalidFiltersError as error:
        listing.errors = error.errors
        return listing
    try:
        listing.paginator, listing.page = selectors.event_page(
            events=events.defer(*CARD_UNUSED), filters=pairs, number=page_number(request.GET), per_page=EVENTS_PER_PAGE
        )
    except EmptyPage as error:
        raise Http404("No such page.") from error
    listing.by_day = listing.values.get("ordering", "") in BY_DAY
    listing.days = days_of(listing.page.object_list, zone=zone, now=now, by_day=listing.by_day)
    return listing


def days_of(
    events: Iterable[Event], *, zone: zoneinfo.ZoneInfo | None, now: dt.datetime, by_day: bool = True
) -> list[dict[str, Any]]:
    """Events under day headings, in ``zone`` (each event's own zone when None). An event that started on an
    earlier day and is still on is listed under today. Each event gets ``shown_start`` (its start in that zone).
    Without ``by_day`` (ordered by price, title…) it is one group without a date."""
    days: list[dict[str, Any]] = []
    for event in events:
        event_zone = zone or event.zone
        event.shown_start = event.start.astimezone(event_zone)  # type: ignore[attr-defined]
        today = now.astimezone(event_zone).date()
        date = max(event.shown_start.date(), today) if by_day else None  # type: ignore[attr-defined]
        if days and days[-1]["date"] == date:
            days[-1]["events"].append(event)
            continue
        days.append({"date": date, "events": [event], "relative": relative_day(date, today)})
    return days


def relative_day(date: dt.date | None, today: dt.date) -> str:
    if date is None:
        return ""
    return {0: "Today", 1: "Tomorrow"}.get((date - today).days, "")


@functools.cache
def feed_base(name: str, fallback: str) -> str:
    try:
        return reverse(name)
    except NoReverseMatch:
        return fallback


def feed_links(pairs: Pairs) -> list[dict[str, str]]:
    """Subscribe links carrying every filter of the list (the feeds take the same keys)."""
    query = querystring(pairs)
    return [
        {"url": with_query(feed_base(name, fallback), query), "label": label, "type": content_type}
        for name, fallback, label, content_type in FEEDS
    ]


def when_links(listing: Listing, base_url: str) -> list[dict[str, Any]]:
    """Quick links for the named ranges, keeping the other filters."""
    rest = querystring(listing.pairs, without={*listing.fixed, "when", *listing.errors})
    current = listing.values.get("when", "")
    links = [{"label": "Any time", "url": with_query(base_url, rest), "current": not current}]
    for value, label in WHEN_CHOICES:
        query = f"{rest}&when={value}" if rest else f"when={value}"
        links.append({"label": label, "url": f"{base_url}?{query}", "current": current == value})
    return links


def list_context(listing: Listing, *, base_url: str) -> dict[str, Any]:
    """What every list template reads (the filter form, the list, pagination and feeds)."""
    return {
        "listing": listing,
        "values": listing.values,
        "errors": listing.error_messages,
        "stray_errors": {key: text for key, text in listing.error_messages.items() if key not in FORM_FIELDS},
        "days": listing.days,
        "page_obj": listing.page,
        "is_paginated": bool(listing.paginator and listing.paginator.num_pages > 1),
        "page_range": (
            list(listing.paginator.get_elided_page_range(listing.page.number, on_each_side=2, on_ends=1))
            if listing.paginator
            else []
        ),
        "querystring_base": listing.querystring_base,
        "base_url": base_url,
        "when_links": when_links(listing, base_url),
        "when_choices": WHEN_CHOICES,
        "ordering_choices": ORDERING_CHOICES,
        "feeds": feed_links(listing.pairs),
        "has_filters": bool(listing.query),
        "checked": {key: listing.values.get(key, "").lower() in TRUE_WORDS for key in BOOLEAN_FIELDS},
        "category_tree": selectors.category_tree(),
        "form_fields": FORM_FIELDS,
    }


# Keys the city page's form has a field for; errors on other keys (a hand-made ?lat=) go in the summary.
FORM_FIELDS = frozenset(
    {
        "q",
        "when",
        "date_from",
        "date_to",
        "category",
        "subcategory",
        "area",
        "free",
        "price_max",
        "accessible",
        "online",
        "ordering",
    }
)


BOOLEAN_FIELDS = ("free", "accessible", "online")


# --- the pages ------------------------------------------------------------------------------------


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    return cached_page(request, lambda: _home(request))


def _home(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    cities = list(selectors.city_list_with_counts(now=now))
    this_week = selectors.events_this_week(now=now)
    for event in this_week:
        event.shown_start = event.local_start  # type: ignore[attr-defined]
    context = {
        "cities": cities,
        "busy_cities": [city for city in cities if city.upcoming_count],  # type: ignore[attr-defined]
        "quiet_cities": [city for city in cities if not city.upcoming_count],  # type: ignore[attr-defined]
        "total_upcoming": sum(city.upcoming_count for city in cities),  # type: ignore[attr-defined]
        "this_week": this_week,
    }
    return render(request, "events/home.html", context)


@require_safe
def city_detail(request: HttpRequest, slug: str) -> HttpResponse:
    return cached_page(request, lambda: _city_listing(request, slug=slug))


@require_safe
def category_detail(request: HttpRequest, slug: str, category: str) -> HttpResponse:
    return cached_page(request, lambda: _city_listing(request, slug=slug, category_slug=category))


@require_safe
def area_detail(request: HttpRequest, slug: str, area: str) -> HttpResponse:
    return cached_page(request, lambda: _city_listing(request, slug=slug, area_slug=area))


def _city_listing(
    request: HttpRequest, *, slug: str, category_slug: str | None = None, area_slug: str | None = None
) -> HttpResponse:
    city = selectors.city_get_public(slug=slug)
    if city is None:
        raise Http404("No such city.")
    fixed = {"city": city.slug}
    category = area = None
    if category_slug is not None:
        category = selectors.category_get(slug=category_slug)
        if category is None:
            raise Http404("No such category.")
        fixed["category"] = category.slug
    if area_slug is not None:
        area = selectors.area_get(city=city, slug=area_slug)
        if area is None:
            raise Http404("No such area.")
        fixed["area"] = area.slug
    now = timezone.now()
    base_url = page_url(city, category_slug=fixed.get("category"), area_slug=fixed.get("area"))
    listing = list_events(request, fixed=fixed, zone=zone_or_utc(city.timezone), now=now)
    values = listing.values
    areas = list(city.areas.all())
    context = list_context(listing, base_url=base_url)
    tree = context["category_tree"]
    context |= {
        "city": city,
        "page_category": category,
        "page_area": area,
        "selected_category": category or next((c for c in tree if c.slug == values.get("category")), None),
        "selected_area": area or next((a for a in areas if a.slug == values.get("area")), None),
        "areas": areas,
        "categories": selectors.categories_in_use(now=now, city=city),
        "category_tree": tree,
        "area_links": chip_links(listing, city, key="area", options=[(a.slug, a.name) for a in areas]),
    }
    context["category_links"] = chip_links(
        listing, city, key="category", options=[(c.slug, c.name) for c in context["categories"]]
    )
    return render(request, "events/city.html", context, status=listing.status)


def page_url(city: City, *, category_slug: str | None = None, area_slug: str | None = None) -> str:
    """A city's page, its category page or its area page (a category and an area together: the category page
    with ?area=)."""
    if category_slug:
        url = reverse("events:category", kwargs={"slug": city.slug, "category": category_slug})
        return with_query(url, urlencode({"area": area_slug}) if area_slug else "")
    if area_slug:
        return reverse("events:area", kwargs={"slug": city.slug, "area": area_slug})
    return city.get_absolute_url()


def chip_links(listing: Listing, city: City, *, key: str, options: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Links that switch one of category / area to each option (clean URLs), keeping every other filter."""
    values = listing.values
    other_key = "area" if key == "category" else "category"
    other = values.get(other_key) if not listing.errors else None
    dropped = {"city", "category", "area", *listing.errors} | ({"subcategory"} if key == "category" else set())
    rest = querystring(listing.pairs, without=dropped)

    def link(slug: str | None) -> str:
        kwargs = {key: slug, other_key: other}
        url = page_url(city, category_slug=kwargs["category"], area_slug=kwargs["area"])
        return f"{url}{'&' if '?' in url else '?'}{rest}" if rest else url

    current = values.get(key)
    links = [{"label": "All", "url": link(None), "current": not current}]
    links += [{"label": name, "url": link(slug), "current": current == slug} for slug, name in options]
    return links


@require_safe
def venue_detail(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    return cached_page(request, lambda: _venue(request, pk=pk, slug=slug))


def _venue(request: HttpRequest, *, pk: int, slug: str) -> HttpResponse:
    venue = selectors.venue_get_public(pk=pk)
    if venue is None:
        raise Http404("No such venue.")
    if slug != (venue.slug or "venue"):
        return redirect(with_query(venue.get_absolute_url(), request.GET.urlencode()), permanent=True)
    zone = zone_or_utc(venue.city.timezone) if venue.city else None
    base_url = venue.get_absolute_url()
    # "Today" and "tonight" on the venue's own clock (its city's zone), as on the city page.
    fixed = {"venue": str(venue.pk), **({"tz": venue.city.timezone} if venue.city else {})}
    listing = list_events(request, fixed=fixed, zone=zone, now=timezone.now())
    context = {**list_context(listing, base_url=base_url), "venue": venue, "map_url": map_url(venue)}
    return render(request, "events/venue.html", context, status=listing.status)


def map_url(venue: Any) -> str:
    """The venue on OpenStreetMap: a pin at its coordinates, else a search for its address."""
    if venue.latitude is not None and venue.longitude is not None:
        lat, lng = f"{venue.latitude:.5f}", f"{venue.longitude:.5f}"
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lng}#map=17/{lat}/{lng}"
    place = ", ".join(part for part in (venue.name, venue.address, venue.city.name if venue.city else "") if part)
    return f"https://www.openstreetmap.org/search?query={quote(place)}"


@require_safe
def organizer_detail(request: HttpRequest, slug: str) -> HttpResponse:
    return cached_page(request, lambda: _organizer(request, slug=slug))


def _organizer(request: HttpRequest, *, slug: str) -> HttpResponse:
    organizer = selectors.organizer_get_public(slug=slug)
    if organizer is None:
        raise Http404("No such organizer.")
    base_url = organizer.get_absolute_url()
    listing = list_events(request, fixed={"organizer": organizer.slug}, zone=None, now=timezone.now())
    context = {**list_context(listing, base_url=base_url), "organizer": organizer}
    return render(request, "events/organizer.html", context, status=listing.status)


urlpatterns = [
    path("", home, name="home"),
    path("cities/<slug:slug>/", city_detail, name="city"),
    path("cities/<slug:slug>/c/<slug:category>/", category_detail, name="category"),
    path("cities/<slug:slug>/a/<slug:area>/", area_detail, name="area"),
    path("venues/<int:pk>/<str:slug>/", venue_detail, name="venue"),
    path("organizers/<slug:slug>/", organizer_detail, name="organizer"),
]
