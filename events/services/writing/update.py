"""Updating existing events: a primary source's re-fetch, and what a duplicate may change (fills, take-overs).

Rules: a field a moderator edited is never overwritten; a start that moves on a scheduled event is a
rescheduling; a rejected event stays rejected. A duplicate fills an event's blanks, and a duplicate whose
source outranks the event's primary source takes the event over: its fields win and its listing becomes
the only primary one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from events.models import Event, EventListing, EventStatus
from events.services.bulk import bulk_update_rows
from events.services.writing.fields import (
    BLANK,
    EVENT_FIELDS,
    FILLABLE,
    FILLABLE_COLUMNS,
    FINAL_MODERATION,
    MODERATION,
    column,
    rank,
)
from events.services.writing.link import listing, upsert_listings
from events.vocabulary import Action

if TYPE_CHECKING:
    from events.services.processing import Item
    from events.services.writing.lookups import Lookups

UPDATED = (*EVENT_FIELDS, "moderation_status", "published_at", "updated_at")


def update(updates: list[tuple[Item, int]], *, lookups: Lookups, now: dt.datetime) -> None:
    """Each (item, event id): the event takes the item's fields, as its primary source's record."""
    if not updates:
        return
    current = {
        row["id"]: row
        for row in Event.objects.filter(pk__any=[event_id for _, event_id in updates]).values(
            "id", "start", "status", "edited_fields", "moderation_status", "published_at",
            *[column(name) for name in EVENT_FIELDS],
        )
    }  # fmt: skip
    rows, listings = [], []
    for item, event_id in updates:
        row = current.get(event_id)
        if row is None:
            continue
        fields = lookups.fields(item)
        fields["quality_score"] = item.quality_score
        rows.append(updated_row(row, fields, item, now=now))
        item.event_id = event_id
        listings.append(listing(item, event_id, primary=True, url=fields["url"], now=now))
    bulk_update_rows(Event, rows, list(UPDATED))
    upsert_listings(listings)


def updated_row(row: Mapping[str, Any], fields: Mapping[str, Any], item: Item, *, now: dt.datetime) -> dict[str, Any]:
    """The event ``row`` (as read) after its primary source's new ``fields``: the UPDATED values by field name."""
    edited = set(row["edited_fields"] or ())
    new = {"pk": row["id"]}
    for name in EVENT_FIELDS:
        new[name] = row[column(name)] if name in edited else fields[name]
    moved = row["start"] != fields["start"]
    # A start that moves, on an event the source still calls scheduled, is a rescheduling; it stays one.
    if (
        fields["status"] == EventStatus.SCHEDULED
        and not {"status", "start"} & edited
        and (moved or row["status"] == EventStatus.RESCHEDULED)
    ):
        new["status"] = EventStatus.RESCHEDULED
    moderation = row["moderation_status"]
    action = item.decision.action if item.decision else Action.HOLD
    # A rejection is final; any other status a moderator set (recorded as an edited field) is kept too.
    if moderation not in FINAL_MODERATION and "moderation_status" not in edited:
        moderation = MODERATION.get(action, moderation)
    new["moderation_status"] = moderation
    new["published_at"] = row["published_at"] or (now if moderation == Event.ModerationStatus.PUBLISHED else None)
    new["updated_at"] = now
    return new


def enrich(targets: Mapping[int, Item], *, lookups: Lookups) -> None:
    """An existing event gains what a duplicate knows and it lacks; a higher-ranked source takes it over."""
    if not targets:
        return
    primaries = {
        row["event_id"]: row
        for row in EventListing.objects.filter(event_id__any=list(targets), is_primary=True).values(
            "event_id", "source__trust_level", "source__priority", "source_id"
        )
    }
    events = {
        row["id"]: row
        for row in Event.objects.filter(pk__any=list(targets)).values("id", "edited_fields", *FILLABLE_COLUMNS)
    }
    rows = []
    takeovers: list[tuple[int, int, str]] = []
    for event_id, item in targets.items():
        event, primary = events.get(event_id), primaries.get(event_id)
        if event is None:
            continue
        fields = lookups.fields(item)
        edited = set(event["edited_fields"] or ())
        outranks = primary is None or rank(item.source.trust_level, item.source.priority) > rank(
            primary["source__trust_level"], primary["source__priority"]
        )
        row: dict[str, Any] = {"pk": event_id}
        changed = False
        for name in FILLABLE:
            have = event[column(name)]
            row[name] = (
                fields[name]
                if name not in edited and (outranks or have in BLANK) and fields[name] not in BLANK
                else have
            )
            changed = changed or not _same(row[name], have)
        # A duplicate that brings nothing new (most of them) writes nothing: every update of an event writes a new
        # row version, recomputes its search vector and touches its indexes, for the same values.
        if changed:
            rows.append(row)
        if outranks and primary is not None:
            takeovers.append((event_id, item.source.id, item.external_id))
    bulk_update_rows(Event, rows, list(FILLABLE))
    make_primary(takeovers)


def _same(value: Any, have: Any) -> bool:
    """Whether writing ``value`` over ``have`` would store what is stored: equal and of one type (1 and 1.0, or
    True and 1, are equal in Python but not in a JSON column)."""
    return type(value) is type(have) and value == have


def make_primary(takeovers: list[tuple[int, int, str]]) -> None:
    """Each (event, source, external id): that listing becomes the event's only primary one (two statements)."""
    if not takeovers:
        return
    events = [event for event, _, _ in takeovers]
    EventListing.objects.filter(event_id__any=events, is_primary=True).update(is_primary=False)
    wanted = {(source, external) for _, source, external in takeovers}
    ids = [
        pk
        for pk, source, external in EventListing.objects.filter(event_id__any=events).values_list(
            "pk", "source_id", "external_id"
        )
        if (source, external) in wanted
    ]
    EventListing.objects.filter(pk__any=ids).update(is_primary=True)
