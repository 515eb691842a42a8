"""The digests admin: subscriptions (filters, status, consent evidence, send history, a preview of the next digest,
"send a test to me"), every digest sent with what the mail service reported, and the suppression list.

Staff never create a subscription here (that would skip the double opt-in) nor edit its address, city or filters
(the subscriber does that from the manage page); status changes go through digests.services.subscriptions so the
timestamps that go with them are set. Resuming is offered for paused subscriptions only: bringing back one that
was unsubscribed would mail someone who asked us to stop.
"""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, QuerySet, Subquery
from django.db.models.functions import Lower
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from config.csp import HEADER as CSP_HEADER
from config.csp import policy_header
from digests.models import DigestSend, Subscription, Suppression
from digests.services.suppression import is_suppressed, subscriptions_of

Status = Subscription.Status

# "Send a test digest to me": one mail per selected subscription, to the acting user only.
MAX_TEST_SENDS = 5
NO_EMAIL = "Your user account has no email address: add one to your profile to receive test digests."
ADMIN_SUPPRESSED = "Your address {email} is on the suppression list, so no test can be sent to it."
TOO_MANY_TESTS = "Select at most {limit} subscriptions for test digests (one mail each)."
NOTHING_NEW = "Nothing new for {subscription}: its next digest would not be sent, so no test either."
TEST_SENT = "{count} test digest(s) sent to {email}."
TEST_MISADDRESSED = "The test digest for {subscription} was not addressed to you alone: not sent."
PAUSED = "{count} subscription(s) paused."
RESUMED = "{count} subscription(s) resumed."
NOT_RESUMABLE = "{count} subscription(s) were not paused and were left as they are (an unsubscribed or pending one can only come back through its owner)."
UNSUBSCRIBED = "{count} subscription(s) unsubscribed."
RECENT_SENDS = 20

# The preview page shows the digest's own HTML in a sandboxed iframe (srcdoc: no scripts, no same origin, no
# forms). A srcdoc document inherits the page's Content-Security-Policy, so this page's policy lets the mail's
# inline styles and its https images render, and frame-ancestors is 'self', not 'none': Chromium applies the
# inherited frame-ancestors to the srcdoc frame itself and showed it blank (other sites still cannot frame the
# page). Everything else stays as the site's policy has it.
PREVIEW_POLICY = {
    **settings.CONTENT_SECURITY_POLICY,
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "https:"],
    "script-src": ["'self'"],
    "frame-ancestors": ["'self'"],
}


def _address_suppressed() -> Exists:
    return Exists(Suppression.objects.annotate(address=Lower("email")).filter(address=Lower(OuterRef("email"))))


def _latest_send(field: str) -> Subquery:
    return Subquery(
        DigestSend.objects.filter(subscription=OuterRef("pk")).order_by("-claimed_at", "-id").values(field)[:1]
    )


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = (
        "email",
        "city",
        "cadence",
        "status",
        "suppressed",
        "created_at",
        "confirmed_at",
        "last_send",
        "preview_link",
    )
    list_filter = ("status", "cadence", ("city", admin.RelatedOnlyFieldListFilter))
    search_fields = ("email",)
    list_select_related = ("city",)
    date_hierarchy = "created_at"
    fields = (
        "email",
        "city",
        "cadence",
        "filters_shown",
        "status",
        "suppressed",
        "preview_link",
        "created_at",
        "confirmation_sent_at",
        "confirmed_at",
        "confirmed_from",
        "paused_at",
        "unsubscribed_at",
        "unsubscribed_via",
        "send_history",
    )
    readonly_fields = tuple(field for field in fields if field != "cadence")
    actions = ("pause", "resume", "unsubscribe", "send_test_to_me")

    def get_queryset(self, request: HttpRequest) -> QuerySet[Subscription]:
        # One query for the whole page: last send and suppression are columns, not a query per row.
        return (
            super()
            .get_queryset(request)
            .annotate(
                is_suppressed=_address_suppressed(),
                last_period=_latest_send("period"),
                last_status=_latest_send("status"),
            )
        )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # a subscription starts with its owner's sign-up and confirmation, never here

    @admin.display(description="suppressed", boolean=True, ordering="is_suppressed")
    def suppressed(self, obj: Subscription) -> bool:
        return bool(getattr(obj, "is_suppressed", False))

    @admin.display(description="last digest", ordering="last_period")
    def last_send(self, obj: Subscription) -> str:
        period = getattr(obj, "last_period", None)
        if not period:
            return "—"
        return f"{period} · {DigestSend.Status(obj.last_status).label}"  # type: ignore[attr-defined]

    @admin.display(description="next digest")
    def preview_link(self, obj: Subscription) -> str:
        url = reverse("admin:digests_subscription_preview", args=[obj.pk])
        return format_html('<a href="{}">Preview</a>', url)

    @admin.display(description="filters")
    def filters_shown(self, obj: Subscription) -> str:
        if not obj.filters:
            return "Everything in the city"
        text = json.dumps(obj.filters, indent=2, ensure_ascii=False, sort_keys=True)
        return format_html("<pre>{}</pre>", text)

    @admin.display(description="recent digests")
    def send_history(self, obj: Subscription) -> str:
        sends = list(obj.sends.all()[:RECENT_SENDS])
        if not sends:
            return "None yet"
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (
                    send.period,
                    send.get_status_display(),
                    _when(send.sent_at),
                    _when(send.opened_at),
                    _when(send.clicked_at),
                    send.error[:200] or "—",
                )
                for send in sends
            ),
        )
        all_url = reverse("admin:digests_digestsend_changelist") + f"?subscription__id__exact={obj.pk}"
        return format_html(
            "<table><thead><tr><th>period</th><th>status</th><th>sent</th><th>opened</th><th>clicked</th>"
            '<th>error</th></tr></thead><tbody>{}</tbody></table><p><a href="{}">All digests of this subscription</a></p>',
            rows,
            all_url,
        )

    # --- status actions (through the services: the timestamps go with the status) ---

    @admin.action(description="Pause the selected subscriptions", permissions=["change"])
    def pause(self, request: HttpRequest, queryset: QuerySet[Subscription]) -> None:
        from digests.services.subscriptions import subscription_pause

        count = 0
        for subscription in queryset.filter(status=Status.ACTIVE):
            subscription_pause(subscription=subscription)
            count += 1
        self.message_user(request, PAUSED.format(count=count), messages.SUCCESS)

    @admin.action(description="Resume the selected paused subscriptions", permissions=["change"])
    def resume(self, request: HttpRequest, queryset: QuerySet[Subscription]) -> None:
        from digests.services.subscriptions import subscription_resume

        count = 0
        for subscription in queryset.filter(status=Status.PAUSED):
            subscription_resume(subscription=subscription)
            count += 1
        self.message_user(request, RESUMED.format(count=count), messages.SUCCESS)
        left = queryset.exclude(status__in=(Status.ACTIVE, Status.PAUSED)).count()
        if left:
            self.message_user(request, NOT_RESUMABLE.format(count=left), messages.WARNING)

    @admin.action(description="Unsubscribe the selected subscriptions", permissions=["change"])
    def unsubscribe(self, request: HttpRequest, queryset: QuerySet[Subscription]) -> None:
        from digests.services.subscriptions import subscription_unsubscribe

        count = 0
        for subscription in queryset.exclude(status=Status.UNSUBSCRIBED):
            subscription_unsubscribe(subscription=subscription, via="admin")
            count += 1
        self.message_user(request, UNSUBSCRIBED.format(count=count), messages.SUCCESS)

    @admin.action(description="Send a test digest to me", permissions=["change"])
    def send_test_to_me(self, request: HttpRequest, queryset: QuerySet[Subscription]) -> None:
        """Each selected subscriber's next digest, rendered as it would go out now, mailed to the acting user
        only (marked "[Test]", no unsubscribe headers); no DigestSend row, so the real digest still goes out."""
        email = (getattr(request.user, "email", "") or "").strip()
        if not email:
            self.message_user(request, NO_EMAIL, messages.ERROR)
            return
        if is_suppressed(email):
            self.message_user(request, ADMIN_SUPPRESSED.format(email=email), messages.ERROR)
            return
        subscriptions = list(queryset.select_related("city")[: MAX_TEST_SENDS + 1])
        if len(subscriptions) > MAX_TEST_SENDS:
            self.message_user(request, TOO_MANY_TESTS.format(limit=MAX_TEST_SENDS), messages.ERROR)
            return
        sent = _send_tests(request, self, subscriptions, email)
        if sent:
            self.message_user(request, TEST_SENT.format(count=sent, email=email), messages.SUCCESS)

    # --- the preview page ---

    def get_urls(self) -> list[URLPattern]:
        preview = path(
            "<int:object_id>/preview/",
            self.admin_site.admin_view(self.preview_view),
            name="digests_subscription_preview",
        )
        return [preview, *super().get_urls()]

    def preview_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        subscription = self.get_queryset(request).select_related("city").filter(pk=object_id).first()
        if subscription is None:
            raise Http404
        if not self.has_view_permission(request, subscription):
            raise PermissionDenied
        from digests.selection import select_events

        now = timezone.now()
        event_ids = select_events([subscription], now=now).get(subscription.pk, [])
        subject = text = html = ""
        if event_ids:
            from digests.rendering import DigestRenderer

            subject, text, html = DigestRenderer(now=now).preview(subscription, event_ids)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": f"Next digest for {subscription.email}",
            "subscription": subscription,
            "event_count": len(event_ids),
            "subject": subject,
            "text": text,
            "html": html,
            "now": now,
            "would_be_sent": subscription.status == Status.ACTIVE and not subscription.is_suppressed,  # type: ignore[attr-defined]
        }
        response = TemplateResponse(request, "admin/digests/subscription/preview.html", context)
        response[CSP_HEADER] = policy_header(PREVIEW_POLICY)
        return response


def _when(moment: Any) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else "—"


def _send_tests(
    request: HttpRequest, model_admin: admin.ModelAdmin, subscriptions: list[Subscription], email: str
) -> int:
    from digests.selection import select_events

    now = timezone.now()
    chosen = select_events(subscriptions, now=now)
    for subscription in subscriptions:
        if not chosen.get(subscription.pk):
            model_admin.message_user(request, NOTHING_NEW.format(subscription=subscription), messages.WARNING)
    with_events = [subscription for subscription in subscriptions if chosen.get(subscription.pk)]
    if not with_events:
        return 0
    from digests.rendering import DigestRenderer

    renderer = DigestRenderer(now=now)
    sent = 0
    for subscription in with_events:
        event_ids = chosen[subscription.pk]
        message = renderer.message(subscription, event_ids, to=email, test=True)
        # Whatever the renderer does, a test goes to the acting user alone, never to the subscriber.
        if [address.lower() for address in message.recipients()] != [email.lower()]:
            model_admin.message_user(request, TEST_MISADDRESSED.format(subscription=subscription), messages.ERROR)
            continue
        message.send()
        sent += 1
    return sent


@admin.register(DigestSend)
class DigestSendAdmin(admin.ModelAdmin):
    list_display = ("subscription", "city", "period", "status", "claimed_at", "sent_at", "opened_at", "clicked_at")
    list_filter = ("status", "period")
    search_fields = ("subscription__email", "message_id", "esp_message_id")
    list_select_related = ("subscription__city",)
    date_hierarchy = "claimed_at"
    readonly_fields = (
        "subscription",
        "period",
        "status",
        "claimed_at",
        "sent_at",
        "event_ids",
        "message_id",
        "esp_message_id",
        "error",
        "opened_at",
        "clicked_at",
        "updated_at",
    )
    fields = readonly_fields

    @admin.display(description="city", ordering="subscription__city__name")
    def city(self, obj: DigestSend) -> str:
        return str(obj.subscription.city)

    # The history of what was mailed: written by the sender and the ESP's webhooks, never by hand.
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Suppression)
class SuppressionAdmin(admin.ModelAdmin):
    """Add one to block an address by hand (reason "Blocked by an operator"); delete one to lift it — only when
    the mailbox is known to work again and its owner wants the mail (a complaint is that owner saying no)."""

    list_display = ("email", "reason", "created_at", "short_detail")
    list_filter = ("reason",)
    search_fields = ("email",)
    date_hierarchy = "created_at"
    fields = ("email", "reason", "detail", "created_at", "subscriptions")
    readonly_fields = ("created_at", "subscriptions")

    def get_readonly_fields(self, request: HttpRequest, obj: Suppression | None = None) -> tuple[str, ...]:
        # A suppression is kept or lifted, not rewritten: its reason is what the ESP reported.
        if obj is not None:
            return ("email", "reason", "detail", *self.readonly_fields)
        return self.readonly_fields

    def get_changeform_initial_data(self, request: HttpRequest) -> dict[str, Any]:
        return {"reason": Suppression.Reason.MANUAL}

    @admin.display(description="detail")
    def short_detail(self, obj: Suppression) -> str:
        return obj.detail if len(obj.detail) <= 80 else obj.detail[:79] + "…"

    @admin.display(description="subscriptions of the address")
    def subscriptions(self, obj: Suppression) -> str:
        if not obj.pk:
            return "—"
        found = subscriptions_of(obj.email).select_related("city")
        if not found:
            return "None"
        return format_html_join(
            ", ",
            '<a href="{}">{} ({})</a>',
            (
                (reverse("admin:digests_subscription_change", args=[sub.pk]), sub.city, sub.get_status_display())
                for sub in found
            ),
        )
