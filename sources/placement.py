"""A source's city, and what changing it does to the events it sent.

The pipeline places an event by its own location first; the source's city is only the default for records
that say nothing of where they are. A staged record whose content did not change is not processed again
(sources.services.source_sync compares content hashes), so changing the city alone would leave those events
where they were. Changing it here queues the source's processed records: the next fetch re-places them.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from events.models import City, StagedEvent
from events.services.lifecycle import WITHDRAWN
from sources.models import Source

# What a record can be after the pipeline ran on it: a city change re-processes these.
PROCESSED = (StagedEvent.Status.PUBLISHED, StagedEvent.Status.HELD, StagedEvent.Status.REJECTED)


def source_change_city(*, source: Source, city: City | None) -> int:
    """Give ``source`` its new default ``city``. When it is another city than the stored one, the source's
    processed records that made an event are marked pending, so the next fetch processes them again (an
    unchanged record that is still pending is queued: source_sync). Returns how many were marked.

    Records the listing withdrew stay as they are: they are processed again only if they reappear.
    """
    with transaction.atomic():
        previous = Source.objects.select_for_update().values_list("city_id", flat=True).get(pk=source.pk)
        source.city = city
        source.save(update_fields=["city"])
        if previous == source.city_id:
            return 0
        return (
            StagedEvent.objects.filter(source=source, status__in=PROCESSED, event__isnull=False)
            .exclude(content_hash=WITHDRAWN)
            .update(status=StagedEvent.Status.PENDING, updated_at=timezone.now())
        )
