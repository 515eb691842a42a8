"""Issue #13, generic feed rules: an all-day event's last day written as a second date after its first ("When: Thu
Jun 26, 2031 to Sat Jun 28, 2031", Google Calendar's basic feeds; ``_feed_day_span``), on small texts of our own.

Hard negatives: a joining word before no date ("to raise funds"), a second date with a clock (the timed shape,
``_feed_span_end``'s), a second date more than a month later (a season's bounds).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters import _feed_day_span
from sources.adapters._feed_when import text_when
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
START = dt.datetime(2031, 6, 1, tzinfo=NEW_YORK)
POSTED = dt.datetime(2031, 5, 12, tzinfo=dt.UTC)


def test_a_google_calendar_basic_entry_of_several_days_runs_to_its_second_date() -> None:
    document = (
        "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Center events</title><id>urn:x</id>"
        "<updated>2031-05-12T10:00:00Z</updated><entry><id>urn:e1</id><title>Conference</title>"
        "<updated>2031-05-12T10:00:00Z</updated><summary type='html'>When: Thu Jun 26, 2031 to Sat Jun 28, 2031"
        "&amp;nbsp;\n&lt;br&gt;Where: Main Hall</summary></entry></feed>"
    )
    window = FetchWindow(start=START, end=START + dt.timedelta(days=365))
    [event] = extract_document(document.encode(), window=window, kind="auto", zone=NEW_YORK).events
    assert (event["start"], event["end"], event["all_day"]) == ("2031-06-26", "2031-06-28", True)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Saturday, June 28, 2031 through Sunday, June 29, 2031", dt.date(2031, 6, 29)),
        ("June 26, 2031 until July 3, 2031", dt.date(2031, 7, 3)),
        ("June 26, 2031 to raise funds for the library", None),
        ("June 26, 2031 - June 28, 2031 7pm", None),
        ("June 1, 2031 to September 30, 2031", None),
    ],
)
def test_the_second_date_is_the_last_day_only_in_its_own_shape(text: str, end: dt.date | None) -> None:
    when = text_when([text], zone=NEW_YORK, reference=POSTED)
    assert when is not None
    assert when.all_day
    assert when.end == end


def test_the_module_reads_with_the_timed_shapes_join_and_holds_no_pattern_of_its_own() -> None:
    # the joining word is _feed_span_end's SPAN_JOIN, in tests/sources/test_adapters_hostile_text.py
    assert [name for name, value in vars(_feed_day_span).items() if hasattr(value, "pattern")] == []
