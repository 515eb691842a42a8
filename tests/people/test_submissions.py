"""Organizers' events through the pipeline: submitting (held, published, rejected, duplicate), the flood limit,
and who may submit."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from events.models import Event, EventListing, StagedEvent
from events.people.models import Submission
from events.people.organizers import services
from moderation.models import ModerationAction
from sources.models import Source, SourceKind
from tests.factories import EventFactory, OrganizerFactory, SourceFactory, UserFactory, make_member
from tests.people.helpers_organizers import CHICAGO, api, city, event_body, organizer_member

pytestmark = pytest.mark.django_db


def test_an_untrusted_organizers_event_is_held_with_the_pipelines_reasons(client, admin_client):
    the_city = city()
    user, organizer = organizer_member(trusted=False)
    response = api(client, "post", "events/", event_body(the_city), user=user)
    assert response.status_code == 201
    body = response.json()
    assert body["state"] == "held"
    assert body["url"] is None
    assert body["duplicate_of"] is None
    assert any("untrusted" in reason for reason in body["reasons"])
    event = Event.objects.get(pk=body["id"])
    assert event.moderation_status == Event.ModerationStatus.HELD
    assert event.organizer == organizer
    assert event.city == the_city
    submission = Submission.objects.get(pk=body["submission"])
    assert submission.event == event
    assert submission.submitted_by == user
    assert submission.organizer == organizer
    staged = submission.staged_event
    assert staged.status == StagedEvent.Status.HELD
    assert staged.source.slug == "organizer-submissions"
    assert staged.source.kind == SourceKind.SUBMISSION
    assert staged.source.trust_level == Source.Trust.UNTRUSTED
    audit = ModerationAction.objects.get(action=ModerationAction.Action.SUBMIT)
    assert audit.acting_user == user
    assert audit.event == event
    assert audit.staged_event == staged
    assert audit.after["title"] == "Harbor Lights Jazz Quartet"
    # Not public, but in the moderators' queue with why.
    assert client.get(f"/api/v1/events/{event.pk}/").status_code == 404
    queue = admin_client.get(reverse("admin:moderation_heldevent_changelist")).content.decode()
    assert "Harbor Lights Jazz Quartet" in queue
    assert "untrusted" in queue


def test_a_trusted_organizers_good_event_is_published_at_once(client):
    the_city = city()
    user, organizer = organizer_member(trusted=True)
    body = event_body(the_city, category="music")
    response = api(client, "post", "events", body, user=user)  # the address works without its slash too
    assert response.status_code == 201
    answer = response.json()
    assert answer["state"] == "published"
    event = Event.objects.get(pk=answer["id"])
    assert answer["url"].endswith(event.get_absolute_url())
    assert event.is_published
    assert event.organizer == organizer
    assert event.category is not None
    assert event.category.slug == "music"
    assert event.category_method == "organizer"
    assert Source.objects.get(slug="trusted-organizer-submissions").trust_level == Source.Trust.TRUSTED
    # A naive time is read in the city's zone.
    assert event.local_start.hour == 19
    assert event.timezone == CHICAGO
    page = client.get(event.get_absolute_url())
    assert page.status_code == 200
    assert "Harbor Lights Jazz Quartet" in page.content.decode()
    detail = client.get(f"/api/v1/events/{event.pk}/")
    assert detail.status_code == 200
    assert detail.json()["organizer"]["slug"] == organizer.slug
    listed = client.get("/api/v1/events/", {"organizer": organizer.slug})
    assert [row["id"] for row in listed.json()["results"]] == [event.pk]


def test_spam_is_rejected_with_reasons_and_nothing_is_published(client):
    the_city = city()
    user, _ = organizer_member(trusted=True)
    spam = event_body(
        the_city,
        title="Crypto night",
        description="Click here to win big! Make money fast with our crypto giveaway, guaranteed profits.",
    )
    response = api(client, "post", "events/", spam, user=user)
    assert response.status_code == 201
    body = response.json()
    assert body["state"] == "rejected"
    assert body["id"] is None
    assert any("spam phrase" in reason for reason in body["reasons"])
    assert not Event.objects.exists()
    submission = Submission.objects.get(pk=body["submission"])
    assert submission.event is None
    assert submission.staged_event.status == StagedEvent.Status.REJECTED


def test_a_submission_of_an_event_already_listed_is_linked_to_it(client):
    the_city = city()
    source = SourceFactory(city=the_city, trust_level=Source.Trust.STANDARD)
    body = event_body(the_city)
    start = dt.datetime.fromisoformat(body["start"]).replace(tzinfo=ZoneInfo(CHICAGO))
    ingested = EventFactory(
        title=body["title"],
        start=start,
        end=start + dt.timedelta(hours=2, minutes=30),
        city=the_city,
        venue_name=body["venue_name"],
        latitude=body["latitude"],
        longitude=body["longitude"],
        url=body["url"],
    )
    EventListing.objects.create(event=ingested, source=source, external_id="gig-1", is_primary=True)
    user, organizer = organizer_member(trusted=True)
    response = api(client, "post", "events/", body, user=user)
    assert response.status_code == 201
    answer = response.json()
    assert answer["state"] == "duplicate"
    assert answer["id"] is None
    assert answer["duplicate_of"]["id"] == ingested.pk
    assert answer["duplicate_of"]["title"] == body["title"]
    assert answer["duplicate_of"]["url"].endswith(ingested.get_absolute_url())
    assert Event.objects.count() == 1
    ingested.refresh_from_db()
    assert ingested.organizer is None  # the ingested event is not taken over: its organizer can claim it
    assert ingested.listings.count() == 2


def test_markup_in_a_submission_is_sanitised_and_escaped(client):
    the_city = city()
    user, _ = organizer_member(trusted=True)
    body = event_body(
        the_city,
        title="Harbor Lights <script>alert('t')</script> Quartet",
        description=(
            "<p>Standards and <b>new</b> compositions.</p><script>alert('d')</script>"
            '<img src="x" onerror="alert(1)"> Doors open at seven; seating is first come, first served, all night.'
        ),
    )
    answer = api(client, "post", "events/", body, user=user).json()
    event = Event.objects.get(pk=answer["id"])
    assert "<script" not in event.description
    assert "onerror" not in event.description
    assert "Standards and new compositions." in event.description
    page = client.get(event.get_absolute_url()).content.decode()
    assert "<script>alert('t')</script>" not in page
    assert "alert('d')" not in page


# --- who may submit -------------------------------------------------------------------------------------------


def test_anonymous_submissions_are_401_and_non_organizers_403(client):
    the_city = city()
    anonymous = api(client, "post", "events/", event_body(the_city))
    assert anonymous.status_code == 401
    assert anonymous.json()["error"]
    stranger = UserFactory()
    refused = api(client, "post", "events/", event_body(the_city), user=stranger)
    assert refused.status_code == 403
    assert refused.json()["error"].startswith("Become an organizer first")
    # A pending claim is not enough.
    make_member(stranger, OrganizerFactory(), status="pending")
    assert api(client, "post", "events/", event_body(the_city), user=stranger).status_code == 403
    assert not StagedEvent.objects.exists()
    # The public list is still at the same address.
    assert client.get("/api/v1/events/").status_code == 200


def test_bad_input_is_400_naming_each_field_and_stages_nothing(client):
    the_city = city()
    user, _ = organizer_member()
    bad = event_body(
        the_city,
        city="atlantis",
        image_url="javascript:alert(1)",
        end="2000-01-01T10:00",
        timezone="Mars/Olympus",
        capacity=0,
        price_min="30",
        price_max="10",
        latitude=41.9,
        longitude=None,
    )
    response = api(client, "post", "events/", bad, user=user)
    assert response.status_code == 400
    fields = response.json()["fields"]
    assert {"city", "image_url", "timezone", "capacity"} <= set(fields)
    missing = api(client, "post", "events/", {"title": "Only a title"}, user=user)
    assert missing.status_code == 400
    assert {"start", "city"} <= set(missing.json()["fields"])
    backwards = api(client, "post", "events/", event_body(the_city, end="2001-01-01T10:00"), user=user)
    assert backwards.status_code == 400
    assert backwards.json()["fields"]["end"] == ["The end is before the start."]
    half = api(client, "post", "events/", event_body(the_city, longitude=None), user=user)
    assert half.json()["fields"]["latitude"]
    assert not StagedEvent.objects.exists()
    assert not Submission.objects.exists()


def test_several_organizers_must_say_which_one(client):
    the_city = city()
    user, first = organizer_member(trusted=True)
    second = OrganizerFactory()
    make_member(user, second)
    unsaid = api(client, "post", "events/", event_body(the_city), user=user)
    assert unsaid.status_code == 400
    assert "organizer" in unsaid.json()["fields"]
    not_mine = api(client, "post", "events/", event_body(the_city, organizer=OrganizerFactory().slug), user=user)
    assert not_mine.status_code == 400
    said = api(client, "post", "events/", event_body(the_city, organizer=second.slug), user=user)
    assert said.status_code == 201
    assert Submission.objects.get().organizer == second


def test_too_many_submissions_in_an_hour_are_429_with_retry_after(client, settings):
    settings.SUBMISSIONS_PER_HOUR = 2
    the_city = city()
    user, _ = organizer_member()
    now = timezone.now()
    with time_machine.travel(now.replace(minute=5, second=0, microsecond=0), tick=True):
        for number in range(2):
            body = event_body(the_city, title=f"Open rehearsal {number}", days=10 + number * 7)
            assert api(client, "post", "events/", body, user=user).status_code == 201
        refused = api(client, "post", "events/", event_body(the_city, title="One too many"), user=user)
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 3600
    assert "this hour" in refused.json()["error"]
    assert Submission.objects.count() == 2
    # Another person is not affected.
    other, _ = organizer_member()
    assert api(client, "post", "events/", event_body(the_city, title="Mine"), user=other).status_code == 201


def test_the_submission_page_submits_and_reports_the_outcome(client):
    the_city = city()
    user, organizer = organizer_member(trusted=False)
    client.force_login(user)
    page = client.get(reverse("people:event-new"))
    assert page.status_code == 200
    assert b'for="org-title"' in page.content
    form = {key: value for key, value in event_body(the_city).items() if key != "tags"}
    form["tags"] = "jazz, live music"
    sent = client.post(reverse("people:event-new"), form)
    assert sent.status_code == 302
    event = Event.objects.get()
    assert event.organizer == organizer
    assert event.moderation_status == Event.ModerationStatus.HELD
    dashboard = client.get(sent["Location"]).content.decode()
    assert "is waiting for a moderator" in dashboard
    rejected = client.post(
        reverse("people:event-new"),
        {**form, "title": "Crypto", "description": "Click here to win! Make money fast with a crypto giveaway."},
    )
    assert rejected.status_code == 400
    assert "The checks refused this event" in rejected.content.decode()
    invalid = client.post(reverse("people:event-new"), {**form, "start": "next friday"})
    assert invalid.status_code == 400
    assert 'aria-invalid="true"' in invalid.content.decode()
    assert Event.objects.count() == 1


def test_someone_with_no_organizer_cannot_open_the_submission_page(client):
    client.force_login(UserFactory())
    page = client.get(reverse("people:event-new"))
    assert page.status_code == 403
    assert "Become an organizer first" in page.content.decode()


def test_submission_source_is_built_in_and_never_scheduled():
    from sources.schedules import UNSCHEDULED_ADAPTERS

    source = services.submission_source(trusted=False)
    assert source.adapter in UNSCHEDULED_ADAPTERS
    assert services.submission_source(trusted=False) == source
    source.full_clean()  # the adapter is a registered one
