"""Analytics pages: the click-out redirect (tickets, the event's website) and an event's dashboard for its
organizers. Views read the request, call a selector or ``record`` and render."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django import forms
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from events import selectors as event_selectors
from events.analytics import counts_as_view
from events.models import Event
from events.people.analytics import selectors
from events.people.analytics.recording import record
from events.people.models import InteractionKind
from events.people.organizers.selectors import can_manage_event

NO_EVENT = "No such event."
NO_LINK = "This event has no such link."
NOT_YOURS = "Only the event's organizers and staff can see its figures."
BAD_DAYS = "Choose a number of days from 1 to {max}."
# Which link of the event each click-out address leads to: the event's own field, nothing else.
CLICK_OUT_FIELDS = {"ticket": "ticket_url", "website": "url"}
SAFE_SCHEMES = frozenset({"http", "https"})
BAR_STEPS = 20  # bars are drawn in 5 % steps (classes bar--0 … bar--100 in people-analytics.css)
DAY_CHOICES = (7, 30, 90, 365)


def external_link(event: Event, which: str) -> str | None:
    """The event's own ticket or website address, when it is a plain http(s) one with a host."""
    field = CLICK_OUT_FIELDS.get(which)
    target = (getattr(event, field) or "").strip() if field else ""
    if not target:
        return None
    parts = urlsplit(target)
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.hostname:
        return None
    return target


@never_cache  # every click must reach us to be counted
@require_safe
def click_out(request: HttpRequest, pk: str, which: str) -> HttpResponse:
    """Count a click-out (people, not bots or prefetches) and send the browser to the event's own link.

    Only ever the ``ticket_url`` or ``url`` of the published event in the address: no parameter can choose
    another destination (no open redirect)."""
    event = event_selectors.event_get_public(pk=int(pk))
    if event is None or event.merged_into_id is not None:
        raise Http404(NO_EVENT)
    target = external_link(event, which)
    if target is None:
        raise Http404(NO_LINK)
    if counts_as_view(request):
        record(
            InteractionKind.CLICK, event_id=event.pk, user_id=request.user.pk if request.user.is_authenticated else None
        )
    response = HttpResponseRedirect(target)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


class DaysForm(forms.Form):
    days = forms.IntegerField(
        min_value=1,
        max_value=selectors.MAX_DAYS,
        required=False,
        error_messages={
            "invalid": BAD_DAYS.format(max=selectors.MAX_DAYS),
            "min_value": BAD_DAYS.format(max=selectors.MAX_DAYS),
            "max_value": BAD_DAYS.format(max=selectors.MAX_DAYS),
        },
    )


def bar_step(value: int, peak: int) -> int:
    """``value`` as a share of ``peak``, in percent rounded to the bars' 5 % steps (a non-zero value shows)."""
    if value <= 0 or peak <= 0:
        return 0
    return max(1, round(value / peak * BAR_STEPS)) * (100 // BAR_STEPS)


@require_safe
def event_stats(request: HttpRequest, pk: str) -> HttpResponse:
    """An event's views, saves, RSVPs, shares and click-outs by day, for its organizers and staff."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    event = Event.objects.filter(pk=int(pk)).select_related("city").first()
    if event is None:
        raise Http404(NO_EVENT)
    if not can_manage_event(user=request.user, event=event):
        raise PermissionDenied(NOT_YOURS)
    form = DaysForm(request.GET)
    status = 200
    days = selectors.DEFAULT_DAYS
    if form.is_valid():
        days = form.cleaned_data["days"] or selectors.DEFAULT_DAYS
    else:
        status = 400
    figures = selectors.event_figures(event=event, days=days)
    peak = figures.peak
    rows: list[dict[str, Any]] = [
        {
            "day": day,
            "cells": [(getattr(day, name), bar_step(getattr(day, name), peak)) for name in selectors.COUNTS],
        }
        for day in reversed(figures.days)  # newest first: what an organizer looks for
    ]
    context = {
        "event": event,
        "figures": figures,
        "rows": rows,
        "days": days,
        "day_choices": sorted({*DAY_CHOICES, days}),
        "errors": [message for messages in form.errors.values() for message in messages],
    }
    response = render(request, "people/analytics/event_stats.html", context, status=status)
    patch_cache_control(response, private=True, no_store=True)
    patch_vary_headers(response, ("Cookie",))
    return response
