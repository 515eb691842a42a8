"""What the account API tests share: a password the validators accept, JSON posts, and limits high enough for
tests that send several requests from one address (the limit tests set their own)."""

from __future__ import annotations

import pytest

STRONG = "plum-kettle-harbour-42"


@pytest.fixture
def generous_limits(settings):
    settings.AUTH_REGISTER_PER_IP_HOUR = 1000
    settings.AUTH_REGISTER_PER_ADDRESS_HOUR = 1000
    settings.AUTH_TOKEN_RATE_PER_IP = 1000
    settings.AUTH_TOKEN_FAILURES_PER_ADDRESS = 1000
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "confirm_email": ""}


def post(client, path, body, **extra):
    return client.post(f"/api/v1/{path}", body, content_type="application/json", **extra)
