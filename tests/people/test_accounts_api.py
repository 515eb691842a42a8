"""The accounts API: sign-up without enumeration, JWT sign-in with its limits, rotation and logout, the person's
own data (me/, me/export) and deletion, in the project's error format."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import User
from django.core import mail
from rest_framework_simplejwt.tokens import AccessToken, RefreshToken

from events.models import Category
from events.people.accounts import services
from events.people.accounts.api import REGISTERED
from events.people.models import RSVP, Profile
from tests.factories import PASSWORD, CityFactory, EventFactory, UserFactory
from tests.people.helpers_accounts import STRONG, generous_limits, post  # noqa: F401 - a fixture

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("generous_limits")]

CONFIRM_PATH = re.compile(r"https?://[^/\s]+(/accounts/confirm-email/[^/\s]+/)")


def bearer(access: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {access}"}


def tokens_for(client, user) -> dict[str, str]:
    response = post(client, "auth/token", {"email": user.email, "password": PASSWORD})
    assert response.status_code == 200, response.content
    return response.json()


# --- register ------------------------------------------------------------------------------------------------


def test_register_creates_an_unverified_account_and_mails_the_web_flows_link(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, "auth/register", {"email": "Ann@Mail-Host.net", "password": STRONG, "name": "Ann Lee"})
    assert (response.status_code, response.json()) == (202, {"detail": REGISTERED})
    user = User.objects.get(email="ann@mail-host.net")
    address = EmailAddress.objects.get(user=user)
    assert (address.primary, address.verified) == (True, False)
    assert Profile.objects.get(user=user).name == "Ann Lee"
    assert user.check_password(STRONG)
    assert user.username
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ann@mail-host.net"]
    path = CONFIRM_PATH.search(mail.outbox[0].body).group(1)
    # The web's confirmation page takes the link: a POST confirms the address.
    assert client.get(path).status_code == 200
    client.post(path)
    address.refresh_from_db()
    assert address.verified


def test_register_without_a_trailing_slash_and_with_one(client):
    for path in ("auth/register", "auth/register/"):
        response = post(client, path, {"email": f"x{len(path)}@mail-host.net", "password": STRONG})
        assert response.status_code == 202
    assert User.objects.count() == 2


def test_register_answers_byte_for_byte_the_same_for_new_pending_and_existing(
    client, django_capture_on_commit_callbacks
):
    existing = UserFactory(email="known@mail-host.net")
    post(client, "auth/register", {"email": "pending@mail-host.net", "password": STRONG})
    mail.outbox.clear()
    answers = []
    for email in ("new@mail-host.net", "pending@mail-host.net", "known@mail-host.net", "KNOWN@mail-host.net"):
        with django_capture_on_commit_callbacks(execute=True):
            response = post(client, "auth/register", {"email": email, "password": STRONG, "name": "Zed"})
        answers.append((response.status_code, response.content, response.get("Content-Type")))
    assert len(set(answers)) == 1
    assert answers[0][0] == 202
    assert User.objects.filter(email__iexact="known@mail-host.net").count() == 1
    assert User.objects.filter(email="pending@mail-host.net").count() == 1
    existing.refresh_from_db()
    assert existing.check_password(PASSWORD)  # nobody changed the owner's password
    by_recipient = {m.to[0]: m for m in mail.outbox}
    assert "confirm-email" in by_recipient["new@mail-host.net"].body
    # The owner of an existing (or pending) account is told so, with a reset link, instead of a new account.
    assert "password/reset" in by_recipient["known@mail-host.net"].body
    assert "confirm-email" not in by_recipient["known@mail-host.net"].body


@pytest.mark.parametrize(
    "password",
    ["short1", "password123", "12345678901", "annabel.lee.music"],
    ids=["too-short", "common", "numeric", "like-the-name"],
)
def test_register_refuses_weak_passwords_with_field_messages(client, password):
    response = post(
        client, "auth/register", {"email": "annabel.lee@mail-host.net", "password": password, "name": "Annabel Lee"}
    )
    assert response.status_code == 400
    body = response.json()
    assert body["error"]
    assert body["fields"]["password"]
    assert not User.objects.exists()


def test_register_weak_password_refused_alike_for_a_known_address(client):
    UserFactory(email="known@mail-host.net")
    answers = [
        post(client, "auth/register", {"email": email, "password": "short1"}).content
        for email in ("known@mail-host.net", "known@other-host.net")
    ]
    assert answers[0] == answers[1]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"email": "not-an-address", "password": STRONG}, "email"),
        ({"email": "a@mail-host.net"}, "password"),
        ({"password": STRONG}, "email"),
        ({"email": "a@mail-host.net", "password": STRONG, "name": "x" * 151}, "name"),
    ],
)
def test_register_malformed_input_is_a_400_naming_the_field(client, body, field):
    response = post(client, "auth/register", body)
    assert response.status_code == 400
    assert field in response.json()["fields"]


@pytest.mark.parametrize("raw", ["{not json", "[1, 2]", '"text"', '{"email": "\\ud800@x.org", "password": "x"}'])
def test_malformed_json_is_a_400_in_our_format(client, raw):
    response = client.post("/api/v1/auth/register", raw, content_type="application/json")
    assert response.status_code == 400
    assert set(response.json()) == {"error", "fields"}


def test_register_is_limited_per_client_and_per_address(client, settings):
    settings.AUTH_REGISTER_PER_IP_HOUR = 2
    for n in range(2):
        assert post(client, "auth/register", {"email": f"p{n}@mail-host.net", "password": STRONG}).status_code == 202
    response = post(client, "auth/register", {"email": "p9@mail-host.net", "password": STRONG})
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert response.json()["error"]
    assert not User.objects.filter(email="p9@mail-host.net").exists()

    settings.AUTH_REGISTER_PER_IP_HOUR = 1000
    settings.AUTH_REGISTER_PER_ADDRESS_HOUR = 1
    other = {"REMOTE_ADDR": "203.0.113.9"}
    # A refused password does not use up the address's budget.
    assert post(client, "auth/register", {"email": "q@mail-host.net", "password": "short"}, **other).status_code == 400
    assert post(client, "auth/register", {"email": "q@mail-host.net", "password": STRONG}, **other).status_code == 202
    again = post(client, "auth/register", {"email": "Q@mail-host.net", "password": STRONG}, **other)
    assert again.status_code == 429
    assert again["Retry-After"]


def test_register_needs_no_csrf_token():
    from django.test import Client

    response = post(Client(enforce_csrf_checks=True), "auth/register", {"email": "c@mail-host.net", "password": STRONG})
    assert response.status_code == 202


# --- token -----------------------------------------------------------------------------------------------------


def test_token_for_a_verified_account_works_on_me(client):
    user = UserFactory()
    tokens = tokens_for(client, user)
    assert set(tokens) == {"access", "refresh"}
    me = client.get("/api/v1/me/", **bearer(tokens["access"]))
    assert me.status_code == 200
    assert me.json()["id"] == user.pk
    user.refresh_from_db()
    assert user.last_login is not None


def test_wrong_password_unknown_address_and_inactive_user_get_the_same_401(client):
    UserFactory(email="known@mail-host.net")
    UserFactory(email="gone@mail-host.net", is_active=False)
    answers = [
        post(client, "auth/token", body)
        for body in (
            {"email": "known@mail-host.net", "password": "wrong password"},
            {"email": "nobody@mail-host.net", "password": PASSWORD},
            {"email": "gone@mail-host.net", "password": PASSWORD},
        )
    ]
    assert {(a.status_code, a.content) for a in answers} == {
        (401, b'{"error":"Wrong email address or password.","fields":{}}')
    }
    assert answers[0]["WWW-Authenticate"].startswith("Bearer")


def test_unverified_address_gets_403_and_the_link_again(client, django_capture_on_commit_callbacks):
    user = UserFactory(email="new@mail-host.net", verified=False)
    response = post(client, "auth/token", {"email": "new@mail-host.net", "password": PASSWORD})
    assert response.status_code == 403
    assert response.json()["error"].startswith("Confirm your email address first")
    assert [m.to for m in mail.outbox] == [["new@mail-host.net"]]
    assert "confirm-email" in mail.outbox[0].body
    assert user.pk  # and no token was issued:
    assert "access" not in response.json()


def test_unverified_resend_is_rate_limited(client, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "confirm_email": "1/3m/key"}
    UserFactory(email="new@mail-host.net", verified=False)
    for _ in range(3):
        assert post(client, "auth/token", {"email": "new@mail-host.net", "password": PASSWORD}).status_code == 403
    assert len(mail.outbox) == 1


def test_token_requests_are_limited_per_client(client, settings):
    settings.AUTH_TOKEN_RATE_PER_IP = 3
    user = UserFactory()
    for _ in range(3):
        tokens_for(client, user)
    response = post(client, "auth/token", {"email": user.email, "password": PASSWORD})
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    other = post(client, "auth/token", {"email": user.email, "password": PASSWORD}, REMOTE_ADDR="198.51.100.7")
    assert other.status_code == 200


def test_failed_token_requests_are_limited_per_address_even_with_the_right_password(client, settings):
    """Per address and client (test_accounts_review: other clients are not locked out, many clients together hit
    a higher ceiling)."""
    settings.AUTH_TOKEN_FAILURES_PER_ADDRESS = 3
    user = UserFactory()
    for _ in range(3):
        wrong = post(client, "auth/token", {"email": user.email, "password": "nope"}, REMOTE_ADDR="192.0.2.1")
        assert wrong.status_code == 401
    right = post(client, "auth/token", {"email": user.email.upper(), "password": PASSWORD}, REMOTE_ADDR="192.0.2.1")
    assert right.status_code == 429
    assert right["Retry-After"]
    # Another address is not affected.
    assert post(client, "auth/token", {"email": UserFactory().email, "password": PASSWORD}).status_code == 200


# --- refresh and logout ----------------------------------------------------------------------------------------


def test_refresh_rotates_and_the_old_refresh_token_is_refused(client):
    tokens = tokens_for(client, UserFactory())
    first = post(client, "auth/token/refresh", {"refresh": tokens["refresh"]})
    assert first.status_code == 200
    fresh = first.json()
    assert set(fresh) == {"access", "refresh"}
    assert fresh["refresh"] != tokens["refresh"]
    reused = post(client, "auth/token/refresh/", {"refresh": tokens["refresh"]})
    assert reused.status_code == 401
    assert reused.json()["error"]
    assert post(client, "auth/token/refresh", {"refresh": fresh["refresh"]}).status_code == 200


def test_refresh_refuses_forged_expired_and_access_tokens(client, settings):
    user = UserFactory()
    tokens = tokens_for(client, user)
    header, payload, signature = tokens["refresh"].split(".")
    forged = f"{header}.{payload}.{signature[:-4]}AAAA"
    expired = RefreshToken.for_user(user)
    expired.set_exp(lifetime=-dt.timedelta(seconds=1))
    for candidate in (forged, str(expired), tokens["access"], "garbage"):
        response = post(client, "auth/token/refresh", {"refresh": candidate})
        assert response.status_code == 401, candidate
        assert response.json() == {"error": services.REFRESH_INVALID, "fields": {}}


def test_refresh_of_a_deleted_or_inactive_account_is_401(client):
    user = UserFactory()
    tokens = tokens_for(client, user)
    User.objects.filter(pk=user.pk).update(is_active=False)
    assert post(client, "auth/token/refresh", {"refresh": tokens["refresh"]}).status_code == 401


def test_logout_blacklists_the_callers_refresh_token(client):
    tokens = tokens_for(client, UserFactory())
    response = post(client, "auth/logout", {"refresh": tokens["refresh"]}, **bearer(tokens["access"]))
    assert response.status_code == 204
    assert post(client, "auth/token/refresh", {"refresh": tokens["refresh"]}).status_code == 401


def test_logout_refuses_someone_elses_token_and_anonymous_callers(client):
    mine, theirs = tokens_for(client, UserFactory()), tokens_for(client, UserFactory())
    response = post(client, "auth/logout/", {"refresh": theirs["refresh"]}, **bearer(mine["access"]))
    assert response.status_code == 403
    assert response.json()["error"] == services.LOGOUT_NOT_YOURS
    assert post(client, "auth/token/refresh", {"refresh": theirs["refresh"]}).status_code == 200
    anonymous = post(client, "auth/logout", {"refresh": mine["refresh"]})
    assert anonymous.status_code == 401
    assert anonymous.json()["error"]
    bad = post(client, "auth/logout", {"refresh": "garbage"}, **bearer(mine["access"]))
    assert bad.status_code == 400
    assert bad.json()["fields"]["refresh"]


def test_forged_and_expired_access_tokens_are_401_in_our_format(client):
    user = UserFactory()
    access = tokens_for(client, user)["access"]
    header, payload, signature = access.split(".")
    expired = AccessToken.for_user(user)
    expired.set_exp(lifetime=-dt.timedelta(seconds=1))
    for candidate in (f"{header}.{payload}.{signature[:-4]}AAAA", str(expired), "not.a.token"):
        response = client.get("/api/v1/me", **bearer(candidate))
        assert response.status_code == 401
        body = response.json()
        assert set(body) == {"error", "fields"}
        assert isinstance(body["error"], str)
        assert "{" not in body["error"]


def test_anonymous_me_is_401_with_a_message(client):
    response = client.get("/api/v1/me/")
    assert response.status_code == 401
    assert response.json()["error"].startswith("Sign in first")
    assert response["WWW-Authenticate"].startswith("Bearer")


# --- me ----------------------------------------------------------------------------------------------------------


def test_me_get_and_patch(client):
    user = UserFactory(email="ann@mail-host.net")
    city = CityFactory(slug="leeds")
    access = tokens_for(client, user)["access"]
    music, comedy = Category.objects.get(slug="music"), Category.objects.get(slug="comedy")
    response = client.patch(
        "/api/v1/me/",
        {"name": "Ann", "home_city": "leeds", "interests": ["music", "comedy"]},
        content_type="application/json",
        **bearer(access),
    )
    assert response.status_code == 200, response.content
    assert response.json() == {
        "id": user.pk,
        "email": "ann@mail-host.net",
        "name": "Ann",
        "home_city": "leeds",
        "interests": sorted(["music", "comedy"], key=lambda s: ({"music": music, "comedy": comedy}[s].position, s)),
    }
    profile = Profile.objects.get(user=user)
    assert profile.home_city == city
    assert set(profile.interests.all()) == {music, comedy}
    # Only what is sent changes; null clears the city.
    cleared = client.patch("/api/v1/me", {"home_city": None}, content_type="application/json", **bearer(access))
    assert cleared.json()["home_city"] is None
    assert cleared.json()["name"] == "Ann"


def test_me_patch_refuses_unknown_slugs_and_changes_nothing(client):
    user = UserFactory()
    CityFactory(slug="closed", is_active=False)
    access = tokens_for(client, user)["access"]
    sub = Category.objects.filter(parent__isnull=False).first()
    response = client.patch(
        "/api/v1/me/",
        {"name": "New", "home_city": "closed", "interests": ["music", "nope", sub.slug]},
        content_type="application/json",
        **bearer(access),
    )
    assert response.status_code == 400
    fields = response.json()["fields"]
    assert set(fields) == {"home_city", "interests"}
    assert len(fields["interests"]) == 2
    assert Profile.objects.get(user=user).name == ""
    wrong_shape = client.patch("/api/v1/me/", {"interests": "music"}, content_type="application/json", **bearer(access))
    assert wrong_shape.status_code == 400
    assert "interests" in wrong_shape.json()["fields"]


def test_me_by_session_needs_csrf_on_writes(client):
    from django.test import Client

    user = UserFactory()
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(user)
    assert browser.get("/api/v1/me/").status_code == 200
    refused = browser.patch("/api/v1/me/", {"name": "X"}, content_type="application/json")
    assert refused.status_code == 403
    assert "CSRF" in refused.json()["error"]


def test_me_export_holds_the_profile(client):
    user = UserFactory()
    Profile.objects.filter(user=user).update(name="Exported")
    response = client.get("/api/v1/me/export", **bearer(tokens_for(client, user)["access"]))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert response.json()["profile"]["name"] == "Exported"


# --- delete ------------------------------------------------------------------------------------------------------


def test_delete_me_needs_the_password(client):
    user = UserFactory()
    access = tokens_for(client, user)["access"]
    wrong = client.delete("/api/v1/me/", {"password": "nope"}, content_type="application/json", **bearer(access))
    assert wrong.status_code == 403
    assert wrong.json()["error"] == services.WRONG_PASSWORD
    assert User.objects.filter(pk=user.pk).exists()
    missing = client.delete("/api/v1/me/", {}, content_type="application/json", **bearer(access))
    assert missing.status_code == 400


def test_delete_me_removes_the_account_frees_its_seat_and_revokes_its_tokens(
    client, django_capture_on_commit_callbacks
):
    from django.utils import timezone

    from events.people.models import Interaction
    from events.people.rsvps.services import rsvp_create

    user, waiting = UserFactory(), UserFactory()
    event = EventFactory(capacity=1)
    rsvp_create(event_id=event.pk, user=user)
    rsvp_create(event_id=event.pk, user=waiting)
    assert RSVP.objects.get(user=waiting).status == RSVP.Status.WAITLISTED
    Interaction.objects.create(event=event, user_id=user.pk, kind="view", occurred_at=timezone.now())
    tokens = tokens_for(client, user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.delete(
            "/api/v1/me", {"password": PASSWORD}, content_type="application/json", **bearer(tokens["access"])
        )
    assert response.status_code == 204
    assert not User.objects.filter(pk=user.pk).exists()
    assert not Profile.objects.filter(user_id=user.pk).exists()
    assert not EmailAddress.objects.filter(user_id=user.pk).exists()
    assert RSVP.objects.get(user=waiting).status == RSVP.Status.CONFIRMED  # the seat went to the waitlist
    assert not Interaction.objects.filter(user_id=user.pk).exists()
    assert Interaction.objects.filter(event=event, user__isnull=True).count() == 1  # the count stays, anonymous
    assert post(client, "auth/token/refresh", {"refresh": tokens["refresh"]}).status_code == 401
    assert client.get("/api/v1/me/", **bearer(tokens["access"])).status_code == 401


def test_delete_me_wrong_passwords_are_limited(client, settings):
    settings.AUTH_TOKEN_FAILURES_PER_ADDRESS = 2
    user = UserFactory()
    access = tokens_for(client, user)["access"]
    codes = [
        client.delete("/api/v1/me/", {"password": p}, content_type="application/json", **bearer(access)).status_code
        for p in ("a", "b", PASSWORD)
    ]
    assert codes == [403, 403, 429]
    assert User.objects.filter(pk=user.pk).exists()
