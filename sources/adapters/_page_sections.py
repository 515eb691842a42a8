"""What a schedule's lines are besides its dated rows: which heading names the section the rows are in (not a
bold label over them, "Die nächsten Termine:", nor a stated time, "Meeting Time: 8:30 a.m."), which dated line is
a row (not a deadline), and the documents a section links once above its rows. Pure."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from sources.adapters._page_date_link_rows import date_link_pages
from sources.adapters._page_dates import DateHit, find_clock, find_dates
from sources.adapters._page_lines import PSEUDO_HEADING, Line
from sources.adapters._page_named_rows import named_row
from sources.adapters._page_row_documents import add_row_documents
from sources.adapters._page_schedule import (
    BELOW_LINES,
    DATE_LEADS_WITHIN,
    MIN_ROWS,
    SHORT_HEADING,
    SHORT_LINE,
    Entry,
)
from sources.adapters._page_words import DOCUMENT_WORD, EVENT_WORDS, PAGE_DATES, document_label
from sources.adapters.common import http_url

# A date that a sentence says is a deadline ("October 16 is the final date for public to submit items"): no
# event's.
DEADLINE_AFTER = re.compile(
    r"\s{0,3}(?:is|was|will\s+be)\s+the\s+(?:final|last|closing)\s+(?:date|day)\b|\s{0,3}(?:is\s+the\s+)?deadline\b",
    re.IGNORECASE,
)


# When tickets go on sale, written right before its date ("The Odyssey On sale Monday 15 June 2026 09:00", "Presale
# starts March 3"): a sale's date, not a showing (held-out batch 69: zebra rows made such lines a list). Not: "Tickets
# on sale now! Concert – March 3" (words between), "Christmas sale – December 5" (a sale one attends).
SALE_BEFORE = re.compile(
    r"\b(?:on\s+sale|pre-?sale|general\s+sale|public\s+sale)(?:\s+(?:from|on|starts?|opens?|begins?))?\s*:?\s*$", re.I
)


def is_schedule_line(line: Line, hits: list[DateHit]) -> bool:
    if not hits or PAGE_DATES.search(line.text[: hits[0].start + 1]) or DEADLINE_AFTER.match(line.text, hits[0].end):
        return False
    if SALE_BEFORE.search(line.text[: hits[0].start]):
        return False
    short = SHORT_HEADING if line.is_heading else SHORT_LINE  # a heading is a line however long its place
    # a list item naming its event and place before the date (_page_named_rows) is a row however long
    return hits[0].start <= DATE_LEADS_WITHIN or len(line.text) <= short or named_row(line, hits)


# A heading that is only a long number ("<h2 class="date hidden">20170904</h2>", a template's sort key or an id)
# names nothing: the section is still the heading above it. A year ("2024") is shorter.
SORT_KEY = re.compile(r"\d{5,}")


def is_section_heading(line: Line) -> bool:
    if not line.is_heading or find_dates(line.text, year_hint=2000, today=dt.date(2000, 1, 1)):
        return False
    if SORT_KEY.fullmatch(line.text.strip()):
        return False
    if " " not in line.text.strip() and http_url(line.text) is not None:  # "<h4><a>https://snowcamp.io</a></h4>":
        return False  # the event's web address under its name, not a section naming what is below it
    return not _introduces_list(line) and not states_time(line.text) and not labels_formats(line)


# A link that names only the format of the file it opens ("PDF", "HTML", "Word", "MP3"): one of a document's copies
# ("Video" is a meeting's recording, or a placeholder link: not a format).
FORMAT_LINK = re.compile(r"^\W{0,2}(?:pdf|html?|docx?|word|xlsx?|excel|pptx?|mp3|mp4|txt|csv|zip|ics)\W{0,2}$", re.I)
LABEL_GAP = re.compile(r"^[\s|/,\-–]*$")  # what may stand between a label and its links: spaces, bars, slashes


def labels_formats(line: Line) -> bool:
    """A bold line that is the name of the document whose copies follow it ("<strong>Projection Materials</strong>
    <br/><a>PDF</a> | <a>HTML</a>"): a document's label in a row, not a heading over the rows below (held-out batch 69).
    A bold name followed by anything else (a link with words, text) still heads what follows."""
    if line.level != PSEUDO_HEADING or line.block is None:
        return False
    for bold in line.block.iter("strong", "b"):
        if " ".join((bold.text_content() or "").split()) != line.text.strip():
            continue
        gap, links = bold.tail or "", 0
        for sibling in bold.itersiblings():
            if sibling.tag == "br" or not isinstance(sibling.tag, str):
                pass
            elif sibling.tag == "a" and FORMAT_LINK.match(" ".join((sibling.text_content() or "").split())):
                links += 1
            else:
                break
            gap += sibling.tail or ""
            if not LABEL_GAP.match(gap):
                break
            gap = ""
        return links > 0
    return False


def _introduces_list(line: Line) -> bool:
    """A bold line that labels the lines under it ("Die nächsten Termine:", "Upcoming dates:", "zusätzlich:"):
    what follows, not a name for it; the section is still the heading above. One naming a meeting or an event
    ("Board meetings:") names them."""
    text = line.text.strip()
    return line.level == PSEUDO_HEADING and text.endswith(":") and not EVENT_WORDS.search(text)


# A label and the time it gives ("Meeting Time: 8:30 a.m.", "Time: 5:00 p.m. EST"): a statement of the section's
# hour, not a heading over its dates.
TIME_STATEMENT = re.compile(r"^[^\W\d][^:\d]{0,40}:\s*")
TIME_STATEMENT_REST = 12  # after the time: a zone ("EST"), no more


def states_time(text: str) -> bool:
    label = TIME_STATEMENT.match(text)
    if label is None:
        return False
    clock = find_clock(text[label.end() :])
    return (
        clock is not None
        and clock.span[0] == 0
        and len(text[label.end() + clock.span[1] :].strip()) <= TIME_STATEMENT_REST
    )


# The longest line read as a section's note of its documents ("To view past Finance Committee packets, please
# CLICK HERE"): a sentence, not a page of prose.
SECTION_NOTE_LENGTH = 200


def section_links(lines: list[Line], heading_line: int) -> list[dict[str, str]]:
    """The documents a section links once above its dates ("<h2>2023 Finance Committee Meetings</h2>", "To view
    past Finance Committee packets, please CLICK HERE", then the dates): each of its meetings has them. Read up
    to the section's first dated line or next heading; only a line that names documents."""
    found: list[dict[str, str]] = []
    for line in lines[heading_line + 1 : heading_line + 1 + BELOW_LINES]:
        if line.is_heading and line.level < PSEUDO_HEADING:
            break
        if find_dates(line.text, year_hint=2000, today=dt.date(2000, 1, 1)):
            break
        if len(line.text) > SECTION_NOTE_LENGTH or not DOCUMENT_WORD.search(line.text):
            continue
        found += [
            {"label": document_label(anchor.text, anchor.href, line.text), "url": anchor.href}
            for anchor in line.anchors
            if not anchor.href.startswith(("mailto:", "tel:"))
        ]
    return found


def apply_section_links(entries: list[Entry], lines: list[Line]) -> None:
    """Give each row its section's documents (see section_links), once per section: a section of several dates
    (MIN_ROWS), a schedule; under a heading of one date's block ("Air Resources Board Auditorium" over an
    agenda link), a date below is another meeting's, not one of its rows."""
    date_link_pages(entries, lines)  # "<a href=…meetup…>26th February 2025</a>" alone: its page (_page_date_link_rows)
    add_row_documents(entries, lines)  # "April 18, 2019" / "Regular Board Meeting" / "Agenda": its row's
    memo: dict[int, list[dict[str, str]]] = {}
    rows = Counter(entry.heading_line for entry in entries)
    for entry in entries:
        if entry.heading_line is None or rows[entry.heading_line] < MIN_ROWS:
            continue
        if entry.heading_line not in memo:
            memo[entry.heading_line] = section_links(lines, entry.heading_line)
        have = {link["url"] for link in entry.links}
        added = [link for link in memo[entry.heading_line] if link["url"] not in have]
        if added:
            entry.links += [dict(link) for link in added]
            entry.evidence.append(f"the section's documents, linked above its dates: {added[0]['label']!r}")
