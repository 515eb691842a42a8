"""One error body for the whole admin API: ``{"error": "<message>", "fields": {"<field>": ["<message>"]}}``."""

from __future__ import annotations

from typing import Any

from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

INVALID = "Invalid input: see fields."


def _messages(detail: Any) -> Any:
    """DRF's ErrorDetail tree as plain strings (lists and dicts kept: a list of events has one entry per item)."""
    if isinstance(detail, dict):
        return {str(key): _messages(value) for key, value in detail.items()}
    if isinstance(detail, list):
        return [_messages(item) for item in detail]
    return str(detail)


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    response = drf_exception_handler(exc, context)
    if response is None:
        return None  # not an API error: Django's 500 handling takes over
    if isinstance(exc, exceptions.ValidationError):
        detail = exc.detail
        if isinstance(detail, dict):
            fields = _messages(detail)
        else:  # a whole-body error (e.g. "expected a list"): filed under non_field_errors
            fields = {"non_field_errors": _messages(detail if isinstance(detail, list) else [detail])}
        response.data = {"error": INVALID, "fields": fields}
    else:
        detail = getattr(exc, "detail", None)
        if isinstance(detail, dict) and "detail" in detail:  # simplejwt's {"detail", "code", "messages"}
            detail = detail["detail"]
        response.data = {"error": str(detail) if detail is not None else str(exc), "fields": {}}
    return response
