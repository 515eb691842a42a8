"""Helpers for the organizer and submission tests: a city the pipeline places events in, a good event body."""

from __future__ import annotations

import json
from typing import Any

from rest_framework_simplejwt.tokens import RefreshToken

from tests.clock import local_at
from tests.factories import CityFactory, OrganizerFactory, UserFactory, make_member

CHICAGO = "America/Chicago"


def city(**fields: Any):
    """A city of its own (name unique to the test), where the pipeline places submissions by name."""
    defaults = {"name": "Lakeview Falls", "slug": "lakeview-falls", "latitude": 41.94, "longitude": -87.65}
    return CityFactory(**{**defaults, **fields})


def organizer_member(*, trusted: bool = False, **fields: Any):
    """(user, organizer): a person who speaks for an organizer."""
    user = UserFactory()
    organizer = OrganizerFactory(trusted=trusted, **fields)
    make_member(user, organizer)
    return user, organizer


def event_body(the_city, *, days: int = 10, **fields: Any) -> dict[str, Any]:
    """A complete, plausible event: every quality gate has what it needs."""
    start = local_at(days, 19, 30, tz=CHICAGO)
    body = {
        "title": "Harbor Lights Jazz Quartet",
        "description": (
            "An evening of standards and new compositions by the Harbor Lights Jazz Quartet, with a set of "
            "Chicago blues to close. Doors open at seven; seating is first come, first served."
        ),
        "start": start.replace(tzinfo=None).isoformat(timespec="minutes"),
        "end": start.replace(hour=22, tzinfo=None).isoformat(timespec="minutes"),
        "city": the_city.slug,
        "venue_name": "The Green Lantern Room",
        "address": "1200 W Belmont Ave",
        "latitude": 41.9398,
        "longitude": -87.6589,
        "url": "https://harborlights.example.org/events/quartet",
        "ticket_url": "https://harborlights.example.org/tickets/quartet",
        "image_url": "https://harborlights.example.org/images/quartet.jpg",
        "cost_type": "paid",
        "price_min": "15.00",
        "price_max": "25.00",
        "currency": "USD",
        "tags": ["jazz", "live music"],
    }
    body.update(fields)
    return body


def bearer(user) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {RefreshToken.for_user(user).access_token}"}


def api(client, method: str, path: str, body: Any = None, *, user=None, **extra: Any):
    """A JSON request to /api/v1/<path>, signed in as ``user`` by JWT when given."""
    headers = {**(bearer(user) if user is not None else {}), **extra}
    call = getattr(client, method.lower())
    if body is None:
        return call(f"/api/v1/{path}", **headers)
    return call(f"/api/v1/{path}", json.dumps(body), content_type="application/json", **headers)
