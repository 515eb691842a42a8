"""The SSRF guard connects to the address it checked: DNS rebinding, redirects, ``allow_private_network``.

The outside world is faked at the network boundary only: ``internet`` answers DNS for a few made-up
names and routes one made-up public address to the local recorded server. Everything above the socket
(httpx, httpcore, our client) runs for real.
"""

from __future__ import annotations

import socket

import httpcore
import pytest

from sources.fetching import FetchError, PinnedBackend, is_public_address, resolve_checked
from sources.http import HttpClient
from tests.factories import SourceFactory
from tests.sources.conftest import RecordedServer
from tests.sources.helpers import YEAR_WINDOW, failed_run

PUBLIC = "93.184.215.14"  # a global unicast address; "the internet" routes it to the recorded server
UNREACHABLE = "93.184.215.15"  # a public address nothing answers on


class Internet:
    """Fake DNS (names → successive answers) and routing (public addresses → the local server)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, server: RecordedServer) -> None:
        self.answers: dict[str, list[list[str]]] = {}
        self.lookups: list[str] = []
        self.connected: list[str] = []
        self.port = int(server.base_url.rsplit(":", 1)[1])
        self._getaddrinfo = socket.getaddrinfo
        self._create_connection = socket.create_connection
        monkeypatch.setattr(socket, "getaddrinfo", self.getaddrinfo)
        monkeypatch.setattr(socket, "create_connection", self.create_connection)

    def name(self, host: str, *answers: str) -> None:
        """``host`` answers each of ``answers`` in turn (the last one repeating)."""
        self.answers[host] = [[answer] for answer in answers]

    def getaddrinfo(self, host, port, *args, **kwargs):
        name = host.decode() if isinstance(host, bytes) else str(host)
        if name not in self.answers:
            return self._getaddrinfo(host, port, *args, **kwargs)
        self.lookups.append(name)
        queue = self.answers[name]
        addresses = queue.pop(0) if len(queue) > 1 else queue[0]
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, int(port or 0))) for address in addresses]

    def create_connection(self, address, *args, **kwargs):
        host, port = address
        self.connected.append(str(host))
        if host == PUBLIC:
            return self._create_connection(("127.0.0.1", port), *args, **kwargs)
        if host == UNREACHABLE:
            raise ConnectionRefusedError(111, "Connection refused")
        return self._create_connection(address, *args, **kwargs)


@pytest.fixture
def internet(monkeypatch, recorded, settings) -> Internet:
    settings.FETCH_MAX_RETRIES = 0
    return Internet(monkeypatch, recorded)


def test_dns_rebinding_cannot_reach_the_local_server(internet, recorded):
    # Checked: a public address. Asked again when connecting: loopback, where the "secret" is served.
    internet.name("rebind.example", UNREACHABLE, "127.0.0.1")
    recorded.add("/secret", body="internal only")
    with HttpClient(rate_key="t") as http, pytest.raises(FetchError, match="Network error"):
        http.get(f"http://rebind.example:{internet.port}/secret")
    assert recorded.requests == []
    assert internet.lookups == ["rebind.example"]  # resolved once
    assert internet.connected == [UNREACHABLE]  # and connected to exactly what was checked


def test_a_checked_public_host_is_fetched_through_its_pinned_address(internet, recorded):
    internet.name("venue.example", PUBLIC)
    recorded.add("/whats-on", body="<h1>On</h1>")
    with HttpClient(rate_key="t") as http:
        response = http.get(f"http://venue.example:{internet.port}/whats-on")
    assert response.content == b"<h1>On</h1>"
    assert recorded.requests[0].headers["host"] == f"venue.example:{internet.port}"  # the name, not the IP
    assert internet.connected == [PUBLIC]


def test_a_redirect_from_a_public_host_to_a_private_one_is_refused(internet, recorded):
    internet.name("venue.example", PUBLIC)
    internet.name("intranet.example", "10.1.2.3")
    for target in (f"http://127.0.0.1:{internet.port}/secret", "http://intranet.example/", "http://[::ffff:7f00:1]/"):
        recorded.routes.clear()
        recorded.requests.clear()
        recorded.add("/go", status=302, headers={"Location": target})
        with HttpClient(rate_key="t") as http, pytest.raises(FetchError, match="non-public address"):
            http.get(f"http://venue.example:{internet.port}/go")
        assert [request.path for request in recorded.requests] == ["/go"]


def test_allow_private_is_for_the_configured_host_only(recorded):
    recorded.add("/go", status=302, headers={"Location": "/here"})
    recorded.add("/here", body="fine")
    other_name = recorded.url("/secret").replace("127.0.0.1", "localhost")  # the same server, another host
    recorded.add("/away", status=302, headers={"Location": other_name})
    recorded.add("/secret", body="internal only")
    with HttpClient(rate_key="t", allow_private=True, private_hosts=[recorded.url("/feed")]) as http:
        assert http.get(recorded.url("/go")).content == b"fine"  # a redirect within the host is followed
        with pytest.raises(FetchError, match="non-public address"):
            http.get(recorded.url("/away"))
        with pytest.raises(FetchError, match="non-public address"):
            http.get(other_name)  # asked directly, but not the configured host either
    assert [request.path for request in recorded.requests] == ["/go", "/here", "/away"]


def test_without_a_host_list_allow_private_covers_what_the_caller_asks_for(recorded):
    other_port = "http://127.0.0.1:6379/"  # the host's Redis: another service, only a redirect leads there
    recorded.add("/away", status=302, headers={"Location": other_port})
    recorded.add("/cal.ics", body="BEGIN:VCALENDAR")
    with HttpClient(rate_key="t", allow_private=True) as http:
        assert http.get(recorded.url("/cal.ics")).content == b"BEGIN:VCALENDAR"
        with pytest.raises(FetchError, match=r"non-public address \(127\.0\.0\.1\)"):
            http.get(recorded.url("/away"))


def test_a_name_with_one_private_address_among_public_ones_is_refused(internet):
    internet.answers["mixed.example"] = [[PUBLIC, "192.168.0.10"]]
    with pytest.raises(FetchError, match=r"non-public address \(192\.168\.0\.10\)"):
        resolve_checked("https://mixed.example/feed")


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "0.0.0.0",  # noqa: S104
     "100.64.0.1",
     "224.0.0.1", "240.0.0.1", "255.255.255.255", "192.0.2.1", "198.18.0.1", "::", "::1", "fe80::1", "fd00::1",
     "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "2002:7f00:1::",
     "64:ff9b::7f00:1", "2001:db8::1", "not an address"],
)  # fmt: skip
def test_non_public_addresses(address):
    assert not is_public_address(address)


@pytest.mark.parametrize("address", [PUBLIC, "1.1.1.1", "2606:4700:4700::1111", "::ffff:93.184.215.14"])
def test_public_addresses(address):
    assert is_public_address(address)


def test_the_backend_never_connects_to_a_host_nobody_checked():
    with pytest.raises(httpcore.ConnectError, match="was not checked"):
        PinnedBackend().connect_tcp("unchecked.example", 80)


@pytest.mark.django_db
def test_a_source_allowed_onto_its_private_host_cannot_be_redirected_to_another(recorded):
    other_name = recorded.url("/secret.ics").replace("127.0.0.1", "localhost")
    recorded.add("/cal.ics", status=302, headers={"Location": other_name})
    recorded.add("/secret.ics", body="BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", content_type="text/calendar")
    source = SourceFactory(slug="intranet", config={"url": recorded.url("/cal.ics"), "allow_private_network": True})
    run = failed_run(source, window=YEAR_WINDOW)
    assert "non-public address" in run.errors[0]["reason"]
    assert [request.path for request in recorded.requests] == ["/cal.ics"]
