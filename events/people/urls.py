"""The people pages (profile, organizer pages, my events, dashboards), gathered from each concern's routes."""

from __future__ import annotations

from events.people.accounts import urls as accounts
from events.people.analytics import urls as analytics
from events.people.library import urls as library
from events.people.organizers import urls as organizers
from events.people.rsvps import urls as rsvps

app_name = "people"

urlpatterns = [
    *accounts.urlpatterns,
    *organizers.urlpatterns,
    *rsvps.urlpatterns,
    *library.urlpatterns,
    *analytics.urlpatterns,
]
