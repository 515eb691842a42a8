"""Writes of the library: saving events and following venues, organizers and categories.

Every write is idempotent (saving a saved event, following a followed venue: the existing row, not an error), so
a double click or a retried request does the same as one. Races between two such requests are settled by the
unique constraints (``get_or_create`` reads the row the other one wrote).
"""

from __future__ import annotations

import logging
import math
import time
from typing import Any

from django.core.cache import caches
from django.core.validators import slug_re
from django.db import transaction
from redis.exceptions import RedisError

from config.cache import count_in_window
from events import analytics
from events.models import Category, Event, Organizer, Venue
from events.people.models import Follow, InteractionKind, SavedEvent

logger = logging.getLogger(__name__)

# Saves, unsaves, follows and unfollows per person per minute (pages and API together): far above any person's
# clicking, well below a script's.
CHANGES_PER_MINUTE = 60

# The longest slug of an organizer or a category (Organizer.slug's max_length; a category's is shorter).
SLUG_MAX = 200

NO_SUCH_EVENT = "No such event."
NO_SUCH_FOLLOW = "You do not follow that."
UNKNOWN_KIND = "Follow a venue, an organizer or a category."
VENUE_NEEDS_ID = "A venue is followed by its id."
NEEDS_SLUG = "An organizer or a category is followed by its slug."
BOTH_ID_AND_SLUG = "Give an id or a slug, not both."
NO_SUCH_VENUE = "No such venue."
NO_SUCH_ORGANIZER = "No such organizer."
NO_SUCH_CATEGORY = "No such category."
TOO_MANY_CHANGES = "Too many changes in a minute; wait a moment and try again."


class LibraryError(Exception):
    """A request the library refuses: ``field`` names the input at fault (None: the whole request)."""

    status = 400

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class LibraryNotFoundError(LibraryError):
    status = 404


# --- saved events --------------------------------------------------------------------------------------------


def _public_event(event_id: int) -> Event | None:
    """What a person may save: a published event that is neither merged away nor archived."""
    return (
        Event.objects.filter(
            pk=event_id,
            moderation_status=Event.ModerationStatus.PUBLISHED,
            merged_into__isnull=True,
            archived_at__isnull=True,
        )
        .order_by()
        .first()
    )


def _count_save(*, event_id: int, user_id: int) -> None:
    """A save weighs on trending (events.analytics) and in the interaction analytics (after commit: a save that
    was rolled back never counts)."""
    from events.people.analytics.recording import record

    analytics.record_save(event_id)
    record(InteractionKind.SAVE, event_id=event_id, user_id=user_id)


def saved_event_create(*, user: Any, event_id: int) -> tuple[SavedEvent, bool]:
    """Save a public event; (the save, whether it is new). Saving it again returns the existing save."""
    if _public_event(event_id) is None:
        raise LibraryNotFoundError(NO_SUCH_EVENT)
    with transaction.atomic():
        saved, created = SavedEvent.objects.get_or_create(user=user, event_id=event_id)
        if created:
            transaction.on_commit(lambda: _count_save(event_id=event_id, user_id=user.pk))
    return saved, created


def saved_event_delete(*, user: Any, event_id: int) -> bool:
    """Forget a save; True when there was one. Unsaving what is not saved is fine for a public event (the
    outcome is the same), and 404 for an event nobody may see (unless the person had saved it before it went)."""
    with transaction.atomic():
        deleted, _ = SavedEvent.objects.filter(user=user, event_id=event_id).delete()
    if not deleted and _public_event(event_id) is None:
        raise LibraryNotFoundError(NO_SUCH_EVENT)
    return bool(deleted)


def saved_events_move(*, from_event_id: int, to_event_id: int) -> int:
    """A duplicate event merged away: its saves go to the winner, except for people who saved the winner too
    (their save there is kept, the other one goes). Returns how many saves moved. Inside the merge's
    transaction."""
    on_winner = SavedEvent.objects.filter(event_id=to_event_id).values("user_id")
    SavedEvent.objects.filter(event_id=from_event_id, user_id__in=on_winner).delete()
    return SavedEvent.objects.filter(event_id=from_event_id).update(event_id=to_event_id)


# --- follows -------------------------------------------------------------------------------------------------


def follow_target(*, kind: str, target_id: Any = None, slug: Any = None) -> Venue | Organizer | Category:
    """The venue (by id), organizer or category (by slug) named, or LibraryError saying what is wrong."""
    if kind not in Follow.Kind.values:
        raise LibraryError(UNKNOWN_KIND, field="kind")
    if target_id not in (None, "") and slug not in (None, ""):
        raise LibraryError(BOTH_ID_AND_SLUG, field="non_field_errors")
    if kind == Follow.Kind.VENUE:
        if slug not in (None, "") or target_id in (None, ""):
            raise LibraryError(VENUE_NEEDS_ID, field="id")
        return _venue(target_id)
    if target_id not in (None, "") or not isinstance(slug, str) or not slug:
        raise LibraryError(NEEDS_SLUG, field="slug")
    return _by_slug(kind, slug)


def _venue(target_id: Any) -> Venue:
    try:
        pk = int(target_id)
    except (TypeError, ValueError):
        raise LibraryError(NO_SUCH_VENUE, field="id") from None
    venue = Venue.objects.filter(pk=pk).first() if 0 < pk < 2**63 else None
    if venue is None:
        raise LibraryError(NO_SUCH_VENUE, field="id")
    return venue


def _by_slug(kind: str, slug: str) -> Organizer | Category:
    model: type[Organizer] | type[Category] = Organizer if kind == Follow.Kind.ORGANIZER else Category
    missing = NO_SUCH_ORGANIZER if kind == Follow.Kind.ORGANIZER else NO_SUCH_CATEGORY
    # Organizer and category slugs are ASCII slugs: anything else names nothing, and is not sent to the database
    # (PostgreSQL refuses a NUL byte in a query with an error, not an empty answer).
    found = model.objects.filter(slug=slug).first() if len(slug) <= SLUG_MAX and slug_re.fullmatch(slug) else None
    if found is None:
        raise LibraryError(missing, field="slug")
    return found


def follow_create(*, user: Any, kind: str, target_id: Any = None, slug: Any = None) -> tuple[Follow, bool]:
    """Follow a venue (``target_id``), organizer or category (``slug``); (the follow, whether it is new)."""
    target = follow_target(kind=kind, target_id=target_id, slug=slug)
    with transaction.atomic():
        lookup: dict[str, Any] = {kind: target}
        return Follow.objects.get_or_create(user=user, kind=kind, **lookup)


def follow_delete(*, user: Any, follow_id: int) -> None:
    """Stop following; only one's own follows (anyone else's is "no such follow", never "not yours")."""
    with transaction.atomic():
        deleted, _ = Follow.objects.filter(user=user, pk=follow_id).delete()
    if not deleted:
        raise LibraryNotFoundError(NO_SUCH_FOLLOW)


# --- the budget of changes -----------------------------------------------------------------------------------


def change_allowed(*, user_id: int) -> float | None:
    """Count one change for ``user_id``: None when within CHANGES_PER_MINUTE, else the seconds to wait. Fails open
    when the cache is away (a person saving an event matters more than the limit)."""
    now = time.time()
    window = int(now // 60)
    try:
        count = count_in_window(caches["default"], f"whatson:library:changes:{user_id}:{window}", 61)
    except (RedisError, OSError):
        logger.warning("library change limit unavailable (cache error); change allowed", exc_info=True)
        return None
    if count <= CHANGES_PER_MINUTE:
        return None
    return float(max(1, math.ceil((window + 1) * 60 - now)))
