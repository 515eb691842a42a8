"""The thirty-first held-out batch, feeds (issue #13, bench/corpus/feeds/manifest-heldout31.json: a Campus Labs
Engage events RSS, measured once before these rules: found 2/20), on small documents of our own. What the first
measure missed:

- the feed was not read as a feed at all: each item's description carries an h-event (``<div class="h-event">``),
  so the structured-page reader claimed the document before the feed reader was asked, and read the items' text
  lines as a page. A document whose root is a feed's (<rss>, an Atom <feed>, RSS 1.0's <rdf:RDF>) is a feed,
  whatever markup its items' descriptions quote (``jsonld.StructuredPageAdapter.sniff``);
- a session listed twice, once confirmed and once "(Cancelled)" with its own guid and link, was kept once: the
  second was set aside as a repeat of the first. An item that says it is cancelled and one that does not are two
  listings, not one (``_feed_repeats.repeat_key``).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters.base import FetchWindow
from sources.adapters.jsonld import StructuredPageAdapter
from sources.extraction import extract_document

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
START = dt.datetime(2031, 6, 1, tzinfo=NEW_YORK)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def read(document: str) -> tuple[str, list[dict]]:
    extraction = extract_document(document.encode(), window=WINDOW, kind="auto", zone=NEW_YORK)
    return extraction.adapter, extraction.events


def item(number: int, title: str, day: int, hour: int, status: str = "confirmed", name: str | None = None) -> str:
    shown = name or title
    return (
        f"<item><title>{title}</title><guid>https://hub.example.edu/event/{number}</guid>"
        f"<link>https://hub.example.edu/event/{number}</link>"
        f'<description><![CDATA[<div class="h-event vevent"><div class="p-name summary">{shown}</div>'
        f'<p>From <time class="dt-start dtstart" datetime="2031-06-{day:02d}T{hour:02d}:00:00-04:00">'
        f'June {day}, 2031 {hour - 12}:00 PM</time> at <span class="p-location location">Keefe 102</span>.</p>'
        f"</div>]]></description>"
        f"<pubDate>Sun, 01 Jun 2031 02:21:19 GMT</pubDate>"
        f'<start xmlns="events">{day:02d} Jun 2031 {hour + 4:02d}:00:00 GMT</start>'
        f'<end xmlns="events">{day:02d} Jun 2031 {hour + 5:02d}:00:00 GMT</end>'
        f'<location xmlns="events">Keefe 102</location><status xmlns="events">{status}</status></item>'
    )


def feed(*items: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Campus events</title>'
        "<lastBuildDate>Sun, 01 Jun 2031 02:21:19 GMT</lastBuildDate><link>https://hub.example.edu/events</link>"
        + "".join(items)
        + "</channel></rss>"
    )


# --- a feed whose items quote h-event markup is a feed ------------------------------------------------------------


def test_a_feed_whose_descriptions_hold_h_events_is_read_as_a_feed():
    adapter, events = read(feed(item(1, "Quiz Bowl", 3, 19), item(2, "Debate Practice", 4, 18)))
    assert adapter == "rss"
    assert sorted((event["title"], event["start"], event["url"]) for event in events) == [
        ("Debate Practice", "2031-06-04T18:00:00-04:00", "https://hub.example.edu/event/2"),
        ("Quiz Bowl", "2031-06-03T19:00:00-04:00", "https://hub.example.edu/event/1"),
    ]


def test_a_page_with_h_events_is_still_a_structured_page():
    """Hard negative: an HTML page (its <title> and <div>s as a feed has them) with h-events stays a page."""
    page = (
        "<html><head><title>Campus events</title></head><body>"
        '<div class="h-event"><span class="p-name">Quiz Bowl</span>'
        '<time class="dt-start" datetime="2031-06-03T19:00:00-04:00">June 3</time></div></body></html>'
    )
    assert StructuredPageAdapter.sniff(page.encode())
    assert not StructuredPageAdapter.sniff(feed(item(1, "Quiz Bowl", 3, 19)).encode())
    adapter, events = read(page)
    assert adapter == StructuredPageAdapter.name
    assert [(event["title"], event["start"]) for event in events] == [("Quiz Bowl", "2031-06-03T19:00:00-04:00")]


def test_an_atom_feed_quoting_h_events_is_a_feed_too():
    atom = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Events</title>'
        "<updated>2031-06-01T00:00:00Z</updated>"
        "<entry><title>Quiz Bowl</title><id>urn:e:1</id><updated>2031-06-01T00:00:00Z</updated>"
        '<link href="https://hub.example.edu/event/1"/>'
        '<content type="html">&lt;div class="h-event"&gt;&lt;time class="dt-start" '
        'datetime="2031-06-03T19:00:00-04:00"&gt;June 3&lt;/time&gt;&lt;/div&gt;</content></entry></feed>'
    )
    assert not StructuredPageAdapter.sniff(atom.encode())


# --- a cancelled listing beside its live twin is kept -------------------------------------------------------------


def test_a_cancelled_twin_of_a_listed_session_is_kept_as_its_own_item():
    _, events = read(
        feed(
            item(1, "Queer Talk", 6, 16),
            item(2, "Queer Talk (Cancelled)", 6, 16, status="cancelled", name="Queer Talk"),
        )
    )
    assert sorted((event["url"], event["status"]) for event in events) == [
        ("https://hub.example.edu/event/1", "scheduled"),
        ("https://hub.example.edu/event/2", "cancelled"),
    ]


def test_a_twice_listed_session_of_one_status_is_still_one_event():
    """Hard negative: two live items of one session (same start, end, title and place) stay one event."""
    _, events = read(feed(item(1, "Queer Talk", 6, 16), item(2, "Queer  Talk", 6, 16)))
    assert [event["url"] for event in events] == ["https://hub.example.edu/event/1"]
