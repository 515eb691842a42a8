"""A worker REALLY killed (SIGKILL) in the middle of a digest batch: nobody gets a digest twice, nobody none.

Real parts throughout: PostgreSQL, Redis as the broker, Celery worker processes consuming the email queue as
compose's mailer does, Django's SMTP backend talking to an SMTP sink (aiosmtpd, in this process).

The sink can hold senders at MAIL FROM. The test lets some digests through, then holds the next transaction
there and kills the worker while it waits: the previous digest was accepted and marked, the next one has not
begun. (The one unavoidable double, a kill between the server's "250 accepted" and the row's UPDATE, is a
window of milliseconds the test does not aim at; digests/services/sending.py says so.)

Two ways a worker dies:
* the pool process running the batch (the OOM killer's usual victim): the parent sees it go, hands the
  message back (reject_on_worker_lost), a new pool process runs the batch again at once; that run skips the
  rows already sent, finds the dead one's claims still leased and retries once they expire, then sends them;
* the whole worker (a machine lost): the message stays unacked in Redis until the visibility timeout, when a
  worker started afterwards gets it back.
"""

from __future__ import annotations

import collections
import datetime as dt
import os
import re
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone

from config.celery import app as celery_app
from digests.models import DigestSend
from digests.services.sending import digests_send
from tests.digests.factories import ActiveSubscriptionFactory
from tests.digests.smtp import SmtpSink
from tests.factories import CityFactory, EventFactory
from tests.processes import database_url, stop

SUBSCRIBERS = 60
BATCH = 20
KILL_AFTER = 25  # in the second batch
LEASE_SECONDS = 4
VISIBILITY_SECONDS = 8
WAIT_SECONDS = 120

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.django_db(transaction=True)]


def children(pid: int) -> list[int]:
    """Process ids whose parent is ``pid`` (from /proc: no psutil here)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):  # a process that ended while we looked
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def start_worker(tmp_path: Path, sink: SmtpSink, name: str, *pool: str) -> tuple[subprocess.Popen, Path]:
    log = tmp_path / f"{name}.log"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
        "DATABASE_URL": database_url(),
        "REDIS_URL": settings.REDIS_URL,
        "EMAIL_URL": sink.url,
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "DIGEST_SEND_RATE": "0",
        "DIGEST_CLAIM_LEASE_SECONDS": str(LEASE_SECONDS),
        "BROKER_VISIBILITY_TIMEOUT": str(VISIBILITY_SECONDS),
        "TASK_BUSY_RETRY_SECONDS": "2",  # a delivery that finds its batch still running looks again soon
    }
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", "worker", "-Q", "email", *pool, "--without-gossip",
             "--without-mingle", "--without-heartbeat", "-n", f"{name}-{uuid.uuid4().hex[:8]}@%h", "-l", "info"],
            cwd=settings.BASE_DIR, env=env, stdout=output, stderr=subprocess.STDOUT,
        )  # fmt: skip
    return process, log


def wait_for(condition, *, what: str, workers) -> None:
    """Poll until ``condition()`` (a readiness wait, not a timing assert); fail with the workers' logs."""
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        for process, log in workers:
            assert process.poll() is None, log.read_text()[-4000:]
        if time.monotonic() > deadline:
            logs = "\n".join(log.read_text()[-3000:] for _, log in workers)
            pytest.fail(f"never {what}:\n{logs}")
        time.sleep(0.02)


@pytest.fixture
def email_queue():
    """Tasks go to Redis, not inline; the email queue starts empty (a previous run's leftovers purged)."""
    with celery_app.connection_for_write() as connection:
        connection.default_channel.queue_purge("email")
    celery_app.conf.task_always_eager = False
    try:
        yield
    finally:
        celery_app.conf.task_always_eager = True
        with celery_app.connection_for_write() as connection:
            connection.default_channel.queue_purge("email")


def subscribers() -> list[str]:
    city = CityFactory(slug="leeds", name="Leeds", timezone="Europe/London")
    start = timezone.now() + dt.timedelta(hours=20)
    for index in range(3):
        EventFactory(city=city, timezone="Europe/London", start=start + dt.timedelta(hours=index))
    return [sub.email for sub in ActiveSubscriptionFactory.create_batch(SUBSCRIBERS, city=city)]


def hold_and_kill(sink: SmtpSink, target: Callable[[], int], workers) -> int:
    """Let KILL_AFTER digests through, hold the next at MAIL FROM, SIGKILL the process ``target()`` names there (asked
    then, not before: the pool process sending is the one to kill), let mail flow again; the pid killed."""
    wait_for(lambda: len(sink.messages) >= KILL_AFTER, what=f"received {KILL_AFTER} digests", workers=workers)
    sink.pause()
    wait_for(lambda: sink.waiting > 0, what="held a sender at MAIL FROM", workers=workers)
    pid = target()
    os.kill(pid, signal.SIGKILL)
    sink.resume()
    return pid


def pool_process(worker_pid: int) -> int:
    """The worker's one pool process (``-c 1``) as it is now."""
    [child] = children(worker_pid)
    return child


def assert_everyone_got_exactly_one(sink: SmtpSink, emails: list[str], workers) -> None:
    wait_for(
        lambda: DigestSend.objects.filter(status="sent").count() == SUBSCRIBERS,
        what="marked every digest sent", workers=workers,
    )  # fmt: skip
    received = collections.Counter(sink.recipients())
    assert received == collections.Counter(emails), {address: n for address, n in received.items() if n != 1}
    assert DigestSend.objects.count() == SUBSCRIBERS
    assert set(DigestSend.objects.values_list("status", flat=True)) == {"sent"}
    # Each row names the message its subscriber received.
    by_recipient = {received.rcpt_tos[0]: received.message["Message-ID"] for received in sink.messages}
    for email, message_id in DigestSend.objects.values_list("subscription__email", "message_id"):
        assert by_recipient[email] == message_id


def test_killing_the_pool_process_mid_batch(tmp_path, email_queue):
    emails = subscribers()
    with SmtpSink(delay=0.05) as sink:
        worker = start_worker(tmp_path, sink, "mailer", "-P", "prefork", "-c", "1")
        try:
            process, log = worker
            totals = digests_send(now=timezone.now(), force=True, dispatch=True, batch_size=BATCH)
            assert (totals.due, totals.batches) == (SUBSCRIBERS, 3)
            wait_for(lambda: children(process.pid), what="started a pool process", workers=[worker])

            child = hold_and_kill(sink, lambda: pool_process(process.pid), [worker])

            assert_everyone_got_exactly_one(sink, emails, [worker])
            assert child not in children(process.pid)  # a new pool process finished the work
            worker_log = log.read_text()
            assert "signal 9" in worker_log
            # The killed batch came back: handed back, not lost, so its task was received again (a third time
            # when it found the dead process's claims still leased and retried after them).
            received = collections.Counter(re.findall(r"send_digest_batch\[([0-9a-f-]+)\] received", worker_log))
            assert len(received) == 3, worker_log[-6000:]
            assert sorted(received.values())[:2] == [1, 1], worker_log[-6000:]
            assert max(received.values()) >= 2, worker_log[-6000:]
        finally:
            stop(worker[0])


def test_killing_the_whole_worker_mid_batch(tmp_path, email_queue):
    emails = subscribers()
    with SmtpSink(delay=0.05) as sink:
        first = start_worker(tmp_path, sink, "doomed", "-P", "solo")
        second = None
        try:
            digests_send(now=timezone.now(), force=True, dispatch=True, batch_size=BATCH)

            hold_and_kill(sink, lambda: first[0].pid, [first])
            first[0].wait()
            received_when_killed = len(sink.messages)
            second = start_worker(tmp_path, sink, "successor", "-P", "solo")

            assert_everyone_got_exactly_one(sink, emails, [second])
            assert received_when_killed < SUBSCRIBERS
            assert first[0].returncode == -signal.SIGKILL
        finally:
            for worker in (first, second):
                if worker is not None and worker[0].poll() is None:
                    stop(worker[0])
