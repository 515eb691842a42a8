"""Writes to events (HackSoft-style services): processing staged records and lifecycle.

Moderation (audited, with an acting user) lives in moderation.actions.

Split by concern; import from here.
"""

from events.services.lifecycle import WITHDRAWN, WITHDRAWN_REASON, events_withdraw
from events.services.processing import ProcessResult, staged_events_process

__all__ = (
    "WITHDRAWN",
    "WITHDRAWN_REASON",
    "ProcessResult",
    "events_withdraw",
    "staged_events_process",
)
