"""The compare view: a suspected duplicate pair side by side, field by field, and the merge that settles it.

Served under the admin (``admin/moderation/compare/<a>/<b>/``, wrapped in ``admin.site.admin_view``: staff
only, login otherwise) and further limited to users who may change events. The merge itself is
moderation.actions.events_merge; this view only reads the form and reports.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import Truncator
from django.views.decorators.http import require_http_methods
from rapidfuzz import fuzz

from events.models import Event
from events.pipeline.dedup.scoring import score_pair
from events.pipeline.geo import haversine_km
from moderation.actions import event_split, events_merge

PERMISSION = "events.change_event"
DESCRIPTION_CHARS = 300
BAD_CHOICE = "choose which event to keep: left or right"
MERGED = "Merged “{loser}” (#{loser_pk}) into this event: its listings and records are here now."
MERGE_REFUSED = "Not merged: {error}"
KEEP = ("left", "right")
BAD_OTHER = "give the id of the event to compare with (a number, not this event's own)"
SPLIT_DONE = "Merge undone: this event has its own listings and page again."
SPLIT_REFUSED = "Not split: {error}"


@dataclasses.dataclass(frozen=True, slots=True)
class Row:
    label: str
    left: str
    right: str
    similarity: str  # a ratio, minutes or km apart, "same"/"different", or "" when one side has nothing


def _text_ratio(a: str, b: str) -> str:
    if not a or not b:
        return ""
    return f"{fuzz.ratio(a.casefold(), b.casefold()) / 100:.2f}"


def _same(a: Any, b: Any) -> str:
    if a in (None, "") or b in (None, ""):
        return ""
    return "same" if a == b else "different"


def _local(event: Event, moment: dt.datetime | None) -> str:
    """A time in the event's own zone, with the zone's short name; never raw UTC."""
    if moment is None:
        return ""
    local = moment.astimezone(event.zone)
    return f"{local:%a %d %b %Y %H:%M} {local.tzname()}"


def _minutes_apart(a: dt.datetime | None, b: dt.datetime | None) -> str:
    if a is None or b is None:
        return ""
    minutes = round(abs((a - b).total_seconds()) / 60)
    return "same time" if minutes == 0 else f"{minutes} min apart"


def _km_apart(a: Event, b: Event) -> str:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return ""
    return f"{haversine_km(a.latitude, a.longitude, b.latitude, b.longitude):.2f} km apart"  # type: ignore[arg-type]


def _venue(event: Event) -> str:
    return event.venue.name if event.venue else event.venue_name


def _price(event: Event) -> str:
    low, high = event.price_min, event.price_max
    amount = "" if low is None else (f"{low}" if high in (None, low) else f"{low}–{high}")
    return " ".join(part for part in (event.get_cost_type_display(), amount, event.currency if amount else "") if part)


def _place(event: Event) -> str:
    if event.latitude is None or event.longitude is None:
        return ""
    return f"{event.latitude:.5f}, {event.longitude:.5f}"


def compare_rows(a: Event, b: Event) -> list[Row]:
    """The side-by-side table with a per-field similarity."""
    desc_a, desc_b = a.description or "", b.description or ""
    return [
        Row("title", a.title, b.title, _text_ratio(a.title, b.title)),
        Row("start", _local(a, a.start), _local(b, b.start), _minutes_apart(a.start, b.start)),
        Row("end", _local(a, a.end), _local(b, b.end), _minutes_apart(a.end, b.end)),
        Row("venue", _venue(a), _venue(b), _text_ratio(_venue(a), _venue(b))),
        Row("address", a.address, b.address, _text_ratio(a.address, b.address)),
        Row("place", _place(a), _place(b), _km_apart(a, b)),
        Row("city", str(a.city or ""), str(b.city or ""), _same(a.city_id, b.city_id)),
        Row("url", a.url, b.url, _same(a.url, b.url)),
        Row("ticket url", a.ticket_url, b.ticket_url, _same(a.ticket_url, b.ticket_url)),
        Row("price", _price(a), _price(b), _same(_price(a), _price(b))),
        Row(
            "organizer",
            str(a.organizer or ""),
            str(b.organizer or ""),
            _text_ratio(str(a.organizer or ""), str(b.organizer or "")),
        ),
        Row("category", str(a.category or ""), str(b.category or ""), _same(a.category_id, b.category_id)),
        Row(
            "description",
            Truncator(desc_a).chars(DESCRIPTION_CHARS),
            Truncator(desc_b).chars(DESCRIPTION_CHARS),
            _text_ratio(desc_a[:2000], desc_b[:2000]),
        ),
        Row("moderation", a.get_moderation_status_display(), b.get_moderation_status_display(), ""),
        Row("listed at", _listed_at(a), _listed_at(b), ""),
    ]


def _listed_at(event: Event) -> str:
    return ", ".join(listing.source.name for listing in event.listings.select_related("source"))


def _record(event: Event) -> dict[str, Any]:
    """The event in the shape the dedup stage scores (as it compares a new record with an existing event)."""
    return {
        "title": event.title,
        "start": event.start.astimezone(event.zone).isoformat(),
        "venue_name": _venue(event) or None,
        "latitude": event.latitude,
        "longitude": event.longitude,
        "url": event.url or None,
        "ticket_url": event.ticket_url or None,
        "city": event.city.name if event.city else None,
    }


def _events(a: int, b: int) -> tuple[Event, Event]:
    query = Event.objects.select_related("city", "venue", "organizer", "category")
    return get_object_or_404(query, pk=a), get_object_or_404(query, pk=b)


@require_http_methods(["GET", "HEAD", "POST"])
def _compare(request: HttpRequest, a: int, b: int) -> HttpResponse:
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    left, right = _events(a, b)
    if request.method == "POST":
        return _merge(request, left, right)
    pair = score_pair(_record(left), _record(right))
    context = {
        **admin.site.each_context(request),
        "title": f"Compare #{left.pk} and #{right.pk}",
        "left": left,
        "right": right,
        "rows": compare_rows(left, right),
        "pair": pair,
        "pair_scores": sorted(pair.scores.items()),
    }
    return TemplateResponse(request, "admin/moderation/compare.html", context)


def _merge(request: HttpRequest, left: Event, right: Event) -> HttpResponseRedirect:
    keep = request.POST.get("keep")
    if keep not in KEEP:
        messages.error(request, BAD_CHOICE)
        return redirect(request.path)
    winner, loser = (left, right) if keep == "left" else (right, left)
    try:
        events_merge(acting_user=request.user, winner=winner, loser=loser, reason=request.POST.get("reason", ""))
    except ValueError as error:
        messages.error(request, MERGE_REFUSED.format(error=error))
        return redirect(request.path)
    messages.success(request, MERGED.format(loser=loser.title, loser_pk=loser.pk))
    return redirect(reverse("admin:events_event_change", args=[winner.pk]))


@require_http_methods(["GET", "HEAD"])
def _compare_with(request: HttpRequest, a: int) -> HttpResponse:
    """The Event change page's "Merge with…" form names the other event by id; the compare page is by path."""
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    other = (request.GET.get("with") or "").strip().lstrip("#")
    if not other.isdigit() or int(other) == a or not Event.objects.filter(pk=int(other)).exists():
        messages.error(request, BAD_OTHER)
        return redirect(reverse("admin:events_event_change", args=[a]))
    return redirect(reverse("moderation-compare", args=[a, int(other)]))


@require_http_methods(["POST"])
def _split(request: HttpRequest, pk: int) -> HttpResponseRedirect:
    """Undo the latest merge of this (merged-away) event; the button sits on its change page."""
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    event = get_object_or_404(Event, pk=pk)
    try:
        event_split(acting_user=request.user, event=event, reason=request.POST.get("reason", ""))
    except ValueError as error:
        messages.error(request, SPLIT_REFUSED.format(error=error))
    else:
        messages.success(request, SPLIT_DONE)
    return redirect(reverse("admin:events_event_change", args=[pk]))


# Staff (and active) checked by the admin, with the admin's login redirect; change_event by the view.
compare_events = admin.site.admin_view(_compare)
compare_with = admin.site.admin_view(_compare_with)
split_event = admin.site.admin_view(_split)
