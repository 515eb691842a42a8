"""Admin for live state: place statuses (a staff edit is the business's word, pushed live), visitor reports
(read-only), venue status tokens (shown once when made) and city weather (read-only)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone

from realtime.models import CityWeather, PlaceReport, PlaceStatus, VenueStatusToken
from realtime.places import place_status_business_update, status_token_secret, status_tokens_revoke
from realtime.places.services import DEFAULT_VALID_MINUTES, MAX_VALID_MINUTES

SHOWN_ONCE = (
    "Token for {venue} ({name}): {token} — copy it now, it is not shown again. "
    "The venue sends it as Authorization: Bearer <token>."
)
TOKENS_REVOKED = "{count} token(s) revoked."


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class PlaceStatusForm(forms.ModelForm):
    valid_minutes = forms.IntegerField(
        min_value=1,
        max_value=MAX_VALID_MINUTES,
        initial=DEFAULT_VALID_MINUTES,
        help_text="How long this holds from now; then visitors' reports and the opening hours take over again.",
    )

    class Meta:
        model = PlaceStatus
        fields = ("venue", "open_now", "crowd", "wait_minutes", "special")


@admin.register(PlaceStatus)
class PlaceStatusAdmin(admin.ModelAdmin):
    form = PlaceStatusForm
    list_display = ("venue", "open_now", "crowd", "wait_minutes", "special", "source", "confidence", "valid_until")
    list_filter = ("source", "crowd")
    list_select_related = ("venue",)
    search_fields = ("venue__name",)
    raw_id_fields = ("venue",)
    readonly_fields = ("source", "confidence", "valid_until", "updated_at")

    def get_readonly_fields(self, request: HttpRequest, obj: PlaceStatus | None = None) -> tuple[str, ...]:
        # The row is keyed by its venue: editing one never moves it to another venue.
        return (*self.readonly_fields, "venue") if obj is not None else self.readonly_fields

    def save_model(self, request: HttpRequest, obj: PlaceStatus, form: forms.ModelForm, change: bool) -> None:
        """Staff speak for the business: through the service (rank, validity, the live push), never a bare save."""
        data = form.cleaned_data
        saved = place_status_business_update(
            venue=obj.venue,
            open_now=data["open_now"],
            crowd=data["crowd"],
            wait_minutes=data["wait_minutes"],
            special=data["special"],
            valid_minutes=data["valid_minutes"],
        )
        for field in ("source", "confidence", "valid_until", "updated_at", "open_now", "crowd", "special"):
            setattr(obj, field, getattr(saved, field))


@admin.register(PlaceReport)
class PlaceReportAdmin(ReadOnlyAdmin):
    list_display = ("venue", "created_at", "crowd", "wait_minutes", "open_now", "special", "ignored", "ignored_reason")
    list_filter = ("ignored", "crowd")
    list_select_related = ("venue",)
    search_fields = ("venue__name",)
    date_hierarchy = "created_at"
    exclude = ("reporter",)  # a keyed hash: meaningless to read, and nothing staff need


@admin.register(VenueStatusToken)
class VenueStatusTokenAdmin(admin.ModelAdmin):
    list_display = ("name", "venue", "created_at", "last_used_at", "revoked_at")
    list_filter = ("revoked_at",)
    list_select_related = ("venue",)
    search_fields = ("name", "venue__name")
    raw_id_fields = ("venue",)
    fields = ("venue", "name", "created_at", "last_used_at", "revoked_at")
    readonly_fields = ("created_at", "last_used_at", "revoked_at")
    actions = ("revoke",)

    def get_readonly_fields(self, request: HttpRequest, obj: VenueStatusToken | None = None) -> tuple[str, ...]:
        return (*self.readonly_fields, "venue") if obj is not None else self.readonly_fields

    def save_model(self, request: HttpRequest, obj: VenueStatusToken, form: forms.ModelForm, change: bool) -> None:
        if change:
            super().save_model(request, obj, form, change)
            return
        token, obj.token_hash = status_token_secret()
        super().save_model(request, obj, form, change)
        # The only time the token exists outside the venue's hands: only its hash is stored.
        messages.warning(request, SHOWN_ONCE.format(venue=obj.venue, name=obj.name, token=token))

    @admin.action(description="Revoke the selected tokens")
    def revoke(self, request: HttpRequest, queryset: QuerySet[VenueStatusToken]) -> None:
        count = status_tokens_revoke(queryset, now=timezone.now())
        self.message_user(request, TOKENS_REVOKED.format(count=count), messages.SUCCESS)


@admin.register(CityWeather)
class CityWeatherAdmin(ReadOnlyAdmin):
    list_display = ("city", "provider", "fetched_at")
    list_select_related = ("city",)
    search_fields = ("city__name",)
