"""Writes about RSVPs: replying, cancelling, capacity changes, and the waitlist served in order.

Every change takes the event row's lock first (``select_for_update``), so replies to one event are serialised:
the sequence numbers, the confirmed count (``Event.rsvp_count``) and the promotions are decided by one
transaction at a time, and two people can never take the last seat. Mails and live pushes go out after commit.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterable
from typing import Any

from django.core.cache import cache
from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone

from events.models import Event
from events.people.models import RSVP, Profile, new_calendar_token
from events.people.rsvps.selectors import counts_key, waitlist_position
from events.services.changes import events_changed
from events.vocabulary import EventStatus

EVENT_NOT_FOUND = "No such event."
EVENT_CANCELLED = "This event was cancelled."
EVENT_STARTED = "This event has already started."
ALREADY_REPLIED = "You have already replied: {state}."
NOT_REPLIED = "You have not replied to this event."
CAPACITY_TOO_SMALL = "Capacity must be at least 1 (or empty for unlimited)."

ACTIVE = (RSVP.Status.CONFIRMED, RSVP.Status.WAITLISTED)


class RsvpError(Exception):
    """A reply refused; ``status_code`` is the HTTP status the API and pages answer with."""

    status_code = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class EventNotFoundError(RsvpError):
    status_code = 404


class EventCancelledError(RsvpError):
    status_code = 409


class EventStartedError(RsvpError):
    status_code = 409


class AlreadyRepliedError(RsvpError):
    status_code = 409

    def __init__(self, message: str, *, status: str, position: int | None) -> None:
        super().__init__(message)
        self.status = status
        self.position = position


class NotRepliedError(RsvpError):
    status_code = 404


@dataclasses.dataclass(frozen=True)
class RsvpResult:
    rsvp_id: int
    status: str
    position: int | None
    created: bool


@dataclasses.dataclass(frozen=True)
class CancelResult:
    rsvp_id: int
    promoted_rsvp_id: int | None


@dataclasses.dataclass(frozen=True)
class CapacityChange:
    promoted: int
    over_capacity: int


def state_text(status: str, position: int | None) -> str:
    if status == RSVP.Status.WAITLISTED:
        return f"you are on the waitlist, position {position}"
    return "you are going"


def _user_id(user: Any) -> int:
    return int(user if isinstance(user, int) else user.pk)


def _locked_event(event_id: int) -> Event:
    event = Event.objects.select_for_update().filter(pk=event_id).first()
    if event is None:
        raise EventNotFoundError(EVENT_NOT_FOUND)
    return event


def _is_public(event: Event) -> bool:
    return event.is_published and event.merged_into_id is None and event.archived_at is None


def _is_open(event: Event) -> bool:
    """Whether the event still takes replies (and so whether freed seats go to the waitlist)."""
    return _is_public(event) and event.status != EventStatus.CANCELLED and event.start > timezone.now()


def _after_commit_promoted(rsvps: Iterable[tuple[int, int, int]]) -> None:
    """Tell each promoted person (rsvp id, user id, event id), once the promotion is committed: a mail and a live
    push to their open pages."""
    promoted = list(rsvps)
    if not promoted:
        return

    def send() -> None:
        from events.people.rsvps.tasks import notify_promoted
        from realtime.services import person_notify

        for rsvp_id, user_id, event_id in promoted:
            notify_promoted.delay(rsvp_id)
            person_notify(user_id, {"type": "rsvp.promoted", "event": event_id, "status": RSVP.Status.CONFIRMED})

    transaction.on_commit(send, robust=True)


def _promote(event: Event, seats: int | None) -> list[tuple[int, int, int]]:
    """Confirm the first ``seats`` waitlisted replies (all of them for None), in sequence order. The caller holds
    the event's lock and keeps ``rsvp_count`` right."""
    if seats is not None and seats <= 0:
        return []
    waiting = RSVP.objects.filter(event_id=event.pk, status=RSVP.Status.WAITLISTED).order_by("sequence")
    rows = list((waiting if seats is None else waiting[:seats]).values_list("pk", "user_id"))
    if not rows:
        return []
    now = timezone.now()
    RSVP.objects.filter(pk__in=[pk for pk, _ in rows]).update(
        status=RSVP.Status.CONFIRMED, confirmed_at=now, promoted_at=now, updated_at=now
    )
    return [(pk, user_id, event.pk) for pk, user_id in rows]


def _fill(event: Event) -> list[tuple[int, int, int]]:
    """Settle a locked event's seats: the confirmed count taken from the rows (COUNT over the (event, status,
    sequence) index), ``rsvp_count`` corrected when it drifted (a user deleted in the admin takes their replies
    with them and leaves the counter alone), then, while the event takes replies, every free seat given to the
    waitlist in sequence order (a seat freed while the event was held or cancelled waits here until it opens
    again). Returns the promoted (rsvp id, user id, event id), already announced after commit."""
    confirmed = RSVP.objects.filter(event_id=event.pk, status=RSVP.Status.CONFIRMED).count()
    if confirmed != event.rsvp_count:
        Event.objects.filter(pk=event.pk).update(rsvp_count=confirmed)
        event.rsvp_count = confirmed
        _counts_changed(event.pk)
    if not _is_open(event):
        return []
    promoted = _promote(event, None if event.capacity is None else event.capacity - confirmed)
    _set_count(event, len(promoted))
    _after_commit_promoted(promoted)
    return promoted


def _set_count(event: Event, delta: int) -> None:
    if delta:
        Event.objects.filter(pk=event.pk).update(rsvp_count=F("rsvp_count") + delta)
        event.rsvp_count += delta
        _counts_changed(event.pk)


def _counts_changed(event_id: int) -> None:
    """Drop the event page's cached seat counts now and again after commit (a page read in between may have
    cached the old ones)."""
    key = counts_key(event_id)

    def drop() -> None:
        with contextlib.suppress(Exception):  # the cache is down: its entries expire within COUNTS_SECONDS
            cache.delete(key)

    drop()
    transaction.on_commit(drop, robust=True)


def rsvp_create(*, event_id: int, user: Any) -> RsvpResult:
    """Reply to an event: confirmed while seats are left, else waitlisted (at the back of the queue)."""
    user_id = _user_id(user)
    with transaction.atomic():
        event = _locked_event(event_id)
        if not _is_public(event):
            raise EventNotFoundError(EVENT_NOT_FOUND)
        if event.status == EventStatus.CANCELLED:
            raise EventCancelledError(EVENT_CANCELLED)
        if event.start <= timezone.now():
            raise EventStartedError(EVENT_STARTED)
        existing = RSVP.objects.filter(event_id=event.pk, user_id=user_id).first()
        if existing is not None and existing.status in ACTIVE:
            position = waitlist_position(rsvp=existing)
            raise AlreadyRepliedError(
                ALREADY_REPLIED.format(state=state_text(existing.status, position)),
                status=existing.status,
                position=position,
            )
        # Those already waiting take any free seat before the newcomer is placed (they replied first): after
        # this, a seat is left only when nobody waits, so the newcomer never passes anyone in the queue.
        _fill(event)
        sequence = (RSVP.objects.filter(event_id=event.pk).aggregate(top=Max("sequence"))["top"] or 0) + 1
        confirmed = event.capacity is None or event.rsvp_count < event.capacity
        now = timezone.now()
        status = RSVP.Status.CONFIRMED if confirmed else RSVP.Status.WAITLISTED
        fields = {
            "status": status,
            "sequence": sequence,
            "confirmed_at": now if confirmed else None,
            "promoted_at": None,
            "cancelled_at": None,
            "reminded_at": None,
        }
        if existing is None:
            rsvp = RSVP.objects.create(event_id=event.pk, user_id=user_id, created_at=now, **fields)
        else:  # a cancelled reply comes back as a new one: a new sequence, the back of the queue, replied now
            fields["created_at"] = now
            for name, value in fields.items():
                setattr(existing, name, value)
            existing.save(update_fields=[*fields, "updated_at"])
            rsvp = existing
        if confirmed:
            _set_count(event, 1)
        position = None if confirmed else waitlist_position(rsvp=rsvp)
        transaction.on_commit(lambda: _record(event.pk, user_id), robust=True)
    return RsvpResult(rsvp_id=rsvp.pk, status=status, position=position, created=existing is None)


def _record(event_id: int, user_id: int) -> None:
    from events.people.analytics.recording import record

    record("rsvp", event_id=event_id, user_id=user_id)


def _cancel_locked(event: Event, rsvp: RSVP) -> int | None:
    """Cancel one active reply of a locked event; a freed seat goes to the first waitlisted. Returns the promoted
    reply's id."""
    was_confirmed = rsvp.status == RSVP.Status.CONFIRMED
    rsvp.status = RSVP.Status.CANCELLED
    rsvp.cancelled_at = timezone.now()
    rsvp.save(update_fields=["status", "cancelled_at", "updated_at"])
    # Recounted from the rows, so over capacity after a cut the freed seat was one too many and nobody moves up.
    promoted = _fill(event)
    # Only a confirmed reply had a seat to hand on; a leaving waitlisted one is told nothing about promotions.
    return promoted[0][0] if promoted and was_confirmed else None


def rsvp_cancel(*, event_id: int, user: Any) -> CancelResult:
    """Withdraw a reply. A freed seat goes to the first person on the waitlist in the same transaction."""
    user_id = _user_id(user)
    with transaction.atomic():
        event = _locked_event(event_id)
        rsvp = RSVP.objects.filter(event_id=event.pk, user_id=user_id, status__in=ACTIVE).first()
        if rsvp is None:
            raise NotRepliedError(NOT_REPLIED)
        promoted = _cancel_locked(event, rsvp)
    return CancelResult(rsvp_id=rsvp.pk, promoted_rsvp_id=promoted)


def event_capacity_set(*, event_id: int, capacity: int | None, by_user_id: int | None = None) -> CapacityChange:
    """Set an event's seats (None: unlimited). A raise promotes the waitlist in order; a cut removes nobody and
    says by how many the confirmed exceed the seats (``over_capacity``), for the caller to show."""
    if capacity is not None and (isinstance(capacity, bool) or capacity < 1):
        raise ValueError(CAPACITY_TOO_SMALL)
    with transaction.atomic():
        event = _locked_event(event_id)
        confirmed = RSVP.objects.filter(event_id=event.pk, status=RSVP.Status.CONFIRMED).count()
        # The count is rewritten from the rows here: a capacity change is rare, and any drift ends with it.
        Event.objects.filter(pk=event.pk).update(capacity=capacity, rsvp_count=confirmed)
        event.capacity, event.rsvp_count = capacity, confirmed
        _counts_changed(event.pk)
        events_changed([event.pk])  # the seats are part of the public page
        promoted = _fill(event)
        over = 0 if capacity is None else max(0, event.rsvp_count - capacity)
    return CapacityChange(promoted=len(promoted), over_capacity=over)


def rsvps_cancel_for_user(*, user_id: int) -> int:
    """Cancel every active reply of a person (account deletion), each freeing its seat for the waitlist.
    Returns how many were cancelled."""
    cancelled = 0
    with transaction.atomic():
        event_ids = sorted(
            set(RSVP.objects.filter(user_id=user_id, status__in=ACTIVE).values_list("event_id", flat=True))
        )
        for event_id in event_ids:  # in id order: two such runs lock events in the same order
            event = _locked_event(event_id)
            rsvp = RSVP.objects.filter(event_id=event_id, user_id=user_id, status__in=ACTIVE).first()
            if rsvp is not None:
                _cancel_locked(event, rsvp)
                cancelled += 1
    return cancelled


def rsvps_notify_cancelled(*, event_id: int) -> int:
    """Once the current transaction commits, mail everyone confirmed or waitlisted for this event that it was
    cancelled (one task, sending in batches). Returns how many people that is now."""
    count = RSVP.objects.filter(event_id=event_id, status__in=ACTIVE).count()
    if count:

        def send() -> None:
            from events.people.rsvps.tasks import notify_event_cancelled

            notify_event_cancelled.delay(event_id)

        transaction.on_commit(send, robust=True)
    return count


@dataclasses.dataclass(frozen=True)
class MergeMove:
    moved: int  # replies now on the winner
    dropped: int  # replies of people who already had one on the winner (theirs there is kept)


def rsvps_move_on_merge(*, winner: Event, loser: Event) -> MergeMove:
    """A duplicate event merged away: its confirmed and waitlisted replies join the winner's, at the back of its
    queue (new sequences, the loser's confirmed first, then its waitlist, each in their order), then the winner's
    seats are settled as at every change (recounted, free seats to the queue in order, the promoted told). A
    person with a reply on both keeps the winner's (a cancelled one there gives way). The caller holds both events'
    locks, inside its transaction. A split does not move replies back: people replied to the winner since."""
    moving = list(
        RSVP.objects.filter(event_id=loser.pk, status__in=ACTIVE).order_by("status", "sequence")  # "confirmed" first
    )
    if not moving:
        return MergeMove(moved=0, dropped=0)
    on_winner = dict(RSVP.objects.filter(event_id=winner.pk).values_list("user_id", "status"))
    keep = [rsvp for rsvp in moving if on_winner.get(rsvp.user_id) not in ACTIVE]
    dropped = [rsvp.pk for rsvp in moving if on_winner.get(rsvp.user_id) in ACTIVE]
    now = timezone.now()
    # The winner's cancelled row of a person moving in is replaced by the moved reply (one row per person).
    RSVP.objects.filter(event_id=winner.pk, user_id__in=[rsvp.user_id for rsvp in keep]).delete()
    RSVP.objects.filter(pk__in=dropped).update(status=RSVP.Status.CANCELLED, cancelled_at=now, updated_at=now)
    top = RSVP.objects.filter(event_id=winner.pk).aggregate(top=Max("sequence"))["top"] or 0
    for offset, rsvp in enumerate(keep, start=1):
        # Waitlisted first; _fill below hands out the seats in sequence order.
        rsvp.event_id, rsvp.status, rsvp.sequence = winner.pk, RSVP.Status.WAITLISTED, top + offset
        rsvp.confirmed_at = rsvp.promoted_at = rsvp.reminded_at = None
        rsvp.updated_at = now
    fields = ["event", "status", "sequence", "confirmed_at", "promoted_at", "reminded_at", "updated_at"]
    RSVP.objects.bulk_update(keep, fields, batch_size=500)
    _fill(loser)  # its count drops to 0 (it is merged away: nobody is promoted there)
    _fill(winner)
    return MergeMove(moved=len(keep), dropped=len(dropped))


def calendar_token_reset(*, user: Any) -> str:
    """Give a person's calendar feed a new secret address (the old one answers 404 from now on): for a link that
    was shared too widely. Returns the new token."""
    with transaction.atomic():
        profile, _ = Profile.objects.select_for_update().get_or_create(user_id=_user_id(user))
        profile.calendar_token = new_calendar_token()
        profile.save(update_fields=["calendar_token", "updated_at"])
    return profile.calendar_token
