"""Issue #13, generic feed rules: a zone's abbreviation right after an item's prose date and clock ("When: Wed Jun
25, 2031 4:30pm to 6pm PDT", "7:00 PM EST") is the zone the clock is in (``_feed_zone_words``), on small texts.

Hard negatives: capitals that are no zone ("6pm PARTY"), an abbreviation after a date without a clock, one far
from the date, and the source's own zone (nothing moves).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters import _feed_zone_words
from sources.adapters._feed_when import text_when
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document
from tests.hostile import module_patterns, superlinear_shape

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
LOS_ANGELES = zoneinfo.ZoneInfo("America/Los_Angeles")
POSTED = dt.datetime(2031, 5, 12, tzinfo=dt.UTC)


def test_a_google_calendar_basic_entry_in_pacific_time_read_by_a_new_york_source() -> None:
    document = (
        "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Center events</title><id>urn:x</id>"
        "<updated>2031-05-12T10:00:00Z</updated><entry><id>urn:e1</id><title>Fellows talk</title>"
        "<updated>2031-05-12T10:00:00Z</updated><summary type='html'>When: Wed Jun 25, 2031 4:30pm to 6pm&amp;nbsp;\n"
        "PDT&lt;br&gt;\n&lt;br&gt;Where: Board Room&lt;br&gt;Event Status: confirmed</summary></entry></feed>"
    )
    start = dt.datetime(2031, 6, 1, tzinfo=NEW_YORK)
    window = FetchWindow(start=start, end=start + dt.timedelta(days=365))
    [event] = extract_document(document.encode(), window=window, kind="auto", zone=NEW_YORK).events
    assert dt.datetime.fromisoformat(event["start"]) == dt.datetime(2031, 6, 25, 16, 30, tzinfo=LOS_ANGELES)
    assert dt.datetime.fromisoformat(event["end"]) == dt.datetime(2031, 6, 25, 18, tzinfo=LOS_ANGELES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Friday, June 20, 2031 7:00 PM EST", dt.datetime(2031, 6, 20, 19, tzinfo=NEW_YORK)),
        ("Friday, June 20, 2031 at 19:00 (GMT)", dt.datetime(2031, 6, 20, 19, tzinfo=dt.UTC)),
        # a summer "PST" is Pacific time as people write it
        ("June 20, 2031 7pm PST", dt.datetime(2031, 6, 20, 19, tzinfo=LOS_ANGELES)),
        # no zone: read in the source's
        ("June 20, 2031 7pm PARTY", dt.datetime(2031, 6, 20, 19, tzinfo=NEW_YORK)),
        ("June 20, 2031 7pm at the hall, tickets PDT", dt.datetime(2031, 6, 20, 19, tzinfo=NEW_YORK)),
    ],
)
def test_the_clock_is_read_in_the_zone_written_after_it(text: str, expected: dt.datetime) -> None:
    when = text_when([text], zone=NEW_YORK, reference=POSTED)
    assert when is not None
    assert when.start == expected


@pytest.mark.parametrize(
    ("zone_name", "text", "clock"),
    [
        ("Asia/Shanghai", "June 20, 2031 7:30pm CST", (19, 30)),  # China's, not Chicago's
        ("Asia/Taipei", "June 20, 2031 7:30pm CST", (19, 30)),
        ("America/Havana", "June 20, 2031 7:30pm CST", (19, 30)),  # Cuba's
        ("America/Denver", "June 20, 2031 7:30pm MST", (19, 30)),  # Denver's, not Phoenix's
        ("America/New_York", "June 20, 2031 7:30pm CST", (20, 30)),  # another zone's: moves
    ],
)
def test_an_abbreviation_the_sources_own_zone_goes_by_is_that_zones(
    zone_name: str, text: str, clock: tuple[int, int]
) -> None:
    own = zoneinfo.ZoneInfo(zone_name)
    when = text_when([text], zone=own, reference=POSTED)
    assert when is not None
    assert when.start == dt.datetime(2031, 6, 20, *clock, tzinfo=own)


def test_a_date_without_a_clock_is_not_moved() -> None:
    when = text_when(["June 20, 2031 PDT"], zone=NEW_YORK, reference=POSTED)
    assert when is not None
    assert (when.start, when.all_day) == (dt.date(2031, 6, 20), True)


def test_abbreviations_name_zones() -> None:
    assert _feed_zone_words.stated_zone("7pm CEST", 3) == zoneinfo.ZoneInfo("Europe/Berlin")
    assert _feed_zone_words.stated_zone("7pm cest", 3) is None
    assert _feed_zone_words.stated_zone("7pm          PDT", 3) is None


@pytest.mark.parametrize("name", sorted(module_patterns(_feed_zone_words)))
def test_the_new_patterns_grow_linearly_on_long_text(name: str) -> None:
    assert superlinear_shape(getattr(_feed_zone_words, name)) is None
