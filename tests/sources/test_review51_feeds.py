"""review51: a both-ways review of feeds70's rules (docs/real-world-sources-log.md, "### review51"), on small feeds and
values of our own, through the rules' functions and the real extractor (``tests.sources.helpers.read_feed``):

* ``_feed_past_report``: a date the past-tense verb's clause had left ("The festival, which ran from 2019, returns on
  14 June 2031", "began in 2020 and continues on", "Registration began on Monday for the race on", "ended in a tie,
  next one on") was dropped as a report; kept now. A match report's day ("was played on 1 February 2031") still goes.
* ``_feed_date_word``: "Lights On", "Game On", "Hold On" lost their "On" with the title's date; only a word in lower
  case goes now.
* ``_feed_venue_phrase``: "im Bürgersaal das Forum" was a place (a "-saal" compound took the Portuguese "das"); a
  German kind is named through "des"/"der" only.
* ``_feed_dotted``: a title's date stayed in the title when the verb's clock (``_feed_verb_clock``) gave the event its
  time ("Einladung zum Bürgerforum am 12.03.2031"); the day alone is the event's own and is cut.
* ``_json_zero_days``: a midnight written with milliseconds and an offset ("…T00:00:00.000+02:00") was no day.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._feed_date_word import without_date_word
from sources.adapters._feed_past_report import past_report
from sources.adapters._feed_venue_phrase import venue_phrase
from sources.adapters._json_zero_days import same_midnight
from tests.sources.helpers import read_feed

LONDON = zoneinfo.ZoneInfo("Europe/London")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
PARIS = zoneinfo.ZoneInfo("Europe/Paris")
read_london = functools.partial(read_feed, zone=LONDON, start=dt.datetime(2031, 2, 3, 12, 0, tzinfo=LONDON))
read_berlin = functools.partial(read_feed, zone=BERLIN, start=dt.datetime(2031, 2, 3, 12, 0, tzinfo=BERLIN))


def news(title: str, text: str, channel: str = "Town News") -> str:
    items = [
        (title, text),
        ("Road closure on High Street", "Works begin soon."),
        ("New mayor", "Chosen by the council."),
    ]
    rows = "".join(
        f"<item><title><![CDATA[{head}]]></title><description><![CDATA[{body}]]></description>"
        f"<link>https://town.example/{index}</link><pubDate>Mon, 03 Feb 2031 09:00:00 GMT</pubDate></item>"
        for index, (head, body) in enumerate(items)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{channel}</title>'
        f"<link>https://town.example</link>{rows}</channel></rss>"
    )


@pytest.mark.parametrize(
    ("title", "text", "day"),
    [
        ("Folk Festival returns", "The festival, which ran from 2019, returns on 14 June 2031 with three stages.",
         "2031-06-14"),
        ("Charity 10K", "Registration began on Monday for the race on 14 June 2031.", "2031-06-14"),
        ("Lecture series", "The series began in 2020 and continues on 12 March 2031 with a talk on bees.", "2031-03-12"),
        ("Quiz night", "Last quiz ended in a tie, next one on 12 February 2031 at 8pm.", "2031-02-12"),
        ("Summer Fete", "The fete was held in the park last year and will be on 5 July 2031.", "2031-07-05"),
    ],
)  # fmt: skip
def test_a_date_the_past_verbs_clause_has_left_is_the_items_event(title: str, text: str, day: str) -> None:
    (event,) = read_london(news(title, text))
    assert str(event["start"])[:10] == day


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Match report", "The derby was played on 1 February 2031 in front of 3,000 fans."),
        ("Review: Winter Gala", "The gala took place on 25 January 2031 at the Guildhall."),
    ],
)
def test_a_day_the_past_verb_reports_is_still_no_event(title: str, text: str) -> None:
    assert read_london(news(title, text)) == []


def test_the_verbs_own_date_is_still_found_through_a_weekdays_comma() -> None:
    text = "The regular season ended on Sunday, October 19"
    assert past_report(text, text.index("October"))
    text = "Pre-season matches ran from January 19 through February 17"
    assert past_report(text, text.index("January"))
    text = "The festival, which ran from 2019, returns on June 14"
    assert not past_report(text, text.index("June"))


@pytest.mark.parametrize("title", ["Lights On", "Game On", "Hold On"])
def test_a_capitalised_word_before_a_titles_date_is_the_name(title: str) -> None:
    assert without_date_word(title, "") == title


def test_a_lower_case_leading_word_still_goes_with_the_date() -> None:
    assert without_date_word("Einladung zur Ratssitzung am", "") == "Einladung zur Ratssitzung"
    assert without_date_word("Concert on", "") == "Concert"
    assert without_date_word("Rock am Ring am", "") == "Rock am Ring"


def test_a_german_hall_names_its_place_through_its_genitive_only() -> None:
    assert venue_phrase("Am 12.03.2031 beginnt um 19.30 Uhr im Bürgersaal das Forum.") is None
    assert venue_phrase("findet im Sitzungssaal des Rathauses, Marktstraße 8, statt") == "Sitzungssaal des Rathauses"
    assert venue_phrase("Wir spielen in der Turnhalle der Grundschule Nord.") == "Turnhalle der Grundschule Nord"
    assert venue_phrase("Ci vediamo alla palestra das Neves") == "palestra das Neves"  # Portuguese "das" as before


def test_a_titles_day_is_cut_when_the_verbs_clock_gives_the_time_and_no_hall_takes_the_subject() -> None:
    text = "Am Mittwoch, 12.03.2031, beginnt um 19.30 Uhr im Bürgersaal das Forum."
    (event,) = read_berlin(news("Einladung zum Bürgerforum am 12.03.2031", text, channel="Stadt - News"))
    assert (event["title"], event["start"], event["venue_name"]) == (
        "Einladung zum Bürgerforum",
        "2031-03-12T19:30:00+01:00",
        None,
    )


def test_a_title_dated_on_another_day_keeps_its_date() -> None:
    text = "Am Mittwoch, 12.03.2031, beginnt um 19.30 Uhr das Forum."
    (event,) = read_berlin(news("Bürgerforum, Anmeldung bis 05.03.2031", text, channel="Stadt - News"))
    assert "05.03.2031" in event["title"]


def test_a_midnight_with_milliseconds_and_an_offset_is_a_day() -> None:
    midnight = dt.datetime(2031, 5, 14, tzinfo=PARIS)
    assert same_midnight(midnight, midnight, PARIS, "2031-05-14T00:00:00.000+02:00")
    evening = midnight.replace(hour=19)
    assert not same_midnight(evening, evening, PARIS, "2031-05-14T19:00:00.000+02:00")
