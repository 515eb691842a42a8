"""Routes of events.people.organizers: pages (mounted at the site's root) and API (mounted at /api/v1/).

The API shares its addresses with the public API: ``GET events/`` still lists, ``POST`` submits (routing.by_method).
Each is routed with and without its trailing slash (APPEND_SLASH cannot redirect a POST).
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.urls import URLPattern, URLResolver, path, re_path

from events.api import views as public
from events.people.organizers import api, views
from events.people.routing import by_method

urlpatterns: list[URLPattern | URLResolver] = [
    path("organize/", views.dashboard, name="organize"),
    path("organize/new/", views.organizer_new, name="organizer-new"),
    path("organize/claim/<slug:slug>/", views.organizer_claim, name="organizer-claim"),
    path("organize/events/new/", views.event_new, name="event-new"),
    path("organize/events/<int:pk>/edit/", views.event_edit, name="event-edit"),
    path("organize/events/<int:pk>/cancel/", views.event_cancel, name="event-cancel"),
]


def _with_slash(request: HttpRequest, **kwargs: object) -> HttpResponse:
    """GET without the slash: to the public API's address, as APPEND_SLASH did before these routes existed."""
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(request.path + "/" + (f"?{query}" if query else ""))


_organizers = by_method(GET=public.OrganizerList.as_view(), POST=api.OrganizerCreate.as_view())
_claim = api.OrganizerClaim.as_view()
_events = by_method(GET=public.EventList.as_view(), POST=api.EventCreate.as_view())
_manage = api.EventManage.as_view()
_event = by_method(GET=public.EventDetail.as_view(), PATCH=_manage, DELETE=_manage)

api_urlpatterns: list[URLPattern | URLResolver] = [
    path("organizers/", _organizers, name="organizers"),
    path("organizers", by_method(GET=_with_slash, POST=api.OrganizerCreate.as_view())),
    # Any text between the slashes reaches the view (the service answers 404 JSON for what is not an organizer's
    # slug): a stricter pattern would leave a POST without its slash to APPEND_SLASH's 301, which drops it.
    re_path(r"^organizers/(?P<slug>[^/]+)/claim/$", _claim, name="organizer-claim"),
    re_path(r"^organizers/(?P<slug>[^/]+)/claim$", by_method(POST=_claim)),  # the same, out of the schema (one entry)
    path("events/", _events, name="events"),
    path("events", by_method(GET=_with_slash, POST=api.EventCreate.as_view())),
    path("events/<int:pk>/", _event, name="event"),
    path("events/<int:pk>", by_method(GET=_with_slash, PATCH=_manage, DELETE=_manage)),
]
