"""The people API under /api/v1/ (auth, submissions, RSVPs, saves, follows, recommendations), mounted before the
public API's own routes so that its catch-all 404 does not hide these."""

from __future__ import annotations

from events.people.accounts import urls as accounts
from events.people.analytics import urls as analytics
from events.people.library import urls as library
from events.people.organizers import urls as organizers
from events.people.rsvps import urls as rsvps

app_name = "people-api"

urlpatterns = [
    *accounts.api_urlpatterns,
    *organizers.api_urlpatterns,
    *rsvps.api_urlpatterns,
    *library.api_urlpatterns,
    *analytics.api_urlpatterns,
]
