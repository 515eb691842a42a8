"""The digests admin (digests/admin.py): who may see it, the status actions, the preview of the next digest,
"send a test digest to me", the send history and the suppression list."""

from __future__ import annotations

import datetime as dt
import importlib.util

import pytest
from django.contrib.auth.models import Permission, User
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from digests.models import DigestSend, Subscription, Suppression
from tests.digests.factories import (
    ActiveSubscriptionFactory,
    DigestSendFactory,
    PausedSubscriptionFactory,
    SubscriptionFactory,
    SuppressionFactory,
    UnsubscribedSubscriptionFactory,
)
from tests.factories import CityFactory, EventFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/digests/subscription/"
HOSTILE = '<script>alert("x")</script>Jazz & "Blues"'
needs_renderer = pytest.mark.skipif(
    importlib.util.find_spec("digests.rendering") is None, reason="digests.rendering (helper B) is not there yet"
)


def preview_url(subscription: Subscription) -> str:
    return f"/admin/digests/subscription/{subscription.pk}/preview/"


def act(client, action: str, *subscriptions: Subscription):
    return client.post(
        CHANGELIST, {"action": action, "_selected_action": [sub.pk for sub in subscriptions]}, follow=True
    )


def shown(response) -> str:
    return " ".join(str(message) for message in response.context["messages"])


@pytest.fixture
def staff_without_perms(client) -> User:
    user = User.objects.create_user("helper", "helper@whatson-staff.net", "pw", is_staff=True)
    client.force_login(user)
    return user


@pytest.fixture
def viewer(client) -> User:
    user = User.objects.create_user("viewer", "viewer@whatson-staff.net", "pw", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_subscription"))
    client.force_login(user)
    return user


@pytest.fixture
def city_with_events():
    city = CityFactory(timezone="America/Chicago")
    soon = timezone.now() + dt.timedelta(days=2)
    EventFactory(city=city, title=HOSTILE, start=soon)
    EventFactory(city=city, title="Open mic night", start=soon + dt.timedelta(hours=3))
    return city


# --- who may see it --------------------------------------------------------------------------------------------


def test_anonymous_and_non_staff_are_sent_to_the_login(client):
    subscription = ActiveSubscriptionFactory()
    for url in (CHANGELIST, preview_url(subscription)):
        assert client.get(url).status_code == 302
    client.force_login(User.objects.create_user("reader", "reader@mail-host.net", "pw"))
    for url in (CHANGELIST, preview_url(subscription), "/admin/digests/suppression/"):
        response = client.get(url)
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]


def test_staff_without_permissions_are_refused(client, staff_without_perms):
    subscription = ActiveSubscriptionFactory()
    for url in (CHANGELIST, preview_url(subscription), "/admin/digests/digestsend/", "/admin/digests/suppression/"):
        assert client.get(url).status_code == 403
    # Nor can they act: the changelist (and so every action) is closed to them.
    assert act(client, "unsubscribe", subscription).status_code == 403
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.ACTIVE


def test_view_permission_allows_the_list_and_preview_but_no_status_change(client, viewer):
    subscription = ActiveSubscriptionFactory()
    assert client.get(CHANGELIST).status_code == 200
    assert client.get(preview_url(subscription)).status_code == 200
    response = act(client, "unsubscribe", subscription)
    assert response.status_code == 200
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.ACTIVE


# --- the list ------------------------------------------------------------------------------------------------


def test_the_list_shows_last_send_and_suppression_in_a_constant_number_of_queries(admin_client):
    def page_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert admin_client.get(CHANGELIST).status_code == 200
        return len(queries)

    first = ActiveSubscriptionFactory(email="bounced@mail-host.net")
    DigestSendFactory(subscription=first, period="2000-W01", status=DigestSend.Status.BOUNCED)
    SuppressionFactory(email="Bounced@Mail-Host.net")
    few = page_queries()
    for _ in range(5):
        DigestSendFactory(subscription=ActiveSubscriptionFactory(), status=DigestSend.Status.DELIVERED)
    assert page_queries() == few
    page = admin_client.get(CHANGELIST).content.decode()
    assert "2000-W01 · Hard bounce" in page
    assert page.count('alt="True"') == 1  # only the bounced address shows as suppressed


def test_the_change_page_shows_filters_consent_and_send_history_without_the_secret(admin_client):
    subscription = ActiveSubscriptionFactory(filters={"category": ["music"], "times": ["evening"]})
    DigestSendFactory(subscription=subscription, period="2000-W05", status=DigestSend.Status.DEFERRED, error="452 full")
    page = admin_client.get(f"/admin/digests/subscription/{subscription.pk}/change/").content.decode()
    for expected in ("music", "evening", "192.0.2.10", "2000-W05", "Soft bounce", "452 full", "Preview"):
        assert expected in page
    assert subscription.secret not in page
    assert admin_client.get("/admin/digests/subscription/add/").status_code == 403


# --- status actions --------------------------------------------------------------------------------------------


def test_pause_resume_and_unsubscribe_actions(admin_client):
    active, paused, gone = ActiveSubscriptionFactory(), PausedSubscriptionFactory(), UnsubscribedSubscriptionFactory()
    act(admin_client, "pause", active)
    active.refresh_from_db()
    assert active.status == Subscription.Status.PAUSED
    assert active.paused_at is not None

    response = act(admin_client, "resume", paused, gone)
    paused.refresh_from_db()
    gone.refresh_from_db()
    assert paused.status == Subscription.Status.ACTIVE
    # An unsubscribed reader asked us to stop: only they can come back.
    assert gone.status == Subscription.Status.UNSUBSCRIBED
    assert "were not paused" in shown(response)

    act(admin_client, "unsubscribe", paused)
    paused.refresh_from_db()
    assert (paused.status, paused.unsubscribed_via) == (Subscription.Status.UNSUBSCRIBED, "admin")
    assert not mail.outbox


# --- preview ---------------------------------------------------------------------------------------------------


def test_preview_says_nothing_new_when_there_is_nothing_to_send(admin_client):
    subscription = ActiveSubscriptionFactory(city=CityFactory())
    response = admin_client.get(preview_url(subscription))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Nothing new" in page
    assert "<iframe" not in page


def test_preview_of_a_missing_subscription_is_404(admin_client):
    assert admin_client.get("/admin/digests/subscription/987654/preview/").status_code == 404


@needs_renderer
def test_preview_renders_subject_text_and_sandboxed_html(admin_client, city_with_events):
    subscription = ActiveSubscriptionFactory(city=city_with_events)
    response = admin_client.get(preview_url(subscription))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Open mic night" in page
    assert '<iframe title="HTML part of the digest" sandbox=""' in page
    assert "srcdoc=" in page
    # The hostile title is escaped in the text part and (doubly: once by the mail, once as an attribute) in srcdoc.
    assert '<script>alert("x")</script>' not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;Jazz &amp; &quot;Blues&quot;" in page  # the text part
    assert "&amp;lt;script&amp;gt;" in page  # the HTML part, inside srcdoc
    policy = response["Content-Security-Policy"]
    assert "style-src 'self' 'unsafe-inline'" in policy
    assert "frame-ancestors 'self'" in policy  # 'none' made Chromium show the srcdoc frame blank
    assert "script-src 'self';" in policy
    assert not mail.outbox
    assert not DigestSend.objects.exists()


@needs_renderer
def test_preview_warns_when_the_subscription_would_get_nothing(admin_client, city_with_events):
    subscription = PausedSubscriptionFactory(city=city_with_events)
    assert "gets no digest until it is active" in admin_client.get(preview_url(subscription)).content.decode()
    SuppressionFactory(email=subscription.email)
    assert "This address is suppressed" in admin_client.get(preview_url(subscription)).content.decode()


# --- send a test to me -----------------------------------------------------------------------------------------


@needs_renderer
def test_a_test_digest_goes_to_the_admin_only_marked_test_and_records_nothing(
    admin_client, admin_user, city_with_events
):
    subscription = ActiveSubscriptionFactory(city=city_with_events, email="subscriber@mail-host.net")
    response = act(admin_client, "send_test_to_me", subscription)
    assert "1 test digest(s) sent" in shown(response)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.recipients() == [admin_user.email]
    assert "subscriber@mail-host.net" not in message.recipients()
    assert message.subject.startswith("[Test]")
    assert "List-Unsubscribe" not in message.message()
    assert not DigestSend.objects.exists()  # the real digest of this period still goes out


def test_no_test_digest_without_an_address_or_to_a_suppressed_one(admin_client, admin_user):
    subscription = ActiveSubscriptionFactory()
    admin_user.email = ""
    admin_user.save()
    assert "has no email address" in shown(act(admin_client, "send_test_to_me", subscription))
    admin_user.email = "ops@whatson-staff.net"
    admin_user.save()
    SuppressionFactory(email="OPS@whatson-staff.net")
    assert "suppression list" in shown(act(admin_client, "send_test_to_me", subscription))
    assert not mail.outbox


def test_no_test_digest_when_nothing_is_new_or_too_many_are_selected(admin_client):
    quiet = ActiveSubscriptionFactory(city=CityFactory())
    assert "Nothing new" in shown(act(admin_client, "send_test_to_me", quiet))
    many = [ActiveSubscriptionFactory(city=quiet.city) for _ in range(6)]
    assert "at most 5" in shown(act(admin_client, "send_test_to_me", *many))
    assert not mail.outbox


# --- sends and suppressions ------------------------------------------------------------------------------------


def test_digest_sends_are_read_only(admin_client):
    send = DigestSendFactory(status=DigestSend.Status.DELIVERED, opened_at=timezone.now())
    page = admin_client.get("/admin/digests/digestsend/?status__exact=delivered").content.decode()
    assert send.subscription.email in page
    assert admin_client.get("/admin/digests/digestsend/add/").status_code == 403
    response = admin_client.post(f"/admin/digests/digestsend/{send.pk}/change/", {"status": "bounced"})
    assert response.status_code == 403
    send.refresh_from_db()
    assert send.status == DigestSend.Status.DELIVERED


def test_an_operator_adds_and_lifts_a_suppression(admin_client):
    subscription = SubscriptionFactory(email="blocked@mail-host.net")
    response = admin_client.post(
        "/admin/digests/suppression/add/",
        {"email": "blocked@mail-host.net", "reason": "manual", "detail": "asked by phone"},
    )
    assert response.status_code == 302
    suppression = Suppression.objects.get()
    assert suppression.reason == Suppression.Reason.MANUAL
    page = admin_client.get(f"/admin/digests/suppression/{suppression.pk}/change/").content.decode()
    assert f"/admin/digests/subscription/{subscription.pk}/change/" in page
    # The same address in another case is the same address: refused with a message, not a 500.
    again = admin_client.post("/admin/digests/suppression/add/", {"email": "BLOCKED@mail-host.net", "reason": "manual"})
    assert again.status_code == 200
    assert Suppression.objects.count() == 1
    admin_client.post(f"/admin/digests/suppression/{suppression.pk}/delete/", {"post": "yes"})
    assert not Suppression.objects.exists()


def test_staff_who_may_only_view_cannot_send_test_digests(client):
    """Sending a test is a change-level action (it mails from the subscriber's digest): view-only staff do not
    get it, and posting it anyway sends nothing."""

    viewer = User.objects.create_user("viewer", "viewer@mail-host.net", "pw", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_subscription"))
    subscription = ActiveSubscriptionFactory()
    client.force_login(viewer)
    page = client.get("/admin/digests/subscription/")
    assert page.status_code == 200
    assert b"send_test_to_me" not in page.content
    answer = client.post(
        "/admin/digests/subscription/", {"action": "send_test_to_me", "_selected_action": [subscription.pk]}
    )
    assert answer.status_code in (200, 302)
    assert mail.outbox == []
