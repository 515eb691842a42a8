"""A worker that STALLS (SIGSTOP, a frozen VM, a swap storm) past its claims' lease, then wakes: nobody is mailed
twice. The same batch is run meanwhile by a second worker, as when the broker hands a stalled worker's message to
another (BROKER_VISIBILITY_TIMEOUT) or beat's next run finds the claims expired.

Real parts: PostgreSQL (row locks, SKIP LOCKED), Django's SMTP backend, two aiosmtpd sinks (one per worker, so
every mail is counted where it arrived). The first worker's thread stands for the stalled process: its SMTP server
holds it at MAIL FROM of its first message, past the lease, with that message's row locked as a stalled worker's
would be; it cannot renew its claims meanwhile.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import os
import signal
import threading
import time

import pytest
from django.core.mail import get_connection
from django.db import connection
from django.utils import timezone

from digests.models import DigestSend
from digests.periods import current_period
from digests.services.handover import HANDOVER_LOCK_NAMESPACE, ClaimLease, _hold, _let_go
from digests.services.sending import BatchResult, _take_over, digest_batch_send, digests_send
from tests.digests.factories import ActiveSubscriptionFactory, DigestSendFactory
from tests.digests.smtp import SmtpSink
from tests.digests.test_killed_worker import (  # noqa: F401 - email_queue is a fixture
    assert_everyone_got_exactly_one,
    email_queue,
    start_worker,
    subscribers,
    wait_for,
)
from tests.factories import CityFactory, EventFactory
from tests.processes import stop

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
LEASE_SECONDS = 1
WAIT_SECONDS = 30


def smtp(sink: SmtpSink):
    return get_connection(SMTP_BACKEND, host="127.0.0.1", port=sink.port, use_tls=False, use_ssl=False)


def wait_until(condition, what: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        assert time.monotonic() < deadline, f"never {what}"
        time.sleep(0.02)


def batch_in_a_thread(ids: list[int], now: dt.datetime, sink: SmtpSink):
    """The batch run by another worker (its own thread and database connection); ``outcome["stalled"]`` is its
    BatchResult or what it raised."""
    outcome: dict[str, BatchResult | BaseException] = {}

    def stalled_worker() -> None:
        try:
            outcome["stalled"] = digest_batch_send(subscription_ids=ids, now=now, force=True, connection=smtp(sink))
        except BaseException as error:  # noqa: BLE001 - reported by the tests' assertions
            outcome["stalled"] = error
        finally:
            connection.close()

    worker = threading.Thread(target=stalled_worker)
    worker.start()
    return worker, outcome


def test_a_worker_waking_after_its_claims_were_taken_over_sends_none_of_them(settings):
    settings.DIGEST_SEND_RATE = 0
    settings.DIGEST_CLAIM_LEASE_SECONDS = LEASE_SECONDS
    city = CityFactory(slug="leeds", name="Leeds", timezone="Europe/London")
    start = timezone.now() + dt.timedelta(hours=20)
    for index in range(2):
        EventFactory(city=city, timezone="Europe/London", start=start + dt.timedelta(hours=index))
    subscribers = ActiveSubscriptionFactory.create_batch(6, city=city)
    ids, now = [sub.pk for sub in subscribers], timezone.now()

    with SmtpSink() as first, SmtpSink() as second:
        first.pause()
        worker, outcome = batch_in_a_thread(ids, now, first)
        wait_until(lambda: first.waiting == 1, "held the first worker at its first message")
        time.sleep(LEASE_SECONDS + 0.5)  # every claim of the stalled worker has expired
        assert DigestSend.objects.filter(status="claimed").count() == 6

        other = digest_batch_send(subscription_ids=ids, now=now, force=True, connection=smtp(second))
        # The five it could take are sent; the one being handed over (its row locked) is left to its owner.
        assert (other.sent, other.held) == (5, 1)
        assert other.held_until is not None

        first.resume()  # the stalled worker wakes up
        worker.join(WAIT_SECONDS)
        assert not worker.is_alive()
        stalled = outcome["stalled"]
        assert isinstance(stalled, BatchResult), stalled
        assert (stalled.sent, stalled.held) == (1, 5)  # the message it was in; the others were taken over

        mailed = collections.Counter(first.recipients() + second.recipients())
    assert mailed == {sub.email: 1 for sub in subscribers}
    assert set(DigestSend.objects.values_list("status", flat=True)) == {"sent"}
    again = digest_batch_send(subscription_ids=ids, now=now, force=True, connection=smtp(second))
    assert (again.sent, again.held) == (0, 0)


def test_a_stalled_worker_that_woke_before_its_lease_ran_out_keeps_its_claims(settings):
    settings.DIGEST_SEND_RATE = 0
    settings.DIGEST_CLAIM_LEASE_SECONDS = 600
    city = CityFactory(slug="york", name="York", timezone="Europe/London")
    EventFactory(city=city, timezone="Europe/London", start=timezone.now() + dt.timedelta(hours=20))
    subscribers = ActiveSubscriptionFactory.create_batch(3, city=city)
    ids, now = [sub.pk for sub in subscribers], timezone.now()
    with SmtpSink() as sink:
        first = digest_batch_send(subscription_ids=ids, now=now, force=True, connection=smtp(sink))
        assert (first.sent, first.held) == (3, 0)
        assert sorted(sink.recipients()) == sorted(sub.email for sub in subscribers)


@pytest.mark.redis
@pytest.mark.usefixtures("email_queue")
def test_a_real_worker_stalled_mid_batch_keeps_its_batch_and_its_redelivery_does_nothing(tmp_path):
    """SIGSTOP a real worker mid-batch past the visibility timeout: Redis hands its message to a second worker,
    which finds the message claimed (the stalled worker's connection holds the lock) and looks again later; the
    first wakes (SIGCONT) and finishes; the later look finds the work done. Everyone gets one digest."""
    emails = subscribers()
    with SmtpSink(delay=0.05) as sink:
        first = start_worker(tmp_path, sink, "stalls", "-P", "solo")
        second = None
        try:
            digests_send(now=timezone.now(), force=True, dispatch=True, batch_size=len(emails))
            wait_for(lambda: len(sink.messages) >= 10, what="received 10 digests", workers=[first])
            os.kill(first[0].pid, signal.SIGSTOP)
            second = start_worker(tmp_path, sink, "successor", "-P", "solo")
            wait_for(
                lambda: "delivered again while it still runs" in second[1].read_text(),
                what="redelivered the stalled batch", workers=[second],
            )  # fmt: skip
            os.kill(first[0].pid, signal.SIGCONT)
            assert_everyone_got_exactly_one(sink, emails, [first, second])
            wait_for(
                lambda: "delivered again after it finished: nothing to do" in second[1].read_text(),
                what="looked at the batch again", workers=[first, second],
            )  # fmt: skip
            assert collections.Counter(sink.recipients()) == collections.Counter(emails)
        finally:
            os.kill(first[0].pid, signal.SIGCONT)
            for worker in (first, second):
                if worker is not None and worker[0].poll() is None:
                    stop(worker[0])


def test_a_worker_stalled_in_a_later_slice_keeps_that_slice_and_loses_the_rest(settings):
    """Rows are held a slice at a time (1, 2, 4, 8… rows): held at its fourth message, the worker holds the third
    slice (messages 4-7) and nothing beyond. The other worker sends the rest and leaves that slice; the stalled one
    wakes, sends its slice and none of what was taken over."""
    settings.DIGEST_SEND_RATE = 0
    settings.DIGEST_CLAIM_LEASE_SECONDS = LEASE_SECONDS
    city = CityFactory(slug="hull", name="Hull", timezone="Europe/London")
    EventFactory(city=city, timezone="Europe/London", start=timezone.now() + dt.timedelta(hours=20))
    subscribers = ActiveSubscriptionFactory.create_batch(12, city=city)
    ids, now = [sub.pk for sub in subscribers], timezone.now()

    with SmtpSink(delay=0.3) as first, SmtpSink() as second:
        worker, outcome = batch_in_a_thread(ids, now, first)
        wait_until(lambda: len(first.messages) == 3, "sent three digests")
        first.pause()  # the fourth is waiting out the sink's delay: held at its MAIL FROM
        wait_until(lambda: first.waiting == 1, "held the first worker at its fourth message")
        time.sleep(LEASE_SECONDS + 0.5)
        assert DigestSend.objects.filter(status="claimed").count() == 9

        other = digest_batch_send(subscription_ids=ids, now=now, force=True, connection=smtp(second))
        assert (other.sent, other.held) == (5, 4)  # messages 8-12 taken over; the held slice, 4-7, left alone

        first.resume()
        worker.join(WAIT_SECONDS)
        assert not worker.is_alive()
        stalled = outcome["stalled"]
        assert isinstance(stalled, BatchResult), stalled
        assert (stalled.sent, stalled.held) == (7, 5)
        mailed = collections.Counter(first.recipients() + second.recipients())
    assert mailed == {sub.email: 1 for sub in subscribers}
    assert set(DigestSend.objects.values_list("status", flat=True)) == {"sent"}
    assert not advisory_locks_held()  # every slice let go


def advisory_locks_held() -> int:
    """Handover locks held in this database, by any session."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = %s "
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            [HANDOVER_LOCK_NAMESPACE],
        )
        return cursor.fetchone()[0]


def test_an_expired_claim_held_by_its_owner_is_not_taken_over_until_let_go():
    """The taker's side of the hold: an expired row its owner holds (a stalled worker in the middle of its slice)
    is skipped and counted held; once let go (the owner woke, or died with its connection), it is taken."""
    city = CityFactory(slug="bath", name="Bath", timezone="Europe/London")
    now = timezone.now()
    sub = ActiveSubscriptionFactory(city=city)
    period = current_period("weekly", city, now)
    row = DigestSendFactory(subscription=sub, period=period, status="claimed", claimed_at=now - dt.timedelta(hours=1))
    held, let_go = threading.Event(), threading.Event()

    def owner() -> None:
        try:
            assert _hold([row.pk]) == [row.pk]
            held.set()
            let_go.wait(WAIT_SECONDS)
            _let_go([row.pk])
        finally:
            connection.close()

    thread = threading.Thread(target=owner)
    thread.start()
    try:
        assert held.wait(WAIT_SECONDS)
        first = BatchResult()
        assert _take_over({sub.pk: period}, timezone.now(), first) == {}
        assert first.held == 1
    finally:
        let_go.set()
        thread.join(WAIT_SECONDS)
    assert _take_over({sub.pk: period}, timezone.now(), BatchResult()) == {sub.pk: row.pk}


def test_a_row_re_stamped_by_a_taker_is_not_the_owners_turn():
    """The owner's side: it holds first, then re-checks its stamp; a row taken over before is not sent here."""
    city = CityFactory(slug="ely", name="Ely", timezone="Europe/London")
    subscribers = ActiveSubscriptionFactory.create_batch(3, city=city)
    stamp = timezone.now() - dt.timedelta(hours=1)
    rows = [DigestSendFactory(subscription=sub, status="claimed", claimed_at=stamp) for sub in subscribers]
    DigestSend.objects.filter(pk=rows[1].pk).update(claimed_at=timezone.now())  # taken over meanwhile
    lease = ClaimLease({row.pk for row in rows}, stamp)
    with contextlib.closing(lease.turns([row.pk for row in rows])) as turns:
        assert list(turns) == [(rows[0].pk, True), (rows[1].pk, False), (rows[2].pk, True)]
    assert not advisory_locks_held()
