"""Routes of events.people.library: pages (mounted at the site's root) and API (mounted at /api/v1/).

API paths the issue names without a trailing slash answer with and without it (APPEND_SLASH cannot redirect a
POST)."""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, path, re_path

from events.people.library import api, views

urlpatterns: list[URLPattern | URLResolver] = [
    path("me/", views.me, name="me"),
    path("events/<int:pk>/save/", views.save, name="save"),
    path("events/<int:pk>/unsave/", views.unsave, name="unsave"),
    path("follows/", views.follow, name="follow"),
    path("follows/<int:pk>/unfollow/", views.unfollow, name="unfollow"),
]

api_urlpatterns: list[URLPattern | URLResolver] = [
    re_path(r"^events/(?P<pk>[0-9]{1,18})/save/?$", api.SaveEvent.as_view(), name="save"),
    re_path(r"^follows/?$", api.Follows.as_view(), name="follows"),
    re_path(r"^follows/(?P<pk>[0-9]{1,18})/?$", api.FollowDetail.as_view(), name="follow"),
    re_path(r"^me/follows/?$", api.MyFollows.as_view(), name="my-follows"),
    re_path(r"^me/events/?$", api.MyEvents.as_view(), name="my-events"),
    re_path(r"^recommendations/?$", api.Recommendations.as_view(), name="recommendations"),
    re_path(r"^search/suggest/?$", api.Suggest.as_view(), name="suggest"),
    re_path(r"^trending/?$", api.TrendingAlias.as_view(), name="trending"),
]
