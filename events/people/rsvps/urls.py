"""Routes of events.people.rsvps: pages (mounted at the site's root) and API (mounted at /api/v1/).

Any run of digits is routed (so a long one is not redirected by APPEND_SLASH); the views answer 404 for one
past 64 bits rather than overflow the database's integer."""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, path, re_path

from events.people.rsvps import api, views

ID = r"(?P<pk>[0-9]+)"
API_ID = r"(?P<event_id>[0-9]+)"

urlpatterns: list[URLPattern | URLResolver] = [
    re_path(rf"^events/{ID}/rsvp/$", views.rsvp, name="rsvp"),
    re_path(rf"^events/{ID}/rsvp/cancel/$", views.rsvp_cancel, name="rsvp-cancel"),
    re_path(rf"^organize/events/{ID}/attendees/$", views.attendees, name="attendees"),
    re_path(rf"^organize/events/{ID}/attendees\.csv$", views.attendees_download, name="attendees-csv"),
    path("me/calendar/<str:token>.ics", views.calendar, name="calendar"),
    path("me/calendar/reset/", views.calendar_reset, name="calendar-reset"),
]

# Without and with the trailing slash: APPEND_SLASH cannot redirect a POST or a DELETE.
api_urlpatterns: list[URLPattern | URLResolver] = [
    re_path(rf"^events/{API_ID}/rsvp/?$", api.RsvpView.as_view(), name="rsvp"),
    re_path(rf"^events/{API_ID}/attendees/?$", api.AttendeesView.as_view(), name="attendees"),
    re_path(rf"^events/{API_ID}/attendees\.(?P<format>csv)$", api.AttendeesCsvView.as_view(), name="attendees-csv"),
]
