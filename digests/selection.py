"""Which events each digest lists: set-based, so the work grows with distinct filter values, not subscribers.

For a batch of subscriptions the database is asked:

* once for the candidates: every public upcoming event (``upcoming_q``: published, not archived, not merged) of
  the batch's cities starting within the widest send window (id, city, start, all-day);
* once per DISTINCT filter value the batch uses (each category slug, each area slug, each keyword text, free),
  through the shared FilterSet (``events.selectors.event_list``) limited to those cities and that window: the ids
  matching that value;
* once for the events earlier digests already listed (``DigestSend.event_ids`` of every subscription).

Everything else is set arithmetic in Python. Weekdays and parts of the day are read from each event's start on
its city's clock (an event at 23:30 on Saturday in Auckland is Saturday night there, whatever UTC says).
Subscriptions with the same city, cadence and filters share one computed list; only "already sent" differs.

Filter values are expected canonical (digests.filters.clean_filters); a value that no longer resolves (a
category or area removed since the subscriber chose it) matches nothing, rather than widening the digest to
every event.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from digests import periods
from digests.models import DigestSend, Subscription
from events.filters import InvalidFiltersError
from events.models import Event
from events.selectors import event_list, upcoming_q

logger = logging.getLogger(__name__)

MAX_EVENTS = 30
# Sets the database answers per value; "days" and "times" are computed here from the local start.
VALUE_KEYS = ("category", "area", "q", "free")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# Part of the day of a local start hour: morning 05–12, afternoon 12–17, evening 17–22, night 22–05.
PARTS = tuple("night" if h < 5 or h >= 22 else "morning" if h < 12 else "afternoon" if h < 17 else "evening" for h in range(24))  # fmt: skip
# Earlier digests whose events are "not new" any more: any listing from the longest window back is enough
# (an event listed before that started before now, so no window can hold it again).
HISTORY = periods.WEEK + dt.timedelta(days=1)
# Sends that listed events to the subscriber (or may have: a claim whose worker died mid-send).
NOT_LISTED = (DigestSend.Status.EMPTY, DigestSend.Status.SUPPRESSED, DigestSend.Status.FAILED)

STALE_VALUE = "digest filter %s=%r no longer resolves (%s); it matches no event"


@dataclass
class _Candidate:
    event_id: int
    start: dt.datetime
    weekday: str
    part: str
    all_day: bool


@dataclass
class _City:
    """One city's candidates, ordered by (start, id), with the id sets days/times filters read."""

    events: list[_Candidate] = field(default_factory=list)
    by_day: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    by_part: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    all_day: set[int] = field(default_factory=set)


def _as_list(value: Any) -> list[str]:
    """A saved filter's list value; a lone string (an older or hand-edited row) counts as a one-item list."""
    if value is None or value == "" or value == []:
        return []
    items = value if isinstance(value, list | tuple) else [value]
    return sorted({str(item) for item in items})


def _values(filters: Mapping[str, Any]) -> Iterable[tuple[str, str]]:
    """The (key, value) pairs of a saved filter that need a database answer."""
    for key in ("category", "area"):
        for slug in _as_list(filters.get(key)):
            yield key, slug
    text = filters.get("q")
    if isinstance(text, str) and text.strip():
        yield "q", text.strip()
    if filters.get("free") is True:
        yield "free", "true"


def _value_sets(
    pairs: set[tuple[str, str]], *, city_ids: set[int], low: dt.datetime, high: dt.datetime, now: dt.datetime
) -> dict[tuple[str, str], set[int]]:
    """Ids of the events matching each (key, value) in those cities and window: one FilterSet query per pair."""
    found: dict[tuple[str, str], set[int]] = {}
    for key, value in sorted(pairs):
        try:
            matching = event_list(filters={key: value}, now=now)
        except InvalidFiltersError as error:
            logger.warning(STALE_VALUE, key, value, error)
            found[key, value] = set()
            continue
        found[key, value] = set(
            matching.filter(city_id__in=city_ids, start__gte=low, start__lt=high)
            .order_by()
            .values_list("id", flat=True)
        )
    return found


def _candidates(
    cities: Mapping[int, Any], *, low: dt.datetime, high: dt.datetime, now: dt.datetime
) -> dict[int, _City]:
    """Every city's public upcoming events starting in [low, high), in one query."""
    found = {city_id: _City() for city_id in cities}
    zones = {city_id: periods.city_zone(city) for city_id, city in cities.items()}
    rows = (
        Event.objects.filter(upcoming_q(now=now), city_id__in=list(cities), start__gte=low, start__lt=high)
        .order_by("start", "id")
        .values_list("id", "city_id", "start", "all_day")
    )
    for event_id, city_id, start, all_day in rows:
        local = start.astimezone(zones[city_id])
        candidate = _Candidate(event_id, start, DAYS[local.weekday()], PARTS[local.hour], all_day)
        city = found[city_id]
        city.events.append(candidate)
        city.by_day[candidate.weekday].add(event_id)
        city.by_part[candidate.part].add(event_id)
        if all_day:
            city.all_day.add(event_id)
    return found


def _already_listed(
    subscription_ids: list[int], current: Mapping[int, str], *, now: dt.datetime
) -> dict[int, set[int]]:
    """Event ids earlier digests (not this period's own claim) listed to each subscription: one query."""
    listed: dict[int, set[int]] = defaultdict(set)
    rows = (
        DigestSend.objects.filter(subscription_id__in=subscription_ids, claimed_at__gte=now - HISTORY)
        .exclude(status__in=NOT_LISTED)
        .values_list("subscription_id", "period", "event_ids")
    )
    for subscription_id, period, event_ids in rows:
        if period != current.get(subscription_id) and isinstance(event_ids, list):
            listed[subscription_id].update(i for i in event_ids if isinstance(i, int))
    return listed


def _union(sets: Iterable[set[int]]) -> set[int]:
    result: set[int] = set()
    for item in sets:
        result |= item
    return result


def _matching(
    city: _City,
    filters: Mapping[str, Any],
    window: tuple[dt.datetime, dt.datetime],
    value_set: Callable[[str, str], set[int]],
) -> list[int]:
    """The city's candidates in the window that match every key of the filter (any value within a key)."""
    low, high = window
    constraints: list[set[int]] = []
    for key in ("category", "area"):
        slugs = _as_list(filters.get(key))
        if slugs:
            constraints.append(_union(value_set(key, slug) for slug in slugs))
    constraints.extend(value_set(key, value) for key, value in _values(filters) if key in ("q", "free"))
    days = [day for day in _as_list(filters.get("days")) if day in DAYS]
    if days:
        constraints.append(_union(city.by_day[day] for day in days))
    parts = _as_list(filters.get("times"))
    if parts:
        # An all-day event is on in every part of its day.
        constraints.append(_union(city.by_part[part] for part in parts) | city.all_day)
    constraints.sort(key=len)
    result = []
    for candidate in city.events:
        if candidate.start < low or candidate.start >= high:
            continue
        if all(candidate.event_id in allowed for allowed in constraints):
            result.append(candidate.event_id)
    return result


def select_events(subscriptions: Sequence[Subscription], *, now: dt.datetime) -> dict[int, list[int]]:
    """Subscription id → ids of the NEW events matching its filters in its window, by (start, id), at most
    ``MAX_EVENTS``; [] when nothing new. Subscriptions must come with ``.city`` loaded."""
    if not subscriptions:
        return {}
    cities = {subscription.city_id: subscription.city for subscription in subscriptions}
    windows = {
        (city_id, cadence): periods.window(cadence, city, now)
        for city_id, city in cities.items()
        for cadence in {subscription.cadence for subscription in subscriptions}
    }
    low = min(window[0] for window in windows.values())
    high = max(window[1] for window in windows.values())
    candidates = _candidates(cities, low=low, high=high, now=now)
    pairs = {pair for subscription in subscriptions for pair in _values(subscription.filters or {})}
    value_sets = _value_sets(pairs, city_ids=set(cities), low=low, high=high, now=now)
    current = {s.pk: periods.current_period(s.cadence, s.city, now) for s in subscriptions}
    listed = _already_listed([s.pk for s in subscriptions], current, now=now)

    shared: dict[tuple[int, str, str], list[int]] = {}
    result: dict[int, list[int]] = {}
    for subscription in subscriptions:
        filters = subscription.filters if isinstance(subscription.filters, dict) else {}
        key = (subscription.city_id, subscription.cadence, json.dumps(filters, sort_keys=True, default=str))
        if key not in shared:
            shared[key] = _matching(
                candidates[subscription.city_id],
                filters,
                windows[subscription.city_id, subscription.cadence],
                lambda k, v: value_sets.get((k, v), set()),
            )
        seen = listed.get(subscription.pk)
        events = shared[key] if not seen else [event_id for event_id in shared[key] if event_id not in seen]
        result[subscription.pk] = events[:MAX_EVENTS]
    return result
