"""What every webhook test needs: the partner's secret and URL, signed requests, a partner event."""

from __future__ import annotations

import datetime as dt
import json
import time
from typing import Any

from django.utils import timezone

from sources.signing import sign

SECRET = "partner-shared-secret-for-tests"
URL = "/webhooks/sources/partner/"


def signed_headers(raw: bytes, *, secret: str = SECRET, timestamp: float | None = None) -> dict[str, str]:
    stamp = int(timestamp if timestamp is not None else time.time())
    return {"X-Whatson-Timestamp": str(stamp), "X-Whatson-Signature": sign(secret=secret, timestamp=stamp, body=raw)}


def post_raw(client, raw: bytes, *, secret: str = SECRET, timestamp: float | None = None):
    headers = signed_headers(raw, secret=secret, timestamp=timestamp)
    return client.post(URL, data=raw, content_type="application/json", headers=headers)


def post(client, payload: Any, *, secret: str = SECRET, timestamp: float | None = None, body: bytes | None = None):
    raw = body if body is not None else json.dumps(payload).encode()
    return post_raw(client, raw, secret=secret, timestamp=timestamp)


def partner_event(**fields: Any) -> dict[str, Any]:
    """A partner's event three days from now (in Chicago unless the fields say otherwise)."""
    start = (timezone.now() + dt.timedelta(days=3)).replace(microsecond=0).isoformat()
    return {"external_id": "p-1", "title": "Partner Gala", "start": start, "timezone": "America/Chicago", **fields}
