"""The OpenAPI schema (/api/schema/), the reference page (/api/docs/) and a bounded fuzz run against the schema."""

from __future__ import annotations

import re

import pytest
import yaml
from django.core import signals
from django.db import close_old_connections
from drf_spectacular.validation import validate_schema
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings

from events.filters import EventFilterSet
from tests.test_csp import INLINE_SCRIPT, INLINE_STYLE, assert_policy

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def served_schema(client) -> dict:
    response = client.get("/api/schema/")
    assert response.status_code == 200
    return yaml.safe_load(response.content)


def test_the_schema_is_valid_openapi_and_public_only(client):
    schema = served_schema(client)
    validate_schema(schema)  # raises on an invalid document
    assert schema["openapi"].startswith("3.")
    assert all(path.startswith("/api/v1/") for path in schema["paths"])
    assert {"/api/v1/events/", "/api/v1/events/{id}/", "/api/v1/cities/", "/api/v1/categories/"} <= set(schema["paths"])
    json_schema = client.get("/api/schema/", {"format": "json"})
    assert json_schema.status_code == 200
    assert json_schema.json()["paths"] == schema["paths"]


def test_every_filter_is_documented_with_its_values(client):
    operation = served_schema(client)["paths"]["/api/v1/events/"]["get"]
    parameters = {parameter["name"]: parameter for parameter in operation["parameters"]}
    assert set(EventFilterSet.base_filters) | {"page", "page_size"} <= set(parameters)
    assert all(parameters[name].get("description") for name in EventFilterSet.base_filters)
    assert set(parameters["when"]["schema"]["enum"]) == {
        "today",
        "tonight",
        "tomorrow",
        "this-weekend",
        "this-week",
        "next-7-days",
    }
    assert set(parameters["ordering"]["schema"]["enum"]) == {"start", "-start", "price", "-published", "title"}
    assert set(parameters["status"]["schema"]["items"]["enum"]) == {
        "scheduled",
        "cancelled",
        "postponed",
        "rescheduled",
    }
    assert parameters["page_size"]["schema"]["maximum"] == 100
    assert {"200", "400", "404", "429"} <= set(operation["responses"])


def test_swagger_ui_is_served_from_our_own_files_without_inline_script(client):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    assert_policy(response)
    html = response.content.decode()
    assert not INLINE_SCRIPT.search(html)
    assert not INLINE_STYLE.search(html)
    scripts = re.findall(r'<script[^>]*\bsrc="([^"]+)"', html)
    styles = re.findall(r'<link[^>]*\bhref="([^"]+)"', html)
    assert any("swagger-ui-bundle.js" in src for src in scripts)
    for address in scripts + styles:
        assert address.startswith("/"), address  # same origin: no CDN
        found = client.get(address)
        assert found.status_code == 200, address
        found.close()  # static files stream from an open file
    # The start-up script is a separate same-origin request that points Swagger UI at our schema.
    start = client.get(next(src for src in scripts if "script=" in src))
    assert start["Content-Type"].startswith("application/javascript")
    assert b"/api/schema/" in start.content


def test_the_reference_page_needs_no_inline_script_or_outside_files(client):
    response = client.get("/api/reference/")
    assert response.status_code == 200
    assert_policy(response)
    html = response.content.decode()
    assert not INLINE_SCRIPT.search(html)
    assert not INLINE_STYLE.search(html)
    for address in re.findall(r'<script[^>]*\bsrc="([^"]+)"', html) + re.findall(r'<link[^>]*\bhref="([^"]+)"', html):
        assert address.startswith("/"), address  # same origin: no CDN
    assert "/api/v1/events/" in html
    assert "ordering" in html
    assert "next-7-days" in html
    assert "<h1>" in html
    assert "<table>" in html
    assert "<caption>" in html


def test_fuzzing_the_schema_finds_no_server_error(client, world, settings):
    """A bounded schemathesis run against the WSGI app: whatever the parameters, never a 5xx; and every
    answer matches its documented status and shape."""
    import schemathesis
    from django.core.wsgi import get_wsgi_application
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

    settings.ALLOWED_HOSTS = ["*"]
    settings.API_ANON_RATE = ""
    event = world.event("Fuzzed", venue=world.venue, organizer=world.organizer, category=world.music)
    world.listed(event)
    schema = schemathesis.openapi.from_dict(served_schema(client))
    schema.app = get_wsgi_application()
    checks = [not_a_server_error, status_code_conformance, response_schema_conformance]
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10

    # As Django's test client does: requests must not close the test's connection (its transaction).
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    statuses: list[int] = []
    try:
        for operation in operations:
            fuzz_operation(operation, checks, statuses)
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)
    assert len(statuses) > 100
    assert {200, 400, 404} <= set(statuses)


def fuzz_operation(operation, checks, statuses: list[int]) -> None:
    @hypothesis_settings(
        max_examples=25, deadline=None, database=None, suppress_health_check=list(HealthCheck), derandomize=True
    )
    @given(case=operation.as_strategy())
    def fuzz(case) -> None:
        statuses.append(case.call_and_validate(checks=checks).status_code)

    fuzz()
