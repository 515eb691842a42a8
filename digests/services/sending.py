"""Sending digests: find who is due, claim one DigestSend row per subscriber and period, send, mark.

The unique (subscription, period) row is the whole idempotency story. A batch first CLAIMS rows (inserted as
``claimed``; a row another worker claimed and never finished is taken over only once its lease,
DIGEST_CLAIM_LEASE_SECONDS, has run out), then sends only the rows it owns, and marks each one ``sent`` right
after its handoff to the mail backend. A worker killed half-way leaves exactly its unsent rows ``claimed``;
whoever runs next (the redelivered task, the next beat run, the command) sends those once their lease has
passed and skips the ones already marked, so nothing goes out twice and no one is skipped.

A worker that stalls instead of dying (SIGSTOP, a frozen VM, a swap storm) longer than the lease has its claims
taken over; when it wakes it must not send them too. Claims are stamped (``claimed_at``) by their owner, who holds
its rows a slice at a time (a session advisory lock per row) and re-checks their stamps before handing them over;
a taker skips held rows. digests/services/handover.py says how and why nothing is sent twice.

The one window left is between a message's handoff and its row's UPDATE (a few milliseconds): a worker killed
exactly there has delivered a mail whose row still says ``claimed``, and that subscriber gets the digest twice.
Closing it would need the mail server to take part in our transaction; SMTP has no such thing.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
import smtplib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from anymail.exceptions import AnymailAPIError, AnymailInvalidAddress, AnymailRecipientsRefused
from django.conf import settings
from django.db import connection as db
from django.db.models import Case, CharField, Exists, OuterRef, Value, When
from django.utils import timezone

from digests.mime import digest_connection
from digests.models import DigestSend, Subscription, Suppression
from digests.periods import current_period, is_due
from digests.services.handover import TAKE_OVER_GUARD_PARAMS, ClaimLease, take_over_guard
from digests.services.suppression import suppressed_set, suppression_add
from events.models import City

logger = logging.getLogger(__name__)

NO_RECIPIENT = "The mail backend sent nothing: the message had no recipient."
REFUSED = "Refused by the mail server: {error}"
BATCH_TOO_LARGE = "A batch holds at most {limit} subscriptions, not {size}."
MAX_BATCH = 500
# What one message's failure means (``verdict``): the batch goes on unless the failure is the server's or
# the connection's (then it stops, releases what it had not sent, and the task retries).
LATER = "later"  # this recipient, for now (a 4xx: greylisting, a full mailbox, a rate limit): claim released
FAILED = "failed"  # this message, for good (a 5xx on its content, an ESP's 4xx about it): row failed
REJECTED = "rejected"  # this address, for good (a 5xx for the recipient, the ESP refusing it): failed + suppressed
ABORT = "abort"  # anything else: the server, the connection, the sender, the credentials


@dataclasses.dataclass
class BatchResult:
    sent: int = 0
    empty: int = 0
    suppressed: int = 0
    failed: int = 0
    # Refused for now (a 4xx): the claim is released and a later run (beat's next quarter hour) tries again.
    deferred: int = 0
    # Rows another worker holds under a live claim: not ours to send; retried once the lease runs out.
    held: int = 0
    held_until: dt.datetime | None = None

    def add(self, other: BatchResult) -> None:
        self.sent += other.sent
        self.empty += other.empty
        self.suppressed += other.suppressed
        self.failed += other.failed
        self.deferred += other.deferred
        self.held += other.held
        if other.held_until is not None:
            self.held_until = max(self.held_until or other.held_until, other.held_until)


@dataclasses.dataclass
class SendTotals(BatchResult):
    due: int = 0
    queued: int = 0
    batches: int = 0


class Pacer:
    """A token bucket on the monotonic clock: at most ``rate`` messages a second, ``burst`` at once.

    ``take()`` sleeps only when the sender is ahead of the rate; a slow backend is never slowed further.
    Returns the seconds it slept (for tests; the clock and the sleep are injectable).
    """

    def __init__(
        self,
        rate: float,
        *,
        burst: float = 1.0,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self.rate = rate
        self.burst = max(burst, 1.0)
        self.clock = clock or time.monotonic
        self.sleep = sleep or time.sleep
        self.tokens = self.burst
        self.last = self.clock()

    def take(self) -> float:
        if self.rate <= 0:
            return 0.0
        now = self.clock()
        self.tokens = min(self.burst, self.tokens + (now - self.last) * self.rate)
        self.last = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        wait = (1 - self.tokens) / self.rate
        self.sleep(wait)
        # The token that accrued while sleeping is spent on this message.
        self.tokens = 0.0
        self.last = now + wait
        return wait


def _lease_cutoff() -> dt.datetime:
    """Claims older than this belong to a worker that died (wall clock: claims are stamped with it)."""
    return timezone.now() - dt.timedelta(seconds=settings.DIGEST_CLAIM_LEASE_SECONDS)


# A batch should hand its mails over well within the task's soft time limit (240 s) at the paced rate.
BATCH_SECONDS = 150


def paced_batch_size(rate: float) -> int:
    """How many digests one batch holds at ``rate`` messages a second (0: unpaced, the largest batch)."""
    if rate <= 0:
        return MAX_BATCH
    return max(1, min(MAX_BATCH, int(rate * BATCH_SECONDS)))


def digests_due(
    *, now: dt.datetime, cadence: str | None = None, force: bool = False, city: City | None = None
) -> list[tuple[int, str]]:
    """(subscription id, period) of every active subscription whose digest is due and not yet claimed.

    Due: its city's local time is past this period's send moment (``force``: the current period, whatever
    the hour). Not yet claimed: no DigestSend for that period, or only a ``claimed`` one whose lease ran out.
    Three queries whatever the number of subscribers: the (city, cadence) pairs in use, their cities, then
    one anti-join with each pair's period folded in as a CASE (periods differ per city zone).
    """
    # A city taken off the site (is_active false) has no public pages: its subscribers get no digests either.
    active = Subscription.objects.filter(status=Subscription.Status.ACTIVE, city__is_active=True)
    if cadence:
        active = active.filter(cadence=cadence)
    if city is not None:
        active = active.filter(city=city)
    pairs = set(active.order_by().values_list("city_id", "cadence").distinct())
    cities = City.objects.in_bulk({city_id for city_id, _ in pairs})
    by_period: dict[tuple[str, str], list[int]] = {}
    for city_id, pair_cadence in pairs:
        place = cities[city_id]
        if force or is_due(pair_cadence, place, now):
            by_period.setdefault((pair_cadence, current_period(pair_cadence, place, now)), []).append(city_id)
    if not by_period:
        return []
    period = Case(
        *(
            When(cadence=pair_cadence, city_id__in=sorted(city_ids), then=Value(key))
            for (pair_cadence, key), city_ids in sorted(by_period.items())
        ),
        default=None,
        output_field=CharField(),
    )
    finished = DigestSend.objects.filter(subscription=OuterRef("pk"), period=OuterRef("due_period")).exclude(
        status=DigestSend.Status.CLAIMED, claimed_at__lt=_lease_cutoff()
    )
    due = (
        active.annotate(due_period=period)
        .filter(due_period__isnull=False)
        .filter(~Exists(finished))
        # By city: a batch then holds one city's subscribers (rarely two), so its candidate query is one city's,
        # and each event's fragment, rendered once per batch, is shared by most of the batch.
        .order_by("city_id", "cadence", "pk")
        .values_list("pk", "due_period")
    )
    return list(due)


def _table() -> tuple[str, Callable[[str], str]]:
    return db.ops.quote_name(DigestSend._meta.db_table), db.ops.quote_name


def _claim_new(periods: dict[int, str], stamp: dt.datetime) -> dict[int, int]:
    """Insert a ``claimed`` row per (subscription, period); the ones that already existed are skipped.

    One INSERT ... ON CONFLICT DO NOTHING RETURNING (PostgreSQL, and SQLite ≥ 3.35): it says which rows are
    ours, which bulk_create(ignore_conflicts=True) cannot. Returns {subscription id: send id} of our rows.
    """
    if not periods:
        return {}
    table, qn = _table()
    columns = ", ".join(
        qn(name)
        for name in (
            "subscription_id", "period", "claimed_at", "updated_at", "status", "event_ids", "message_id",
            "esp_message_id", "error",
        )
    )  # fmt: skip
    at = db.ops.adapt_datetimefield_value(stamp)
    rows = ", ".join(["(%s, %s, %s, %s, 'claimed', '[]', '', '', '')"] * len(periods))
    params: list[Any] = []
    for subscription_id, key in periods.items():
        params += [subscription_id, key, at, at]
    sql = (
        f"INSERT INTO {table} ({columns}) VALUES {rows} "  # noqa: S608 - names quoted by the backend, values bound
        f"ON CONFLICT DO NOTHING RETURNING {qn('subscription_id')}, {qn('id')}"
    )
    with db.cursor() as cursor:
        cursor.execute(sql, params)
        return {subscription_id: send_id for subscription_id, send_id in cursor.fetchall()}


def _take_over(periods: dict[int, str], stamp: dt.datetime, result: BatchResult) -> dict[int, int]:
    """Take over the expired claims of these subscriptions' periods (a dead worker's), counting live ones as held.

    A conditional UPDATE ... RETURNING: of two workers racing for the same expired row, the second finds it
    re-stamped (no longer expired) and gets nothing back, so one row never has two owners.
    """
    if not periods:
        return {}
    cutoff = _lease_cutoff()
    expired: list[int] = []
    claims = DigestSend.objects.filter(subscription_id__in=periods, status=DigestSend.Status.CLAIMED)
    for send_id, subscription_id, key, claimed_at in claims.values_list(
        "pk", "subscription_id", "period", "claimed_at"
    ):
        if periods.get(subscription_id) != key:
            continue
        if claimed_at < cutoff:
            expired.append(send_id)
        else:
            result.held += 1
            until = claimed_at + dt.timedelta(seconds=settings.DIGEST_CLAIM_LEASE_SECONDS)
            result.held_until = max(result.held_until or until, until)
    if not expired:
        return {}
    table, qn = _table()
    at = db.ops.adapt_datetimefield_value(stamp)
    marks = ", ".join(["%s"] * len(expired))
    which = f"{qn('status')} = 'claimed' AND {qn('claimed_at')} < %s AND {qn('id')} IN ({marks})"
    guard: tuple[int, ...] = ()
    if db.vendor == "postgresql":
        # A row held now is being handed over by its owner, however late (a stalled worker woken up): not ours.
        lockable = f"SELECT {qn('id')} FROM {table} WHERE {which} FOR UPDATE SKIP LOCKED"  # noqa: S608
        which = f"{qn('id')} IN ({take_over_guard(lockable)})"
        guard = TAKE_OVER_GUARD_PARAMS
    sql = (
        f"UPDATE {table} SET {qn('claimed_at')} = %s, {qn('updated_at')} = %s "  # noqa: S608 - see _claim_new
        f"WHERE {which} RETURNING {qn('subscription_id')}, {qn('id')}"
    )
    with db.cursor() as cursor:
        cursor.execute(sql, [at, at, db.ops.adapt_datetimefield_value(cutoff), *expired, *guard])
        taken = {subscription_id: send_id for subscription_id, send_id in cursor.fetchall()}
    if len(taken) < len(expired):  # locked by their owner (or taken by another batch): come back for them later
        result.held += len(expired) - len(taken)
        until = stamp + dt.timedelta(seconds=settings.DIGEST_CLAIM_LEASE_SECONDS)
        result.held_until = max(result.held_until or until, until)
    return taken


def _periods(subscriptions: Iterable[Subscription], *, now: dt.datetime, force: bool) -> dict[int, str]:
    """Each subscription's current period, for those due (all of them with ``force``)."""
    due: dict[tuple[int, str], bool] = {}
    periods = {}
    for subscription in subscriptions:
        pair = (subscription.city_id, subscription.cadence)
        if pair not in due:
            due[pair] = force or is_due(subscription.cadence, subscription.city, now)
        if due[pair]:
            periods[subscription.pk] = current_period(subscription.cadence, subscription.city, now)
    return periods


def _mark(send_ids: Sequence[int], status: str, **fields: Any) -> None:
    if send_ids:
        DigestSend.objects.filter(pk__in=send_ids).update(status=status, updated_at=timezone.now(), **fields)


def _mark_sent(send_id: int, *, message_id: str, esp_id: str, event_ids: list[int]) -> None:
    """One handed-over digest's row marked ``sent``: the UPDATE ``_mark`` makes, without building it through the
    ORM for every message (values adapted by the fields themselves, so any backend stores what the ORM would)."""
    table, qn = _table()
    stamp = db.ops.adapt_datetimefield_value(timezone.now())
    ids = DigestSend._meta.get_field("event_ids").get_db_prep_value(list(event_ids), connection=db)
    sql = (
        f"UPDATE {table} SET {qn('status')} = %s, {qn('updated_at')} = %s, {qn('sent_at')} = %s, "  # noqa: S608 - see _claim_new
        f"{qn('message_id')} = %s, {qn('esp_message_id')} = %s, {qn('event_ids')} = %s WHERE {qn('id')} = %s"
    )
    with db.cursor() as cursor:
        cursor.execute(sql, [DigestSend.Status.SENT.value, stamp, stamp, message_id, esp_id, ids, send_id])


def digest_batch_send(
    *, subscription_ids: Sequence[int], now: dt.datetime, force: bool = False, connection: Any = None
) -> BatchResult:
    """Claim, select, render, send and mark the digests of one batch of subscriptions (at most MAX_BATCH).

    Raises the backend's error when the mail server or ESP is unreachable, after releasing the rows this
    batch still held unsent (deleted, so the retry claims them at once instead of waiting out the lease).
    """
    if len(subscription_ids) > MAX_BATCH:
        raise ValueError(BATCH_TOO_LARGE.format(limit=MAX_BATCH, size=len(subscription_ids)))
    result = BatchResult()
    subscriptions = list(
        Subscription.objects.filter(pk__in=subscription_ids, status=Subscription.Status.ACTIVE)
        .select_related("city")
        .order_by("pk")
    )
    periods = _periods(subscriptions, now=now, force=force)
    stamp = timezone.now()
    owned = _claim_new(periods, stamp)
    owned.update(_take_over({key: value for key, value in periods.items() if key not in owned}, stamp, result))
    mine = [subscription for subscription in subscriptions if subscription.pk in owned]
    if not mine:
        return result
    unsent = set(owned.values())
    lease = ClaimLease(unsent, stamp)
    try:
        suppressed = suppressed_set(subscription.email for subscription in mine)
        blocked = [owned[sub.pk] for sub in mine if sub.email.lower() in suppressed]
        _mark(blocked, DigestSend.Status.SUPPRESSED)
        unsent.difference_update(blocked)
        result.suppressed = len(blocked)
        _send_selected(
            [sub for sub in mine if owned[sub.pk] in unsent], owned, lease, result, now=now, connection=connection
        )
    except Exception:
        # Whatever stopped us (server gone, time limit, a bug), rows we own and did not send go back to
        # nobody, in one query, so the retry claims them at once. A row whose mail was handed over is
        # already marked and stays; a row taken over by another worker is its own.
        lease.release()
        raise
    return result


def _send_selected(
    subscriptions: list[Subscription],
    owned: dict[int, int],
    lease: ClaimLease,
    result: BatchResult,
    *,
    now: dt.datetime,
    connection: Any,
) -> None:
    from digests.selection import select_events

    unsent = lease.unsent

    found = select_events(subscriptions, now=now) if subscriptions else {}
    empty = [owned[sub.pk] for sub in subscriptions if not found.get(sub.pk)]
    _mark(empty, DigestSend.Status.EMPTY)
    unsent.difference_update(empty)
    result.empty = len(empty)
    to_send = [sub for sub in subscriptions if found.get(sub.pk)]
    if not to_send:
        return
    from digests.rendering import DigestRenderer, digest_message_id

    renderer = DigestRenderer(now=now)
    # The whole batch's events in one query (each message would otherwise load the events it meets first).
    renderer.prefetch(event_id for sub in to_send for event_id in found[sub.pk])
    pacer = Pacer(settings.DIGEST_SEND_RATE)
    mail = connection or digest_connection()
    # One connection for the whole batch (one SMTP session, one ESP client); opened here so that each
    # send_messages() call reuses it instead of connecting per message.
    opened = mail.open()
    try:
        rows = {owned[subscription.pk]: subscription for subscription in to_send}
        with _quick_commits(), contextlib.closing(lease.turns(list(rows))) as turns:
            for send_id, ours in turns:
                subscription = rows[send_id]
                if not ours:
                    logger.warning("Digest %s was taken over while this batch stalled: not sent here", send_id)
                    unsent.discard(send_id)
                    result.held += 1
                    continue
                # Events withdrawn since selection are neither listed nor recorded; none left: no mail.
                event_ids = renderer.available(found[subscription.pk])
                if not event_ids:
                    _mark([send_id], DigestSend.Status.EMPTY)
                    unsent.discard(send_id)
                    result.empty += 1
                    continue
                message_id = digest_message_id(send_id)
                message = renderer.message(subscription, event_ids, message_id=message_id, send_id=send_id)
                pacer.take()
                lease.renew()
                _hand_over(
                    mail, message, subscription, send_id=send_id, message_id=message_id, event_ids=event_ids,
                    result=result,
                )  # fmt: skip
                unsent.discard(send_id)
    finally:
        if opened:
            mail.close()


def verdict(error: Exception) -> str:
    """What a backend's exception for one message means for that message, its address and the batch."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in error.recipients.values()]
        return REJECTED if codes and all(code >= 500 for code in codes) else LATER
    if isinstance(error, AnymailRecipientsRefused):
        return REJECTED  # the ESP says the address is invalid or on its own suppression list
    if isinstance(error, AnymailInvalidAddress):
        return FAILED
    if isinstance(error, smtplib.SMTPSenderRefused):
        return ABORT  # our From is refused: every message would be
    if isinstance(error, smtplib.SMTPResponseException) and error.smtp_code not in (421,):
        return FAILED if error.smtp_code >= 500 else LATER
    status = getattr(error, "status_code", None)
    if isinstance(error, AnymailAPIError) and isinstance(status, int) and 400 <= status < 500:
        return ABORT if status in (401, 403, 429) else FAILED  # credentials and rate limits concern every message
    return ABORT


def _hand_over(
    mail: Any,
    message: Any,
    subscription: Subscription,
    *,
    send_id: int,
    message_id: str,
    event_ids: list[int],
    result: BatchResult,
) -> None:
    """Give one digest to the backend and mark its row at once: sent; failed (and the address suppressed when
    the refusal is about it); or released for a later run. Raises what concerns the whole batch."""
    try:
        handed = mail.send_messages([message])
    except Exception as error:
        outcome = verdict(error)
        if outcome == ABORT:
            raise
        logger.warning("Digest %s not sent (%s): %s", send_id, outcome, error)
        if outcome == LATER:
            DigestSend.objects.filter(pk=send_id, status=DigestSend.Status.CLAIMED).delete()
            result.deferred += 1
            return
        _mark([send_id], DigestSend.Status.FAILED, error=REFUSED.format(error=error)[:2000])
        if outcome == REJECTED:
            suppression_add(email=subscription.email, reason=Suppression.Reason.REJECTED, detail=str(error))
        result.failed += 1
        return
    # Handed over: mark it now, before the next message (see the module docstring for the window between
    # these two lines).
    if handed:
        _mark_sent(send_id, message_id=message_id, esp_id=esp_message_id(message), event_ids=event_ids)
        result.sent += 1
    else:
        _mark([send_id], DigestSend.Status.FAILED, error=NO_RECIPIENT)
        result.failed += 1


@contextlib.contextmanager
def _quick_commits() -> Iterator[None]:
    """On PostgreSQL, the per-message marks commit without waiting for the WAL flush (synchronous_commit off,
    for this session while the batch sends). A worker killed after a mark loses nothing: the commit is in the
    server. Only a crash of PostgreSQL itself within a fraction of a second of a mark could lose it, and then
    the row stays claimed and is sent again once its lease expires. Waiting for the disk on each mark would
    cost more than rendering and handing over the digest (bench/digests.py)."""
    if db.vendor != "postgresql" or db.in_atomic_block:
        yield
        return
    with db.cursor() as cursor:
        cursor.execute("SET synchronous_commit TO off")
    try:
        yield
    finally:
        with db.cursor() as cursor:
            cursor.execute("RESET synchronous_commit")


def esp_message_id(message: Any) -> str:
    """The ESP's id for a sent message (anymail sets it; SMTP gives none), for matching tracking webhooks.

    With several recipients anymail gives a set of ids; a digest has one recipient, so one id."""
    found = getattr(getattr(message, "anymail_status", None), "message_id", None)
    if isinstance(found, set):
        found = next(iter(sorted(found)), None) if len(found) == 1 else None
    return found[:255] if isinstance(found, str) else ""


def _chunks(ids: Sequence[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def digests_send(
    *,
    now: dt.datetime,
    cadence: str | None = None,
    force: bool = False,
    city: City | None = None,
    progress: Callable[[int, int, BatchResult | None], None] | None = None,
    batch_size: int = MAX_BATCH,
    dispatch: bool = False,
) -> SendTotals:
    """Send every due digest: here, batch after batch (the command), or one task per batch on the email
    queue (``dispatch``: beat, the command's --queue). ``progress(done, total, result)`` is called after each
    batch (``result`` None when queued)."""
    from digests.tasks import send_digest_batch

    size = max(1, min(batch_size, MAX_BATCH, paced_batch_size(settings.DIGEST_SEND_RATE)))
    ids = [subscription_id for subscription_id, _ in digests_due(now=now, cadence=cadence, force=force, city=city)]
    totals = SendTotals(due=len(ids))
    for chunk in _chunks(ids, size):
        totals.batches += 1
        if dispatch:
            send_digest_batch.delay(chunk, now.isoformat(), force)
            totals.queued += len(chunk)
            outcome = None
        else:
            outcome = digest_batch_send(subscription_ids=chunk, now=now, force=force)
            totals.add(outcome)
        if progress is not None:
            progress(len(chunk), len(ids), outcome)
    return totals


__all__ = [
    "BatchResult",
    "Pacer",
    "SendTotals",
    "digest_batch_send",
    "digests_due",
    "digests_send",
]
