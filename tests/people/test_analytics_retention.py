"""Retention: raw interactions older than ANALYTICS_RAW_DAYS go, the daily counts (what dashboards read) stay
exactly as they were; running it again changes nothing. Forgetting a person keeps the counts."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from events.people.analytics import selectors, services
from events.people.analytics.recording import record
from events.people.analytics.tasks import rollup_interactions
from events.people.models import EventDailyStats, Interaction, InteractionKind
from tests.factories import EventFactory, UserFactory
from tests.people import helpers_analytics
from tests.people.helpers_analytics import stats_of, utc_today

pytestmark = pytest.mark.django_db
clean_buffer = helpers_analytics.clean_buffer
flush = helpers_analytics.flush


def interact_days_ago(flush, days: float, event_id: int, kinds: list[str], user_id: int | None = None) -> None:
    """Record ``kinds`` as if ``days`` ago, and flush them then."""
    with time_machine.travel(dt.datetime.now(dt.UTC) - dt.timedelta(days=days), tick=False):
        for kind in kinds:
            record(kind, event_id=event_id, user_id=user_id)
        flush()


@pytest.fixture
def history(flush, settings):
    settings.ANALYTICS_RAW_DAYS = 30
    event = EventFactory()
    person = UserFactory()
    interact_days_ago(
        flush, 45, event.pk, [InteractionKind.VIEW, InteractionKind.VIEW, InteractionKind.RSVP], person.pk
    )
    interact_days_ago(flush, 31, event.pk, [InteractionKind.SAVE, InteractionKind.CLICK])
    interact_days_ago(flush, 29, event.pk, [InteractionKind.VIEW, InteractionKind.SHARE], person.pk)
    interact_days_ago(flush, 0, event.pk, [InteractionKind.VIEW])
    return event, person


def test_roll_up_deletes_old_raw_rows_and_leaves_the_daily_counts(history):
    event, _ = history
    counts_before = stats_of(event.pk)
    figures_before = selectors.event_figures(event=event, days=60).as_dict()
    assert len(counts_before) == 4
    assert Interaction.objects.count() == 8

    assert services.interactions_rollup(batch_size=2) == 5  # several batches
    assert Interaction.objects.count() == 3
    cutoff = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    assert not Interaction.objects.filter(occurred_at__lt=cutoff).exists()
    assert stats_of(event.pk) == counts_before
    assert selectors.event_figures(event=event, days=60).as_dict() == figures_before
    assert figures_before["totals"] == {
        "views": 4,
        "saves": 1,
        "rsvps": 1,
        "shares": 1,
        "clicks": 1,
        "conversion": 0.25,
    }

    assert services.interactions_rollup() == 0  # twice changes nothing
    assert Interaction.objects.count() == 3
    assert stats_of(event.pk) == counts_before


def test_roll_up_drops_raw_rows_of_deleted_events(history, flush):
    kept_event, _ = history
    gone = EventFactory()
    record(InteractionKind.VIEW, event_id=gone.pk)
    flush()
    gone_id = gone.pk
    gone.delete()  # its daily counts go with it (cascade); its raw rows have no foreign key
    assert Interaction.objects.filter(event_id=gone_id).count() == 1
    assert services.interactions_rollup() == 6
    assert not Interaction.objects.exclude(event_id=kept_event.pk).exists()
    assert not EventDailyStats.objects.exclude(event_id=kept_event.pk).exists()


def test_roll_up_task(history):
    assert rollup_interactions.delay().get() == {"deleted": 5}
    assert rollup_interactions.delay().get() == {"deleted": 0}


def test_roll_up_follows_the_setting(history, settings):
    settings.ANALYTICS_RAW_DAYS = 60
    assert services.interactions_rollup() == 0
    settings.ANALYTICS_RAW_DAYS = 1
    assert services.interactions_rollup() == 7


def test_roll_up_refuses_a_batch_of_nothing(history):
    with pytest.raises(ValueError, match="batch_size must be positive"):
        services._delete_in_batches(Interaction.objects.all(), batch_size=-1)


def test_forgetting_a_person_keeps_the_counts(history, flush):
    event, person = history
    other = UserFactory()
    record(InteractionKind.SAVE, event_id=event.pk, user_id=other.pk)
    flush()
    counts = stats_of(event.pk)
    assert services.interactions_forget_user(user_id=person.pk) == 5
    assert not Interaction.objects.filter(user_id=person.pk).exists()
    assert Interaction.objects.filter(user__isnull=True).count() == 8
    assert Interaction.objects.filter(user_id=other.pk).count() == 1
    assert stats_of(event.pk) == counts
    assert services.interactions_forget_user(user_id=person.pk) == 0


def test_active_people_count_raw_interactions_within_the_kept_days(history):
    event, _ = history
    assert selectors.active_users() == {1: 0, 7: 0, 30: 1}  # their view of 29 days ago (no sign-in recorded)
    assert stats_of(event.pk)[utc_today()] == (1, 0, 0, 0, 0)
