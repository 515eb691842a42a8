"""The fifty-fourth held-out batch, feeds (issue #13, bench/corpus/feeds/manifest-heldout54.json: the National
Weather Service's Atom index of CAP alerts kept by IBM's CAP tools, a hard negative; an organiser's Atom
announcement, a university's RSS and two RSS strings of a protest-calendar harvester's tests; three RSS strings of an
Android event finder's tests; measured once before this rule: found 5/6, field accuracy 100%), on small documents
of our own. What the first measure missed:

- an Atom announcement whose summary names two days, "Volunteer applications open August 1, 2026. Join us for the
  rally on September 5, 2026 at 6:30 pm.": the first, the day the applications open, was read as the rally's. The
  day a registration, an application or a ticket sale opens is no one's event; it is skipped as a deadline's day is
  (``_feed_not_event_dates``), and the rally's day is read. What opens otherwise (a gallery, an exhibition, the
  doors) is read as before.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters.base import FetchWindow
from sources.extraction import extract_document
from tests.sources.test_heldout32_feeds import news, post
from tests.sources.test_heldout32_feeds import read as read_news

TORONTO = zoneinfo.ZoneInfo("America/Toronto")
START = dt.datetime(2033, 7, 20, tzinfo=TORONTO)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def read(document: str) -> list[dict]:
    return extract_document(document.encode(), window=WINDOW, kind="auto", zone=TORONTO).events


def announcements(summary: str, title: str = "Harbour Solidarity Rally") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Organiser announcements</title><entry>"
        f"<title>{title}</title>"
        '<link rel="alternate" type="text/html" href="https://organiser.example.org/events/harbour-rally/"/>'
        f"<updated>2033-07-20T09:00:00-04:00</updated><summary>{summary}</summary></entry></feed>"
    )


def starts(description: str, title: str = "Autumn season") -> list[str]:
    """The starts read from a news feed's one post of September 1, 2033 (Los Angeles) saying ``description``."""
    return [event["start"] for event in read_news(news(post(1, title, description, "Thu, 01 Sep 2033 10:00:00 -0700")))]


# --- the day a form or a sale opens is no event's ----------------------------------------------------------------


def test_the_day_applications_open_is_not_the_rallys():
    summary = "Volunteer applications open August 1, 2033. Join us for the rally on September 5, 2033 at 6:30 pm."
    (event,) = read(announcements(summary))
    assert event["start"] == "2033-09-05T18:30:00-04:00"
    assert event["url"] == "https://organiser.example.org/events/harbour-rally/"


def test_registrations_and_ticket_sales_opening_are_skipped_alike():
    for text in (
        "Registration opens on September 2, 2033. The race is on October 9, 2033 at 9 am.",
        "Entries open: September 2, 2033. The show is on October 9, 2033 at 9 am.",
        "Tickets go on sale September 2, 2033 for the concert on October 9, 2033 at 9 am.",
        "Ticket sales open September 2, 2033; the concert is October 9, 2033 at 9 am.",
    ):
        assert starts(text) == ["2033-10-09T09:00:00-07:00"], text


def test_an_opening_alone_is_no_event():
    assert starts("Sign-ups open September 2, 2033 for next year's volunteers.", title="Volunteer sign-ups") == []


# --- hard negatives: what opens otherwise, or an opening not right before the day, is read as before ----------


@pytest.mark.parametrize(
    "text",
    [
        "The gallery opens September 2, 2033 with a new show.",
        "Exhibition opening on September 2, 2033 at 6 pm. All welcome.",
        "Doors open at 6 pm on September 2, 2033.",
        "Registration opens soon. Our open day is on September 2, 2033 at 10 am.",
        "Tickets on sale now for the concert on September 2, 2033 at 8 pm.",
        "Applications are welcome all year. Info evening: September 2, 2033 at 7 pm.",
    ],
)
def test_other_openings_and_far_opening_words_leave_the_day_read(text):
    (start,) = starts(text, title="Open day")
    assert start.startswith("2033-09-02"), text


def test_ordinary_feeds_read_as_before():
    # Two ordinary items of the kind this rule must leave alone: an event-module item and a post with one date.
    module = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/"><channel>'
        "<title>Events</title><link>https://club.example.org/</link><description>Club events</description><item>"
        "<title>Members' open evening</title><link>https://club.example.org/e/1</link>"
        "<description>Registration opens at the door.</description>"
        "<ev:startdate>2033-08-02T19:00:00-04:00</ev:startdate></item></channel></rss>"
    )
    assert [event["start"] for event in read(module)] == ["2033-08-02T19:00:00-04:00"]
    assert starts("Join us on September 2, 2033 at 7 pm for our summer party.", title="Summer party") == [
        "2033-09-02T19:00:00-07:00"
    ]
