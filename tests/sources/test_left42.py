"""left42: what earlier sessions noticed and left (venues55, pages114, pages113, apis and feeds batches), mended
generically; each test fails on main 3e60b0dd without its mend, with a hard negative beside it. Dates 2031+."""

from __future__ import annotations

import datetime as dt
import functools
import json
import zoneinfo

import pytest

from events.pipeline.normalize import NormalizeContext, normalize
from events.pipeline.places import Basis, PlaceIndex
from sources.adapters._page_qualified_labels import qualified_label_place
from tests.sources.helpers import read_feed, read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
START = dt.datetime(2031, 6, 1, 9)  # noqa: DTZ001 (read_page sets the zone)
read = functools.partial(read_page, url="https://site.example/events/", zone=LONDON, start=START)


def page(body: str, *, lang: str = "en", title: str = "Events", site: str | None = None) -> str:
    meta = f"<meta property='og:site_name' content='{site}'>" if site else ""
    return f"<html lang='{lang}'><head><title>{title}</title>{meta}</head><body><h1>{title}</h1>{body}</body></html>"


def places(events: list[dict]) -> list[str | None]:
    return [event["venue_name"] for event in events]


def card(title: str, day: str, extra: str, *, date_class: str = "date") -> str:
    return f"<div class='card'><h3>{title}</h3><p class='{date_class}'>{day}</p>{extra}</div>"


# 1. A class word that is a place only in its own language: Swedish "plats" (_page_class_places).


def swedish_cards(lang: str) -> str:
    rows = [("Jazzkväll", "14 juni 2031", "The Old Mill"), ("Folkmusik", "20 juni 2031", "Corn Exchange")]
    body = "".join(
        f"<div class='event'><h3>{name}</h3><span class='event-datum'>{day}</span>"
        f"<span class='event-plats'>{place}</span></div>"
        for name, day, place in rows
    )
    return page(body, lang=lang, title="Evenemang")


def test_a_swedish_pages_plats_class_is_the_place():
    assert places(read(swedish_cards("sv"))) == ["The Old Mill", "Corn Exchange"]
    assert places(read(swedish_cards("sv-SE"))) == ["The Old Mill", "Corn Exchange"]


def test_a_swedish_single_pages_plats_block_is_the_place():
    body = "<p>lördag 14 juni 2031 kl. 19.00</p><div class='plats'>Folkets Hus</div>"
    assert places(read(page(body, lang="sv", title="Jazzkväll"))) == ["Folkets Hus"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_plats_on_a_page_in_another_language_is_no_place(lang):
    assert places(read(swedish_cards(lang))) == [None, None]  # French "plats": a menu's dishes


def test_a_french_menus_plats_are_no_place():
    body = card("Déjeuner du dimanche", "dimanche 15 juin 2031 à 12h00", "<p class='plats'>Salade niçoise</p>")
    body += card("Dîner jazz", "samedi 21 juin 2031 à 20h00", "<p class='plats'>Bouillabaisse</p>")
    assert places(read(page(body, lang="fr", title="Menus"))) == [None, None]


# 2. A card's place element holding only an online room: held online, no venue (_page_card_events).


def located(*where: str, cls: str = "location") -> str:
    days = ["Saturday 14 June 2031, 7:30pm", "Friday 20 June 2031, 7:30pm", "Thursday 26 June 2031, 7:30pm"]
    names = ["Jazz Night", "Folk Session", "Poetry Evening"]
    return page("".join(card(n, d, f"<p class='{cls}'>{w}</p>") for n, d, w in zip(names, days, where, strict=False)))


def test_a_cards_location_online_is_an_online_event():
    events = read(located("Online", "Zoom (link sent after registration)", "Online"))
    assert [(e["venue_name"], e["online"]) for e in events] == [(None, True)] * 3


def test_a_place_that_only_shares_a_word_with_online_stays_a_place():
    events = read(located("Online Cafe, 12 Main St", "The Stream", "Town Hall / Online", cls="venue"))
    assert [(e["venue_name"], e["online"]) for e in events] == [
        ("Online Cafe, 12 Main St", False),
        ("The Stream", False),
        ("Town Hall / Online", False),
    ]


# 3. A line the card classes as its kind ("event-category") is no place (_page_kind_lines).


def test_a_category_classed_jazz_club_is_no_place():
    events = read(located("Jazz Club", "Folk Club", "Poetry Society", cls="event-category"))
    assert places(events) == [None, None, None]


def test_an_unclassed_jazz_club_under_the_date_stays_the_place():
    body = card("Jazz Night", "Saturday 14 June 2031, 7:30pm", "<p>Jazz Club</p>")
    body += card("Folk Session", "Friday 20 June 2031, 7:30pm", "<p>Folk Club</p>")
    assert places(read(page(body))) == ["Jazz Club", "Folk Club"]


# 4. A place label with a qualifier over its address ("Adresse du local <br> …"; _page_qualified_labels).


def article(name: str, day: str, item: str) -> str:
    return (
        f"<article class='manifestation'><h1>{name}</h1><p class='but even'>Date : {day}</p>"
        f"<p class='odd'>Une ouverture de votre ressourcerie.</p><ul><li>{item}</li></ul></article>"
    )


def test_a_qualified_label_over_its_address_is_the_place():
    body = article("Ouverture éphémère", "Samedi 6 Décembre 2031", "Adresse du local </br> 28 avenue Carnot, MELUN")
    body += article("Bourse aux jouets", "Samedi 13 Décembre 2031", "Adresse de la salle <br> 12 rue de la Gare, MELUN")
    assert places(read(page(body, lang="fr", title="Les évènements"))) == [
        "28 avenue Carnot, MELUN",
        "12 rue de la Gare, MELUN",
    ]
    single = "<p>Date: Saturday 6 December 2031</p><ul><li>Address of the venue<br>28 Carnot Avenue, Bristol</li></ul>"
    assert places(read(page(single, title="Open Day"))) == ["28 Carnot Avenue, Bristol"]


@pytest.mark.parametrize(
    "lines",
    [
        ["Adresse de l'association", "12 rue de la Gare, Melun"],  # whom to write to
        ["Address of the organiser", "12 Oak Street"],
        ["Adresse du site", "www.example.fr"],
        ["Adresse du local", "à venir"],  # no address under it
        ["Adresse du local", "Melun"],  # a town alone
        ["Place of birth 12 Oak Street"],
        ["Adresse du local et horaires d'ouverture de la boutique", "12 rue de la Gare"],  # more than a qualifier
    ],
)
def test_no_place_from_a_contacts_label_or_a_line_that_is_no_address(lines):
    assert qualified_label_place(lines, 0) is None


# 5. "Title at Venue" on the venue's own site: the venue is the site (_page_site_venue_titles).


def linked(index: int, title: str, day: str, extra: str = "") -> str:
    return f"<div class='card'><h3><a href='/e/{index}'>{title}</a></h3><p>{day}</p>{extra}</div>"


def test_title_at_the_sites_own_venue_is_that_venue():
    body = linked(0, "Jazz Night at The Old Mill", "Saturday 14 June 2031, 7:30pm")
    body += linked(1, "Folk Session @ the Old Mill", "Friday 20 June 2031, 7:30pm")
    events = read(page(body, title="What's on | The Old Mill", site="The Old Mill"))
    assert [(e["title"], e["venue_name"]) for e in events] == [
        ("Jazz Night", "The Old Mill"),
        ("Folk Session", "The Old Mill"),
    ]


def test_title_at_another_place_or_with_its_own_venue_is_left():
    body = linked(0, "Jazz Night at The Crown", "Saturday 14 June 2031, 7:30pm")
    body += linked(
        1, "Folk Session at The Old Mill", "Friday 20 June 2031, 7:30pm", "<p class='venue'>Corn Exchange</p>"
    )
    events = read(page(body, title="What's on | The Old Mill", site="The Old Mill"))
    assert [(e["title"], e["venue_name"]) for e in events] == [
        ("Jazz Night at The Crown", None),
        ("Folk Session at The Old Mill", "Corn Exchange"),
    ]
    film = linked(0, "Breakfast at Tiffany's", "Saturday 14 June 2031, 7:30pm")
    film += linked(1, "Roman Holiday", "Friday 20 June 2031, 7:30pm")
    events = read(page(film, title="Films | Tiffany's", site="Tiffany's"))
    assert [(e["title"], e["venue_name"]) for e in events] == [
        ("Breakfast at Tiffany's", None),
        ("Roman Holiday", None),
    ]


# 6. A venue that is only the source's own town's name: the event's town (events/pipeline/town_venues).

BRISTOL = {
    "id": "bristol", "name": "Bristol", "slug": "bristol", "region": "England", "country": "GB",
    "timezone": "Europe/London", "latitude": 51.4545, "longitude": -2.5879, "radius_km": 15.0,
}  # fmt: skip
PHOENIX = {
    "id": "phoenix", "name": "Phoenix", "slug": "phoenix", "region": "Arizona", "country": "US",
    "timezone": "America/Phoenix", "latitude": 33.4484, "longitude": -112.074, "radius_km": 30.0,
}  # fmt: skip


def placed(**fields):
    context = NormalizeContext(
        places=PlaceIndex([BRISTOL, PHOENIX]), default_city_id="bristol", default_timezone="Europe/London"
    )
    record = {"source": "test", "external_id": "1", "title": "Jazz night", "start": "2031-06-14T20:00:00", **fields}
    return normalize(record, context).record


def test_a_venue_that_is_the_sources_town_is_the_town():
    record = placed(venue_name="Bristol")
    assert (record["venue_name"], record["city"], record["city_id"], record["placed_by"]) == (
        None,
        "Bristol",
        "bristol",
        Basis.LOCALITY,
    )


@pytest.mark.parametrize(
    "fields",
    [
        {"venue_name": "Bristol Old Vic"},  # more than the town
        {"venue_name": "Phoenix"},  # another known town: a cinema called Phoenix as likely
        {"venue_name": "Bristol", "address": "12 Mill Lane"},  # an address of its own
        {"venue_name": "Bristl"},  # a close spelling
    ],
)
def test_a_venue_with_more_than_the_sources_town_stays_a_venue(fields):
    assert placed(**fields)["venue_name"] == fields["venue_name"]


# 7. Two consecutive days joined by "et", "und", "y" with their weekdays: both days (_page_day_pairs).


def dated_articles(lang: str, first: str, second: str = "Saturday 13 December 2031") -> str:
    body = "".join(
        f"<article class='manifestation'><h1>{name}</h1><p class='date'>Date : {day}</p><p>Bienvenue à tous.</p>"
        "</article>"
        for name, day in (("Ouverture éphémère", first), ("Bourse aux jouets", second))
    )
    return page(body, lang=lang, title="Agenda")


def days(events: list[dict]) -> list[tuple[str, str | None]]:
    return [(str(event["start"])[:10], str(event["end"])[:10] if event["end"] else None) for event in events]


@pytest.mark.parametrize(
    ("lang", "written"),
    [
        ("fr", "Samedi 6 et Dimanche 7 Décembre 2031"),
        ("de", "Samstag 6. und Sonntag 7. Dezember 2031"),
        ("es", "sábado 6 y domingo 7 de diciembre de 2031"),
    ],
)
def test_a_cards_weekday_pair_joined_in_its_language_is_both_days(lang, written):
    assert days(read(dated_articles(lang, written)))[0] == ("2031-12-06", "2031-12-07")


def test_a_single_pages_french_weekday_pair_is_the_event_on_each_day():
    body = "<p>Date : Samedi 6 et Dimanche 7 Décembre 2031</p><p>Bienvenue à tous.</p>"
    assert days(read(page(body, lang="fr", title="Ouverture éphémère"))) == [
        ("2031-12-06", None),
        ("2031-12-07", None),
    ]


@pytest.mark.parametrize(
    ("lang", "written", "first"),
    [
        ("de", "Saal 6 und Bühne 7. Dezember 2031", ("2031-12-07", None)),  # no weekday: a hall's number
        ("fr", "Samedi 6 et Dimanche 14 Décembre 2031", ("2031-12-14", None)),  # a week apart: not one run
    ],
)
def test_no_pair_without_a_weekday_or_with_days_apart(lang, written, first):
    assert days(read(dated_articles(lang, written)))[0] == first


# 8. A meeting schedule's untimed row named only by a holiday is the day off (_page_holiday_rows).


def schedule(first_row: str, clock: str = "12:30<br/>to<br/>5pm") -> str:
    rows = [("JUL", "02", first_row), ("JUL", "09", clock), ("JUL", "16", clock)]
    body = "".join(
        f"<tr><td>{month}<br/><span>{day}</span><br/><span>2031</span></td>"
        "<td><a href='https://goo.gl/maps/abc'><img alt='Acton Memorial Library' src='icon.png'/></a></td>"
        f"<td><p>{words}</p></td></tr>"
        for month, day, words in rows
    )
    return page(f"<table><thead><tr><th></th><th>WEDNESDAY</th><th></th></tr></thead>{body}</table>", title="Meeting")


@pytest.mark.parametrize("words", ["<em>happy<br/>independence<br/>day!</em>", "Christmas Day", "July 4th Holiday"])
def test_a_holiday_row_in_a_meeting_schedule_is_no_event(words):
    assert [str(e["start"])[:10] for e in read(schedule(words))] == ["2031-07-09", "2031-07-16"]


@pytest.mark.parametrize("words", ["Independence Day Parade", "July 4th Fireworks", "Happy hour"])
def test_an_event_on_a_holiday_stays(words):
    assert [str(e["start"])[:10] for e in read(schedule(words))] == ["2031-07-02", "2031-07-09", "2031-07-16"]


def test_a_holiday_row_in_a_schedule_with_no_timed_row_stays():
    events = read(schedule("happy independence day!", clock="Acton"))
    assert "2031-07-02" in [str(e["start"])[:10] for e in events]


# 9. "Z" stamps a record's own words write at the stamp's clock: wall clocks (_json_z_said, _json_clock_readings).

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")


def meetings(*posted: str, zone_words: bool = False) -> str:
    rows = [
        ("Select Board Regular Meeting", "2031-01-07T17:30:00Z", "2031-01-03T11:03:59.757Z"),
        ("Planning Board", "2031-01-08T19:00:00Z", "2031-01-04T09:15:00Z"),
        ("Library Trustees", "2031-01-09T18:00:00Z", "2031-01-05T14:40:00Z"),
    ]
    items = [
        {
            "id": index,
            "eventName": name,
            "startDateTime": start,
            "liveStartTime": "1900-01-01T00:00:00Z",
            "publishedAgendaTimeStamp": said,
            "eventLocation": {"address1": "Town Hall"},
            "publishedFiles": [{"type": "Agenda", "publishOn": published, "url": "stream/a.pdf"}],
            **({"timeZone": "America/New_York"} if zone_words else {}),
        }
        for index, ((name, start, published), said) in enumerate(zip(rows, posted, strict=False))
    ]
    return json.dumps(items)


def starts(document: str) -> list[str]:
    return [str(e["start"]) for e in read_feed(document, zone=NEW_YORK, start=dt.datetime(2031, 1, 1))]  # noqa: DTZ001


def test_z_stamps_the_records_words_write_at_their_clocks_are_wall_clocks():
    posted = ("Agenda Posted on January 3, 2031 11:03 AM", "Agenda Posted on January 4, 2031 9:15 AM")
    assert starts(meetings(*posted, "Agenda Posted on January 5, 2031 2:40 PM")) == [
        "2031-01-07T17:30:00-05:00",
        "2031-01-08T19:00:00-05:00",
        "2031-01-09T18:00:00-05:00",
    ]


@pytest.mark.parametrize(
    "posted",
    [
        # the words write the instants' local clocks: the "Z" is true
        ("Agenda Posted on January 3, 2031 6:03 AM", "Agenda Posted on January 4, 2031 4:15 AM", "Posted"),
        # one record alone says so
        ("Agenda Posted on January 3, 2031 11:03 AM", "Agenda Posted", "Agenda Posted"),
    ],
)
def test_z_stamps_stay_instants_without_two_records_words(posted):
    assert starts(meetings(*posted)) == [
        "2031-01-07T12:30:00-05:00",
        "2031-01-08T14:00:00-05:00",
        "2031-01-09T13:00:00-05:00",
    ]


def test_a_zone_field_beside_z_stamps_is_no_evidence():
    assert starts(meetings("Posted", "Posted", "Posted", zone_words=True))[0] == "2031-01-07T12:30:00-05:00"


# 10. A run of days whose description states its first day's and last day's clocks (xml_doc._run_timed).

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def eventset(body: str, end: str = "2031-10-05") -> str:
    return (
        "<?xml version='1.0' encoding='UTF-8'?><eventset><version>1</version>"
        f"<event start='2031-10-03' end='{end}'><title>Konferenz Bits und Bäume in Berlin</title>"
        f"<body><p>{body}</p><p>Wir freuen uns auf euch.</p></body><link>https://konferenz.example/</link>"
        "</event></eventset>"
    )


def moments(document: str) -> list[tuple[str, str]]:
    events = read_feed(document, zone=BERLIN, start=dt.datetime(2031, 9, 1))  # noqa: DTZ001
    return [(str(e["start"]), str(e["end"])) for e in events]


@pytest.mark.parametrize(
    ("body", "end"),
    [
        (
            "Die Konferenz beginnt am Freitag, den 3. Oktober um 18:00 Uhr und endet am Sonntag, den 5. Oktober um "
            "16:00 Uhr.",
            "2031-10-05T16:00:00+02:00",
        ),
        (
            "The conference opens on Friday, October 3, 2031 at 6 pm and closes on Sunday, October 5, 2031 at 4 pm.",
            "2031-10-05T16:00:00+02:00",
        ),
    ],
)
def test_a_run_of_days_takes_the_clocks_its_description_states_on_its_first_and_last_day(body, end):
    assert moments(eventset(body)) == [("2031-10-03T18:00:00+02:00", end)]


@pytest.mark.parametrize(
    "body",
    [
        "Die Konferenz beginnt am Freitag, den 3. Oktober um 18:00 Uhr.",  # the first day's clock only
        "Am Sonntag, den 5. Oktober, endet sie um 16:00 Uhr.",  # the last day's only
        "Einlass ab 17:00 Uhr.",  # a clock with no day
    ],
)
def test_a_run_of_days_with_one_days_clock_keeps_its_days(body):
    assert moments(eventset(body)) == [("2031-10-03", "2031-10-05")]
