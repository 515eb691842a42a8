"""Audited moderation actions (in the style of Zulip's zerver/actions): import from here.

Every action takes the acting user (None for the system), runs in one transaction, writes one
ModerationAction row per event it changed, and runs moderation.hooks callbacks after commit.
"""

from moderation.actions.common import REASON_REQUIRED
from moderation.actions.edit import SOURCE_FIELDS, event_edit_then_approve, event_moderator_edit
from moderation.actions.merge import event_split, events_merge
from moderation.actions.verdicts import (
    event_approve,
    event_flag,
    event_hold,
    event_reject,
    event_restore,
    event_unpublish,
    events_moderate,
)

__all__ = (
    "REASON_REQUIRED",
    "SOURCE_FIELDS",
    "event_approve",
    "event_edit_then_approve",
    "event_flag",
    "event_hold",
    "event_moderator_edit",
    "event_reject",
    "event_restore",
    "event_split",
    "event_unpublish",
    "events_merge",
    "events_moderate",
)
