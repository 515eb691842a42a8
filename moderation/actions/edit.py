"""Moderator edits: fields a moderator changed are remembered, so no later fetch overwrites them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from django.db import transaction
from django.utils import timezone

from events.models import Event, StagedEvent
from events.services.writing import EVENT_FIELDS
from moderation import hooks
from moderation.actions.common import (
    PUBLISHED_AT,
    STAGED,
    STATUS,
    Actor,
    first_staged_id,
    locked,
    record,
    snapshot,
    staged_move,
)
from moderation.actions.verdicts import refresh
from moderation.models import ModerationAction

# Fields a source sets on an Event; one a moderator edited is never overwritten by later fetches.
SOURCE_FIELDS = EVENT_FIELDS
EDITED = "edited_fields"

UNKNOWN_FIELDS = "moderators edit an event's source fields only; not {names}"
# Kept by others while a moderator has the form open (the view and share flush, RSVPs under the event's lock): a
# save takes them from the locked row, never from the form's copy, which may be minutes old.
COUNTERS = ("view_count", "share_count", "rsvp_count")
# A category a moderator sets is the moderator's: its method and confidence say so, so the venue's history
# (events/pipeline/categorize/venue_history.py) counts it and no guess is shown for it.
CATEGORY_FIELDS = ("category", "subcategory")
MODERATOR_METHOD = "moderator"


def confirmed_category(event: Event, touched: Sequence[str]) -> list[str]:
    """``touched`` plus the category's method and confidence, set as a moderator's, when a category field is in it."""
    if not any(name in touched for name in CATEGORY_FIELDS):
        return list(touched)
    event.category_method, event.category_confidence = MODERATOR_METHOD, 1.0
    return [*touched, *(name for name in ("category_method", "category_confidence") if name not in touched)]


def remembered(event: Event, names: Sequence[str]) -> None:
    """Add the source fields among ``names`` to the event's edited_fields (order kept, no repeats)."""
    new = [name for name in names if name in SOURCE_FIELDS and name not in event.edited_fields]
    if new:
        event.edited_fields = [*event.edited_fields, *new]


def event_moderator_edit(*, acting_user: Actor, event: Event, changed_fields: Sequence[str]) -> Event:
    """Save ``event`` as a moderator changed it (the admin form); audit the changed fields, remember them."""
    concrete = {field.name for field in Event._meta.concrete_fields}
    touched = [name for name in changed_fields if name in concrete and name != EDITED]
    with transaction.atomic():
        if event.pk is None:
            event.save()
            return event
        if not touched:
            return event
        stored = locked(event)
        for name in COUNTERS:
            setattr(event, name, getattr(stored, name))
        touched = confirmed_category(event, touched)
        before = snapshot(stored, touched)
        if event.moderation_status == Event.ModerationStatus.PUBLISHED and event.published_at is None:
            event.published_at = timezone.now()
        remembered(event, touched)
        event.save()
        after = snapshot(event, touched)
        if event.edited_fields != stored.edited_fields:
            before[EDITED], after[EDITED] = stored.edited_fields, event.edited_fields
        row = record(
            acting_user=acting_user, action=ModerationAction.Action.EDIT, event=event, before=before, after=after
        )
        hooks.moderated([row.pk])
    return event


def event_edit_then_approve(
    *, acting_user: Actor, event: Event, changes: Mapping[str, Any], reason: str = ""
) -> ModerationAction | None:
    """Apply ``changes`` (source field → value; instances for foreign keys), remember them, and publish.

    The changed fields are validated like a form would (``ValidationError``); nothing is stored if one fails.
    """
    unknown = sorted(set(changes) - set(SOURCE_FIELDS))
    if unknown:
        raise ValueError(UNKNOWN_FIELDS.format(names=", ".join(unknown)))
    if any(name in changes for name in CATEGORY_FIELDS):
        changes = {"category_method": MODERATOR_METHOD, "category_confidence": 1.0, **changes}
    with transaction.atomic():
        current = locked(event)
        old = snapshot(current, changes)
        for name, value in changes.items():
            setattr(current, name, value)
        new = snapshot(current, changes)
        touched = [name for name in changes if old[name] != new[name]]
        current.clean_fields(exclude=[field.name for field in Event._meta.fields if field.name not in touched])
        before = {**{name: old[name] for name in touched}, **snapshot(current, (STATUS, PUBLISHED_AT, EDITED))}
        current.edited_fields = list(current.edited_fields)
        remembered(current, touched)
        current.moderation_status = Event.ModerationStatus.PUBLISHED
        current.published_at = current.published_at or timezone.now()
        after = snapshot(current, [*touched, STATUS, PUBLISHED_AT, EDITED])
        moved_before, moved_after = staged_move(
            current, statuses=(StagedEvent.Status.HELD,), to=StagedEvent.Status.PUBLISHED
        )
        if before == after and not moved_before:
            return None
        current.save()
        if moved_before:
            before[STAGED], after[STAGED] = moved_before, moved_after
        row = record(
            acting_user=acting_user,
            action=ModerationAction.Action.EDIT,
            event=current,
            before=before,
            after=after,
            reason=reason.strip(),
            staged_event_id=first_staged_id(moved_before),
        )
        refresh(event, current)
        for name in touched:
            setattr(event, name, getattr(current, name))
        hooks.moderated([row.pk])
        return row
