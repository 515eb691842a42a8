"""A stamped news item's headline that names a day of its own is news too (sources/adapters/_page_news_rows.py).

Found by the full suite after batch 64's month/day dates with a bracketed weekday ("1/4(木)"): a ticker's headline
"【注目番組】1/4(木)放送！特別番組" under its stamp "[2028/01/01]" became an entry of its own, and the ticker then
outweighed the page's one event (tests/sources/test_heldout14_pages.py keeps that page whole).
"""

from __future__ import annotations

import datetime as dt

import lxml.html

from sources.adapters._page_lines import Line
from sources.adapters._page_news_rows import news_headlines
from sources.adapters._page_schedule import Entry


def lines_of(markup: str) -> list[Line]:
    root = lxml.html.fromstring(markup)
    cells = root.xpath("//dt | //dd | //li")
    return [
        Line(text=cell.text_content(), anchors=[], kind="text", level=0, block=cell, index=index)
        for index, cell in enumerate(cells)
    ]


def test_the_headline_under_a_news_stamp_in_its_row_is_news() -> None:
    lines = lines_of("<div><dl><dt>[2028/01/01]</dt><dd>【注目番組】1/4(木)放送！特別番組</dd></dl></div>")
    stamp = Entry(day=dt.date(2028, 1, 1), line=0, news=True)
    headline = Entry(day=dt.date(2028, 1, 4), line=1, title="【注目番組】放送！特別番組")

    news_headlines([stamp, headline], lines)

    assert headline.news
    assert any("headline of the news item" in note for note in headline.evidence)


def test_a_dated_line_in_another_row_or_under_no_news_stays_an_entry() -> None:
    # Another row: the stamp closes its <dl>, the next dated line opens the next one.
    lines = lines_of(
        "<div><dl><dt>[2028/01/01]</dt></dl><dl><dd>1/4(木) 19:00 Live at the Hall</dd></dl>"
        "<dl><dt>1/5(金)</dt><dd>1/6(土) Matinee</dd></dl></div>"
    )
    stamp = Entry(day=dt.date(2028, 1, 1), line=0, news=True)
    next_row = Entry(day=dt.date(2028, 1, 4), line=1)
    listed = Entry(day=dt.date(2028, 1, 5), line=2)  # a listing's row: no news above
    under_listed = Entry(day=dt.date(2028, 1, 6), line=3)

    news_headlines([stamp, next_row, listed, under_listed], lines)

    assert not next_row.news
    assert not listed.news
    assert not under_listed.news


def test_the_line_under_a_worded_news_line_is_the_next_item() -> None:
    # A headline among meetings (tests/sources/test_pages_heldout_rules.py): the list's next line is a meeting.
    lines = lines_of(
        "<ul><li>Council approves budget at meeting - March 3, 2027</li>"
        "<li>Planning Commission meeting - March 10, 2027</li></ul>"
    )
    headline = Entry(day=dt.date(2027, 3, 3), line=0, news=True)
    meeting = Entry(day=dt.date(2027, 3, 10), line=1)

    news_headlines([headline, meeting], lines)

    assert not meeting.news
