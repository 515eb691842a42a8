"""Dated lines that record something rather than announce a gathering: a link to a published file that states its
size ("Final Traffic Study, May 24, 2013 (188 pages, 39 MB)": the day the file came out). A schedule's reader
leaves them out. Pure."""

from __future__ import annotations

import re

from sources.adapters._page_dates import DateHit
from sources.adapters._page_lines import Line
from sources.adapters._page_record_docs import record_line
from sources.adapters._page_words import DOCUMENT_FILE, EVENT_WORDS, WEEKDAY_WORDS

# A bracketed note on a file: "(188 pages, 39 MB)", "(PDF, 1.2 MB)", "(34 pp.)".
SIZE_NOTE = re.compile(r"\(([^()]{1,60})\)")
FILE_SIZE = re.compile(r"\b\d{1,5}(?:[.,]\d{1,3})?\s?(?:[kmg]i?b|bytes|pages?|pp)(?![\w])", re.I)
# The papers of a meeting: a link to one, whatever its size, is a meeting's (its date the meeting's day).
MEETING_PAPERS = re.compile(
    r"\b(?:agenda|minutes|packet|notice|transcript|recording|video|audio|livestream|handout|presentation|slides)s?\b",
    re.I,
)


def publication_line(line: Line, hits: list[DateHit], heading: str | None = None) -> bool:
    """A line holding a link to a document file whose words give the date and name the file, and whose line states
    the file's size or page count, naming no gathering and none of a meeting's papers (nor does the ``heading`` over
    it): a publication's date, not an event's. A link that is only its date ("April 6, 2027 (PDF, 245 KB)" under
    "City Council Agendas") is one of a series of dated papers, a meeting's. A link to a sitting's verbatim record
    ("Hansard Report - Thursday, 4th December 2025", a PDF) is a published file whatever its size (_page_record_docs)."""
    if hits and record_line(line):
        return True
    said = f"{line.text} {heading or ''}"
    if not hits or EVENT_WORDS.search(said) or MEETING_PAPERS.search(said):
        return False
    if not any(FILE_SIZE.search(note.group(1)) for note in SIZE_NOTE.finditer(line.text)):
        return False
    date = line.text[hits[0].start : hits[0].end]
    return any(
        DOCUMENT_FILE.search(anchor.href) and date in anchor.text and _names_more(anchor.text.replace(date, " "))
        for anchor in line.anchors
    )


def _names_more(words: str) -> bool:
    """Whether a link's words, its date taken out, still name something ("Final Traffic Study,"), not only a
    weekday or nothing."""
    return any(len(word) > 1 and not WEEKDAY_WORDS.fullmatch(word) for word in NAME_WORD.findall(words))


NAME_WORD = re.compile(r"[^\W\d_]+")
