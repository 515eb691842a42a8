"""HMAC-SHA256 signatures of inbound webhooks. Pure.

The sender signs ``"<timestamp>.<raw body>"`` with the source's shared secret and sends
``X-Whatson-Timestamp: <unix seconds>`` and ``X-Whatson-Signature: sha256=<hex digest>``. A request is
accepted when both headers are exactly in that grammar (nothing around them, not even whitespace), the
digest matches, and the timestamp is within the replay window and not in the future beyond a small clock skew.

``verify`` returns the canonical digest (lowercase hex, computed by us): the one key replay protection may
use. The header as sent is never a key, because two spellings of one signature must count as one delivery.
"""

from __future__ import annotations

import hashlib
import hmac
import re

SIGNATURE_PREFIX = "sha256="
# Exactly the prefix and 64 hex digits. re.ASCII so no other script's digits count; fullmatch so a trailing
# newline (which "$" would let through) or any whitespace (U+00A0, U+0085, ...) makes the header invalid.
SIGNATURE_GRAMMAR = re.compile(r"sha256=[0-9a-fA-F]{64}", re.ASCII)
# Unix seconds: ASCII digits only. int() alone would accept " 17", "+17", "1_7" and Arabic-Indic digits.
TIMESTAMP_GRAMMAR = re.compile(r"[0-9]{1,12}", re.ASCII)
# Senders' clocks drift a little; a timestamp further ahead than this is a signature minted for later replay.
MAX_CLOCK_SKEW_SECONDS = 60

MISSING_HEADERS = "Missing X-Whatson-Timestamp or X-Whatson-Signature header."
BAD_TIMESTAMP = "X-Whatson-Timestamp must be a Unix time in seconds (ASCII digits only)."
BAD_SIGNATURE_FORMAT = "X-Whatson-Signature must be exactly sha256=<64 hex digits>, with nothing around it."
STALE = "Signature timestamp is outside the {window} s replay window."
FUTURE = "Signature timestamp is more than {skew} s in the future; check the sender's clock."
BAD_SIGNATURE = "Signature does not match."


class SignatureError(Exception):
    pass


def digest(*, secret: str, timestamp: int, body: bytes) -> str:
    """The lowercase hex HMAC of ``"<timestamp>.<body>"``."""
    return hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def sign(*, secret: str, timestamp: int, body: bytes) -> str:
    return SIGNATURE_PREFIX + digest(secret=secret, timestamp=timestamp, body=body)


def verify(*, secret: str, timestamp: str | None, signature: str | None, body: bytes, now: float, window: int) -> str:
    """The canonical digest of a valid, fresh signature; SignatureError with the reason otherwise."""
    if not timestamp or not signature:
        raise SignatureError(MISSING_HEADERS)
    if not TIMESTAMP_GRAMMAR.fullmatch(timestamp):
        raise SignatureError(BAD_TIMESTAMP)
    if not SIGNATURE_GRAMMAR.fullmatch(signature):
        raise SignatureError(BAD_SIGNATURE_FORMAT)
    sent_at = int(timestamp)
    if now - sent_at > window:
        raise SignatureError(STALE.format(window=window))
    if sent_at - now > MAX_CLOCK_SKEW_SECONDS:
        raise SignatureError(FUTURE.format(skew=MAX_CLOCK_SKEW_SECONDS))
    expected = digest(secret=secret, timestamp=sent_at, body=body)
    sent = signature.removeprefix(SIGNATURE_PREFIX).lower()
    if not hmac.compare_digest(expected, sent):
        raise SignatureError(BAD_SIGNATURE)
    return expected


def replay_lifetime(*, window: int) -> int:
    """How long a seen digest must be remembered: as long as its timestamp can still be accepted, plus a margin."""
    return window + MAX_CLOCK_SKEW_SECONDS + 60
