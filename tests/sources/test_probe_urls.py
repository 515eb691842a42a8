"""URLs httpx or urllib cannot read are a FetchError at the fetching boundary, never a traceback."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from sources.drafts import sample_fetch
from sources.fetching import FetchError, origin_key, url_host_port
from sources.http import HttpClient

UNREADABLE_URLS = ["http://0177.0.0.1/x.json", "http://[::1/x.json", "http://[x]/"]


@pytest.mark.parametrize("url", UNREADABLE_URLS)
def test_an_unreadable_url_is_a_fetch_error(url):
    with pytest.raises(FetchError, match="Invalid URL"):
        url_host_port(url)


@pytest.mark.parametrize("allow_private", [False, True])
@pytest.mark.parametrize("url", UNREADABLE_URLS)
def test_the_client_refuses_it_with_a_fetch_error(url, allow_private):
    with HttpClient(rate_key="probe", allow_private=allow_private) as http, pytest.raises(FetchError):
        http.get(url)


def test_an_unreadable_url_is_granted_nothing():
    assert origin_key("http://[::1/x.json") == ("", -1)


def test_the_draft_page_says_the_url_could_not_be_fetched():
    payload, error = sample_fetch("http://0177.0.0.1/x.json")

    assert payload is None
    assert error.startswith("The URL could not be fetched")


def test_anything_else_the_draft_fetch_trips_on_is_a_message(monkeypatch):
    class Broken:
        def __init__(self, **kwargs):
            raise RuntimeError("boom")

    monkeypatch.setattr("sources.drafts.HttpClient", Broken)

    payload, error = sample_fetch("https://api.example.org/events")

    assert payload is None
    assert error == "The URL could not be fetched: RuntimeError"


def test_extract_reports_it_as_unreadable():
    with pytest.raises(CommandError, match="Invalid URL") as raised:
        call_command("extract", "http://0177.0.0.1/x.json")

    assert raised.value.returncode != 0
