"""Data lifecycle: forget staged records nobody needs, strip old organizer contacts, archive long-past events.

Each step is run nightly by beat (events/tasks.py), works in batches of ids (one statement per batch, never a
row at a time), logs its counts, and is safe to run twice: the second run finds nothing left to do.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from django.db import models, transaction
from django.db.models import Exists, Max, OuterRef, Q, QuerySet
from django.db.models.functions import Coalesce

from events.models import Event, EventListing, Organizer, StagedEvent

logger = logging.getLogger(__name__)

# Records the pipeline has not finished with, or a moderator still has to decide on: never purged.
UNFINISHED_STATUSES = (StagedEvent.Status.PENDING, StagedEvent.Status.PROCESSING, StagedEvent.Status.HELD)
BAD_BATCH_SIZE = "batch_size must be positive, got {value}."


def _in_batches(queryset: QuerySet, *, batch_size: int, apply: Callable[[list[int]], int]) -> int:
    """Apply ``apply`` to the ids of ``queryset`` a batch at a time, each batch its own transaction. Returns the sum.

    The queryset is re-read after every batch, so it must stop matching rows once they are handled (it does:
    each step filters on exactly what it changes). Short transactions keep locks brief beside the pipeline.
    """
    if batch_size <= 0:
        raise ValueError(BAD_BATCH_SIZE.format(value=batch_size))
    total = 0
    while True:
        with transaction.atomic():
            ids = list(queryset.order_by("pk").values_list("pk", flat=True)[:batch_size])
            if not ids:
                return total
            total += apply(ids)
        if len(ids) < batch_size:
            return total


def _referenced_q() -> Q:
    """Staged records another table points at (the moderation audit trail, say): those must stay.

    Found from the model's reverse relations rather than listed by name, so that a table added later
    (an audit row naming the record it was about) is respected without changing this module.
    """
    referenced = Q()
    for relation in StagedEvent._meta.related_objects:
        related = relation.related_model
        if not isinstance(related, type) or not issubclass(related, models.Model):
            continue
        field = relation.field.name
        referenced |= Q(Exists(related._default_manager.filter(**{field: OuterRef("pk")})))
    return referenced


def staged_events_purgeable(*, now: dt.datetime, older_than_days: int) -> QuerySet[StagedEvent]:
    """Staged records unseen for ``older_than_days`` that neither the pipeline, a live event nor an audit needs."""
    # The listing an event keeps for each source is named by the same (source, external id) as its record.
    listed = EventListing.objects.filter(source_id=OuterRef("source_id"), external_id=OuterRef("external_id"))
    purgeable = (
        StagedEvent.objects.filter(last_seen_at__lt=now - dt.timedelta(days=older_than_days))
        .exclude(status__in=UNFINISHED_STATUSES)
        .exclude(event__isnull=False)  # the record behind an existing event (the event's evidence)
        .exclude(Exists(listed))
    )
    referenced = _referenced_q()
    return purgeable.exclude(referenced) if referenced else purgeable


def staged_events_purge(*, now: dt.datetime, older_than_days: int, batch_size: int) -> int:
    """Delete the purgeable staged records. Returns how many went."""

    def delete(ids: list[int]) -> int:
        deleted, _ = StagedEvent.objects.filter(pk__in=ids).delete()
        return deleted

    deleted = _in_batches(
        staged_events_purgeable(now=now, older_than_days=older_than_days), batch_size=batch_size, apply=delete
    )
    logger.info("retention: deleted %d staged records unseen for %d days", deleted, older_than_days)
    return deleted


def organizers_contact_strippable(*, now: dt.datetime, after_days: int) -> QuerySet[Organizer]:
    """Organizers with contact details whose last event (its end, else its start) is ``after_days`` old.

    An organizer without any event is left alone: there is no last event to count from, and the pipeline
    never stores contact details (a person typed them in, for events still to come).
    """
    return (
        Organizer.objects.exclude(email="")
        .annotate(last_event=Max(Coalesce("events__end", "events__start")))
        .filter(last_event__lt=now - dt.timedelta(days=after_days))
    )


def organizers_contact_strip(*, now: dt.datetime, after_days: int, batch_size: int) -> int:
    """Blank the contact details of organizers idle for ``after_days``. Returns how many organizers changed."""

    def strip(ids: list[int]) -> int:
        return Organizer.objects.filter(pk__in=ids).update(email="")

    stripped = _in_batches(
        organizers_contact_strippable(now=now, after_days=after_days), batch_size=batch_size, apply=strip
    )
    logger.info("retention: stripped contact details of %d organizers idle for %d days", stripped, after_days)
    return stripped


def events_archivable(*, now: dt.datetime, after_days: int) -> QuerySet[Event]:
    """Events not archived yet that ended (or, with no end, started) over ``after_days`` ago."""
    return Event.objects.filter(archived_at__isnull=True).filter(
        Q(end__lt=now - dt.timedelta(days=after_days))
        | Q(end__isnull=True, start__lt=now - dt.timedelta(days=after_days))
    )


def events_archive(*, now: dt.datetime, after_days: int, batch_size: int) -> int:
    """Mark long-past events archived: their pages stay, listings drop them. Returns how many were archived."""

    def archive(ids: list[int]) -> int:
        return Event.objects.filter(pk__in=ids, archived_at__isnull=True).update(archived_at=now)

    archived = _in_batches(events_archivable(now=now, after_days=after_days), batch_size=batch_size, apply=archive)
    logger.info("retention: archived %d events that ended over %d days ago", archived, after_days)
    return archived
