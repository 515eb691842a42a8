"""Generic page field rules (issue #13), from the field misses of the held-out page batches 40-54, each on a small
page of our own with the pages it must not misread:

1. a page that says its meetings are held online ("All meetings will be held remotely until further notice",
   "Meetings are virtual and held via Microsoft Teams"): its rows with no place are online, and a place cell that
   names only an online room ("Via Zoom") makes its row online with no venue (_page_remote_meetings, batch 53);
2. a day cell that names its day in ``data-date`` over cards giving only a French or German hour ("19h", "14h-19h",
   "20.30 Uhr"): the cards are on that day at that hour (_page_cell_hours, batch 54);
3. a card's place line that is only a kind of show ("Kino", "Divadlo", "Theater") is no venue
   (_page_genre_places, review 13's left-over);
4. a page whose <h1> is the site's name in its banner (beside the menu, or only a link home) is named by its
   content's one top heading, not by the site (_page_banner_headings; batches 48 and 52 titled a page's one event
   by the site's name);
5. a place a page states for its meetings ends at an abbreviation's dot after which a sentence starts ("City Hall,
   5 Main St. Parking is available …"), not at the paragraph's end (_page_place_sentences);
6. the time and place a page states once for all its meetings in German, French, Spanish … ("Die Sitzungen beginnen
   jeweils um 18:30 Uhr im Ratssaal") fill its rows as an English statement does, and "finden online per Zoom
   statt" makes them online (_page_stated_abroad, _page_remote_meetings).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters import (
    _page_banner_headings,
    _page_cell_hours,
    _page_genre_places,
    _page_place_sentences,
    _page_remote_meetings,
    _page_stated_abroad,
)
from tests.sources.helpers import local_minute, read_page

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
PARIS = zoneinfo.ZoneInfo("Europe/Paris")
PRAGUE = zoneinfo.ZoneInfo("Europe/Prague")
SEPTEMBER = dt.datetime(2026, 9, 1)  # noqa: DTZ001 - a wall-clock time read_page places in the zone
board = functools.partial(read_page, url="https://board.example.org/meetings/", zone=NEW_YORK, start=SEPTEMBER)
programme = functools.partial(read_page, url="https://centre.example.fr/programme/", zone=PARIS, start=SEPTEMBER)
program = functools.partial(read_page, url="https://dum.example.cz/program/", zone=PRAGUE, start=SEPTEMBER)


def places(events: list[dict]) -> list[tuple[str | None, str | None, bool]]:
    """Each event's local start, venue and whether it is online, in page order."""
    return [
        (local_minute(dt.datetime.fromisoformat(e["start"]), NEW_YORK), e.get("venue_name"), bool(e.get("online")))
        for e in events
    ]


# --- 1. meetings held online -------------------------------------------------------------------------------------
def meetings(note: str, rows: str = "") -> str:
    rows = rows or "<li>Monday, October 26, 2026, 6:30 pm</li><li>Monday, November 23, 2026, 6:30 pm</li>"
    return f"<html><body><main><h1>Board meetings</h1><p>{note}</p><ul>{rows}</ul></main></body></html>"


@pytest.mark.parametrize(
    "note",
    [
        "All meetings will be held remotely until further notice via Zoom.",
        "Board meetings are held virtually.",
        "Meetings will be conducted via Microsoft Teams until further notice.",
        "Please note: all meetings take place online.",
        "Board meetings will be online until further notice.",  # the meetings themselves are online
        # batch 53's note, in its shape: the rule, then how each body joins
        "All meetings will be held remotely until further notice. Board meetings via Zoom. Committee meetings via Teams.",
    ],
)
def test_meetings_the_page_says_are_held_online_are_online(note: str) -> None:
    assert places(board(meetings(note))) == [("2026-10-26 18:30", None, True), ("2026-11-23 18:30", None, True)]


@pytest.mark.parametrize(
    "note",
    [
        "During 2020 meetings were held remotely via Zoom.",  # the past
        "Meetings are held in Council Chambers and via Zoom.",  # hybrid
        "Meetings are held in person or online.",
        "The public may also watch meetings via Zoom.",  # a way to watch
        "Meetings may be held virtually if necessary.",  # a maybe
        "The October 26, 2026 meeting will be held remotely.",  # one meeting's sentence, not the page's rule
        "Our webinars are held online.",  # not meetings
        "Recordings of meetings are streamed online.",
        "The meeting schedule is online.",  # what is online is the schedule, the registration, the notices
        "Registration for all sessions is online.",
        "Meeting notices are online at www.example.gov.",
    ],
)
def test_no_statement_that_the_meetings_are_online_leaves_them_as_they_were(note: str) -> None:
    assert [online for _, _, online in places(board(meetings(note)))] == [False, False]


def test_a_room_the_page_states_or_a_row_names_is_kept() -> None:
    stated = meetings("Meetings are held at the Library, 12 Oak Ave. Meetings are held remotely via Zoom.")
    assert [online for _, _, online in places(board(stated))] == [False, False]
    rows = (
        "<table><tr><th>Date</th><th>Time</th><th>Location</th></tr>"
        "<tr><td>October 8, 2026</td><td>5:00 PM</td><td>Via Zoom</td></tr>"
        "<tr><td>November 12, 2026</td><td>5:00 PM</td><td>City Hall, Room 2</td></tr></table>"
    )
    page = f"<html><body><main><h1>Commission Meetings</h1>{rows}</main></body></html>"
    assert places(board(page)) == [("2026-10-08 17:00", None, True), ("2026-11-12 17:00", "City Hall, Room 2", False)]


def test_the_statement_is_found_sentence_by_sentence() -> None:
    said = _page_remote_meetings.remote_statement(
        ["Agendas are posted a week ahead. All meetings will be held remotely until further notice. Thank you."]
    )
    assert said == "All meetings will be held remotely until further notice."
    assert _page_remote_meetings.remote_statement(["The gallery is open online and in person."]) is None


# --- 2. a day cell's cards with a French or German hour ---------------------------------------------------------
def cells(*days: tuple[str, list[tuple[str, str]]]) -> str:
    body = "".join(
        f'<div class="day" data-date="{day}">'
        + "".join(
            f'<div class="card"><h3><a href="/e/{i}">{t}</a></h3><p class="time">{h}</p></div>'
            for i, (t, h) in enumerate(cards)
        )
        + "</div>"
        for day, cards in days
    )
    return f"<html><body><main>{body}</main></body></html>"


def shown(events: list[dict]) -> list[tuple[str, str | None, str | None]]:
    return sorted(
        (
            e["title"],
            local_minute(dt.datetime.fromisoformat(e["start"]), PARIS),
            local_minute(dt.datetime.fromisoformat(e["end"]), PARIS) if e.get("end") else None,
        )
        for e in events
    )


def test_cards_giving_only_a_french_hour_are_on_their_cells_day() -> None:
    page = cells(
        ("2026-09-15", [("Atelier couture", "19h"), ("Concert jazz", "21h30")]),
        ("2026-09-16", [("Expo photo", "14h-19h")]),
    )
    assert shown(programme(page)) == [
        ("Atelier couture", "2026-09-15 19:00", None),
        ("Concert jazz", "2026-09-15 21:30", None),
        ("Expo photo", "2026-09-16 14:00", "2026-09-16 19:00"),
    ]


def test_cards_giving_a_german_hour_are_on_their_cells_day() -> None:
    page = cells(("2026-09-15", [("Lesung", "19 Uhr"), ("Konzert", "20.30 Uhr")]))
    assert shown(programme(page)) == [("Konzert", "2026-09-15 20:30", None), ("Lesung", "2026-09-15 19:00", None)]


def test_a_duration_is_no_hour_for_a_cell_card() -> None:
    page = cells(("2026-09-15", [("Randonnée", "Durée : 2h"), ("Spectacle", "2h de spectacle")]))
    assert programme(page) == []


@pytest.mark.parametrize("text", ["19h", "19 h 30", "21h30", "14h-19h", "20.30 Uhr", "19 Uhr", "à 9h"])
def test_written_hours(text: str) -> None:
    assert _page_cell_hours.written_hour(text)


@pytest.mark.parametrize("text", ["Durée : 2h", "2h de spectacle", "H2h", "24h/24", "1.19h", "A4h", "Dauer: 2h", "25h"])
def test_not_written_hours(text: str) -> None:
    assert not _page_cell_hours.written_hour(text)


# --- 3. a kind of show is no venue -------------------------------------------------------------------------------
def czech(*cards: tuple[str, str]) -> str:
    body = "".join(
        f'<div class="event"><h3>{title}</h3><div class="place">{place}</div><p>{day}. 10. 2026 19:00</p></div>'
        for day, (title, place) in enumerate(cards, start=16)
    )
    return f"<html><body><main><h1>Program</h1>{body}</main></body></html>"


def test_a_kind_of_show_under_a_card_is_no_venue() -> None:
    events = program(czech(("Racek", "Divadlo"), ("Kytice", "Kino"), ("Sonáty", "Koncert")))
    assert [(e["title"], e.get("venue_name")) for e in events] == [("Racek", None), ("Kytice", None), ("Sonáty", None)]


def test_a_named_venue_or_a_room_is_kept() -> None:
    events = program(czech(("Racek", "Divadlo Husa na provázku"), ("Kytice", "Kino Art"), ("Čtení", "Knihovna")))
    assert [e.get("venue_name") for e in events] == ["Divadlo Husa na provázku", "Kino Art", "Knihovna"]


@pytest.mark.parametrize("text", ["Kino", "Divadlo", "Theater", "Theatre.", "cinéma", "Konzert", "(Opera)"])
def test_genre_places(text: str) -> None:
    assert _page_genre_places.genre_place(text)


@pytest.mark.parametrize("text", ["Theater am Hafen", "Orpheum Theatre", "Cinema 1", "Foyer", "Kleiner Saal", "", None])
def test_not_genre_places(text: str | None) -> None:
    assert not _page_genre_places.genre_place(text)


# --- 4. the site's name in the banner is not the event's ------------------------------------------------------------
arts = functools.partial(
    read_page, url="https://arts.example.org/events/print-workshop/", zone=NEW_YORK, start=SEPTEMBER
)
WORKSHOP = "<p>Saturday, October 10, 2026, 10:00 am - 1:00 pm</p><p>Learn to make linocut prints.</p>"


def titles(body: str) -> list[str]:
    return [
        event["title"]
        for event in arts(f"<html><head><title>Riverside Arts Centre</title></head><body>{body}</body></html>")
    ]


@pytest.mark.parametrize(
    "banner",
    [
        '<header><h1><a href="/">Riverside Arts Centre</a></h1><nav><a href="/whats-on">What\'s on</a></nav></header>',
        '<header><h1>Riverside Arts Centre</h1><a href="/"><img src="/logo.png" alt=""></a></header>',
        '<div role="banner"><h1>Riverside Arts Centre</h1></div>',
        '<div class="top"><h1><a href="https://arts.example.org/">Riverside Arts Centre</a></h1></div>',
    ],
)
def test_the_banner_h1_gives_way_to_the_events_own_heading(banner: str) -> None:
    assert titles(f"{banner}<main><h2>Autumn Print Workshop</h2>{WORKSHOP}<h3>Tickets</h3><p>$20</p></main>") == [
        "Autumn Print Workshop"
    ]


def test_an_events_own_h1_in_its_header_stays_the_title() -> None:
    nav = '<header><a href="/">Home</a><nav><a href="/x">Visit</a></nav></header>'
    article = f"<article><header><h1>Autumn Print Workshop</h1></header><h2>About the artist</h2>{WORKSHOP}</article>"
    assert titles(nav + article) == ["Autumn Print Workshop"]
    entry = f'<header class="entry-header"><h1>Autumn Print Workshop</h1></header><h2>About the artist</h2>{WORKSHOP}'
    assert titles(entry) == ["Autumn Print Workshop"]
    own_link = f'<h1><a href="/events/print-workshop/">Autumn Print Workshop</a></h1><h2>About</h2>{WORKSHOP}'
    assert titles(own_link) == ["Autumn Print Workshop"]


@pytest.mark.parametrize(
    "hero",
    [
        '<header class="hero"><nav><a href="/">Home</a><a href="/x">Visit</a></nav><h1>Autumn Print Workshop</h1></header>',
        '<header><a href="/"><img src="/logo.png" alt=""></a><h1>Autumn Print Workshop</h1></header>',
    ],
)
def test_an_events_h1_in_a_hero_banner_beside_the_menu_stays_the_title(hero: str) -> None:
    # the banner's <h1> is not the site's name: the event's own, over a content whose one <h2> is a section's
    assert titles(f"{hero}<div>{WORKSHOP}<h2>Tickets</h2><p>$20</p></div>") == ["Autumn Print Workshop"]


def test_a_listing_under_a_banner_keeps_its_cards_titles() -> None:
    banner = '<header><h1><a href="/">Riverside Arts Centre</a></h1><nav><a href="/x">Visit</a></nav></header>'
    cards = "".join(
        f'<div class="event"><h3>{name}</h3><p>October {day}, 2026, 10:00 am</p></div>'
        for name, day in (("Print Workshop", 10), ("Pottery", 11))
    )
    assert sorted(titles(f"{banner}<main><h2>Upcoming events</h2>{cards}</main>")) == ["Pottery", "Print Workshop"]


@pytest.mark.parametrize(
    ("href", "home"),
    [("/", True), ("index.html", True), ("https://www.arts.example.org/", True), ("/events/", False),
     ("https://other.example.com/", False), ("#top", False), ("/?page=2", False), ("", False)],
)  # fmt: skip
def test_home_links(href: str, home: bool) -> None:
    assert _page_banner_headings.home_link(href, "https://arts.example.org/events/x/") is home


# --- 5. a stated place ends where the next sentence starts ----------------------------------------------------------
def test_a_stated_place_ends_before_the_next_sentence() -> None:
    page = meetings("Meetings are held at City Hall, 5 Main St. Parking is available behind the building.")
    assert [venue for _, venue, _ in places(board(page))] == ["City Hall, 5 Main St.", "City Hall, 5 Main St."]


@pytest.mark.parametrize(
    ("place", "kept"),
    [
        ("City Hall, 5 Main St. Parking is available behind", "City Hall, 5 Main St."),
        ("the Library, 12 Oak Ave. Recordings are posted online", "the Library, 12 Oak Ave."),
        ("5000 Euclid Ave. Suite 2, Cleveland", "5000 Euclid Ave. Suite 2, Cleveland"),
        ("St. Mel's Church", "St. Mel's Church"),
        ("St. Paul Lutheran Church, 4 Elm Rd.", "St. Paul Lutheran Church, 4 Elm Rd."),
    ],
)
def test_place_sentence_cut(place: str, kept: str) -> None:
    assert _page_place_sentences.place_sentence_cut(place) == kept


# --- 6. a statement for all meetings in another language ------------------------------------------------------------
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
rat = functools.partial(read_page, url="https://gemeinde.example.de/sitzungen/", zone=BERLIN, start=SEPTEMBER)
ROWS = "<li>Dienstag, 13.10.2026</li><li>Dienstag, 10.11.2026</li>"


def council(note: str, rows: str = ROWS) -> list[tuple[str | None, str | None, bool]]:
    page = (
        f"<html><body><main><h1>Sitzungstermine des Gemeinderats</h1><p>{note}</p><ul>{rows}</ul></main></body></html>"
    )
    return [
        (
            local_minute(dt.datetime.fromisoformat(e["start"]), BERLIN) if "T" in e["start"] else e["start"],
            e.get("venue_name"),
            bool(e.get("online")),
        )
        for e in rat(page)
    ]


def test_a_german_statement_times_and_places_the_rows() -> None:
    assert council("Die Sitzungen beginnen jeweils um 18:30 Uhr im Ratssaal des Rathauses.") == [
        ("2026-10-13 18:30", "Ratssaal des Rathauses", False),
        ("2026-11-10 18:30", "Ratssaal des Rathauses", False),
    ]


def test_a_german_statement_that_meetings_are_online() -> None:
    rows = "<li>Dienstag, 13.10.2026, 18:00 Uhr</li><li>Dienstag, 10.11.2026, 18:00 Uhr</li>"
    assert council("Die Sitzungen finden bis auf Weiteres online per Zoom statt.", rows) == [
        ("2026-10-13 18:00", None, True),
        ("2026-11-10 18:00", None, True),
    ]


@pytest.mark.parametrize(
    "note",
    [
        "Die Bibliothek öffnet um 10 Uhr im Erdgeschoss.",  # not about meetings
        "Sprechstunde des Bürgermeisters: Sitzungen nach Vereinbarung um 9 Uhr.",  # office hours
        "Anmeldung zu den Sitzungen bis 12 Uhr im Bürgerbüro.",  # a registration
    ],
)
def test_no_german_statement_for_the_meetings(note: str) -> None:
    assert council(note) == [("2026-10-13", None, False), ("2026-11-10", None, False)]


@pytest.mark.parametrize(
    "note",
    [
        "Die Sitzungsunterlagen sind online abrufbar.",
        "Die Sitzungen sind öffentlich; die Unterlagen finden Sie online.",
        "Die Sitzungen werden auch per Livestream übertragen.",
        "Les séances sont retransmises en ligne.",
        "Meeting agendas are online.",
        # the papers, the invitations, the sign-up are online: no verb of holding the meetings
        "Die Niederschriften der Sitzungen sind online einsehbar.",
        "Die Einladungen zu den Sitzungen finden Sie online im Ratsinformationssystem.",
        "Les comptes rendus des séances sont consultables en ligne.",
        "Las convocatorias de las sesiones están disponibles en línea.",
    ],
)
def test_documents_or_a_stream_online_are_no_online_meetings(note: str) -> None:
    assert _page_remote_meetings.remote_statement([note]) is None


@pytest.mark.parametrize(
    "note",
    [
        "Die Sitzungen werden bis auf Weiteres als Videokonferenz durchgeführt.",
        "Les séances ont lieu en visioconférence.",
        "Las sesiones se celebran de forma telemática.",
    ],
)
def test_meetings_held_online_in_other_languages(note: str) -> None:
    assert _page_remote_meetings.remote_statement([note]) == note


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Die Sitzungen beginnen um 19 Uhr im Ratssaal.", "Ratssaal"),
        ("Les séances ont lieu à 19h00 dans la salle du conseil de la mairie.", "salle du conseil de la mairie"),
        ("Las sesiones se celebran a las 18:00 horas en el Salón de Plenos.", "Salón de Plenos"),
        ("De vergaderingen beginnen om 19.30 uur in de raadzaal.", "raadzaal"),
        ("Die Sitzungen beginnen um 19 Uhr im großen Saal.", None),  # not a name
        ("Les séances ont lieu à 19h au printemps.", None),
    ],
)
def test_places_abroad(sentence: str, place: str | None) -> None:
    assert _page_stated_abroad.meets_abroad(sentence)
    assert _page_stated_abroad.place_abroad(sentence) == place
