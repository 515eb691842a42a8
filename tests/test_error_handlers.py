"""Errors Django answers outside any view: JSON under the APIs and webhooks, the site's pages elsewhere."""

from __future__ import annotations

import pytest
from django.test import RequestFactory

from config import errors


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/api/nothing-here", "/api/v1/events/12/unknown/", "/api/admin/x/y"])
def test_unknown_api_addresses_answer_json(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert "error" in response.json()


@pytest.mark.django_db
def test_unknown_page_answers_html(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")


def test_server_errors_speak_to_their_client():
    factory = RequestFactory()
    api = errors.server_error(factory.get("/api/v1/events/"))
    webhook = errors.server_error(factory.post("/webhooks/partner/"))
    assert api.status_code == webhook.status_code == 500
    assert b"delivery" not in api.content
    assert b"delivery was not processed" in webhook.content
