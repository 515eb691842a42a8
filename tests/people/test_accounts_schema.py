"""The accounts endpoints in the OpenAPI schema, and a bounded schemathesis run over them alone: whatever the
body, never a 5xx, and every answer has a documented status and shape."""

from __future__ import annotations

import pytest
from django.core import signals
from django.db import close_old_connections

from tests.api.test_schema import fuzz_operation, served_schema

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

ACCOUNT_PATHS = ("/api/v1/auth/", "/api/v1/me/")


def test_account_endpoints_are_documented(client):
    paths = served_schema(client)["paths"]
    assert {"/api/v1/auth/register/", "/api/v1/auth/token/", "/api/v1/me/"} <= set(paths)
    assert set(paths["/api/v1/me/"]) >= {"get", "patch", "delete"}
    assert "429" in paths["/api/v1/auth/register/"]["post"]["responses"]


def test_fuzzing_the_account_endpoints_finds_no_server_error(client, settings, mailoutbox):
    import schemathesis
    from django.core.wsgi import get_wsgi_application
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

    settings.ALLOWED_HOSTS = ["*"]
    schema = schemathesis.openapi.from_dict(served_schema(client))
    schema.app = get_wsgi_application()
    checks = [not_a_server_error, status_code_conformance, response_schema_conformance]
    operations = [result.ok() for result in schema.get_all_operations() if result.ok().path.startswith(ACCOUNT_PATHS)]
    assert len(operations) == 8
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    statuses: list[int] = []
    try:
        for operation in operations:
            fuzz_operation(operation, checks, statuses)
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)
    assert {400, 401} <= set(statuses)
