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
