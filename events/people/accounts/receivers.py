"""allauth's account signals, connected in PeopleConfig.ready: each calls one service.

The web's password and address pages are allauth's own views; these receivers are how their outcomes reach the
API's tokens (allauth ends sessions itself, but knows nothing of simplejwt's refresh tokens).
"""

from __future__ import annotations

from typing import Any

from allauth.account import signals
from django.contrib.auth.models import User

from events.people.accounts import services


def revoke_api_tokens(sender: Any, *, user: User, **kwargs: Any) -> None:
    services.tokens_revoke_all(user=user)


def connect() -> None:
    for signal in (signals.password_changed, signals.password_set, signals.password_reset, signals.email_removed):
        signal.connect(revoke_api_tokens, dispatch_uid="people_revoke_api_tokens")
