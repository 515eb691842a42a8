"""review40: the last hour's page and feed rules (batches 100 and 101, left35) probed both ways (dates 2031).

Each misfire found is pinned here with its fix:

1. ``_page_record_titles``: a route's rows were dropped wherever two were so titled: a band's "Route 66 – live at the
   Crown" and "… the Swan", a cycle club's "Route 1 to Whitby", a play "Bus 52 – a new play". Now only two route rows
   on ONE day are a bus's runs, and after a dash only a stop ("Route 9 – Station Road stop"). Missed: French and
   Dutch bins ("Bac jaune", "Ordures ménagères", "GFT", "Restafval", "PMD"), "Black and green bins", "Food caddy".
2. ``_page_menu_sections``: an occasion's page ("Wine tasting dinner" over "The menu"), a site's navigation headed
   "Menu" outside <nav>, a "Carte blanche à …" concert were refused as menus (ticket prices are prices). Missed: a
   German season's card ("Spargelkarte").
3. ``_feed_item_kinds``: a "Recruitment day", a "Karrieremesse", a "Job dating", a CV workshop, a "Free gift wrapping
   workshop", a "Book signing" (copies "in stock"), a "Version 3.0 – launch party" were set aside as job ads, offers
   or releases. Missed: Dutch and Spanish job ads ("salaris", "solliciteer", "jornada completa").
4. ``_page_post_cards``: a press office's "Press releases" headed no posts. ``_page_night_programme``: a train
   timetable's headings ("8:00 Platform 2 | Service to Leeds" ×4) were a night's programme.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import Any

import lxml.html
import pytest

from sources.adapters import _feed_item_kinds, _page_menu_sections, _page_record_kinds, _page_record_titles
from sources.adapters.base import RawEvent
from tests.sources.helpers import read_feed, read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
START = dt.datetime(2031, 1, 20, 9)  # noqa: DTZ001 (the helpers set the zone)
read = functools.partial(read_page, url="https://site.example/page", zone=LONDON, start=START)


def _page(title: str, body: str, lang: str = "en") -> str:
    return f'<html lang="{lang}"><head><title>{title}</title></head><body><main>{body}</main></body></html>'


def _lines(heading: str, lines: list[str], lang: str = "en") -> str:
    return _page(heading, f"<h1>{heading}</h1>" + "".join(f"<p>{line}</p>" for line in lines), lang)


def _read(body: str) -> list[tuple[Any, ...]]:
    return [(event["title"], str(event["start"])[:16]) for event in read(body)]


def _rss(channel: str, title: str, description: str, when: str) -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel>'
        f"<title>{channel}</title><link>https://site.example/</link><description>{channel}</description>"
        "<lastBuildDate>Mon, 20 Jan 2031 08:00:00 +0000</lastBuildDate>"
        f"<item><title>{title}</title><link>https://site.example/item</link><description>{description}</description>"
        f"<when>{when}</when><pubDate>Mon, 10 Mar 2031 10:00:00 +0000</pubDate></item></channel></rss>"
    )


def _feed(document: str) -> list[str]:
    return [event["title"] for event in read_feed(document, zone=LONDON, start=START)]


# --- 1. routes and bins -------------------------------------------------------------------------------------------

ROUTE_EVENTS = [
    [
        "Friday 7 March 2031, 8pm – Route 66 – live at the Crown",
        "Saturday 8 March 2031, 8pm – Route 66 – live at the Swan",
    ],
    [
        "Sunday 9 March 2031, 9am – Route 1 to Whitby (40 miles)",
        "Sunday 16 March 2031, 9am – Route 2 to Pickering (35 miles)",
    ],
    ["Friday 7 March 2031, 7:30pm – Bus 52 – a new play", "Saturday 8 March 2031, 7:30pm – Bus 52 – a new play"],
    ["Friday 7 March 2031, 8pm – Route 66 tribute night", "Saturday 8 March 2031, 8pm – Route 66 tribute night"],
    ["Friday 7 March 2031, 8pm – Blue Bin Blues", "Saturday 8 March 2031, 8pm – Blue Bin Blues Band"],
    ["Saturday 8 March 2031, 10am – Green bins: composting workshop", "Saturday 15 March 2031, 10am – Repair café"],
]


@pytest.mark.parametrize("lines", ROUTE_EVENTS, ids=["band", "cycle-club", "play", "tribute", "blues", "workshop"])
def test_events_named_by_a_route_or_a_bin_are_kept(lines: list[str]) -> None:
    assert len(_read(_lines("What's on", lines))) == 2


def test_route_rows_on_one_day_are_still_a_bus_runs() -> None:
    runs = _page(
        "Fahrplan",
        "<h1>Markttag</h1><h2>Samstag, 8. März 2031</h2><p>08:15 Route 7 ab Marktplatz</p>"
        "<p>08:45 Route 7 ab Marktplatz</p><p>09:15 Route 7 ab Marktplatz</p>",
        "de",
    )
    assert _read(runs) == []
    assert _page_record_titles.TRANSIT_ROW.match("Route 9 – Station Road stop")
    assert not _page_record_titles.TRANSIT_ROW.match("Route 66 – live at the Crown")


def test_runs_need_two_route_rows_on_one_day() -> None:
    def row(title: str, day: int) -> RawEvent:
        return RawEvent(source="page", external_id=f"{title}{day}", title=title, start=dt.date(2031, 3, day))

    band = [row("Route 66", 7), row("Route 66", 8)]
    buses = [row("Route 7", 8), row("Route 7", 8)]
    assert len(_page_record_titles.record_rows(band)) == 2
    assert _page_record_titles.record_rows(buses) == []


BINS = [
    _page(
        "Collecte",
        "<h1>Collecte des déchets</h1><p>Lundi 3 mars 2031 – Bac jaune</p><p>Lundi 10 mars 2031 – Ordures ménagères</p>"
        "<p>Lundi 17 mars 2031 – Bac jaune</p>",
        "fr",
    ),
    _page(
        "Afvalkalender",
        "<h1>Afvalkalender</h1><p>maandag 3 maart 2031 – GFT</p><p>maandag 10 maart 2031 – Restafval</p>"
        "<p>maandag 17 maart 2031 – PMD</p><p>maandag 24 maart 2031 – Oud papier</p>",
        "nl",
    ),
    _lines(
        "Collections",
        [
            "Monday 3 March 2031 – Blue bins",
            "Monday 10 March 2031 – Black and green bins",
            "Monday 17 March 2031 – Food caddy",
        ],
    ),
]


@pytest.mark.parametrize("body", BINS, ids=["fr", "nl", "en-plural"])
def test_hard_negative_other_languages_bins(body: str) -> None:
    assert _read(body) == []


# --- 2. menu sections ---------------------------------------------------------------------------------------------

TICKETS = "<p>Adults £12.50</p><p>Children £6.50</p><p>Family ticket £30.00</p>"
NOT_MENUS = [
    (
        _page(
            "Wine tasting dinner",
            "<h1>Wine tasting dinner</h1><p>Friday 14 March 2031, 7pm</p><h2>The menu</h2><p>Scallops £12.50</p>"
            "<p>Lamb £18.00</p><p>Tart £7.50</p>",
        ),
        [("Wine tasting dinner", "2031-03-14T19:00")],
    ),
    (
        _page(
            "Spring concert",
            '<div class="site"><h2>Menu</h2><ul><li>Home</li><li>Events</li></ul></div><h1>Spring concert</h1>'
            "<p>Saturday 15 March 2031, 7:30pm, St Mary's Church</p>" + TICKETS,
        ),
        [("Spring concert", "2031-03-15T19:30")],
    ),
    (
        _page(
            "Festival de jazz",
            "<h1>Festival de jazz</h1><h2>Carte blanche à Trio Bleu</h2><p>Samedi 15 mars 2031, 20h30, Salle des fêtes</p>"
            "<p>Plein tarif 12,50 €</p><p>Réduit 8,50 €</p><p>Pass 30,00 €</p>",
            "fr",
        ),
        [("Festival de jazz", "2031-03-15T20:30")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), NOT_MENUS, ids=["tasting", "nav-menu", "carte-blanche"])
def test_event_pages_with_a_menu_heading_and_prices_are_read(body: str, expected: list[tuple[str, str]]) -> None:
    assert _read(body) == expected


def test_without_the_fixes_they_were_menus(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_menu_sections, "_navigation", lambda node, text: False)
    assert _read(NOT_MENUS[1][0]) == []


def test_hard_negative_a_german_season_card_is_a_menu() -> None:
    body = _page(
        "Gasthaus Krone",
        "<h1>Gasthaus Krone</h1><h2>Spargelkarte</h2><p>Serviert vom 1. April bis 20. Juni 2031</p>"
        "<p>Spargel 18,50 €</p><p>Schnitzel 16,00 €</p><p>Suppe 6,50 €</p>",
        "de",
    )
    assert _read(body) == []


def test_menu_sections_looks_at_a_bounded_number_of_headings() -> None:
    headings = "".join(f"<h2>Festive menu {n}</h2>" for n in range(20_000))
    root = lxml.html.fromstring(f"<div>{headings}</div>")
    calls: list[str] = []
    real = _page_menu_sections._text

    def counted(node: Any) -> str:
        calls.append("")
        return real(node)

    _page_menu_sections._text = counted  # type: ignore[assignment]
    try:
        assert _page_menu_sections.menu_sections(root, _page_record_kinds.OCCASION) == "Festive menu 0"
    finally:
        _page_menu_sections._text = real  # type: ignore[assignment]
    assert len(calls) <= _page_menu_sections.MAX_SECTIONS


# --- 3. feed items about jobs, offers, releases -------------------------------------------------------------------

FEED_EVENTS = [
    ("Town news", "Recruitment day at the hospital", "Bring your CV; full-time and part-time roles available."),
    ("Stadt Linden", "Karrieremesse 2031", "Über 50 Aussteller mit Stellenangeboten in Vollzeit und Teilzeit."),
    ("Ville", "Job dating restauration", "Des postes en CDI et CDD, temps plein ou partiel. Venez avec votre CV !"),
    ("Library", "Write a winning CV", "Free session: how to write your CV and prepare for full-time roles."),
    ("Shop events", "Free gift wrapping workshop", "Learn to wrap like a pro."),
    ("Bookshop", "Book signing with Ann Lee", "Signed copies in stock; buy now or on the day."),
    ("What's new", "Version 3.0 – launch party", "Join us to celebrate version 3.0 with drinks."),
]


@pytest.mark.parametrize(("channel", "title", "text"), FEED_EVENTS, ids=[row[1][:14] for row in FEED_EVENTS])
def test_feed_events_about_jobs_offers_or_releases_are_events(channel: str, title: str, text: str) -> None:
    assert _feed(_rss(channel, title, text, "Saturday 15 March 2031, 10am")) == [title]
    assert _feed_item_kinds.item_kind_note(title, text, channel) is None


@pytest.mark.parametrize(
    ("channel", "title", "text"),
    [
        ("Vacatures", "Medewerker bediening", "Fulltime, salaris volgens cao. Solliciteer voor 1 maart."),
        ("Ofertas de empleo", "Camarero/a", "Jornada completa, salario según convenio. Envía tu CV."),
        ("Offres d'emploi", "Serveur (H/F)", "CDI, temps plein, salaire selon profil."),
    ],
    ids=["nl", "es", "fr"],
)
def test_hard_negative_other_languages_job_ads(channel: str, title: str, text: str) -> None:
    assert _feed(_rss(channel, title, text, "1 March 2031")) == []
    assert _feed_item_kinds.item_kind_note(title, text, channel) is not None


def test_item_kind_reads_a_bounded_text() -> None:
    text = "salary " * 200_000
    assert _feed_item_kinds.item_kind_note("Waiter", text, "Jobs") is not None
    assert len(_feed_item_kinds._job_words(text[: _feed_item_kinds.MAX_TEXT])) == 1
    assert _feed_item_kinds.item_kind_note("Waiter " * 10_000, "x" * 10_000_000, "Jobs " * 10_000) is None


# --- 4. posts and timetables --------------------------------------------------------------------------------------

TEASER = (
    "We had a wonderful evening with friends and neighbours, and we thank everyone who came along to help and cheer."
)


def _card(title: str, day: str) -> str:
    return f'<article><h2><a href="/{title[:5]}">{title}</a></h2><p><small>{day}</small></p><p>{TEASER}</p></article>'


def test_hard_negative_press_releases_are_posts() -> None:
    cards = (
        _card("Thank you", "12 January 2031")
        + _card("Bake sale", "3 December 2030")
        + _card("Roof", "14 November 2030")
    )
    assert _read(_page("Press releases", "<h1>Press releases</h1>" + cards)) == []


def test_hard_negative_a_timetable_of_one_service_is_no_night_programme() -> None:
    rows = "".join(f"<h3><span>{hour}:00 Platform 2</span> Service to Leeds</h3>" for hour in (8, 9, 10, 11))
    assert "Service to Leeds" not in [
        title for title, _ in _read(_page("Timetable", f"<h1>Timetable 14 March 2031</h1>{rows}"))
    ]


def test_a_play_called_by_a_version_with_tickets_is_no_release() -> None:
    text = "Our theatre company's premiere of Version 1.0, a play about software. Tickets £10."
    assert _feed_item_kinds.item_kind_note("Version 1.0", text, "Releases") is None
    assert _feed_item_kinds.item_kind_note("Version 1.0", "Bug fixes and performance improvements.", "Releases")
