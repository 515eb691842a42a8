"""Digests over real SMTP: Django's SMTP backend into an aiosmtpd sink, read back as a mail client would.

The received message carries the RFC 8058 headers, a text and an HTML part listing the subscriber's events
(and nothing of another city's or another filter's), and the Message-ID its DigestSend row recorded.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.urls import resolve
from django.utils import timezone

from digests.models import DigestSend, Subscription
from digests.services.sending import digests_send
from digests.tokens import read_manage_token
from events.models import Category
from tests.digests.factories import ActiveSubscriptionFactory
from tests.digests.smtp import read_maildir
from tests.factories import CityFactory, EventFactory
from tests.processes import database_url, free_port, stop

pytestmark = pytest.mark.django_db


def parts(message) -> dict[str, str]:
    return {part.get_content_type(): part.get_content() for part in message.walk() if not part.is_multipart()}


def test_a_digest_over_smtp_has_the_one_click_headers_both_parts_and_the_right_events(sink, client):
    leeds = CityFactory(slug="leeds", name="Leeds", timezone="Europe/London")
    york = CityFactory(slug="york", name="York", timezone="Europe/London")
    music = Category.objects.filter(parent__isnull=True).order_by("slug").first()
    start = timezone.now() + dt.timedelta(hours=26)
    wanted = [
        EventFactory(city=leeds, timezone="Europe/London", title=f"Leeds gig {n}", category=music,
                     start=start + dt.timedelta(hours=n))
        for n in range(2)
    ]  # fmt: skip
    other_category = Category.objects.filter(parent__isnull=True).exclude(pk=music.pk).first()
    EventFactory(city=leeds, timezone="Europe/London", title="Leeds lecture", category=other_category, start=start)
    EventFactory(city=york, timezone="Europe/London", title="York gig", category=music, start=start)
    subscriber = ActiveSubscriptionFactory(city=leeds, filters={"category": [music.slug]})

    totals = digests_send(now=timezone.now(), force=True)

    assert totals.sent == 1
    [received] = sink.messages
    assert received.rcpt_tos == (subscriber.email,)
    message = received.message
    row = DigestSend.objects.get(subscription=subscriber)
    assert message["Message-ID"] == row.message_id
    assert row.event_ids == [event.pk for event in wanted]
    # RFC 8058: an https URI and a mailto, and the one-click POST marker.
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    https, mailto = (item.strip().strip("<>") for item in message["List-Unsubscribe"].split(","))
    assert https.startswith(settings.SITE_URL.rstrip("/") + "/digests/unsubscribe/")
    assert mailto.startswith("mailto:")
    content = parts(message)
    assert set(content) == {"text/plain", "text/html"}
    for body in content.values():
        assert "Leeds gig 0" in body
        assert "Leeds gig 1" in body
        assert "Leeds lecture" not in body
        assert "York gig" not in body
    # The header's link is the subscriber's own: posting to it as a mail client would unsubscribes them.
    path = urlsplit(https).path
    assert resolve(path).url_name == "unsubscribe"
    assert read_manage_token(path.rstrip("/").rsplit("/", 1)[1]).pk == subscriber.pk
    answer = client.post(path, data="List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert answer.status_code == 200
    subscriber.refresh_from_db()
    assert (subscriber.status, subscriber.unsubscribed_via) == (Subscription.Status.UNSUBSCRIBED, "one-click")
    # And nothing more for them, even forced.
    assert digests_send(now=timezone.now() + dt.timedelta(days=7), force=True).sent == 0
    assert len(sink.messages) == 1


def test_no_header_injection_through_a_city_name_reaches_the_wire(sink):
    city = CityFactory(slug="leeds", name="Leeds\r\nBcc: victim@mail-host.net", timezone="Europe/London")
    EventFactory(
        city=city, timezone="Europe/London", title="Gig\r\nX-Evil: 1", start=timezone.now() + dt.timedelta(hours=30)
    )
    subscriber = ActiveSubscriptionFactory(city=city)

    assert digests_send(now=timezone.now(), force=True).sent == 1

    [received] = sink.messages
    assert received.rcpt_tos == (subscriber.email,)
    assert received.message["Bcc"] is None
    assert received.message["X-Evil"] is None
    assert b"\r\nBcc:" not in received.raw.split(b"\r\n\r\n", 1)[0]


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_the_command_in_its_own_process_mails_a_sink_in_another(tmp_path):
    """Both ends as separate processes, as in production: `manage.py send_digests --force` and the sink
    process (python -m tests.digests.smtp) writing what it accepts to a folder."""
    city = CityFactory(slug="leeds", name="Leeds", timezone="Europe/London")
    EventFactory(city=city, timezone="Europe/London", title="Leeds gig", start=timezone.now() + dt.timedelta(hours=30))
    subscribers = ActiveSubscriptionFactory.create_batch(3, city=city)
    port, maildir = free_port(), tmp_path / "mail"
    sink = subprocess.Popen(
        [sys.executable, "-m", "tests.digests.smtp", "--port", str(port), "--maildir", str(maildir)],
        cwd=settings.BASE_DIR, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        assert sink.stdout is not None
        assert "smtp sink on" in sink.stdout.readline()  # listening
        env = {
            **os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.local", "DATABASE_URL": database_url(),
            "EMAIL_URL": f"smtp://127.0.0.1:{port}", "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "DIGEST_SEND_RATE": "0",
        }  # fmt: skip
        run = subprocess.run(
            [sys.executable, "manage.py", "send_digests", "--force", "--no-progress"],
            cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
        assert "Sent 3 digests, 0 with nothing new, 0 suppressed, 0 failed." in run.stdout
        deadline = time.monotonic() + 10
        while len(read_maildir(maildir)) < 3 and time.monotonic() < deadline:  # the files land as accepted
            time.sleep(0.05)
        received = read_maildir(maildir)
    finally:
        stop(sink)
        if sink.stdout is not None:
            sink.stdout.close()
    assert sorted(item.rcpt_tos[0] for item in received) == sorted(sub.email for sub in subscribers)
    assert all("Leeds gig" in parts(item.message)["text/plain"] for item in received)
    assert sorted(item.message["Message-ID"] for item in received) == sorted(
        DigestSend.objects.values_list("message_id", flat=True)
    )
