"""The library's pages: the event page's save and follow buttons (plain POST forms that redirect back with a
message, so they work without JavaScript) and "My events" (/me/)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache

from events.models import Event
from events.people.library import selectors, services
from events.people.rsvps import selectors as rsvp_selectors

# Messages the library box shows (and only those: the RSVP box shows its own).
TAG = "library"
SAVED = "Saved “{title}”. It is in My events."
ALREADY_SAVED = "“{title}” was already saved."
UNSAVED = "Removed “{title}” from your saved events."
FOLLOWING = "You follow {name} now."
ALREADY_FOLLOWING = "You already follow {name}."
UNFOLLOWED = "You no longer follow {name}."
SIGN_IN = "Sign in to save events and follow what you like."


def _back(request: HttpRequest, default: str) -> str:
    """Where to go after a button: the form's ``next`` when it is one of our own pages, else ``default``."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=False):
        return target
    return default


# The largest id a row can have (a signed 64-bit key): the routes take any run of digits, and a longer one
# would overflow the database's integer (an OverflowError on SQLite) instead of naming nothing.
MAX_ID = 2**63 - 1


def _check_id(pk: int) -> None:
    if not 0 < pk <= MAX_ID:
        raise Http404(services.NO_SUCH_EVENT)


def _event_path(pk: int) -> str:
    event = Event.objects.filter(pk=pk).only("pk", "slug").first()
    return event.get_absolute_url() if event is not None else reverse("people:me")


def _refused(request: HttpRequest, default: str) -> HttpResponse | None:
    """Sign-in first (then back to the page the button was on), and the budget of changes."""
    if not request.user.is_authenticated:
        messages.info(request, SIGN_IN, extra_tags=TAG)
        return redirect_to_login(_back(request, default))
    wait = services.change_allowed(user_id=request.user.pk)
    if wait is not None:
        messages.error(request, services.TOO_MANY_CHANGES, extra_tags=TAG)
        response = redirect(_back(request, default))
        response["Retry-After"] = str(int(wait))
        return response
    return None


def _event_page_or_405(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    """GET of /events/<pk>/save/ is the page of an event whose slug is "save" (these routes come first)."""
    if request.method in ("GET", "HEAD"):
        from events.views.detail import event_detail

        return event_detail(request, pk, slug)
    return HttpResponseNotAllowed(["POST"])


def save(request: HttpRequest, pk: int) -> HttpResponse:
    if request.method != "POST":
        return _event_page_or_405(request, pk, "save")
    _check_id(pk)
    default = _event_path(pk)
    refused = _refused(request, default)
    if refused is not None:
        return refused
    try:
        saved, created = services.saved_event_create(user=request.user, event_id=pk)
    except services.LibraryError as exc:
        messages.error(request, exc.message, extra_tags=TAG)
        return redirect(_back(request, default))
    template = SAVED if created else ALREADY_SAVED
    messages.success(request, template.format(title=saved.event.title), extra_tags=TAG)
    return redirect(_back(request, default))


def unsave(request: HttpRequest, pk: int) -> HttpResponse:
    if request.method != "POST":
        return _event_page_or_405(request, pk, "unsave")
    _check_id(pk)
    default = _event_path(pk)
    refused = _refused(request, default)
    if refused is not None:
        return refused
    title = Event.objects.filter(pk=pk).values_list("title", flat=True).first() or ""
    try:
        services.saved_event_delete(user=request.user, event_id=pk)
    except services.LibraryError as exc:
        messages.error(request, exc.message, extra_tags=TAG)
        return redirect(_back(request, default))
    messages.success(request, UNSAVED.format(title=title), extra_tags=TAG)
    return redirect(_back(request, default))


def follow(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    default = reverse("people:me")
    refused = _refused(request, default)
    if refused is not None:
        return refused
    try:
        created_follow, created = services.follow_create(
            user=request.user,
            kind=request.POST.get("kind", ""),
            target_id=request.POST.get("id") or None,
            slug=request.POST.get("slug") or None,
        )
    except services.LibraryError as exc:
        messages.error(request, exc.message, extra_tags=TAG)
        return redirect(_back(request, default))
    name = selectors.follow_target(created_follow).name
    messages.success(request, (FOLLOWING if created else ALREADY_FOLLOWING).format(name=name), extra_tags=TAG)
    return redirect(_back(request, default))


def unfollow(request: HttpRequest, pk: int) -> HttpResponse:
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not 0 < pk <= MAX_ID:
        raise Http404(services.NO_SUCH_FOLLOW)
    default = reverse("people:me")
    refused = _refused(request, default)
    if refused is not None:
        return refused
    found = selectors.follow_get(user=request.user, follow_id=pk)
    name = selectors.follow_target(found).name if found is not None else ""
    try:
        services.follow_delete(user=request.user, follow_id=pk)
    except services.LibraryError as exc:
        messages.error(request, exc.message, extra_tags=TAG)
        return redirect(_back(request, default))
    messages.success(request, UNFOLLOWED.format(name=name), extra_tags=TAG)
    return redirect(_back(request, default))


@never_cache
@login_required
def me(request: HttpRequest) -> HttpResponse:
    """My events: going, saved, following, from what I follow, recommended."""
    now = timezone.now()
    mine = selectors.my_events(user=request.user, now=now)
    try:
        recommended = selectors.recommendations(
            user=request.user, city=None, limit=selectors.RECOMMEND_DEFAULT, now=now
        )
    except selectors.CityNeededError:
        recommended = None
    context = {
        "mine": mine,
        "follows": [(follow, selectors.follow_target(follow)) for follow in mine.follows],
        "recommended": recommended,
        "here": request.get_full_path(),
        "calendar_url": rsvp_selectors.calendar_url(user=request.user),
    }
    return render(request, "people/library/me.html", context)
