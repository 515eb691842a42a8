"""Left30: a user group's events page printed its past meetups beside its next one (pages batch 88's events page,
extra 4). Its "Vergangene Events" was no past label (``_page_more_dates.PAST_LABEL`` knew "Vergangene
Veranstaltungen"), its last meetup sat under a bold "Programm / Program" line that became its heading, and once the
past rows were left out, the one coming meetup was read as the page's one event titled "Events". Now "Vergangene
Events"/"… Treffen" are labels, rows further down the section stay in it while each since the label is past
(``_page_past_sections._below_label``), and a listing's one coming row beside its left-out past is a listing's row
(``listing_of_one``). Not: a page that is only an archive, a heading that only mentions the past, a coming row
below the past section (another section's), rows above the label.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters import _page_past_sections
from tests.sources.helpers import read_page

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
START = dt.datetime(2031, 11, 1, tzinfo=BERLIN)
read = functools.partial(read_page, url="https://usergroup.example/events.html", zone=BERLIN, start=START)

NEXT = (
    "<h3>Nächstes Event</h3><h4>Meetup IV/2031 am 09. November 2031</h4>"
    "<p><i class='fa fa-map-marker'></i> <a href='https://goo.gl/maps/x'>Example GmbH — Hauptstr. 2, 01097 Dresden</a></p>"
    "<p><strong>Programm / Program</strong></p><p>18:30 Uhr (06:30pm) - Doors Open</p>"
    "<p>19:00 Uhr (07:00pm) - <strong>Testing in practice</strong> (Main Talk)</p>"
)
PAST = (
    "<h4>Summer BBQ 2031 am 25. August 2031</h4><p><i class='fa fa-map-marker'></i> Dachterrasse, Dresden</p>"
    "<p>The user group turns six.</p><hr>"
    "<h4><a href='/e/3'>Meetup III/2031 am 11. Mai 2031</a></h4><p><i class='fa fa-map-marker'></i> Remote</p>"
    "<p><strong>JSON-Schema</strong> (Main Talk)</p>"
    "<h4><a href='/e/2'>Meetup II/2031 am 21. März 2031</a></h4><p><strong>Programm / Program</strong></p>"
    "<p><strong>How good are my tests?</strong> (Main Talk)</p>"
    "<h4><a href='/e/1'>Meetup I/2031 am 10. Februar 2031</a></h4><p><strong>Programm / Program</strong></p>"
    "<p><strong>Docker essentials</strong> (Main Talk)</p>"
)


def _page(body: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>Events - Example User Group</title></head><body>"
        f"<div id='main'><h1>Events</h1><h2>Save the dates</h2>{body}</div></body></html>"
    )


def _titles(page: str) -> list[tuple[str, str]]:
    return [(event["title"], str(event["start"])[:10]) for event in read(page)]


def test_the_past_meetups_are_left_out_and_the_next_is_read() -> None:
    page = _page(NEXT + "<h3>Vergangene Events</h3>" + PAST)
    assert _titles(page) == [("Meetup IV/2031", "2031-11-09")]


def test_without_the_rule_the_past_meetups_were_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_past_sections, "_below_label", lambda schedule, past, today: set())
    monkeypatch.setattr(_page_past_sections, "listing_of_one", lambda schedule, no_event, notes: False)
    assert len(_titles(_page(NEXT + "<h3>Vergangene Events</h3>" + PAST))) > 1


def _rule_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_past_sections, "_below_label", lambda schedule, past, today: set())
    monkeypatch.setattr(_page_past_sections, "listing_of_one", lambda schedule, no_event, notes: False)


@pytest.mark.parametrize(
    "body",
    [
        "<h3>Vergangene Events</h3>" + PAST,  # an archive only: nothing coming
        NEXT + "<h3>Vergangene Events und Pläne</h3>" + PAST,  # a heading that only mentions the past
    ],
    ids=["archive", "mention"],
)
def test_pages_whose_past_is_no_section_beside_what_is_coming_read_as_before(
    body: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    on = _titles(_page(body))
    _rule_off(monkeypatch)
    assert on == _titles(_page(body))
    assert len(on) >= 4  # the archive's rows are still read


def test_a_coming_row_ends_the_past_section() -> None:
    coming = (
        "<h3>Termine</h3><h4>Meetup IV/2031 am 09. November 2031</h4><p>Example GmbH, Dresden</p>"
        "<h4>Stammtisch am 28. Oktober 2031</h4><p><strong>Programm / Program</strong></p><p>Beer and talk</p>"
    )
    titles = _titles(_page("<h3>Vergangene Events</h3>" + PAST + coming))
    assert ("Meetup IV/2031", "2031-11-09") in titles
    assert ("Stammtisch", "2031-10-28") in titles  # past, but under the coming section: not the past section's
