"""The subscriber's forms: sign up (city page, standalone page) and manage (change the saved filter).

The forms collect and render; digests.services.subscriptions validates (digests.filters, digests.addresses), so
the form and the API refuse the same things with the same messages. Choice fields here therefore accept any
submitted value and leave the verdict to the service (an unknown category gets "Unknown category “x”.", not
Django's generic "Select a valid choice").
"""

from __future__ import annotations

from typing import Any

from django import forms

from digests.filters import DAY_CHOICES, KEYS, TIME_CHOICES
from digests.models import Cadence, Subscription
from events.models import Category, City


class LenientMultipleChoiceField(forms.MultipleChoiceField):
    """Rendered as checkboxes of the known choices; any submitted value is passed on for the service to judge."""

    def valid_value(self, value: Any) -> bool:
        return True


class LenientChoiceField(forms.ChoiceField):
    """One choice, rendered from the known ones; the service judges the value."""

    def valid_value(self, value: Any) -> bool:
        return True


class SubscribeForm(forms.Form):
    email = forms.CharField(label="Your email address", max_length=320, strip=False)
    cadence = LenientChoiceField(
        label="How often", choices=Cadence.choices, initial=Cadence.WEEKLY, required=False, widget=forms.RadioSelect
    )
    city = forms.CharField(max_length=120, required=False)
    category = forms.CharField(max_length=400, required=False)
    area = forms.CharField(max_length=400, required=False)

    def filters(self) -> dict[str, str]:
        """The page's category and area, when it was filtered by them (nothing else: the note says so)."""
        data = self.cleaned_data
        return {key: data[key] for key in ("category", "area") if data.get(key)}


def _category_choices(saved: list[str]) -> list[tuple[str, str]]:
    categories = list(Category.objects.filter(parent__isnull=True).order_by("position", "name"))
    choices = [(c.slug, c.name) for c in categories]
    known = {slug for slug, _ in choices}
    extra = [slug for slug in saved if slug not in known]  # a saved sub-category stays visible and ticked
    if extra:
        names = dict(Category.objects.filter(slug__in=extra).values_list("slug", "name"))
        choices += [(slug, names.get(slug, slug)) for slug in extra]
    return choices


class ManageForm(forms.Form):
    category = LenientMultipleChoiceField(
        label="Categories", required=False, widget=forms.CheckboxSelectMultiple, help_text="None ticked: all."
    )
    area = LenientMultipleChoiceField(
        label="Areas", required=False, widget=forms.CheckboxSelectMultiple, help_text="None ticked: the whole city."
    )
    q = forms.CharField(label="Keywords", required=False, max_length=400, strip=False)
    free = forms.BooleanField(label="Free events only", required=False)
    days = LenientMultipleChoiceField(
        label="Days", choices=DAY_CHOICES, required=False, widget=forms.CheckboxSelectMultiple
    )
    times = LenientMultipleChoiceField(
        label="Times of day", choices=TIME_CHOICES, required=False, widget=forms.CheckboxSelectMultiple
    )
    cadence = LenientChoiceField(label="How often", choices=Cadence.choices, widget=forms.RadioSelect)

    def __init__(self, *args: Any, subscription: Subscription, **kwargs: Any) -> None:
        filters = subscription.filters or {}
        kwargs.setdefault("initial", {**{key: filters.get(key) for key in KEYS}, "cadence": subscription.cadence})
        super().__init__(*args, **kwargs)
        city: City = subscription.city
        category_field = self.fields["category"]
        area_field = self.fields["area"]
        assert isinstance(category_field, forms.ChoiceField) and isinstance(area_field, forms.ChoiceField)  # noqa: S101, PT018
        category_field.choices = _category_choices(list(filters.get("category") or []))
        area_field.choices = [(a.slug, a.name) for a in city.areas.order_by("name")]

    def filters(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {key: data[key] for key in KEYS if data.get(key) not in (None, "", [], False)}
