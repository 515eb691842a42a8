"""The account pages of our own (allauth serves sign-up, sign-in, passwords and addresses at /accounts/): the
profile, the data export and the account's deletion. Personal pages: never cached, by anyone."""

from __future__ import annotations

import json
from typing import cast

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from events.people.accounts import selectors, services
from events.people.accounts.forms import DeleteForm, ProfileForm

PROFILE_SAVED = "Your profile is saved."
MY_EVENTS_PATH = "/me/"


def _user(request: HttpRequest) -> User:
    return cast(User, request.user)  # login_required let only a signed-in person through


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    current = selectors.profile_for(user=_user(request))
    if request.method == "POST":
        form = ProfileForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.profile_update(
                    user=_user(request),
                    name=data["name"],
                    home_city=data["home_city"].slug if data["home_city"] else None,
                    interests=[category.slug for category in data["interests"]],
                )
            except services.InvalidProfile as error:
                for field, problems in error.errors.items():
                    for problem in problems:
                        form.add_error(field if field in form.fields else None, problem)
            else:
                messages.success(request, PROFILE_SAVED)
                return redirect("people:profile")
    else:
        form = ProfileForm(
            initial={
                "name": current.name,
                "home_city": current.home_city,
                "interests": list(current.interests.all()) if current.pk else [],
            }
        )
    context = {
        "form": form,
        "email": selectors.primary_email(user=_user(request)),
        "my_events_path": MY_EVENTS_PATH,
    }
    return render(request, "people/accounts/profile.html", context, status=400 if form.errors else 200)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def export(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "people/accounts/export.html")
    data = services.account_export(user=_user(request))
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False), content_type="application/json"
    )
    filename = f"whatson-account-{timezone.now():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete(request: HttpRequest) -> HttpResponse:
    form = DeleteForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            services.account_delete_confirmed(user=_user(request), password=form.cleaned_data["password"])
        except services.WrongPassword:
            form.add_error("password", services.WRONG_PASSWORD)
            status = 400
        except services.TooManyAttempts as error:
            form.add_error(None, error.message)
            status = 429
        else:
            logout(request)
            return render(request, "people/accounts/deleted.html")
    elif form.errors:
        status = 400
    return render(request, "people/accounts/delete.html", {"form": form}, status=status)
