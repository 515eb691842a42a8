"""A page made ready to be read, before any reader looks at it: parsed without comments, its embedded video
players made links, its share buttons made plain text (no reader takes one for an event's page or document), its
ARIA headings made headings, its inert elements (scripts, styles, frames) and its
short hidden snippets and screen-reader-only labels dropped, a list's day dividers put into the items under them and
a card's start given only as a data attribute written as a <time> (_page_list_days), and table rows that stand
in no table (a "load more" answer of listing rows, a row saved alone) put into one. Mutates the tree it is given.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import lxml.html

from sources.adapters._page_bracket_days import bracketed_days_closed
from sources.adapters._page_closing_days import closing_days_dropped
from sources.adapters._page_day_groups import days_into_cards, sibling_days_into_cards
from sources.adapters._page_day_tables import day_heading_into_rows, month_heading_into_days
from sources.adapters._page_dotted_days import bare_days_closed, short_years_written_out
from sources.adapters._page_empty_dates import dates_into_empty_cells
from sources.adapters._page_empty_times import empty_times_as_text
from sources.adapters._page_end_breaks import end_breaks_written
from sources.adapters._page_end_classes import ends_joined
from sources.adapters._page_front_matter import markdown_paragraphs
from sources.adapters._page_heading_days import day_headings_into_cards
from sources.adapters._page_letter_zeros import letter_zeros_mended
from sources.adapters._page_link_runs import links_into_lines
from sources.adapters._page_linkless_navs import linkless_navs_as_blocks
from sources.adapters._page_list_days import data_dates_as_times, dividers_into_items
from sources.adapters._page_logo_names import logo_names_as_text
from sources.adapters._page_misspelt_months import misspelt_months_mended
from sources.adapters._page_month_cells import month_cells_into_days
from sources.adapters._page_ordinal_sups import ordinal_days_joined
from sources.adapters._page_place_hooks import place_hooks_as_classes
from sources.adapters._page_place_icons import place_icons_as_classes
from sources.adapters._page_place_links import venue_links_as_classes
from sources.adapters._page_place_marks import place_marks_as_icons
from sources.adapters._page_post_tables import post_tables_dropped
from sources.adapters._page_share_links import share_link
from sources.adapters._page_sup_codes import code_superscripts_dropped
from sources.adapters._page_words import VIDEO_HOSTS
from sources.adapters.webpage import html_tree

EMBEDDED_VIDEO = "Video"  # the label of a meeting's embedded video player, kept as a link
# Elements whose content is never page text; removed before anything is read.
INERT = ("script", "style", "noscript", "template", "svg", "iframe", "object", "embed")
# A small element hidden by its own style ("<span style="display:none;">1671588000</span>December 20, 2022",
# a table's sort key): not what a reader sees, and glued to the date it would hide it. Only leaves with a
# short text: a hidden tab or accordion of meetings is content, shown by a script.
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
HIDDEN_SNIPPET = 40
# Inline elements only: a hidden heading is still the page's name for what follows (read by screen readers).
HIDDEN_INLINE = frozenset({"span", "small", "font", "i", "em", "b", "strong", "abbr", "sup", "sub", "label"})
# A class that shows an element to screen readers only ("sr-only", "screen-reader-text", "visually-hidden",
# "fsStyleSROnly", or "sro" as some CMSs abbreviate it: a heading's "<span class="sro"> Details</span>"): a
# calendar's name or a "Read more" link's label said to them, not a card's words.
SCREEN_READER_ONLY = re.compile(
    r"(?<![\w-])(?:sr-only|sro|screen-reader-text|visually-?hidden|element-invisible|\w*SROnly)(?![\w-])", re.I
)
MAX_HIDDEN = 20_000  # styled elements looked at: a hostile page of millions of them costs no more
ARIA_HEADING_TAGS = ("div", "span", "p")
MAX_ARIA_HEADINGS = 200  # elements looked at


def page_root(text: str) -> Any:
    """The page's tree. Comments and processing instructions are not text; a hostile page may hide markup in them."""
    text = end_breaks_written(text)  # "</br>" is a line break, as browsers read it (_page_end_breaks)
    return html_tree(text, lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True))


def prepared(root: Any, zone: dt.tzinfo | None = None) -> Any:
    """``root`` made ready to be read (see the module's docstring), in the page's ``zone``; the same tree."""
    markdown_paragraphs(root)  # a static site's page source: its bare paragraphs as <p>s (_page_front_matter)
    embedded_videos_as_links(root)
    share_buttons_as_text(root)
    aria_headings_as_headings(root)
    place_marks_as_icons(root)  # a pin emoji, a place ligature or image: an empty marker icon (_page_place_marks)
    place_icons_as_classes(root)  # a place icon's text: classed as the place, before the icons go
    linkless_navs_as_blocks(root)  # a <nav> of dated entries and no link: a listing, not navigation
    venue_links_as_classes(root)  # a link to a venue's own page: classed as the place (_page_place_links)
    place_hooks_as_classes(root)  # data-hook="event-location" (_page_place_hooks)
    for element in list(root.iter(*INERT)):
        element.drop_tree()
    drop_hidden_snippets(root)
    letter_zeros_mended(root)  # "2o.oo Uhr", "Februar 2oo5": zeros typed as o's (_page_letter_zeros)
    misspelt_months_mended(root)  # "7 frévrier 2014", "14 Febuary 2031": the month (_page_misspelt_months, left35)
    post_tables_dropped(root)  # a news page's or a shop's blocks of rows between rules (_page_post_tables)
    ordinal_days_joined(root)  # "24 <sup>th</sup>/03/2024": "24/03/2024" (_page_ordinal_sups)
    code_superscripts_dropped(root)  # "Holy Wave<sup>USA</sup>": a country's code, no word of the name
    logo_names_as_text(root)  # a card of a date and logos only: the logos' alt texts as its line (_page_logo_names)
    ends_joined(root)  # a start and an end told apart by their classes only: joined by a dash (_page_end_classes)
    short_years_written_out(root)  # "15.09.26" on a page that writes its dates so: "15.09.2026" (_page_dotted_days)
    closing_days_dropped(root)  # "Wir haben an folgenden Tagen geschlossen:" and its days (_page_closing_days)
    bare_days_closed(root)  # "<div class="date">05.09</div>": "05.09.", a year-less dotted day
    bracketed_days_closed(root)  # "11.08 (Sa)": "11.08. (Sa)", its weekday says it is a day (_page_bracket_days)
    empty_times_as_text(root, zone)  # an empty <time datetime>: its stamp as its text, when its zone is the page's
    dividers_into_items(root)  # a list whose days are dividers over its items: each item dated
    days_into_cards(root)  # a day's heading over a box of its undated cards: each card dated
    day_heading_into_rows(root)  # a day's heading over a table of times: each timed row dated (_page_day_tables)
    month_heading_into_days(root)  # "2010年1月" over rows of "5日（火）": each day given its month
    month_cells_into_days(root)  # "<div>January</div><div>27-28</div>": the days given their month (_page_month_cells)
    sibling_days_into_cards(root)  # day dividers among their cards (a club's programme): each card dated
    data_dates_as_times(root)  # a card whose start is only a data attribute: that start as a <time>
    day_headings_into_cards(root)  # dateless cards under a day heading among dated ones: each dated
    links_into_lines(root)  # a run of bare dated links, one per event: a line each
    dates_into_empty_cells(root)  # a card whose date cell is empty under a card of its day: that day
    loose_rows_into_tables(root)
    return root


TABLE_PARTS = frozenset({"table", "thead", "tbody", "tfoot"})
LOOSE_ROWS = "data-loose-rows"  # set on a table made of rows that stood in none


def loose_rows_into_tables(root: Any) -> None:
    """Table rows that stand in no table (a fragment of a listing's rows: a "load more" answer, a row saved
    alone) put into a table of their own, a run of sibling rows into one, so the table reader reads them as the
    rows they are. The table is marked (``LOOSE_ROWS``): what the document holds is that listing."""
    loose = [row for row in root.iter("tr") if row.getparent() is not None and row.getparent().tag not in TABLE_PARTS]
    runs: list[list[Any]] = []
    for row in loose:
        if runs and row.getprevious() is runs[-1][-1]:
            runs[-1].append(row)
        else:
            runs.append([row])
    for run in runs:
        table = lxml.html.Element("table", {LOOSE_ROWS: "1"})
        run[0].addprevious(table)
        for row in run:
            tail, row.tail = row.tail, None
            table.append(row)
            table.tail = (table.tail or "") + (tail or "")


def drop_hidden_snippets(root: Any) -> None:
    """Drop the short leaf elements a page hides with its own style (their tail text stays)."""
    for index, element in enumerate(root.iterfind(".//*[@style]")):  # styled ones only: plain ones cost nothing
        if index >= MAX_HIDDEN:
            break
        style = element.get("style") if element.tag in HIDDEN_INLINE else None
        if not style or not HIDDEN_STYLE.search(style) or len(element) or element.getparent() is None:
            continue
        if len((element.text or "").strip()) <= HIDDEN_SNIPPET:
            element.set("data-hidden-snippet", "1")
    for index, element in enumerate(root.iterfind(".//span[@class]")):
        if index >= MAX_HIDDEN:
            break
        text = (element.text or "").strip()
        if SCREEN_READER_ONLY.search(element.get("class") or "") and not len(element) and _label_only_words(text):
            element.set("data-hidden-snippet", "1")
    for element in list(root.iterfind(".//*[@data-hidden-snippet]")):
        element.drop_tree()


def _label_only_words(text: str) -> bool:
    """A screen reader's short label ("CMS Board", "Event category"): words only. One that holds a number (a date
    or a time the visible text abbreviates, "2026") is kept."""
    return len(text) <= HIDDEN_SNIPPET and not any(character.isdigit() for character in text)


def embedded_videos_as_links(root: Any) -> None:
    """A meeting's video embedded as a player (<iframe src="https://www.youtube.com/embed/…">) is one of its
    documents: it becomes a "Video" link where it stood, before frames are dropped as inert."""
    for frame in list(root.iter("iframe")):
        source = (frame.get("src") or "").strip()
        parent = frame.getparent()
        if not source or parent is None or not VIDEO_HOSTS.search(source):
            continue
        link = lxml.html.Element("a", href=source)
        link.text, link.tail = EMBEDDED_VIDEO, frame.tail
        parent.replace(frame, link)


SHARE_HREF = "data-share-href"  # where a share button's address is kept, out of every reader's sight


def share_buttons_as_text(root: Any) -> None:
    """A share button ("Tweet", "Share on Facebook": a link to a network's share dialog, _page_share_links) is no
    link of the event's: it becomes a <span> of its words, its address kept as ``SHARE_HREF``. Done here, before
    any reader chooses a link, so that cards, table rows, schedule lines and single pages all pass it over."""
    for link in list(root.iterfind(".//a[@href]")):
        href = (link.get("href") or "").strip()
        if share_link(f"https:{href}" if href.startswith("//") else href):
            link.tag = "span"
            link.set(SHARE_HREF, href)
            del link.attrib["href"]


def aria_headings_as_headings(root: Any) -> None:
    """An element a page marks as a heading for assistive technology (<div role="heading" aria-level="1">, as
    BoardDocs names its meeting) is read as the heading it says it is (<h1>)."""
    for count, element in enumerate(root.xpath("//*[@role='heading'][@aria-level]")):
        if count >= MAX_ARIA_HEADINGS:
            break
        level = (element.get("aria-level") or "").strip()
        if element.tag in ARIA_HEADING_TAGS and level in {"1", "2", "3", "4", "5", "6"}:
            element.tag = f"h{level}"
