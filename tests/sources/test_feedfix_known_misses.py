"""Fixes from the committed corpus's known feed and API misses (issue #13, helper feedfix), on small documents of
our own. What the committed cases showed:

- a Last.fm geo.getEvents answer writes each event's day as e-mail writes dates but with no clock ("Sun, 10 May
  2009") and the clock in a sibling ``<startTime>19:30</startTime>`` (none on some): no date format read the day,
  so no list of events was found and the document was read as a web page. "Sun, 10 May 2009" is now a date format
  of the XML and JSON inference (``_json_shapes.DATE_FORMATS``), and the sibling clock completes it as any
  "date" + "time" pair does.
- a podcast episode titled "Podcasting 2.0 Dev Meeting for May 28 2022", published the next morning with its video
  as the enclosure, was read as an event on May 28: an item with an audio or video enclosure whose every date lies
  before its publication is a recording of that day, not an event (``_feed_recordings``).
- an API record naming its event under ``what`` (beside ``when`` and ``where``: Plancast) was named by another
  object's ``name`` (the attendee's): a key that is only the word "what" names the event (``_json_fields``).
- MusicBrainz answers about events of 1969 and 1987, read as of a clock in those years, were unreadable: every
  reader keeps only the years 2000-2100. A document read as of a clock before 2000 now keeps that clock's years
  from the year before it (``common.reading_year``, set by ``extraction.extract_document``); a clock after 2000
  changes nothing, and a 1987 date read today is a data error as before.

Hard negatives: an XML list of products or of orders dated the same way stays no list of events; an episode that
names a day after its publication, an item whose enclosure is an image, and a news post with a date in its title
keep their old readings; a key "what_to_bring" names nothing.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters import _feed_recordings, common
from sources.adapters.base import FetchWindow
from sources.extraction import ExtractionError, extract_document

LONDON = zoneinfo.ZoneInfo("Europe/London")
START = dt.datetime(2031, 5, 20, tzinfo=LONDON)


def read(document: str, *, zone: zoneinfo.ZoneInfo = LONDON, start: dt.datetime = START) -> list[dict]:
    window = FetchWindow(start=start, end=start + dt.timedelta(days=365))
    return extract_document(document.encode(), window=window, kind="auto", zone=zone).events


# --- a day written as e-mail writes it, with no clock, and the clock beside it ----------------------------------


def lastfm_event(title: str, day: str, clock: str | None, venue: str) -> str:
    start_time = f"<startTime>{clock}</startTime>" if clock else ""
    return (
        f"<event><id>{abs(hash(title)) % 10**7}</id><title>{title}</title>"
        f"<artists><artist>{title}</artist><headliner>{title}</headliner></artists>"
        f"<venue><name>{venue}</name><location><city>Manchester</city><country>United Kingdom</country>"
        "<street>1 High Street</street><timezone>GMT</timezone></location></venue>"
        f"<startDate>{day}</startDate>{start_time}"
        "<description><![CDATA[<div>Debut single out May 4th, album July 20th.</div>]]></description>"
        f"<url>https://music.example.org/event/{title.replace(' ', '+')}</url></event>"
    )


def test_days_without_a_clock_and_the_clock_in_a_sibling_element_are_read() -> None:
    document = (
        "<?xml version='1.0' encoding='utf-8'?><lfm status='ok'><events location='Manchester' total='411'>"
        + lastfm_event("Rivers of Tin", "Sat, 24 May 2031", "19:30", "Ruby Lounge")
        + lastfm_event("Glass Harbour", "Sat, 24 May 2031", "20:00", "Night and Day")
        + lastfm_event("Low Orbit", "Sun, 25 May 2031", None, "The Studio")
        + "</events></lfm>"
    )
    events = read(document)
    assert [(event["title"], event["start"]) for event in events] == [
        ("Rivers of Tin", "2031-05-24T19:30:00+01:00"),
        ("Glass Harbour", "2031-05-24T20:00:00+01:00"),
        ("Low Orbit", "2031-05-25"),
    ]
    assert events[0]["venue_name"] == "Ruby Lounge"


def test_a_product_list_dated_the_same_way_is_no_list_of_events() -> None:
    products = "".join(
        f"<product><sku>SKU-{index}</sku><name>Walking boot {index}</name><created>Sat, 2{index} May 2031</created>"
        f"<price currency='GBP'>{40 + index}.00</price><stock>{index}</stock></product>"
        for index in range(1, 5)
    )
    with pytest.raises(ExtractionError):
        read(f"<?xml version='1.0'?><catalog><products>{products}</products></catalog>")


def test_an_order_list_dated_the_same_way_is_no_list_of_events() -> None:
    orders = "".join(
        f"<order><id>{index}</id><eventName>Spring Gala</eventName><orderDate>Sat, 2{index} May 2031</orderDate>"
        f"<amount>49</amount></order>"
        for index in range(1, 5)
    )
    with pytest.raises(ExtractionError):
        read(f"<?xml version='1.0'?><orders>{orders}</orders>")


# --- a recording of a day past ------------------------------------------------------------------------------


def podcast(*items: str, title: str = "Dev Chat") -> str:
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel>"
        f"<title>{title}</title><link>https://show.example.org/</link><description>Weekly chats.</description>"
        + "".join(items)
        + "</channel></rss>"
    )


def episode(title: str, published: str, media: str = "video/mp4", guid: str = "ep-1") -> str:
    return (
        f"<item><title>{title}</title><link>https://show.example.org/{guid}</link><guid>{guid}</guid>"
        f"<pubDate>{published}</pubDate><description>Just a quick marker of the chat.</description>"
        f"<enclosure url='https://show.example.org/{guid}.bin' length='55298678' type='{media}'/></item>"
    )


def test_an_episode_naming_the_day_before_it_was_published_is_no_event() -> None:
    document = podcast(episode("Podcasting Dev Meeting for May 28 2031", "Thu, 29 May 2031 05:30:25 GMT"))
    assert read(document) == []


def test_an_audio_episode_recorded_earlier_the_same_day_is_no_event() -> None:
    document = podcast(
        episode("Council meeting, 28 May 2031 at 9:00 AM", "Wed, 28 May 2031 15:00:00 GMT", media="audio/mpeg")
    )
    assert read(document) == []


def test_an_episode_announcing_a_day_after_its_publication_is_read_as_before() -> None:
    document = podcast(episode("Live taping on June 5 2031", "Sun, 25 May 2031 10:00:00 GMT", media="audio/mpeg"))
    assert [event["start"][:10] for event in read(document)] == ["2031-06-05"]


def test_an_item_with_an_image_enclosure_keeps_its_reading() -> None:
    with_poster = podcast(episode("Dev Meeting for May 28 2031", "Thu, 29 May 2031 05:30:25 GMT", media="image/jpeg"))
    without = podcast(
        "<item><title>Dev Meeting for May 28 2031</title><link>https://show.example.org/ep-1</link><guid>ep-1</guid>"
        "<pubDate>Thu, 29 May 2031 05:30:25 GMT</pubDate><description>Just a quick marker of the chat.</description>"
        "</item>"
    )
    assert [event["start"] for event in read(with_poster)] == [event["start"] for event in read(without)]


def test_a_news_post_with_a_date_in_its_title_stays_no_event() -> None:
    news = "Council approves budget, May 28 2031"
    plain = (
        f"<item><title>{news}</title><link>https://news.example.org/a</link><guid>a</guid>"
        "<pubDate>Wed, 28 May 2031 09:00:00 GMT</pubDate><description>The council voted.</description></item>"
    )
    clip = episode(news, "Wed, 28 May 2031 09:00:00 GMT", media="audio/mpeg", guid="b")
    assert read(podcast(plain, title="Town News")) == []
    assert read(podcast(clip, title="Town News")) == []
    # Reported the next morning with the clip of the meeting: the recording of a day past, no event either.
    assert read(podcast(episode(news, "Thu, 29 May 2031 09:00:00 GMT", media="audio/mpeg"), title="Town News")) == []


def test_the_rule_needs_media_and_a_publication_date() -> None:
    when = _feed_recordings.When(dt.date(2031, 5, 28), None, True, None)
    published = (2031, 5, 29, 5, 30, 25, 3, 149, 0)
    import time

    stamp = time.struct_time(published)
    assert _feed_recordings.recorded_before({"published_parsed": stamp}, [when], LONDON) is None
    video = {"published_parsed": stamp, "enclosures": [{"type": "video/mp4"}]}
    assert _feed_recordings.recorded_before(video, [when], LONDON) is not None
    assert _feed_recordings.recorded_before({"enclosures": [{"type": "video/mp4"}]}, [when], LONDON) is None
    later = _feed_recordings.When(dt.date(2031, 5, 30), None, True, None)
    assert _feed_recordings.recorded_before(video, [when, later], LONDON) is None


# --- a record naming its event under "what" -------------------------------------------------------------------

PORTLAND = zoneinfo.ZoneInfo("America/Los_Angeles")


def plan(what: str, start: str, person: str, **more: str) -> dict:
    return {
        "plan_id": what[:4],
        "attendee": {"id": 9544, "name": person, "username": person.split()[0].lower()},
        "what": what,
        "where": "Urban Airship",
        "start": start,
        "place": {"name": "Urban Airship", "address": "334 NW 11th Ave, Portland"},
        **more,
    }


def read_json(data: object) -> list[dict]:
    import json

    return read(json.dumps(data), zone=PORTLAND, start=dt.datetime(2031, 6, 1, tzinfo=PORTLAND))


def test_a_key_that_is_only_what_names_the_event() -> None:
    plans = [
        plan("IndieWebCamp", "2031-06-25T10:00:00-07:00", "Tantek Celik"),
        plan("Open Source Bridge", "2031-06-28T09:00:00-07:00", "Amber Case"),
    ]
    assert [event["title"] for event in read_json({"plans": plans})] == ["IndieWebCamp", "Open Source Bridge"]
    assert [event["title"] for event in read_json(plans[0])] == ["IndieWebCamp"]


def test_what_inside_a_longer_key_names_nothing() -> None:
    items = [
        {"name": "Beach clean", "what_to_bring": "Gloves and water", "start": "2031-06-25T10:00:00-07:00"},
        {"name": "Park clean", "what_to_bring": "Gloves and a hat", "start": "2031-06-26T10:00:00-07:00"},
    ]
    assert [event["title"] for event in read_json({"events": items})] == ["Beach clean", "Park clean"]


# --- a document read as of a clock before 2000 ------------------------------------------------------------------

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
ARCHIVE = (
    "<?xml version='1.0' encoding='UTF-8'?><metadata xmlns='http://musicbrainz.org/ns/mmd-2.0#'>"
    "<event-list count='2'>"
    "<event type='Concert' id='e1'><name>Rock by the Lake</name><life-span><begin>1987-06-07</begin>"
    "<end>1987-06-07</end></life-span></event>"
    "<event type='Festival' id='e2'><name>Summer on the Green</name><life-span><begin>1987-07-18</begin>"
    "<end>1987-07-19</end></life-span></event>"
    "</event-list></metadata>"
)


def test_a_document_read_as_of_a_clock_before_2000_keeps_that_clocks_years() -> None:
    events = read(ARCHIVE, zone=BERLIN, start=dt.datetime(1987, 6, 1, tzinfo=BERLIN))
    assert [(event["title"], event["start"]) for event in events] == [
        ("Rock by the Lake", "1987-06-07"),
        ("Summer on the Green", "1987-07-18"),
    ]
    # The span is set for that reading only: after it, a 1987 date is a data error again.
    assert not common.plausible(dt.date(1987, 6, 7))


def test_read_as_of_today_the_same_years_stay_data_errors() -> None:
    with pytest.raises(ExtractionError):
        read(ARCHIVE, zone=BERLIN, start=dt.datetime(2031, 6, 1, tzinfo=BERLIN))


def test_a_clock_after_2000_leaves_the_span_as_it_was() -> None:
    with common.reading_year(2031):
        assert not common.plausible(dt.date(1999, 12, 31))
        assert common.plausible(dt.date(2000, 1, 1))
    with common.reading_year(1969):
        assert common.plausible(dt.date(1968, 12, 31))
        assert not common.plausible(dt.date(1967, 12, 31))
        assert not common.plausible(dt.date(2101, 1, 1))
    with common.reading_year(100):  # a window "from 0001-01-01": placeholders stay no dates
        assert not common.plausible(dt.date(1900, 1, 1))
        assert common.plausible(dt.date(1901, 1, 1))


def test_a_trailer_published_while_its_event_runs_keeps_the_event() -> None:
    running = _feed_recordings.When(dt.date(2031, 5, 27), dt.date(2031, 6, 2), True, None)
    over = _feed_recordings.When(dt.date(2031, 5, 20), dt.date(2031, 5, 27), True, None)
    import time

    stamp = time.struct_time((2031, 5, 29, 5, 30, 25, 3, 149, 0))
    trailer = {"published_parsed": stamp, "enclosures": [{"type": "video/mp4"}]}
    assert _feed_recordings.recorded_before(trailer, [running], LONDON) is None
    assert _feed_recordings.recorded_before(trailer, [over], LONDON) is not None
    document = podcast(
        episode("Riverside Festival, May 27 - June 2 2031: the trailer", "Thu, 29 May 2031 05:30:25 GMT"),
        title="Riverside Festival",
    )
    assert [event["start"][:10] for event in read(document)] == ["2031-05-27"]
