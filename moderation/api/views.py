"""Thin views: check the input, call a service or selector, shape the output (see serializers.py)."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from django.utils import timezone
from rest_framework import serializers, status
from rest_framework.exceptions import APIException
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from events.models import StagedEvent
from moderation.api import selectors, services
from moderation.api.serializers import (
    JobOutput,
    JobQueuedOutput,
    ModerationOutput,
    PipelineOutput,
    ReasonInput,
    SourceOutput,
    ValidateInput,
    ValidationOutput,
)
from sources.models import FetchRun, Source


class Conflict(APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "Conflict."


class SourceList(APIView):
    def get(self, request: Request) -> Response:
        return Response(SourceOutput(selectors.sources_with_health(), many=True).data)


class SourceFetch(APIView):
    def post(self, request: Request, pk: int) -> Response:
        source = get_object_or_404(Source, pk=pk)
        run = services.source_fetch_queue(source=source)
        run.refresh_from_db(fields=["status"])  # in eager mode the fetch already ran on commit
        body = {"job": run.pk, "status": run.status, "status_url": f"/api/admin/jobs/{run.pk}/"}
        return Response(JobQueuedOutput(body).data, status=status.HTTP_202_ACCEPTED)


class JobDetail(APIView):
    def get(self, request: Request, pk: int) -> Response:
        run = get_object_or_404(FetchRun.objects.select_related("source"), pk=pk)
        return Response(JobOutput(run).data)


class StagedModerate(APIView):
    verdict = ""  # set in urls.py: approve, reject or flag

    def post(self, request: Request, pk: int) -> Response:
        data = ReasonInput(data=request.data, verdict=self.verdict)
        data.is_valid(raise_exception=True)
        staged = get_object_or_404(StagedEvent.objects.select_related("event"), pk=pk)
        try:
            row = services.staged_moderate(
                acting_user=request.user, staged=staged, verdict_name=self.verdict, reason=data.validated_data["reason"]
            )
        except services.NoEvent as exc:
            raise Conflict(str(exc)) from exc
        except ValueError as exc:  # an action's own refusal (e.g. a reason it will not take)
            raise serializers.ValidationError({"reason": [str(exc)]}) from exc
        event = staged.event
        assert event is not None  # noqa: S101 - staged_moderate raised NoEvent otherwise
        event.refresh_from_db(fields=["moderation_status"])
        body = {
            "staged": staged.pk,
            "event": event.pk,
            "verdict": self.verdict,
            "action": row.pk if row else None,
            "moderation_status": event.moderation_status,
        }
        return Response(ModerationOutput(body).data)


class Validate(APIView):
    def post(self, request: Request) -> Response:
        field = ValidateInput()
        try:
            records = field.run_validation(request.data)
        except serializers.ValidationError as exc:
            raise serializers.ValidationError({"events": exc.detail}) from exc
        results = services.events_validate(records=records, now=timezone.now())
        return Response(ValidationOutput(results, many=True).data)


class Pipeline(APIView):
    def get(self, request: Request) -> Response:
        return Response(PipelineOutput(selectors.pipeline_figures(now=timezone.now())).data)
