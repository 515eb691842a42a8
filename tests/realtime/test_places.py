"""Place live status services (realtime/places/services.py): who outranks whom, outliers, expiry, predictions,
and what reaches the bus (only after a commit, only on a change)."""

from __future__ import annotations

import asyncio
import datetime as dt
import json

import pytest
from django.db import transaction
from django.utils import timezone

from events.models import Venue
from realtime.bus import get_bus
from realtime.models import PlaceReport, PlaceStatus
from realtime.places import (
    place_report_submit,
    place_status_business_update,
    place_status_get,
    place_status_payloads,
    place_statuses_refresh,
    status_payload,
)
from realtime.places.reports import CROWD_OUTLIER, REPEATED
from tests.factories import CityFactory

pytestmark = pytest.mark.django_db

EVERY_DAY_OPEN = ["Every day: Open 24 hours"]
NEVER_OPEN = [
    f"{day}: Closed" for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
]


def make_venue(name: str = "Empty Bottle", hours: list[str] | None = None, zone: str = "America/Chicago") -> Venue:
    city = CityFactory(timezone=zone)
    return Venue.objects.create(name=name, slug=name.lower().replace(" ", "-"), city=city, opening_hours=hours or [])


def place_messages() -> list[dict]:
    entries, _complete = asyncio.run(get_bus().since("0-0", "places"))
    return [json.loads(entry.message) for entry in entries]


@pytest.fixture
def bus():
    get_bus().clear()
    return get_bus()


def report(venue: Venue, who: str, minutes_ago: float = 0, **fields):
    now = timezone.now() - dt.timedelta(minutes=minutes_ago)
    return place_report_submit(venue=venue, reporter=who, now=now, **fields)


# --- ranking --------------------------------------------------------------------------------------------------


def test_a_business_update_outranks_visitors_while_valid():
    venue = make_venue()
    place_status_business_update(venue=venue, open_now=True, crowd="quiet", special="Happy hour", valid_minutes=30)
    for who in ("10.0.0.1", "10.0.0.2", "10.0.0.3"):
        result = report(venue, who, crowd="packed", wait_minutes=40)
        assert result.changed is False
    status = place_status_get(venue_id=venue.pk)
    assert status is not None
    assert (status.source, status.crowd, status.special, status.confidence) == ("business", "quiet", "Happy hour", 1.0)
    assert PlaceReport.objects.filter(venue=venue).count() == 3  # kept, for when the business's word expires


def test_visitors_outrank_a_prediction_and_the_refresh_keeps_them():
    venue = make_venue(hours=EVERY_DAY_OPEN)
    assert place_statuses_refresh()["predicted"] == 1
    assert place_status_get(venue_id=venue.pk).source == "prediction"
    result = report(venue, "10.0.0.1", crowd="busy", wait_minutes=15)
    assert result.changed is True
    counts = place_statuses_refresh()
    assert counts["kept"] == 1
    status = place_status_get(venue_id=venue.pk)
    assert (status.source, status.crowd, status.wait_minutes) == ("user", "busy", 15)


def test_one_visitor_cannot_close_a_place_its_hours_say_is_open_but_two_can():
    venue = make_venue(hours=EVERY_DAY_OPEN)
    place_statuses_refresh()
    report(venue, "10.0.0.1", open_now=False, crowd="packed")
    status = place_status_get(venue_id=venue.pk)
    assert (status.source, status.open_now, status.crowd) == ("user", True, "packed")  # the crowd, not "closed"
    report(venue, "10.0.0.1", open_now=False)  # saying it again: still one visitor
    assert place_status_get(venue_id=venue.pk).open_now is True
    report(venue, "10.0.0.2", open_now=False)
    assert place_status_get(venue_id=venue.pk).open_now is False


def test_an_expired_status_falls_back_to_the_prediction_or_goes():
    with_hours, without = make_venue("Open Bar", hours=NEVER_OPEN), make_venue("No Hours")
    past = timezone.now() - dt.timedelta(hours=3)
    for venue in (with_hours, without):
        place_status_business_update(venue=venue, open_now=True, crowd="busy", valid_minutes=60, now=past)
        assert place_status_get(venue_id=venue.pk) is None  # expired: never shown
    counts = place_statuses_refresh()
    assert counts["expired"] == 1
    assert counts["predicted"] == 1
    assert not PlaceStatus.objects.filter(venue=without).exists()
    predicted = place_status_get(venue_id=with_hours.pk)
    assert (predicted.source, predicted.open_now, predicted.crowd) == ("prediction", False, "")


def test_a_prediction_from_hours_across_midnight_in_the_city_zone():
    """The Blue Note's real Friday line, "6:00 PM – 2:00 AM", read at 01:00 Saturday on each city's clock."""
    friday_night = ["Friday: 6:00\u202fPM\u2009\u2013\u20092:00\u202fAM"]
    new_york = make_venue("Blue Note NY", hours=friday_night, zone="America/New_York")
    los_angeles = make_venue("Blue Note LA", hours=friday_night, zone="America/Los_Angeles")
    import zoneinfo

    zone = zoneinfo.ZoneInfo("America/New_York")
    today = timezone.now().astimezone(zone).date()
    saturday = today + dt.timedelta(days=(5 - today.weekday()) % 7 or 7)
    # 01:00 Saturday in New York is 22:00 Friday in Los Angeles: both open, closing at each one's 02:00.
    now = dt.datetime.combine(saturday, dt.time(1, 0), tzinfo=zone)
    place_statuses_refresh(now=now)
    ny, la = PlaceStatus.objects.get(venue=new_york), PlaceStatus.objects.get(venue=los_angeles)
    assert ny.open_now is True
    assert la.open_now is True
    assert ny.valid_until == dt.datetime.combine(saturday, dt.time(2, 0), tzinfo=zone)
    assert la.valid_until == dt.datetime.combine(
        saturday, dt.time(2, 0), tzinfo=zoneinfo.ZoneInfo("America/Los_Angeles")
    )
    # At 02:30 New York time the NY venue has closed until next Friday; LA's night goes on.
    later = now + dt.timedelta(minutes=90)
    counts = place_statuses_refresh(now=later)
    assert counts == {"predicted": 1, "unchanged": 1, "kept": 0, "expired": 0, "published": 1}
    ny.refresh_from_db()
    assert ny.open_now is False
    assert ny.valid_until == dt.datetime.combine(saturday + dt.timedelta(days=6), dt.time(18, 0), tzinfo=zone)


# --- visitors' reports ------------------------------------------------------------------------------------------


def test_wait_outliers_are_ignored_with_a_reason():
    venue = make_venue()
    for who, wait in (("a", 20), ("b", 25), ("c", 20)):
        report(venue, who, wait_minutes=wait)
    odd = report(venue, "d", wait_minutes=90)
    assert odd.report.ignored is True
    assert "90 min is far from the others'" in odd.report.ignored_reason
    assert place_status_get(venue_id=venue.pk).wait_minutes == 20


def test_a_crowd_two_steps_from_the_consensus_is_ignored():
    venue = make_venue()
    for who in ("a", "b"):
        report(venue, who, crowd="quiet")
    report(venue, "c", crowd="moderate")  # one step: counts
    odd = report(venue, "d", crowd="packed")
    assert odd.report.ignored_reason == CROWD_OUTLIER.format(value="packed", steps=3, consensus="quiet")
    counted = PlaceReport.objects.filter(venue=venue, ignored=False).count()
    assert counted == 3
    assert place_status_get(venue_id=venue.pk).crowd == "quiet"


def test_one_visitor_counts_once_per_window():
    venue = make_venue()
    for minutes_ago in (20, 10, 0):
        report(venue, "10.0.0.7", minutes_ago=minutes_ago, crowd="packed", wait_minutes=60)
    reasons = list(
        PlaceReport.objects.filter(venue=venue).order_by("created_at").values_list("ignored_reason", flat=True)
    )
    assert reasons == [REPEATED, REPEATED, ""]
    single = place_status_get(venue_id=venue.pk).confidence
    other = make_venue("Other")
    report(other, "10.0.0.7", crowd="packed", wait_minutes=60)
    assert place_status_get(venue_id=other.pk).confidence == single


def test_confidence_grows_with_agreeing_reports_and_stays_below_the_business():
    venue = make_venue()
    seen = []
    for who in ("a", "b", "c", "d"):
        report(venue, who, crowd="busy")
        seen.append(place_status_get(venue_id=venue.pk).confidence)
    assert seen == sorted(seen)
    assert len(set(seen)) == 4
    assert seen[-1] < 1.0


def test_a_special_needs_two_visitors_and_old_reports_leave_the_window():
    venue = make_venue()
    report(venue, "a", minutes_ago=50, special="Live music", crowd="busy")  # outside the 45-minute window
    report(venue, "b", special="Happy hour", crowd="quiet")
    status = place_status_get(venue_id=venue.pk)
    assert (status.special, status.crowd) == ("", "quiet")
    report(venue, "c", special="happy  hour")
    assert place_status_get(venue_id=venue.pk).special == "happy hour"


def test_the_reporter_is_stored_as_a_keyed_hash():
    venue = make_venue()
    report(venue, "203.0.113.9", crowd="quiet")
    stored = PlaceReport.objects.get(venue=venue).reporter
    assert "203.0.113.9" not in stored
    assert len(stored) == 64


def test_bad_values_are_refused_by_the_service():
    venue = make_venue()
    with pytest.raises(ValueError, match="Unknown crowd"):
        place_status_business_update(venue=venue, crowd="heaving")
    with pytest.raises(ValueError, match="Waiting time"):
        report(venue, "a", wait_minutes=5000)
    assert not PlaceReport.objects.exists()


# --- what reaches the bus ---------------------------------------------------------------------------------------


def test_a_committed_update_publishes_the_api_body(bus, django_capture_on_commit_callbacks):
    venue = make_venue()
    with django_capture_on_commit_callbacks(execute=True):
        status = place_status_business_update(venue=venue, open_now=True, crowd="busy", wait_minutes=20)
    messages = place_messages()
    assert messages == [
        {"type": "place.status", "venue": venue.pk, "status": json.loads(json.dumps(status_payload(status)))}
    ]
    assert messages[0]["status"]["summary"] == "Open now · Busy · ~20 min wait"


def test_a_rolled_back_update_publishes_nothing(bus, django_capture_on_commit_callbacks):
    venue = make_venue()
    with django_capture_on_commit_callbacks(execute=True) as callbacks, pytest.raises(RuntimeError):  # noqa: PT012
        with transaction.atomic():
            place_status_business_update(venue=venue, open_now=True, crowd="busy")
            raise RuntimeError("rolled back")
    assert callbacks == []
    assert place_messages() == []
    assert not PlaceStatus.objects.filter(venue=venue).exists()


def test_the_refresh_publishes_once_per_changed_venue(bus, django_capture_on_commit_callbacks):
    open_all_day, closed = make_venue("A", hours=EVERY_DAY_OPEN), make_venue("B", hours=NEVER_OPEN)
    make_venue("C")  # no hours, no status: not touched
    with django_capture_on_commit_callbacks(execute=True):
        first = place_statuses_refresh()
    assert first["published"] == 2
    assert sorted(message["venue"] for message in place_messages()) == sorted([open_all_day.pk, closed.pk])
    bus.clear()
    with django_capture_on_commit_callbacks(execute=True):
        again = place_statuses_refresh()
    assert again == {"predicted": 0, "unchanged": 2, "kept": 0, "expired": 0, "published": 0}
    assert place_messages() == []


def test_payloads_for_the_websocket_subscribe():
    known, quiet = make_venue("Known"), make_venue("Quiet")
    place_status_business_update(venue=known, crowd="moderate")
    payloads = place_status_payloads([known.pk, quiet.pk, 999_999])
    assert set(payloads) == {known.pk, quiet.pk}
    assert payloads[known.pk]["crowd"] == "moderate"
    assert payloads[quiet.pk]["venue"] == quiet.pk
    assert {key: value for key, value in payloads[quiet.pk].items() if key != "venue"} == dict.fromkeys(
        payloads[known.pk].keys() - {"venue"}
    )


def test_the_beat_task_runs_the_refresh():
    from realtime.tasks import refresh_place_statuses

    venue = make_venue(hours=EVERY_DAY_OPEN)
    assert refresh_place_statuses.apply().get()["predicted"] == 1
    assert place_status_get(venue_id=venue.pk).open_now is True
