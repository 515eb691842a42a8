"""The after-commit hook: callbacks see the audit rows' ids once the action commits, never on rollback."""

from __future__ import annotations

import pytest
from django.db import transaction

from events.models import Event
from moderation import actions, hooks
from moderation.models import ModerationAction
from tests.factories import EventFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


class RollbackError(Exception):
    pass


def approve_then_fail(event: Event) -> None:
    with transaction.atomic():
        actions.event_approve(acting_user=None, event=event)
        raise RollbackError


@pytest.fixture
def calls():
    seen: list[list[int]] = []

    def callback(action_ids: list[int]) -> None:
        seen.append(action_ids)

    hooks.on_moderated(callback)
    yield seen
    hooks.off_moderated(callback)


def test_callbacks_run_after_commit_with_the_action_ids(calls, django_capture_on_commit_callbacks):
    event = EventFactory(moderation_status=Event.ModerationStatus.HELD)
    with django_capture_on_commit_callbacks(execute=False) as pending:
        row = actions.event_approve(acting_user=None, event=event)
    assert calls == []  # not before commit
    for callback in pending:
        callback()
    assert calls == [[row.pk]]


def test_callbacks_do_not_run_when_the_action_rolls_back(calls, django_capture_on_commit_callbacks):
    event = EventFactory(moderation_status=Event.ModerationStatus.HELD)
    with django_capture_on_commit_callbacks(execute=True) as pending:
        with pytest.raises(RollbackError):
            approve_then_fail(event)
    assert pending == []
    assert calls == []
    assert not ModerationAction.objects.exists()
    event.refresh_from_db()
    assert event.moderation_status == Event.ModerationStatus.HELD


def test_a_refused_action_schedules_nothing(calls, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as pending, pytest.raises(ValueError, match="reason"):
        actions.event_reject(acting_user=None, event=EventFactory(), reason="")
    assert (pending, calls) == ([], [])


def test_registering_a_callback_twice_is_refused(calls):
    def twice(action_ids: list[int]) -> None: ...

    hooks.on_moderated(twice)
    try:
        with pytest.raises(ValueError, match="already registered"):
            hooks.on_moderated(twice)
    finally:
        hooks.off_moderated(twice)
