"""One run per task message (config/task_claims.py, WhatsonTask.__call__): a second delivery of a message, as the
broker makes when a worker stalls past BROKER_VISIBILITY_TIMEOUT, does nothing while the first still runs (it is
sent again for later) or after it finished; a delivery whose first run died runs. And the pipeline's batch, run
twice at once on the same records (what a claim-less redelivery would do), still makes one event per record.

On PostgreSQL (advisory locks, one connection per thread as per worker process) with the done marks in Redis.
"""

from __future__ import annotations

import threading
from types import SimpleNamespace

import pytest
from django.db import connection

from config.celery import app as celery_app
from config.task_claims import Claim, task_claim, task_finished
from events.models import Event, StagedEvent
from events.services import staged_events_process
from sources.models import Source
from tests.events.helpers import day, load_bengaluru, make_source, record, stage

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.django_db(transaction=True)]
WAIT_SECONDS = 30
runs: list[str] = []
gate = threading.Event()


@celery_app.task(name="tests.test_task_claims.count_run")
def count_run(label: str) -> str:
    runs.append(label)
    gate.wait(WAIT_SECONDS)
    return label


def deliver(task, task_id: str, *args):
    """Run ``task`` as a worker runs a message it received (not eagerly, not called directly)."""
    task.push_request(
        id=task_id, args=list(args), kwargs={}, retries=0, called_directly=False, is_eager=False,
        delivery_info={"exchange": "", "routing_key": "default"},
    )  # fmt: skip
    try:
        return task(*args)
    finally:
        task.pop_request()


def in_thread(work) -> tuple[threading.Thread, list]:
    """``work()`` on its own thread (its own database connection, as another worker process)."""
    outcome: list = []

    def target() -> None:
        try:
            outcome.append(work())
        except BaseException as error:  # noqa: BLE001 - read by the test
            outcome.append(error)
        finally:
            connection.close()

    thread = threading.Thread(target=target)
    thread.start()
    return thread, outcome


@pytest.fixture(autouse=True)
def _fresh():
    runs.clear()
    gate.clear()
    yield
    gate.set()


def test_a_claim_is_busy_while_held_done_once_finished_and_free_when_its_holder_died():
    inside, leave = threading.Event(), threading.Event()

    def first() -> Claim:
        with task_claim("message-1") as claim:
            inside.set()
            leave.wait(WAIT_SECONDS)
            task_finished("message-1")
            return claim

    thread, outcome = in_thread(first)
    assert inside.wait(WAIT_SECONDS)
    with task_claim("message-1") as claim:
        assert claim is Claim.BUSY
    leave.set()
    thread.join(WAIT_SECONDS)
    assert outcome == [Claim.RUN]
    with task_claim("message-1") as claim:
        assert claim is Claim.DONE

    def dies() -> Claim:
        with task_claim("message-2") as claim:
            connection.close()  # the worker killed: the server ends its connection and its locks
            return claim

    thread, outcome = in_thread(dies)
    thread.join(WAIT_SECONDS)
    assert outcome == [Claim.RUN]
    with task_claim("message-2") as claim:
        assert claim is Claim.RUN  # nothing finished it: the redelivery runs


def test_a_message_delivered_again_runs_once(monkeypatch, settings):
    settings.TASK_BUSY_RETRY_SECONDS = 12.0  # operators set it (30 s by default); the tests' real workers, 2 s
    resent: list[dict] = []

    def resend(request, **options):
        resent.append({"id": request.id, **options})
        return SimpleNamespace(apply_async=lambda: None)

    monkeypatch.setattr(count_run, "signature_from_request", resend)
    thread, outcome = in_thread(lambda: deliver(count_run, "delivery-a", "first"))
    while not runs:
        thread.join(0.02)
    # The stalled worker's message handed to another: it does not run beside it, it is sent again for later.
    assert deliver(count_run, "delivery-a", "second") is None
    assert resent == [{"id": "delivery-a", "countdown": 12.0}]
    gate.set()
    thread.join(WAIT_SECONDS)
    assert outcome == ["first"]
    # That later look (or the stalled worker's own copy, once it wakes): finished, nothing to do.
    assert deliver(count_run, "delivery-a", "third") is None
    assert runs == ["first"]
    # Another message runs; a task called inline is never claimed.
    assert deliver(count_run, "delivery-b", "other") == "other"
    assert count_run.apply(args=["eager"], task_id="delivery-a").get() == "eager"
    assert runs == ["first", "other", "eager"]


def test_one_batch_processed_twice_at_once_makes_one_event_per_record():
    city = load_bengaluru()
    source = make_source("twice", city, trust=Source.Trust.TRUSTED)
    ids = stage(source, *(record(f"t{n}", f"Twice told tale {n}", day(days=3 + n, hour=19)) for n in range(6)))
    threads = [in_thread(lambda: staged_events_process(staged_event_ids=ids)) for _ in range(2)]
    for thread, _ in threads:
        thread.join(WAIT_SECONDS * 4)
    assert [type(outcome[0]).__name__ for _, outcome in threads] == ["ProcessResult", "ProcessResult"]
    assert Event.objects.count() == 6
    assert sorted(StagedEvent.objects.filter(pk__in=ids).values_list("status", flat=True)) == ["published"] * 6
    assert all(event.listings.count() == 1 for event in Event.objects.all())
    staged_events_process(staged_event_ids=ids)  # and once more after both
    assert Event.objects.count() == 6
