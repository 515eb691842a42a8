"""Organizers editing and cancelling their events: the pipeline's checks, revisions, the audit trail, the
moderation queue, capacity through the RSVP service, and who may do it."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from events.models import Event, StagedEvent
from events.people.models import RSVP, EventRevision
from events.people.rsvps.services import rsvp_create
from events.services.writing.update import updated_row
from moderation.models import ModerationAction
from tests.factories import EventFactory, OrganizerFactory, UserFactory
from tests.people.helpers_organizers import api, city, event_body, organizer_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(client):
    """(user, event): a trusted organizer's member and the event they submitted, published."""
    the_city = city()
    user, _ = organizer_member(trusted=True)
    answer = api(client, "post", "events/", event_body(the_city), user=user).json()
    assert answer["state"] == "published"
    return user, Event.objects.get(pk=answer["id"])


def test_an_edit_writes_a_revision_an_audit_row_and_remembers_the_fields(client, published):
    user, event = published
    response = api(
        client,
        "patch",
        f"events/{event.pk}/",
        {"title": "Harbor Lights Quartet: winter set", "capacity": 40},
        user=user,
    )
    assert response.status_code == 200
    body = response.json()
    assert body["changed"] == ["capacity", "slug", "title"]
    assert body["revision"] == 1
    assert body["held"] is False
    assert body["state"] == "published"
    event.refresh_from_db()
    assert event.title == "Harbor Lights Quartet: winter set"
    assert event.capacity == 40
    assert {"title", "slug"} <= set(event.edited_fields)
    revision = EventRevision.objects.get(event=event)
    assert revision.number == 1
    assert revision.edited_by == user
    assert revision.changes["title"] == {"before": "Harbor Lights Jazz Quartet", "after": event.title}
    assert revision.changes["capacity"] == {"before": None, "after": 40}
    audit = ModerationAction.objects.get(action=ModerationAction.Action.ORGANIZER_EDIT)
    assert audit.acting_user == user
    assert audit.before["title"] == "Harbor Lights Jazz Quartet"
    assert audit.after["title"] == event.title
    assert audit.after["edited_fields"] == event.edited_fields
    # The submission's staged record says what the event says now.
    staged = StagedEvent.objects.get(submission__event=event)
    assert staged.raw["title"] == event.title
    # The public answer shows the new title at once (a new public generation).
    assert client.get(f"/api/v1/events/{event.pk}/").json()["title"] == event.title
    # A source update later keeps the organizer's words.
    row = Event.objects.filter(pk=event.pk).values().get()
    assert updated_row(row, {**_fields(event), "title": "SOURCE TITLE"}, _Item(), now=timezone.now())["title"] == (
        event.title
    )


class _Item:
    decision = None


def _fields(event: Event) -> dict:
    from events.services.writing.fields import EVENT_FIELDS, column

    return {name: getattr(event, column(name)) for name in EVENT_FIELDS}


def test_a_no_op_edit_writes_nothing_and_the_next_one_is_revision_2(client, published):
    user, event = published
    same = api(client, "patch", f"events/{event.pk}", {"title": event.title}, user=user)  # without the slash too
    assert same.status_code == 200
    assert same.json()["changed"] == []
    assert same.json()["revision"] is None
    assert not EventRevision.objects.exists()
    assert not ModerationAction.objects.filter(action=ModerationAction.Action.ORGANIZER_EDIT).exists()
    api(client, "patch", f"events/{event.pk}/", {"venue_name": "The Blue Room"}, user=user)
    second = api(client, "patch", f"events/{event.pk}/", {"description": "A shorter evening of standards."}, user=user)
    assert second.json()["revision"] == 2
    assert list(EventRevision.objects.filter(event=event).values_list("number", flat=True)) == [2, 1]


def test_an_edit_the_checks_would_hold_sends_the_event_back_to_the_queue(client, admin_client, published):
    user, event = published
    response = api(
        client, "patch", f"events/{event.pk}/", {"title": "Harbor Lights: a fucking good quartet"}, user=user
    )
    assert response.status_code == 200
    body = response.json()
    assert body["held"] is True
    assert body["state"] == "held"
    assert any("profanity" in reason for reason in body["reasons"])
    event.refresh_from_db()
    assert event.moderation_status == Event.ModerationStatus.HELD
    assert event.title == "Harbor Lights: a fucking good quartet"  # the change is applied
    staged = StagedEvent.objects.get(event=event)
    assert staged.status == StagedEvent.Status.HELD
    assert any("profanity" in reason for reason in staged.reasons)
    audit = ModerationAction.objects.get(action=ModerationAction.Action.ORGANIZER_EDIT)
    assert audit.after["moderation_status"] == "held"
    assert "profanity" in audit.reason
    assert client.get(f"/api/v1/events/{event.pk}/").status_code == 404
    queue = admin_client.get(reverse("admin:moderation_heldevent_changelist")).content.decode()
    assert "profanity" in queue
    # The audit trail shows the organizer's edit readably.
    trail = admin_client.get(reverse("admin:moderation_moderationaction_changelist")).content.decode()
    assert "Edited by its organizer" in trail


def test_an_edit_the_checks_reject_is_400_and_changes_nothing(client, published):
    user, event = published
    before = Event.objects.filter(pk=event.pk).values().get()
    response = api(
        client,
        "patch",
        f"events/{event.pk}/",
        {"description": "Click here to win! Make money fast with our crypto giveaway."},
        user=user,
    )
    assert response.status_code == 400
    assert any("spam phrase" in reason for reason in response.json()["reasons"])
    assert Event.objects.filter(pk=event.pk).values().get() == before
    assert not EventRevision.objects.exists()


def test_bad_values_in_an_edit_are_400(client, published):
    user, event = published
    bad = api(client, "patch", f"events/{event.pk}/", {"ticket_url": "ftp://x.example", "organizer": "x"}, user=user)
    assert bad.status_code == 400
    assert {"ticket_url", "organizer"} <= set(bad.json()["fields"])
    empty = api(client, "patch", f"events/{event.pk}/", {}, user=user)
    assert empty.status_code == 400
    backwards = api(client, "patch", f"events/{event.pk}/", {"end": "2001-01-01T00:00"}, user=user)
    assert backwards.status_code == 400
    assert "end" in backwards.json()["fields"]


def test_times_move_in_the_events_zone(client, published):
    user, event = published
    new_start = (event.local_start + dt.timedelta(days=1)).replace(hour=20, minute=0, tzinfo=None)
    response = api(
        client,
        "patch",
        f"events/{event.pk}/",
        {"start": new_start.isoformat(timespec="minutes"), "end": None},
        user=user,
    )
    assert response.status_code == 200
    assert set(response.json()["changed"]) == {"start", "end"}
    event.refresh_from_db()
    assert event.local_start.replace(tzinfo=None) == new_start
    assert event.end is None
    assert {"start", "end"} <= set(event.edited_fields)


def test_someone_elses_event_is_403_and_anonymous_401(client, published):
    _, event = published
    other, _ = organizer_member()
    theirs = api(client, "patch", f"events/{event.pk}/", {"title": "Mine now"}, user=other)
    assert theirs.status_code == 403
    assert "organizer you do not speak for" in theirs.json()["error"]
    assert api(client, "delete", f"events/{event.pk}/", user=other).status_code == 403
    stranger = api(client, "patch", f"events/{event.pk}/", {"title": "Mine now"}, user=UserFactory())
    assert stranger.status_code == 403
    assert stranger.json()["error"].startswith("Become an organizer first")
    assert api(client, "patch", f"events/{event.pk}/", {"title": "Mine now"}).status_code == 401
    assert api(client, "delete", f"events/{event.pk}/").status_code == 401
    assert api(client, "patch", "events/999999/", {"title": "x"}, user=other).status_code == 404
    event.refresh_from_db()
    assert event.title == "Harbor Lights Jazz Quartet"
    assert event.status == "scheduled"


def test_an_ended_event_is_409_for_its_organizer_but_staff_may_edit_it(client, django_user_model):
    user, organizer = organizer_member()
    ended = EventFactory(
        organizer=organizer,
        start=timezone.now() - dt.timedelta(days=3),
        end=timezone.now() - dt.timedelta(days=3) + dt.timedelta(hours=2),
    )
    response = api(client, "patch", f"events/{ended.pk}/", {"title": "Too late"}, user=user)
    assert response.status_code == 409
    assert response.json()["error"] == "This event has ended."
    assert api(client, "delete", f"events/{ended.pk}/", user=user).status_code == 409
    staff = django_user_model.objects.create_user("staffer", password="pw-staffer-123", is_staff=True)
    fixed = api(client, "patch", f"events/{ended.pk}/", {"title": "Corrected title"}, user=staff)
    assert fixed.status_code == 200
    ended.refresh_from_db()
    assert ended.title == "Corrected title"


def test_capacity_changes_go_through_the_rsvp_service(client, published):
    user, event = published
    Event.objects.filter(pk=event.pk).update(capacity=1)
    first, second, third = UserFactory(), UserFactory(), UserFactory()
    for person in (first, second, third):
        rsvp_create(event_id=event.pk, user=person)
    assert RSVP.objects.filter(event=event, status=RSVP.Status.WAITLISTED).count() == 2
    raised = api(client, "patch", f"events/{event.pk}/", {"capacity": 2}, user=user)
    assert raised.json()["promoted"] == 1
    assert raised.json()["over_capacity"] == 0
    assert RSVP.objects.get(event=event, user=second).status == RSVP.Status.CONFIRMED
    cut = api(client, "patch", f"events/{event.pk}/", {"capacity": 1}, user=user)
    assert cut.json()["promoted"] == 0
    assert cut.json()["over_capacity"] == 1
    assert RSVP.objects.filter(event=event, status=RSVP.Status.CONFIRMED).count() == 2  # nobody removed
    assert [r.changes["capacity"] for r in EventRevision.objects.filter(event=event).order_by("number")] == [
        {"before": 1, "after": 2},
        {"before": 2, "after": 1},
    ]


def test_the_edit_page_shows_capacity_messages(client, published):
    user, event = published
    Event.objects.filter(pk=event.pk).update(capacity=3)
    for _ in range(3):
        rsvp_create(event_id=event.pk, user=UserFactory())
    client.force_login(user)
    page = client.get(reverse("people:event-edit", kwargs={"pk": event.pk}))
    assert page.status_code == 200
    content = page.content.decode()
    assert 'value="Harbor Lights Jazz Quartet"' in content
    assert 'value="3"' in content
    from events.people.organizers.views import event_values

    event.refresh_from_db()
    form = {key: value for key, value in event_values(event).items() if value not in (False, None)}
    sent = client.post(reverse("people:event-edit", kwargs={"pk": event.pk}), {**form, "capacity": "2"})
    assert sent.status_code == 302
    dashboard = client.get(sent["Location"]).content.decode()
    assert "1 confirmed attendees are over the new capacity of 2: nobody was removed." in dashboard
    same = client.post(reverse("people:event-edit", kwargs={"pk": event.pk}), {**form, "capacity": "2"})
    assert "Nothing changed" in client.get(same["Location"]).content.decode()
    assert EventRevision.objects.filter(event=event).count() == 1


# --- cancelling -----------------------------------------------------------------------------------------------


def test_cancelling_keeps_the_event_marks_it_everywhere_and_tells_attendees(
    client, published, django_capture_on_commit_callbacks
):
    user, event = published
    attendee = UserFactory()
    rsvp_create(event_id=event.pk, user=attendee)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = api(client, "delete", f"events/{event.pk}/", user=user)
    assert response.status_code == 200
    assert response.json()["status"] == "cancelled"
    assert response.json()["state"] == "published"
    event.refresh_from_db()
    assert event.status == "cancelled"
    assert "status" in event.edited_fields
    audit = ModerationAction.objects.get(action=ModerationAction.Action.CANCEL)
    assert audit.before["status"] == "scheduled"
    assert audit.after["status"] == "cancelled"
    assert client.get(f"/api/v1/events/{event.pk}/").json()["status"] == "cancelled"
    assert "STATUS:CANCELLED" in client.get(f"/events/{event.pk}.ics").content.decode()
    assert [message.to for message in mail.outbox] == [[attendee.email]]
    again = api(client, "delete", f"events/{event.pk}", user=user)
    assert again.status_code == 409
    assert again.json()["error"] == "This event is already cancelled."
    assert api(client, "patch", f"events/{event.pk}/", {"title": "x"}, user=user).status_code == 409


def test_the_cancel_page_confirms_then_cancels(client, published):
    user, event = published
    client.force_login(user)
    url = reverse("people:event-cancel", kwargs={"pk": event.pk})
    confirm = client.get(url)
    assert confirm.status_code == 200
    assert "Yes, cancel the event" in confirm.content.decode()
    event.refresh_from_db()
    assert event.status == "scheduled"  # a GET changes nothing
    done = client.post(url)
    assert done.status_code == 302
    event.refresh_from_db()
    assert event.status == "cancelled"
    assert "is cancelled" in client.get(done["Location"]).content.decode()
    assert client.post(url).status_code == 409


def test_pages_refuse_someone_elses_event(client, published):
    _, event = published
    other, _ = organizer_member()
    client.force_login(other)
    assert client.get(reverse("people:event-edit", kwargs={"pk": event.pk})).status_code == 403
    assert client.post(reverse("people:event-cancel", kwargs={"pk": event.pk})).status_code == 403
    event.refresh_from_db()
    assert event.status == "scheduled"


def test_an_ingested_event_of_my_organizer_can_be_edited_and_held_content_holds_it(client):
    user, organizer = organizer_member()
    other = OrganizerFactory()
    event = EventFactory(organizer=organizer, city=city(), venue_name="Hall")
    EventFactory(organizer=other)
    response = api(client, "patch", f"events/{event.pk}/", {"title": "Shit show night"}, user=user)
    assert response.status_code == 200
    assert response.json()["held"] is True
    event.refresh_from_db()
    assert event.moderation_status == Event.ModerationStatus.HELD
