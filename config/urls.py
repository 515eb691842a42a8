from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView

from config.health import health, healthz
from config.metrics import metrics
from events.api.docs import SwaggerUI, api_docs
from events.people.analytics.admin import dashboard as people_dashboard
from events.routes import EVENTS_AT
from moderation.views import compare_events, compare_with, split_event

admin.site.site_header = "Whatson administration"
admin.site.site_title = "Whatson admin"
admin.site.index_title = "Sources, events and moderation"

urlpatterns = [
    # Before admin/: an admin page (admin_view, admin templates) that belongs to no single model.
    path("admin/moderation/compare/<int:a>/<int:b>/", compare_events, name="moderation-compare"),
    path("admin/moderation/compare/<int:a>/", compare_with, name="moderation-compare-with"),
    path("admin/moderation/split/<int:pk>/", split_event, name="moderation-split"),
    path("admin/people/dashboard/", admin.site.admin_view(people_dashboard), name="people-dashboard"),
    path("admin/", admin.site.urls),
    path("health", health, name="health"),
    path("healthz", healthz, name="healthz"),
    path("metrics", metrics, name="metrics"),
    path("api/admin/", include("moderation.api.urls")),
    # Before the API's catch-all 404: /api/v1/subscriptions/ (and the subscriber pages under /digests/).
    path("", include("digests.urls")),
    # People: allauth's account pages, then ours (profile, organizers, my events), then the people API.
    path("accounts/", include("allauth.urls")),
    path("", include("events.people.urls")),
    path("api/v1/", include("events.people.api_urls")),
    path("api/v1/", include("events.api.urls")),
    path("api/v1/", include("realtime.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SwaggerUI.as_view(), name="api-docs"),
    path("api/reference/", api_docs, name="api-reference"),
    # The ESP's signed tracking and inbound webhooks (anymail's views, guarded against malformed bodies).
    path("anymail/", include("digests.webhooks")),
    path("", include("sources.urls")),
    path(EVENTS_AT, include("events.urls")),
]

# JSON for webhook paths, the site's pages elsewhere (config/errors.py).
handler400 = "config.errors.bad_request"
handler403 = "config.errors.permission_denied"
handler404 = "config.errors.page_not_found"
handler500 = "config.errors.server_error"
