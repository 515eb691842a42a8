"""Organizer submissions (events/people/organizers): events a member of an organizer typed in on the site.

A submission source is built in and never fetched: the submission service hands each validated event to
``parse`` as one normalized-event object (docs/event-format.md), exactly as a webhook partner would push it,
so a submission is staged and read by the pipeline like any other source's record.
"""

from __future__ import annotations

from collections.abc import Iterator

from sources.adapters.base import AdapterError, ParsedRecord
from sources.adapters.registry import register
from sources.adapters.webhook import WebhookAdapter

NOT_FETCHED = "Organizer submissions are typed in on the site (/organize/), not fetched."


@register
class SubmissionAdapter(WebhookAdapter):
    name = "submission"
    label = "Organizer submissions (built in)"
    source_kind = "submission"
    complete_listing = False  # one submission at a time: nothing missing from it was withdrawn

    def fetch(self) -> Iterator[ParsedRecord]:
        raise AdapterError(NOT_FETCHED)
