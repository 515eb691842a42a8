"""Mails about RSVPs: a seat freed from the waitlist, an event cancelled, the day-before reminder.

Each is sent by a task (events.people.rsvps.tasks) after the change committed. Reminders are claimed before
they are sent (a conditional UPDATE … RETURNING), so two overlapping runs never mail anyone twice.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.db import connection, transaction
from django.template.loader import render_to_string
from django.utils import timezone

from digests.rendering import one_line
from events.formatting import zone_label
from events.links import site_url
from events.models import Event
from events.people.models import RSVP
from events.vocabulary import EventStatus

logger = logging.getLogger(__name__)

BATCH = 200
REMINDER_WINDOW = dt.timedelta(hours=24)
HEADERS = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

PROMOTED_SUBJECT = "You have a seat: {title}"
CANCELLED_SUBJECT = "Cancelled: {title}"
REMINDER_SUBJECT = "Reminder: {title}"


def _when(event: Event) -> str:
    """The start in the event's own zone, with the zone's name (what a reader in another zone needs)."""
    local = event.local_start
    if event.all_day:
        return local.strftime("%A %-d %B %Y") + " (all day)"
    return f"{local.strftime('%A %-d %B %Y, %-I:%M %p')} ({zone_label(event.timezone or 'UTC')})"


def _message(template: str, subject: str, event: Event, to: str, **extra: Any) -> EmailMultiAlternatives:
    context = {
        "event": event,
        "title": one_line(event.title, limit=200),
        "when": _when(event),
        "where": one_line(", ".join(part for part in (event.venue_name, event.address) if part), limit=300),
        "event_url": site_url(event.get_absolute_url()),
        "site_url": site_url("/"),
        **extra,
    }
    text = render_to_string(f"people/email/{template}.txt", context)
    html = render_to_string(f"people/email/{template}.html", context)
    message = EmailMultiAlternatives(
        subject=one_line(subject.format(title=event.title)),
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to],
        headers=dict(HEADERS),
    )
    message.attach_alternative(html, "text/html")
    return message


def rsvp_promoted_send(*, rsvp_id: int) -> bool:
    """Mail the person whose waitlisted reply became confirmed. False when there is nothing (left) to say: the
    reply was cancelled again meanwhile, or the person has no address."""
    rsvp = RSVP.objects.select_related("event", "user").filter(pk=rsvp_id).first()
    if rsvp is None or rsvp.status != RSVP.Status.CONFIRMED or rsvp.promoted_at is None:
        return False
    user = rsvp.user
    if not user.is_active or not user.email:
        return False
    _message("rsvp_promoted", PROMOTED_SUBJECT, rsvp.event, user.email).send()
    return True


def event_cancelled_send(*, event_id: int, task_id: str | None = None) -> int:
    """Mail everyone confirmed or waitlisted for a cancelled event, BATCH per SMTP connection. Returns how many
    were mailed now. Given the task's message id, a second run of it (a retry after the server went away half-way,
    a redelivery after the worker died) mails only those the first did not (config/task_mails.py)."""
    from config.task_mails import mailed, mailed_before

    event = Event.objects.filter(pk=event_id).first()
    if event is None or event.status != EventStatus.CANCELLED:
        return 0  # un-cancelled before the task ran: nothing to announce
    emails = list(
        RSVP.objects.filter(
            event_id=event_id, status__in=(RSVP.Status.CONFIRMED, RSVP.Status.WAITLISTED), user__is_active=True
        )
        .exclude(user__email="")
        .order_by("sequence")
        .values_list("user__email", flat=True)
    )
    sent = 0
    for start in range(0, len(emails), BATCH):
        part = emails[start : start + BATCH]
        done = mailed_before(task_id, part)
        todo = [email for email in part if email not in done]
        if not todo:
            continue
        with mail.get_connection() as smtp:
            for email in todo:  # one at a time, each remembered at once: a failure half-way loses no mark
                sent += smtp.send_messages([_message("rsvp_cancelled", CANCELLED_SUBJECT, event, email)]) or 0
                mailed(task_id, email)
    return sent


def reminder_candidates(*, now: dt.datetime) -> Any:
    """Confirmed replies to public, not cancelled events starting within REMINDER_WINDOW, not yet reminded."""
    return RSVP.objects.filter(
        status=RSVP.Status.CONFIRMED,
        reminded_at__isnull=True,
        event__moderation_status=Event.ModerationStatus.PUBLISHED,
        event__merged_into__isnull=True,
        event__archived_at__isnull=True,
        event__start__gt=now,
        event__start__lte=now + REMINDER_WINDOW,
    ).exclude(event__status=EventStatus.CANCELLED)


def _claim(ids: Sequence[int], now: dt.datetime) -> list[int]:
    """Mark these replies reminded where nobody has yet, in one statement; the ids this run won. Another run
    racing for the same rows gets the others (or none): a row is claimed exactly once."""
    if not ids:
        return []
    table = connection.ops.quote_name(RSVP._meta.db_table)
    marks = ", ".join(["%s"] * len(ids))
    sql = f"UPDATE {table} SET reminded_at = %s WHERE id IN ({marks}) AND reminded_at IS NULL RETURNING id"  # noqa: S608 - only placeholders are interpolated
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, [connection.ops.adapt_datetimefield_value(now), *ids])
        return [row[0] for row in cursor.fetchall()]


def _release(ids: Sequence[int], now: dt.datetime) -> None:
    """Give back claims whose mails were not sent (a failed batch): the next run sends them."""
    RSVP.objects.filter(pk__in=list(ids), reminded_at=now).update(reminded_at=None)


def rsvp_reminders_send(*, now: dt.datetime | None = None) -> int:
    """One reminder per confirmed reply of an event starting within the next day, BATCH at a time. Returns how
    many were sent."""
    now = now or timezone.now()
    sent = 0
    while True:
        ids = list(reminder_candidates(now=now).order_by("event__start", "pk").values_list("pk", flat=True)[:BATCH])
        if not ids:
            return sent
        claimed = _claim(ids, now)
        rows = list(RSVP.objects.filter(pk__in=claimed).select_related("event", "user").order_by("pk"))
        messages = [
            _message("rsvp_reminder", REMINDER_SUBJECT, rsvp.event, rsvp.user.email)
            for rsvp in rows
            if rsvp.user.is_active and rsvp.user.email
        ]
        try:
            with mail.get_connection() as smtp:
                sent += smtp.send_messages(messages) or 0
        except Exception:
            _release(claimed, now)
            raise
