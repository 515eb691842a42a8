"""HMAC-SHA256 signatures of inbound webhooks. Pure.

The sender signs ``"<timestamp>.<raw body>"`` with the source's shared secret and sends
``X-Whatson-Timestamp: <unix seconds>`` and ``X-Whatson-Signature: sha256=<hex digest>``. A request is
accepted when the digest matches and the timestamp is within the replay window.
"""

from __future__ import annotations

import hashlib
import hmac

SIGNATURE_PREFIX = "sha256="
MISSING_HEADERS = "Missing X-Whatson-Timestamp or X-Whatson-Signature header."
BAD_TIMESTAMP = "X-Whatson-Timestamp must be a Unix time in seconds."
STALE = "Signature timestamp is outside the {window} s replay window."
BAD_SIGNATURE = "Signature does not match."


class SignatureError(Exception):
    pass


def sign(*, secret: str, timestamp: int, body: bytes) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return SIGNATURE_PREFIX + digest


def verify(*, secret: str, timestamp: str | None, signature: str | None, body: bytes, now: float, window: int) -> None:
    """Raise SignatureError with the reason unless the signature is valid and fresh."""
    if not timestamp or not signature:
        raise SignatureError(MISSING_HEADERS)
    try:
        sent_at = int(timestamp)
    except ValueError:
        raise SignatureError(BAD_TIMESTAMP) from None
    if abs(now - sent_at) > window:
        raise SignatureError(STALE.format(window=window))
    if not hmac.compare_digest(sign(secret=secret, timestamp=sent_at, body=body), signature.strip()):
        raise SignatureError(BAD_SIGNATURE)
