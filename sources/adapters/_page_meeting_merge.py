"""One meeting per day and section (an agenda menu and a minutes menu naming the same date are one meeting), and
the body a row of documents alone names ("Planning Commission Agenda"). Split from _page_schedule (which reads a
schedule's rows) so that module keeps room for its rules; the merge works on its ``Entry`` rows. Pure."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from sources.adapters._page_bare_twins import without_bare_twins
from sources.adapters._page_dates import find_dates
from sources.adapters._page_words import BODY_WORDS, DOCUMENT_WORD, meaningful, residue

if TYPE_CHECKING:
    from sources.adapters._page_schedule import Entry


def merge_same_meeting(entries: list[Entry]) -> list[Entry]:
    """One meeting per day and section: the same date in an agenda menu and a minutes menu is one meeting.

    Rows merge when they share the day, the section heading and the time (or one has none), and neither has
    a title of its own that the other lacks; the merged row keeps every document and the first row's reading.
    """
    kept: list[Entry] = []
    index: dict[tuple[dt.date, str | None, str | None], Entry] = {}
    named: dict[dt.date, Entry] = {}  # the day's last row with a title of its own
    timed: dict[dt.date, list[Entry]] = {}  # the day's rows with a time of their own
    for entry in entries:
        # a row's own cell that tells it from the day's other rows ("Finance Committee" beside "Technology
        # Committee", both with no hour) keeps it a meeting of its own
        key = (entry.day, entry.heading, entry.title or entry.qualifier)
        twin = index.get(key)
        if twin is None and entry.title is not None and _is_documents_row(entry):
            twin = index.get((entry.day, entry.heading, None))  # a date heading over its documents' links
        if twin is None and _is_documents_row(entry) and entry.day in named:
            twin = (
                None if _names_another_body(entry, named[entry.day]) else named[entry.day]
            )  # "View/Download October 12th - 13th Meeting Materials": that meeting's
        if twin is None and _is_documents_row(entry) and len(timed.get(entry.day, ())) == 1:
            meeting = timed[entry.day][0]  # a list of agendas beside the schedule's timed row of that day: its
            twin = None if _names_another_body(entry, meeting) else meeting
        if twin is None or (twin.time and entry.time and twin.time != entry.time):
            index.setdefault(key, entry)
            kept.append(entry)
            if entry.title and not _is_documents_row(entry):
                named[entry.day] = entry
            if entry.time is not None and entry.heading is not None:
                timed.setdefault(entry.day, []).append(entry)
            continue
        seen = {link["url"] for link in twin.links}
        twin.links += [link for link in entry.links if link["url"] not in seen]
        twin.time, twin.end_time = twin.time or entry.time, twin.end_time or entry.end_time
        twin.location = twin.location or entry.location
        twin.evidence.append(f"the same day read again from line {entry.line + 1}: its documents joined to this one")
    return without_bare_twins(kept)  # an upcoming-dates list naming a detailed row's meeting again


def _names_another_body(documents: Entry, meeting: Entry) -> bool:
    """A documents row of another body than the day's meeting ("Planning Commission Agenda" beside "City Council
    Regular Meeting"): its words name a body, and not with the meeting's words."""
    said = " ".join(
        [documents.title or documents.qualifier or "", *(link.get("label", "") for link in documents.links)]
    )
    if not BODY_WORDS.search(said):
        return False
    own = {word.lower() for word in re.findall(r"[^\W\d_]{3,}", meeting.title or meeting.qualifier or "")}
    words = re.findall(r"[^\W\d_]{3,}", DOCUMENT_WORD.sub(" ", said))
    return any(word.lower() not in own for word in words if word[0].isupper())


def _is_documents_row(entry: Entry) -> bool:
    """A row that is only links to a meeting's documents ("View/Download … Meeting Materials", "Agenda")."""
    return bool(entry.links) and entry.time is None and (entry.title is None or bool(DOCUMENT_WORD.search(entry.title)))


# What leads into a body's name in a document's label ("Minutes of the Board of Zoning Appeals").
NAME_LEAD = re.compile(r"^(?:(?:of|for|the|from)\s+)+", re.I)
# A link to a list of a body's documents, not this meeting's ("Earlier Board Packets", "All Council Minutes").
LIST_LEAD = re.compile(r"^(?:earlier|previous|past|older|all|archived?|more|other|upcoming|future|current)\b", re.I)


def documents_body(entry: Entry) -> str | None:
    """The body a row of documents alone names ("Planning Commission Agenda", "Minutes of the Board of Zoning
    Appeals" → that body): the one name every document naming a body gives; not a list ("Earlier Board
    Packets")."""
    if entry.title is not None or not _is_documents_row(entry):
        return None
    names: set[str] = set()
    for link in entry.links:
        for piece in DOCUMENT_WORD.split(link.get("label", "")):
            dates = [(hit.start, hit.end) for hit in find_dates(piece, year_hint=2000, today=dt.date(2000, 1, 1))]
            name = NAME_LEAD.sub("", residue(piece, dates, []))
            if BODY_WORDS.search(name) and meaningful(name) and not LIST_LEAD.match(name):
                names.add(" ".join(name.split()))
    return names.pop() if len(names) == 1 else None


def same_body(name: str, title: str) -> bool:
    """Whether ``title`` already names the body ``name`` is (its capitalised words are all in it)."""
    said = {word.casefold() for word in re.findall(r"[^\W\d_]+", title)}
    return all(word.casefold() in said for word in re.findall(r"[^\W\d_]+", name) if word[0].isupper())
