"""The Source form of a passthrough adapter (json_api, scraper): the timezone and private-network fields it
shows beside the JSON box are saved, and win over the same keys in the box."""

from __future__ import annotations

import pytest
from django.urls import reverse

from sources.forms import FIELD_PREFIX
from tests.factories import SourceFactory
from tests.sources.test_json_api import city_config
from tests.sources.test_source_form import errors, payload, post, saved

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

CONFIG = city_config("https://data.example.gov")


def test_the_fields_beside_the_json_box_are_saved(admin_client):
    source = saved(
        post(admin_client, payload("json_api", CONFIG, timezone="Europe/Berlin", allow_private_network="true"))
    )

    assert source.config == CONFIG | {"timezone": "Europe/Berlin", "allow_private_network": True}


def test_a_field_that_is_set_wins_over_the_json_box(admin_client):
    config = CONFIG | {"timezone": "America/Chicago", "allow_private_network": True}

    source = saved(
        post(admin_client, payload("json_api", config, timezone="Europe/Berlin", allow_private_network="false"))
    )

    assert (source.config["timezone"], source.config["allow_private_network"]) == ("Europe/Berlin", False)


def test_a_key_only_in_the_json_box_is_kept_and_checked_as_its_field(admin_client):
    assert (
        saved(post(admin_client, payload("json_api", CONFIG | {"timezone": "Asia/Kolkata"}))).config["timezone"]
        == "Asia/Kolkata"
    )
    form_errors = errors(post(admin_client, payload("json_api", CONFIG | {"timezone": "Mars/Olympus"}) | {"slug": "x"}))
    assert list(form_errors) == [f"{FIELD_PREFIX}timezone"]


def test_the_change_page_shows_them_in_their_fields_and_saving_keeps_them(admin_client):
    config = CONFIG | {"timezone": "Europe/Berlin", "allow_private_network": True}
    source = SourceFactory(adapter="json_api", kind="api", config=config)
    url = reverse("admin:sources_source_change", args=[source.pk])

    form = admin_client.get(url).context["adminform"].form

    assert form.initial[FIELD_PREFIX + "timezone"] == "Europe/Berlin"
    assert form.initial[FIELD_PREFIX + "allow_private_network"] == "true"
    assert "timezone" not in form.initial["config"]
    data = payload("json_api", form.initial["config"], timezone="Europe/Berlin", allow_private_network="true")
    data["slug"] = source.slug
    response = admin_client.post(url, data)

    assert response.status_code == 302, errors(response)
    source.refresh_from_db()
    assert source.config == config
