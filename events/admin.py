"""Admin for places, categories, staged records and events. Actions call services; no rules live here."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from django.contrib import admin, messages
from django.db import models
from django.db.models import Count, QuerySet
from django.http import HttpRequest
from django.utils.html import format_html

from events import services
from events.models import Area, Category, City, Event, EventListing, Organizer, StagedEvent, Venue

# Typed-in links without a scheme are https (Django 6's default; 5.2 warns unless told).
URL_OVERRIDES: Mapping[type[models.Field], Mapping[str, Any]] = {models.URLField: {"assume_scheme": "https"}}


def pretty_json(value: Any) -> str:
    return format_html(
        "<pre style='white-space:pre-wrap;max-width:60rem'>{}</pre>",
        json.dumps(value, indent=2, ensure_ascii=False, default=str),
    )


class AreaInline(admin.TabularInline):
    model = Area
    extra = 0
    prepopulated_fields = {"slug": ("name",)}


@admin.register(City)
class CityAdmin(admin.ModelAdmin):
    list_display = ("name", "region", "country", "timezone", "radius_km", "is_active")
    list_filter = ("country", "is_active", "timezone")
    search_fields = ("name", "slug", "region")
    prepopulated_fields = {"slug": ("name",)}
    inlines = (AreaInline,)


@admin.register(Venue)
class VenueAdmin(admin.ModelAdmin):
    formfield_overrides = URL_OVERRIDES
    list_display = ("name", "city", "area", "address")
    list_filter = ("city",)
    search_fields = ("name", "address")
    autocomplete_fields = ("city",)
    list_select_related = ("city", "area")


@admin.register(Organizer)
class OrganizerAdmin(admin.ModelAdmin):
    formfield_overrides = URL_OVERRIDES
    list_display = ("name", "url", "email")
    search_fields = ("name", "email")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "parent", "position")
    list_filter = (("parent", admin.RelatedOnlyFieldListFilter),)
    search_fields = ("name", "slug")
    list_select_related = ("parent",)


@admin.register(StagedEvent)
class StagedEventAdmin(admin.ModelAdmin):
    list_display = ("external_id", "title", "source", "status", "quality_score", "last_seen_at", "event")
    list_filter = ("status", "source")
    search_fields = ("external_id", "raw__title")
    list_select_related = ("source", "event")
    readonly_fields = (
        "source", "external_id", "status", "reason_list", "event", "content_hash", "quality_score", "raw_json",
        "normalized_json", "quality_report_json", "first_seen_at", "last_seen_at", "processed_at", "updated_at",
    )  # fmt: skip
    exclude = ("raw", "normalized", "quality_report", "reasons")

    @admin.display(description="title")
    def title(self, obj: StagedEvent) -> str:
        return str((obj.normalized or obj.raw).get("title") or "—")

    @admin.display(description="reasons")
    def reason_list(self, obj: StagedEvent) -> str:
        return "; ".join(obj.reasons) or "—"

    @admin.display(description="raw record")
    def raw_json(self, obj: StagedEvent) -> str:
        return pretty_json(obj.raw)

    @admin.display(description="normalized record")
    def normalized_json(self, obj: StagedEvent) -> str:
        return pretty_json(obj.normalized)

    @admin.display(description="quality report")
    def quality_report_json(self, obj: StagedEvent) -> str:
        return pretty_json(obj.quality_report)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # staged records come from sources only


class EventListingInline(admin.TabularInline):
    model = EventListing
    extra = 0
    can_delete = False
    fields = ("source", "external_id", "url", "is_primary", "first_seen_at", "last_seen_at")
    readonly_fields = fields

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    formfield_overrides = URL_OVERRIDES
    list_display = ("title", "city", "start", "moderation_status", "status", "category", "listing_count")
    list_filter = ("moderation_status", "status", "all_day", "cost_type", "city", "category")
    search_fields = ("title", "venue_name", "description")
    date_hierarchy = "start"
    list_select_related = ("city", "category")
    autocomplete_fields = ("city", "venue", "organizer")
    readonly_fields = (
        "published_at",
        "edited_fields",
        "view_count",
        "rsvp_count",
        "share_count",
        "created_at",
        "updated_at",
    )
    inlines = (EventListingInline,)
    actions = ("publish", "hold", "reject")

    def get_queryset(self, request: HttpRequest) -> QuerySet[Event]:
        return super().get_queryset(request).annotate(listing_total=Count("listings"))

    @admin.display(description="listed at", ordering="listing_total")
    def listing_count(self, obj: Event) -> int:
        return obj.listing_total  # type: ignore[attr-defined]

    def save_model(self, request: HttpRequest, obj: Event, form: Any, change: bool) -> None:
        services.event_moderator_edit(event=obj, changed_fields=form.changed_data if change else [])

    def _moderate(self, request: HttpRequest, queryset: QuerySet[Event], status: str) -> None:
        count = services.events_moderate(event_ids=list(queryset.values_list("pk", flat=True)), status=status)
        self.message_user(
            request, f"{count} event(s) now {Event.ModerationStatus(status).label.lower()}.", messages.SUCCESS
        )

    @admin.action(description="Publish selected events", permissions=["change"])
    def publish(self, request: HttpRequest, queryset: QuerySet[Event]) -> None:
        self._moderate(request, queryset, Event.ModerationStatus.PUBLISHED)

    @admin.action(description="Hold selected events for moderation", permissions=["change"])
    def hold(self, request: HttpRequest, queryset: QuerySet[Event]) -> None:
        self._moderate(request, queryset, Event.ModerationStatus.HELD)

    @admin.action(description="Reject selected events", permissions=["change"])
    def reject(self, request: HttpRequest, queryset: QuerySet[Event]) -> None:
        self._moderate(request, queryset, Event.ModerationStatus.REJECTED)
