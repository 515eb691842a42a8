"""The account pages' forms. They collect and render; the services decide (events.people.accounts.services)."""

from __future__ import annotations

from typing import Any

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.core.exceptions import ValidationError

from events.models import Category, City
from events.people.accounts.services import password_check

NAME_HELP = "Optional: how you would like to be called."


class SignupForm(AllauthSignupForm):
    """allauth's sign-up form with an optional name (saved to Profile.name by the adapter)."""

    name = forms.CharField(label="Name", max_length=150, required=False, help_text=NAME_HELP)
    field_order = ("name", "email", "password1")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs.update({"autocomplete": "name"})
        # Labels and no placeholders: a placeholder is not a label, and disappears as one types.
        for field in self.fields.values():
            field.widget.attrs.pop("placeholder", None)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        password, name = cleaned.get("password1"), cleaned.get("name")
        # allauth compares the password with the email; ours also with the name (the API does the same).
        if password and name and not self.has_error("password1"):
            try:
                password_check(password=password, email=cleaned.get("email") or "", name=name)
            except ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class ProfileForm(forms.Form):
    name = forms.CharField(label="Name", max_length=150, required=False, help_text=NAME_HELP)
    home_city = forms.ModelChoiceField(
        label="Home city",
        queryset=City.objects.none(),
        required=False,
        empty_label="No home city",
        to_field_name="slug",
        help_text="The city we show you first.",
    )
    interests = forms.ModelMultipleChoiceField(
        label="Interests",
        queryset=Category.objects.none(),
        required=False,
        to_field_name="slug",
        widget=forms.CheckboxSelectMultiple,
        help_text="What you would like to hear about.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        home_city = self.fields["home_city"]
        interests = self.fields["interests"]
        assert isinstance(home_city, forms.ModelChoiceField)  # noqa: S101 - narrows the type for mypy
        assert isinstance(interests, forms.ModelMultipleChoiceField)  # noqa: S101
        home_city.queryset = City.objects.filter(is_active=True).order_by("name")
        interests.queryset = Category.objects.filter(parent__isnull=True).order_by("position", "name")
        self.fields["name"].widget.attrs.update({"autocomplete": "name"})


class DeleteForm(forms.Form):
    """The password, to confirm; the service checks it (and limits the attempts)."""

    password = forms.CharField(
        label="Password",
        strip=False,
        max_length=4096,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
