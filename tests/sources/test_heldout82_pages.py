"""The eighty-second held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout82.json: measured
once at 25c52300), on small documents of our own:

* A museum cinema's week: day heads ("viernes 23 Ene") over cards, each card one link around its time and its
  film's heading ("<a href=/producto/perfect-blue/><p>2:00 pm</p><h3>Perfect Blue</h3></a>"). The showings were
  read with their day, time and title but no link: the heading's link had the time's words too, so it was not
  taken for the heading's. Now a link that wraps just the row's time line and its heading is the row's
  (``_page_row_links.row_link``). Not: a link that wraps more than the row (a day's column of rows, a card with
  its blurb), a heading linked to something else, a row with no link.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters import _page_bars
from tests.sources.helpers import read_page

BOGOTA = zoneinfo.ZoneInfo("America/Bogota")
# A cinema's week, read on its first day.
WEEK_START = dt.datetime(2031, 1, 20)  # noqa: DTZ001
read_es = functools.partial(read_page, url="https://cine.example/cartelera/", zone=BOGOTA, start=WEEK_START)
read_en = functools.partial(read_page, url="https://venue.example/", zone=BOGOTA, start=dt.datetime(2031, 2, 1))  # noqa: DTZ001


def _week(cards_23: str, cards_24: str = "") -> str:
    return (
        '<html><body><main><h1>Cine del Museo</h1><section class="schedule-week"><div class="row">'
        f'<div class="col"><div class="day"><p class="small">jueves 23 Ene</p></div>{cards_23}</div>'
        f'<div class="col"><div class="day"><p class="small">viernes 24 Ene</p></div>{cards_24}</div>'
        "</div></section></main></body></html>"
    )


def _card(clock: str, title: str, href: str | None, extra: str = "") -> str:
    inner = f'<p class="small">{clock}</p><h3>{title}</h3>{extra}'
    return (
        f'<div class="card"><a href="{href}">{inner}</a></div>' if href else f'<div class="card"><a>{inner}</a></div>'
    )


def _rows(events: list[dict]) -> list[tuple[str, str, str | None]]:
    return [(event["title"], str(event["start"])[:16], event["url"]) for event in events]


def test_a_card_link_around_the_time_and_heading_is_the_showings_link() -> None:
    page = _week(
        _card("2:00 pm", "Perfect Blue", "/producto/perfect-blue/")
        + _card("6:30 pm", "Resurrección", "/producto/resurreccion/"),
        _card("1:15 pm", "Un poeta", "/producto/un-poeta/"),
    )
    assert _rows(read_es(page)) == [
        ("Perfect Blue", "2031-01-23T14:00", "https://cine.example/producto/perfect-blue/"),
        ("Resurrección", "2031-01-23T18:30", "https://cine.example/producto/resurreccion/"),
        ("Un poeta", "2031-01-24T13:15", "https://cine.example/producto/un-poeta/"),
    ]


def _unchanged(page: str, read, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str | None]]:
    """What the page gives, checked to be what it gave before the rule (``row_link`` never answering)."""
    now = _rows(read(page))
    with monkeypatch.context() as patched:
        patched.setattr(_page_bars, "row_link", lambda heading, before: None)
        assert _rows(read(page)) == now
    return now


def test_a_card_with_no_link_keeps_none(monkeypatch: pytest.MonkeyPatch) -> None:
    # a past day's cards: the same markup with a bare <a>
    page = _week(_card("2:00 pm", "Perfect Blue", None), _card("1:15 pm", "Un poeta", None))
    assert _unchanged(page, read_es, monkeypatch) == [
        ("Perfect Blue", "2031-01-23T14:00", None),
        ("Un poeta", "2031-01-24T13:15", None),
    ]


def test_a_link_that_wraps_more_than_the_row_is_not_the_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    # the card's link holds its blurb too: a link to more than the showing's time and name
    blurb = "<p>Un clásico del anime, remasterizado en 4K para la pantalla grande del museo.</p>"
    page = _week(
        _card("2:00 pm", "Perfect Blue", "/producto/perfect-blue/", extra=blurb),
        _card("1:15 pm", "Un poeta", "/producto/un-poeta/", extra=blurb),
    )
    rows = _unchanged(page, read_es, monkeypatch)
    assert all(url is None or "/producto/" not in url for _, _, url in rows)
    # a whole day's column in one link ("see the day"): no row takes it
    column = (
        '<html><body><main><h1>Cine del Museo</h1><section><div class="col"><a href="/dia/23/">'
        "<p>jueves 23 Ene</p><p>2:00 pm</p><h3>Perfect Blue</h3><p>6:30 pm</p><h3>Resurrección</h3>"
        "</a></div></section></main></body></html>"
    )
    _unchanged(column, read_es, monkeypatch)


def test_ordinary_date_bars_with_linked_headings_are_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    # a venue's list: the heading's own link, the time in a cell of its own, read as before
    page = (
        "<html><body><main><h1>Upcoming at the Hall</h1><ul>"
        '<li><p>February 15</p><p>11:00 a.m.</p><h2><a href="/events/ghost/">Ghost</a></h2></li>'
        '<li><p>February 16</p><p>7:30 p.m.</p><h2><a href="/events/choir/">Winter Choir</a></h2>'
        "<p>Doors at 7 p.m. Tickets $12.</p></li></ul></main></body></html>"
    )
    assert _unchanged(page, read_en, monkeypatch) == [
        ("Ghost", "2031-02-15T11:00", "https://venue.example/events/ghost/"),
        ("Winter Choir", "2031-02-16T19:30", "https://venue.example/events/choir/"),
    ]


def test_ordinary_cards_whose_heading_links_elsewhere_keep_their_own_link(monkeypatch: pytest.MonkeyPatch) -> None:
    # the heading links to the film, a booking link beside it: the heading's own link stays the row's
    page = _week(
        '<div class="card"><p class="small">2:00 pm</p><h3><a href="/peliculas/perfect-blue/">Perfect Blue</a></h3>'
        '<a href="/comprar/123/">Comprar</a></div>',
        '<div class="card"><p class="small">1:15 pm</p><h3><a href="/peliculas/un-poeta/">Un poeta</a></h3>'
        '<a href="/comprar/124/">Comprar</a></div>',
    )
    rows = _unchanged(page, read_es, monkeypatch)
    assert ("Perfect Blue", "2031-01-23T14:00", "https://cine.example/peliculas/perfect-blue/") in rows
