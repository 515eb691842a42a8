"""One rule for a status word at a title's end (_title_status.tail_status), read by pages and feeds alike.

Before, a page's rule knew runs of separators ("-- CANCELLED"), stars and the phrases ("No Meeting") but not the noun
("- Cancellation"); a feed's knew the noun but not the rest. Documents of our own."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters._page_words import without_status
from sources.adapters._title_status import LEAD, TAIL, says_status, status_off, tail_status
from tests.hostile import superlinear_shape
from tests.sources.helpers import read_feed

DENVER = zoneinfo.ZoneInfo("America/Denver")


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("Board of Adjustment - Cancellation", ("Board of Adjustment", "cancelled")),  # was the feeds' only
        ("Budget Hearing -- CANCELLED", ("Budget Hearing", "cancelled")),  # were the pages' only
        ("Work Session [No Meeting]", ("Work Session", "cancelled")),
        ("Jazz Night *POSTPONED*", ("Jazz Night", "postponed")),
        ("Konzert – abgesagt", ("Konzert", "cancelled")),
    ],
)
def test_a_closing_status_word_is_read_the_same_everywhere(title: str, found: tuple[str, str]) -> None:
    assert tail_status(title) == found
    assert status_off(title) == without_status(title) == found[0]
    assert says_status(title)


@pytest.mark.parametrize(
    "title",
    [
        "Contract Law 101: Cancellation",  # a subject after a colon
        "Cancellation Policy Workshop",  # the word inside
        "Re-Cancelled",  # joined by a hyphen
        "Cancelled",  # only the word
    ],
)
def test_a_title_that_only_uses_the_word_keeps_it(title: str) -> None:
    assert tail_status(title) is None
    assert status_off(title) == title


def test_a_feed_reads_a_run_of_dashes_before_the_word() -> None:
    feed = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/"><channel>'
        "<title>Town meetings</title><link>https://town.example.org/</link><description>Meetings</description>"
        "<item><title>Budget Hearing -- Cancelled</title><link>https://town.example.org/m/1</link>"
        "<ev:startdate>2027-05-13T18:00:00-06:00</ev:startdate></item></channel></rss>"
    )
    (event,) = read_feed(feed, zone=DENVER, start=dt.datetime(2027, 1, 1, tzinfo=DENVER))
    assert (event["title"], event["status"]) == ("Budget Hearing", "cancelled")


def test_the_patterns_stay_linear() -> None:
    assert superlinear_shape(TAIL) is None
    assert superlinear_shape(LEAD) is None
