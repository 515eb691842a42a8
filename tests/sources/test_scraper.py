"""The configured scraper: example configs crawled for real (child process, Scrapy or Chromium) on local pages.

The pages in tests/sources/pages/ are served by the ``recorded`` server on 127.0.0.1, in the shape of an
LBB article listing (static, "next" links) and a BookMyShow listing (cards inserted by JavaScript,
numbered pages, detail pages). The example configs are loaded as shipped, with only the host replaced.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from decimal import Decimal
from io import StringIO

import parsel
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from events.models import Event, StagedEvent
from events.services import staged_events_process
from sources.adapters import scraper
from sources.adapters.base import AdapterError
from sources.adapters.scraper import ScraperAdapter, read_moment, read_price
from sources.fetching import FetchError
from sources.models import FetchRun
from sources.scraping.config import ConfigError, load_config
from sources.scraping.spider import listing_items, next_listing_url
from sources.services import source_fetch
from tests.sources.conftest import RecordedServer
from tests.sources.helpers import (
    EXAMPLES,
    KOLKATA,
    LBB_LISTING,
    ROBOTS_REASON,
    at,
    bengaluru_source,
    day,
    example,
    paths,
    scrape,
    serve_scraper_site,
    today,
)


@pytest.fixture
def site(recorded: RecordedServer) -> RecordedServer:
    return serve_scraper_site(recorded)


# --- LBB: static listing, "next" pagination, robots.txt, end to end ---------------------------------


@pytest.mark.django_db
def test_lbb_example_end_to_end_publishes_events_and_obeys_robots_txt(site):
    source = bengaluru_source(example("lbb", site))
    outcome = source_fetch(source=source)
    staged_events_process(staged_event_ids=outcome.pending_ids)
    run = outcome.run
    seen = paths(site)

    # Three listing pages followed by their "next" links; the fourth is behind a disallowed path.
    assert [p for p in seen if p.startswith(LBB_LISTING)] == [
        LBB_LISTING,
        f"{LBB_LISTING}/page/2",
        f"{LBB_LISTING}/page/3",
    ]
    assert seen.count("/robots.txt") == 1
    assert not any(p.startswith("/lbb/members/") for p in seen)
    members = site.url("/lbb/members/things-to-do/page/4")
    reasons = [error["reason"] for error in run.errors]
    assert ROBOTS_REASON.format(url=members) in reasons
    assert "Unreadable start date 'Every weekend': add a 'date_formats' entry that matches it." in reasons
    # The robots-refused page is a note on the run, not a record: 7 cards found, one of them unreadable.
    assert (run.status, run.found, run.new, run.failed) == (FetchRun.Status.PARTIAL, 7, 6, 1)
    assert not StagedEvent.objects.filter(external_id__startswith="robots:").exists()
    assert run.requests == 3  # pages crawled by the child, counted on the run

    titles = set(
        Event.objects.filter(moderation_status=Event.ModerationStatus.PUBLISHED).values_list("title", flat=True)
    )
    assert titles == {
        "Jazz At The Courtyard", "Sunday Farmers' Market At Cubbon Park", "Pottery Workshop: Wheel Throwing Basics",
        "Open Mic", "Indie Film Screening: Short Cuts", "Rooftop Salsa Night",
    }  # fmt: skip
    jazz = Event.objects.get(title="Jazz At The Courtyard")
    assert jazz.local_start.isoformat() == at(12, 20)
    assert (jazz.timezone, jazz.all_day, jazz.city.slug) == ("Asia/Kolkata", False, "bengaluru")
    assert (jazz.venue_name, jazz.address) == ("The Courtyard", "2nd Cross, Indiranagar, Bengaluru")
    assert (jazz.cost_type, jazz.price_min, jazz.price_max, jazz.currency) == (
        "paid",
        Decimal("800"),
        Decimal("800"),
        "INR",
    )
    assert jazz.source_category == "Music"
    assert jazz.image_url == "https://media.lbb.example/stories/jazz-courtyard.jpg"
    assert jazz.description.startswith("A quartet from Chennai plays standards")
    market = Event.objects.get(title__startswith="Sunday Farmers")
    assert (market.all_day, market.local_start.date().isoformat(), market.cost_type) == (True, day(14), "free")


@pytest.mark.django_db
def test_hostile_card_is_stored_as_inert_text(site):
    source = bengaluru_source(example("lbb", site, max_pages=2))
    outcome = source_fetch(source=source)
    staged_events_process(staged_event_ids=outcome.pending_ids)
    mic = Event.objects.get(url=site.url("/lbb/bangalore/open-mic-humming-tree"))
    assert mic.title == "Open Mic"  # the escaped <script> text and the real <script> element are both gone
    assert mic.description == "Bring your poems and songs. Sign-ups at the door."
    stored = json.dumps([mic.title, mic.description, mic.venue_name, mic.address])
    assert "<" not in stored
    assert "alert" not in stored
    assert "pwned" not in stored
    assert mic.image_url == ""  # javascript: is not a link


def test_max_pages_bounds_the_next_links(site):
    _adapter, events, rejected = scrape(example("lbb", site, max_pages=2))
    seen = paths(site)
    assert f"{LBB_LISTING}/page/2" in seen
    assert f"{LBB_LISTING}/page/3" not in seen
    assert len(events) == 4  # 3 on page 1, 1 readable on page 2
    assert [record.reason for record in rejected] == [
        "Unreadable start date 'Every weekend': add a 'date_formats' entry that matches it."
    ]


def test_fields_of_the_lbb_cards(site):
    _adapter, events, _rejected = scrape(example("lbb", site, max_pages=1))
    pottery = events[site.url("/lbb/bangalore/pottery-wheel-basics")]
    assert pottery.start.isoformat() == at(9, 10, 30)  # "Wednesday 9 December, 10:30am": the text fallback
    assert (pottery.cost_type, pottery.price_min, pottery.price_max) == ("paid", Decimal("1500"), Decimal("2200"))
    assert pottery.image_url == site.url("/lbb/media/pottery.jpg")  # relative src made absolute
    assert pottery.tags == ["Workshops"]
    assert (pottery.venue_name, pottery.address) == ("Clay Station", "80 Feet Road, Koramangala")
    market = events[site.url("/lbb/bangalore/cubbon-farmers-market")]
    assert (market.start, market.all_day, market.address) == (today() + dt.timedelta(days=14), True, "Kasturba Road")


def test_follow_detail_merges_detail_fields_over_listing_fields(site):
    config = example(
        "lbb",
        site,
        max_pages=1,
        follow_detail={
            "link": "h2.story-card__title a",
            "fields": {
                "start": ".story__when::text",
                "organizer": ".story__host::text",
                "ticket_url": "a.story__tickets::attr(href)",
                "description": "(//div[@class='story__body']//p)[1]",
            },
        },
    )
    adapter, events, _rejected = scrape(config)
    jazz = events[site.url("/lbb/bangalore/jazz-at-the-courtyard")]
    assert jazz.start.isoformat() == at(12, 20, 30)  # the detail page's 8:30 PM over the card's 8 PM
    assert jazz.organizer == "Bflat Collective"
    assert jazz.ticket_url == site.url("/lbb/bangalore/jazz-at-the-courtyard/tickets")
    assert jazz.description == "Doors at 7:30, music from 8:30 until late."
    assert (jazz.title, jazz.venue_name) == ("Jazz At The Courtyard", "The Courtyard")  # kept from the card
    market = events[site.url("/lbb/bangalore/cubbon-farmers-market")]
    assert market.organizer == "Cubbon Growers Collective"
    assert market.start == today() + dt.timedelta(days=14)  # no date on the detail page: the card's stays
    # A detail page that fails leaves the card's own fields, and the run says which page failed.
    pottery = events[site.url("/lbb/bangalore/pottery-wheel-basics")]
    assert (pottery.organizer, pottery.start.isoformat()) == (None, at(9, 10, 30))
    failed = site.url("/lbb/bangalore/pottery-wheel-basics")
    assert adapter.notes == [f"Could not crawl {failed}: HTTP 404"]


def test_the_crawl_runs_in_a_separate_process(site):
    adapter, events, _rejected = scrape(example("lbb", site, max_pages=1))
    assert events
    assert adapter.summary is not None
    assert adapter.summary["pid"] != os.getpid()
    assert (adapter.summary["pages_crawled"], adapter.summary["items"]) == (1, 3)
    user_agents = {request.headers["user-agent"] for request in site.requests}
    assert len(user_agents) == 1
    assert user_agents.pop().startswith("Whatson/1.0")


def test_a_disallowed_start_url_yields_no_events_and_says_why(site):
    start = site.url("/lbb/members/things-to-do/page/4")
    with pytest.raises(AdapterError) as error:
        scrape(example("lbb", site, start_urls=[start]))
    assert str(error.value) == "The scraper crawled no page: " + ROBOTS_REASON.format(url=start)
    assert "/lbb/members/things-to-do/page/4" not in paths(site)


def test_an_unreachable_site_fails_with_the_reason(site):
    with pytest.raises(AdapterError, match=r"The scraper crawled no page: Could not crawl .*/lbb/nowhere: HTTP 404"):
        scrape(example("lbb", site, start_urls=[site.url("/lbb/nowhere")]))


# --- bad configs, SSRF, the child process -----------------------------------------------------------


@pytest.mark.django_db
def test_a_config_without_item_selector_fails_the_run_with_the_reason(site):
    config = example("lbb", site)
    del config["item"]
    source = bengaluru_source(config)
    run = source_fetch(source=source).run
    reason = "Bad scraper config: The scraper config needs 'item': the CSS or XPath selector of one event block."
    assert run.status == FetchRun.Status.FAILED
    assert run.errors == [{"reason": reason}]
    source.refresh_from_db()
    assert source.last_error == reason
    assert site.requests == []  # refused before any crawl


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"fields": {"titel": "h2::text", "start": "li::text"}}, "Unknown field 'titel' in fields; use one of:"),
        ({"fields": {"title": "h2::txt", "start": "li::text"}}, "Bad selector for field 'title' in fields: 'h2::txt'"),
        ({"fields": {"title": "//h2[", "start": "li::text"}}, "Bad selector for field 'title' in fields: '//h2['"),
        ({"fields": {"title": {"selector": "h2", "regex": "("}, "start": "li"}}, "Bad regex for field 'title':"),
        ({"fields": {"title": "h2"}}, "The scraper config must select 'start'"),
        ({"start_urls": []}, "The scraper config needs 'start_urls'"),
        ({"start_urls": ["file:///etc/passwd"]}, "Bad URL 'file:///etc/passwd' in 'start_urls'"),
        ({"timezone": "Mars/Olympus"}, "Unknown timezone 'Mars/Olympus'"),
        ({"pagination": {"next": "a", "pages": "https://x/{page}"}}, "'pagination' must be"),
        (
            {"pagination": {"pages": "https://elsewhere.example/?p={page}"}},
            "'pagination.pages' points at 'elsewhere.example'",
        ),
        ({"max_pages": 0}, "'max_pages' must be a whole number from 1 to 50."),
        ({"follow_detail": {"fields": {}}}, "'follow_detail' must be an object with 'link'"),
        ({"render": "yes"}, "'render' must be true or false."),
        ({"pagnation": {"next": "a"}}, "Unknown scraper config key 'pagnation'"),
    ],
)
def test_bad_configs_are_refused_with_a_clear_reason(change, message, monkeypatch):
    def no_child(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("a bad config must not start a crawl")

    monkeypatch.setattr(scraper, "run_child", no_child)
    config = json.loads((EXAMPLES / "lbb.json").read_text(encoding="utf-8"))
    with pytest.raises(AdapterError) as error:
        scrape({**config, **change})
    assert str(error.value).startswith("Bad scraper config: " + message)


def test_a_private_start_url_is_refused_without_the_opt_in(site):
    config = {**example("lbb", site), "allow_private_network": False}
    with pytest.raises(FetchError, match="non-public address"):
        scrape(config)
    assert site.requests == []


def test_a_crashing_child_fails_with_its_last_stderr_line(site, monkeypatch):
    monkeypatch.setattr(scraper, "RUNNER_MODULE", "sources.scraping.no_such_runner")
    with pytest.raises(AdapterError, match=r"exit status 1\): .*No module named sources\.scraping\.no_such_runner"):
        scrape(example("lbb", site))


def test_a_child_past_its_timeout_is_stopped(site, monkeypatch):
    monkeypatch.setattr(scraper, "child_timeout", lambda config: 0.01)
    with pytest.raises(AdapterError, match=r"ran longer than 0 s and was stopped"):
        scrape(example("lbb", site))


def test_pages_larger_than_the_fetch_limit_are_not_read(site, settings):
    settings.FETCH_MAX_BYTES = 3000  # the LBB listing is a little larger
    with pytest.raises(
        AdapterError, match=r"crawled no page: Could not crawl .*larger than download max size \(3000\)"
    ):
        scrape(example("lbb", site))


def test_a_missing_browser_fails_the_run_with_the_reason(site, settings):
    settings.CHROMIUM_PATH = "/nonexistent/chromium"
    with pytest.raises(
        AdapterError,
        match=r"crawled no page: Could not crawl the site: Cannot start Chromium \(/nonexistent/chromium\)",
    ):
        scrape(example("bookmyshow", site))


def test_the_timeout_is_bounded_by_the_celery_soft_limit(settings):
    settings.CELERY_TASK_SOFT_TIME_LIMIT = 300
    base = {"start_urls": ["https://lbb.in/"], "item": "article", "fields": {"title": "h2", "start": "li"}}
    assert scraper.child_timeout(load_config(base)) == 270
    assert scraper.child_timeout(load_config({**base, "timeout": 60})) == 60
    assert scraper.child_timeout(load_config({**base, "timeout": 3600})) == 270


# --- a saved run output: extract --kind scraper ------------------------------------------------------


def test_extract_reads_a_saved_run_output(site, tmp_path):
    config = example("lbb", site, max_pages=1)
    # The runner by hand: a bare config on stdin, the run on stdout.
    result = subprocess.run(
        [sys.executable, "-m", "sources.scraping.runner"],
        input=json.dumps(config).encode(),
        capture_output=True,
        check=True,
        timeout=120,
    )
    saved = tmp_path / "run.jsonl"
    saved.write_bytes(result.stdout)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["type"] for line in lines] == ["start", "item", "item", "item", "summary"]
    out, err = StringIO(), StringIO()
    call_command("extract", str(saved), "--kind", "auto", stdout=out, stderr=err)
    events = {event["title"]: event for event in map(json.loads, out.getvalue().splitlines())}
    assert set(events) == {"Jazz At The Courtyard", "Sunday Farmers' Market At Cubbon Park", "Pottery Workshop: Wheel Throwing Basics"}  # fmt: skip
    jazz = events["Jazz At The Courtyard"]
    assert (jazz["source"], jazz["start"], jazz["timezone"]) == ("scraper", at(12, 20), "Asia/Kolkata")
    assert (jazz["cost_type"], jazz["price_min"], jazz["currency"]) == ("paid", 800.0, "INR")


def test_extract_refuses_a_cut_short_run_output(tmp_path):
    saved = tmp_path / "cut.jsonl"
    saved.write_text('{"type": "start", "scraper": "whatson", "format": 1}\n{"type": "item", "fields": {}}\n')
    with pytest.raises(CommandError, match="no summary line") as error:
        call_command("extract", str(saved), "--kind", "scraper", stdout=StringIO(), stderr=StringIO())
    assert error.value.returncode == 2


def test_sniff_recognises_only_run_outputs():
    assert ScraperAdapter.sniff(b'{"type": "start", "scraper": "whatson", "format": 1, "pid": 7}\n{"type": "summary"}')
    assert not ScraperAdapter.sniff(b"BEGIN:VCALENDAR\r\n")
    assert not ScraperAdapter.sniff(b'{"type": "start"}\n')
    assert not ScraperAdapter.sniff(b"<html><body>{}</body></html>")


# --- dates, prices and selectors (pure) ---------------------------------------------------------------


NOW = dt.datetime(2026, 11, 21, 10, 0, tzinfo=KOLKATA)


@pytest.mark.parametrize(
    ("text", "formats", "expected"),
    [
        # The first format that matches wins; a format with a time gives an aware datetime in the zone.
        ("Sat, 5 Dec 2026 • 7:30 PM", ("%a, %d %b %Y • %I:%M %p", "%a, %d %b %Y"), "2026-12-05T19:30:00+05:30"),
        ("Sat, 5 Dec 2026", ("%a, %d %b %Y • %I:%M %p", "%a, %d %b %Y"), "2026-12-05"),
        # No year: the next such date, looking back at most a month (an event running now stays this year).
        ("Sat, 5 Dec", ("%a, %d %b",), "2026-12-05"),
        ("Sat, 9 Jan", ("%a, %d %b",), "2027-01-09"),
        ("Mon, 2 Nov", ("%a, %d %b",), "2026-11-02"),
        ("Fri, 2 Oct", ("%a, %d %b",), "2027-10-02"),
        ("Thu, 29 Feb", ("%a, %d %b",), "2028-02-29"),
        # An offset in the text is kept.
        ("2026-12-05T19:30+0100", ("%Y-%m-%dT%H:%M%z",), "2026-12-05T19:30:00+01:00"),
        # No format matches: dateparser reads it; without a time of day it is a date.
        ("Sunday, 20th December, 7:30pm", ("%d/%m/%Y",), "2026-12-20T19:30:00+05:30"),
        ("20th December", (), "2026-12-20"),
        ("Every weekend", ("%d %B %Y",), None),
        ("31 December 1999", ("%d %B %Y",), None),  # outside 2000–2100: a data error
    ],
)
def test_read_moment(text, formats, expected):
    value = read_moment(text, formats=formats, tz=KOLKATA, now=NOW)
    assert (value.isoformat() if value is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        ("₹499 onwards", None, ("paid", Decimal("499"), None, "INR")),
        ("₹1,500 - ₹2,200", None, ("paid", Decimal("1500"), Decimal("2200"), "INR")),
        ("₹800 per person", None, ("paid", Decimal("800"), Decimal("800"), "INR")),
        ("Rs. 350", None, ("paid", Decimal("350"), Decimal("350"), "INR")),
        ("$10 for first-timers", None, ("paid", Decimal("10"), Decimal("10"), "USD")),
        ("From 25 EUR", None, ("paid", Decimal("25"), None, "EUR")),
        ("500", "INR", ("paid", Decimal("500"), Decimal("500"), "INR")),
        ("Free entry", None, ("free", None, None, None)),
        ("₹0", None, ("free", None, None, None)),
        ("Pay what you can", None, ("donation", None, None, None)),
        ("Prices to be announced", None, ("unknown", None, None, None)),
        (None, "INR", ("unknown", None, None, None)),
    ],
)
def test_read_price(text, currency, expected):
    assert read_price(text, currency) == expected


CARDS = """
<html><body>
  <div class="card" data-id="a1">
    <h3>  Salsa <em>Night</em> </h3>
    <a class="more" href="/events/salsa">More</a>
    <p class="meta"><b>When:</b> 12 Dec 2026</p><p class="meta"><b>Where:</b> Hall 1, Main Road</p>
    <span class="tag">Dance</span><span class="tag">Latin</span>
  </div>
  <div class="card" data-id="a2"><h3>Poetry</h3><a class="more" href="https://other.example/p">x</a></div>
  <a class="next" href="?page=2">Next</a>
</body></html>
"""


def test_selectors_css_xpath_attributes_regex_and_join():
    config = load_config(
        {
            "start_urls": ["https://site.example/events"],
            "item": "//div[@class='card']",
            "fields": {
                "title": "h3",
                "external_id": "./@data-id",
                "url": "a.more::attr(href)",
                "start": {"selector": "//p[b='When:']/text()", "regex": r"\d+ \w+ \d{4}"},
                "venue_name": {"selector": "p.meta:nth-of-type(2)::text", "regex": r"^\s*([^,]+)"},
                "tags": "span.tag::text",
                "description": {"selector": "span.tag::text", "join": " / "},
            },
            "pagination": {"next": "a.next::attr(href)"},
        }
    )
    page = parsel.Selector(text=CARDS)
    first, second = listing_items(page, "https://site.example/events", config)
    assert first.fields == {
        "title": "Salsa Night",
        "external_id": "a1",
        "url": "https://site.example/events/salsa",
        "start": "12 Dec 2026",
        "venue_name": "Hall 1",
        "tags": ["Dance", "Latin"],
        "description": "Dance / Latin",
    }
    # Within a block, "//p" means this block's paragraphs: the second card does not borrow the first's date.
    assert second.fields == {"title": "Poetry", "external_id": "a2", "url": "https://other.example/p"}
    assert (
        next_listing_url(page, "https://site.example/events", config, number=1, found=2)
        == "https://site.example/events?page=2"
    )
    assert next_listing_url(page, "https://site.example/events", config, number=5, found=2) is None  # max_pages


def test_numbered_pages_follow_the_template_until_a_page_is_empty():
    config = load_config(
        {
            "item": ".card",
            "fields": {"title": "h3", "start": "p"},
            "pagination": {"pages": "https://site.example/events?page={page}", "start": 0},
            "max_pages": 3,
        }
    )
    assert config.start_urls == ("https://site.example/events?page=0",)  # the template's first page
    page = parsel.Selector(text=CARDS)
    assert (
        next_listing_url(page, config.start_urls[0], config, number=1, found=2) == "https://site.example/events?page=1"
    )
    assert (
        next_listing_url(page, config.start_urls[0], config, number=2, found=2) == "https://site.example/events?page=2"
    )
    assert next_listing_url(page, config.start_urls[0], config, number=3, found=2) is None  # max_pages
    assert next_listing_url(page, config.start_urls[0], config, number=1, found=0) is None  # past the end


def test_off_site_links_are_not_followed():
    config = load_config(
        {
            "start_urls": ["https://site.example/events"],
            "item": ".card",
            "fields": {"title": "h3", "start": "p"},
            "pagination": {"next": "a.more"},
            "follow_detail": {"link": "a.more", "fields": {"description": "p"}},
        }
    )
    page = parsel.Selector(text=CARDS)
    _first, second = listing_items(page, "https://site.example/events", config)
    assert second.detail is None  # https://other.example/p is another host
    # The first a.more on the page is on-site; an off-site "next" would be dropped the same way.
    off_site = parsel.Selector(text='<a class="more" href="https://evil.example/page/2">next</a>')
    assert next_listing_url(off_site, "https://site.example/events", config, number=1, found=1) is None


def test_load_config_accepts_both_examples():
    for name in ("lbb", "bookmyshow"):
        config = load_config(json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8")))
        assert config.timezone == "Asia/Kolkata"
    with pytest.raises(ConfigError):
        load_config([])
