"""Search suggestions with their kind and address: events, categories and venues, typo-tolerant on PostgreSQL.

``events.search.suggest`` completes a prefix into bare names; this does the same over the same three sources
(upcoming event titles, category names, venue names) with the same matching (a name or one of its words starts
with the text; on PostgreSQL also pg_trgm word similarity, so "jaz festivl" finds "Jazz Festival") and says what
each suggestion is and where it leads. SQLite (the embedded mode) has no pg_trgm: prefixes only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlencode

from django.db import connections, transaction
from django.db.models import F, Q, QuerySet, Value
from django.urls import reverse
from django.utils import timezone

from events import search, selectors
from events.links import site_url
from events.models import Category, City, Event, Venue
from events.search.sql import ILike, WordSimilar, WordSimilarity, like_escape

EVENT = "event"
CATEGORY = "category"
VENUE = "venue"
LIMIT = 8
MIN_TEXT = 2
MAX_TEXT = 100
# Rows read per source before ranking (events: more, since recurring titles collapse into one).
PER_SOURCE = 8
EVENTS_PER_SOURCE = 24


@dataclasses.dataclass(frozen=True)
class Suggestion:
    text: str
    kind: str
    url: str

    def as_dict(self) -> dict[str, str]:
        return {"text": self.text, "kind": self.kind, "url": self.url}


@dataclasses.dataclass(frozen=True)
class _Found:
    text: str
    kind: str
    url: str
    match: int  # 0: starts with the text, 1: a word does, 2: similar (a typo)
    similarity: float = 0.0


def _prefix_q(field: str, typed: str, postgres: bool) -> Q:
    if postgres:
        return Q(ILike(F(field), Value(like_escape(typed) + "%"))) | Q(
            ILike(F(field), Value("% " + like_escape(typed) + "%"))
        )
    return Q(**{f"{field}__istartswith": typed}) | Q(**{f"{field}__icontains": " " + typed})


def _match(name: str, typed: str) -> int:
    name, typed = name.lower(), typed.lower()
    if name.startswith(typed):
        return 0
    return 1 if f" {typed}" in f" {name}" else 2


def _category_url(category: dict[str, Any], city: City | None) -> str:
    if city is not None:
        return site_url(reverse("events:category", kwargs={"slug": city.slug, "category": category["slug"]}))
    return site_url(reverse("events:search") + "?" + urlencode({"category": category["slug"]}))


def _venue_url(venue: dict[str, Any]) -> str:
    return site_url(reverse("events:venue", kwargs={"pk": venue["pk"], "slug": venue["slug"] or "venue"}))


def _event_url(event: dict[str, Any]) -> str:
    return site_url(reverse("events:detail", kwargs={"pk": event["pk"], "slug": event["slug"] or "event"}))


def suggestions(
    *, text: str, city: City | None = None, limit: int = LIMIT, now: dt.datetime | None = None
) -> list[Suggestion]:
    """Up to ``limit`` suggestions for ``text``: names that start with it first, then names with a word that
    does, then (PostgreSQL) similar names; shorter before longer; one per kind and spelling."""
    typed = " ".join((text or "").split())[: search.MAX_TERM_LENGTH]
    if len(typed) < MIN_TEXT or limit < 1:
        return []
    events = Event.objects.filter(selectors.upcoming_q(now=now or timezone.now()))
    venues = Venue.objects.all()
    if city is not None:
        events, venues = events.filter(city=city), venues.filter(city=city)
    categories = Category.objects.all()
    postgres = search.is_postgres(events)
    sources: list[tuple[str, QuerySet[Any], str, tuple[str, ...], int]] = [
        (CATEGORY, categories, "name", ("pk", "slug", "name"), PER_SOURCE),
        (VENUE, venues, "name", ("pk", "slug", "name"), PER_SOURCE),
        (EVENT, events.order_by("start", "id"), "title", ("pk", "slug", "title", "start"), EVENTS_PER_SOURCE),
    ]
    found: list[_Found] = []
    for kind, queryset, field, columns, count in sources:
        rows = queryset.filter(_prefix_q(field, typed, postgres)).values(*columns)[:count]
        found += [_found(kind, row, field, typed, city) for row in rows]
    if postgres and len(typed) >= search.MIN_PREFIX_TRIGRAM:
        found += _similar(sources, typed, city)
    return _best(found, limit)


def _found(
    kind: str, row: dict[str, Any], field: str, typed: str, city: City | None, similarity: float = 0.0
) -> _Found:
    if kind == CATEGORY:
        url = _category_url(row, city)
    elif kind == VENUE:
        url = _venue_url(row)
    else:
        url = _event_url(row)
    name = " ".join(str(row[field]).split())
    return _Found(name, kind, url, _match(name, typed), similarity)


def _similar(sources: Iterable[tuple[str, QuerySet[Any], str, tuple[str, ...], int]], typed: str, city: City | None):
    """Names similar to the text despite a typo (pg_trgm ``<%``, the threshold set for this transaction only)."""
    found: list[_Found] = []
    with transaction.atomic(using="default"):
        with connections["default"].cursor() as cursor:
            cursor.execute(
                "SELECT set_config('pg_trgm.word_similarity_threshold', %s, true)", [str(search.FUZZY_THRESHOLD)]
            )
        for kind, queryset, field, columns, count in sources:
            rows = (
                queryset.filter(WordSimilar(Value(typed), F(field)))
                .annotate(name_similarity=WordSimilarity(Value(typed), F(field)))
                .order_by("-name_similarity", "pk")
                .values(*columns, "name_similarity")[:count]
            )
            found += [_found(kind, row, field, typed, city, float(row["name_similarity"])) for row in rows]
    return found


KIND_ORDER = {CATEGORY: 0, VENUE: 1, EVENT: 2}


def _best(found: Iterable[_Found], limit: int) -> list[Suggestion]:
    ranked = sorted(found, key=lambda f: (f.match, -f.similarity, len(f.text), KIND_ORDER[f.kind], f.text.lower()))
    seen: set[tuple[str, str]] = set()
    result: list[Suggestion] = []
    for item in ranked:
        key = (item.kind, item.text.lower())
        if key in seen:
            continue
        seen.add(key)
        result.append(Suggestion(item.text, item.kind, item.url))
        if len(result) == limit:
            break
    return result
