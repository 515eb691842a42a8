"""Becoming an organizer, claiming a listed one, and moderators' decisions on claims."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from config.celery import enqueue_on_commit
from events.models import Organizer
from events.people.models import OrganizerMembership
from events.people.organizers.inputs import organizer_slug
from events.people.organizers.services.errors import (
    ALREADY_MEMBER,
    CLAIM_PENDING,
    CLAIM_REFUSED,
    NAME_TAKEN,
    NO_ORGANIZER,
    Conflict,
    NotFound,
)

# An organizer's slug as stored (Organizer.slug: a SlugField of 200).
SLUG = re.compile(r"[-a-zA-Z0-9_]{1,200}")


# --- organizers and claims ------------------------------------------------------------------------------------


def organizer_create(*, user: Any, name: str, url: str = "", email: str = "") -> Organizer:
    """A new organizer with ``user`` as its approved member. A name some organizer already has (same slug or
    same name) is refused (Conflict, with that organizer's slug to claim): one organizer, one listing."""
    name = " ".join(name.split())
    base = organizer_slug(name)
    existing = Organizer.objects.filter(slug=base).first() or Organizer.objects.filter(name__iexact=name).first()
    if existing is not None:
        raise Conflict(
            NAME_TAKEN.format(name=existing.name, claim=f"/organize/claim/{existing.slug}/"), claim_slug=existing.slug
        )
    with transaction.atomic():
        organizer = _create_with_free_slug(base, name=name[:200], url=url, email=email)
        OrganizerMembership.objects.create(
            user=user,
            organizer=organizer,
            status=OrganizerMembership.Status.APPROVED,
            decided_at=timezone.now(),
            decision_note="created the organizer",
        )
    return organizer


def _create_with_free_slug(base: str, **fields: Any) -> Organizer:
    """The organizer under ``base``, else ``base-2``, ``base-3``… (another request may take one meanwhile)."""
    taken = set(Organizer.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    number = 1
    while True:
        slug = base if number == 1 else f"{base}-{number}"
        number += 1
        if slug in taken:
            continue
        try:
            with transaction.atomic():
                return Organizer.objects.create(slug=slug, **fields)
        except IntegrityError:
            taken.add(slug)


def organizer_claim(*, user: Any, slug: str, message: str) -> OrganizerMembership:
    """Ask to speak for an existing organizer: a pending membership a moderator approves or rejects."""
    # Any text the address carried: what cannot be a slug (NUL, spaces, too long) is no organizer, unqueried.
    organizer = Organizer.objects.filter(slug=slug).first() if SLUG.fullmatch(slug) else None
    if organizer is None:
        raise NotFound(NO_ORGANIZER)
    with transaction.atomic():
        membership, created = OrganizerMembership.objects.select_for_update().get_or_create(
            user=user, organizer=organizer, defaults={"message": message.strip()}
        )
        if not created:
            status = membership.status
            templates: dict[str, str] = {
                OrganizerMembership.Status.APPROVED: ALREADY_MEMBER,
                OrganizerMembership.Status.PENDING: CLAIM_PENDING,
            }
            template = templates.get(status, CLAIM_REFUSED)
            raise Conflict(template.format(name=organizer.name))
    return membership


def memberships_decide(*, membership_ids: Sequence[int], approve: bool, decided_by: Any, note: str = "") -> int:
    """A moderator's verdict on pending claims; each claimant is mailed it (after commit). Returns how many."""
    status = OrganizerMembership.Status.APPROVED if approve else OrganizerMembership.Status.REJECTED
    with transaction.atomic():
        pending = list(
            OrganizerMembership.objects.select_for_update()
            .filter(pk__in=list(membership_ids), status=OrganizerMembership.Status.PENDING)
            .values_list("pk", flat=True)
        )
        decided = {"status": status, "decided_by": decided_by, "decided_at": timezone.now()}
        if note.strip():
            decided["decision_note"] = note.strip()
        OrganizerMembership.objects.filter(pk__in=pending).update(**decided)
        from events.people.organizers.tasks import notify_claim_decided

        for pk in pending:
            enqueue_on_commit(notify_claim_decided, pk)
    return len(pending)


def membership_decision_mail_send(*, membership_id: int) -> bool:
    """Mail the claimant the moderator's verdict. False when there is nothing to send (still pending, no address)."""
    from events.people.organizers.emails import claim_decision_message

    membership = OrganizerMembership.objects.select_related("user", "organizer").filter(pk=membership_id).first()
    if membership is None or membership.status == OrganizerMembership.Status.PENDING:
        return False
    message = claim_decision_message(membership)
    if message is None:
        return False
    message.send()
    return True
