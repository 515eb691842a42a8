"""One bad record does not sink its batch: the others publish, and it is quarantined with its reason."""

from __future__ import annotations

import pytest
from django.utils import timezone

from events.models import Event, StagedEvent
from events.services import staged_events_process
from events.services.processing import PROCESSING_FAILED
from tests.events.helpers import day, load_bengaluru, make_source, record, stage

# The poison is a value PostgreSQL refuses (SQLite stores anything): the database is part of the test.
pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def _poison(src, external_id: str) -> StagedEvent:
    """A record the database cannot store (a price beyond its column), staged as-is: processing must cope
    whatever the staging boundary let through."""
    raw = record(external_id, "Gala Dinner", day(days=9), venue_name="Grand Hall").to_json()
    raw.update(price_min=5e12, price_max=6e12, currency="INR", cost_type="paid")
    now = timezone.now()
    return StagedEvent.objects.create(
        source=src, external_id=external_id, raw=raw, content_hash="x", first_seen_at=now, last_seen_at=now
    )


def test_a_bad_record_is_quarantined_and_the_rest_publish():
    src = make_source("venue-site", load_bengaluru())
    good = stage(
        src,
        *(
            record(f"ok{i}", f"Workshop number {i} on pottery", day(days=3 + i), venue_name=f"Hall {i}")
            for i in range(5)
        ),
    )
    bad = _poison(src, "bad")
    ids = sorted([*good[:2], bad.pk, *good[2:]])

    result = staged_events_process(staged_event_ids=ids)

    assert result.published == 5
    assert result.rejected == 1
    assert Event.objects.count() == 5
    bad.refresh_from_db()
    assert bad.status == StagedEvent.Status.REJECTED
    assert bad.event is None
    assert bad.processed_at is not None
    assert len(bad.reasons) == 1
    assert bad.reasons[0].startswith(PROCESSING_FAILED.split("{", 1)[0])
    assert set(StagedEvent.objects.exclude(pk=bad.pk).values_list("status", flat=True)) == {"published"}
