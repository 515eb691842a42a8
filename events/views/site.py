"""sitemap.xml, robots.txt and /favicon.ico."""

from __future__ import annotations

import functools
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap
from django.contrib.staticfiles import finders
from django.db.models import Exists, OuterRef, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import NoReverseMatch, URLPattern, path, reverse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from events import selectors
from events.links import site_url
from events.models import Category, City, Event

# One sitemap file holds at most 50,000 addresses; the soonest upcoming events fill a bounded part of it.
SITEMAP_EVENTS = 20_000
FAVICON = "img/favicon.svg"
ROBOTS_DISALLOW = ("/admin/", "/api/admin/")


class SiteSitemap(Sitemap):
    """Locations on SITE_URL's scheme and host, not the request's (a sitemap names the canonical addresses)."""

    def get_protocol(self, protocol: str | None = None) -> str:
        return urlsplit(settings.SITE_URL).scheme or "https"

    def get_domain(self, site: Any = None) -> str:
        return urlsplit(settings.SITE_URL).netloc


class HomeSitemap(SiteSitemap):
    changefreq = "hourly"
    priority = 1.0

    def items(self) -> list[str]:
        return ["events:home"]

    def location(self, item: str) -> str:
        return reverse(item)


class CitySitemap(SiteSitemap):
    """Cities with something coming up (an empty city page is thin content)."""

    changefreq = "hourly"
    priority = 0.8

    def items(self) -> QuerySet[City]:
        upcoming = Event.objects.filter(selectors.upcoming_q(now=timezone.now()), city=OuterRef("pk"))
        return City.objects.filter(Exists(upcoming), is_active=True).order_by("name")


class EventSitemap(SiteSitemap):
    changefreq = "daily"
    priority = 0.6
    limit = SITEMAP_EVENTS

    def items(self) -> QuerySet[Event]:
        upcoming = Event.objects.filter(selectors.upcoming_q(now=timezone.now()))
        return upcoming.order_by("start", "id").only("pk", "slug", "updated_at")[:SITEMAP_EVENTS]

    def lastmod(self, item: Event) -> Any:
        return item.updated_at


def category_url(city: City, category: Category) -> str | None:
    """A city's category page (events:category), when the list pages have one."""
    for kwargs in ({"city": city.slug, "category": category.slug}, {"slug": city.slug, "category": category.slug}):
        try:
            return reverse("events:category", kwargs=kwargs)
        except NoReverseMatch:
            continue
    return None


class CategorySitemap(SiteSitemap):
    """Each city's category pages that have upcoming events; empty until events:category exists."""

    changefreq = "daily"
    priority = 0.5

    def items(self) -> list[tuple[City, Category]]:
        now = timezone.now()
        pairs = (
            Event.objects.filter(selectors.upcoming_q(now=now), city__is_active=True, category__isnull=False)
            .order_by()  # the model's ordering (start, id) would join the DISTINCT: one row per event
            .values_list("city_id", "category_id")
            .distinct()
        )
        pairs_list = list(pairs)
        cities = City.objects.in_bulk({city_id for city_id, _ in pairs_list})
        categories = Category.objects.in_bulk({category_id for _, category_id in pairs_list})
        found = [(cities[c], categories[k]) for c, k in pairs_list if c in cities and k in categories]
        found.sort(key=lambda pair: (pair[0].name, pair[1].position, pair[1].name))
        return [pair for pair in found if category_url(*pair) is not None]

    def location(self, item: tuple[City, Category]) -> str:
        return category_url(*item) or ""


SITEMAPS: dict[str, type[Sitemap] | Sitemap] = {
    "home": HomeSitemap,
    "cities": CitySitemap,
    "categories": CategorySitemap,
    "events": EventSitemap,
}


@require_safe
@cache_control(max_age=3600, public=True)
def sitemap_xml(request: HttpRequest) -> HttpResponse:
    return sitemap(request, sitemaps=SITEMAPS, template_name="events/sitemap.xml")


@require_safe
@cache_control(max_age=86400, public=True)
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = ["User-agent: *", "Allow: /", *(f"Disallow: {prefix}" for prefix in ROBOTS_DISALLOW), ""]
    lines.append(f"Sitemap: {site_url(reverse('events:sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@functools.lru_cache(maxsize=1)
def _favicon_bytes() -> bytes | None:
    found = finders.find(FAVICON)
    if not found:
        return None
    with open(found if isinstance(found, str) else found[0], "rb") as icon:
        return icon.read()


@require_safe
@cache_control(max_age=86400, public=True)
def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico whatever the page links: the site's SVG mark, served here (no redirect to a
    hashed static name that would go stale)."""
    icon = _favicon_bytes()
    if icon is None:
        raise Http404("No icon.")
    return HttpResponse(icon, content_type="image/svg+xml")


urlpatterns: list[URLPattern] = [
    path("sitemap.xml", sitemap_xml, name="sitemap"),
    path("robots.txt", robots_txt, name="robots"),
    path("favicon.ico", favicon, name="favicon"),
]
