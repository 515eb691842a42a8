"""Admin for events.people.organizers: claims to approve or reject, and the submissions (read-only)."""

from __future__ import annotations

import json
from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from events.people.models import OrganizerMembership, Submission
from events.people.organizers.selectors import submission_row
from events.people.organizers.services import memberships_decide

DECIDED = "{count} claim(s) {verdict}; the claimants are being emailed."
NOTHING_PENDING = "None of the selected claims is waiting: only pending claims are decided."


@admin.register(OrganizerMembership)
class OrganizerMembershipAdmin(admin.ModelAdmin):
    list_display = ("organizer", "user", "status", "created_at", "short_message", "decided_by", "decided_at")
    list_filter = ("status", "created_at")
    search_fields = ("organizer__name", "organizer__slug", "user__email", "user__username", "message")
    list_select_related = ("organizer", "user", "decided_by")
    raw_id_fields = ("user", "organizer")
    # The verdict is given by the actions below (who, when, and the claimant's email); the note can be written first.
    readonly_fields = ("user", "organizer", "status", "message", "created_at", "decided_by", "decided_at")
    fields = ("organizer", "user", "status", "message", "decision_note", "created_at", "decided_by", "decided_at")
    actions = ("approve", "reject")
    ordering = ("status", "-created_at")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # memberships come from creating or claiming an organizer

    @admin.display(description="message")
    def short_message(self, obj: OrganizerMembership) -> str:
        text = " ".join(obj.message.split())
        return text if len(text) <= 80 else text[:79] + "…"

    def _decide(self, request: HttpRequest, queryset: QuerySet[OrganizerMembership], *, approve: bool) -> None:
        count = memberships_decide(
            membership_ids=list(queryset.values_list("pk", flat=True)), approve=approve, decided_by=request.user
        )
        if count:
            verdict = "approved" if approve else "rejected"
            self.message_user(request, DECIDED.format(count=count, verdict=verdict), messages.SUCCESS)
        else:
            self.message_user(request, NOTHING_PENDING, messages.WARNING)

    @admin.action(description="Approve the selected claims", permissions=["change"])
    def approve(self, request: HttpRequest, queryset: QuerySet[OrganizerMembership]) -> None:
        self._decide(request, queryset, approve=True)

    @admin.action(description="Reject the selected claims", permissions=["change"])
    def reject(self, request: HttpRequest, queryset: QuerySet[OrganizerMembership]) -> None:
        self._decide(request, queryset, approve=False)


@admin.register(Submission)
class SubmissionAdmin(admin.ModelAdmin):
    """What organizers submitted and what the pipeline made of it. Read-only: the record is the evidence."""

    list_display = ("created_at", "title", "organizer", "submitted_by", "state", "event_link")
    list_filter = ("staged_event__status", "created_at")
    search_fields = ("organizer__name", "staged_event__raw__title", "submitted_by__email")
    list_select_related = ("organizer", "submitted_by", "event", "staged_event", "staged_event__event")
    fields = (
        "created_at", "organizer", "submitted_by", "state", "event_link", "staged_link", "reasons", "record",
    )  # fmt: skip
    readonly_fields = fields

    @admin.display(description="title")
    def title(self, obj: Submission) -> str:
        return str(obj.staged_event.raw.get("title") or "—")

    @admin.display(description="state")
    def state(self, obj: Submission) -> str:
        return submission_row(obj).state

    @admin.display(description="event")
    def event_link(self, obj: Submission) -> str:
        row = submission_row(obj)
        event = row.event or row.duplicate_of
        if event is None:
            return "—"
        return format_html(
            '<a href="{}">{}</a>{}',
            reverse("admin:events_event_change", args=[event.pk]),
            event.title,
            " (already listed)" if row.duplicate_of else "",
        )

    @admin.display(description="staged record")
    def staged_link(self, obj: Submission) -> str:
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:events_stagedevent_change", args=[obj.staged_event_id]),
            obj.staged_event.get_status_display(),
        )

    @admin.display(description="the pipeline's reasons")
    def reasons(self, obj: Submission) -> str:
        reasons = [str(reason) for reason in obj.staged_event.reasons]
        if not reasons:
            return "—"
        return format_html("<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((reason,) for reason in reasons)))

    @admin.display(description="record as submitted")
    def record(self, obj: Submission) -> str:
        return format_html("<pre>{}</pre>", json.dumps(obj.staged_event.raw, indent=2, ensure_ascii=False))

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
