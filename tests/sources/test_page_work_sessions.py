"""A work's sessions listed per place under the work's heading (sources/adapters/_page_work_sessions.py), on pages of
our own: the film (or the act) names each session and the place's heading is its location, not its name; sessions
that name themselves, groups headed by no place, a lone session and a booking prompt over the places keep their
readings."""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import lxml.html

from sources.adapters._page_work_sessions import (
    MAX_SIBLINGS,
    POSTCODE_ALONE,
    _earlier_branches,
    _place_heading,
    _short_text,
)
from tests.sources.helpers import read_page, site_page

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
MARCH = dt.datetime(2027, 3, 8, 9, 0)  # noqa: DTZ001 - a wall-clock time read_page places in the zone

read_films = functools.partial(read_page, url="https://cinemas.example.fr/films?page=2", zone=PARIS, start=MARCH)
read_kino = functools.partial(read_page, url="https://kinos.example.de/programm/", zone=BERLIN, start=MARCH)
EVIDENCE = "titled by the heading over its place's"


def session(day: str, clock: str, ticket: str, *, own: str = "") -> str:
    """A session: its day and its time, the version, a booking button (and a name of its own, when given)."""
    named = f"<p class='name'>{own}</p>" if own else ""
    return (
        f"<div class='session'><div class='sessionDate'>{day}</div><p class='time'>{clock}</p>{named}"
        f"<p class='version'>VO</p><a class='btn' href='https://billets.example.fr/{ticket}'>Réservez &gt;</a></div>"
    )


def cinema(name: str, slug: str, postcode: str, *sessions: str) -> str:
    """A cinema's group: its heading linking to its page, its postcode beside it, then its sessions."""
    return f"<div class='group'><a href='/salle/{slug}'><h3>{name}</h3></a><span>{postcode}</span></div>" + "".join(
        sessions
    )


def film(title: str, slug: str, *groups: str) -> str:
    """A film's block: its heading and facts in one branch, its sessions per cinema in another."""
    return (
        f"<div class='movie'><div class='poster'><a href='/film/{slug}'><img src='/p/{slug}.jpg' alt=''></a></div>"
        f"<div class='desc'><a href='/film/{slug}'><h3>{title}</h3></a><p>Drame</p><p>Durée : 98 min</p>"
        f"<p>Avec Marie Durand, Paul Martin</p></div><div class='sessions'>{''.join(groups)}</div></div>"
    )


def titles_places(events: list[dict]) -> list[tuple[str, str, str | None]]:
    timed = [event for event in events if "T" in str(event["start"])]
    return sorted((str(event["start"])[:16], event["title"], event["venue_name"]) for event in timed)


def test_a_film_names_its_sessions_and_each_cinema_places_them() -> None:
    page = site_page(
        film(
            "Les Feuilles mortes",
            "les-feuilles-mortes",
            cinema("Le Grand Écran", "grand-ecran", "75005", session("ven 12/03", "19:30", "a1")),
        )
        + film(
            "Nuit blanche",
            "nuit-blanche",
            cinema(
                "L'Atelier",
                "atelier",
                "75014",
                session("jeu 11/03", "20:45", "b1"),
                session("ven 12/03", "16:10", "b2"),
            ),
            cinema("Studio Lumière", "studio-lumiere", "75015", session("ven 12/03", "21:05", "b3")),
        ),
        site="Cinémas du Quartier",
        address="12 rue des Écoles, 75005 Paris",
        nav=("Films", "Salles", "Contact"),
        title="Films",
    )
    events = read_films(page)
    assert titles_places(events) == [
        ("2027-03-11T20:45", "Nuit blanche", "L'Atelier"),
        ("2027-03-12T16:10", "Nuit blanche", "L'Atelier"),
        ("2027-03-12T19:30", "Les Feuilles mortes", "Le Grand Écran"),
        ("2027-03-12T21:05", "Nuit blanche", "Studio Lumière"),
    ]
    first = next(event for event in events if event["title"] == "Les Feuilles mortes")
    # the cinema's link is its page, not the session's: the film's page is
    assert first["url"] == "https://cinemas.example.fr/film/les-feuilles-mortes"


def test_a_place_known_by_its_address_or_its_class_places_an_acts_sessions() -> None:
    def act(name: str, *groups: str) -> str:
        return f"<section class='act'><h2>{name}</h2><p>Indie-Pop aus Hamburg</p><div>{''.join(groups)}</div></section>"

    def stage(heading: str, beside: str, *rows: str) -> str:
        where = "venue" if "Einlass" in beside else "where"  # the second place is known by its block's class alone
        return f"<div class='{where}'><h4>{heading}</h4>{beside}</div>" + "".join(
            f"<div class='slot'><p>{day}</p><p>{clock} Uhr</p><a href='/tickets'>Tickets</a></div>"
            for day, clock in rows
        )

    page = site_page(
        act("Die Wellen", stage("Halle Nord", "<p>Hafenstraße 12, 20457 Hamburg</p>", ("Fr 12.03.2027", "20:00")))
        + act("Kreisverkehr", stage("Kleiner Saal", "<p>Einlass ab 19 Uhr</p>", ("Sa 13.03.2027", "21:30"))),
        site="Stadtfest",
        address="Am Markt 1, 10115 Berlin",
        nav=("Programm", "Tickets"),
    )
    assert titles_places(read_kino(page)) == [
        ("2027-03-12T20:00", "Die Wellen", "Halle Nord"),
        ("2027-03-13T21:30", "Kreisverkehr", "Kleiner Saal"),
    ]


def test_sessions_that_name_themselves_keep_their_names() -> None:
    # A venue's groups of nights, each night with a name of its own under its cinema: not the block's heading's.
    page = site_page(
        film(
            "Ciné-club du jeudi",
            "cine-club",
            cinema(
                "Le Grand Écran",
                "grand-ecran",
                "75005",
                session("jeu 11/03", "20:00", "c1", own="Soirée Truffaut"),
                session("jeu 18/03", "20:00", "c2", own="Soirée Varda"),
            ),
        ),
        site="Cinémas du Quartier",
        address="12 rue des Écoles, 75005 Paris",
        nav=("Films", "Salles"),
    )
    events = read_films(page)
    assert [event["title"] for event in events if "T" in str(event["start"])] == ["Soirée Truffaut", "Soirée Varda"]
    assert not any(EVIDENCE in " ".join(event["evidence"]) for event in events)


def test_a_group_heading_that_names_no_place_is_not_taken_for_one() -> None:
    # "Version originale" heads the sessions: no link to a place's page, no postcode, no venue class.
    def group(heading: str, *sessions: str) -> str:
        return f"<div class='group'><h3>{heading}</h3><span>Sous-titres français</span></div>" + "".join(sessions)

    page = site_page(
        film(
            "Nuit blanche",
            "nuit-blanche",
            group("Version originale", session("jeu 11/03", "20:45", "d1"), session("ven 12/03", "16:10", "d2")),
        ),
        site="Cinémas du Quartier",
        address="12 rue des Écoles, 75005 Paris",
        nav=("Films",),
    )
    events = read_films(page)
    assert len(events) == 2  # both sessions read, by the other readers
    assert not any(EVIDENCE in " ".join(event["evidence"]) for event in events)
    assert all(event["venue_name"] != "Version originale" for event in events)


def test_one_session_alone_or_under_a_booking_prompt_is_left_to_the_other_readers() -> None:
    lone = site_page(
        film(
            "Nuit blanche", "nuit-blanche", cinema("L'Atelier", "atelier", "75014", session("jeu 11/03", "20:45", "e1"))
        ),
        site="Cinémas du Quartier",
        address="12 rue des Écoles, 75005 Paris",
        nav=("Films",),
    )
    alone = read_films(lone)
    assert alone  # read, by the other readers
    assert not any(EVIDENCE in " ".join(event["evidence"]) for event in alone)
    # A booking box headed "Séances" / "Showtimes" over the cinemas: the prompt names nothing.
    prompt = site_page(
        "<div class='box'><h2>Showtimes</h2><div class='sessions'>"
        + cinema(
            "L'Atelier", "atelier", "75014", session("jeu 11/03", "20:45", "f1"), session("ven 12/03", "16:10", "f2")
        )
        + "</div></div>",
        site="Cinémas du Quartier",
        address="12 rue des Écoles, 75005 Paris",
        nav=("Films",),
    )
    prompted = read_films(prompt)
    assert len(prompted) == 2
    assert all(event["title"] != "Showtimes" for event in prompted)


def test_what_makes_a_heading_a_places() -> None:
    def heading(html: str) -> object:
        return next(lxml.html.fromstring(f"<div>{html}</div>").iter("h3"))

    assert _place_heading(heading("<div><a href='/venues/the-hall'><h3>The Hall</h3></a></div>"))
    assert _place_heading(heading("<div class='cinemaTitle'><h3>Rex</h3></div>"))
    assert _place_heading(heading("<div><h3>Rex</h3><span>CH-4057</span></div>"))
    # not: a film's page, a year beside the heading, a link to an event, a place word inside a longer class word
    assert not _place_heading(heading("<div><a href='/film/rex'><h3>Rex</h3></a></div>"))
    assert not _place_heading(heading("<div><h3>Rex</h3><span>2027</span></div>"))
    assert not _place_heading(heading("<div><a href='/events/stage-fright'><h3>Stage Fright</h3></a></div>"))
    assert not _place_heading(heading("<div class='backstage-pass'><h3>Rex</h3></div>"))
    assert POSTCODE_ALONE.match("75005")
    assert not POSTCODE_ALONE.match("2027")


def test_each_place_in_a_wrapper_of_its_own_and_a_work_without_a_heading() -> None:
    # Each cinema's group wrapped whole: the film's second cinema passes over the first to reach the film.
    def wrapped(name: str, slug: str, postcode: str, *sessions: str) -> str:
        return f"<div class='cinema'>{cinema(name, slug, postcode, *sessions)}</div>"

    def untitled(*groups: str) -> str:  # a film block whose title is only in its poster's alt text
        return f"<div class='movie'><div class='desc'><p>Drame</p></div><div class='sessions'>{''.join(groups)}</div></div>"

    page = site_page(
        film(
            "Nuit blanche",
            "nuit-blanche",
            wrapped("L'Atelier", "atelier", "75014", session("jeu 11/03", "20:45", "g1")),
            wrapped("Studio Lumière", "studio-lumiere", "75015", session("ven 12/03", "21:05", "g2")),
        )
        + untitled(wrapped("Le Grand Écran", "grand-ecran", "75005", session("sam 13/03", "18:00", "g3"))),
        site="Cinémas du Quartier",
        address="12 rue des Écoles, 75005 Paris",
        nav=("Films",),
    )
    read = {str(event["start"])[:16]: event["title"] for event in read_films(page)}
    assert read["2027-03-11T20:45"] == "Nuit blanche"
    assert read["2027-03-12T21:05"] == "Nuit blanche"
    # the next film's session is not the previous film's
    assert read["2027-03-13T18:00"] != "Nuit blanche"


def test_the_walk_to_a_sessions_headings_is_bounded_on_a_long_flat_list() -> None:
    # Thousands of rows, each with a heading of its own, before the last: only the nearest MAX_SIBLINGS branches on a
    # level are looked at, and a long block beside a heading is not read for a postcode (the walk was quadratic).
    rows = "".join(f"<li><h4>Row {number}</h4><p>75005</p></li>" for number in range(3000))
    root = lxml.html.fromstring(f"<div><h2>Cinema</h2><ul>{rows}<li id='last'>20:45</li></ul></div>")
    last = root.get_element_by_id("last")
    first_level = [headings for headings, parent in _earlier_branches(last) if parent is last.getparent()]
    assert len(first_level) == MAX_SIBLINGS
    assert first_level[0][0].text == "Row 2999"  # nearest first
    assert _short_text(root.find("ul")) == ""
    assert _short_text(root.find(".//p")) == "75005"
