"""review59: adversarial probes of the rules pages119, feeds77, feeds78, apis81 and left44 brought in; each mend's test
fails on the six heads merged without it (docs/review59-probes.md has every probe and what it read on main, on the
merged heads and after the mends)."""

from __future__ import annotations

import datetime as dt
import functools
import json
import zoneinfo
from typing import Any

import lxml.html
import pytest

from sources.adapters import _page_contents_links
from tests.sources.helpers import read_feed, read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")
COPENHAGEN = zoneinfo.ZoneInfo("Europe/Copenhagen")
ZURICH = zoneinfo.ZoneInfo("Europe/Zurich")
PARIS = zoneinfo.ZoneInfo("Europe/Paris")
JANUARY = dt.datetime(2031, 1, 10, 9)  # noqa: DTZ001 (the helpers set the zone)
MARCH = dt.datetime(2031, 3, 1, 9)  # noqa: DTZ001
read_uk = functools.partial(read_page, url="https://club.example/events", zone=LONDON, start=JANUARY)


def page(body: str, lang: str = "en", heading: str = "Events") -> str:
    declared = f" lang='{lang}'" if lang else ""
    return f"<html{declared}><head><title>{heading}</title></head><body><main><h1>{heading}</h1>{body}</main></body></html>"


def card(name: str, lines: list[str]) -> str:
    return '<div class="event-card"><h2>' + name + "</h2><p>" + "<br>\n".join(lines) + "</p></div>"


def cards(*bodies: str, lang: str = "en") -> str:
    return page('<div class="events">' + "".join(bodies) + "</div>", lang)


def shown(events: list[dict[str, Any]], zone: zoneinfo.ZoneInfo) -> list[tuple[str, str]]:
    def local(value: str) -> str:
        return (
            value if len(value) <= 10 else dt.datetime.fromisoformat(value).astimezone(zone).strftime("%Y-%m-%dT%H:%M")
        )

    return [(local(event["start"]), event["title"]) for event in events]


# 1. A page's table of contents (pages119, _page_contents_links): a permalink, or a link to an undated dialog, is no
#    link to a section that dates the event; the page's ids are gathered once.


def test_a_list_whose_items_link_to_themselves_is_read() -> None:
    items = (("ev-1", "Jazz Night", "12 May 2031"), ("ev-2", "Quiz Night", "19 May 2031"))
    body = (
        "<ul class='events'>"
        + "".join(f"<li id='{i}'><a href='#{i}'>{n} – {d}</a></li>" for i, n, d in items)
        + "</ul>"
    )
    assert shown(read_uk(page(body)), LONDON) == [("2031-05-12", "Jazz Night"), ("2031-05-19", "Quiz Night")]


def test_a_list_of_links_to_dialogs_that_date_nothing_is_read() -> None:
    items = (("e1", "Jazz Night", "12/05/2031"), ("e2", "Quiz Night", "19/05/2031"))
    links = "".join(f"<li><a href='#{i}' data-toggle='modal'>{n} – {d}</a></li>" for i, n, d in items)
    dialogs = "".join(
        f"<div id='{i}' class='modal' role='dialog'><h3>{n}</h3><p>All welcome.</p></div>" for i, n, _ in items
    )
    assert shown(read_uk(page(f"<ul class='events'>{links}</ul>{dialogs}")), LONDON) == [
        ("2031-05-12", "Jazz Night"),
        ("2031-05-19", "Quiz Night"),
    ]


def test_the_overview_is_still_skipped_for_the_sections_it_links_to() -> None:  # the rule's own shape
    body = (
        "<div class='overview'><h2>Coming up</h2><ul><li><a href='#jazz'>Jazz Night – 12 May 2031</a></li>"
        "<li><a href='#quiz'>Quiz Night – 19 May 2031</a></li></ul></div>"
        "<section id='jazz'><h2>Jazz Night</h2><p>Date: 12 May 2031</p><p>Venue: The Crown</p><p>Time: 7.30pm</p></section>"
        "<section id='quiz'><h2>Quiz Night</h2><p>Date: 19 May 2031</p><p>Venue: The Swan</p><p>Time: 8pm</p></section>"
    )
    assert shown(read_uk(page(body)), LONDON) == [
        ("2031-05-12T19:30", "Jazz Night"),
        ("2031-05-19T20:00", "Quiz Night"),
    ]


def test_a_pages_sections_are_dated_once_however_many_lists_link_to_them() -> None:
    lists = "".join(
        "<ul>" + "".join(f"<li><a href='#s{j}'>Talk {j}</a></li>" for j in range(5)) + "</ul>" for _ in range(30)
    )
    sections = "".join(f"<section id='s{j}'><h2>Talk {j}</h2><p>{j + 1} May 2031</p></section>" for j in range(5))
    document = lxml.html.fromstring(f"<div>{lists}{sections}</div>")
    asked: list[Any] = []

    def dated(element: Any) -> bool:
        asked.append(element)
        return "May" in element.text_content()

    for listed in document.iterfind(".//ul"):
        assert all(_page_contents_links._section_link(a, listed, dated) for a in listed.iterfind(".//a"))
    assert len(asked) == 5  # each section once, not once a link


# 2. A card's weekly run (pages119, _page_weekly_runs): a closing day, an entry remark, a name are no meeting day.


@pytest.mark.parametrize(
    ("lines", "lang", "zone"),
    [
        (["3 September – 17 December 2031", "Time: 10am", "Closed Mondays."], "en", LONDON),
        (["3 September – 17 December 2031", "Time: 10am", "Free entry every Sunday."], "en", LONDON),
        (["03.09.2031 – 17.12.2031", "Uhrzeit: 10 Uhr", "Montags geschlossen"], "de", BERLIN),
        (["Ajankohta: 03.09.2031-17.12.2031", "Avoinna klo 11", "Maanantaisin suljettu"], "fi", HELSINKI),
        (["3 – 14 September 2031", "Time: 11am", "Family day on Saturdays"], "en", LONDON),
    ],
)
def test_a_runs_closing_day_or_side_remark_makes_no_weekly_series(lines: list[str], lang: str, zone: Any) -> None:
    events = read_page(
        cards(card("Summer Exhibition", lines), lang=lang), url="https://museum.example/", zone=zone, start=JANUARY
    )
    assert len(events) == 1, events
    assert events[0]["rrule"] is None


def test_a_name_beginning_with_a_plural_weekday_is_no_weekly_series() -> None:
    body = cards(card("Fridays for Future: Klimacamp", ["03.09.2031 – 17.09.2031", "Beginn: 10 Uhr"]), lang="de")
    events = read_page(body, url="https://klima.example/", zone=BERLIN, start=JANUARY)
    assert [event["rrule"] for event in events] == [None]


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        ("Chess Club Wednesdays", ["3 September – 17 December 2031", "Time: 7pm"]),
        ("Chess Club", ["3 September – 17 December 2031", "Every Wednesday", "Time: 7pm"]),
    ],
)
def test_a_clubs_weekly_evenings_are_still_a_series(name: str, lines: list[str]) -> None:  # the rule's own shapes
    events = read_uk(cards(card(name, lines)))
    assert len(events) == 16
    assert {event["rrule"] for event in events} == {"FREQ=WEEKLY;BYDAY=WE;UNTIL=20311217"}


# 3. A time after the Nordic clock word (pages119, _page_clock_word_lines): not the doors', an end's, opening hours,
#    nor German "Kl." (a school year).


def nordic(lines: list[str], lang: str, zone: Any) -> list[tuple[str, str]]:
    body = cards(card("Konsert", ["Dato: 14.04.2031", *lines]), card("Quiz", ["Dato: 21.04.2031"]), lang=lang)
    return shown(read_page(body, url="https://forening.example/", zone=zone, start=MARCH), zone)[:1]


@pytest.mark.parametrize(
    ("lines", "lang", "zone", "start"),
    [
        (["Dørene åbner kl. 19.00", "Koncerten starter kl. 20.00"], "da", COPENHAGEN, "2031-04-14T20:00"),
        (["Tilaisuus päättyy klo 21.00"], "fi", HELSINKI, "2031-04-14"),
        (["Juhla jatkuu klo 23 asti"], "fi", HELSINKI, "2031-04-14"),
        (["Kahvila avoinna klo 17–19", "Konsertti alkaa klo 19"], "fi", HELSINKI, "2031-04-14T19:00"),
        (["Für Kl. 5-7 und ihre Eltern"], "de", BERLIN, "2031-04-14"),
    ],
)
def test_a_clock_words_doors_end_hours_or_school_year_is_no_start(
    lines: list[str], lang: str, zone: Any, start: str
) -> None:
    assert nordic(lines, lang, zone) == [(start, "Konsert")]


def test_a_nordic_concerts_clock_word_range_is_still_read() -> None:  # the rule's own shape
    assert nordic(["Konsert kl. 19.30–21.00"], "no", zoneinfo.ZoneInfo("Europe/Oslo")) == [
        ("2031-04-14T19:30", "Konsert")
    ]


# 4. A title's tail day (feeds77, _feed_tail_day): a report's past day is no next year's event, the day written with
#    its clock keeps the clock, a bracket glued to a word is the name's.


def agenda(*items: str, built: str = "Tue, 26 Aug 2031 12:54:39 GMT", channel: str = "Veranstaltungen") -> str:
    return (
        f"<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>{channel}</title>"
        f"<link>https://agenda.example.ch/</link><lastBuildDate>{built}</lastBuildDate>{''.join(items)}</channel></rss>"
    )


def entry(title: str, text: str, slug: str, published: str = "Tue, 26 Aug 2031 12:54:39 GMT", extra: str = "") -> str:
    return (
        f"<item><title>{title}</title><link>https://agenda.example.ch/event/{slug}</link>"
        f"<description><![CDATA[{text}]]></description><pubDate>{published}</pubDate>{extra}</item>"
    )


AUGUST = dt.datetime(2031, 8, 26, 14)  # noqa: DTZ001


def test_a_reports_tail_day_weeks_before_the_posting_is_no_event_next_year() -> None:
    posted = "Tue, 02 Sep 2031 10:00:00 GMT"
    feed = agenda(
        entry("Rückblick Sommerfest - am 29.08.", "Es war schön.", "a", posted),
        entry("Rückblick Grillabend - am 30.08.", "Danke allen.", "b", posted),
        built=posted,
        channel="Neuigkeiten",
    )
    assert read_feed(feed, zone=ZURICH, start=dt.datetime(2031, 9, 2, 12)) == []  # noqa: DTZ001


def test_the_tail_days_clock_written_in_the_description_is_kept() -> None:
    feed = agenda(entry("Lesung - am Sa 30.08.", "Samstag, 30.08.2031, 19:30 Uhr, Bibliothek.", "b"))
    assert shown(read_feed(feed, zone=ZURICH, start=AUGUST), ZURICH) == [("2031-08-30T19:30", "Lesung")]


def test_a_bracket_glued_to_a_word_is_the_names() -> None:
    feed = agenda(
        entry("[Un]conference Bern - am Fr 29.08.", "Ein offenes Format.", "a"),
        entry("[Re]Design Workshop - am Sa 30.08.", "Alles neu.", "b"),
    )
    assert [event["title"] for event in read_feed(feed, zone=ZURICH, start=AUGUST)] == [
        "[Un]conference Bern",
        "[Re]Design Workshop",
    ]


# 5. A teaser's closing place (feeds77, _feed_closing_place): a performer's or a speaker's credit is no venue.


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Konzert für Violine und Klavier - am Fr 29.08.", "Werke von Bach und Brahms. Anna Muster, Violine."),
        ("Piano Recital - am Sa 30.08.", "An evening of Chopin. John Smith, Piano."),
        ("[Bern] Vortrag: Klima - am Fr 29.08.", "Ein Abend über Klima. Mit Anna Muster, Bern."),
    ],
)
def test_a_performers_or_speakers_credit_is_no_venue(title: str, text: str) -> None:
    events = read_feed(agenda(entry(title, text, "a")), zone=ZURICH, start=AUGUST)
    assert [(event["venue_name"], event["city"]) for event in events] == [(None, None)]


def test_a_closing_sentences_venue_is_still_read() -> None:  # the rule's own shape
    feed = agenda(entry("[Bern] [Vortrag] Fluchtgrund Klima - am Fr 29.08.", "Vortrag. Polit-Forum Bern, Bern.", "a"))
    events = read_feed(feed, zone=ZURICH, start=AUGUST)
    assert [(event["venue_name"], event["city"]) for event in events] == [("Polit-Forum Bern", "Bern")]


# 6. A kicker's town (feeds77, _feed_kicker_town): a kind or a price the link carries as the title's words is no town.


def kicker(line: str, name: str, link: str) -> str:
    body = f"<table><tr><td><div>{line}</div><h3>{name}</h3><div>Une soirée.</div></td></tr></table>"
    return (
        f"<item><title>{name}</title><link>{link}</link><pubDate>Tue, 30 Sep 2031 07:15:00 +0000</pubDate>"
        f"<description>Une soirée.</description><content:encoded><![CDATA[{body}]]></content:encoded></item>"
    )


def newsletter(*items: str) -> str:
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/"
        "content/'><channel><title>du 6 au 12 octobre 2031</title><link>https://agenda.example.fr/</link>"
        f"{''.join(items)}</channel></rss>"
    )


def test_a_kickers_kind_or_price_that_is_the_titles_word_is_no_town() -> None:
    feed = newsletter(
        kicker("10 OCTOBRE · CONCERT", "Concert de jazz", "https://agenda.example.fr/agenda/concert-de-jazz-fr-1/"),
        kicker("11 OCTOBRE · GRATUIT", "Marché gratuit", "https://agenda.example.fr/agenda/marche-gratuit-fr-2/"),
    )
    events = read_feed(feed, zone=PARIS, start=dt.datetime(2031, 9, 30, 9))  # noqa: DTZ001
    assert [(event["title"], event["city"]) for event in events] == [
        ("Concert de jazz", None),
        ("Marché gratuit", None),
    ]


def test_a_kickers_town_after_the_titles_slug_is_still_read() -> None:  # the rule's own shape
    link = "https://agenda.example.fr/agenda/salon-des-vins-beaune-fr-1/"
    events = read_feed(newsletter(kicker("10 OCTOBRE · BEAUNE", "Salon des vins", link)), zone=PARIS, start=JANUARY)
    assert [event["city"] for event in events] == ["Beaune"]


# 7. An abbreviation's dot (left44, _page_abbreviations): a street's "St."/"Dr." and a hall's letter end a sentence.


@pytest.mark.parametrize(
    ("line", "title", "venue"),
    [
        ("19:30 Quiz Night at The Crown, 5 High St. Free entry, all welcome.", "Quiz Night", "The Crown, 5 High St"),
        (
            "10:00 Plant sale at the Community Hall, 12 Oak Dr. Parking on site.",
            "Plant sale",
            "the Community Hall, 12 Oak Dr",
        ),
        ("19:30 Quiz Night at Hall B. Free entry.", "Quiz Night", "Hall B"),
        ("19:00 Evensong at St. Mary's Hall. All welcome.", "Evensong", "St. Mary's Hall"),  # left44's own shape
    ],
)
def test_a_streets_or_halls_dot_ends_the_sentence(line: str, title: str, venue: str) -> None:
    body = page(
        "<div class='events'>"
        f"<div class='event'><h3>Sat 8 March 2031</h3><p>{line}</p></div>"
        f"<div class='event'><h3>Sat 15 March 2031</h3><p>{line}</p></div></div>"
    )
    assert {(event["title"], event["venue_name"]) for event in read_uk(body)} == {(title, venue)}


# 8. An organiser's address as the event's (left44, _json_organiser_parts): not a webinar's.


def webinars(**flag: Any) -> str:
    records = [
        {
            "title": title,
            "start": start,
            **flag,
            "organizer": {"name": "Arts Centre", "address": "1 Castle Street, York"},  # a place to go (mend59c)
        }
        for title, start in (("Grant Writing", "2031-05-03T10:00:00"), ("Budgeting basics", "2031-05-10T10:00:00"))
    ]
    return json.dumps({"events": records})


@pytest.mark.parametrize("flag", [{"online": True}, {"join_url": "https://meet.example/abc"}])
def test_a_webinars_organiser_address_is_not_its_place(flag: dict[str, Any]) -> None:
    events = read_feed(webinars(**flag), zone=LONDON, start=JANUARY)
    assert [event["address"] for event in events] == [None, None]


def test_a_club_nights_organiser_address_is_still_its_place() -> None:  # left44's own shape
    events = read_feed(webinars(online=False), zone=LONDON, start=JANUARY)
    assert [event["address"] for event in events] == ["1 Castle Street, York", "1 Castle Street, York"]


# 9. A numeric run of days in a date field (feeds78, _json_day_runs): when both orders read, the shorter run.


def catalogue(rows: list[tuple[str, str]]) -> str:
    body = "".join(
        f"<event><title>{title}</title><location>Village Hall</location><date>{day}</date><time>TBD</time></event>"
        for title, day in rows
    )
    return f"<?xml version='1.0' encoding='UTF-8'?><catalogue>{body}</catalogue>"


def test_a_day_first_weekend_is_not_read_as_a_month() -> None:
    rows = [("Village Show", "05/06-06/06/31"), ("Beer Festival", "12/07-13/07/31"), ("Fete", "03/08-04/08/31")]
    events = read_feed(catalogue(rows), zone=LONDON, start=JANUARY)
    assert [(event["start"], event["end"]) for event in events] == [
        ("2031-06-05", "2031-06-06"),
        ("2031-07-12", "2031-07-13"),
        ("2031-08-03", "2031-08-04"),
    ]


def test_a_month_first_weekend_is_still_read_month_first() -> None:  # feeds78's own shape
    rows = [("Chess Open", "1/18-1/19/31"), ("Rapid", "3/01-3/02/31"), ("Blitz", "4/4/31-4/5/31")]
    events = read_feed(catalogue(rows), zone=zoneinfo.ZoneInfo("America/Chicago"), start=JANUARY)
    assert [(event["start"], event["end"]) for event in events] == [
        ("2031-01-18", "2031-01-19"),
        ("2031-03-01", "2031-03-02"),
        ("2031-04-04", "2031-04-05"),
    ]


# 10. The Nordic, Finnish, Czech and Polish "time" labels (pages119, _page_time_lines): a few hours is a duration.


@pytest.mark.parametrize(
    ("lines", "lang", "zone"),
    [
        (["Datum: 14 maj 2031", "Plats: Naturum", "Tid: 2 h"], "sv", zoneinfo.ZoneInfo("Europe/Stockholm")),
        (["Ajankohta: 14.05.2031", "Paikka: Luontokeskus", "Aika: 2 h"], "fi", HELSINKI),
    ],
)
def test_a_time_label_before_a_few_hours_is_a_duration(lines: list[str], lang: str, zone: Any) -> None:
    body = cards(
        card("Fågelskådning", lines), card("Vandring", [lines[0].replace("14", "21"), "Tid: 19:00"]), lang=lang
    )
    events = read_page(body, url="https://natur.example/", zone=zone, start=JANUARY)
    assert [event["start"] for event in events][:1] == ["2031-05-14"]


def test_a_nordic_time_label_before_a_clock_is_still_read() -> None:  # pages119's own shape
    body = cards(card("Konsert", ["Datum: 14 maj 2031", "Plats: Kyrkan", "Tid: 19:00"]), lang="sv")
    events = read_page(body, url="https://kyrka.example/", zone=zoneinfo.ZoneInfo("Europe/Stockholm"), start=JANUARY)
    assert shown(events, zoneinfo.ZoneInfo("Europe/Stockholm")) == [("2031-05-14T19:00", "Konsert")]
