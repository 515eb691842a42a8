"""RSVPs after review: the waitlist is served before a newcomer even when a seat was freed while the event was
closed or the counter drifted; hostile addresses answer 404, not 500; private pages say so to caches."""

from __future__ import annotations

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import RefreshToken

from events.models import Event
from events.people.library import services as library_services
from events.people.models import RSVP, Profile, SavedEvent
from events.people.rsvps import services, views
from events.people.rsvps.csv_export import safe_cell
from moderation import actions
from tests.factories import EventFactory, OrganizerFactory, UserFactory, make_member

pytestmark = pytest.mark.django_db


def status_of(event: Event, user) -> str:
    return RSVP.objects.get(event=event, user=user).status


def test_a_seat_freed_while_the_event_was_held_goes_to_the_waitlist_not_a_newcomer(
    django_capture_on_commit_callbacks,
):
    event = EventFactory(capacity=1)
    first, waiting, newcomer = UserFactory(), UserFactory(), UserFactory()
    services.rsvp_create(event_id=event.pk, user=first)
    services.rsvp_create(event_id=event.pk, user=waiting)
    Event.objects.filter(pk=event.pk).update(moderation_status=Event.ModerationStatus.HELD)
    services.rsvp_cancel(event_id=event.pk, user=first)
    assert status_of(event, waiting) == "waitlisted"  # no promotion while the event takes no replies
    Event.objects.filter(pk=event.pk).update(moderation_status=Event.ModerationStatus.PUBLISHED)
    with django_capture_on_commit_callbacks(execute=True):
        result = services.rsvp_create(event_id=event.pk, user=newcomer)
    assert status_of(event, waiting) == "confirmed"
    assert (result.status, result.position) == ("waitlisted", 1)
    event.refresh_from_db()
    assert event.rsvp_count == 1
    assert [message.to for message in mail.outbox] == [[waiting.email]]


def test_a_deleted_user_frees_their_seat_for_the_waitlist_at_the_next_reply(django_capture_on_commit_callbacks):
    event = EventFactory(capacity=1)
    first, waiting, newcomer = UserFactory(), UserFactory(), UserFactory()
    services.rsvp_create(event_id=event.pk, user=first)
    services.rsvp_create(event_id=event.pk, user=waiting)
    get_user_model().objects.filter(pk=first.pk).delete()  # as the admin does: the reply goes, the counter stays
    event.refresh_from_db()
    assert event.rsvp_count == 1
    with django_capture_on_commit_callbacks(execute=True):
        result = services.rsvp_create(event_id=event.pk, user=newcomer)
    assert status_of(event, waiting) == "confirmed"
    assert (result.status, result.position) == ("waitlisted", 1)
    event.refresh_from_db()
    assert event.rsvp_count == RSVP.objects.filter(event=event, status="confirmed").count() == 1
    assert [message.to for message in mail.outbox] == [[waiting.email]]


def test_a_counter_drifted_high_is_corrected_and_the_newcomer_confirmed():
    event = EventFactory(capacity=2)
    services.rsvp_create(event_id=event.pk, user=UserFactory())
    Event.objects.filter(pk=event.pk).update(rsvp_count=2)  # an admin edit
    assert services.rsvp_create(event_id=event.pk, user=UserFactory()).status == "confirmed"
    event.refresh_from_db()
    assert event.rsvp_count == 2


def test_cancelling_after_a_drift_hands_on_every_free_seat_in_order():
    event = EventFactory(capacity=2)
    people = [UserFactory() for _ in range(5)]
    for person in people:
        services.rsvp_create(event_id=event.pk, user=person)
    get_user_model().objects.filter(pk=people[0].pk).delete()
    result = services.rsvp_cancel(event_id=event.pk, user=people[1])
    assert result.promoted_rsvp_id == RSVP.objects.get(event=event, user=people[2]).pk
    assert [status_of(event, person) for person in people[2:]] == ["confirmed", "confirmed", "waitlisted"]
    event.refresh_from_db()
    assert event.rsvp_count == 2


def test_a_waitlisted_person_leaving_is_not_told_their_seat_went_on():
    event = EventFactory(capacity=1)
    people = [UserFactory() for _ in range(3)]
    for person in people:
        services.rsvp_create(event_id=event.pk, user=person)
    get_user_model().objects.filter(pk=people[0].pk).delete()
    assert services.rsvp_cancel(event_id=event.pk, user=people[2]).promoted_rsvp_id is None
    assert status_of(event, people[1]) == "confirmed"  # the drift is settled all the same


@pytest.mark.postgres
@pytest.mark.parametrize("token", ["%00", "a%00b", "..", "x" * 65, "a%20b", "%27%20OR%201=1"])
def test_a_calendar_token_outside_the_alphabet_is_not_found(client, token):
    assert client.get(f"/me/calendar/{token}.ics").status_code == 404


def test_a_real_calendar_token_still_opens_the_feed(client):
    user = UserFactory()
    assert client.get(f"/me/calendar/{user.profile.calendar_token}.ics").status_code == 200


def signed_in(user=None) -> Client:
    client = Client()
    client.force_login(user or UserFactory())
    return client


def cache_control(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def test_the_event_page_of_a_signed_in_visitor_is_private():
    event = EventFactory(capacity=1)
    user = UserFactory()
    services.rsvp_create(event_id=event.pk, user=UserFactory())
    services.rsvp_create(event_id=event.pk, user=user)
    response = signed_in(user).get(event.get_absolute_url())
    assert response.status_code == 200
    assert "position 1" in response.content.decode()
    assert "private" in cache_control(response)
    assert "Cookie" in response["Vary"]


def test_the_event_page_of_an_anonymous_visitor_stays_shareable():
    event = EventFactory()
    response = Client().get(event.get_absolute_url())
    assert response.status_code == 200
    assert "private" not in cache_control(response)


@pytest.mark.parametrize("path", ["/me/", "attendees"])
def test_personal_pages_say_private_and_no_store(path):
    user = UserFactory()
    if path == "attendees":
        organizer = OrganizerFactory()
        make_member(user, organizer)
        path = f"/organize/events/{EventFactory(organizer=organizer).pk}/attendees/"
    response = signed_in(user).get(path)
    assert response.status_code == 200
    assert {"private", "no-store"} <= cache_control(response)


def test_an_event_whose_slug_is_rsvp_has_its_page():
    event = EventFactory(title="RSVP", slug="rsvp")
    for client in (Client(), signed_in()):
        response = client.get(f"/events/{event.pk}/rsvp/")
        assert response.status_code == 200
        assert response.context["event"].pk == event.pk


def test_a_get_of_the_reply_addresses_leads_to_the_event_page():
    event = EventFactory(slug="jazz-night")
    client = signed_in()
    response = client.get(f"/events/{event.pk}/rsvp/")
    assert response.status_code == 301
    assert response["Location"] == event.get_absolute_url()
    response = client.get(f"/events/{event.pk}/rsvp/cancel/")
    assert response.status_code == 302
    assert response["Location"] == event.get_absolute_url()
    assert not RSVP.objects.exists()  # a GET changes nothing


@pytest.mark.parametrize("suffix", ["rsvp/", "rsvp/cancel/"])
def test_a_get_of_the_reply_addresses_of_an_unpublished_event_is_not_found(suffix):
    event = EventFactory(moderation_status=Event.ModerationStatus.PENDING)
    assert signed_in().get(f"/events/{event.pk}/{suffix}").status_code == 404
    assert signed_in().get(f"/events/99999999999999999999/{suffix}").status_code == 404


@pytest.mark.parametrize("suffix", ["rsvp/", "rsvp/cancel/"])
def test_other_methods_on_the_reply_addresses_are_not_allowed(suffix):
    event = EventFactory()
    response = signed_in().put(f"/events/{event.pk}/{suffix}")
    assert response.status_code == 405
    assert "POST" in response["Allow"]


def test_my_events_shows_the_calendar_address_and_resetting_it_retires_the_old_one():
    user = UserFactory()
    event = EventFactory(title="Harbour concert")
    services.rsvp_create(event_id=event.pk, user=user)
    client = signed_in(user)
    old_token = user.profile.calendar_token
    page = client.get("/me/").content.decode()
    assert "Your calendar" in page
    assert f"/me/calendar/{old_token}.ics" in page
    assert 'action="/me/calendar/reset/"' in page
    response = client.post("/me/calendar/reset/", follow=True)
    assert response.redirect_chain == [("/me/#calendar", 302)]
    user.profile.refresh_from_db()
    new_token = user.profile.calendar_token
    assert new_token != old_token
    page = response.content.decode()
    assert views.CALENDAR_RESET in page
    assert f"/me/calendar/{new_token}.ics" in page
    assert old_token not in page
    assert Client().get(f"/me/calendar/{old_token}.ics").status_code == 404
    feed = Client().get(f"/me/calendar/{new_token}.ics")
    assert feed.status_code == 200
    assert b"Harbour concert" in feed.content


def test_resetting_the_calendar_needs_a_signed_in_post():
    user = UserFactory()
    token = user.profile.calendar_token
    assert signed_in(user).get("/me/calendar/reset/").status_code == 405
    response = Client().post("/me/calendar/reset/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    user.profile.refresh_from_db()
    assert user.profile.calendar_token == token


def test_someone_without_a_profile_can_make_a_calendar_link():
    user = UserFactory()
    Profile.objects.filter(user=user).delete()
    client = signed_in(user)
    page = client.get("/me/").content.decode()
    assert "Make the link" in page
    client.post("/me/calendar/reset/")
    token = Profile.objects.get(user=user).calendar_token
    assert f"/me/calendar/{token}.ics" in client.get("/me/").content.decode()


@pytest.fixture
def _jwt_signing_key(settings):
    if not settings.SIMPLE_JWT.get("SIGNING_KEY"):
        settings.SIMPLE_JWT = {**settings.SIMPLE_JWT, "SIGNING_KEY": settings.SECRET_KEY}


def bearer(user) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {RefreshToken.for_user(user).access_token}")
    return client


@pytest.mark.usefixtures("_jwt_signing_key")
@pytest.mark.parametrize(
    "fields",
    [
        {"moderation_status": Event.ModerationStatus.PENDING},
        {"moderation_status": Event.ModerationStatus.REJECTED},
        {"archived_at": "now"},
    ],
)
def test_the_attendees_of_an_unlisted_event_are_not_found_for_a_stranger(fields):
    if fields.get("archived_at") == "now":
        fields = {"archived_at": timezone.now()}
    organizer = OrganizerFactory()
    event = EventFactory(organizer=organizer, **fields)
    owner, stranger = UserFactory(), UserFactory()
    make_member(owner, organizer)
    for tail in ("attendees", "attendees/", "attendees.csv", "attendees?format=csv"):
        response = bearer(stranger).get(f"/api/v1/events/{event.pk}/{tail}")
        assert response.status_code == 404, tail
        assert response.json()["error"] == "No such event."
        assert bearer(owner).get(f"/api/v1/events/{event.pk}/{tail}").status_code == 200
    for name in ("people:attendees", "people:attendees-csv"):
        assert signed_in(stranger).get(reverse(name, args=[event.pk])).status_code == 404
        assert signed_in(owner).get(reverse(name, args=[event.pk])).status_code == 200


@pytest.mark.usefixtures("_jwt_signing_key")
def test_the_attendees_of_a_listed_event_are_still_forbidden_to_a_stranger():
    event = EventFactory(organizer=OrganizerFactory())
    response = bearer(UserFactory()).get(f"/api/v1/events/{event.pk}/attendees")
    assert response.status_code == 403
    assert signed_in().get(reverse("people:attendees", args=[event.pk])).status_code == 403


@pytest.mark.parametrize(
    "name",
    [" =1+1", "\n=1+1", "\r\n+cmd", "\u00a0=1", " \t-2", "\u3000@SUM(A1)", "\uff1d1+1", "\t=1", "\r=1", "=1", "@x"],
)
def test_a_formula_after_leading_whitespace_is_neutralised(name):
    assert safe_cell(name) == "'" + name


@pytest.mark.parametrize("name", ["Wendy", " Wendy", "", "O'Brien", "1-2", "a=b", "\u00a0"])
def test_plain_cells_stay_as_they_are(name):
    assert safe_cell(name) == name


@pytest.mark.usefixtures("_jwt_signing_key")
def test_the_csv_download_neutralises_a_padded_formula():
    organizer = OrganizerFactory()
    event = EventFactory(organizer=organizer)
    owner, attendee = UserFactory(), UserFactory()
    make_member(owner, organizer)
    Profile.objects.filter(user=attendee).update(name="\u00a0 =HYPERLINK(1)")
    services.rsvp_create(event_id=event.pk, user=attendee)
    rows = list(csv.reader(io.StringIO(bearer(owner).get(f"/api/v1/events/{event.pk}/attendees.csv").content.decode())))
    assert rows[1][0] == "'\u00a0 =HYPERLINK(1)"


def merged(winner: Event, loser: Event) -> None:
    actions.events_merge(acting_user=UserFactory(is_staff=True), winner=winner, loser=loser, reason="same concert")


def queue(event: Event) -> list[tuple[int, str]]:
    return [
        (row.user_id, row.status)
        for row in RSVP.objects.filter(event=event, status__in=services.ACTIVE).order_by("status", "sequence")
    ]


def test_a_merge_moves_the_duplicates_replies_to_the_back_of_the_winners_queue(django_capture_on_commit_callbacks):
    winner, loser = EventFactory(capacity=3), EventFactory(capacity=5)
    w1, w2, both, l1, l2, l3, gone = (UserFactory() for _ in range(7))
    for person in (w1, w2, both):
        services.rsvp_create(event_id=winner.pk, user=person)
    for person in (l1, both, l2, l3, gone):
        services.rsvp_create(event_id=loser.pk, user=person)
    services.rsvp_cancel(event_id=loser.pk, user=gone)
    with django_capture_on_commit_callbacks(execute=True):
        merged(winner, loser)
    # The winner's three seats were taken; the loser's confirmed follow in their order, waitlisted.
    assert queue(winner) == [
        (w1.pk, "confirmed"),
        (w2.pk, "confirmed"),
        (both.pk, "confirmed"),
        (l1.pk, "waitlisted"),
        (l2.pk, "waitlisted"),
        (l3.pk, "waitlisted"),
    ]
    sequences = list(RSVP.objects.filter(event=winner).values_list("sequence", flat=True))
    assert len(sequences) == len(set(sequences))
    assert not RSVP.objects.filter(event=loser, status__in=services.ACTIVE).exists()
    assert RSVP.objects.filter(user=both).count() == 2  # theirs on the winner kept, the loser's cancelled
    winner.refresh_from_db()
    loser.refresh_from_db()
    assert (winner.rsvp_count, loser.rsvp_count) == (3, 0)
    # A freed seat then goes to the first of the moved replies.
    services.rsvp_cancel(event_id=winner.pk, user=w1)
    assert RSVP.objects.get(event=winner, user=l1).status == "confirmed"


def test_a_merge_fills_the_winners_free_seats_in_order_and_tells_the_promoted(django_capture_on_commit_callbacks):
    winner, loser = EventFactory(capacity=2), EventFactory(capacity=1)
    w1, l1, l2, earlier = UserFactory(), UserFactory(), UserFactory(), UserFactory()
    services.rsvp_create(event_id=winner.pk, user=earlier)
    services.rsvp_cancel(event_id=winner.pk, user=earlier)  # a cancelled row on the winner gives way
    services.rsvp_create(event_id=winner.pk, user=w1)
    services.rsvp_create(event_id=loser.pk, user=l1)
    services.rsvp_create(event_id=loser.pk, user=l2)
    services.rsvp_create(event_id=loser.pk, user=earlier)
    with django_capture_on_commit_callbacks(execute=True):
        merged(winner, loser)
    assert queue(winner) == [
        (w1.pk, "confirmed"),
        (l1.pk, "confirmed"),
        (l2.pk, "waitlisted"),
        (earlier.pk, "waitlisted"),
    ]
    assert RSVP.objects.filter(event=winner, user=earlier).count() == 1
    winner.refresh_from_db()
    assert winner.rsvp_count == 2
    assert [message.to for message in mail.outbox] == [[l1.email]]


def test_a_merge_moves_saves_unless_already_saved():
    winner, loser = EventFactory(), EventFactory()
    both, only_loser, only_winner = UserFactory(), UserFactory(), UserFactory()
    for user, event in ((both, winner), (both, loser), (only_loser, loser), (only_winner, winner)):
        SavedEvent.objects.create(user=user, event=event)
    merged(winner, loser)
    assert sorted(SavedEvent.objects.values_list("user_id", "event_id")) == sorted(
        [(both.pk, winner.pk), (only_loser.pk, winner.pk), (only_winner.pk, winner.pk)]
    )


def test_a_merge_and_its_moves_are_one_transaction(monkeypatch):
    winner, loser = EventFactory(capacity=1), EventFactory()
    person = UserFactory()
    services.rsvp_create(event_id=loser.pk, user=person)

    def broken(**kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(library_services, "saved_events_move", broken)
    with pytest.raises(RuntimeError):
        merged(winner, loser)
    loser.refresh_from_db()
    assert loser.merged_into_id is None
    assert RSVP.objects.get(user=person).event_id == loser.pk
