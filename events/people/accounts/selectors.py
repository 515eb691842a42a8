"""What the account pages and the API read about a person."""

from __future__ import annotations

from typing import Any

from allauth.account.models import EmailAddress
from django.contrib.auth.models import User

from events.people.models import Profile


def profile_for(*, user: User) -> Profile:
    """The person's profile, or an unsaved empty one (accounts made in the admin have none until they save)."""
    return Profile.objects.filter(user=user).select_related("home_city").first() or Profile(user=user)


def primary_email(*, user: User) -> str:
    address = EmailAddress.objects.filter(user=user).order_by("-primary", "-verified", "pk").first()
    return address.email if address is not None else str(getattr(user, "email", "") or "")


def account_summary(*, user: User) -> dict[str, Any]:
    """``GET /api/v1/me/``: who the person is and what they told us."""
    profile = profile_for(user=user)
    interests = (
        list(profile.interests.order_by("position", "slug").values_list("slug", flat=True)) if profile.pk else []
    )
    return {
        "id": user.pk,
        "email": primary_email(user=user),
        "name": profile.name,
        "home_city": profile.home_city.slug if profile.home_city else None,
        "interests": interests,
    }
