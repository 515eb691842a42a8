"""The Source admin's "Draft from a sample" page (issue #13): a JSON API's response, uploaded or fetched, read
with a json_api config inferred from it; the page shows the config and the events it reads, and its button opens
the add form pre-filled with that config. Bad input is a message on the page, never an error page.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from sources import drafts, forms
from sources.adapters._json_infer import NO_EVENTS
from sources.drafts import SAMPLE_FAILED, draft_from_sample, sample_fetch
from sources.models import Source
from tests.factories import UserFactory
from tests.sources.test_source_form import payload

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

CORPUS = Path(__file__).resolve().parents[2] / "bench" / "corpus" / "apis" / "files"
DRAFT = "admin:sources_source_draft"


def upload(client: Client, content: bytes, name: str = "sample.json", **fields: str):
    return client.post(reverse(DRAFT), {"sample": SimpleUploadedFile(name, content), **fields})


def test_an_uploaded_sample_shows_its_config_its_events_and_a_prefilled_add_form(admin_client):
    response = upload(admin_client, (CORPUS / "culver_city.json").read_bytes(), timezone="America/Los_Angeles")

    assert response.status_code == 200
    draft = response.context["draft"]
    assert draft.error is None
    assert draft.config["mapping"]["title"] == "Name.label"
    assert draft.total == 10
    page = response.content.decode()
    assert "Committee on Permits and Licenses" in page
    assert "Meeting Date" in page  # the config is on the page

    add_url = response.context["add_url"]
    query = parse_qs(urlsplit(add_url).query)
    assert query["adapter"] == ["json_api"]
    assert "config" not in query  # the config stays in the session: a link cannot carry one

    form = admin_client.get(add_url).context["adminform"].form
    assert form.initial["config"] == draft.config
    assert form.initial["adapter"] == "json_api"
    assert draft.config["timezone"] == "America/Los_Angeles"  # the zone typed is saved with the config


def test_the_drafted_config_saves_as_a_json_api_source(admin_client):
    config = draft_from_sample((CORPUS / "il_adcrc.json").read_bytes()).config

    response = admin_client.post(reverse("admin:sources_source_add"), payload("json_api", config))

    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Source.objects.get(slug="test-source").config == config


def test_the_link_from_the_sources_list(admin_client):
    page = admin_client.get(reverse("admin:sources_source_changelist")).content.decode()

    assert reverse(DRAFT) in page


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<!doctype html><html><body><h1>Events</h1></body></html>", "The sample is not JSON"),
        (b'{"users": [{"name": "Ann"}]}', NO_EVENTS),
        (b"[" * 100_000 + b"]" * 100_000, "The sample is not JSON"),
    ],
    ids=["html", "no-events", "too-deep"],
)
def test_bad_samples_are_a_message_on_the_page(admin_client, content, message):
    response = upload(admin_client, content)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert response.context["add_url"] is None


def test_a_sample_too_big_or_no_sample_is_a_form_error(admin_client, monkeypatch):
    monkeypatch.setattr(forms, "SAMPLE_MAX_BYTES", 100)

    too_big = upload(admin_client, (CORPUS / "san_diego_county.json").read_bytes())
    neither = admin_client.post(reverse(DRAFT), {})

    assert too_big.context["form"].errors["sample"] == [forms.SAMPLE_TOO_BIG.format(limit=0)]
    assert neither.context["form"].non_field_errors() == [forms.ONE_SAMPLE]
    assert too_big.context["draft"] is None


def test_a_url_is_fetched_and_becomes_the_configs_url(admin_client, monkeypatch):
    body = json.dumps([{"title": "Jazz", "start": "2024-05-01T19:00:00", "link": "/events/1"}]).encode()

    class FakeResponse:
        content = body

    class FakeClient:
        def __init__(self, **kwargs):
            self.kwargs = kwargs

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return None

        def get(self, url):
            assert (url, self.kwargs.get("allow_private", False)) == ("https://api.example.org/v1/events", False)
            return FakeResponse()

    monkeypatch.setattr("sources.drafts.HttpClient", FakeClient)

    response = admin_client.post(reverse(DRAFT), {"url": "https://api.example.org/v1/events"})

    draft = response.context["draft"]
    assert draft.config["url"] == "https://api.example.org/v1/events"
    assert draft.events[0]["url"] == "https://api.example.org/events/1"  # resolved against the API's URL


def test_a_private_address_is_not_fetched():
    payload_, error = sample_fetch("http://127.0.0.1:9/events.json")

    assert payload_ is None
    assert error.startswith("The URL could not be fetched")


def test_only_staff_with_the_add_permission_and_a_csrf_token(client):
    assert client.get(reverse(DRAFT)).status_code == 302  # to the admin login

    staff = UserFactory(is_staff=True)
    client.force_login(staff)
    assert client.get(reverse(DRAFT)).status_code == 403
    staff.user_permissions.add(Permission.objects.get(codename="add_source"))
    assert client.get(reverse(DRAFT)).status_code == 200

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(staff)
    assert upload(strict, b"[]").status_code == 403


# --- review findings (issue #13) ----------------------------------------------------------------------------
def test_a_crafted_link_cannot_prefill_a_config_or_privileged_settings(admin_client):
    add = reverse("admin:sources_source_add")
    config = {
        "items": "",
        "mapping": {"title": "t", "start": "s"},
        "url": "http://10.0.0.5/",
        "allow_private_network": True,
    }

    raw = admin_client.get(add, {"adapter": "json_api", "config": json.dumps(config)}).context["adminform"].form
    fields = (
        admin_client.get(
            add,
            {
                "adapter": "html",
                "name": "Library",
                "config__allow_private_network": "true",
                "config__url": "https://x.example/",
            },
        )
        .context["adminform"]
        .form
    )
    secret = admin_client.get(add, {"adapter": "eventbrite", "config__token": "t0ken"}).context["adminform"].form

    assert not raw.initial.get("config")
    assert "config__allow_private_network" not in fields.initial
    assert (fields.initial["name"], fields.initial["config__url"]) == ("Library", "https://x.example/")
    assert "config__token" not in secret.initial


def test_a_draft_token_only_prefills_the_config_for_the_user_who_drafted_it(admin_client, client):
    response = upload(admin_client, (CORPUS / "culver_city.json").read_bytes())
    add_url = response.context["add_url"]
    other = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(other)

    assert admin_client.get(add_url).context["adminform"].form.initial["config"] == response.context["draft"].config
    assert not client.get(add_url).context["adminform"].form.initial.get("config")
    assert not admin_client.get(add_url.replace("draft=", "draft=x")).context["adminform"].form.initial.get("config")


def test_a_zone_the_document_states_is_kept_over_the_one_typed():
    sample = {"timeZone": "Europe/Berlin", "events": [{"title": "Jazz", "start": "2024-05-01T19:00:00"}] * 2}

    stated = draft_from_sample(json.dumps(sample).encode(), zone_name="America/Chicago")
    typed = draft_from_sample(json.dumps(sample["events"]).encode(), zone_name="America/Chicago")

    assert (stated.config["timezone"], typed.config["timezone"]) == ("Europe/Berlin", "America/Chicago")
    assert typed.events[0]["start"] == "2024-05-01T19:00:00-05:00"


def test_anything_the_reader_trips_on_is_a_message_on_the_page(admin_client, monkeypatch):
    def explode(data, **options):
        raise OverflowError("int too large to convert to float")

    monkeypatch.setattr(drafts, "infer", explode)

    response = upload(admin_client, b'[{"title": "Jazz", "start": "2024-05-01T19:00:00"}]')

    assert response.status_code == 200
    assert response.context["draft"].error == SAMPLE_FAILED.format(error="OverflowError")
    assert response.context["add_url"] is None


def test_huge_numbers_and_hostile_text_in_a_sample_are_read_around():
    items = [
        {
            "title": "Board meeting",
            "start": "2024-05-01T10:00:00",
            "lat": 10**400,
            "start_time": "1" + " " * 100_000 + "x",
        },
        {"title": "Budget hearing", "start": "2024-05-02T10:00:00", "lat": 41.9, "start_time": "10:00"},
    ]

    draft = draft_from_sample(json.dumps({"events": items}).encode())

    assert draft.error is None
    assert draft.config["mapping"]["start"] == "start"
    assert [event["title"] for event in draft.events] == ["Board meeting", "Budget hearing"]


def test_the_zone_typed_decides_dates_that_read_both_ways_round():
    sample = json.dumps([{"title": f"Talk {n}", "date": day} for n, day in enumerate(["05/01/2024", "06/02/2024"])])

    chicago = draft_from_sample(sample.encode(), zone_name="America/Chicago")
    berlin = draft_from_sample(sample.encode(), zone_name="Europe/Berlin")

    assert [event["start"] for event in chicago.events] == ["2024-05-01", "2024-06-02"]
    assert [event["start"] for event in berlin.events] == ["2024-01-05", "2024-02-06"]
