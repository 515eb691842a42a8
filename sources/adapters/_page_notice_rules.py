"""What a meetings page states once for its rows, read from the places held-out batch 61 found it (issue #13): the
year in a table's first header cell ("January 2020 | Date | Time | Agenda"), an hour for each kind of meeting
("Regular board meetings … begin at 1 p.m. … Committee meetings … begin at 8:30 a.m."), a heading that is a notice
("Board and committee meetings are held in …. Meetings are open to the public.") and so names nothing, and a row's
own cell that is a meeting's whole name ("Planning and Stakeholder Relations Committee"). Pure."""

from __future__ import annotations

import re

from sources.adapters._page_dates import ClockHit, find_clock
from sources.adapters._page_years import month_heading

# "Regular board meetings, unless noted otherwise, begin at 1 p.m.", "Committee meetings begin at 8:30 a.m.": at most
# three words before the kind, then "meeting(s)"; the hour is the sentence's one clock.
KIND_MEETINGS = re.compile(
    r"^\s*(?:[A-Za-z][\w'’-]*\s+){0,3}?(?P<kind>board|committee|commission|council|subcommittee|trustees|"
    r"directors|work\s+session|study\s+session)\s+meetings?\b",
    re.I,
)
KIND_VERB = re.compile(r"\b(?:begin|begins|start|starts|commence|commences|convene|convenes|held)\b", re.I)
# A heading that is a statement, not a name: a sentence ending with its period, a "be" verb in it.
NOTICE_VERB = re.compile(r"\b(?:are|is|will\s+be)\b", re.I)
NOTICE_WORDS = 8
# "Ad hoc Committee (following the ASAEM Committee meeting)": a bracket saying when it meets after or before another
# meeting, not part of its name ("Movie Night (After Dark edition)" names no meeting: kept).
SEQUENCE_NOTE = re.compile(
    r"(?<!\s)\s*[(\[]\s*(?:immediately\s+)?(?:following|preceding|to\s+follow|after|before)\s[^()\[\]]{0,80}?"
    r"\b(?:meeting|session|hearing|committee|board|commission|council|adjournment)s?\b[^()\[\]]{0,40}[)\]]",
    re.I,
)
# A row's cell that names a meeting by itself: a body's or a meeting's word and another word before it.
NAMED_MEETING = re.compile(
    r"^\s*(?:[^\W\d_][\w&'’./,-]*\s+){1,8}?(?:board|commission|committee|subcommittee|council|authority|trustees|"
    r"meeting|hearing|session)\s*$",
    re.I,
)


def header_year(header: list[str]) -> int | None:
    """The year of a table's header cell that is only a month and its year ("January 2020"), when one cell is:
    the year of the rows under it that write none (their months follow in order)."""
    years = {found[0] for found in (month_heading(text) for text in header if text) if found is not None}
    return years.pop() if len(years) == 1 else None


def kind_hours(sentences: list[str]) -> tuple[tuple[str, ClockHit], ...]:
    """An hour for each kind of meeting a paragraph names ("Regular board meetings … begin at 1 p.m.", "Committee
    meetings … begin at 8:30 a.m."); none unless two kinds have two different hours."""
    found: dict[str, ClockHit] = {}
    for sentence in sentences:
        match = KIND_MEETINGS.match(sentence)
        if match is None or not KIND_VERB.search(sentence, match.end()):
            continue
        clock = find_clock(sentence[match.end() :])
        kind = " ".join(match.group("kind").lower().split())
        if clock is not None and kind not in found:
            found[kind] = clock
    if len(found) < 2 or len({clock.start for clock in found.values()}) < 2:
        return ()
    return tuple(found.items())


def kind_clock(kinds: tuple[tuple[str, ClockHit], ...], title: str | None) -> ClockHit | None:
    """The hour of the one kind a row's title names ("Audit Committee": the committees'); None when it names none
    or more than one ("All Committee Meetings followed by Board Meeting": the page's first hour stands)."""
    if not kinds or not title:
        return None
    named = [clock for kind, clock in kinds if re.search(rf"\b{re.escape(kind)}\b", title, re.I)]
    return named[0] if len(named) == 1 else None


def notice_heading(text: str) -> bool:
    """Whether a heading is a notice ("Board and committee meetings are held in the … Board Room, 345 Sixth
    Avenue, 5th floor. Meetings are open to the public."): a sentence of some length ending with its period."""
    stripped = text.strip()
    return stripped.endswith(".") and len(stripped.split()) >= NOTICE_WORDS and bool(NOTICE_VERB.search(stripped))


def names_meeting(text: str | None) -> bool:
    """Whether a row's cell is a meeting's whole name ("Planning and Stakeholder Relations Committee", "Annual
    Board Meeting"), not what tells one body's meetings apart ("Parma", "Room 2") nor a bare kind ("Board")."""
    return bool(text) and len(text or "") <= 80 and NAMED_MEETING.match(text or "") is not None


def without_sequence_note(title: str) -> str:
    """``title`` without a bracket saying it follows or precedes another meeting ("(following the ASAEM Committee
    meeting)"); as it is when nothing else would be left."""
    return SEQUENCE_NOTE.sub("", title).strip() or title
