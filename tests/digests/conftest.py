"""Fixtures shared by the digests' tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.digests.smtp import SmtpSink


@pytest.fixture
def sink(settings) -> Iterator[SmtpSink]:
    """A real SMTP server (aiosmtpd) on a free loopback port, with Django's SMTP backend pointed at it."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.DIGEST_SEND_RATE = 0
    with SmtpSink() as running:
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", running.port
        settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
        settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
        yield running
