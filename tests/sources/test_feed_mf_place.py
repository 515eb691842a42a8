"""Issue #13, generic feed rules: an item's place marked as an h-event's ``p-location`` (or a vevent's
``location``) in its body (``_feed_mf_place``), as a Campus Labs Engage item's body in an Atom entry writes it; on
small feeds of our own.

Hard negatives: a ``location`` class outside any event root (a theme's author box), a location element holding a
sentence.
"""

from __future__ import annotations

import datetime as dt
import html
import zoneinfo

from sources.adapters._feed_mf_place import marked_place
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
START = dt.datetime(2031, 6, 1, tzinfo=NEW_YORK)
BODY = (
    '<div class="h-event vevent"><time class="dt-start dtstart" datetime="2031-06-20T16:00:00-04:00">Fri, Jun 20'
    ' 4:00 PM</time> - <time class="dt-end dtend" datetime="2031-06-20T17:30:00-04:00">5:30 PM</time>'
    ' <span class="p-location location">Keefe Campus Center</span></div>'
)


def test_an_atom_entrys_h_event_body_gives_its_place() -> None:
    document = (
        "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Campus events</title><id>urn:x</id>"
        "<updated>2031-05-12T10:00:00Z</updated><entry><id>urn:e1</id><title>Queer Talk</title>"
        "<updated>2031-05-12T10:00:00Z</updated><link href='https://hub.example.edu/event/1'/>"
        f"<content type='html'>{html.escape(BODY)}</content></entry></feed>"
    )
    window = FetchWindow(start=START, end=START + dt.timedelta(days=365))
    [event] = extract_document(document.encode(), window=window, kind="auto", zone=NEW_YORK).events
    assert event["venue_name"] == "Keefe Campus Center"
    assert event["start"] == dt.datetime(2031, 6, 20, 16, tzinfo=NEW_YORK).isoformat()


def test_a_location_class_outside_an_event_or_holding_a_sentence_is_no_place() -> None:
    assert marked_place(BODY) == "Keefe Campus Center"
    assert marked_place('<div class="author"><span class="location">Portland, Oregon</span></div>') is None
    sentence = "We will meet somewhere on campus, " * 5
    assert marked_place(f'<div class="h-event"><p class="p-location">{sentence}</p></div>') is None
