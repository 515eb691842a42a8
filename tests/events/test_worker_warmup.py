"""A worker that takes pipeline batches loads the categorizer before its pool forks; other workers do not."""

from __future__ import annotations

import logging
from types import SimpleNamespace

import pytest
from celery.signals import worker_init

from events import tasks
from events.pipeline.categorize import CategorizerError


def worker(*queues: str) -> SimpleNamespace:
    return SimpleNamespace(app=SimpleNamespace(amqp=SimpleNamespace(queues=SimpleNamespace(consume_from=set(queues)))))


@pytest.fixture
def calls(monkeypatch):
    seen: list[str] = []
    monkeypatch.setattr(tasks, "load_categorizer", lambda: seen.append("load"))
    monkeypatch.setattr(tasks, "page_url_builder", lambda: seen.append("urls"))
    monkeypatch.setattr(
        tasks, "gc", SimpleNamespace(collect=lambda: seen.append("collect"), freeze=lambda: seen.append("freeze"))
    )
    return seen


def test_it_is_connected_to_the_worker_start():
    assert any(receiver() is tasks.load_categorizer_before_fork for _key, receiver in worker_init.receivers)


def test_a_pipeline_worker_loads_the_model_and_the_urls_then_freezes_the_heap(calls):
    tasks.load_categorizer_before_fork(sender=worker("default", "fetch", tasks.PROCESS_QUEUE))
    assert calls == ["load", "urls", "collect", "freeze"]


def test_the_real_hook_leaves_the_event_page_path_ready(monkeypatch):
    from django.urls import get_resolver

    from events.api import representation

    representation._detail_path.cache_clear()
    monkeypatch.setattr(tasks, "load_categorizer", lambda: None)
    monkeypatch.setattr(tasks, "gc", SimpleNamespace(collect=lambda: None, freeze=lambda: None))
    tasks.load_categorizer_before_fork(sender=worker(tasks.PROCESS_QUEUE))
    assert representation._detail_path.cache_info().currsize == 1
    assert get_resolver()._populated


@pytest.mark.parametrize("sender", [worker("transactional", "email"), None, SimpleNamespace()])
def test_other_workers_and_unknown_senders_load_nothing(calls, sender):
    tasks.load_categorizer_before_fork(sender=sender)
    assert calls == []


# A model that fails to load is left to the first batch (nothing frozen either); URLs that fail to load are too,
# and the heap loaded so far is still frozen.
@pytest.mark.parametrize(
    ("step", "error", "level", "said", "expected"),
    [
        ("load_categorizer", CategorizerError("model missing"), logging.ERROR, "categorizer not loaded", []),
        (
            "page_url_builder",
            ImportError("a view"),
            logging.WARNING,
            "page URLs not loaded",
            ["load", "collect", "freeze"],
        ),
    ],
)
def test_a_step_that_fails_is_left_to_the_first_batch(monkeypatch, calls, caplog, step, error, level, said, expected):
    def broken():
        raise error

    monkeypatch.setattr(tasks, step, broken)
    with caplog.at_level(level, logger="events.tasks"):
        tasks.load_categorizer_before_fork(sender=worker(tasks.PROCESS_QUEUE))
    assert calls == expected
    assert said in caplog.text
