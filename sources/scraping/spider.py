"""Reading event blocks with the config's selectors, the run report, and the Scrapy spider.

The selector logic (``listing_items``, ``merge_detail``, ``next_listing_url``) works on parsel
selectors, so the Scrapy spider and the Playwright loop (render.py) read pages the same way. The
``Report`` prints what the crawl found as JSON lines: a header, one line per event block, a summary.
"""

from __future__ import annotations

import dataclasses
import json
import os
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any, TextIO
from urllib.parse import urljoin, urlsplit

import parsel
import scrapy
from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from sources.scraping import guard
from sources.scraping.config import LIST_FIELDS, URL_FIELDS, FieldSpec, ScraperConfig

OUTPUT_FORMAT = 1
MAX_REPORTED_ERRORS = 100
HTTP_STATUS = "HTTP {status}"
NOT_HTML = "Not an HTML page ({content_type})."
OFF_SITE = "Redirected off-site to {url}."
TIME_LIMIT = "Stopped at the time limit: later pages were not crawled."
DEFAULT_USER_AGENT = "Whatson/1.0 (event discovery)"


@dataclasses.dataclass(frozen=True, slots=True)
class RunOptions:
    """What the parent passes besides the config (the child does not read Django settings)."""

    user_agent: str = DEFAULT_USER_AGENT
    max_bytes: int = 10 * 1024 * 1024
    download_timeout: float = 20.0
    chromium_path: str = "/usr/bin/chromium"
    deadline: float = 240.0  # seconds for the whole crawl, then stop and report

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> RunOptions:
        defaults = cls()
        return cls(
            user_agent=str(raw.get("user_agent") or defaults.user_agent),
            max_bytes=int(raw.get("max_bytes") or defaults.max_bytes),
            download_timeout=float(raw.get("download_timeout") or defaults.download_timeout),
            chromium_path=str(raw.get("chromium_path") or defaults.chromium_path),
            deadline=float(raw.get("deadline") or defaults.deadline),
        )


@dataclasses.dataclass(slots=True)
class Draft:
    """One event block as read from a listing page (and, after ``merge_detail``, its detail page)."""

    listing: str
    fields: dict[str, str | list[str]]
    detail: str | None = None

    def as_item(self) -> dict[str, Any]:
        return {"type": "item", "listing": self.listing, "detail": self.detail, "fields": self.fields}


class Report:
    """Writes the run as JSON lines on ``stream``, and counts pages, robots.txt refusals and errors."""

    def __init__(self, stream: TextIO, config: ScraperConfig) -> None:
        self.stream = stream
        self.config = config
        self.pages = 0
        self.items = 0
        self.robots_blocked: list[str] = []
        self.errors: list[dict[str, str | None]] = []
        self._started = time.monotonic()

    def _write(self, line: Mapping[str, Any]) -> None:
        self.stream.write(json.dumps(line, ensure_ascii=False) + "\n")
        self.stream.flush()

    def start(self) -> None:
        self._write(
            {
                "type": "start",
                "scraper": "whatson",
                "format": OUTPUT_FORMAT,
                "pid": os.getpid(),
                "render": self.config.render,
                "start_urls": list(self.config.start_urls),
                "timezone": self.config.timezone,
                "date_formats": list(self.config.date_formats),
                "currency": self.config.currency,
            }
        )

    def emit(self, draft: Draft) -> None:
        self.items += 1
        self._write(draft.as_item())

    def page(self) -> None:
        self.pages += 1

    def robots(self, url: str) -> None:
        if url not in self.robots_blocked:
            self.robots_blocked.append(url)

    def error(self, url: str | None, reason: str) -> None:
        if len(self.errors) < MAX_REPORTED_ERRORS:
            self.errors.append({"url": url, "reason": reason})

    def finish(self) -> None:
        self._write(
            {
                "type": "summary",
                "pid": os.getpid(),
                "pages_crawled": self.pages,
                "items": self.items,
                "robots_blocked": self.robots_blocked,
                "errors": self.errors,
                "seconds": round(time.monotonic() - self._started, 3),
            }
        )


# --- reading pages with the config's selectors (shared with render.py) ---------------------------


def _squash(text: str) -> str:
    return " ".join(text.split())


def node_text(node: parsel.Selector) -> str:
    """A text node or attribute as is; an element's visible text (never the code of its scripts)."""
    if isinstance(node.root, str):
        return _squash(node.root)
    parts = node.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]").getall()
    return _squash(" ".join(parts))


def node_link(node: parsel.Selector) -> str:
    """The link a selection points at: an element's href, else the selected text or attribute."""
    if not isinstance(node.root, str):
        href = node.attrib.get("href")
        if href:
            return href.strip()
    return node_text(node)


def absolute_http(value: str | None, base: str) -> str | None:
    """``value`` resolved against the page, if it is an http(s) URL (``javascript:``, ``data:`` are dropped)."""
    if not value:
        return None
    try:
        resolved = urljoin(base, value.strip())
        parts = urlsplit(resolved)
    except ValueError:
        return None
    return resolved if parts.scheme in ("http", "https") and parts.hostname else None


def _after_regex(text: str, spec: FieldSpec) -> str | None:
    if spec.regex is None:
        return text or None
    match = spec.regex.search(text)
    if match is None:
        return None
    groups = [group for group in match.groups() if group is not None]
    return _squash(groups[0] if groups else match.group(0)) or None


def field_value(root: parsel.Selector, spec: FieldSpec, *, base: str, within_block: bool) -> str | list[str] | None:
    """A field's value: all matches joined (``join``), the first link for URL fields, a list for tags."""
    nodes = spec.query.select(root, within_block=within_block)
    if spec.name in URL_FIELDS:
        links = [node_link(node) for node in nodes]
        first = _after_regex(next((link for link in links if link), ""), spec)
        return absolute_http(first, base)
    texts = [text for text in (node_text(node) for node in nodes) if text]
    if spec.name in LIST_FIELDS:
        values = [value for value in (_after_regex(text, spec) for text in texts) if value]
        return values or None
    return _after_regex(spec.join.join(texts), spec)


def read_fields(
    root: parsel.Selector, specs: Mapping[str, FieldSpec], *, base: str, within_block: bool
) -> dict[str, str | list[str]]:
    values: dict[str, str | list[str]] = {}
    for name, spec in specs.items():
        value = field_value(root, spec, base=base, within_block=within_block)
        if value:
            values[name] = value
    return values


def same_site(url: str, config: ScraperConfig) -> bool:
    return (urlsplit(url).hostname or "").lower() in config.hosts


def listing_items(page: parsel.Selector, page_url: str, config: ScraperConfig) -> list[Draft]:
    """Every event block on a listing page, with its fields and (to follow) its detail link."""
    drafts: list[Draft] = []
    for block in config.item.select(page):
        fields = read_fields(block, config.fields, base=page_url, within_block=True)
        detail = None
        if config.follow_detail is not None:
            link_spec = FieldSpec(name="url", query=config.follow_detail.link)
            found = field_value(block, link_spec, base=page_url, within_block=True)
            detail = found if isinstance(found, str) and same_site(found, config) else None
        if detail and "url" not in fields:
            fields["url"] = detail
        drafts.append(Draft(listing=page_url, fields=fields, detail=detail))
    return drafts


def merge_detail(draft: Draft, page: parsel.Selector, page_url: str, config: ScraperConfig) -> Draft:
    """The detail page's fields over the listing's: the detail page is the fuller, more precise one."""
    specs = config.follow_detail.fields if config.follow_detail else {}
    found = read_fields(page, specs, base=page_url, within_block=False)
    return Draft(listing=draft.listing, fields={**draft.fields, **found}, detail=draft.detail)


def next_listing_url(
    page: parsel.Selector, page_url: str, config: ScraperConfig, *, number: int, found: int
) -> str | None:
    """The listing page after page ``number`` (1 = the start URL), or None at the end or the page bound."""
    pagination = config.pagination
    if pagination is None or number >= config.max_pages:
        return None
    if pagination.next is not None:
        links = [node_link(node) for node in pagination.next.select(page)]
        url = absolute_http(next((link for link in links if link), None), page_url)
    elif found:  # a numbered page with no events is past the end
        url = pagination.page_url(pagination.start + number)
    else:
        url = None
    return url if url and same_site(url, config) else None


# --- the Scrapy spider ------------------------------------------------------------------------------


def failure_reason(failure: Failure) -> tuple[bool, str, int | None]:
    """(refused by robots.txt?, reason, HTTP status) of a failed request."""
    error = failure.value
    if isinstance(error, IgnoreRequest) and "robots.txt" in str(error):
        return True, str(error), None
    if isinstance(error, HttpError):
        status = error.response.status
        return False, HTTP_STATUS.format(status=status), status
    text = str(error).splitlines()[0] if str(error) else ""
    return False, f"{type(error).__name__}: {text}" if text else type(error).__name__, None


class ConfiguredSpider(scrapy.Spider):
    """Listing pages (with pagination) → event blocks → optional detail pages, on the start URLs' hosts."""

    name = "whatson"

    def __init__(self, *, config: ScraperConfig, report: Report, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.config = config
        self.report = report
        # Scrapy's offsite filter also drops redirects to other hosts; hosts only, no ports.
        self.allowed_domains = sorted(config.hosts)

    async def start(self) -> AsyncIterator[Any]:
        for url in self.config.start_urls:
            yield self._listing_request(url, number=1)

    def _listing_request(self, url: str, *, number: int) -> scrapy.Request:
        return scrapy.Request(
            url, callback=self.parse_listing, errback=self.listing_failed, cb_kwargs={"number": number}
        )

    def _page(self, response: Response) -> parsel.Selector | None:
        if not isinstance(response, TextResponse):
            content_type = (response.headers.get("Content-Type") or b"").decode("latin-1") or "no Content-Type"
            self.report.error(response.url, NOT_HTML.format(content_type=content_type))
            return None
        if not same_site(response.url, self.config):
            self.report.error(response.url, OFF_SITE.format(url=response.url))
            return None
        self.report.page()
        return response.selector

    def parse_listing(self, response: Response, number: int) -> Iterator[Any]:
        page = self._page(response)
        if page is None:
            return
        drafts = listing_items(page, response.url, self.config)
        for draft in drafts:
            if draft.detail:
                # dont_filter: two blocks linking the same page must both come out.
                yield scrapy.Request(
                    draft.detail,
                    callback=self.parse_detail,
                    errback=self.detail_failed,
                    cb_kwargs={"draft": draft},
                    dont_filter=True,
                )
            else:
                self.report.emit(draft)
        following = next_listing_url(page, response.url, self.config, number=number, found=len(drafts))
        if following:
            yield self._listing_request(following, number=number + 1)

    def parse_detail(self, response: Response, draft: Draft) -> None:
        page = self._page(response)
        self.report.emit(draft if page is None else merge_detail(draft, page, response.url, self.config))

    def listing_failed(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        if isinstance(failure.value, guard.Refused):
            return  # the guard noted why
        robots, reason, status = failure_reason(failure)
        number = request.cb_kwargs.get("number", 1)
        pages_mode = self.config.pagination is not None and self.config.pagination.pages is not None
        if robots:
            self.report.robots(request.url)
        elif not (status == 404 and number > 1 and pages_mode):  # a 404 past the last numbered page is the end
            self.report.error(request.url, reason)

    def detail_failed(self, failure: Failure) -> None:
        """The block still counts with its listing fields; the detail page's problem is reported."""
        request = failure.request  # type: ignore[attr-defined]
        robots, reason, _status = failure_reason(failure)
        if robots:
            self.report.robots(request.url)
        elif not isinstance(failure.value, guard.Refused):  # the guard noted why
            self.report.error(request.url, reason)
        self.report.emit(request.cb_kwargs["draft"])


def scrapy_settings(config: ScraperConfig, options: RunOptions) -> dict[str, Any]:
    return {
        "BOT_NAME": "whatson",
        "USER_AGENT": options.user_agent,
        "ROBOTSTXT_OBEY": True,
        # AutoThrottle adapts the delay to the server's latency; ``delay`` (config) is its floor and start.
        "AUTOTHROTTLE_ENABLED": True,
        "AUTOTHROTTLE_START_DELAY": config.delay,
        "AUTOTHROTTLE_MAX_DELAY": max(10.0, config.delay * 10),
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
        "DOWNLOAD_DELAY": config.delay,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
        "DOWNLOAD_MAXSIZE": options.max_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        "DOWNLOAD_TIMEOUT": options.download_timeout,
        "DNS_TIMEOUT": options.download_timeout,
        "RETRY_TIMES": 2,
        "REDIRECT_MAX_TIMES": 5,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        "CLOSESPIDER_TIMEOUT": max(1.0, options.deadline),
        # The SSRF guard (guard.py): every request and redirect hop checked, every connection pinned to the
        # checked addresses. A proxy would look names up itself, past the pinning: none, as for httpx.
        "DOWNLOADER_MIDDLEWARES": {guard.MIDDLEWARE_PATH: guard.MIDDLEWARE_ORDER},
        "TWISTED_DNS_RESOLVER": guard.RESOLVER_PATH,
        guard.PRIVATE_URLS_SETTING: list(config.start_urls) if config.allow_private_network else [],
        "HTTPPROXY_ENABLED": False,
    }


def crawl(config: ScraperConfig, options: RunOptions, report: Report) -> None:
    """Run the spider to completion (this process's reactor is Scrapy's alone)."""
    process = CrawlerProcess(settings=scrapy_settings(config, options))
    crawler = process.create_crawler(ConfiguredSpider)

    def on_error(failure: Failure, response: Response, spider: scrapy.Spider) -> None:
        report.error(response.url, f"{type(failure.value).__name__}: {failure.value}")

    def on_closed(spider: scrapy.Spider, reason: str) -> None:
        if reason == "closespider_timeout":
            report.error(None, TIME_LIMIT)

    crawler.signals.connect(on_error, signal=signals.spider_error)
    crawler.signals.connect(on_closed, signal=signals.spider_closed)
    process.crawl(crawler, config=config, report=report)
    process.start()
