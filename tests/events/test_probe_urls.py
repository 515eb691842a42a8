"""URLs urllib cannot read ("http://[::1", "http://[x]/") are dropped with a warning, never raised."""

from __future__ import annotations

import pytest

from events.pipeline.normalize import normalize
from events.pipeline.urls import canonical_url, is_http_url
from events.services.writing.fields import event_links

RECORD = {"source": "probe", "external_id": "1", "title": "Chess night", "start": "2026-12-05T19:00:00+00:00"}
MALFORMED = ["http://[::1", "http://[x]/", "https://x.org/a\nb", "https://x.org/\x00"]


@pytest.mark.parametrize("url", MALFORMED)
def test_a_malformed_page_url_is_dropped_with_a_warning(url):
    result = normalize({**RECORD, "url": url, "ticket_url": url, "image_url": url})

    assert result.ok
    assert (result.record["url"], result.record["ticket_url"], result.record["image_url"]) == (None, None, None)
    assert "url is not an absolute http(s) URL (dropped)" in result.warnings


@pytest.mark.parametrize("url", MALFORMED)
def test_a_malformed_link_is_dropped_and_the_others_kept(url):
    links = [{"label": "Bad", "url": url}, {"label": "Tickets", "url": "https://tickets.example/1"}]

    result = normalize({**RECORD, "links": links})

    assert result.ok
    assert result.record["links"] == [{"label": "Tickets", "url": "https://tickets.example/1"}]
    assert result.warnings == ["1 link(s) dropped: not an absolute http(s) URL, or past the first 20"]


@pytest.mark.parametrize("url", MALFORMED)
def test_the_write_path_skips_it_too(url):
    links = [{"label": "Bad", "url": url}, {"label": "Tickets", "url": "https://tickets.example/1"}]

    assert event_links(links) == [{"label": "Tickets", "url": "https://tickets.example/1"}]
    assert canonical_url(url) is None
    assert not is_http_url(url)


def test_ordinary_urls_still_pass():
    assert is_http_url("https://[2001:db8::1]:8443/events?id=1")
    assert normalize({**RECORD, "url": "HTTPS://Example.org/a?utm_source=x"}).record["url"] == "https://example.org/a"
