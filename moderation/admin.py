"""The moderation queue (held events, why they were held, bulk verdicts) and the audit trail as its own list."""

from __future__ import annotations

import json
from typing import Any

from django.contrib import admin
from django.db.models import Prefetch, Q, QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from events.admin import EventAdmin, short
from events.models import Event, StagedEvent
from events.pipeline.dedup.config import EVENT_PREFIX
from moderation import selectors
from moderation.models import HeldEvent, ModerationAction

# The app list already opens the admin (the index); the sidebar copy of it took 300 of 1280 px from every change list.
admin.site.enable_nav_sidebar = False

# H17's compare view; the queue only links to it.
COMPARE_PATH = "moderation/compare/{a}/{b}/"
SCORE_RANGES: dict[str, tuple[str, Q]] = {
    "low": ("below 0.5", Q(quality_score__lt=0.5)),
    "mid": ("0.5 – 0.7", Q(quality_score__gte=0.5, quality_score__lt=0.7)),
    "high": ("0.7 and above", Q(quality_score__gte=0.7)),
    "none": ("not scored", Q(quality_score__isnull=True)),
}


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


class ReasonFilter(admin.SimpleListFilter):
    title = "hold reason"
    parameter_name = "reason"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [(kind.slug, kind.label) for kind in selectors.REASON_KINDS]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Event]) -> QuerySet[Event]:
        value = self.value()
        if value in selectors.REASON_KIND_BY_SLUG:
            return queryset.filter(pk__in=selectors.held_event_ids_for_reason(slug=value))
        return queryset


class ScoreFilter(admin.SimpleListFilter):
    title = "quality score"
    parameter_name = "score"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [(key, label) for key, (label, _) in SCORE_RANGES.items()]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Event]) -> QuerySet[Event]:
        value = self.value()
        if value in SCORE_RANGES:
            return queryset.filter(SCORE_RANGES[value][1])
        return queryset


def _records(event: Event) -> list[StagedEvent]:
    """The event's staged records, the held ones first (they carry the reasons the queue shows)."""
    records: list[StagedEvent] = getattr(event, "queue_records", [])
    return sorted(records, key=lambda record: (record.status != StagedEvent.Status.HELD, record.pk))


def _reasons(event: Event) -> list[str]:
    seen: dict[str, None] = {}
    for record in _records(event):
        if record.status == StagedEvent.Status.HELD:
            seen.update(dict.fromkeys(str(reason) for reason in record.reasons))
    return list(seen)


def _kind_label(reason: str) -> str:
    for kind in selectors.REASON_KINDS:
        if selectors.reason_kind_matches(kind, reason):
            return kind.label
    return short(reason, 30)


@admin.register(HeldEvent)
class HeldEventAdmin(EventAdmin):
    """Everything the pipeline held. Verdicts reuse the Event admin's audited actions; rows open the event."""

    # Its own columns, filters and actions: the base class typed them as its exact tuples.
    list_display = (
        "queue_title",  # with the place under it
        "start_local",
        "sources",
        "category_guess",
        "quality",
        "duplicate",
        "hold_reasons",  # with the content flags
    )
    list_display_links = None  # type: ignore[assignment]
    list_filter = (  # type: ignore[assignment]
        ReasonFilter,
        ("staged_events__source", admin.RelatedOnlyFieldListFilter),
        ("city", admin.RelatedOnlyFieldListFilter),
        ("category", admin.RelatedOnlyFieldListFilter),
        ScoreFilter,
        "start",
    )
    search_fields = ("title", "venue_name", "address", "city__name")  # type: ignore[assignment]
    ordering = ("start", "id")
    date_hierarchy = None  # type: ignore[assignment]
    actions = ("publish", "reject", "flag")  # type: ignore[assignment]
    list_per_page = 50

    def get_queryset(self, request: HttpRequest) -> QuerySet[Event]:
        records = StagedEvent.objects.select_related("source").only(
            "id", "event_id", "status", "reasons", "quality_report", "dedup", "similarity", "source__name"
        )
        return (
            Event.objects.filter(moderation_status=Event.ModerationStatus.HELD)
            .select_related("city", "category", "venue")
            .prefetch_related(Prefetch("staged_events", queryset=records, to_attr="queue_records"))
        )

    def changelist_view(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> Any:
        counts = selectors.held_counts_by_reason()
        context = {
            "reason_counts": [(kind.slug, kind.label, counts[kind.slug]) for kind in selectors.REASON_KINDS],
            **(extra_context or {}),
        }
        return super().changelist_view(request, extra_context=context)

    # Access follows the Event permissions: the queue is a view of events, not a separate power.
    def has_view_permission(self, request: HttpRequest, obj=None) -> bool:
        return request.user.has_perm("events.view_event") or request.user.has_perm("events.change_event")

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return request.user.has_perm("events.change_event")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    @admin.display(description="title", ordering="title")
    def queue_title(self, obj: Event) -> str:
        return format_html(
            '<a href="{}">{}</a><span class="queue-place">{}</span>',
            reverse("admin:events_event_change", args=[obj.pk]),
            short(obj.title, 40),
            self.place(obj),
        )

    @admin.display(description="place", ordering="city__name")
    def place(self, obj: Event) -> str:
        venue = obj.venue.name if obj.venue else obj.venue_name
        city = obj.city.name if obj.city else "no city"
        return short(f"{venue}, {city}" if venue else city, 30)

    @admin.display(description="source")
    def sources(self, obj: Event) -> str:
        names = sorted({record.source.name for record in _records(obj)})
        return short(", ".join(names), 24) if names else "—"

    @admin.display(description="category", ordering="category_confidence")
    def category_guess(self, obj: Event) -> str:
        if obj.category is None:
            return "—"
        if obj.category_confidence is None:
            return obj.category.name
        return f"{obj.category.name} ({obj.category_confidence:.2f})"

    @admin.display(description="quality", ordering="quality_score")
    def quality(self, obj: Event) -> str:
        held = [record for record in _records(obj) if record.status == StagedEvent.Status.HELD]
        report = held[0].quality_report if held else {}
        gates = report.get("gates", {}) if isinstance(report, dict) else {}
        failing = [name for name, gate in gates.items() if isinstance(gate, dict) and not gate.get("passed", True)]
        score = "—" if obj.quality_score is None else f"{obj.quality_score:.2f}"
        if not failing:
            return score
        return format_html("{} <small>✗ {}</small>", score, short(", ".join(failing), 30))

    @admin.display(description="content flags")
    def content_flags(self, obj: Event) -> str:
        flags = [reason for reason in _reasons(obj) if selectors.is_content_flag(reason)]
        return short("; ".join(flags), 30) if flags else ""

    @admin.display(description="duplicate of")
    def duplicate(self, obj: Event) -> str:
        for record in _records(obj):
            candidate = (record.dedup or {}).get("candidate") if record.dedup.get("band") == "review" else None
            if not candidate:
                continue
            score = "" if record.similarity is None else f" ({record.similarity:.2f})"
            other = str(candidate).removeprefix(EVENT_PREFIX)
            if str(candidate).startswith(EVENT_PREFIX) and other.isdigit():
                path = reverse("admin:index") + COMPARE_PATH.format(a=obj.pk, b=other)
                return format_html('<a href="{}">#{}</a>{}', path, other, score)
            return f"{short(str(candidate), 16)}{score}"
        return ""

    @admin.display(description="held because")
    def hold_reasons(self, obj: Event) -> str:
        reasons = _reasons(obj)
        if not reasons:
            return "—"
        labels = list(dict.fromkeys(_kind_label(reason) for reason in reasons if not selectors.is_content_flag(reason)))
        flags = self.content_flags(obj)
        if flags:
            labels.append(format_html("<strong>{}</strong>", flags))
        return format_html(
            '<span title="{}">{}</span>',
            "\n".join(reasons),
            format_html_join(", ", "{}", ((label,) for label in labels)),
        )
