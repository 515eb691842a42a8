"""A subscriber's whole life, through the public addresses only: sign up with the API, confirm from the mail,
receive the weekly digest on their city's Thursday morning with the right events in their own time, leave with
one click from the mail's List-Unsubscribe header (RFC 8058), and hear nothing more."""

from __future__ import annotations

import datetime as dt
import io
import re
import zoneinfo
from urllib.parse import urlsplit

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command

from digests.models import DigestSend, Subscription
from events.models import Category
from tests.factories import CityFactory, EventFactory

pytestmark = pytest.mark.django_db
LA = zoneinfo.ZoneInfo("America/Los_Angeles")
ADDRESS = "ana.lifecycle@mailbox.org"
CONFIRM_LINK = re.compile(r"https?://[^\s\"<>]+/digests/confirm/[^\s\"<>]+/")
LIST_UNSUBSCRIBE = re.compile(r"^<(https?://[^>]+)>, <mailto:([^>]+)>$")


def next_thursday(hour: int, minute: int) -> dt.datetime:
    """A Thursday at least three days ahead, at hour:minute in Los Angeles (so Saturday is still ahead of it)."""
    day = dt.datetime.now(LA).date() + dt.timedelta(days=3)
    while day.weekday() != 3:
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=LA)


def to(address: str) -> list[mail.EmailMessage]:
    return [message for message in mail.outbox if address in message.to]


def send(*args: str) -> None:
    call_command("send_digests", "--no-progress", *args, stdout=io.StringIO())


def path(url: str) -> str:
    return urlsplit(url).path


@pytest.fixture
def town():
    music, comedy = Category.objects.get(slug="music"), Category.objects.get(slug="comedy")
    la = CityFactory(name="Los Angeles", slug="los-angeles", timezone="America/Los_Angeles")
    york = CityFactory(name="York", slug="york", timezone="Europe/London")
    thursday = next_thursday(9, 5)
    saturday_8pm = (thursday + dt.timedelta(days=2)).replace(hour=20, minute=0)
    events = {
        "jazz": EventFactory(title="Jazz on the Pier", city=la, category=music, start=saturday_8pm,
                             timezone="America/Los_Angeles"),
        "comedy": EventFactory(title="Open Mic Comedy", city=la, category=comedy, start=saturday_8pm,
                               timezone="America/Los_Angeles"),
        "york": EventFactory(title="Minster Evensong", city=york, category=music, start=saturday_8pm,
                             timezone="Europe/London"),
    }  # fmt: skip
    return {"city": la, "thursday": thursday, "events": events, "music": music}


def test_sign_up_confirm_digest_one_click_unsubscribe_then_nothing(client, town, django_capture_on_commit_callbacks):
    thursday = town["thursday"]
    with time_machine.travel(thursday - dt.timedelta(days=2), tick=True):
        with django_capture_on_commit_callbacks(execute=True):  # the confirmation goes out once the sign-up commits
            answer = client.post(
                "/api/v1/subscriptions/",
                {"email": ADDRESS, "city": "los-angeles", "cadence": "weekly", "filters": {"category": ["music"]}},
                content_type="application/json",
            )
        assert answer.status_code == 202, answer.content
        [confirmation] = to(ADDRESS)
        assert "/digests/manage/" not in confirmation.body  # nothing but the confirmation before opting in
        link = CONFIRM_LINK.search(confirmation.body)
        assert link is not None, confirmation.body
        assert "confirm" in path(link.group(0))

        # Unconfirmed: even a forced run sends nothing to it.
        send("--force")
        assert to(ADDRESS) == [confirmation]
        assert not DigestSend.objects.filter(subscription__email=ADDRESS).exists()

        # Opening the link does not confirm (mail scanners open links); the button's POST does.
        assert client.get(path(link.group(0))).status_code == 200
        assert Subscription.objects.get(email=ADDRESS).status == Subscription.Status.PENDING
        assert client.post(path(link.group(0))).status_code == 200
        assert Subscription.objects.get(email=ADDRESS).status == Subscription.Status.ACTIVE

    # Thursday 08:55 in Los Angeles: not yet due there.
    with time_machine.travel(thursday - dt.timedelta(minutes=10), tick=True):
        send()
        assert len(to(ADDRESS)) == 1

    with time_machine.travel(thursday, tick=True):
        send()
        send()  # beat's next quarter hour: the period's digest went already
    digests = to(ADDRESS)[1:]
    assert len(digests) == 1
    [digest] = digests
    text = digest.body
    assert "Jazz on the Pier" in text
    assert "saturday" in text.lower()  # the day on the Los Angeles calendar
    assert "8:00 PM" in text  # 20:00 in Los Angeles, not the UTC hour
    assert "Open Mic Comedy" not in text  # not music
    assert "Minster Evensong" not in text  # another city
    html = dict((mimetype, body) for body, mimetype in digest.alternatives)["text/html"]
    assert "Jazz on the Pier" in html
    assert "utm_" not in text + html
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    match = LIST_UNSUBSCRIBE.match(digest.extra_headers["List-Unsubscribe"])
    assert match is not None, digest.extra_headers["List-Unsubscribe"]
    one_click, mailto = match.groups()
    assert one_click.startswith("http")
    assert "?subject=" in mailto

    # RFC 8058: the mail client POSTs List-Unsubscribe=One-Click, no cookie, no page.
    client.cookies.clear()
    answer = client.post(
        path(one_click), "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert answer.status_code == 200
    subscription = Subscription.objects.get(email=ADDRESS)
    assert subscription.status == Subscription.Status.UNSUBSCRIBED
    assert subscription.unsubscribed_via == "one-click"

    # The next Thursday, with a new music event: nothing more.
    later = thursday + dt.timedelta(days=7)
    EventFactory(title="Blues at Dawn", city=town["city"], category=town["music"],
                 start=later + dt.timedelta(days=1), timezone="America/Los_Angeles")  # fmt: skip
    with time_machine.travel(later, tick=True):
        send()
        send("--force")
    assert len(to(ADDRESS)) == 2
