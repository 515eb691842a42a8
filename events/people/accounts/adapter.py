"""allauth's account adapter for Whatson: profiles at sign-up, links built from SITE_URL, mails without control
characters in their headers."""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

from allauth.account.adapter import DefaultAccountAdapter
from django.contrib.auth.models import AbstractBaseUser, User
from django.http import HttpRequest
from django.urls import reverse

from events.links import site_url
from events.people.accounts.services import profile_create


def _one_line(text: str) -> str:
    """A header value: control characters (a line break would start another header) become spaces."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request: HttpRequest, user: AbstractBaseUser, form: Any, commit: bool = True) -> Any:
        saved = super().save_user(request, user, form, commit=commit)
        if commit:
            profile_create(user=cast(User, saved or user), name=str(form.cleaned_data.get("name") or ""))
        return saved

    # Links in mails from SITE_URL, never from the request's Host header (events.links explains why).
    def get_email_confirmation_url(self, request: HttpRequest, emailconfirmation: Any) -> str:
        return site_url(reverse("account_confirm_email", args=[emailconfirmation.key]))

    def get_reset_password_from_key_url(self, key: str) -> str:
        # allauth's own way: the key is opaque ("<uidb36>-<token>"), placed where the pattern has "UID-KEY".
        path = reverse("account_reset_password_from_key", kwargs={"uidb36": "UID", "key": "KEY"})
        return site_url(path.replace("UID-KEY", quote(key)))

    def send_account_already_exists_mail(self, email: str) -> None:
        context = {
            "signup_url": site_url(reverse("account_signup")),
            "password_reset_url": site_url(reverse("account_reset_password")),
        }
        self.send_mail("account/email/account_already_exists", email, context)

    def format_email_subject(self, subject: str) -> str:
        return _one_line(super().format_email_subject(subject))
