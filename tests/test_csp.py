"""Content-Security-Policy: every kind of response carries it, and no template needs inline script or style."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory

from config.csp import HEADER, policy_header
from tests.factories import CityFactory

REQUIRED = {
    "default-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
TEMPLATE_DIRS = [settings.BASE_DIR / "templates", *settings.BASE_DIR.glob("*/templates")]
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>", re.IGNORECASE)
INLINE_STYLE = re.compile(r"<style\b|\sstyle=|\son[a-z]+=", re.IGNORECASE)


def directives(header: str) -> dict[str, str]:
    return dict(part.strip().split(" ", 1) for part in header.split(";"))


def assert_policy(response) -> None:
    policy = directives(response[HEADER])
    for name, value in REQUIRED.items():
        assert policy[name] == value, (name, policy)
    assert "unsafe-inline" not in response[HEADER]
    assert "unsafe-eval" not in response[HEADER]


@pytest.mark.django_db
def test_pages_carry_the_policy(client):
    city = CityFactory()
    for url in ("/", f"/{city.slug}/", "/healthz", "/admin/login/", "/no-such-page/"):
        response = client.get(url)
        assert response.status_code < 500, url
        assert_policy(response)


@pytest.mark.django_db
def test_static_files_carry_the_policy(client):
    response = client.get(f"{settings.STATIC_URL}img/favicon.svg")
    response.close()  # a streamed file: release it (warnings are errors)
    assert response.status_code == 200
    assert_policy(response)


@pytest.mark.django_db
def test_webhook_json_answers_carry_the_policy(client):
    assert_policy(client.post("/webhooks/sources/nobody/", data=b"{}", content_type="application/json"))


def test_the_500_page_links_its_stylesheet(settings):
    from config.errors import server_error

    response = server_error(RequestFactory().get("/"))
    body = response.content.decode()
    assert f'href="{settings.STATIC_URL}css/error.css"' in body
    assert not INLINE_STYLE.search(body)
    assert (settings.BASE_DIR / "static" / "css" / "error.css").exists()


# Mail bodies are not pages: no CSP applies to a mail, and mail clients ignore stylesheets, so they keep inline styles.
PAGES = [p for d in TEMPLATE_DIRS for p in sorted(Path(d).rglob("*.html")) if "email" not in p.relative_to(d).parts]


@pytest.mark.parametrize("template", PAGES, ids=str)
def test_templates_have_no_inline_script_or_style(template):
    text = template.read_text()
    assert not INLINE_SCRIPT.search(text), "inline <script>: move it to static/ (the policy forbids it)"
    assert not INLINE_STYLE.search(text), "inline style or event handler: move it to static/"


def test_a_directive_cannot_smuggle_another():
    with pytest.raises(ImproperlyConfigured):
        policy_header({"img-src": ["'self'; script-src *"]})
    assert policy_header({"default-src": ["'self'"], "object-src": ["'none'"]}) == (
        "default-src 'self'; object-src 'none'"
    )
