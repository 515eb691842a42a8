"""Scaffolding shared by the write-path tests: sources, records and a run through sync + processing."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from django.core.management import call_command
from django.utils import timezone

from events.models import City
from events.services import ProcessResult, staged_events_process
from sources.adapters.base import RawEvent
from sources.models import Source, SourceKind
from sources.services import source_sync
from tests.factories import SourceFactory

IST = zoneinfo.ZoneInfo("Asia/Kolkata")


def load_bengaluru() -> City:
    call_command("loaddata", "cities", verbosity=0)
    return City.objects.get(slug="bengaluru")


def make_source(
    slug: str, city: City, *, trust: str = Source.Trust.TRUSTED, adapter: str = "json_api", priority: int = 0
) -> Source:
    return SourceFactory(
        slug=slug, city=city, trust_level=trust, adapter=adapter, kind=SourceKind.API, priority=priority
    )


def day(days: int = 5, hour: int = 18, minute: int = 0, zone: dt.tzinfo = IST) -> dt.datetime:
    """``hour:minute`` local time, ``days`` from today in ``zone`` (Bengaluru unless said otherwise)."""
    base = timezone.now().astimezone(zone).date() + dt.timedelta(days=days)
    return dt.datetime.combine(base, dt.time(hour, minute), tzinfo=zone)


def record(external_id: str, title: str, start: dt.datetime, **fields) -> RawEvent:
    defaults = {
        "venue_name": "Indiranagar Social",
        "address": "12th Main, Indiranagar, Bengaluru",
        "city": "Bengaluru",
        "latitude": 12.9719,
        "longitude": 77.6412,
        "description": "Street food, live music and craft beer from twenty stalls across the neighbourhood.",
        "url": f"https://listings.example/{external_id}",
        "timezone": "Asia/Kolkata",
    }
    return RawEvent(source="json_api", external_id=external_id, title=title, start=start, **{**defaults, **fields})


def stage(src: Source, *records: RawEvent) -> list[int]:
    return source_sync(source=src, records=records, now=timezone.now())[1]


def run(src: Source, *records: RawEvent) -> ProcessResult:
    return staged_events_process(staged_event_ids=stage(src, *records))
