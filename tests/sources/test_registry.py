"""The adapter registry's typed errors, and how a source run tells a source's fault from an adapter bug."""

from __future__ import annotations

import logging

import pytest

from sources.adapters import registry
from sources.adapters.base import Adapter
from sources.adapters.ics import ICalendarAdapter
from sources.models import FetchRun
from sources.services import INTERNAL_ERROR, source_fetch
from tests.factories import SourceFactory


def test_an_unknown_name_is_its_own_error_not_a_key_error():
    with pytest.raises(registry.AdapterNotFound, match="No adapter named 'nope'; known adapters: .*ics") as caught:
        registry.get("nope")
    assert not isinstance(caught.value, KeyError)  # a stray KeyError elsewhere can't pass for it


def test_a_second_class_under_one_name_is_refused():
    class Impostor(ICalendarAdapter):
        pass

    with pytest.raises(registry.AdapterAlreadyRegistered, match="'ics' is already registered"):
        registry.register(Impostor)
    assert registry.get("ics") is ICalendarAdapter


@pytest.mark.django_db
def test_a_source_naming_an_unknown_adapter_fails_with_that_reason():
    source = SourceFactory(adapter="gone", config={})
    source_fetch(source=source)
    run = FetchRun.objects.get(source=source)
    assert run.status == FetchRun.Status.FAILED
    assert run.errors[0]["reason"].startswith("No adapter named 'gone'")


class _BuggyAdapter(Adapter):
    """An adapter with a programming error: a KeyError from its own code."""

    name = "buggy-for-tests"
    label = "Buggy"

    def parse(self, payload):
        raise KeyError("internal_field")

    def fetch(self):
        return self.parse(b"")


@pytest.mark.django_db
def test_an_adapter_bug_is_an_internal_error_with_a_traceback_not_a_source_failure(monkeypatch, caplog):
    monkeypatch.setitem(registry._adapters, _BuggyAdapter.name, _BuggyAdapter)
    source = SourceFactory(adapter=_BuggyAdapter.name, config={})
    with caplog.at_level(logging.ERROR, logger="sources.services"):
        source_fetch(source=source)
    run = FetchRun.objects.get(source=source)
    assert run.status == FetchRun.Status.FAILED
    assert run.errors[0]["reason"] == INTERNAL_ERROR.format(kind="KeyError")
    assert any(record.exc_info for record in caplog.records)  # the worker log has the traceback
