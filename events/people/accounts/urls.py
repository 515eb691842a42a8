"""Routes of events.people.accounts: pages (mounted at the site's root) and API (mounted at /api/v1/).

API paths work with and without a trailing slash: APPEND_SLASH cannot redirect a POST."""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, path, re_path

from events.people.accounts import api, views

urlpatterns: list[URLPattern | URLResolver] = [
    path("accounts/profile/", views.profile, name="profile"),
    path("accounts/export/", views.export, name="export"),
    path("accounts/delete/", views.delete, name="delete"),
]
api_urlpatterns: list[URLPattern | URLResolver] = [
    re_path(r"^auth/register/?$", api.Register.as_view(), name="auth-register"),
    re_path(r"^auth/token/?$", api.Token.as_view(), name="auth-token"),
    re_path(r"^auth/token/refresh/?$", api.TokenRefresh.as_view(), name="auth-token-refresh"),
    re_path(r"^auth/logout/?$", api.Logout.as_view(), name="auth-logout"),
    re_path(r"^me/?$", api.Me.as_view(), name="me"),
    re_path(r"^me/export/?$", api.MeExport.as_view(), name="me-export"),
]
