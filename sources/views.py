"""Inbound webhooks: ``POST /webhooks/sources/<slug>/``. The view checks transport, services decide."""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from events.tasks import process_on_commit
from sources.adapters.base import AdapterError
from sources.models import Source
from sources.services import source_receive, webhook_authenticate, webhook_throttled
from sources.signing import SignatureError

UNKNOWN_SOURCE = "No active webhook source with this slug."
THROTTLED = "Too many deliveries this minute; retry later."


@csrf_exempt  # authenticated by its HMAC signature, not a browser session
@require_POST
def source_webhook(request: HttpRequest, slug: str) -> JsonResponse:
    source = Source.objects.select_related("city").filter(slug=slug, adapter="webhook", is_active=True).first()
    if source is None:
        return JsonResponse({"error": UNKNOWN_SOURCE}, status=404)
    body = request.body
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
