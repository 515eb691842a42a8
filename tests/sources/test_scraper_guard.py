"""The SSRF guard of the Scrapy (non-render) crawl: every request and redirect hop checked, connections pinned.

Real crawls in the child process against local servers. ``allow_private_network`` opens the start URL's
host and port only: another port of 127.0.0.1, or another name that resolves to it, is never fetched,
whether a page links there or redirects there (robots.txt included), and the run's notes say why. DNS is
played by ``tests.sources.fake_dns_runner`` (one answer list shared by the test and the child), so a
rebinding name can answer a public address to a check and 127.0.0.1 afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sources import fetching
from sources.adapters import scraper
from sources.adapters.base import AdapterError
from sources.adapters.scraper import CRAWL_ERROR
from sources.fetching import PRIVATE_ADDRESS, FetchError
from sources.scraping.guard import Guard, PinnedResolver
from tests.sources.conftest import RecordedServer
from tests.sources.fake_dns_runner import PUBLIC_ADDRESS, FakeDns
from tests.sources.helpers import day, paths, scrape

HTML = "text/html; charset=utf-8"
WHEN = f"{day(5)} 19:00"


@pytest.fixture
def fake_dns(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[..., FakeDns]:
    """Make ``names`` the DNS of this test and of the scraper child; ``routes`` reroute public addresses."""

    def install(names: dict[str, list[list[str]]], routes: dict[str, str] | None = None) -> FakeDns:
        dns = FakeDns.create(tmp_path / "dns.json", names)
        real_resolve, real_run_child = fetching.resolve, scraper.run_child

        def resolve(host: str, port: int) -> list[str]:  # the adapter's own check, in this process
            return dns.lookup(host) or real_resolve(host, port)

        def run_child(request: dict[str, Any], *, timeout: float) -> bytes:
            fake = {"state": str(dns.state), "routes": routes or {}}
            return real_run_child({**request, "fake_dns": fake}, timeout=timeout)

        monkeypatch.setattr(fetching, "resolve", resolve)
        monkeypatch.setattr(scraper, "RUNNER_MODULE", "tests.sources.fake_dns_runner")
        monkeypatch.setattr(scraper, "run_child", run_child)
        return dns

    return install


def port(server: RecordedServer) -> int:
    return int(server.base_url.rsplit(":", 1)[1])


def listing(*cards: tuple[str, str], next_url: str | None = None) -> str:
    items = "".join(
        f'<li class="event"><a class="title" href="{href}">{title}</a><span class="when">{WHEN}</span></li>'
        for title, href in cards
    )
    following = f'<a class="next" href="{next_url}">next</a>' if next_url else ""
    return f"<html><body><ul>{items}</ul>{following}</body></html>"


def detail(about: str) -> str:
    return f'<html><body><p class="about">{about}</p></body></html>'


def config_for(start_url: str, **overrides: Any) -> dict[str, Any]:
    return {
        "start_urls": [start_url],
        "item": "li.event",
        "fields": {"title": "a.title", "start": "span.when"},
        "follow_detail": {"link": "a.title", "fields": {"description": "p.about"}},
        "pagination": {"next": "a.next::attr(href)"},
        "date_formats": ["%Y-%m-%d %H:%M"],
        "timezone": "Asia/Kolkata",
        "allow_private_network": True,
        "delay": 0,
        **overrides,
    }


def refused(url: str, host: str = "127.0.0.1", address: str = "127.0.0.1") -> str:
    """The run note for a URL the guard refused."""
    return CRAWL_ERROR.format(url=url, reason=PRIVATE_ADDRESS.format(url=url, host=host, address=address))


def serve_secrets(server: RecordedServer, *paths: str) -> None:
    """Served, so that fetching them would show in the server's requests."""
    for path in paths:
        server.add(path, body=detail("internal"), content_type=HTML)


# --- allow_private_network opens the start URL's host and port, nothing else --------------------------


def test_links_to_another_port_of_the_allowed_host_are_not_fetched(recorded, other):
    secret, next_page = other.url("/secret/1"), other.url("/events?page=2")
    serve_secrets(other, "/secret/1", "/events", "/robots.txt")
    recorded.add("/events", body=listing(("Jazz", secret), ("Folk", "/events/folk"), next_url=next_page), content_type=HTML)  # fmt: skip
    recorded.add("/events/folk", body=detail("Strings and songs"), content_type=HTML)

    adapter, events, _rejected = scrape(config_for(recorded.url("/events")))

    assert other.requests == []  # not the detail page, not the next listing page, not its robots.txt
    assert sorted(paths(recorded)) == ["/events", "/events/folk", "/robots.txt"]
    assert refused(secret) in adapter.notes
    assert refused(next_page) in adapter.notes
    # The refused detail page costs the block its detail fields only.
    by_title = {event.title: event for event in events.values()}
    assert set(by_title) == {"Jazz", "Folk"}
    assert by_title["Folk"].description == "Strings and songs"
    assert by_title["Jazz"].description is None


def test_redirects_to_another_port_are_not_followed_robots_txt_included(recorded, other):
    serve_secrets(other, "/robots.txt", "/secret/2")
    recorded.add("/robots.txt", status=302, headers={"Location": other.url("/robots.txt")})
    recorded.add("/events", body=listing(("Folk", "/events/folk")), content_type=HTML)
    recorded.add("/events/folk", status=302, headers={"Location": other.url("/secret/2")})

    adapter, events, _rejected = scrape(config_for(recorded.url("/events")))

    assert other.requests == []
    assert refused(other.url("/robots.txt")) in adapter.notes
    assert refused(other.url("/secret/2")) in adapter.notes
    assert [event.title for event in events.values()] == ["Folk"]


def test_redirect_to_another_name_for_loopback_is_not_followed(recorded, fake_dns):
    # Both names resolve to 127.0.0.1; Scrapy's offsite filter lets a subdomain of the start host through.
    fake_dns({"events.test": [["127.0.0.1"]], "admin.events.test": [["127.0.0.1"]]})
    admin = f"http://admin.events.test:{port(recorded)}/admin"
    serve_secrets(recorded, "/admin")
    recorded.add("/events", body=listing(("Folk", "/events/folk")), content_type=HTML)
    recorded.add("/events/folk", status=302, headers={"Location": admin})

    adapter, events, _rejected = scrape(config_for(f"http://events.test:{port(recorded)}/events"))

    assert "/admin" not in paths(recorded)
    assert sorted(paths(recorded)) == ["/events", "/events/folk", "/robots.txt"]
    assert refused(admin, host="admin.events.test") in adapter.notes
    assert [event.title for event in events.values()] == ["Folk"]


# --- DNS rebinding ----------------------------------------------------------------------------------


def test_name_rebound_after_the_adapters_check_is_refused_in_the_child(recorded, fake_dns):
    """Public to the parent's check of the start URL, 127.0.0.1 to the child: the child checks for itself."""
    dns = fake_dns({"rebind.test": [[PUBLIC_ADDRESS], ["127.0.0.1"]]})
    start = f"http://rebind.test:{port(recorded)}/events"
    recorded.add("/events", body=listing(("Private", "/events/private")), content_type=HTML)

    with pytest.raises(AdapterError, match="non-public address") as caught:
        scrape(config_for(start, allow_private_network=False))

    assert recorded.requests == []
    assert refused(start, host="rebind.test") in str(caught.value)
    assert dns.lookups()[0] == ("rebind.test", [PUBLIC_ADDRESS])  # the parent's check passed


def test_connections_go_to_the_checked_address_not_to_a_later_answer(recorded, other, fake_dns):
    """Public to the parent's and the child's checks, 127.0.0.1 to any later lookup: the crawl stays pinned.

    ``other`` stands in for the public host (connections to PUBLIC_ADDRESS are rerouted to it); ``recorded``
    is the private server the rebinding answer points at.
    """
    routes = {f"{PUBLIC_ADDRESS}:{port(recorded)}": f"127.0.0.1:{port(other)}"}
    dns = fake_dns({"rebind.test": [[PUBLIC_ADDRESS], [PUBLIC_ADDRESS], ["127.0.0.1"]]}, routes)
    other.add("/events", body=listing(("Public gig", "/events/gig")), content_type=HTML)
    other.add("/events/gig", body=detail("On the public host"), content_type=HTML)
    recorded.add("/events", body=listing(("Private", "/events/private")), content_type=HTML)
    serve_secrets(recorded, "/events/gig", "/robots.txt")

    adapter, events, _rejected = scrape(config_for(f"http://rebind.test:{port(recorded)}/events", allow_private_network=False))  # fmt: skip

    assert recorded.requests == []
    assert sorted(paths(other)) == ["/events", "/events/gig", "/robots.txt"]
    assert [(event.title, event.description) for event in events.values()] == [("Public gig", "On the public host")]
    assert adapter.notes == []
    # Three requests, one lookup in the child: the name is resolved once per crawl, never at connect time.
    assert dns.lookups() == [("rebind.test", [PUBLIC_ADDRESS])] * 2


# --- the guard and the resolver, without a crawl ----------------------------------------------------


def test_guard_resolves_a_host_once_and_opens_only_the_configured_port(monkeypatch):
    asked: list[str] = []

    def resolve(host: str, port: int) -> list[str]:
        asked.append(host)
        return ["127.0.0.1"]

    monkeypatch.setattr(fetching, "resolve", resolve)
    guard = Guard(private_urls=["http://intranet.test/events"])

    assert guard.addresses("http://intranet.test/events?page=2") == ("127.0.0.1",)
    assert guard.addresses("https://intranet.test/e/1") == ("127.0.0.1",)  # 80 and 443 are one origin
    with pytest.raises(FetchError, match="non-public address"):
        guard.addresses("http://intranet.test:6379/")  # another service on the host
    with pytest.raises(FetchError, match="non-public address"):
        guard.addresses("http://sub.intranet.test/")
    with pytest.raises(FetchError, match="Unsupported URL scheme"):
        guard.addresses("file:///etc/passwd")
    assert asked == ["intranet.test", "sub.intranet.test"]


class _Receiver:
    def __init__(self) -> None:
        self.addresses: list[Any] = []
        self.complete = False

    def resolutionBegan(self, resolution: Any) -> None:  # noqa: N802 - Twisted's interface
        pass

    def addressResolved(self, address: Any) -> None:  # noqa: N802
        self.addresses.append(address)

    def resolutionComplete(self) -> None:  # noqa: N802
        self.complete = True


def test_resolver_answers_only_what_the_guard_allows(monkeypatch):
    monkeypatch.setattr(fetching, "resolve", lambda host, port: {"intranet.test": ["10.0.0.5"]}[host])
    resolver = PinnedResolver(reactor=None, guard=Guard(private_urls=["http://intranet.test:8080/"]))

    allowed, other_port = _Receiver(), _Receiver()
    resolver.resolveHostName(allowed, "intranet.test", 8080)
    resolver.resolveHostName(other_port, "intranet.test", 8081)

    assert [(a.host, a.port) for a in allowed.addresses] == [("10.0.0.5", 8080)]
    assert other_port.addresses == []  # Twisted turns an empty answer into a DNS lookup error
    assert allowed.complete
    assert other_port.complete
