"""Feeds helper 73 (issue #13): the seventy-third held-out batch, feeds (bench/corpus/feeds/manifest-heldout73.json),
on small documents of our own.

Batch 73's misses, each mended by a shape other documents share:

- an orienteering start list (IOF XML 3.0) read as one event per runner, titled by the runner's club: a list of a
  race's competitors, each a named person with a bib or a timing card, is no list of events (``_json_competitors``);
- an ESS event feed with one event read as its channel ("ESS Feed", the feed's own address): a syndication
  channel's lone ``<feed>``/``<item>``/``<entry>`` is its list of one (``_xml_data.CHANNEL_ENTRIES``); its date
  recurring by unit ("the last Saturday of every month, six times") read as its first occurrence only: the series is
  read as the RRULE it means (``_json_unit_rules``);
- a government department's news feed read as six events from its releases' words: in a feed not listing events, a
  day at 11:59 pm is when a measure takes effect or lapses, and "on or before" introduces a deadline
  (``_feed_last_minute``, ``_feed_not_event_dates``). A day before the release stays read (held), as heldout32 keeps
  a recap's day.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._json_competitors import competitor_items
from sources.adapters._json_not_events import other_records
from sources.adapters._json_unit_rules import unit_rule
from tests.sources.helpers import one_event, read_feed, titled_spans

LONDON = zoneinfo.ZoneInfo("Europe/London")
SYDNEY = zoneinfo.ZoneInfo("Australia/Sydney")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
read_london = functools.partial(read_feed, zone=LONDON, start=dt.datetime(2031, 7, 1, 12, 0, tzinfo=LONDON))
read_sydney = functools.partial(read_feed, zone=SYDNEY, start=dt.datetime(2031, 8, 1, 12, 0, tzinfo=SYDNEY))
read_berlin = functools.partial(read_feed, zone=BERLIN, start=dt.datetime(2031, 9, 1, 12, 0, tzinfo=BERLIN))


# --- a race's start list ---------------------------------------------------------------------------------------------
def runner(
    entry: int, family: str, given: str, club: str, start: str, *, bib: str = "<BibNumber>101</BibNumber>"
) -> str:
    return (
        f"<PersonStart><EntryId>{entry}</EntryId><Person><Id>{entry}</Id><Name><Family>{family}</Family>"
        f"<Given>{given}</Given></Name></Person><Organisation><Name>{club}</Name></Organisation>"
        f"<Start>{bib}<StartTime>{start}</StartTime><ControlCard>79402{entry}</ControlCard></Start></PersonStart>"
    )


START_LIST = (
    '<?xml version="1.0" encoding="UTF-8"?><StartList xmlns="http://www.orienteering.org/datastandard/3.0" '
    'iofVersion="3.0"><Event><Name>Coastal Sprint 2031</Name><StartTime><Date>2031-07-12</Date>'
    "<Time>10:00:00+01:00</Time></StartTime><EndTime><Date>2031-07-12</Date><Time>14:00:00+01:00</Time></EndTime>"
    "</Event><ClassStart><Class><Name>Open</Name></Class>"
    + runner(1, "Wood", "George", "Harbour OC", "2031-07-12T10:00:00+01:00")
    + runner(2, "Martin", "Edgar", "Valley OC", "2031-07-12T10:03:00+01:00")
    + runner(3, "Lawson", "Toni", "Hill Runners", "2031-07-12T10:20:00+01:00")
    + "</ClassStart></StartList>"
)


def test_a_start_list_is_its_race_not_its_runners() -> None:
    assert titled_spans(read_london(START_LIST)) == [
        ("Coastal Sprint 2031", "2031-07-12T10:00:00", "2031-07-12T14:00:00")
    ]


def test_competitors_are_named_people_with_a_bib_or_a_timing_card() -> None:
    runners = [
        {"Person": {"Name": {"Family": "Wood", "Given": "George"}}, "Start": {"BibNumber": "101", "StartTime": "x"}},
        {"first_name": "Ann", "last_name": "Lee", "chip_id": "A7", "start": "2031-07-12T10:00:00"},
    ]
    assert competitor_items(runners)
    assert other_records(runners)  # a competitor's start is timed by nature: no happening's guard keeps the list


def test_people_without_a_bib_and_bibs_without_a_person_are_no_competitors() -> None:
    speakers = [{"first_name": "Ann", "last_name": "Lee", "talk": "Maps", "start": "2031-07-12T10:00:00"}]
    races = [{"name": "Coastal Sprint", "race_number": "7", "start": "2031-07-12T10:00:00"}]
    seen = [{"first_seen": "2031-07-01", "last_seen": "2031-07-02", "bib": "x"}]  # "first"/"last" are no name parts
    assert not competitor_items(speakers)
    assert not competitor_items(races)
    assert not competitor_items(seen)


def test_runners_with_no_bib_nor_card_stay_as_they_were_read() -> None:
    document = START_LIST.replace("<BibNumber>101</BibNumber>", "")
    document = document.replace("<ControlCard>794021</ControlCard>", "").replace(
        "<ControlCard>794022</ControlCard>", ""
    )
    document = document.replace("<ControlCard>794023</ControlCard>", "")
    assert len(read_london(document)) == 3  # no competitor's mark: read as before (names under a timed start)


# --- an ESS event feed -----------------------------------------------------------------------------------------------
def ess(*feeds: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><ess xmlns="http://essfeed.org/history/0.9/" version="0.9" lang="en">'
        "<channel><title>ESS Feed</title><link>https://example.org/events.ess</link>"
        "<published>2031-06-10T10:55:14Z</published>" + "".join(feeds) + "</channel></ess>"
    )


def ess_event(title: str, dates: str) -> str:
    return (
        f"<feed><title>{title}</title><uri>https://example.org/events/{len(title)}.html</uri>"
        "<published>2031-08-30T18:28:02+02:00</published><dates>" + dates + "</dates>"
        "<places><item type='fixed' priority='1'><name>Stadium</name><city>Berlin</city></item></places></feed>"
    )


ONCE = "<item type='standalone' priority='1'><name>Once</name><start>2031-09-27T20:00:00+02:00</start></item>"
MONTHLY = (
    "<item type='recurrent' unit='month' selected_day='saturday' selected_week='last' limit='3' priority='1'>"
    "<name>Every last saturday</name><start>2031-09-27T20:00:00+02:00</start><duration>3600</duration></item>"
)


def test_a_channel_with_one_event_is_read_as_that_event_not_as_the_channel() -> None:
    event = one_event(read_berlin(ess(ess_event("Harbour Concert", ONCE))))
    assert (event["title"], event["url"]) == ("Harbour Concert", "https://example.org/events/15.html")


def test_a_date_recurring_by_unit_is_read_as_its_series() -> None:
    events = read_berlin(ess(ess_event("Harbour Concert", MONTHLY)))
    assert [event["start"] for event in events] == [
        "2031-09-27T20:00:00+02:00",
        "2031-10-25T20:00:00+02:00",
        "2031-11-29T20:00:00+01:00",  # the wall clock kept in the zone, winter time
    ]


def test_unit_rules() -> None:
    base = {"type": "recurrent", "start": "2031-09-27T20:00:00+02:00"}
    monthly = {**base, "unit": "month", "selected_day": "saturday", "selected_week": "last", "limit": "6"}
    assert unit_rule(monthly) == "FREQ=MONTHLY;INTERVAL=1;BYDAY=-1SA;COUNT=6"
    weekly = {**base, "unit": "week", "selected_day": "monday,friday", "interval": "2", "limit": "4"}
    assert unit_rule(weekly) == "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR;COUNT=4"
    assert unit_rule({**base, "unit": "year"}) == "FREQ=YEARLY;INTERVAL=1"
    assert unit_rule({**weekly, "selected_day": "monday,thirsday"}) is None  # a weekday it does not know
    assert unit_rule({**weekly, "selected_week": "last"}) is None  # a week chosen in a weekly rule
    assert unit_rule({**monthly, "type": "standalone"}) is None  # says it happens once
    assert unit_rule({**monthly, "limit": "six"}) is None
    assert unit_rule({**monthly, "unit": "fortnight"}) is None
    assert unit_rule({key: value for key, value in monthly.items() if key != "start"}) is None


# --- a department's releases -------------------------------------------------------------------------------------------
def news_feed(title: str, *items: tuple[str, str, str]) -> str:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        "<link>https://example.gov/news</link><description>Releases</description>"
        + "".join(
            f"<item><title>{headline}</title><link>https://example.gov/news/{number}</link>"
            f"<description>{words}</description><pubDate>{published}</pubDate></item>"
            for number, (headline, words, published) in enumerate(items)
        )
        + "</channel></rss>"
    )


def test_a_period_from_one_days_last_minute_to_anothers_is_no_event() -> None:  # also in a feed titled news
    declared = (
        "Hotspot declared",
        "The Chief Medical Officer has declared the region a hotspot from 11:59pm on 5 August 2031 until 11:59pm"
        " on 12 August 2031.",
        "Tue, 05 Aug 2031 11:06:00 +1000",
    )
    closed = ("Road closure", "The bridge is closed from 23:59 on 6 August 2031.", "Tue, 05 Aug 2031 11:06:00 +1000")
    assert read_sydney(news_feed("Department of Health", declared, closed)) == []
    assert read_sydney(news_feed("Latest news | Department of Health", declared)) == []
    morning = ("Opening", "Doors open at 11:59 am on 6 August 2031 for the fair.", "Tue, 05 Aug 2031 11:06:00 +1000")
    assert len(read_sydney(news_feed("Department of Health", morning))) == 1  # a morning clock: read


def test_a_party_late_in_the_evening_is_still_read() -> None:
    party = (
        "New Year party",
        "Join us from 11:00 pm on 31 December 2031 at the hall.",
        "Tue, 05 Aug 2031 11:06:00 +1000",
    )
    event = one_event(read_sydney(news_feed("Department of Health", party)))
    assert event["start"].startswith("2031-12-31")


def test_a_day_on_or_before_which_something_is_due_is_a_deadline() -> None:
    review = (
        "Bridge closure",
        "The council will review the closure of the bridge on or before 11 August 2031.",
        "Tue, 05 Aug 2031 11:06:00 +1000",
    )
    assert read_sydney(news_feed("Department of Health", review)) == []
    fair = (
        "Science fair",
        "The science fair is on 20 August 2031 in the town hall.",
        "Tue, 05 Aug 2031 11:06:00 +1000",
    )
    assert one_event(read_sydney(news_feed("Department of Health", fair)))["start"] == "2031-08-20"
