"""The configured scraper rendering pages in Chromium: the BookMyShow example, whose cards JavaScript inserts.

The other scraper tests (static pages, configs, the child process, a saved run) are in test_scraper.py.

The pages in tests/sources/pages/ are served by the ``recorded`` server on 127.0.0.1, in the shape of an
LBB article listing (static, "next" links) and a BookMyShow listing (cards inserted by JavaScript,
numbered pages, detail pages). The example configs are loaded as shipped, with only the host replaced.
"""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal

import pytest

from events.models import Event
from events.services import staged_events_process
from sources.models import FetchRun
from sources.services import source_fetch
from tests.sources.conftest import RecordedServer
from tests.sources.helpers import (
    BMS_LISTING,
    ROBOTS_REASON,
    at,
    bengaluru_source,
    example,
    paths,
    scrape,
    serve_scraper_site,
    today,
)


@pytest.fixture
def site(recorded: RecordedServer) -> RecordedServer:
    return serve_scraper_site(recorded)


# --- BookMyShow: JavaScript-inserted cards, numbered pages, detail pages ----------------------------


@pytest.mark.chromium
def test_bookmyshow_example_renders_the_javascript_cards(site):
    adapter, events, _rejected = scrape(example("bookmyshow", site))
    detail = site.url("/bookmyshow/events/{}").format
    assert set(events) == {
        detail("neon-nights-electronic-arena/ET00001"), detail("ravi-rao-overthinking-live/ET00002"),
        detail("bengaluru-comic-expo/ET00004"), detail("kids-science-carnival/ET00005"),
        site.url("/bookmyshow/private/secret-rooftop-gig/ET00003"),
    }  # fmt: skip
    neon = events[detail("neon-nights-electronic-arena/ET00001")]
    assert neon.title == "Neon Nights: Electronic Arena"
    assert neon.start.isoformat() == at(15, 19, 30)  # "Sat, 5 Dec 2026 • 7:30 PM" on the detail page
    assert (neon.venue_name, neon.address) == ("Embassy International Riding School", "Tharabanahalli, Bengaluru")
    assert neon.description == "About the event Six hours of house and techno on two stages. Entry for 18+ only."
    assert neon.ticket_url == site.url("/bookmyshow/buytickets/ET00001")
    assert (neon.cost_type, neon.price_min, neon.price_max, neon.currency) == ("paid", Decimal("1499"), None, "INR")
    assert (neon.source_category, neon.tags) == ("Music Shows", ["Music Shows"])
    assert neon.image_url == "https://assets.bms.example/events/ET00001.jpg"
    ravi = events[detail("ravi-rao-overthinking-live/ET00002")]
    assert (ravi.cost_type, ravi.price_min, ravi.price_max, ravi.currency) == ("paid", Decimal("499"), None, "INR")
    expo = events[detail("bengaluru-comic-expo/ET00004")]
    assert (expo.start, expo.all_day, expo.cost_type) == (today() + dt.timedelta(days=22), True, "free")
    kids = events[detail("kids-science-carnival/ET00005")]
    # No date on its detail page: the card's "Sat, 5 Dec" (no year) is the next such day, all day.
    assert (kids.start, kids.all_day) == (today() + dt.timedelta(days=29), True)
    assert (kids.price_min, kids.price_max) == (Decimal("300"), Decimal("1500"))
    # The private detail page is never fetched: the card is kept with its listing fields.
    secret = events[site.url("/bookmyshow/private/secret-rooftop-gig/ET00003")]
    assert (secret.start, secret.venue_name) == (today() + dt.timedelta(days=11), "Location revealed after booking")
    blocked = site.url("/bookmyshow/private/secret-rooftop-gig/ET00003")
    assert adapter.notes == [ROBOTS_REASON.format(url=blocked)]
    seen = paths(site)
    assert not any(p.startswith("/bookmyshow/private/") for p in seen)
    assert [p for p in seen if p.startswith(BMS_LISTING)] == [
        BMS_LISTING,
        f"{BMS_LISTING}?page=2",
        f"{BMS_LISTING}?page=3",
    ]
    assert "/bookmyshow/static/listing.js" in seen
    assert adapter.summary is not None
    assert adapter.summary["pages_crawled"] == 6  # 2 listing pages and 4 detail pages
    assert adapter.summary["pid"] != os.getpid()


def test_bookmyshow_without_a_browser_sees_no_cards(site):
    _adapter, events, rejected = scrape(example("bookmyshow", site, render=False))
    assert (events, rejected) == ({}, [])
    # The empty first page ends the numbered pages; there is no detail link to follow.
    assert [p for p in paths(site) if p != "/robots.txt"] == [BMS_LISTING]


@pytest.mark.chromium
@pytest.mark.django_db
def test_rendered_source_end_to_end(site):
    source = bengaluru_source(example("bookmyshow", site, max_pages=1))
    outcome = source_fetch(source=source)
    staged_events_process(staged_event_ids=outcome.pending_ids)
    assert (outcome.run.status, outcome.run.found, outcome.run.failed) == (
        FetchRun.Status.PARTIAL,
        3,
        0,
    )  # partial: robots.txt refused a page
    ravi = Event.objects.get(title="Ravi Rao: Overthinking Live")
    assert ravi.is_published
    assert ravi.local_start.isoformat() == at(8, 20)
    assert (ravi.cost_type, ravi.price_min, ravi.currency) == ("paid", Decimal("499"), "INR")
