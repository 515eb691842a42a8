"""The fifth held-out batch of event feeds (issue #13, bench/corpus/feeds/manifest-heldout5.json: a lounge's
Drupal RSS with the event module, a club's TYPO3 RSS whose pubDates are its events' starts) and what it asked
for, each on a small synthetic feed:

- the event module's ev:startdate/ev:enddate written as RFC 822 dates ("Tue, 26 Apr 2016 18:00:00 +0200", as
  pubDate is written) are read, the end included;
- a feed whose items' pubDates are a programme of coming events (most of them later than the fetch, in the
  order of a programme, or in a feed that says it lists events) is read with those pubDates as the starts, held
  with lower confidence; a blog's feed (pubDates in the past, newest first) still gives nothing.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters import rss
from sources.adapters.base import AdapterContext, FetchWindow, RawEvent

ZURICH = zoneinfo.ZoneInfo("Europe/Zurich")
# The fetch: the window starts the day before it (sources.extraction.default_window).
FETCH = dt.datetime(2026, 4, 24, 9, 0, tzinfo=ZURICH)
WINDOW = FetchWindow(start=FETCH - dt.timedelta(days=1), end=FETCH + dt.timedelta(days=365))


def parse(payload: bytes) -> list[RawEvent]:
    context = AdapterContext(source="rss", window=WINDOW, default_timezone=ZURICH)
    return [
        record for record in rss.FeedAdapter(config={}, context=context).parse(payload) if isinstance(record, RawEvent)
    ]


def rfc822(moment: dt.datetime) -> str:
    return moment.strftime("%a, %d %b %Y %H:%M:%S %z")


def test_event_module_dates_written_as_rfc822_give_the_start_and_the_end():
    start, end = FETCH + dt.timedelta(days=2, hours=9), FETCH + dt.timedelta(days=2, hours=16)
    payload = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/">'
        "<channel><title>Lounge</title><link>https://lounge.example/</link>"
        "<item><title>Karaoke Night</title><link>https://lounge.example/karaoke</link>"
        "<description>Sing along.</description>"
        f"<pubDate>{rfc822(FETCH - dt.timedelta(days=10))}</pubDate>"
        f"<ev:startdate>{rfc822(start)}</ev:startdate><ev:enddate>{rfc822(end)}</ev:enddate>"
        "</item></channel></rss>"
    ).encode()

    [event] = parse(payload)

    assert (event.title, event.start, event.end) == ("Karaoke Night", start, end)


def feed(title: str, description: str, items: list[tuple[str, dt.datetime]]) -> bytes:
    """A feed whose only date per item is its pubDate (no lastBuildDate), as a TYPO3 events list writes it."""
    body = "".join(
        f"<item><title>{name}</title><link>https://club.example/item?id={n}</link>"
        f"<description>Konzert</description><pubDate>{rfc822(moment)}</pubDate></item>"
        for n, (name, moment) in enumerate(items)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>https://club.example/</link><description>{description}</description>"
        f"{body}</channel></rss>"
    ).encode()


def coming(days: int, hour: int) -> dt.datetime:
    return (FETCH + dt.timedelta(days=days)).replace(hour=hour, minute=0)


# A programme: one event two days past (still listed), then the coming days' events in date order.
PROGRAMME = [
    ("Street Party", coming(-2, 22)),
    ("Rhythm Diaries", coming(3, 20)),
    ("Psytrance Night", coming(4, 23)),
    ("Flea Market", coming(5, 10)),
    ("Nineties Night", coming(5, 22)),
]


def test_a_programme_of_coming_pubdates_in_a_feed_of_events_gives_each_item_its_pubdate_as_start():
    events = parse(feed("Club Graz", "Veranstaltungen", PROGRAMME))

    assert [(event.title, event.start) for event in events] == [
        (name, moment.astimezone(ZURICH)) for name, moment in PROGRAMME
    ]
    # Both signs (a feed of events, dates in a programme's order) besides the dates to come: published.
    assert all(event.confidence == rss.SCHEDULED_CONFIDENCE for event in events)
    assert "'Veranstaltungen'" in events[0].evidence[-1]
    assert "date order" in events[0].evidence[-1]


def test_a_programme_with_one_sign_is_read_and_held():
    # In date order, but the feed does not call itself a list of events: read, and held for a moderator.
    events = parse(feed("Club Graz", "Neuigkeiten", PROGRAMME))

    assert [event.start for event in events] == [moment.astimezone(ZURICH) for _, moment in PROGRAMME]
    assert all(event.confidence is not None and event.confidence < 0.5 for event in events)
    assert "held" in events[0].evidence[-1]


def test_dates_to_come_alone_are_no_programme():
    # Newest first and no word for events: nothing says these future pubDates are not a clock gone wrong.
    assert parse(feed("Club Graz", "Neuigkeiten", list(reversed(PROGRAMME)))) == []


def test_a_blogs_pubdates_are_no_events_even_in_date_order_or_named_events():
    # One post a day, all in the past: publication times, whatever the feed calls itself or its order.
    posts = [(f"Post {n}", coming(-n, 9)) for n in range(1, 8)]
    assert parse(feed("Daily Blog", "Notes", posts)) == []
    assert parse(feed("Events Blog", "Events and agenda", posts)) == []
    assert parse(feed("Events Blog", "Veranstaltungen", list(reversed(posts)))) == []
