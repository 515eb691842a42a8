"""A date a feed item writes without a year, completed from the day the item was published.

"Saturday, March 9" in a post of 2 March 2024 is 9 March 2024. "Feb 20" in the same post is not 20 February
2025, eleven months on: it is the one a few weeks before the post (a report, and an event that is over). A date
between the two readings, months before or months after the post, is held for a moderator. A weekday written
with the date says which year is meant.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters import rss
from sources.adapters._feed_when import listed_whens, text_when
from sources.adapters.base import AdapterContext, FetchWindow, RawEvent, RejectedRecord

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
POSTED = dt.datetime(2024, 3, 2, tzinfo=CHICAGO)  # a Saturday


def read(text: str, reference: dt.datetime = POSTED):
    when = text_when([text], zone=CHICAGO, reference=reference)
    assert when is not None
    return when


def read_certain(text: str) -> dt.date:
    """The start read in ``text``, which must not be held as a guess."""
    when = read(text)
    assert when.doubt is None
    return when.start


def local(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=CHICAGO)


# --- one date, read from the post's day -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Saturday, March 9", dt.date(2024, 3, 9)),  # a week after the post
        ("Join us on Aug. 17", dt.date(2024, 8, 17)),  # months ahead, this year
        ("Feb 20", dt.date(2024, 2, 20)),  # eleven days before the post, not next February
        ("We met on February 1st", dt.date(2024, 2, 1)),  # a month before
        ("Feb 29", dt.date(2024, 2, 29)),  # two days before: not 2028's
        ("Feb 20, 2025", dt.date(2025, 2, 20)),  # a year written is the year
        ("Feb 20, 2023", dt.date(2023, 2, 20)),
    ],
)
def test_a_date_without_a_year_is_completed_from_the_day_of_the_post(text, start):
    assert read_certain(text) == start


def test_a_timed_past_date_keeps_its_times_on_the_day_before_the_post():
    when = read("The meeting was Feb 20 from 7pm to 9pm")

    assert (when.start, when.end) == (local(2024, 2, 20, 19, 0), local(2024, 2, 20, 21, 0))
    assert when.doubt is None


def test_a_date_just_past_at_new_year_is_last_december():
    posted = dt.datetime(2025, 1, 5, tzinfo=CHICAGO)

    assert read("Thanks to all who came on Dec. 28", posted).start == dt.date(2024, 12, 28)
    assert read("Next up: Jan. 18", dt.datetime(2024, 12, 20, tzinfo=CHICAGO)).start == dt.date(2025, 1, 18)


@pytest.mark.parametrize("text", ["Our Jan 10 open house", "Nov. 5", "The Oct. 12 gala at 7 pm"])
def test_a_date_months_before_the_post_and_months_after_it_is_held(text):
    # 10 January: 52 days before the post, or 314 after it; 5 November: 118 days before, or 248 after.
    when = read(text)

    assert when.doubt is not None
    assert "days before" in when.doubt
    assert (when.start.date() if isinstance(when.start, dt.datetime) else when.start) > POSTED.date()


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Wednesday, Jan. 10", dt.date(2024, 1, 10)),  # 10 January 2024 was a Wednesday
        ("Friday, Jan. 10", dt.date(2025, 1, 10)),  # 10 January 2025 is a Friday
        ("Sunday, Nov. 5", dt.date(2023, 11, 5)),
        ("Tuesday, Nov. 5", dt.date(2024, 11, 5)),
    ],
)
def test_a_weekday_written_with_the_date_says_which_year(text, start):
    assert read_certain(text) == start


def test_a_date_before_the_post_gives_way_to_a_later_one_in_the_text():
    when = read("Registration closed Feb 20. The race is on Saturday, March 16 at 8 am.")

    assert when.start == local(2024, 3, 16, 8, 0)


def test_a_date_before_the_post_is_read_when_the_text_gives_no_other():
    assert read("Registration closed Feb 20, 2024. Results are online.").start == dt.date(2024, 2, 20)


def test_a_list_of_dates_before_the_post_is_still_no_list():
    assert listed_whens(["We met on Feb. 10 and Feb. 17."], zone=CHICAGO, reference=POSTED) is None


# --- through the adapter ------------------------------------------------------------------------------------------
NOW = dt.datetime(2024, 3, 5, 15, 0, tzinfo=dt.UTC)


def parse(items: str, *, self_link: str = "") -> list[RawEvent | RejectedRecord]:
    link = f'<atom:link href="{self_link}" rel="self"/>' if self_link else ""
    payload = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>Blog</title><link>https://blog.example/</link>{link}"
        f"<lastBuildDate>Mon, 04 Mar 2024 12:00:00 +0000</lastBuildDate>{items}</channel></rss>"
    )
    window = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))
    context = AdapterContext(source="rss", window=window, default_timezone=CHICAGO)
    return list(rss.FeedAdapter(config={}, context=context).parse(payload.encode()))


def post(guid: str, title: str, description: str) -> str:
    return (
        f"<item><title>{title}</title><link>https://blog.example/{guid}</link><guid>{guid}</guid>"
        f"<pubDate>Sat, 02 Mar 2024 16:00:00 +0000</pubDate><description>{description}</description></item>"
    )


def test_a_blog_post_about_a_day_just_past_is_that_day_not_next_year():
    (record,) = parse(post("recap", "Cleanup recap", "Thanks to the 40 volunteers who came out on Feb 20!"))

    assert isinstance(record, RawEvent)
    assert record.start == dt.date(2024, 2, 20)  # over: the quality gate says so, rather than a new event in 2025


@pytest.mark.parametrize("self_link", ["", "https://blog.example/events/feed/"])
def test_a_post_whose_date_could_be_months_past_or_months_ahead_is_held_in_any_feed(self_link):
    (record,) = parse(post("house", "Open house", "Photos from our Jan 10 open house are up."), self_link=self_link)

    assert isinstance(record, RawEvent)
    assert record.start == dt.date(2025, 1, 10)
    assert record.confidence is not None
    assert record.confidence <= rss.LIST_DOUBT
    assert any("without a year" in line for line in record.evidence)


def test_an_event_post_a_week_ahead_reads_as_before():
    (record,) = parse(post("fair", "Spring fair, Saturday, March 9", "Booths open at 10 am."))

    assert record.start == dt.date(2024, 3, 9)
    assert record.confidence is None
