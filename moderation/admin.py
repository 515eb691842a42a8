"""The audit trail as its own list: filter by moderator, action and date; search by event title. Read-only."""

from __future__ import annotations

import json
from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html

from moderation.models import ModerationAction


def pretty(value: Any) -> str:
    return format_html(
        "<pre style='white-space:pre-wrap;max-width:40rem'>{}</pre>", json.dumps(value, indent=2, ensure_ascii=False)
    )


@admin.register(ModerationAction)
class ModerationActionAdmin(admin.ModelAdmin):
    list_display = ("created_at", "acting_user", "action", "event_link", "short_reason")
    list_filter = (("acting_user", admin.RelatedOnlyFieldListFilter), "action", "created_at")
    search_fields = ("event_title", "event__title")
    date_hierarchy = "created_at"
    list_select_related = ("acting_user", "event")
    fields = (
        "created_at",
        "acting_user",
        "action",
        "event_link",
        "staged_event",
        "reason",
        "before_json",
        "after_json",
    )
    readonly_fields = fields

    @admin.display(description="event", ordering="event_title")
    def event_link(self, obj: ModerationAction) -> str:
        if obj.event_id is None:
            return obj.event_title or "—"
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:events_event_change", args=[obj.event_id]), obj.event_title
        )

    @admin.display(description="reason")
    def short_reason(self, obj: ModerationAction) -> str:
        return obj.reason if len(obj.reason) <= 60 else obj.reason[:59] + "…"

    @admin.display(description="before")
    def before_json(self, obj: ModerationAction) -> str:
        return pretty(obj.before)

    @admin.display(description="after")
    def after_json(self, obj: ModerationAction) -> str:
        return pretty(obj.after)

    # The trail is written by moderation services only, and never rewritten.
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
