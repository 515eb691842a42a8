"""The seventy-ninth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout79.json: measured
once at b262b52f), on small documents of our own:

* A site builder's calendar (Cargo) shows nothing itself: its page is HTML inside a JSON string in
  ``<script type="text/json" data-set="ScaffoldingData">``. Nothing was read. Now an empty shell page's data block
  whose strings hold markup is read as the page (``_page_scripts.held_markup``), as a widget's data attribute
  already was. Not: a page with text of its own (its markup is the page), a block whose strings hold no markup.
* That markup's rows are classless ``<div grid-row="" grid-pad="0.75">`` siblings, each a heading and a date: they
  were read as lines, titled by the wrong line. Now siblings alike in their own hyphenated attributes are a list's
  repeated rows as a shared class makes them (``_page_cards.attribute_names``). Not: HTML's own attributes (``style``,
  ``href``, ``http-equiv``), ``data-`` and ``aria-`` ones.
* One row lists its screenings a date a line ("Sunday 8/2 - 6pm", "Sunday 8/16 - 6pm"): only the first was read.
  Now lines of one date each, in a row, each starting with its date and its time after a spaced dash or the like, are
  the card's showings (``_page_showings._date_line_runs``). Not: a line with a word before its date ("Deadline: …"),
  "Aug 2-6" (a range of days: a dash only counts with a space each side).
* A blog post's page (``article:published_time``, a JSON-LD BlogPosting's ``datePublished``, its byline's
  ``<time>``) was read as an event at the moment it was published. Now an event at a moment the page declares as its
  publication or last change, to the minute, is dropped (``_page_publication_stamp``). Not: an event at another time
  that day, a stamp with no time of day, a page that declares no stamp.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import zoneinfo

import pytest

from sources.adapters import _page_showings
from sources.adapters._page_publication_stamp import publication_stamps
from sources.adapters._page_scripts import block_markup
from sources.adapters.webpage import html_tree
from tests.sources.helpers import read_page

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
read = functools.partial(
    read_page,
    url="https://club.example/calendar",
    zone=NEW_YORK,
    start=dt.datetime(2031, 8, 1, 12, 0),  # noqa: DTZ001
)

ROWS = (
    "<div>2031</div><hr><b>Upcoming:</b><hr>"
    '<div {attrs}><div grid-col="1">Screening</div><div grid-col="3"><h1>Rooftop Films</h1></div>'
    '<div grid-col="2"><b>Date:</b><br>Sunday 8/3 - 6pm<br>Sunday 8/17 - 6pm</div></div><hr>'
    '<div {attrs}><div grid-col="1">Workshop</div><div grid-col="3"><h1>Poster Lab</h1><br>Collage</div>'
    '<div grid-col="2"><b>Date:</b><br>August 20th<br>7:00-9:00pm<br>Location: Print Room<br>12 Main St<br>Brooklyn'
    '</div><div grid-col="2"><a href="https://tickets.example/poster-lab">Tickets</a></div></div><hr>'
    '<div {attrs}><div grid-col="1">Workshop</div><div grid-col="3"><h1>Zine Night</h1></div>'
    '<div grid-col="2"><b>Date:</b><br>August 22nd<br>6:00-8:30pm<br>Location: Paper House</div></div>'
)
CARGO_ATTRS = 'grid-row="" grid-pad="0.75"'


def shell(content: str, *, script_type: str = "text/json", own_text: str = "") -> str:
    data = json.dumps({"pages": [{"id": 7, "project_url": "Calendar", "content": content}]})
    return (
        f'<html><body>{own_text}<script type="{script_type}" data-set="ScaffoldingData">{data}</script></body></html>'
    )


def titled(events: list[dict[str, object]]) -> list[tuple[object, object]]:
    return [(e["title"], e["start"]) for e in events]


EXPECTED_ROWS = [
    ("Rooftop Films", "2031-08-03T18:00:00-04:00"),
    ("Rooftop Films", "2031-08-17T18:00:00-04:00"),
    ("Poster Lab", "2031-08-20T19:00:00-04:00"),
    ("Zine Night", "2031-08-22T18:00:00-04:00"),
]


@pytest.mark.parametrize("script_type", ["text/json", "application/json"])
def test_an_empty_pages_data_block_markup_is_read_as_the_page(script_type: str) -> None:
    events = read(shell(ROWS.format(attrs=CARGO_ATTRS), script_type=script_type))
    assert titled(events) == EXPECTED_ROWS
    assert [e.get("venue_name") for e in events[2:]] == ["Print Room", "Paper House"]


def test_a_page_with_text_of_its_own_is_read_from_its_markup_not_its_data_block() -> None:
    about = (
        "<p>" + "We are a print club in Brooklyn, open to all, with a riso machine and a shelf of zines. " * 4 + "</p>"
    )
    assert read(shell(ROWS.format(attrs=CARGO_ATTRS), own_text=about)) == []


def test_a_data_block_with_no_markup_in_its_strings_gives_nothing() -> None:
    assert read(shell("Sunday 8/3 - 6pm: Rooftop Films")) == []
    assert block_markup(html_tree(shell("plain words only")).iter("script")) is None


def test_rows_alike_only_in_html_attributes_read_as_rows_with_none() -> None:
    # "style" (HTML's own) makes no list of rows: the rows read exactly as rows with no attribute at all
    assert read(shell(ROWS.format(attrs='style="margin: 0"'))) == read(shell(ROWS.format(attrs="")))


def test_custom_attributes_name_rows_and_html_ones_do_not() -> None:
    from sources.adapters._page_cards import attribute_names

    def names(markup: str) -> str:
        return attribute_names(html_tree(f"<html><body>{markup}</body></html>").find(".//body/*"))

    assert names('<div grid-row="" grid-pad="0.75">x</div>') == "@grid-pad @grid-row"
    assert names('<div style="x" id="a" data-row="1" aria-label="r">x</div>') == ""
    assert names('<meta http-equiv="refresh" content="0">') == ""
    assert names('<a href="/2031/08/">August 2031</a>') == ""


DAY = dt.date(2031, 8, 3)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Date:\nSunday 8/3 - 6pm\nSunday 8/17 - 6pm\nSunday 8/31 - 6pm", 3),
        ("Aug 3 6pm\nAug 17 7pm", 2),
        ("Deadline: Aug 3 6pm\nAug 17 6pm", 0),  # a word before the first date: a deadline, not a showing
        ("Sunday 8/3 - 6pm\nDoors open early\nSunday 8/17 - 6pm", 0),  # not in a row
        ("Sunday 8/3 - 6pm", 0),  # one line is one date
    ],
)
def test_lines_of_one_date_each_in_a_row_are_showings(text: str, count: int) -> None:
    found = _page_showings._dated_lines(text, DAY) or []
    assert len(found) == count


def test_a_dash_leads_a_time_only_with_a_space_each_side() -> None:
    assert _page_showings._TIME_LEAD.match("Sunday 8/3 - 6pm", len("Sunday 8/3")).end() == len("Sunday 8/3 - ")
    assert _page_showings._TIME_LEAD.match("Aug 2-6pm", len("Aug 2")).end() == len("Aug 2")


POST = (
    '<html lang="en"><head><title>Shipping Faster | Acme Blog</title>'
    '<meta property="og:type" content="article">{meta}{ld}</head><body><nav><a href="/">Home</a></nav>'
    '<article class="blog-post"><h1>Shipping Faster</h1><p class="author">Ada Lovelace</p>'
    '<time datetime="{shown}">June 15, 2031</time><div class="post-content"><p>How we cut deploy time in half.</p>'
    "</div></article><footer>Footer</footer></body></html>"
)
STAMP = "2031-06-15T10:00:00Z"
read_post = functools.partial(
    read_page,
    url="https://blog.example/blog/shipping-faster",
    zone=zoneinfo.ZoneInfo("UTC"),
    start=dt.datetime(2031, 6, 14, 12, 0),  # noqa: DTZ001
)


def test_a_post_read_at_its_own_publication_moment_gives_no_event() -> None:
    assert read_post(POST.format(meta="", ld="", shown=STAMP))  # before: the post's byline read as an event
    meta = f'<meta property="article:published_time" content="{STAMP}">'
    assert read_post(POST.format(meta=meta, ld="", shown=STAMP)) == []
    ld = f'<script type="application/ld+json">{{"@type":"BlogPosting","datePublished":"{STAMP}"}}</script>'
    assert read_post(POST.format(meta="", ld=ld, shown=STAMP)) == []
    # the same instant written in another zone, and to the second
    meta = '<meta property="article:modified_time" content="2031-06-15T12:00:59+02:00">'
    assert read_post(POST.format(meta=meta, ld="", shown=STAMP)) == []


def test_an_event_at_another_moment_or_a_stamp_without_time_keeps_its_event() -> None:
    meta = f'<meta property="article:published_time" content="{STAMP}">'
    events = read_post(POST.format(meta=meta, ld="", shown="2031-06-15T19:00:00Z"))
    assert [e["start"] for e in events] == ["2031-06-15T19:00:00+00:00"]
    meta = '<meta property="article:published_time" content="2031-06-15">'
    assert read_post(POST.format(meta=meta, ld="", shown="2031-06-15")) == read_post(
        POST.format(meta="", ld="", shown="2031-06-15")
    )


def test_publication_stamps_are_read_boundedly() -> None:
    deep = '{"a":' * 50 + f'{{"datePublished":"{STAMP}"}}' + "}" * 50
    page = f'<html><head><script type="application/ld+json">{deep}</script></head><body></body></html>'
    root = html_tree(page)
    assert publication_stamps(root, root.iter("script")) == {dt.datetime(2031, 6, 15, 10, 0, tzinfo=dt.UTC)}
    broken = '<html><head><script type="application/ld+json">{"datePublished": </script></head></html>'
    root = html_tree(broken)
    assert publication_stamps(root, root.iter("script")) == set()
