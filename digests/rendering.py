"""Digest mails: HTML and plain text from Django templates, with the headers a bulk sender owes its readers.

Speed comes from rendering each EVENT once per ``DigestRenderer`` (its HTML and text fragment, cached by event
and zone) and assembling each subscriber's mail from those fragments: thousands of digests share a few hundred
events. The events are loaded in one query per batch of missing ids (``prefetch``).

Everything that reaches a header (subject, list id) goes through ``one_line`` first: a title or city name
carrying "\\r\\nBcc: …" must not add a header. Bodies are autoescaped (the HTML) and their links absolute and
canonical (SITE_URL + the event's path, no tracking parameters; ESP click tracking is switched off).

Headers (RFC 2369, RFC 8058, RFC 3834): ``List-Unsubscribe`` with the one-click https URL and a mailto,
``List-Unsubscribe-Post: List-Unsubscribe=One-Click``, ``List-Id``, ``Precedence: bulk``,
``Auto-Submitted: auto-generated``. A test mail (admin "send test to me") has no unsubscribe headers: the person
reading it is not the subscriber.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from email.utils import parseaddr
from typing import Any
from urllib.parse import quote

from django.conf import settings
from django.template.loader import get_template
from django.urls import reverse
from django.utils import dateformat
from django.utils.safestring import SafeString, mark_safe

from digests.mime import DigestMessage
from digests.models import Cadence, Subscription
from digests.periods import city_zone
from digests.skeleton import SkeletonTemplate
from digests.tokens import manage_token
from events.formatting import event_price_text
from events.links import site_host, site_url
from events.models import Event
from events.views.detail import google_calendar_url, ics_url
from events.vocabulary import EventStatus

SITE_NAME = "Whatson"
SUBJECTS = {
    Cadence.WEEKLY: "What's on in {city} this week: {count}",
    Cadence.DAILY: "Today and tomorrow in {city}: {count}",
}
TEST_PREFIX = "[Test] "
MAIL_LINKS = ("digests:manage", "digests:unsubscribe")
# In test mails and previews, in place of the subscriber's token (a credential): links that open the
# "not a valid link" page.
INERT_LINK = "preview-only"
UNKNOWN_CADENCE = "No digest subject for cadence “{cadence}”."
# Control characters (C0, DEL, C1) and the Unicode line/paragraph separators: none may reach a header.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
SPACES = re.compile(r"\s+")
MAX_HEADER_TEXT = 200
DAY_FORMAT = "l j F"
TIME_FORMAT = "g:i A"
# The per-subscriber values of the digest templates: the rest of their context is shared by many subscribers,
# so each template is rendered once per distinct rest and filled in per subscriber (digests.skeleton).
SLOTS = ("email", "count", "manage_url", "unsubscribe_url", "days")


def one_line(value: object, *, limit: int = MAX_HEADER_TEXT) -> str:
    """Text safe for a header (and a single line of the text part): control characters become spaces."""
    text = SPACES.sub(" ", CONTROL.sub(" ", str(value))).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def digest_message_id(send_id: int) -> str:
    """A unique Message-ID naming the send (tracking webhooks and replies can be tied back to it)."""
    return f"<digest.{int(send_id)}.{secrets.token_hex(8)}@{site_host()}>"


def unsubscribe_mailbox() -> str:
    configured = one_line(getattr(settings, "DIGEST_UNSUBSCRIBE_MAILTO", "") or "")
    if configured:
        return configured.removeprefix("mailto:")
    address = parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    domain = address.rpartition("@")[2] or site_host()
    return f"unsubscribe@{domain}"


def _plain_description(city: Any, filters: Mapping[str, Any]) -> str:
    """A short wording of a saved filter without database look-ups (slugs as they are)."""
    parts = [f"{', '.join(filters['category']) if filters.get('category') else 'All events'} in {city.name}"]
    if filters.get("area"):
        parts.append("in " + ", ".join(filters["area"]))
    if filters.get("q"):
        parts.append(f"matching “{filters['q']}”")
    if filters.get("free"):
        parts.append("free")
    for key in ("days", "times"):
        if filters.get(key):
            parts.append(", ".join(filters[key]))
    return ", ".join(parts)


describe: Callable[[Any, Mapping[str, Any]], str]
try:  # the site's own wording of a saved filter (digests.filters), when that module provides it
    from digests.filters import describe_filters as describe
except ImportError:  # pragma: no cover - only while digests.filters is not there
    describe = _plain_description


@dataclass(frozen=True)
class Fragment:
    event_id: int
    day: dt.date
    day_label: str
    html: SafeString
    text: str


@dataclass(frozen=True)
class Digest:
    subject: str
    text: str
    html: str
    event_ids: list[int]
    token: str = INERT_LINK


class DigestRenderer:
    """Renders digests for one run; keeps every event's fragments, so build one per batch (or per run)."""

    def __init__(self, *, now: dt.datetime) -> None:
        self.now = now
        self._events: dict[int, Event | None] = {}
        self._fragments: dict[tuple[int, str], Fragment] = {}
        self._descriptions: dict[tuple[int, str], str] = {}
        self._city_urls: dict[int, str] = {}
        self._day_headings: dict[str, tuple[str, str]] = {}
        self._mailbox: str | None = None
        # "/digests/manage/{token}/" as (before, after): one reverse() per renderer, not per message.
        self._links = {name: reverse(name, args=["~"]).split("~", 1) for name in MAIL_LINKS}
        self._html = SkeletonTemplate(get_template("digests/email/digest.html"), SLOTS)
        self._text = SkeletonTemplate(get_template("digests/email/digest.txt"), SLOTS)
        self._day_html = get_template("digests/email/_day.html")
        self._day_text = get_template("digests/email/_day.txt")
        self._event_html = get_template("digests/email/_event.html")
        self._event_text = get_template("digests/email/_event.txt")

    # --- events, loaded once --------------------------------------------------------------------

    def prefetch(self, event_ids: Iterable[int]) -> None:
        """Load the events not loaded yet, in one query (a whole batch's ids at once is cheapest)."""
        missing = {event_id for event_id in event_ids if event_id not in self._events}
        if not missing:
            return
        found = Event.objects.filter(
            pk__in=missing,
            moderation_status=Event.ModerationStatus.PUBLISHED,
            archived_at__isnull=True,
            merged_into__isnull=True,
        ).select_related("city", "venue", "category", "subcategory")
        for event in found:
            self._events[event.pk] = event
        for event_id in missing - self._events.keys():
            self._events[event_id] = None  # withdrawn since selection: asked once, not again per message
        for event_id in missing:
            self._events.setdefault(event_id, None)  # withdrawn since it was selected: left out

    def available(self, event_ids: Iterable[int]) -> list[int]:
        """The ids, in order, that a digest will list (events withdrawn since selection are left out)."""
        ids = list(event_ids)
        self.prefetch(ids)
        return [event_id for event_id in ids if self._events.get(event_id) is not None]

    def _fragment(self, event: Event, tz: Any) -> Fragment:
        key = (event.pk, str(tz))
        fragment = self._fragments.get(key)
        if fragment is None:
            fragment = self._render_event(event, tz)
            self._fragments[key] = fragment
        return fragment

    def _render_event(self, event: Event, tz: Any) -> Fragment:
        local = event.start.astimezone(tz)
        page = site_url(event.get_absolute_url())
        venue = event.venue.name if event.venue is not None else event.venue_name
        image = event.image_url if event.image_url.startswith("https://") else ""
        status = "" if event.status == EventStatus.SCHEDULED else event.get_status_display()
        context = {
            "title": one_line(event.title, limit=300),
            "url": page,
            "when": "All day" if event.all_day else dateformat.format(local, TIME_FORMAT),
            "venue": one_line(venue or ("Online" if event.online else "")),
            "price": event_price_text(event),
            "status": status,
            "ics_url": site_url(ics_url(event)),
            # The page's address only: the link stays short (a mail line over 998 bytes forces quoted-printable
            # on the whole part, slow to encode and bulkier), and the page holds the description.
            "google_url": google_calendar_url(event, page_url=page, details_chars=0),
            "image_url": image,
        }
        return Fragment(
            event_id=event.pk,
            day=local.date(),
            day_label=dateformat.format(local, DAY_FORMAT),
            html=mark_safe(self._event_html.render(context)),  # noqa: S308 - our own autoescaped template
            text=self._event_text.render(context),
        )

    # --- one subscriber -------------------------------------------------------------------------

    def _description(self, subscription: Subscription) -> str:
        filters = subscription.filters if isinstance(subscription.filters, dict) else {}
        key = (subscription.city_id, json.dumps(filters, sort_keys=True, default=str))
        description = self._descriptions.get(key)
        if description is None:
            description = describe(subscription.city, filters)
            self._descriptions[key] = description
        return description

    def link(self, name: str, token: str) -> str:
        """The absolute URL of a subscriber page for this token (tokens are URL-safe: no quoting needed)."""
        before, after = self._links[name]
        return site_url(f"{before}{token}{after}")

    def _city_url(self, subscription: Subscription) -> str:
        url = self._city_urls.get(subscription.city_id)
        if url is None:
            url = self._city_urls[subscription.city_id] = site_url(subscription.city.get_absolute_url())
        return url

    def subject(self, subscription: Subscription, count: int, *, test: bool = False) -> str:
        pattern = SUBJECTS.get(subscription.cadence)  # type: ignore[call-overload]
        if pattern is None:
            raise ValueError(UNKNOWN_CADENCE.format(cadence=subscription.cadence))
        noun = "1 event" if count == 1 else f"{count} events"
        subject = pattern.format(city=one_line(subscription.city.name, limit=80), count=noun)
        return one_line((TEST_PREFIX if test else "") + subject)

    def render(
        self, subscription: Subscription, event_ids: list[int], *, test: bool = False, live_links: bool = True
    ) -> Digest:
        """The digest's subject, text and HTML. A test mail or a preview (``test`` or not ``live_links``) carries
        dead manage and unsubscribe links: the subscriber's token never reaches staff."""
        ids = self.available(event_ids)
        tz = city_zone(subscription.city)
        grouped: list[tuple[dt.date, str, list[Fragment]]] = []
        for event_id in ids:
            fragment = self._fragment(self._events[event_id], tz)  # type: ignore[arg-type]
            if not grouped or grouped[-1][0] != fragment.day:
                grouped.append((fragment.day, fragment.day_label, []))
            grouped[-1][2].append(fragment)
        # Each day (its heading, rendered once per label, and its events' fragments) is joined here, not looped
        # over in the templates: the per-subscriber values are a handful of strings, whatever the number of events.
        html_days: list[str] = []
        text_days: list[str] = []
        for _, label, fragments in grouped:
            heading_html, heading_text = self._day_heading(label)
            html_days += [heading_html, *(fragment.html for fragment in fragments)]
            text_days += [heading_text, "\n\n".join(f.text.strip("\n") for f in fragments), "\n"]
        token = manage_token(subscription) if live_links and not test else INERT_LINK
        context = {
            "city_name": one_line(subscription.city.name),
            "city_url": self._city_url(subscription),
            "description": one_line(self._description(subscription), limit=500),
            "cadence": subscription.get_cadence_display().lower(),
            "email": subscription.email,
            "count": len(ids),
            "manage_url": self.link("digests:manage", token),
            "unsubscribe_url": self.link("digests:unsubscribe", token),
            "site_name": SITE_NAME,
            "site_url": site_url("/"),
            "postal_address": one_line(getattr(settings, "DIGEST_POSTAL_ADDRESS", "") or "", limit=300),
            "test": test,
        }
        html = self._html.render({**context, "days": mark_safe("".join(html_days))})  # noqa: S308 - escaped parts
        text = self._text.render({**context, "days": "".join(text_days)})
        return Digest(
            subject=self.subject(subscription, len(ids), test=test), text=text, html=html, event_ids=ids, token=token
        )

    def _day_heading(self, label: str) -> tuple[str, str]:
        """A day's heading in HTML and in text (digests/email/_day.*), rendered once per label."""
        heading = self._day_headings.get(label)
        if heading is None:
            context = {"label": label}
            heading = self._day_headings[label] = (self._day_html.render(context), self._day_text.render(context))
        return heading

    def preview(self, subscription: Subscription, event_ids: list[int]) -> tuple[str, str, str]:
        """(subject, text, html) of the digest, for the admin's preview."""
        digest = self.render(subscription, event_ids, live_links=False)
        return digest.subject, digest.text, digest.html

    def headers(
        self, subscription: Subscription, *, message_id: str | None, test: bool, token: str | None = None
    ) -> dict[str, str]:
        """The digest's own headers; ``token``: the manage token its body links carry (made here when not given)."""
        headers = {
            "List-Id": f"<{one_line(subscription.city.slug)}.digests.{site_host()}>",
            "Precedence": "bulk",
            "Auto-Submitted": "auto-generated",
        }
        if message_id:
            headers["Message-ID"] = one_line(message_id, limit=250)
        if not test:
            token = token if token and token != INERT_LINK else manage_token(subscription)
            https = self.link("digests:unsubscribe", token)
            if self._mailbox is None:
                self._mailbox = unsubscribe_mailbox()
            mailto = f"mailto:{self._mailbox}?subject={quote('unsubscribe ' + token, safe='')}"
            headers["List-Unsubscribe"] = f"<{https}>, <{mailto}>"
            headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        return headers

    def message(
        self,
        subscription: Subscription,
        event_ids: list[int],
        *,
        message_id: str | None = None,
        to: str | None = None,
        test: bool = False,
        send_id: int | None = None,
    ) -> DigestMessage:
        """The digest as a mail ready for ``send()`` (anymail's message, an EmailMultiAlternatives, whose MIME form
        digests.mime builds)."""
        digest = self.render(subscription, event_ids, test=test)
        message = DigestMessage(
            subject=digest.subject,
            body=digest.text,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[to or subscription.email],
            headers=self.headers(subscription, message_id=message_id, test=test, token=digest.token),
            tags=["digest", str(subscription.cadence)] + (["test"] if test else []),
            track_clicks=False,
        )
        if send_id is not None:
            message.metadata = {"digest_send": str(send_id)}
        message.attach_alternative(digest.html, "text/html")
        return message
