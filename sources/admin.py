"""Admin for sources and their runs: health at a glance, "Fetch now", and "Draft from a sample" (a JSON API's
response read with a ``json_api`` config inferred from it, offered as a new source's config)."""

from __future__ import annotations

import secrets
from typing import Any
from urllib.parse import urlencode

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, QuerySet, Subquery
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.html import format_html

from config.celery import enqueue_on_commit
from events.admin import pretty_json, short
from sources.drafts import Draft, draft_from_sample, sample_fetch
from sources.forms import FIELD_PREFIX, DraftSampleForm, SourceForm, source_form_for
from sources.models import AlertFiring, AlertRule, FetchRun, Source
from sources.placement import source_change_city
from sources.schedules import schedule_delete, source_schedule_sync
from sources.services import sources_clear_flag
from sources.tasks import fetch_source

HEALTH_COLOURS: dict[str, str] = {
    Source.Health.NEW: "#6b7280",
    Source.Health.HEALTHY: "#15803d",
    Source.Health.DEGRADED: "#b45309",
    Source.Health.FAILING: "#b91c1c",
    Source.Health.DISABLED: "#7f1d1d",
}


ADAPTER_SETTINGS_HELP = "The settings of the chosen type; a wrong value is refused on save, not at the next run."
FETCH_QUEUED = "Fetching {name}: its run is {link} ({status})."
FETCH_NO_RUN = "Fetching {name}: its run will be listed in {link}."
DRAFT_TITLE = "Draft a JSON API source from a sample"
DRAFT_TEMPLATE = "admin/sources/source/draft_from_sample.html"
# The drafts a user made, by token, in their session: the add form takes a config only from there, never from a
# link's query string, so a crafted link cannot pre-fill one (an internal URL, a header carrying a credential).
DRAFTS_SESSION_KEY = "sources_drafts"
DRAFTS_KEPT = 5
# Config keys a link's query string may not pre-fill in the add form: reaching private networks, and secrets.
PRIVILEGED_KEYS = frozenset({"allow_private_network"})
SECRET_WORDS = ("key", "token", "secret", "password", "credential", "auth")


class FetchRunInline(admin.TabularInline):
    model = FetchRun
    extra = 0
    max_num = 0
    can_delete = False
    fields = (
        "started_at", "trigger", "status", "found", "new", "updated", "unchanged", "failed", "cancelled", "not_modified",
        "duration_ms",
    )  # fmt: skip
    readonly_fields = fields
    ordering = ("-started_at",)

    def get_queryset(self, request: HttpRequest) -> QuerySet[FetchRun]:
        return super().get_queryset(request).order_by("-started_at")


class FlaggedFilter(admin.SimpleListFilter):
    title = "flag"
    parameter_name = "flagged"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("yes", "Flagged"), ("no", "Not flagged")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Source]) -> QuerySet[Source]:
        if self.value() == "yes":
            return queryset.exclude(flagged_reason="")
        if self.value() == "no":
            return queryset.filter(flagged_reason="")
        return queryset


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    form = SourceForm  # per request: the selected adapter's config fields (get_form)
    list_display = (
        "short_name",
        "adapter",
        "city",
        "health_badge",
        "flag",
        "is_active",
        "last_fetched_at",
        "consecutive_failures",
        "trust_level",
    )
    list_filter = ("health", "is_active", "kind", "adapter", "trust_level", FlaggedFilter)
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("city",)
    readonly_fields = (
        "health",
        "last_fetched_at",
        "last_success_at",
        "consecutive_failures",
        "last_error",
        "flagged_reason",
        "http_etag",
        "http_last_modified",
        "created_at",
        "updated_at",
    )
    list_select_related = ("city",)
    actions = ("fetch_now", "clear_flag")
    inlines = (FetchRunInline,)

    def get_form(self, request: HttpRequest, obj: Source | None = None, change: bool = False, **kwargs: Any) -> Any:
        # The type chosen in this POST (else ?adapter=, else the stored one) decides which config fields show.
        chosen = request.POST.get("adapter") if request.method == "POST" else request.GET.get("adapter")
        kwargs["form"] = source_form_for(chosen or (obj.adapter if obj is not None else None))
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fieldsets(self, request: HttpRequest, obj: Source | None = None) -> Any:
        # The type first, then its settings together, then what the runs record (read-only).
        fields = [name for name in self.get_fields(request, obj) if isinstance(name, str)]
        settings_ = [name for name in fields if name.startswith(FIELD_PREFIX)] + [n for n in ("config",) if n in fields]
        health = [name for name in fields if name in self.readonly_fields and name not in settings_]
        main = [name for name in fields if name not in settings_ and name not in health]
        return [
            (None, {"fields": main}),
            ("Adapter settings", {"fields": settings_, "description": ADAPTER_SETTINGS_HELP}),
            ("Health", {"fields": health}),
        ]

    def get_urls(self) -> list[URLPattern]:
        draft = path("draft/", self.admin_site.admin_view(self.draft_view), name="sources_source_draft")
        return [draft, *super().get_urls()]

    def get_changeform_initial_data(self, request: HttpRequest) -> dict[str, Any]:
        """``?adapter=json_api&draft=<token>`` (the draft page's button) pre-fills the add form with the config that
        user drafted; other query values pre-fill as in any admin, except a config and privileged keys."""
        initial: dict[str, Any] = super().get_changeform_initial_data(request)
        for name in list(initial):
            if name == "config" or _privileged(name.removeprefix(FIELD_PREFIX)):
                del initial[name]
        drafted = _drafts(request).get(str(request.GET.get("draft") or ""))
        if isinstance(drafted, dict):
            initial["config"] = drafted
        return initial

    def draft_view(self, request: HttpRequest) -> HttpResponse:
        """Staff paste a URL or upload a sample; the page shows the inferred config, the events it reads and a
        button to the add form pre-filled with it. Bad input is a message on the page, never an error page."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        posted = request.method == "POST"
        form = DraftSampleForm(request.POST, request.FILES) if posted else DraftSampleForm()
        draft: Draft | None = None
        if posted and form.is_valid():
            draft = self._draft(form)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": DRAFT_TITLE,
            "form": form,
            "draft": draft,
            "add_url": _add_url(request, draft),
        }
        return TemplateResponse(request, DRAFT_TEMPLATE, context)

    def _draft(self, form: DraftSampleForm) -> Draft:
        url = form.cleaned_data.get("url") or None
        upload = form.cleaned_data.get("sample")
        payload, error = (upload.read(), None) if upload is not None else sample_fetch(str(url))
        if payload is None:
            return Draft(error=error)
        return draft_from_sample(payload, url=url, zone_name=form.cleaned_data.get("timezone") or None)

    def save_model(self, request: HttpRequest, obj: Source, form: Any, change: bool) -> None:
        if change and "city" in form.changed_data:
            source_change_city(source=obj, city=obj.city)  # its events are re-placed on the next fetch
        super().save_model(request, obj, form, change)
        source_schedule_sync(source=obj)

    def delete_model(self, request: HttpRequest, obj: Source) -> None:
        slug = obj.slug
        super().delete_model(request, obj)
        schedule_delete(slug=slug)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Source]) -> None:
        slugs = list(queryset.values_list("slug", flat=True))
        super().delete_queryset(request, queryset)
        for slug in slugs:
            schedule_delete(slug=slug)

    @admin.display(description="name", ordering="name")
    def short_name(self, obj: Source) -> str:
        return short(obj.name, 30)

    @admin.display(description="health", ordering="health")
    def health_badge(self, obj: Source) -> str:
        return format_html(
            '<strong style="color:{}" title="{}">{}</strong>',
            HEALTH_COLOURS[obj.health],
            obj.last_error,
            obj.get_health_display(),
        )

    @admin.display(description="flag", boolean=False)
    def flag(self, obj: Source) -> str:
        return format_html('<span title="{}">⚑ flagged</span>', obj.flagged_reason) if obj.flagged_reason else ""

    @admin.action(description="Clear flag (after checking the source)", permissions=["change"])
    def clear_flag(self, request: HttpRequest, queryset: QuerySet[Source]) -> None:
        count = sources_clear_flag(source_ids=list(queryset.values_list("pk", flat=True)))
        self.message_user(request, f"Cleared the flag of {count} source(s).", messages.SUCCESS)

    @admin.action(description="Fetch now", permissions=["change"])
    def fetch_now(self, request: HttpRequest, queryset: QuerySet[Source]) -> None:
        # Each fetch gets its run now (queued), so the message can link to the page where it can be watched;
        # the task is sent after commit, and in the embedded mode (no Redis) it runs inline.
        for source in queryset:
            run = FetchRun.objects.create(
                source=source, trigger=FetchRun.Trigger.ADMIN, status=FetchRun.Status.QUEUED, started_at=timezone.now()
            )
            enqueue_on_commit(fetch_source, source.pk, FetchRun.Trigger.ADMIN, run.pk)
            self.message_user(request, fetch_message(source=source, run_id=run.pk), messages.SUCCESS)


def _add_url(request: HttpRequest, draft: Draft | None) -> str | None:
    """The add form pre-filled with a json_api source of the draft's config (kept in the user's session)."""
    if draft is None or draft.config is None or draft.error:
        return None
    token = secrets.token_urlsafe(12)
    kept = list(_drafts(request).items())[-(DRAFTS_KEPT - 1) :]
    request.session[DRAFTS_SESSION_KEY] = {**dict(kept), token: draft.config}
    return f"{reverse('admin:sources_source_add')}?{urlencode({'adapter': 'json_api', 'draft': token})}"


def _drafts(request: HttpRequest) -> dict[str, Any]:
    drafts = request.session.get(DRAFTS_SESSION_KEY)
    return drafts if isinstance(drafts, dict) else {}


def _privileged(key: str) -> bool:
    lowered = key.lower()
    return lowered in PRIVILEGED_KEYS or any(word in lowered for word in SECRET_WORDS)


def fetch_message(*, source: Source, run_id: int) -> str:
    """Where a requested fetch can be watched: its run's page, or the source's run list if the run is gone."""
    run = FetchRun.objects.filter(pk=run_id).first()  # an inline (embedded) fetch has already finished it
    if run is None:
        runs = reverse("admin:sources_fetchrun_changelist") + f"?source__id__exact={source.pk}"
        return format_html(FETCH_NO_RUN, name=source.name, link=format_html('<a href="{}">its runs</a>', runs))
    link = format_html('<a href="{}">run #{}</a>', reverse("admin:sources_fetchrun_change", args=[run.pk]), run.pk)
    return format_html(FETCH_QUEUED, name=source.name, link=link, status=run.get_status_display())


@admin.register(FetchRun)
class FetchRunAdmin(admin.ModelAdmin):
    # Fits a 1280 px screen: the rarer counters (unchanged, cancelled, 304, requests) are on the change page.
    list_display = (
        "source_name",
        "started_at",
        "trigger",
        "status",
        "found",
        "new",
        "updated",
        "failed",
        "duration_ms",
        "problem",
    )
    list_filter = ("status", "trigger", "not_modified", "source")
    date_hierarchy = "started_at"
    list_select_related = ("source",)
    readonly_fields = (
        "source", "trigger", "started_at", "finished_at", "status", "found", "new", "updated", "unchanged", "failed",
        "cancelled", "not_modified", "requests", "duration_ms", "error_json",
    )  # fmt: skip
    exclude = ("errors",)

    @admin.display(description="source", ordering="source__name")
    def source_name(self, obj: FetchRun) -> str:
        return short(obj.source.name, 24)

    @admin.display(description="why")
    def problem(self, obj: FetchRun) -> str:
        """Why a run did not simply succeed (failed, refused, skipped): its last run-level reason."""
        if obj.status in (FetchRun.Status.SUCCESS, FetchRun.Status.RUNNING) or not obj.errors:
            return ""
        reason = str(obj.errors[-1].get("reason", "")) if isinstance(obj.errors[-1], dict) else ""
        return short(reason, 50)

    @admin.display(description="errors")
    def error_json(self, obj: FetchRun) -> str:
        return pretty_json(obj.errors)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


class AlertFiringInline(admin.TabularInline):
    model = AlertFiring
    extra = 0
    max_num = 0
    can_delete = False
    fields = ("fired_at", "message", "recipients")
    readonly_fields = fields
    ordering = ("-fired_at",)


@admin.register(AlertRule)
class AlertRuleAdmin(admin.ModelAdmin):
    """The alert rules with their last firing; thresholds are edited here (sources/alerts.py checks them)."""

    list_display = ("name", "kind", "threshold", "window_minutes", "is_active", "last_fired_at", "last_message")
    list_editable = ("threshold", "window_minutes", "is_active")
    list_filter = ("kind", "is_active")
    readonly_fields = ("last_fired_at", "created_at")
    inlines = (AlertFiringInline,)

    def get_queryset(self, request: HttpRequest) -> QuerySet[AlertRule]:
        # One subquery for the whole page rather than a query per row.
        last = AlertFiring.objects.filter(rule=OuterRef("pk")).order_by("-fired_at").values("message")[:1]
        return super().get_queryset(request).annotate(last_firing_message=Subquery(last))

    @admin.display(description="last firing")
    def last_message(self, obj: AlertRule) -> str:
        message = getattr(obj, "last_firing_message", None) or ""
        return message if len(message) <= 120 else f"{message[:117]}…"


@admin.register(AlertFiring)
class AlertFiringAdmin(admin.ModelAdmin):
    list_display = ("fired_at", "rule", "message")
    list_filter = ("rule",)
    date_hierarchy = "fired_at"
    list_select_related = ("rule",)
    readonly_fields = ("rule", "fired_at", "message", "details", "recipients")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: AlertFiring | None = None) -> bool:
        return False
