"""Explicit input and output shapes for the admin API (no model serializers: the answers are figures)."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from moderation.actions import REASON_REQUIRED

MAX_VALIDATE = 500
NOT_AN_OBJECT = "each event must be a JSON object"
TOO_MANY = "at most {limit} events per request"
EMPTY = "send at least one event"


# --- input ------------------------------------------------------------------------------------------------------


class ReasonInput(serializers.Serializer):
    reason = serializers.CharField(required=False, allow_blank=True, default="", max_length=1000, trim_whitespace=True)

    def __init__(self, *args: Any, verdict: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.verdict = verdict

    def validate_reason(self, value: str) -> str:
        # The actions refuse an empty reason for reject and flag too; saying so here makes it a field message.
        if self.verdict in ("reject", "flag") and not value:
            raise serializers.ValidationError(REASON_REQUIRED.format(action=self.verdict))
        return value


class ValidateInput(serializers.ListField):
    """The body of /validate: a list of §4.1 event objects, 1 to MAX_VALIDATE of them."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(
            child=serializers.DictField(error_messages={"not_a_dict": NOT_AN_OBJECT}),
            min_length=1,
            max_length=MAX_VALIDATE,
            error_messages={"min_length": EMPTY, "max_length": TOO_MANY.format(limit=MAX_VALIDATE)},
            **kwargs,
        )


# --- output -----------------------------------------------------------------------------------------------------


class LastRunOutput(serializers.Serializer):
    id = serializers.IntegerField()
    status = serializers.CharField()
    started_at = serializers.DateTimeField()


class SourceOutput(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    slug = serializers.CharField()
    adapter = serializers.CharField()
    is_active = serializers.BooleanField()
    health = serializers.CharField()
    consecutive_failures = serializers.IntegerField()
    last_error = serializers.CharField()
    flagged_reason = serializers.CharField()
    last_fetched_at = serializers.DateTimeField(allow_null=True)
    last_success_at = serializers.DateTimeField(allow_null=True)
    last_run = LastRunOutput(allow_null=True)
    staged = serializers.DictField(child=serializers.IntegerField())


class JobQueuedOutput(serializers.Serializer):
    job = serializers.IntegerField()
    status = serializers.CharField()
    status_url = serializers.CharField()


class JobOutput(serializers.Serializer):
    """A fetch job is a FetchRun: queued, running, then a terminal status with its counts."""

    id = serializers.IntegerField()
    source = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    trigger = serializers.CharField()
    status = serializers.CharField()
    started_at = serializers.DateTimeField()
    finished_at = serializers.DateTimeField(allow_null=True)
    found = serializers.IntegerField()
    new = serializers.IntegerField()
    updated = serializers.IntegerField()
    unchanged = serializers.IntegerField()
    failed = serializers.IntegerField()
    cancelled = serializers.IntegerField()
    not_modified = serializers.BooleanField()
    errors = serializers.JSONField()
    duration_ms = serializers.IntegerField(allow_null=True)


class ModerationOutput(serializers.Serializer):
    staged = serializers.IntegerField()
    event = serializers.IntegerField()
    verdict = serializers.CharField()
    action = serializers.IntegerField(allow_null=True, help_text="The audit row's id; null when nothing changed.")
    moderation_status = serializers.CharField()


class ValidationOutput(serializers.Serializer):
    index = serializers.IntegerField()
    ok = serializers.BooleanField()
    errors = serializers.ListField(child=serializers.CharField())
    warnings = serializers.ListField(child=serializers.CharField())
    normalized = serializers.JSONField()
    quality = serializers.JSONField(allow_null=True)
    verdict = serializers.CharField(allow_null=True)


class PipelineOutput(serializers.Serializer):
    pending = serializers.IntegerField()
    processing = serializers.IntegerField()
    held = serializers.IntegerField()
    held_by_reason = serializers.DictField(child=serializers.IntegerField())
    runs_24h = serializers.JSONField()
    last_published_at = serializers.DateTimeField(allow_null=True)
