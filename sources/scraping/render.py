"""``"render": true``: pages drawn by a real browser (Debian's Chromium, driven by Playwright).

Why a separate loop and not a Scrapy downloader middleware: Playwright's sync API runs its own event
loop and refuses to start inside a running one, and Scrapy's (asyncio) Twisted reactor is one; the
async alternative (scrapy-playwright) is not installed. So render mode is a plain sequential loop in
the child process: the same start URLs, pagination, page bound, detail pages, same-host rule and
selectors (spider.py) as the Scrapy spider, with robots.txt read by Protego (Scrapy's own robots.txt
parser, so both modes agree) and ``delay`` seconds between page loads.

The browser may fetch what the page asks for (its scripts and data), but never from a non-public
address (``allow_private_network`` opens the hosts of the start URLs only, not other hosts or ports
a page points at), never images, media or fonts (we read URLs, not pixels), and never a non-http(s)
scheme. Every request goes through the guard, redirects included: the guard fetches a request itself
without following redirects and hands a redirect back to the browser, whose next request is guarded
again. A navigation that ends on another host is discarded.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterable
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
import parsel
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Route, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from protego import Protego

from sources.fetching import (
    FetchError,
    PinnedBackend,
    check_public_host,
    origin_key,
    pinned_transport,
    resolve_checked,
    url_host_port,
)
from sources.scraping.config import ScraperConfig
from sources.scraping.spider import (
    HTTP_STATUS,
    OFF_SITE,
    TIME_LIMIT,
    Draft,
    Report,
    RunOptions,
    listing_items,
    merge_detail,
    next_listing_url,
    same_site,
)

# Chromium in a container: no sandbox (no user namespaces), no GPU, /tmp instead of a small /dev/shm,
# and none of the browser's own background traffic (updates, sync, field trials).
LAUNCH_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
SKIPPED_RESOURCES = frozenset({"image", "media", "font"})
ROBOTS_MAX_BYTES = 500_000  # what Google reads of a robots.txt
ROBOTS_MAX_REDIRECTS = 5
RENDER_FAILED = "Rendering failed: {error}"
NO_BROWSER = "Cannot start Chromium ({path}): {error}"
TOO_LARGE = "Rendered page larger than {limit} bytes."


class RenderError(Exception):
    """The page could not be rendered; the message says why in one line."""


class OutOfTime(Exception):  # noqa: N818 - a signal to stop, not an error
    """The crawl's time budget is spent."""


@dataclasses.dataclass(frozen=True, slots=True)
class Rendered:
    url: str
    status: int
    html: str


class Browser:
    """One headless Chromium for the whole crawl; a fresh tab per page."""

    def __init__(self, options: RunOptions, *, private_hosts: Iterable[str] = ()) -> None:
        """``private_hosts``: URLs whose host (and port, unless 80/443) may be a private address."""
        self.options = options
        self.private_origins = frozenset(origin_key(url) for url in private_hosts)
        self._public_hosts: dict[str, bool] = {}
        self._playwright: Any = None
        self._browser: Any = None
        self._context: Any = None

    def start(self) -> None:
        self._playwright = sync_playwright().start()
        try:
            self._browser = self._playwright.chromium.launch(
                executable_path=self.options.chromium_path,
                args=list(LAUNCH_ARGS),
                headless=True,
                timeout=self.options.download_timeout * 1000,
            )
            self._context = self._browser.new_context(
                user_agent=self.options.user_agent, service_workers="block", accept_downloads=False
            )
            self._context.route("**/*", self._guard)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        for closing in (self._context, self._browser):
            if closing is not None:
                try:
                    closing.close()
                except PlaywrightError:
                    pass
        if self._playwright is not None:
            self._playwright.stop()
        self._context = self._browser = self._playwright = None

    def _host_is_public(self, host: str) -> bool:
        if host not in self._public_hosts:
            try:
                check_public_host(f"http://{host}/")
                self._public_hosts[host] = True
            except FetchError:
                self._public_hosts[host] = False
        return self._public_hosts[host]

    def allows(self, url: str, resource_type: str) -> bool:
        """May the browser request ``url`` (a ``resource_type`` in Playwright's words)?"""
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob"):
            return True
        return (
            resource_type not in SKIPPED_RESOURCES
            and parts.scheme in ("http", "https")
            and (origin_key(url) in self.private_origins or self._host_is_public(parts.hostname or ""))
        )

    def _guard(self, route: Route) -> None:
        request = route.request
        if not self.allows(request.url, request.resource_type):
            route.abort("blockedbyclient")
            return
        if urlsplit(request.url).scheme in ("data", "blob"):
            route.continue_()
            return
        # Chromium follows a redirect without asking the route again: fetch it here without following, so a
        # redirect goes back to the browser as a response and its target comes through this guard.
        try:
            response = route.fetch(max_redirects=0, timeout=self.options.download_timeout * 1000)
        except PlaywrightError:
            route.abort("failed")
            return
        route.fulfill(response=response)

    def render(self, url: str, *, wait_for: str | None) -> Rendered:
        timeout_ms = self.options.download_timeout * 1000
        page = self._context.new_page()
        try:
            response = page.goto(url, wait_until="load", timeout=timeout_ms)
            status = response.status if response is not None else 0
            if status < 400 and wait_for:
                try:
                    page.wait_for_selector(_playwright_selector(wait_for), state="attached", timeout=timeout_ms)
                except PlaywrightTimeout:
                    pass  # a page with no events never shows them: read what is there
            html = page.content()
            final_url = page.url
        except PlaywrightError as exc:
            raise RenderError(RENDER_FAILED.format(error=_first_line(exc))) from exc
        finally:
            page.close()
        if len(html.encode("utf-8")) > self.options.max_bytes:
            raise RenderError(TOO_LARGE.format(limit=self.options.max_bytes))
        return Rendered(url=final_url, status=status, html=html)


def _playwright_selector(selector: str) -> str:
    return "xpath=" + selector if selector.startswith(("/", "(")) else selector


class Robots:
    """robots.txt per origin, fetched once; unreadable or missing means everything is allowed (as Scrapy)."""

    def __init__(
        self, options: RunOptions, *, private_origins: frozenset[tuple[str, int | None]] = frozenset()
    ) -> None:
        self.options = options
        self.private_origins = private_origins
        self._parsers: dict[str, Protego | None] = {}

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._parsers:
            self._parsers[origin] = self._load(origin + "/robots.txt")
        parser = self._parsers[origin]
        return parser is None or bool(parser.can_fetch(url, self.options.user_agent))

    def _load(self, url: str) -> Protego | None:
        host = urlsplit(url).hostname
        headers = {"User-Agent": self.options.user_agent}
        # The same guard as the HTTP client: checked once, connected to exactly the checked addresses.
        backend = PinnedBackend()
        transport = pinned_transport(backend)
        try:
            with httpx.Client(
                timeout=self.options.download_timeout, follow_redirects=False, transport=transport, trust_env=False
            ) as client:
                for _hop in range(ROBOTS_MAX_REDIRECTS + 1):
                    addresses = resolve_checked(url, allow_private=origin_key(url) in self.private_origins)
                    backend.pin(url_host_port(url)[0], addresses)
                    response = client.get(url, headers=headers)
                    location = response.headers.get("location")
                    if not response.is_redirect or not location:
                        break
                    url = urljoin(url, location)
                    if urlsplit(url).hostname != host:  # never follow robots.txt to another host
                        return None
        except (httpx.HTTPError, FetchError):
            return None
        if response.status_code != 200:
            return None
        return Protego.parse(response.content[:ROBOTS_MAX_BYTES].decode("utf-8", errors="replace"))


@dataclasses.dataclass(slots=True)
class Page:
    url: str
    status: int
    selector: parsel.Selector


class RenderCrawl:
    def __init__(self, config: ScraperConfig, options: RunOptions, report: Report, browser: Browser) -> None:
        self.config = config
        self.options = options
        self.report = report
        self.browser = browser
        self.robots = Robots(options, private_origins=browser.private_origins)
        self.deadline = time.monotonic() + options.deadline
        self.last_load = 0.0

    def visit(self, url: str, *, wait_for: str | None) -> Page | None:
        """The rendered page, or None (refused by robots.txt, failed, off-site); the report says why."""
        if time.monotonic() > self.deadline:
            raise OutOfTime
        if not self.robots.allowed(url):
            self.report.robots(url)
            return None
        pause = self.config.delay - (time.monotonic() - self.last_load)
        if pause > 0:
            time.sleep(pause)
        self.last_load = time.monotonic()
        try:
            rendered = self.browser.render(url, wait_for=wait_for)
        except RenderError as exc:
            self.report.error(url, str(exc))
            return None
        if not same_site(rendered.url, self.config):
            self.report.error(url, OFF_SITE.format(url=rendered.url))
            return None
        return Page(url=rendered.url, status=rendered.status, selector=parsel.Selector(text=rendered.html))

    def listing_chain(self, start_url: str) -> None:
        url: str | None = start_url
        number = 1
        seen: set[str] = set()
        pages_mode = self.config.pagination is not None and self.config.pagination.pages is not None
        while url and url not in seen:
            seen.add(url)
            page = self.visit(url, wait_for=self.config.wait_for)
            if page is None:
                return
            if page.status >= 400:
                if not (page.status == 404 and number > 1 and pages_mode):  # past the last numbered page
                    self.report.error(url, HTTP_STATUS.format(status=page.status))
                return
            self.report.page()
            drafts = listing_items(page.selector, page.url, self.config)
            for draft in drafts:
                self.report.emit(self.with_detail(draft))
            url = next_listing_url(page.selector, page.url, self.config, number=number, found=len(drafts))
            number += 1

    def with_detail(self, draft: Draft) -> Draft:
        if not draft.detail:
            return draft
        page = self.visit(draft.detail, wait_for=None)
        if page is None:
            return draft
        if page.status >= 400:
            self.report.error(draft.detail, HTTP_STATUS.format(status=page.status))
            return draft
        self.report.page()
        return merge_detail(draft, page.selector, page.url, self.config)


def _first_line(error: Exception) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


def crawl(config: ScraperConfig, options: RunOptions, report: Report) -> None:
    browser = Browser(options, private_hosts=config.start_urls if config.allow_private_network else ())
    try:
        browser.start()
    except PlaywrightError as exc:  # reported like any crawl problem: the run fails with this reason
        report.error(None, NO_BROWSER.format(path=options.chromium_path, error=_first_line(exc)))
        return
    try:
        run = RenderCrawl(config, options, report, browser)
        for url in config.start_urls:
            run.listing_chain(url)
    except OutOfTime:
        report.error(None, TIME_LIMIT)
    finally:
        browser.close()
