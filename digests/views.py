"""The subscriber's pages: sign up, confirm, manage (change, pause, unsubscribe, export, delete), unsubscribe.

Every page reached through a token treats the token as the credential it is: ``Referrer-Policy: no-referrer``
(no link on the page leaks it to another site), ``Cache-Control: private, no-store`` (no shared or disk cache
keeps it) and ``X-Robots-Tag: noindex``. A GET never changes anything: mail scanners and link previewers fetch
every link in a mail, so confirming and unsubscribing take a POST from the page's own button (or, for
unsubscribe, the RFC 8058 one-click POST a mail client sends).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from digests.filters import describe_filters
from digests.forms import ManageForm, SubscribeForm
from digests.models import Subscription
from digests.services.subscriptions import (
    InvalidSubscription,
    SignupThrottle,
    SignupThrottled,
    subscriber_delete,
    subscriber_export,
    subscription_confirm,
    subscription_pause,
    subscription_request,
    subscription_resume,
    subscription_unsubscribe,
    subscription_update,
)
from digests.tokens import CONFIRM_SALT, TokenError, read_confirm_token, read_manage_token
from events.filters import is_slug
from events.models import City

FOREIGN_ORIGIN = "This form can only be sent from Whatson's own pages."
ONE_CLICK_DONE = "Unsubscribed. You will get no more digests from this subscription.\n"
ONE_CLICK_BAD = "This unsubscribe link is not valid.\n"
THROTTLED_TEXT = "Too many sign-ups from here in the last hour. Please try again in {minutes} minutes."
UNKNOWN_ACTION = "Unknown action."

TOKEN_HEADERS = {
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "private, no-store",
    "X-Robots-Tag": "noindex",
}
# For a page whose own form POSTs back (confirm, manage, delete): under "no-referrer" browsers send
# "Origin: null" with the POST, and Django's CSRF check (rightly) refuses it. "same-origin" still never sends
# the token to another site (cross-origin requests get no Referer at all) and lets the Origin check pass.
FORM_PAGE_REFERRER = "same-origin"


def _private(response: HttpResponse) -> HttpResponse:
    for name, value in TOKEN_HEADERS.items():
        if name not in response:  # a form page has set its own referrer policy
            response[name] = value
    return response


def _form_page(response: HttpResponse) -> HttpResponse:
    response["Referrer-Policy"] = FORM_PAGE_REFERRER
    return response


def token_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """The private headers on every answer of a token view, errors included."""

    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return _private(view(request, *args, **kwargs))

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


def _client_ip(request: HttpRequest) -> str:
    # The API throttle's notion of the client (honours API_NUM_PROXIES): the same key for the form and the API.
    return SignupThrottle().get_ident(request)


def _bad_token(request: HttpRequest, error: TokenError, *, city: City | None = None) -> HttpResponse:
    status = 410 if error.expired else 400
    context = {"message": str(error), "expired": error.expired, "city": city}
    return render(request, "digests/bad_link.html", context, status=status)


def _city_of_expired(token: str) -> City | None:
    """The city of an expired (but authentic) confirmation link, to offer the right sign-up form again."""
    try:
        pk, _ = signing.loads(token, salt=CONFIRM_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    subscription = Subscription.objects.select_related("city").filter(pk=pk).first() if isinstance(pk, int) else None
    return subscription.city if subscription is not None else None


# --- sign up ---------------------------------------------------------------------------------------------


def _allowed_origins(request: HttpRequest) -> set[str]:
    site = urlsplit(settings.SITE_URL)
    return {f"{site.scheme}://{site.netloc}".lower(), f"{request.scheme}://{request.get_host()}".lower()}


def _foreign_origin(request: HttpRequest) -> bool:
    origin = request.headers.get("Origin")
    return origin is not None and origin.strip().lower().rstrip("/") not in _allowed_origins(request)


def _preset(form: SubscribeForm, city: City | None) -> dict[str, str]:
    """The category and area the form carries (from the city page), with names for the note."""
    from events.models import Area, Category

    category = str(form["category"].value() or "")[:400]
    area = str(form["area"].value() or "")[:400]
    # A hand-made POST may carry anything: no lookup for what cannot be a slug (PostgreSQL refuses NUL).
    category = category if is_slug(category) else ""
    area = area if is_slug(area) else ""
    category_name = Category.objects.filter(slug=category).values_list("name", flat=True).first() if category else None
    area_name = (
        Area.objects.filter(slug=area, city=city).values_list("name", flat=True).first() if area and city else None
    )
    return {
        "category_slug": category,
        "category_name": category_name or category,
        "area_slug": area,
        "area_name": area_name or area,
    }


def _subscribe_context(form: SubscribeForm, city: City | None, errors: dict[str, list[str]]) -> dict[str, Any]:
    return {
        **_preset(form, city),
        "form": form,
        "city": city,
        "cities": [] if city is not None else list(City.objects.filter(is_active=True).order_by("name")),
        "errors": errors,
        "with_csrf": True,
    }


def _city_from(value: str | None) -> City | None:
    if not value or not is_slug(value):
        return None
    return City.objects.filter(slug=value[:120], is_active=True).first()


# The city page is cached and shared by every visitor, so its form cannot carry a per-visitor CSRF token; this
# view is exempt because CSRF protects ambient authority and there is none here: the request is anonymous, it
# changes nothing anyone can see (a pending request that only the mailbox's owner can confirm — double opt-in —
# and never a confirmed subscription), the JSON API offers the same without CSRF, and throttles per client and
# per address bound the mail it can cause. A POST whose Origin says another site sent it is still refused.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        city = _city_from(request.GET.get("city"))
        initial = {"city": city.slug if city else "", "cadence": "weekly"}
        for key in ("category", "area"):
            if request.GET.get(key):
                initial[key] = request.GET[key][:400]
        form = SubscribeForm(initial=initial)
        return render(request, "digests/subscribe.html", _subscribe_context(form, city, {}))
    if _foreign_origin(request):
        return render(request, "digests/refused.html", {"message": FOREIGN_ORIGIN}, status=403)
    return _subscribe_post(request)


def _subscribe_post(request: HttpRequest) -> HttpResponse:
    form = SubscribeForm(request.POST)
    city = _city_from(request.POST.get("city"))
    if not form.is_valid():
        errors = {key: [str(m) for m in messages] for key, messages in form.errors.items()}
        return render(request, "digests/subscribe.html", _subscribe_context(form, city, errors), status=400)
    try:
        subscription_request(
            email=form.cleaned_data["email"],
            city=form.cleaned_data["city"],
            filters=form.filters(),
            cadence=form.cleaned_data.get("cadence") or None,
            client_ip=_client_ip(request),
        )
    except InvalidSubscription as error:
        return render(request, "digests/subscribe.html", _subscribe_context(form, city, error.errors), status=400)
    except SignupThrottled as error:
        minutes = max(1, (error.wait_seconds + 59) // 60)
        context = {"message": THROTTLED_TEXT.format(minutes=minutes), "city": city}
        response = render(request, "digests/throttled.html", context, status=429)
        response["Retry-After"] = str(error.wait_seconds)
        return response
    response = render(request, "digests/check_inbox.html", {"city": city})
    response["Cache-Control"] = "private, no-store"
    return response


# --- confirm ---------------------------------------------------------------------------------------------


@token_page
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    try:
        subscription = read_confirm_token(token)
    except TokenError as error:
        return _bad_token(request, error, city=_city_of_expired(token) if error.expired else None)
    if request.method == "POST" and subscription.status == Subscription.Status.PENDING:
        subscription = subscription_confirm(subscription=subscription, client_ip=_client_ip(request))
    elif subscription.status == Subscription.Status.PENDING:
        return _form_page(render(request, "digests/confirm.html", _subscription_context(subscription)))
    # Confirmed now, before, or a second press: the same answer.
    return render(request, "digests/confirmed.html", _subscription_context(subscription))


def _subscription_context(subscription: Subscription, **extra: Any) -> dict[str, Any]:
    from digests.tokens import manage_token

    manage = manage_token(subscription)
    return {
        "subscription": subscription,
        "city": subscription.city,
        "description": describe_filters(subscription.city, subscription.filters or {}),
        "manage_url": reverse("digests:manage", args=[manage]),
        "unsubscribe_url": reverse("digests:unsubscribe", args=[manage]),
        "export_url": reverse("digests:export", args=[manage]),
        "delete_url": reverse("digests:delete", args=[manage]),
        **extra,
    }


# --- manage ----------------------------------------------------------------------------------------------

NOTICES = {
    "save": "Saved: your digest now follows these choices.",
    "pause": "Paused: no digests until you resume.",
    "resume": "Resumed: your digests start again with the next one due.",
    "unsubscribe": "You're unsubscribed: no more digests. You can resubscribe from this page at any time.",
}


@token_page
@require_http_methods(["GET", "HEAD", "POST"])
def manage(request: HttpRequest, token: str) -> HttpResponse:
    try:
        subscription = read_manage_token(token)
    except TokenError as error:
        return _bad_token(request, error)
    if request.method != "POST":
        form = ManageForm(subscription=subscription)
        return _form_page(render(request, "digests/manage.html", _subscription_context(subscription, form=form)))
    action = request.POST.get("action", "save")
    if action == "save":
        return _manage_save(request, subscription)
    actions = {
        "pause": lambda: subscription_pause(subscription=subscription),
        "resume": lambda: subscription_resume(subscription=subscription),
        "unsubscribe": lambda: subscription_unsubscribe(subscription=subscription, via="link"),
    }
    if action not in actions:
        form = ManageForm(subscription=subscription)
        context = _subscription_context(subscription, form=form, problem=UNKNOWN_ACTION)
        return _form_page(render(request, "digests/manage.html", context, status=400))
    subscription = actions[action]()
    form = ManageForm(subscription=subscription)
    context = _subscription_context(subscription, form=form, notice=NOTICES[action])
    return _form_page(render(request, "digests/manage.html", context))


def _manage_save(request: HttpRequest, subscription: Subscription) -> HttpResponse:
    form = ManageForm(request.POST, subscription=subscription)
    if form.is_valid():
        try:
            subscription = subscription_update(
                subscription=subscription, filters=form.filters(), cadence=form.cleaned_data.get("cadence")
            )
        except InvalidSubscription as error:
            for key, messages in error.errors.items():
                for message in messages:
                    form.add_error(key if key in form.fields else None, message)
        else:
            form = ManageForm(subscription=subscription)
            context = _subscription_context(subscription, form=form, notice=NOTICES["save"])
            return _form_page(render(request, "digests/manage.html", context))
    return _form_page(
        render(request, "digests/manage.html", _subscription_context(subscription, form=form), status=400)
    )


@token_page
@require_http_methods(["GET", "HEAD"])
def export(request: HttpRequest, token: str) -> HttpResponse:
    try:
        subscription = read_manage_token(token)
    except TokenError as error:
        return _bad_token(request, error)
    data = subscriber_export(email=subscription.email)
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="whatson-subscriptions.json"'
    return response


@token_page
@require_http_methods(["GET", "HEAD", "POST"])
def delete(request: HttpRequest, token: str) -> HttpResponse:
    try:
        subscription = read_manage_token(token)
    except TokenError as error:
        return _bad_token(request, error)
    if request.method != "POST":
        context = _subscription_context(subscription, others=_other_count(subscription))
        return _form_page(render(request, "digests/delete.html", context))
    city = subscription.city
    count = subscriber_delete(email=subscription.email)
    return render(request, "digests/deleted.html", {"count": count, "city": city})


def _other_count(subscription: Subscription) -> int:
    from digests.services.suppression import subscriptions_of

    return subscriptions_of(subscription.email).exclude(pk=subscription.pk).count()


# --- unsubscribe -----------------------------------------------------------------------------------------


# Exempt from CSRF by design (RFC 8058): a mail client POSTs "List-Unsubscribe=One-Click" to this URL without
# cookies or a page; the signed token in the URL is the authentication, and unsubscribing is the only effect.
@csrf_exempt
@token_page
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    one_click = request.method == "POST" and request.POST.get("List-Unsubscribe") == "One-Click"
    try:
        subscription = read_manage_token(token)
    except TokenError as error:
        if one_click:
            return HttpResponse(ONE_CLICK_BAD, status=400, content_type="text/plain; charset=utf-8")
        return _bad_token(request, error)
    if one_click:
        subscription_unsubscribe(subscription=subscription, via="one-click")
        return HttpResponse(ONE_CLICK_DONE, content_type="text/plain; charset=utf-8")
    if request.method == "POST":
        subscription = subscription_unsubscribe(subscription=subscription, via="link")
        return render(request, "digests/unsubscribed.html", _subscription_context(subscription))
    return _form_page(render(request, "digests/unsubscribe.html", _subscription_context(subscription)))
