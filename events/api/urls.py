"""The public REST API, /api/v1/ (read-only for anonymous visitors). See docs/api.md."""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, path, re_path

from events.api import views

app_name = "api"

urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.Index.as_view(), name="index"),
    path("events/", views.EventList.as_view(), name="events"),
    path("events/trending/", views.TrendingEvents.as_view(), name="trending"),
    path("events/<int:pk>/", views.EventDetail.as_view(), name="event"),
    path("events/<int:pk>/similar/", views.SimilarEvents.as_view(), name="similar"),
    path("cities/", views.CityList.as_view(), name="cities"),
    path("cities/<slug:slug>/", views.CityDetail.as_view(), name="city"),
    path("categories/", views.CategoryList.as_view(), name="categories"),
    path("venues/", views.VenueList.as_view(), name="venues"),
    path("venues/<int:pk>/", views.VenueDetail.as_view(), name="venue"),
    path("organizers/", views.OrganizerList.as_view(), name="organizers"),
    path("organizers/<slug:slug>/", views.OrganizerDetail.as_view(), name="organizer"),
    # Last: any other address ending in / is the API's JSON 404 (without the slash, APPEND_SLASH adds it).
    re_path(r"^(?P<rest>.*)/$", views.not_found),
]
