"""Feeds helper 80 (issue #13): the eightieth held-out batch, feeds (bench/corpus/feeds/manifest-heldout80.json), on
small documents of our own.

Batch 80's misses, each mended by a shape other feeds share:

- a Hugo events section's undated pages carry Go's zero time as their pubDate ("Mon, 01 Jan 0001"): no date, so the
  items' words date them (``_feed_zero_stamps``);
- a site's script joins an event's fields into one line with bars ("… | Date: … | Time: 12:00 PM - 1:00 PM |
  Location: MU 211"): the parts are lines of their own for the place label's reader (``_feed_pipe_fields``), the
  labelled time's range gives the end (``_feed_label_range``), and "Location not posted" or "Details coming soon"
  is no place (``_place_not_yet``);
- an events RSS opens each description with the event's name, its site in brackets, its place and its days: the
  words between the name and the date are the place (``_feed_title_place``);
- a band's "Shows" section is an events page as "/events/" is (``_feed_date_signs.EVENT_SEGMENTS``), and its show's
  town is the one "in Bozeman, MT" its prose names (``_feed_state_town``);
- a news feed's "April 16 Bargaining Update" is a report on the day, held as a headline (``_feed_report_titles``).

Hard negatives beside each: what looks like the shape but is no date, no field, no end, no place, no report.
"""

from __future__ import annotations

import datetime as dt
import functools
import time
import zoneinfo

from sources.adapters._feed_date_signs import EVENT_SEGMENTS, event_page
from sources.adapters._feed_label_range import labelled_range_end
from sources.adapters._feed_pipe_fields import field_lines
from sources.adapters._feed_report_titles import report_after_day
from sources.adapters._feed_state_town import state_town
from sources.adapters._feed_time_label import labelled_clock
from sources.adapters._feed_title_place import title_place
from sources.adapters._feed_when import When
from sources.adapters._feed_zero_stamps import drop_zero_stamps
from sources.adapters._place_not_yet import place_not_yet
from sources.adapters.rss import PROSE_EVIDENCE
from tests.sources.helpers import one_event, read_feed, wall_time

PACIFIC = zoneinfo.ZoneInfo("America/Los_Angeles")
LONDON = zoneinfo.ZoneInfo("Europe/London")
read_pacific = functools.partial(read_feed, zone=PACIFIC, start=dt.datetime(2031, 6, 1, 9, 0, tzinfo=PACIFIC))
read_london = functools.partial(read_feed, zone=LONDON, start=dt.datetime(2031, 2, 1, 12, 0, tzinfo=LONDON))


def rss(title: str, link: str, items: str, built: str = "") -> str:
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>{title}</title><link>{link}</link><description>{title}</description>{built}{items}</channel></rss>"
    )


def item(title: str, link: str, description: str, published: str | None = None) -> str:
    stamp = f"<pubDate>{published}</pubDate>" if published else ""
    return f"<item><title>{title}</title><link>{link}</link>{stamp}<description>{description}</description></item>"


# --- Go's zero time is no date (_feed_zero_stamps) ---------------------------------------------------------------
ZERO = "Mon, 01 Jan 0001 00:00:00 +0000"
SOCIETY = "https://radio.example.org/events/"


def test_an_undated_hugo_page_is_dated_by_its_words() -> None:
    hunt = item(
        "Radio Direction Finding Event",
        f"{SOCIETY}2031/ardf/",
        "Wednesday February 12, 2031 3 PM - 4:30 PM We will be running a hidden transmitter hunt.",
        ZERO,
    )
    event = one_event(read_london(rss("Events on Radio Society", SOCIETY, hunt)))
    assert (wall_time(event["start"]), wall_time(event["end"])) == ("2031-02-12T15:00:00", "2031-02-12T16:30:00")


def test_an_undated_page_with_no_date_in_its_words_stays_no_event() -> None:
    page = item("Register", f"{SOCIETY}2031/register/", "We request that you pre-register for dinner.", ZERO)
    assert read_london(rss("Events on Radio Society", SOCIETY, page)) == []


def test_only_stamps_before_1900_are_dropped() -> None:
    def stamped(year: int) -> dict[str, object]:
        return {"published": f"{year}", "published_parsed": time.struct_time((year, 1, 1, 0, 0, 0, 0, 1, 0))}

    result: dict[str, object] = {"feed": stamped(1), "entries": [stamped(1), stamped(1970), stamped(2031), {}]}
    drop_zero_stamps(result)
    entries = result["entries"]
    assert isinstance(entries, list)
    assert [entry.get("published") for entry in entries] == [None, "1970", "2031", None]
    assert result["feed"] == {}


# --- fields between bars, a labelled range's end, a place not posted ------------------------------------------------
UNION = "https://union.example.org"


def union_item(title: str, fields: str) -> str:
    return item(title, f"{UNION}/events/{title.lower().replace(' ', '-')}.html", f"Our monthly meeting. | {fields}")


def test_fields_between_bars_give_the_place_and_the_end() -> None:
    meeting = union_item("Membership Meeting", "Date: 2031-08-21 | Time: 12:00 PM - 1:00 PM | Location: MU 211")
    event = one_event(read_pacific(rss("Union - Events", UNION, meeting)))
    assert (wall_time(event["start"]), wall_time(event["end"])) == ("2031-08-21T12:00:00", "2031-08-21T13:00:00")
    assert event["venue_name"] == "MU 211"


def test_a_place_not_posted_is_no_place() -> None:
    meeting = union_item("CAT Meeting", "Date: 2031-08-06 | Time: Time not posted | Location: Location not posted")
    event = one_event(read_pacific(rss("Union - Events", UNION, meeting)))
    assert wall_time(event["start"]) == "2031-08-06"
    assert (event["venue_name"], event["address"]) == (None, None)


def test_lines_are_cut_at_bars_only_between_two_labelled_fields() -> None:
    assert field_lines(["Monthly meeting. | Date: 2031-08-21 | Location: MU 211"]) == [
        "Monthly meeting.",
        "Date: 2031-08-21",
        "Location: MU 211",
    ]
    for line in (
        "Home | About | Contact",  # a menu: no labels
        "Tickets: $10 | Doors open early",  # one labelled part
        "Date: 2031-08-21|Location: MU 211",  # no spaces around the bar
        "We said this at last: the end | and we said that at the very last: more",  # sentences, not labels
    ):
        assert field_lines([line]) == [line]


def test_a_labelled_range_gives_its_end() -> None:
    start = dt.time(12, 0)
    assert labelled_range_end("12:00 PM - 1:00 PM", 8, start, True) == dt.time(13, 0)
    assert labelled_range_end("6:30 PM to 8:00 PM", 7, dt.time(18, 30), True) == dt.time(20, 0)
    assert labelled_range_end("16:00–18:00 Uhr", 5, dt.time(16, 0), False) == dt.time(18, 0)


def test_no_end_from_what_is_no_range_on_the_day() -> None:
    assert labelled_range_end("10:00 PM - 2:00 AM", 8, dt.time(22, 0), True) is None  # over midnight
    assert labelled_range_end("7:00 - 9", 4, dt.time(7, 0), False) is None  # no minutes, no meridiem
    assert labelled_range_end("12:00 PM - 1:00", 8, dt.time(12, 0), True) is None  # the end's meridiem unsaid
    assert labelled_range_end("6 PM - doors at 5:30 PM", 4, dt.time(18, 0), True) is None  # words after the dash
    assert labelled_range_end("6:00 PM", 7, dt.time(18, 0), True) is None  # one clock


def test_a_labelled_clock_takes_its_range_end_only_when_the_labels_agree() -> None:
    day = When(dt.date(2031, 6, 12), None, all_day=True, timezone=None)
    ranged = labelled_clock(day, ["Date: June 12, 2031 Time: 4:00 pm - 6:00 pm"], PACIFIC)
    assert (ranged.start, ranged.end) == (
        dt.datetime(2031, 6, 12, 16, 0, tzinfo=PACIFIC),
        dt.datetime(2031, 6, 12, 18, 0, tzinfo=PACIFIC),
    )
    single = labelled_clock(day, ["Date: June 12, 2031 Time: 4:00 pm"], PACIFIC)
    assert single.end is None
    two = ["Date: June 12, 2031 Time: 4:00 pm - 6:00 pm", "Date: June 12, 2031 Time: 4:00 pm - 7:00 pm"]
    assert labelled_clock(day, two, PACIFIC).end is None  # two ends: which cannot be told


def test_places_not_yet_posted_and_real_places() -> None:
    for value in ("Location not posted", "Details coming soon", "Venue not yet known", "Place to follow"):
        assert place_not_yet(value), value
    for value in ("Postal Museum", "Coming Soon Cinema", "Known Space Gallery", "MU 211"):
        assert not place_not_yet(value), value


# --- the place between the name and the date (_feed_title_place) --------------------------------------------------
OPENING = (
    "MeetBSD 2031 (https://meet.example.org/), Intel Campus, Santa Clara, CA, United States 19 - 20 October, 2031."
)


def test_the_place_between_the_title_and_the_date() -> None:
    assert title_place(OPENING + " A mixed unConference.", "MeetBSD 2031") == (
        "Intel Campus, Santa Clara, CA, United States"
    )
    assert title_place("EuroBSDCon 2031, Vienna, Austria 12 - 15 September, 2031.", "EuroBSDCon 2031") == (
        "Vienna, Austria"
    )


def test_no_place_from_prose_or_another_opening() -> None:
    assert title_place("Join us for MeetBSD 2031, Intel Campus 19 October 2031.", "MeetBSD 2031") is None
    assert title_place("MeetBSD 2031, which returns to Santa Clara on 19 October 2031.", "MeetBSD 2031") is None
    assert title_place("MeetBSD 2031, Intel Campus, Santa Clara.", "MeetBSD 2031") is None  # no date
    assert title_place("MeetBSD 2031, 19 October 2031 at Intel Campus.", "MeetBSD 2031") is None  # nothing between
    assert title_place(OPENING, None) is None


def test_an_events_rss_without_dates_reads_the_place_before_the_days() -> None:
    feed = rss(
        "Upcoming BSD Events",
        "https://bsd.example.org/events/",
        item("MeetBSD 2031", "https://meet.example.org/", OPENING),
    )
    event = one_event(read_pacific(feed))
    assert (wall_time(event["start"]), wall_time(event["end"])) == ("2031-10-19", "2031-10-20")
    assert event["venue_name"] == "Intel Campus"


# --- a Shows section, a town with its state's code (_feed_state_town) ----------------------------------------------
BAND = "https://band.example.org/shows/"
FESTIVAL = "A festival in Bozeman, MT organized by friends. We will be playing in the evening."


def test_a_shows_section_dates_its_show_and_places_it_in_its_town() -> None:
    show = item("Summer Festival", f"{BAND}summer-festival/", FESTIVAL, "Sun, 06 Jul 2031 16:00:00 -0700")
    event = one_event(read_pacific(rss("Shows on The Band", BAND, show)))
    assert wall_time(event["start"]) == "2031-07-06T16:00:00"
    assert event["address"] == "Bozeman, MT"


def test_shows_gigs_concerts_and_meetups_are_events_segments_but_not_tags() -> None:
    assert {"shows", "gigs", "concerts", "meetups"} <= EVENT_SEGMENTS
    assert event_page("https://band.example.org/gigs/2031-07-06/")
    assert not event_page("https://blog.example.org/tags/shows/")


def test_a_town_with_its_code_only_alone_and_after_in() -> None:
    assert state_town(FESTIVAL) == "Bozeman, MT"
    assert state_town("Doors in Ottawa, ON at eight.") == "Ottawa, ON"
    assert state_town("We play within Bozeman, MT limits.") is None  # "in" inside a word
    assert state_town("Tour stops in Boise, ID and in Reno, NV.") is None  # two towns: no one place
    assert state_town("Meet in Room, AB12.") is None  # no region's code standing alone
    assert state_town("Meet in Paris, XX tonight.") is None  # no region
    assert state_town("held in bozeman, MT") is None  # lower case


def test_a_news_feed_with_the_towns_prose_gives_no_place_of_its_own() -> None:
    news = item("Festival review", "https://band.example.org/news/review/", FESTIVAL, "Sun, 06 Jul 2031 16:00:00 -0700")
    assert read_pacific(rss("News on The Band", "https://band.example.org/news/", news)) == []


# --- a dated report's headline in a news feed (_feed_report_titles) ------------------------------------------------
def news_feed(channel: str, title: str) -> str:
    post = item(title, f"{UNION}/news/2031-06-16.html", "Read the meeting's notes.", "Mon, 16 Jun 2031 00:00:00 GMT")
    return rss(channel, UNION, post)


def test_a_dated_update_in_a_news_feed_is_held() -> None:
    event = one_event(read_pacific(news_feed("Union - News", "June 16 Bargaining Update")))
    assert PROSE_EVIDENCE in event["evidence"]  # a headline about the day: held for a moderator


def test_a_dated_meeting_in_the_same_news_feed_stays_read() -> None:
    event = one_event(read_pacific(news_feed("Union - News", "June 16, 2031 Membership Meeting")))
    assert wall_time(event["start"]) == "2031-06-16"
    assert PROSE_EVIDENCE not in event["evidence"]


def test_a_dated_update_in_an_events_feed_stays_read() -> None:
    event = one_event(read_pacific(news_feed("Union - Events", "June 16 Bargaining Update")))
    assert PROSE_EVIDENCE not in event["evidence"]


def test_report_nouns_only_at_the_titles_end_after_its_date() -> None:
    assert report_after_day("April 16 Bargaining Update", 8)
    assert report_after_day("June 3 Council Recap!", 6)
    assert not report_after_day("Update: meeting on June 3", 25)  # the noun before the date
    assert not report_after_day("June 3 Book Review Club", 6)  # no report's noun at the end
    assert not report_after_day("June 3 Membership Meeting", 6)
