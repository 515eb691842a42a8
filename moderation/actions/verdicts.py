"""Moderation verdicts on one event: approve, reject, flag, hold, unpublish, restore; and the bulk form.

Each takes the acting user, runs in one transaction with the event's row locked, writes one audit row when
it changes something (before/after of the fields it touched) and schedules the after-commit hooks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from django.db import transaction
from django.utils import timezone

from events.models import Event, StagedEvent
from moderation import hooks
from moderation.actions.common import (
    PUBLISHED_AT,
    STAGED,
    STATUS,
    Actor,
    first_staged_id,
    locked,
    record,
    require_reason,
    snapshot,
    staged_move,
    staged_restore,
)
from moderation.models import ModerationAction

Status = Event.ModerationStatus
Staged = StagedEvent.Status
Action = ModerationAction.Action

NOT_PUBLISHED = "event {pk} is not published, so it cannot be unpublished"
NOTHING_TO_RESTORE = "event {pk} has no reject or unpublish to undo"
CHANGED_SINCE = "event {pk} is {status} now, not {expected} as the {action} left it: restore refused"
UNSUPPORTED_STATUS = "moderation cannot set events to {status!r}"
# Actions that set an event's moderation status: restore undoes the latest, if it was a reject or unpublish.
STATUS_ACTIONS = (Action.APPROVE, Action.REJECT, Action.HOLD, Action.EDIT, Action.UNPUBLISH, Action.RESTORE)
UNDOABLE = (Action.REJECT, Action.UNPUBLISH)


def transition(
    *,
    acting_user: Actor,
    event: Event,
    action: str,
    to: str,
    staged_from: Iterable[str] = (),
    staged_to: str = "",
    reason: str = "",
) -> ModerationAction | None:
    """Set the (locked) event's moderation status, move its staged records, audit it. Call inside atomic()."""
    current = locked(event)
    before = snapshot(current, (STATUS, PUBLISHED_AT))
    current.moderation_status = to
    if to == Status.PUBLISHED and current.published_at is None:
        current.published_at = timezone.now()  # stamped once: re-publishing keeps the first date
    if acting_user is not None and STATUS not in current.edited_fields:
        # A person's verdict outlives the next fetch: the sync keeps a status a moderator set (events/services/writing).
        current.edited_fields = [*current.edited_fields, STATUS]
    moved_before, moved_after = staged_move(current, statuses=staged_from, to=staged_to) if staged_to else ({}, {})
    after = snapshot(current, (STATUS, PUBLISHED_AT))
    if before[STATUS] == after[STATUS] and not moved_before:
        return None  # already there: no change, no audit row (a missing published_at alone is not a verdict)
    current.save(update_fields=[STATUS, PUBLISHED_AT, "edited_fields", "updated_at"])
    if moved_before:
        before[STAGED], after[STAGED] = moved_before, moved_after
    row = record(
        acting_user=acting_user,
        action=action,
        event=current,
        before=before,
        after=after,
        reason=reason,
        staged_event_id=first_staged_id(moved_before),
    )
    refresh(event, current)
    hooks.moderated([row.pk])
    return row


def refresh(event: Event, current: Event) -> None:
    """The caller's instance reflects what the action stored."""
    for name in (STATUS, PUBLISHED_AT, "updated_at", "edited_fields"):
        setattr(event, name, getattr(current, name))


def event_approve(*, acting_user: Actor, event: Event, reason: str = "") -> ModerationAction | None:
    """Publish the event (stamping published_at once) and the staged records held with it."""
    with transaction.atomic():
        return transition(
            acting_user=acting_user,
            event=event,
            action=Action.APPROVE,
            to=Status.PUBLISHED,
            staged_from=(Staged.HELD,),
            staged_to=Staged.PUBLISHED,
            reason=reason.strip(),
        )


def event_reject(*, acting_user: Actor, event: Event, reason: str) -> ModerationAction | None:
    """Reject the event for ``reason`` (required). Later fetches never re-publish a rejected event."""
    reason = require_reason(reason, action="reject")
    with transaction.atomic():
        return transition(
            acting_user=acting_user,
            event=event,
            action=Action.REJECT,
            to=Status.REJECTED,
            staged_from=(Staged.HELD, Staged.PUBLISHED),
            staged_to=Staged.REJECTED,
            reason=reason,
        )


def event_hold(*, acting_user: Actor, event: Event, reason: str = "") -> ModerationAction | None:
    """Put the event back in the moderation queue (unpublishing it if it was public)."""
    with transaction.atomic():
        action = Action.UNPUBLISH if locked(event).moderation_status == Status.PUBLISHED else Action.HOLD
        return transition(
            acting_user=acting_user,
            event=event,
            action=action,
            to=Status.HELD,
            staged_from=(Staged.PUBLISHED,),
            staged_to=Staged.HELD,
            reason=reason.strip(),
        )


def event_unpublish(*, acting_user: Actor, event: Event, reason: str = "") -> ModerationAction | None:
    """Take a published event off the public pages; it waits, held, for a moderator."""
    with transaction.atomic():
        if locked(event).moderation_status != Status.PUBLISHED:
            raise ValueError(NOT_PUBLISHED.format(pk=event.pk))
        return event_hold(acting_user=acting_user, event=event, reason=reason)


def event_flag(*, acting_user: Actor, event: Event, reason: str) -> ModerationAction:
    """Mark the event for a second look, with why; its status and fields stay as they are."""
    reason = require_reason(reason, action="flag")
    with transaction.atomic():
        current = locked(event)
        row = record(acting_user=acting_user, action=Action.FLAG, event=current, before={}, after={}, reason=reason)
        hooks.moderated([row.pk])
        return row


def event_restore(*, acting_user: Actor, event: Event, reason: str = "") -> ModerationAction:
    """Undo the latest reject or unpublish: the status (and staged records) it changed go back."""
    with transaction.atomic():
        current = locked(event)
        last = (
            ModerationAction.objects.filter(event=current, action__in=STATUS_ACTIONS)
            .order_by("-created_at", "-id")
            .first()
        )
        if last is None or last.action not in UNDOABLE:
            raise ValueError(NOTHING_TO_RESTORE.format(pk=event.pk))
        expected = last.after.get(STATUS)
        if current.moderation_status != expected:
            raise ValueError(
                CHANGED_SINCE.format(
                    pk=event.pk, status=current.moderation_status, expected=expected, action=last.action
                )
            )
        before: dict[str, Any] = snapshot(current, (STATUS, PUBLISHED_AT))
        current.moderation_status = last.before[STATUS]
        if current.moderation_status == Status.PUBLISHED and current.published_at is None:
            current.published_at = timezone.now()
        current.save(update_fields=[STATUS, PUBLISHED_AT, "updated_at"])
        after: dict[str, Any] = snapshot(current, (STATUS, PUBLISHED_AT))
        if previous := last.before.get(STAGED):
            staged_restore(previous)
            before[STAGED], after[STAGED] = last.after.get(STAGED, {}), previous
        row = record(
            acting_user=acting_user,
            action=Action.RESTORE,
            event=current,
            before=before,
            after=after,
            reason=reason.strip() or f"undo {last.action} #{last.pk}",
            staged_event_id=last.staged_event_id,
        )
        refresh(event, current)
        hooks.moderated([row.pk])
        return row


def events_moderate(*, acting_user: Actor, event_ids: Sequence[int], status: str, reason: str = "") -> int:
    """Set many events' moderation status (admin bulk actions), all or none; how many changed."""
    verdicts: dict[str, Callable[..., ModerationAction | None]] = {
        Status.PUBLISHED: event_approve,
        Status.REJECTED: event_reject,
        Status.HELD: event_hold,
    }
    verdict = verdicts.get(status)
    if verdict is None:
        raise ValueError(UNSUPPORTED_STATUS.format(status=status))
    if status == Status.REJECTED:
        reason = require_reason(reason, action="reject")
    changed = 0
    with transaction.atomic():
        for event in Event.objects.filter(pk__in=list(event_ids)).order_by("pk"):
            changed += verdict(acting_user=acting_user, event=event, reason=reason) is not None
    return changed
