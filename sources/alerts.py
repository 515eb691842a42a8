"""Alert rules: conditions operators want mail about, checked by beat every ALERT_EVERY_MINUTES.

Each AlertRule names one of four checks (its kind) with a threshold and a window. A rule whose condition holds
mails the admins and records an AlertFiring, then stays quiet for ALERT_COOLDOWN_MINUTES even while the
condition still holds, so that one outage is one mail an hour, not one every few minutes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Exists, OuterRef

from events.models import City, Event, StagedEvent
from sources.models import AlertFiring, AlertRule, FetchRun, Source

logger = logging.getLogger(__name__)

SUBJECT = "[Whatson alert] {rule}"
BODY = (
    "{message}\n\nRule: {rule} ({kind}).\nChecked at {now:%Y-%m-%d %H:%M} UTC; "
    "no further mail for this rule before {until:%Y-%m-%d %H:%M} UTC.\n"
)
NO_RECIPIENTS = "alert %r fired but nobody can be mailed: set ADMIN_EMAILS or give a staff user an email"
# Runs that say nothing about a source's health: still going, or skipped because another was.
UNDECIDED_RUNS = (FetchRun.Status.QUEUED, FetchRun.Status.RUNNING, FetchRun.Status.SKIPPED)


@dataclasses.dataclass(frozen=True)
class Finding:
    """A rule's condition holds: what to tell people, and the figures behind it."""

    message: str
    details: dict[str, Any]


def error_rate(rule: AlertRule, now: dt.datetime) -> Finding | None:
    runs = FetchRun.objects.filter(started_at__gte=now - dt.timedelta(minutes=rule.window_minutes)).exclude(
        status__in=UNDECIDED_RUNS
    )
    total = runs.count()
    failed = runs.filter(status=FetchRun.Status.FAILED).count()
    if not total or failed / total <= rule.threshold:
        return None
    return Finding(
        f"{failed} of {total} fetch runs failed in the last {rule.window_minutes} minutes "
        f"({failed / total:.0%}, threshold {rule.threshold:.0%}).",
        {"failed": failed, "runs": total},
    )


def source_failing(rule: AlertRule, now: dt.datetime) -> Finding | None:
    failing = list(
        Source.objects.filter(is_active=True, consecutive_failures__gte=max(rule.threshold, 1))
        .order_by("-consecutive_failures", "slug")
        .values_list("slug", "consecutive_failures")
    )
    if not failing:
        return None
    listed = ", ".join(f"{slug} ({count} in a row)" for slug, count in failing)
    return Finding(f"{len(failing)} source(s) failing: {listed}.", {"sources": dict(failing)})


def queue_depth(rule: AlertRule, now: dt.datetime) -> Finding | None:
    pending = StagedEvent.objects.filter(status=StagedEvent.Status.PENDING).count()
    if pending <= rule.threshold:
        return None
    return Finding(
        f"{pending} staged records are waiting to be processed (threshold {rule.threshold:.0f}).", {"pending": pending}
    )


def city_silent(rule: AlertRule, now: dt.datetime) -> Finding | None:
    since = now - dt.timedelta(minutes=rule.window_minutes)
    # Only cities that had an active source for the whole window: a source added an hour ago is not silence.
    has_sources = Source.objects.filter(city=OuterRef("pk"), is_active=True, created_at__lt=since)
    published = Event.objects.filter(city=OuterRef("pk"), published_at__gte=since)
    silent = list(
        City.objects.filter(Exists(has_sources)).exclude(Exists(published)).order_by("name").values_list("slug", "name")
    )
    if not silent:
        return None
    names = ", ".join(name for _, name in silent)
    hours = rule.window_minutes / 60
    return Finding(f"Nothing published in the last {hours:g} hours in: {names}.", {"cities": [s for s, _ in silent]})


CHECKS: dict[str, Callable[[AlertRule, dt.datetime], Finding | None]] = {
    AlertRule.Kind.ERROR_RATE: error_rate,
    AlertRule.Kind.SOURCE_FAILING: source_failing,
    AlertRule.Kind.QUEUE_DEPTH: queue_depth,
    AlertRule.Kind.CITY_SILENT: city_silent,
}


def alert_recipients() -> list[str]:
    """settings.ADMINS, or when none are configured, every active staff user with an email."""
    admins = [address for _, address in settings.ADMINS if address]
    if admins:
        return admins
    staff = get_user_model().objects.filter(is_staff=True, is_active=True).exclude(email="")
    return sorted(set(staff.values_list("email", flat=True)))


def alert_rule_evaluate(*, rule_id: int, now: dt.datetime) -> AlertFiring | None:
    """Check one rule; when it holds and is out of its cool-down, mail and record a firing. Returns the firing."""
    cooldown = dt.timedelta(minutes=settings.ALERT_COOLDOWN_MINUTES)
    with transaction.atomic():
        # The row lock makes two overlapping evaluations (a slow beat tick and the next) mail once, not twice.
        rule = AlertRule.objects.select_for_update(skip_locked=True).filter(pk=rule_id, is_active=True).first()
        if rule is None or (rule.last_fired_at is not None and now - rule.last_fired_at < cooldown):
            return None
        finding = CHECKS[rule.kind](rule, now)
        if finding is None:
            return None
        recipients = alert_recipients()
        firing = AlertFiring.objects.create(
            rule=rule, fired_at=now, message=finding.message, details=finding.details, recipients=recipients
        )
        rule.last_fired_at = now
        rule.save(update_fields=["last_fired_at"])
        if recipients:
            # Inside the transaction: a mail server that refuses rolls the firing back, and the next tick retries.
            send_mail(
                SUBJECT.format(rule=rule.name),
                BODY.format(message=finding.message, rule=rule.name, kind=rule.kind, now=now, until=now + cooldown),
                settings.DEFAULT_FROM_EMAIL,
                recipients,
            )
        else:
            logger.warning(NO_RECIPIENTS, rule.name)
    logger.info("alert %r fired: %s", rule.name, finding.message)
    return firing


def alerts_evaluate(*, now: dt.datetime) -> list[AlertFiring]:
    """Check every active rule. Returns the firings (mails sent) of this pass."""
    firings = []
    for rule_id in AlertRule.objects.filter(is_active=True).order_by("pk").values_list("pk", flat=True):
        try:
            firing = alert_rule_evaluate(rule_id=rule_id, now=now)
        except OSError:
            # The mail server refused (SMTPException is an OSError): the firing rolled back, so the next pass
            # tries this rule again; the other rules still get their turn now.
            logger.exception("alert rule %d could not be mailed; retried next pass", rule_id)
            continue
        if firing is not None:
            firings.append(firing)
    return firings
