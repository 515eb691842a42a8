"""The account pages: allauth's sign-up, confirmation, sign-in and password reset in the site's layout, and ours:
profile, export and deletion."""

from __future__ import annotations

import json
import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import User
from django.core import mail
from django.utils import timezone

from events.models import Category
from events.people.accounts import services
from events.people.accounts.views import PROFILE_SAVED
from events.people.models import (
    RSVP,
    EventRevision,
    Follow,
    Interaction,
    OrganizerMembership,
    Profile,
    SavedEvent,
)
from tests.factories import PASSWORD, CityFactory, EventFactory, OrganizerFactory, UserFactory, make_member

pytestmark = pytest.mark.django_db

STRONG = "plum-kettle-harbour-42"
LINK = re.compile(r"https?://[^/\s]+(/accounts/[^\s]+/)")


@pytest.fixture(autouse=True)
def _generous_limits(settings):
    settings.ACCOUNT_RATE_LIMITS = {key: "" for key in settings.ACCOUNT_RATE_LIMITS}
    settings.AUTH_TOKEN_FAILURES_PER_ADDRESS = 1000


def link_in(message) -> str:
    return LINK.search(message.body).group(1)


def text(response) -> str:
    return response.content.decode()


# --- allauth's pages, our layout -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "field"),
    [("/accounts/signup/", "email"), ("/accounts/login/", "login"), ("/accounts/password/reset/", "email")],
)
def test_allauth_pages_use_the_site_layout_labels_and_no_inline_code(client, path, field):
    response = client.get(path)
    assert response.status_code == 200
    html = text(response)
    assert "Skip to main content" in html
    assert "css/people.css" in html
    assert f'<label for="id_{field}">Email</label>' in html
    assert "<script>" not in html
    assert " style=" not in html
    assert "<style" not in html


def test_signup_page_has_name_email_password_and_a_sign_up_button(client):
    html = text(client.get("/accounts/signup/"))
    for label in ('<label for="id_name">Name</label>', '<label for="id_email">Email</label>'):
        assert label in html
    assert '<label for="id_password1">Password</label>' in html
    assert ">Sign up</button>" in html


def test_signup_errors_are_beside_the_fields_and_summarised(client):
    response = client.post("/accounts/signup/", {"name": "Ann", "email": "not-an-address", "password1": "short"})
    assert response.status_code == 200
    html = text(response)
    assert 'class="error-summary"' in html
    assert '<a href="#id_email">' in html
    assert 'id="id_email_error"' in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_email_error"' in html
    assert not User.objects.exists()


def test_web_signup_confirm_by_post_then_signed_in(client):
    response = client.post(
        "/accounts/signup/", {"name": "Ann Lee", "email": "Ann@Mail-Host.net", "password1": STRONG}, follow=True
    )
    assert response.status_code == 200
    user = User.objects.get(email="ann@mail-host.net")
    assert Profile.objects.get(user=user).name == "Ann Lee"
    assert not EmailAddress.objects.get(user=user).verified
    assert not client.get("/accounts/profile/").wsgi_request.user.is_authenticated
    (message,) = mail.outbox
    assert message.subject.startswith("Whatson: ")
    path = link_in(message)
    assert path.startswith("/accounts/confirm-email/")
    assert client.get(path).status_code == 200
    assert not EmailAddress.objects.get(user=user).verified  # opening the link is not enough
    client.post(path)
    assert EmailAddress.objects.get(user=user).verified
    assert client.get("/accounts/profile/").status_code == 200  # signed in


def test_web_signup_refuses_a_password_like_the_name(client):
    response = client.post(
        "/accounts/signup/",
        {"name": "Bartholomew Quince", "email": "bq@mail-host.net", "password1": "bartholomewquince"},
    )
    assert response.status_code == 200
    assert "too similar" in text(response)
    assert not User.objects.exists()


def test_web_signup_with_a_known_address_mails_its_owner_and_says_the_same(client):
    UserFactory(email="known@mail-host.net")
    known = client.post("/accounts/signup/", {"email": "known@mail-host.net", "password1": STRONG})
    fresh = client.post("/accounts/signup/", {"email": "fresh@mail-host.net", "password1": STRONG})
    assert known.status_code == fresh.status_code == 302
    assert known["Location"] == fresh["Location"]
    assert User.objects.filter(email="known@mail-host.net").count() == 1
    by_recipient = {m.to[0]: m for m in mail.outbox}
    assert "password/reset" in by_recipient["known@mail-host.net"].body


def test_sign_in_by_email_and_the_same_message_for_unknown_addresses(client):
    UserFactory(email="ann@mail-host.net")
    wrong = client.post("/accounts/login/", {"login": "ann@mail-host.net", "password": "not it"})
    unknown = client.post("/accounts/login/", {"login": "nobody@mail-host.net", "password": "not it"})
    assert wrong.status_code == unknown.status_code == 200

    def message(response):
        return re.search(r'<div class="error-summary".*?</div>', text(response), re.S).group(0)

    assert message(wrong) == message(unknown)
    right = client.post("/accounts/login/", {"login": "ANN@mail-host.net", "password": PASSWORD})
    assert right.status_code == 302
    assert client.get("/accounts/profile/").status_code == 200


def test_signed_in_visitor_on_the_sign_in_page_is_sent_on(client):
    client.force_login(UserFactory())
    response = client.get("/accounts/login/")
    assert response.status_code == 302


def test_password_reset_by_mail(client):
    user = UserFactory(email="ann@mail-host.net")
    client.post("/accounts/password/reset/", {"email": "ann@mail-host.net"})
    (message,) = mail.outbox
    path = link_in(message)
    # allauth moves the key into the session and redirects to a key-less form.
    form = client.get(path, follow=True)
    assert form.status_code == 200
    done = client.post(
        form.redirect_chain[-1][0] if form.redirect_chain else path, {"password1": STRONG, "password2": STRONG}
    )
    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password(STRONG)


# --- profile ----------------------------------------------------------------------------------------------------


def test_profile_needs_a_session(client):
    response = client.get("/accounts/profile/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_header_link_is_the_same_for_everyone(client):
    anonymous = text(client.get("/accounts/login/"))
    client.force_login(UserFactory())
    signed_in = text(client.get("/accounts/profile/"))
    link = '<a class="site-account" href="/accounts/profile/">Your account</a>'
    assert link in anonymous
    assert link in signed_in


def test_profile_edit(client):
    user = UserFactory()
    CityFactory(slug="leeds", name="Leeds")
    CityFactory(slug="closed", name="Closed", is_active=False)
    client.force_login(user)
    page = text(client.get("/accounts/profile/"))
    assert "Leeds" in page
    assert ">Closed<" not in page
    assert 'href="/me/"' in page
    response = client.post(
        "/accounts/profile/", {"name": "Ann", "home_city": "leeds", "interests": ["music", "comedy"]}, follow=True
    )
    assert PROFILE_SAVED in text(response)
    profile = Profile.objects.get(user=user)
    assert profile.name == "Ann"
    assert profile.home_city.slug == "leeds"
    assert set(profile.interests.values_list("slug", flat=True)) == {"music", "comedy"}


def test_profile_refuses_an_inactive_city_and_a_subcategory(client):
    user = UserFactory()
    CityFactory(slug="closed", is_active=False)
    sub = Category.objects.filter(parent__isnull=False).first()
    client.force_login(user)
    response = client.post("/accounts/profile/", {"name": "X", "home_city": "closed", "interests": [sub.slug]})
    assert response.status_code == 400
    assert 'id="id_home_city_error"' in text(response)
    assert Profile.objects.get(user=user).name == ""


# --- export -----------------------------------------------------------------------------------------------------


def test_export_page_then_download_holds_every_kind_of_data(client, settings):
    from digests.models import Subscription

    user = UserFactory(email="ann@mail-host.net")
    Profile.objects.filter(user=user).update(name="Ann")
    event, other = EventFactory(title="Jazz night"), EventFactory()
    organizer = OrganizerFactory(slug="the-hall")
    RSVP.objects.create(event=event, user=user, status=RSVP.Status.CONFIRMED, sequence=1)
    SavedEvent.objects.create(user=user, event=other)
    Follow.objects.create(user=user, kind=Follow.Kind.ORGANIZER, organizer=organizer)
    make_member(user, organizer)
    EventRevision.objects.create(
        event=event, number=1, edited_by=user, changes={"title": {"before": "a", "after": "b"}}
    )
    Interaction.objects.create(event=event, user_id=user.pk, kind="view", occurred_at=timezone.now())
    Subscription.objects.create(email="ann@mail-host.net", city=event.city, status="active")
    client.force_login(user)

    page = client.get("/accounts/export/")
    assert page.status_code == 200
    assert "Download your data" in text(page)
    response = client.post("/accounts/export/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["profile"]["name"] == "Ann"
    assert data["email_addresses"] == [{"email": "ann@mail-host.net", "verified": True, "primary": True}]
    assert data["rsvps"][0]["event"]["title"] == "Jazz night"
    assert data["saved_events"][0]["event"]["id"] == other.pk
    assert data["follows"][0]["target"]["slug"] == "the-hall"
    assert data["organizer_memberships"][0]["status"] == OrganizerMembership.Status.APPROVED
    assert data["event_revisions"][0]["changes"] == {"title": {"before": "a", "after": "b"}}
    assert data["interactions"][0]["event"] == event.pk
    assert data["digest_subscriptions"][0]["subscriptions"][0]["city"] == event.city.slug
    assert data["submissions"] == []


def test_export_leaves_out_old_interactions_and_unverified_addresses_digests(client, settings):
    import datetime as dt

    from digests.models import Subscription

    user = UserFactory(email="ann@mail-host.net")
    EmailAddress.objects.create(user=user, email="other@mail-host.net", verified=False, primary=False)
    event = EventFactory()
    Subscription.objects.create(email="other@mail-host.net", city=event.city, status="active")
    old = timezone.now() - dt.timedelta(days=settings.ANALYTICS_RAW_DAYS + 1)
    Interaction.objects.create(event=event, user_id=user.pk, kind="view", occurred_at=old)
    data = services.account_export(user=user)
    assert data["interactions"] == []
    assert [d["email"] for d in data["digest_subscriptions"]] == ["ann@mail-host.net"]
    assert data["digest_subscriptions"][0]["subscriptions"] == []


def test_export_submission_keeps_what_was_sent(client):
    from events.models import StagedEvent
    from events.people.models import Submission
    from tests.factories import SourceFactory

    user = UserFactory()
    organizer = OrganizerFactory()
    staged = StagedEvent.objects.create(source=SourceFactory(), external_id="s1", raw={"title": "My gig"})
    Submission.objects.create(organizer=organizer, submitted_by=user, staged_event=staged)
    (submission,) = services.account_export(user=user)["submissions"]
    assert submission["record"] == {"title": "My gig"}
    assert submission["organizer"] == organizer.slug


# --- delete -----------------------------------------------------------------------------------------------------


def test_delete_refuses_a_wrong_password(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post("/accounts/delete/", {"password": "not mine"})
    assert response.status_code == 400
    assert services.WRONG_PASSWORD in text(response)
    assert User.objects.filter(pk=user.pk).exists()


def test_delete_removes_everything_and_ends_the_session(client, django_capture_on_commit_callbacks):
    user = UserFactory()
    organizer = OrganizerFactory()
    event = EventFactory(organizer=organizer)
    make_member(user, organizer)
    SavedEvent.objects.create(user=user, event=event)
    Follow.objects.create(user=user, kind=Follow.Kind.ORGANIZER, organizer=organizer)
    EventRevision.objects.create(event=event, number=1, edited_by=user)
    client.force_login(user)
    assert "Delete your account" in text(client.get("/accounts/delete/"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/accounts/delete/", {"password": PASSWORD})
    assert response.status_code == 200
    assert "Your account is deleted" in text(response)
    assert not User.objects.filter(pk=user.pk).exists()
    for model in (Profile, SavedEvent, Follow, OrganizerMembership, EmailAddress):
        assert not model.objects.filter(user_id=user.pk).exists(), model
    revision = EventRevision.objects.get(event=event)
    assert revision.edited_by is None  # the event's history stays, without the person
    assert client.get("/accounts/profile/").status_code == 302  # signed out


def test_delete_page_needs_a_session_and_post(client):
    assert client.get("/accounts/delete/").status_code == 302
    client.force_login(UserFactory())
    assert client.put("/accounts/delete/").status_code == 405


@pytest.mark.parametrize("path", ["/accounts/email/", "/accounts/password/change/", "/accounts/profile/"])
def test_managing_pages_have_the_account_menu_and_no_inline_code(client, path):
    client.force_login(UserFactory())
    response = client.get(path)
    assert response.status_code == 200
    html = text(response)
    assert '<nav class="account-nav" aria-label="Your account">' in html
    assert f'<a href="{path}" aria-current="page">' in html
    assert "<script" not in html
    assert " style=" not in html
