"""The Source form: one "type" choice, the adapter's own config fields, and bad configs refused on save.

Everything goes through the admin add/change views (admin_client), as a moderator or operator would.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.contrib.messages import get_messages
from django.urls import reverse

from sources.adapters import registry
from sources.demo import DEMO_DIR, demo_manifest
from sources.forms import FIELD_PREFIX
from sources.models import FetchRun, Source
from tests.factories import SourceFactory
from tests.sources.test_json_api import city_config, museum_config

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

EXAMPLES = Path(settings.BASE_DIR) / "sources" / "scraping" / "examples"
ADD = "admin:sources_source_add"


def payload(adapter: str, config: dict[str, Any] | None = None, **fields: Any) -> dict[str, Any]:
    """An add-form POST: the type, the config JSON box and any config fields (``url=…`` → config__url)."""
    data = {
        "name": "Test source", "slug": "test-source", "adapter": adapter, "config": json.dumps(config or {}),
        "schedule": "0 * * * *", "rate_limit_per_minute": 60, "priority": 0, "trust_level": "standard",
        "is_active": "on", "runs-TOTAL_FORMS": "0", "runs-INITIAL_FORMS": "0",
    }  # fmt: skip
    data.update({FIELD_PREFIX + key: value for key, value in fields.items()})
    return data


def post(client, data: dict[str, Any]):
    return client.post(reverse(ADD), data)


def errors(response) -> dict[str, list[str]]:
    assert response.status_code == 200, "expected the form back with errors, got a redirect"
    return dict(response.context["adminform"].form.errors)


def saved(response) -> Source:
    assert response.status_code == 302, errors(response)
    return Source.objects.get(slug="test-source")


# --- the form shows the chosen adapter's fields -------------------------------------------------------


def test_add_page_offers_one_type_choice_and_no_kind(admin_client):
    page = admin_client.get(reverse(ADD)).content.decode()
    assert 'name="adapter"' in page
    assert 'name="kind"' not in page
    assert 'value="scraper"' in page
    assert "sources/source_form.js" in page  # the type switch, as a static file (no inline script: CSP)


def test_choosing_a_type_shows_its_fields_with_help_text(admin_client):
    page = admin_client.get(reverse(ADD), {"adapter": "eventbrite"}).content.decode()
    assert f'name="{FIELD_PREFIX}organization_id"' in page
    assert "EVENTBRITE_TOKEN" in page  # the help text says where the secret belongs
    assert f'name="{FIELD_PREFIX}page_id"' not in page  # Facebook's, not this adapter's


def test_saving_a_new_type_shows_its_fields(admin_client):
    """Server side: choose the type, save, and the form comes back with that adapter's fields."""
    response = post(admin_client, payload("facebook"))
    form_errors = errors(response)
    assert f"{FIELD_PREFIX}page_id" in form_errors
    assert f'name="{FIELD_PREFIX}page_id"' in response.content.decode()


def test_change_page_splits_stored_config_into_fields(admin_client):
    source = SourceFactory(adapter="ics", kind="calendar", config={"url": "https://city.example/cal.ics"})
    page = admin_client.get(reverse("admin:sources_source_change", args=[source.pk])).content.decode()
    assert 'value="https://city.example/cal.ics"' in page


# --- documented example configs are accepted -------------------------------------------------------


@pytest.mark.parametrize("entry", demo_manifest(), ids=lambda entry: entry["slug"])
def test_demo_sources_are_accepted(admin_client, entry):
    source = saved(post(admin_client, payload("ics", path=str(DEMO_DIR / entry["file"]))))
    assert source.kind == "calendar"  # derived from the adapter
    assert source.config == {"path": str(DEMO_DIR / entry["file"])}


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.json")), ids=lambda path: path.stem)
def test_scraper_examples_are_accepted(admin_client, example):
    config = json.loads(example.read_text())
    source = saved(post(admin_client, payload("scraper", config)))
    assert (source.kind, source.config) == ("scraper", config)


@pytest.mark.parametrize("config", [city_config("https://data.example.gov"), museum_config("https://museum.example")])
def test_json_api_documented_configs_are_accepted(admin_client, config):
    source = saved(post(admin_client, payload("json_api", config)))
    assert (source.kind, source.config) == ("api", config)


@pytest.mark.parametrize(
    ("adapter", "fields", "kind"),
    [
        ("ics", {"url": "webcal://city.example/cal.ics"}, "calendar"),
        ("rss", {"url": "https://blog.example/events.rss", "complete_listing": "false"}, "feed"),
        ("jsonld", {"url": "https://venue.example/", "follow": "a.event", "max_pages": "3"}, "web_page"),
        ("html", {"url": "https://venue.example/gigs"}, "web_page"),
        ("eventbrite", {"organization_id": "123", "status": "all"}, "api"),
        ("facebook", {"page_id": "cityhall", "page_size": "25"}, "api"),
        ("luma", {"page_size": "50"}, "api"),
        ("meetup", {"urlname": "seattle-hikers"}, "api"),
        ("yelp", {"latitude": "47.6", "longitude": "-122.3", "radius": "5000"}, "api"),
        ("seatgeek", {"venue.city": "Austin", "per_page": "50"}, "api"),
        ("ticketmaster", {"city": "Chicago", "countryCode": "US", "size": "100"}, "api"),
        ("webhook", {}, "webhook"),
    ],
)
def test_documented_configs_are_accepted(admin_client, adapter, fields, kind):
    source = saved(post(admin_client, payload(adapter, **fields)))
    assert source.kind == kind
    assert set(source.config) == set(fields)


def test_typed_values_are_stored_as_json_types(admin_client):
    source = saved(post(admin_client, payload("rss", url="https://blog.example/feed", complete_listing="true")))
    assert source.config == {"url": "https://blog.example/feed", "complete_listing": True}
    source = SourceFactory(slug="yelp", adapter="yelp", kind="api", config={})
    data = payload("yelp", location="Austin", page_size="20", radius="3000") | {"slug": "yelp"}
    response = admin_client.post(reverse("admin:sources_source_change", args=[source.pk]), data)
    assert response.status_code == 302
    source.refresh_from_db()
    assert source.config == {"location": "Austin", "page_size": 20, "radius": 3000}


def test_every_adapter_declares_a_kind_the_model_knows():
    kinds = {value for value, _ in Source._meta.get_field("kind").choices}
    assert {registry.get(name).source_kind for name in registry.names()} <= kinds


# --- bad configs are form errors on the field that is wrong -------------------------------------------


def test_typo_in_a_key_is_refused(admin_client):
    form_errors = errors(post(admin_client, payload("ics", {"ulr": "https://city.example/cal.ics"})))
    assert "'ulr'" in form_errors["config"][0]
    assert not Source.objects.exists()


def test_typo_in_a_json_api_key_is_refused(admin_client):
    config = city_config("https://data.example.gov") | {"pagnation": {"type": "page"}}
    form_errors = errors(post(admin_client, payload("json_api", config)))
    assert "'pagnation'" in form_errors["config"][0]


def test_typo_in_a_scraper_key_is_refused(admin_client):
    config = json.loads((EXAMPLES / "lbb.json").read_text()) | {"itme": "article"}
    form_errors = errors(post(admin_client, payload("scraper", config)))
    assert "'itme'" in form_errors["config"][0]


@pytest.mark.parametrize("url", ["ftp://city.example/cal.ics", "file:///etc/passwd", "javascript:alert(1)", "cal.ics"])
def test_non_http_url_is_refused(admin_client, url):
    form_errors = errors(post(admin_client, payload("ics", url=url)))
    assert list(form_errors) == [f"{FIELD_PREFIX}url"]


def test_non_http_url_in_the_json_box_is_refused(admin_client):
    """A declared key typed into the JSON box is checked like its field."""
    form_errors = errors(post(admin_client, payload("rss", {"url": "file:///etc/passwd"})))
    assert form_errors


def test_path_outside_the_file_roots_is_refused(admin_client, tmp_path_factory):
    outside = tmp_path_factory.mktemp("outside") / "cal.ics"  # tmp_path itself is a root in tests
    outside.write_text("BEGIN:VCALENDAR\nEND:VCALENDAR\n")
    form_errors = errors(post(admin_client, payload("ics", path=str(outside))))
    assert "SOURCE_FILE_ROOTS" in form_errors[f"{FIELD_PREFIX}path"][0]
    traversal = str(DEMO_DIR / ".." / ".." / "manage.py")
    assert f"{FIELD_PREFIX}path" in errors(post(admin_client, payload("ics", path=traversal)))


def test_missing_location_is_refused_on_the_url_field(admin_client):
    form_errors = errors(post(admin_client, payload("ics")))
    assert "'url' or a 'path'" in form_errors[f"{FIELD_PREFIX}url"][0]


def test_bad_scraper_selector_is_refused(admin_client):
    config = json.loads((EXAMPLES / "lbb.json").read_text())
    config["item"] = "article[[["
    form_errors = errors(post(admin_client, payload("scraper", config)))
    assert "selector" in form_errors["config"][0].lower()


def test_bad_json_api_mapping_is_refused(admin_client):
    config = city_config("https://data.example.gov")
    del config["mapping"]["title"]
    assert "title" in errors(post(admin_client, payload("json_api", config)))["config"][0]
    config = city_config("https://data.example.gov") | {"mapping": {"title": "name", "start": {"paht": "x"}}}
    assert errors(post(admin_client, payload("json_api", config)))["config"]


@pytest.mark.parametrize(
    ("adapter", "fields", "field"),
    [
        ("eventbrite", {}, "organization_id"),
        ("eventbrite", {"organization_id": "1", "venue_id": "2"}, "venue_id"),
        ("meetup", {}, "urlname"),
        ("meetup", {"format": "legacy"}, "url"),
        ("yelp", {"latitude": "47.6"}, "location"),
        ("facebook", {"page_id": "x", "max_pages": "0"}, "max_pages"),
        ("ticketmaster", {"base_url": "gopher://x"}, "base_url"),
        ("eventbrite", {"organization_id": "1", "status": "drafts"}, "status"),
    ],
)
def test_api_rules_are_form_errors_on_their_field(admin_client, adapter, fields, field):
    form_errors = errors(post(admin_client, payload(adapter, **fields)))
    assert f"{FIELD_PREFIX}{field}" in form_errors


def test_webhook_is_never_fetched_so_it_takes_no_url(admin_client):
    assert "'url'" in errors(post(admin_client, payload("webhook", {"url": "https://x.example"})))["config"][0]


def test_keys_every_fetch_reads_are_fields_of_every_adapter(admin_client):
    fields = {"url": "http://10.0.0.5/cal.ics", "timezone": "Europe/Berlin", "allow_private_network": "true"}
    source = saved(post(admin_client, payload("ics", **fields)))
    assert source.config == fields | {"allow_private_network": True}
    config = city_config("https://data.example.gov") | {"allow_private_network": True}
    response = post(admin_client, payload("json_api", config) | {"slug": "test-source-2"})
    assert response.status_code == 302
    assert Source.objects.get(slug="test-source-2").config == config


@pytest.mark.parametrize("name", ["Europe", "Mars/Olympus", "../../etc/passwd"])
def test_bad_timezone_is_refused(admin_client, name):
    form_errors = errors(post(admin_client, payload("rss", url="https://blog.example/feed", timezone=name)))
    assert list(form_errors) == [f"{FIELD_PREFIX}timezone"]


def test_non_object_config_is_refused(admin_client):
    assert errors(post(admin_client, payload("scraper") | {"config": "[1, 2]"}))["config"]


# --- Fetch now says where the run is ------------------------------------------------------------------


@pytest.mark.redis
def test_fetch_now_message_links_to_the_run(admin_client, django_capture_on_commit_callbacks):
    source = SourceFactory(slug="demo", adapter="ics", kind="calendar", config={"path": str(DEMO_DIR / "sf-tech.ics")})
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("admin:sources_source_changelist"), {"action": "fetch_now", "_selected_action": [source.pk]}
        )
    assert response.status_code == 302
    run = FetchRun.objects.get(source=source)
    assert run.trigger == FetchRun.Trigger.ADMIN
    assert run.status != FetchRun.Status.QUEUED  # the task took over the run the message names
    [message] = [str(message) for message in get_messages(response.wsgi_request)]
    assert f'href="{reverse("admin:sources_fetchrun_change", args=[run.pk])}"' in message
    assert f"run #{run.pk}" in message
    assert "demo" in message or source.name in message


def test_fetch_now_message_escapes_the_source_name(admin_client, django_capture_on_commit_callbacks):
    source = SourceFactory(slug="evil", name="<b>Evil</b>", config={"path": str(DEMO_DIR / "sf-tech.ics")})
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("admin:sources_source_changelist"), {"action": "fetch_now", "_selected_action": [source.pk]}
        )
    [message] = [str(message) for message in get_messages(response.wsgi_request)]
    assert "<b>Evil</b>" not in message
    assert "&lt;b&gt;Evil&lt;/b&gt;" in message


def test_adapter_settings_are_grouped_after_the_type(admin_client):
    source = SourceFactory(adapter="ics", kind="calendar", config={"url": "https://city.example/cal.ics"})
    response = admin_client.get(reverse("admin:sources_source_change", args=[source.pk]))
    [main, adapter_settings, health] = response.context["adminform"].fieldsets
    assert "adapter" in main[1]["fields"]
    assert adapter_settings[1]["fields"][:2] == [f"{FIELD_PREFIX}url", f"{FIELD_PREFIX}path"]
    assert adapter_settings[1]["fields"][-1] == "config"
    assert "health" in health[1]["fields"]
