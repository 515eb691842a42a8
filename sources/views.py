"""Inbound webhooks: ``POST /webhooks/sources/<slug>/``. The view checks transport, services decide.

Also the reading behind the Source admin's "Draft from a sample" page (``draft_from_sample``): a JSON API's
response, fetched through the SSRF-guarded client or uploaded, read with a ``json_api`` config inferred from it,
so a moderator sees the config and the events it gives before saving it as a source.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt

from events.tasks import process_on_commit
from events.zones import zone
from sources.adapters._json_infer import NO_EVENTS, infer
from sources.adapters.base import AdapterError
from sources.extraction import ExtractionError, default_window, extract_document
from sources.fetching import FetchError
from sources.forms import SAMPLE_MAX_BYTES, SAMPLE_TOO_BIG
from sources.http import HttpClient
from sources.models import Source
from sources.services import source_receive, webhook_authenticate, webhook_throttled
from sources.signing import SignatureError

UNKNOWN_SOURCE = "No active webhook source with this slug."
THROTTLED = "Too many deliveries this minute; retry later."
POST_ONLY = "Deliveries are POSTs."
TOO_LARGE = "The body is larger than {limit} bytes; split the batch."
LENGTH_REQUIRED = "Send the body with a Content-Length header (chunked bodies are not accepted)."
SAMPLE_NOT_JSON = "The sample is not JSON ({error}): give the API's JSON response, not a web page."
SAMPLE_UNREADABLE = "The sample could not be read: {error}"
SAMPLE_UNREACHABLE = "The URL could not be fetched: {error}"
PREVIEW_EVENTS = 25  # events shown under the inferred config


@csrf_exempt  # authenticated by its HMAC signature, not a browser session
def source_webhook(request: HttpRequest, slug: str) -> JsonResponse:
    if request.method != "POST":
        return JsonResponse({"error": POST_ONLY}, status=405, headers={"Allow": "POST"})
    source = Source.objects.select_related("city").filter(slug=slug, adapter="webhook", is_active=True).first()
    if source is None:
        return JsonResponse({"error": UNKNOWN_SOURCE}, status=404)
    body, refusal = _read_body(request)
    if refusal is not None:
        return refusal
    try:
        webhook_authenticate(
            source=source,
            timestamp=request.headers.get("X-Whatson-Timestamp"),
            signature=request.headers.get("X-Whatson-Signature"),
            body=body,
        )
    except SignatureError as exc:
        return JsonResponse({"error": str(exc)}, status=401)
    if webhook_throttled(source=source):
        return JsonResponse({"error": THROTTLED}, status=429, headers={"Retry-After": "60"})
    try:
        outcome = source_receive(source=source, payload=body)
    except AdapterError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    process_on_commit(staged_event_ids=outcome.pending_ids)
    run = outcome.run
    return JsonResponse(
        {
            "run": run.pk,
            "received": run.found,
            "new": run.new,
            "updated": run.updated,
            "unchanged": run.unchanged,
            "rejected": run.errors,
        },
        status=202,
    )


def _read_body(request: HttpRequest) -> tuple[bytes, JsonResponse | None]:
    """The body, or the JSON answer refusing it: too large (413), or chunked under WSGI (411).

    Under WSGI Django reads exactly Content-Length bytes, so a chunked body would arrive empty and then
    fail its signature with a misleading message; under ASGI the server has already assembled it.
    """
    chunked = "chunked" in request.headers.get("Transfer-Encoding", "").lower()
    if chunked and "wsgi.input" in request.META and not request.META.get("CONTENT_LENGTH"):
        return b"", JsonResponse({"error": LENGTH_REQUIRED}, status=411)
    try:
        return request.body, None
    except RequestDataTooBig:
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        return b"", JsonResponse({"error": TOO_LARGE.format(limit=limit)}, status=413)


# --- "Draft from a sample" (the Source admin) --------------------------------------------------------------
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


def draft_from_sample(payload: bytes, *, url: str | None = None, zone_name: str | None = None) -> Draft:
    """The ``json_api`` config inferred from a sample, and the events that config reads from it. Every problem
    (too big, not JSON, no list of events) is a ``Draft`` with an ``error``, never an exception."""
    if len(payload) > SAMPLE_MAX_BYTES:
        return Draft(error=SAMPLE_TOO_BIG.format(limit=SAMPLE_MAX_BYTES // 1024))
    try:
        data = json.loads(payload)
    except (ValueError, RecursionError) as exc:
        return Draft(error=SAMPLE_NOT_JSON.format(error=type(exc).__name__ if isinstance(exc, RecursionError) else exc))
    found = infer(data)
    if found is None:
        return Draft(error=NO_EVENTS)
    config = {**({"url": url} if url else {}), **found.config}
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
