"""Scaffolding shared by the source adapter tests: build and run an adapter, run `manage.py extract`,
run a source through source_fetch and the staging pipeline.

Plain functions only; the fixtures (``recorded``, ``no_sleep``) live in conftest.py.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import zoneinfo
from collections.abc import Callable, Sequence
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from events.models import Event, StagedEvent
from events.services import staged_events_process
from sources.adapters.base import Adapter, AdapterContext, AdapterError, FetchWindow, RawEvent, RejectedRecord
from sources.adapters.html import GenericPageAdapter
from sources.adapters.json_api import JsonApiAdapter
from sources.adapters.jsonld import StructuredPageAdapter
from sources.adapters.scraper import ScraperAdapter
from sources.extraction import ExtractionError, extract_document
from sources.http import HttpClient
from sources.models import FetchRun
from sources.scraping import config as scraper_config
from sources.services import source_fetch
from tests.clock import days_ahead, local_at, render_dates
from tests.factories import CityFactory, SourceFactory
from tests.sources.conftest import RecordedServer

#: The year-long window most adapter tests fetch in.
YEAR_WINDOW = FetchWindow(start=dt.datetime(2026, 11, 20, tzinfo=dt.UTC), end=dt.datetime(2027, 11, 20, tzinfo=dt.UTC))


#: RSS 1.0's event module, the namespace of the ``ev:`` elements event feeds add to their items.
EV = "http://purl.org/rss/1.0/modules/event/"


class EvFeed:
    """RSS 2.0 event feeds of one site (``ev:`` items), read as the feed adapter reads them in ``window``."""

    def __init__(self, site: str, name: str, window: FetchWindow, zone: zoneinfo.ZoneInfo) -> None:
        self.site, self.name, self.window, self.zone = site, name, window, zone

    def feed(self, *items: str) -> bytes:
        """The feed of ``items`` (``item``), its channel titled "<name> Veranstaltungen"."""
        return (
            f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:ev="{EV}"><channel>'
            f"<title>{self.name} Veranstaltungen</title><link>{self.site}</link>"
            "<description>Veranstaltungen</description>" + "".join(items) + "</channel></rss>"
        ).encode()

    def item(
        self, title: str, start: str, end: str | None = None, description: str = "", location: str | None = None
    ) -> str:
        """An item with ``ev:startdate`` (and ``ev:enddate``, ``ev:location`` when given), linked to a site page."""
        return (
            f"<item><title>{title}</title><link>{self.site}e/{abs(hash(title))}</link>"
            f"<description>{description}</description><ev:startdate>{start}</ev:startdate>"
            + (f"<ev:enddate>{end}</ev:enddate>" if end else "")
            + (f"<ev:location>{location}</ev:location>" if location else "")
            + "</item>"
        )

    def parse(self, payload: bytes, zone: zoneinfo.ZoneInfo | None = None) -> list[RawEvent]:
        """The events the feed adapter reads from ``payload`` (rejected records left out)."""
        from sources.adapters import rss

        context = AdapterContext(source="rss", window=self.window, default_timezone=zone or self.zone)
        adapter = rss.FeedAdapter(config={}, context=context)
        return [record for record in adapter.parse(payload) if isinstance(record, RawEvent)]

    def local(self, record: RawEvent) -> Any:
        """The record's start on the site's clock (a date stays a date)."""
        start = record.start
        return start.astimezone(self.zone) if isinstance(start, dt.datetime) else start


def event_place(event: dict[str, object]) -> str:
    """A read event's place as one line: venue, address and city."""
    return " ".join(str(event.get(key) or "") for key in ("venue_name", "address", "city")).strip()


def wall_time(moment: object) -> str | None:
    """An ISO start or end as expectations write it: local wall time without offset, or the day."""
    if moment is None:
        return None
    text = str(moment)
    return text[:19] if "T" in text else text


def titled_spans(events: list[dict[str, Any]]) -> list[tuple[str, str | None, str | None]]:
    """Each event as (title, start, end) in local wall time, as expectations write them."""
    return [(event["title"], wall_time(event["start"]), wall_time(event["end"])) for event in events]


def site_page(body: str, *, site: str, address: str, nav: tuple[str, ...], title: str = "Events") -> str:
    """A small organisation's page around ``body``: a header with its name and menu (``nav``), a footer address."""
    menu = "".join(f"<li><a href='/{item.lower()}'>{item}</a></li>" for item in nav)
    return (
        f"<!doctype html><html lang='en'><head><title>{title} | {site}</title></head><body>"
        f"<header class='site-header'><a href='/'>{site}</a><nav><ul>{menu}</ul></nav></header>"
        f"<main id='main'>{body}</main><footer><p>{site}, {address}</p></footer></body></html>"
    )


def titles_feed(channel: str, titles: Sequence[str], *, site: str, summary: str, about: str | None = None) -> str:
    """An RSS 2.0 channel whose items are ``titles``, each with its own link under ``site``, one ``summary`` and one
    day's date: the shape of a news site's or a library's feed (``about`` is the channel's description)."""
    items = "".join(
        f"<item><title>{title}</title><link>{site}/e/{index}</link><description>{summary}</description>"
        "<pubDate>Mon, 09 Jun 2031 10:00:00 +0100</pubDate></item>"
        for index, title in enumerate(titles)
    )
    return (
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>{channel}</title><link>{site}/</link>"
        f"<description>{about or channel}</description>{items}</channel></rss>"
    )


def no_wait(_seconds: float) -> None:
    """A sleep that does not sleep: retries and rate limits cost nothing under test."""


def make_adapter(
    adapter_class: type[Adapter], config: dict, *, window: FetchWindow, http: HttpClient | None = None, **context: Any
) -> Adapter:
    """An adapter of ``adapter_class`` with ``config``, its context named after the adapter."""
    return adapter_class(
        config=config, context=AdapterContext(source=adapter_class.name, window=window, http=http, **context)
    )


def fetch_with(
    adapter_class: type[Adapter],
    config: dict,
    *,
    window: FetchWindow,
    rate_key: str = "t",
    sleep: Callable[[float], None] | None = no_wait,
    **context: Any,
) -> tuple[Adapter, list]:
    """Run a fetch through a real HTTP client allowed onto the local recorded server: the adapter and its records."""
    client = {"sleep": sleep} if sleep is not None else {}
    with HttpClient(rate_key=rate_key, allow_private=True, **client) as http:
        adapter = make_adapter(adapter_class, config, window=window, http=http, **context)
        return adapter, list(adapter.fetch())


def fetch_records(adapter_class: type[Adapter], config: dict, **kwargs: Any) -> list:
    """The records of a fetch (see ``fetch_with``)."""
    return fetch_with(adapter_class, config, **kwargs)[1]


def by_id(records: list) -> dict:
    """Records (RawEvent/RejectedRecord) keyed by their external id."""
    return {record.external_id: record for record in records}


def without(config: dict, *keys: str) -> dict:
    """A copy of ``config`` without ``keys``: a source that relies on the environment for them."""
    return {key: value for key, value in config.items() if key not in keys}


def set_credentials(settings, adapter: str, **values: str) -> None:
    """Make the environment's credentials for ``adapter`` exactly ``values`` (blank: not set)."""
    settings.SOURCE_CREDENTIALS = {**settings.SOURCE_CREDENTIALS, adapter: values}


def assert_refused_before_any_request(fetch: Callable[[], object], recorded, match: str) -> None:
    """``fetch()`` raises an AdapterError matching ``match`` without sending a single request."""
    with pytest.raises(AdapterError, match=match):
        fetch()
    assert recorded.requests == []


def run_extract(*args: str) -> tuple[list[dict], str]:
    """`manage.py extract *args`: the events it printed (one JSON object a line) and its stderr."""
    out, err = StringIO(), StringIO()
    call_command("extract", *args, stdout=out, stderr=err)
    return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def extract_events(*args: str) -> list[dict]:
    """The events `manage.py extract *args` printed."""
    return run_extract(*args)[0]


def assert_extract_exits_2(*args: str, match: str) -> None:
    """`manage.py extract *args` fails with exit status 2 and a message matching ``match``."""
    with pytest.raises(CommandError, match=match) as raised:
        run_extract(*args)
    assert raised.value.returncode == 2


def api_source(adapter: str, config: dict, **fields: Any):
    """A saved API source of ``adapter`` with ``config``."""
    return SourceFactory(adapter=adapter, kind="api", config=config, **fields)


def fetch_source(source, *, window: FetchWindow, sleep: Callable[[float], None] | None = None):
    """``source_fetch`` of ``source`` over ``window`` (the outcome: its run and the staged ids pending)."""
    if sleep is None:
        return source_fetch(source=source, window=window)
    return source_fetch(source=source, window=window, sleep=sleep)


def process_staged(outcome):
    """Run the staged events a fetch left pending through the pipeline."""
    return staged_events_process(staged_event_ids=outcome.pending_ids)


def failed_run(source, *, window: FetchWindow, sleep: Callable[[float], None] | None = None) -> FetchRun:
    """The run of a fetch of ``source`` that must fail."""
    run = fetch_source(source, window=window, sleep=sleep).run
    assert run.status == FetchRun.Status.FAILED
    return run


def assert_server_errors_retried(source, recorded, no_sleep: list[float], *, window: FetchWindow) -> str:
    """The recorded server answers 500: four attempts, three waits, then a failed run. Its reason."""
    run = failed_run(source, window=window, sleep=no_sleep.append)
    reason = run.errors[0]["reason"]
    assert re.search(r"HTTP 500 .*gave up after 4 attempts", reason)
    assert (len(recorded.requests), len(no_sleep)) == (4, 3)
    return reason


def published(source, external_id: str) -> Event:
    """The published event a source's record became (found by id: the pipeline may tidy its title)."""
    staged = StagedEvent.objects.select_related("event").get(source=source, external_id=external_id)
    assert staged.status == "published", staged.reasons
    return staged.event


# --- web pages (jsonld / html adapters) ----------------------------------------------------------
PAGES = Path(__file__).parent / "recorded" / "pages"
LONDON = zoneinfo.ZoneInfo("Europe/London")
HTML = "text/html; charset=utf-8"


def events_by_id(events: list[dict]) -> dict[str, dict]:
    """Extracted events (JSON objects) keyed by their external id."""
    return {event["external_id"]: event for event in events}


def events_by_title(events: list[dict]) -> dict[str, dict]:
    """Extracted events (JSON objects) keyed by their title."""
    return {event["title"]: event for event in events}


def recorded_page(name: str) -> str:
    """The path of a page under recorded/pages/."""
    return str(PAGES / name)


def make_page_adapter(adapter_class, *, config=None, http=None, tz=LONDON, base_url=None):
    """A web page adapter in the year window, reading times in ``tz`` and links against ``base_url``."""
    return make_adapter(
        adapter_class, config or {}, window=YEAR_WINDOW, http=http, default_timezone=tz, base_url=base_url
    )


def parse_html(body: str, *, base_url: str = "https://venue.example/whats-on", tz=LONDON) -> list:
    """What the structured-data adapter reads in an HTML page."""
    return list(make_page_adapter(StructuredPageAdapter, tz=tz, base_url=base_url).parse(body.encode()))


def jsonld_page(*blocks: object) -> str:
    """An HTML page carrying each of ``blocks`` as a JSON-LD script."""
    scripts = "".join(f'<script type="application/ld+json">{json.dumps(block)}</script>' for block in blocks)
    return f"<!doctype html><html><head>{scripts}</head><body><h1>Events</h1></body></html>"


class SpyClient(HttpClient):
    """The real client, remembering every URL the adapter asked for."""

    def __init__(self, **kwargs) -> None:
        super().__init__(rate_key="test", allow_private=True, **kwargs)
        self.asked: list[str] = []

    def get(self, url, **kwargs):
        self.asked.append(url)
        return super().get(url, **kwargs)


# --- the configured scraper (local look-alikes of LBB and BookMyShow) -----------------------------------
SCRAPER_PAGES = Path(__file__).parent / "pages"
EXAMPLES = Path(scraper_config.__file__).parent / "examples"
KOLKATA = zoneinfo.ZoneInfo("Asia/Kolkata")
LBB_LISTING = "/lbb/bangalore/things-to-do"
BMS_LISTING = "/bookmyshow/explore/events-bengaluru"
ROBOTS_REASON = "robots.txt disallows {url}: not crawled."


def today() -> dt.date:
    return days_ahead(0, tz=KOLKATA)


def day(offset: int, date_format: str = "%Y-%m-%d") -> str:
    return days_ahead(offset, tz=KOLKATA).strftime(date_format)


def at(offset: int, hour: int, minute: int = 0) -> str:
    """The ISO start of an event ``offset`` days from today at hour:minute in Bengaluru."""
    return local_at(offset, hour, minute, tz=KOLKATA).isoformat()


def scraper_page(name: str) -> bytes:
    """A test page with its ``{{date+N:FORMAT}}`` tokens filled in, so its events are always upcoming."""
    return render_dates((SCRAPER_PAGES / name).read_text(encoding="utf-8"), tz=KOLKATA).encode("utf-8")


SITE: list[tuple[str, str, dict[str, str] | None, str]] = [
    ("/robots.txt", "robots.txt", None, "text/plain; charset=utf-8"),
    (LBB_LISTING, "lbb/listing-1.html", None, HTML),
    (f"{LBB_LISTING}/page/2", "lbb/listing-2.html", None, HTML),
    (f"{LBB_LISTING}/page/3", "lbb/listing-3.html", None, HTML),
    ("/lbb/members/things-to-do/page/4", "lbb/listing-4.html", None, HTML),
    ("/lbb/bangalore/jazz-at-the-courtyard", "lbb/story-jazz-at-the-courtyard.html", None, HTML),
    ("/lbb/bangalore/cubbon-farmers-market", "lbb/story-cubbon-farmers-market.html", None, HTML),
    (BMS_LISTING, "bookmyshow/listing-2.html", {"page": "2"}, HTML),
    (BMS_LISTING, "bookmyshow/listing-1.html", None, HTML),
    ("/bookmyshow/static/listing.js", "bookmyshow/static/listing.js", None, "text/javascript; charset=utf-8"),
    ("/bookmyshow/events/neon-nights-electronic-arena/ET00001", "bookmyshow/event-ET00001.html", None, HTML),
    ("/bookmyshow/events/ravi-rao-overthinking-live/ET00002", "bookmyshow/event-ET00002.html", None, HTML),
    ("/bookmyshow/events/bengaluru-comic-expo/ET00004", "bookmyshow/event-ET00004.html", None, HTML),
    ("/bookmyshow/events/kids-science-carnival/ET00005", "bookmyshow/event-ET00005.html", None, HTML),
    # Served, so that fetching it would show in the requests: robots.txt forbids it.
    ("/bookmyshow/private/secret-rooftop-gig/ET00003", "bookmyshow/event-ET00001.html", None, HTML),
]


def serve_scraper_site(recorded: RecordedServer) -> RecordedServer:
    """The LBB and BookMyShow look-alike sites on the recorded server (the ``site`` fixture of the scraper tests)."""
    # Past the last numbered page the site answers 404 (a route with no query would match any page).
    recorded.add(BMS_LISTING, query={"page": "3"}, status=404, body="no such page", content_type=HTML)
    for path, name, query, content_type in SITE:
        recorded.add(path, query=query, body=scraper_page(name), content_type=content_type)
    return recorded


def example(name: str, server: RecordedServer, **overrides: Any) -> dict[str, Any]:
    """An example config as shipped, pointed at the local server, with no politeness delay."""
    text = (EXAMPLES / f"{name}.json").read_text(encoding="utf-8")
    text = text.replace("https://lbb.in", server.url("/lbb")).replace(
        "https://in.bookmyshow.com", server.url("/bookmyshow")
    )
    return {**json.loads(text), "allow_private_network": True, "delay": 0, **overrides}


def scraper_context() -> AdapterContext:
    now = dt.datetime.now(dt.UTC)
    return AdapterContext(
        source="scraper",
        window=FetchWindow(start=now - dt.timedelta(days=1), end=now + dt.timedelta(days=365)),
        default_timezone=KOLKATA,
    )


def scrape(config: dict[str, Any]) -> tuple[ScraperAdapter, dict[str, RawEvent], list[RejectedRecord]]:
    adapter = ScraperAdapter(config=config, context=scraper_context())
    records = list(adapter.fetch())
    events = {record.external_id: record for record in records if isinstance(record, RawEvent)}
    rejected = [record for record in records if isinstance(record, RejectedRecord)]
    return adapter, events, rejected


def paths(server: RecordedServer) -> list[str]:
    return [request.path + ("?" + "&".join(f"{k}={v}" for k, v in request.query.items()) if request.query else "")
            for request in server.requests]  # fmt: skip


def bengaluru_source(config: dict[str, Any]) -> Any:
    city = CityFactory(name="Bengaluru", slug="bengaluru", country="IN", timezone="Asia/Kolkata", latitude=12.97, longitude=77.59)  # fmt: skip
    return SourceFactory(slug="lbb-bengaluru", adapter="scraper", kind="scraper", config=config, city=city)


def parse_body(body: str, *, title: str, zone: dt.tzinfo, base: str | None, start: dt.datetime) -> list:
    """``parse_page`` on a page titled ``title`` whose body is ``body``."""
    html = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    return parse_page(html, zone=zone, base=base, start=start)


def parse_page(body: str, *, zone: dt.tzinfo, base: str | None, start: dt.datetime) -> list:
    """What the generic page reader makes of ``body`` for a page at ``base``, a year's window from ``start``."""
    context = AdapterContext(
        source="html",
        window=FetchWindow(start, start + dt.timedelta(days=365)),
        default_timezone=zone,
        base_url=base,
    )
    return list(GenericPageAdapter(config={}, context=context).parse(body.encode()))


def page_events(body: str, *, zone: dt.tzinfo, start: dt.datetime, base: str | None) -> list[RawEvent]:
    """The events (no rejections) the generic page reader makes of ``body`` (see parse_page)."""
    return [record for record in parse_page(body, zone=zone, base=base, start=start) if isinstance(record, RawEvent)]


def read_page(body: str, *, url: str, zone: zoneinfo.ZoneInfo, start: dt.datetime) -> list[dict[str, Any]]:
    """The events ``extract_document`` reads in the HTML ``body``, a page at ``url`` in ``zone``, fetched for a year
    from ``start`` (its wall-clock time, in ``zone``). A test file binds its own page with ``functools.partial``."""
    start = start.replace(tzinfo=zone)
    window = FetchWindow(start, start + dt.timedelta(days=365))
    return extract_document(body.encode(), window=window, page_url=url, zone=zone).events


def read_feed(
    document: str | bytes, *, zone: zoneinfo.ZoneInfo, start: dt.datetime, kind: str = "auto"
) -> list[dict[str, Any]]:
    """The events ``extract_document`` reads in a feed (or any document the ``kind`` reads), in ``zone``, fetched for a
    year from ``start`` (its wall-clock time, in ``zone``)."""
    start = start.replace(tzinfo=zone)
    payload = document.encode() if isinstance(document, str) else document
    return extract_document(
        payload, window=FetchWindow(start, start + dt.timedelta(days=365)), kind=kind, zone=zone
    ).events


def one_event(events: list[dict[str, Any]]) -> dict[str, Any]:
    """The one event a document was read as (the assertion shows them all when there are more or none)."""
    assert len(events) == 1, events
    return events[0]


def local_minute(moment: dt.date | None, zone: dt.tzinfo) -> str | None:
    """A start or end as the page's reader would show it: "2027-04-18 13:00" in ``zone``, a day as "2027-04-18"."""
    if isinstance(moment, dt.datetime):
        return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")
    return moment.isoformat() if moment else None


# --- JSON APIs (json_api adapter) ---------------------------------------------------------------------------
def parse_json(
    payload: object, config: dict | None = None, *, window: FetchWindow, zone: dt.tzinfo
) -> tuple[Adapter, list[RawEvent]]:
    """The JSON API adapter (configured by ``config``, else inferring) on ``payload`` dumped as JSON, reading naive
    times in ``zone``: the adapter (for its notes) and the events it read."""
    adapter = make_adapter(JsonApiAdapter, config or {}, window=window, default_timezone=zone)
    records = list(adapter.parse(json.dumps(payload).encode()))
    return adapter, [record for record in records if isinstance(record, RawEvent)]


def read_events(payload: bytes, *, window: FetchWindow, zone: zoneinfo.ZoneInfo) -> list[dict[str, Any]]:
    """The events ``extract_document`` reads from a payload, and none where it can read nothing as events (the
    held-out batches' hard negatives end there)."""
    try:
        return extract_document(payload, window=window, zone=zone).events
    except ExtractionError:
        return []


def json_reader(
    zone: zoneinfo.ZoneInfo, start: dt.date = dt.date(2031, 1, 1), end: dt.date = dt.date(2031, 12, 30)
) -> Callable[[object], list[dict[str, Any]]]:
    """``json_events`` bound to a window from ``start`` to ``end`` (midnights in ``zone``) and to ``zone``."""
    window = FetchWindow(
        start=dt.datetime.combine(start, dt.time(), tzinfo=zone), end=dt.datetime.combine(end, dt.time(), tzinfo=zone)
    )
    return functools.partial(json_events, window=window, zone=zone)


def json_events(document: object, *, window: FetchWindow, zone: zoneinfo.ZoneInfo) -> list[dict[str, Any]]:
    """The events ``extract_document`` reads from ``document`` dumped as JSON (none where it reads no events): what
    ``--kind auto`` makes of an API answer nobody configured. A test file binds its window and zone with
    ``functools.partial``."""
    return read_events(json.dumps(document).encode(), window=window, zone=zone)


def hugo_feed(site: str, section: str, items: list[tuple[str, str, str]], built: str | None = None) -> str:
    """A Hugo section's RSS: (title, pubDate, description) items (Hugo's "Mon, 01 Jan 0001 00:00:00 +0000" for an
    undated page); ``built`` its lastBuildDate, or none."""
    rows = "".join(
        f"<item><title>{title}</title><link>{site}/{section}/{title.lower().replace(' ', '-')}/</link>"
        f"<pubDate>{published}</pubDate><guid>{site}/{section}/{title.lower().replace(' ', '-')}/</guid>"
        f"<description>{description}</description></item>"
        for title, published, description in items
    )
    build = f"<lastBuildDate>{built}</lastBuildDate>" if built else ""
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>{section.title()} on Site</title><link>{site}/{section}/</link>"
        f"<description>Recent content in {section.title()}</description>{build}{rows}</channel></rss>"
    )
