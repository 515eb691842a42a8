"""The SSRF guard of the Scrapy crawl: every request checked, every connection pinned to the checked addresses.

The adapter checks the start URLs before the child starts, but a crawl makes many more requests: the
robots.txt of each origin, detail pages, the next listing page, and every redirect hop (Scrapy's
RedirectMiddleware turns a 3xx into a new request, which comes back through the downloader
middlewares). Two parts, sharing one ``Guard``:

- ``GuardMiddleware`` (a downloader middleware, before robots.txt) checks each request's URL and drops a
  refused one with ``Refused`` (an IgnoreRequest), noting the reason on the run's report.
- ``PinnedResolver`` (Twisted's name resolver for the whole process) answers a host name only with the
  addresses the guard checked. Without it Twisted would look the name up again when it connects, and a
  DNS server answering a public address to the check and 127.0.0.1 to the connection (rebinding) would
  get past the middleware.

The rule is the HTTP client's (sources/fetching.py): every address a host resolves to must be public,
unless ``allow_private_network`` is set and the URL's host and port (80 and 443 counting as one) are
those of a start URL. A name is resolved once per crawl and its answer kept, so a later request to the
same host can neither see a different answer nor cost another lookup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import httpx
from scrapy.exceptions import IgnoreRequest
from twisted.internet.address import IPv4Address, IPv6Address
from twisted.internet.interfaces import IAddress, IHostnameResolver, IHostResolution
from zope.interface import implementer

from sources.fetching import PRIVATE_ADDRESS, FetchError, is_public_address, resolve_checked, url_host_port

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Request

#: The crawl setting naming the URLs whose origins may be private (the start URLs, or none).
PRIVATE_URLS_SETTING = "WHATSON_PRIVATE_URLS"
MIDDLEWARE_PATH = "sources.scraping.guard.GuardMiddleware"
RESOLVER_PATH = "sources.scraping.guard.PinnedResolver"
# Before Scrapy's robots.txt middleware (100): a refused URL must not cost a robots.txt request to its host.
# After the offsite filter (50): a host the spider would drop anyway is not even looked up.
MIDDLEWARE_ORDER = 60

BAD_URL = "Refusing to fetch {url}: {error}"
NO_RESOLVER = "The crawl's name resolver is not the guard's pinned resolver: refusing to crawl unpinned."


class Refused(IgnoreRequest):
    """The guard refused the request; its reason is already on the run's report."""


def _origin(host: str, port: int) -> tuple[str, int | None]:
    """``sources.fetching.origin_key`` on the host as sent to DNS (IDNA): 80 and 443 count as one."""
    return host, None if port in (80, 443) else port


class Guard:
    """The checked addresses of each host for one crawl, and the private origins it may reach."""

    def __init__(self, *, private_urls: Iterable[str] = ()) -> None:
        origins: set[tuple[str, int | None]] = set()
        for url in private_urls:
            try:
                origins.add(_origin(*url_host_port(url)))
            except (FetchError, httpx.InvalidURL):
                continue  # not an http(s) URL: nothing to open
        self.private_origins = frozenset(origins)
        self._addresses: dict[str, tuple[str, ...]] = {}

    def addresses(self, url: str) -> tuple[str, ...]:
        """The addresses to connect to for ``url``; FetchError if the guard refuses it."""
        try:
            host, port = url_host_port(url)
        except httpx.InvalidURL as exc:
            raise FetchError(BAD_URL.format(url=url, error=exc)) from exc
        known = self._addresses.get(host)
        if known is None:
            # Resolved once, unchecked here: whether a private answer is acceptable depends on the port,
            # and the same host may be asked for on several ports. The check below runs every time.
            known = tuple(resolve_checked(url, allow_private=True))
            self._addresses[host] = known
        if _origin(host, port) not in self.private_origins:
            for address in known:
                if not is_public_address(address):
                    raise FetchError(PRIVATE_ADDRESS.format(url=url, host=host, address=address))
        return known


@implementer(IHostResolution)
class _Resolution:
    def __init__(self, name: str) -> None:
        self.name = name

    def cancel(self) -> None:
        """Answers are given at once: there is nothing in flight to cancel."""


@implementer(IHostnameResolver)
class PinnedResolver:
    """Twisted's name resolver (Scrapy's ``TWISTED_DNS_RESOLVER``): host names answered through the guard only."""

    def __init__(self, reactor: Any, guard: Guard) -> None:
        self.reactor = reactor
        self.guard = guard

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> PinnedResolver:
        # Scrapy builds the resolver with the CrawlerProcess (its settings are the crawl's), not a Crawler.
        return cls(reactor, Guard(private_urls=crawler.settings.getlist(PRIVATE_URLS_SETTING)))

    def install_on_reactor(self) -> None:
        self.reactor.installNameResolver(self)

    def resolveHostName(  # noqa: N802 - Twisted's interface
        self,
        resolutionReceiver: Any,  # noqa: N803 - an IResolutionReceiver (zope interfaces confuse mypy)
        hostName: str,  # noqa: N803
        portNumber: int = 0,  # noqa: N803
        addressTypes: Sequence[type[IAddress]] | None = None,  # noqa: N803
        transportSemantics: str = "TCP",  # noqa: N803
    ) -> _Resolution:
        resolution = _Resolution(hostName)
        resolutionReceiver.resolutionBegan(resolution)
        # Twisted hands over the name as text (an IDN decoded): rebuild a URL so the guard reads it as the
        # middleware did. The scheme does not matter: 80 and 443 are one origin, other ports are explicit.
        host = f"[{hostName}]" if ":" in hostName else hostName
        try:
            addresses = self.guard.addresses(f"http://{host}:{portNumber or 80}/")
        except FetchError:
            addresses = ()  # no answer: Twisted fails the connection with a DNS lookup error
        for address in addresses:
            family = IPv6Address if ":" in address else IPv4Address
            if addressTypes is None or family in addressTypes:
                resolutionReceiver.addressResolved(family("TCP", address, portNumber))
        resolutionReceiver.resolutionComplete()
        return resolution


class GuardMiddleware:
    """Scrapy downloader middleware: a request whose URL the guard refuses is dropped, with a note."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self._guard: Guard | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> GuardMiddleware:
        return cls(crawler)

    def guard(self) -> Guard:
        """The pinned resolver's guard: the middleware checks into the very table the connections use.

        Looked up at the first request: Scrapy installs the resolver when the reactor starts, after it has
        built the middlewares.
        """
        if self._guard is None:
            from twisted.internet import reactor

            resolver = getattr(reactor, "nameResolver", None)
            if not isinstance(resolver, PinnedResolver):
                # Checking without pinning would let a rebinding answer through: fetch nothing.
                raise FetchError(NO_RESOLVER)
            self._guard = resolver.guard
        return self._guard

    def process_request(self, request: Request) -> None:
        try:
            self.guard().addresses(request.url)
        except FetchError as exc:
            report = getattr(self.crawler.spider, "report", None)
            if report is not None:
                report.error(request.url, str(exc))
            raise Refused(str(exc)) from exc
