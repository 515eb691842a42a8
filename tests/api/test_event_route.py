"""The event page's path read from events/routes.py (no URLconf import) is the path ``reverse`` gives."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from events.api import representation
from events.api.representation import _reversed_path, _routed_path, page_url_builder
from events.links import site_url
from events.routes import ROUTED_IN

ROOT = Path(__file__).resolve().parents[2]


def test_the_routed_path_is_the_reversed_path():
    assert settings.ROOT_URLCONF == ROUTED_IN
    routed = _routed_path()
    assert routed is not None
    assert routed == _reversed_path(ROUTED_IN)


@pytest.mark.parametrize(
    ("pk", "slug"),
    [(1, "jazz-night"), (0, "a"), (2**40, "x.y~z_-"), (7, "café"), (9, "a b"), (5, "50%-off"), (3, ""), (4, "-")],
)
def test_a_built_url_is_the_reversed_url(pk, slug):
    expected = site_url(reverse("events:detail", kwargs={"pk": pk, "slug": slug or "event"}))
    assert page_url_builder()(pk, slug) == expected


@pytest.mark.parametrize(
    ("at", "page"),
    [
        ("", "events/<int:pk>/<slug:slug>/"),  # another converter: reverse's reading
        ("", "events/<str:slug>/"),  # no pk
        ("", "événements/<int:pk>/<str:slug>/"),  # a character reverse quotes
        ("/x/", "events/<int:pk>/<str:slug>/"),  # a leading //, written /%2F by reverse
        ("", "e%/<int:pk>/<str:slug>/"),
    ],
)
def test_a_route_reverse_would_rewrite_is_left_to_reverse(monkeypatch, at, page):
    monkeypatch.setattr(representation, "EVENTS_AT", at)
    monkeypatch.setattr(representation, "EVENT_PAGE", page)
    assert _routed_path() is None


def test_other_urlconfs_and_prefixes_still_reverse(monkeypatch):
    calls = []
    monkeypatch.setattr(representation, "_reversed_path", lambda urlconf: calls.append(urlconf) or ("/a/", "/", "/"))
    representation._detail_path.cache_clear()
    try:
        assert representation._detail_path("/sub/", ROUTED_IN) == ("/a/", "/", "/")
        assert representation._detail_path("/", "tests.some_urls") == ("/a/", "/", "/")
        assert representation._detail_path("/", ROUTED_IN) == _routed_path()
    finally:
        representation._detail_path.cache_clear()
    assert calls == [ROUTED_IN, "tests.some_urls"]


def test_a_fresh_process_builds_event_urls_without_importing_the_urlconf():
    code = (
        "import sys, django; django.setup()\n"
        "from events.api.representation import page_url_builder\n"
        "print(page_url_builder()(12, 'gig'))\n"
        "print('config.urls' in sys.modules)\n"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    url, imported = done.stdout.split()
    assert url.endswith("/events/12/gig/")
    assert imported == "False"
