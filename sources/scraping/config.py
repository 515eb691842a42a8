"""The scraper's JSON config: read it, check every key, and say clearly what is wrong. Pure (no Django).

Both sides use it: the adapter validates before starting a child process (a bad config fails the run
with a one-line reason, without a crawl), and the child reads the same JSON again.

Keys (examples/ has two complete configs):
- ``start_urls``: listing pages; the crawl never leaves their hosts.
- ``item``: selector of one event block on a listing page.
- ``fields``: §4.1 field name → selector, or ``{"selector": …, "regex": …, "join": " "}`` (the regex's
  first group, else its whole match; ``join`` glues several matches). ``price`` takes text like
  "₹499 onwards"; ``external_id`` defaults to the event's URL. A selected element gives its visible text,
  a ``<a>`` (for URL fields and links) its href.
- ``date_formats``: strptime formats tried in order, then dateparser; ``timezone`` (IANA, default the
  Source's); ``currency`` (ISO 4217) for prices written without one.
- ``pagination``: ``{"next": "<next-link selector>"}`` or ``{"pages": "https://site/events?page={page}",
  "start": 1}`` (``start``: the number of the first page; without ``start_urls`` the template's first page
  is the start URL; numbered pages stop at the first page with no events, or a 404), at most
  ``max_pages`` (default 5) listing pages per start URL.
- ``follow_detail``: ``{"link": "<selector within the block>", "fields": {…}}``, read on the linked page
  (same host only) and merged over the block's fields.
- ``render``: true to draw pages in Chromium first (JavaScript sites), ``wait_for`` a selector there.
- ``delay``: seconds between requests (default 1; AutoThrottle may wait longer), ``timeout``: seconds
  for the whole crawl (capped below the Celery soft time limit), ``allow_private_network`` (tests).

Selectors: a string starting with ``/``, ``(``, ``./`` or ``../`` is XPath, anything else CSS (parsel's
``::text`` and ``::attr(name)`` included). Inside an event block an XPath starting with ``//`` is read
relative to the block (``.//``): written inside a block, it almost always means "in this block", and
the document-wide reading would give every block the first block's values.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import parsel

from events.zones import zone_key

DEFAULT_MAX_PAGES = 5
MAX_PAGES_LIMIT = 50
DEFAULT_DELAY_SECONDS = 1.0
MAX_DELAY_SECONDS = 60.0
PAGE_PLACEHOLDER = "{page}"

# The §4.1 fields a selector can fill, plus ``price`` (text such as "₹499 onwards", read into
# cost_type/price_min/price_max/currency) and ``external_id`` (default: the event's URL).
FIELD_NAMES = (
    "external_id", "title", "description", "start", "end", "venue_name", "address", "city", "country",
    "latitude", "longitude", "url", "ticket_url", "image_url", "organizer", "price", "cost_type", "currency",
    "status", "online", "source_category", "tags",
)  # fmt: skip
URL_FIELDS = frozenset({"url", "ticket_url", "image_url"})
LIST_FIELDS = frozenset({"tags"})
KNOWN_KEYS = frozenset(
    {
        "start_urls", "item", "fields", "date_formats", "timezone", "pagination", "max_pages", "follow_detail",
        "render", "wait_for", "allow_private_network", "timeout", "delay", "currency",
    }
)  # fmt: skip

NOT_AN_OBJECT = "The scraper config must be a JSON object."
UNKNOWN_KEY = "Unknown scraper config key {key!r}; known keys: {known}."
NO_START_URLS = "The scraper config needs 'start_urls': a list of http(s) URLs (or a 'pagination.pages' template)."
BAD_URL = "Bad URL {url!r} in {where}: use an absolute http(s) URL."
NO_ITEM = "The scraper config needs 'item': the CSS or XPath selector of one event block."
NO_FIELDS = "The scraper config needs 'fields': a map of event field name to selector."
UNKNOWN_FIELD = "Unknown field {name!r} in {where}; use one of: {known}."
BAD_FIELD = "Field {name!r} in {where} must be a selector string or an object with 'selector' (and 'regex', 'join')."
BAD_SELECTOR = "Bad selector for {what}: {selector!r} ({error})."
EMPTY_SELECTOR = "The selector for {what} must be a non-empty string."
BAD_REGEX = "Bad regex for field {name!r}: {error}."
MISSING_FIELD = "The scraper config must select {name!r}, in 'fields' or in 'follow_detail.fields'."
BAD_DATE_FORMATS = "'date_formats' must be a list of strptime formats such as \"%a, %d %b %Y %I:%M %p\"."
BAD_TIMEZONE = "Unknown timezone {name!r}: use an IANA name such as Asia/Kolkata."
BAD_PAGINATION = (
    '\'pagination\' must be {"next": "<selector of the next-page link>"} or '
    '{"pages": "https://site/events?page={page}", "start": 1}.'
)
BAD_PAGE_TEMPLATE = "'pagination.pages' must be an http(s) URL containing {{page}}, not {template!r}."
BAD_PAGE_START = "'pagination.start' must be a whole number (the page number of the first page)."
BAD_MAX_PAGES = "'max_pages' must be a whole number from 1 to {limit}."
BAD_FOLLOW = "'follow_detail' must be an object with 'link' (a selector within the event block) and 'fields'."
BAD_FLAG = "{key!r} must be true or false."
BAD_NUMBER = "{key!r} must be a number from {low} to {high}."
BAD_CURRENCY = "'currency' must be an ISO 4217 code such as INR."
BAD_WAIT_FOR = "'wait_for' must be a non-empty selector string."
OFF_SITE_TEMPLATE = "'pagination.pages' points at {host!r}, which is not the host of a start URL."

_CURRENCY = re.compile(r"^[A-Z]{3}$")
_PROBE = parsel.Selector(text="<html><body><p>probe</p></body></html>")
_XPATH_PREFIXES = ("/", "(", "./", "../")


class ConfigError(ValueError):
    """The config cannot drive a crawl; the message says what to fix, in one line."""


@dataclasses.dataclass(frozen=True, slots=True)
class Query:
    """One CSS or XPath selector."""

    text: str
    is_xpath: bool

    def select(self, root: parsel.Selector, *, within_block: bool = False) -> parsel.SelectorList[parsel.Selector]:
        if not self.is_xpath:
            return root.css(self.text)
        query = "." + self.text if within_block and self.text.startswith("//") else self.text
        return root.xpath(query)


@dataclasses.dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    query: Query
    regex: re.Pattern[str] | None = None
    join: str = " "


@dataclasses.dataclass(frozen=True, slots=True)
class Pagination:
    next: Query | None = None
    pages: str | None = None
    start: int = 1  # the page number of the first page (the start URL)

    def page_url(self, number: int) -> str | None:
        return self.pages.replace(PAGE_PLACEHOLDER, str(number)) if self.pages else None


@dataclasses.dataclass(frozen=True, slots=True)
class FollowDetail:
    link: Query
    fields: Mapping[str, FieldSpec]


@dataclasses.dataclass(frozen=True, slots=True)
class ScraperConfig:
    start_urls: tuple[str, ...]
    item: Query
    fields: Mapping[str, FieldSpec]
    date_formats: tuple[str, ...] = ()
    timezone: str | None = None
    pagination: Pagination | None = None
    max_pages: int = DEFAULT_MAX_PAGES
    follow_detail: FollowDetail | None = None
    render: bool = False
    wait_for: str | None = None
    allow_private_network: bool = False
    timeout: float | None = None
    delay: float = DEFAULT_DELAY_SECONDS
    currency: str | None = None

    @property
    def hosts(self) -> frozenset[str]:
        """The only hosts the crawl may visit: those of the start URLs."""
        return frozenset((urlsplit(url).hostname or "").lower() for url in self.start_urls)


def make_query(raw: object, what: str) -> Query:
    """A selector, checked by running it once on a tiny page (catches CSS and XPath syntax errors)."""
    if not isinstance(raw, str) or not raw.strip():
        raise ConfigError(EMPTY_SELECTOR.format(what=what))
    text = raw.strip()
    query = Query(text=text, is_xpath=text.startswith(_XPATH_PREFIXES))
    try:
        query.select(_PROBE, within_block=True)
    except Exception as exc:
        error = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ConfigError(BAD_SELECTOR.format(what=what, selector=text, error=error)) from exc
    return query


def _field(name: object, raw: object, where: str) -> FieldSpec:
    if not isinstance(name, str) or name not in FIELD_NAMES:
        raise ConfigError(UNKNOWN_FIELD.format(name=name, where=where, known=", ".join(FIELD_NAMES)))
    if isinstance(raw, str):
        return FieldSpec(name=name, query=make_query(raw, f"field {name!r} in {where}"))
    if not isinstance(raw, Mapping) or "selector" not in raw:
        raise ConfigError(BAD_FIELD.format(name=name, where=where))
    regex = None
    if raw.get("regex") is not None:
        try:
            regex = re.compile(str(raw["regex"]))
        except re.error as exc:
            raise ConfigError(BAD_REGEX.format(name=name, error=exc)) from exc
    join = raw.get("join", " ")
    if not isinstance(join, str):
        raise ConfigError(BAD_FIELD.format(name=name, where=where))
    return FieldSpec(name=name, query=make_query(raw["selector"], f"field {name!r} in {where}"), regex=regex, join=join)


def _fields(raw: object, where: str, *, required: bool) -> dict[str, FieldSpec]:
    if raw is None and not required:
        return {}
    if not isinstance(raw, Mapping) or (required and not raw):
        raise ConfigError(NO_FIELDS if where == "fields" else BAD_FOLLOW)
    return {str(name): _field(name, spec, where) for name, spec in raw.items()}


def _http_url(raw: object, where: str) -> str:
    parts = urlsplit(raw) if isinstance(raw, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(BAD_URL.format(url=raw, where=where))
    return str(raw)


def _flag(raw: Mapping[str, Any], key: str) -> bool:
    value = raw.get(key, False)
    if not isinstance(value, bool):
        raise ConfigError(BAD_FLAG.format(key=key))
    return value


def _number(raw: Mapping[str, Any], key: str, *, low: float, high: float, default: float | None) -> float | None:
    value = raw.get(key)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise ConfigError(BAD_NUMBER.format(key=key, low=low, high=high))
    return float(value)


def _pagination(raw: object) -> Pagination | None:
    if raw is None:
        return None
    if not isinstance(raw, Mapping) or ("next" in raw) == ("pages" in raw):
        raise ConfigError(BAD_PAGINATION)
    if "next" in raw:
        return Pagination(next=make_query(raw["next"], "'pagination.next'"))
    template = raw["pages"]
    if not isinstance(template, str) or PAGE_PLACEHOLDER not in template:
        raise ConfigError(BAD_PAGE_TEMPLATE.format(template=template))
    _http_url(template.replace(PAGE_PLACEHOLDER, "1"), "'pagination.pages'")
    start = raw.get("start", 1)
    if isinstance(start, bool) or not isinstance(start, int) or start < 0:
        raise ConfigError(BAD_PAGE_START)
    return Pagination(pages=template, start=start)


def _follow_detail(raw: object) -> FollowDetail | None:
    if raw is None:
        return None
    if not isinstance(raw, Mapping) or "link" not in raw:
        raise ConfigError(BAD_FOLLOW)
    return FollowDetail(
        link=make_query(raw["link"], "'follow_detail.link'"),
        fields=_fields(raw.get("fields"), "follow_detail.fields", required=True),
    )


def _start_urls(raw: Mapping[str, Any], pagination: Pagination | None) -> tuple[str, ...]:
    urls = raw.get("start_urls")
    if urls is None and pagination is not None and pagination.pages:
        urls = [pagination.page_url(pagination.start)]
    if isinstance(urls, str):
        urls = [urls]
    if not isinstance(urls, list) or not urls:
        raise ConfigError(NO_START_URLS)
    return tuple(_http_url(url, "'start_urls'") for url in urls)


def _date_formats(raw: object) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(item, str) and "%" in item for item in raw):
        raise ConfigError(BAD_DATE_FORMATS)
    return tuple(raw)


def _timezone(raw: object) -> str | None:
    if raw is None or raw == "":
        return None
    key = zone_key(str(raw))  # never raises: "Asia" is a folder, not a zone
    if key is None:
        raise ConfigError(BAD_TIMEZONE.format(name=raw))
    return key


def _scalar_options(raw: Mapping[str, Any]) -> dict[str, Any]:
    max_pages = raw.get("max_pages", DEFAULT_MAX_PAGES)
    if isinstance(max_pages, bool) or not isinstance(max_pages, int) or not 1 <= max_pages <= MAX_PAGES_LIMIT:
        raise ConfigError(BAD_MAX_PAGES.format(limit=MAX_PAGES_LIMIT))
    currency = raw.get("currency")
    if currency is not None and (not isinstance(currency, str) or not _CURRENCY.match(currency)):
        raise ConfigError(BAD_CURRENCY)
    wait_for = raw.get("wait_for")
    if wait_for is not None and (not isinstance(wait_for, str) or not wait_for.strip()):
        raise ConfigError(BAD_WAIT_FOR)
    return {
        "max_pages": max_pages,
        "currency": currency,
        "wait_for": wait_for.strip() if wait_for else None,
        "render": _flag(raw, "render"),
        "allow_private_network": _flag(raw, "allow_private_network"),
        "timeout": _number(raw, "timeout", low=1, high=3600, default=None),
        "delay": _number(raw, "delay", low=0, high=MAX_DELAY_SECONDS, default=DEFAULT_DELAY_SECONDS),
        "date_formats": _date_formats(raw.get("date_formats")),
        "timezone": _timezone(raw.get("timezone")),
    }


def load_config(raw: object) -> ScraperConfig:
    """The validated config, or ConfigError with a one-line reason."""
    if not isinstance(raw, Mapping):
        raise ConfigError(NOT_AN_OBJECT)
    for key in raw:
        if key not in KNOWN_KEYS:
            raise ConfigError(UNKNOWN_KEY.format(key=key, known=", ".join(sorted(KNOWN_KEYS))))
    if raw.get("item") is None:
        raise ConfigError(NO_ITEM)
    pagination = _pagination(raw.get("pagination"))
    config = ScraperConfig(
        start_urls=_start_urls(raw, pagination),
        item=make_query(raw["item"], "'item'"),
        fields=_fields(raw.get("fields"), "fields", required=True),
        pagination=pagination,
        follow_detail=_follow_detail(raw.get("follow_detail")),
        **_scalar_options(raw),
    )
    selected = set(config.fields) | set(config.follow_detail.fields if config.follow_detail else ())
    for name in ("title", "start"):
        if name not in selected:
            raise ConfigError(MISSING_FIELD.format(name=name))
    template_url = pagination.page_url(pagination.start) if pagination else None
    template_host = (urlsplit(template_url).hostname or "").lower() if template_url else None
    if template_host and template_host not in config.hosts:
        raise ConfigError(OFF_SITE_TEMPLATE.format(host=template_host))
    return config
