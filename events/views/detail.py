"""The event page. Views only read request input, call selectors and render."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from events import selectors


@require_safe
def event_detail(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    merged_into = selectors.event_merged_target(pk=pk)
    if merged_into is not None:
        # A moderator merged this duplicate away: its address now means the winner's page (301, so search
        # engines move too). A merge can be split again, so browsers must ask each time rather than cache the
        # redirect forever, which Chromium does with a bare 301.
        response = redirect(merged_into, permanent=True)
        patch_cache_control(response, no_cache=True, max_age=0)
        return response
    event = selectors.event_get_public(pk=pk)
    if event is None:
        raise Http404("No such event.")
    if slug != event.slug:
        return redirect(event, permanent=True)
    context = {"event": event, "city": event.city, "listings": list(selectors.event_listings(event=event))}
    return render(request, "events/event_detail.html", context)


urlpatterns = [
    path("events/<int:pk>/<str:slug>/", event_detail, name="detail"),
]
