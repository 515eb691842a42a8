"""Issue #13, generic feed rules from the misses of held-out feed batches 28 to 37: an item's start and end in
namespaced elements whose names no list holds (``_feed_named_dates``), on small feeds of our own.

A feed of events writes its event's moment in elements of its own namespace: ``<cal:eventStart>``,
``<event:begins>``, ``<event:starts_at>``, ``<calendar:date>`` with ``<calendar:time>``, Trumba's
``<x-trumba:localstart tzCode=…>``, a Unix ``<event:startTimestamp>``. The name's words say which side it is.

Hard negatives: a publication namespace's date (``dc:date``, WordPress's ``wp:post_date``), a bookkeeping name
(a sale's start, a display date, a deadline, a modification), an offset into an episode (``<p:start>00:01:02``),
digits in a name that does not say Unix time, a date-named element restating the pubDate, an element with no
namespace.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters import _feed_named_dates
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document
from tests.hostile import module_patterns, superlinear_shape

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
START = dt.datetime(2031, 6, 1, tzinfo=NEW_YORK)
EVENTS = "<title>Town events</title><link>https://town.example.org/events/</link>"
NEWS = "<title>Town news</title><link>https://town.example.org/news/</link>"


def read(document: str) -> list[dict]:
    window = FetchWindow(start=START, end=START + dt.timedelta(days=365))
    return extract_document(document.encode(), window=window, kind="auto", zone=NEW_YORK).events


def feed(extra: str, namespaces: str = "xmlns:cal='https://town.example.org/ns/cal'", channel: str = EVENTS) -> str:
    return (
        f"<?xml version='1.0'?><rss version='2.0' {namespaces}><channel>{channel}"
        "<item><title>Jazz night</title><link>https://town.example.org/events/jazz-night</link>"
        "<description>An evening of jazz.</description><pubDate>Mon, 12 May 2031 10:00:00 GMT</pubDate>"
        f"{extra}</item></channel></rss>"
    )


def at(day: int, hour: int, minute: int = 0, zone: zoneinfo.ZoneInfo = NEW_YORK) -> str:
    return dt.datetime(2031, 6, day, hour, minute, tzinfo=zone).isoformat()


@pytest.mark.parametrize(
    ("extra", "start", "end"),
    [
        (
            "<cal:eventStart>2031-06-20T19:00:00-04:00</cal:eventStart><cal:eventEnd>2031-06-20T21:00:00-04:00</cal:eventEnd>",
            at(20, 19),
            at(20, 21),
        ),
        ("<cal:begins>2031-06-20T19:00</cal:begins>", at(20, 19), None),
        ("<cal:starts_at>2031-06-20T23:00:00Z</cal:starts_at>", at(20, 19), None),
        ("<cal:when>June 20, 2031 7:00 PM</cal:when>", at(20, 19), None),
        (
            "<cal:dateStart>2031-06-20 19:00</cal:dateStart><cal:dateEnd>2031-06-20 21:30</cal:dateEnd>",
            at(20, 19),
            at(20, 21, 30),
        ),
        (
            "<cal:localstart>2031-06-20T19:00:00</cal:localstart><cal:localend>2031-06-20T21:00:00</cal:localend>",
            at(20, 19),
            at(20, 21),
        ),
        (
            "<cal:date>2031-06-20</cal:date><cal:time>7:00 PM</cal:time><cal:endTime>9:00 PM</cal:endTime>",
            at(20, 19),
            at(20, 21),
        ),
        ("<cal:startTimestamp>1939935600</cal:startTimestamp>", at(22, 19), None),
        ("<cal:startdatetime>Fri, 20 Jun 2031 19:00:00 -0400</cal:startdatetime>", at(20, 19), None),
    ],
)
def test_a_namespaced_element_named_as_a_start_is_the_start(extra: str, start: str, end: str | None) -> None:
    [event] = read(feed(extra))
    assert event["start"] == start
    assert event["end"] == end


def test_a_date_range_in_from_and_to_elements_is_a_run_of_days() -> None:
    [event] = read(feed("<cal:date_from>2031-06-20</cal:date_from><cal:date_to>2031-06-22</cal:date_to>"))
    assert (event["start"], event["end"], event["all_day"]) == ("2031-06-20", "2031-06-22", True)


def test_a_zone_stated_in_the_elements_attribute_is_what_a_naive_value_means() -> None:
    extra = "<cal:localstart tzCode='Europe/Paris'>2031-06-20T19:00:00</cal:localstart>"
    [event] = read(feed(extra))
    assert dt.datetime.fromisoformat(event["start"]) == dt.datetime(
        2031, 6, 20, 19, tzinfo=zoneinfo.ZoneInfo("Europe/Paris")
    )


def test_a_zone_stated_in_a_sibling_element_is_what_a_naive_value_means() -> None:
    extra = "<cal:timezone>America/Los_Angeles</cal:timezone><cal:eventStart>2031-06-20T19:00:00</cal:eventStart>"
    [event] = read(feed(extra))
    la = zoneinfo.ZoneInfo("America/Los_Angeles")
    assert dt.datetime.fromisoformat(event["start"]) == dt.datetime(2031, 6, 20, 19, tzinfo=la)


def test_a_date_named_element_that_differs_from_the_pubdate_is_the_start() -> None:
    [event] = read(feed("<cal:date>2031-06-20</cal:date>", channel=NEWS))
    assert event["start"] == "2031-06-20"


@pytest.mark.parametrize(
    ("extra", "namespaces"),
    [
        ("<dc:date>2031-06-20T10:00:00Z</dc:date>", "xmlns:dc='http://purl.org/dc/elements/1.1/'"),
        ("<wp:post_date>2031-06-20 10:00:00</wp:post_date>", "xmlns:wp='http://wordpress.org/export/1.2/'"),
        ("<t:saleStartDate>2031-06-20T10:00:00</t:saleStartDate>", "xmlns:t='http://t.example/ns'"),
        ("<t:displayStartDate>2031-06-21</t:displayStartDate>", "xmlns:t='http://t.example/ns'"),
        ("<t:registrationDeadline>2031-06-22</t:registrationDeadline>", "xmlns:t='http://t.example/ns'"),
        ("<t:lastModifiedDate>2031-06-23</t:lastModifiedDate>", "xmlns:t='http://t.example/ns'"),
        ("<t:expiryDate>2031-06-23</t:expiryDate>", "xmlns:t='http://t.example/ns'"),
        (
            "<p:start>00:01:02</p:start><p:end>00:05:00</p:end><p:startTime>73.0</p:startTime>",
            "xmlns:p='http://p.x/ns'",
        ),
        ("<p:start>1939935600</p:start>", "xmlns:p='http://p.x/ns'"),
        ("<news:date>2031-05-12T10:00:00Z</news:date>", "xmlns:news='http://news.example/ns'"),
        ("<news:date>2031-05-12</news:date>", "xmlns:news='http://news.example/ns'"),
        ("<eventWhen>2031-06-20</eventWhen>", ""),
    ],
)
def test_publication_bookkeeping_offsets_and_plain_elements_give_no_start(extra: str, namespaces: str) -> None:
    assert read(feed(extra, namespaces, channel=NEWS)) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("eventStart", ("start", False, True)),
        ("localstart", ("start", False, True)),
        ("date_to", ("end", False, True)),
        ("endTime", ("end", True, True)),
        ("time", ("start", True, False)),
        ("when", ("start", False, False)),
        ("pubDate", None),
        ("saleStartDate", None),
        ("startPosition", ("start", False, True)),
        ("calendar", None),
        ("to", None),
        ("startEnd", None),
        # a date word with words of another thing: that thing's date
        ("availability_date", None),
        ("ship_date", None),
        ("dateTaken", None),
        ("eventDate", ("start", False, False)),
        ("matchDate", ("start", False, False)),
    ],
)
def test_the_words_of_a_name_say_its_side(name: str, expected: tuple[str, bool, bool] | None) -> None:
    assert _feed_named_dates.role(name) == expected


def test_a_product_catalogues_availability_date_is_no_events_start() -> None:
    # a shop's Google Merchant feed: a pre-order's availability date, a sale's window; no channel word of news
    product = (
        "<g:availability>preorder</g:availability><g:availability_date>2031-06-20T13:00-0800</g:availability_date>"
        "<g:sale_price_effective_date>2031-06-01T11:00+0100/2031-06-09T23:00+0100</g:sale_price_effective_date>"
    )
    shop = "<title>Widget shop</title><link>https://shop.example.com/</link>"
    assert read(feed(product, "xmlns:g='http://base.google.com/ns/1.0'", channel=shop)) == []


@pytest.mark.parametrize("name", sorted(module_patterns(_feed_named_dates)))
def test_the_new_patterns_grow_linearly_on_long_text(name: str) -> None:
    assert superlinear_shape(getattr(_feed_named_dates, name)) is None


def test_a_block_of_leaves_holding_the_start_and_end_is_read() -> None:
    extra = (
        "<ev:tribe_event_meta xmlns:ev='Event'><ev:startdate>2031-06-20 19:00:00</ev:startdate>"
        "<ev:enddate>2031-06-20 21:00:00</ev:enddate></ev:tribe_event_meta>"
    )
    [event] = read(feed(extra))
    assert (event["start"], event["end"]) == (at(20, 19), at(20, 21))
    extra = "<cal:details><cal:eventBegins>2031-06-20T19:00:00</cal:eventBegins><cal:eventEnds>2031-06-20T21:00:00</cal:eventEnds></cal:details>"
    [event] = read(feed(extra))
    assert (event["start"], event["end"]) == (at(20, 19), at(20, 21))


def test_a_block_named_as_a_ticket_sale_gives_no_start() -> None:
    extra = "<cal:ticketing><cal:beginsAt>2031-06-20T10:00:00</cal:beginsAt></cal:ticketing>"
    assert read(feed(extra, channel=NEWS)) == []


def test_a_zone_an_element_states_outranks_the_feeds_for_a_name_read_by_the_known_list() -> None:
    paris = zoneinfo.ZoneInfo("Europe/Paris")
    [event] = read(feed("<cal:start timezone='Europe/Paris'>2031-06-20T19:00:00</cal:start>"))
    assert dt.datetime.fromisoformat(event["start"]) == dt.datetime(2031, 6, 20, 19, tzinfo=paris)
    # without a stated zone the same element is read in the feed's zone, as before
    [event] = read(feed("<cal:start>2031-06-20T19:00:00</cal:start>"))
    assert event["start"] == at(20, 19)


def test_start_and_end_elements_holding_lone_clocks_are_the_days_clocks() -> None:
    berlin = zoneinfo.ZoneInfo("Europe/Berlin")
    extra = "<cal:timezone>Europe/Berlin</cal:timezone><cal:date>2031-06-20</cal:date><cal:begin>19:00</cal:begin><cal:end>21:00</cal:end>"
    [event] = read(feed(extra))
    assert dt.datetime.fromisoformat(event["start"]) == dt.datetime(2031, 6, 20, 19, tzinfo=berlin)
    assert dt.datetime.fromisoformat(event["end"]) == dt.datetime(2031, 6, 20, 21, tzinfo=berlin)


def test_a_written_range_gives_its_own_end() -> None:
    extra = "<cal:formatteddatetime>Friday, June 20, 2031, 7&#160;&#8211;&#160;9pm</cal:formatteddatetime>"
    [event] = read(feed(extra))
    assert (event["start"], event["end"]) == (at(20, 19), at(20, 21))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("19:00", dt.time(19)), ("7:30 pm", dt.time(19, 30)), ("12 am", dt.time(0)), ("25:00", None), ("2031", None)],
)
def test_a_lone_clock(text: str, expected: dt.time | None) -> None:
    assert _feed_named_dates._clock_time(text) == expected
