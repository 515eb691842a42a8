"""Drafting a ``json_api`` source from a sample of its response (the Source admin's "Draft from a sample" page).

A JSON API's response, fetched through the SSRF-guarded client or uploaded by staff, is read with a config
inferred from it (``sources.adapters._json_infer``), exactly as a source saved with that config would read it,
so a moderator sees the config and the events it gives before saving it. Every problem is a ``Draft`` with an
``error`` for the page to show, never an exception: the sample is untrusted, and a page that fails on it would
be an error page for staff and a way to probe the reader.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from typing import Any

from django.utils import timezone

from events.zones import zone
from sources.adapters._json_infer import NO_EVENTS, infer
from sources.extraction import ExtractionError, default_window, extract_document
from sources.fetching import FetchError
from sources.forms import SAMPLE_MAX_BYTES, SAMPLE_TOO_BIG
from sources.http import HttpClient

logger = logging.getLogger(__name__)

SAMPLE_NOT_JSON = "The sample is not JSON ({error}): give the API's JSON response, not a web page."
SAMPLE_UNREADABLE = "The sample could not be read: {error}"
SAMPLE_UNREACHABLE = "The URL could not be fetched: {error}"
SAMPLE_FAILED = "The sample could not be read ({error}); nothing was drafted from it."
PREVIEW_EVENTS = 25  # events shown under the inferred config


@dataclasses.dataclass(slots=True)
class Draft:
    """What a sample gave: the inferred config (None with an ``error``), its evidence, and the events read."""

    error: str | None = None
    config: dict[str, Any] | None = None
    confidence: float | None = None
    evidence: list[str] = dataclasses.field(default_factory=list)
    events: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    total: int = 0
    skipped: list[tuple[str, str]] = dataclasses.field(default_factory=list)

    @property
    def config_json(self) -> str:
        return json.dumps(self.config, indent=2, ensure_ascii=False) if self.config is not None else ""


def sample_fetch(url: str) -> tuple[bytes | None, str | None]:
    """The response at ``url`` through the guarded client (no private addresses), or the reason it failed."""
    try:
        with HttpClient(rate_key="admin-draft") as http:
            return http.get(url).content, None
    except FetchError as exc:
        return None, SAMPLE_UNREACHABLE.format(error=exc)
    except Exception as exc:  # a URL staff typed is a message on the page, never an error page
        logger.exception("fetching a json_api sample failed")
        return None, SAMPLE_UNREACHABLE.format(error=type(exc).__name__)


def draft_from_sample(payload: bytes, *, url: str | None = None, zone_name: str | None = None) -> Draft:
    """The ``json_api`` config inferred from a sample, and the events that config reads from it. Every problem
    (too big, not JSON, no list of events, anything the reader trips on) is a ``Draft`` with an ``error``."""
    if len(payload) > SAMPLE_MAX_BYTES:
        return Draft(error=SAMPLE_TOO_BIG.format(limit=SAMPLE_MAX_BYTES // 1024))
    try:
        return _draft(payload, url, zone_name)
    except Exception as exc:  # an untrusted sample is a message on the page, never an error page
        logger.exception("drafting a json_api config from a sample failed")
        return Draft(error=SAMPLE_FAILED.format(error=type(exc).__name__))


def _draft(payload: bytes, url: str | None, zone_name: str | None) -> Draft:
    try:
        data = json.loads(payload)
    except (ValueError, RecursionError) as exc:
        return Draft(error=SAMPLE_NOT_JSON.format(error=type(exc).__name__ if isinstance(exc, RecursionError) else exc))
    found = infer(data, zone_name=zone_name)
    if found is None:
        return Draft(error=NO_EVENTS)
    config = {**({"url": url} if url else {}), **found.config}
    if zone_name and "timezone" not in config:
        # The zone staff typed is saved with the config, so the source reads as the preview did; a zone the
        # document states itself (already in the config) is the document's own word and stays.
        config["timezone"] = zone_name
    draft = Draft(config=config, confidence=found.confidence, evidence=found.evidence)
    try:
        # Read exactly as a source saved with this config would read it.
        extraction = extract_document(
            payload,
            window=default_window(timezone.now()),
            kind="json_api",
            page_url=url,
            zone=zone(zone_name) if zone_name else None,
            config=config,
        )
    except ExtractionError as exc:
        draft.error = SAMPLE_UNREADABLE.format(error=exc)
        return draft
    draft.total = len(extraction.events)
    draft.events = extraction.events[:PREVIEW_EVENTS]
    draft.skipped = extraction.skipped[:PREVIEW_EVENTS]
    return draft
