"""Webhook bodies a partner can get wrong, with a valid signature: a 400 with a message or a per-record
rejection, never a 500 (and never an HTML page).

Tested at the HTTP boundary (Django's test client over the real view, PostgreSQL, Redis), so each case
holds whichever layer makes it safe: the adapter's body checks (here), zone()/money() (sources/adapters/
common.py) or the staging clean-up (sources/staging_clean.py).
"""

from __future__ import annotations

import pytest

from events.models import StagedEvent
from tests.sources.webhook_helpers import partner_event, post, post_raw

pytestmark = [pytest.mark.django_db, pytest.mark.postgres, pytest.mark.usefixtures("webhook_partner")]


@pytest.fixture
def source(partner_source):
    partner_source.rate_limit_per_minute = 1000  # every case below is its own delivery
    partner_source.save(update_fields=["rate_limit_per_minute"])
    return partner_source


def event(**fields):
    fields.setdefault("timezone", None)
    return {key: value for key, value in partner_event(**fields).items() if value is not None}


def accepted_or_rejected(response) -> None:
    """202 with the record staged or quarantined with a reason, or 400 with a message: both are answers."""
    assert response["Content-Type"] == "application/json"
    body = response.json()
    if response.status_code == 400:
        assert body["error"]
        return
    assert response.status_code == 202, body
    assert body["received"] + len(body["rejected"]) >= 1
    for rejection in body["rejected"]:
        assert rejection["reason"]


# --- whole-body problems: 400 with a message --------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"[" * 50_000 + b"]" * 50_000, "nested"),
        (b'{"external_id": "p-1", "title": "x", "x": ' + b"[" * 5_000 + b"]" * 5_000 + b"}", "nested"),
        (b'{"external_id": "p-1", "title": "x", "latitude": NaN}', "NaN"),
        (b'{"external_id": "p-1", "title": "x", "latitude": Infinity}', "Infinity"),
        (b'{"external_id": "p-1", "title": "x", "latitude": -Infinity}', "Infinity"),
        (b"\xff\xfe not utf-8", "not JSON"),
        (b'{"external_id": {"a": 1}, "title": "x"}', "external_id"),
        (b'{"external_id": true, "title": "x"}', "external_id"),
        (b'{"external_id": ["p-1"], "title": "x"}', "external_id"),
        (b'{"external_id": 1e400, "title": "x"}', "external_id"),
        (b"", "not JSON"),
        (b"null", "must be an event object or a list"),
    ],
)
def test_bad_bodies_answer_400_json(client, source, raw, message):
    response = post_raw(client, raw)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert message in response.json()["error"]
    assert not StagedEvent.objects.exists()


# --- one bad record: quarantined or cleaned, the rest of the batch goes on ----------------------------


@pytest.mark.parametrize(
    "fields",
    [
        {"timezone": "America"},
        {"timezone": "Asia"},
        {"timezone": "../../etc/passwd"},
        {"timezone": "Not/AZone"},
        {"timezone": ["UTC"]},
        {"timezone": "\x00"},
        {"latitude": 1e400, "longitude": -1e400},
        {"latitude": "north", "longitude": {"deg": 1}},
        {"latitude": 1234.5, "longitude": -999},
        {"price_min": 1e400, "price_max": "NaN"},
        {"price_min": {"amount": 5}, "price_max": [1]},
        {"title": "Gala\x00Night"},
        {"title": "Gala \ud800 Night"},
        {"description": "nul\x00 and a lone \udfff surrogate"},
        {"external_id": "p-\x00-1"},
        {"external_id": "p-" + "9" * 5_000},
        {"external_id": 12345678901234567890123456789},
        {"title": "T" * 100_000},
        {"title": {"en": "Gala"}},
        {"title": ["Gala"]},
        {"start": ["2026-12-01"]},
        {"start": 1e400},
        {"start": True},
        {"end": {"at": "tomorrow"}},
        {"status": {"x": 1}},
        {"status": "exploded"},
        {"cost_type": ["paid"]},
        {"all_day": "yes please"},
        {"tags": [{"a": 1}, "ok", "\x00"]},
        {"tags": "not-a-list"},
        {"url": "javascript:alert(1)"},
        {"url": "http://" + "a" * 10_000 + ".example"},
        {"currency": "EURO-DOLLAR-YEN"},
        {"rrule": "FREQ=SECONDLY;COUNT=100000000"},
        {"venue_name": "V" * 10_000, "address": "\x00" * 10},
        {"source_category": {"nested": {"deeper": [1, 2, 3]}}},
    ],
    ids=lambda fields: ",".join(fields) + ":" + repr(next(iter(fields.values())))[:24],
)
def test_a_bad_field_never_fails_the_request(client, source, fields, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, [event(**fields), event(external_id="p-ok", title="Sound Record")])
    accepted_or_rejected(response)
    if response.status_code == 202:
        assert StagedEvent.objects.filter(external_id="p-ok").exists()


def test_a_lone_surrogate_escape_in_the_raw_body_is_an_answer(client, source):
    raw = b'[{"external_id": "p-1", "title": "Gala \\ud800", "start": "2026-12-01T20:00:00+00:00"}]'
    accepted_or_rejected(post_raw(client, raw))


def test_a_nul_escape_in_the_raw_body_is_an_answer(client, source):
    raw = b'[{"external_id": "p-\\u0000", "title": "Gala\\u0000", "start": "2026-12-01T20:00:00+00:00"}]'
    accepted_or_rejected(post_raw(client, raw))


def test_zone_america_is_a_per_record_answer_not_a_500(client, source):
    response = post(client, event(timezone="America"))
    assert response.status_code in (202, 400)
    assert response["Content-Type"] == "application/json"
