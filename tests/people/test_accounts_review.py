"""Review fixes on accounts: API tokens end with a password change, reset or removed address; sign-up costs the
same whatever the address; a wrong-password flood from one client does not lock the owner out elsewhere."""

from __future__ import annotations

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.core import mail

from tests.factories import PASSWORD, UserFactory
from tests.people.helpers_accounts import STRONG, generous_limits, post  # noqa: F401 - a fixture

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("generous_limits")]

LINK = re.compile(r"https?://[^/\s]+(/accounts/[^\s]+/)")


def token(client, email, password=PASSWORD, ip="192.0.2.1"):
    return post(client, "auth/token", {"email": email, "password": password}, REMOTE_ADDR=ip)


def tokens_for(client, user) -> dict[str, str]:
    response = token(client, user.email)
    assert response.status_code == 200, response.content
    return response.json()


def refresh(client, pair):
    return post(client, "auth/token/refresh", {"refresh": pair["refresh"]})


# --- 1. refresh tokens end with the credentials -----------------------------------------------------------------


def test_password_change_revokes_every_refresh_token(client):
    user = UserFactory()
    first, second = tokens_for(client, user), tokens_for(client, user)
    client.force_login(user)
    response = client.post(
        "/accounts/password/change/", {"oldpassword": PASSWORD, "password1": STRONG, "password2": STRONG}
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(STRONG)
    client.logout()
    for pair in (first, second):
        answer = refresh(client, pair)
        assert answer.status_code == 401, answer.content
        assert "not valid" in answer.json()["error"]
    # The new password signs in as before.
    assert token(client, user.email, STRONG).status_code == 200


def test_password_reset_by_the_mailed_link_revokes_refresh_tokens(client):
    user = UserFactory(email="ann@mail-host.net")
    pair = tokens_for(client, user)
    client.post("/accounts/password/reset/", {"email": "ann@mail-host.net"})
    (message,) = mail.outbox
    path = LINK.search(message.body).group(1)
    form = client.get(path, follow=True)
    assert form.status_code == 200
    done = client.post(form.redirect_chain[-1][0], {"password1": STRONG, "password2": STRONG})
    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password(STRONG)
    client.logout()
    assert refresh(client, pair).status_code == 401


def test_removing_an_address_revokes_refresh_tokens(client):
    user = UserFactory(email="ann@mail-host.net")
    EmailAddress.objects.create(user=user, email="old@mail-host.net", verified=True, primary=False)
    pair = tokens_for(client, user)
    # Signed in through the page (a fresh sign-in: allauth asks for none again before the removal).
    assert client.post("/accounts/login/", {"login": user.email, "password": PASSWORD}).status_code == 302
    response = client.post("/accounts/email/", {"email": "old@mail-host.net", "action_remove": ""})
    assert response.status_code == 302
    assert not EmailAddress.objects.filter(email="old@mail-host.net").exists()
    client.logout()
    assert refresh(client, pair).status_code == 401


def test_other_accounts_keep_their_tokens(client):
    ann, bob = UserFactory(), UserFactory()
    bobs = tokens_for(client, bob)
    client.force_login(ann)
    client.post("/accounts/password/change/", {"oldpassword": PASSWORD, "password1": STRONG, "password2": STRONG})
    client.logout()
    assert refresh(client, bobs).status_code == 200


# --- 2. sign-up hashes the password whatever the address -------------------------------------------------------


class CountingHasher(PBKDF2PasswordHasher):
    """PBKDF2 (the production hasher's cost) counting how many passwords it hashed."""

    calls = 0

    def encode(self, password, salt, iterations=None):
        type(self).calls += 1
        return super().encode(password, salt, iterations)


@pytest.fixture
def counting_hasher(settings):
    settings.PASSWORD_HASHERS = [f"{__name__}.CountingHasher"]
    CountingHasher.calls = 0
    return CountingHasher


def _register(client, email):
    CountingHasher.calls = 0
    response = post(client, "auth/register", {"email": email, "password": STRONG})
    assert response.status_code == 202, response.content
    return CountingHasher.calls


def test_register_hashes_a_password_for_known_new_and_pending_addresses(client, counting_hasher):
    UserFactory(email="known@mail-host.net")
    assert _register(client, "new@mail-host.net") == 1
    assert _register(client, "known@mail-host.net") == 1
    # The same address again while its first sign-up still holds the lock: answered alike, hashed alike.
    assert _register(client, "new@mail-host.net") == 1


# --- 4. sign-in failures lock out one client, not the owner ------------------------------------------------------


def test_failures_from_one_client_do_not_lock_the_owner_out_elsewhere(client, settings):
    settings.AUTH_TOKEN_FAILURES_PER_ADDRESS = 3
    user = UserFactory()
    for _ in range(3):
        assert token(client, user.email, "wrong-" + PASSWORD, ip="203.0.113.9").status_code == 401
    # The guessing client is stopped, even with the right password...
    blocked = token(client, user.email, ip="203.0.113.9")
    assert blocked.status_code == 429
    assert blocked.json()["error"]
    # ...the owner, elsewhere, is not.
    assert token(client, user.email, ip="198.51.100.7").status_code == 200


def test_failures_spread_over_many_clients_hit_the_address_ceiling(client, settings):
    settings.AUTH_TOKEN_FAILURES_PER_ADDRESS = 2
    user = UserFactory()
    # Ten times the per-client limit, two wrong passwords from each of ten clients: none is stopped on its own.
    for n in range(10):
        for _ in range(2):
            assert token(client, user.email, "wrong-" + PASSWORD, ip=f"203.0.113.{n + 1}").status_code == 401
    assert token(client, user.email, ip="198.51.100.7").status_code == 429
    # Another address is not concerned.
    other = UserFactory()
    assert token(client, other.email, ip="198.51.100.7").status_code == 200
