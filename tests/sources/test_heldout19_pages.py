"""The nineteenth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout19.json: measured
once at 90edc46, none of its nine files committed), each rule on a small document of our own: a card's time line
that labels the doors and the show ("Doors: 6:00 PM / Show: 8:00 PM") is a time line, however many words its
labels make; a fragment that opens with its JSON-LD block is an HTML document; a block a page's components mark
with a test id ('<div data-testid="showCard">') is a card, as a class of that name makes one.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters._page_cards import prose_around
from sources.adapters._page_dates import find_clock
from sources.adapters.base import RawEvent
from sources.adapters.webpage import looks_like_html
from sources.extraction import default_window, extract_document
from tests.sources.helpers import parse_page

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")


def events_of(body: str) -> list[RawEvent]:
    start = dt.datetime(2027, 1, 1, tzinfo=CHICAGO)
    records = parse_page(body, zone=CHICAGO, base="https://example.org/whats-on", start=start)
    return [record for record in records if isinstance(record, RawEvent)]


# --- 1. a labelled doors-and-show line is a time line, not prose -------------------------------------------------
DOORS_AND_SHOW = """<html><body><h1>Shows</h1>
<article class="gig">
  <div class="when">Sat March 13th 2027</div>
  <h3 class="gig-title"><a href="/gigs/marsh-lights">The Marsh Lights</a></h3>
  <div class="support">with Paper Herons</div>
  <div class="hours">Doors: 7:30 PM / Show: 8:30 PM</div>
</article>
<article class="gig">
  <div class="when">Sun March 14th 2027</div>
  <h3 class="gig-title"><a href="/gigs/low-tide">Low Tide Choir</a></h3>
  <div class="notice">Doors close at 8 p.m. sharp so please do arrive early tonight.</div>
</article>
</body></html>"""


def test_a_doors_and_show_line_of_seven_words_gives_the_show_time() -> None:
    marsh, choir = events_of(DOORS_AND_SHOW)
    assert marsh.title == "The Marsh Lights"
    assert marsh.start == dt.datetime(2027, 3, 13, 20, 30, tzinfo=CHICAGO)  # the show's, not the doors'
    assert choir.title == "Low Tide Choir"
    assert choir.start == dt.date(2027, 3, 14)  # a sentence's time is not the event's


def test_only_the_words_beside_the_time_make_a_line_prose() -> None:
    line = "Doors: 7:30 PM / Show: 8:30 PM"
    assert not prose_around(line, find_clock(line))
    sentence = "Doors close at 8 p.m. sharp so please do arrive early."
    assert prose_around(sentence, find_clock(sentence))
    assert prose_around("one two three four five six seven", None)
    assert not prose_around("one two three", None)


# --- 2. a fragment opening with its JSON-LD block is HTML --------------------------------------------------------
LD_FRAGMENT = """
  <script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "MusicEvent", "name": "Winter Brass Night",
     "startDate": "2027-01-22T20:00:00-06:00",
     "location": {"@type": "Place", "name": "Riverside Hall"}}
  </script>
  <a href="/tickets/winter-brass/">Buy tickets</a>
"""


def test_a_fragment_that_opens_with_json_ld_is_read_as_a_page() -> None:
    assert looks_like_html(LD_FRAGMENT.encode())
    now = dt.datetime(2027, 1, 1, tzinfo=CHICAGO)
    extraction = extract_document(
        LD_FRAGMENT.encode(), window=default_window(now), kind="auto", page_url=None, zone=CHICAGO
    )
    [event] = extraction.events
    assert event["title"] == "Winter Brass Night"
    assert dt.datetime.fromisoformat(str(event["start"])) == dt.datetime(2027, 1, 22, 20, 0, tzinfo=CHICAGO)


def test_a_script_that_is_not_json_ld_does_not_make_a_page() -> None:
    assert not looks_like_html(b'<script src="/app.js"></script> var x = 1;')
    assert not looks_like_html(b'{"note": "<script>alert(1)</script>"}')


# --- 3. a block marked with a card's test id is a card -------------------------------------------------------------
TEST_ID_CARDS = """<html><body><h1>What's on</h1>
<div data-testid="eventCard">
  <h2>Glass Harp Recital</h2>
  <p>Orchard Theatre</p>
  <p>Thu, Apr 8, 2027</p>
  <a href="/events/glass-harp/">More about Glass Harp Recital</a>
</div>
<div data-testid="eventCard">
  <h2>Puppet Parade</h2>
  <p>Orchard Theatre</p>
  <p>Fri, Apr 9, 2027</p>
  <a href="/events/puppet-parade/">More about Puppet Parade</a>
</div>
</body></html>"""


def test_a_block_with_a_cards_test_id_is_read_as_a_card() -> None:
    events = events_of(TEST_ID_CARDS)
    assert [(event.title, event.start) for event in events] == [
        ("Glass Harp Recital", dt.date(2027, 4, 8)),
        ("Puppet Parade", dt.date(2027, 4, 9)),
    ]
    assert [event.url for event in events] == [
        "https://example.org/events/glass-harp/",
        "https://example.org/events/puppet-parade/",
    ]


def test_a_test_id_that_names_no_card_makes_no_card() -> None:
    body = TEST_ID_CARDS.replace('data-testid="eventCard"', 'data-testid="promoBanner"')
    assert [event.title for event in events_of(body)] != ["Glass Harp Recital", "Puppet Parade"]
