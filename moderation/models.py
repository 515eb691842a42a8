"""The audit trail: one row per change a moderator (or the system) made to an event."""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone

from events.models import Event


class ModerationAction(models.Model):
    """Who did what to which event, when and why, with the touched fields before and after."""

    class Action(models.TextChoices):
        APPROVE = "approve", "Approve"
        REJECT = "reject", "Reject"
        FLAG = "flag", "Flag"
        HOLD = "hold", "Hold"
        EDIT = "edit", "Edit and approve"
        UNPUBLISH = "unpublish", "Unpublish"
        RESTORE = "restore", "Restore"
        MERGE = "merge", "Merge"
        SPLIT = "split", "Split"
        # By organizers (events/people): a submission, an edit to their own event, a cancellation.
        SUBMIT = "submit", "Submitted by its organizer"
        ORGANIZER_EDIT = "org_edit", "Edited by its organizer"
        CANCEL = "cancel", "Cancelled by its organizer"

    # SET_NULL everywhere: the trail outlives the users, events and staged records it speaks of.
    acting_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        related_name="moderation_actions",
        null=True,
        blank=True,
        help_text="Empty when the system acted.",
    )
    created_at = models.DateTimeField(default=timezone.now)
    action = models.CharField(max_length=10, choices=Action.choices)
    event = models.ForeignKey(
        "events.Event", on_delete=models.SET_NULL, related_name="moderation_actions", null=True, blank=True
    )
    # The title at the time, so the trail stays searchable once an event is merged away or deleted.
    event_title = models.CharField(max_length=300, blank=True)
    staged_event = models.ForeignKey(
        "events.StagedEvent", on_delete=models.SET_NULL, related_name="moderation_actions", null=True, blank=True
    )
    reason = models.TextField(blank=True)
    before = models.JSONField(default=dict, blank=True, encoder=DjangoJSONEncoder)
    after = models.JSONField(default=dict, blank=True, encoder=DjangoJSONEncoder)

    class Meta:
        ordering = ("-created_at", "-id")
        indexes: ClassVar = [
            # The audit list filters by moderator, action and date; each event shows its own trail.
            models.Index(fields=("-created_at",), name="modaction_created"),
            models.Index(fields=("acting_user", "-created_at"), name="modaction_user_created"),
            models.Index(fields=("action", "-created_at"), name="modaction_action_created"),
            models.Index(fields=("event", "-created_at"), name="modaction_event_created"),
        ]

    def __str__(self) -> str:
        return f"{self.get_action_display()} · {self.event_title or self.event_id}"


class HeldEvent(Event):
    """The moderation queue in the admin: events the pipeline held, with the records that say why."""

    class Meta:
        proxy = True
        verbose_name = "held event"
        verbose_name_plural = "moderation queue"
