"""Submissions: an organizer's event staged under a built-in source and run through the pipeline at once."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from events.models import Category, City, Event, Organizer, StagedEvent
from events.people.models import Submission
from events.people.organizers.selectors import organizers_of
from events.people.organizers.services.errors import NOT_AN_ORGANIZER, NotAnOrganizer
from events.services import staged_events_process
from events.services.changes import events_changed
from events.services.staging import canonical_json
from events.vocabulary import EventStatus, Trust
from moderation.models import ModerationAction
from sources.models import Source, SourceKind

SUBMISSION_SOURCES = {
    # slug: (name, trust)
    False: ("organizer-submissions", "Organizer submissions (held for a moderator)", Trust.UNTRUSTED),
    True: ("trusted-organizer-submissions", "Trusted organizer submissions", Trust.TRUSTED),
}
# The category an organizer chose outranks the model's guess.
CATEGORY_METHOD = "organizer"


# --- submissions ----------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class SubmissionResult:
    submission: Submission
    state: str  # published, held, rejected or duplicate
    reasons: list[str]
    event: Event | None  # the event the submission made (published or held)
    duplicate_of: Event | None  # the event already listed that the pipeline linked it to


STATES: dict[str, str] = {
    StagedEvent.Status.PUBLISHED: "published",
    StagedEvent.Status.HELD: "held",
    StagedEvent.Status.REJECTED: "rejected",
    StagedEvent.Status.DUPLICATE: "duplicate",
}


def submission_source(*, trusted: bool) -> Source:
    """The built-in source an organizer's submissions are staged under (made on first use)."""
    slug, name, trust = SUBMISSION_SOURCES[trusted]
    defaults = {"name": name, "kind": SourceKind.SUBMISSION, "adapter": "submission", "trust_level": trust}
    try:
        with transaction.atomic():
            source, _ = Source.objects.get_or_create(slug=slug, defaults={**defaults, "config": {}})
    except IntegrityError:  # another request made it meanwhile
        source = Source.objects.get(slug=slug)
    return source


def submission_record(data: Mapping[str, Any], *, external_id: str) -> dict[str, Any]:
    """Validated input (inputs.EventInputSerializer) as a normalized-event object (docs/event-format.md)."""
    city: City = data["city"]
    return {
        "external_id": external_id,
        "title": data["title"],
        "description": data.get("description") or None,
        "start": _iso(data["start"]),
        "end": _iso(data.get("end")),
        "all_day": bool(data.get("all_day")),
        "timezone": data["zone"].key,
        "venue_name": data.get("venue_name") or None,
        "address": data.get("address") or None,
        "city": city.name,
        "country": city.country,
        "latitude": data.get("latitude"),
        "longitude": data.get("longitude"),
        "url": data.get("url") or None,
        "ticket_url": data.get("ticket_url") or None,
        "image_url": data.get("image_url") or None,
        "cost_type": data.get("cost_type") or "unknown",
        "price_min": _number(data.get("price_min")),
        "price_max": _number(data.get("price_max")),
        "currency": data.get("currency") or None,
        "status": EventStatus.SCHEDULED,
        "online": bool(data.get("online")),
        "tags": list(data.get("tags") or []),
    }


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _number(value: Decimal | float | None) -> float | None:
    return float(value) if value is not None else None


def submission_create(*, user: Any, data: Mapping[str, Any]) -> SubmissionResult:
    """Stage the event as its organizer's submission and run the pipeline on it now.

    ``data`` is EventInputSerializer's validated data (``organizer`` one of the user's). Raises NotAnOrganizer
    when the user speaks for no organizer. Nothing is written when any step fails.
    """
    from sources.adapters import registry
    from sources.adapters.base import AdapterContext
    from sources.services import default_window, source_sync

    organizer: Organizer | None = data.get("organizer")
    if organizer is None or not organizers_of(user=user).filter(pk=organizer.pk).exists():
        raise NotAnOrganizer(NOT_AN_ORGANIZER)
    source = submission_source(trusted=organizer.trusted)
    external_id = f"{organizer.slug}:{uuid.uuid4().hex}"
    payload = canonical_json(submission_record(data, external_id=external_id)).encode()
    context = AdapterContext(source=source.adapter, window=default_window(), default_timezone=data["zone"])
    records = list(registry.get(source.adapter)(config={}, context=context).parse(payload))
    now = timezone.now()
    with transaction.atomic():
        _, pending = source_sync(source=source, records=records, now=now)
        staged_events_process(staged_event_ids=pending)
        staged = StagedEvent.objects.get(source=source, external_id=external_id)
        state = STATES.get(staged.status, "rejected")
        made = staged.event if state in ("published", "held") else None
        duplicate_of = staged.event if state == "duplicate" else None
        if made is not None:
            _claim_new_event(made, organizer=organizer, category=data.get("category"), capacity=data.get("capacity"))
        submission = Submission.objects.create(organizer=organizer, submitted_by=user, staged_event=staged, event=made)
        subject = made or duplicate_of
        ModerationAction.objects.create(
            acting_user=user,
            action=ModerationAction.Action.SUBMIT,
            event=subject,
            event_title=(subject.title if subject else str(staged.raw.get("title", "")))[:300],
            staged_event=staged,
            reason=f"{state}: {'; '.join(map(str, staged.reasons))}" if staged.reasons else state,
            after=staged.raw,
        )
    return SubmissionResult(
        submission=submission,
        state=state,
        reasons=[str(reason) for reason in staged.reasons],
        event=made,
        duplicate_of=duplicate_of,
    )


def _claim_new_event(event: Event, *, organizer: Organizer, category: Category | None, capacity: int | None) -> None:
    """The event the submission made is its organizer's, with the seats they offer (a new event has no replies
    yet, so no waitlist to promote); the category they chose replaces the model's guess."""
    event.organizer = organizer
    event.capacity = capacity
    fields = ["organizer", "capacity", "updated_at"]
    if category is not None:
        event.category, event.subcategory = _category_pair(category)
        event.category_method = CATEGORY_METHOD
        fields += ["category", "subcategory", "category_method"]
    event.save(update_fields=fields)
    events_changed([event.pk])


def _category_pair(category: Category | None) -> tuple[Category | None, Category | None]:
    """(category, subcategory) for a chosen slug: a subcategory brings its parent."""
    if category is None:
        return None, None
    if category.parent_id is not None:
        return category.parent, category
    return category, None
