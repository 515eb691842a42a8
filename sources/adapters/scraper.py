"""Configured scrapers: sites without feeds or structured data, read with CSS/XPath selectors.

The Source's config (see sources/scraping/config.py and the examples next to it) says which pages to
crawl and where each field is. The crawl runs in a child process (``python -m sources.scraping.runner``):
Scrapy, whose Twisted reactor can start only once per process, must never run inside the Celery
worker, and a stuck crawl or browser is killed with its whole process group at the timeout. The child
prints raw text per event block; this adapter turns it into RawEvents, so ``parse`` reads a saved run
output (``manage.py extract run.jsonl --kind scraper``) exactly as ``fetch`` reads a live one.

Dates: the config's ``date_formats`` (strptime) in order, then dateparser. A format without a year
("Sat, 5 Dec") takes the first year that puts the date no more than a month in the past; a date
without a time is an all-day event. Prices: "Free", "₹499 onwards" (paid, from 499 INR), "₹300 - ₹1,500".
Pages refused by robots.txt and pages that failed are reported as rejected records of the run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import zoneinfo
from collections.abc import Iterator, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from django.conf import settings

from events import statuswords
from events.vocabulary import COST_TYPES
from sources.adapters.base import Adapter, AdapterError, ParsedRecord, RawEvent, RejectedRecord
from sources.adapters.common import http_url, parse_text_datetime, plausible, zone
from sources.adapters.registry import register
from sources.fetching import USER_AGENT, check_public_host
from sources.scraping.config import ConfigError, ScraperConfig, load_config

RUNNER_MODULE = "sources.scraping.runner"
# The child must finish (and be killed if it does not) before Celery's soft limit interrupts the task.
TIME_MARGIN_SECONDS = 30
MIN_TIMEOUT_SECONDS = 10
CHILD_GRACE_SECONDS = 5  # the child stops crawling this much before the parent's timeout, to report
# The child reads untrusted pages: it gets what it needs to run, not the worker's secrets.
CHILD_ENV_KEYS = (
    "PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TMPDIR", "TZ", "SSL_CERT_FILE", "SSL_CERT_DIR",
    "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy",
)  # fmt: skip
YEARLESS_LOOKBACK = dt.timedelta(days=31)

BAD_CONFIG = "Bad scraper config: {reason}"
CHILD_FAILED = "The scraper process failed (exit status {code}): {detail}"
CHILD_TIMEOUT = "The scraper process ran longer than {seconds:.0f} s and was stopped: {detail}"
NO_STDERR = "it printed nothing on stderr"
NOT_RUN_OUTPUT = "Not a scraper run output: the first line is not its start header."
BAD_LINE = "Unreadable scraper output, line {line}: {error}"
INCOMPLETE_RUN = "The scraper output has no summary line: the run did not finish."
NOTHING_CRAWLED = "The scraper crawled no page: {reason}"
NOTHING_AT_ALL = "nothing was fetched"
ROBOTS_BLOCKED = "robots.txt disallows {url}: not crawled."
CRAWL_ERROR = "Could not crawl {url}: {reason}"
NO_TITLE = "The event block has no title (check the 'title' selector)."
NO_START = "The event block has no start date (check the 'start' selector)."
BAD_START = "Unreadable start date {value!r}: add a 'date_formats' entry that matches it."

NOT_ONLINE = frozenset({"", "no", "false", "0", "offline", "in person", "in-person"})
_TIME_OF_DAY = re.compile(r"\d{1,2}[:.]\d{2}|\d\s*[ap]\.?\s?m\b|\b(?:noon|midnight)\b", re.IGNORECASE)
_SEPARATORS = re.compile(r"[•·|]")
_FREE = re.compile(r"\bfree\b", re.IGNORECASE)
_DONATION = re.compile(r"donation|pay what you|\bpwyw\b", re.IGNORECASE)
_OPEN_ENDED = re.compile(r"onwards|upwards|and above|\bfrom\b|starting|\+", re.IGNORECASE)
_NUMBER = r"(\d+(?:\.\d{1,2})?)"
_SYMBOL_AMOUNT = re.compile(r"(?:₹|\brs\.?|\binr|\$|€|£)\s*" + _NUMBER, re.IGNORECASE)
_ANY_AMOUNT = re.compile(_NUMBER)
_ISO_CURRENCY = re.compile(r"\b(INR|USD|EUR|GBP|AUD|CAD|SGD|AED|JPY|CHF|NZD)\b")
_SYMBOLS = (
    (re.compile(r"₹|\brs\.?\s*\d", re.IGNORECASE), "INR"),
    (re.compile("€"), "EUR"),
    (re.compile("£"), "GBP"),
    (re.compile(r"\$"), "USD"),
)
_YEAR_DIRECTIVES = ("%Y", "%y", "%G", "%c", "%x")
_TIME_DIRECTIVES = ("%H", "%I", "%M", "%p", "%X", "%c", "%R", "%T")


def child_timeout(config: ScraperConfig) -> float:
    """Config ``timeout``, bounded by the Celery soft time limit minus a margin."""
    ceiling = max(MIN_TIMEOUT_SECONDS, settings.CELERY_TASK_SOFT_TIME_LIMIT - TIME_MARGIN_SECONDS)
    return min(config.timeout or ceiling, ceiling)


def _last_line(stderr: bytes) -> str:
    lines = [line.strip() for line in stderr.decode("utf-8", errors="replace").splitlines() if line.strip()]
    return lines[-1][:500] if lines else NO_STDERR


def _child_env() -> dict[str, str]:
    env = {key: os.environ[key] for key in CHILD_ENV_KEYS if key in os.environ}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(settings.BASE_DIR), os.environ.get("PYTHONPATH")]))
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    """The child and what it started (Playwright's driver, Chromium) share its process group."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def run_child(request: Mapping[str, Any], *, timeout: float) -> bytes:
    """The runner's stdout; AdapterError with its last stderr line if it fails or overruns."""
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and module, no shell
        [sys.executable, "-m", RUNNER_MODULE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=settings.BASE_DIR,
        env=_child_env(),
        start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(json.dumps(request).encode(), timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(process)
        try:
            _stdout, stderr = process.communicate(timeout=CHILD_GRACE_SECONDS)
        except subprocess.TimeoutExpired:
            stderr = b""
        raise AdapterError(CHILD_TIMEOUT.format(seconds=timeout, detail=_last_line(stderr))) from None
    finally:
        if process.poll() is None:  # interrupted (e.g. Celery's soft limit): leave nothing running
            _kill_group(process)
            process.wait()
    if process.returncode != 0:
        raise AdapterError(CHILD_FAILED.format(code=process.returncode, detail=_last_line(stderr)))
    return stdout


# --- reading the run output -------------------------------------------------------------------------


def read_run(payload: bytes) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any]]:
    """(header, items, summary) of a run output; AdapterError if it is not one, or is cut short."""
    lines = [line for line in payload.decode("utf-8", errors="replace").splitlines() if line.strip()]
    parsed: list[dict[str, Any]] = []
    for number, line in enumerate(lines, start=1):
        try:
            value = json.loads(line)
        except ValueError as exc:
            raise AdapterError(BAD_LINE.format(line=number, error=exc)) from exc
        if not isinstance(value, dict):
            raise AdapterError(BAD_LINE.format(line=number, error="not a JSON object"))
        parsed.append(value)
    if not parsed or not _is_header(parsed[0]):
        raise AdapterError(NOT_RUN_OUTPUT)
    if parsed[-1].get("type") != "summary":
        raise AdapterError(INCOMPLETE_RUN)
    items = [line for line in parsed[1:-1] if line.get("type") == "item"]
    return parsed[0], items, parsed[-1]


def _is_header(line: Mapping[str, Any]) -> bool:
    return line.get("type") == "start" and line.get("scraper") == "whatson"


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = " ".join(str(part) for part in value)
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def read_moment(
    text: str, *, formats: tuple[str, ...], tz: zoneinfo.ZoneInfo, now: dt.datetime
) -> dt.datetime | dt.date | None:
    """A date as the site writes it: each strptime format in order, then dateparser.

    A datetime is aware (in ``tz`` unless the text has an offset); a date alone means all day.
    """
    for date_format in formats:
        value = _strptime(text, date_format, tz=tz, now=now)
        if value is not None:
            return value if plausible(value) else None
    cleaned = " ".join(_SEPARATORS.sub(" ", text).split())
    parsed = parse_text_datetime(cleaned, tz=tz, now=now)
    if parsed is None:
        return None
    return parsed if _TIME_OF_DAY.search(cleaned) else parsed.date()


def _strptime(text: str, date_format: str, *, tz: zoneinfo.ZoneInfo, now: dt.datetime) -> dt.datetime | dt.date | None:
    has_time = any(directive in date_format for directive in _TIME_DIRECTIVES)
    if any(directive in date_format for directive in _YEAR_DIRECTIVES):
        candidates = [(text, date_format)]
    else:
        # No year on the page: try around this year (with the year written in, so 29 Feb parses).
        # Up to four years ahead: the next 29 February may be that far.
        years = range(now.year - 1, now.year + 5)
        candidates = [(f"{text} {year}", f"{date_format} %Y") for year in years]
    earliest = (now - YEARLESS_LOOKBACK).date()
    for candidate, candidate_format in candidates:
        try:
            # The zone is attached below: the page's wall-clock time in the event's zone.
            parsed = dt.datetime.strptime(candidate, candidate_format)  # noqa: DTZ007
        except ValueError:
            continue
        if len(candidates) > 1 and parsed.date() < earliest:
            continue
        if not has_time:
            return parsed.date()
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=tz)
    return None


def _currency(text: str, default: str | None) -> str | None:
    code = _ISO_CURRENCY.search(text.upper())
    if code:
        return code.group(1)
    if default:
        return default
    return next((currency for symbol, currency in _SYMBOLS if symbol.search(text)), None)


def read_price(
    text: str | None, default_currency: str | None
) -> tuple[str, Decimal | None, Decimal | None, str | None]:
    """(cost_type, price_min, price_max, currency) of a price as written: "₹499 onwards", "Free", "$10–$25"."""
    if not text:
        return "unknown", None, None, None
    plain = text.replace(",", "")
    found = _SYMBOL_AMOUNT.findall(plain) or _ANY_AMOUNT.findall(plain)
    try:
        amounts = [Decimal(amount) for amount in found]
    except InvalidOperation:
        amounts = []
    if _DONATION.search(text):
        return "donation", None, None, None
    if not any(amounts):
        return ("free", None, None, None) if _FREE.search(text) or amounts else ("unknown", None, None, None)
    low = min(amounts)
    high: Decimal | None = max(amounts)
    if len(amounts) == 1 and _OPEN_ENDED.search(text):
        high = None  # "₹499 onwards": a floor, no ceiling
    return "paid", low, high, _currency(text, default_currency)


def _coordinate(value: Any) -> float | None:
    try:
        return float(_text(value) or "")
    except ValueError:
        return None


def _tags(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value] if value else []
    tags: list[str] = []
    for item in values:
        tag = _text(item)
        if tag and tag not in tags:
            tags.append(tag)
    return tags


def _fallback_id(item: Mapping[str, Any], title: str | None, start: str | None) -> str:
    """Stable across runs for a block without id or link: where it was listed, what, when."""
    digest = hashlib.sha256(f"{item.get('listing')}|{title}|{start}".encode()).hexdigest()[:24]
    return f"scraped-{digest}"


def _end(start: dt.datetime | dt.date, end: dt.datetime | dt.date | None) -> dt.datetime | dt.date | None:
    """The end, if it is the same kind as the start and after it (an all-day end is the last day)."""
    if end is None or isinstance(start, dt.datetime) != isinstance(end, dt.datetime):
        return None
    return end if end > start else None


@register
class ScraperAdapter(Adapter):
    name = "scraper"
    label = "Configured scraper (CSS/XPath selectors; a browser for JavaScript pages)"
    source_kind = "scraper"
    config_passthrough = True  # selectors, pagination, detail pages: sources/scraping/config.py reads them

    @classmethod
    def check_config(cls, config: Mapping[str, Any]) -> None:
        try:
            load_config(config)
        except ConfigError as exc:
            raise AdapterError(BAD_CONFIG.format(reason=exc)) from exc

    # Bounded by max_pages and by robots.txt: what is missing from a crawl may just not have been reached.
    complete_listing = False
    # The run header is unmistakable; ask before the catch-all HTML/JSON readers.
    sniff_priority = 10

    summary: dict[str, Any] | None = None

    @classmethod
    def sniff(cls, payload: bytes) -> bool:
        first = payload.lstrip()[:4096].split(b"\n", 1)[0]
        try:
            header = json.loads(first)
        except ValueError:
            return False
        return isinstance(header, dict) and _is_header(header)

    def fetch(self) -> Iterator[ParsedRecord]:
        try:
            config = load_config(self.config)
        except ConfigError as exc:
            raise AdapterError(BAD_CONFIG.format(reason=exc)) from exc
        # Fail fast, before a child starts. It is not the guard: the child checks every request and redirect
        # hop itself and connects only to the addresses it checked (sources/scraping/guard.py, render.py).
        if not config.allow_private_network:
            for url in config.start_urls:
                check_public_host(url)
        timeout = child_timeout(config)
        request = {
            "config": dict(self.config),
            "settings": {
                "user_agent": USER_AGENT.format(site=settings.SITE_URL),
                "max_bytes": settings.FETCH_MAX_BYTES,
                "download_timeout": settings.FETCH_TIMEOUT_SECONDS,
                "chromium_path": settings.CHROMIUM_PATH,
                "deadline": max(1.0, timeout - CHILD_GRACE_SECONDS),
            },
        }
        records = list(self.parse(run_child(request, timeout=timeout)))
        # The pages went through the child, not our HTTP client; count them so the FetchRun shows them.
        self.extra_requests = int(self.summary.get("pages_crawled") or 0) if self.summary else 0
        return iter(records)

    def parse(self, payload: bytes) -> Iterator[ParsedRecord]:
        header, items, summary = read_run(payload)
        self.summary = summary
        problems = list(self._problems(summary))
        if not summary.get("pages_crawled") and not items:
            reason = problems[0] if problems else NOTHING_AT_ALL
            raise AdapterError(NOTHING_CRAWLED.format(reason=reason))
        self.notes.extend(problems)
        tz = zone(header.get("timezone"), self.context.default_timezone) or zoneinfo.ZoneInfo("UTC")
        formats = tuple(str(item) for item in header.get("date_formats") or ())
        currency = _text(header.get("currency"))
        now = dt.datetime.now(tz=tz)
        for item in items:
            yield self._record(item, tz=tz, formats=formats, currency=currency, now=now)

    @staticmethod
    def _problems(summary: Mapping[str, Any]) -> Iterator[str]:
        """Pages robots.txt refused and pages that failed: notes on the run, not records."""
        for url in summary.get("robots_blocked") or ():
            yield ROBOTS_BLOCKED.format(url=url)
        for error in summary.get("errors") or ():
            url = error.get("url") if isinstance(error, dict) else None
            reason = str(error.get("reason")) if isinstance(error, dict) else str(error)
            yield CRAWL_ERROR.format(url=url or "the site", reason=reason)

    def _record(
        self,
        item: Mapping[str, Any],
        *,
        tz: zoneinfo.ZoneInfo,
        formats: tuple[str, ...],
        currency: str | None,
        now: dt.datetime,
    ) -> ParsedRecord:
        raw_fields = item.get("fields")
        fields: Mapping[str, Any] = raw_fields if isinstance(raw_fields, dict) else {}
        title, start_text = _text(fields.get("title")), _text(fields.get("start"))
        url = http_url(_text(fields.get("url"))) or http_url(_text(item.get("detail")))
        external_id = _text(fields.get("external_id")) or url or _fallback_id(item, title, start_text)
        if not title:
            return RejectedRecord(external_id=external_id, reason=NO_TITLE, raw=item)
        if not start_text:
            return RejectedRecord(external_id=external_id, reason=NO_START, raw=item)
        start = read_moment(start_text, formats=formats, tz=tz, now=now)
        if start is None:
            return RejectedRecord(external_id=external_id, reason=BAD_START.format(value=start_text), raw=item)
        end_text = _text(fields.get("end"))
        end = read_moment(end_text, formats=formats, tz=tz, now=now) if end_text else None
        return self._event(
            fields, external_id=external_id, title=title, start=start, end=end, url=url, tz=tz, currency=currency
        )

    def _event(
        self,
        fields: Mapping[str, Any],
        *,
        external_id: str,
        title: str,
        start: dt.datetime | dt.date,
        end: dt.datetime | dt.date | None,
        url: str | None,
        tz: zoneinfo.ZoneInfo,
        currency: str | None,
    ) -> RawEvent:
        cost_type, price_min, price_max, price_currency = read_price(_text(fields.get("price")), currency)
        stated_cost = (_text(fields.get("cost_type")) or "").lower()
        stated_currency = (_text(fields.get("currency")) or "").upper()
        return RawEvent(
            source=self.context.source,
            external_id=external_id,
            title=title,
            description=_text(fields.get("description")),
            start=start,
            end=_end(start, end),
            all_day=not isinstance(start, dt.datetime),
            timezone=tz.key,
            venue_name=_text(fields.get("venue_name")),
            address=_text(fields.get("address")),
            city=_text(fields.get("city")),
            country=_text(fields.get("country")),
            latitude=_coordinate(fields.get("latitude")),
            longitude=_coordinate(fields.get("longitude")),
            url=url,
            ticket_url=http_url(_text(fields.get("ticket_url"))),
            image_url=http_url(_text(fields.get("image_url"))),
            organizer=_text(fields.get("organizer")),
            cost_type=stated_cost if stated_cost in COST_TYPES else cost_type,
            price_min=price_min,
            price_max=price_max,
            currency=stated_currency if re.fullmatch(r"[A-Z]{3}", stated_currency) else price_currency,
            status=statuswords.status_in_value(_text(fields.get("status"))),
            online=(_text(fields.get("online")) or "").lower() not in NOT_ONLINE,
            source_category=_text(fields.get("source_category")),
            tags=_tags(fields.get("tags")),
        )
