"""Place live status: how a venue is right now (open, crowd, wait, special), from the business, visitors or
its opening hours. Services in ``services``, reads and the JSON shape in ``selectors``, pure rules in ``hours``
(opening hours) and ``reports`` (visitor reports)."""

from realtime.places.selectors import (
    empty_payload,
    place_status_get,
    place_status_payloads,
    status_payload,
    status_summary,
    venue_payload,
)
from realtime.places.services import (
    place_report_submit,
    place_status_business_update,
    place_statuses_refresh,
    status_token_check,
    status_token_secret,
    status_tokens_revoke,
)

__all__ = [
    "empty_payload",
    "place_report_submit",
    "place_status_business_update",
    "place_status_get",
    "place_status_payloads",
    "place_statuses_refresh",
    "status_payload",
    "status_summary",
    "status_token_check",
    "status_token_secret",
    "status_tokens_revoke",
    "venue_payload",
]
