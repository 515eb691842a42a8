"""Addresses on an API, not pages: a record's own resource on the API's host (``https://api.calendly.com/
scheduled_events/EV001``) or under its route (``https://example.org/api/v1/events/12``, WordPress's ``/wp-json/…``).

Scheduling and calendar APIs give each record its "uri": the address the API answers that record at, as JSON, and
most often only with a token. It is nobody's page to open, whatever its key, so an event's URL is never read from a
column of them (``_json_field_scores.event_url_score``), as it is never read from a column of ``.json`` / ``.xml``
files (``_json_resource_urls``). Only the host's first label ("api") and the path's first segment ("api",
"wp-json") count: "apitalks.example", "/events/api-workshop" and "/en/api-day" are pages as before.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["api_addresses"]

API_LABEL = "api"
API_ROUTES = frozenset({"api", "wp-json"})
URL_CUT = 2000  # a hostile 1 MB "uri" is judged by its first characters


def api_addresses(values: list[str]) -> bool:
    """Whether most of a column's addresses are an API's (on its "api." host, or under its "/api/" route)."""
    if not values:
        return False
    on_api = sum(1 for value in values if _on_api(value))
    return on_api * 2 > len(values)


def _on_api(value: str) -> bool:
    try:
        parts = urlsplit(value[:URL_CUT].strip())
        host = (parts.hostname or "").lower()
    except ValueError:  # "http://[": no address at all
        return False
    if parts.scheme.lower() not in ("http", "https"):
        return False
    labels = host.split(".")
    if len(labels) > 1 and labels[0] == API_LABEL:
        return True
    return parts.path.lstrip("/").split("/", 1)[0].lower() in API_ROUTES
