"""Who may manage an event: staff; a member of the event's organizer whose membership a moderator approved (a
claim); and an approved member of the organizer whose own submission made the event.

Creating an organizer makes its creator an approved member without a moderator (``decided_by`` empty): that
lets them submit, and manage what they submitted, but not the events feeds imported under the same organizer
(the pipeline attaches imported records to the organizer with their slug, so whoever creates "Harbor Lights
Collective" first would otherwise take over the feed's events, their attendees and figures).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet

from events.models import Event, Organizer, StagedEvent
from events.people.models import OrganizerMembership, Submission


def organizers_of(*, user: Any) -> QuerySet[Organizer]:
    """The organizers ``user`` speaks for (approved memberships only)."""
    if not getattr(user, "is_authenticated", False):
        return Organizer.objects.none()
    return Organizer.objects.filter(
        memberships__user=user, memberships__status=OrganizerMembership.Status.APPROVED
    ).distinct()


def _claimed_organizers(*, user: Any) -> QuerySet[Organizer]:
    """The organizers ``user`` speaks for by a moderator's approval (not merely by having created them)."""
    return Organizer.objects.filter(
        memberships__user=user,
        memberships__status=OrganizerMembership.Status.APPROVED,
        memberships__decided_by__isnull=False,
    )


def _members_events(*, user: Any) -> QuerySet[Event]:
    """The events a (non-staff) member manages: their claimed organizers' events, and the events their
    organizers' own submissions made."""
    own_submission = Submission.objects.filter(event=OuterRef("pk"), organizer=OuterRef("organizer"))
    return Event.objects.filter(organizer__in=organizers_of(user=user)).filter(
        Q(organizer__in=_claimed_organizers(user=user)) | Exists(own_submission)
    )


def can_manage_event(*, user: Any, event: Event) -> bool:
    """Staff; a moderator-approved member of the event's organizer; or an approved member of the organizer
    whose own submission made the event."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_staff:
        return True
    if event.organizer_id is None:
        return False
    return _members_events(user=user).filter(pk=event.pk).exists()


def managed_events(*, user: Any) -> QuerySet[Event]:
    """Every event ``user`` may manage (staff: all of them)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Event.objects.none()
    if user.is_staff:
        return Event.objects.all()
    return _members_events(user=user)


def is_organizer(*, user: Any) -> bool:
    """Whether ``user`` speaks for at least one organizer (an approved membership)."""
    return organizers_of(user=user).exists()


def memberships_of(*, user: Any) -> QuerySet[OrganizerMembership]:
    """Every claim and membership of ``user`` (approved, pending, rejected), with its organizer."""
    if not getattr(user, "is_authenticated", False):
        return OrganizerMembership.objects.none()
    return (
        OrganizerMembership.objects.filter(user=user).select_related("organizer").order_by("status", "organizer__name")
    )


@dataclasses.dataclass(frozen=True, slots=True)
class SubmissionRow:
    submission: Submission
    state: str  # published, held, rejected, duplicate (what became of it since, moderators' verdicts included)
    reasons: list[str]
    event: Event | None
    duplicate_of: Event | None


# What a submission's event's moderation status says of the submission now (a moderator may have decided since).
EVENT_STATES: dict[str, str] = {
    Event.ModerationStatus.PUBLISHED: "published",
    Event.ModerationStatus.HELD: "held",
    Event.ModerationStatus.PENDING: "held",
    Event.ModerationStatus.REJECTED: "rejected",
}
STAGED_STATES: dict[str, str] = {
    StagedEvent.Status.PUBLISHED: "published",
    StagedEvent.Status.HELD: "held",
    StagedEvent.Status.PENDING: "held",
    StagedEvent.Status.PROCESSING: "held",
    StagedEvent.Status.REJECTED: "rejected",
    StagedEvent.Status.DUPLICATE: "duplicate",
}


def submission_row(submission: Submission) -> SubmissionRow:
    staged = submission.staged_event
    if staged.status == StagedEvent.Status.DUPLICATE:
        return SubmissionRow(submission, "duplicate", list(map(str, staged.reasons)), None, staged.event)
    event = submission.event
    state = EVENT_STATES.get(event.moderation_status, "held") if event else STAGED_STATES.get(staged.status, "rejected")
    return SubmissionRow(submission, state, list(map(str, staged.reasons)), event, None)


def submissions_of(*, user: Any, limit: int = 50) -> list[SubmissionRow]:
    """The latest submissions by the organizers ``user`` speaks for (and their own), newest first."""
    if not getattr(user, "is_authenticated", False):
        return []
    rows = (
        Submission.objects.filter(Q(organizer__in=organizers_of(user=user)) | Q(submitted_by=user))
        .select_related("organizer", "event", "staged_event", "staged_event__event")
        .order_by("-created_at", "-pk")[:limit]
    )
    return [submission_row(submission) for submission in rows]


def dashboard_events(*, user: Any, now: dt.datetime, limit: int = 50) -> tuple[list[Event], list[Event]]:
    """The events ``user`` manages among their organizers': (upcoming, soonest first; past, latest first).

    Staff manage every event, but their dashboard lists their own organizers' events only."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return [], []
    mine = Event.objects.filter(organizer__in=organizers_of(user=user)) if user.is_staff else _members_events(user=user)
    events = mine.filter(merged_into__isnull=True).select_related("city", "organizer")
    running = Q(end__gte=now) | Q(end__isnull=True, start__gte=now)
    upcoming = list(events.filter(running).order_by("start", "id")[:limit])
    past = list(events.exclude(running).order_by("-start", "-id")[:limit])
    return upcoming, past


def submission_for_event(*, event: Event) -> Submission | None:
    return Submission.objects.filter(event=event).select_related("staged_event").first()
