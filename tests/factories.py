"""Factories for the models tests build most often."""

from __future__ import annotations

import datetime as dt

import factory
from django.utils import timezone

from events.models import City, Event
from sources.models import Source, SourceKind


class CityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = City
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Testville {n}")
    slug = factory.Sequence(lambda n: f"testville-{n}")
    country = "US"
    region = "Test State"
    timezone = "America/Chicago"
    latitude = 41.88
    longitude = -87.63


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    name = factory.Sequence(lambda n: f"Calendar {n}")
    slug = factory.Sequence(lambda n: f"calendar-{n}")
    kind = SourceKind.CALENDAR
    adapter = "ics"
    city = factory.SubFactory(CityFactory)
    trust_level = Source.Trust.TRUSTED
    config = factory.LazyFunction(dict)


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    title = factory.Sequence(lambda n: f"Concert number {n}")
    slug = factory.Sequence(lambda n: f"concert-number-{n}")
    start = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=2))
    timezone = "America/Chicago"
    city = factory.SubFactory(CityFactory)
    moderation_status = Event.ModerationStatus.PUBLISHED
