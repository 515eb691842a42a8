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
