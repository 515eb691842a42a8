"""The subscriber's pages (sign up, confirm, manage, unsubscribe) and the subscriptions API."""

from django.urls import path

from digests import api, views

app_name = "digests"

urlpatterns = [
    path("digests/subscribe/", views.subscribe, name="subscribe"),
    path("digests/confirm/<str:token>/", views.confirm, name="confirm"),
    path("digests/manage/<str:token>/", views.manage, name="manage"),
    path("digests/manage/<str:token>/export.json", views.export, name="export"),
    path("digests/manage/<str:token>/delete/", views.delete, name="delete"),
    # RFC 8058: List-Unsubscribe's https URL; a POST (List-Unsubscribe=One-Click) unsubscribes without a page.
    path("digests/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("api/v1/subscriptions/", api.SubscriptionCreate.as_view(), name="api-subscribe"),
]
