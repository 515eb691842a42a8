"""Writes to events (HackSoft-style services): processing staged records, lifecycle, moderation.

Split by concern; import from here.
"""

from events.services.lifecycle import WITHDRAWN, WITHDRAWN_REASON, events_withdraw
from events.services.moderation import SOURCE_FIELDS, event_moderator_edit, events_moderate
from events.services.processing import ProcessResult, staged_events_process

__all__ = (
    "SOURCE_FIELDS",
    "WITHDRAWN",
    "WITHDRAWN_REASON",
    "ProcessResult",
    "event_moderator_edit",
    "events_moderate",
    "events_withdraw",
    "staged_events_process",
)
