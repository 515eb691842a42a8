"""Admin for places, categories, staged records and events. Actions call moderation services; no rules live here."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db import models, transaction
from django.db.models import Count, QuerySet
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.timezone import localtime

from events.models import Area, Category, City, Event, EventListing, Organizer, StagedEvent, Venue
from events.pipeline.dedup.config import EVENT_PREFIX
from events.services.writing.fields import event_links
from events.zones import zone_or_utc
from moderation import actions

# Typed-in links without a scheme are https (Django 6's default; 5.2 warns unless told).
AUDIT_ROWS = 50  # the change page shows the latest; the audit list has them all
URL_OVERRIDES: Mapping[type[models.Field], Mapping[str, Any]] = {models.URLField: {"assume_scheme": "https"}}


def short(text: str, limit: int = 60) -> str:
    """Text cut to fit a change-list column, with an ellipsis and the whole text on hover."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    return format_html('<span title="{}">{}…</span>', text, text[: limit - 1].rstrip())


def local_time(event: Event) -> str:
    """The start in the event's own zone with the zone's short name ("Sat 6 Dec 19:30 EST"), never raw UTC."""
    start = event.local_start
    day = f"{start:%a} {start.day} {start:%b}"
    if start.year != localtime().year:
        day += f" {start.year}"
    if event.all_day:
        return f"{day} (all day, {start:%Z})"
    return f"{day} {start:%H:%M %Z}"


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
    list_display = ("name", "url", "email", "trusted")
    list_filter = ("trusted",)
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
    list_display = (
        "short_external_id",
        "title",
        "source_name",
        "status",
        "quality_score",
        "event_link",
        "compare",
    )
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
        return short(str((obj.normalized or obj.raw).get("title") or "—"), 50)

    @admin.display(description="source", ordering="source__name")
    def source_name(self, obj: StagedEvent) -> str:
        return short(obj.source.name, 24)

    @admin.display(description="external id", ordering="external_id")
    def short_external_id(self, obj: StagedEvent) -> str:
        return short(obj.external_id, 24)

    @admin.display(description="event", ordering="event")
    def event_link(self, obj: StagedEvent) -> str:
        if obj.event_id is None:
            return "—"
        assert obj.event is not None  # noqa: S101 - event_id is set
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:events_event_change", args=[obj.event_id]), short(obj.event.title, 30)
        )

    @admin.display(description="compare")
    def compare(self, obj: StagedEvent) -> str:
        """A held record's suspected duplicate: link to the side-by-side compare view (moderation/views.py)."""
        candidate = str((obj.dedup or {}).get("candidate") or "")
        other = candidate.removeprefix(EVENT_PREFIX)
        if obj.event_id is None or not candidate.startswith(EVENT_PREFIX) or not other.isdigit():
            return ""
        if int(other) == obj.event_id:
            return ""
        return format_html(
            '<a href="{}">compare #{}</a>', reverse("moderation-compare", args=[obj.event_id, other]), other
        )

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


class ReasonForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        help_text="Kept in the audit trail; the source's owner may read it.",
    )


class EventListingInline(admin.TabularInline):
    model = EventListing
    extra = 0
    can_delete = False
    fields = ("source", "external_id", "url", "is_primary", "first_seen_at", "last_seen_at")
    readonly_fields = fields

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


# The admin shows a read-only field's help from the form's Meta.help_texts (EventAdmin.get_form passes these).
EVENT_READONLY_HELP: Mapping[str, str] = {
    "capacity": (
        "Seats for RSVPs; empty means unlimited. Read-only here: capacity is the organizer's, changed through "
        "event_capacity_set (their edit page or the API), which promotes the waitlist in order under the event's "
        "lock; set here, it would skip that."
    ),
    "rsvp_count": "Confirmed RSVPs, kept by the RSVP service under the event's lock. Read-only.",
}


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    formfield_overrides = URL_OVERRIDES
    # Named, not found by path, so the moderation queue (a proxy in another app) gets "Merge with…" too.
    change_form_template = "admin/events/event/change_form.html"
    # Fits a 1280 px screen: long titles are cut (whole on hover), detail lives on the change page.
    list_display = ("short_title", "start_local", "city", "moderation_status", "status", "category", "listing_count")
    list_display_links = ("short_title",)
    list_filter = ("moderation_status", "status", "all_day", "cost_type", "city", "category")
    search_fields = ("title", "venue_name", "description")
    date_hierarchy = "start"
    list_select_related = ("city", "category")
    autocomplete_fields = ("city", "venue", "organizer")
    # The verdict changes only through the audited actions (publish, hold, reject, restore …), which ask for a
    # reason where one is due; a status edited in the form would skip them. Capacity and the confirmed count
    # change only through the RSVP services (seats promoted in order, the count matching the replies).
    readonly_fields = (
        "start_local",
        "moderation_status",
        "published_at",
        "edited_fields",
        "view_count",
        "capacity",
        "rsvp_count",
        "share_count",
        "created_at",
        "updated_at",
        "audit_trail",
        "source_title",
        "documents",
    )
    # The documents come from the source (http(s) only, checked when written); shown as links, not edited as JSON.
    exclude = ("links",)
    inlines = (EventListingInline,)
    actions = ("publish", "hold", "reject", "flag", "restore")

    def get_queryset(self, request: HttpRequest) -> QuerySet[Event]:
        return super().get_queryset(request).annotate(listing_total=Count("listings"))

    @admin.display(description="audit trail")
    def audit_trail(self, obj: Event) -> str:
        """Every moderation action on this event, newest first. Read-only and not a formset, so saving the
        event never posts (or validates) the trail; the full list is the Moderation actions changelist."""
        rows = obj.moderation_actions.select_related("acting_user").order_by("-created_at", "-id")[:AUDIT_ROWS]
        if not rows:
            return "—"
        body = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td><code>{}</code></td><td><code>{}</code></td></tr>",
            (
                (
                    date_format(localtime(row.created_at), "DATETIME_FORMAT"),
                    row.acting_user or "system",
                    row.get_action_display(),
                    row.reason or "—",
                    json.dumps(row.before, ensure_ascii=False),
                    json.dumps(row.after, ensure_ascii=False),
                )
                for row in rows
            ),
        )
        link = reverse("admin:moderation_moderationaction_changelist") + f"?event__id__exact={obj.pk}"
        return format_html(
            "<table class='audit-trail'><thead><tr><th>when</th><th>who</th><th>action</th><th>reason</th>"
            "<th>before</th><th>after</th></tr></thead><tbody>{}</tbody></table><p><a href='{}'>All entries</a></p>",
            body,
            link,
        )

    @admin.display(description="documents")
    def documents(self, obj: Event) -> str:
        """The event's documents (agenda, minutes, video) as its source listed them: http(s) links only, checked
        again here (the column can be written by other paths than the writer), label and URL escaped."""
        links = event_links(obj.links)
        if not links:
            return "—"
        return format_html_join(
            " · ",
            "<a href='{}' rel='nofollow noopener'>{}</a>",
            ((link["url"], link["label"]) for link in links),
        )

    @admin.display(description="title", ordering="title")
    def short_title(self, obj: Event) -> str:
        return short(obj.title, 70)

    @admin.display(description="local time", ordering="start")
    def start_local(self, obj: Event) -> str:
        return local_time(obj)

    @admin.display(description="listed at", ordering="listing_total")
    def listing_count(self, obj: Event) -> int:
        return obj.listing_total  # type: ignore[attr-defined]

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> Any:
        # The form shows and reads start and end in the event's own zone, as the public pages do, not in UTC.
        zone_name = (
            Event.objects.filter(pk=object_id).values_list("timezone", flat=True).first()
            if object_id.isdigit()
            else None
        )
        with timezone.override(zone_or_utc(zone_name)):
            return super().change_view(request, object_id, form_url, extra_context)

    def get_form(self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any) -> Any:
        kwargs.setdefault("help_texts", dict(EVENT_READONLY_HELP))
        return super().get_form(request, obj, change, **kwargs)

    def save_model(self, request: HttpRequest, obj: Event, form: Any, change: bool) -> None:
        actions.event_moderator_edit(
            acting_user=request.user, event=obj, changed_fields=form.changed_data if change else []
        )

    def _moderate(self, request: HttpRequest, queryset: QuerySet[Event], status: str, reason: str = "") -> None:
        count = actions.events_moderate(
            acting_user=request.user,
            event_ids=list(queryset.values_list("pk", flat=True)),
            status=status,
            reason=reason,
        )
        label = Event.ModerationStatus(status).label.lower()
        self.message_user(request, f"{count} event(s) now {label}.", messages.SUCCESS)

    def _reason_page(self, request: HttpRequest, queryset: QuerySet[Event], *, action: str, title: str) -> Any:
        """The intermediate page asking why (reject, flag); None once a reason was given and applied."""
        form = ReasonForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            return form.cleaned_data["reason"]
        context = {
            **self.admin_site.each_context(request),
            "title": title,
            "form": form,
            "events": queryset,
            "action": action,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/moderation/reason.html", context)

    @admin.action(description="Publish selected events", permissions=["change"])
    def publish(self, request: HttpRequest, queryset: QuerySet[Event]) -> None:
        self._moderate(request, queryset, Event.ModerationStatus.PUBLISHED)

    @admin.action(description="Hold selected events for moderation", permissions=["change"])
    def hold(self, request: HttpRequest, queryset: QuerySet[Event]) -> None:
        self._moderate(request, queryset, Event.ModerationStatus.HELD)

    @admin.action(description="Reject selected events (asks why)", permissions=["change"])
    def reject(self, request: HttpRequest, queryset: QuerySet[Event]) -> TemplateResponse | None:
        reason = self._reason_page(request, queryset, action="reject", title="Why reject these events?")
        if isinstance(reason, TemplateResponse):
            return reason
        self._moderate(request, queryset, Event.ModerationStatus.REJECTED, reason=reason)
        return None

    @admin.action(description="Flag selected events for a second look (asks why)", permissions=["change"])
    def flag(self, request: HttpRequest, queryset: QuerySet[Event]) -> TemplateResponse | None:
        reason = self._reason_page(request, queryset, action="flag", title="Why flag these events?")
        if isinstance(reason, TemplateResponse):
            return reason
        with transaction.atomic():
            for event in queryset:
                actions.event_flag(acting_user=request.user, event=event, reason=reason)
        self.message_user(request, f"{len(queryset)} event(s) flagged.", messages.SUCCESS)
        return None

    @admin.action(description="Restore selected events (undo their reject or unpublish)", permissions=["change"])
    def restore(self, request: HttpRequest, queryset: QuerySet[Event]) -> None:
        restored, refused = 0, []
        for event in queryset:
            try:
                actions.event_restore(acting_user=request.user, event=event)
                restored += 1
            except ValueError as error:
                refused.append(str(error))
        self.message_user(request, f"{restored} event(s) restored.", messages.SUCCESS)
        for message in refused:
            self.message_user(request, message, messages.WARNING)
