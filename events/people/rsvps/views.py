"""RSVP pages: the event page's reply and cancel forms (plain POSTs, no JavaScript needed), the organizer's
attendee list with its CSV, and a person's own calendar feed of the events they replied to."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST, require_safe

from events import calendar_export
from events.models import Event
from events.people.organizers.selectors import can_manage_event
from events.people.rsvps import selectors, services
from events.people.rsvps.api import csv_response
from events.people.rsvps.csv_export import attendees_csv
from events.people.rsvps.throttles import RsvpChangesThrottle

GOING = "You're going. We'll remind you the day before."
WAITLISTED = "The event is full: you're on the waitlist, position {position}. We'll email you if a seat frees up."
CANCELLED = "Your reply is cancelled."
CANCELLED_PROMOTED = "Your reply is cancelled; your seat went to the next person on the waitlist."
TOO_FAST = "Too many changes in a minute: try again in a moment."
CALENDAR_RESET = "Your calendar has a new address: add it to your calendar app again. The old one no longer works."
CALENDAR_NAME = "My Whatson events"
CALENDAR_REFRESH_MINUTES = 60


def _event_or_404(pk: str | int) -> Event:
    number = selectors.valid_id(pk)
    event = Event.objects.filter(pk=number).first() if number is not None else None
    if event is None:
        raise Http404(services.EVENT_NOT_FOUND)
    return event


def _throttled(request: HttpRequest) -> bool:
    return not RsvpChangesThrottle().allow_request(request, None)


def rsvp(request: HttpRequest, pk: str) -> HttpResponse:
    if request.method in ("GET", "HEAD"):
        # /events/<id>/rsvp/ is also the address of an event whose slug is "rsvp" (this route comes first): the
        # event page answers (and redirects any other event to its own address).
        from events.views.detail import event_detail

        return event_detail(request, _event_or_404(pk).pk, "rsvp")
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    event = _event_or_404(pk)
    if not request.user.is_authenticated:
        return redirect_to_login(event.get_absolute_url())
    if _throttled(request):
        messages.error(request, TOO_FAST)
        return redirect(event)
    try:
        result = services.rsvp_create(event_id=event.pk, user=request.user)
    except services.EventNotFoundError:
        raise Http404(services.EVENT_NOT_FOUND) from None
    except services.RsvpError as error:
        messages.error(request, error.message)
        return redirect(event)
    if result.status == "confirmed":
        messages.success(request, GOING)
    else:
        messages.info(request, WAITLISTED.format(position=result.position))
    return redirect(event)


def rsvp_cancel(request: HttpRequest, pk: str) -> HttpResponse:
    if request.method in ("GET", "HEAD"):  # a bookmarked or reloaded form address: the event's page
        event = _event_or_404(pk)
        if not event.is_published:  # as the event page itself: an unpublished id is not found
            raise Http404(services.EVENT_NOT_FOUND)
        return redirect(event)
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    event = _event_or_404(pk)
    if not request.user.is_authenticated:
        return redirect_to_login(event.get_absolute_url())
    if _throttled(request):
        messages.error(request, TOO_FAST)
        return redirect(event)
    try:
        result = services.rsvp_cancel(event_id=event.pk, user=request.user)
    except services.RsvpError as error:
        messages.error(request, error.message)
        return redirect(event)
    messages.success(request, CANCELLED_PROMOTED if result.promoted_rsvp_id else CANCELLED)
    return redirect(event)


def _managed_event(request: HttpRequest, pk: str) -> Event:
    event = _event_or_404(pk)
    if not can_manage_event(user=request.user, event=event):
        if not selectors.is_listed(event):  # as in the API: an unlisted id is not confirmed to a stranger
            raise Http404(services.EVENT_NOT_FOUND)
        raise PermissionDenied("Only the event's organizers and staff can see who replied.")
    return event


@require_safe
@login_required
def attendees(request: HttpRequest, pk: str) -> HttpResponse:
    event = _managed_event(request, pk)
    rows = selectors.attendees(event=event)
    confirmed = [row for row in rows if row.status == "confirmed"]
    waitlisted = [row for row in rows if row.status == "waitlisted"]
    response = render(
        request,
        "people/rsvps/attendees.html",
        {
            "event": event,
            "confirmed": confirmed,
            "waitlisted": waitlisted,
            "over_capacity": max(0, len(confirmed) - event.capacity) if event.capacity is not None else 0,
        },
    )
    response["Cache-Control"] = "private, no-store"
    return response


@require_safe
@login_required
def attendees_download(request: HttpRequest, pk: str) -> HttpResponse:
    event = _managed_event(request, pk)
    return csv_response(event, attendees_csv(selectors.attendees(event=event)))


@require_safe
def calendar(request: HttpRequest, token: str) -> HttpResponse:
    """The person's replies as a calendar to subscribe to; the token in the address is the only key."""
    profile = selectors.calendar_profile(token=token)
    if profile is None:
        raise Http404("No such calendar.")
    events = list(selectors.calendar_events(user_id=profile.user_id))
    body = calendar_export.calendar_ics(events, name=CALENDAR_NAME, refresh_minutes=CALENDAR_REFRESH_MINUTES)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


@require_POST
@login_required
def calendar_reset(request: HttpRequest) -> HttpResponse:
    """My events' "Reset the link" button: the calendar feed moves to a new secret address."""
    services.calendar_token_reset(user=request.user)
    messages.success(request, CALENDAR_RESET)
    return redirect(reverse("people:me") + "#calendar")
