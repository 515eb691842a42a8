"""Feeds helper 77 (issue #13): the seventy-seventh held-out batch, feeds (bench/corpus/feeds/manifest-heldout77.json),
non-English event feeds, on small documents of our own.

Batch 77's misses, each mended by a shape other documents share:

- a German-language agenda feed titles its items "[Bern] [Vortrag] NAME - am Do 27.08." or "… - 02.-03.09.": the
  event's day written last after a dash, year-less; its exhibitions "… - bis 17.01.2027", a closing day that gives no
  day they are on; the bracketed labels are tags, not the name (``_feed_tail_day``); the teaser's last sentence is
  the venue and its town, "… Flucht. Polit-Forum Bern, Bern." (``_feed_closing_place``);
- a French tourist office's newsletter cards write the town after the day in a kicker line, "10–11 OCTOBRE ·
  BEAUNE", the town also in the item's link (``_feed_kicker_town``);
- and, as the hard negative, a German news feed whose teasers name days ("am Sonntag", "im Juni"): no events.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._feed_closing_place import closing_place
from sources.adapters._feed_kicker_town import kicker_town
from sources.adapters._feed_tail_day import closing_tail, tail_when, without_tags, without_tail_day
from tests.sources.helpers import one_event, read_feed

ZURICH = zoneinfo.ZoneInfo("Europe/Zurich")
PARIS = zoneinfo.ZoneInfo("Europe/Paris")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
read_ch = functools.partial(read_feed, zone=ZURICH, start=dt.datetime(2031, 8, 26, 14, 0, tzinfo=ZURICH))
read_fr = functools.partial(read_feed, zone=PARIS, start=dt.datetime(2031, 9, 30, 9, 0, tzinfo=PARIS))
read_de = functools.partial(read_feed, zone=BERLIN, start=dt.datetime(2031, 7, 15, 7, 0, tzinfo=BERLIN))
BUILT = "Tue, 26 Aug 2031 12:54:39 GMT"
REFERENCE = dt.datetime(2031, 8, 26, tzinfo=ZURICH)


def agenda(*items: str, channel: str = "Veranstaltungen") -> str:
    return (
        f"<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>{channel}</title>"
        f"<link>https://agenda.example.ch/</link><lastBuildDate>{BUILT}</lastBuildDate>{''.join(items)}"
        "</channel></rss>"
    )


def item(title: str, description: str = "Vortrag zum Thema Klima. Polit-Forum Bern, Bern.", slug: str = "a") -> str:
    return (
        f"<item><title>{title}</title><link>https://agenda.example.ch/event/{slug}</link>"
        f"<description><![CDATA[{description}]]></description><pubDate>{BUILT}</pubDate></item>"
    )


# --- a title's day written last after a dash (_feed_tail_day) -------------------------------------------------------
def test_a_weekday_led_day_after_a_dash_dates_the_item_and_leaves_the_title() -> None:
    event = one_event(read_ch(agenda(item("[Bern] [Vortrag] Fluchtgrund Klima: Was wir lernen - am Do 28.08."))))
    assert (event["start"], event["title"]) == ("2031-08-28", "Fluchtgrund Klima: Was wir lernen")


def test_a_run_of_two_year_less_days_after_a_dash_is_one_event_over_both() -> None:
    event = one_event(read_ch(agenda(item("[Bern] [Fuehrung] Führungen hinter die Kulissen - 03.-04.09."))))
    assert (event["start"], event["end"], event["title"]) == (
        "2031-09-03",
        "2031-09-04",
        "Führungen hinter die Kulissen",
    )


def test_the_tail_day_is_the_first_such_day_from_the_publication() -> None:
    when = tail_when("Konzert - am 30.08.", ZURICH, REFERENCE)
    assert when is not None
    assert when.start == dt.date(2031, 8, 30)
    later = tail_when("Neujahrskonzert - 30.12.-02.01.", ZURICH, REFERENCE)  # December before a January end
    assert later is not None
    assert (later.start, later.end) == (dt.date(2031, 12, 30), dt.date(2032, 1, 2))


def test_a_weekday_that_is_not_the_days_own_gives_no_date() -> None:  # hard negative
    assert tail_when("Konzert - am Fr 28.08.", ZURICH, REFERENCE) is None  # 28 August 2031 is a Thursday


def test_a_bare_day_words_after_it_or_no_dash_are_no_tail_day() -> None:  # hard negatives
    for title in ("Ergebnis - 3.2.", "Konzert - am Do 28.08. im Park", "Konzert am Do 28.08.", "Konzert - bis 28.08."):
        assert tail_when(title, ZURICH, REFERENCE) is None, title
    assert read_ch(agenda(item("[Bern] Pétanque-Spielabend im Museumsgarten"), item("Ergebnis - 3.2.", slug="b"))) == []


def test_the_tail_is_cut_only_when_it_is_the_events_own_day() -> None:
    assert without_tail_day("Fluchtgrund Klima - am Do 28.08.", dt.date(2031, 8, 28)) == "Fluchtgrund Klima"
    assert without_tail_day("Fluchtgrund Klima - am Do 28.08.", dt.date(2031, 8, 29)) is None


# --- an exhibition's closing day is no day it is on (_feed_tail_day.closing_tail) ----------------------------------
def test_an_exhibitions_closing_day_written_last_does_not_date_it() -> None:
    titles = (
        "[Bern] [Ausstellung] Franz Gertsch: Blow-Up - bis 17.01.2032",
        "[Thun] [Ausstellung] Keller - bis 29.11.",
    )
    assert read_ch(agenda(*(item(title, slug=str(index)) for index, title in enumerate(titles)))) == []


def test_a_closing_bis_needs_the_dash_and_the_end_of_the_text() -> None:  # hard negatives: runs, words after
    for text, closing in (
        ("Ausstellung - bis 17.01.2032", True),
        ("Ausstellung - bis 17.01.2032 verlängert", False),
        ("Tage 24. bis 17.01.2032", False),
        ("Ausstellung: bis 17.01.2032", False),
    ):
        start = text.index("17.01.2032")
        assert closing_tail(text, start, start + len("17.01.2032")) is closing, text


def test_a_run_with_a_year_is_still_read_as_before() -> None:  # the rule leaves the dotted reader's runs alone
    event = one_event(read_ch(agenda(item("Sommerkurs 01.09. - 05.09.2031"))))
    assert (event["start"], event["end"]) == ("2031-09-01", "2031-09-05")


# --- the bracketed tags a title opens with (_feed_tail_day.without_tags) -------------------------------------------
def test_bracketed_labels_opening_a_title_are_its_tags() -> None:
    assert without_tags("[Bern] [Vortrag] Fluchtgrund Klima") == "Fluchtgrund Klima"
    assert without_tags("[Cheseaux-Noréaz VD] [Ausstellung] Wer lebt da?") == "Wer lebt da?"


def test_a_status_label_a_digit_or_a_lone_label_stays() -> None:  # hard negatives
    for title in ("[Abgesagt] Konzert", "[Cancelled] Fair", "[2031] Jahresprogramm", "[Bern]", "Konzert [Bern]"):
        assert without_tags(title) is None, title


# --- a teaser's last sentence is the venue and its town (_feed_closing_place) ---------------------------------------
def test_the_closing_sentence_gives_the_venue_and_the_town() -> None:
    event = one_event(
        read_ch(
            agenda(
                item("[Bern] [Familie] Spielnachmittag - am Sa 30.08.", "Spiele für Kinder. Schulmuseum Bern, Bern.")
            )
        )
    )
    assert (event["venue_name"], event["city"]) == ("Schulmuseum Bern", "Bern")


def test_a_sign_off_a_lower_case_clause_or_one_sentence_is_no_place() -> None:  # hard negatives
    assert closing_place("Wir feiern. Bis bald. Liebe Grüße, Anna.", "Sommerfest") is None
    assert closing_place("Konzert im Hof. Eintritt frei, Kollekte erbeten.", "Hofkonzert") is None
    assert closing_place("Werke von Cécile Wick im Museum Franz Gertsch, Burgdorf.", "[Burgdorf] Wick") is None
    assert closing_place("Konzert im Hof. Kirchplatz 3, Bern.", "[Bern] Konzert") is None


# --- a kicker line's town (_feed_kicker_town) ------------------------------------------------------------------------
def card(kicker: str, name: str, link: str) -> str:
    body = (
        "<table><tr><td><img src='https://img.example.fr/a.jpg'></td><td>"
        f"<div style='text-transform:uppercase'>{kicker}</div><h3>{name}</h3><div>Une soirée.</div></td></tr></table>"
    )
    return (
        f"<item><title>{name}</title><link>{link}</link><pubDate>Tue, 30 Sep 2031 07:15:00 +0000</pubDate>"
        f"<description>Une soirée.</description><content:encoded><![CDATA[{body}]]></content:encoded></item>"
    )


def weekly(*items: str) -> str:
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0' "
        "xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel><title>du 6 au 12 octobre 2031</title>"
        f"<link>https://agenda.example.fr/</link>{''.join(items)}</channel></rss>"
    )


def test_the_town_after_the_events_day_in_a_kicker_is_its_city() -> None:
    link = "https://agenda.example.fr/agenda/salon-des-vins-nuits-saint-georges-fr-123/"
    event = one_event(read_fr(weekly(card("10–11 OCTOBRE · NUITS-SAINT-GEORGES", "Salon des vins", link))))
    assert (event["start"], event["end"], event["city"]) == ("2031-10-10", "2031-10-11", "Nuits-Saint-Georges")


def test_a_kicker_word_the_link_lacks_or_another_day_is_no_town() -> None:  # hard negatives
    html = "<div>10 OCTOBRE · CONCERT</div><div>9 OCTOBRE · BEAUNE</div><div>10 OCTOBRE · 20H30</div>"
    links = ["https://agenda.example.fr/agenda/soiree-jazz-beaune-fr-1/"]
    reference = dt.datetime(2031, 9, 30, tzinfo=PARIS)
    assert kicker_town(html, links, dt.date(2031, 10, 10), PARIS, reference) is None
    assert kicker_town("<div>10 OCTOBRE · BEAUNE</div>", links, dt.date(2031, 10, 10), PARIS, reference) == "Beaune"


# --- the hard negative: a news feed's teasers name days ----------------------------------------------------------------
def test_a_news_feeds_days_in_its_teasers_are_no_events() -> None:
    news = (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Zeit</title>"
        "<description>Newsfeed der Zeit Online</description><link>https://news.example.de/</link>"
        "<item><title>[Wirtschaft] Sonntagsöffnungen: Mehr Sonntagsöffnung? Dann aber bitte richtig</title>"
        "<link>https://news.example.de/a</link><description>Der Verband fordert mehr offene Läden am Sonntag.</description>"
        "<pubDate>Tue, 15 Jul 2031 15:38:12 GMT</pubDate></item>"
        "<item><title>[Wirtschaft] Inflation sinkt - bis 3,5 Prozent</title><link>https://news.example.de/b</link>"
        "<description>Die Verbraucherpreise stiegen im Juni nur um 3,5 Prozent.</description>"
        "<pubDate>Tue, 15 Jul 2031 13:21:42 GMT</pubDate></item></channel></rss>"
    )
    assert read_de(news) == []
