"""Sync lifecycle: events that vanish from a complete listing, moved starts, and the 20% guard."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.utils import timezone

from events.models import Event, EventStatus
from moderation.actions import event_moderator_edit
from sources.models import FetchRun, Source
from sources.services import source_fetch
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db


def calendar(path: Path, events: dict[str, int], *, hour: int = 20) -> Path:
    """A calendar of uid → days from now, each at ``hour`` Chicago time."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Whatson tests//Lifecycle//EN"]
    for uid, days in events.items():
        day = timezone.localdate() + dt.timedelta(days=days)
        lines += ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260101T000000Z",
                  f"DTSTART;TZID=America/Chicago:{day:%Y%m%d}T{hour:02d}0000", f"SUMMARY:Show {uid}", "END:VEVENT"]  # fmt: skip
    path.write_text("\n".join([*lines, "END:VCALENDAR"]) + "\n")
    return path


def fetch_and_process(source: Source) -> FetchRun:
    from events.services import staged_events_process

    outcome = source_fetch(source=source)
    staged_events_process(staged_event_ids=outcome.pending_ids)
    source.refresh_from_db()
    return outcome.run


TEN = {f"e{i}": i + 1 for i in range(10)}


@pytest.fixture
def source(tmp_path):
    return SourceFactory(slug="venue", config={"path": str(calendar(tmp_path / "v.ics", TEN))})


def test_an_event_missing_from_the_listing_is_cancelled_and_comes_back(source, tmp_path):
    fetch_and_process(source)
    calendar(tmp_path / "v.ics", {k: v for k, v in TEN.items() if k != "e3"})
    run = fetch_and_process(source)
    assert run.cancelled == 1
    assert Event.objects.get(title="Show e3").status == EventStatus.CANCELLED
    assert Event.objects.filter(status=EventStatus.SCHEDULED).count() == 9
    # Listed again: processed afresh, scheduled again.
    calendar(tmp_path / "v.ics", TEN)
    run = fetch_and_process(source)
    assert (run.updated, run.cancelled) == (1, 0)
    assert Event.objects.get(title="Show e3").status == EventStatus.SCHEDULED


def test_cancelling_more_than_a_fifth_at_once_is_refused_and_flagged(source, tmp_path):
    fetch_and_process(source)
    calendar(tmp_path / "v.ics", {k: v for k, v in TEN.items() if k not in {"e1", "e2", "e3"}})
    run = fetch_and_process(source)
    assert run.cancelled == 0
    assert not Event.objects.filter(status=EventStatus.CANCELLED).exists()
    assert "Refused to cancel 3 of 10 upcoming events (30%)" in source.flagged_reason
    assert source.health == Source.Health.DEGRADED
    assert any("Refused to cancel" in error["reason"] for error in run.errors)


def test_exactly_a_fifth_may_go(source, tmp_path):
    fetch_and_process(source)
    calendar(tmp_path / "v.ics", {k: v for k, v in TEN.items() if k not in {"e1", "e2"}})
    assert fetch_and_process(source).cancelled == 2
    assert source.flagged_reason == ""
    assert source.health == Source.Health.HEALTHY


def test_past_events_that_drop_off_a_feed_are_left_alone(source, tmp_path):
    fetch_and_process(source)
    # Time passes: e0 is over, and the venue's feed drops it, as feeds do.
    Event.objects.filter(title="Show e0").update(start=timezone.now() - dt.timedelta(days=2))
    calendar(tmp_path / "v.ics", {k: v for k, v in TEN.items() if k != "e0"})
    assert fetch_and_process(source).cancelled == 0
    assert Event.objects.get(title="Show e0").status == EventStatus.SCHEDULED


def test_a_moved_start_is_rescheduled_and_stays_so(source, tmp_path):
    fetch_and_process(source)
    calendar(tmp_path / "v.ics", TEN, hour=21)
    fetch_and_process(source)
    assert set(Event.objects.values_list("status", flat=True)) == {EventStatus.RESCHEDULED}
    assert Event.objects.get(title="Show e0").local_start.hour == 21
    # An unrelated change later keeps the mark.
    lines = (tmp_path / "v.ics").read_text().replace("SUMMARY:Show e0", "SUMMARY:Show e0 (with support)")
    (tmp_path / "v.ics").write_text(lines)
    fetch_and_process(source)
    assert Event.objects.get(title="Show e0 (with support)").status == EventStatus.RESCHEDULED


def test_a_moderators_status_and_start_stand(source, tmp_path):
    fetch_and_process(source)
    event = Event.objects.get(title="Show e4")
    event.status = EventStatus.POSTPONED
    event_moderator_edit(acting_user=None, event=event, changed_fields=["status"])
    calendar(tmp_path / "v.ics", {k: v for k, v in TEN.items() if k != "e4"} | {"e4": 5}, hour=22)
    fetch_and_process(source)
    event.refresh_from_db()
    assert event.status == EventStatus.POSTPONED
    assert event.local_start.hour == 22  # the start was not edited, so it follows the source


def test_a_source_cancelling_an_event_itself(source, tmp_path):
    fetch_and_process(source)
    text = (tmp_path / "v.ics").read_text().replace("SUMMARY:Show e5", "SUMMARY:Show e5\nSTATUS:CANCELLED")
    (tmp_path / "v.ics").write_text(text)
    fetch_and_process(source)
    assert Event.objects.get(title="Show e5").status == EventStatus.CANCELLED


def test_not_modified_feed_cancels_nothing(recorded, tmp_path):
    body = calendar(tmp_path / "r.ics", TEN).read_bytes()

    def answer(request):
        if request.headers.get("if-none-match") == '"v1"':
            return recorded.reply(status=304)
        return recorded.reply(body=body, headers={"ETag": '"v1"'}, content_type="text/calendar")

    recorded.add("/cal.ics", answer)
    source = SourceFactory(slug="remote", config={"url": recorded.url("/cal.ics"), "allow_private_network": True})
    first = fetch_and_process(source)
    assert (first.found, first.requests, source.http_etag) == (10, 1, '"v1"')
    second = fetch_and_process(source)
    assert (second.not_modified, second.found, second.cancelled, second.status) == (True, 0, 0, "success")
    assert Event.objects.filter(status=EventStatus.SCHEDULED).count() == 10
    assert recorded.requests[1].headers["if-none-match"] == '"v1"'


def test_a_feed_that_fails_to_parse_is_read_again_next_time(recorded):
    recorded.add("/cal.ics", recorded.reply(body=b"<html>maintenance</html>", headers={"ETag": '"broken"'}))
    source = SourceFactory(slug="flaky", config={"url": recorded.url("/cal.ics"), "allow_private_network": True})
    assert fetch_and_process(source).status == FetchRun.Status.FAILED
    assert source.http_etag == ""  # not remembered: the next run must not get a 304 for a page we could not read


def test_operators_see_and_clear_the_flag(source, tmp_path, admin_client):
    from django.urls import reverse

    fetch_and_process(source)
    calendar(tmp_path / "v.ics", {k: v for k, v in TEN.items() if k not in {"e1", "e2", "e3"}})
    fetch_and_process(source)
    listing = admin_client.get(reverse("admin:sources_source_changelist"), {"flagged": "yes"})
    assert "⚑ flagged" in listing.content.decode()
    admin_client.post(
        reverse("admin:sources_source_changelist"), {"action": "clear_flag", "_selected_action": [source.pk]}
    )
    source.refresh_from_db()
    assert (source.flagged_reason, source.health) == ("", Source.Health.HEALTHY)
