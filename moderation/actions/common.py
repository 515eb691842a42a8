"""What every moderation action shares: locking the event, snapshotting fields, writing the audit row."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.db.models import Model

from events.models import Event, StagedEvent
from events.services.writing.fields import FOREIGN_KEYS
from moderation.models import ModerationAction

# Who acts: a user (request.user), or None when the system does (a beat task, a script).
Actor = AbstractBaseUser | AnonymousUser | None

STATUS = "moderation_status"
PUBLISHED_AT = "published_at"
STAGED = "staged_events"  # before/after key: {staged id: status} for the staged records an action moved

REASON_REQUIRED = "a {action} needs a reason: say why, for the audit trail and the source's owner"


def require_reason(reason: str, *, action: str) -> str:
    """The trimmed reason; a blank one is refused (reject, flag)."""
    reason = (reason or "").strip()
    if not reason:
        raise ValueError(REASON_REQUIRED.format(action=action))
    return reason


def locked(event: Event) -> Event:
    """A fresh copy of ``event`` whose row is locked until the transaction ends, so a fetch can't interleave."""
    return Event.objects.select_for_update().get(pk=event.pk)


def value_of(obj: Model, name: str) -> Any:
    """A field's value as the audit trail keeps it: ids for foreign keys, plain values otherwise."""
    return getattr(obj, f"{name}_id" if name in FOREIGN_KEYS else name)


def snapshot(obj: Model, names: Iterable[str]) -> dict[str, Any]:
    return {name: value_of(obj, name) for name in names}


def staged_move(event: Event, *, statuses: Iterable[str], to: str) -> tuple[dict[str, str], dict[str, str]]:
    """Move the event's staged records in ``statuses`` to ``to``; their statuses before and after, by id."""
    rows = list(
        StagedEvent.objects.select_for_update()
        .filter(event=event, status__in=list(statuses))
        .values_list("pk", "status")
    )
    if not rows:
        return {}, {}
    StagedEvent.objects.filter(pk__in=[pk for pk, _ in rows]).update(status=to)
    return {str(pk): status for pk, status in rows}, {str(pk): to for pk, _ in rows}


def staged_restore(statuses: Mapping[str, str]) -> None:
    """Put staged records back to the statuses an audit row recorded."""
    for status in set(statuses.values()):
        ids = [int(pk) for pk, value in statuses.items() if value == status]
        StagedEvent.objects.filter(pk__in=ids).update(status=status)


def record(
    *,
    acting_user: Actor,
    action: str,
    event: Event,
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    reason: str = "",
    staged_event_id: int | None = None,
) -> ModerationAction:
    """Write the one audit row an action leaves for one event."""
    return ModerationAction.objects.create(
        acting_user_id=getattr(acting_user, "pk", None),
        action=action,
        event=event,
        event_title=event.title[:300],
        staged_event_id=staged_event_id,
        reason=reason,
        before=dict(before),
        after=dict(after),
    )


def first_staged_id(moved: Mapping[str, str]) -> int | None:
    """The staged record an action is about, when it moved any (the lowest id: the first one seen)."""
    return min((int(pk) for pk in moved), default=None)
