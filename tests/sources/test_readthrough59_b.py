"""Mend helper 59b (issue #13): read-through 59's findings on feeds77's rules (#3, #4, #8, #9, #10), each on the
reviewer's own probe inputs (/tmp/rt59 p6, p7c, p14, p15):

- #3 a title's year-less tail day ("… - am Sa 30.08.") is the fallback: the description's full date and clock, or
  its postponed day, wins (``_feed_dotted.dotted_text_when``);
- #4 a look-back post's tail day is no event ("Rückblick: …", "Nachlese …": ``_feed_tail_day.LOOK_BACK``);
- #8 a kind, a public or a price the link files the event under is no kicker town (``_feed_kicker_town``);
- #9 a closing sentence opened by a label, or begun before a title's dot ("Referent: Dr. Hans Muster, Bern."), is
  no venue; "St. Gallen" is a town (``_feed_closing_place``);
- #10 "[Online]" and "[Members only]" stay in the title, and "[Online]" makes the event online (``_feed_tail_day``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._feed_closing_place import closing_place
from sources.adapters._feed_tail_day import without_tags
from tests.sources.helpers import one_event, read_feed

ZURICH = zoneinfo.ZoneInfo("Europe/Zurich")
LONDON = zoneinfo.ZoneInfo("Europe/London")
BUILT = "Tue, 26 Aug 2031 12:54:39 GMT"
read_ch = functools.partial(read_feed, zone=ZURICH, start=dt.datetime(2031, 8, 26, 14, tzinfo=ZURICH))


def agenda(*items: str, built: str = BUILT) -> str:
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Veranstaltungen</title>"
        f"<link>https://agenda.example.ch/</link><lastBuildDate>{built}</lastBuildDate>{''.join(items)}</channel></rss>"
    )


def item(title: str, description: str = "", slug: str = "a", pub: str = BUILT) -> str:
    return (
        f"<item><title>{title}</title><link>https://agenda.example.ch/event/{slug}</link>"
        f"<description><![CDATA[{description}]]></description><pubDate>{pub}</pubDate></item>"
    )


# --- #3: the tail day is the fallback ----------------------------------------------------------------------------------
def test_the_descriptions_full_date_and_clock_win_over_the_tail_day() -> None:
    event = one_event(
        read_ch(agenda(item("Sommerkonzert - am Sa 30.08.", "Samstag, 30.08.2031, 19:30 Uhr im Stadtpark.")))
    )
    assert (event["start"], event["title"]) == ("2031-08-30T19:30:00+02:00", "Sommerkonzert")


def test_a_postponed_day_in_the_description_wins_over_the_tail_day() -> None:
    text = "Das Konzert wird verschoben auf Samstag, 06.09.2031, 20:00 Uhr."
    event = one_event(read_ch(agenda(item("Konzert - am Sa 30.08.", text))))
    assert event["start"] == "2031-09-06T20:00:00+02:00"


def test_the_tail_day_alone_still_dates_the_item() -> None:  # the original rule, kept
    event = one_event(read_ch(agenda(item("[Bern] [Vortrag] Fluchtgrund Klima - am Do 28.08.", "Ein Vortrag."))))
    assert (event["start"], event["title"]) == ("2031-08-28", "Fluchtgrund Klima")


# --- #4: a look-back post is no event ------------------------------------------------------------------------------------
def test_a_look_back_post_a_few_days_after_its_day_is_no_event() -> None:
    posted = "Wed, 03 Sep 2031 08:00:00 GMT"
    document = agenda(
        item("Rückblick: Sommerfest - am 29.08.", "So war unser Sommerfest. Fotos und Bericht.", pub=posted),
        built=posted,
    )
    assert read_feed(document, zone=ZURICH, start=dt.datetime(2031, 9, 3, 9, tzinfo=ZURICH)) == []


def test_a_look_back_word_keeps_a_long_past_tail_day_from_next_year() -> None:
    # Without the look-back words, 12.04. posted on 26 August would be read as 12 April 2032.
    for title in (
        "Rückblick: Frühlingsfest - am 12.04.",
        "Nachlese Frühlingsfest - am 12.04.",
        "Recap: Fest - am 12.04.",
    ):
        assert read_ch(agenda(item(title, "So war es. Fotos."))) == [], title


def test_a_tail_day_months_back_is_still_next_years_without_a_look_back_word() -> None:  # hard negative
    event = one_event(read_ch(agenda(item("Frühlingsfest - am 12.04.", "Ein Fest."))))
    assert event["start"] == "2032-04-12"


# --- #8: a kind in the link is no kicker town ----------------------------------------------------------------------------
def rss(*items: str) -> str:
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'>"
        "<channel><title>What's on</title><link>https://arts.example.org/</link><description>x</description>"
        f"{''.join(items)}</channel></rss>"
    )


def it(title: str, link: str, html: str) -> str:
    return (
        f"<item><title>{title}</title><link>{link}</link><content:encoded><![CDATA[{html}]]></content:encoded>"
        "<pubDate>Mon, 06 Oct 2031 09:00:00 GMT</pubDate></item>"
    )


def test_a_kind_or_a_public_the_link_files_the_event_under_is_no_town() -> None:
    site = "https://arts.example.org"
    document = rss(
        it(
            "Jazz at the Lake",
            f"{site}/whats-on/music/jazz-at-the-lake/",
            "<p><img src='a.jpg'/></p><p>Wednesday 8 October 2031 · Music</p><h2>Jazz at the Lake</h2>"
            "<p>An evening of jazz at 7.30pm.</p>",
        ),
        it(
            "Pottery workshop",
            f"{site}/whats-on/workshop/pottery-for-beginners/",
            "<p>Thursday 9 October 2031 · Workshop</p><h2>Pottery</h2><p>Learn to throw, 10am.</p>",
        ),
        it(
            "Free family day",
            f"{site}/events/free-family-day-2031/",
            "<p>Saturday 11 October 2031 | Free</p><h2>Family day</h2><p>Come along, 10am.</p>",
        ),
        it(
            "Half term film club",
            f"{site}/events/kids-film-club/",
            "<p>13 October 2031 • Kids</p><p>Films for kids at 2pm.</p>",
        ),
    )
    events = read_feed(document, zone=LONDON, start=dt.datetime(2031, 10, 1, 9, tzinfo=LONDON))
    assert len(events) == 4
    assert [event.get("city") for event in events] == [None, None, None, None]


def test_a_town_after_the_events_name_in_the_link_is_still_read() -> None:  # the original rule, kept
    link = "https://arts.example.org/events/jazz-at-the-lake-keswick/"
    html = "<p>Wednesday 8 October 2031 · Keswick</p><h2>Jazz at the Lake</h2><p>An evening of jazz.</p>"
    event = one_event(
        read_feed(
            rss(it("Jazz at the Lake", link, html)), zone=LONDON, start=dt.datetime(2031, 10, 1, 9, tzinfo=LONDON)
        )
    )
    assert event["city"] == "Keswick"


# --- #9: a label or a person is no closing venue; "St." belongs to a town -----------------------------------------------
def test_a_speaker_after_a_title_or_a_label_is_no_venue() -> None:
    document = agenda(
        item(
            "[Bern] [Vortrag] Bienen im Garten - am Sa 30.08.",
            "Vortrag über Wildbienen. Referent: Dr. Hans Muster, Bern.",
        ),
        item(
            "[Bern] [Vortrag] Stadtgeschichte - am So 31.08.",
            "Ein Rundgang durch die Altstadt. Leitung: Prof. Anna Berg, Bern.",
            slug="b",
        ),
    )
    assert [event.get("venue_name") for event in read_ch(document)] == [None, None]
    assert closing_place("Lesung und Gespräch. Veranstalter Kulturverein Thun, Thun.", "[Thun] Lesung") is None
    assert closing_place("Familienanlass. Anmeldung Sekretariat Schule Muri, Muri.", "[Muri] Familienanlass") is None
    assert closing_place("Konzert. Dr. Franz Meier, Bern.", "[Bern] Konzert") is None


def test_a_saints_town_closes_the_description() -> None:
    text = "Führung durch die Ausstellung. Kunstmuseum St. Gallen, St. Gallen."
    assert closing_place(text, "[St. Gallen] Führung") == ("Kunstmuseum St. Gallen", "St. Gallen")
    # kept: the original rule
    assert closing_place("Vortrag. Polit-Forum Bern, Bern.", "[Bern] Vortrag") == ("Polit-Forum Bern", "Bern")


# --- #10: a label that is the event's own stays ----------------------------------------------------------------------
def test_an_online_label_stays_and_makes_the_event_online() -> None:
    event = one_event(read_ch(agenda(item("[Online] Python Workshop", "Am 30.08.2031, 18:00 Uhr. Zugang per Zoom."))))
    assert (event["title"], event["online"]) == ("[Online] Python Workshop", True)


def test_a_members_only_label_and_a_glued_bracket_stay_in_the_title() -> None:
    assert without_tags("[Members only] Wine tasting") is None
    assert without_tags("[Re]Imagine Festival") is None
    assert without_tags("[Bern] [Online] Vortrag") == "[Online] Vortrag"
    assert without_tags("[Bern] [Vortrag] Fluchtgrund Klima") == "Fluchtgrund Klima"  # the original rule, kept
    event = one_event(read_ch(agenda(item("[Members only] Wine tasting", "On 30.08.2031 at 18:00."))))
    assert (event["title"], event["online"]) == ("[Members only] Wine tasting", False)
