"""Audited moderation actions: one audit row per changed event, with the touched fields before and after."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from events.models import Event, StagedEvent
from moderation import actions
from moderation.models import ModerationAction
from tests.factories import EventFactory, SourceFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]
Status = Event.ModerationStatus
Action = ModerationAction.Action


@pytest.fixture
def moderator(django_user_model):
    return django_user_model.objects.create_user("mia", password="pw-mia-12345", is_staff=True)


@pytest.fixture
def held():
    """A held event with the staged record the pipeline held it for."""
    source = SourceFactory(slug="shady")
    event = EventFactory(title="Maybe A Gig", moderation_status=Status.HELD, city=source.city)
    staged = StagedEvent.objects.create(
        source=source, external_id="g1", raw={"title": "Maybe A Gig"}, event=event, status=StagedEvent.Status.HELD
    )
    return event, staged


def test_approve_publishes_stamps_once_and_publishes_its_staged_record(moderator, held):
    event, staged = held
    row = actions.event_approve(acting_user=moderator, event=event)

    event.refresh_from_db()
    staged.refresh_from_db()
    assert event.moderation_status == Status.PUBLISHED
    assert event.published_at is not None
    assert staged.status == StagedEvent.Status.PUBLISHED
    assert ModerationAction.objects.get() == row
    assert (row.acting_user, row.action, row.event, row.staged_event) == (moderator, Action.APPROVE, event, staged)
    assert row.before == {"moderation_status": "held", "published_at": None, "staged_events": {str(staged.pk): "held"}}
    assert row.after["moderation_status"] == "published"
    assert row.after["staged_events"] == {str(staged.pk): "published"}
    assert row.event_title == "Maybe A Gig"

    first_published = event.published_at
    actions.event_hold(acting_user=moderator, event=event)
    actions.event_approve(acting_user=moderator, event=event)
    event.refresh_from_db()
    assert event.published_at == first_published


def test_approving_a_published_event_writes_nothing(moderator):
    event = EventFactory()
    assert actions.event_approve(acting_user=moderator, event=event) is None
    assert not ModerationAction.objects.exists()


@pytest.mark.parametrize("reason", ["", "   "])
def test_reject_without_a_reason_is_refused_and_changes_nothing(moderator, held, reason):
    event, _ = held
    with pytest.raises(ValueError, match="a reject needs a reason"):
        actions.event_reject(acting_user=moderator, event=event, reason=reason)
    event.refresh_from_db()
    assert event.moderation_status == Status.HELD
    assert not ModerationAction.objects.exists()


def test_reject_records_the_reason_and_restore_undoes_it(moderator, held):
    event, staged = held
    reject = actions.event_reject(acting_user=moderator, event=event, reason="  Spam listing. ")
    event.refresh_from_db()
    staged.refresh_from_db()
    assert (event.moderation_status, staged.status) == (Status.REJECTED, StagedEvent.Status.REJECTED)
    assert reject.reason == "Spam listing."
    assert reject.before["moderation_status"] == "held"
    assert reject.after["moderation_status"] == "rejected"

    restore = actions.event_restore(acting_user=moderator, event=event)
    event.refresh_from_db()
    staged.refresh_from_db()
    assert (event.moderation_status, staged.status) == (Status.HELD, StagedEvent.Status.HELD)
    assert restore.action == Action.RESTORE
    assert restore.before["moderation_status"] == "rejected"
    assert restore.after == {
        "moderation_status": "held",
        "published_at": None,
        "staged_events": {str(staged.pk): "held"},
    }
    assert ModerationAction.objects.count() == 2

    with pytest.raises(ValueError, match="no reject or unpublish to undo"):
        actions.event_restore(acting_user=moderator, event=event)


def test_unpublish_then_restore_republishes(moderator):
    event = EventFactory()
    row = actions.event_unpublish(acting_user=moderator, event=event, reason="Wrong city.")
    assert row.action == Action.UNPUBLISH
    event.refresh_from_db()
    assert event.moderation_status == Status.HELD
    actions.event_restore(acting_user=moderator, event=event)
    event.refresh_from_db()
    assert event.moderation_status == Status.PUBLISHED
    with pytest.raises(ValueError, match="not published"):
        actions.event_unpublish(acting_user=moderator, event=EventFactory(moderation_status=Status.HELD))


def test_restore_refuses_when_the_status_moved_on_since(moderator):
    event = EventFactory()
    actions.event_unpublish(acting_user=moderator, event=event)
    Event.objects.filter(pk=event.pk).update(moderation_status=Status.REJECTED)  # e.g. a script, outside moderation
    with pytest.raises(ValueError, match="restore refused"):
        actions.event_restore(acting_user=moderator, event=event)


def test_flag_needs_a_reason_and_changes_no_field(moderator):
    event = EventFactory()
    with pytest.raises(ValueError, match="a flag needs a reason"):
        actions.event_flag(acting_user=moderator, event=event, reason="")
    row = actions.event_flag(acting_user=moderator, event=event, reason="Price looks wrong")
    event.refresh_from_db()
    assert event.moderation_status == Status.PUBLISHED
    assert (row.action, row.reason, row.before, row.after) == (Action.FLAG, "Price looks wrong", {}, {})


def test_edit_then_approve_records_the_edit_and_marks_the_fields(moderator, held):
    event, staged = held
    row = actions.event_edit_then_approve(
        acting_user=moderator, event=event, changes={"title": "A Real Gig", "description": "Doors at 8."}
    )
    event.refresh_from_db()
    assert (event.title, event.description, event.moderation_status) == ("A Real Gig", "Doors at 8.", Status.PUBLISHED)
    assert event.edited_fields == ["title", "description"]
    assert row.action == Action.EDIT
    assert row.before["title"] == "Maybe A Gig"
    assert row.before["description"] == ""
    assert row.before["edited_fields"] == []
    assert row.after["title"] == "A Real Gig"
    assert row.after["edited_fields"] == ["title", "description"]
    assert row.after["staged_events"] == {str(staged.pk): "published"}
    assert ModerationAction.objects.count() == 1


def test_edit_then_approve_refuses_unknown_and_invalid_fields(moderator, held):
    event, _ = held
    with pytest.raises(ValueError, match="source fields only; not moderation_status"):
        actions.event_edit_then_approve(acting_user=moderator, event=event, changes={"moderation_status": "x"})
    with pytest.raises(ValidationError):
        actions.event_edit_then_approve(acting_user=moderator, event=event, changes={"url": "not a url"})
    event.refresh_from_db()
    assert (event.moderation_status, event.edited_fields) == (Status.HELD, [])
    assert not ModerationAction.objects.exists()


def test_moderator_edit_from_the_form_is_audited(moderator):
    event = EventFactory(description="Old.")
    event.description = "New."
    actions.event_moderator_edit(acting_user=moderator, event=event, changed_fields=["description"])
    row = ModerationAction.objects.get()
    assert (row.action, row.before["description"], row.after["description"]) == (Action.EDIT, "Old.", "New.")
    assert Event.objects.get(pk=event.pk).edited_fields == ["description"]


def test_moderator_edit_keeps_counters_that_moved_while_the_form_was_open(moderator):
    event = EventFactory(description="Old.")
    form_copy = Event.objects.get(pk=event.pk)  # what the admin loaded
    # Meanwhile someone replied and the view flush ran.
    Event.objects.filter(pk=event.pk).update(rsvp_count=1, view_count=40, share_count=2)
    form_copy.description = "New."
    actions.event_moderator_edit(acting_user=moderator, event=form_copy, changed_fields=["description"])
    stored = Event.objects.get(pk=event.pk)
    assert (stored.description, stored.rsvp_count, stored.view_count, stored.share_count) == ("New.", 1, 40, 2)


def test_bulk_moderation_writes_one_row_per_changed_event(moderator):
    held_one, held_two = EventFactory.create_batch(2, moderation_status=Status.HELD)
    already = EventFactory()
    count = actions.events_moderate(
        acting_user=moderator, event_ids=[held_one.pk, held_two.pk, already.pk], status=Status.PUBLISHED
    )
    assert count == 2
    assert sorted(ModerationAction.objects.values_list("event_id", flat=True)) == sorted([held_one.pk, held_two.pk])
    with pytest.raises(ValueError, match="a reject needs a reason"):
        actions.events_moderate(acting_user=moderator, event_ids=[already.pk], status=Status.REJECTED)


def test_the_system_acts_without_a_user():
    row = actions.event_unpublish(acting_user=None, event=EventFactory(), reason="Source withdrew it")
    assert row.acting_user is None


def test_a_category_a_moderator_sets_is_the_moderators(moderator, held):
    from events.models import Category

    comedy, music = Category.objects.get(slug="comedy"), Category.objects.get(slug="music")
    event = EventFactory(category=music, category_method="venue", category_confidence=0.45)
    event.category = comedy
    actions.event_moderator_edit(acting_user=moderator, event=event, changed_fields=["category"])
    stored = Event.objects.get(pk=event.pk)
    assert (stored.category, stored.category_method, stored.category_confidence) == (comedy, "moderator", 1.0)
    assert {"category", "category_method"} <= set(stored.edited_fields)  # no later fetch guesses over it

    other, _ = held
    actions.event_edit_then_approve(acting_user=moderator, event=other, changes={"category": comedy})
    other.refresh_from_db()
    assert (other.category, other.category_method, other.category_confidence) == (comedy, "moderator", 1.0)
    # Other edits leave the method alone.
    actions.event_moderator_edit(acting_user=moderator, event=stored, changed_fields=["description"])
    assert Event.objects.get(pk=event.pk).category_method == "moderator"
