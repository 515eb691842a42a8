"""Who may manage an event: staff, and the approved members of the event's organizer."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from events.models import Event, Organizer
from events.people.models import OrganizerMembership


def organizers_of(*, user: Any) -> QuerySet[Organizer]:
    """The organizers ``user`` speaks for (approved memberships only)."""
    if not getattr(user, "is_authenticated", False):
        return Organizer.objects.none()
    return Organizer.objects.filter(
        memberships__user=user, memberships__status=OrganizerMembership.Status.APPROVED
    ).distinct()


def can_manage_event(*, user: Any, event: Event) -> bool:
    """Staff, or an approved member of the event's organizer."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_staff:
        return True
    if event.organizer_id is None:
        return False
    return OrganizerMembership.objects.filter(
        user=user, organizer_id=event.organizer_id, status=OrganizerMembership.Status.APPROVED
    ).exists()


def managed_events(*, user: Any) -> QuerySet[Event]:
    """Every event ``user`` may manage (staff: all of them)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Event.objects.none()
    if user.is_staff:
        return Event.objects.all()
    return Event.objects.filter(organizer__in=organizers_of(user=user))
