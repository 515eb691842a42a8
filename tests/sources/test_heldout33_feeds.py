"""The thirty-third held-out batch, feeds (issue #13, bench/corpus/feeds/manifest-heldout33.json: event XML exports
of a Japanese university calendar, a week-calendar widget and an early frab schedule, measured once before these
rules: found 29/30, fields 97.9%), on small documents of our own. What the first measure missed:

- an event exported with its day written as its parts (``<date><year>2018</year><month>1</month><day>1</day>
  </date>``) and its clocks as theirs (``<start><hour>9</hour><minute>0</minute></start>``) was not read at all:
  no field held a date. An XML element whose children are only a date's or a clock's parts is that date or clock
  (``_xml_date_parts.joined_date_parts``), so the inference reads the day and its two clocks as it reads
  ``<date>2018-01-01</date><start>09:00</start>``;
- an element carrying its moment twice, as its own text (``1459386300``, Unix seconds) and as an attribute
  (``hr="31.03.2016 03:05:00"``), was read from the attribute, which was two hours off. An element's own text is
  its value and an attribute describes it: where both read as the same moment field, the text is read
  (``_json_element_text.element_text_first``), unless the attribute is the one markup names as the machine value
  (``datetime``, ``value``, ``content``).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters._xml_date_parts import joined_date_parts
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
UTC = zoneinfo.ZoneInfo("UTC")
START = dt.datetime(2031, 1, 1, tzinfo=TOKYO)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def read(document: str, zone: zoneinfo.ZoneInfo = TOKYO) -> list[dict]:
    return extract_document(document.encode(), window=WINDOW, kind="auto", zone=zone).events


# --- a date and its clocks written as their parts ----------------------------------------------------------------


def record(date: str, start: str, end: str, root: str = "exhibit1") -> str:
    return (
        f'<?xml version="1.0" encoding="utf-8" ?>\n<{root}>\n    <title>能面と装束の特別展示</title>\n'
        "    <url>https://museum.example.jp/events/2031/noh.html</url>\n    <location>北館 第二展示室</location>\n"
        f"    {date}\n    {start}\n    {end}\n</{root}>"
    )


PARTS_DAY = "<date><year>2031</year><month>3</month><day>7</day></date>"
PARTS_START = "<start><hour>9</hour><minute>0</minute></start>"
PARTS_END = "<end><hour>17</hour><minute>30</minute></end>"


def test_a_day_and_its_clocks_written_as_parts_are_read() -> None:
    [event] = read(record(PARTS_DAY, PARTS_START, PARTS_END))
    assert event["title"] == "能面と装束の特別展示"
    assert event["start"] == "2031-03-07T09:00:00+09:00"
    assert event["end"] == "2031-03-07T17:30:00+09:00"
    assert event["venue_name"] == "北館 第二展示室"
    assert event["url"] == "https://museum.example.jp/events/2031/noh.html"


def test_a_whole_moment_written_as_parts_is_read() -> None:
    whole = "<start><year>2031</year><month>03</month><day>07</day><hour>19</hour><minute>05</minute></start>"
    [event] = read(record("", whole, ""))
    assert event["start"] == "2031-03-07T19:05:00+09:00"


def test_a_day_written_as_parts_without_clocks_is_a_day() -> None:
    [event] = read(record(PARTS_DAY, "", ""))
    assert event["start"] == "2031-03-07"
    assert event["all_day"] is True


def test_parts_are_joined_only_when_they_are_a_real_date_or_clock() -> None:
    assert joined_date_parts({"date": {"year": "2031", "month": "3", "day": "7"}}) == {"date": "2031-03-07"}
    assert joined_date_parts({"start": {"hour": "9", "minute": "0"}}) == {"start": "09:00"}
    assert joined_date_parts({"start": {"hour": "9"}}) == {"start": "09:00"}
    # Hard negatives: no day (a month is no date), an impossible day, other fields beside the parts, a length of
    # time (plural parts, or under a duration's name), and words where numbers belong all stay as they were.
    for kept in (
        {"issue": {"year": "2031", "month": "3"}},
        {"date": {"year": "2031", "month": "2", "day": "30"}},
        {"date": {"year": "2031", "month": "13", "day": "1"}},
        {"date": {"year": "2031", "month": "3", "day": "7", "label": "Friday"}},
        {"length": {"hours": "1", "minutes": "30"}},
        {"duration": {"hour": "1", "minute": "30"}},
        {"start": {"hour": "25", "minute": "0"}},
        {"start": {"hour": "nine", "minute": "0"}},
        {"count": {"year": "2031", "month": "3", "day": "7", "hour": "9"}},
    ):
        assert joined_date_parts(kept) == kept, kept


def test_a_list_of_records_with_parted_dates_is_read() -> None:
    def one(number: int, day: int) -> str:
        return (
            f"<event><name>Talk {number}</name><when><year>2031</year><month>4</month><day>{day}</day></when>"
            f"<begins><hour>18</hour><minute>30</minute></begins></event>"
        )

    events = read(f"<events>{one(1, 2)}{one(2, 9)}</events>")
    assert [(event["title"], event["start"]) for event in events] == [
        ("Talk 1", "2031-04-02T18:30:00+09:00"),
        ("Talk 2", "2031-04-09T18:30:00+09:00"),
    ]


# --- an element's own text over its attribute ---------------------------------------------------------------------


def week(*items: tuple[str, int, str, int, str]) -> str:
    body = "".join(
        f'<item><title>{title}</title><start hr="{start_hr}">{start}</start><end hr="{end_hr}">{end}</end></item>'
        for title, start, start_hr, end, end_hr in items
    )
    return f'<xml><today hr="05.03.2031 10:00:00">1930471200</today><items>{body}</items></xml>'


def test_an_elements_own_moment_is_read_before_its_attributes() -> None:
    # 1930550400 is 2031-03-06 08:00 UTC; its attribute says 10:00 (a display in another zone, or a stale echo).
    events = read(
        week(
            ("Standup", 1930550400, "06.03.2031 10:00:00", 1930554000, "06.03.2031 11:00:00"),
            ("Review", 1930644000, "07.03.2031 12:00:00", 1930651200, "07.03.2031 14:00:00"),
        ),
        zone=UTC,
    )
    assert [(event["title"], event["start"], event["end"]) for event in events] == [
        ("Standup", "2031-03-06T08:00:00+00:00", "2031-03-06T09:00:00+00:00"),
        ("Review", "2031-03-07T10:00:00+00:00", "2031-03-07T12:00:00+00:00"),
    ]


def test_a_time_elements_datetime_attribute_stays_its_value() -> None:
    # Hard negative: <time datetime="…"> names its machine value; its text is the wording people read.
    body = "".join(
        f'<event><title>{title}</title><when datetime="2031-03-0{day}T19:00:00+09:00">2031-03-0{day} 07:00</when>'
        "</event>"
        for title, day in (("Recital", 6), ("Quartet", 8))
    )
    events = read(f"<events>{body}</events>")
    assert [event["start"] for event in events] == ["2031-03-06T19:00:00+09:00", "2031-03-08T19:00:00+09:00"]


def test_an_attribute_is_still_read_when_the_text_is_no_moment() -> None:
    # Hard negative: the text is words ("Friday evening"), so the attribute is the only moment there is.
    body = "".join(
        f'<event><title>{title}</title><start at="2031-03-0{day} 19:00">Friday evening</start></event>'
        for title, day in (("Recital", 6), ("Quartet", 7))
    )
    events = read(f"<events>{body}</events>")
    assert [event["start"] for event in events] == ["2031-03-06T19:00:00+09:00", "2031-03-07T19:00:00+09:00"]
