"""Reads of events for the public pages (and, later, the API, feeds and digests)."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, Q, QuerySet
from django.http import QueryDict
from django.utils import timezone
from django.utils.functional import cached_property

from events.filters import EventFilterSet, InvalidFiltersError
from events.models import Area, Category, City, Event, EventListing, Organizer, Venue
from events.services.changes import generation

logger = logging.getLogger(__name__)

CATEGORY_CHIPS_SECONDS = 300
# The last answer built for a page is kept this long, to serve while one process rebuilds it.
LAST_ANSWER_SECONDS = 600
# A rebuild taking longer than this (a crashed worker) no longer makes others serve the last answer.
REBUILD_LOCK_SECONDS = 10
# Public answers keyed by the generation are also re-read this often: "now" moves on (events finish, "today"
# turns into tomorrow) without any publish moving the generation.
PUBLIC_CACHE_SECONDS = 60
CATEGORY_TREE_SECONDS = 600
THIS_WEEK_LIMIT = 8
# An event with no end is still "on" this long after it started.
OPEN_ENDED_GRACE = dt.timedelta(hours=3)


def cache_get(key: str) -> Any:
    """A cached value, or None: a cache that cannot answer (Redis down) is a miss, and the page still renders."""
    try:
        return cache.get(key)
    except Exception:
        logger.warning("cache read of %s failed; treated as a miss", key, exc_info=True)
        return None


def cache_set(key: str, value: Any, seconds: int) -> None:
    """Store in the cache when it answers; a cache that cannot is skipped (the next read is a miss again)."""
    try:
        cache.set(key, value, seconds)
    except Exception:
        logger.warning("cache write of %s failed; not cached", key, exc_info=True)


def cache_add(key: str, value: Any, seconds: int) -> bool:
    """``cache.add`` (set only if absent: a lock); a cache that cannot answer says True, so the caller goes on as
    if it held the lock (there is nothing to coordinate with)."""
    try:
        return bool(cache.add(key, value, seconds))
    except Exception:
        logger.warning("cache add of %s failed; treated as added", key, exc_info=True)
        return True


def cache_delete(key: str) -> None:
    try:
        cache.delete(key)
    except Exception:
        logger.warning("cache delete of %s failed", key, exc_info=True)


def _digest(parts: Iterable[str]) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=16).hexdigest()


def public_cache_key(*parts: str) -> str:
    """A cache key for a public answer under the current generation (a publish makes every such key stale)."""
    return f"whatson:pub:{generation()}:{_digest(parts)}"


def lasting_cache_key(*parts: str) -> str:
    """A key for the same answer across generations: the last one built, served while a newer one is built."""
    return f"whatson:last:{_digest(parts)}"


def upcoming_q(*, now: dt.datetime, prefix: str = "") -> Q:
    """Published events that have not finished yet (never archived ones, whatever their dates say, nor ones a
    moderator merged into another: their listings and page live on the winner)."""
    return Q(
        **{
            f"{prefix}moderation_status": Event.ModerationStatus.PUBLISHED,
            f"{prefix}archived_at__isnull": True,
            f"{prefix}merged_into__isnull": True,
        }
    ) & (
        Q(**{f"{prefix}end__gt": now})
        | Q(**{f"{prefix}end__isnull": True, f"{prefix}start__gte": now - OPEN_ENDED_GRACE})
    )


def event_list(
    *, filters: Mapping[str, Any] | QueryDict | None = None, now: dt.datetime | None = None
) -> QuerySet[Event]:
    """Upcoming published events matching the shared filters (events/filters.py), ordered as asked (by start).

    Raises ``InvalidFiltersError`` with a message per key when a value cannot be used: an unknown city or category,
    a malformed date, half a coordinate. Never "show everything" instead.
    """
    now = now or timezone.now()
    filterset = EventFilterSet(filters, queryset=Event.objects.filter(upcoming_q(now=now)), now=now)
    if not filterset.is_valid():
        raise InvalidFiltersError(filterset.errors)
    return filterset.qs.select_related("city", "category", "subcategory", "venue")


class KnownCountPaginator(Paginator):
    """A paginator told its total instead of asking the database (the total is cached by the generation)."""

    def __init__(self, object_list: Any, per_page: int, *, count: int) -> None:
        super().__init__(object_list, per_page, allow_empty_first_page=True)
        self._known_count = count

    @cached_property
    def count(self) -> int:
        return self._known_count


def event_count(*, events: QuerySet[Event], filters: Iterable[tuple[str, str]]) -> int:
    """How many events a filtered list holds; cached per (generation, normalised filters) so a list page does not
    COUNT(*) on every request. ``filters`` must identify ``events`` (the normalised query pairs)."""
    key = public_cache_key("count", *(f"{name}={value}" for name, value in filters))
    total = cache_get(key)
    if total is None:
        total = events.count()
        cache_set(key, total, PUBLIC_CACHE_SECONDS)
    return int(total)


def event_page(
    *, events: QuerySet[Event], filters: Iterable[tuple[str, str]], number: int, per_page: int
) -> tuple[KnownCountPaginator, Any]:
    """(paginator, page) of a filtered list; the page's events are fetched by slice (LIMIT/OFFSET).

    Raises ``django.core.paginator.EmptyPage`` for a page past the end (the first page always exists)."""
    paginator = KnownCountPaginator(events, per_page, count=event_count(events=events, filters=filters))
    page = paginator.page(number)
    page.object_list = list(page.object_list)
    return paginator, page


def city_list_with_counts(*, now: dt.datetime) -> QuerySet[City]:
    return (
        City.objects.filter(is_active=True)
        .annotate(upcoming_count=Count("events", filter=upcoming_q(now=now, prefix="events__")))
        .order_by("-upcoming_count", "name")
    )


def event_list_upcoming(
    *, now: dt.datetime, city: City | None = None, category: Category | None = None, area_slug: str | None = None
) -> QuerySet[Event]:
    events = Event.objects.filter(upcoming_q(now=now))
    if city is not None:
        events = events.filter(city=city)
    if category is not None:
        events = events.filter(Q(category=category) | Q(subcategory=category))
    if area_slug:
        events = events.filter(venue__area__slug=area_slug)
    return events.select_related("category", "venue").order_by("start", "id")


def categories_in_use(*, now: dt.datetime, city: City) -> list[Category]:
    """Top-level categories that have upcoming events in the city (the page's filter chips).

    Cached a few minutes per city: the DISTINCT over every upcoming event is the page's dearest query,
    and chips that lag a new category by minutes mislead nobody.
    """
    key = f"whatson:city:{city.pk}:categories"
    ids = cache_get(key)
    if ids is None:
        ids = list(
            Event.objects.filter(upcoming_q(now=now), city=city, category__isnull=False)
            .order_by()  # the model's ordering (start, id) would join the DISTINCT: one row per event
            .values_list("category_id", flat=True)
            .distinct()
        )
        cache_set(key, ids, CATEGORY_CHIPS_SECONDS)
    return list(Category.objects.filter(pk__in=ids, parent__isnull=True).order_by("position", "name"))


def events_this_week(*, now: dt.datetime, limit: int = THIS_WEEK_LIMIT) -> list[Event]:
    """A few of the week's events across every city, the most followed first, shown soonest first."""
    events = event_list(filters={"when": "next-7-days"}, now=now).order_by(
        "-rsvp_count", "-share_count", "-view_count", "start", "id"
    )
    return sorted(events[:limit], key=lambda event: (event.start, event.pk))


@dataclass(frozen=True)
class CategoryOption:
    slug: str
    name: str
    children: tuple[tuple[str, str], ...]


def category_tree() -> list[CategoryOption]:
    """Top-level categories (by position) with their subcategories' (slug, name): the filter form's choices.
    The taxonomy changes with a migration, not a publish: cached a while, not by generation."""
    key = "whatson:categories:tree"
    tree = cache_get(key)
    if tree is None:
        children: dict[int, list[tuple[str, str]]] = {}
        parents: list[Category] = []
        for category in Category.objects.order_by("position", "name"):
            if category.parent_id is None:
                parents.append(category)
            else:
                children.setdefault(category.parent_id, []).append((category.slug, category.name))
        tree = [CategoryOption(p.slug, p.name, tuple(children.get(p.pk, ()))) for p in parents]
        cache_set(key, tree, CATEGORY_TREE_SECONDS)
    return list(tree)


def city_get_public(*, slug: str) -> City | None:
    return City.objects.filter(slug=slug, is_active=True).first()


def area_get(*, city: City, slug: str) -> Area | None:
    return Area.objects.filter(city=city, slug=slug).first()


def category_get(*, slug: str) -> Category | None:
    return Category.objects.filter(slug=slug).select_related("parent").first()


def venue_get_public(*, pk: int) -> Venue | None:
    return Venue.objects.filter(pk=pk).select_related("city", "area").first()


def organizer_get_public(*, slug: str) -> Organizer | None:
    return Organizer.objects.filter(slug=slug).first()


def event_get_public(*, pk: int) -> Event | None:
    """A published event by id (merged-away ones too: ``merged_into_id`` says where it went), with its related
    rows, in one query (no ordering: there is one row at most)."""
    found = list(
        Event.objects.filter(pk=pk, moderation_status=Event.ModerationStatus.PUBLISHED)
        .select_related("city", "venue", "organizer", "category", "subcategory")
        .order_by()[:1]
    )
    return found[0] if found else None


def event_merged_target(*, pk: int) -> Event | None:
    """The event a merged-away event now lives on (following merges of merges), or None if it was not merged."""
    target = Event.objects.filter(pk=pk).values_list("merged_into", flat=True).first()
    seen = {pk}
    while target is not None and target not in seen:  # a cycle cannot be built by events_merge; never loop anyway
        seen.add(target)
        after = Event.objects.filter(pk=target).values_list("merged_into", flat=True).first()
        if after is None:
            return Event.objects.filter(pk=target).first()
        target = after
    return None


def event_listings(*, event: Event) -> QuerySet[EventListing]:
    return event.listings.select_related("source").order_by("-is_primary", "first_seen_at")
