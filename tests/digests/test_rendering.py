"""Digest mails: RFC 8058 headers and nothing else, no header injection, escaped HTML, canonical absolute links,
local times, a complete plain-text part, and events rendered once per renderer."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from email import message_from_bytes, policy
from urllib.parse import quote, urlsplit

import pytest
from anymail.utils import UNSET

from digests.models import Cadence, Subscription
from digests.rendering import DigestRenderer, digest_message_id, one_line
from digests.tokens import read_manage_token
from events.models import Event, Venue
from tests.clock import days_ahead
from tests.digests.factories import ActiveSubscriptionFactory
from tests.factories import CityFactory, EventFactory

pytestmark = pytest.mark.django_db

LA = zoneinfo.ZoneInfo("America/Los_Angeles")
SITE = "https://whatson.example"
EXPECTED_HEADERS = {
    "Content-Type",
    "MIME-Version",
    "Subject",
    "From",
    "To",
    "Date",
    "Message-ID",
    "List-Id",
    "Precedence",
    "Auto-Submitted",
    "List-Unsubscribe",
    "List-Unsubscribe-Post",
}


@pytest.fixture(autouse=True)
def _site(settings):
    settings.SITE_URL = SITE
    settings.DEFAULT_FROM_EMAIL = "Whatson <events@whatson.example>"
    settings.DIGEST_UNSUBSCRIBE_MAILTO = ""


@pytest.fixture
def city():
    return CityFactory(name="Los Angeles", slug="la-render", timezone="America/Los_Angeles", country="US")


def saturday_at(hour: int, minute: int = 0) -> dt.datetime:
    start = days_ahead(14, tz=LA)
    saturday = start + dt.timedelta(days=(5 - start.weekday()) % 7)
    return dt.datetime.combine(saturday, dt.time(hour, minute), tzinfo=LA)


def subscribe(city, **kwargs) -> Subscription:
    subscription = ActiveSubscriptionFactory(city=city, **kwargs)
    return Subscription.objects.select_related("city").get(pk=subscription.pk)


def event(city, start, **kwargs) -> Event:
    return EventFactory(city=city, start=start, timezone=city.timezone, **kwargs)


def parsed(message):
    return message_from_bytes(message.message().as_bytes(), policy=policy.default)


def parts(message) -> tuple[str, str]:
    html = next(content for content, mimetype in message.alternatives if mimetype == "text/html")
    return message.body, html


def test_headers_are_exactly_the_rfc_8058_set(city):
    subscription = subscribe(city)
    found = event(city, saturday_at(19, 30))
    message = DigestRenderer(now=saturday_at(9)).message(
        subscription, [found.pk], message_id="<digest.7.abc@whatson.example>", send_id=7
    )
    mail = parsed(message)
    assert set(mail.keys()) == EXPECTED_HEADERS
    assert mail["Message-ID"] == "<digest.7.abc@whatson.example>"
    assert mail["From"] == "Whatson <events@whatson.example>"
    assert mail["To"] == subscription.email
    assert mail["Subject"] == "What's on in Los Angeles this week: 1 event"
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert mail["Precedence"] == "bulk"
    assert mail["Auto-Submitted"] == "auto-generated"
    assert mail["List-Id"] == "<la-render.digests.whatson.example>"
    value = " ".join(mail["List-Unsubscribe"].split())  # long headers are folded; unfolded, one line
    https, mailto = re.fullmatch(r"<(https://[^>]+)>, <(mailto:[^>]+)>", value).groups()
    token = https.rstrip("/").rsplit("/", 1)[1]
    assert urlsplit(https).path == f"/digests/unsubscribe/{token}/"
    assert read_manage_token(token) == subscription
    assert mailto == f"mailto:unsubscribe@whatson.example?subject=unsubscribe%20{quote(token, safe='')}"
    assert message.tags == ["digest", "weekly"]
    assert message.metadata == {"digest_send": "7"}
    assert message.track_clicks is False


def test_mailto_uses_the_configured_address(settings, city):
    settings.DIGEST_UNSUBSCRIBE_MAILTO = "leave@lists.whatson.example"
    message = DigestRenderer(now=saturday_at(9)).message(subscribe(city), [event(city, saturday_at(20)).pk])
    value = " ".join(parsed(message)["List-Unsubscribe"].split())
    assert "<mailto:leave@lists.whatson.example?subject=unsubscribe%20" in value


def test_header_injection_through_a_city_name_or_title_adds_no_header(city):
    city.name = "Leeds\r\nBcc: victim@mail-host.net\x1b"
    city.save()
    subscription = subscribe(city)
    found = event(city, saturday_at(20), title="Party\r\nBcc: victim@mail-host.net\nX-Evil: 1")
    message = DigestRenderer(now=saturday_at(9)).message(subscription, [found.pk])
    mail = parsed(message)
    assert set(mail.keys()) == EXPECTED_HEADERS
    assert mail["Bcc"] is None
    assert mail["X-Evil"] is None
    assert mail["Subject"] == "What's on in Leeds Bcc: victim@mail-host.net this week: 1 event"
    assert message.recipients() == [subscription.email]
    text, _ = parts(message)
    assert "* Party Bcc: victim@mail-host.net X-Evil: 1\n" in text


def test_one_line_strips_every_control_character():
    assert one_line("a\r\nb\tc\x00d\x85e\u2028f\x1b[31m") == "a b c d e f [31m"
    assert len(one_line("x" * 500)) == 200


def test_html_escapes_a_hostile_title_and_venue(city):
    venue = Venue.objects.create(city=city, name='<img src=x onerror="alert(1)">', slug="bad")
    found = event(city, saturday_at(20), title="<script>alert('x')</script> & friends", venue=venue)
    _, html = parts(DigestRenderer(now=saturday_at(9)).message(subscribe(city), [found.pk]))
    assert "<script>" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; friends" in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html


def test_links_are_absolute_canonical_and_utm_free(city):
    found = event(city, saturday_at(20), title="Jazz", image_url="https://img.example.net/jazz.jpg")
    subscription = subscribe(city)
    message = DigestRenderer(now=saturday_at(9)).message(subscription, [found.pk])
    text, html = parts(message)
    hrefs = re.findall(r'href="([^"]+)"', html)
    page = f"{SITE}{found.get_absolute_url()}"
    assert page in hrefs
    assert any(href.startswith(f"{SITE}/") and href.endswith(".ics") for href in hrefs)
    assert any(href.startswith("https://calendar.google.com/") for href in hrefs)
    assert any("/digests/manage/" in href for href in hrefs)
    assert any("/digests/unsubscribe/" in href for href in hrefs)
    for href in hrefs:
        assert href.startswith(("https://whatson.example/", "https://calendar.google.com/")), href
        assert "utm_" not in href
    assert 'src="https://img.example.net/jazz.jpg"' in html
    for needle in (page, "Add to calendar:", "Change what you get:", "Unsubscribe:", "/digests/manage/"):
        assert needle in text
    assert "utm_" not in text


def test_an_image_that_is_not_https_is_left_out(city):
    found = event(city, saturday_at(20), image_url="http://img.example.net/plain.jpg")
    _, html = parts(DigestRenderer(now=saturday_at(9)).message(subscribe(city), [found.pk]))
    assert "<img" not in html


def test_events_are_grouped_by_local_day_with_local_times(city):
    late = event(city, saturday_at(23, 30), title="Late show")  # Sunday in UTC
    sunday = event(city, saturday_at(11) + dt.timedelta(days=1), title="Brunch", cost_type="free")
    fair = event(city, saturday_at(0), all_day=True, title="Street fair")
    message = DigestRenderer(now=saturday_at(0) - dt.timedelta(days=1)).message(
        subscribe(city), [fair.pk, late.pk, sunday.pk]
    )
    text, html = parts(message)
    saturday_label = saturday_at(0).strftime("%A %-d %B")
    sunday_label = (saturday_at(0) + dt.timedelta(days=1)).strftime("%A %-d %B")
    assert text.index(saturday_label.upper()) < text.index("Street fair") < text.index("Late show")
    assert text.index("Late show") < text.index(sunday_label.upper()) < text.index("Brunch")
    assert "11:30 PM" in text
    assert "11:30 PM" in html
    assert "All day" in text
    assert "11:00 AM · Free" in text
    assert html.count("<h2") == 2


def test_subject_wording_and_counts(city):
    renderer = DigestRenderer(now=saturday_at(9))
    ids = [event(city, saturday_at(12 + n)).pk for n in range(3)]
    assert renderer.message(subscribe(city), ids).subject == "What's on in Los Angeles this week: 3 events"
    daily = subscribe(city, cadence=Cadence.DAILY)
    assert renderer.message(daily, ids[:1]).subject == "Today and tomorrow in Los Angeles: 1 event"
    assert renderer.message(daily, ids[:1]).tags == ["digest", "daily"]


def test_a_test_mail_goes_to_the_given_address_without_unsubscribe_headers(city):
    subscription = subscribe(city)
    message = DigestRenderer(now=saturday_at(9)).message(
        subscription, [event(city, saturday_at(20)).pk], to="admin@mail-host.net", test=True
    )
    mail = parsed(message)
    assert mail["To"] == "admin@mail-host.net"
    assert mail["Subject"].startswith("[Test] What's on in Los Angeles")
    assert mail["List-Unsubscribe"] is None
    assert mail["List-Unsubscribe-Post"] is None
    assert set(mail.keys()) == EXPECTED_HEADERS - {"List-Unsubscribe", "List-Unsubscribe-Post"}
    assert "This is a test of the digest" in message.body
    assert message.metadata is UNSET  # no send row: nothing for tracking webhooks to update


def test_withdrawn_events_are_left_out(city):
    kept = event(city, saturday_at(19))
    withdrawn = event(city, saturday_at(20), title="Withdrawn gig")
    renderer = DigestRenderer(now=saturday_at(9))
    Event.objects.filter(pk=withdrawn.pk).update(moderation_status=Event.ModerationStatus.REJECTED)
    assert renderer.available([withdrawn.pk, kept.pk]) == [kept.pk]
    message = renderer.message(subscribe(city), [kept.pk, withdrawn.pk])
    assert "Withdrawn gig" not in message.body
    assert message.subject.endswith(": 1 event")


def test_events_are_loaded_and_rendered_once_per_renderer(city, django_assert_num_queries):
    ids = [event(city, saturday_at(12 + n), title=f"Show {n}").pk for n in range(5)]
    subscribers = [subscribe(city) for _ in range(4)]
    renderer = DigestRenderer(now=saturday_at(9))
    first = renderer.message(subscribers[0], ids)
    with django_assert_num_queries(0):
        others = [renderer.message(subscription, ids[1:]) for subscription in subscribers[1:]]
    assert "Show 0" in first.body
    assert "Show 0" not in others[0].body
    assert {message.to[0] for message in others} == {s.email for s in subscribers[1:]}
    manage_links = {re.search(r"Change what you get: (\S+)", m.body).group(1) for m in [first, *others]}
    assert len(manage_links) == 4  # each subscriber's own links


def test_preview_gives_subject_text_and_html(city):
    found = event(city, saturday_at(20), title="Previewed")
    subject, text, html = DigestRenderer(now=saturday_at(9)).preview(subscribe(city), [found.pk])
    assert subject == "What's on in Los Angeles this week: 1 event"
    assert "Previewed" in text
    assert "Previewed" in html
    assert html.lstrip().startswith("<!DOCTYPE html>")


def test_the_description_of_the_saved_filter_is_shown(city):
    subscription = subscribe(city, filters={"free": True, "q": "jazz <b>"})
    _, text, html = DigestRenderer(now=saturday_at(9)).preview(subscription, [event(city, saturday_at(20)).pk])
    assert "jazz <b>" in text
    assert "jazz &lt;b&gt;" in html
    assert "free" in text


def test_message_ids_are_unique_and_name_the_send():
    first, second = digest_message_id(42), digest_message_id(42)
    assert first != second
    assert re.fullmatch(r"<digest\.42\.[0-9a-f]{16}@[^>]+>", first)


def test_test_mails_and_previews_carry_no_working_subscriber_link(city):
    """Staff see previews and get test mails: the subscriber's manage token (a credential that never expires)
    must not be in them, only links that open the "not a valid link" page."""
    from digests.tokens import TokenError, manage_token

    subscription = subscribe(city)
    found = event(city, saturday_at(20)).pk
    renderer = DigestRenderer(now=saturday_at(9))
    test_mail = renderer.message(subscription, [found], to="admin@mail-host.net", test=True)
    _, text, html = renderer.preview(subscription, [found])
    real = manage_token(subscription)
    for body in (test_mail.body, test_mail.alternatives[0][0], text, html):
        assert real not in body
        link = re.search(r"/digests/manage/([^/\s\"]+)/", body)
        assert link is not None
        with pytest.raises(TokenError):
            read_manage_token(link.group(1))
    # The subscriber's own digest keeps its working links.
    assert real in renderer.message(subscription, [found]).body
