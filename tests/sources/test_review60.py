"""review60: adversarial probes of the rules that landed on main unreviewed (pages120, feeds79, apis81, feeds78) and
of the batch heads merged in phase 2; each mend's test fails without it (docs/review60-probes.md has every probe and
what it read with the rule switched off, with it on, and after the mends)."""

from __future__ import annotations

import datetime as dt
import functools
import json
import zoneinfo
from typing import Any

from sources.adapters._feed_directions_place import directions_place
from sources.adapters._feed_end_line import end_line
from sources.adapters._feed_when import When
from sources.adapters._page_priced_places import place_before_price
from sources.adapters._page_table_header_rows import column_roles
from sources.extraction import ExtractionError
from tests.sources.helpers import one_event, read_feed, read_page, wall_time

LONDON = zoneinfo.ZoneInfo("Europe/London")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
WARSAW = zoneinfo.ZoneInfo("Europe/Warsaw")
read_berlin = functools.partial(read_feed, zone=BERLIN, start=dt.datetime(2031, 5, 20, 12, 0))  # noqa: DTZ001
read_uk_feed = functools.partial(read_feed, zone=LONDON, start=dt.datetime(2031, 1, 10, 9))  # noqa: DTZ001
read_uk = functools.partial(
    read_page,
    url="https://club.example/whats-on",
    zone=LONDON,
    start=dt.datetime(2031, 1, 10, 9),  # noqa: DTZ001
)


def page(body: str, heading: str = "Events") -> str:
    return f"<html lang='en'><head><title>{heading}</title></head><body><main><h1>{heading}</h1>{body}</main></body></html>"


def table(header: list[str], rows: list[list[str]], heading: str) -> str:
    cells = "".join(f"<th>{text}</th>" for text in header)
    body = "".join("<tr>" + "".join(f"<td>{text}</td>" for text in row) + "</tr>" for row in rows)
    return page(
        f"<section><h2>{heading}</h2><table><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table></section>"
    )


def coming(*rows: tuple[str, str, str]) -> str:
    cards = "".join(
        f'<div class="event-card"><div class="date">{day}</div><h3 class="title">{name}</h3><p class="note">{note}</p>'
        "</div>"
        for day, name, note in rows
    )
    return page(f'<div class="events">{cards}</div>', heading="What's On")


def venues(events: list[dict[str, Any]]) -> dict[str, str | None]:
    return {event["title"]: event["venue_name"] for event in events}


def atom(body: str, *, published: str, title: str, lang: str = "de") -> str:
    site = "https://krawl.example.org/events"
    return (
        f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom' xml:lang='{lang}'>"
        f"<link href='{site}/feed.xml' rel='self'/><updated>2031-05-20T07:10:05+02:00</updated>"
        f"<id>{site}/feed.xml</id><title>Events</title><entry><title>{title}</title>"
        f"<link href='{site}/konzert/' rel='alternate'/><published>{published}</published>"
        f"<updated>{published}</updated><id>{site}/konzert</id><content type='html'><![CDATA[{body}]]></content>"
        "</entry></feed>"
    )


# 1. pages120 `_page_priced_places`: a place's noun followed by what is done there is no place.


def test_what_is_done_at_a_place_before_the_price_is_no_venue() -> None:
    events = read_uk(
        coming(
            ("Sat 12 April 2031", "Curator's tour: Turner", "Gallery Talk · Free with admission"),
            ("Sat 19 April 2031", "Fun Run", "Park Run · £5 entry"),
            ("Sat 26 April 2031", "Barn Dance", "Memorial Hall | £5 entry"),
        )
    )
    assert venues(events) == {"Curator's tour: Turner": None, "Fun Run": None, "Barn Dance": "Memorial Hall"}


def test_a_place_named_with_joining_words_is_still_read() -> None:
    assert place_before_price(["Museum Trail · Free with admission"]) is None
    assert place_before_price(["Pub Crawl | £10 entry"]) is None
    assert place_before_price(["Hall of the Guild · £5 entry"]) == "Hall of the Guild"
    assert place_before_price(["The Doors Nightclub · R50 entrance"]) == "The Doors Nightclub"


# 2. pages120 `_page_opponent_column` ("Opposition"): a debate's opposition is one of two sides, not the title.


def test_a_debates_opposition_column_does_not_title_the_debates() -> None:
    rows = [
        ["Tue 7 October 2031", "This House would ban zoos", "Durham", "York"],
        ["Tue 14 October 2031", "This House supports a four-day week", "Leeds", "Hull"],
    ]
    events = read_uk(table(["Date", "Motion", "Proposition", "Opposition"], rows, "Debating league 2031"))
    titles = [event["title"] for event in events]
    assert len(titles) == 2
    assert "This House would ban zoos" in titles[0]
    assert "four-day week" in titles[1]  # not "York", "Hull"
    assert column_roles(["Date", "Opposition", "Ground"])[1] == "title"  # a fixture list's still
    assert "title" not in {column_roles(["Date", "Government", "Opposition"]).get(2)}


# 3. feeds79 `_feed_end_line`: a day and month written with dots is no end's clock.


START = dt.datetime(2031, 10, 18, 18, 0, tzinfo=BERLIN)
EVENING = When(START, None, False, "Europe/Berlin")


def test_a_dotted_day_and_month_after_the_end_word_is_no_clock() -> None:
    body = "<p>Wochenendseminar für Einsteiger.</p><p>Beginn: 18.10., 18:00 Uhr</p><p>Ende: 20.10.</p>"
    event = one_event(read_berlin(atom(body, published="2031-10-18T18:00:00+02:00", title="Yoga-Wochenende")))
    assert (wall_time(event["start"]), event["end"]) == ("2031-10-18T18:00:00", None)
    night = When(dt.datetime(2031, 5, 1, 0, 30, tzinfo=WARSAW), None, False, "Europe/Warsaw")
    assert end_line(night, "<p>Koniec: 1.05.</p>").end is None


def test_a_dotted_clock_still_ends_the_evening() -> None:
    assert end_line(EVENING, "<p>Ende: 23.30.</p>").end == START.replace(hour=23, minute=30)
    assert end_line(EVENING, "<p>Ende: 22.00 Uhr</p>").end == START.replace(hour=22)
    assert end_line(EVENING, "<p>Ende: 20.10 Uhr</p>").end == START.replace(hour=20, minute=10)


# 4. feeds79 `_feed_directions_place`: a way, a notice or a tip under the heading is no place; nor an online item's.


def test_a_way_written_in_lines_is_no_place() -> None:
    body = "<h3>Directions</h3><p>From I-75 take exit 12<br>Turn left on Main St<br>Plano, TX 75074</p>"
    assert directions_place(body) is None


def test_a_notice_or_a_tip_over_a_number_is_no_place() -> None:
    assert directions_place("<h3>Anfahrt</h3><p>Bitte beachten<br>2031 Baustelle am Bahnhof</p>") is None
    assert directions_place("<h3>Anreise</h3><p>Hotelempfehlung<br>Hotel zur Post<br>79098 Freiburg</p>") is None
    event = one_event(
        read_berlin(
            atom(
                "<p>Konzert.</p><h3>Anfahrt</h3><p>Bitte beachten<br>2031 Baustelle am Bahnhof</p>",
                published="2031-06-01T20:00:00+02:00",
                title="Konzert",
            )
        )
    )
    assert event["venue_name"] is None


def test_an_online_items_office_footer_is_no_place() -> None:
    body = (
        "<p>Online-Seminar via Zoom. Den Link erhalten Sie nach der Anmeldung.</p><h3>So finden Sie uns</h3>"
        "<p>Geschäftsstelle<br>Hauptstraße 5<br>79098 Freiburg</p>"
    )
    event = one_event(read_berlin(atom(body, published="2031-06-01T20:00:00+02:00", title="Online-Seminar: Steuern")))
    assert (event["venue_name"], event["address"]) == (None, None)


def test_a_venue_with_its_street_or_a_halls_name_is_still_the_place() -> None:
    assert directions_place(
        "<h3>So findest du uns</h3><p>Jugendzentrum Mühle<br>Mühlenweg 3<br>D-79100 Freiburg</p>"
    ) == ("Jugendzentrum Mühle, Mühlenweg 3, D-79100 Freiburg")
    assert directions_place("<h3>Anfahrt</h3><p>Stadthalle<br>79098 Freiburg</p>") == "Stadthalle, 79098 Freiburg"
    assert directions_place("<h3>Directions</h3><p>Town Hall<br>Plano, TX 75074</p>") == "Town Hall, Plano, TX 75074"


# 5. feeds79 `EVENT_SEGMENTS` ("termine"): German "Termine" are deadlines too; a deadline's word first is none.


def hugo(section: str, items: list[tuple[str, str]], site: str) -> str:
    rows = "".join(
        f"<item><title>{title}</title><link>{site}/{section}/{index}/</link><pubDate>{published}</pubDate>"
        f"<guid>{site}/{section}/{index}/</guid><description>&lt;p&gt;{title}&lt;/p&gt;</description></item>"
        for index, (title, published) in enumerate(items)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>{section.title()} on Site</title><link>{site}/{section}/</link>"
        f"<description>Recent content in {section.title()}</description><language>de</language>"
        f"<lastBuildDate>{items[-1][1]}</lastBuildDate>{rows}</channel></rss>"
    )


def test_deadlines_in_a_termine_feed_are_no_events() -> None:
    items = [
        ("Anmeldeschluss Abschlussprüfung", "Fri, 13 Jun 2031 23:59:00 +0200"),
        ("Abgabefrist Projektarbeit", "Mon, 30 Jun 2031 12:00:00 +0200"),
    ]
    assert read_berlin(hugo("termine", items, "https://kammer.example.de")) == []


def test_a_termine_feeds_events_are_still_read() -> None:
    items = [
        ("Elternabend Klasse 5", "Wed, 04 Jun 2031 19:00:00 +0200"),
        ("Saisonschluss-Party", "Sat, 28 Jun 2031 20:00:00 +0200"),
    ]
    events = read_berlin(hugo("termine", items, "https://schule.example.de"))
    assert [(event["title"], wall_time(event["start"])) for event in events] == [
        ("Elternabend Klasse 5", "2031-06-04T19:00:00"),
        ("Saisonschluss-Party", "2031-06-28T20:00:00"),
    ]


# 6. apis81 `_json_moment_parts`: a record's own stamps spelled in a "dates" list are no occurrences.


def test_an_articles_published_and_updated_stamps_are_no_occurrences() -> None:
    article = {
        "data": {
            "title": "Council approves new park",
            "body": "The council voted on Tuesday.",
            "url": "https://news.example/park",
            "dates": [
                {"iso": "2031-05-01T09:00:00Z", "text": "Published 1 May 2031"},
                {"iso": "2031-05-02T10:00:00Z", "text": "Updated 2 May 2031"},
            ],
        }
    }
    try:
        events = read_uk_feed(json.dumps(article))
    except ExtractionError:  # nothing in it reads as an event
        events = []
    assert events == []


def test_a_moment_spelled_three_ways_is_still_one_occurrence() -> None:
    record = {
        "data": {
            "title": "Free event",
            "url": "https://ev.example/1",
            "times": [
                {
                    "milliseconds": 1935000000000,
                    "fullFormat": "Thu Apr 27 2031 18:40:00 GMT+0000 (UTC)",
                    "year": 2031,
                    "month": 3,
                    "date": 27,
                }
            ],
        }
    }
    assert [event["title"] for event in read_uk_feed(json.dumps(record))] == ["Free event"]


# --- Phase 2: the batch heads merged (h-apis82, h-feeds80, h-feeds81, h-left45) ------------------------------------


def plain_rss(items: list[tuple[str, str, str, str]], link: str, title: str) -> str:
    rows = "".join(
        f"<item><title>{name}</title><link>{url}</link><description>{text}</description><pubDate>{stamp}</pubDate>"
        "</item>"
        for name, url, text, stamp in items
    )
    return (
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>{title}</title><link>{link}</link>"
        f"<description>Events</description>{rows}</channel></rss>"
    )


ZURICH = zoneinfo.ZoneInfo("Europe/Zurich")
read_zurich = functools.partial(read_feed, zone=ZURICH, start=dt.datetime(2031, 1, 10, 9))  # noqa: DTZ001


def tail_item(title: str, text: str) -> str:
    item = (title, "https://verein.example.ch/agenda/x", text, "Mon, 04 Aug 2031 10:00:00 +0200")
    return plain_rss([item], "https://verein.example.ch/agenda/", "Agenda")


# 7. left45 `_feed_tail_clock`: a sale's, a box office's or an end's hour is no start of a tail day's event.


def test_a_presale_box_office_or_closing_hour_is_no_start() -> None:
    for text in ("Vorverkauf ab 10 Uhr im Rathaus.", "Abendkasse ab 18 Uhr.", "Die Bar ist bis 2 Uhr geöffnet."):
        event = one_event(read_zurich(tail_item("Konzert im Park - am Sa 30.08.", text)))
        assert event["start"] == "2031-08-30", text


def test_a_start_after_the_presales_price_is_still_read() -> None:
    for text in ("Beginn 19:30 Uhr. Eintritt frei.", "Vorverkauf: 15 Fr. Beginn 19:30 Uhr."):
        event = one_event(read_zurich(tail_item("Konzert im Park - am Sa 30.08.", text)))
        assert wall_time(event["start"]) == "2031-08-30T19:30:00", text


# 8. apis82 `_json_display_moments`: the doors' displayed time is no correction of the start.


def test_a_doors_display_does_not_move_the_start() -> None:
    events = {
        "events": [
            {
                "name": "Band A",
                "start_datetime": "2031-05-03T20:00:00",
                "doors_time_display": "Sat May 03 2031 at 07:00 pm",
            },
            {
                "name": "Band B",
                "start_datetime": "2031-05-10T21:00:00",
                "doors_time_display": "Sat May 10 2031 at 08:00 pm",
            },
        ]
    }
    starts = [wall_time(event["start"])[:16] for event in read_uk_feed(json.dumps(events))]
    assert [dt.datetime.fromisoformat(start).hour for start in starts] == [20, 21]


# 9. apis82 `_json_hazards`: a drill's imagined quake is no measured one.


def test_drills_with_a_scenario_quake_are_events() -> None:
    scenario = {"magnitude": 9.0, "type": "earthquake", "epicenter": "Cascadia"}
    drills = {
        "drills": [
            {
                "title": "Great ShakeOut drill",
                "start": "2031-10-16T10:16:00-07:00",
                "scenario": scenario,
                "venue": "City Hall",
            },
            {
                "title": "ShakeOut family workshop",
                "start": "2031-10-11T10:00:00-07:00",
                "scenario": scenario,
                "venue": "Library",
            },
        ]
    }
    titles = sorted(event["title"] for event in read_uk_feed(json.dumps(drills)))
    assert titles == ["Great ShakeOut drill", "ShakeOut family workshop"]


# 10. feeds80 `_feed_title_place`: a performer, a note or a list of names after the title is no place.


CHOIR = "https://choir.example.org/events/"


def test_a_performer_a_note_or_names_after_the_title_are_no_place() -> None:
    items = [
        (
            "Messiah",
            CHOIR + "m",
            "Messiah, Bristol Choral Society, Saturday 13 December 2031. Tickets at the door.",
            "Mon, 02 Jun 2031 10:00:00 +0000",
        ),
        (
            "Spring Concert",
            CHOIR + "s",
            "Spring Concert, Bach, Handel and Mozart, Saturday 14 June 2031. Tickets £10.",
            "Mon, 02 Jun 2031 11:00:00 +0000",
        ),
        (
            "Open Day",
            CHOIR + "o",
            "Open Day, All Welcome, Saturday 21 June 2031. Come and sing.",
            "Mon, 02 Jun 2031 12:00:00 +0000",
        ),
    ]
    events = read_uk_feed(plain_rss(items, CHOIR, "Concerts"))
    assert {event["title"]: event["venue_name"] for event in events} == {
        "Messiah": None,
        "Spring Concert": None,
        "Open Day": None,
    }


def test_a_hall_and_its_town_after_the_title_are_still_the_place() -> None:
    text = (
        "Messiah (https://choir.example.org/), Colston Hall, Bristol, Saturday 13 December 2031. Tickets at the door."
    )
    event = one_event(
        read_uk_feed(plain_rss([("Messiah", CHOIR + "m", text, "Mon, 02 Jun 2031 10:00:00 +0000")], CHOIR, "Concerts"))
    )
    assert (event["venue_name"], event["address"] or event["city"]) == ("Colston Hall", "Bristol")


# 11. feeds81 `_feed_restated.stamp_day_when`: a post's own "published on" day is no event's day.


def test_a_posts_published_day_is_no_event() -> None:
    site = "https://grupo.example.br"
    rows = "".join(
        f"<item><title>{title}</title><link>{site}/noticias/{index}/</link><pubDate>{stamp}</pubDate>"
        f"<description>&lt;p&gt;Publicado em {day}. Confira.&lt;/p&gt;</description></item>"
        for index, (title, stamp, day) in enumerate(
            [
                ("Resultados do torneio", "Mon, 24 Nov 2031 00:00:00 +0000", "24/11/2031"),
                ("Nova diretoria", "Mon, 01 Dec 2031 00:00:00 +0000", "01/12/2031"),
            ]
        )
    )
    feed = (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Noticias on Grupo</title>"
        f"<link>{site}/noticias/</link><description>Recent content</description><language>pt</language>"
        f"<lastBuildDate>Mon, 01 Dec 2031 00:00:00 +0000</lastBuildDate>{rows}</channel></rss>"
    )
    zone = zoneinfo.ZoneInfo("America/Sao_Paulo")
    assert read_feed(feed, zone=zone, start=dt.datetime(2031, 12, 5, 9)) == []  # noqa: DTZ001


# 12. feeds80 `_feed_state_town`: a room's word before a compass point's letters is no town.


def test_a_lobby_before_a_compass_point_is_no_town() -> None:
    text = "Bird walk on Saturday 14 June 2031 at 8am. Meet in Lobby, NE entrance of the visitor centre."
    item = ("Bird walk", "https://club.example.org/events/birds", text, "Mon, 02 Jun 2031 10:00:00 +0000")
    event = one_event(read_uk_feed(plain_rss([item], "https://club.example.org/events/", "Club events")))
    assert (event["city"], event["address"]) == (None, None)
    fest = "A freedom-themed festival in Bozeman, MT organized by friends, Saturday 14 June 2031."
    item = ("Festival", "https://club.example.org/events/fest", fest, "Mon, 02 Jun 2031 10:00:00 +0000")
    event = one_event(read_uk_feed(plain_rss([item], "https://club.example.org/events/", "Club events")))
    assert "Bozeman, MT" in (event["city"] or event["address"] or "")
