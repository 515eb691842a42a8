"""The mail a claimant gets when a moderator decides their claim on an organizer."""

from __future__ import annotations

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse

from digests.rendering import one_line
from events.links import site_url
from events.people.models import OrganizerMembership

APPROVED_SUBJECT = "You now speak for {name} on Whatson"
REJECTED_SUBJECT = "Your claim on {name} was not approved"
HEADERS = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}


def claimant_address(membership: OrganizerMembership) -> str | None:
    """The claimant's primary verified address (allauth), else their account's address; None without one."""
    user = membership.user
    if not user.is_active:
        return None
    address = EmailAddress.objects.filter(user=user, verified=True).order_by("-primary", "pk").first()
    return address.email if address is not None else (user.email or None)


def claim_decision_message(membership: OrganizerMembership) -> EmailMultiAlternatives | None:
    to = claimant_address(membership)
    if to is None:
        return None
    approved = membership.status == OrganizerMembership.Status.APPROVED
    name = one_line(membership.organizer.name, limit=150)
    context = {
        "approved": approved,
        "name": name,
        "note": membership.decision_note,
        "dashboard_url": site_url(reverse("people:organize")),
        "new_event_url": site_url(reverse("people:event-new")),
        "organizer_url": site_url(membership.organizer.get_absolute_url()),
    }
    subject = (APPROVED_SUBJECT if approved else REJECTED_SUBJECT).format(name=name)
    message = EmailMultiAlternatives(
        subject=one_line(subject),
        body=render_to_string("people/organizers/email/claim_decided.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to],
        headers=dict(HEADERS),
    )
    message.attach_alternative(render_to_string("people/organizers/email/claim_decided.html", context), "text/html")
    return message
