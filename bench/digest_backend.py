"""anymail's test backend without its memory: every message goes through anymail's preparation (recipients,
metadata, tags, the payload an ESP backend would build), then the outbox is emptied, so 50,000 digests keep
nothing and the outbox's linear ``index()`` lookup (its message ids) stays O(1)."""

from __future__ import annotations

from typing import Any

from anymail.backends.test import EmailBackend as TestBackend
from django.core import mail


class EmailBackend(TestBackend):
    def send_messages(self, email_messages: Any) -> int:
        sent = super().send_messages(email_messages)
        mail.outbox.clear()
        return sent
