"""Subscription types: each topic validates its own request, owns its authorization and knows its current
state (sent right after ``subscribed``). Shared by the WebSocket consumer and the SSE streams."""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable, Mapping
from importlib import import_module
from types import SimpleNamespace
from typing import Any

from channels.db import database_sync_to_async
from django.conf import settings
from django.contrib.auth import get_user
from django.contrib.auth.models import AnonymousUser
from django.http.cookie import parse_cookie

from events.filters import InvalidFiltersError, is_slug
from events.models import City, Venue
from realtime.bus import Entry
from realtime.hub import Subscription
from realtime.matching import Matcher, compile_filters

MAX_PLACES = 100
UNKNOWN_TOPIC = "Unknown topic {topic!r}: use events, places, weather, moderation or me."
FILTERS_OBJECT = "Filters are a JSON object of filter names and values."
PLACES_LIST = f"Places are a list of 1 to {MAX_PLACES} venue ids."
UNKNOWN_PLACES = "Unknown venue ids: {ids}."
UNKNOWN_CITY = "Unknown city."
STAFF_ONLY = "Only staff may subscribe to moderation."
SIGNED_IN_ONLY = "Sign in to follow your own updates."


class SubscriptionError(ValueError):
    def __init__(self, errors: Mapping[str, list[str]]) -> None:
        super().__init__(errors)
        self.errors = dict(errors)


def _events(subscription_id: str, data: Mapping[str, Any], scope: Any) -> Subscription:
    filters = data.get("filters", {})
    if not isinstance(filters, dict):
        raise SubscriptionError({"filters": [FILTERS_OBJECT]})
    try:
        matcher = compile_filters(filters)
    except InvalidFiltersError as problem:
        raise SubscriptionError(problem.errors) from None
    return Subscription(id=subscription_id, topic="events", matcher=matcher)


def _places(subscription_id: str, data: Mapping[str, Any], scope: Any) -> Subscription:
    places = data.get("places")
    valid = (
        isinstance(places, list)
        and 0 < len(places) <= MAX_PLACES
        and all(isinstance(pk, int) and not isinstance(pk, bool) and 0 < pk < 2**63 for pk in places)
    )
    if not valid:
        raise SubscriptionError({"places": [PLACES_LIST]})
    wanted = set(places)  # type: ignore[arg-type]
    known = set(Venue.objects.filter(pk__in=wanted).values_list("pk", flat=True))
    if wanted - known:
        missing = ", ".join(str(pk) for pk in sorted(wanted - known))
        raise SubscriptionError({"places": [UNKNOWN_PLACES.format(ids=missing)]})
    return Subscription(id=subscription_id, topic="places", keys=tuple(str(pk) for pk in sorted(wanted)))


def city_slug_or_error(slug: Any) -> str:
    if not isinstance(slug, str) or not is_slug(slug) or not City.objects.filter(slug=slug, is_active=True).exists():
        raise SubscriptionError({"city": [UNKNOWN_CITY]})
    return slug


def _weather(subscription_id: str, data: Mapping[str, Any], scope: Any) -> Subscription:
    return Subscription(id=subscription_id, topic="weather", keys=(city_slug_or_error(data.get("city")),))


def session_user(scope: Mapping[str, Any] | None) -> Any:
    """The user of the connection's session cookie, read only when a topic needs it: resolving every
    connection's session up front (Channels' AuthMiddlewareStack) costs memory on every idle socket."""
    if scope is None:
        return AnonymousUser()
    cookies = parse_cookie(
        b"; ".join(value for name, value in scope.get("headers") or () if name == b"cookie").decode("latin-1")
    )
    session_key = cookies.get(settings.SESSION_COOKIE_NAME)
    if not session_key:
        return AnonymousUser()
    session = import_module(settings.SESSION_ENGINE).SessionStore(session_key=session_key)
    return get_user(SimpleNamespace(session=session))  # type: ignore[arg-type]


def _moderation(subscription_id: str, data: Mapping[str, Any], scope: Any) -> Subscription:
    user = session_user(scope)
    if not (user is not None and user.is_authenticated and user.is_active and user.is_staff):
        raise SubscriptionError({"topic": [STAFF_ONLY]})
    return Subscription(id=subscription_id, topic="moderation")


def _me(subscription_id: str, data: Mapping[str, Any], scope: Any) -> Subscription:
    """The signed-in person's own messages (a seat freed from the waitlist): keyed by their id, which comes from
    the session alone, so a socket can never ask for someone else's."""
    user = session_user(scope)
    if not (user is not None and user.is_authenticated and user.is_active):
        raise SubscriptionError({"topic": [SIGNED_IN_ONLY]})
    return Subscription(id=subscription_id, topic="me", keys=(str(user.pk),))


TOPICS: dict[str, Callable[[str, Mapping[str, Any], Any], Subscription]] = {
    "events": _events,
    "places": _places,
    "weather": _weather,
    "moderation": _moderation,
    "me": _me,
}


def _build(subscription_id: str, data: Mapping[str, Any], scope: Any) -> Subscription:
    topic = data.get("topic", "events")
    build = TOPICS.get(topic) if isinstance(topic, str) else None
    if build is None:
        raise SubscriptionError({"topic": [UNKNOWN_TOPIC.format(topic=topic)]})
    return build(subscription_id, data, scope)


_build_in_thread: Callable[[str, Mapping[str, Any], Any], Awaitable[Subscription]] = database_sync_to_async(_build)

# Compiled event filters by their JSON text: thousands of sockets subscribe with the same few filter sets, and
# validating one costs queries (city, category slugs) in a worker thread. A slug removed meanwhile is noticed
# within MATCHER_TTL seconds.
MATCHER_TTL = 60.0
MATCHER_CACHE_SIZE = 5_000
_matchers: dict[str, tuple[float, Matcher]] = {}


def _filters_key(data: Mapping[str, Any]) -> str | None:
    if data.get("topic", "events") != "events" or not isinstance(data.get("filters", {}), dict):
        return None
    try:
        return json.dumps(data.get("filters", {}), sort_keys=True, allow_nan=False)
    except (TypeError, ValueError):
        return None


async def build_subscription(subscription_id: str, data: Mapping[str, Any], scope: Any) -> Subscription:
    """Validate a subscribe request (raises SubscriptionError); event filters seen recently skip the database."""
    key = _filters_key(data)
    if key is not None:
        cached = _matchers.get(key)
        if cached is not None and cached[0] > time.monotonic():
            return Subscription(id=subscription_id, topic="events", matcher=cached[1])
    subscription = await _build_in_thread(subscription_id, data, scope)
    if key is not None and subscription.matcher is not None:
        if len(_matchers) >= MATCHER_CACHE_SIZE:
            _matchers.clear()
        _matchers[key] = (time.monotonic() + MATCHER_TTL, subscription.matcher)
    return subscription


# --- current state ---------------------------------------------------------------------------------------------


def _entry(topic: str, key: str | None, body: dict[str, Any]) -> Entry:
    return Entry(id="", topic=topic, type=body["type"], key=key, facts=None, message=json.dumps(body, default=str))


def _snapshot(subscription: Subscription) -> list[Entry]:
    if subscription.topic == "places":
        from realtime.places import place_status_payloads

        payloads = place_status_payloads([int(pk) for pk in subscription.keys])
        return [
            _entry("places", str(pk), {"type": "place.status", "venue": pk, "status": payload})
            for pk, payload in sorted(payloads.items())
        ]
    if subscription.topic == "weather":
        from realtime.weather import weather_payload

        city = subscription.keys[0]
        payload = weather_payload(city)
        return (
            [] if payload is None else [_entry("weather", city, {"type": "weather", "city": city, "weather": payload})]
        )
    if subscription.topic == "moderation":
        from realtime.services import moderation_counts

        return [_entry("moderation", None, {"type": "moderation.queue", "counts": moderation_counts()})]
    return []


snapshot: Callable[[Subscription], Awaitable[list[Entry]]] = database_sync_to_async(_snapshot)
