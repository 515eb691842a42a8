"""Becoming an organizer, claiming one, moderators deciding claims, and the organizer dashboard."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse

from events.models import Event, Organizer
from events.people.models import OrganizerMembership, Submission
from events.people.organizers import services
from events.people.organizers.selectors import can_manage_event, organizers_of
from events.people.organizers.services import memberships
from tests.factories import EventFactory, OrganizerFactory, UserFactory, make_member
from tests.people.helpers_organizers import api, city, event_body, organizer_member

pytestmark = pytest.mark.django_db


# --- becoming an organizer ------------------------------------------------------------------------------------


def test_creating_an_organizer_makes_its_creator_an_approved_member(client):
    user = UserFactory()
    response = api(
        client,
        "post",
        "organizers/",
        {"name": "Harbor Lights Collective", "url": "https://harbor.example.org"},
        user=user,
    )
    assert response.status_code == 201
    body = response.json()
    assert body["slug"] == "harbor-lights-collective"
    assert body["membership"] == "approved"
    organizer = Organizer.objects.get(slug="harbor-lights-collective")
    assert list(organizers_of(user=user)) == [organizer]
    membership = OrganizerMembership.objects.get(user=user, organizer=organizer)
    assert membership.status == OrganizerMembership.Status.APPROVED
    # The public list is still the public list, at the same address.
    listed = client.get("/api/v1/organizers/")
    assert listed.status_code == 200
    assert [row["slug"] for row in listed.json()["results"]] == ["harbor-lights-collective"]


def test_a_name_already_listed_is_refused_with_the_organizer_to_claim(client):
    existing = OrganizerFactory(name="River Arts", slug="river-arts")
    user = UserFactory()
    for name in ("River Arts", "river   ARTS"):
        response = api(client, "post", "organizers", {"name": name}, user=user)
        assert response.status_code == 409
        body = response.json()
        assert body["claim"].endswith(reverse("people:organizer-claim", kwargs={"slug": existing.slug}))
        assert "claim it" in body["error"]
    assert Organizer.objects.count() == 1
    assert not OrganizerMembership.objects.exists()


def test_a_taken_slug_gets_the_next_free_number():
    OrganizerFactory(name="Harbor", slug="harbor")
    OrganizerFactory(name="Harbor two", slug="harbor-2")
    created = memberships._create_with_free_slug("harbor", name="Harbor Again")
    assert created.slug == "harbor-3"


def test_becoming_an_organizer_needs_a_signed_in_person_and_a_name(client):
    anonymous = api(client, "post", "organizers/", {"name": "Nobody"})
    assert anonymous.status_code == 401
    assert anonymous.json()["error"]
    blank = api(client, "post", "organizers/", {"name": "  ", "url": "ftp://files.example.org"}, user=UserFactory())
    assert blank.status_code == 400
    assert set(blank.json()["fields"]) == {"name", "url"}
    assert not Organizer.objects.exists()


def test_the_page_creates_an_organizer_and_offers_a_claim_for_a_listed_name(client):
    user = UserFactory()
    assert client.get(reverse("people:organizer-new")).status_code == 302  # sign in first
    client.force_login(user)
    page = client.get(reverse("people:organizer-new"))
    assert page.status_code == 200
    assert b'name="csrfmiddlewaretoken"' in page.content
    created = client.post(reverse("people:organizer-new"), {"name": "Night Owl Cinema", "url": "", "email": ""})
    assert created.status_code == 302
    assert created["Location"] == reverse("people:organize")
    assert Organizer.objects.get(slug="night-owl-cinema").memberships.get().user == user
    OrganizerFactory(name="Blue Door", slug="blue-door")
    taken = client.post(reverse("people:organizer-new"), {"name": "Blue Door"})
    assert taken.status_code == 400
    assert reverse("people:organizer-claim", kwargs={"slug": "blue-door"}).encode() in taken.content
    assert b'aria-invalid="true"' in taken.content


# --- claims ---------------------------------------------------------------------------------------------------


def test_a_claim_waits_for_a_moderator_and_cannot_be_sent_twice(client):
    organizer = OrganizerFactory(name="Lakeside Choir")
    user = UserFactory()
    path = f"organizers/{organizer.slug}/claim"
    response = api(client, "post", path, {"message": "I am the choir's secretary."}, user=user)
    assert response.status_code == 201
    assert response.json()["membership"] == "pending"
    membership = OrganizerMembership.objects.get(user=user, organizer=organizer)
    assert membership.status == OrganizerMembership.Status.PENDING
    assert membership.message == "I am the choir's secretary."
    assert not organizers_of(user=user).exists()  # pending is not speaking for it
    again = api(client, "post", path + "/", {"message": "Again"}, user=user)
    assert again.status_code == 409
    assert "waiting for a moderator" in again.json()["error"]


def test_a_claim_needs_a_message_a_known_organizer_and_a_person(client):
    organizer = OrganizerFactory()
    user = UserFactory()
    assert api(client, "post", f"organizers/{organizer.slug}/claim", {"message": "x"}).status_code == 401
    blank = api(client, "post", f"organizers/{organizer.slug}/claim", {"message": " "}, user=user)
    assert blank.status_code == 400
    assert "message" in blank.json()["fields"]
    unknown = api(client, "post", "organizers/no-such-one/claim", {"message": "Me"}, user=user)
    assert unknown.status_code == 404
    assert not OrganizerMembership.objects.exists()


def test_the_claim_page_sends_a_claim(client):
    organizer = OrganizerFactory(name="Old Town Players")
    user = UserFactory()
    client.force_login(user)
    url = reverse("people:organizer-claim", kwargs={"slug": organizer.slug})
    page = client.get(url)
    assert page.status_code == 200
    assert b"Old Town Players" in page.content
    blank = client.post(url, {"message": ""})
    assert blank.status_code == 400
    assert b'role="alert"' in blank.content
    sent = client.post(url, {"message": "I run the box office."})
    assert sent.status_code == 302
    dashboard = client.get(sent["Location"])
    assert "Your claim on Old Town Players is with the moderators" in dashboard.content.decode()
    assert "Claims waiting for a moderator" in dashboard.content.decode()


def _changelist():
    return reverse("admin:people_organizermembership_changelist")


def test_a_moderator_approves_a_claim_in_the_admin_and_the_claimant_can_manage(
    client, admin_client, admin_user, django_capture_on_commit_callbacks
):
    organizer = OrganizerFactory(name="Lakeside Choir")
    event = EventFactory(organizer=organizer)
    user = UserFactory()
    services.organizer_claim(user=user, slug=organizer.slug, message="Secretary")
    membership = OrganizerMembership.objects.get(user=user)
    assert not can_manage_event(user=user, event=event)
    listed = admin_client.get(_changelist(), {"status__exact": "pending"})
    assert listed.status_code == 200
    assert b"Lakeside Choir" in listed.content
    with django_capture_on_commit_callbacks(execute=True):
        done = admin_client.post(_changelist(), {"action": "approve", "_selected_action": [membership.pk]})
    assert done.status_code == 302
    membership.refresh_from_db()
    assert membership.status == OrganizerMembership.Status.APPROVED
    assert membership.decided_by == admin_user
    assert membership.decided_at is not None
    assert can_manage_event(user=user, event=event)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [user.email]
    assert message.subject == "You now speak for Lakeside Choir on Whatson"
    assert reverse("people:event-new") in message.body
    # They can now edit its event through the API.
    response = api(client, "patch", f"events/{event.pk}/", {"title": "Lakeside Choir: winter concert"}, user=user)
    assert response.status_code == 200


def test_a_rejected_claim_is_mailed_and_gives_no_rights(admin_client, django_capture_on_commit_callbacks):
    organizer = OrganizerFactory(name="Lakeside Choir")
    user = UserFactory()
    membership = services.organizer_claim(user=user, slug=organizer.slug, message="Fan")
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(_changelist(), {"action": "reject", "_selected_action": [membership.pk]})
    membership.refresh_from_db()
    assert membership.status == OrganizerMembership.Status.REJECTED
    assert not organizers_of(user=user).exists()
    assert mail.outbox[0].subject == "Your claim on Lakeside Choir was not approved"
    # Deciding again changes nothing and mails nobody.
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(_changelist(), {"action": "approve", "_selected_action": [membership.pk]})
    membership.refresh_from_db()
    assert membership.status == OrganizerMembership.Status.REJECTED
    assert len(mail.outbox) == 1


def test_deciding_claims_needs_the_change_permission(client, django_user_model):
    viewer = django_user_model.objects.create_user("viewer", password="pw-viewer-123", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_organizermembership"))
    organizer = OrganizerFactory()
    membership = services.organizer_claim(user=UserFactory(), slug=organizer.slug, message="Me")
    client.force_login(viewer)
    page = client.get(_changelist())
    assert page.status_code == 200
    assert b'value="approve"' not in page.content
    client.post(_changelist(), {"action": "approve", "_selected_action": [membership.pk]})
    membership.refresh_from_db()
    assert membership.status == OrganizerMembership.Status.PENDING


def test_claim_mail_strips_control_characters_from_the_subject():
    organizer = OrganizerFactory(name="Evil\r\nBcc: victim@example.com")
    user = UserFactory()
    membership = make_member(user, organizer, status=OrganizerMembership.Status.APPROVED)
    assert services.membership_decision_mail_send(membership_id=membership.pk)
    subject = mail.outbox[0].subject
    assert "\n" not in subject
    assert "\r" not in subject


# --- the dashboard --------------------------------------------------------------------------------------------


def test_someone_with_no_organizer_is_shown_how_to_become_or_claim_one(client):
    assert client.get(reverse("people:organize")).status_code == 302
    client.force_login(UserFactory())
    page = client.get(reverse("people:organize")).content.decode()
    assert "Become an organizer" in page
    assert reverse("people:organizer-new") in page
    assert "Claim this organizer" in page


def test_the_dashboard_lists_organizers_submissions_and_events_upcoming_first(client, settings):
    the_city = city()
    user, organizer = organizer_member(trusted=True, name="Harbor Lights")
    other = OrganizerFactory(name="Someone Else")
    OrganizerMembership.objects.create(user=user, organizer=other)  # pending claim
    later = EventFactory(organizer=organizer, title="Later gig", city=the_city)
    Event.objects.filter(pk=later.pk).update(start=later.start.replace(year=later.start.year + 1))
    sooner = EventFactory(organizer=organizer, title="Sooner gig", city=the_city)
    EventFactory(organizer=other, title="Not mine")
    submitted = api(client, "post", "events/", event_body(the_city), user=user).json()
    client.force_login(user)
    page = client.get(reverse("people:organize")).content.decode()
    assert "Harbor Lights" in page
    assert "Claims waiting for a moderator" in page
    assert "Not mine" not in page
    assert page.index("Sooner gig") < page.index("Later gig")
    assert reverse("people:event-edit", kwargs={"pk": sooner.pk}) in page
    assert reverse("people:event-cancel", kwargs={"pk": sooner.pk}) in page
    # Each event links to its attendees and its figures (the RSVP and analytics pages, owner-only).
    assert reverse("people:attendees", args=[sooner.pk]) in page
    assert reverse("people:event-stats", args=[sooner.pk]) in page
    assert client.get(reverse("people:attendees", args=[sooner.pk])).status_code == 200
    assert client.get(reverse("people:event-stats", args=[sooner.pk])).status_code == 200
    assert submitted["state"] == "published"
    assert "Your submissions" in page
    assert "Harbor Lights Jazz Quartet" in page


def test_the_organizer_page_links_to_its_claim():
    from django.test import Client

    organizer = OrganizerFactory(name="Lakeside Choir")
    page = Client().get(organizer.get_absolute_url())
    assert reverse("people:organizer-claim", kwargs={"slug": organizer.slug}).encode() in page.content


def test_the_submission_admin_is_read_only_and_shows_the_pipelines_reasons(client, admin_client):
    the_city = city()
    user, _ = organizer_member()
    api(client, "post", "events/", event_body(the_city), user=user)
    submission = Submission.objects.get()
    page = admin_client.get(reverse("admin:people_submission_change", args=[submission.pk]))
    assert page.status_code == 200
    assert b"source is untrusted" in page.content
    assert b'name="_save"' not in page.content
    assert admin_client.get(reverse("admin:people_submission_add")).status_code == 403
