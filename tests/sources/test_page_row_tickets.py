"""A listing row's "Tickets" link as its event's url when the name links nowhere (issue #13, helper leftpages6;
sources/adapters/_page_row_tickets.py), each on a small document of our own: gig rows of a time under a day, a
plain-text name and a "Tickets" link take that link as the event's url, when it is the row's only link and no
other row shares it.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from tests.sources.helpers import read_page

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
read = functools.partial(
    read_page, url="https://club.example.org/gigs", zone=CHICAGO, start=dt.datetime(2026, 10, 5, tzinfo=CHICAGO)
)


def gigs(second: str, first: str = "", named: str = "<span>Lowland Hum</span>") -> str:
    return f"""<html lang="en"><body><h1>Gig list</h1><div class="gigs">
<div class="gig"><div class="gig-date"><h2>Saturday, October 10, 2026</h2></div><div class="gig-time">8pm</div>
<div class="gig-act"><span>Copper Kettle Band</span></div><div class="gig-tix">{first}</div></div>
<div class="gig gig-repeat"><div class="gig-date"></div><div class="gig-time">10:30pm</div>
<div class="gig-act">{named}</div><div class="gig-tix">{second}</div></div>
</div></body></html>"""


def urls(document: str) -> dict[str, str | None]:
    return {event["title"]: event.get("url") for event in read(document)}


def test_the_rows_only_link_its_tickets_is_its_url() -> None:
    found = urls(gigs('<a href="https://tickets.example.net/e/4412">Tickets</a>'))

    assert found == {"Copper Kettle Band": None, "Lowland Hum": "https://tickets.example.net/e/4412"}


def test_each_rows_own_ticket_link() -> None:
    found = urls(
        gigs(
            '<a href="https://tickets.example.net/e/4412">Buy tickets</a>',
            first='<a href="https://tickets.example.net/e/4411">Tickets</a>',
        )
    )

    assert found == {
        "Copper Kettle Band": "https://tickets.example.net/e/4411",
        "Lowland Hum": "https://tickets.example.net/e/4412",
    }


# --- guards ---------------------------------------------------------------------------------------------------
def test_a_box_office_link_in_every_row_names_no_event() -> None:
    """Guards the shared link: the same box office home page in each row is no one event's page."""
    office = '<a href="https://boxoffice.example.net/">Tickets</a>'

    assert urls(gigs(office, first=office)) == {"Copper Kettle Band": None, "Lowland Hum": None}


def test_a_row_that_links_elsewhere_too_is_left_alone() -> None:
    """Guards the only link: a row with a "More info" page beside its tickets does not say which is its page."""
    both = '<a href="https://tickets.example.net/e/4412">Tickets</a> <a href="/artists/lowland-hum">Info</a>'

    assert urls(gigs(both))["Lowland Hum"] != "https://tickets.example.net/e/4412"


def test_a_linked_name_keeps_its_link() -> None:
    """Guards the name's link: the event's own page wins over its tickets'."""
    found = urls(
        gigs(
            '<a href="https://tickets.example.net/e/4412">Tickets</a>',
            named='<a href="https://club.example.org/gigs/lowland-hum">Lowland Hum</a>',
        )
    )

    assert found["Lowland Hum"] == "https://club.example.org/gigs/lowland-hum"


def test_a_link_that_is_not_a_ticket_is_not_taken() -> None:
    """Guards the label: a row's lone "Map" link is the place's, not the event's page."""
    assert urls(gigs('<a href="https://maps.example.net/?q=club">Map</a>'))["Lowland Hum"] is None


# --- a table's rows: a date, a name, a place, a "Tickets" link ---------------------------------------------------
def table(*rows: tuple[str, str, str, str]) -> str:
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in rows)
    return f'<html lang="en"><body><h1>Upcoming</h1><table class="shows">{cells}</table></body></html>'


def test_a_tables_rows_are_named_by_their_words_and_opened_by_their_tickets() -> None:
    """The row's "Tickets" link was its title; its name is the cell of words, its url the tickets' page."""
    events = read(
        table(
            ("Oct 10, 2026", "Copper Kettle Band", "Back Room", '<a href="https://tix.example.net/e/11">Tickets</a>'),
            ("Oct 12, 2026", "Lowland Hum", "Main Stage", '<a href="https://tix.example.net/e/12">Tickets</a>'),
            ("Oct 16, 2026", "Marsh Wrens", "Back Room", '<a href="https://tix.example.net/e/13">Tickets</a>'),
        )
    )

    assert [(e["title"], e["url"]) for e in events] == [
        ("Copper Kettle Band", "https://tix.example.net/e/11"),
        ("Lowland Hum", "https://tix.example.net/e/12"),
        ("Marsh Wrens", "https://tix.example.net/e/13"),
    ]


def test_a_tables_box_office_link_in_every_row_is_no_rows_page() -> None:
    """Guards the shared link in a table: the box office's home page is every row's, so none's url."""
    office = '<a href="https://boxoffice.example.net/">Tickets</a>'
    events = read(
        table(
            ("Oct 10, 2026", "Copper Kettle Band", "Back Room", office),
            ("Oct 12, 2026", "Lowland Hum", "Main Stage", office),
        )
    )

    assert [(e["title"], e.get("url")) for e in events] == [("Copper Kettle Band", None), ("Lowland Hum", None)]


def test_a_tables_linked_names_stay_its_titles() -> None:
    """Guards the name: a row whose name is its link keeps that name and page; its tickets are a link beside it."""
    events = read(
        table(
            ("Oct 10, 2026", '<a href="/gigs/copper">Copper Kettle Band</a>', "Back Room", ""),
            ("Oct 12, 2026", '<a href="/gigs/lowland">Lowland Hum</a>', "Main Stage", ""),
        )
    )

    assert [(e["title"], e["url"]) for e in events] == [
        ("Copper Kettle Band", "https://club.example.org/gigs/copper"),
        ("Lowland Hum", "https://club.example.org/gigs/lowland"),
    ]
