"""The limit on RSVP changes: RSVP_CHANGES_PER_MINUTE replies and cancellations per person, API and pages together."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle


class RsvpChangesThrottle(SimpleRateThrottle):
    """Counts writes (POST, DELETE) per signed-in person; reads are free. Works on a DRF request and on a plain
    Django one (the pages' forms), so one budget covers both."""

    scope = "rsvp-changes"

    def get_rate(self) -> str:
        return f"{int(settings.RSVP_CHANGES_PER_MINUTE)}/minute"

    def get_cache_key(self, request: Any, view: Any) -> str | None:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None  # anonymous writes are refused before they count
        return self.cache_format % {"scope": self.scope, "ident": user.pk}

    def allow_request(self, request: Any, view: Any) -> bool:
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return True
        return super().allow_request(request, view)
