"""The helpers several readers share (helper structure): one place each, the same behaviour for every reader.

- ``_xml_parser.safe_xml_parser``: the one lxml configuration for untrusted XML, used by the ``xml`` adapter's
  reading (``_xml_data``) and the feed reader's second reading of its items (``_feed_tree``);
- ``_meeting_hosts.is_meeting_url``: a video-meeting or streaming address, for feeds and place fields alike;
- ``_api.api_root`` and ``_api.get_json``: the API adapters' root URL and their JSON GET.
"""

from __future__ import annotations

from typing import Any

import pytest

from sources.adapters import _api, _feed_tree, _xml_data
from sources.adapters._meeting_hosts import is_meeting_url
from sources.adapters._xml_parser import safe_xml_parser
from sources.adapters.base import AdapterError
from sources.fetching import FetchError


def test_both_xml_readers_build_their_parser_in_one_place() -> None:
    assert _xml_data.safe_xml_parser is safe_xml_parser
    assert _feed_tree.safe_xml_parser is safe_xml_parser


def test_the_xml_parser_expands_no_entity() -> None:
    from lxml import etree

    document = b'<!DOCTYPE r [<!ENTITY e "expanded">]><r>&e;</r>'
    root = etree.fromstring(document, parser=safe_xml_parser())
    assert root.text is None
    assert "expanded" not in "".join(root.itertext())


def test_the_xml_parser_recovers_only_when_asked() -> None:
    from lxml import etree

    broken = b"<r><a>one & two</a></r>"
    with pytest.raises(etree.XMLSyntaxError):
        etree.fromstring(broken, parser=safe_xml_parser())
    assert etree.fromstring(broken, parser=safe_xml_parser(recover=True)) is not None


@pytest.mark.parametrize(
    ("url", "meeting"),
    [
        ("https://us02web.zoom.us/j/123456", True),
        ("https://www.youtube.com/live/abc", True),
        ("https://meet.google.com/abc-defg-hij", True),
        # Hard negatives: a venue's own site, a host that only ends with a meeting host's letters, a path naming one.
        ("https://venue.example.org", False),
        ("https://notzoom.us/j/1", False),
        ("https://example.org/zoom.us", False),
        ("not a url", False),
    ],
)
def test_a_meeting_url_is_known_by_its_host(url: str, meeting: bool) -> None:
    assert is_meeting_url(url) is meeting


def test_the_api_root_is_the_configured_base_url_else_the_adapters_own() -> None:
    assert _api.api_root({}, "https://api.example.com") == "https://api.example.com"
    assert _api.api_root({"base_url": "http://127.0.0.1:8000/"}, "https://api.example.com") == "http://127.0.0.1:8000"
    assert _api.api_root({"base_url": ""}, "https://api.example.com/") == "https://api.example.com"


class _Answer:
    content = b'{"events": []}'


class _Http:
    def __init__(self, failure: FetchError | None = None) -> None:
        self.failure = failure
        self.calls: list[tuple[str, Any, Any]] = []

    def get(self, url: str, *, params: Any, headers: Any) -> _Answer:
        self.calls.append((url, params, headers))
        if self.failure is not None:
            raise self.failure
        return _Answer()


def test_an_api_get_asks_for_json_with_the_adapters_headers_first() -> None:
    http = _Http()
    data = _api.get_json(
        http,  # type: ignore[arg-type]
        "https://api.example.com/events",
        {"page": 1},
        decode=lambda payload: payload.decode(),
        secrets=["s3cret"],
        auth_rejected="rejected ({error})",
        headers={"Authorization": "Bearer s3cret"},
    )
    assert data == '{"events": []}'
    (_, params, headers) = http.calls[0]
    assert params == {"page": 1}
    assert list(headers.items()) == [("Authorization", "Bearer s3cret"), ("Accept", "application/json")]


def test_an_api_get_refused_for_its_key_is_a_credential_error_without_the_key() -> None:
    http = _Http(FetchError("HTTP 401 Unauthorized for https://api.example.com/events?apikey=s3cret"))
    with pytest.raises(AdapterError) as raised:
        _api.get_json(
            http,  # type: ignore[arg-type]
            "https://api.example.com/events",
            {},
            decode=lambda payload: payload,
            secrets=["s3cret"],
            auth_rejected="rejected ({error})",
        )
    assert "s3cret" not in str(raised.value)
    assert str(raised.value).startswith("rejected (HTTP 401")


def test_an_api_get_that_fails_otherwise_stays_a_fetch_error() -> None:
    http = _Http(FetchError("HTTP 503 Service Unavailable for https://api.example.com/events?apikey=s3cret"))
    with pytest.raises(FetchError) as raised:
        _api.get_json(
            http,  # type: ignore[arg-type]
            "https://api.example.com/events",
            {},
            decode=lambda payload: payload,
            secrets=["s3cret"],
            auth_rejected="rejected ({error})",
        )
    assert not isinstance(raised.value, AdapterError)
    assert "s3cret" not in str(raised.value)
