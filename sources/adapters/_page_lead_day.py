"""A page's titles that open with their event's own day: the day is the event's date, not its name (the rule is
``_title_lead_day``'s, shared with feeds); the title as written is kept as the source's. Pure."""

from __future__ import annotations

from collections.abc import Iterable

from sources.adapters._title_lead_day import lead_day_off, lead_hour_off
from sources.adapters.base import ParsedRecord, RawEvent

LEAD_EVIDENCE = "the title's opening date or hour is the event's own, not its name: {title!r}"


def lead_days_off(records: Iterable[ParsedRecord]) -> list[ParsedRecord]:
    """The records, each event's title without the own day it opens with (see _title_lead_day.lead_day_off)."""
    kept = list(records)
    for record in kept:
        if not isinstance(record, RawEvent) or not record.title or record.start is None:
            continue
        title = lead_day_off(record.title, record.start) or lead_hour_off(record.title, record.start)
        if title is None or title == record.title:
            continue
        record.source_title = record.source_title or record.title
        record.evidence = [*(record.evidence or []), LEAD_EVIDENCE.format(title=record.title)]
        record.title = title
    return kept
