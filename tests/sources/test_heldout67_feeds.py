"""The sixty-seventh held-out batch, feeds (issue #13, bench/corpus/feeds/manifest-heldout67.json: three city and
university feeds the EC2U alliance's project saved beside its adapters (ec2u/data, Apache-2.0) -- a Joomla JEvents
RSS whose titles open with the date, a TYPO3 agenda with ``ev:`` dates, a WordPress feed with ``<date_from>`` and
``<date_to>`` elements -- and a daily weather podcast, the hard negative (MIT); measured once before these rules:
found 7/9, fields 84.0%, extra 0), on small documents of our own. What the first measure missed, and two gaps left
open by earlier batches:

- ``<date_from>01/05/2031</date_from> <date_to>24/06/2031</date_to>`` and empty ``<hour_from>``: no element any
  reader knew. They are the item's first and last days now, with the hour fields' clocks when they hold one
  (``_feed_from_to``); a numeric day reads day first unless the pair or an American zone says otherwise;
- midnight stamps ``2031-02-27T00:00:00Z`` to ``2031-05-30T00:00:00Z`` over words "Du 27-02 à 29-05-2031": the run
  ended on the 30th; the words write the day before the end stamp and not the stamp's day, so it ends on the 29th
  (``_feed_last_day``);
- a timed start with a date-only end (``2031-05-01T19:00`` to ``2031-05-03``) lost its end: it runs to the end of
  that day now (``_feed_date_end``);
- "Meetup #3 @ CIC" lost its place and became "Meetup #3": a kind of event and its number keep their place
  (``events.pipeline.title_numbered``).

What is NOT changed: a midnight-stamped run whose words write the end's day, or nothing, or only the first of two
days; a "from" element with no day in it; a timed end that runs for months (the pipeline drops a timed event longer
than 30 days: the dance show of the TYPO3 feed keeps no end); "Rust Meetup #3 @ CIC" and "Concert @ Blue Lantern"
still lose their place; a podcast episode titled with its day.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from events.pipeline.title_numbered import numbered_kind
from events.pipeline.titles import EVENT_WORDS, SMALL_WORDS, clean_title
from sources.adapters._feed_date_end import date_end
from sources.adapters._feed_last_day import stated_last_day, written_days
from sources.adapters._feed_when import When
from tests.sources.helpers import EV, read_feed, titled_spans, wall_time
from tests.sources.helpers import one_event as one

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
MADRID = zoneinfo.ZoneInfo("Europe/Madrid")

read_paris = functools.partial(read_feed, zone=PARIS, start=dt.datetime(2031, 5, 20, 9, 0, tzinfo=PARIS))
read_new_york = functools.partial(read_feed, zone=NEW_YORK, start=dt.datetime(2031, 5, 20, 9, 0, tzinfo=NEW_YORK))


def wordpress(items: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Université - Feed</title>'
        f"<link>https://univ.example</link><description></description>{items}</channel></rss>"
    )


def post(title: str, first: str, last: str, hour_from: str = "", hour_to: str = "", slug: str = "x") -> str:
    return (
        f"<item><title>{title}</title><link>https://univ.example/{slug}/</link><date_from>{first}</date_from>"
        f"<date_to>{last}</date_to><hour_from>{hour_from}</hour_from><hour_to>{hour_to}</hour_to>"
        "<pubDate>Fri, 02 May 2031 13:25:23 +0000</pubDate><description>Inscriptions ouvertes.</description></item>"
    )


# --- "from" and "to" elements ------------------------------------------------------------------------------------
def test_from_and_to_elements_are_the_items_days() -> None:
    events = read_paris(
        wordpress(
            post("Sorties sportives", "01/06/2031", "24/06/2031", slug="a")
            + post("Atelier", "31/05/2031", "31/05/2031", slug="b")
        )
    )
    assert titled_spans(events) == [("Sorties sportives", "2031-06-01", "2031-06-24"), ("Atelier", "2031-05-31", None)]


def test_the_hour_elements_clocks_time_the_days() -> None:
    event = one(read_paris(wordpress(post("Expérience virtuelle", "31/05/2031", "31/05/2031", "14:00", "17h00"))))
    assert (wall_time(event["start"]), wall_time(event["end"])) == ("2031-05-31T14:00:00", "2031-05-31T17:00:00")


def test_the_day_order_is_the_pairs_else_the_zones() -> None:
    europe = one(read_paris(wordpress(post("Stage", "05/06/2031", "07/06/2031"))))
    assert (wall_time(europe["start"]), wall_time(europe["end"])) == ("2031-06-05", "2031-06-07")
    america = one(read_new_york(wordpress(post("Camp", "06/05/2031", "06/07/2031"))))
    assert (wall_time(america["start"]), wall_time(america["end"])) == ("2031-06-05", "2031-06-07")
    said = one(read_new_york(wordpress(post("Camp", "05/06/2031", "24/06/2031"))))  # 24 cannot be a month
    assert (wall_time(said["start"]), wall_time(said["end"])) == ("2031-06-05", "2031-06-24")


def test_iso_values_are_read_as_written() -> None:
    event = one(read_paris(wordpress(post("Forum", "2031-06-12T09:30:00", "2031-06-12T12:00:00"))))
    assert (wall_time(event["start"]), wall_time(event["end"])) == ("2031-06-12T09:30:00", "2031-06-12T12:00:00")


def test_a_from_element_with_no_day_or_a_to_before_it_gives_no_span() -> None:
    assert read_paris(wordpress(post("Conférence", "à venir", "", slug="tba"))) == []  # nothing else dates it
    backwards = one(read_paris(wordpress(post("Stage", "24/06/2031", "01/06/2031"))))
    assert (wall_time(backwards["start"]), backwards["end"]) == ("2031-06-24", None)


# --- a midnight end the words say closes the day before ------------------------------------------------------------
def typo3(description: str, start: str = "2031-02-27T00:00:00Z", end: str = "2031-05-30T00:00:00Z") -> str:
    return (
        f'<?xml version="1.0"?><rss version="2.0" xmlns:ev="{EV}"><channel><title>sortir : Toutes les dates</title>'
        "<link>https://sortir.example/agenda/rss</link><description>Agenda</description>"
        "<item><title>Le sol</title><link>https://sortir.example/agenda/le-sol</link>"
        f"<ev:startdate>{start}</ev:startdate><ev:enddate>{end}</ev:enddate>"
        f"<description><![CDATA[{description}]]></description></item></channel></rss>"
    )


def test_a_run_whose_words_write_the_day_before_its_end_stamp_ends_that_day() -> None:
    event = one(read_paris(typo3("<p>Date : Du 27-02 à 29-05-2031<br/>Lieu : Espace Mendès France</p>")))
    assert (wall_time(event["start"]), wall_time(event["end"])) == ("2031-02-27", "2031-05-29")
    named = one(read_paris(typo3("Exposition jusqu'au 29 mai 2031.")))
    assert wall_time(named["end"]) == "2031-05-29"


def test_words_that_write_the_end_day_or_no_day_keep_the_end() -> None:
    both = one(read_paris(typo3("Du 27-02 au 30-05-2031 (vernissage le 29-05-2031)")))
    assert wall_time(both["end"]) == "2031-05-30"
    silent = one(read_paris(typo3("Le sol est un patrimoine pour toute la planète.")))
    assert wall_time(silent["end"]) == "2031-05-30"
    deadline = one(read_paris(typo3("Inscriptions avant le 29-05-2031, visites guidées le 29 mai 2031.")))
    assert wall_time(deadline["end"]) == "2031-05-30"  # the day before is written, but as no span's last day


def test_a_two_days_run_whose_words_write_only_its_first_day_keeps_both() -> None:
    when = When(dt.date(2031, 5, 29), dt.date(2031, 5, 30), True, "Europe/Paris")
    assert stated_last_day(when, ["Vernissage 29.05.2031 à 18h"]) == when


def test_written_days_read_both_orders_and_month_names() -> None:
    days = written_days(["le 29-05-2031, May 30, 2031", "2031-06-01 et 2 juin 2031", "13 Marketing 2031"])
    assert days == {dt.date(2031, 5, 29), dt.date(2031, 5, 30), dt.date(2031, 6, 1), dt.date(2031, 6, 2)}
    ends = written_days(
        ["Du 27-02 à        29-05-2031; until June 3, 2031; bis 14.06.2031; avant le 5/6/2031"], ending=True
    )
    assert ends == {dt.date(2031, 5, 29), dt.date(2031, 6, 3), dt.date(2031, 6, 14)}


# --- a timed start with a date-only end ---------------------------------------------------------------------------
def test_a_timed_start_with_a_date_only_end_runs_to_the_end_of_that_day() -> None:
    document = typo3("Festival", start="2031-06-01T19:00:00+02:00", end="2031-06-03")
    event = one(read_paris(document))
    assert (wall_time(event["start"]), wall_time(event["end"])) == ("2031-06-01T19:00:00", "2031-06-04T00:00:00")


def test_a_date_only_end_on_the_start_day_or_of_an_exclusive_format() -> None:
    evening = dt.datetime(2031, 6, 1, 19, 0, tzinfo=PARIS)
    assert date_end(evening, dt.date(2031, 6, 1), PARIS, exclusive_end=False) is None
    assert date_end(evening, dt.date(2031, 6, 2), PARIS, exclusive_end=True) is None  # DTEND the next day: that evening
    assert date_end(evening, dt.date(2031, 6, 3), PARIS, exclusive_end=True) == dt.datetime(2031, 6, 3, tzinfo=PARIS)
    midnight = dt.datetime(2031, 6, 1, tzinfo=PARIS)  # whole days: make_when's midnight of the last day
    assert date_end(midnight, dt.date(2031, 6, 3), PARIS, exclusive_end=False) == dt.datetime(2031, 6, 3, tzinfo=PARIS)


# --- a kind of event and its number keep their place ----------------------------------------------------------------
def test_a_numbered_kind_keeps_its_place_and_a_name_loses_it() -> None:
    start = dt.date(2031, 10, 14)
    assert clean_title("Meetup #3 @ CIC", start=start, venue_name="CIC").title == "Meetup #3 @ CIC"
    assert clean_title("Rust Meetup #3 @ CIC", start=start, venue_name="CIC").title == "Rust Meetup #3"
    assert clean_title("Jazz Night @ Blue Lantern", start=start, venue_name="Blue Lantern").title == "Jazz Night"


def test_numbered_kinds_are_a_kind_and_a_count_only() -> None:
    for words in (["meetup", "3"], ["seminar", "no", "2"], ["workshop", "4th"]):
        assert numbered_kind(words, EVENT_WORDS, SMALL_WORDS), words
    for words in (["meetup"], ["3"], ["rust", "meetup", "3"], ["jazz", "night"]):
        assert not numbered_kind(words, EVENT_WORDS, SMALL_WORDS), words


# --- titles that are dates: an agenda's and a podcast's --------------------------------------------------------------
def test_an_agenda_title_opening_with_its_date_and_clock_dates_the_item() -> None:
    document = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>JEvents RSS Feed for Joomla</title>'
        "<link>https://ciudad.example</link><description>Powered by JEvents!</description>"
        "<item><title>26 May 2031 20:00 : Sandra Cebrián Hidalgo. MÚSICA</title>"
        "<link>https://ciudad.example/agenda/2031/05/26/1983</link><description>Piano. Hora: 20:00 h</description>"
        "<pubDate>Tue, 22 Apr 2031 12:23:33 +0100</pubDate></item></channel></rss>"
    )
    event = one(read_feed(document, zone=MADRID, start=dt.datetime(2031, 5, 20, 9, 0, tzinfo=MADRID)))
    assert wall_time(event["start"]) == "2031-05-26T20:00:00"
    assert "Sandra Cebrián Hidalgo" in event["title"]


def test_a_daily_forecast_podcast_titled_with_its_day_is_no_event() -> None:
    document = (
        '<rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" version="2.0"><channel>'
        "<title>The Weather in Town</title><link>https://pod.example</link><description>An automated podcast "
        "bringing you your daily weather forecast.</description><item><title>1: Tuesday, June 3rd, 2031</title>"
        "<description>This is The Weather in Town. Here is your forecast for Tuesday, June 3rd, 2031.</description>"
        "<itunes:episode>1</itunes:episode><pubDate>Tue, 03 Jun 2031 06:12:54 -0400</pubDate>"
        "<itunes:duration>97</itunes:duration>"
        '<enclosure url="https://pod.example/00001_2031-06-03.mp3" length="1543941" type="audio/mpeg"/>'
        "<guid>00001_2031-06-03</guid></item></channel></rss>"
    )
    assert (
        read_feed(document, zone=NEW_YORK, start=dt.datetime(2031, 6, 3, 7, 0, tzinfo=NEW_YORK)) == []
    )  # read as published
