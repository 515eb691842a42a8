"""The eighty-eighth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout88.json: measured
once at 16b8fc8f), on small documents of our own:

* A user group's workshop page from a static generator: every page's <h1> is the group's name ("PHP USERGROUP
  DRESDEN e.V. [VR 9725]"), the breadcrumb ends in the page's own name as plain text (Home › Events › "Xdebug
  workshop with Derick Rethans") and an <h2> with the same words stands over the date line. The day was read but
  titled by the <h1>. Now the one <h2>/<h3> that repeats the breadcrumb's current item names the page in place of a
  different <h1> (``_page_section_title.crumb_heading``, called in ``_page_info.page_info``). Not: an <h1> that is
  the current item (a news article's title in its own trail), a current item that is a link or a section's generic
  name ("Events"), a one-step trail, a current item no heading repeats or two headings repeat.

Left (docs/real-world-sources-log.md, batch 88): the conference schedule's year-less day headings over rows of time and
title cells (each day read as one event), the workshop's session times as its span, a meetup's place on a
map-marker line and the German "am" a removed date leaves at a title's end.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters import _page_info
from tests.sources.helpers import read_page

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
START = dt.datetime(2031, 9, 1, tzinfo=BERLIN)
read = functools.partial(read_page, url="https://group.example/events/2031/", zone=BERLIN, start=START)


def _page(h1: str, trail: str, content: str) -> str:
    return (
        "<html><head><meta charset='utf-8'></head><body><div id='mainstage'>"
        f"<h1>{h1}</h1><ul class='breadcrumb'>{trail}</ul>{content}</div>"
        "<div id='footer'>&copy; 2031 Example Group</div></body></html>"
    )


TRAIL = "<li><a href='/'>Home</a></li><li><a href='/events.html'>Events</a></li><li class='active'>{}</li>"
WORKSHOP = (
    "<h2>Debugging workshop with Ada Example</h2><hr><p><strong>October 4th, 2031</strong><br>"
    "<strong>Example Hall</strong><br>Main Street 14<br>01067 Dresden</p><p>We are proud to host a workshop.</p>"
)


def _titles(page: str) -> list[str]:
    return [event["title"] for event in read(page)]


def _without_rule(page: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """What the page reads as with the rule off: a hard negative must read the same with it on."""
    with monkeypatch.context() as patched:
        patched.setattr(_page_info, "crumb_heading", lambda root, h1: h1)
        before = [(event["title"], str(event["start"])) for event in read(page)]
    assert [(event["title"], str(event["start"])) for event in read(page)] == before
    return before


def test_the_heading_that_repeats_the_breadcrumbs_current_item_names_the_page() -> None:
    page = _page("EXAMPLE GROUP e.V.", TRAIL.format("Debugging workshop with Ada Example"), WORKSHOP)
    events = read(page)
    assert [(event["title"], str(event["start"])[:10]) for event in events] == [
        ("Debugging workshop with Ada Example", "2031-10-04")
    ]


@pytest.mark.parametrize(
    ("h1", "trail"),
    [
        # the <h1> is the current item: a news article's title repeated in its trail
        ("Debugging workshop with Ada Example", TRAIL.format("Debugging workshop with Ada Example")),
        # the current item is a link (the trail's last step is a section page)
        ("EXAMPLE GROUP e.V.", TRAIL.format("<a href='/w.html'>Debugging workshop with Ada Example</a>")),
        # a section's generic name as the current item
        ("EXAMPLE GROUP e.V.", TRAIL.format("Events")),
        # a one-step trail
        ("EXAMPLE GROUP e.V.", "<li>Debugging workshop with Ada Example</li>"),
        # the current item is repeated by no heading
        ("EXAMPLE GROUP e.V.", TRAIL.format("Workshops")),
    ],
)
def test_no_breadcrumb_heading_leaves_the_h1(h1: str, trail: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _without_rule(_page(h1, trail, WORKSHOP), monkeypatch)


def test_two_headings_with_the_current_items_words_leave_the_h1(monkeypatch: pytest.MonkeyPatch) -> None:
    content = WORKSHOP + "<h3>Debugging workshop with Ada Example</h3><p>The second day of it.</p>"
    page = _page("EXAMPLE GROUP e.V.", TRAIL.format("Debugging workshop with Ada Example"), content)
    _without_rule(page, monkeypatch)


NEWS = (
    "<html><head><title>Bridge reopens after repairs - Town News</title></head><body>"
    "<h1>Bridge reopens after repairs</h1><nav aria-label='Breadcrumb'><ol><li><a href='/'>Home</a></li>"
    "<li><a href='/news/'>News</a></li><li>Bridge reopens after repairs</li></ol></nav>"
    "<h2>Bridge reopens after repairs</h2><p>Published 3 March 2031. The bridge on Mill Road reopened on Monday "
    "after six weeks of repairs.</p></body></html>"
)
SHOP = (
    "<html><head><title>Blue running shoe - Shop</title></head><body><h1>Blue running shoe</h1>"
    "<div class='breadcrumbs'><ul><li><a href='/'>Shop</a></li><li><a href='/shoes/'>Shoes</a></li>"
    "<li>Running</li></ul></div><h2>Running</h2><p>Delivery by 12 March 2031. 89.00 EUR.</p></body></html>"
)


@pytest.mark.parametrize("page", [NEWS, SHOP])
def test_ordinary_pages_with_a_breadcrumb_read_the_same(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _without_rule(page, monkeypatch)
