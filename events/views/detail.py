"""The event page, sharing and the trending page. Views only read request input, call selectors and render."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, path, reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_POST, require_safe
from redis.exceptions import RedisError

from events import analytics, ranking, selectors
from events.filters import InvalidFiltersError
from events.formatting import event_price_text
from events.links import site_url
from events.models import City, Event, EventListing
from events.people.analytics.recording import record
from events.people.models import InteractionKind
from events.people.viewer import event_viewer_context
from events.routes import EVENT_PAGE

SIMILAR_LIMIT = 6
# How long the page's event and listings are reused within one public generation (a publish, edit, merge or new
# listing starts a new one); the view is still counted and the page rendered (with its token) on every request.
PAGE_DATA_SECONDS = selectors.PUBLIC_CACHE_SECONDS
TRENDING_LIMIT = 20
GOOGLE_CALENDAR = "https://calendar.google.com/calendar/render"
# Google Calendar needs an end; an event without one is put in as this long.
DEFAULT_DURATION = dt.timedelta(hours=1)
# Google's links break past a couple of thousand characters: the details are cut well before.
CALENDAR_DETAILS_CHARS = 1000
# Shares: one per visitor and event every SHARE_REPEAT_SECONDS, and at most SHARES_PER_HOUR per address.
SHARE_REPEAT_SECONDS = 600
SHARES_PER_HOUR = 30

SCHEMA = "https://schema.org/"
EVENT_STATUS = {
    "scheduled": "EventScheduled",
    "cancelled": "EventCancelled",
    "postponed": "EventPostponed",
    "rescheduled": "EventRescheduled",
}
# Like django.utils.html.json_script: nothing in the data can close the <script> element or start a comment.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


# --- Pieces of the page -----------------------------------------------------------------------------------


def _location_text(event: Event) -> str:
    if event.online and not (event.venue_name or event.address):
        return "Online"
    return ", ".join(part for part in (event.venue_name, event.address) if part)


def _all_day_dates(event: Event) -> tuple[dt.date, dt.date]:
    """First day and the day after the last (exclusive), in the event's zone."""
    first = event.local_start.date()
    if event.end is None:
        return first, first + dt.timedelta(days=1)
    local_end = event.end.astimezone(event.zone)
    last_exclusive = local_end.date() if local_end.time() == dt.time(0) else local_end.date() + dt.timedelta(days=1)
    return first, max(last_exclusive, first + dt.timedelta(days=1))


def google_calendar_url(event: Event, *, page_url: str, details_chars: int = CALENDAR_DETAILS_CHARS) -> str:
    """ "Add to Google Calendar": UTC times for a timed event; dates (end exclusive) for an all-day one.

    ``details_chars`` caps the description carried along (0: only the page's address)."""
    if event.all_day:
        first, after = _all_day_dates(event)
        dates = f"{first:%Y%m%d}/{after:%Y%m%d}"
    else:
        end = event.end or event.start + DEFAULT_DURATION
        dates = f"{event.start.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}/{end.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}"
    description = event.description.strip()
    if len(description) > details_chars:
        description = description[: details_chars - 1].rstrip() + "…" if details_chars > 0 else ""
    details = f"{description}\n\n{page_url}" if description else page_url
    params = {"action": "TEMPLATE", "text": event.title, "dates": dates, "details": details}
    location = _location_text(event)
    if location:
        params["location"] = location
    if not event.all_day and event.timezone:
        params["ctz"] = event.timezone
    return f"{GOOGLE_CALENDAR}?{urlencode(params)}"


def ics_url(event: Event) -> str:
    """The event's .ics download (events:event-ics, from the feeds module); its plain path until that exists."""
    try:
        return reverse("events:event-ics", args=[event.pk])
    except NoReverseMatch:
        return f"/events/{event.pk}.ics"


def split_listings(event: Event) -> tuple[EventListing | None, list[EventListing]]:
    """The listing the page shows (the primary one) and where else the event is listed: every other source,
    each once, never the shown listing's own source."""
    listings = list(selectors.event_listings(event=event))
    primary = next((listing for listing in listings if listing.is_primary), None)
    seen: set[int] = {primary.source_id} if primary is not None else set()
    others = []
    for listing in listings:
        if listing.is_primary or listing.source_id in seen:
            continue
        seen.add(listing.source_id)
        others.append(listing)
    return primary, others


def _json_ld_dates(event: Event) -> dict[str, str]:
    if event.all_day:
        first, after = _all_day_dates(event)
        return {"startDate": first.isoformat(), "endDate": (after - dt.timedelta(days=1)).isoformat()}
    dates = {"startDate": event.local_start.isoformat()}
    if event.end is not None:
        dates["endDate"] = event.end.astimezone(event.zone).isoformat()
    return dates


def _json_ld_location(event: Event, *, page_url: str) -> dict[str, Any]:
    if event.online and not (event.venue_name or event.address):
        return {"@type": "VirtualLocation", "url": event.url or page_url}
    place: dict[str, Any] = {"@type": "Place", "name": event.venue_name or event.address or "To be announced"}
    address: dict[str, Any] = {"@type": "PostalAddress"}
    if event.address:
        address["streetAddress"] = event.address
    if event.city is not None:
        address.update(
            addressLocality=event.city.name, addressRegion=event.city.region, addressCountry=event.city.country
        )
    if len(address) > 1:
        place["address"] = address
    if event.latitude is not None and event.longitude is not None:
        place["geo"] = {"@type": "GeoCoordinates", "latitude": event.latitude, "longitude": event.longitude}
    return place


def _json_ld_offers(event: Event, *, page_url: str) -> dict[str, Any] | None:
    offer: dict[str, Any] = {
        "@type": "Offer",
        "url": event.ticket_url or event.url or page_url,
        "availability": f"{SCHEMA}{'SoldOut' if event.sold_out else 'InStock'}",
    }
    low, high = event.price_min, event.price_max
    if event.cost_type == "free" or (low == 0 and high in (None, 0) and event.cost_type != "paid"):
        offer["price"] = "0"
    elif low is not None and high is not None and high != low:
        offer.update({"@type": "AggregateOffer", "lowPrice": str(low), "highPrice": str(high)})
    elif low is not None or high is not None:
        offer["price"] = str(low if low is not None else high)
    elif not (event.ticket_url or event.sold_out):
        return None
    if event.currency and ("price" in offer or "lowPrice" in offer):
        offer["priceCurrency"] = event.currency.upper()
    return offer


def event_json_ld(event: Event, *, page_url: str, image_url: str = "") -> dict[str, Any]:
    """schema.org/Event for search engines."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": page_url,
        **_json_ld_dates(event),
        "eventStatus": f"{SCHEMA}{EVENT_STATUS.get(event.status, 'EventScheduled')}",
        "eventAttendanceMode": f"{SCHEMA}{'Online' if event.online else 'Offline'}EventAttendanceMode",
        "location": _json_ld_location(event, page_url=page_url),
    }
    if event.description:
        data["description"] = event.description
    if image_url:
        data["image"] = [image_url]
    offers = _json_ld_offers(event, page_url=page_url)
    if offers is not None:
        data["offers"] = offers
    if event.organizer is not None:
        organizer = {"@type": "Organization", "name": event.organizer.name}
        if event.organizer.url:
            organizer["url"] = event.organizer.url
        data["organizer"] = organizer
    return data


def json_for_script(data: Any) -> SafeString:
    """JSON safe inside <script type="application/ld+json">: <, > and & written as \\u escapes."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return mark_safe(text.translate(JSON_SCRIPT_ESCAPES))  # noqa: S308 - every markup-significant character escaped


def _description(event: Event) -> str:
    if event.description:
        text = " ".join(event.description.split())
        return text if len(text) <= 200 else text[:199].rstrip() + "…"
    where = f" in {event.city.name}" if event.city else ""
    return f"{event.title}{where}: date, venue and tickets."


# --- Views ------------------------------------------------------------------------------------------------


@require_safe
def event_detail(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    key = selectors.public_cache_key("event-page-data", str(pk))
    cached = selectors.cache_get(key)
    if isinstance(cached, tuple):
        event, primary_listing, listings = cached
    else:
        event = selectors.event_get_public(pk=pk)
        # One query for a live event; only one that is merged away or not public asks where it went.
        merged_into = selectors.event_merged_target(pk=pk) if event is None or event.merged_into_id else None
        if merged_into is not None:
            # A moderator merged this duplicate away: its address now means the winner's page (301, so search
            # engines move too). A merge can be split again, so browsers must ask each time rather than cache
            # the redirect forever, which Chromium does with a bare 301.
            response = redirect(merged_into, permanent=True)
            patch_cache_control(response, no_cache=True, max_age=0)
            return response
        if event is None:
            raise Http404("No such event.")
        primary_listing, listings = split_listings(event)
        # The event and its listings (never the page: it carries the visitor's CSRF token), for this generation.
        selectors.cache_set(key, (event, primary_listing, listings), PAGE_DATA_SECONDS)
    if slug != event.slug:
        return redirect(event, permanent=True)
    if analytics.counts_as_view(request):
        analytics.record_view(event.pk)
        record(InteractionKind.VIEW, event_id=event.pk, user_id=request.user.pk)  # per person and day (dashboards)
    page_url = site_url(event.get_absolute_url())  # canonical, og:url, JSON-LD: never the request's Host
    image_url = site_url(event.image_url) if event.image_url else ""
    context = {
        "event": event,
        "city": event.city,
        "page_url": page_url,
        "image_url": image_url,
        "meta_description": _description(event),
        "price": event_price_text(event),
        "primary_listing": primary_listing,
        "listings": listings,
        "similar": ranking.similar_events(event=event, limit=SIMILAR_LIMIT) if not event.archived_at else [],
        "google_calendar_url": google_calendar_url(event, page_url=page_url),
        "ics_url": ics_url(event),
        "json_ld": json_for_script(event_json_ld(event, page_url=page_url, image_url=image_url)),
        "shared": request.GET.get("shared") == "1",
        **event_viewer_context(request, event),
    }
    page = render(request, "events/event_detail.html", context)
    if request.user.is_authenticated:
        # The page then carries the visitor's own reply, waitlist place and forms: for their browser only.
        patch_cache_control(page, private=True)
    return page


def _client_address(request: HttpRequest) -> str:
    """The visitor's address as the API's rate limit reads it: behind API_NUM_PROXIES proxies, the address the
    outermost one saw (from the right of X-Forwarded-For), else the socket's."""
    proxies = int(settings.REST_FRAMEWORK.get("NUM_PROXIES") or 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies > 0 and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-min(proxies, len(hops))]
    return str(request.META.get("REMOTE_ADDR") or "unknown")


def _share_allowed(address: str, event_id: int) -> bool:
    """One counted share per visitor and event every few minutes, and a ceiling per address and hour."""
    hour = timezone.now().strftime("%Y%m%d%H")
    try:
        if not cache.add(f"whatson:share:{address}:{event_id}", 1, SHARE_REPEAT_SECONDS):
            return False
        per_hour = f"whatson:shares-by:{address}:{hour}"
        cache.add(per_hour, 0, 3600)
        return int(cache.incr(per_hour)) <= SHARES_PER_HOUR
    except (RedisError, ValueError):  # the cache is down (or the hour's key just expired): not counted blind
        analytics.logger.warning("share throttle unavailable; share not counted", exc_info=True)
        return False


@require_POST
def event_share(request: HttpRequest, pk: int) -> HttpResponse:
    """Count a share (the page's Share button, with or without navigator.share) and go back to the page."""
    event = selectors.event_get_public(pk=pk)
    if event is None or event.merged_into_id is not None:
        raise Http404("No such event.")
    if not analytics.is_bot(request.headers.get("User-Agent", "")) and _share_allowed(
        _client_address(request), event.pk
    ):
        analytics.record_share(event.pk)
        record(InteractionKind.SHARE, event_id=event.pk, user_id=request.user.pk)
    if "application/json" in request.headers.get("Accept", ""):
        return HttpResponse(status=204)
    return redirect(f"{event.get_absolute_url()}?shared=1#share", permanent=False)


@require_safe
def trending(request: HttpRequest) -> HttpResponse:
    """The most looked-at and shared events of the coming week, optionally in one city (?city=)."""
    cities = list(City.objects.filter(is_active=True).order_by("name"))
    city = next((choice for choice in cities if choice.slug == request.GET.get("city")), None)
    context: dict[str, Any] = {"city": city, "cities": cities, "events": [], "errors": []}
    try:
        context["events"] = ranking.trending_events(filters=request.GET, limit=TRENDING_LIMIT)
    except InvalidFiltersError as exc:
        context["errors"] = [str(message) for errors in exc.errors.values() for message in errors]
        return render(request, "events/trending.html", context, status=HttpResponseBadRequest.status_code)
    return render(request, "events/trending.html", context)


urlpatterns = [
    path(EVENT_PAGE, event_detail, name="detail"),
    path("events/<int:pk>/share", event_share, name="event-share"),
    path("trending/", trending, name="trending"),
]
