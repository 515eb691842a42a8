"""A batch runs with the cyclic garbage collector off; it is back on afterwards, and the batch's cycles are freed."""

from __future__ import annotations

import gc
import weakref

import pytest

from events.services import processing
from events.services.processing import ProcessResult, collector_paused, staged_events_process


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the collector frees it


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_a_batch_runs_with_the_collector_off_and_leaves_no_cycle_behind(monkeypatch, collector_on):
    seen = {}

    def fake_process(ids):
        seen["enabled"] = gc.isenabled()
        seen["cycle"] = weakref.ref(Node())  # garbage as soon as it is made, but cyclic
        return ProcessResult(published=len(ids))

    monkeypatch.setattr(processing, "_process", fake_process)
    assert staged_events_process(staged_event_ids=[1, 2]).published == 2
    assert seen["enabled"] is False
    assert gc.isenabled()
    assert seen["cycle"]() is None  # the batch's cyclic garbage was collected on the way out


def test_the_collector_comes_back_after_a_failure(monkeypatch, collector_on):
    def failing(ids):
        raise processing.NOT_THE_RECORDS[0]("connection lost")

    monkeypatch.setattr(processing, "_process", failing)
    with pytest.raises(processing.NOT_THE_RECORDS[0]):
        staged_events_process(staged_event_ids=[1])
    assert gc.isenabled()


def test_a_collector_someone_turned_off_stays_off(collector_on):
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()
    gc.enable()


def test_nested_pauses_turn_it_back_on_once_at_the_outermost(collector_on):
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()  # the inner one did not turn it on under the outer one
    assert gc.isenabled()
