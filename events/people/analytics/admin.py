"""Admin for events.people.analytics: the daily counts (read-only) and the staff dashboard at
``/admin/people/dashboard/`` (staff with ``people.view_eventdailystats``), linked from the admin index."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control

from events.people.analytics import selectors
from events.people.analytics.views import bar_step
from events.people.models import EventDailyStats

DASHBOARD_PERMISSION = "people.view_eventdailystats"
NOT_ALLOWED = "You need the permission to view event daily stats to see the people dashboard."


@admin.register(EventDailyStats)
class EventDailyStatsAdmin(admin.ModelAdmin):
    """What the flush wrote: read only (figures are changed by interactions, never by hand)."""

    list_display = ("event", "day", "views", "saves", "rsvps", "shares", "clicks")
    list_filter = ("day",)
    date_hierarchy = "day"
    search_fields = ("event__title",)
    list_select_related = ("event",)
    raw_id_fields = ("event",)
    show_full_result_count = False

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


def dashboard(request: HttpRequest) -> HttpResponse:
    """Sign-ups, active people, and the best events and categories per city (set-based queries)."""
    if not request.user.has_perm(DASHBOARD_PERMISSION):
        raise PermissionDenied(NOT_ALLOWED)
    dash = selectors.staff_dashboard()
    context = {
        **admin.site.each_context(request),
        "title": "People dashboard",
        "dash": dash,
        "signup_rows": [
            (day, count, bar_step(count, dash["signups_peak"])) for day, count in reversed(dash["signups"])
        ],
    }
    response = TemplateResponse(request, "admin/people/dashboard.html", context)
    patch_cache_control(response, private=True, no_store=True)
    return response
