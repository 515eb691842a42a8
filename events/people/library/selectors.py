"""Reads of the library: the event page's save and follow box, "my events", what followed things have coming up,
and recommendations (the data the pure scorer in ``recommend.py`` reads, in a few bounded queries)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from typing import Any
from urllib.parse import urlencode

from django.db.models import Case, Count, IntegerField, OuterRef, Q, QuerySet, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone

from events import analytics, ranking, selectors
from events.models import Category, City, Event
from events.people.library import recommend
from events.people.models import RSVP, Follow, Profile, SavedEvent

# The scorer reads at most this many upcoming events (taste-matching ones first, then the soonest).
CANDIDATE_CAP = 400
# The person's history the scorer reads: their latest saves and RSVPs.
HISTORY_CAP = 200
# With no city asked for and none at home, the cities where most of the history is (at most this many).
HISTORY_CITIES = 3
FROM_FOLLOWED_LIMIT = 20
PAST_SAVED_LIMIT = 50
RECOMMEND_DEFAULT = 10
RECOMMEND_MAX = 50

TRENDING_IN = "Trending in {city}"
CITY_NEEDED = "Tell us a city: ?city=<slug> (see /api/v1/cities/), or set a home city in your profile."
FOLLOW_KIND_NAMES: dict[str, str] = {
    Follow.Kind.VENUE: "venue",
    Follow.Kind.ORGANIZER: "organizer",
    Follow.Kind.CATEGORY: "category",
}


class CityNeededError(Exception):
    """Recommendations need a city and none was given or can be inferred."""

    message = CITY_NEEDED


def _signed_in(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False))


def _public_q(prefix: str = "") -> Q:
    """Events a person may still open: published, not merged away (archived ones keep their page)."""
    return Q(**{f"{prefix}moderation_status": Event.ModerationStatus.PUBLISHED, f"{prefix}merged_into__isnull": True})


def _shown(events: list[Event]) -> list[Event]:
    """Event cards read ``shown_start`` (the start in the event's own zone)."""
    for event in events:
        event.shown_start = event.local_start  # type: ignore[attr-defined]
    return events


# --- the event page's box --------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class FollowOption:
    """A follow button: what it names and, when already followed, the follow to undo."""

    kind: str
    noun: str  # "venue", "organizer", "category"
    name: str
    target_id: int | None  # venues are followed by id
    slug: str  # organizers and categories by slug
    follow_id: int | None


def _follow_options(event: Event) -> list[tuple[str, Any]]:
    """(kind, target) of what the event page offers to follow: its venue, organizer and most specific category."""
    options: list[tuple[str, Any]] = []
    if event.venue_id and event.venue is not None:
        options.append((Follow.Kind.VENUE, event.venue))
    if event.organizer_id and event.organizer is not None:
        options.append((Follow.Kind.ORGANIZER, event.organizer))
    category = event.subcategory if event.subcategory_id else event.category
    if category is not None:
        options.append((Follow.Kind.CATEGORY, category))
    return options


def library_box(*, user: Any, event: Event) -> dict[str, Any] | None:
    """What the event page's save and follow buttons need (``templates/people/_library_box.html``).

    Anonymous visitors get a sign-in link that comes back to the event; signed-in people whether they saved it
    and which of its venue, organizer and category they follow (two queries)."""
    path = event.get_absolute_url()
    if not _signed_in(user):
        return {"signed_in": False, "login_url": f"{reverse('account_login')}?{urlencode({'next': path})}"}
    options = _follow_options(event)
    followed: dict[tuple[str, int], int] = {}
    if options:
        wanted = Q()
        for kind, target in options:
            wanted |= Q(kind=kind, **{f"{kind}_id": target.pk})
        for follow in Follow.objects.filter(wanted, user=user).only("pk", "kind", "venue", "organizer", "category"):
            followed[(follow.kind, _target_id(follow))] = follow.pk
    return {
        "signed_in": True,
        "event": event,
        "next": path,
        "saved": SavedEvent.objects.filter(user=user, event_id=event.pk).exists(),
        "can_save": event.archived_at is None and event.merged_into_id is None,
        "follows": [
            FollowOption(
                kind=kind,
                noun=FOLLOW_KIND_NAMES[kind],
                name=target.name,
                target_id=target.pk if kind == Follow.Kind.VENUE else None,
                slug="" if kind == Follow.Kind.VENUE else target.slug,
                follow_id=followed.get((kind, target.pk)),
            )
            for kind, target in options
        ],
    }


def _target_id(follow: Follow) -> int:
    return int(follow.venue_id or follow.organizer_id or follow.category_id or 0)


# --- follows ---------------------------------------------------------------------------------------------------


def follow_list(*, user: Any) -> list[Follow]:
    """The person's follows, newest first, with what they follow."""
    if not _signed_in(user):
        return []
    return list(Follow.objects.filter(user=user).select_related("venue__city", "organizer", "category__parent"))


def follow_get(*, user: Any, follow_id: int) -> Follow | None:
    """One of the person's own follows (anyone else's: None)."""
    if not _signed_in(user):
        return None
    return Follow.objects.filter(pk=follow_id, user=user).select_related("venue", "organizer", "category").first()


def follow_target(follow: Follow) -> Any:
    return follow.venue or follow.organizer or follow.category


def from_followed(*, follows: list[Follow], now: dt.datetime, limit: int = FROM_FOLLOWED_LIMIT) -> list[Event]:
    """Upcoming public events at followed venues, by followed organizers or filed under followed categories,
    soonest first; each carries ``because`` (the name of what the person follows)."""
    venues = {f.venue_id: f.venue.name for f in follows if f.venue_id and f.venue}
    organizers = {f.organizer_id: f.organizer.name for f in follows if f.organizer_id and f.organizer}
    categories = {f.category_id: f.category.name for f in follows if f.category_id and f.category}
    if not (venues or organizers or categories):
        return []
    matching = (
        Q(venue_id__in=list(venues))
        | Q(organizer_id__in=list(organizers))
        | Q(category_id__in=list(categories))
        | Q(subcategory_id__in=list(categories))
    )
    events = list(
        Event.objects.filter(selectors.upcoming_q(now=now), matching)
        .select_related("city", "venue", "category", "subcategory")
        .order_by("start", "id")[:limit]
    )
    for event in events:
        event.because = (  # type: ignore[attr-defined]
            venues.get(event.venue_id or 0)
            or organizers.get(event.organizer_id or 0)
            or categories.get(event.subcategory_id or 0)
            or categories.get(event.category_id or 0)
            or ""
        )
    return _shown(events)


# --- "my events" -----------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Going:
    event: Event
    status: str
    waitlist_position: int | None  # 1 = next in line


@dataclasses.dataclass(frozen=True)
class MyEvents:
    going: list[Going]
    saved_upcoming: list[Event]
    saved_past: list[Event]
    follows: list[Follow]
    from_followed: list[Event]


def going_list(*, user: Any, now: dt.datetime) -> list[Going]:
    """Upcoming events the person is confirmed or waitlisted for, soonest first, with their place in line."""
    ahead = (
        RSVP.objects.filter(event=OuterRef("event"), status=RSVP.Status.WAITLISTED, sequence__lte=OuterRef("sequence"))
        .order_by()
        .values("event")
        .annotate(n=Count("pk"))
        .values("n")
    )
    rsvps = (
        RSVP.objects.filter(
            selectors.upcoming_q(now=now, prefix="event__"),
            user=user,
            status__in=(RSVP.Status.CONFIRMED, RSVP.Status.WAITLISTED),
        )
        .annotate(position=Subquery(ahead, output_field=IntegerField()))
        .select_related("event__city", "event__venue", "event__category", "event__subcategory")
        .order_by("event__start", "event_id")
    )
    going = [
        Going(
            event=rsvp.event,
            status=rsvp.status,
            waitlist_position=rsvp.position if rsvp.status == RSVP.Status.WAITLISTED else None,
        )
        for rsvp in rsvps
    ]
    _shown([item.event for item in going])
    return going


def saved_lists(*, user: Any, now: dt.datetime) -> tuple[list[Event], list[Event]]:
    """(upcoming saved events soonest first, past ones latest first, at most PAST_SAVED_LIMIT)."""
    saves = SavedEvent.objects.filter(_public_q("event__"), user=user).select_related(
        "event__city", "event__venue", "event__category", "event__subcategory"
    )
    upcoming_q = selectors.upcoming_q(now=now, prefix="event__")
    upcoming = [save.event for save in saves.filter(upcoming_q).order_by("event__start", "event_id")]
    past = [save.event for save in saves.exclude(upcoming_q).order_by("-event__start", "-event_id")[:PAST_SAVED_LIMIT]]
    return _shown(upcoming), _shown(past)


def my_events(*, user: Any, now: dt.datetime | None = None) -> MyEvents:
    now = now or timezone.now()
    follows = follow_list(user=user)
    upcoming, past = saved_lists(user=user, now=now)
    return MyEvents(
        going=going_list(user=user, now=now),
        saved_upcoming=upcoming,
        saved_past=past,
        follows=follows,
        from_followed=from_followed(follows=follows, now=now),
    )


# --- recommendations -------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Recommended:
    event: Event
    reason: str


@dataclasses.dataclass(frozen=True)
class Recommendations:
    personalised: bool
    city: City | None  # the city asked for or inferred (None: the cities of the person's history)
    items: list[Recommended]


def _features(row: dict[str, Any], prefix: str = "") -> recommend.EventFeatures:
    return recommend.EventFeatures(
        id=row[f"{prefix}id"],
        title=row[f"{prefix}title"],
        category_id=row[f"{prefix}category_id"],
        subcategory_id=row[f"{prefix}subcategory_id"],
        venue_id=row[f"{prefix}venue_id"],
        organizer_id=row[f"{prefix}organizer_id"],
        tags=recommend.clean_tags(row[f"{prefix}tags"]),
    )


FEATURE_FIELDS = ("id", "title", "category_id", "subcategory_id", "venue_id", "organizer_id", "tags", "city_id")


def taste_of(*, user: Any) -> tuple[recommend.Taste, list[int]]:
    """The person's taste for the scorer, and the cities of their history (most events first)."""
    if not _signed_in(user):
        return recommend.Taste(), []
    history: list[recommend.HistoryItem] = []
    cities: Counter[int] = Counter()
    event_fields = [f"event__{name}" for name in FEATURE_FIELDS]
    saves = (
        SavedEvent.objects.filter(user=user).order_by("-created_at").values("created_at", *event_fields)[:HISTORY_CAP]
    )
    rsvps = (
        RSVP.objects.filter(user=user, status__in=(RSVP.Status.CONFIRMED, RSVP.Status.WAITLISTED))
        .order_by("-created_at")
        .values("created_at", *event_fields)[:HISTORY_CAP]
    )
    for rows, signal in ((saves, recommend.SAVED), (rsvps, recommend.RSVP)):
        for row in rows:
            history.append(recommend.HistoryItem(_features(row, "event__"), signal=signal, at=row["created_at"]))
            if row["event__city_id"]:
                cities[row["event__city_id"]] += 1
    venues: dict[int, str] = {}
    organizers: dict[int, str] = {}
    categories: dict[int, str] = {}
    for follow in Follow.objects.filter(user=user).select_related("venue", "organizer", "category"):
        if follow.venue is not None:
            venues[follow.venue.pk] = follow.venue.name
            if follow.venue.city_id:
                cities[follow.venue.city_id] += 1
        elif follow.organizer is not None:
            organizers[follow.organizer.pk] = follow.organizer.name
        elif follow.category is not None:
            categories[follow.category.pk] = follow.category.name
    interests = {
        category.pk: category.name for category in Category.objects.filter(pk__in=_interest_ids(user)).order_by()
    }
    taste = recommend.Taste(
        history=history,
        followed_venues=venues,
        followed_organizers=organizers,
        followed_categories=categories,
        interests=interests,
    )
    return taste, [city_id for city_id, _count in cities.most_common(HISTORY_CITIES)]


def _interest_ids(user: Any) -> QuerySet[Any]:
    return Profile.interests.through.objects.filter(profile__user=user).values("category_id")


def home_city(*, user: Any) -> City | None:
    if not _signed_in(user):
        return None
    home = Profile.objects.filter(user=user).values("home_city_id")[:1]
    return City.objects.filter(is_active=True, pk=Subquery(home)).first()


def _candidates(
    *, taste: recommend.Taste, city_ids: list[int], now: dt.datetime
) -> tuple[list[recommend.Candidate], dict[int, Any]]:
    """One bounded query: upcoming public events in the cities, those sharing something with the taste first
    (soonest first within each), at most CANDIDATE_CAP, without what the person already saved or RSVP'd."""
    seen = {item.event.id for item in taste.history}
    alike = Q()
    categories = {item.event.category_id for item in taste.history} | {
        item.event.subcategory_id for item in taste.history
    }
    categories |= set(taste.followed_categories) | set(taste.interests)
    categories.discard(None)
    venues = {item.event.venue_id for item in taste.history if item.event.venue_id} | set(taste.followed_venues)
    organizers = {item.event.organizer_id for item in taste.history if item.event.organizer_id}
    organizers |= set(taste.followed_organizers)
    if categories:
        alike |= Q(category_id__in=categories) | Q(subcategory_id__in=categories)
    if venues:
        alike |= Q(venue_id__in=venues)
    if organizers:
        alike |= Q(organizer_id__in=organizers)
    saves = (
        SavedEvent.objects.filter(event=OuterRef("pk")).order_by().values("event").annotate(n=Count("pk")).values("n")
    )
    events = (
        Event.objects.filter(selectors.upcoming_q(now=now), city_id__in=city_ids)
        .exclude(pk__in=seen)
        .annotate(
            taste_match=Case(When(alike, then=Value(0)), default=Value(1), output_field=IntegerField())
            if alike
            else Value(1, output_field=IntegerField()),
            save_count=Coalesce(Subquery(saves, output_field=IntegerField()), Value(0)),
        )
        .order_by("taste_match", "start", "id")
        .values(
            *FEATURE_FIELDS,
            "city__name",
            "start",
            "end",
            "published_at",
            "view_count",
            "share_count",
            "rsvp_count",
            "save_count",
        )[:CANDIDATE_CAP]
    )
    rows = list(events)
    trending = analytics.trending_scores(row["id"] for row in rows)
    candidates = [
        recommend.Candidate(
            event=_features(row),
            start=row["start"],
            end=row["end"],
            published_at=row["published_at"],
            city_name=row["city__name"] or "",
            views=row["view_count"],
            saves=row["save_count"],
            rsvps=row["rsvp_count"],
            shares=row["share_count"],
            trending=trending.get(row["id"], 0.0),
        )
        for row in rows
    ]
    return candidates, {row["id"]: row for row in rows}


def recommendations(
    *, user: Any, city: City | None, limit: int = RECOMMEND_DEFAULT, now: dt.datetime | None = None
) -> Recommendations:
    """Recommended upcoming events with a reason each.

    Signed in with some taste: personalised (recommend.py) over the city asked for, else the home city, else the
    cities of the history. Anonymous or nothing to go on (cold start): the city's trending events
    (events.ranking), city = the one asked for, else the home city. Raises CityNeededError when there is no city."""
    now = now or timezone.now()
    taste, history_cities = taste_of(user=user)
    city = city or home_city(user=user)
    if taste.is_empty:
        if city is None:
            raise CityNeededError
        trending = ranking.trending_events(filters={"city": city.slug}, now=now, limit=limit)
        reason = TRENDING_IN.format(city=city.name)
        return Recommendations(False, city, [Recommended(event, reason) for event in _shown(trending)])
    city_ids = [city.pk] if city is not None else history_cities
    if not city_ids:
        raise CityNeededError
    candidates, _rows = _candidates(taste=taste, city_ids=city_ids, now=now)
    ranked = recommend.recommend(taste=taste, candidates=candidates, now=now, limit=limit)
    events = (
        Event.objects.filter(pk__in=[item.event_id for item in ranked])
        .select_related("city", "venue", "category", "subcategory")
        .in_bulk()
    )
    items = [Recommended(events[item.event_id], item.reason) for item in ranked if item.event_id in events]
    _shown([item.event for item in items])
    return Recommendations(True, city, items)
