"""The staging boundary: whatever an adapter yields, staging stores it (cleaned) or quarantines it, and the run ends."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from django.utils import timezone

from events.models import StagedEvent
from sources.adapters.base import RawEvent, RejectedRecord
from sources.models import FetchRun, Source
from sources.services import source_fetch, source_sync
from sources.staging_clean import EXTERNAL_ID_LENGTH, ORIGINAL_ID_KEY, clean_json, staging_id, staging_record
from tests.factories import SourceFactory
from tests.sources.helpers import no_wait

START = dt.datetime(2026, 12, 5, 20, tzinfo=dt.UTC)
POISON = "bad\x00 \ud800 \x1b[31mred\x1b[0m \x07bell"
LONG_UID = "uid-" + "x" * 1996  # 2,000 characters, as one calendar produced


def event(external_id: str, **fields) -> RawEvent:
    return RawEvent(source="test", external_id=external_id, title=fields.pop("title", "A show"), start=START, **fields)


def test_text_loses_nul_surrogates_and_controls_but_keeps_its_words():
    cleaned = staging_record(event("a\x00b", title=POISON, description=POISON, tags=["ok", "\x00"]))
    payload = cleaned.payload()
    assert cleaned.external_id == "ab"
    assert payload["title"] == "bad  red bell"
    assert payload["tags"] == ["ok"]
    payload_text = repr(payload)
    assert "\\x00" not in payload_text
    assert "\\ud800" not in payload_text
    assert "\\x1b" not in payload_text
    payload_json = str(payload).encode("utf-8")  # encodable: no lone surrogate left
    assert payload_json


def test_an_over_long_identifier_is_hashed_to_a_stable_short_form_and_kept_in_the_payload():
    first, second = staging_record(event(LONG_UID)), staging_record(event(LONG_UID))
    other = staging_record(event(LONG_UID[:-1] + "y"))
    assert len(first.external_id) <= EXTERNAL_ID_LENGTH
    assert first.external_id == second.external_id != other.external_id
    assert first.external_id.startswith("uid-xxx")
    assert first.payload()[ORIGINAL_ID_KEY] == LONG_UID
    assert first.payload()["external_id"] == first.external_id
    assert staging_id("short") == "short"
    assert ORIGINAL_ID_KEY not in staging_record(event("short")).payload()


def test_over_long_fields_are_cut_or_dropped_to_fit_their_columns():
    payload = staging_record(
        event("long", title="T" * 5000, url="https://example.org/" + "p" * 2000, timezone="Z" * 100)
    ).payload()
    assert len(payload["title"]) == 300
    assert payload["url"] is None  # a cut URL is a wrong URL
    assert payload["timezone"] is None


def test_json_the_database_refuses_is_made_storable():
    assert clean_json({"n": math.nan, "i": math.inf, "k\x00": [b"\xff\x00ok", dt.date(2026, 1, 2)]}) == {
        "n": None,
        "i": None,
        "k": ["\ufffdok", "2026-01-02"],
    }


def test_a_record_with_no_usable_identifier_is_quarantined_with_a_stable_id():
    first, second = staging_record(event("\x00\x00")), staging_record(event("\x00\x00"))
    assert isinstance(first.record, RejectedRecord)
    assert first.external_id == second.external_id
    assert "identifier" in first.record.reason


@pytest.mark.postgres
@pytest.mark.django_db
def test_poison_records_are_staged_clean_beside_the_good_ones_on_postgresql():
    source = SourceFactory()
    records = [
        event("good-1", title="Good one"),
        event("nul\x00uid", title="Nul\x00 title", description="desc\x00ription"),
        event("surrogate", title="Lone \udc80 surrogate", venue_name="\ud83d"),
        event(LONG_UID, title="Long uid"),
        RejectedRecord(external_id="broken\x00", reason="unreadable\x00 date", raw={"DTSTART": "x\x00", "n": math.nan}),
        event("good-2", title="Good two"),
    ]

    counts, pending = source_sync(source=source, records=records, now=timezone.now())

    assert (counts.found, counts.new, counts.failed) == (6, 5, 1)
    staged = {row.external_id: row for row in StagedEvent.objects.filter(source=source)}
    assert len(staged) == 6
    assert len(pending) == 5
    assert staged["nuluid"].raw["title"] == "Nul title"
    # the lone surrogate is gone, leaving no place (RawEvent reads a bare mark as none)
    assert not staged["surrogate"].raw["venue_name"]
    assert staged[staging_id(LONG_UID)].raw[ORIGINAL_ID_KEY] == LONG_UID
    assert staged["broken"].status == StagedEvent.Status.REJECTED
    assert staged["broken"].reasons == ["unreadable date"]
    # The same records again are recognised as the same rows (the hashed id is stable).
    again, _ = source_sync(source=source, records=records, now=timezone.now())
    assert (again.new, again.unchanged) == (0, 5)


CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Whatson tests//Boundary//EN
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260101T000000Z
DTSTART:20261205T200000Z
SUMMARY:Long-id concert
LOCATION:Hall\\, 1 Main St
END:VEVENT
BEGIN:VEVENT
UID:normal@example.org
DTSTAMP:20260101T000000Z
DTSTART:20261206T200000Z
SUMMARY:Normal concert
END:VEVENT
END:VCALENDAR
"""


@pytest.mark.postgres
@pytest.mark.django_db
@pytest.mark.usefixtures("recorded_clock")  # its calendar is dated December 2026 (tests/clock.py)
def test_a_feed_with_a_2000_character_uid_and_huge_validators_ends_its_run(recorded):
    """Once a DataError: the run stayed `running` and the source `new`."""
    recorded.add(
        "/cal.ics",
        body=CALENDAR.format(uid=LONG_UID),
        content_type="text/calendar",
        headers={"ETag": '"' + "e" * 600 + '"', "Last-Modified": "Sat, 21 Nov 2026 10:00:00 GMT" + " " * 5 + "x" * 200},
    )
    source = SourceFactory(config={"url": recorded.url("/cal.ics"), "allow_private_network": True})

    run = source_fetch(source=source, sleep=no_wait).run

    run.refresh_from_db()
    source.refresh_from_db()
    assert run.status == FetchRun.Status.SUCCESS, run.errors
    assert run.found == 2
    assert source.health == Source.Health.HEALTHY
    assert (source.http_etag, source.http_last_modified) == ("", "")  # forgotten: the next GET is unconditional
    assert StagedEvent.objects.filter(source=source, external_id=staging_id(LONG_UID)).exists()
