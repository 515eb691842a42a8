"""Factories for the models tests build most often."""

from __future__ import annotations

import datetime as dt

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone

from events.models import City, Event, Organizer
from events.people.models import OrganizerMembership, Profile
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


# The password every UserFactory user has (tests sign in with it).
PASSWORD = "correct horse battery staple"


class UserFactory(factory.django.DjangoModelFactory):
    """A person with a verified, primary email address (allauth's EmailAddress) and a profile."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"person{n}")
    email = factory.Sequence(lambda n: f"person{n}@example.com")
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def verified(obj, create, extracted, **kwargs):  # noqa: N805 - factory_boy passes the object first
        if not create:
            return
        EmailAddress.objects.get_or_create(
            user=obj, email=obj.email, defaults={"verified": extracted is not False, "primary": True}
        )
        Profile.objects.get_or_create(user=obj)


class OrganizerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organizer
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Organizer {n}")
    slug = factory.Sequence(lambda n: f"organizer-{n}")


def make_member(user, organizer, *, status: str = OrganizerMembership.Status.APPROVED) -> OrganizerMembership:
    """``user`` speaks for ``organizer`` (approved unless ``status`` says otherwise).

    An approved membership is a claim a moderator approved (``decided_by`` set), so it manages every event of
    the organizer; a self-created organizer's membership (no moderator) manages only its own submissions."""
    decided = {}
    if status == OrganizerMembership.Status.APPROVED:
        moderator, _ = get_user_model().objects.get_or_create(username="claims-moderator")
        decided = {"decided_by": moderator, "decided_at": timezone.now()}
    return OrganizerMembership.objects.create(user=user, organizer=organizer, status=status, **decided)
