"""Inbound webhooks: signed pushes of normalized events, and everything a bad sender can get wrong."""

from __future__ import annotations

import json
import time

import pytest

from events.models import Event, StagedEvent
from sources.models import FetchRun
from sources.signing import sign
from tests.factories import SourceFactory
from tests.sources.webhook_helpers import SECRET, URL, partner_event, post

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("webhook_partner")]
event = partner_event


@pytest.fixture
def source(partner_source):
    return partner_source


def test_signed_event_is_staged_and_published(client, source, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, event(venue_name="Lyric Hall", price_min=20, cost_type="paid", currency="USD"))
    assert response.status_code == 202
    assert response.json() == {
        "run": FetchRun.objects.get().pk,
        "received": 1,
        "new": 1,
        "updated": 0,
        "unchanged": 0,
        "rejected": [],
    }
    gala = Event.objects.get(title="Partner Gala")
    assert gala.is_published
    assert gala.venue_name == "Lyric Hall"
    assert str(gala.price_min) == "20.00"
    assert FetchRun.objects.get().trigger == FetchRun.Trigger.WEBHOOK


def test_a_list_with_a_bad_item_quarantines_only_that_item(client, source, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, [event(), event(external_id="p-2", start="next week")])
    assert response.status_code == 202
    assert response.json()["rejected"] == [
        {"external_id": "p-2", "reason": "missing or unreadable start (ISO 8601 with a UTC offset, or a date)"}
    ]
    assert StagedEvent.objects.get(external_id="p-2").status == "rejected"
    assert Event.objects.count() == 1


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{not json", "The body is not JSON"),
        (b'"just a string"', "must be an event object or a list"),
        (b"[]", "must be an event object or a list"),
        (b'[{"title": "no id"}]', "Item 0 has no external_id"),
        (b"[1, 2]", "Item 0 is not an object"),
    ],
)
def test_malformed_bodies_get_400_with_a_message(client, source, body, message):
    response = post(client, None, body=body)
    assert response.status_code == 400
    assert message in response.json()["error"]
    assert not StagedEvent.objects.exists()


def test_too_many_events_in_one_request(client, source):
    response = post(client, [event(external_id=f"p-{i}") for i in range(501)])
    assert response.status_code == 400
    assert "At most 500 events" in response.json()["error"]


def test_wrong_secret_missing_headers_and_stale_timestamps_get_401(client, source):
    assert post(client, event(), secret="guess").status_code == 401
    assert post(client, event(), secret="guess").json()["error"] == "Signature does not match."
    stale = post(client, event(), timestamp=time.time() - 3600)
    assert stale.status_code == 401
    assert "replay window" in stale.json()["error"]
    unsigned = client.post(URL, data=json.dumps(event()), content_type="application/json")
    assert unsigned.status_code == 401
    assert not StagedEvent.objects.exists()


def test_a_replayed_delivery_is_refused(client, source):
    raw = json.dumps(event()).encode()
    stamp = int(time.time())
    headers = {"X-Whatson-Timestamp": str(stamp), "X-Whatson-Signature": sign(secret=SECRET, timestamp=stamp, body=raw)}
    assert client.post(URL, data=raw, content_type="application/json", headers=headers).status_code == 202
    again = client.post(URL, data=raw, content_type="application/json", headers=headers)
    assert again.status_code == 401
    assert "already received" in again.json()["error"]


def test_tampered_body_is_refused(client, source):
    raw = json.dumps(event()).encode()
    stamp = int(time.time())
    signature = sign(secret=SECRET, timestamp=stamp, body=raw)
    tampered = raw.replace(b"Partner Gala", b"Free Money!!")
    response = client.post(URL, data=tampered, content_type="application/json",
                           headers={"X-Whatson-Timestamp": str(stamp), "X-Whatson-Signature": signature})  # fmt: skip
    assert response.status_code == 401


def test_unknown_inactive_and_unconfigured_sources(client, source, settings):
    assert client.post("/webhooks/sources/nobody/", data="{}", content_type="application/json").status_code == 404
    SourceFactory(slug="ics-feed")
    assert client.post("/webhooks/sources/ics-feed/", data="{}", content_type="application/json").status_code == 404
    settings.WEBHOOK_SECRETS = {}
    response = post(client, event())
    assert response.status_code == 401
    assert "not configured" in response.json()["error"]


def test_get_is_not_allowed(client, source):
    assert client.get(URL).status_code == 405


def test_deliveries_are_throttled_per_source(client, source):
    source.rate_limit_per_minute = 2
    source.save()
    codes = [post(client, event(external_id=f"p-{i}")).status_code for i in range(3)]
    assert codes == [202, 202, 429]


def test_webhook_sources_are_not_fetched(source):
    from sources.services import source_fetch

    run = source_fetch(source=source).run
    assert run.status == FetchRun.Status.FAILED
    assert "pushed to /webhooks/sources/<slug>/" in run.errors[0]["reason"]


def test_extract_parses_a_saved_webhook_body(tmp_path):
    from io import StringIO

    from django.core.management import call_command

    body = tmp_path / "body.json"
    body.write_text(json.dumps([event(), event(external_id="p-2", title="")]))
    out, err = StringIO(), StringIO()
    call_command("extract", str(body), "--kind", "webhook", stdout=out, stderr=err)
    (line,) = out.getvalue().splitlines()
    assert json.loads(line)["title"] == "Partner Gala"
    assert "skipped p-2: missing title" in err.getvalue()
