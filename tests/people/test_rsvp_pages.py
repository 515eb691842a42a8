"""RSVP pages: the event page's box and its forms, the organizer's attendee list, a person's calendar feed."""

from __future__ import annotations

import datetime as dt
import html

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from events.people.models import RSVP, Profile
from events.people.rsvps import services
from events.vocabulary import EventStatus
from tests.factories import EventFactory, OrganizerFactory, UserFactory, make_member

pytestmark = pytest.mark.django_db


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def box_text(response) -> str:
    """The personal part's messages and the RSVP box's markup, entities decoded (the message is escaped, the
    template's own text is not)."""
    page = response.content.decode()
    box = page.index('class="rsvp-box"')
    start = page.find('class="messages-region"')  # only there when there are messages
    start = box if start == -1 else start
    end = page.index("</section>", box)
    return html.unescape(page[start:end])


def test_anonymous_visitors_see_seats_and_a_sign_in_link():
    event = EventFactory(capacity=10)
    services.rsvp_create(event_id=event.pk, user=UserFactory())
    box = box_text(Client().get(event.get_absolute_url()))
    assert "9 of 10 seats left" in box
    assert "1 going" in box
    login = f"{reverse('account_login')}?next={event.get_absolute_url().replace('/', '%2F')}"
    assert f'href="{login}"' in box
    assert "Sign in to RSVP" in box
    assert "<form" not in box


def test_reply_from_the_page_then_cancel():
    event = EventFactory(capacity=None)
    person = UserFactory()
    client = signed_in(person)
    page = box_text(client.get(event.get_absolute_url()))
    assert "Unlimited seats" in page
    assert f'action="{reverse("people:rsvp", args=[event.pk])}"' in page
    response = client.post(reverse("people:rsvp", args=[event.pk]), follow=True)
    assert response.redirect_chain[-1] == (event.get_absolute_url(), 302)
    box = box_text(response)
    assert "You're going. We'll remind you the day before." in box  # the message
    assert "You're going: your seat is confirmed." in box  # the state
    assert reverse("events:event-ics", args=[event.pk]) in box
    assert RSVP.objects.get(user=person).status == "confirmed"
    response = client.post(reverse("people:rsvp-cancel", args=[event.pk]), follow=True)
    assert "Your reply is cancelled." in box_text(response)
    assert RSVP.objects.get(user=person).status == "cancelled"


def test_a_full_event_waitlists_and_says_the_position():
    event = EventFactory(capacity=1)
    services.rsvp_create(event_id=event.pk, user=UserFactory())
    client = signed_in(UserFactory())
    assert "Join the waitlist" in box_text(client.get(event.get_absolute_url()))
    box = box_text(client.post(reverse("people:rsvp", args=[event.pk]), follow=True))
    assert "You're on the waitlist, position 1." in box
    assert "Leave the waitlist" in box
    assert 'data-rsvp-live="/ws/events/"' in box  # the script follows the person's own topic


def test_a_second_reply_from_the_page_is_refused_with_a_message():
    event = EventFactory()
    client = signed_in(UserFactory())
    client.post(reverse("people:rsvp", args=[event.pk]))
    box = box_text(client.post(reverse("people:rsvp", args=[event.pk]), follow=True))
    assert "You have already replied: you are going." in box
    assert RSVP.objects.count() == 1


@pytest.mark.parametrize(
    ("fields", "sentence"),
    [
        ({"status": EventStatus.CANCELLED}, "This event was cancelled, so it takes no replies."),
        ({"start": "past"}, "This event has already started, so it takes no more replies."),
    ],
)
def test_closed_events_show_why_and_no_button(fields, sentence):
    if fields.get("start") == "past":
        fields = {"start": timezone.now() - dt.timedelta(hours=1)}
    event = EventFactory(**fields)
    client = signed_in(UserFactory())
    box = box_text(client.get(event.get_absolute_url()))
    assert sentence in box
    assert "<form" not in box
    response = client.post(reverse("people:rsvp", args=[event.pk]), follow=True)
    assert not RSVP.objects.exists()
    assert "message--error" in box_text(response)


def test_anonymous_posts_go_to_sign_in_and_write_nothing():
    event = EventFactory()
    response = Client().post(reverse("people:rsvp", args=[event.pk]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert not RSVP.objects.exists()


def test_the_forms_need_the_csrf_token():
    event = EventFactory()
    client = Client(enforce_csrf_checks=True)
    client.force_login(UserFactory())
    assert client.post(reverse("people:rsvp", args=[event.pk])).status_code == 403
    assert not RSVP.objects.exists()


def test_unknown_events_are_404():
    client = signed_in(UserFactory())
    assert client.post("/events/987654321/rsvp/").status_code == 404
    assert client.post(f"/events/{'9' * 30}/rsvp/").status_code == 404
    assert client.post("/events/987654321/rsvp/cancel/").status_code == 404


def test_page_changes_share_the_throttle(settings):
    settings.RSVP_CHANGES_PER_MINUTE = 1
    first, second = EventFactory(), EventFactory()
    client = signed_in(UserFactory())
    client.post(reverse("people:rsvp", args=[first.pk]))
    box = box_text(client.post(reverse("people:rsvp", args=[second.pk]), follow=True))
    assert "Too many changes in a minute" in box
    assert not RSVP.objects.filter(event=second).exists()


def test_attendee_page_for_owners_and_staff_only():
    organizer = OrganizerFactory()
    event = EventFactory(capacity=1, organizer=organizer)
    owner = UserFactory()
    make_member(owner, organizer)
    going, waiting = UserFactory(), UserFactory()
    Profile.objects.filter(user=going).update(name="Grace <b>Hopper</b>")
    services.rsvp_create(event_id=event.pk, user=going)
    services.rsvp_create(event_id=event.pk, user=waiting)
    page = reverse("people:attendees", args=[event.pk])
    anonymous = Client().get(page)
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith(reverse("account_login"))
    assert signed_in(UserFactory()).get(page).status_code == 403
    response = signed_in(owner).get(page)
    assert response.status_code == 200
    markup = response.content.decode()
    assert "Grace &lt;b&gt;Hopper&lt;/b&gt;" in markup
    assert waiting.email in markup
    assert response["Cache-Control"] == "private, no-store"
    assert signed_in(UserFactory(is_staff=True)).get(page).status_code == 200
    csv = signed_in(owner).get(reverse("people:attendees-csv", args=[event.pk]))
    assert csv.status_code == 200
    assert going.email in csv.content.decode()
    assert signed_in(UserFactory()).get(reverse("people:attendees-csv", args=[event.pk])).status_code == 403


def test_the_attendee_page_says_when_a_cut_left_more_confirmed_than_seats():
    organizer = OrganizerFactory()
    event = EventFactory(capacity=3, organizer=organizer)
    owner = UserFactory()
    make_member(owner, organizer)
    for _ in range(3):
        services.rsvp_create(event_id=event.pk, user=UserFactory())
    services.event_capacity_set(event_id=event.pk, capacity=1)
    markup = signed_in(owner).get(reverse("people:attendees", args=[event.pk])).content.decode()
    assert "2 more confirmed than seats" in markup


def test_the_personal_calendar_lists_active_replies_by_secret_token():
    person = UserFactory()
    going, waiting, dropped, other = (
        EventFactory(capacity=None),
        EventFactory(capacity=1),
        EventFactory(),
        EventFactory(),
    )
    services.rsvp_create(event_id=waiting.pk, user=UserFactory())
    for event in (going, waiting, dropped):
        services.rsvp_create(event_id=event.pk, user=person)
    services.rsvp_cancel(event_id=dropped.pk, user=person)
    services.rsvp_create(event_id=other.pk, user=UserFactory())
    token = Profile.objects.get(user=person).calendar_token
    response = Client().get(reverse("people:calendar", args=[token]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Cache-Control"] == "private, no-store"
    assert "noindex" in response["X-Robots-Tag"]
    body = response.content.decode()
    uids = {line.split(":", 1)[1].split("@")[0] for line in body.splitlines() if line.startswith("UID:")}
    assert uids == {f"event-{going.pk}", f"event-{waiting.pk}"}
    assert Client().get(reverse("people:calendar", args=["not-a-token"])).status_code == 404
    assert Client().get(reverse("people:calendar", args=[token[:-1]])).status_code == 404


def test_anonymous_pages_reuse_the_counts_until_a_reply_changes_them(
    django_assert_num_queries, django_capture_on_commit_callbacks
):
    event = EventFactory(capacity=5)
    client = Client()
    client.get(event.get_absolute_url())  # caches the page's event data and the seat counts
    with django_assert_num_queries(0):
        assert "5 of 5 seats left" in box_text(client.get(event.get_absolute_url()))
    services.rsvp_create(event_id=event.pk, user=UserFactory())
    assert "4 of 5 seats left" in box_text(client.get(event.get_absolute_url()))
    with django_capture_on_commit_callbacks(execute=True):  # a capacity change starts a new public generation
        services.event_capacity_set(event_id=event.pk, capacity=2)
    assert "1 of 2 seats left" in box_text(client.get(event.get_absolute_url()))
