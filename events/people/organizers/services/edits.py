"""Organizers' edits (checked with the pipeline's pure stages, versioned, audited) and cancellations."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from events.models import Event, StagedEvent
from events.people.models import RSVP, EventRevision
from events.people.organizers.selectors import can_manage_event, organizers_of
from events.people.organizers.services.errors import (
    CANCELLED_ALREADY,
    CANCELLED_NO_EDIT,
    ENDED,
    HELD_EDIT,
    LINKS_UNTRUSTED,
    NO_EVENT,
    NOT_AN_ORGANIZER,
    NOT_YOURS,
    REFUSED_CONTENT,
    Conflict,
    NotAnOrganizer,
    NotFound,
    NotYours,
    Refused,
)
from events.people.organizers.services.submissions import (
    CATEGORY_METHOD,
    _category_pair,
    _iso,
    _number,
    submission_source,
)
from events.pipeline.content import check_content
from events.pipeline.decide import OUTSIDE_AREA
from events.pipeline.normalize import normalize
from events.pipeline.quality import IN_THE_PAST, assess
from events.services.changes import events_changed
from events.services.staging import canonical_json, text_hash
from events.services.state import pipeline_state
from events.services.writing.fields import EVENT_FIELDS as SOURCE_FIELDS
from events.services.writing.fields import event_fields
from events.vocabulary import EventStatus
from moderation.models import ModerationAction

# Where a published event sends its visitors: an untrusted organizer's change to one goes back to a moderator
# (the content checks read text, not where a link leads).
LINK_COLUMNS = ("url", "ticket_url", "image_url")
# Which event columns each input field changes (an edit compares and writes these only).
COLUMNS: Mapping[str, tuple[str, ...]] = {
    "title": ("title", "slug"),
    "description": ("description",),
    "start": ("start", "end", "all_day", "timezone"),
    "end": ("start", "end", "all_day", "timezone"),
    "timezone": ("start", "end", "all_day", "timezone"),
    "all_day": ("start", "end", "all_day", "timezone"),
    "city": ("city",),
    "venue_name": ("venue_name", "venue"),
    "address": ("address",),
    "latitude": ("latitude",),
    "longitude": ("longitude",),
    "online": ("online",),
    "url": ("url",),
    "ticket_url": ("ticket_url",),
    "image_url": ("image_url",),
    "cost_type": ("cost_type",),
    "price_min": ("price_min",),
    "price_max": ("price_max",),
    "currency": ("currency",),
    "tags": ("tags",),
    "category": ("category", "subcategory", "category_method"),
}
FOREIGN_KEYS = frozenset({"city", "venue", "category", "subcategory"})


# --- edits and cancellations ----------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class EditResult:
    event: Event
    changes: dict[str, dict[str, Any]]
    revision: EventRevision | None
    held: bool
    reasons: list[str]
    promoted: int = 0
    over_capacity: int = 0


def ensure_can_edit(*, user: Any, event: Event) -> None:
    """Refuse (NotAnOrganizer, NotYours, Conflict) unless ``user`` may change ``event`` now."""
    if not can_manage_event(user=user, event=event):
        if not user.is_staff and not organizers_of(user=user).exists():
            raise NotAnOrganizer(NOT_AN_ORGANIZER)
        raise NotYours(NOT_YOURS)
    if not user.is_staff and (event.end or event.start) < timezone.now():
        raise Conflict(ENDED)


def _managed(*, user: Any, event_id: int) -> Event:
    """The event, locked, when ``user`` may change it now; else the refusal."""
    event = (
        Event.objects.select_for_update(of=("self",)).select_related("city", "organizer").filter(pk=event_id).first()
    )
    if event is None:
        raise NotFound(NO_EVENT)
    ensure_can_edit(user=user, event=event)
    return event


def event_record(event: Event) -> dict[str, Any]:
    """The event as a normalized-event object (docs/event-format.md): what the pipeline's stages read."""
    tz = event.zone
    if event.all_day:
        last = event.local_end
        start: str = event.local_start.date().isoformat()
        end = last.date().isoformat() if last is not None else None
    else:
        start = event.local_start.isoformat()
        end = event.end.astimezone(tz).isoformat() if event.end else None
    city = event.city
    return {
        "source": "submission",
        "external_id": f"event:{event.pk}",
        "title": event.title,
        "description": event.description or None,
        "start": start,
        "end": end,
        "all_day": event.all_day,
        "timezone": event.timezone,
        "venue_name": event.venue_name or None,
        "address": event.address or None,
        "city": city.name if city else None,
        "country": city.country if city else None,
        "latitude": event.latitude,
        "longitude": event.longitude,
        "url": event.url or None,
        "ticket_url": event.ticket_url or None,
        "image_url": event.image_url or None,
        "organizer": None,
        "cost_type": event.cost_type,
        "price_min": _number(event.price_min),
        "price_max": _number(event.price_max),
        "currency": event.currency or None,
        "status": event.status,
        "online": event.online,
        "rrule": event.rrule or None,
        "source_category": event.source_category or None,
        "tags": list(event.tags or []),
    }


def _merged_record(event: Event, data: Mapping[str, Any]) -> dict[str, Any]:
    record = event_record(event)
    for name in ("title", "venue_name", "address", "url", "ticket_url", "image_url", "currency", "description"):
        if name in data:
            record[name] = data[name] or None
    for name in ("latitude", "longitude", "online", "cost_type", "tags"):
        if name in data:
            record[name] = data[name]
    for name in ("price_min", "price_max"):
        if name in data:
            record[name] = _number(data[name])
    if "city" in data:
        record["city"], record["country"] = data["city"].name, data["city"].country
    if {"start", "end", "timezone", "all_day"} & set(data):
        record["timezone"] = data["zone"].key
        record["all_day"] = bool(data.get("all_day", event.all_day))
        if "start" in data:
            record["start"] = _iso(data["start"])
        if "end" in data:
            record["end"] = _iso(data["end"])
    return record


def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else float(value) if isinstance(value, Decimal) else value


def event_organizer_edit(*, user: Any, event_id: int, data: Mapping[str, Any]) -> EditResult:
    """Apply an organizer's changes (EventInputSerializer's validated data, partial) to their event.

    The merged record passes the pipeline's pure stages: content the pipeline rejects is refused (Refused, with
    reasons, nothing changed); content it would hold puts a published event back in the moderation queue, the
    change applied. Changed fields are remembered (no source update overwrites them), the published event gets
    a revision and the audit trail a row. Nothing is written for a change that changes nothing.
    """
    with transaction.atomic():
        event = _managed(user=user, event_id=event_id)
        if event.status == EventStatus.CANCELLED:
            raise Conflict(CANCELLED_NO_EDIT)
        columns = [column for name in data if name in COLUMNS for column in COLUMNS[name]]
        columns = list(dict.fromkeys(columns))
        changes: dict[str, dict[str, Any]] = {}
        held_reasons: list[str] = []
        new_values: dict[str, Any] = {}
        if columns:
            new_values, held_reasons = _checked_values(event, data, user=user)
            for column in columns:
                before = getattr(event, f"{column}_id" if column in FOREIGN_KEYS else column)
                after = new_values[column]
                if before != after:
                    changes[column] = {"before": _json(before), "after": _json(after)}
            # The slug follows the title, and the category's method only its category: neither is a change alone.
            for follower, leader in (("slug", "title"), ("category_method", "category"), ("venue", "venue_name")):
                if (
                    follower in changes
                    and leader not in changes
                    and (leader != "category" or "subcategory" not in changes)
                ):
                    del changes[follower]
        capacity_changed = "capacity" in data and data["capacity"] != event.capacity
        if capacity_changed:
            changes["capacity"] = {"before": event.capacity, "after": data["capacity"]}
        if not changes:
            return EditResult(event=event, changes={}, revision=None, held=False, reasons=[])
        if _untrusted_links(event, user=user, changes=changes):
            held_reasons.append(LINKS_UNTRUSTED)
        return _apply_edit(event, user=user, changes=changes, new_values=new_values, held_reasons=held_reasons)


def _untrusted_links(event: Event, *, user: Any, changes: Mapping[str, Any]) -> bool:
    """Whether the edit changes a published event's links for an organizer who is not trusted (staff are)."""
    trusted = user.is_staff or bool(event.organizer and event.organizer.trusted)
    published = event.moderation_status == Event.ModerationStatus.PUBLISHED
    return published and not trusted and any(column in changes for column in LINK_COLUMNS)


def _checked_values(event: Event, data: Mapping[str, Any], *, user: Any) -> tuple[dict[str, Any], list[str]]:
    """The event's column values after the change, as the pipeline would write them, and the reasons to hold
    it; Refused when the pipeline rejects the merged record."""
    state = pipeline_state()
    source = submission_source(trusted=bool(event.organizer and event.organizer.trusted))
    info = state.sources([source.pk])[source.pk]
    now = timezone.now()
    normalized = normalize(_merged_record(event, data), context=state.normalize_context(info, now))
    record = normalized.record
    if normalized.errors:
        raise Refused(REFUSED_CONTENT, reasons=normalized.errors)
    content = check_content(record, config=state.content_config)
    if content.severity == "reject":
        raise Refused(REFUSED_CONTENT, reasons=content.reasons)
    report = assess(record, config=state.quality_config, now=now, places=state.places)
    critical = [
        reason for reason in report.critical if not (user.is_staff and reason.startswith(IN_THE_PAST.split("(")[0]))
    ]
    if critical:
        raise Refused(REFUSED_CONTENT, reasons=critical)
    city = data.get("city") or event.city
    values = event_fields(record, state=state, venues={}, organizers={}, city_fallback=city.pk if city else None)
    values["city"] = city.pk if city else None  # the city the organizer chose, whatever its coordinates say
    if record.get("venue_id") is None and "venue_name" in data:
        values["venue"] = None
    category, subcategory = _category_pair(data.get("category")) if "category" in data else (None, None)
    values["category"] = category.pk if category else None
    values["subcategory"] = subcategory.pk if subcategory else None
    values["category_method"] = CATEGORY_METHOD if category else ""
    holds = list(content.reasons) if content.severity == "hold" else []
    if record.get("outside_area"):
        holds.append(OUTSIDE_AREA.format(evidence=record["outside_area"]))
    return values, holds


def _apply_edit(
    event: Event,
    *,
    user: Any,
    changes: dict[str, dict[str, Any]],
    new_values: Mapping[str, Any],
    held_reasons: list[str],
) -> EditResult:
    was_published = event.moderation_status == Event.ModerationStatus.PUBLISHED
    before_status = event.moderation_status
    for column in changes:
        if column == "capacity":
            continue
        setattr(event, f"{column}_id" if column in FOREIGN_KEYS else column, new_values[column])
    edited_before = list(event.edited_fields or [])
    remembered = [name for name in changes if name in SOURCE_FIELDS and name not in edited_before]
    event.edited_fields = [*edited_before, *remembered]
    if held_reasons and was_published:
        event.moderation_status = Event.ModerationStatus.HELD
    event.save()
    held = bool(held_reasons) and event.moderation_status == Event.ModerationStatus.HELD
    promoted = over = 0
    if "capacity" in changes:
        from events.people.rsvps.services import event_capacity_set

        outcome = event_capacity_set(event_id=event.pk, capacity=changes["capacity"]["after"], by_user_id=user.pk)
        promoted, over = int(outcome.promoted), int(outcome.over_capacity)
        event.refresh_from_db()
    if "start" in changes:
        # A new date: the day-before reminder goes out again for it (the reminder job skips reminded replies).
        RSVP.objects.filter(event_id=event.pk).update(reminded_at=None)
    if held:
        _hold_records(event, reasons=held_reasons)
    _update_submission_raw(event)
    number = (EventRevision.objects.filter(event=event).aggregate(top=Max("number"))["top"] or 0) + 1
    revision = EventRevision.objects.create(
        event=event,
        number=number,
        edited_by=user,
        changes=changes,
        note=HELD_EDIT.format(reason="; ".join(held_reasons))[:300] if held else "",
    )
    before = {name: change["before"] for name, change in changes.items()}
    after = {name: change["after"] for name, change in changes.items()}
    before["edited_fields"], after["edited_fields"] = edited_before, event.edited_fields
    if before_status != event.moderation_status:
        before["moderation_status"], after["moderation_status"] = before_status, event.moderation_status
    ModerationAction.objects.create(
        acting_user=user,
        action=ModerationAction.Action.ORGANIZER_EDIT,
        event=event,
        event_title=event.title[:300],
        reason=HELD_EDIT.format(reason="; ".join(held_reasons)) if held else f"revision {number}",
        before=before,
        after=after,
    )
    events_changed([event.pk])
    return EditResult(
        event=event,
        changes=changes,
        revision=revision,
        held=held,
        reasons=held_reasons,
        promoted=promoted,
        over_capacity=over,
    )


def _hold_records(event: Event, *, reasons: list[str]) -> None:
    """The moderation queue shows held records' reasons: the event's submission record (else its published
    source records) is held with the edit's reasons. Approving the event publishes them again."""
    records = StagedEvent.objects.filter(event=event, submission__isnull=False)
    if not records.exists():
        records = StagedEvent.objects.filter(event=event, status=StagedEvent.Status.PUBLISHED)
    noted = [HELD_EDIT.format(reason=reason) for reason in reasons]
    for staged in records.select_for_update():
        staged.status = StagedEvent.Status.HELD
        staged.reasons = [*noted, *(reason for reason in staged.reasons if reason not in noted)]
        staged.save(update_fields=["status", "reasons", "updated_at"])


def _update_submission_raw(event: Event) -> None:
    """The submission's staged record says what the event says now (what a moderator compares against)."""
    record = event_record(event)
    for staged in StagedEvent.objects.select_for_update().filter(event=event, submission__isnull=False):
        raw = {**staged.raw, **{key: value for key, value in record.items() if key not in ("source", "external_id")}}
        staged.raw = raw
        staged.content_hash = text_hash(canonical_json(raw))
        staged.save(update_fields=["raw", "content_hash", "updated_at"])


def event_organizer_cancel(*, user: Any, event_id: int) -> Event:
    """Cancel the event (it stays listed, marked cancelled); attendees are told. Conflict when it already is."""
    with transaction.atomic():
        event = _managed(user=user, event_id=event_id)
        if event.status == EventStatus.CANCELLED:
            raise Conflict(CANCELLED_ALREADY)
        before = {"status": event.status, "edited_fields": list(event.edited_fields or [])}
        event.status = EventStatus.CANCELLED
        if "status" not in event.edited_fields:
            event.edited_fields = [*event.edited_fields, "status"]  # a later fetch never un-cancels it
        event.save(update_fields=["status", "edited_fields", "updated_at"])
        ModerationAction.objects.create(
            acting_user=user,
            action=ModerationAction.Action.CANCEL,
            event=event,
            event_title=event.title[:300],
            before=before,
            after={"status": event.status, "edited_fields": event.edited_fields},
        )
        events_changed([event.pk])
        from events.people.rsvps.services import rsvps_notify_cancelled

        rsvps_notify_cancelled(event_id=event.pk)
    return event
