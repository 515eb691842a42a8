"""Inbound webhooks: ``POST /webhooks/sources/<slug>/``. The view checks transport, services decide.

(The Source admin's "Draft from a sample" page is an admin view; its reading is ``sources.drafts``.)
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from events.tasks import process_on_commit
from sources.adapters.base import AdapterError
from sources.models import Source
from sources.services import source_receive, webhook_authenticate, webhook_throttled
from sources.signing import SignatureError

UNKNOWN_SOURCE = "No active webhook source with this slug."
THROTTLED = "Too many deliveries this minute; retry later."
POST_ONLY = "Deliveries are POSTs."
TOO_LARGE = "The body is larger than {limit} bytes; split the batch."
LENGTH_REQUIRED = "Send the body with a Content-Length header (chunked bodies are not accepted)."


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
