"""Signed links in digest mails: confirm (expires), manage and unsubscribe (never expire, revocable).

A token is ``django.core.signing`` over the subscription's id and the first characters of its ``secret``, with a
salt per purpose, so a confirm token cannot be replayed as a manage token, and a new ``secret`` (a subscription
started again after it was unsubscribed) revokes every link mailed before. "Delete everything" removes the row
the tokens name, which ends them too. Tokens are URL-safe and short
enough for a mail client not to wrap them.
"""

from __future__ import annotations

from django.conf import settings
from django.core import signing

from digests.models import Subscription

CONFIRM_SALT = "digests.confirm"
MANAGE_SALT = "digests.manage"
SECRET_CHARS = 8

EXPIRED = "This link has expired. Subscribe again and we will send a fresh one."
INVALID = "This link is not valid: it may have been cut short by your mail program. Copy the whole link, or use the newest mail we sent."


class TokenError(ValueError):
    """A token that is tampered with, cut short, expired, or for a subscription that no longer exists."""

    def __init__(self, message: str, *, expired: bool = False) -> None:
        super().__init__(message)
        self.expired = expired


def _make(subscription: Subscription, salt: str) -> str:
    return signing.dumps([subscription.pk, subscription.secret[:SECRET_CHARS]], salt=salt, compress=False)


def _read(token: str, salt: str, max_age: int | None) -> Subscription:
    try:
        pk, secret = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired as error:
        raise TokenError(EXPIRED, expired=True) from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise TokenError(INVALID) from error
    if not isinstance(pk, int) or not isinstance(secret, str):
        raise TokenError(INVALID)
    subscription = Subscription.objects.select_related("city").filter(pk=pk).first()
    if subscription is None or subscription.secret[:SECRET_CHARS] != secret:
        raise TokenError(INVALID)
    return subscription


def confirm_token(subscription: Subscription) -> str:
    return _make(subscription, CONFIRM_SALT)


def manage_token(subscription: Subscription) -> str:
    """For the manage page, one-click unsubscribe (RFC 8058) and the mailto unsubscribe."""
    return _make(subscription, MANAGE_SALT)


def read_confirm_token(token: str) -> Subscription:
    return _read(token, CONFIRM_SALT, max_age=settings.DIGEST_CONFIRM_HOURS * 3600)


def read_manage_token(token: str) -> Subscription:
    return _read(token, MANAGE_SALT, max_age=None)
