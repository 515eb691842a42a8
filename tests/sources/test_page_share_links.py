"""A share button's address (Tweet this, Share on Facebook, LinkedIn, WhatsApp…) is never an event's own page.

A listing card whose only link is its share buttons, or whose detail panel's only link is one, had the share address
taken as the event's url ("https://twitter.com/intent/tweet?text=…"). Documents of our own."""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._page_share_links import SHARE_LINK, share_link
from tests.hostile import superlinear_shape
from tests.sources.helpers import read_page

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
JANUARY = dt.datetime(2027, 1, 1, tzinfo=NEW_YORK)
PAGE = "https://works.example.org/events/"


read = functools.partial(read_page, url=PAGE, zone=NEW_YORK, start=JANUARY)


ROWS = [("Board of Trustees Meeting", "February 10, 2027"), ("Nominating Committee Meeting", "March 3, 2027")]


def listing(heading: str, row: str, around: tuple[str, str] = ("", "")) -> str:
    """A page of ``ROWS``, each written by ``row`` (a format of ``share``, ``index``, ``title`` and ``day``)."""
    rows = "".join(row.format(index=index, title=title, day=day) for index, (title, day) in enumerate(ROWS))
    return f"<html lang=en><body><h1>{heading}</h1>{around[0]}{rows}{around[1]}</body></html>"


def cards(share: str) -> str:
    return listing(
        "Events",
        '<div class="item"><h3>{title}</h3><p>{day} 8:30 a.m.</p><p>1867 W. Market St., Akron</p>'
        f'<p><a href="{share}{{index}}">Tweet</a></p></div>',
    )


@pytest.mark.parametrize(
    "share",
    [
        "https://twitter.com/intent/tweet?text=event",
        "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fworks.example.org%2Fe",
        "https://www.linkedin.com/shareArticle?mini=true&url=e",
        "https://api.whatsapp.com/send?text=e",
        "https://x.com/intent/post?text=e",
    ],
)
def test_a_cards_share_button_is_not_its_page(share: str) -> None:
    events = read(cards(share))
    assert [event["title"] for event in events] == ["Board of Trustees Meeting", "Nominating Committee Meeting"]
    assert all(event["url"] is None or "example.org" in str(event["url"]) for event in events)


@pytest.mark.parametrize(
    "url",
    [
        "https://twitter.com/ReWorksAkron",  # the venue's own profile is a page, not a share button
        "https://www.facebook.com/events/1234567890/",
        "https://www.linkedin.com/events/7012345678/",
        "https://works.example.org/share/board-meeting",  # a site's own path that says share
    ],
)
def test_pages_on_those_sites_are_not_share_buttons(url: str) -> None:
    assert not share_link(url)


def test_the_share_pattern_is_linear() -> None:
    assert superlinear_shape(SHARE_LINK) is None


# Every reader, not only the card reader: a table row's or a schedule line's share button is no page of its event.
def table(share: str) -> str:
    row = f'<tr><td>{{day}}</td><td><a href="{share}{{index}}">{{title}}</a></td></tr>'
    return listing("Meetings", row, ("<table><tr><th>Date</th><th>Meeting</th></tr>", "</table>"))


def schedule(share: str) -> str:
    return listing(
        "Meetings", f'<li><a href="{share}{{index}}">{{day}} 8:30 a.m. {{title}}</a></li>', ("<ul>", "</ul>")
    )


@pytest.mark.parametrize("page", [table, schedule])
@pytest.mark.parametrize(
    "share",
    ["https://twitter.com/intent/tweet?text=event", "//www.facebook.com/sharer/sharer.php?u=e", "mailto:?subject=e"],
)
def test_a_rows_share_button_is_not_its_page(page, share: str) -> None:
    events = read(page(share))
    assert [event["title"] for event in events] == ["Board of Trustees Meeting", "Nominating Committee Meeting"]
    assert [event["url"] for event in events] == [None, None]
    assert all(share.split("?")[0] not in link["url"] for event in events for link in event.get("links") or [])


@pytest.mark.parametrize("page", [table, schedule])
def test_a_rows_own_page_is_still_its_page(page) -> None:
    # the hard negative: the same rows linking to pages of the site's own (or a Facebook event page) keep them
    events = read(page("https://www.facebook.com/events/12345"))
    assert [event["url"] for event in events] == [
        "https://www.facebook.com/events/123450",
        "https://www.facebook.com/events/123451",
    ]
