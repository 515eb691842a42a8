"""The organizer pages: the dashboard, becoming or claiming an organizer, submitting, editing and cancelling events.

Plain forms (CSRF, no JavaScript needed). They validate with the API's input serializers (inputs.py) and write
through the same services, so a page and the API can never disagree on a rule.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from events.models import Category, City, Event, Organizer
from events.people.organizers import services
from events.people.organizers.inputs import (
    ClaimInputSerializer,
    EventInputSerializer,
    OrganizerInputSerializer,
    form_data,
)
from events.people.organizers.limits import submission_wait, too_many_message
from events.people.organizers.selectors import (
    dashboard_events,
    memberships_of,
    organizers_of,
    submissions_of,
)
from events.vocabulary import CostType

ORGANIZER_CREATED = "{name} is listed, and you speak for it. Add its first event below."
CLAIM_SENT = "Your claim on {name} is with the moderators; we will email you their answer."
SUBMITTED = {
    "published": "{title} is published.",
    "held": "{title} is waiting for a moderator.",
    "duplicate": "{title} is already listed: we linked your submission to the listing there.",
}
EDITED = "Your changes to {title} are saved."
EDITED_HELD = "Your changes to {title} are saved, and the event is back with the moderators: {reasons}."
NO_CHANGES = "Nothing changed: {title} is as it was."
PROMOTED = "{count} people moved from the waitlist."
OVER_CAPACITY = "{count} confirmed attendees are over the new capacity of {capacity}: nobody was removed."
CANCELLED = "{title} is cancelled. Everyone who replied is being told."

FORM_STATUS = 400  # a form sent back with its errors


def _refused(request: HttpRequest, exc: services.OrganizerError) -> HttpResponse:
    """A service's refusal as a page (403, 404 or 409) saying why and what to do."""
    return render(
        request,
        "people/organizers/refused.html",
        {"message": exc.message, "reasons": exc.reasons, "claim_slug": exc.claim_slug},
        status=exc.status,
    )


def _throttled(request: HttpRequest, wait: int) -> HttpResponse:
    response = render(
        request,
        "people/organizers/refused.html",
        {"message": too_many_message(wait), "title": "Too many changes"},
        status=429,
    )
    response["Retry-After"] = str(wait)
    return response


def _errors(serializer_errors: Any) -> dict[str, list[str]]:
    """DRF's errors as {field: [message]} for templates (whole-form ones under ``form``)."""
    errors: dict[str, list[str]] = {}
    for key, value in dict(serializer_errors).items():
        name = "form" if key == "non_field_errors" else str(key)
        items = value if isinstance(value, list) else [value]
        errors[name] = [str(item) for item in items]
    return errors


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    memberships = list(memberships_of(user=request.user))
    upcoming, past = dashboard_events(user=request.user, now=timezone.now())
    return render(
        request,
        "people/organizers/dashboard.html",
        {
            "approved": [m for m in memberships if m.status == m.Status.APPROVED],
            "pending": [m for m in memberships if m.status == m.Status.PENDING],
            "rejected": [m for m in memberships if m.status == m.Status.REJECTED],
            "submissions": submissions_of(user=request.user),
            "upcoming": upcoming,
            "past": past,
        },
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def organizer_new(request: HttpRequest) -> HttpResponse:
    values: dict[str, Any] = {}
    errors: dict[str, list[str]] = {}
    claim_slug = None
    if request.method == "POST":
        wait = submission_wait(user_id=request.user.pk or 0)
        if wait is not None:
            return _throttled(request, wait)
        values = {name: request.POST.get(name, "") for name in ("name", "url", "email")}
        serializer = OrganizerInputSerializer(data=values)
        if serializer.is_valid():
            try:
                organizer = services.organizer_create(user=request.user, **serializer.validated_data)
            except services.Conflict as exc:
                errors, claim_slug = {"name": [exc.message]}, exc.claim_slug
            else:
                messages.success(request, ORGANIZER_CREATED.format(name=organizer.name))
                return redirect("people:organize")
        else:
            errors = _errors(serializer.errors)
    return render(
        request,
        "people/organizers/organizer_new.html",
        {"values": values, "errors": errors, "claim_slug": claim_slug},
        status=FORM_STATUS if errors else 200,
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def organizer_claim(request: HttpRequest, slug: str) -> HttpResponse:
    organizer = get_object_or_404(Organizer, slug=slug)
    errors: dict[str, list[str]] = {}
    message = ""
    if request.method == "POST":
        wait = submission_wait(user_id=request.user.pk or 0)
        if wait is not None:
            return _throttled(request, wait)
        message = request.POST.get("message", "")
        serializer = ClaimInputSerializer(data={"message": message})
        if serializer.is_valid():
            try:
                services.organizer_claim(user=request.user, slug=slug, **serializer.validated_data)
            except services.OrganizerError as exc:
                return _refused(request, exc)
            messages.success(request, CLAIM_SENT.format(name=organizer.name))
            return redirect("people:organize")
        errors = _errors(serializer.errors)
    return render(
        request,
        "people/organizers/claim.html",
        {"organizer": organizer, "message_value": message, "errors": errors},
        status=FORM_STATUS if errors else 200,
    )


def _form_context(**extra: Any) -> dict[str, Any]:
    return {
        "cities": City.objects.filter(is_active=True).order_by("name"),
        "categories": Category.objects.select_related("parent").order_by("parent__position", "position", "name"),
        "cost_types": CostType.choices,
        **extra,
    }


def event_values(event: Event) -> dict[str, Any]:
    """An event's fields as the form shows them (local wall-clock times, in the event's zone)."""
    local_end = event.end.astimezone(event.zone) if event.end else None
    if event.all_day:
        start = event.local_start.date().isoformat()
        last = event.local_end
        end = last.date().isoformat() if last else ""
    else:
        start = event.local_start.strftime("%Y-%m-%dT%H:%M")
        end = local_end.strftime("%Y-%m-%dT%H:%M") if local_end else ""
    category = event.subcategory or event.category
    return {
        "title": event.title,
        "description": event.description,
        "start": start,
        "end": end,
        "timezone": event.timezone,
        "all_day": event.all_day,
        "city": event.city.slug if event.city else "",
        "venue_name": event.venue_name,
        "address": event.address,
        "latitude": "" if event.latitude is None else event.latitude,
        "longitude": "" if event.longitude is None else event.longitude,
        "online": event.online,
        "url": event.url,
        "ticket_url": event.ticket_url,
        "image_url": event.image_url,
        "category": category.slug if category else "",
        "tags": ", ".join(event.tags or []),
        "cost_type": event.cost_type,
        "price_min": "" if event.price_min is None else event.price_min,
        "price_max": "" if event.price_max is None else event.price_max,
        "currency": event.currency,
        "capacity": "" if event.capacity is None else event.capacity,
    }


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def event_new(request: HttpRequest) -> HttpResponse:
    organizers = list(organizers_of(user=request.user))
    if not organizers:
        return _refused(request, services.NotAnOrganizer(services.NOT_AN_ORGANIZER))
    values: dict[str, Any] = {"organizer": organizers[0].slug, "cost_type": CostType.UNKNOWN}
    errors: dict[str, list[str]] = {}
    result = None
    if request.method == "POST":
        wait = submission_wait(user_id=request.user.pk or 0)
        if wait is not None:
            return _throttled(request, wait)
        values = {**request.POST.dict(), "all_day": "all_day" in request.POST, "online": "online" in request.POST}
        serializer = EventInputSerializer(data=form_data(request.POST), context={"organizers": organizers})
        if serializer.is_valid():
            try:
                result = services.submission_create(user=request.user, data=serializer.validated_data)
            except services.OrganizerError as exc:
                return _refused(request, exc)
            if result.state != "rejected":
                title = (result.event or result.duplicate_of or Event(title=serializer.validated_data["title"])).title
                messages.success(request, SUBMITTED[result.state].format(title=title))
                return redirect("people:organize")
        else:
            errors = _errors(serializer.errors)
    return render(
        request,
        "people/organizers/event_form.html",
        _form_context(organizers=organizers, values=values, errors=errors, rejected=result, creating=True, event=None),
        status=FORM_STATUS if errors or result else 200,
    )


def _edit_messages(request: HttpRequest, result: services.EditResult) -> None:
    title = result.event.title
    if not result.changes:
        messages.info(request, NO_CHANGES.format(title=title))
        return
    if result.held:
        messages.warning(request, EDITED_HELD.format(title=title, reasons="; ".join(result.reasons)))
    else:
        messages.success(request, EDITED.format(title=title))
    if result.promoted:
        messages.info(request, PROMOTED.format(count=result.promoted))
    if result.over_capacity:
        messages.warning(request, OVER_CAPACITY.format(count=result.over_capacity, capacity=result.event.capacity))


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def event_edit(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(Event.objects.select_related("city", "category", "subcategory", "organizer"), pk=pk)
    try:
        services.ensure_can_edit(user=request.user, event=event)
    except services.OrganizerError as exc:
        return _refused(request, exc)
    values = event_values(event)
    errors: dict[str, list[str]] = {}
    reasons: list[str] = []
    if request.method == "POST":
        wait = submission_wait(user_id=request.user.pk or 0)
        if wait is not None:
            return _throttled(request, wait)
        values = {**request.POST.dict(), "all_day": "all_day" in request.POST, "online": "online" in request.POST}
        serializer = EventInputSerializer(data=form_data(request.POST), partial=True, context={"event": event})
        if serializer.is_valid():
            try:
                result = services.event_organizer_edit(
                    user=request.user, event_id=event.pk, data=serializer.validated_data
                )
            except services.Refused as exc:
                reasons = exc.reasons
            except services.OrganizerError as exc:
                return _refused(request, exc)
            else:
                _edit_messages(request, result)
                return redirect("people:organize")
        else:
            errors = _errors(serializer.errors)
    return render(
        request,
        "people/organizers/event_form.html",
        _form_context(values=values, errors=errors, refused_reasons=reasons, creating=False, event=event),
        status=FORM_STATUS if errors or reasons else 200,
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def event_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(Event.objects.select_related("city"), pk=pk)
    try:
        services.ensure_can_edit(user=request.user, event=event)
    except services.OrganizerError as exc:
        return _refused(request, exc)
    if request.method == "POST":
        try:
            event = services.event_organizer_cancel(user=request.user, event_id=event.pk)
        except services.OrganizerError as exc:
            return _refused(request, exc)
        messages.success(request, CANCELLED.format(title=event.title))
        return redirect(reverse("people:organize"))
    return render(request, "people/organizers/event_cancel.html", {"event": event})
