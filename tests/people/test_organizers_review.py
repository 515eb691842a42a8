"""Fixes from the review of organizers and submissions: who manages an imported event, capacity on submission,
untrusted organizers' link edits, the admin and RSVP counters, reminders after a reschedule, the claim route."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from events.models import Event, StagedEvent
from events.people.models import RSVP, EventRevision, OrganizerMembership
from events.people.organizers import services
from events.people.organizers.selectors import can_manage_event, dashboard_events, managed_events
from events.people.rsvps.services import rsvp_create
from moderation.actions.verdicts import event_approve
from moderation.models import ModerationAction
from tests.factories import EventFactory, OrganizerFactory, UserFactory
from tests.people.helpers_organizers import api, city, event_body, organizer_member

pytestmark = pytest.mark.django_db

COLLECTIVE = "Harbor Lights Collective"


def _self_created(client) -> tuple[object, object]:
    """(user, organizer): someone who created an organizer themselves (no moderator involved)."""
    user = UserFactory()
    response = api(client, "post", "organizers/", {"name": COLLECTIVE}, user=user)
    assert response.status_code == 201
    membership = OrganizerMembership.objects.get(user=user)
    return user, membership.organizer


def _imported(organizer) -> Event:
    """An event a feed imported under ``organizer`` (the pipeline attaches records by the organizer's slug)."""
    return EventFactory(organizer=organizer, city=city(), venue_name="Harbor Hall")


# --- 1. ownership: a self-created organizer does not take over imported events --------------------------------


def test_a_self_created_membership_has_no_moderator(client):
    _, organizer = _self_created(client)
    membership = OrganizerMembership.objects.get(organizer=organizer)
    assert membership.status == OrganizerMembership.Status.APPROVED
    assert membership.decided_by is None


def test_creating_an_organizer_does_not_take_over_its_imported_events(client):
    user, organizer = _self_created(client)
    event = _imported(organizer)
    rsvp_create(event_id=event.pk, user=UserFactory())
    assert not can_manage_event(user=user, event=event)
    assert not managed_events(user=user).filter(pk=event.pk).exists()
    # The API: edit, cancel, attendees, figures.
    edit = api(client, "patch", f"events/{event.pk}/", {"title": "Taken over"}, user=user)
    assert edit.status_code == 403
    assert edit.json()["error"] == services.NOT_YOURS
    assert api(client, "delete", f"events/{event.pk}/", user=user).status_code == 403
    assert api(client, "get", f"events/{event.pk}/attendees", user=user).status_code == 403
    assert api(client, "get", f"events/{event.pk}/attendees.csv", user=user).status_code == 403
    assert api(client, "get", f"events/{event.pk}/stats", user=user).status_code == 403
    # The pages: edit, cancel, attendees, figures; and the dashboard does not list it.
    client.force_login(user)
    for name in ("people:event-edit", "people:event-cancel", "people:attendees", "people:event-stats"):
        assert client.get(reverse(name, kwargs={"pk": event.pk})).status_code == 403, name
    assert client.post(reverse("people:event-cancel", kwargs={"pk": event.pk})).status_code == 403
    upcoming, past = dashboard_events(user=user, now=timezone.now())
    assert event not in upcoming + past
    event.refresh_from_db()
    assert event.title != "Taken over"
    assert event.status == "scheduled"


def test_a_self_created_organizer_manages_its_own_submissions(client):
    user, organizer = _self_created(client)
    imported = _imported(organizer)
    answer = api(client, "post", "events/", event_body(city()), user=user).json()
    assert answer["state"] == "held"  # a new organizer is untrusted
    event = Event.objects.get(pk=answer["id"])
    assert event.organizer == organizer
    assert can_manage_event(user=user, event=event)
    assert list(managed_events(user=user)) == [event]
    assert api(client, "patch", f"events/{event.pk}/", {"title": "Harbor Lights: late set"}, user=user).status_code == (
        200
    )
    assert api(client, "get", f"events/{event.pk}/attendees", user=user).status_code == 200
    assert api(client, "get", f"events/{event.pk}/stats", user=user).status_code == 200
    upcoming, _ = dashboard_events(user=user, now=timezone.now())
    assert event in upcoming
    assert imported not in upcoming
    assert api(client, "delete", f"events/{event.pk}/", user=user).status_code == 200


def test_a_claim_a_moderator_approved_manages_the_organizers_imported_events(client, admin_user):
    organizer = OrganizerFactory(name=COLLECTIVE)
    event = _imported(organizer)
    user = UserFactory()
    membership = services.organizer_claim(user=user, slug=organizer.slug, message="I run it")
    assert not can_manage_event(user=user, event=event)
    services.memberships_decide(membership_ids=[membership.pk], approve=True, decided_by=admin_user)
    assert can_manage_event(user=user, event=event)
    assert api(
        client, "patch", f"events/{event.pk}/", {"title": "Harbor Lights: the claim"}, user=user
    ).status_code == (200)
    assert api(client, "get", f"events/{event.pk}/attendees", user=user).status_code == 200
    assert api(client, "get", f"events/{event.pk}/stats", user=user).status_code == 200


def test_staff_manage_imported_events(client, django_user_model):
    _, organizer = _self_created(client)
    event = _imported(organizer)
    staff = django_user_model.objects.create_user("staffer", password="pw-staffer-123", is_staff=True)
    assert can_manage_event(user=staff, event=event)
    assert managed_events(user=staff).filter(pk=event.pk).exists()


def test_another_organizers_submission_does_not_open_the_event(client):
    """The submission must be the event's organizer's own: a member of another organizer gains nothing."""
    user, organizer = _self_created(client)
    event = _imported(organizer)
    other_user, other = organizer_member()
    from events.people.models import Submission

    staged = StagedEvent.objects.create(
        source=services.submission_source(trusted=False), external_id="x:1", raw={"title": "x"}, event=event
    )
    Submission.objects.create(organizer=other, submitted_by=other_user, staged_event=staged, event=event)
    assert not can_manage_event(user=user, event=event)
    assert not can_manage_event(user=other_user, event=event)


# --- 2. capacity on submission ---------------------------------------------------------------------------------


def test_a_submission_keeps_its_capacity(client):
    user, _ = organizer_member(trusted=True)
    response = api(client, "post", "events/", event_body(city(), capacity=5), user=user)
    assert response.status_code == 201
    event = Event.objects.get(pk=response.json()["id"])
    assert event.capacity == 5


def test_the_new_event_page_keeps_its_capacity(client):
    user, organizer = organizer_member(trusted=True)
    body = event_body(city(), capacity="7", tags="jazz, live music", organizer=organizer.slug)
    client.force_login(user)
    response = client.post(reverse("people:event-new"), body)
    assert response.status_code == 302
    assert Event.objects.get(organizer=organizer).capacity == 7


def test_a_submission_without_capacity_is_unlimited(client):
    user, _ = organizer_member(trusted=True)
    response = api(client, "post", "events/", event_body(city()), user=user)
    assert Event.objects.get(pk=response.json()["id"]).capacity is None


# --- 3. an untrusted organizer's link changes go back to a moderator ------------------------------------------


@pytest.fixture
def untrusted_published(client, admin_user):
    """(user, event): an untrusted organizer's member and their submission, published by a moderator."""
    user, _ = organizer_member(trusted=False)
    answer = api(client, "post", "events/", event_body(city()), user=user).json()
    assert answer["state"] == "held"
    event = Event.objects.get(pk=answer["id"])
    event_approve(acting_user=admin_user, event=event)
    event.refresh_from_db()
    assert event.is_published
    return user, event


@pytest.mark.parametrize("field", ["url", "ticket_url", "image_url"])
def test_an_untrusted_organizers_link_change_holds_a_published_event(client, untrusted_published, field):
    user, event = untrusted_published
    link = "https://elsewhere.example.net/a-new-page"
    response = api(client, "patch", f"events/{event.pk}/", {field: link}, user=user)
    assert response.status_code == 200
    body = response.json()
    assert body["held"] is True
    assert body["state"] == "held"
    assert body["reasons"] == [services.LINKS_UNTRUSTED]
    assert body["url"] is None
    event.refresh_from_db()
    assert getattr(event, field) == link  # applied, for the moderator to check
    assert event.moderation_status == Event.ModerationStatus.HELD
    assert client.get(f"/api/v1/events/{event.pk}/").status_code == 404
    revision = EventRevision.objects.get(event=event)
    assert revision.changes[field]["after"] == link
    assert services.LINKS_UNTRUSTED in revision.note
    audit = ModerationAction.objects.get(action=ModerationAction.Action.ORGANIZER_EDIT)
    assert audit.after["moderation_status"] == "held"
    assert services.LINKS_UNTRUSTED in audit.reason
    staged = StagedEvent.objects.get(event=event)
    assert staged.status == StagedEvent.Status.HELD
    assert any(services.LINKS_UNTRUSTED in reason for reason in staged.reasons)


def test_an_untrusted_organizers_title_change_stays_live(client, untrusted_published):
    user, event = untrusted_published
    response = api(client, "patch", f"events/{event.pk}/", {"title": "Harbor Lights: the late set"}, user=user)
    assert response.status_code == 200
    assert response.json()["held"] is False
    event.refresh_from_db()
    assert event.is_published
    assert event.title == "Harbor Lights: the late set"


def test_a_trusted_organizers_link_change_stays_live(client):
    user, _ = organizer_member(trusted=True)
    answer = api(client, "post", "events/", event_body(city()), user=user).json()
    event = Event.objects.get(pk=answer["id"])
    link = "https://harborlights.example.org/tickets/new"
    response = api(client, "patch", f"events/{event.pk}/", {"ticket_url": link}, user=user)
    assert response.status_code == 200
    assert response.json()["held"] is False
    event.refresh_from_db()
    assert event.is_published
    assert event.ticket_url == link
    assert EventRevision.objects.filter(event=event).count() == 1


def test_the_edit_page_says_a_link_change_went_to_the_moderators(client, untrusted_published):
    user, event = untrusted_published
    client.force_login(user)
    from events.people.organizers.views import event_values

    form = {key: value for key, value in event_values(event).items() if value not in (None, False)}
    form["url"] = "https://elsewhere.example.net/page"
    response = client.post(reverse("people:event-edit", kwargs={"pk": event.pk}), form, follow=True)
    assert response.status_code == 200
    assert services.LINKS_UNTRUSTED in response.content.decode()
    event.refresh_from_db()
    assert event.moderation_status == Event.ModerationStatus.HELD


# --- 4. the admin cannot break the RSVP counters ---------------------------------------------------------------


def _admin_post_data(admin_client, event: Event) -> dict[str, object]:
    """The event's admin change form as the browser would send it back unchanged."""
    form = admin_client.get(reverse("admin:events_event_change", args=[event.pk])).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None and name in form.fields}
    for name in ("start", "end", "city", "venue", "organizer", "category", "subcategory", "tags"):
        data.pop(name, None)
    local = event.start.astimezone(event.zone)
    data.update(
        {
            "start_0": local.strftime("%Y-%m-%d"),
            "start_1": local.strftime("%H:%M:%S"),
            "city": str(event.city_id),
            "tags": "[]",
            "listings-TOTAL_FORMS": "0",
            "listings-INITIAL_FORMS": "0",
        }
    )
    return data


def test_the_event_admin_shows_capacity_and_replies_read_only(admin_client):
    event = EventFactory(capacity=10, rsvp_count=3)
    page = admin_client.get(reverse("admin:events_event_change", args=[event.pk]))
    assert page.status_code == 200
    form = page.context["adminform"].form
    assert "title" in form.fields  # the form still edits the event
    assert "capacity" not in form.fields
    assert "rsvp_count" not in form.fields
    html = page.content.decode()
    assert 'name="capacity"' not in html
    assert 'name="rsvp_count"' not in html
    assert "event_capacity_set" in html  # the help text says how capacity changes


def test_an_admin_post_cannot_change_capacity_or_replies(admin_client):
    event = EventFactory(capacity=10, rsvp_count=3)
    data = _admin_post_data(admin_client, event)
    data.update({"title": "Edited by a moderator", "capacity": "1", "rsvp_count": "99"})
    response = admin_client.post(reverse("admin:events_event_change", args=[event.pk]), data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    event.refresh_from_db()
    assert event.title == "Edited by a moderator"
    assert (event.capacity, event.rsvp_count) == (10, 3)


# --- 5. a reschedule sends the reminder again ------------------------------------------------------------------


@pytest.fixture
def replied(client):
    """(user, event, rsvp): a trusted organizer's published event, with a reply already reminded."""
    user, _ = organizer_member(trusted=True)
    answer = api(client, "post", "events/", event_body(city()), user=user).json()
    event = Event.objects.get(pk=answer["id"])
    rsvp = RSVP.objects.get(pk=rsvp_create(event_id=event.pk, user=UserFactory()).rsvp_id)
    RSVP.objects.filter(pk=rsvp.pk).update(reminded_at=timezone.now())
    return user, event, rsvp


def test_moving_the_start_resets_the_reminders(client, replied):
    user, event, rsvp = replied
    later = event.local_start + dt.timedelta(days=3)
    new_start = later.replace(tzinfo=None).isoformat(timespec="minutes")
    response = api(client, "patch", f"events/{event.pk}/", {"start": new_start, "end": None}, user=user)
    assert response.status_code == 200
    assert "start" in response.json()["changed"]
    rsvp.refresh_from_db()
    assert rsvp.reminded_at is None


def test_other_changes_keep_the_reminders(client, replied):
    user, event, rsvp = replied
    response = api(client, "patch", f"events/{event.pk}/", {"title": "Harbor Lights: a new name"}, user=user)
    assert response.status_code == 200
    rsvp.refresh_from_db()
    assert rsvp.reminded_at is not None


# --- 6. the claim route takes any text, with or without its slash ----------------------------------------------


@pytest.mark.parametrize(
    "slug", ["%00", "a%00b", "no-such-organizer", "caf%C3%A9", "%E2%80%AE", "x" * 300, "a%20b", "..", "%3Cb%3E"]
)
@pytest.mark.parametrize("slash", ["", "/"])
def test_claiming_an_unknown_or_invalid_organizer_is_404_json(client, slug, slash):
    user = UserFactory()
    response = api(client, "post", f"organizers/{slug}/claim{slash}", {"message": "I run it"}, user=user)
    assert response.status_code == 404
    assert response.json() == {"error": services.NO_ORGANIZER, "fields": {}}
    assert not OrganizerMembership.objects.exists()


@pytest.mark.parametrize("slash", ["", "/"])
def test_claiming_needs_a_signed_in_person_with_or_without_the_slash(client, slash):
    response = api(client, "post", f"organizers/%00/claim{slash}", {"message": "I run it"})
    assert response.status_code == 401
    assert response.json()["error"]


@pytest.mark.parametrize("slash", ["", "/"])
def test_claiming_a_listed_organizer_works_with_or_without_the_slash(client, slash):
    organizer = OrganizerFactory(name=COLLECTIVE)
    user = UserFactory()
    response = api(client, "post", f"organizers/{organizer.slug}/claim{slash}", {"message": "I run it"}, user=user)
    assert response.status_code == 201
    assert response.json()["membership"] == "pending"
