"""Reads about RSVPs: waitlist positions, the event page's box, attendee lists and a person's calendar."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
import re
from typing import Any
from urllib.parse import urlencode

from django.core.cache import cache
from django.db.models import QuerySet, Window
from django.db.models.functions import RowNumber
from django.urls import reverse
from django.utils import timezone

from events.models import Event
from events.people.models import RSVP, Profile
from events.vocabulary import EventStatus

logger = logging.getLogger(__name__)

ACTIVE = (RSVP.Status.CONFIRMED, RSVP.Status.WAITLISTED)

CLOSED_CANCELLED = "This event was cancelled, so it takes no replies."
CLOSED_STARTED = "This event has already started, so it takes no more replies."
CLOSED_NOT_PUBLIC = "This event is no longer listed, so it takes no replies."
# How long the event page reuses an event's seat counts; a change drops them at once, this only bounds the
# rare race of a page re-caching counts read just before a change committed.
COUNTS_SECONDS = 30
# The WebSocket path the RSVP box's script follows the "me" topic on (realtime/routing.py).
WS_PATH = "/ws/events/"


MAX_ID = 2**63 - 1


def valid_id(value: str | int) -> int | None:
    """An id from an address as an int, or None when it cannot be a row's (past 64 bits)."""
    number = int(value)
    return number if 0 < number <= MAX_ID else None


def waitlist_position(*, rsvp: RSVP) -> int | None:
    """1 + the waitlisted replies of the same event with a lower sequence (None unless waitlisted)."""
    if rsvp.status != RSVP.Status.WAITLISTED:
        return None
    ahead = RSVP.objects.filter(event_id=rsvp.event_id, status=RSVP.Status.WAITLISTED, sequence__lt=rsvp.sequence)
    return ahead.count() + 1


def rsvp_active(*, event_id: int, user: Any) -> RSVP | None:
    """The person's confirmed or waitlisted reply to the event, if any."""
    if not getattr(user, "is_authenticated", False):
        return None
    return RSVP.objects.filter(event_id=event_id, user_id=user.pk, status__in=ACTIVE).first()


def counts_key(event_id: int) -> str:
    return f"whatson:rsvp-counts:{int(event_id)}"


def event_counts_fresh(*, event_id: int) -> tuple[int | None, int]:
    """(capacity, confirmed) from the database."""
    row = Event.objects.filter(pk=event_id).values_list("capacity", "rsvp_count").first()
    return (row[0], row[1]) if row is not None else (None, 0)


def confirmed_count(*, event_id: int) -> int:
    """How many are going, for the event page: from the cache when there (the services drop the entry whenever
    a reply or the capacity changes, so an anonymous visitor's page costs no query), else counted from the
    replies. Not the page's cached event's ``rsvp_count``: a reply does not start a new public generation."""
    key = counts_key(event_id)
    try:
        cached = cache.get(key)
    except Exception:  # the cache is down: count in the database
        logger.warning("rsvp counts cache unreadable", exc_info=True)
        cached = None
    if isinstance(cached, int):
        return cached
    count = RSVP.objects.filter(event_id=event_id, status=RSVP.Status.CONFIRMED).count()
    with contextlib.suppress(Exception):
        cache.set(key, count, COUNTS_SECONDS)
    return count


def is_listed(event: Event) -> bool:
    """Whether the public sees the event: published, neither merged away nor archived."""
    return event.is_published and event.merged_into_id is None and event.archived_at is None


def closed_reason(event: Event, *, now: dt.datetime | None = None) -> str:
    """Why the event takes no replies ("" when it does)."""
    if not is_listed(event):
        return CLOSED_NOT_PUBLIC
    if event.status == EventStatus.CANCELLED:
        return CLOSED_CANCELLED
    if event.start <= (now or timezone.now()):
        return CLOSED_STARTED
    return ""


def rsvp_state(*, event_id: int, user: Any) -> dict[str, Any]:
    """The API's answer: the person's reply and the event's seats."""
    capacity, confirmed = event_counts_fresh(event_id=event_id)
    rsvp = rsvp_active(event_id=event_id, user=user)
    return {
        "status": rsvp.status if rsvp else None,
        "position": waitlist_position(rsvp=rsvp) if rsvp else None,
        "event": event_id,
        "capacity": capacity,
        "confirmed": confirmed,
    }


def rsvp_box(*, user: Any, event: Event) -> dict[str, Any] | None:
    """What the event page's RSVP box shows this visitor: seats left, how many are going, their own reply, and
    whether (and why not) they can reply. Read fresh on every request: the page's event data is cached."""
    # The capacity comes with the page's event: changing it announces a public change (a new generation).
    capacity, confirmed = event.capacity, confirmed_count(event_id=event.pk)
    signed_in = bool(getattr(user, "is_authenticated", False))
    rsvp = rsvp_active(event_id=event.pk, user=user) if signed_in else None
    reason = closed_reason(event)
    return {
        "event_id": event.pk,
        "capacity": capacity,
        "confirmed": confirmed,
        "seats_left": None if capacity is None else max(0, capacity - confirmed),
        "full": capacity is not None and confirmed >= capacity,
        "signed_in": signed_in,
        "status": rsvp.status if rsvp else None,
        "position": waitlist_position(rsvp=rsvp) if rsvp else None,
        "open": not reason,
        "closed_reason": reason,
        "login_url": f"{reverse('account_login')}?{urlencode({'next': event.get_absolute_url()})}",
        "calendar_url": reverse("events:event-ics", args=[event.pk]),
        # Only someone waiting has something to learn live (a seat freed); the script needs nothing else.
        "live_ws": WS_PATH if rsvp is not None and rsvp.status == RSVP.Status.WAITLISTED else "",
    }


@dataclasses.dataclass(frozen=True)
class Attendee:
    name: str
    email: str
    status: str
    position: int | None
    replied_at: dt.datetime


def attendees(*, event: Event) -> list[Attendee]:
    """Everyone confirmed or waitlisted, confirmed first, each group in reply order; positions numbered in one
    query (a window function), not one count per person."""
    rows = (
        RSVP.objects.filter(event=event, status__in=ACTIVE)
        .annotate(rank=Window(RowNumber(), partition_by="status", order_by="sequence"))
        .select_related("user")
        .order_by("status", "sequence")  # "confirmed" sorts before "waitlisted"
    )
    names = dict(
        Profile.objects.filter(user__rsvps__event=event, user__rsvps__status__in=ACTIVE).values_list("user_id", "name")
    )
    return [
        Attendee(
            name=names.get(row.user_id) or "",
            email=row.user.email,
            status=row.status,
            position=row.rank if row.status == RSVP.Status.WAITLISTED else None,
            replied_at=row.created_at,
        )
        for row in rows
    ]


# Calendar tokens are secrets.token_urlsafe: the URL-safe base64 alphabet. Anything else (a NUL byte, which
# PostgreSQL refuses with an error) is no token and never reaches the database.
CALENDAR_TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")


def calendar_profile(*, token: str) -> Profile | None:
    if not CALENDAR_TOKEN_RE.fullmatch(token or ""):
        return None
    return Profile.objects.select_related("user").filter(calendar_token=token, user__is_active=True).first()


def calendar_url(*, user: Any) -> str | None:
    """The absolute address of a person's calendar feed (None without a profile: a reset makes one)."""
    from events.links import site_url

    token = Profile.objects.filter(user_id=user.pk).values_list("calendar_token", flat=True).first()
    return site_url(reverse("people:calendar", kwargs={"token": token})) if token else None


def calendar_events(*, user_id: int) -> QuerySet[Event]:
    """The events a person is confirmed or waitlisted for that are still listed, by start."""
    return (
        Event.objects.filter(
            rsvps__user_id=user_id,
            rsvps__status__in=ACTIVE,
            moderation_status=Event.ModerationStatus.PUBLISHED,
            merged_into__isnull=True,
        )
        .select_related("venue", "category", "subcategory")
        .order_by("start", "id")
    )
