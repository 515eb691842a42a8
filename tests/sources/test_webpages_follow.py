"""Web pages: listings followed to their detail pages, and plain pages with no structured data through `html`.

Pages under recorded/pages/ are written like real venue sites: a listing linking to detail pages and a
plain pub "What's on" page with no structured data at all. Structured data itself is in test_webpages.py.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from sources.adapters.base import AdapterError, RawEvent, RejectedRecord
from sources.adapters.html import GenericPageAdapter
from sources.adapters.jsonld import StructuredPageAdapter
from tests.sources.helpers import (
    HTML,
    LONDON,
    SpyClient,
)
from tests.sources.helpers import YEAR_WINDOW as WINDOW
from tests.sources.helpers import events_by_title as by_title
from tests.sources.helpers import make_page_adapter as make
from tests.sources.helpers import recorded_page as page
from tests.sources.helpers import run_extract as extract


# --- listing pages -----------------------------------------------------------------------------
@pytest.fixture
def riverside(recorded):
    recorded.add("/whats-on", file="pages/listing.html", content_type=HTML)
    recorded.add("/events/string-quartet", file="pages/detail_quartet.html", content_type=HTML)
    recorded.add("/events/poetry-slam", file="pages/detail_poetry.html", content_type=HTML)
    recorded.add("/events/ceramics-open-studio", file="pages/detail_ceramics.html", content_type=HTML)
    for path in ("/", "/visit", "/contact"):
        recorded.add(path, file="pages/visit.html", content_type=HTML)
    return recorded


def follow(riverside, no_sleep, **config):
    http = SpyClient(sleep=no_sleep.append)
    settings = {"url": riverside.url("/whats-on"), "allow_private_network": True, **config}
    adapter = make(StructuredPageAdapter, config=settings, http=http, base_url=settings["url"])
    with http:
        records = list(adapter.fetch())
    return adapter, records, http


def test_listing_follows_detail_links_on_the_same_host_only(riverside, no_sleep):
    adapter, records, http = follow(riverside, no_sleep, follow="a.event-card__link")
    base = riverside.url("")
    assert http.asked == [
        f"{base}/whats-on",
        f"{base}/events/string-quartet",  # once, though linked twice (#book)
        f"{base}/events/poetry-slam?utm_source=listing",  # relative link resolved against the listing
        f"{base}/events/ceramics-open-studio",
    ]  # and never https://tickets.partner-boxoffice.example/…
    assert [request.path for request in riverside.requests] == [
        "/whats-on", "/events/string-quartet", "/events/poetry-slam", "/events/ceramics-open-studio",
    ]  # fmt: skip
    assert all(isinstance(record, RawEvent) for record in records)
    quartet, poetry, ceramics = records
    assert (quartet.external_id, quartet.ticket_url, quartet.image_url) == (
        f"{base}/events/string-quartet",
        f"{base}/book/string-quartet",  # resolved against the detail page, not the listing
        f"{base}/img/events/quartet-wide.jpg",
    )
    assert (quartet.title, quartet.price_min, quartet.city) == (
        "Aurora String Quartet: Haydn & Shostakovich",
        18,
        "Norwich",
    )
    assert poetry.start == dt.datetime(2026, 12, 11, 20, 0, tzinfo=LONDON)  # naive, the source's zone
    assert (poetry.organizer, poetry.source_category) == ("Norwich Spoken Word Collective", "SocialEvent")
    assert ceramics.external_id == "https://riverside-arts.example/events/ceramics-open-studio#event"
    assert (ceramics.start, ceramics.end, ceramics.cost_type) == (dt.date(2026, 12, 12), dt.date(2026, 12, 13), "free")
    assert adapter.is_complete() is False


def test_listing_crawl_is_bounded_by_max_pages(riverside, no_sleep):
    _, records, http = follow(riverside, no_sleep, follow="a.event-card__link", max_pages=2)
    assert len(http.asked) == 3  # the listing and two detail pages
    assert [record.title for record in records] == [
        "Aurora String Quartet: Haydn & Shostakovich",
        "Riverside Poetry Slam",
    ]


def test_follow_links_reads_every_same_host_link_only_when_the_page_has_no_events(riverside, no_sleep):
    _, records, http = follow(riverside, no_sleep, follow_links=True)
    base = riverside.url("")
    # Not the listing again, nor the PDF brochure, the mailto: link or the partner box office's host.
    assert http.asked == [
        f"{base}/whats-on",
        f"{base}/",
        f"{base}/visit",
        f"{base}/events/string-quartet",
        f"{base}/events/poetry-slam?utm_source=listing",
        f"{base}/events/ceramics-open-studio",
        f"{base}/contact",
    ]
    assert len([record for record in records if isinstance(record, RawEvent)]) == 3
    riverside.add("/theatre", file="pages/theatre.html", content_type=HTML)
    _, records, http = follow(riverside, no_sleep, follow_links=True, url=riverside.url("/theatre"))
    assert http.asked == [riverside.url("/theatre")]  # it has events of its own: nothing to follow
    assert len(records) == 9


def test_a_detail_page_that_fails_is_noted_and_the_others_still_count(recorded, no_sleep):
    recorded.add("/whats-on", file="pages/listing.html", content_type=HTML)
    recorded.add("/events/string-quartet", file="pages/detail_quartet.html", content_type=HTML)
    recorded.add("/events/ceramics-open-studio", file="pages/detail_ceramics.html", content_type=HTML)
    # /events/poetry-slam is not recorded: the server answers 404
    adapter, records, _ = follow(recorded, no_sleep, follow="a.event-card__link")
    assert not [record for record in records if isinstance(record, RejectedRecord)]
    failed = recorded.url("/events/poetry-slam?utm_source=listing")
    assert len(adapter.notes) == 1
    assert adapter.notes[0].startswith(f"Could not read the linked page {failed}: HTTP 404")
    assert [record.title for record in records if isinstance(record, RawEvent)] == [
        "Aurora String Quartet: Haydn & Shostakovich",
        "Ceramics Open Studio",
    ]


def test_a_bad_follow_selector_is_an_adapter_error(riverside, no_sleep):
    with pytest.raises(AdapterError, match="'follow' CSS selector 'a\\[' is not valid"):
        follow(riverside, no_sleep, follow="a[")


def test_a_single_page_is_a_complete_listing_and_a_crawl_is_not():
    assert make(StructuredPageAdapter, config={"url": "https://v.example/"}).is_complete() is True
    assert make(StructuredPageAdapter, config={"follow": "a.more"}).is_complete() is False
    assert make(StructuredPageAdapter, config={"follow_links": True}).is_complete() is False
    assert GenericPageAdapter.complete_listing is False


@pytest.mark.django_db
@pytest.mark.usefixtures("recorded_clock")  # replays responses recorded on RECORDED_NOW
def test_listing_source_end_to_end(riverside):
    from events.models import Event, EventListing, StagedEvent
    from events.services import staged_events_process
    from sources.services import source_fetch
    from tests.factories import SourceFactory

    source = SourceFactory(
        adapter="jsonld",
        kind="web_page",
        config={
            "url": riverside.url("/whats-on"),
            "follow": "a.event-card__link",
            "allow_private_network": True,
            "timezone": "Europe/London",
        },
    )
    outcome = source_fetch(source=source, window=WINDOW)
    run = outcome.run
    assert (run.status, run.found, run.new, run.failed, run.requests) == ("success", 3, 3, 0, 4)
    result = staged_events_process(staged_event_ids=outcome.pending_ids)
    # The quartet names its own town, which is none of our cities: a moderator decides, it is not published
    # in a city it isn't in. The other two say nothing about where they are and keep the source's default.
    assert (result.published, result.held) == (2, 1)
    quartet = StagedEvent.objects.get(status=StagedEvent.Status.HELD)
    assert quartet.reasons == ["outside the source's area: its locality 'Norwich' is none of our cities"]
    slam = Event.objects.get(title="Riverside Poetry Slam")
    assert slam.start == dt.datetime(2026, 12, 11, 20, 0, tzinfo=dt.UTC)
    assert slam.timezone == "Europe/London"
    assert EventListing.objects.get(event=slam).url == riverside.url("/events/poetry-slam")


# --- the generic fallback ------------------------------------------------------------------------
PUB = ["--url", "https://crownandanchor.example/whats-on", "--tz", "Europe/London", "--from", "2026-11-20"]


def test_plain_page_blocks_with_a_heading_and_a_date_become_events():
    events, errors = extract(page("plain_whats_on.html"), "--kind", "auto", *PUB)
    assert errors == ""
    assert [event["source"] for event in events] == ["html"] * 4  # the nav, intro and "Private hire" are skipped
    owls, jam, folk, ceilidh = events
    assert owls == {
        **owls,
        "external_id": "https://crownandanchor.example/gigs/the-night-owls",
        "title": "The Night Owls",
        "description": "Fri 4 Dec, 8pm\nBack Room\nFive-piece rhythm & blues from Salford. Support from Dora Lane.\n"
        "£8 adv / £10 on the door",
        "start": "2026-12-04T20:00:00+00:00",  # <time datetime> without offset: the source's zone
        "timezone": "Europe/London",
        "venue_name": "Back Room",
        "url": "https://crownandanchor.example/gigs/the-night-owls",
        "cost_type": "paid",
        "price_min": 8.0,
        "price_max": 10.0,
        "currency": "GBP",
    }
    assert (jam["start"], jam["venue_name"], jam["cost_type"], jam["url"]) == (
        "2026-12-12T20:00:00+00:00",  # "Sat 12 Dec, 8pm"
        "Front Bar",
        "free",
        None,
    )
    assert jam["external_id"].startswith("https://crownandanchor.example/whats-on#event-")
    assert (folk["title"], folk["status"], folk["start"]) == (
        "Folk Club Christmas Special",
        "cancelled",
        "2026-12-17T19:30:00+00:00",  # "Thu 17 Dec · 7.30pm"
    )
    assert folk["url"] == "https://crownandanchor.example/gigs/folk-club-christmas"
    assert (ceilidh["start"], ceilidh["venue_name"], ceilidh["price_min"]) == (
        "2026-12-31T21:00:00+00:00",  # "Thursday 31st December 2026" and, further down, "Doors 9pm"
        "Function Room (upstairs)",
        15.0,
    )
    assert ceilidh["image_url"] == "https://crownandanchor.example/img/gigs/ceilidh.jpg"


GIGS = """<!doctype html><html><body><h1>What's on</h1>
<article class="gig"><h3>Jazz Jam</h3><p class="gig-date">{day} 12 Dec, 8pm</p><p class="venue">Front Bar</p></article>
<article class="gig"><h3>Quiz Night</h3><p class="gig-date">{day} 19 Dec, 8pm</p><p class="venue">Front Bar</p></article>
</body></html>"""


@pytest.mark.parametrize(
    ("weekday", "year"),
    [
        ("", "2027"),  # no weekday: the next 12 December after the window's start (1 June 2027)
        # "Sat 12 Dec" is a Saturday in 2026, a Sunday in 2027: the weekday written decides, as in the line reader.
        ("Sat", "2026"),
    ],
)
def test_generic_year_less_dates_are_the_next_after_the_window_start_unless_a_weekday_says(tmp_path, weekday, year):
    path = tmp_path / "gigs.html"
    path.write_text(GIGS.format(day=weekday), encoding="utf-8")
    events, _ = extract(str(path), *PUB[:4], "--from", "2027-06-01", "--kind", "html")
    assert by_title(events)["Jazz Jam"]["start"] == f"{year}-12-12T20:00:00+00:00"


def test_generic_reads_a_whole_page_and_date_only_text_is_all_day():
    body = b"""<!doctype html><html><body><h1>Winter Craft Fair</h1>
    <p>Saturday 5 December 2026, St Mary's Hall.</p><nav><a href="/">Home</a></nav></body></html>"""
    adapter = make(GenericPageAdapter, base_url="https://fair.example/")
    (record,) = adapter.parse(body)
    assert (record.title, record.start, record.all_day, record.timezone) == (
        "Winter Craft Fair",
        dt.date(2026, 12, 5),
        True,
        "Europe/London",
    )
    assert record.description == "Saturday 5 December 2026, St Mary's Hall."  # the <nav> is not the event's text
    undated = b"<html><body><h1>About us</h1><p>We are a small venue.</p></body></html>"
    assert list(adapter.parse(undated)) == []


def test_generic_reads_time_ranges_and_drops_script_text():
    body = b"""<html><body><ul>
      <li class="event"><h4><a href="javascript:alert(1)">Quiz <script>alert(1)</script>Night</a></h4>
        <time datetime="2026-12-08">Tue 8 Dec</time> from 7:30pm</li>
      <li class="event"><h4>Open Studio</h4><time datetime="2026-12-09T10:00:00+00:00">9 Dec</time>
        &ndash; <time datetime="2026-12-09T16:00:00+00:00">4pm</time></li>
    </ul></body></html>"""
    quiz, studio = make(GenericPageAdapter, base_url="https://pub.example/").parse(body)
    assert (quiz.title, quiz.url, quiz.start) == ("Quiz Night", None, dt.datetime(2026, 12, 8, 19, 30, tzinfo=LONDON))
    assert studio.end == dt.datetime(2026, 12, 9, 16, 0, tzinfo=LONDON)
    assert "alert" not in json.dumps([quiz.to_json(), studio.to_json()])
