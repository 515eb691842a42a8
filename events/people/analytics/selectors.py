"""Reads of the analytics: an event's figures by day for its organizer, and the staff dashboard's numbers.

Everything comes from ``EventDailyStats`` (kept for good; one row per event and UTC day, written by the flush, so
figures trail reality by up to a minute), except active users (raw interactions and last sign-ins) and sign-ups.
Every function is a handful of grouped queries, whatever the number of events or people.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, F, IntegerField, OuterRef, Q, Sum, Window
from django.db.models.functions import Coalesce, RowNumber, TruncDate
from django.utils import timezone

from events.models import Event
from events.people.models import EventDailyStats, Interaction

COUNTS = ("views", "saves", "rsvps", "shares", "clicks")
DEFAULT_DAYS = 30
MAX_DAYS = 365
# The staff dashboard's ranking: one RSVP says more than a save, a save more than a share, a share more than a
# click-out, and any of them more than a page view. Shown on the page as written here.
SCORE_WEIGHTS: dict[str, int] = {"rsvps": 10, "saves": 5, "shares": 3, "clicks": 2, "views": 1}
SCORE_LABELS = {"rsvps": "RSVPs", "saves": "saves", "shares": "shares", "clicks": "click-outs", "views": "views"}
ACTIVE_WINDOWS = (1, 7, 30)
TOP_WINDOWS = (7, 30)
TOP_LIMIT = 5
SIGNUP_DAYS = 30


def utc_today() -> dt.date:
    return timezone.now().astimezone(dt.UTC).date()


def conversion(rsvps: int, views: int) -> float | None:
    """RSVPs per view; None when nobody viewed (not zero: there was nothing to convert)."""
    return rsvps / views if views else None


# --- An event's figures (organizer dashboard and API) ------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class DayFigures:
    day: dt.date
    views: int = 0
    saves: int = 0
    rsvps: int = 0
    shares: int = 0
    clicks: int = 0

    @property
    def conversion(self) -> float | None:
        return conversion(self.rsvps, self.views)

    @property
    def conversion_percent(self) -> float | None:
        ratio = self.conversion
        return None if ratio is None else ratio * 100

    def as_dict(self) -> dict[str, Any]:
        return {
            "day": self.day.isoformat(),
            **{name: getattr(self, name) for name in COUNTS},
            "conversion": self.conversion,
        }


@dataclasses.dataclass(frozen=True)
class EventFigures:
    event: Event
    first_day: dt.date
    last_day: dt.date
    days: list[DayFigures]  # oldest first, every day of the window (zeros included)
    totals: DayFigures  # over the window; its ``day`` is the last day

    @property
    def peak(self) -> int:
        """The largest daily count of any kind (the bars' scale); at least 1."""
        return max([1, *(getattr(day, name) for day in self.days for name in COUNTS)])

    def as_dict(self) -> dict[str, Any]:
        totals = self.totals.as_dict()
        del totals["day"]
        return {
            "event": {"id": self.event.pk, "title": self.event.title},
            "from": self.first_day.isoformat(),
            "to": self.last_day.isoformat(),
            "days": [day.as_dict() for day in self.days],
            "totals": totals,
            "confirmed": self.event.rsvp_count,
            "capacity": self.event.capacity,
        }


def event_figures(*, event: Event, days: int = DEFAULT_DAYS, today: dt.date | None = None) -> EventFigures:
    """The last ``days`` UTC days of ``event`` up to ``today`` (default: today), one query."""
    last = today or utc_today()
    first = last - dt.timedelta(days=days - 1)
    rows = {
        row["day"]: row
        for row in EventDailyStats.objects.filter(event=event, day__gte=first, day__lte=last).values("day", *COUNTS)
    }
    figures = []
    for offset in range(days):
        day = first + dt.timedelta(days=offset)
        row = rows.get(day)
        figures.append(DayFigures(day, **{name: row[name] for name in COUNTS}) if row else DayFigures(day))
    totals = DayFigures(last, **{name: sum(getattr(day, name) for day in figures) for name in COUNTS})
    return EventFigures(event=event, first_day=first, last_day=last, days=figures, totals=totals)


# --- The staff dashboard -----------------------------------------------------------------------------------


def signups_per_day(*, days: int = SIGNUP_DAYS, today: dt.date | None = None) -> list[tuple[dt.date, int]]:
    """New accounts per UTC day over the last ``days`` days, oldest first, zeros included (one query)."""
    last = today or utc_today()
    first = last - dt.timedelta(days=days - 1)
    start = dt.datetime.combine(first, dt.time(0), tzinfo=dt.UTC)
    grouped = dict(
        get_user_model()
        .objects.filter(date_joined__gte=start)
        .annotate(day=TruncDate("date_joined", tzinfo=dt.UTC))
        .order_by()
        .values_list("day")
        .annotate(n=Count("id"))
    )
    return [(day, grouped.get(day, 0)) for day in (first + dt.timedelta(days=n) for n in range(days))]


def active_users(*, now: dt.datetime | None = None, windows: Sequence[int] = ACTIVE_WINDOWS) -> dict[int, int]:
    """Distinct signed-in people who interacted with an event or signed in, over the last N days (one query).

    Interactions are the raw rows, kept ANALYTICS_RAW_DAYS (30 by default): a longer window would only see
    sign-ins beyond that."""
    now = now or timezone.now()
    aggregates = {}
    for days in windows:
        since = now - dt.timedelta(days=days)
        interacted = Exists(Interaction.objects.filter(user_id=OuterRef("pk"), occurred_at__gte=since))
        aggregates[f"d{days}"] = Count("pk", filter=Q(last_login__gte=since) | Q(interacted))
    totals = get_user_model().objects.filter(is_active=True).aggregate(**aggregates)
    return {days: int(totals[f"d{days}"] or 0) for days in windows}


def _score() -> Any:
    return sum((Coalesce(Sum(name), 0) * weight for name, weight in SCORE_WEIGHTS.items()), start=0)


def _ranked(rows: Any, *, partition: str, limit: int) -> list[dict[str, Any]]:
    """Rows annotated with their place within ``partition`` (a city), top ``limit`` of each, best first."""
    ranked = rows.annotate(
        place=Window(RowNumber(), partition_by=F(partition), order_by=[F("score").desc(), F("key").asc()])
    )
    return list(ranked.filter(place__lte=limit).order_by("city_name", partition, "place"))


def _group_by_city(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    cities: list[dict[str, Any]] = []
    for row in rows:
        if not cities or cities[-1]["city_id"] != row["city_id"]:
            cities.append({"city_id": row["city_id"], "city_name": row["city_name"] or "No city", "rows": []})
        cities[-1]["rows"].append(row)
    return cities


def _window_stats(days: int, today: dt.date | None) -> Any:
    last = today or utc_today()
    return EventDailyStats.objects.filter(day__gte=last - dt.timedelta(days=days - 1), day__lte=last).order_by()


def top_events_by_city(*, days: int, limit: int = TOP_LIMIT, today: dt.date | None = None) -> list[dict[str, Any]]:
    """Per city, the ``limit`` events with the best weighted score (SCORE_WEIGHTS) over the last ``days`` days."""
    rows = (
        _window_stats(days, today)
        .values(
            key=F("event_id"), city_id=F("event__city_id"), city_name=F("event__city__name"), title=F("event__title")
        )
        .annotate(score=_score(), **{name: Coalesce(Sum(name), 0) for name in COUNTS})
    )
    return _group_by_city(_ranked(rows, partition="city_id", limit=limit))


def top_categories_by_city(*, days: int, limit: int = TOP_LIMIT, today: dt.date | None = None) -> list[dict[str, Any]]:
    """Per city, the ``limit`` top-level categories whose events scored best over the last ``days`` days."""
    rows = (
        _window_stats(days, today)
        .values(
            key=Coalesce(F("event__category_id"), 0, output_field=IntegerField()),
            city_id=F("event__city_id"),
            city_name=F("event__city__name"),
            name=F("event__category__name"),
        )
        .annotate(
            score=_score(), events=Count("event_id", distinct=True), **{name: Coalesce(Sum(name), 0) for name in COUNTS}
        )
    )
    return _group_by_city(_ranked(rows, partition="city_id", limit=limit))


def score_explained() -> str:
    """'10 × RSVPs + 5 × saves + …' for the page."""
    return " + ".join(f"{weight} × {SCORE_LABELS[name]}" for name, weight in SCORE_WEIGHTS.items())


def staff_dashboard(*, now: dt.datetime | None = None) -> dict[str, Any]:
    """Everything the staff dashboard shows."""
    now = now or timezone.now()
    today = now.astimezone(dt.UTC).date()
    signups = signups_per_day(today=today)
    return {
        "signups": signups,
        "signups_total": sum(count for _, count in signups),
        "signups_peak": max([1, *(count for _, count in signups)]),
        "active": active_users(now=now),
        "top_events": {days: top_events_by_city(days=days, today=today) for days in TOP_WINDOWS},
        "top_categories": {days: top_categories_by_city(days=days, today=today) for days in TOP_WINDOWS},
        "score_explained": score_explained(),
    }
