"""Writes to events (HackSoft-style services): processing staged records, lifecycle, moderation.

Split by concern; import from here.
"""

from events.services.core import (
    SOURCE_FIELDS,
    WITHDRAWN,
    WITHDRAWN_REASON,
    ProcessResult,
    event_fields_from_record,
    event_moderator_edit,
    events_moderate,
    events_withdraw,
    staged_events_process,
)

__all__ = (
    "SOURCE_FIELDS",
    "WITHDRAWN",
    "WITHDRAWN_REASON",
    "ProcessResult",
    "event_fields_from_record",
    "event_moderator_edit",
    "events_moderate",
    "events_withdraw",
    "staged_events_process",
)
