"""The twentieth held-out batch's misses, feeds and XML event documents (issue #13,
bench/corpus/feeds/manifest-heldout20.json, each file measured once before these rules), on small documents of our
own:

- a feed item whose title names a moment and ends on its clock ("Lantern walk begins: 19:45") and whose text gives
  only the day ("Friday, October 3, 2031") starts on that day at that clock; a bare number at a title's end is no
  clock, and a day with no such title stays a day;
- a record's own dates named in one lower-case word ("createdon", "creationdate", "availablefrom", "lastupdated"),
  as XML attributes name them, are never an event's start, as "createdOn" or "created_at" are not;
- a day written as a short summary in a field of its own ("do 12/12/31 van 18:00 tot 20:00", "za 06/12/31 om
  20:15") is read, the day first when a value's first number cannot be a month, and never on a date its weekday
  contradicts;
- a document whose root element is one event (``<event>``) holds that event's parts, not a list of records; a list
  in it whose objects are only dates (a calendar's ``<timestamp>``: a date, a start and an end time) is that
  event's dates: one event for each, named and placed by the event.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters._feed_when import title_clock
from sources.adapters._json_glued import glued_record_words
from sources.adapters._json_summary import DAY_FIRST, MONTH_FIRST, summary_format, summary_moment
from sources.adapters.base import AdapterContext, FetchWindow, RawEvent
from sources.adapters.common import strptime
from sources.adapters.rss import FeedAdapter
from sources.extraction import ExtractionError, extract_document

HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")
START = dt.datetime(2031, 9, 1, tzinfo=HELSINKI)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def feed_events(items: str) -> list[RawEvent]:
    document = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Harbour park almanac</title>'
        f"<link>https://harbourpark.example/almanac</link>{items}</channel></rss>"
    )
    context = AdapterContext(source="rss", window=WINDOW, default_timezone=HELSINKI)
    return [
        record
        for record in FeedAdapter(config={}, context=context).parse(document.encode())
        if isinstance(record, RawEvent)
    ]


def item(title: str, day: str, anchor: str) -> str:
    return (
        f"<item><title>{title}</title><link>https://harbourpark.example/almanac?d=2031#{anchor}</link>"
        f"<description>{day}</description></item>"
    )


def test_a_title_ending_on_a_clock_times_the_day_its_text_gives() -> None:
    events = feed_events(
        item("Lantern walk begins: 19:45", "Friday, October 3, 2031", "lanterns")
        + item("Ferry last crossing - 11:30 PM", "Saturday, October 4, 2031", "ferry")
        + item("Harvest market", "Sunday, October 5, 2031", "market")
    )

    assert [(event.start, event.all_day) for event in events] == [
        (dt.datetime(2031, 10, 3, 19, 45, tzinfo=HELSINKI), False),
        (dt.datetime(2031, 10, 4, 23, 30, tzinfo=HELSINKI), False),
        (dt.date(2031, 10, 5), True),
    ]
    assert events[0].start.utcoffset() == dt.timedelta(hours=3)  # EEST on that day


def test_a_bare_number_or_a_clock_inside_a_title_is_not_the_titles_clock() -> None:
    assert title_clock("Top 10 walks: 2") is None
    assert title_clock("Choir rehearsal 18:30 in the hall") is None
    assert title_clock("Season finale: 24:00") is None
    assert title_clock("Doors: 7pm") == dt.time(19, 0)
    assert title_clock("Sunrise swim – 6:05 a.m.") == dt.time(6, 5)

    events = feed_events(item("Top 10 walks: 2", "Friday, October 10, 2031", "walks"))

    assert [(event.start, event.all_day) for event in events] == [(dt.date(2031, 10, 10), True)]


def test_a_title_ending_on_a_clock_range_is_not_timed_by_the_ranges_end() -> None:
    # Review: "10:00-12:00" and "7-9pm" end on a clock after a dash, but that clock is when the event ends.
    assert title_clock("Yoga on the pier 10:00-12:00") is None
    assert title_clock("Book club 7-9pm") is None
    assert title_clock("Quiz night 7pm - 9pm") is None
    assert title_clock("Storytime 10.30 – 11.15") is None
    assert title_clock("Part 2 - 7:30pm") == dt.time(19, 30)

    events = feed_events(item("Yoga on the pier 10:00-12:00", "Saturday, October 11, 2031", "yoga"))

    assert [(event.start, event.all_day) for event in events] == [(dt.date(2031, 10, 11), True)]


# --- XML event documents ------------------------------------------------------------------------------------

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
XML_WINDOW = FetchWindow(start=dt.datetime(2031, 10, 1, tzinfo=BRUSSELS), end=dt.datetime(2032, 10, 1, tzinfo=BRUSSELS))


def xml_events(document: str) -> tuple[list[dict], dict | None]:
    extraction = extract_document(document.encode(), window=XML_WINDOW, kind="auto", zone=BRUSSELS)
    assert extraction.adapter == "xml"
    return extraction.events, extraction.inferred


def listing(*items: str) -> str:
    return f'<?xml version="1.0" encoding="utf-8"?><export><list>{"".join(items)}</list></export>'


def test_a_records_own_dates_glued_in_one_word_are_no_start() -> None:
    assert glued_record_words("createdon") == ["created", "on"]
    assert glued_record_words("creationdate") == ["created", "date"]
    assert glued_record_words("lastupdated") == ["last", "updated"]
    assert glued_record_words("availablefrom") == ["visible", "from"]
    assert glued_record_words("startdate") == []
    assert glued_record_words("lastname") == []

    events, inferred = xml_events(
        listing(
            '<item id="1" title="Quiz night" createdon="2031-09-02T10:15:00" availablefrom="2031-09-02T00:00:00"'
            ' eventdate="2031-11-06T20:00:00" venue="De Kroon"/>',
            '<item id="2" title="Poetry slam" createdon="2031-09-05T11:40:00" availablefrom="2031-09-05T00:00:00"'
            ' eventdate="2031-11-13T20:30:00" venue="De Kroon"/>',
        )
    )

    assert inferred is not None
    assert inferred["mapping"]["start"] == "eventdate"
    assert [(event["title"], event["start"]) for event in events] == [
        ("Quiz night", "2031-11-06T20:00:00+01:00"),
        ("Poetry slam", "2031-11-13T20:30:00+01:00"),
    ]


def test_a_glued_record_date_alone_dates_nothing() -> None:
    document = listing(
        '<item id="1" title="Quiz night" createdon="2031-10-02T10:15:00" venue="De Kroon"/>',
        '<item id="2" title="Poetry slam" createdon="2031-10-05T11:40:00" venue="De Kroon"/>',
    )

    with pytest.raises(ExtractionError, match="No list of event-like records"):
        extract_document(document.encode(), window=XML_WINDOW, kind="xml", zone=BRUSSELS)


def test_a_day_summary_field_is_read_day_first_and_checked_against_its_weekday() -> None:
    assert summary_moment("do 11/12/31 van 18:00 tot 20:00", DAY_FIRST, BRUSSELS) == dt.datetime(
        2031, 12, 11, 18, 0, tzinfo=BRUSSELS
    )
    assert summary_moment("ma 11/12/31 om 18:00", DAY_FIRST, BRUSSELS) is None  # 11 December 2031 is a Thursday
    assert summary_moment("van 13/12/31 tot 14/12/31", DAY_FIRST, BRUSSELS) == dt.date(2031, 12, 13)
    assert summary_moment("Kerstmarkt 13/12/31", DAY_FIRST, BRUSSELS) is None  # a word, not a weekday: ten letters
    assert summary_format(["za 06/12/31 om 20:15", "vrij 19/12/31 om 20:30"], month_first=True, share=0.7) == (
        DAY_FIRST,
        2,
    )
    assert summary_format(["Thu 12/11/2031 at 7:30"], month_first=True, share=0.7) == (MONTH_FIRST, 1)

    events, inferred = xml_events(
        listing(
            '<item id="7" title="Jazz op zondag" summary="zo 07/12/31 om 15:00 " place="Kunstencentrum"/>',
            '<item id="8" title="Filmavond" summary="vrij 19/12/31 van 20:00 tot 22:30 " place="Kunstencentrum"/>',
            '<item id="9" title="Kerstconcert" summary="za 20/12/31 " place="Kunstencentrum"/>',
        )
    )

    assert inferred is not None
    assert inferred["mapping"]["start"] == {"path": "summary", "format": DAY_FIRST}
    assert [(event["title"], event["start"]) for event in events] == [
        ("Jazz op zondag", "2031-12-07T15:00:00+01:00"),
        ("Filmavond", "2031-12-19T20:00:00+01:00"),
        ("Kerstconcert", "2031-12-20"),
    ]


EVENT_DOCUMENT = """<?xml version="1.0" encoding="UTF-8"?>
<event xmlns="urn:example:agenda" id="e-44">
  <calendar><timestamps>{stamps}</timestamps></calendar>
  <details>
    <detail lang="nl"><title>Orgelconcert</title><media><file><title>Affiche</title></file></media></detail>
    <detail lang="fr"><title>Concert d'orgue</title></detail>
  </details>
  <location><label>Sint-Jacobskerk</label><address><street>Kerkplein 1</street><city>Gent</city></address></location>
</event>"""


def test_a_root_event_with_a_list_of_dates_is_one_event_on_each_date() -> None:
    stamps = (
        "<timestamp><date>2031-11-08</date><timestart>20:00:00</timestart><timeend>21:30:00</timeend></timestamp>"
        "<timestamp><date>2031-11-15</date><timestart>15:00:00</timestart><timeend>16:30:00</timeend></timestamp>"
    )

    events, inferred = xml_events(EVENT_DOCUMENT.format(stamps=stamps))

    assert inferred is not None
    assert inferred["items"] == "event.calendar.timestamps.timestamp"
    assert [(event["title"], event["start"], event["end"], event["venue_name"]) for event in events] == [
        ("Orgelconcert", "2031-11-08T20:00:00+01:00", "2031-11-08T21:30:00+01:00", "Sint-Jacobskerk"),
        ("Orgelconcert", "2031-11-15T15:00:00+01:00", "2031-11-15T16:30:00+01:00", "Sint-Jacobskerk"),
    ]


def test_a_root_event_with_one_date_is_that_event_not_its_media_or_its_parts() -> None:
    stamps = "<timestamp><date>2031-11-08</date><timestart>20:00:00</timestart></timestamp>"

    events, _ = xml_events(EVENT_DOCUMENT.format(stamps=stamps))

    assert [(event["title"], event["start"], event["venue_name"]) for event in events] == [
        ("Orgelconcert", "2031-11-08T20:00:00+01:00", "Sint-Jacobskerk")
    ]


def test_a_list_of_dates_inside_a_list_of_events_is_not_read_as_dates_of_the_list() -> None:
    document = (
        '<?xml version="1.0" encoding="UTF-8"?><agenda>'
        "<event><title>Quiz</title><start>2031-11-06T20:00:00</start></event>"
        "<event><title>Slam</title><start>2031-11-13T20:30:00</start></event></agenda>"
    )

    events, inferred = xml_events(document)

    assert inferred is not None
    assert inferred["items"] == "agenda.event"
    assert "parents" not in inferred
    assert [event["title"] for event in events] == ["Quiz", "Slam"]


def test_a_day_summarys_clock_keeps_its_am_or_pm() -> None:
    # Review: "at 7:30 PM" is half past seven in the evening, not the morning; a 24-hour clock with a meridiem
    # ("19:30 PM") says two things and is not read as either.
    assert summary_moment("Thu 12/11/2031 at 7:30 PM", MONTH_FIRST, BRUSSELS) == dt.datetime(
        2031, 12, 11, 19, 30, tzinfo=BRUSSELS
    )
    assert summary_moment("Thu 12/11/2031 7:30pm", MONTH_FIRST, BRUSSELS) == dt.datetime(
        2031, 12, 11, 19, 30, tzinfo=BRUSSELS
    )
    assert summary_moment("Thu 12/11/2031 at 12:15 a.m.", MONTH_FIRST, BRUSSELS) == dt.datetime(
        2031, 12, 11, 0, 15, tzinfo=BRUSSELS
    )
    assert summary_moment("Thu 12/11/2031 at 19:30 PM", MONTH_FIRST, BRUSSELS) == dt.date(2031, 12, 11)
    assert summary_moment("do 11/12/31 om 20:15 uur", DAY_FIRST, BRUSSELS) == dt.datetime(
        2031, 12, 11, 20, 15, tzinfo=BRUSSELS
    )


def test_a_clock_with_seven_fractional_digits_times_its_date() -> None:
    """.NET writes a clock as "21:00:00.0000000"; the seconds' fraction is read (cut to a microsecond), not a reason
    to drop the clock and keep only the day."""
    stamps = (
        "<timestamp><date>2031-11-08</date><timestart>20:00:00.0000000</timestart>"
        "<timeend>21:30:00.5000000</timeend></timestamp>"
    )

    events, _ = xml_events(EVENT_DOCUMENT.format(stamps=stamps))

    assert [(event["start"], event["end"]) for event in events] == [
        ("2031-11-08T20:00:00+01:00", "2031-11-08T21:30:00.500000+01:00")
    ]


@pytest.mark.parametrize(
    ("text", "value_format", "expected"),
    [
        ("21:00:00.0000000", "%H:%M:%S.%f", "1900-01-01T21:00:00"),
        ("2031-11-08 07:05:09.1234567", "%Y-%m-%d %H:%M:%S.%f", "2031-11-08T07:05:09.123456"),
        ("07:05:09.25", "%H:%M:%S.%f", "1900-01-01T07:05:09.250000"),
    ],
)
def test_strptime_reads_fractions_finer_than_a_microsecond(text: str, value_format: str, expected: str) -> None:
    assert strptime(text, value_format).isoformat() == expected


def test_strptime_still_refuses_what_its_format_does_not_read() -> None:
    with pytest.raises(ValueError, match="unconverted data"):
        strptime("21:00:00.0000000", "%H:%M:%S")
    with pytest.raises(ValueError, match="unconverted data"):
        strptime("21:00:00.1234567890123", "%H:%M:%S.%f")
